"""Victim safety (DOMAIN §6): concerns, restrictions on the child, safety actions, the contingency plan and
its review date. An urgent concern alerts the victim's worker and every manager the same day (the alert
waits on their My day until acknowledged). Reparation sites and RJ meetings are checked against the child's
restrictions before they are booked: the check refuses with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, ValidationError, message
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.victims import load_child, load_victim, load_victims_row
from rjdesk.store.database import Database
from rjdesk.store.models import (
    Alert,
    AppUser,
    Child,
    ChildRestriction,
    Offence,
    SafetyAction,
    SafetyConcern,
    SafetyPlan,
    UserRole,
    Victim,
    VictimOffence,
)

CONCERN_KINDS = {
    "intimidation": "Intimidation",
    "contact_from_child_or_family": "Contact from the child or their family",
    "shared_school": "Shares a school with the child",
    "shared_address": "Lives near or with the child",
    "other": "Other",
}
RESTRICTION_KINDS = {
    "non_contact": "Non-contact with the victim",
    "exclusion_zone": "Exclusion zone",
    "restraining_order": "Restraining order",
    "licence_condition": "Licence condition",
    "other": "Other",
}
# Restrictions that forbid contact with a named victim (an RJ meeting would break them).
NO_CONTACT_KINDS = frozenset({"non_contact", "restraining_order", "licence_condition"})


@dataclass(frozen=True)
class ConcernInfo:
    id: int
    kind: str
    description: str
    urgent: bool
    raised_on: dt.date
    raised_by: str
    resolved_on: dt.date | None


@dataclass(frozen=True)
class RestrictionInfo:
    id: int
    child_id: int
    child_cms_ref: str
    victim_id: int | None
    kind: str
    areas: str | None
    starts_on: dt.date
    ends_on: dt.date | None
    details: str | None

    def active_on(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


@dataclass(frozen=True)
class ActionInfo:
    id: int
    action: str
    owner: str
    due_on: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class SafetyPlanView:
    victim_id: int
    contingency: str | None
    review_date: dt.date | None
    version_id: int | None
    concerns: tuple[ConcernInfo, ...]
    restrictions: tuple[RestrictionInfo, ...]
    actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class AlertInfo:
    id: int
    victim_id: int | None
    kind: str
    message: str
    created_at: dt.datetime


def raise_concern(
    db: Database,
    actor: Actor,
    victim_id: int,
    kind: str,
    description: str,
    urgent: bool,
    raised_on: dt.date | None = None,
) -> ConcernInfo:
    require(actor, Permission.VICTIM_EDIT)
    raised_on = raised_on or dt.date.today()
    problems = {}
    if kind not in CONCERN_KINDS:
        problems["kind"] = "Choose the kind of concern."
    if not description.strip():
        problems["description"] = "Describe the concern."
    if raised_on > dt.date.today():
        problems["raised_on"] = "Not in the future."
    if problems:
        raise ValidationError("The concern was not recorded.", problems)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        return _concern(add_concern(session, actor, victim, kind, description, urgent, raised_on))


def add_concern(
    session: Session, actor: Actor, victim: Victim, kind: str, description: str, urgent: bool, raised_on: dt.date
) -> SafetyConcern:
    """Record a (validated) concern in the caller's transaction; an urgent one alerts the worker and managers."""
    concern = SafetyConcern(
        victim_id=victim.id,
        kind=kind,
        description=description.strip(),
        urgent=urgent,
        raised_on=raised_on,
        raised_by=actor.audit_name,
    )
    session.add(concern)
    victim.safety_flag = True
    session.flush()
    audit_as(
        session,
        actor,
        action="create",
        entity="safety_concern",
        entity_id=concern.id,
        payload={"victim_id": victim.id, "kind": kind, "urgent": urgent},
    )
    if urgent:
        _alert_worker_and_managers(
            session,
            actor,
            victim.id,
            victim.worker_id,
            f"Urgent safety concern for {victim.reference}: {CONCERN_KINDS[kind]}",
        )
    return concern


