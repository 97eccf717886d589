"""Dialogs of the victim liaison desk: new referral, triage, record a contact, record a consent decision,
defer or waive a duty. Each validates in the service and shows refusals next to the field; nothing is
saved until it is valid."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
)

from rjdesk.errors import ValidationError
from rjdesk.rules import labels
from rjdesk.rules.channels import CHANNEL_LABELS
from rjdesk.rules.consent import DECISIONS, METHODS, ConsentScope
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.services import consent, contacts, duties, referrals
from rjdesk.services.victim_record import ChildCase
from rjdesk.services.victims import ContactDetails, VictimDetails
from ui.i18n import tr, tr_core
from ui.pages.base import Page
from ui.widgets.forms import WorkingDialog


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value or dt.date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


def combo(options: dict[str, str]) -> QComboBox:
    """A choice of codes, each shown by its label in the interface's language: the labels may come from the
    core's tables or from ``tr_noop`` (translated here) or be translated already."""
    box = QComboBox()
    for value, label in options.items():
        box.addItem(tr_core(label), value)
    return box


class RecordContactDialog(WorkingDialog):
    """A phone call, visit, letter...: any attempt meets the first contact attempt; a contact made can also
    meet the duty it was for (views, progress update, told of the end)."""

    def __init__(
        self, page: Page, victim_id: int, child_id: int | None = None, for_duty: DutyCode | None = None
    ) -> None:
        super().__init__(page, tr("Record a contact"))
        self.victim_id, self.child_id = victim_id, child_id
        self.occurred_on = date_edit()
        self.channel = combo(CHANNEL_LABELS)
        self.outcome = combo(contacts.OUTCOME_LABELS)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("What was said or agreed (no more than the record needs)"))
        self.notes.setMaximumHeight(90)
        self.errors.add_row(self.form, tr("&Date:"), "occurred_on", self.occurred_on)
        self.errors.add_row(self.form, tr("&How:"), "channel", self.channel)
        self.errors.add_row(self.form, tr("&What happened:"), "outcome", self.outcome)
        self.errors.add_row(self.form, tr("&Notes:"), "notes", self.notes)
        self.meets: dict[DutyCode, QCheckBox] = {}
        for code, label in (
            (DutyCode.PROGRESS_UPDATE, tr("This gave the progress update the victim asked for")),
            (DutyCode.INTERVENTION_END, tr("This told the victim the intervention has concluded")),
        ):
            box = QCheckBox(label)
            box.setChecked(code == for_duty)
            self.meets[code] = box
            self.form.addRow("", box)
        self.finish_layout()

    def work(self) -> Any:
        new = contacts.NewContact(
            occurred_on=date_of(self.occurred_on),
            channel=self.channel.currentData(),
            outcome=self.outcome.currentData(),
            child_id=self.child_id,
            notes=self.notes.toPlainText(),
            meets_duty_codes=tuple(code for code, box in self.meets.items() if box.isChecked()),
        )
        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        return lambda: contacts.record_contact(db, actor, victim_id, new)


class ConsentDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int, children: list[tuple[int, str]]) -> None:
        super().__init__(page, tr("Record a consent decision"))
        self.victim_id = victim_id
        self.child = QComboBox()
        for child_id, label in children:
            self.child.addItem(label, child_id)
        self.child.addItem(tr("Not about one child's case"), None)
        self.scope = combo({s.value: s.label for s in ConsentScope})
        self.decision = combo({d: labels.label(d) for d in DECISIONS})
        self.decided_on = date_edit()
        self.method = combo({m: labels.label(m) for m in METHODS})
        self.source = combo(
            {
                "victim": tr("The victim"),
                "parent_carer": tr("A parent or carer"),
                "police_referral": tr("The police referral"),
            }
        )
        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText(tr("For a child victim: the parent or carer's name"))
        self.notes = QLineEdit()
        for label, name, widget in (
            (tr("&Child's case:"), "child_id", self.child),
            (tr("&About:"), "scope", self.scope),
            (tr("&Decision:"), "decision", self.decision),
            ("D&ate:", "decided_on", self.decided_on),
            (tr("&Method:"), "method", self.method),
            (tr("&From:"), "source", self.source),
            (tr("&Given by:"), "given_by", self.given_by),
            (tr("&Notes:"), "notes", self.notes),
        ):
            self.errors.add_row(self.form, label, name, widget)
        note = QLabel(
            tr(
                "Consent can be withdrawn at any time. Refusing or withdrawing contact closes the open "
                "contact duties for that case; the history is kept."
            )
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def work(self) -> Any:
        new = consent.NewConsent(
            child_id=self.child.currentData(),
            scope=ConsentScope(self.scope.currentData()),
            decision=self.decision.currentData(),
            decided_on=date_of(self.decided_on),
            method=self.method.currentData(),
            source=self.source.currentData(),
            given_by=self.given_by.text(),
            notes=self.notes.text(),
        )
        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        return lambda: consent.record_consent(db, actor, victim_id, new)


class DutyDecisionDialog(WorkingDialog):
    """Defer a duty for a safety reason (with a review date), waive it, or mark it not applicable."""

    def __init__(self, page: Page, duty: duties.DutyInfo) -> None:
        super().__init__(page, f"{duty.title} — {duty.victim_reference}")
        self.duty = duty
        self.defer = QRadioButton(tr("&Defer for a safety reason"))
        self.waive = QRadioButton(tr("&Waive"))
        self.not_applicable = QRadioButton(tr("&Not applicable"))
        self.defer.setChecked(True)
        for button in (self.defer, self.waive, self.not_applicable):
            self.form.addRow("", button)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        self.review_date = date_edit(dt.date.today() + dt.timedelta(days=14))
        self.errors.add_row(self.form, tr("&Reason:"), "reason", self.reason)
        self.errors.add_row(self.form, tr("Re&view on:"), "review_date", self.review_date)
        self.defer.toggled.connect(self.review_date.setEnabled)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, duty = self.page.session.db, self.page.session.actor, self.duty
        reason = self.reason.toPlainText()
        if self.defer.isChecked():
            review = date_of(self.review_date)
            return lambda: duties.defer_duty(db, actor, duty.id, reason, review, duty.version_id)
        status = DutyStatus.WAIVED if self.waive.isChecked() else DutyStatus.NOT_APPLICABLE
        return lambda: duties.waive_duty(db, actor, duty.id, reason, duty.version_id, status)


class MeetDutyDialog(WorkingDialog):
    def __init__(self, page: Page, duty: duties.DutyInfo) -> None:
        super().__init__(page, tr("Mark as met: {title}").format(title=duty.title))
        self.duty = duty
        self.met_on = date_edit()
        self.note = QLineEdit()
        self.errors.add_row(self.form, tr("&Met on:"), "met_on", self.met_on)
        self.errors.add_row(self.form, tr("&How:"), "note", self.note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, duty, met_on, note = (
            self.page.session.db,
            self.page.session.actor,
            self.duty,
            date_of(self.met_on),
            self.note.text(),
        )
        return lambda: duties.meet_duty(db, actor, duty.id, met_on, duty.version_id, note)


class TriageDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int) -> None:
        super().__init__(page, tr("Priority triage"))
        self.victim_id = victim_id
        self.decided_on = date_edit()
        self.safe = QRadioButton(tr("Contact is &safe now"))
        self.not_yet = QRadioButton(tr("Contact is &not safe yet — defer the first contact"))
        self.safe.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            tr("Who was consulted (officer in the case, ISVA, social care) and what was decided")
        )
        self.notes.setMaximumHeight(90)
        self.review_date = date_edit(dt.date.today() + dt.timedelta(days=7))
        self.review_date.setEnabled(False)
        self.not_yet.toggled.connect(self.review_date.setEnabled)
        self.errors.add_row(self.form, tr("&Decided on:"), "decided_on", self.decided_on)
        self.form.addRow("", self.safe)
        self.form.addRow("", self.not_yet)
        self.errors.add_row(self.form, tr("&Notes:"), "notes", self.notes)
        self.errors.add_row(self.form, tr("&Review on:"), "review_date", self.review_date)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        decided_on, safe, notes = date_of(self.decided_on), self.safe.isChecked(), self.notes.toPlainText()
        review = None if safe else date_of(self.review_date)
        return lambda: referrals.record_triage(
            db, actor, victim_id, decided_on=decided_on, contact_is_safe=safe, notes=notes, review_date=review
        )


