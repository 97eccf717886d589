"""Table models for lists. Rows are frozen dataclasses from services; columns are (header, getter) pairs.

``RowsModel`` holds a short list (users, closure days). ``WindowedRowsModel`` holds only the ids of a long
list and reads the rows the view shows, a block at a time, so a list of 1,000,000 victims scrolls end to end
in little memory.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
# A printed list stops here: a list of a million victims is not printed.
PRINTED_ROWS = 1000


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row(index.row())
            if row is None:  # gone since the list was read: a refresh will drop it
                return ""
            value = self.columns[index.column()].value(row)
            return "" if value is None else str(value)
        return None

    def printable_rows(self) -> list[Any]:
        return self.rows

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def as_html_table(self, title: str) -> str:
        """For printing: what the list shows, as a simple table."""
        from html import escape

        head = "".join(f"<th align='left'>{escape(c.header)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c.value(r) or ''))}</td>" for c in self.columns) + "</tr>"
            for r in self.printable_rows()
        )
        return (
            f"<h2>{escape(title)}</h2><table cellspacing='0' cellpadding='4' border='1'><tr>{head}</tr>{body}</table>"
        )


class WindowedRowsModel(RowsModel):
    """A long list (every victim: a million at the largest) known by its rows' ids in list order; rows are
    read a block at a time when the view shows them, and only the blocks last shown are kept. Memory stays
    at the ids (8 bytes each) and a few blocks, and a row anywhere in the list is one short read away — the
    scroll bar can be dragged to the end without reading what lies between."""

    def __init__(self, columns: Sequence[Column], block_size: int = 200, kept_blocks: int = 20, parent: Any = None):
        super().__init__(columns, parent)
        self.block_size = block_size
        self.kept_blocks = kept_blocks
        self.order = array("q")
        self.fetch: Callable[[Sequence[int]], Sequence[Any]] | None = None
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()

    def start(
        self, order: Sequence[int], fetch: Callable[[Sequence[int]], Sequence[Any]], first: Sequence[Any]
    ) -> None:
        """Show the list whose ids are ``order``; ``first`` is its first block, already read (on a worker);
        ``fetch(ids)`` reads the rows of other ids, None for a row gone since."""
        self.beginResetModel()
        self.order = array("q", order)
        self.fetch = fetch
        self._blocks.clear()
        if first:
            self._blocks[0] = list(first)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.order)

    def row(self, index: int) -> Any:
        number, offset = divmod(index, self.block_size)
        block = self._blocks.get(number)
        if block is None:
            first = number * self.block_size
            ids = self.order[first : first + self.block_size]
            block = list(self.fetch(ids)) if self.fetch is not None else [None] * len(ids)
            self._blocks[number] = block
            while len(self._blocks) > self.kept_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[offset] if offset < len(block) else None

    def printable_rows(self) -> list[Any]:
        return [row for row in (self.row(i) for i in range(min(len(self.order), PRINTED_ROWS))) if row is not None]


def facts_html(*facts: tuple[str, str]) -> str:
    """A record's facts as a paragraph of "<b>Label:</b> value" lines (the values already escaped)."""
    return "<p>" + "<br>".join(f"<b>{label}</b> {value}" for label, value in facts) + "</p>"