def _alert_worker_and_managers(
    session: Session, actor: Actor, victim_id: int, worker_id: int | None, message: str
) -> None:
    managers = session.execute(
        select(AppUser.id)
        .join(UserRole, UserRole.user_id == AppUser.id)
        .where(AppUser.service_id == actor.service_id, AppUser.disabled.is_(False), UserRole.role == "manager")
    ).scalars()
    recipients = {*managers, *([worker_id] if worker_id is not None else [])}
    for user_id in sorted(recipients):
        session.add(
            Alert(
                service_id=actor.service_id,
                user_id=user_id,
                victim_id=victim_id,
                kind="urgent_safety_concern",
                message=message,
            )
        )
    audit_as(
        session, actor, action="alert", entity="victim", entity_id=victim_id, payload={"recipients": sorted(recipients)}
    )


def resolve_concern(db: Database, actor: Actor, concern_id: int, resolved_on: dt.date) -> None:
    require(actor, Permission.VICTIM_EDIT)
    with db.unit_of_work() as session:
        concern, victim = load_victims_row(session, actor, SafetyConcern, concern_id, "concern")
        concern.resolved_on = resolved_on
        still_open = session.execute(
            select(SafetyConcern.id).where(SafetyConcern.victim_id == victim.id, SafetyConcern.resolved_on.is_(None))
        ).first()
        victim.safety_flag = still_open is not None
        audit_as(
            session, actor, action="resolve", entity="safety_concern", entity_id=concern.id, payload={"on": resolved_on}
        )


def add_restriction(
    db: Database,
    actor: Actor,
    child_id: int,
    kind: str,
    starts_on: dt.date,
    *,
    ends_on: dt.date | None = None,
    victim_id: int | None = None,
    areas: str | None = None,
    details: str | None = None,
) -> RestrictionInfo:
    require(actor, Permission.VICTIM_EDIT)
    problems = {}
    if kind not in RESTRICTION_KINDS:
        problems["kind"] = "Choose the kind of restriction."
    if ends_on is not None and ends_on < starts_on:
        problems["ends_on"] = "Ends before it starts."
    if kind == "exclusion_zone" and not _area_tokens(areas or ""):
        problems["areas"] = "Name the excluded areas or postcode districts, separated by commas."
    if kind in NO_CONTACT_KINDS - {"licence_condition"} and victim_id is None:
        problems["victim_id"] = "Say which victim the child must not contact."
    if problems:
        raise ValidationError("The restriction was not recorded.", problems)
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        if victim_id is not None:
            load_victim(session, actor, victim_id)
        row = ChildRestriction(
            child_id=child.id,
            victim_id=victim_id,
            kind=kind,
            areas=areas,
            starts_on=starts_on,
            ends_on=ends_on,
            details=(details or "").strip() or None,
            recorded_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="child_restriction",
            entity_id=row.id,
            payload={"child_id": child.id, "kind": kind, "from": starts_on, "to": ends_on},
        )
        return _restriction(row, child.cms_ref)