class NewReferralDialog(WorkingDialog):
    """A police referral: the child's case and offences, the victim, their contact details and safety flags."""

    def __init__(self, page: Page, children: list[ChildCase]) -> None:
        super().__init__(page, tr("New referral"))
        self.cases = children
        self.child = QComboBox()
        for case in children:
            self.child.addItem(f"{case.cms_ref} — {case.name}", case.id)
        self.offences = QListWidget()
        self.offences.setMaximumHeight(90)
        self.child.currentIndexChanged.connect(self._show_offences)
        self.received_on = date_edit()
        self.basis = combo(
            {
                "consented": tr("Victim consented to the referral"),
                "did_not_object": tr("Victim did not object"),
                "objected": tr("Victim objected"),
            }
        )
        self.police_ref = QLineEdit()
        self.existing = QLineEdit()
        self.existing.setPlaceholderText(tr("Already known? Their victim reference, e.g. V000012 — else leave empty"))
        self.kind = combo(
            {
                "individual": tr("A person"),
                "organisation": tr("A business or organisation"),
                "professional": tr("A professional harmed in their role"),
                "unidentified": tr("Unidentified (details withheld)"),
            }
        )
        self.name = QLineEdit()
        self.organisation_contact = QLineEdit()
        self.has_birth_date = QCheckBox(tr("Date of birth known"))
        self.birth_date = date_edit(dt.date(1990, 1, 1))
        self.birth_date.setEnabled(False)
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.safe_phone = QCheckBox(tr("Safe to phone"))
        self.safe_write = QCheckBox(tr("Safe to write"))
        self.safe_message = QCheckBox(tr("Safe to leave a message"))
        self.enhanced = combo(
            {
                "": tr("Not recorded (under-18s are enhanced automatically)"),
                **{c: labels.label(c) for c in referrals.ENHANCED_CATEGORIES},
            }
        )
        self.enhanced_reason = QLineEdit()
        rows = (
            (tr("C&hild's case:"), "child_id", self.child),
            ("O&ffences:", "offence_ids", self.offences),
            (tr("&Received on:"), "received_on", self.received_on),
            (tr("&Basis:"), "basis", self.basis),
            (tr("&Police reference:"), "police_ref", self.police_ref),
            (tr("E&xisting victim:"), "victim_reference", self.existing),
            (tr("&Victim is:"), "kind", self.kind),
            (tr("&Name:"), "display_name", self.name),
            (tr("Named &contact:"), "organisation_contact_name", self.organisation_contact),
            ("", "has_birth_date", self.has_birth_date),
            (tr("Date of &birth:"), "date_of_birth", self.birth_date),
            ("P&hone:", "phone", self.phone),
            (tr("&Address:"), "address", self.address),
            ("", "safe_to_phone", self.safe_phone),
            ("", "safe_to_write", self.safe_write),
            ("", "safe_to_leave_message", self.safe_message),
            (tr("&Enhanced rights:"), "enhanced_category", self.enhanced),
            (tr("&Why enhanced:"), "enhanced_reason", self.enhanced_reason),
        )
        for label, name, widget in rows:
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()
        self._show_offences()

    def _show_offences(self) -> None:
        self.offences.clear()
        index = self.child.currentIndex()
        if index < 0:
            return
        for offence_id, ref, category in self.cases[index].offences:
            item = QListWidgetItem(f"{ref} — {category}")
            item.setData(Qt.ItemDataRole.UserRole, offence_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.offences.count() == 0 else Qt.CheckState.Unchecked)
            self.offences.addItem(item)

    def chosen_offences(self) -> tuple[int, ...]:
        return tuple(
            self.offences.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.offences.count())
            if self.offences.item(i).checkState() == Qt.CheckState.Checked
        )

    def work(self) -> Any:
        details = VictimDetails(
            kind=self.kind.currentData(),
            display_name=self.name.text(),
            date_of_birth=date_of(self.birth_date) if self.has_birth_date.isChecked() else None,
            organisation_contact_name=self.organisation_contact.text() or None,
        )
        contact = None
        if self.phone.text().strip() or self.address.text().strip():
            contact = ContactDetails(
                address=self.address.text() or None,
                phone=self.phone.text() or None,
                safe_to_phone=self.safe_phone.isChecked(),
                safe_to_write=self.safe_write.isChecked(),
                safe_to_leave_message=self.safe_message.isChecked(),
            )
        referral = referrals.NewReferral(
            child_id=self.child.currentData(),
            offence_ids=self.chosen_offences(),
            received_on=date_of(self.received_on),
            basis=self.basis.currentData(),
            police_ref=self.police_ref.text(),
            details=details,
            contact=contact,
            enhanced_category=self.enhanced.currentData() or None,
            enhanced_reason=self.enhanced_reason.text() or None,
        )
        db, actor, existing = self.page.session.db, self.page.session.actor, self.existing.text().strip()

        def receive() -> referrals.ReferralResult:
            chosen = referral
            if existing:  # one identity across children: link the known victim, enter no new details
                from dataclasses import replace

                from rjdesk.services.victims import find_by_reference

                known = find_by_reference(db, actor, existing)
                chosen = replace(referral, victim_id=known.id, details=None, contact=None)
            return referrals.receive_referral(db, actor, chosen)

        return receive


