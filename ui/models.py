"""Table models for lists. Rows are frozen dataclasses from services; columns are (header, getter) pairs.

``RowsModel`` holds a short list (users, closure days). ``PagedRowsModel`` keeps what it has fetched and
asks its service for the next page only when the view scrolls there (Qt's fetchMore), so a list of
100,000 victims opens as fast as one of 100.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


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
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()].value(self.rows[index.row()])
            return "" if value is None else str(value)
        return None

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
            for r in self.rows
        )
        return (
            f"<h2>{escape(title)}</h2><table cellspacing='0' cellpadding='4' border='1'><tr>{head}</tr>{body}</table>"
        )


class PagedRowsModel(RowsModel):
    """Rows fetched a page at a time from ``fetch(offset, limit)``; sorting and filtering happen in SQL."""

    def __init__(self, columns: Sequence[Column], page_size: int = 200, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.fetch: Callable[[int, int], Sequence[Any]] | None = None
        self.exhausted = True

    def start(self, fetch: Callable[[int, int], Sequence[Any]], first_page: Sequence[Any]) -> None:
        """Show a first page fetched elsewhere (on a worker) and remember how to fetch the rest."""
        self.fetch = fetch
        self.beginResetModel()
        self.rows = list(first_page)
        self.exhausted = len(first_page) < self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and not self.exhausted and self.fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if not self.canFetchMore(parent) or self.fetch is None:
            return
        more = list(self.fetch(len(self.rows), self.page_size))
        self.exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
