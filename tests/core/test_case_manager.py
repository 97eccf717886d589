"""The child's case manager: the shared summary only, relayed to the child with consent, a consent-filtered report
summary that logs its disclosure — and no service call that reaches a victim's identity."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk.errors import PermissionDenied, RjdeskError, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.services import case_manager, consent, contacts, disclosures
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from tests.conftest import make_user
from tests.core.service_walk import SECRETS, TODAY, World, build_world, call_arguments, service_calls


@pytest.fixture
def world(local_db: Database) -> World:
    return build_world(local_db)


def test_the_case_manager_sees_only_what_the_victim_agreed_to_share(local_db: Database, world: World) -> None:
    shared = case_manager.shared_views_for_child(local_db, world.casemgr, world.child_id)
    assert [(s.victim_label, s.may_relay_to_child) for s in shared] == [("Victim 1", True)]
    assert "apologise" in shared[0].summary
    for secret in SECRETS:
        assert secret not in repr(shared)
    with pytest.raises(PermissionDenied, match="not on your caseload"):
        case_manager.shared_views_for_child(local_db, world.other_casemgr, world.child_id)
    consent.record_consent(
        local_db,
        world.vlo,
        world.victim_id,
        consent.NewConsent(world.child_id, ConsentScope.SHARE_VIEWS_WORKER, "withdrawn", TODAY, "verbal"),
    )
    assert case_manager.shared_views_for_child(local_db, world.casemgr, world.child_id) == []


def test_relaying_to_the_child_needs_consent_and_is_recorded(local_db: Database, world: World) -> None:
    with pytest.raises(ValidationError, match="future"):
        case_manager.record_relayed(local_db, world.casemgr, world.views_id, TODAY + dt.timedelta(days=1))
    relayed = case_manager.record_relayed(local_db, world.casemgr, world.views_id, TODAY)
    assert relayed.relayed_to_child_on == TODAY
    views = contacts.list_views(local_db, world.vlo, world.victim_id)
    assert views[0].relayed_to_child_on == TODAY  # the VLO sees it on the victim's record
    consent.record_consent(
        local_db,
        world.vlo,
        world.victim_id,
        consent.NewConsent(world.child_id, ConsentScope.SHARE_VIEWS_CHILD, "withdrawn", TODAY, "verbal"),
    )
    with pytest.raises(ValidationError, match="not agreed"):
        case_manager.record_relayed(local_db, world.casemgr, world.views_id, TODAY)


def test_the_report_summary_is_consent_filtered_and_logs_the_disclosure(local_db: Database, world: World) -> None:
    summary = case_manager.report_summary(local_db, world.casemgr, world.child_id, "panel_report")
    assert summary.victims_included == 1 and len(summary.disclosures) == 1
    assert "Victim 1 — views recorded" in summary.text and "apologise" in summary.text
    assert "Victim 2: has not agreed to share" in summary.text
    for secret in SECRETS:
        assert secret not in summary.text
    manager = make_user(local_db, world.service, "boss", Role.MANAGER)
    log = disclosures.disclosure_report(local_db, manager, TODAY, TODAY)
    assert [(d.recipient_kind, d.child_cms_ref) for d in log] == [("panel", "C1")]
    with pytest.raises(PermissionDenied):
        disclosures.disclosure_report(local_db, world.casemgr, TODAY, TODAY)


# --------------------------------------------------------------------------------------------------
# Every service call, made as the case manager: refused, or answered without a victim's identity
# --------------------------------------------------------------------------------------------------


CASE_MANAGER_ANSWERS = {  # the calls a case manager may make and get an answer from
    "case_manager.record_relayed",
    "case_manager.report_summary",
    "case_manager.shared_views_for_child",
    "cases.get_child_case",
    "panels.due_for_panel",
    "panels.panel_diary",
    "panels.panels_for_order",
    "reparation.compliance_queue",
    "retention.retention_policy",  # the number of years only
    "safety.acknowledge_alert",
    "safety.check_meeting",
    "safety.check_place",
    "safety.my_alerts",
    "settings.get_service",
    "settings.list_closure_days",
    "transfers.list_transfers",
    "users.verify_password",
    "victim_record.list_child_cases",
    "duties.list_rules",
    "duties.working_calendar",
}


def _walk(db: Database, world: World, actor: Actor) -> set[str]:
    """Call every service function as this actor; fail on any answer or refusal showing a victim's identity.
    Returns the calls that answered."""
    calls = service_calls()
    assert len(calls) > 60  # the walk found the services
    answered = set()
    for name, fn in calls:
        args = call_arguments(fn, world)
        try:
            result = fn(db, actor, **args)
        except PermissionDenied:
            continue
        except RjdeskError as refused:  # refused for another reason: the message must not leak either
            result = str(refused)
        except (AttributeError, TypeError):  # allowed, but needs a real request object: nothing to show
            continue
        else:
            answered.add(name)
        shown = repr(result)
        for secret in SECRETS:
            assert secret not in shown, f"{name} showed {secret!r} to {actor.username}"
    return answered


@pytest.mark.permission_matrix
def test_no_service_call_gives_a_case_manager_a_victims_identity(local_db: Database, world: World) -> None:
    answered = _walk(local_db, world, world.casemgr)
    assert answered == CASE_MANAGER_ANSWERS, "a call newly open to case managers: check it, then list it here"


@pytest.mark.permission_matrix
@pytest.mark.reparation
def test_no_service_call_gives_a_reparation_supervisor_a_victims_identity(local_db: Database, world: World) -> None:
    """Even with direct reparation for this victim at a site of theirs, the supervisor sees the site, its
    contact and the times — never the victim."""
    assert world.supervisor is not None
    answered = _walk(local_db, world, world.supervisor)
    assert {"reparation.sessions_between", "reparation.get_placement", "reparation.list_placements"} <= answered
    assert not any(name.startswith(("victims.", "victim_record.open", "contacts.", "consent.")) for name in answered)
