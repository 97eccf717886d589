"""Moving a whole store to another: a trial's local store into the service's PostgreSQL database, or a team
database into a local file (a copy to keep). ``rjdesk-cli db migrate-to URL``.

Everything moves — every table, the audit chain with its recorded end — in **one transaction on the
target**, read from **one snapshot of the source**; the chain and every table's row count are verified on
the target before that transaction commits. The source is only read, so an interrupted move leaves it as it
was, and the target as it was too (empty): run it again.

Two details the schema forces: rows that point at a row of their own table (a merged duplicate at its
survivor, a moved conference at the one before) are inserted with that link empty and linked afterwards,
since the row pointed at may come later; and timestamps are stored the way each backend expects (aware UTC
on PostgreSQL, naive UTC in SQLite), so the chain's canonical timestamps hash the same on both.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, DateTime, Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from rjdesk.errors import StoreUnavailable, ValidationError, message
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry, Base, Service

log = logging.getLogger(__name__)

BATCH = 2000
Progress = Callable[[str, int], None]  # table name, rows copied so far


@dataclass
class TransferReport:
    rows: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0

    def summary(self) -> str:
        return (
            f"{sum(self.rows.values())} rows in {len(self.rows)} tables, audit chain of {self.audit_entries} verified"
        )


def _self_links(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]


def _for_target(value: Any, column: Column[Any], target_is_sqlite: bool) -> Any:
    if isinstance(value, dt.datetime) and isinstance(column.type, DateTime) and column.type.timezone:
        if target_is_sqlite:
            return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return value


def _is_empty(session: Session) -> bool:
    services = session.execute(select(func.count()).select_from(Service)).scalar_one()
    entries = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return services == 0 and entries == 0


def copy_store(source: Database, target: Database, progress: Progress | None = None) -> TransferReport:
    """Copy everything from ``source`` into the empty, migrated ``target``; verified before it commits."""
    from rjdesk.store import migrate

    if migrate.current_revision(source) != migrate.head_revision():
        raise ValidationError("Upgrade the source first (rjdesk-cli db upgrade): its schema is not current.")
    if migrate.current_revision(target) != migrate.head_revision():
        raise ValidationError("The target's schema is not current: run rjdesk-cli --database URL db upgrade on it.")
    report = TransferReport()
    tables = list(Base.metadata.sorted_tables)
    with source.unit_of_work(write=False) as reading, target.unit_of_work() as writing:
        if source.is_sqlite is False:
            reading.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))  # one snapshot
        if not _is_empty(writing):
            raise ValidationError(
                "The target database is not empty: it already holds a service or an audit trail. "
                "Move into a new, empty database."
            )
        for table in tables:
            # An empty store holds only what the migrations seeded (the national duty rules, the chain's
            # head), which nothing points at yet: each table's seed goes just before its copy comes in.
            writing.execute(delete(table))
            report.rows[table.name] = _copy_table(reading, writing, table, target.is_sqlite, progress)
        if not target.is_sqlite:
            reset_sequences(writing, tables)
        chain = audit.verify_chain(writing)
        if not chain.ok:
            raise StoreUnavailable(
                message(
                    "The audit chain did not verify on the target (entry {first_broken_id}: {reason}); "
                    "nothing was moved.",
                    first_broken_id=chain.first_broken_id,
                    reason=chain.reason,
                )
            )
        expected = reading.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        if chain.entries != expected:
            raise StoreUnavailable("The target's audit chain is not the source's; nothing was moved.")
        for table in tables:
            copied = writing.execute(select(func.count()).select_from(table)).scalar_one()
            if copied != report.rows[table.name]:
                raise StoreUnavailable(
                    message("The table {name} did not copy whole; nothing was moved.", name=table.name)
                )
        report.audit_entries = chain.entries
    log.info("store moved: %s", report.summary())
    return report


def _copy_table(
    reading: Session, writing: Session, table: Table, target_is_sqlite: bool, progress: Progress | None
) -> int:
    links = _self_links(table)
    pk = list(table.primary_key.columns)
    rows = reading.execute(select(table).order_by(*pk)).mappings()
    copied = 0
    pending_links: list[dict[str, Any]] = []
    batch: list[dict[str, Any]] = []
    for row in rows:
        values = {c.name: _for_target(row[c.name], c, target_is_sqlite) for c in table.columns}
        if links and any(values[c.name] is not None for c in links):
            pending_links.append({**{c.name: values[c.name] for c in pk}, **{c.name: values[c.name] for c in links}})
            for column in links:
                values[column.name] = None
        batch.append(values)
        if len(batch) >= BATCH:
            writing.execute(table.insert(), batch)
            copied += len(batch)
            batch = []
            if progress:
                progress(table.name, copied)
    if batch:
        writing.execute(table.insert(), batch)
        copied += len(batch)
    for linked in pending_links:
        key = [c == linked[c.name] for c in pk]
        writing.execute(update(table).where(*key).values({c.name: linked[c.name] for c in links}))
    if progress and copied:
        progress(table.name, copied)
    return copied


def reset_sequences(writing: Session, tables: list[Table]) -> None:
    """PostgreSQL hands out ids from a sequence that rows inserted with their own ids did not advance."""
    for table in tables:
        if "id" not in table.c or not table.c.id.autoincrement or len(table.primary_key.columns) != 1:
            continue
        sequence = writing.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence:
            highest = select(func.max(table.c.id)).scalar_subquery()
            writing.execute(select(func.setval(sequence, func.coalesce(highest, 0) + 1, False)))
