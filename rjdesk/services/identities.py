"""One identity per victim (DOMAIN §3, §7): merging duplicates and undoing a merge exactly, and linking a victim
who is also a child known to the service to that child's record.

A merge moves every row that hangs off the duplicate (found from the schema's foreign keys, so a table added
later is covered without touching this module) to the surviving record and remembers exactly which rows
moved. A row that cannot move without clashing — the duplicate's contact details or safety plan when the
survivor has its own, a link to an offence the survivor is already linked to — stays with the duplicate,
hidden with it, and is listed in the merge so the VLO can check it. Unmerge moves exactly the remembered rows
back and restores the duplicate's status, so both records are as they were; rows added to the survivor after
the merge stay with it. Rows are moved with plain UPDATEs that leave their version counters alone: nothing
about a moved row changes but the victim it belongs to.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnElement, Table, UniqueConstraint, and_, func, select, tuple_, update
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, ValidationError, message
from rjdesk.rules.permissions import Permission
from rjdesk.services import record_graph
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.victims import harmed_by_child, load_child, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import Base, Victim, VictimMerge, utcnow


@dataclass(frozen=True)
class MergeInfo:
    id: int
    survivor_id: int
    merged_id: int
    merged_reference: str
    merged_name: str
    merged_at: dt.datetime
    merged_by: str
    reason: str
    moved: dict[str, int]  # table → rows moved to the survivor
    kept: dict[str, int]  # table → rows that stayed with the duplicate (they would have clashed)


@dataclass(frozen=True)
class DuplicateCandidate:
    victim_id: int
    reference: str
    display_name: str
    date_of_birth: dt.date | None


def _links_to_victim() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) holding a victim id, except the victim table itself and the merge log."""
    victim = Base.metadata.tables["victim"]
    return [
        (table, column)
        for table, column, _target in record_graph.referencing(victim)
        if table.name not in ("victim", "victim_merge")
    ]


def _clash_columns(table: Table, column: Column[Any]) -> list[list[Column[Any]]]:
    """The other columns of each key (primary or unique) that includes the victim column."""
    keys = [list(table.primary_key.columns)] + [
        list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)
    ]
    return [[c for c in key if c is not column] for key in keys if any(c is column for c in key)]


def _pk_values(row: Any, table: Table) -> list[Any]:
    return [row._mapping[c] for c in table.primary_key.columns]


def with_merged_duplicates(session: Session, victim_id: int) -> set[int]:
    """The victim and every record merged into it, however many merges deep (they are the same person)."""
    found, frontier = {victim_id}, {victim_id}
    while frontier:
        frontier = set(session.execute(select(Victim.id).where(Victim.merged_into_id.in_(frontier))).scalars())
        frontier -= found
        found |= frontier
    return found


def merge_victims(
    db: Database,
    actor: Actor,
    survivor_id: int,
    duplicate_id: int,
    reason: str,
    *,
    survivor_version: int | None = None,
    duplicate_version: int | None = None,
) -> MergeInfo:
    require(actor, Permission.VICTIM_EDIT)
    if survivor_id == duplicate_id:
        raise ValidationError("Choose two different victim records.")
    if not reason.strip():
        raise ValidationError("Say why these are the same person.", {"reason": "Required."})
    with db.unit_of_work() as session:
        survivor = load_victim(session, actor, survivor_id)
        duplicate = load_victim(session, actor, duplicate_id)
        for victim, version in ((survivor, survivor_version), (duplicate, duplicate_version)):
            if version is not None and victim.version_id != version:
                raise ConcurrencyConflict(
                    message(
                        "{reference} was changed by someone else; look again, then merge.", reference=victim.reference
                    )
                )
            if victim.merged_into_id is not None:
                raise ValidationError(
                    message("{reference} is already merged into another record.", reference=victim.reference)
                )
        if _active_merges(session, duplicate.id):
            raise ValidationError(
                message(
                    "{reference} holds records merged into it: unmerge those first, or keep it as the survivor.",
                    reference=duplicate.reference,
                )
            )
        moved: dict[str, list[list[Any]]] = {}
        kept: dict[str, int] = {}
        for table, column in _links_to_victim():
            moving, staying = _rows_that_can_move(session, table, column, survivor.id, duplicate.id)
            if moving:
                pk = list(table.primary_key.columns)
                session.execute(update(table).where(_pk_in(pk, moving)).values({column.name: survivor.id}))
                # remember the primary keys as they are after the move (a key may contain the victim id)
                moved[f"{table.name}.{column.name}"] = [
                    [survivor.id if c is column else v for c, v in zip(pk, values, strict=True)] for values in moving
                ]
            if staying:
                kept[table.name] = kept.get(table.name, 0) + staying
        record = VictimMerge(
            service_id=actor.service_id,
            survivor_id=survivor.id,
            merged_id=duplicate.id,
            moved_json=json.dumps(moved, default=str),
            merged_status=duplicate.status,
            reason=reason.strip(),
            merged_by=actor.audit_name,
        )
        session.add(record)
        duplicate.merged_into_id = survivor.id
        duplicate.status = "merged"
        session.flush()
        counts = {key: len(rows) for key, rows in moved.items()}
        audit_as(
            session,
            actor,
            action="merge",
            entity="victim",
            entity_id=duplicate.id,
            payload={"into": survivor.id, "merge_id": record.id, "moved": counts, "kept": kept},
        )
        audit_as(
            session, actor, action="absorb", entity="victim", entity_id=survivor.id, payload={"from": duplicate.id}
        )
        return _info(record, duplicate, kept)


