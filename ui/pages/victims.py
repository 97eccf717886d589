"""Victims: a searchable list of the service's victims, read from the store a window at a time as it scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from rjdesk.errors import ValidationError
from rjdesk.services import victims
from ui.i18n import tr, tr_code, tr_noop
from ui.models import Column, WindowedRowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import down_into_list, list_table

KIND_LABELS = {
    "individual": tr_noop("Person"),
    "organisation": tr_noop("Organisation"),
    "professional": tr_noop("Professional"),
    "unidentified": tr_noop("Unidentified"),
}
STATUS_LABELS = {"open": tr_noop("Open"), "closed": tr_noop("Closed")}


class VictimsPage(Page):
    title = tr_noop("Victims")
    can_search = True
    can_print = True
    can_create = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, victim reference or child's case reference (Ctrl+F)"))
        self.search.setAccessibleName(tr("Search victims"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 1)
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem(tr("Any status"), None)
        for value, label in STATUS_LABELS.items():
            self.status.addItem(tr(label), value)
        self.worker = QComboBox()
        self.worker.setAccessibleName(tr("Worker"))
        self.worker.addItem(tr("Any worker"), None)
        self.worker.addItem(tr("Mine"), session.actor.user_id)
        filters.addWidget(self.status)
        filters.addWidget(self.worker)
        layout.addLayout(filters)
        self.model = WindowedRowsModel(
            [
                Column(tr("Reference"), lambda v: v.reference),
                Column(tr("Name"), lambda v: v.display_name),
                Column(tr("Kind"), lambda v: tr(KIND_LABELS[v.kind]) if v.kind in KIND_LABELS else v.kind),
                Column(
                    tr("Status"),
                    lambda v: tr(STATUS_LABELS[v.status]) if v.status in STATUS_LABELS else tr_code(v.status),
                ),
                Column(tr("Safety"), lambda v: tr("⚠ concern") if v.safety_flag else ""),
            ]
        )
        self.table = list_table(self.model, tr("Victims"), 1)
        self.table.activated.connect(self._open)  # double-click, or Return on the row
        down_into_list(self.search, self.table)
        layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("victim_count")
        layout.addWidget(self.count)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _: self.refresh())
        self.worker.currentIndexChanged.connect(lambda _: self.refresh())
        from rjdesk.services import caseload

        self.run(lambda: caseload.list_workers(session.db, session.actor), self._add_workers)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        text, status, worker = self.search.text(), self.status.currentData(), self.worker.currentData()
        block = self.model.block_size

        filtered = bool(text.strip()) or status is not None or worker is not None

        def load() -> tuple[Sequence[int], list[Any], int]:
            order = victims.victim_order(db, actor, text, status=status, worker_id=worker)
            first = victims.victims_by_id(db, actor, order[:block])
            return order, first, victims.count_victims(db, actor) if filtered else len(order)

        self.run_latest("victims", load, lambda result: self._show(filtered, *result))

    def _show(self, filtered: bool, order: Sequence[int], first: list[Any], total: int) -> None:
        db, actor = self.session.db, self.session.actor
        self.model.start(order, lambda ids: victims.victims_by_id(db, actor, ids), first)
        self.count.setText(
            tr("{shown} shown of {total} victims").format(shown=len(order), total=total)
            if filtered
            else tr("{total} victims").format(total=total)
        )

    def _add_workers(self, workers: list[Any]) -> None:
        for worker in workers:
            if worker.id != self.session.actor.user_id:
                self.worker.addItem(worker.display_name, worker.id)

    def _open(self, index: Any) -> None:
        from ui.victim_window import open_victim_window

        victim = self.model.row(index.row())
        if victim is not None:  # None: gone since the list was read
            open_victim_window(self, victim.id)

    def create_new(self) -> None:
        """Ctrl+N: a new police referral (a victim always arrives linked to a child's offences)."""
        from rjdesk.services.victim_record import list_child_cases
        from ui.casework import NewReferralDialog

        db, actor = self.session.db, self.session.actor

        def ask(children: Any) -> None:
            if not children:
                self.show_error(
                    ValidationError(tr("Add the child's case first: a referral links a victim to a child's offences."))
                )
                return
            dialog = NewReferralDialog(self, children)
            if dialog.exec():
                self.refresh()
                from ui.victim_window import open_victim_window

                open_victim_window(self, dialog.result_value.victim_id)

        self.run(lambda: list_child_cases(db, actor), ask)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def printable_html(self) -> str | None:
        return self.model.as_html_table(tr(self.title))