class EditVictimDialog(WorkingDialog):
    """Details and needs. Saved against the version that was opened: a colleague's later save is a conflict."""

    def __init__(
        self, page: Page, victim_id: int, details: VictimDetails, version_id: int, enhanced_category: str | None = None
    ) -> None:
        super().__init__(page, tr("Edit details and needs"))
        self.victim_id, self.version_id = victim_id, version_id
        self.is_child_known_to_yjs = details.is_child_known_to_yjs  # not edited here: kept as it was
        self.kind = combo(
            {
                "individual": tr("A person"),
                "organisation": tr("A business or organisation"),
                "professional": tr("A professional harmed in their role"),
                "unidentified": tr("Unidentified"),
            }
        )
        self.kind.setCurrentIndex(self.kind.findData(details.kind))
        self.name = QLineEdit(details.display_name)
        self.organisation_contact = QLineEdit(details.organisation_contact_name or "")
        self.has_birth_date = QCheckBox(tr("Date of birth known"))
        self.has_birth_date.setChecked(details.date_of_birth is not None)
        self.birth_date = date_edit(details.date_of_birth or dt.date(1990, 1, 1))
        self.birth_date.setEnabled(details.date_of_birth is not None)
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.language = QLineEdit(details.preferred_language or "")
        self.language.setPlaceholderText(tr("Any language, e.g. Polish"))
        self.welsh = combo(
            {"": tr("Not asked yet"), "english": tr("English"), "welsh": tr("Welsh"), "bilingual": tr("Bilingual")}
        )
        self.welsh.setCurrentIndex(self.welsh.findData(details.welsh_language_choice or ""))
        self.channel = combo({"": tr("Not asked yet"), **CHANNEL_LABELS})
        self.channel.setCurrentIndex(self.channel.findData(details.preferred_channel or ""))
        self.channel.setToolTip(
            tr(
                "A letter, email or text meets a progress update or the news that the intervention has ended only "
                "when the victim chose that way of hearing from us."
            )
        )
        self.interpreter = QCheckBox(tr("Needs an interpreter"))
        self.interpreter.setChecked(details.needs_interpreter)
        self.bsl = QCheckBox(tr("Needs BSL"))
        self.bsl.setChecked(details.needs_bsl)
        self.easy_read = QCheckBox(tr("Needs easy read"))
        self.easy_read.setChecked(details.needs_easy_read)
        self.other_needs = QLineEdit(details.other_needs or "")
        self.household = QCheckBox(tr("Lives in the child's own household"))
        self.household.setChecked(details.lives_in_child_household)
        self.enhanced = combo(
            {
                "": tr("No recorded category (under-18s are enhanced automatically)"),
                **{c: labels.label(c) for c in referrals.ENHANCED_CATEGORIES},
            }
        )
        self.enhanced.setCurrentIndex(self.enhanced.findData(enhanced_category or ""))
        self.initial_enhanced = enhanced_category or ""
        self.enhanced_reason = QLineEdit()
        self.enhanced_reason.setPlaceholderText(tr("Needed when the enhanced-rights category changes"))
        for label, name, widget in (
            (tr("&Victim is:"), "kind", self.kind),
            (tr("&Name:"), "display_name", self.name),
            (tr("Named &contact:"), "organisation_contact_name", self.organisation_contact),
            ("", "has_birth_date", self.has_birth_date),
            (tr("Date of &birth:"), "date_of_birth", self.birth_date),
            (tr("Preferred &language:"), "preferred_language", self.language),
            (tr("&Welsh language choice:"), "welsh_language_choice", self.welsh),
            (tr("&How they want to hear from us:"), "preferred_channel", self.channel),
            ("", "needs_interpreter", self.interpreter),
            ("", "needs_bsl", self.bsl),
            ("", "needs_easy_read", self.easy_read),
            (tr("&Other needs:"), "other_needs", self.other_needs),
            ("", "lives_in_child_household", self.household),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import victims

        details = VictimDetails(
            kind=self.kind.currentData(),
            display_name=self.name.text(),
            date_of_birth=date_of(self.birth_date) if self.has_birth_date.isChecked() else None,
            organisation_contact_name=self.organisation_contact.text() or None,
            preferred_language=self.language.text() or None,
            welsh_language_choice=self.welsh.currentData() or None,
            preferred_channel=self.channel.currentData() or None,
            needs_interpreter=self.interpreter.isChecked(),
            needs_bsl=self.bsl.isChecked(),
            needs_easy_read=self.easy_read.isChecked(),
            other_needs=self.other_needs.text() or None,
            lives_in_child_household=self.household.isChecked(),
            is_child_known_to_yjs=self.is_child_known_to_yjs,
        )
        db, actor, victim_id, version = self.page.session.db, self.page.session.actor, self.victim_id, self.version_id
        category, reason = self.enhanced.currentData() or None, self.enhanced_reason.text()
        reassessed = (category or "") != self.initial_enhanced

        def save() -> Any:
            if reassessed:  # first, so a missing reason refuses the whole save
                referrals.assess_enhanced(db, actor, victim_id, category, reason, dt.date.today())
                current = victims.get_victim(db, actor, victim_id).version_id
            else:
                current = version
            return victims.update_victim(db, actor, victim_id, details, current)

        return save


class ViewsDialog(WorkingDialog):
    """Views, impact and wishes; the summary the victim agreed to share is what the child's worker sees."""

    def __init__(self, page: Page, victim_id: int, children: list[tuple[int, str]]) -> None:
        super().__init__(page, tr("Record views, impact and wishes"))
        self.victim_id = victim_id
        self.child = QComboBox()
        for child_id, label in children:
            self.child.addItem(label, child_id)
        self.child.addItem(tr("Not about one child's case"), None)
        self.recorded_on = date_edit()
        self.views = QPlainTextEdit()
        self.impact = QPlainTextEdit()
        self.wishes = QPlainTextEdit()
        self.wishes.setPlaceholderText(tr("Preferred forms of RJ, reparation wishes, questions for the child"))
        self.shareable = QPlainTextEdit()
        self.shareable.setPlaceholderText(tr("Only what the victim agreed may be shared with the child's worker"))
        for edit in (self.views, self.impact, self.wishes, self.shareable):
            edit.setMaximumHeight(70)
        self.vps = combo(
            {"": tr("Not known"), "made": tr("Made"), "not_made": tr("Not made"), "offered": tr("Offered")}
        )
        for label, name, widget in (
            (tr("&Child's case:"), "child_id", self.child),
            (tr("&Date:"), "recorded_on", self.recorded_on),
            (tr("&Views:"), "views", self.views),
            (tr("&Impact:"), "impact", self.impact),
            (tr("&Wishes:"), "wishes", self.wishes),
            (tr("&Shareable summary:"), "shareable_summary", self.shareable),
            (tr("Victim &Personal Statement:"), "vps_status", self.vps),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        record = contacts.ViewsRecord(
            0,
            self.child.currentData(),
            date_of(self.recorded_on),
            self.views.toPlainText() or None,
            self.impact.toPlainText() or None,
            self.wishes.toPlainText() or None,
            self.shareable.toPlainText() or None,
            self.vps.currentData() or None,
            None,
        )
        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        return lambda: contacts.record_views(db, actor, victim_id, record)


class ComplaintDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int) -> None:
        super().__init__(page, tr("Record a complaint (Victims' Code Right 12)"))
        self.victim_id = victim_id
        self.received_on = date_edit()
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(90)
        self.errors.add_row(self.form, tr("&Received on:"), "received_on", self.received_on)
        self.errors.add_row(self.form, tr("&Summary:"), "summary", self.summary)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        received, summary = date_of(self.received_on), self.summary.toPlainText()
        return lambda: contacts.record_complaint(db, actor, victim_id, received, summary)


class AllocateDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int, workers: list[Any], current: int | None) -> None:
        super().__init__(page, tr("Allocate the case"))
        self.victim_id = victim_id
        self.worker = QComboBox()
        for worker in workers:
            self.worker.addItem(f"{worker.display_name} ({worker.username})", worker.id)
        if current is not None:
            self.worker.setCurrentIndex(self.worker.findData(current))
        self.errors.add_row(self.form, tr("&Worker:"), "worker_id", self.worker)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import caseload

        db, actor, victim_id, worker = (
            self.page.session.db,
            self.page.session.actor,
            self.victim_id,
            self.worker.currentData(),
        )
        return lambda: caseload.assign_worker(db, actor, victim_id, worker)