def _rows_that_can_move(
    session: Session, table: Table, column: Column[Any], survivor_id: int, duplicate_id: int
) -> tuple[list[list[Any]], int]:
    rows = session.execute(select(table).where(column == duplicate_id)).all()
    clashes = _clash_columns(table, column)
    moving, staying = [], 0
    for row in rows:
        clash = False
        for others in clashes:
            condition = and_(column == survivor_id, *[c == row._mapping[c] for c in others])
            if session.execute(select(func.count()).select_from(table).where(condition)).scalar_one():
                clash = True
                break
        if clash:
            staying += 1
        else:
            moving.append(_pk_values(row, table))
    return moving, staying


def unmerge_victims(db: Database, actor: Actor, merge_id: int, reason: str) -> MergeInfo:
    """Put back exactly what the merge moved and restore the duplicate as it was."""
    require(actor, Permission.VICTIM_EDIT)
    if not reason.strip():
        raise ValidationError("Say why the merge is undone.", {"reason": "Required."})
    with db.unit_of_work() as session:
        record = session.get(VictimMerge, merge_id)
        if record is None or record.service_id != actor.service_id:
            raise NotFound("No such merge.")
        if record.unmerged_at is not None:
            raise ValidationError("That merge was already undone.")
        duplicate = load_victim(session, actor, record.merged_id)
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        moved: dict[str, list[list[Any]]] = json.loads(record.moved_json)
        for key, keys in moved.items():
            table_name, column_name = key.split(".")
            table = tables[table_name]
            pk = list(table.primary_key.columns)
            typed = [tuple(_typed(c, v) for c, v in zip(pk, values, strict=True)) for values in keys]
            session.execute(
                update(table)
                .where(_pk_in(pk, typed), table.c[column_name] == record.survivor_id)
                .values({column_name: record.merged_id})
            )
        duplicate.merged_into_id = None
        duplicate.status = record.merged_status
        record.unmerged_at = utcnow()
        record.unmerged_by = actor.audit_name
        audit_as(
            session,
            actor,
            action="unmerge",
            entity="victim",
            entity_id=duplicate.id,
            payload={"from": record.survivor_id, "merge_id": record.id, "reason": "given"},
        )
        session.flush()
        return _info(record, duplicate, {})


def _pk_in(pk: list[Column[Any]], keys: Sequence[Sequence[Any]]) -> ColumnElement[bool]:
    if len(pk) == 1:
        return pk[0].in_([k[0] for k in keys])
    return tuple_(*pk).in_([tuple(k) for k in keys])


def _typed(column: Column[Any], value: Any) -> Any:
    """Primary-key values come back from JSON as text or numbers; give them their column's Python type."""
    python_type = column.type.python_type
    if python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return python_type(value) if value is not None else None


def _active_merges(session: Session, survivor_id: int) -> list[VictimMerge]:
    return list(
        session.execute(
            select(VictimMerge)
            .where(VictimMerge.survivor_id == survivor_id, VictimMerge.unmerged_at.is_(None))
            .order_by(VictimMerge.merged_at)
        ).scalars()
    )


def merges_into(db: Database, actor: Actor, survivor_id: int) -> list[MergeInfo]:
    """The duplicates merged into this record and not unmerged, each with what moved."""
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        load_victim(session, actor, survivor_id)
        result = []
        for record in _active_merges(session, survivor_id):
            duplicate = session.get(Victim, record.merged_id)
            assert duplicate is not None
            result.append(_info(record, duplicate, _kept_now(session, duplicate.id)))
        return result


def _kept_now(session: Session, victim_id: int) -> dict[str, int]:
    kept: dict[str, int] = {}
    for table, column in _links_to_victim():
        n = session.execute(select(func.count()).select_from(table).where(column == victim_id)).scalar_one()
        if n:
            kept[table.name] = kept.get(table.name, 0) + n
    return kept


def _info(record: VictimMerge, duplicate: Victim, kept: dict[str, int]) -> MergeInfo:
    moved = {key.split(".")[0]: len(rows) for key, rows in json.loads(record.moved_json).items()}
    return MergeInfo(
        record.id,
        record.survivor_id,
        record.merged_id,
        duplicate.reference,
        duplicate.display_name,
        record.merged_at,
        record.merged_by,
        record.reason,
        moved,
        kept,
    )


def duplicate_candidates(db: Database, actor: Actor, victim_id: int) -> list[DuplicateCandidate]:
    """Other live records with the same name and a matching (or missing) date of birth."""
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        victim = load_victim(session, actor, victim_id)
        query = select(Victim).where(
            Victim.service_id == actor.service_id,
            Victim.id != victim.id,
            Victim.merged_into_id.is_(None),
            func.lower(Victim.display_name) == victim.display_name.lower(),
        )
        if victim.date_of_birth is not None:
            query = query.where((Victim.date_of_birth == victim.date_of_birth) | Victim.date_of_birth.is_(None))
        return [
            DuplicateCandidate(v.id, v.reference, v.display_name, v.date_of_birth)
            for v in session.execute(query.order_by(Victim.reference)).scalars()
        ]


def link_known_child(db: Database, actor: Actor, victim_id: int, child_id: int | None) -> None:
    """Link a victim who is also a child known to the service to that child's record (None unlinks)."""
    require(actor, Permission.VICTIM_EDIT, Permission.CASE_VIEW)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        if child_id is not None:
            child = load_child(session, actor, child_id)
            if harmed_by_child(session, victim.id, child.id):
                raise ValidationError("A victim cannot be linked to the child whose offence harmed them.")
        victim.known_child_id = child_id
        victim.is_child_known_to_yjs = child_id is not None
        audit_as(
            session, actor, action="link_child", entity="victim", entity_id=victim.id, payload={"child_id": child_id}
        )
