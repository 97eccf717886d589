"""Panels: the diary, 'due for panel', outcomes, and the views-before-decision duty that follows the date."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk.errors import ConcurrencyConflict, PermissionDenied, ValidationError
from rjdesk.rules.calendar import WorkingCalendar
from rjdesk.rules.duties import DutyCode
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, duties, panels, referrals
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_service, make_user

TODAY = dt.date.today()


@pytest.fixture
def referral_order(db: Database, service: Actor) -> tuple[Actor, Actor, int, int]:
    """A referral order made three days ago for an offence with one victim; returns coordinator, VLO, order, victim."""
    coordinator = make_user(db, service, "panels1", Role.PANEL_COORDINATOR)
    vlo = make_user(db, service, "vlo1", Role.VLO)
    child = cases.create_child(db, service, "C1", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Assault", TODAY - dt.timedelta(days=60))
    victim = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=TODAY - dt.timedelta(days=20),
            basis="consented",
            details=VictimDetails("individual", "Alex Example"),
        ),
    ).victim_id
    order = cases.create_order(db, service, child.id, "REFERRAL_ORDER", TODAY - dt.timedelta(days=3), (offence.id,))
    return coordinator, vlo, order, victim


def views_duties(db: Database, vlo: Actor, victim: int) -> list[duties.DutyInfo]:
    return [
        d
        for d in duties.list_duties(db, vlo, victim_id=victim)
        if d.code == DutyCode.VIEWS_BEFORE_DECISION and d.status == "open"
    ]


def test_a_referral_order_without_a_panel_is_due_within_twenty_working_days(db, referral_order) -> None:
    coordinator, _vlo, order, _victim = referral_order
    due = panels.due_for_panel(db, coordinator)
    assert [(d.order_id, d.victims) for d in due] == [(order, 1)]
    assert due[0].due_by == WorkingCalendar().add_working_days(TODAY - dt.timedelta(days=3), 20)
    panels.schedule_panel(db, coordinator, order, TODAY + dt.timedelta(days=10), members="Two community members")
    assert panels.due_for_panel(db, coordinator) == []


def test_an_out_of_court_case_is_due_for_a_panel_only_while_its_decision_is_to_come(
    db: Database, service: Actor, referral_order
) -> None:
    coordinator, _vlo, referral, _victim = referral_order
    child = cases.create_child(db, service, "C2", "Kim", "Sample", dt.date(2011, 1, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Theft", TODAY - dt.timedelta(days=9))
    decided = cases.create_order(db, service, child.id, "YOUTH_CAUTION", TODAY - dt.timedelta(days=3), (offence.id,))
    to_decide = cases.create_order(db, service, child.id, "OOCD_WITH_INTERVENTION", TODAY, (offence.id,))
    cases.set_decision_date(db, service, to_decide, TODAY + dt.timedelta(days=9))
    due = {d.order_id: d.due_by for d in panels.due_for_panel(db, coordinator)}
    assert set(due) == {referral, to_decide} and decided not in due
    assert due[to_decide] == TODAY + dt.timedelta(days=9)


def test_scheduling_then_moving_a_panel_moves_the_victims_views_duty(db, referral_order) -> None:
    coordinator, vlo, order, victim = referral_order
    panel = panels.schedule_panel(db, coordinator, order, TODAY + dt.timedelta(days=14))
    first = views_duties(db, vlo, victim)
    assert len(first) == 1 and first[0].due_date <= TODAY + dt.timedelta(days=14)
    moved = panels.reschedule_panel(db, coordinator, panel.id, TODAY + dt.timedelta(days=28), panel.version)
    second = views_duties(db, vlo, victim)
    assert len(second) == 1 and second[0].id == first[0].id and second[0].due_date > first[0].due_date
    with pytest.raises(ConcurrencyConflict):
        panels.reschedule_panel(db, coordinator, panel.id, TODAY + dt.timedelta(days=30), panel.version)
    diary = panels.panel_diary(db, coordinator, TODAY, TODAY + dt.timedelta(days=60))
    assert [(p.id, p.panel_date, p.victims, p.views_recorded) for p in diary] == [
        (panel.id, TODAY + dt.timedelta(days=28), 1, 0)
    ]
    assert "Alex" not in repr(diary)  # the diary carries the child's case, never a victim's name
    assert moved.kind_label == "Referral order panel"


def test_an_outcome_is_recorded_on_or_after_the_day_and_must_make_sense(db, referral_order) -> None:
    coordinator, _vlo, order, _victim = referral_order
    panel = panels.schedule_panel(db, coordinator, order, TODAY)
    with pytest.raises(ValidationError, match="not invited"):
        panels.record_outcome(db, coordinator, panel.id, panel.version, panels.PanelOutcome(False, True, None, None))
    with pytest.raises(ValidationError, match="not happened yet"):
        panels.record_outcome(
            db,
            coordinator,
            panel.id,
            panel.version,
            panels.PanelOutcome(True, True, True, None),
            today=TODAY - dt.timedelta(days=1),
        )
    held = panels.record_outcome(
        db,
        coordinator,
        panel.id,
        panel.version,
        panels.PanelOutcome(True, False, True, "Letter of apology\n6 hours reparation at the community garden"),
    )
    assert (held.status, held.victim_invited, held.victim_attended, held.impact_statement_used) == (
        "held",
        True,
        False,
        True,
    )
    with pytest.raises(ValidationError, match="only a scheduled panel"):
        panels.cancel_panel(db, coordinator, panel.id, held.version, "Child unwell")


def test_a_vlo_can_read_the_diary_but_not_schedule(db, referral_order) -> None:
    _coordinator, vlo, order, _victim = referral_order
    assert panels.panel_diary(db, vlo, TODAY, TODAY) == []
    with pytest.raises(PermissionDenied):
        panels.schedule_panel(db, vlo, order, TODAY + dt.timedelta(days=5))


def test_demo_data_has_panels_safety_reviews_and_views_for_the_case_manager(db: Database, service: Actor) -> None:
    from rjdesk import demo
    from rjdesk.services import case_manager, safety, users
    from rjdesk.services.victim_record import list_child_cases

    for seed in (5, 8):  # more seeds reach more branches of the generator (seed 5 once found a bad kind)
        demo.generate(db, make_service(db, f"S{seed}", f"Service {seed}"), victims=80, seed=seed, today=TODAY)
    demo.generate(db, service, victims=60, seed=3, today=TODAY)
    manager = users.authenticate(db, "manager", demo.DEMO_PASSWORD)
    diary = panels.panel_diary(db, manager, TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=40))
    assert any(p.status == "held" for p in diary) and any(p.status == "scheduled" for p in diary)
    assert safety.reviews_due(db, manager, TODAY + dt.timedelta(days=30))
    casemgr = users.authenticate(db, "casemgr", demo.DEMO_PASSWORD)
    mine = list_child_cases(db, casemgr, mine_only=True)
    assert mine and any(case_manager.shared_views_for_child(db, casemgr, c.id) for c in mine)
    from rjdesk.rules.rj import Stage
    from rjdesk.services import rj

    processes = rj.list_processes(db, manager, include_ended=True)
    assert {Stage.REFERRED, Stage.ACTIVE, Stage.CLOSED} <= {p.stage for p in processes}
    active = next(p for p in processes if p.stage == Stage.ACTIVE)
    assert rj.get_process(db, manager, active.id).engagement.engaged
    assert any(not f.compliance.ok for f in rj.facilitator_statuses(db, manager))


def test_the_childs_case_can_be_read_and_edited_with_a_version_check(
    db: Database, service: Actor, referral_order
) -> None:
    from rjdesk.services.victim_record import list_child_cases

    coordinator, _vlo, order, _victim = referral_order
    (child,) = list_child_cases(db, coordinator, "C1")
    file = cases.get_child_case(db, coordinator, child.id)
    assert [o.id for o in file.orders] == [order] and file.orders[0].offence_refs == ("OF1",)
    manager_of_cases = make_user(db, service, "cm1", Role.CASE_MANAGER)
    assert [m.id for m in cases.list_case_managers(db, coordinator)] == [manager_of_cases.user_id]
    cases.update_child(
        db,
        coordinator,
        file.id,
        file.version,
        given_name="Jay",
        family_name="Exemplar",
        date_of_birth=file.date_of_birth,
        case_manager_id=manager_of_cases.user_id,
    )
    again = cases.get_child_case(db, coordinator, file.id)
    assert (again.family_name, again.case_manager_id) == ("Exemplar", manager_of_cases.user_id)
    with pytest.raises(ConcurrencyConflict):
        cases.update_child(
            db,
            coordinator,
            file.id,
            file.version,
            given_name="Jay",
            family_name="Other",
            date_of_birth=file.date_of_birth,
            case_manager_id=None,
        )
