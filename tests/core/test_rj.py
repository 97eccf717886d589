"""RJ services against real stores: screening, stages and gates, consent, withdrawal, letters, conferences
(double-booking, restrictions, rescheduling, .ics), agreements, facilitators, and KPI 10 engagement."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.rules.rj import ActivityKind, RjcLevel, Stage
from rjdesk.services import cases, referrals, rj, safety
from rjdesk.services.context import Actor
from rjdesk.services.victim_record import open_victim_file
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_user

pytestmark = pytest.mark.rj
TODAY = dt.date.today()


class Case:
    def __init__(self, db: Database, service: Actor, cms_ref: str = "C1", sensitive: str | None = None) -> None:
        self.db = db
        self.coordinator = make_user(db, service, f"rjc{cms_ref.lower()}", Role.RJ_COORDINATOR, Role.VLO)
        child = cases.create_child(db, service, cms_ref, "Jay", "Example", dt.date(2009, 5, 1))
        offence = cases.add_offence(db, service, child.id, "OF1", "Assault", TODAY - dt.timedelta(days=60))
        self.child_id = child.id
        self.order_id = cases.create_order(db, service, child.id, "YRO", TODAY - dt.timedelta(days=30), (offence.id,))
        self.victim_id = referrals.receive_referral(
            db,
            self.coordinator,
            referrals.NewReferral(
                child_id=child.id,
                offence_ids=(offence.id,),
                received_on=TODAY - dt.timedelta(days=50),
                basis="consented",
                details=VictimDetails("individual", "Alex Harmed", date_of_birth=dt.date(1980, 1, 1)),
            ),
        ).victim_id
        self.process = rj.open_process(
            db, self.coordinator, child.id, self.victim_id, TODAY - dt.timedelta(days=40), sensitive
        )

    @property
    def info(self) -> rj.ProcessInfo:
        return rj.get_process(self.db, self.coordinator, self.process.id).info

    def move(self, stage: Stage, reason: str = "") -> rj.ProcessInfo:
        return rj.move_stage(self.db, self.coordinator, self.process.id, stage, self.info.version, reason)

    def assess_both(self) -> None:
        for party in ("victim", "child"):
            rj.record_assessment(
                self.db, self.coordinator, self.process.id, party, suitable=True, acknowledges_facts=True
            )

    def consent(self, method: str = "verbal", child_under_16: bool = False, parental: str | None = None) -> None:
        victim = rj.add_participant(self.db, self.coordinator, self.process.id, "victim", "Alex Harmed")
        child = rj.add_participant(
            self.db, self.coordinator, self.process.id, "child", "Jay Example", under_16=child_under_16
        )
        self.victim_participant, self.child_participant = victim, child
        for participant in (victim, child):
            rj.record_participant_consent(
                self.db, self.coordinator, participant, method, TODAY - dt.timedelta(days=20), parental_method=parental
            )

    def to_preparing(self) -> None:
        self.move(Stage.ASSESSING)
        self.assess_both()
        self.move(Stage.PREPARING)


@pytest.fixture
def case(db: Database, service: Actor) -> Case:
    return Case(db, service)


def test_an_unscreened_order_is_flagged_before_its_decision_date(db: Database, service: Actor, case: Case) -> None:
    cases.set_decision_date(db, service, case.order_id, TODAY + dt.timedelta(days=10))
    flagged = rj.unscreened_orders(db, case.coordinator)
    assert [(u.order_id, u.flagged) for u in flagged] == [(case.order_id, True)]
    with pytest.raises(ValidationError):
        rj.screen_order(db, case.coordinator, case.order_id, "offer_rj", "  ")
    rj.screen_order(db, case.coordinator, case.order_id, "offer_rj", "Victim open to indirect work", "indirect")
    assert rj.unscreened_orders(db, case.coordinator) == []


def test_stages_move_one_at_a_time_through_their_gates_with_history(db: Database, case: Case) -> None:
    with pytest.raises(ValidationError, match="one stage at a time"):
        case.move(Stage.PREPARING)
    case.move(Stage.ASSESSING)
    with pytest.raises(ValidationError, match="assessed as suitable"):
        case.move(Stage.PREPARING)
    with pytest.raises(ValidationError, match="basic facts"):
        rj.record_assessment(db, case.coordinator, case.process.id, "child", suitable=True, acknowledges_facts=False)
    case.assess_both()
    case.move(Stage.PREPARING)
    case.move(Stage.ACTIVE)
    with pytest.raises(ValidationError, match="at least one"):
        case.move(Stage.FOLLOW_UP)
    history = rj.get_process(db, case.coordinator, case.process.id).history
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (Stage.REFERRED, Stage.ASSESSING),
        (Stage.ASSESSING, Stage.PREPARING),
        (Stage.PREPARING, Stage.ACTIVE),
    ]
    with pytest.raises(ValidationError, match="Say why"):
        case.move(Stage.WITHDRAWN)
    ended = case.move(Stage.WITHDRAWN, "The victim decided not to go on")
    assert ended.stage == Stage.WITHDRAWN
    with pytest.raises(ValidationError, match="cannot move"):
        case.move(Stage.FOLLOW_UP)


def test_a_sensitive_case_needs_a_managers_sign_off(db: Database, service: Actor) -> None:
    sensitive = Case(db, service, "C7", sensitive="domestic_abuse")
    sensitive.move(Stage.ASSESSING)
    sensitive.assess_both()
    with pytest.raises(ValidationError, match="manager must sign off"):
        sensitive.move(Stage.PREPARING)
    with pytest.raises(PermissionDenied):
        rj.sign_off(db, sensitive.coordinator, sensitive.process.id, sensitive.info.version)
    manager = make_user(db, service, "boss", Role.MANAGER)
    rj.sign_off(db, manager, sensitive.process.id, sensitive.info.version)
    assert sensitive.move(Stage.PREPARING).stage == Stage.PREPARING


def test_an_indirect_activity_on_verbal_consent_makes_the_victim_engaged(db: Database, case: Case) -> None:
    case.to_preparing()
    with pytest.raises(ValidationError, match="Add the victim"):
        rj.record_activity(
            db, case.coordinator, case.process.id, ActivityKind.QUESTIONS_AND_ANSWERS, TODAY, victim_took_part=True
        )
    case.consent("verbal")
    asked = TODAY - dt.timedelta(days=10)
    rj.record_activity(
        db,
        case.coordinator,
        case.process.id,
        ActivityKind.QUESTIONS_AND_ANSWERS,
        asked,
        victim_took_part=True,
        who_took_part="Victim's questions; the child's answers",
    )
    assert case.info.stage == Stage.ACTIVE  # the first activity moved it on
    kpi = open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10
    assert (kpi["engagedRJ"], kpi["engagedRJStart"], kpi["engagedRJEnd"]) == ("Y", asked.isoformat(), "")
    rj.tell_victim_concluded(db, case.coordinator, case.process.id, TODAY, case.info.version)
    assert open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10["engagedRJEnd"] == TODAY.isoformat()


def test_withdrawal_pauses_the_process_and_tells_the_coordinator(db: Database, case: Case) -> None:
    case.to_preparing()
    case.consent("verbal")
    rj.withdraw_consent(db, case.coordinator, case.victim_participant, TODAY, "Needs time")
    assert "withdrew consent" in str(case.info.paused_reason)
    assert any(a.kind == "rj_consent_withdrawn" for a in safety.my_alerts(db, case.coordinator))
    with pytest.raises(ValidationError, match="paused"):
        rj.record_activity(db, case.coordinator, case.process.id, ActivityKind.SHUTTLE, TODAY, victim_took_part=True)
    rj.record_participant_consent(db, case.coordinator, case.victim_participant, "verbal", TODAY)
    assert case.info.paused_reason is None


def test_a_letter_is_vetted_by_someone_else_before_delivery_and_counts_then(
    db: Database, service: Actor, case: Case
) -> None:
    case.to_preparing()
    case.consent("verbal")
    letter = rj.record_activity(
        db, case.coordinator, case.process.id, ActivityKind.LETTER, TODAY - dt.timedelta(days=3), victim_took_part=True
    )
    assert letter.status == "draft" and not letter.victim_took_part
    with pytest.raises(ValidationError, match="vetted and approved"):
        rj.deliver_letter(db, case.coordinator, letter.id, TODAY, victim_took_part=True)
    with pytest.raises(PermissionDenied, match="someone other"):
        rj.approve_letter(db, case.coordinator, letter.id)
    colleague = make_user(db, service, "rjc2", Role.RJ_COORDINATOR)
    rj.approve_letter(db, colleague, letter.id)
    assert open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10["engagedRJ"] == "N"
    rj.deliver_letter(db, case.coordinator, letter.id, TODAY, victim_took_part=True)
    assert open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10["engagedRJStart"] == TODAY.isoformat()


def at(days: int, hour: int) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour), dt.UTC)


def test_conference_booking_gates_double_booking_restrictions_and_history(
    db: Database, service: Actor, case: Case
) -> None:
    case.to_preparing()
    case.consent("verbal")
    facilitator = case.coordinator.user_id
    assert facilitator is not None

    def book(process: int, start: dt.datetime, venue: str = "Northbridge YJS, Room 2", postcode: str = "NB1 1AA"):
        return rj.book_conference(
            db,
            case.coordinator,
            process,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            venue=venue,
            venue_postcode=postcode,
            facilitator_ids=(facilitator,),
        )

    with pytest.raises(ValidationError, match="in writing"):
        book(case.process.id, at(7, 10))
    for participant in (case.victim_participant, case.child_participant):
        rj.record_participant_consent(db, case.coordinator, participant, "written", TODAY)
    first = book(case.process.id, at(7, 10)).conference
    other = Case(db, service, "C2")
    other.to_preparing()
    other.consent("written")
    with pytest.raises(ValidationError, match="already booked"):
        book(other.process.id, at(7, 11))
    with pytest.raises(ValidationError, match="already facilitates"):
        book(other.process.id, at(7, 11), venue="Community centre")
    moved = rj.reschedule_conference(db, case.coordinator, first.id, starts_at=at(9, 14), ends_at=at(9, 16))
    assert moved.conference.previous_id == first.id
    history = rj.get_process(db, case.coordinator, case.process.id).conferences
    assert [(c.id, c.status) for c in history] == [(first.id, "moved"), (moved.conference.id, "booked")]
    assert book(other.process.id, at(7, 11)).conference.status == "booked"  # the old slot is free again
    ics = Calendar.from_ical(rj.conference_ics(db, case.coordinator, moved.conference.id))
    event = next(iter(ics.walk("VEVENT")))
    assert "C1" in str(event["summary"]) and "Alex" not in ics.to_ical().decode()
    assert event.decoded("dtstart") == at(9, 14)


def test_a_conference_breaking_a_restriction_is_refused_and_a_weekend_warned(
    db: Database, service: Actor, case: Case
) -> None:
    case.to_preparing()
    case.consent("written")
    saturday = TODAY + dt.timedelta(days=(5 - TODAY.weekday()) % 7 or 7)
    start = dt.datetime.combine(saturday, dt.time(10), dt.UTC)
    booking = rj.book_conference(
        db,
        case.coordinator,
        case.process.id,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        venue="Community centre",
        venue_postcode="NB2 2BB",
        facilitator_ids=(case.coordinator.user_id or 0,),
    )
    assert booking.warnings and "not a working day" in booking.warnings[0]
    safety.add_restriction(db, case.coordinator, case.child_id, "exclusion_zone", TODAY, areas="NB3, Riverside")
    with pytest.raises(ValidationError, match="exclusion zone"):
        rj.book_conference(
            db,
            case.coordinator,
            case.process.id,
            starts_at=start + dt.timedelta(days=7),
            ends_at=start + dt.timedelta(days=7, hours=1),
            venue="Riverside hall",
            venue_postcode="NB3 4CD",
            facilitator_ids=(case.coordinator.user_id or 0,),
        )
    safety.add_restriction(
        db, case.coordinator, case.child_id, "non_contact", TODAY, victim_id=case.victim_id, details="No contact"
    )
    with pytest.raises(ValidationError, match="non-contact"):
        rj.book_conference(
            db,
            case.coordinator,
            case.process.id,
            starts_at=start + dt.timedelta(days=7),
            ends_at=start + dt.timedelta(days=7, hours=1),
            venue="Library",
            facilitator_ids=(case.coordinator.user_id or 0,),
        )


def test_a_held_conference_engages_the_victim_and_the_agreement_is_monitored(db: Database, case: Case) -> None:
    case.to_preparing()
    case.consent("written")
    start = dt.datetime.combine(TODAY, dt.time(0, 0), dt.UTC)
    booked = rj.book_conference(
        db,
        case.coordinator,
        case.process.id,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        venue="Northbridge YJS",
        facilitator_ids=(case.coordinator.user_id or 0,),
    ).conference
    rj.hold_conference(db, case.coordinator, booked.id, victim_took_part=True, who_took_part="Victim, child, mother")
    kpi = open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10
    assert (kpi["engagedRJ"], kpi["engagedRJStart"]) == ("Y", TODAY.isoformat())
    late = rj.add_agreement_item(
        db, case.coordinator, case.process.id, "apology", "Spoken apology", "Jay", TODAY - dt.timedelta(days=1)
    )
    rj.add_agreement_item(
        db,
        case.coordinator,
        case.process.id,
        "reparation",
        "6 hours at the garden",
        "Jay",
        TODAY + dt.timedelta(days=9),
    )
    assert [i.id for i in rj.overdue_items(db, case.coordinator)] == [late]
    item = next(i for i in rj.get_process(db, case.coordinator, case.process.id).items if i.id == late)
    rj.complete_item(db, case.coordinator, late, TODAY, item.version, "Victim said it was sincere")
    assert rj.overdue_items(db, case.coordinator) == []
    assert case.move(Stage.FOLLOW_UP).stage == Stage.FOLLOW_UP
    rj.record_feedback(db, case.coordinator, case.process.id, 5, "Glad I went")
    with pytest.raises(ValidationError):
        rj.record_feedback(db, case.coordinator, case.process.id, 9)


def test_facilitators_compliance_is_tracked(db: Database, service: Actor, case: Case) -> None:
    manager = make_user(db, service, "boss", Role.MANAGER)
    user_id = case.coordinator.user_id or 0
    rj.set_facilitator(
        db, manager, user_id, RjcLevel.FOUNDATION, TODAY - dt.timedelta(weeks=13), TODAY - dt.timedelta(days=30)
    )
    rj.add_cpd(db, case.coordinator, user_id, TODAY - dt.timedelta(days=10), 6, "Trauma-informed practice")
    (status,) = rj.facilitator_statuses(db, case.coordinator)
    assert status.compliance.supervision_overdue and status.compliance.cpd_hours == 6
    assert not status.compliance.observation_overdue and not status.compliance.ok


def test_a_new_engagement_mapping_version_changes_what_counts(db: Database, service: Actor, case: Case) -> None:
    case.to_preparing()
    case.consent("verbal")
    rj.record_activity(db, case.coordinator, case.process.id, ActivityKind.VIEWS_RELAYED, TODAY, victim_took_part=True)
    rj.add_preparation(db, case.coordinator, case.victim_participant, TODAY, "Explained what to expect")
    rj.record_feedback(db, case.coordinator, case.process.id, 4, "Helpful")
    file = rj.get_process(db, case.coordinator, case.process.id)
    assert (file.engagement.engaged, file.mapping_version) == (True, 1)
    assert [p.participant_name for p in file.preparations] == ["Alex Harmed"] and file.feedback[0].satisfaction == 4
    with pytest.raises(PermissionDenied):
        rj.publish_engagement_mapping(db, case.coordinator, {"views_relayed": False}, "Local rule")
    manager = make_user(db, service, "boss", Role.MANAGER)
    with pytest.raises(ValidationError):
        rj.publish_engagement_mapping(db, manager, {"tea_and_biscuits": True}, "Typo")
    assert rj.publish_engagement_mapping(db, manager, {"views_relayed": False}, "Relayed views are one-way") == 2
    again = rj.get_process(db, case.coordinator, case.process.id)
    assert (again.engagement.engaged, again.mapping_version) == (False, 2)
    assert open_victim_file(db, case.coordinator, case.victim_id).links[0].kpi10["engagedRJ"] == "N"
    expected = {**rj.DEFAULT_ENGAGEMENT_MAPPING, "views_relayed": False}
    assert rj.current_engagement_mapping(db, case.coordinator) == (2, expected)


def test_safety_measures_agreed_in_an_assessment_land_on_the_victims_safety_plan(
    db: Database, service: Actor, case: Case
) -> None:
    case.move(Stage.ASSESSING)
    rj.record_assessment(
        db,
        case.coordinator,
        case.process.id,
        "victim",
        suitable=True,
        acknowledges_facts=True,
        risks="Lives near the child's school",
        safety_actions=["Separate waiting rooms at the conference", "  ", "Victim leaves first"],
    )
    plan = safety.get_plan(db, case.coordinator, case.victim_id)
    assert sorted(a.action for a in plan.actions) == ["Separate waiting rooms at the conference", "Victim leaves first"]
    victims_worker = make_user(db, service, "vlo2", Role.VLO)
    first = min(plan.actions, key=lambda a: a.id)
    safety.complete_action(db, victims_worker, first.id, TODAY)
    assessment = rj.get_process(db, case.coordinator, case.process.id).assessments[0]
    assert assessment.safety_actions == ("Separate waiting rooms at the conference (done)", "Victim leaves first")


def test_preparation_meetings_held_and_planned_are_on_the_calendar(db: Database, service: Actor, case: Case) -> None:
    case.to_preparing()
    case.consent("verbal")
    rj.add_preparation(db, case.coordinator, case.victim_participant, TODAY - dt.timedelta(days=3), "Held")
    rj.add_preparation(db, case.coordinator, case.child_participant, TODAY + dt.timedelta(days=2), "Planned")
    other = Case(db, service, "C2")  # another case's meetings are on the same calendar
    other.to_preparing()
    other.consent("verbal")
    rj.add_preparation(db, other.coordinator, other.victim_participant, TODAY + dt.timedelta(days=2))
    diary = rj.preparations_between(db, case.coordinator, TODAY, TODAY + dt.timedelta(days=7))
    assert [(m.met_on, m.child_cms_ref, m.role) for m in diary] == [
        (TODAY + dt.timedelta(days=2), "C1", "child"),
        (TODAY + dt.timedelta(days=2), "C2", "victim"),
    ]
    assert rj.preparations_between(db, case.coordinator, TODAY - dt.timedelta(days=3), TODAY - dt.timedelta(days=3))
    with pytest.raises(PermissionDenied):
        rj.preparations_between(db, make_user(db, service, "analyst", Role.PERFORMANCE_ANALYST), TODAY, TODAY)
