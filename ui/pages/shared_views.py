"""Shared views: what a child's case manager may see of the victims of that child's offences — only the
summary each victim agreed to share, never a name or contact details — with the two things the case
manager does with it: record that it was relayed to the child, and take a consent-filtered summary for
the pre-sentence or panel report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rjdesk.rules.permissions import Permission
from rjdesk.services import case_manager
from rjdesk.services.victim_record import list_child_cases
from ui.i18n import date_text, tr, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.children import ChildList
from ui.widgets.tables import list_table


class SharedViewsPage(Page):
    title = tr_noop("Shared views")

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        # A case manager sees their own caseload; a manager (who may see victims) sees every child.
        self.mine_only = not session.actor.can(Permission.VICTIM_VIEW)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("What victims agreed to share with the child's worker. Names and contact details are never shown here.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        self.child_list = ChildList()
        self.model = RowsModel(
            [
                Column(tr("Victim"), lambda v: v.victim_label),
                Column(tr("Recorded"), lambda v: date_text(v.recorded_on)),
                Column(tr("What they agreed to share"), lambda v: v.summary),
                Column(
                    tr("Relayed to the child"),
                    lambda v: (
                        date_text(v.relayed_to_child_on)
                        if v.relayed_to_child_on
                        else (tr("not yet") if v.may_relay_to_child else tr("not agreed"))
                    ),
                ),
            ]
        )
        self.table = list_table(self.model, tr("Shared views"), 2, single=True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.relayed_button = QPushButton(tr("&Relayed to the child…"))
        self.report_button = QPushButton(tr("&Summary for a report…"))
        self.relayed_button.clicked.connect(self.record_relayed)
        self.report_button.clicked.connect(self.report_summary)
        row.addWidget(self.relayed_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        split.addWidget(self.child_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.child_list.currentItemChanged.connect(lambda *_: self._load_views())
        self.refresh()

    def refresh(self) -> None:
        db, actor, mine = self.session.db, self.session.actor, self.mine_only
        self.run_latest("children", lambda: list_child_cases(db, actor, mine_only=mine), self.child_list.fill)

    def _load_views(self) -> None:
        child_id = self.child_list.chosen_id()
        if child_id is None:
            self.model.set_rows([])
            return
        db, actor = self.session.db, self.session.actor
        self.run_latest("views", lambda: case_manager.shared_views_for_child(db, actor, child_id), self.model.set_rows)

    def record_relayed(self) -> None:
        from ui.case_dialogs import RelayedDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        if RelayedDialog(self, self.model.row(rows[0].row())).exec() == QDialog.DialogCode.Accepted:
            self._load_views()

    def report_summary(self) -> None:
        from ui.case_dialogs import ReportSummaryDialog, TextResultDialog

        item = self.child_list.currentItem()
        child_id = self.child_list.chosen_id()
        if item is None or child_id is None:
            return
        dialog = ReportSummaryDialog(self, child_id, item.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            summary = dialog.result_value
            assert isinstance(summary, case_manager.ReportSummary)
            cms_ref = item.text().split(" ")[0]
            TextResultDialog(
                self, tr("Victim information for the report"), summary.text, f"victims-{cms_ref}.txt"
            ).exec()