def add_action(db: Database, actor: Actor, victim_id: int, action: str, owner: str, due_on: dt.date | None) -> int:
    require(actor, Permission.VICTIM_EDIT)
    if not action.strip() or not owner.strip():
        raise ValidationError("Say what will be done and by whom.", {"action": "Required.", "owner": "Required."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        row = SafetyAction(victim_id=victim.id, action=action.strip(), owner=owner.strip(), due_on=due_on)
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="safety_action",
            entity_id=row.id,
            payload={"victim_id": victim.id, "due_on": due_on},
        )
        return row.id


def complete_action(db: Database, actor: Actor, action_id: int, done_on: dt.date) -> None:
    require(actor, Permission.VICTIM_EDIT)
    with db.unit_of_work() as session:
        row, _victim = load_victims_row(session, actor, SafetyAction, action_id, "action")
        row.done_on = done_on
        audit_as(session, actor, action="complete", entity="safety_action", entity_id=row.id, payload={"on": done_on})


def save_plan(
    db: Database, actor: Actor, victim_id: int, contingency: str, review_date: dt.date, version_id: int | None
) -> SafetyPlanView:
    """The contingency plan and its review date (the review appears on My day when due)."""
    require(actor, Permission.VICTIM_EDIT)
    if review_date <= dt.date.today():
        raise ValidationError("The review date must be in the future.", {"review_date": "A date to come."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        plan = session.get(SafetyPlan, victim.id)
        if plan is None:
            if version_id is not None:
                raise ConcurrencyConflict("The safety plan was removed meanwhile. Reload.")
            plan = SafetyPlan(victim_id=victim.id, updated_by=actor.audit_name)
            session.add(plan)
        elif plan.version_id != version_id:
            raise ConcurrencyConflict("Someone else changed this safety plan after you opened it. Reload to see it.")
        plan.contingency = contingency.strip() or None
        plan.review_date = review_date
        plan.updated_by = actor.audit_name
        session.flush()
        audit_as(
            session,
            actor,
            action="update",
            entity="safety_plan",
            entity_id=victim.id,
            payload={"review_date": review_date},
        )
    return get_plan(db, actor, victim_id)


def get_plan(db: Database, actor: Actor, victim_id: int) -> SafetyPlanView:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        victim = load_victim(session, actor, victim_id)
        plan = session.get(SafetyPlan, victim.id)
        concerns = session.execute(
            select(SafetyConcern).where(SafetyConcern.victim_id == victim.id).order_by(SafetyConcern.raised_on.desc())
        ).scalars()
        child_ids = (
            select(Offence.child_id)
            .join(VictimOffence, VictimOffence.offence_id == Offence.id)
            .where(VictimOffence.victim_id == victim.id)
        )
        restrictions = session.execute(
            select(ChildRestriction, Child.cms_ref)
            .join(Child, Child.id == ChildRestriction.child_id)
            .where(or_(ChildRestriction.victim_id == victim.id, ChildRestriction.child_id.in_(child_ids)))
            .order_by(ChildRestriction.starts_on)
        )
        actions = session.execute(
            select(SafetyAction).where(SafetyAction.victim_id == victim.id).order_by(SafetyAction.id)
        ).scalars()
        return SafetyPlanView(
            victim.id,
            plan.contingency if plan else None,
            plan.review_date if plan else None,
            plan.version_id if plan else None,
            tuple(_concern(c) for c in concerns),
            tuple(_restriction(r, ref) for r, ref in restrictions),
            tuple(ActionInfo(a.id, a.action, a.owner, a.due_on, a.done_on) for a in actions),
        )


def my_alerts(db: Database, actor: Actor) -> list[AlertInfo]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(Alert)
            .where(
                Alert.service_id == actor.service_id, Alert.user_id == actor.user_id, Alert.acknowledged_at.is_(None)
            )
            .order_by(Alert.created_at)
        ).scalars()
        return [AlertInfo(a.id, a.victim_id, a.kind, a.message, a.created_at) for a in rows]


def acknowledge_alert(db: Database, actor: Actor, alert_id: int) -> None:
    with db.unit_of_work() as session:
        alert = session.get(Alert, alert_id)
        if alert is None or alert.user_id != actor.user_id:
            raise NotFound("No such alert.")
        alert.acknowledged_at = dt.datetime.now(dt.UTC)
        audit_as(session, actor, action="acknowledge", entity="alert", entity_id=alert.id)


@dataclass(frozen=True)
class SafetyReview:
    victim_id: int
    victim_reference: str
    victim_name: str
    review_date: dt.date


def reviews_due(db: Database, actor: Actor, by: dt.date) -> list[SafetyReview]:
    """Safety plans whose review falls on or before ``by`` (overdue included), for My day."""
    require(actor, Permission.VICTIM_VIEW)
    from rjdesk.store.models import Victim

    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(SafetyPlan.review_date, Victim)
            .join(Victim, Victim.id == SafetyPlan.victim_id)
            .where(Victim.service_id == actor.service_id, SafetyPlan.review_date <= by)
            .order_by(SafetyPlan.review_date)
        )
        return [SafetyReview(v.id, v.reference, v.display_name, day) for day, v in rows if day is not None]


# ---------------------------------------------------------------------------------------------- checks


def _area_tokens(text: str) -> set[str]:
    return {re.sub(r"\s+", " ", token).strip().upper() for token in text.split(",") if token.strip()}


def _postcode_district(postcode: str) -> str:
    compact = re.sub(r"\s+", "", postcode.upper())
    return compact[:-3] if len(compact) > 4 else compact


def check_place(db: Database, actor: Actor, child_id: int, *, on: dt.date, postcode: str = "", place: str = "") -> None:
    """Refuse a session or meeting place inside one of the child's exclusion zones on that day."""
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        load_child(session, actor, child_id)
        refusal = place_refusal(session, child_id, on, postcode=postcode, place=place)
        if refusal:
            raise ValidationError(refusal, {"place": "Inside an exclusion zone."})


def place_refusal(session: Session, child_id: int, on: dt.date, *, postcode: str = "", place: str = "") -> str | None:
    """Why a place breaks one of the child's exclusion zones on that day, or None (caller scopes the child)."""
    district = _postcode_district(postcode) if postcode.strip() else ""
    named = place.strip().upper()
    for row in session.execute(
        select(ChildRestriction).where(ChildRestriction.child_id == child_id, ChildRestriction.kind == "exclusion_zone")
    ).scalars():
        if not _restriction(row, "").active_on(on):
            continue
        zone = _area_tokens(row.areas or "")
        if (district and district in zone) or (named and named in zone):
            where = district if district in zone else place.strip()
            return message(
                "Refused: {where} is inside the child's exclusion zone ({areas}) {period}.",
                where=where,
                areas=row.areas,
                period=_period(row),
            )
    return None


def check_meeting(db: Database, actor: Actor, child_id: int, victim_id: int, on: dt.date) -> None:
    """Refuse a direct meeting (an RJ conference, a victim at panel) that would break a non-contact condition."""
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        load_child(session, actor, child_id)
        refusal = meeting_refusal(session, child_id, victim_id, on)
        if refusal:
            raise ValidationError(refusal, {"date": "Breaks a non-contact condition."})


def meeting_refusal(session: Session, child_id: int, victim_id: int, on: dt.date) -> str | None:
    """Why a direct meeting of the child and this victim would break a condition on that day, or None."""
    for row in session.execute(
        select(ChildRestriction).where(
            ChildRestriction.child_id == child_id,
            ChildRestriction.kind.in_(NO_CONTACT_KINDS),
            or_(ChildRestriction.victim_id == victim_id, ChildRestriction.victim_id.is_(None)),
        )
    ).scalars():
        if _restriction(row, "").active_on(on):
            return message(
                "Refused: the child is under a {condition} condition {period}; "
                "a direct meeting would break it. Consider an indirect activity.",
                condition=RESTRICTION_KINDS[row.kind].lower(),
                period=_period(row),
            )
    return None


def _period(row: ChildRestriction) -> str:
    if row.ends_on:
        return message("from {start} to {end}", start=row.starts_on, end=row.ends_on)
    return message("from {start}", start=row.starts_on)


def _concern(c: SafetyConcern) -> ConcernInfo:
    return ConcernInfo(c.id, c.kind, c.description, c.urgent, c.raised_on, c.raised_by, c.resolved_on)


def _restriction(r: ChildRestriction, cms_ref: str) -> RestrictionInfo:
    return RestrictionInfo(r.id, r.child_id, cms_ref, r.victim_id, r.kind, r.areas, r.starts_on, r.ends_on, r.details)
