"""Duty rules: the Victims' Code duty catalogue in force, and changes to it — proposed by a manager or an
administrator, approved or rejected by a different manager. Every version stays listed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from rjdesk.rules.duties import HOLDER_LABELS, DutyCode
from rjdesk.rules.permissions import Permission
from rjdesk.services import duties
from ui.casework import combo, date_edit, date_of
from ui.i18n import tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import WorkingDialog
from ui.widgets.tables import list_table


def _days(value: int | None) -> str:
    return "—" if value is None else f"{value} WD"


class ProposeRuleDialog(WorkingDialog):
    def __init__(self, page: Page, current: duties.RuleInfo | None) -> None:
        super().__init__(page, "Propose a change to a duty rule")
        self.code = combo({c.value: c.value.replace("_", " ").title() for c in DutyCode})
        if current is not None:
            self.code.setCurrentIndex(self.code.findData(current.code.value))
        self.standard = QSpinBox()
        self.enhanced = QSpinBox()
        for spin, value in (
            (self.standard, current.standard_working_days if current else None),
            (self.enhanced, current.enhanced_working_days if current else None),
        ):
            spin.setRange(0, 60)
            spin.setSpecialValueText("none")
            spin.setValue(value or 0)
        self.effective_from = date_edit(dt.date.today())
        self.reason = QLineEdit()
        for label, name, widget in (
            ("&Duty:", "code", self.code),
            ("&Standard (working days):", "standard_working_days", self.standard),
            ("&Enhanced (working days):", "enhanced_working_days", self.enhanced),
            ("Effective &from:", "effective_from", self.effective_from),
            ("&Reason:", "reason", self.reason),
        ):
            self.errors.add_row(self.form, label, name, widget)
        note = QLabel(
            "The change takes effect only when a different manager approves it. Duties already open keep "
            "the version they were created under."
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor = self.page.session.db, self.page.session.actor
        code, effective, reason = DutyCode(self.code.currentData()), date_of(self.effective_from), self.reason.text()
        standard, enhanced = self.standard.value() or None, self.enhanced.value() or None
        return lambda: duties.propose_rule_change(
            db,
            actor,
            code,
            standard_working_days=standard,
            enhanced_working_days=enhanced,
            effective_from=effective,
            reason=reason,
        )


class DutyRulesPage(Page):
    title = tr_noop("Duty rules")
    can_create = True
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                Column("Duty", lambda r: r.title),
                Column("Version", lambda r: r.version),
                Column("Standard", lambda r: _days(r.standard_working_days)),
                Column("Enhanced", lambda r: _days(r.enhanced_working_days)),
                Column("Held by", lambda r: HOLDER_LABELS.get(r.holder, r.holder)),
                Column("Basis", lambda r: r.basis_detail or r.basis),
                Column("Status", lambda r: r.status.title()),
                Column("From", lambda r: r.effective_from.strftime("%d %b %Y")),
                Column("Proposed by", lambda r: r.proposed_by or ""),
                Column("Approved by", lambda r: r.approved_by or ""),
                Column("Reason", lambda r: r.reason or ""),
            ]
        )
        self.table = list_table(self.model, "Duty rules", 0, single=True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton("&Propose a change…")
        self.approve_button = QPushButton("&Approve")
        self.reject_button = QPushButton("&Reject")
        for button in (self.propose_button, self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.propose_button.setVisible(session.actor.can(Permission.DUTY_RULE_PROPOSE))
        for button in (self.approve_button, self.reject_button):
            button.setVisible(session.actor.can(Permission.DUTY_RULE_APPROVE))
        self.propose_button.clicked.connect(self.create_new)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    def selected(self) -> duties.RuleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        rule = self.selected()
        pending = rule is not None and rule.status == "proposed"
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run_latest("rules", lambda: duties.list_rules(db, actor), self._show)

    def _show(self, rules: list[duties.RuleInfo]) -> None:
        self.model.set_rows(rules)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def create_new(self) -> None:
        if ProposeRuleDialog(self, self.selected()).exec():
            self.refresh()

    def decide(self, approve: bool) -> None:
        rule = self.selected()
        if rule is None:
            return
        verb = "Approve" if approve else "Reject"
        answer = QMessageBox.question(
            self,
            f"{verb} the change",
            f"{verb} version {rule.version} of “{rule.title}”, effective "
            f"{rule.effective_from:%d %b %Y}? Reason given: {rule.reason}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.session.db, self.session.actor
        self.run(lambda: duties.decide_rule_change(db, actor, rule.id, approve), lambda _: self.refresh(), write=True)

    def printable_html(self) -> str | None:
        return self.model.as_html_table("Duty rules")
