"""The child's case as rjdesk needs it: children, offences, orders, and the case events that start duties.

(The CMS import of issue 5 fills the same tables.) Events and the duties they start:
- a decision, panel or court planning date → VIEWS_BEFORE_DECISION for each victim of the order's offences;
- a case event (order made, review, breach, completion) → PROGRESS_UPDATE for victims who asked for updates;
- the intervention ends → INTERVENTION_END for victims who took part (consented to YJS contact);
- custody of 12 months or more for a specified violent or sexual offence → VCS_LIAISON (Probation-held).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, ValidationError
from rjdesk.rules.disposals import CASE_EVENTS, DISPOSALS
from rjdesk.rules.duties import DutyCode
from rjdesk.rules.permissions import Permission, Role
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import create_duty, create_or_redate_duty
from rjdesk.services.victims import load_child
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AppUser,
    CaseEvent,
    CaseOrder,
    Child,
    ConsentDecision,
    Offence,
    UserRole,
    Victim,
    VictimOffence,
    VictimRequest,
)


@dataclass(frozen=True)
class ChildInfo:
    id: int
    cms_ref: str
    name: str
    date_of_birth: dt.date


@dataclass(frozen=True)
class OffenceInfo:
    id: int
    child_id: int
    offence_ref: str
    offence_date: dt.date | None
    category: str


def create_child(
    db: Database, actor: Actor, cms_ref: str, given_name: str, family_name: str, date_of_birth: dt.date
) -> ChildInfo:
    require(actor, Permission.CASE_EDIT)
    if not cms_ref.strip() or not given_name.strip() or not family_name.strip():
        raise ValidationError("The case reference and the child's names are required.")
    with db.unit_of_work() as session:
        if session.execute(
            select(Child.id).where(Child.service_id == actor.service_id, Child.cms_ref == cms_ref.strip())
        ).first():
            raise ValidationError("A child with that case reference exists.", {"cms_ref": "Already in use."})
        child = Child(
            service_id=actor.service_id,
            cms_ref=cms_ref.strip(),
            given_name=given_name.strip(),
            family_name=family_name.strip(),
            date_of_birth=date_of_birth,
        )
        session.add(child)
        session.flush()
        audit_as(
            session, actor, action="create", entity="child", entity_id=child.id, payload={"cms_ref": child.cms_ref}
        )
        return ChildInfo(child.id, child.cms_ref, f"{child.given_name} {child.family_name}", child.date_of_birth)


def add_offence(
    db: Database,
    actor: Actor,
    child_id: int,
    offence_ref: str,
    category: str,
    offence_date: dt.date | None,
    reported_date: dt.date | None = None,
) -> OffenceInfo:
    require(actor, Permission.CASE_EDIT)
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        offence = Offence(
            child_id=child.id,
            offence_ref=offence_ref.strip(),
            category=category.strip(),
            offence_date=offence_date,
            reported_date=reported_date,
        )
        session.add(offence)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="offence",
            entity_id=offence.id,
            payload={"child_id": child.id, "offence_ref": offence.offence_ref},
        )
        return OffenceInfo(offence.id, child.id, offence.offence_ref, offence.offence_date, offence.category)


def create_order(
    db: Database, actor: Actor, child_id: int, disposal_type: str, start_date: dt.date, offence_ids: tuple[int, ...]
) -> int:
    require(actor, Permission.CASE_EDIT)
    if disposal_type not in DISPOSALS:
        raise ValidationError("Unknown disposal.", {"disposal_type": "Choose a disposal."})
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        offences = list(
            session.execute(select(Offence).where(Offence.id.in_(offence_ids), Offence.child_id == child.id)).scalars()
        )
        if len(offences) != len(set(offence_ids)):
            raise ValidationError("Those offences are not all this child's.")
        order = CaseOrder(child_id=child.id, disposal_type=disposal_type, start_date=start_date, offences=offences)
        session.add(order)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="case_order",
            entity_id=order.id,
            payload={"disposal": disposal_type, "start": start_date},
        )
        return order.id


def load_order(session: Session, actor: Actor, order_id: int) -> CaseOrder:
    order = session.get(CaseOrder, order_id)
    if order is None:
        raise NotFound("No such order.")
    load_child(session, actor, order.child_id)
    return order


def _victims_of(session: Session, order: CaseOrder) -> list[Victim]:
    offence_ids = [o.id for o in order.offences]
    return list(
        session.execute(
            select(Victim)
            .join(VictimOffence, VictimOffence.victim_id == Victim.id)
            .where(VictimOffence.offence_id.in_(offence_ids))
            .distinct()
            .order_by(Victim.id)
        ).scalars()
    )


def set_decision_date(
    db: Database, actor: Actor, order_id: int, decision_date: dt.date, known_on: dt.date | None = None
) -> list[int]:
    """The OOCD decision, panel or court planning date is known: views must be sought before it."""
    require(actor, Permission.CASE_EDIT)
    known_on = known_on or dt.date.today()
    if decision_date < known_on:
        raise ValidationError("The decision date has passed.", {"decision_date": "A date still to come."})
    with db.unit_of_work() as session:
        order = load_order(session, actor, order_id)
        order.decision_date = decision_date
        audit_as(
            session,
            actor,
            action="update",
            entity="case_order",
            entity_id=order.id,
            payload={"decision_date": decision_date},
        )
        return views_before_decision(session, actor, order, decision_date, known_on)


def views_before_decision(
    session: Session, actor: Actor, order: CaseOrder, decision_date: dt.date, known_on: dt.date
) -> list[int]:
    """Each victim of the order's offences is due a 'views before the decision' duty (one per child case);
    a moved date moves the open duty rather than adding a second."""
    created = [
        create_or_redate_duty(
            session,
            actor,
            v,
            DutyCode.VIEWS_BEFORE_DECISION,
            known_on,
            child_id=order.child_id,
            event_date=decision_date,
        )
        for v in _victims_of(session, order)
    ]
    return [d.id for d in created if d is not None]


def record_case_event(db: Database, actor: Actor, order_id: int, kind: str, event_date: dt.date) -> list[int]:
    """Order made, review, breach, completion: victims who asked for progress updates are due one."""
    require(actor, Permission.CASE_EDIT)
    if kind not in CASE_EVENTS:
        raise ValidationError("Unknown case event.", {"kind": "Order made, review, breach or completion."})
    with db.unit_of_work() as session:
        order = load_order(session, actor, order_id)
        if case_event_known(session, order.id, kind, event_date):
            raise ValidationError("That event is already recorded for this order on that day.")
        return add_case_event(session, actor, order, kind, event_date)


def case_event_known(session: Session, order_id: int, kind: str, event_date: dt.date) -> bool:
    return (
        session.execute(
            select(CaseEvent.id).where(
                CaseEvent.order_id == order_id, CaseEvent.kind == kind, CaseEvent.event_date == event_date
            )
        ).first()
        is not None
    )


def add_case_event(session: Session, actor: Actor, order: CaseOrder, kind: str, event_date: dt.date) -> list[int]:
    """Record the event and start a progress-update duty for each victim who asked for updates before it."""
    session.add(CaseEvent(order_id=order.id, kind=kind, event_date=event_date))
    audit_as(
        session,
        actor,
        action="case_event",
        entity="case_order",
        entity_id=order.id,
        payload={"kind": kind, "on": event_date},
    )
    created = []
    for victim in _victims_of(session, order):
        asked = session.execute(
            select(VictimRequest.id).where(
                VictimRequest.victim_id == victim.id,
                VictimRequest.kind == "progress",
                VictimRequest.requested_on <= event_date,
            )
        ).first()
        if asked:
            duty = create_duty(session, actor, victim, DutyCode.PROGRESS_UPDATE, event_date, child_id=order.child_id)
            if duty is not None:
                created.append(duty.id)
    return created


def end_intervention(db: Database, actor: Actor, order_id: int, end_date: dt.date) -> list[int]:
    """The order ends: victims who took part (consented to YJS contact for this child) must be told."""
    require(actor, Permission.CASE_EDIT)
    with db.unit_of_work() as session:
        order = load_order(session, actor, order_id)
        order.end_date = end_date
        audit_as(
            session, actor, action="update", entity="case_order", entity_id=order.id, payload={"end_date": end_date}
        )
        return intervention_end_duties(session, actor, order, end_date)


def intervention_end_duties(session: Session, actor: Actor, order: CaseOrder, end_date: dt.date) -> list[int]:
    created = []
    for victim in _victims_of(session, order):
        took_part = session.execute(
            select(ConsentDecision.id).where(
                ConsentDecision.victim_id == victim.id,
                ConsentDecision.child_id == order.child_id,
                ConsentDecision.scope == "yjs_contact",
                ConsentDecision.decision == "given",
            )
        ).first()
        if took_part:
            duty = create_duty(session, actor, victim, DutyCode.INTERVENTION_END, end_date, child_id=order.child_id)
            if duty is not None:
                created.append(duty.id)
    return created


def custodial_sentence(
    db: Database, actor: Actor, order_id: int, months: int, specified_offence: bool, sentenced_on: dt.date
) -> list[int]:
    """Custody of 12 months or more for a specified violent or sexual offence: the VCS liaison check."""
    require(actor, Permission.CASE_EDIT)
    with db.unit_of_work() as session:
        order = load_order(session, actor, order_id)
        if order.disposal_type != "CUSTODY":
            raise ValidationError("Only a custodial order has a custodial sentence.")
        audit_as(
            session,
            actor,
            action="sentence",
            entity="case_order",
            entity_id=order.id,
            payload={"months": months, "specified": specified_offence, "on": sentenced_on},
        )
        if months < 12 or not specified_offence:
            return []
        created = [
            create_duty(session, actor, v, DutyCode.VCS_LIAISON, sentenced_on, child_id=order.child_id)
            for v in _victims_of(session, order)
        ]
        return [d.id for d in created if d is not None]


# ------------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class OrderSummary:
    id: int
    order_ref: str | None
    disposal_type: str
    start_date: dt.date
    end_date: dt.date | None
    decision_date: dt.date | None
    offence_refs: tuple[str, ...]
    events: tuple[tuple[str, dt.date], ...]
    source: str


@dataclass(frozen=True)
class ChildCaseFile:
    id: int
    cms_ref: str
    given_name: str
    family_name: str
    date_of_birth: dt.date
    case_manager_id: int | None
    version: int
    offences: tuple[OffenceInfo, ...]
    orders: tuple[OrderSummary, ...]


def get_child_case(db: Database, actor: Actor, child_id: int) -> ChildCaseFile:
    """The child's case as rjdesk holds it: offences, orders with their offences and events."""
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        child = load_child(session, actor, child_id)
        offences = session.execute(
            select(Offence).where(Offence.child_id == child.id).order_by(Offence.offence_ref)
        ).scalars()
        orders = session.execute(
            select(CaseOrder).where(CaseOrder.child_id == child.id).order_by(CaseOrder.start_date, CaseOrder.id)
        ).scalars()
        summaries = []
        for order in orders:
            events = session.execute(
                select(CaseEvent.kind, CaseEvent.event_date)
                .where(CaseEvent.order_id == order.id)
                .order_by(CaseEvent.event_date, CaseEvent.id)
            ).all()
            summaries.append(
                OrderSummary(
                    order.id,
                    order.order_ref,
                    order.disposal_type,
                    order.start_date,
                    order.end_date,
                    order.decision_date,
                    tuple(sorted(o.offence_ref for o in order.offences)),
                    tuple((kind, day) for kind, day in events),
                    order.source,
                )
            )
        return ChildCaseFile(
            child.id,
            child.cms_ref,
            child.given_name,
            child.family_name,
            child.date_of_birth,
            child.case_manager_id,
            child.version_id,
            tuple(OffenceInfo(o.id, child.id, o.offence_ref, o.offence_date, o.category) for o in offences),
            tuple(summaries),
        )


