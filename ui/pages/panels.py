"""Panels: what is due for a panel, and the panel diary with each panel's outcome.

For the panel coordinator (and managers). Cases are shown by the child's CMS reference and name, victims
only as counts: the VLO brings the victim's voice to the panel.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from rjdesk.rules.permissions import Permission
from rjdesk.services import panels
from ui.i18n import tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table

DIARY_BACK_DAYS = 14
DIARY_AHEAD_DAYS = 56


def _yn(value: bool | None) -> str:
    return "—" if value is None else "yes" if value else "no"


class PanelsPage(Page):
    title = tr_noop("Panels")

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(
            QLabel(
                "<b>Due for a panel</b> — referral orders (the first panel within 20 working days of the order) "
                "and out-of-court cases still to be decided"
            )
        )
        self.due_model = RowsModel(
            [
                Column("Case", lambda d: d.child_cms_ref),
                Column("Child", lambda d: d.child_name),
                Column("Order", lambda d: d.disposal_type.replace("_", " ").title()),
                Column("Made", lambda d: d.order_start.strftime("%d %b %Y")),
                Column("Panel due by", lambda d: d.due_by.strftime("%d %b %Y") if d.due_by else "no date yet"),
                Column("Victims", lambda d: d.victims),
            ]
        )
        self.due_table = list_table(self.due_model, "Due for a panel", 1, single=True)
        due_layout.addWidget(self.due_table)
        self.schedule_button = QPushButton("&Schedule a panel…")
        self.schedule_button.clicked.connect(self.schedule)
        due_layout.addWidget(self.schedule_button, alignment=Qt.AlignmentFlag.AlignLeft)
        split.addWidget(due_box)

        diary_box = QWidget()
        diary_layout = QVBoxLayout(diary_box)
        self.diary_label = QLabel()
        diary_layout.addWidget(self.diary_label)
        self.diary_model = RowsModel(
            [
                Column("Date", lambda p: p.panel_date.strftime("%a %d %b %Y")),
                Column("Case", lambda p: p.child_cms_ref),
                Column("Child", lambda p: p.child_name),
                Column("Panel", lambda p: p.kind_label),
                Column("Status", lambda p: panels.PANEL_STATUSES.get(p.status, p.status)),
                Column("Victims' views", lambda p: f"{p.views_recorded} of {p.victims}"),
                Column("Invited", lambda p: _yn(p.victim_invited)),
                Column("Attended", lambda p: _yn(p.victim_attended)),
                Column("Impact statement", lambda p: _yn(p.impact_statement_used)),
                Column("Members", lambda p: p.members or ""),
            ]
        )
        self.diary_table = list_table(self.diary_model, "Panel diary", 9, single=True)
        header = self.diary_table.horizontalHeader()
        for column in range(9):  # ten columns: all but the members fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        diary_layout.addWidget(self.diary_table)
        row = QHBoxLayout()
        self.outcome_button = QPushButton("Record the &outcome…")
        self.move_button = QPushButton("&Move…")
        self.cancel_button = QPushButton("&Cancel the panel…")
        for button, handler in (
            (self.outcome_button, self.record_outcome),
            (self.move_button, self.move_panel),
            (self.cancel_button, self.cancel),
        ):
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        diary_layout.addLayout(row)
        split.addWidget(diary_box)
        layout.addWidget(split)
        can_edit = session.actor.can(Permission.PANEL_EDIT)
        for button in (self.schedule_button, self.outcome_button, self.move_button, self.cancel_button):
            button.setEnabled(can_edit)
        self.refresh()

    def refresh(self) -> None:
        db, actor, today = self.session.db, self.session.actor, dt.date.today()
        start, end = today - dt.timedelta(days=DIARY_BACK_DAYS), today + dt.timedelta(days=DIARY_AHEAD_DAYS)
        self.diary_label.setText(f"<b>Panel diary</b> — {start:%d %b} to {end:%d %b %Y}")
        self.run_latest("due", lambda: panels.due_for_panel(db, actor), self.due_model.set_rows)
        self.run_latest("diary", lambda: panels.panel_diary(db, actor, start, end), self.diary_model.set_rows)

    def printable_html(self) -> str | None:
        return self.diary_model.as_html_table("Panel diary")

    def _selected(self, table: object, model: RowsModel) -> object | None:
        rows = table.selectionModel().selectedRows()  # type: ignore[attr-defined]
        return model.row(rows[0].row()) if rows else None

    def _after(self, accepted: int) -> None:
        if accepted == QDialog.DialogCode.Accepted:
            self.refresh()

    def schedule(self) -> None:
        from ui.case_dialogs import SchedulePanelDialog

        due = self._selected(self.due_table, self.due_model)
        if isinstance(due, panels.DueForPanel):
            self._after(SchedulePanelDialog(self, due.order_id, f"{due.child_cms_ref} {due.child_name}").exec())

    def _panel(self) -> panels.PanelInfo | None:
        panel = self._selected(self.diary_table, self.diary_model)
        return panel if isinstance(panel, panels.PanelInfo) else None

    def record_outcome(self) -> None:
        from ui.case_dialogs import PanelOutcomeDialog

        if (panel := self._panel()) is not None:
            self._after(PanelOutcomeDialog(self, panel).exec())

    def move_panel(self) -> None:
        from ui.case_dialogs import MovePanelDialog

        if (panel := self._panel()) is not None:
            self._after(MovePanelDialog(self, panel).exec())

    def cancel(self) -> None:
        from ui.case_dialogs import CancelPanelDialog

        if (panel := self._panel()) is not None:
            self._after(CancelPanelDialog(self, panel).exec())
