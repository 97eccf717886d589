"""Shared views: what a child's case manager may see of the victims of that child's offences — only the
summary each victim agreed to share, never a name or contact details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
)

from rjdesk.services import contacts
from rjdesk.services.victim_record import ChildCase, list_child_cases
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table


class SharedViewsPage(Page):
    title = "Shared views"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "What victims agreed to share with the child's worker. Names and contact details are never shown here."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        self.child_list = QListWidget()
        self.child_list.setAccessibleName("Children")
        self.model = RowsModel(
            [
                Column("Victim", lambda v: v.victim_label),
                Column("Recorded", lambda v: v.recorded_on.strftime("%d %b %Y")),
                Column("What they agreed to share", lambda v: v.summary),
                Column("Relayed to the child", lambda v: v.relayed_to_child_on or "not yet"),
            ]
        )
        self.table = list_table(self.model, "Shared views", 2)
        split.addWidget(self.child_list)
        split.addWidget(self.table)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)
        self.child_list.currentItemChanged.connect(lambda *_: self._load_views())
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run_latest("children", lambda: list_child_cases(db, actor), self._show_children)

    def _show_children(self, cases: list[ChildCase]) -> None:
        self.child_list.clear()
        for case in cases:
            item = QListWidgetItem(f"{case.cms_ref} {case.name}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.child_list.addItem(item)

    def _load_views(self) -> None:
        item = self.child_list.currentItem()
        if item is None:
            return
        db, actor, child_id = self.session.db, self.session.actor, item.data(Qt.ItemDataRole.UserRole)
        self.run(lambda: contacts.shared_views_for_child(db, actor, child_id), self.model.set_rows, write=True)
