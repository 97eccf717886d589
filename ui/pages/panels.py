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
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop, yes_no
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table

DIARY_BACK_DAYS = 14
DIARY_AHEAD_DAYS = 56


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
                tr(
                    "<b>Due for a panel</b> — referral orders (the first panel within 20 working days of the order) "
                    "and out-of-court cases still to be decided"
                )
            )
        )
        self.due_model = RowsModel(
            [
                Column(tr("Case"), lambda d: d.child_cms_ref),
                Column(tr("Child"), lambda d: d.child_name),
                Column(tr("Order"), lambda d: tr_code(d.disposal_type)),
                Column(tr("Made"), lambda d: date_text(d.order_start)),
                Column(tr("Panel due by"), lambda d: date_text(d.due_by) if d.due_by else tr("no date yet")),
                Column(tr("Victims"), lambda d: d.victims),
            ]
        )
        self.due_table = list_table(self.due_model, tr("Due for a panel"), 1, single=True)
        due_layout.addWidget(self.due_table)
        self.schedule_button = QPushButton(tr("&Schedule a panel…"))
        self.schedule_button.clicked.connect(self.schedule)
        due_layout.addWidget(self.schedule_button, alignment=Qt.AlignmentFlag.AlignLeft)
        split.addWidget(due_box)

        diary_box = QWidget()
        diary_layout = QVBoxLayout(diary_box)
        self.diary_label = QLabel()
        diary_layout.addWidget(self.diary_label)
        self.diary_model = RowsModel(
            [
                Column(tr("Date"), lambda p: date_text(p.panel_date, "%a %d %b %Y")),
                Column(tr("Case"), lambda p: p.child_cms_ref),
                Column(tr("Child"), lambda p: p.child_name),
                Column(tr("Panel"), lambda p: tr_core(p.kind_label)),
                Column(tr("Status"), lambda p: tr_core(panels.PANEL_STATUSES.get(p.status, p.status))),
                Column(
                    tr("Victims' views"),
                    lambda p: tr("{recorded} of {victims}").format(recorded=p.views_recorded, victims=p.victims),
                ),
                Column(tr("Invited"), lambda p: yes_no(p.victim_invited)),
                Column(tr("Attended"), lambda p: yes_no(p.victim_attended)),
                Column(tr("Impact statement"), lambda p: yes_no(p.impact_statement_used)),
                Column(tr("Members"), lambda p: p.members or ""),
            ]
        )
        self.diary_table = list_table(self.diary_model, tr("Panel diary"), 9, single=True)
        header = self.diary_table.horizontalHeader()
        for column in range(9):  # ten columns: all but the members fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        diary_layout.addWidget(self.diary_table)
        row = QHBoxLayout()
        self.outcome_button = QPushButton(tr("Record the &outcome…"))
        self.move_button = QPushButton(tr("&Move…"))
        self.cancel_button = QPushButton(tr("&Cancel the panel…"))
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
        self.diary_label.setText(
            tr("<b>Panel diary</b> — {start} to {end}").format(start=date_text(start, "%d %b"), end=date_text(end))
        )
        self.run_latest("due", lambda: panels.due_for_panel(db, actor), self.due_model.set_rows)
        self.run_latest("diary", lambda: panels.panel_diary(db, actor, start, end), self.diary_model.set_rows)

    def printable_html(self) -> str | None:
        return self.diary_model.as_html_table(tr("Panel diary"))

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
