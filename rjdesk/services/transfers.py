"""A child's case moving between services (the child moves home): what was sent or received, on record.

Sending a case out is a disclosure of each of its victims' information to the other service, so it is
logged in the disclosure log, one entry per victim, in the same transaction as the transfer itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.disclosures import NewDisclosure, log_disclosure
from rjdesk.services.victims import child_victims, load_child
from rjdesk.store.database import Database
from rjdesk.store.models import CaseTransfer


@dataclass(frozen=True)
class TransferInfo:
    id: int
    child_id: int
    direction: str
    other_service: str
    transferred_on: dt.date
    shared: str
    recorded_by: str
    disclosures: int


def _check(other_service: str, shared: str, transferred_on: dt.date, today: dt.date) -> None:
    problems = {}
    if not other_service.strip():
        problems["other_service"] = "Name the other service."
    if not shared.strip():
        problems["shared"] = "Say what was shared."
    if transferred_on > today:
        problems["transferred_on"] = "Not in the future."
    if problems:
        raise ValidationError("The transfer was not recorded.", problems)


def _add_transfer(
    session: Session, actor: Actor, child_id: int, direction: str, other: str, on: dt.date, what: str
) -> CaseTransfer:
    row = CaseTransfer(
        service_id=actor.service_id,
        child_id=child_id,
        direction=direction,
        other_service=other.strip(),
        transferred_on=on,
        shared=what.strip(),
        recorded_by=actor.audit_name,
    )
    session.add(row)
    session.flush()
    return row


def transfer_out(
    db: Database,
    actor: Actor,
    child_id: int,
    other_service: str,
    transferred_on: dt.date,
    shared: str,
    lawful_basis: str,
    reason: str,
    today: dt.date | None = None,
) -> TransferInfo:
    require(actor, Permission.CASE_EDIT, Permission.DISCLOSURE_RECORD)
    today = today or dt.date.today()
    _check(other_service, shared, transferred_on, today)
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        row = _add_transfer(session, actor, child.id, "out", other_service, transferred_on, shared)
        victims = [v.id for v in child_victims(session, child.id)]
        logged = [
            log_disclosure(
                session,
                actor,
                NewDisclosure(
                    recipient_kind="other_yjs",
                    recipient=other_service.strip(),
                    lawful_basis=lawful_basis,
                    reason=reason,
                    what=shared,
                    disclosed_on=transferred_on,
                    victim_id=victim_id,
                    child_id=child.id,
                ),
                today,
            )
            for victim_id in victims
        ]
        audit_as(
            session,
            actor,
            action="transfer_out",
            entity="child",
            entity_id=child.id,
            payload={"transfer_id": row.id, "victims": len(logged)},
        )
        return _info(row, len(logged))


def record_transfer_in(
    db: Database,
    actor: Actor,
    child_id: int,
    other_service: str,
    transferred_on: dt.date,
    received: str,
    today: dt.date | None = None,
) -> TransferInfo:
    require(actor, Permission.CASE_EDIT)
    _check(other_service, received, transferred_on, today or dt.date.today())
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        row = _add_transfer(session, actor, child.id, "in", other_service, transferred_on, received)
        audit_as(session, actor, action="transfer_in", entity="child", entity_id=child.id, payload={"id": row.id})
        return _info(row, 0)


def list_transfers(db: Database, actor: Actor, child_id: int) -> list[TransferInfo]:
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        load_child(session, actor, child_id)
        rows = session.execute(
            select(CaseTransfer).where(CaseTransfer.child_id == child_id).order_by(CaseTransfer.transferred_on)
        ).scalars()
        return [_info(r, 0) for r in rows]


def _info(row: CaseTransfer, disclosures: int) -> TransferInfo:
    return TransferInfo(
        row.id,
        row.child_id,
        row.direction,
        row.other_service,
        row.transferred_on,
        row.shared,
        row.recorded_by,
        disclosures,
    )
