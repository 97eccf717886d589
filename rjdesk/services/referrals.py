"""Police referrals: a victim arrives, is linked to a child's offences, and the first duties start.

An enhanced-rights victim gets a priority triage duty first; once triage decides contact is safe, the first
contact attempt falls due (3 working days after triage). Anyone else gets the first contact attempt at once.
A referral where the victim objected to it starts no contact duty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services import victims as victim_service
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import close_duty, create_duty, open_duties, victim_is_enhanced
from rjdesk.store.database import Database
from rjdesk.store.models import Offence, PoliceReferral, VictimOffence

BASES = ("consented", "did_not_object", "objected")
ENHANCED_CATEGORIES = ("under_18", "most_serious_crime", "persistently_targeted", "vulnerable", "intimidated")


@dataclass(frozen=True)
class NewReferral:
    child_id: int
    offence_ids: tuple[int, ...]
    received_on: dt.date
    basis: str
    police_ref: str | None = None
    requested_on: dt.date | None = None
    crime_reported_on: dt.date | None = None
    victim_id: int | None = None  # an existing victim (one identity across children)
    details: victim_service.VictimDetails | None = None  # or a new one
    contact: victim_service.ContactDetails | None = None
    enhanced_category: str | None = None
    enhanced_reason: str | None = None


@dataclass(frozen=True)
class ReferralResult:
    victim_id: int
    referral_id: int
    enhanced: bool
    duty_ids: tuple[int, ...]


def validate_referral(ref: NewReferral) -> None:
    """Every check a referral passes before anything is written (the victim's details included)."""
    problems: dict[str, str] = {}
    if ref.basis not in BASES:
        problems["basis"] = "Consented, did not object, or objected."
    if ref.received_on > dt.date.today():
        problems["received_on"] = "The referral cannot be received in the future."
    if ref.requested_on and ref.requested_on > ref.received_on:
        problems["requested_on"] = "Requested after it was received?"
    if not ref.offence_ids:
        problems["offence_ids"] = "Link the referral to at least one of the child's offences."
    if (ref.victim_id is None) == (ref.details is None):
        problems["victim"] = "Choose an existing victim or enter a new one."
    if ref.enhanced_category is not None and ref.enhanced_category not in ENHANCED_CATEGORIES:
        problems["enhanced_category"] = "Not a Victims' Code enhanced-rights category."
    if ref.enhanced_category and not (ref.enhanced_reason or "").strip():
        problems["enhanced_reason"] = "Say why the victim has enhanced rights."
    if problems:
        raise ValidationError("The referral could not be saved.", problems)
    if ref.details is not None:
        victim_service.validate_details(ref.details)


def first_duty(enhanced: bool) -> DutyCode:
    """An enhanced-rights victim is triaged first; anyone else gets the first contact attempt at once."""
    return DutyCode.PRIORITY_TRIAGE if enhanced else DutyCode.FIRST_CONTACT_ATTEMPT


def receive_referral(db: Database, actor: Actor, ref: NewReferral) -> ReferralResult:
    require(actor, Permission.VICTIM_EDIT)
    if ref.contact is not None:
        require(actor, Permission.VICTIM_CONTACT_EDIT)
    with db.unit_of_work() as session:
        return receive_in_session(session, actor, ref)


def receive_in_session(session: Session, actor: Actor, ref: NewReferral) -> ReferralResult:
    """The referral inside the caller's transaction (the CSV import runs many in one, all or nothing)."""
    validate_referral(ref)
    child = victim_service.load_child(session, actor, ref.child_id)
    offences = (
        session.execute(select(Offence).where(Offence.id.in_(ref.offence_ids), Offence.child_id == child.id))
        .scalars()
        .all()
    )
    if len(offences) != len(set(ref.offence_ids)):
        raise ValidationError("Those offences are not all this child's.", {"offence_ids": "Not this child's."})
    if ref.victim_id is not None:
        victim = victim_service.load_victim(session, actor, ref.victim_id)
    else:
        assert ref.details is not None
        victim = victim_service.insert_victim(session, actor, ref.details, ref.contact, None)
    if ref.enhanced_category:
        victim.enhanced_category = ref.enhanced_category
        victim.enhanced_reason = (ref.enhanced_reason or "").strip()
        victim.enhanced_assessed_on = ref.received_on
    for offence in offences:
        linked = session.execute(
            select(VictimOffence).where(VictimOffence.victim_id == victim.id, VictimOffence.offence_id == offence.id)
        ).scalar_one_or_none()
        if linked is None:
            session.add(VictimOffence(victim_id=victim.id, offence_id=offence.id))
    session.flush()
    referral = PoliceReferral(
        victim_id=victim.id,
        child_id=child.id,
        police_ref=(ref.police_ref or "").strip() or None,
        basis=ref.basis,
        requested_on=ref.requested_on,
        received_on=ref.received_on,
        crime_reported_on=ref.crime_reported_on,
    )
    session.add(referral)
    session.flush()
    audit_as(
        session,
        actor,
        action="create",
        entity="police_referral",
        entity_id=referral.id,
        payload={
            "victim_id": victim.id,
            "child_id": child.id,
            "basis": ref.basis,
            "received_on": ref.received_on,
            "offences": sorted(o.offence_ref for o in offences),
        },
    )
    enhanced = victim_is_enhanced(session, victim)
    duties = []
    if ref.basis != "objected":
        duty = create_duty(session, actor, victim, first_duty(enhanced), ref.received_on, child_id=child.id)
        if duty is not None:
            duties.append(duty.id)
    return ReferralResult(victim.id, referral.id, enhanced, tuple(duties))


def record_triage(
    db: Database,
    actor: Actor,
    victim_id: int,
    *,
    decided_on: dt.date,
    contact_is_safe: bool,
    notes: str,
    review_date: dt.date | None = None,
) -> tuple[int, ...]:
    """Priority triage decided: meets the triage duty and starts the first contact attempt — deferred for
    safety with a review date when contact is not yet safe."""
    require(actor, Permission.DUTY_MANAGE)
    problems = {}
    if not notes.strip():
        problems["notes"] = "Record who was consulted and what was decided."
    if not contact_is_safe and (review_date is None or review_date <= decided_on):
        problems["review_date"] = "When contact is not yet safe, set a review date after the decision."
    if decided_on > dt.date.today():
        problems["decided_on"] = "Not in the future."
    if problems:
        raise ValidationError("The triage was not recorded.", problems)
    with db.unit_of_work() as session:
        victim = victim_service.load_victim(session, actor, victim_id)
        triage = open_duties(session, victim.id, frozenset({DutyCode.PRIORITY_TRIAGE}))
        if not triage:
            raise ValidationError("This victim has no open priority triage.")
        from rjdesk.rules.duties import outcome_when_met

        for duty in triage:
            close_duty(session, actor, duty, outcome_when_met(duty.due_date, decided_on), decided_on, notes.strip())
        child_id = triage[0].child_id
        first = create_duty(session, actor, victim, DutyCode.FIRST_CONTACT_ATTEMPT, decided_on, child_id=child_id)
        created = []
        if first is not None:
            created.append(first.id)
            if not contact_is_safe:
                first.status = DutyStatus.DEFERRED.value
                first.status_reason = notes.strip()
                first.review_date = review_date
        audit_as(
            session,
            actor,
            action="triage",
            entity="victim",
            entity_id=victim.id,
            payload={"contact_is_safe": contact_is_safe, "review_date": review_date},
        )
        return tuple(created)


def assess_enhanced(
    db: Database, actor: Actor, victim_id: int, category: str | None, reason: str, assessed_on: dt.date
) -> None:
    """Record (or remove, on re-assessment) an enhanced-rights category; under-18s are enhanced regardless."""
    require(actor, Permission.VICTIM_EDIT)
    if category is not None and category not in ENHANCED_CATEGORIES:
        raise ValidationError("Not an enhanced-rights category.", {"category": "Choose from the list."})
    if not reason.strip():
        raise ValidationError("Give the reason for the assessment.", {"reason": "Required."})
    with db.unit_of_work() as session:
        victim = victim_service.load_victim(session, actor, victim_id)
        before = victim.enhanced_category
        victim.enhanced_category = category
        victim.enhanced_reason = reason.strip()
        victim.enhanced_assessed_on = assessed_on
        audit_as(
            session,
            actor,
            action="assess_enhanced",
            entity="victim",
            entity_id=victim.id,
            payload={"category": {"before": before, "after": category}, "on": assessed_on},
        )
