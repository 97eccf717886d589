"""Everything that hangs off a record, found from the schema's foreign keys (so tables added later are
covered without touching this): what retention destroys and what a subject access export reads.

From the root rows, every row whose foreign key points at them is *about* them, whatever the column; further
down, a row that points at a found row only through an optional column merely *links* to it (a reparation
placement naming an RJ agreement item belongs to the child's order, not to the victim) and is reported as a
link, not followed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ColumnElement, Table, select
from sqlalchemy.orm import Session

from rjdesk.store.models import Base


@dataclass
class RowGroup:
    """Rows of one table reached one way, in the order found (parents before the rows that hang off them)."""

    table: Table
    depth: int
    rows: list[dict[str, Any]]


@dataclass
class RecordGraph:
    groups: list[RowGroup] = field(default_factory=list)
    links: list[tuple[Table, Column[Any], set[Any]]] = field(default_factory=list)  # optional links into it

    def ids(self) -> dict[str, set[Any]]:
        """Table name → primary key values (single-column ``id`` keys only) of every row found."""
        found: dict[str, set[Any]] = {}
        for group in self.groups:
            if "id" in group.table.c:
                found.setdefault(group.table.name, set()).update(row["id"] for row in group.rows)
        return found


def referencing(table: Table) -> list[tuple[Table, Column[Any], Column[Any]]]:
    """Every (table, column, referenced column) with a foreign key into ``table``, in schema order."""
    found = []
    for other in Base.metadata.sorted_tables:
        for column in other.columns:
            for fk in column.foreign_keys:
                if fk.column.table is table:
                    found.append((other, column, fk.column))
    return found


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return (table.name, *(row[c.name] for c in table.primary_key.columns))


def collect(session: Session, table: Table, where: ColumnElement[bool], skip: set[str] | None = None) -> RecordGraph:
    """The root rows of ``table`` matching ``where`` and everything that hangs off them.

    ``skip`` names (table.column) foreign keys not to follow, e.g. a self-reference handled by the caller.
    """
    graph = RecordGraph()
    seen: set[tuple[Any, ...]] = set()
    _collect(session, table, where, 0, graph, seen, skip or set())
    return graph


def _collect(
    session: Session,
    table: Table,
    where: ColumnElement[bool],
    depth: int,
    graph: RecordGraph,
    seen: set[tuple[Any, ...]],
    skip: set[str],
) -> None:
    rows = []
    for row in session.execute(select(table).where(where)):
        found = dict(row._mapping)
        key = _key(table, found)
        if key not in seen:
            seen.add(key)
            rows.append(found)
    if not rows:
        return
    graph.groups.append(RowGroup(table, depth, rows))
    for other, column, target in referencing(table):
        if f"{other.name}.{column.name}" in skip:
            continue
        values = {row[target.name] for row in rows if row[target.name] is not None}
        if not values:
            continue
        if column.nullable and depth > 0:
            graph.links.append((other, column, values))
        else:
            _collect(session, other, column.in_(values), depth + 1, graph, seen, skip)


def collect_victims(session: Session, victim_ids: set[int]) -> RecordGraph:
    """Victims and everything about them. Their own merged duplicates are among ``victim_ids`` (they are the
    same person), so the merge link between victim rows is not followed."""
    from rjdesk.store.models import Victim

    return collect(session, Base.metadata.tables["victim"], Victim.id.in_(victim_ids), skip={"victim.merged_into_id"})