def update_child(
    db: Database,
    actor: Actor,
    child_id: int,
    version: int,
    *,
    given_name: str,
    family_name: str,
    date_of_birth: dt.date,
    case_manager_id: int | None,
) -> None:
    require(actor, Permission.CASE_EDIT)
    if not given_name.strip() or not family_name.strip():
        raise ValidationError("The child's names are required.", {"given_name": "Required."})
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        if child.version_id != version:
            raise ConcurrencyConflict("Someone else changed this child's record; it has been reloaded.")
        if case_manager_id is not None:
            user = session.get(AppUser, case_manager_id)
            if user is None or user.service_id != actor.service_id:
                raise ValidationError("Choose a case manager of this service.", {"case_manager_id": "Unknown."})
        wanted = {
            "given_name": given_name.strip(),
            "family_name": family_name.strip(),
            "date_of_birth": date_of_birth,
            "case_manager_id": case_manager_id,
        }
        changed = [name for name, value in wanted.items() if getattr(child, name) != value]
        for name in changed:
            setattr(child, name, wanted[name])
        audit_as(session, actor, action="update", entity="child", entity_id=child.id, payload={"fields": changed})


@dataclass(frozen=True)
class CaseManager:
    id: int
    display_name: str


def list_case_managers(db: Database, actor: Actor) -> list[CaseManager]:
    """Active users holding the case manager role, to choose a child's case manager from."""
    require(actor, Permission.CASE_EDIT)
    with db.unit_of_work(write=False) as session:
        users = session.execute(
            select(AppUser)
            .join(UserRole, UserRole.user_id == AppUser.id)
            .where(
                AppUser.service_id == actor.service_id,
                AppUser.disabled.is_(False),
                UserRole.role == Role.CASE_MANAGER.value,
            )
            .order_by(AppUser.display_name)
        ).scalars()
        return [CaseManager(u.id, u.display_name) for u in users]
