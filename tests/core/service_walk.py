"""Walking every service call: a world with a victim whose identity must not leak, every public service
function (``db, actor, ...``) found by reflection, and plausible arguments for each. Used by the case
manager's identity walk and the permission matrix."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rjdesk.services
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import Requirement
from rjdesk.services import cases, consent, contacts, panels, referrals, reparation
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


def build_world(db: Database) -> World:
    """One child with a victim (identity, contact details, full account) and an organisation victim, a case
    manager, a panel, and direct reparation at the victim's site with a supervisor and a marked session."""
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


def service_calls() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for info in pkgutil.iter_modules(rjdesk.services.__path__):
        module = importlib.import_module(f"rjdesk.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            public = fn.__module__ == module.__name__ and not name.startswith("_")
            if public and list(inspect.signature(fn).parameters)[:2] == ["db", "actor"]:
                found.append((f"{info.name}.{name}", fn))
    return sorted(found)


def argument(name: str, annotation: str, world: World) -> Any:
    by_name: dict[str, Any] = {
        "victim_id": world.victim_id,
        "victim_ids": [world.victim_id],
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


def call_arguments(fn: Callable[..., Any], world: World) -> dict[str, Any]:
    parameters = [p for p in inspect.signature(fn).parameters.values() if p.name not in ("db", "actor")]
    return {
        p.name: argument(p.name, str(p.annotation), world)
        for p in parameters
        if p.default is p.empty or (p.kind is p.KEYWORD_ONLY and p.name in ("on",))
    }
