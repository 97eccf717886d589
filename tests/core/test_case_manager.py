"""The child's case manager: the shared summary only, relayed to the child with consent, a consent-filtered report
summary that logs its disclosure — and no service call that reaches a victim's identity."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

import rjdesk.services
from rjdesk.errors import PermissionDenied, RjdeskError, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import Requirement
from rjdesk.services import case_manager, cases, consent, contacts, disclosures, panels, referrals, reparation
from rjdesk.services.context import Actor
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Child
from tests.conftest import make_service, make_user

TODAY = dt.date.today()
SECRETS = ("Alexandra", "Quixley", "01632 960999", "ZZ9 9ZZ", "Secret Lane", "alex.q@example.org", "FULL-ACCOUNT")


@dataclass
class World:
    service: Actor
    vlo: Actor
    casemgr: Actor
    other_casemgr: Actor
    child_id: int
    order_id: int
    offence_id: int
    victim_id: int
    private_victim_id: int
    views_id: int
    supervisor: Actor | None = None
    project_id: int = 0
    placement_id: int = 0
    session_id: int = 0
    attendance_id: int = 0


@pytest.fixture
def world(local_db: Database) -> World:
    db = local_db
    service = make_service(db)
    vlo = make_user(db, service, "vlo1", Role.VLO)
    casemgr = make_user(db, service, "casemgr", Role.CASE_MANAGER)
    other = make_user(db, service, "casemgr2", Role.CASE_MANAGER)
    child = cases.create_child(db, service, "C1", "Jay", "Example", dt.date(2010, 5, 1))
    with db.unit_of_work() as session:
        row = session.get(Child, child.id)
        assert row is not None
        row.case_manager_id = casemgr.user_id
    offence = cases.add_offence(db, service, child.id, "OF1", "Assault", TODAY - dt.timedelta(days=50))
    order = cases.create_order(db, service, child.id, "REFERRAL_ORDER", TODAY - dt.timedelta(days=5), (offence.id,))
    victim = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=TODAY - dt.timedelta(days=30),
            basis="consented",
            details=VictimDetails("individual", "Alexandra Quixley", date_of_birth=dt.date(1975, 3, 3)),
            contact=ContactDetails(
                address="1 Secret Lane", postcode="ZZ9 9ZZ", phone="01632 960999", email="alex.q@example.org"
            ),
        ),
    ).victim_id
    private = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=TODAY - dt.timedelta(days=30),
            basis="consented",
            details=VictimDetails("organisation", "Quixley Stores", organisation_contact_name="Alexandra Q"),
        ),
    ).victim_id
    views = contacts.record_views(
        db,
        vlo,
        victim,
        contacts.ViewsRecord(
            0,
            child.id,
            TODAY - dt.timedelta(days=2),
            "FULL-ACCOUNT of the night",
            "Cannot sleep",
            "An apology",
            "Would like the child to understand the harm and to apologise.",
            "made",
            None,
        ),
    )
    contacts.record_views(
        db,
        vlo,
        private,
        contacts.ViewsRecord(
            0, child.id, TODAY - dt.timedelta(days=2), "FULL-ACCOUNT too", None, None, "x", None, None
        ),
    )
    for scope in (ConsentScope.SHARE_VIEWS_WORKER, ConsentScope.SHARE_VIEWS_CHILD):
        consent.record_consent(
            db, vlo, victim, consent.NewConsent(child.id, scope, "given", TODAY - dt.timedelta(days=2), "written")
        )
    panels.schedule_panel(db, service, order, TODAY + dt.timedelta(days=7))
    # Direct reparation for this victim at a site of theirs: the placement holds the site, never the victim.
    supervisor = make_user(db, service, "sup", Role.REPARATION_SUPERVISOR)
    project = reparation.create_project(db, service, reparation.ProjectDetails("Direct reparation", capacity=2))
    reparation.renew_risk_assessment(db, service, project.id, TODAY, TODAY + dt.timedelta(days=200))
    placement = reparation.place_child(
        db,
        service,
        reparation.PlacementDetails(
            project.id,
            order,
            Requirement.REPARATION,
            6,
            TODAY,
            victim_wish="Repaint the fence",
            direct_site="Unit 4, Market Yard",
            direct_site_postcode="NB1 1AA",
            direct_site_contact="Site manager on the gate",
        ),
    )
    booked = reparation.schedule_session(
        db, service, project.id, TODAY, dt.time(9), dt.time(12), supervisor.user_id, (placement.id,)
    )
    reparation.record_attendance(
        db, service, booked.id, booked.version, [reparation.Mark(booked.expected[0].attendance_id, "absent")]
    )
    assert reparation.sessions_between(db, supervisor, TODAY, TODAY)[0].site == "Unit 4, Market Yard"
    return World(
        service,
        vlo,
        casemgr,
        other,
        child.id,
        order,
        offence.id,
        victim,
        private,
        views.id,
        supervisor,
        project.id,
        placement.id,
        booked.id,
        booked.expected[0].attendance_id,
    )


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


def _service_calls() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for info in pkgutil.iter_modules(rjdesk.services.__path__):
        module = importlib.import_module(f"rjdesk.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            public = fn.__module__ == module.__name__ and not name.startswith("_")
            if public and list(inspect.signature(fn).parameters)[:2] == ["db", "actor"]:
                found.append((f"{info.name}.{name}", fn))
    return sorted(found)


def _argument(name: str, annotation: str, world: World) -> Any:
    by_name: dict[str, Any] = {
        "victim_id": world.victim_id,
        "survivor_id": world.victim_id,
        "duplicate_id": world.private_victim_id,
        "child_id": world.child_id,
        "order_id": world.order_id,
        "offence_id": world.offence_id,
        "offence_ids": (world.offence_id,),
        "views_id": world.views_id,
        "purpose": "panel_report",
        "reference": "V",
        "data": b"cms_ref,given_name,family_name,date_of_birth\n",
        "content": b"document",
        "roles": (),
        "project_id": world.project_id,
        "placement_id": world.placement_id,
        "session_id": world.session_id,
        "attendance_id": world.attendance_id,
    }
    if name in by_name:
        return by_name[name]
    if "date" in annotation:
        return TODAY
    if annotation.startswith("int"):
        return 1
    if annotation.startswith("str"):
        return "text"
    if annotation.startswith("bool"):
        return False
    if annotation.startswith("bytes"):
        return b"x"
    return None  # a request object: the permission check comes before it is read


CASE_MANAGER_ANSWERS = {  # the calls a case manager may make and get an answer from
    "case_manager.record_relayed",
    "case_manager.report_summary",
    "case_manager.shared_views_for_child",
    "cases.get_child_case",
    "panels.due_for_panel",
    "panels.panel_diary",
    "panels.panels_for_order",
    "reparation.compliance_queue",
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
    calls = _service_calls()
    assert len(calls) > 60  # the walk found the services
    answered = set()
    for name, fn in calls:
        parameters = [p for p in inspect.signature(fn).parameters.values() if p.name not in ("db", "actor")]
        args = {
            p.name: _argument(p.name, str(p.annotation), world)
            for p in parameters
            if p.default is p.empty or (p.kind is p.KEYWORD_ONLY and p.name in ("on",))
        }
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
