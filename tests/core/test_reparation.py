"""Reparation against real stores: limits per order type and age, units, capacity, expired risk assessments,
restriction checks, the whole group marked at once, corrections after sign-off, the case manager's compliance
decisions and thresholds, voluntary disposals, completion and its certificate."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from rjdesk.errors import ConcurrencyConflict, PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import PlacementTerms, Requirement, add_months, placement_problems
from rjdesk.services import cases, reparation, safety, settings
from rjdesk.services.context import Actor
from rjdesk.services.reparation import Mark, PlacementDetails, ProjectDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Child
from tests.conftest import make_user

pytestmark = pytest.mark.reparation
TODAY = dt.date.today()
TEN, TWELVE = dt.time(10), dt.time(12)


# ------------------------------------------------------------------------------------------------ pure rules


def terms(disposal: str, requirement: Requirement, amount: float, age: int = 15, **kw: object) -> PlacementTerms:
    start = dt.date(2026, 1, 10)
    due = kw.pop("due_by", add_months(start, 3))
    return PlacementTerms(disposal, requirement, amount, start, due, age, **kw)  # type: ignore[arg-type]


def test_limits_per_order_type_and_age() -> None:
    assert placement_problems(terms("REPARATION_ORDER", Requirement.REPARATION, 24)) == {}
    assert "at most 24 hours" in placement_problems(terms("REPARATION_ORDER", Requirement.REPARATION, 25))["amount"]
    late = terms("REPARATION_ORDER", Requirement.REPARATION, 10, due_by=dt.date(2026, 4, 11))
    assert "by 10 Apr 2026" in placement_problems(late)["due_by"]
    specific = terms("REPARATION_ORDER", Requirement.REPARATION, 10, for_a_specific_person=True)
    assert "consent" in placement_problems(specific)["recipient_consents"]
    consented = terms(
        "REPARATION_ORDER", Requirement.REPARATION, 10, for_a_specific_person=True, recipient_consents=True
    )
    assert placement_problems(consented) == {}
    for age, ok in ((15, False), (16, True), (17, True), (18, False)):
        problems = placement_problems(terms("YRO", Requirement.UNPAID_WORK, 60, age=age))
        assert ("requirement" not in problems) is ok, age
    assert "40 to 240" in placement_problems(terms("YRO", Requirement.UNPAID_WORK, 39, age=16))["amount"]
    assert placement_problems(terms("YRO", Requirement.UNPAID_WORK, 240, age=17)) == {}
    assert placement_problems(terms("YRO", Requirement.ACTIVITY, 90)) == {}
    assert "at most 90 days" in placement_problems(terms("YRO", Requirement.ACTIVITY, 91))["amount"]
    assert "whole days" in placement_problems(terms("YRO", Requirement.ACTIVITY, 2.5))["amount"]
    assert (
        "youth rehabilitation order"
        in placement_problems(terms("REFERRAL_ORDER", Requirement.ACTIVITY, 5))["requirement"]
    )
    assert placement_problems(terms("REFERRAL_ORDER", Requirement.REPARATION, 60)) == {}  # set locally
    assert "no reparation" in placement_problems(terms("NFA", Requirement.REPARATION, 5))["order"]
    assert Requirement.ACTIVITY.unit.value == "days" and Requirement.UNPAID_WORK.unit.value == "hours"


# ------------------------------------------------------------------------------------------------ the services


class Team:
    """A service with a supervisor, a case manager, a manager, an active project and children on orders."""

    def __init__(self, db: Database, service: Actor) -> None:
        self.db, self.service = db, service
        self.supervisor = make_user(db, service, "sup", Role.REPARATION_SUPERVISOR)
        self.casemgr = make_user(db, service, "cm", Role.CASE_MANAGER)
        self.manager = make_user(db, service, "boss", Role.MANAGER)
        self.project = reparation.create_project(
            db,
            self.supervisor,
            ProjectDetails(
                "The Bike Shed",
                partner="Northbridge Cycles",
                site="Depot Road",
                site_postcode="NB2 4AA",
                activities="Bikes repaired and donated",
                capacity=6,
            ),
        )
        reparation.renew_risk_assessment(
            db, self.supervisor, self.project.id, TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=300)
        )
        self.count = 0

    def child(self, disposal: str = "REFERRAL_ORDER", born: dt.date = dt.date(2010, 3, 1)) -> tuple[int, int]:
        self.count += 1
        child = cases.create_child(self.db, self.service, f"R{self.count}", f"Kid{self.count}", "Example", born)
        with self.db.unit_of_work() as session:
            row = session.get(Child, child.id)
            assert row is not None
            row.case_manager_id = self.casemgr.user_id
        offence = cases.add_offence(self.db, self.service, child.id, "OF1", "Criminal damage", TODAY)
        order = cases.create_order(
            self.db, self.service, child.id, disposal, TODAY - dt.timedelta(days=10), (offence.id,)
        )
        return child.id, order

    def place(self, order_id: int, amount: float = 6, requirement: Requirement = Requirement.REPARATION) -> int:
        return reparation.place_child(
            self.db,
            self.supervisor,
            PlacementDetails(
                self.project.id,
                order_id,
                requirement,
                amount,
                TODAY - dt.timedelta(days=5),
                TODAY + dt.timedelta(days=60),
                victim_wish="Something for the community",
            ),
        ).id

    def session(self, *placements: int, day: dt.date = TODAY) -> reparation.SessionInfo:
        return reparation.schedule_session(
            self.db, self.supervisor, self.project.id, day, TEN, TWELVE, self.supervisor.user_id, placements
        )


@pytest.fixture
def team(db: Database, service: Actor) -> Team:
    return Team(db, service)


def test_a_group_marked_in_one_go_updates_the_placements_and_completes_one(db: Database, team: Team) -> None:
    placements = [team.place(team.child()[1], amount=2 if i == 0 else 6) for i in range(6)]
    booked = team.session(*placements)
    assert [e.remaining_before for e in booked.expected].count(2) == 1 and booked.hours == 2
    outcomes = ["attended", "late", "left_early", "absent", "attended", "attended"]
    credits = [2, 1.5, 1, 0, 2, 2]
    by_placement = {e.placement_id: e for e in booked.expected}
    marks = [
        Mark(by_placement[p].attendance_id, outcome, credit, reason="Bus late" if outcome == "late" else "")
        for p, outcome, credit in zip(placements, outcomes, credits, strict=True)
    ]
    marked = reparation.record_attendance(db, team.supervisor, booked.id, booked.version, marks)
    delivered = {
        p.id: (p.delivered, p.status) for p in reparation.list_placements(db, team.supervisor, active_only=False)
    }
    assert delivered[placements[0]] == (2, "completed") and delivered[placements[1]] == (1.5, "active")
    assert delivered[placements[3]] == (0, "active")
    with pytest.raises(ConcurrencyConflict):  # a second marker working from the old screen
        reparation.record_attendance(db, team.supervisor, booked.id, booked.version, marks[:1])
    signed = reparation.sign_off_session(db, team.supervisor, booked.id, marked.version)
    assert signed.signed_off_by == team.supervisor.audit_name


def test_credits_never_exceed_the_session_nor_what_remains_and_nothing_is_saved(db: Database, team: Team) -> None:
    first, second = team.place(team.child()[1], amount=1), team.place(team.child()[1])
    booked = team.session(first, second)
    ids = {e.placement_id: e.attendance_id for e in booked.expected}
    with pytest.raises(ValidationError) as refused:
        reparation.record_attendance(
            db,
            team.supervisor,
            booked.id,
            booked.version,
            [Mark(ids[second], "attended", 2), Mark(ids[first], "attended", 2)],
        )
    assert "Only 1 hours remain" in str(refused.value)
    with pytest.raises(ValidationError, match="session's length"):
        reparation.record_attendance(db, team.supervisor, booked.id, booked.version, [Mark(ids[second], "attended", 3)])
    with pytest.raises(ValidationError, match="absent child is credited nothing"):
        reparation.record_attendance(db, team.supervisor, booked.id, booked.version, [Mark(ids[second], "absent", 1)])
    assert all(p.delivered == 0 for p in reparation.list_placements(db, team.supervisor))


def test_capacity_expired_risk_assessments_and_restrictions_refuse_a_session(
    db: Database, service: Actor, team: Team
) -> None:
    small = reparation.create_project(db, team.supervisor, ProjectDetails("Bird boxes", capacity=2))
    with pytest.raises(ValidationError, match="no health-and-safety risk assessment"):
        reparation.schedule_session(db, team.supervisor, small.id, TODAY, TEN, TWELVE, None)
    reparation.renew_risk_assessment(
        db, team.supervisor, small.id, TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="expired on"):
        reparation.schedule_session(db, team.supervisor, small.id, TODAY, TEN, TWELVE, None)
    reparation.renew_risk_assessment(db, team.supervisor, small.id, TODAY, TODAY + dt.timedelta(days=365))
    placed = []
    for _ in range(3):
        _child, order = team.child()
        placed.append(
            reparation.place_child(
                db, team.supervisor, PlacementDetails(small.id, order, Requirement.REPARATION, 4, TODAY)
            ).id
        )
    with pytest.raises(ValidationError, match="2 children per session"):
        reparation.schedule_session(db, team.supervisor, small.id, TODAY, TEN, TWELVE, None, placed)
    assert reparation.sessions_between(db, team.supervisor, TODAY, TODAY) == []  # nothing half-saved

    child_id, order = team.child()
    zoned = team.place(order)
    vlo = make_user(db, service, "vlo", Role.VLO)
    safety.add_restriction(db, vlo, child_id, "exclusion_zone", TODAY - dt.timedelta(days=1), areas="NB2")
    with pytest.raises(ValidationError, match="exclusion zone"):
        team.session(zoned)


def test_a_correction_after_sign_off_keeps_the_original(db: Database, team: Team) -> None:
    placement = team.place(team.child()[1])
    booked = team.session(placement)
    mark = Mark(booked.expected[0].attendance_id, "attended", 2)
    marked = reparation.record_attendance(db, team.supervisor, booked.id, booked.version, [mark])
    with pytest.raises(ValidationError, match="Mark every child"):
        reparation.sign_off_session(db, team.supervisor, team.session(placement, day=TODAY + dt.timedelta(1)).id, 1)
    signed = reparation.sign_off_session(db, team.supervisor, booked.id, marked.version)
    with pytest.raises(ValidationError, match="correct a mark instead"):
        reparation.record_attendance(db, team.supervisor, booked.id, signed.version, [mark])
    with pytest.raises(ValidationError, match="Say why"):
        reparation.correct_attendance(db, team.supervisor, Mark(mark.attendance_id, "late", 1), 2, " ")
    expected = signed.expected[0]
    reparation.correct_attendance(
        db, team.supervisor, Mark(mark.attendance_id, "late", 1.5), expected.version, "Arrived 30 minutes late"
    )
    history = reparation.corrections(db, team.supervisor, mark.attendance_id)
    assert [(c.before["outcome"], c.before["credited"], c.reason) for c in history] == [
        ("attended", 2, "Arrived 30 minutes late")
    ]
    record = reparation.get_placement(db, team.supervisor, placement)
    assert record.info.delivered == 1.5 and record.lines[0].corrected


def test_the_case_manager_decides_on_absences_and_enforcement_comes_due(
    db: Database, service: Actor, team: Team
) -> None:
    _child_id, order = team.child("YRO")
    placement = team.place(order, amount=20)
    for day in range(3):
        booked = team.session(placement, day=TODAY + dt.timedelta(days=day))
        reparation.record_attendance(
            db, team.supervisor, booked.id, booked.version, [Mark(booked.expected[0].attendance_id, "absent")]
        )
    queue = reparation.compliance_queue(db, team.casemgr)
    assert len(queue) == 3 and queue[0].state.summary == "0 of 3 unacceptable failures before breach proceedings."
    other = make_user(db, service, "cm2", Role.CASE_MANAGER)
    assert reparation.compliance_queue(db, other) == []
    with pytest.raises(PermissionDenied):
        reparation.decide_absence(db, other, queue[0].attendance_id, queue[0].version, acceptable=False, warning=True)
    with pytest.raises(PermissionDenied):
        reparation.compliance_queue(db, team.supervisor)
    with pytest.raises(ValidationError, match="acceptable absence gets no warning"):
        reparation.decide_absence(
            db, team.casemgr, queue[0].attendance_id, queue[0].version, acceptable=True, warning=True
        )
    decided = reparation.decide_absence(
        db, team.casemgr, queue[0].attendance_id, queue[0].version, acceptable=False, warning=True
    )
    assert decided.state.unacceptable == 1 and not decided.state.enforcement_due
    reparation.decide_absence(
        db, team.casemgr, queue[1].attendance_id, queue[1].version, acceptable=True, warning=False
    )
    last = reparation.decide_absence(
        db, team.casemgr, queue[2].attendance_id, queue[2].version, acceptable=False, warning=False
    )
    assert last.state.unacceptable == 2 and not last.state.enforcement_due
    settings.update_service(
        db, make_user(db, service, "admin", Role.ADMINISTRATOR), settings={"unacceptable_failures_yro": 2}
    )
    state = reparation.get_placement(db, team.supervisor, placement).state
    assert state is not None and state.enforcement_due and "breach proceedings is due" in state.summary
    assert reparation.compliance_queue(db, team.casemgr) == []
    from rjdesk.services.safety import my_alerts

    assert sum("absent from The Bike Shed" in a.message for a in my_alerts(db, team.casemgr)) == 3


def test_a_conditional_caution_leads_to_prosecution_and_a_voluntary_disposal_to_no_warning(
    db: Database, team: Team
) -> None:
    _c, caution = team.child("YOUTH_CONDITIONAL_CAUTION")
    _v, voluntary = team.child("OOCD_WITH_INTERVENTION")
    booked = team.session(team.place(caution), team.place(voluntary))
    reparation.record_attendance(
        db, team.supervisor, booked.id, booked.version, [Mark(e.attendance_id, "absent") for e in booked.expected]
    )
    queue = {a.state.disposal_type: a for a in reparation.compliance_queue(db, team.manager)}
    assert queue["OOCD_WITH_INTERVENTION"].state.summary == "Voluntary: no warnings or enforcement."
    with pytest.raises(ValidationError, match="voluntary: no warnings"):
        absence = queue["OOCD_WITH_INTERVENTION"]
        reparation.decide_absence(
            db, team.manager, absence.attendance_id, absence.version, acceptable=False, warning=True
        )
    ycc = queue["YOUTH_CONDITIONAL_CAUTION"]
    assert "referral for prosecution" in ycc.state.summary and ycc.state.threshold == 2


def test_days_are_credited_whole_for_an_activity_requirement(db: Database, team: Team) -> None:
    _c, order = team.child("YRO")
    placement = team.place(order, amount=2, requirement=Requirement.ACTIVITY)
    booked = team.session(placement)
    attendance = booked.expected[0].attendance_id
    with pytest.raises(ValidationError, match="one day per session"):
        reparation.record_attendance(db, team.supervisor, booked.id, booked.version, [Mark(attendance, "attended", 2)])
    reparation.record_attendance(db, team.supervisor, booked.id, booked.version, [Mark(attendance, "attended", 1)])
    info = reparation.get_placement(db, team.supervisor, placement).info
    assert (info.delivered, info.remaining, info.unit.value, info.percent) == (1, 1, "days", 50)


def test_unpaid_work_needs_a_child_of_16_or_17_when_convicted(db: Database, team: Team) -> None:
    _c, young = team.child("YRO", born=TODAY - dt.timedelta(days=365 * 15 + 100))
    with pytest.raises(ValidationError, match="16 or 17 when convicted"):
        team.place(young, amount=60, requirement=Requirement.UNPAID_WORK)
    _c, older = team.child("YRO", born=TODAY - dt.timedelta(days=365 * 16 + 100))
    assert team.place(older, amount=60, requirement=Requirement.UNPAID_WORK)


def test_the_completion_certificate_names_the_child_the_project_and_the_hours(
    db: Database, service: Actor, team: Team
) -> None:
    child_id, order = team.child()
    placement = team.place(order, amount=2)
    with pytest.raises(ValidationError, match="still to do"):
        reparation.completion_certificate(db, team.supervisor, placement)
    booked = team.session(placement)
    reparation.record_attendance(
        db, team.supervisor, booked.id, booked.version, [Mark(booked.expected[0].attendance_id, "attended", 2)]
    )
    cases.update_child(
        db,
        team.manager,
        child_id,
        cases.get_child_case(db, team.manager, child_id).version,
        given_name="Siân",
        family_name="Ŵyn-Llŷr",
        date_of_birth=dt.date(2010, 3, 1),
        case_manager_id=team.casemgr.user_id,
    )
    pdf = reparation.completion_certificate(db, team.supervisor, placement, "Gwasanaeth Cyfiawnder Ieuenctid")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Certificate of completion" in text and "Siân Ŵyn-Llŷr" in text
    assert "has completed 2 hours of reparation with" in text and "The Bike Shed" in text
    assert "Something for the community" not in text  # the victim's wish is not child-facing
    assert f"Completed on {TODAY:%d %B %Y}" in text


def test_demo_data_has_the_named_projects_placements_and_todays_sessions(db: Database, service: Actor) -> None:
    from rjdesk import demo
    from rjdesk.services import users

    demo.generate(db, service, victims=60, seed=5, today=TODAY)
    supervisor = users.authenticate(db, "supervisor", demo.DEMO_PASSWORD)
    projects = reparation.list_projects(db, supervisor)
    assert {"Bike Shed", "Bird boxes", "Foodbank boxes"} <= {p.details.name for p in projects}
    assert [p.risk_assessment_status(TODAY) for p in projects].count("expired") == 1
    today = reparation.sessions_between(db, supervisor, TODAY, TODAY)
    assert today and all(s.signed_off_by is None and s.expected for s in today)
    placements = reparation.list_placements(db, supervisor)
    assert placements and any(p.delivered > 0 for p in placements)
