"""The list of children's cases that several pages (Cases, Shared views) choose a child from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from rjdesk.services.victim_record import ChildCase
from ui.i18n import tr


class ChildList(QListWidget):
    """Children shown as "CMS-ref name", each carrying its id; refilling keeps the chosen child chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Children"))
        self.setMinimumWidth(200)

    def fill(self, children: list[ChildCase]) -> None:
        current = self.chosen_id()
        self.clear()
        for child in children:
            item = QListWidgetItem(f"{child.cms_ref} {child.name}")
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.addItem(item)
            if child.id == current:
                self.setCurrentItem(item)

    def chosen_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
