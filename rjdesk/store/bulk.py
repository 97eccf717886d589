"""Writing many rows at once: buffered per table, written parents first in batches — ``COPY`` on PostgreSQL,
``executemany`` INSERTs on SQLite — with ids chosen before writing so rows can point at each other without
reading back. The bulk demo generator and the police-referral import write through it.

Ids: on PostgreSQL they are taken from each table's own sequence in blocks (``nextval`` over a series), so
desks adding rows at the same time never collide with them. On SQLite the writing transaction already holds
the database's write lock (BEGIN IMMEDIATE), so the next id after the highest is free until it commits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from rjdesk.store.models import Base

Progress = Callable[[str, int], None]
BATCH = 5_000
T = TypeVar("T")


def chunks(values: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """``values`` in slices of ``size``: ``IN (...)`` lists stay within every backend's limit on bound
    parameters (SQLite's is the lowest) and each query stays cheap to plan."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


class BulkWriter:
    def __init__(
        self,
        session: Session,
        tables: Sequence[str],
        *,
        batch_on: str,
        progress: Progress | None = None,
        batch: int = BATCH,
    ) -> None:
        """``tables`` in insert order (every row's targets earlier in the list); a batch is written whenever
        ``batch`` rows of ``batch_on`` are waiting."""
        self.session = session
        self.order = tuple(tables)
        self.batch_on = batch_on
        self.batch = batch
        self.progress = progress
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in self.order}
        self.written: dict[str, int] = dict.fromkeys(self.order, 0)
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self._free_ids: dict[str, list[int]] = {}
        self._next_id: dict[str, int] = {}

    def new_id(self, table: str) -> int:
        if self.postgres:
            free = self._free_ids.get(table)
            if not free:
                sequence = self.session.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
                free = list(
                    self.session.execute(
                        text("SELECT nextval(:s) FROM generate_series(1, :n)"), {"s": sequence, "n": self.batch}
                    ).scalars()
                )
                free.reverse()
                self._free_ids[table] = free
            return free.pop()
        if table not in self._next_id:
            highest = self.session.execute(select(func.max(Base.metadata.tables[table].c.id))).scalar()
            self._next_id[table] = (highest or 0) + 1
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        """Buffer a row. Every row of a table must name the same columns: a batch is written with the first
        row's columns (a column only some rows named would be silently dropped from the others)."""
        buffer = self.buffers[table]
        if buffer and buffer[0].keys() != row.keys():
            raise ValueError(f"bulk rows for {table} name different columns: {sorted(buffer[0].keys() ^ row.keys())}")
        buffer.append(row)
        if len(self.buffers[self.batch_on]) >= self.batch:
            self.flush()

    def flush(self) -> None:
        for name in self.order:  # parents first: every row's targets are already written
            rows = self.buffers[name]
            if rows:
                table: Table = Base.metadata.tables[name]
                if self.postgres:
                    self._copy(table, rows)
                else:
                    self._insert_many(table, rows)
                self.written[name] += len(rows)
                self.buffers[name] = []
        if self.progress:
            self.progress(self.batch_on, self.written[self.batch_on])

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """SQLite: one INSERT executed for every row by the driver itself. SQLAlchemy's own executemany works
        out each row's parameters through its compiler, over a fifth of an import's time; here each column's
        type converts its values (dates, booleans, JSON) exactly as SQLAlchemy would, looked up once."""
        rows = _with_defaults(table, rows)
        dialect = self.session.get_bind().dialect
        compiled = table.insert().compile(dialect=dialect, column_keys=list(rows[0]))
        assert compiled.positiontup is not None  # SQLite's parameters are positional
        order = compiled.positiontup
        pick = itemgetter(*order)
        values: list[Any] = [pick(row) if len(order) > 1 else (pick(row),) for row in rows]
        converters = [
            (position, convert)
            for position, name in enumerate(order)
            if (convert := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
        ]
        if converters:  # dates, booleans, JSON: only those columns' values are converted
            for number, row_values in enumerate(values):
                converted = list(row_values)
                for position, convert in converters:
                    converted[position] = convert(converted[position])
                values[number] = tuple(converted)
        self.session.connection().exec_driver_sql(str(compiled), values)

    def _copy(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """PostgreSQL's COPY, several times faster than INSERTs; inside the session's transaction."""
        rows = _with_defaults(table, rows)
        columns = [c.name for c in table.columns if c.name in rows[0]]
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        names = ", ".join(f'"{c}"' for c in columns)
        with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([row.get(c) for c in columns])


def _with_defaults(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The models' Python-side defaults for the columns the rows leave out: COPY and the driver's own INSERT
    know nothing of them."""
    defaults = {}
    for column in table.columns:
        if column.name not in rows[0] and column.default is not None and hasattr(column.default, "arg"):
            arg = column.default.arg
            defaults[column.name] = arg(None) if callable(arg) else arg
    return [{**defaults, **row} for row in rows] if defaults else rows
