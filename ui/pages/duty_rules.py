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

from rjdesk.rules.duties import DEFAULT_RULES, HOLDER_LABELS, DutyCode
from rjdesk.rules.permissions import Permission
from rjdesk.services import duties
from ui.casework import combo, date_edit, date_of
from ui.i18n import date_text, tr, tr_core, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import WorkingDialog
from ui.widgets.tables import list_table

RULE_STATUSES = {"proposed": tr_noop("Proposed"), "approved": tr_noop("Approved"), "rejected": tr_noop("Rejected")}


def _days(value: int | None) -> str:
    return "—" if value is None else tr("{days} WD").format(days=value)


class ProposeRuleDialog(WorkingDialog):
    def __init__(self, page: Page, current: duties.RuleInfo | None) -> None:
        super().__init__(page, tr("Propose a change to a duty rule"))
        self.code = combo({rule.code.value: tr_core(rule.title) for rule in DEFAULT_RULES})
        if current is not None:
            self.code.setCurrentIndex(self.code.findData(current.code.value))
        self.standard = QSpinBox()
        self.enhanced = QSpinBox()
        for spin, value in (
            (self.standard, current.standard_working_days if current else None),
            (self.enhanced, current.enhanced_working_days if current else None),
        ):
            spin.setRange(0, 60)
            spin.setSpecialValueText(tr("none"))
            spin.setValue(value or 0)
        self.effective_from = date_edit(dt.date.today())
        self.reason = QLineEdit()
        for label, name, widget in (
            (tr("&Duty:"), "code", self.code),
            (tr("&Standard (working days):"), "standard_working_days", self.standard),
            (tr("&Enhanced (working days):"), "enhanced_working_days", self.enhanced),
            (tr("Effective &from:"), "effective_from", self.effective_from),
            (tr("&Reason:"), "reason", self.reason),
        ):
            self.errors.add_row(self.form, label, name, widget)
        note = QLabel(
            tr(
                "The change takes effect only when a different manager approves it. Duties already open keep "
                "the version they were created under."
            )
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
                Column(tr("Duty"), lambda r: tr_core(r.title)),
                Column(tr("Version"), lambda r: r.version),
                Column(tr("Standard"), lambda r: _days(r.standard_working_days)),
                Column(tr("Enhanced"), lambda r: _days(r.enhanced_working_days)),
                Column(tr("Held by"), lambda r: tr_core(HOLDER_LABELS.get(r.holder, r.holder))),
                Column(tr("Basis"), lambda r: tr_core(r.basis_detail or r.basis)),
                Column(tr("Status"), lambda r: tr(RULE_STATUSES.get(r.status, r.status))),
                Column(tr("From"), lambda r: date_text(r.effective_from)),
                Column(tr("Proposed by"), lambda r: r.proposed_by or ""),
                Column(tr("Approved by"), lambda r: r.approved_by or ""),
                Column(tr("Reason"), lambda r: r.reason or ""),
            ]
        )
        self.table = list_table(self.model, tr("Duty rules"), 0, single=True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(tr("&Propose a change…"))
        self.approve_button = QPushButton(tr("&Approve"))
        self.reject_button = QPushButton(tr("&Reject"))
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
        title = tr("Approve the change") if approve else tr("Reject the change")
        question = (
            tr("Approve version {version} of “{duty}”, effective {date}? Reason given: {reason}")
            if approve
            else tr("Reject version {version} of “{duty}”, effective {date}? Reason given: {reason}")
        )
        answer = QMessageBox.question(
            self,
            title,
            question.format(
                version=rule.version, duty=rule.title, date=date_text(rule.effective_from), reason=rule.reason
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.session.db, self.session.actor
        self.run(lambda: duties.decide_rule_change(db, actor, rule.id, approve), lambda _: self.refresh(), write=True)

    def printable_html(self) -> str | None:
        return self.model.as_html_table(tr("Duty rules"))
