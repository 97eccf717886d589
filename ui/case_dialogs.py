"""Dialogs of the case links: panels (schedule, move, outcome, cancel), the case manager's relay and report
summary, disclosures, and merging or unmerging duplicate victims. Each validates in its service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from rjdesk.errors import ValidationError
from rjdesk.rules import labels
from rjdesk.rules.disposals import CASE_EVENTS, DISPOSALS
from rjdesk.services import case_manager, cases, disclosures, identities, panels, transfers
from ui.casework import combo, date_edit, date_of
from ui.i18n import date_text, tr, tr_code, tr_noop
from ui.pages.base import Page
from ui.widgets.forms import WorkingDialog

TRI_STATE = {"": tr_noop("Not recorded"), "yes": tr_noop("Yes"), "no": tr_noop("No")}


def _tri(box: QComboBox) -> bool | None:
    value = box.currentData()
    return None if value == "" else value == "yes"


def _tri_box(value: bool | None) -> QComboBox:
    box = combo(TRI_STATE)
    box.setCurrentIndex(box.findData("" if value is None else "yes" if value else "no"))
    return box


class SchedulePanelDialog(WorkingDialog):
    def __init__(self, page: Page, order_id: int, case_label: str) -> None:
        super().__init__(page, tr("Schedule a panel — {case_label}").format(case_label=case_label))
        self.order_id = order_id
        self.panel_date = date_edit()
        self.members = QLineEdit()
        self.members.setPlaceholderText(tr("Community panel members and the YJS member"))
        self.errors.add_row(self.form, tr("Panel &date:"), "panel_date", self.panel_date)
        self.errors.add_row(self.form, tr("&Members:"), "members", self.members)
        note = QLabel(
            tr("Each victim of the case's offences is due a 'views before the decision' contact by this date.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, order_id = self.page.session.db, self.page.session.actor, self.order_id
        when, members = date_of(self.panel_date), self.members.text()
        return lambda: panels.schedule_panel(db, actor, order_id, when, members)


class MovePanelDialog(WorkingDialog):
    def __init__(self, page: Page, panel: panels.PanelInfo) -> None:
        super().__init__(page, tr("Move the panel — {child_cms_ref}").format(child_cms_ref=panel.child_cms_ref))
        self.panel = panel
        self.panel_date = date_edit(panel.panel_date)
        self.errors.add_row(self.form, tr("New &date:"), "panel_date", self.panel_date)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, panel = self.page.session.db, self.page.session.actor, self.panel
        when = date_of(self.panel_date)
        return lambda: panels.reschedule_panel(db, actor, panel.id, when, panel.version)


class CancelPanelDialog(WorkingDialog):
    def __init__(self, page: Page, panel: panels.PanelInfo) -> None:
        super().__init__(page, tr("Cancel the panel — {child_cms_ref}").format(child_cms_ref=panel.child_cms_ref))
        self.panel = panel
        self.reason = QLineEdit()
        self.errors.add_row(self.form, tr("&Why:"), "reason", self.reason)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, panel, reason = self.page.session.db, self.page.session.actor, self.panel, self.reason.text()
        return lambda: panels.cancel_panel(db, actor, panel.id, panel.version, reason)


class PanelOutcomeDialog(WorkingDialog):
    def __init__(self, page: Page, panel: panels.PanelInfo) -> None:
        super().__init__(
            page,
            tr("Panel outcome — {child_cms_ref}, {date}").format(
                child_cms_ref=panel.child_cms_ref, date=date_text(panel.panel_date)
            ),
        )
        self.panel = panel
        self.invited = _tri_box(panel.victim_invited)
        self.attended = _tri_box(panel.victim_attended)
        self.impact = _tri_box(panel.impact_statement_used)
        self.contract = QPlainTextEdit(panel.contract_items or "")
        self.contract.setPlaceholderText(tr("One item per line, e.g. 'Letter of apology', '6 hours reparation'"))
        self.contract.setMaximumHeight(100)
        self.notes = QPlainTextEdit(panel.notes or "")
        self.notes.setMaximumHeight(70)
        for label, name, widget in (
            (tr("Victim &invited:"), "victim_invited", self.invited),
            (tr("Victim &attended:"), "victim_attended", self.attended),
            (tr("&Impact statement used:"), "impact_statement_used", self.impact),
            (tr("&Contract items:"), "contract_items", self.contract),
            (tr("&Notes:"), "notes", self.notes),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        outcome = panels.PanelOutcome(
            _tri(self.invited),
            _tri(self.attended),
            _tri(self.impact),
            self.contract.toPlainText(),
            self.notes.toPlainText(),
        )
        db, actor, panel = self.page.session.db, self.page.session.actor, self.panel
        return lambda: panels.record_outcome(db, actor, panel.id, panel.version, outcome)


class RelayedDialog(WorkingDialog):
    def __init__(self, page: Page, shared: case_manager.SharedViews) -> None:
        super().__init__(page, tr("Relayed to the child — {victim_label}").format(victim_label=shared.victim_label))
        self.shared = shared
        self.relayed_on = date_edit()
        self.errors.add_row(self.form, tr("Relayed &on:"), "relayed_on", self.relayed_on)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, views_id = self.page.session.db, self.page.session.actor, self.shared.views_id
        when = date_of(self.relayed_on)
        return lambda: case_manager.record_relayed(db, actor, views_id, when)


class ReportSummaryDialog(WorkingDialog):
    """Choose the report; OK produces the consent-filtered summary (and logs the disclosure)."""

    def __init__(self, page: Page, child_id: int, case_label: str) -> None:
        super().__init__(page, tr("Victim information for a report — {case_label}").format(case_label=case_label))
        self.child_id = child_id
        self.purpose = combo({key: label for key, (label, _kind) in case_manager.REPORT_PURPOSES.items()})
        self.basis = combo({basis: basis for basis in disclosures.LAWFUL_BASES})
        self.errors.add_row(self.form, tr("&Report:"), "purpose", self.purpose)
        self.errors.add_row(self.form, tr("&Lawful basis:"), "lawful_basis", self.basis)
        note = QLabel(tr("Only what each victim agreed to share is included. The sharing is logged as a disclosure."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, child_id = self.page.session.db, self.page.session.actor, self.child_id
        purpose, basis = self.purpose.currentData(), self.basis.currentData()
        return lambda: case_manager.report_summary(db, actor, child_id, purpose, lawful_basis=basis)


class TextResultDialog(QDialog):
    """Read-only text with Copy and Save as… (a summary to paste into the CMS report)."""

    def __init__(self, parent: Page, title: str, text: str, suggested_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 460)
        self.text = text
        self.suggested_name = suggested_name
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(title)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("&Copy"))
        self.save_button = QPushButton(tr("&Save as…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the summary"), self.suggested_name, tr("Text (*.txt)"))
        if path:
            with open(path, "w", encoding="utf-8") as out:
                out.write(self.text)


class DisclosureDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int, children: list[tuple[int, str]]) -> None:
        super().__init__(page, tr("Record a disclosure"))
        self.setMinimumWidth(560)
        self.victim_id = victim_id
        self.kind = combo(disclosures.RECIPIENT_KINDS)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(tr("e.g. PC 1234, Northshire Police"))
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.addItems(list(disclosures.LAWFUL_BASES))
        self.reason = QLineEdit()
        self.what = QPlainTextEdit()
        self.what.setMaximumHeight(70)
        self.what.setPlaceholderText(tr("What was shared, in words (do not paste the information itself)"))
        self.child = QComboBox()
        self.child.addItem(tr("Not about one child's case"), None)
        for child_id, label in children:
            self.child.addItem(label, child_id)
        self.disclosed_on = date_edit()
        for label, name, widget in (
            (tr("&To:"), "recipient_kind", self.kind),
            (tr("&Recipient:"), "recipient", self.recipient),
            (tr("&Lawful basis:"), "lawful_basis", self.basis),
            (tr("Re&ason:"), "reason", self.reason),
            (tr("&What was shared:"), "what", self.what),
            (tr("&Child's case:"), "child_id", self.child),
            (tr("&On:"), "disclosed_on", self.disclosed_on),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        new = disclosures.NewDisclosure(
            recipient_kind=self.kind.currentData(),
            recipient=self.recipient.text(),
            lawful_basis=self.basis.currentText(),
            reason=self.reason.text(),
            what=self.what.toPlainText(),
            disclosed_on=date_of(self.disclosed_on),
            victim_id=self.victim_id,
            child_id=self.child.currentData(),
        )
        db, actor = self.page.session.db, self.page.session.actor
        return lambda: disclosures.record_disclosure(db, actor, new)


class MergeDialog(WorkingDialog):
    """Merge a duplicate into this (surviving) record: choose it from the likely duplicates."""

    def __init__(self, page: Page, survivor_id: int, candidates: list[identities.DuplicateCandidate]) -> None:
        super().__init__(page, tr("Merge a duplicate into this record"))
        self.setMinimumWidth(560)
        self.survivor_id = survivor_id
        self.candidates = QListWidget()
        for candidate in candidates:
            born = (
                tr(", born {date}").format(date=date_text(candidate.date_of_birth)) if candidate.date_of_birth else ""
            )
            item = QListWidgetItem(f"{candidate.reference} — {candidate.display_name}{born}")
            item.setData(256, candidate.victim_id)
            self.candidates.addItem(item)
        if candidates:
            self.candidates.setCurrentRow(0)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Why these are the same person (e.g. same name, date of birth and phone)"))
        self.errors.add_row(self.form, tr("&Duplicate:"), "duplicate_id", self.candidates)
        self.errors.add_row(self.form, tr("&Why:"), "reason", self.reason)
        explain = QLabel(
            tr(
                "The duplicate's referrals, consent, contacts, duties, views and safety records move onto this record; "
                "the duplicate disappears from lists. Unmerging later puts everything back exactly."
            )
            if candidates
            else tr("No likely duplicate: no other record has this name and date of birth.")
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.finish_layout()

    def work(self) -> Any:
        item = self.candidates.currentItem()
        if item is None:
            raise ValidationError(tr("Choose the duplicate record."), {"duplicate_id": tr("Choose one.")})
        db, actor, survivor, duplicate = self.page.session.db, self.page.session.actor, self.survivor_id, item.data(256)
        reason = self.reason.text()
        return lambda: identities.merge_victims(db, actor, survivor, duplicate, reason)


class UnmergeDialog(WorkingDialog):
    def __init__(self, page: Page, merges: list[identities.MergeInfo]) -> None:
        super().__init__(page, tr("Merged records"))
        self.setMinimumWidth(560)
        self.merges = QListWidget()
        for merge in merges:
            item = QListWidgetItem(
                tr("{merged_reference} — {merged_name}, merged {date} by {merged_by}: {reason}").format(
                    merged_reference=merge.merged_reference,
                    merged_name=merge.merged_name,
                    date=date_text(merge.merged_at),
                    merged_by=merge.merged_by,
                    reason=merge.reason,
                )
            )
            item.setData(256, merge.id)
            self.merges.addItem(item)
        if merges:
            self.merges.setCurrentRow(0)
        self.reason = QLineEdit()
        self.errors.add_row(self.form, tr("&Merged record:"), "merge_id", self.merges)
        self.errors.add_row(self.form, tr("&Why undo:"), "reason", self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Unmerge"))
        self.finish_layout()

    def work(self) -> Any:
        item = self.merges.currentItem()
        if item is None:
            raise ValidationError(tr("There is no merged record to undo."), {"merge_id": tr("None.")})
        db, actor, merge_id, reason = self.page.session.db, self.page.session.actor, item.data(256), self.reason.text()
        return lambda: identities.unmerge_victims(db, actor, merge_id, reason)


# --------------------------------------------------------------------------------------------------
# The child's case: children, offences, orders, case events, transfers
# --------------------------------------------------------------------------------------------------


class ChildDialog(WorkingDialog):
    """A new child, or (given ``existing``) the child's names, date of birth and case manager."""

    def __init__(
        self,
        page: Page,
        managers: list[cases.CaseManager],
        existing: cases.ChildCaseFile | None = None,
    ) -> None:
        super().__init__(page, tr("Edit the child") if existing else tr("New child"))
        self.existing = existing
        self.cms_ref = QLineEdit(existing.cms_ref if existing else "")
        self.cms_ref.setEnabled(existing is None)
        self.given = QLineEdit(existing.given_name if existing else "")
        self.family = QLineEdit(existing.family_name if existing else "")
        self.born = date_edit(existing.date_of_birth if existing else dt.date.today() - dt.timedelta(days=15 * 365))
        self.manager = QComboBox()
        self.manager.addItem(tr("No case manager yet"), None)
        for manager in managers:
            self.manager.addItem(manager.display_name, manager.id)
        if existing and existing.case_manager_id:
            self.manager.setCurrentIndex(max(0, self.manager.findData(existing.case_manager_id)))
        for label, name, widget in (
            (tr("CMS &reference:"), "cms_ref", self.cms_ref),
            (tr("&Given name:"), "given_name", self.given),
            (tr("&Family name:"), "family_name", self.family),
            (tr("&Date of birth:"), "date_of_birth", self.born),
            (tr("Case &manager:"), "case_manager_id", self.manager),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.manager.setEnabled(existing is not None)  # a new child gets a case manager once it exists
        self.finish_layout()

    def work(self) -> Any:
        db, actor = self.page.session.db, self.page.session.actor
        given, family, born = self.given.text(), self.family.text(), date_of(self.born)
        if self.existing is None:
            ref = self.cms_ref.text()
            return lambda: cases.create_child(db, actor, ref, given, family, born)
        child, manager = self.existing, self.manager.currentData()
        return lambda: cases.update_child(
            db,
            actor,
            child.id,
            child.version,
            given_name=given,
            family_name=family,
            date_of_birth=born,
            case_manager_id=manager,
        )


class OffenceDialog(WorkingDialog):
    def __init__(self, page: Page, child: cases.ChildCaseFile) -> None:
        super().__init__(page, tr("Add an offence — {cms_ref}").format(cms_ref=child.cms_ref))
        self.child = child
        self.ref = QLineEdit(f"OF{len(child.offences) + 1}")
        self.category = QLineEdit()
        self.category.setPlaceholderText(tr("e.g. Robbery, Criminal damage"))
        self.offence_date = date_edit()
        for label, name, widget in (
            (tr("Offence &id:"), "offence_ref", self.ref),
            (tr("&Category:"), "category", self.category),
            (tr("&Date:"), "offence_date", self.offence_date),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, child_id = self.page.session.db, self.page.session.actor, self.child.id
        ref, category, when = self.ref.text(), self.category.text(), date_of(self.offence_date)
        if not ref.strip() or not category.strip():
            raise ValidationError(tr("The offence id and category are required."), {"category": tr("Required.")})
        return lambda: cases.add_offence(db, actor, child_id, ref, category, when)


class OrderDialog(WorkingDialog):
    def __init__(self, page: Page, child: cases.ChildCaseFile) -> None:
        super().__init__(page, tr("New order — {cms_ref}").format(cms_ref=child.cms_ref))
        self.child = child
        self.disposal = combo({d: tr_code(d) for d in DISPOSALS})
        self.start = date_edit()
        self.offences = QListWidget()
        for offence in child.offences:
            item = QListWidgetItem(f"{offence.offence_ref} — {offence.category}")
            item.setData(256, offence.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.offences.addItem(item)
        for label, name, widget in (
            (tr("&Disposal:"), "disposal_type", self.disposal),
            (tr("&Made on:"), "start_date", self.start),
            (tr("&Offences it deals with:"), "offence_ids", self.offences),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        chosen = tuple(
            int(self.offences.item(i).data(256))
            for i in range(self.offences.count())
            if self.offences.item(i).checkState() == Qt.CheckState.Checked
        )
        if not chosen:
            raise ValidationError(tr("An order deals with at least one offence."), {"offence_ids": tr("Tick one.")})
        db, actor, child_id = self.page.session.db, self.page.session.actor, self.child.id
        disposal, start = self.disposal.currentData(), date_of(self.start)
        return lambda: cases.create_order(db, actor, child_id, disposal, start, chosen)


class CaseEventDialog(WorkingDialog):
    """A case event, a decision (or court planning) date, or the order's end — each starts its duties."""

    KINDS = {
        **{kind: labels.label(kind) for kind in CASE_EVENTS},
        "decision_date": tr_noop("Decision or court planning date (views are due before it)"),
        "end": tr_noop("The order ended"),
    }

    def __init__(self, page: Page, order: cases.OrderSummary, case_label: str) -> None:
        super().__init__(
            page, tr("Case event — {case}, {order}").format(case=case_label, order=tr_code(order.disposal_type))
        )
        self.order = order
        self.kind = combo(self.KINDS)
        self.when = date_edit()
        self.errors.add_row(self.form, tr("&What:"), "kind", self.kind)
        self.errors.add_row(self.form, tr("&On:"), "event_date", self.when)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, order_id = self.page.session.db, self.page.session.actor, self.order.id
        kind, when = self.kind.currentData(), date_of(self.when)
        if kind == "decision_date":
            return lambda: cases.set_decision_date(db, actor, order_id, when)
        if kind == "end":
            return lambda: cases.end_intervention(db, actor, order_id, when)
        return lambda: cases.record_case_event(db, actor, order_id, kind, when)


class TransferDialog(WorkingDialog):
    def __init__(self, page: Page, child: cases.ChildCaseFile) -> None:
        super().__init__(page, tr("Case transfer — {cms_ref}").format(cms_ref=child.cms_ref))
        self.setMinimumWidth(560)
        self.child = child
        self.direction = combo({"out": tr("To another service"), "in": tr("From another service")})
        self.other = QLineEdit()
        self.other.setPlaceholderText(tr("e.g. Southmoor Youth Justice Service"))
        self.when = date_edit()
        self.what = QPlainTextEdit()
        self.what.setMaximumHeight(80)
        self.what.setPlaceholderText(tr("What was sent or received, in words"))
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.addItems(list(disclosures.LAWFUL_BASES))
        self.reason = QLineEdit()
        for label, name, widget in (
            (tr("&Direction:"), "direction", self.direction),
            (tr("Other &service:"), "other_service", self.other),
            (tr("&On:"), "transferred_on", self.when),
            (tr("&What was shared:"), "shared", self.what),
            (tr("&Lawful basis (out):"), "lawful_basis", self.basis),
            (tr("&Reason (out):"), "reason", self.reason),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, child_id = self.page.session.db, self.page.session.actor, self.child.id
        other, when, what = self.other.text(), date_of(self.when), self.what.toPlainText()
        if self.direction.currentData() == "in":
            return lambda: transfers.record_transfer_in(db, actor, child_id, other, when, what)
        basis, reason = self.basis.currentText(), self.reason.text() or tr("The child's case moved to that service")
        return lambda: transfers.transfer_out(db, actor, child_id, other, when, what, basis, reason)


class KnownChildDialog(WorkingDialog):
    """Link a victim who is also a child known to the service to that child's record (or remove the link)."""

    def __init__(self, page: Page, victim_id: int, children: list[Any], current_ref: str | None) -> None:
        super().__init__(page, tr("Link to a child known to the service"))
        self.victim_id = victim_id
        self.child = QComboBox()
        self.child.addItem(tr("Not a child known to the service"), None)
        for child in children:
            self.child.addItem(f"{child.cms_ref} {child.name}", child.id)
            if child.cms_ref == current_ref:
                self.child.setCurrentIndex(self.child.count() - 1)
        self.errors.add_row(self.form, tr("&Child:"), "child_id", self.child)
        note = QLabel(tr("The victim's record stays as it is and points to the child's record; nothing is copied."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, victim_id, child_id = (
            self.page.session.db,
            self.page.session.actor,
            self.victim_id,
            self.child.currentData(),
        )
        return lambda: identities.link_known_child(db, actor, victim_id, child_id)
