"""The audit trail for managers: who viewed or changed what and when, filtered by user, record and date,
exported as CSV, and the hash chain verified on request. Reading the trail is itself audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select

from rjdesk.errors import ValidationError
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry, Victim

AUDIT_PAGE_LIMIT = 5000  # the newest entries matching the filters; narrow the filters for older ones


@dataclass(frozen=True)
class AuditLine:
    id: int
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    details: str  # the recorded values (ids, before/after of a change); marked when redacted by retention


@dataclass(frozen=True)
class AuditFilter:
    start: dt.date
    end: dt.date
    user: str = ""  # part of the user name
    entity: str = ""  # a kind of record, e.g. "victim"
    record: str = ""  # the record's id, or for victims their reference (V000123)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    message: str


def search_audit(db: Database, actor: Actor, wanted: AuditFilter) -> list[AuditLine]:
    """The service's audit entries matching the filter, newest first (at most AUDIT_PAGE_LIMIT)."""
    require(actor, Permission.AUDIT_VIEW)
    if wanted.end < wanted.start:
        raise ValidationError("The period ends before it starts.", {"to": "On or after the start."})
    with db.unit_of_work() as session:
        query = select(AuditEntry).where(
            AuditEntry.service_id == actor.service_id,
            AuditEntry.occurred_at >= dt.datetime.combine(wanted.start, dt.time.min),
            AuditEntry.occurred_at < dt.datetime.combine(wanted.end + dt.timedelta(days=1), dt.time.min),
        )
        if wanted.user.strip():
            query = query.where(AuditEntry.actor.contains(wanted.user.strip(), autoescape=True))
        if wanted.entity.strip():
            query = query.where(AuditEntry.entity == wanted.entity.strip())
        record = wanted.record.strip()
        if record:
            victim = session.execute(
                select(Victim.id).where(Victim.service_id == actor.service_id, Victim.reference == record.upper())
            ).scalar()
            if victim is not None:  # a victim's reference: that victim's record
                query = query.where(AuditEntry.entity == "victim", AuditEntry.entity_id == str(victim))
            else:
                query = query.where(AuditEntry.entity_id == record)
        rows = session.execute(query.order_by(AuditEntry.id.desc()).limit(AUDIT_PAGE_LIMIT)).scalars().all()
        audit_as(
            session,
            actor,
            action="view",
            entity="audit_trail",
            payload={
                "from": wanted.start,
                "to": wanted.end,
                "user": wanted.user,
                "entity": wanted.entity,
                "record": record,
                "entries": len(rows),
            },
        )
        return [
            AuditLine(
                row.id,
                row.occurred_at,
                row.actor,
                row.action,
                row.entity,
                row.entity_id or "",
                _details(row),
            )
            for row in rows
        ]


def _details(row: AuditEntry) -> str:
    """The recorded values; an entry that had some and lost them to retention says so."""
    if row.payload_json is not None:
        return row.payload_json
    return "" if row.payload_digest == EMPTY_PAYLOAD_DIGEST else "(redacted under the retention policy)"


EMPTY_PAYLOAD_DIGEST = audit.sha256_hex("")


def audit_kinds(db: Database, actor: Actor) -> list[str]:
    """The kinds of record the service's audit trail mentions (for the filter's list)."""
    require(actor, Permission.AUDIT_VIEW)
    with db.unit_of_work(write=False) as session:
        return sorted(
            session.execute(
                select(AuditEntry.entity).where(AuditEntry.service_id == actor.service_id).distinct()
            ).scalars()
        )


def audit_csv(lines: list[AuditLine]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Entry", "When (UTC)", "User", "Action", "Record kind", "Record", "Details"])
    for line in lines:
        writer.writerow(
            [
                line.id,
                line.occurred_at.strftime("%Y-%m-%d %H:%M:%S"),
                line.actor,
                line.action,
                line.entity,
                line.entity_id,
                line.details,
            ]
        )
    return out.getvalue()


def verify_audit(db: Database, actor: Actor) -> ChainCheck:
    """Walk the whole hash chain (every service's entries: they share one chain) and say whether it holds."""
    require(actor, Permission.AUDIT_VIEW)
    with db.unit_of_work() as session:
        report = audit.verify_chain(session)
        audit_as(session, actor, action="verify", entity="audit_trail", payload={"ok": report.ok})
    if report.ok:
        return ChainCheck(True, "The audit trail is intact: no entry has been changed, removed or inserted.")
    return ChainCheck(
        False,
        f"The audit trail is broken at entry {report.first_broken_id}: {report.reason}. "
        "Keep this computer as it is and tell your data protection officer.",
    )
