"""Read-only list tables: whole-row selection, no in-place editing, one column taking the spare width; Return
on a row activates it (opens the record) as a double-click does; a search box's Down key moves into its list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView


def list_table(
    model: QAbstractItemModel, accessible_name: str, stretch_column: int, *, single: bool = False
) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    # Return on the row the keyboard is on opens it even when Tab brought the keyboard there without selecting
    # it: the row is selected first (this slot runs before any page's own, connected later).
    table.activated.connect(lambda index: table.selectRow(index.row()))
    return table


class _DownIntoList(QObject):
    """From a search box, Down (or Return) moves into the list below it, on its first row."""

    def __init__(self, search: QLineEdit, table: QAbstractItemView) -> None:
        super().__init__(search)
        self.table = table
        search.installEventFilter(self)
        search.returnPressed.connect(self.enter_list)

    def enter_list(self) -> None:
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(model.index(0, 0))
            self.table.selectionModel().select(
                model.index(0, 0),
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self.enter_list()
            return True
        return False


def down_into_list(search: QLineEdit, table: QAbstractItemView) -> None:
    """Keyboard users reach the results without Tab-hopping past the filters."""
    _DownIntoList(search, table)
