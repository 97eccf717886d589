"""Victim safety: urgent concerns alert the same day; places and meetings are checked against restrictions."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk.errors import ConcurrencyConflict, PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, referrals, safety
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_user

TODAY = dt.date.today()


@pytest.fixture
def setting(db: Database, service: Actor) -> tuple[Actor, int, int]:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    child = cases.create_child(db, service, "CMS1", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Assault", dt.date(2026, 9, 1))
    victim = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=TODAY,
            basis="consented",
            details=VictimDetails("individual", "Alex Example", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    return vlo, child.id, victim.victim_id


def test_urgent_concern_alerts_the_worker_and_every_manager_the_same_day(db, service, setting) -> None:
    vlo, _child, victim_id = setting
    managers = [make_user(db, service, name, Role.MANAGER) for name in ("boss1", "boss2")]
    bystander = make_user(db, service, "vlo2", Role.VLO)
    safety.raise_concern(
        db, vlo, victim_id, "intimidation", "Approached at the bus stop by the child's brother", urgent=False
    )
    assert safety.my_alerts(db, vlo) == []  # not urgent: recorded, no alert
    safety.raise_concern(db, vlo, victim_id, "contact_from_child_or_family", "Messages on social media", urgent=True)
    for person in (vlo, *managers):
        alerts = safety.my_alerts(db, person)
        assert len(alerts) == 1 and alerts[0].created_at.date() == dt.datetime.now(dt.UTC).date()
        assert "Urgent safety concern" in alerts[0].message and "Alex" not in alerts[0].message
    assert safety.my_alerts(db, bystander) == []
    first = safety.my_alerts(db, vlo)[0]
    safety.acknowledge_alert(db, vlo, first.id)
    assert safety.my_alerts(db, vlo) == [] and len(safety.my_alerts(db, managers[0])) == 1
    plan = safety.get_plan(db, vlo, victim_id)
    assert sorted(c.urgent for c in plan.concerns) == [False, True]


def test_a_session_inside_an_exclusion_zone_is_refused_with_the_reason(db, setting) -> None:
    vlo, child_id, _victim_id = setting
    with pytest.raises(ValidationError):
        safety.add_restriction(db, vlo, child_id, "exclusion_zone", TODAY)  # no areas named
    safety.add_restriction(
        db,
        vlo,
        child_id,
        "exclusion_zone",
        TODAY - dt.timedelta(days=30),
        ends_on=TODAY + dt.timedelta(days=60),
        areas="NB1, Northbridge town centre",
    )
    with pytest.raises(ValidationError, match="NB1 is inside the child's exclusion zone"):
        safety.check_place(db, vlo, child_id, on=TODAY, postcode="nb1 4aa")
    with pytest.raises(ValidationError, match="exclusion zone"):
        safety.check_place(db, vlo, child_id, on=TODAY, place="Northbridge Town Centre")
    safety.check_place(db, vlo, child_id, on=TODAY, postcode="NB12 4AA")  # another district
    safety.check_place(db, vlo, child_id, on=TODAY + dt.timedelta(days=61), postcode="NB1 4AA")  # after it ends


def test_an_rj_meeting_breaking_a_non_contact_condition_is_refused(db, setting) -> None:
    vlo, child_id, victim_id = setting
    with pytest.raises(ValidationError):
        safety.add_restriction(db, vlo, child_id, "non_contact", TODAY)  # which victim?
    safety.add_restriction(
        db,
        vlo,
        child_id,
        "non_contact",
        TODAY,
        ends_on=TODAY + dt.timedelta(days=90),
        victim_id=victim_id,
        details="Bail condition",
    )
    with pytest.raises(ValidationError, match="non-contact"):
        safety.check_meeting(db, vlo, child_id, victim_id, TODAY + dt.timedelta(days=10))
    safety.check_meeting(db, vlo, child_id, victim_id, TODAY + dt.timedelta(days=91))


def test_plan_review_appears_when_due_and_stale_saves_conflict(db, setting) -> None:
    vlo, _child, victim_id = setting
    review = TODAY + dt.timedelta(days=7)
    with pytest.raises(ValidationError):
        safety.save_plan(db, vlo, victim_id, "Call 999", TODAY, None)
    plan = safety.save_plan(db, vlo, victim_id, "If the child makes contact: call 999, then the VLO.", review, None)
    assert [r.victim_id for r in safety.reviews_due(db, vlo, by=review)] == [victim_id]
    assert safety.reviews_due(db, vlo, by=review - dt.timedelta(days=1)) == []
    safety.save_plan(db, vlo, victim_id, "Updated plan", review, plan.version_id)
    with pytest.raises(ConcurrencyConflict):
        safety.save_plan(db, vlo, victim_id, "Stale edit", review, plan.version_id)
    action = safety.add_action(db, vlo, victim_id, "Ask the school to vary the timetable", "VLO", review)
    safety.complete_action(db, vlo, action, TODAY)
    assert safety.get_plan(db, vlo, victim_id).actions[0].done_on == TODAY


def test_resolving_the_last_concern_clears_the_flag_and_roles_are_checked(db, service, setting) -> None:
    from rjdesk.services import victims

    vlo, child_id, victim_id = setting
    concern = safety.raise_concern(db, vlo, victim_id, "shared_school", "Same school as the child", urgent=False)
    assert victims.get_victim(db, vlo, victim_id).safety_flag
    safety.resolve_concern(db, vlo, concern.id, TODAY)
    assert not victims.get_victim(db, vlo, victim_id).safety_flag
    supervisor = make_user(db, service, "sup", Role.REPARATION_SUPERVISOR)
    with pytest.raises(PermissionDenied):
        safety.get_plan(db, supervisor, victim_id)
    safety.check_place(db, supervisor, child_id, on=TODAY, postcode="NB9 1AA")  # supervisors may check a site