class CoverDialog(WorkingDialog):
    def __init__(self, page: Page, workers: list[Any]) -> None:
        super().__init__(page, tr("Arrange cover"))
        self.absent = QComboBox()
        self.covering = QComboBox()
        for worker in workers:
            self.absent.addItem(worker.display_name, worker.id)
            self.covering.addItem(worker.display_name, worker.id)
        self.covering.setCurrentIndex(min(1, self.covering.count() - 1))
        self.starts_on = date_edit()
        self.ends_on = date_edit(dt.date.today() + dt.timedelta(days=7))
        for label, name, widget in (
            (tr("&Away:"), "absent_user_id", self.absent),
            (tr("&Covered by:"), "covering_user_id", self.covering),
            (tr("&From:"), "starts_on", self.starts_on),
            (tr("&Until:"), "ends_on", self.ends_on),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import caseload

        db, actor = self.page.session.db, self.page.session.actor
        absent, covering = self.absent.currentData(), self.covering.currentData()
        starts, ends = date_of(self.starts_on), date_of(self.ends_on)
        return lambda: caseload.arrange_cover(db, actor, absent, covering, starts, ends)


class CarerDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int) -> None:
        super().__init__(page, tr("Add a parent or carer"))
        self.victim_id = victim_id
        self.name = QLineEdit()
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(tr("e.g. mother, foster carer"))
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.suspect = QCheckBox(tr("This person is a suspect — do not contact the victim through them"))
        for label, name, widget in (
            (tr("&Name:"), "name", self.name),
            (tr("&Relationship:"), "relationship_to_victim", self.relationship),
            (tr("&Phone:"), "phone", self.phone),
            (tr("&Address:"), "address", self.address),
            ("", "is_suspect", self.suspect),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import caseload

        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        values = (
            self.name.text(),
            self.relationship.text(),
            self.phone.text() or None,
            self.address.text() or None,
            self.suspect.isChecked(),
        )
        return lambda: caseload.add_carer(db, actor, victim_id, *values)


class ContactDetailsDialog(WorkingDialog):
    """Restricted contact details and what is safe. Saved only if nobody changed them meanwhile."""

    def __init__(self, page: Page, victim_id: int, seen: ContactDetails | None) -> None:
        super().__init__(page, tr("Contact details"))
        self.victim_id, self.seen = victim_id, seen
        current = seen or ContactDetails()
        self.address = QLineEdit(current.address or "")
        self.postcode = QLineEdit(current.postcode or "")
        self.phone = QLineEdit(current.phone or "")
        self.email = QLineEdit(current.email or "")
        self.safe_write = QCheckBox(tr("Safe to write"))
        self.safe_write.setChecked(current.safe_to_write)
        self.safe_phone = QCheckBox(tr("Safe to phone"))
        self.safe_phone.setChecked(current.safe_to_phone)
        self.safe_message = QCheckBox(tr("Safe to leave a message"))
        self.safe_message.setChecked(current.safe_to_leave_message)
        self.household = QCheckBox(tr("This is the child's own household (violence in the home)"))
        self.household.setChecked(current.is_child_household_address)
        self.notes = QLineEdit(current.notes or "")
        for label, name, widget in (
            (tr("&Address:"), "address", self.address),
            ("P&ostcode:", "postcode", self.postcode),
            (tr("&Phone:"), "phone", self.phone),
            (tr("&Email:"), "email", self.email),
            ("", "safe_to_write", self.safe_write),
            ("", "safe_to_phone", self.safe_phone),
            ("", "safe_to_leave_message", self.safe_message),
            ("", "is_child_household_address", self.household),
            (tr("&Notes:"), "notes", self.notes),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import victims

        details = ContactDetails(
            address=self.address.text() or None,
            postcode=self.postcode.text() or None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            safe_to_write=self.safe_write.isChecked(),
            safe_to_phone=self.safe_phone.isChecked(),
            safe_to_leave_message=self.safe_message.isChecked(),
            is_child_household_address=self.household.isChecked(),
            notes=self.notes.text() or None,
        )
        db, actor, victim_id, seen = self.page.session.db, self.page.session.actor, self.victim_id, self.seen
        return lambda: victims.update_contact_details(db, actor, victim_id, details, seen)


class ConcernDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int) -> None:
        from rjdesk.services.safety import CONCERN_KINDS

        super().__init__(page, tr("Raise a safety concern"))
        self.victim_id = victim_id
        self.kind = combo(CONCERN_KINDS)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.urgent = QCheckBox(tr("&Urgent — alert the victim's worker and the managers now"))
        for label, name, widget in (
            (tr("&Kind:"), "kind", self.kind),
            (tr("&What happened:"), "description", self.description),
            ("", "urgent", self.urgent),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import safety

        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        kind, text, urgent = self.kind.currentData(), self.description.toPlainText(), self.urgent.isChecked()
        return lambda: safety.raise_concern(db, actor, victim_id, kind, text, urgent)


class RestrictionDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int, children: list[tuple[int, str]]) -> None:
        from rjdesk.services.safety import RESTRICTION_KINDS

        super().__init__(page, tr("Add a restriction on the child"))
        self.victim_id = victim_id
        self.child = QComboBox()
        for child_id, label in children:
            self.child.addItem(label, child_id)
        self.kind = combo(RESTRICTION_KINDS)
        self.about_victim = QCheckBox(tr("It protects this victim (no contact with them)"))
        self.about_victim.setChecked(True)
        self.areas = QLineEdit()
        self.areas.setPlaceholderText(tr("Exclusion zone: places or postcode districts, e.g. NB1, Northbridge market"))
        self.starts_on = date_edit()
        self.has_end = QCheckBox(tr("Has an end date"))
        self.ends_on = date_edit(dt.date.today() + dt.timedelta(days=90))
        self.ends_on.setEnabled(False)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.details = QLineEdit()
        for label, name, widget in (
            (tr("&Child:"), "child_id", self.child),
            (tr("&Kind:"), "kind", self.kind),
            ("", "victim_id", self.about_victim),
            (tr("&Areas:"), "areas", self.areas),
            (tr("&From:"), "starts_on", self.starts_on),
            ("", "has_end", self.has_end),
            (tr("&Until:"), "ends_on", self.ends_on),
            (tr("&Details:"), "details", self.details),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import safety

        db, actor = self.page.session.db, self.page.session.actor
        child_id, kind = self.child.currentData(), self.kind.currentData()
        starts = date_of(self.starts_on)
        ends = date_of(self.ends_on) if self.has_end.isChecked() else None
        victim_id = self.victim_id if self.about_victim.isChecked() else None
        areas, details = self.areas.text() or None, self.details.text() or None
        if child_id is None:
            raise ValidationError(tr("This victim is not linked to a child's case yet."), {"child_id": tr("No child.")})
        return lambda: safety.add_restriction(
            db, actor, child_id, kind, starts, ends_on=ends, victim_id=victim_id, areas=areas, details=details
        )


class SafetyActionDialog(WorkingDialog):
    def __init__(self, page: Page, victim_id: int) -> None:
        super().__init__(page, tr("Add a safety action"))
        self.victim_id = victim_id
        self.action = QLineEdit()
        self.owner = QLineEdit()
        self.due_on = date_edit(dt.date.today() + dt.timedelta(days=7))
        for label, name, widget in (
            (tr("&Action:"), "action", self.action),
            (tr("&Who:"), "owner", self.owner),
            (tr("&By:"), "due_on", self.due_on),
        ):
            self.errors.add_row(self.form, label, name, widget)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import safety

        db, actor, victim_id = self.page.session.db, self.page.session.actor, self.victim_id
        action, owner, due = self.action.text(), self.owner.text(), date_of(self.due_on)
        return lambda: safety.add_action(db, actor, victim_id, action, owner, due)


class SafetyPlanDialog(WorkingDialog):
    def __init__(
        self, page: Page, victim_id: int, contingency: str | None, review_date: dt.date | None, version_id: int | None
    ) -> None:
        super().__init__(page, tr("Contingency plan and review"))
        self.victim_id, self.version_id = victim_id, version_id
        self.contingency = QPlainTextEdit(contingency or "")
        self.contingency.setPlaceholderText(tr("What the victim and the service do if the child makes contact"))
        self.review_date = date_edit(review_date or dt.date.today() + dt.timedelta(days=28))
        self.errors.add_row(self.form, tr("&Contingency:"), "contingency", self.contingency)
        self.errors.add_row(self.form, tr("&Review on:"), "review_date", self.review_date)
        self.finish_layout()

    def work(self) -> Any:
        from rjdesk.services import safety

        db, actor, victim_id, version = self.page.session.db, self.page.session.actor, self.victim_id, self.version_id
        text, review = self.contingency.toPlainText(), date_of(self.review_date)
        return lambda: safety.save_plan(db, actor, victim_id, text, review, version)
