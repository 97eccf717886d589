"""Recording consent decisions (append-only) and reading the history and current state.

A refused or withdrawn consent to YJS contact closes that case's open contact duties as not applicable;
history is kept, never rewritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rjdesk.errors import ValidationError
from rjdesk.rules.consent import DECISIONS, METHODS, SOURCES, ConsentEvent, ConsentScope, current_state
from rjdesk.rules.duties import DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import close_contact_duties
from rjdesk.services.victims import load_child, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import ConsentDecision


@dataclass(frozen=True)
class NewConsent:
    child_id: int | None
    scope: ConsentScope
    decision: str
    decided_on: dt.date
    method: str
    source: str = "victim"
    given_by: str | None = None  # the parent or carer, for a child victim
    notes: str | None = None


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    child_id: int | None
    scope: ConsentScope
    decision: str
    decided_on: dt.date
    method: str
    source: str
    given_by: str | None
    recorded_by: str
    notes: str | None


def _validate(new: NewConsent) -> None:
    problems = {}
    if new.decision not in DECISIONS:
        problems["decision"] = "Given, refused or withdrawn."
    if new.method not in METHODS:
        problems["method"] = "Written, verbal or electronic."
    if new.source not in SOURCES:
        problems["source"] = "The victim, a parent or carer, or the police referral."
    if new.decided_on > dt.date.today():
        problems["decided_on"] = "Not in the future."
    if new.source == "parent_carer" and not (new.given_by or "").strip():
        problems["given_by"] = "Name the parent or carer."
    if problems:
        raise ValidationError("The consent decision was not recorded.", problems)


def record_consent(db: Database, actor: Actor, victim_id: int, new: NewConsent) -> ConsentRecord:
    require(actor, Permission.CONSENT_RECORD)
    _validate(new)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        if new.child_id is not None:
            load_child(session, actor, new.child_id)
        row = ConsentDecision(
            victim_id=victim.id,
            child_id=new.child_id,
            scope=new.scope.value,
            decision=new.decision,
            decided_on=new.decided_on,
            method=new.method,
            source=new.source,
            given_by=(new.given_by or "").strip() or None,
            recorded_by_id=actor.user_id,
            notes=(new.notes or "").strip() or None,
        )
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="record",
            entity="consent",
            entity_id=row.id,
            payload={
                "victim_id": victim.id,
                "child_id": new.child_id,
                "scope": new.scope.value,
                "decision": new.decision,
                "on": new.decided_on,
                "method": new.method,
            },
        )
        if new.scope == ConsentScope.YJS_CONTACT and new.decision in ("refused", "withdrawn"):
            close_contact_duties(
                session,
                actor,
                victim.id,
                DutyStatus.NOT_APPLICABLE,
                new.decided_on,
                f"Consent to YJS contact {new.decision}",
                child_id=new.child_id,
            )
        return _record(row, actor.audit_name)


def _record(row: ConsentDecision, recorded_by: str) -> ConsentRecord:
    return ConsentRecord(
        row.id,
        row.child_id,
        ConsentScope(row.scope),
        row.decision,
        row.decided_on,
        row.method,
        row.source,
        row.given_by,
        recorded_by,
        row.notes,
    )


def consent_history(db: Database, actor: Actor, victim_id: int) -> list[ConsentRecord]:
    require(actor, Permission.VICTIM_VIEW)
    from rjdesk.store.models import AppUser

    with db.unit_of_work(write=False) as session:
        load_victim(session, actor, victim_id)
        rows = session.execute(
            select(ConsentDecision, AppUser.username)
            .outerjoin(AppUser, ConsentDecision.recorded_by_id == AppUser.id)
            .where(ConsentDecision.victim_id == victim_id)
            .order_by(ConsentDecision.decided_on, ConsentDecision.id)
        )
        return [_record(row, name or "command line") for row, name in rows]


def consent_events(records: list[ConsentRecord]) -> list[ConsentEvent]:
    return [ConsentEvent(r.child_id, r.scope, r.decision, r.decided_on, r.id) for r in records]


def current_consent(db: Database, actor: Actor, victim_id: int) -> dict[tuple[int | None, ConsentScope], str]:
    return current_state(consent_events(consent_history(db, actor, victim_id)))
