"""The audit trail: append-only, written in the same transaction as the change, hash-chained.

Each entry's hash covers a canonical JSON digest of the entry (sorted keys, UTC ISO timestamps) and the
previous entry's hash. The payload (before/after values) is covered through its own digest, so retention can
redact a payload without breaking the chain. The chain verifies identically on SQLite and PostgreSQL.
The chain's end is recorded in ``audit_head`` (count and last hash), so entries cut from the end are
detected too. Appends lock that row (SELECT ... FOR UPDATE on PostgreSQL; on SQLite writers already hold the
database's write lock via BEGIN IMMEDIATE), which serialises them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.store.bulk import BulkWriter
from rjdesk.store.models import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64
HEAD_ID = 1


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return canonical_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot audit a {type(value).__name__}")


def canonical_timestamp(moment: dt.datetime) -> str:
    """UTC, microseconds, no offset: SQLite hands back naive datetimes and PostgreSQL aware ones."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def sha256_hex(text_value: str) -> str:
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


HASHED_FIELDS = ("occurred_at", "service_id", "actor", "action", "entity", "entity_id", "payload_digest", "prev_hash")


def entry_hash(fields: Mapping[str, Any]) -> str:
    """The hash of an entry: every column but the payload itself (covered by its digest) and the hash."""
    hashed = {name: fields[name] for name in HASHED_FIELDS}
    hashed["occurred_at"] = canonical_timestamp(hashed["occurred_at"])
    return sha256_hex(canonical_json(hashed))


def _locked_head(session: Session) -> AuditHead:
    head = session.execute(select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()).scalar_one_or_none()
    if head is None:  # the migration creates it; a store copied without it gets it back here
        head = AuditHead(id=HEAD_ID, entries=0, head_hash=GENESIS_HASH)
        session.add(head)
    return head


# What one entry records: action, entity, entity id, payload.
Change = tuple[str, str, "int | str | None", "Mapping[str, Any] | None"]


def _entry_row(actor: str, service_id: int | None, change: Change, prev_hash: str) -> dict[str, Any]:
    """An entry's columns, its hash over them and the previous entry's hash included."""
    action, entity, entity_id, payload = change
    payload_json = canonical_json(dict(payload)) if payload is not None else None
    fields: dict[str, Any] = {
        "occurred_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "service_id": service_id,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "payload_digest": sha256_hex(payload_json or ""),
        "prev_hash": prev_hash,
    }
    return {**fields, "payload_json": payload_json, "entry_hash": entry_hash(fields)}


def append(
    session: Session,
    *,
    actor: str,
    service_id: int | None,
    action: str,
    entity: str,
    entity_id: int | str | None = None,
    payload: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction."""
    head = _locked_head(session)
    entry = AuditEntry(**_entry_row(actor, service_id, (action, entity, entity_id, payload), head.head_hash))
    session.add(entry)
    head.entries += 1
    head.head_hash = entry.entry_hash
    session.flush()
    return entry


def append_many(
    session: Session, writer: BulkWriter, *, actor: str, service_id: int | None, changes: Iterable[Change]
) -> int:
    """Append an entry per change through a bulk writer (its ids keep the chain's order), inside the caller's
    transaction; the writer must be flushed before it commits. Returns how many were appended."""
    head = _locked_head(session)
    appended = 0
    for change in changes:
        row = _entry_row(actor, service_id, change, head.head_hash)
        writer.add(AuditEntry.__tablename__, {"id": writer.new_id(AuditEntry.__tablename__), **row})
        head.head_hash = row["entry_hash"]
        appended += 1
    head.entries += appended
    session.flush()
    return appended


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, batch: int = 2000) -> ChainReport:
    """Walk the whole chain in id order; name the first entry whose content or link does not hold."""
    expected_prev = GENESIS_HASH
    count = 0
    last_id = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=batch))
    for (entry,) in rows:
        count += 1
        if entry.prev_hash != expected_prev:
            return ChainReport(count, entry.id, "its link to the previous entry is broken")
        if entry.payload_json is not None and sha256_hex(entry.payload_json) != entry.payload_digest:
            return ChainReport(count, entry.id, "its recorded values were changed")
        recomputed = entry_hash({name: getattr(entry, name) for name in HASHED_FIELDS})
        if recomputed != entry.entry_hash:
            return ChainReport(count, entry.id, "its contents do not match its hash")
        expected_prev = entry.entry_hash
        last_id = entry.id
    head = session.get(AuditHead, HEAD_ID)
    recorded = (head.entries, head.head_hash) if head is not None else (0, GENESIS_HASH)
    if recorded != (count, expected_prev):
        return ChainReport(count, last_id + 1, f"the chain ends after {count} entries but {recorded[0]} were recorded")
    return ChainReport(count, None, None)
