"""The victim record: details and needs, restricted contact details (only for roles allowed, and audited),
consent by child case with history, contact log, duties timeline, views, linked cases with their KPI 10
fields and what they mean, requests and complaints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rjdesk.errors import ValidationError
from rjdesk.rules.channels import CHANNEL_LABELS
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.letters import VICTIM_LETTERS, LetterKind
from rjdesk.rules.permissions import Permission
from rjdesk.services import victims
from rjdesk.services.caseload import CarerInfo
from rjdesk.services.contacts import OUTCOME_LABELS
from rjdesk.services.letters import letter_title
from rjdesk.services.victim_record import KPI10_MEANINGS, LinkedOffence, VictimFile, open_victim_file
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop, yes_no
from ui.models import Column, RowsModel, facts_html
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table

_open_windows: list[VictimWindow] = []


def open_victim_window(parent: Page, victim_id: int) -> VictimWindow:
    for window in _open_windows:
        if window.victim_id == victim_id and window.isVisible():
            window.raise_()
            window.activateWindow()
            return window
    window = VictimWindow(parent.session, victim_id, on_change=parent.refresh)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window


def _kpi_getter(key: str) -> Callable[[LinkedOffence], str]:
    return lambda link: link.kpi10[key]


class VictimWindow(Page):
    title = tr_noop("Victim record")

    def __init__(self, session: Session, victim_id: int, on_change: object = None) -> None:
        super().__init__(session)
        self.victim_id = victim_id
        self.on_change = on_change
        self.file: VictimFile | None = None
        self.seen_contact: victims.ContactDetails | None = None  # what the user saw: a changed save conflicts
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Victim record"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.header = QLabel(tr("Opening…"))
        self.header.setObjectName("victim_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        buttons = QHBoxLayout()
        self.contact_button = QPushButton(tr("Record a &contact…"))
        self.consent_button = QPushButton(tr("Record co&nsent…"))
        self.views_button = QPushButton(tr("Record &views…"))
        self.triage_button = QPushButton(tr("&Triage…"))
        self.edit_button = QPushButton(tr("&Edit details…"))
        self.complaint_button = QPushButton(tr("Co&mplaint…"))
        self.allocate_button = QPushButton(tr("&Allocate…"))
        for button in (
            self.contact_button,
            self.consent_button,
            self.views_button,
            self.triage_button,
            self.edit_button,
            self.complaint_button,
            self.allocate_button,
        ):
            buttons.addWidget(button)
        self.letter_button = QToolButton()
        self.letter_button.setText(tr("&Letter"))
        self.letter_button.setToolTip(tr("Write a letter to the victim: preview, save, record as sent"))
        self.letter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        letter_menu = QMenu(self.letter_button)
        for kind in VICTIM_LETTERS:
            letter_menu.addAction(f"{letter_title(kind)}…", partial(self.write_letter, kind))
        self.letter_button.setMenu(letter_menu)
        buttons.addWidget(self.letter_button)
        self.more_button = QToolButton()
        self.more_button.setText(tr("Mo&re"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.disclosure_action = more.addAction(tr("Record a &disclosure…"), self.record_disclosure)
        self.merge_action = more.addAction(tr("&Merge a duplicate into this record…"), self.merge_duplicate)
        self.unmerge_action = more.addAction(tr("Merged records and &unmerge…"), self.show_merges)
        self.known_child_action = more.addAction(tr("&Link to a child known to the service…"), self.link_known_child)
        self.subject_access_action = more.addAction(tr("&Subject access export…"), self.subject_access)
        self.more_button.setMenu(more)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.contact_button.clicked.connect(self.record_contact)
        self.consent_button.clicked.connect(self.record_consent)
        self.views_button.clicked.connect(self.record_views)
        self.triage_button.clicked.connect(self.triage)
        self.edit_button.clicked.connect(self.edit_details)
        self.complaint_button.clicked.connect(self.record_complaint)
        self.allocate_button.clicked.connect(self.allocate)
        can = session.actor.can
        self.contact_button.setEnabled(can(Permission.CONTACT_RECORD))
        self.letter_button.setEnabled(can(Permission.CONTACT_RECORD) and can(Permission.VICTIM_CONTACT_VIEW))
        self.consent_button.setEnabled(can(Permission.CONSENT_RECORD))
        for button in (self.views_button, self.edit_button, self.complaint_button):
            button.setEnabled(can(Permission.VICTIM_EDIT))
        self.allocate_button.setVisible(can(Permission.CASELOAD_ALLOCATE))
        self.disclosure_action.setEnabled(can(Permission.DISCLOSURE_RECORD))
        self.merge_action.setEnabled(can(Permission.VICTIM_EDIT))
        self.unmerge_action.setEnabled(can(Permission.VICTIM_EDIT))
        self.known_child_action.setEnabled(can(Permission.VICTIM_EDIT) and can(Permission.CASE_VIEW))
        self.subject_access_action.setVisible(can(Permission.SUBJECT_ACCESS))
        self.triage_button.hide()

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.details = QLabel()
        self.details.setObjectName("victim_details")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setWordWrap(True)
        self.tabs.addTab(self.details, tr("Deta&ils and needs"))
        self.contact_details = QLabel()
        self.contact_details.setObjectName("contact_details")
        self.contact_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.contact_details.setTextFormat(Qt.TextFormat.RichText)
        if session.actor.can(Permission.VICTIM_CONTACT_VIEW):
            contact_tab = QWidget()
            contact_layout = QVBoxLayout(contact_tab)
            contact_layout.addWidget(self.contact_details, 1)
            self.carer_button = QPushButton(tr("Add a parent or carer…"))
            self.carer_button.setEnabled(session.actor.can(Permission.VICTIM_CONTACT_EDIT))
            self.carer_button.clicked.connect(self.add_carer)
            self.edit_contact_button = QPushButton(tr("Edit contact details…"))
            self.edit_contact_button.setEnabled(session.actor.can(Permission.VICTIM_CONTACT_EDIT))
            self.edit_contact_button.clicked.connect(self.edit_contact_details)
            carer_row = QHBoxLayout()
            carer_row.addWidget(self.edit_contact_button)
            carer_row.addWidget(self.carer_button)
            carer_row.addStretch(1)
            contact_layout.addLayout(carer_row)
            self.contact_tab_index = self.tabs.addTab(contact_tab, tr("Contact detail&s"))
        else:
            self.contact_tab_index = -1
        self.links_model = RowsModel(
            [
                Column(tr("Child's case"), lambda link: f"{link.child_cms_ref} {link.child_name}"),
                Column(tr("Offence"), lambda link: f"{link.offence_ref} {link.category}"),
                Column(tr("Orders"), lambda link: ", ".join(link.disposals)),
                Column(tr("Not invited to RJ because"), lambda link: link.not_invited_to_rj_reason or ""),
                Column(
                    tr("KPI 10 values"),
                    lambda link: (
                        tr("derived from the work") if link.source == "rjdesk" else tr("imported, as recorded")
                    ),
                ),
                *(Column(key, _kpi_getter(key)) for key in KPI10_MEANINGS),
            ]
        )
        links = QWidget()
        links_layout = QVBoxLayout(links)
        self.links_table = list_table(self.links_model, tr("Linked cases and KPI 10 fields"), 1)
        links_layout.addWidget(self.links_table)
        self.referrals_model = RowsModel(
            [
                Column(tr("Police referral"), lambda r: r.police_ref or "—"),
                Column(tr("Basis"), lambda r: r.basis.replace("_", " ")),
                Column(tr("Requested"), lambda r: r.requested_on or ""),
                Column(tr("Received"), lambda r: r.received_on or ""),
                Column(tr("Last chased"), lambda r: r.chased_on or ""),
            ]
        )
        self.referrals_table = list_table(self.referrals_model, tr("Police referrals"), 0)
        self.referrals_table.setMaximumHeight(110)
        links_layout.addWidget(self.referrals_table)
        self.chase_button = QPushButton(tr("C&hased the police today"))
        self.chase_button.setEnabled(session.actor.can(Permission.VICTIM_EDIT))
        self.chase_button.clicked.connect(self.chase)
        self.not_invited_button = QPushButton(tr("Record wh&y the victim is not invited to RJ…"))
        self.not_invited_button.setEnabled(session.actor.can(Permission.VICTIM_EDIT))
        self.not_invited_button.clicked.connect(self.not_invited)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.chase_button)
        link_buttons.addWidget(self.not_invited_button)
        link_buttons.addStretch(1)
        links_layout.addLayout(link_buttons)
        meanings = QLabel(
            "<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in KPI10_MEANINGS.items())
            + tr("<br><i>KPI 10 fields are worked out from the record, never typed.</i>")
        )
        meanings.setObjectName("kpi10_meanings")
        meanings.setWordWrap(True)
        links_layout.addWidget(meanings)
        self.tabs.addTab(links, tr("Cases and &KPI 10"))
        self.consent_model = RowsModel(
            [
                Column(tr("Date"), lambda c: date_text(c.decided_on)),
                Column(tr("Child's case"), lambda c: self._child_label(c.child_id)),
                Column(tr("About"), lambda c: tr_core(c.scope.label)),
                Column(tr("Decision"), lambda c: tr_code(c.decision)),
                Column(tr("Method"), lambda c: tr_code(c.method)),
                Column(tr("From"), lambda c: c.given_by or tr_code(c.source)),
                Column(tr("Recorded by"), lambda c: c.recorded_by),
            ]
        )
        self.tabs.addTab(list_table(self.consent_model, tr("Consent history"), 2), tr("C&onsent"))
        self.contacts_model = RowsModel(
            [
                Column(tr("Date"), lambda c: date_text(c.occurred_on)),
                Column(tr("Kind"), lambda c: tr_code(c.kind)),
                Column(tr("How"), lambda c: tr_core(CHANNEL_LABELS.get(c.channel, c.channel))),
                Column(tr("What happened"), lambda c: tr_core(OUTCOME_LABELS.get(c.outcome, c.outcome))),
                Column(tr("Notes"), lambda c: c.notes or ""),
                Column(tr("By"), lambda c: c.recorded_by),
            ]
        )
        self.tabs.addTab(list_table(self.contacts_model, tr("Contact log"), 4), tr("Contact lo&g"))
        self.duties_model = RowsModel(
            [
                Column(tr("Due"), lambda d: date_text(d.due_date)),
                Column(tr("Duty"), lambda d: d.title),
                Column(tr("Status"), lambda d: tr_core(d.status.label)),
                Column(tr("Closed"), lambda d: d.closed_on or ""),
                Column(tr("Reason"), lambda d: d.status_reason or ""),
                Column(tr("Rule"), lambda d: f"v{d.rule_version}"),
            ]
        )
        self.tabs.addTab(list_table(self.duties_model, tr("Duties timeline"), 1), tr("D&uties"))
        self.views_model = RowsModel(
            [
                Column(tr("Recorded"), lambda v: date_text(v.recorded_on)),
                Column(tr("Views"), lambda v: v.views or ""),
                Column(tr("Impact"), lambda v: v.impact or ""),
                Column(tr("Wishes"), lambda v: v.wishes or ""),
                Column(tr("Shared summary"), lambda v: v.shareable_summary or ""),
            ]
        )
        self.tabs.addTab(list_table(self.views_model, tr("Views, impact and wishes"), 1), tr("Vie&ws"))
        self.complaints_model = RowsModel(
            [
                Column(tr("Received"), lambda c: date_text(c.received_on)),
                Column(tr("Summary"), lambda c: c.summary),
                Column(tr("Acknowledged"), lambda c: c.acknowledged_on or tr("not yet")),
            ]
        )
        complaints = QWidget()
        complaints_layout = QVBoxLayout(complaints)
        self.complaints_table = list_table(self.complaints_model, tr("Complaints"), 1)
        complaints_layout.addWidget(self.complaints_table)
        self.acknowledge_button = QPushButton(tr("Mark t&he selected complaint acknowledged today"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        complaints_layout.addWidget(self.acknowledge_button)
        self.tabs.addTab(complaints, tr("Com&plaints"))
        self.documents_model = RowsModel(
            [
                Column(tr("Title"), lambda d: d.title),
                Column(tr("File"), lambda d: d.filename),
                Column(tr("Size"), lambda d: f"{max(1, d.size // 1024)} KB"),
                Column(tr("Added"), lambda d: date_text(d.uploaded_at)),
            ]
        )
        documents = QWidget()
        documents_layout = QVBoxLayout(documents)
        self.documents_table = list_table(self.documents_model, tr("Documents"), 0)
        documents_layout.addWidget(self.documents_table)
        row = QHBoxLayout()
        self.attach_button = QPushButton(tr("Attac&h a file…"))
        self.save_copy_button = QPushButton(tr("Save a cop&y…"))
        self.attach_button.clicked.connect(self.attach)
        self.save_copy_button.clicked.connect(self.save_copy)
        self.attach_button.setEnabled(can(Permission.VICTIM_EDIT))
        row.addWidget(self.attach_button)
        row.addWidget(self.save_copy_button)
        row.addStretch(1)
        documents_layout.addLayout(row)
        self.tabs.addTab(documents, tr("&Documents"))
        safety_tab = QWidget()
        safety_layout = QVBoxLayout(safety_tab)
        self.safety_summary = QLabel()
        self.safety_summary.setObjectName("safety_summary")
        self.safety_summary.setWordWrap(True)
        self.safety_summary.setTextFormat(Qt.TextFormat.RichText)
        safety_layout.addWidget(self.safety_summary)
        self.concerns_model = RowsModel(
            [
                Column(tr("Raised"), lambda c: date_text(c.raised_on)),
                Column(tr("Concern"), lambda c: (tr("URGENT · ") if c.urgent else "") + c.description),
                Column(tr("Resolved"), lambda c: c.resolved_on or "open"),
            ]
        )
        safety_layout.addWidget(list_table(self.concerns_model, tr("Safety concerns"), 1))
        self.restrictions_model = RowsModel(
            [
                Column(tr("Child"), lambda r: r.child_cms_ref),
                Column(tr("Restriction"), lambda r: r.kind.replace("_", " ")),
                Column(tr("Areas / details"), lambda r: r.areas or r.details or ""),
                Column(tr("From"), lambda r: date_text(r.starts_on)),
                Column(tr("Until"), lambda r: r.ends_on or "—"),
            ]
        )
        safety_layout.addWidget(list_table(self.restrictions_model, tr("Restrictions on the child"), 2))
        self.actions_model = RowsModel(
            [
                Column(tr("Action"), lambda a: a.action),
                Column(tr("Who"), lambda a: a.owner),
                Column(tr("By"), lambda a: a.due_on or ""),
                Column(tr("Done"), lambda a: a.done_on or tr("not yet")),
            ]
        )
        safety_layout.addWidget(list_table(self.actions_model, tr("Safety actions"), 0))
        safety_buttons = QHBoxLayout()
        self.concern_button = QPushButton(tr("Raise a safet&y concern…"))
        self.restriction_button = QPushButton(tr("Add a restriction…"))
        self.action_button = QPushButton(tr("Add an action…"))
        self.plan_button = QPushButton(tr("Contingency and review…"))
        for button, slot in (
            (self.concern_button, self.raise_concern),
            (self.restriction_button, self.add_restriction),
            (self.action_button, self.add_safety_action),
            (self.plan_button, self.edit_plan),
        ):
            button.setEnabled(can(Permission.VICTIM_EDIT))
            button.clicked.connect(slot)
            safety_buttons.addWidget(button)
        safety_buttons.addStretch(1)
        safety_layout.addLayout(safety_buttons)
        self.safety_tab_index = self.tabs.addTab(safety_tab, tr("Sa&fety"))
        self.plan: object = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self.refresh()

    def _child_label(self, child_id: int | None) -> str:
        if self.file is None or child_id is None:
            return "—"
        for link in self.file.links:
            if link.child_id == child_id:
                return link.child_cms_ref
        return str(child_id)

    def refresh(self) -> None:
        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        self.run_latest("file", lambda: open_victim_file(db, actor, victim_id), self._show)

    def _show(self, file: VictimFile) -> None:
        self.file = file
        record, details = file.record, file.record.details
        self.setWindowTitle(
            tr("{display_name} ({reference}) — victim record").format(
                display_name=details.display_name, reference=record.reference
            )
        )
        badges = []
        if file.enhanced:
            badges.append(tr("<span style='background:#1f5f8b;color:white;padding:2px 6px'>Enhanced rights</span>"))
        if record.safety_flag:
            badges.append(tr("<span style='background:#b00020;color:white;padding:2px 6px'>⚠ Safety concern</span>"))
        self.header.setText(
            f"<h2>{escape(details.display_name)}</h2>{escape(record.reference)} · "
            f"{escape(tr_code(details.kind))} · {escape(tr_code(record.status))} {' '.join(badges)}"
        )
        needs = [
            n
            for n, on in (
                (tr("interpreter"), details.needs_interpreter),
                (tr("BSL"), details.needs_bsl),
                (tr("easy read"), details.needs_easy_read),
            )
            if on
        ]
        born = date_text(details.date_of_birth) if details.date_of_birth else tr("not known")
        self.details.setText(
            facts_html(
                (tr("Date of birth:"), born),
                (tr("Preferred language:"), escape(details.preferred_language or tr("not recorded"))),
                (
                    tr("Welsh language choice:"),
                    escape(
                        tr_code(details.welsh_language_choice) if details.welsh_language_choice else tr("not asked yet")
                    ),
                ),
                (
                    tr("Wants to hear from us by:"),
                    escape(
                        tr_core(CHANNEL_LABELS[details.preferred_channel])
                        if details.preferred_channel in CHANNEL_LABELS
                        else tr("not asked yet")
                    ),
                ),
                (tr("Communication needs:"), escape(", ".join(needs) or tr("none recorded"))),
                (tr("Other needs:"), escape(details.other_needs or "—")),
                (tr("Lives in the child's household:"), yes_no(details.lives_in_child_household)),
                (tr("Organisation contact:"), escape(details.organisation_contact_name or "—")),
                (tr("Also a child known to the service:"), escape(record.known_child_ref or tr("no"))),
            )
        )
        self.links_model.set_rows(file.links)
        self.consent_model.set_rows(file.consents)
        self.contacts_model.set_rows(file.contacts)
        self.duties_model.set_rows(file.duties)
        self.views_model.set_rows(file.views)
        self.complaints_model.set_rows(file.complaints)
        self.referrals_model.set_rows(file.referrals)
        self.links_table_resize()
        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        from rjdesk.services import caseload, safety

        self.run_latest("safety", lambda: safety.get_plan(db, actor, victim_id), self._show_safety)
        self.run_latest(
            "documents", lambda: caseload.list_documents(db, actor, victim_id), self.documents_model.set_rows
        )
        open_triage = any(d.code == DutyCode.PRIORITY_TRIAGE and d.status == DutyStatus.OPEN for d in file.duties)
        self.triage_button.setVisible(open_triage and self.session.actor.can(Permission.DUTY_MANAGE))
        if self.tabs.currentIndex() == self.contact_tab_index:
            self._load_contact_details()

    def _show_safety(self, plan: object) -> None:
        from rjdesk.services.safety import SafetyPlanView

        assert isinstance(plan, SafetyPlanView)
        self.plan = plan
        review = date_text(plan.review_date) if plan.review_date else tr("not set")
        self.safety_summary.setText(
            facts_html(
                (tr("Contingency:"), escape(plan.contingency or tr("none recorded"))), (tr("Plan review:"), review)
            )
        )
        self.concerns_model.set_rows(plan.concerns)
        self.restrictions_model.set_rows(plan.restrictions)
        self.actions_model.set_rows(plan.actions)

    def raise_concern(self) -> None:
        from ui.casework import ConcernDialog

        self._after_change(ConcernDialog(self, self.victim_id).exec())

    def add_restriction(self) -> None:
        from ui.casework import RestrictionDialog

        self._after_change(RestrictionDialog(self, self.victim_id, self._children()).exec())

    def add_safety_action(self) -> None:
        from ui.casework import SafetyActionDialog

        self._after_change(SafetyActionDialog(self, self.victim_id).exec())

    def edit_plan(self) -> None:
        from rjdesk.services.safety import SafetyPlanView
        from ui.casework import SafetyPlanDialog

        plan = self.plan if isinstance(self.plan, SafetyPlanView) else None
        dialog = SafetyPlanDialog(
            self,
            self.victim_id,
            plan.contingency if plan else None,
            plan.review_date if plan else None,
            plan.version_id if plan else None,
        )
        self._after_change(dialog.exec())

    def links_table_resize(self) -> None:
        self.links_table.resizeColumnsToContents()

    def _tab_changed(self, index: int) -> None:
        if index == self.contact_tab_index:
            self._load_contact_details()  # loaded (and audited) only when someone looks

    def _load_contact_details(self) -> None:
        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        from rjdesk.services import caseload

        self.run(
            lambda: (victims.get_contact_details(db, actor, victim_id), caseload.list_carers(db, actor, victim_id)),
            lambda both: self._show_contact_details(*both),
            write=True,
        )

    def edit_contact_details(self) -> None:
        from ui.casework import ContactDetailsDialog

        if ContactDetailsDialog(self, self.victim_id, self.seen_contact).exec() == QDialog.DialogCode.Accepted:
            self._load_contact_details()

    def _show_contact_details(self, details: victims.ContactDetails | None, carers: Sequence[CarerInfo] = ()) -> None:
        self.seen_contact = details
        carer_rows = "".join(
            f"<li>{escape(c.name)} ({escape(c.relationship_to_victim)}) {escape(c.phone or '')}"
            + (tr(" — <b>suspect: do not contact through them</b>") if c.is_suspect else "")
            + "</li>"
            for c in carers
        )
        carers_html = (
            tr("<p><b>Parents or carers:</b></p><ul>{carer_rows}</ul>").format(carer_rows=carer_rows)
            if carer_rows
            else ""
        )
        if details is None:
            self.contact_details.setText(tr("<p>No contact details are recorded.</p>") + carers_html)
            return
        safe = ", ".join(
            label
            for label, on in (
                (tr("write"), details.safe_to_write),
                (tr("phone"), details.safe_to_phone),
                (tr("leave a message"), details.safe_to_leave_message),
            )
            if on
        )
        household = (
            tr("<p><b>This is the child's own household address.</b></p>") if details.is_child_household_address else ""
        )
        self.contact_details.setText(
            facts_html(
                (tr("Address:"), escape(f"{details.address or '—'} {details.postcode or ''}")),
                (tr("Phone:"), escape(details.phone or "—")),
                (tr("Email:"), escape(details.email or "—")),
                (tr("Safe to:"), escape(safe or tr("nothing confirmed — check before any contact"))),
            )
            + household
            + carers_html
        )

    def _after_change(self, accepted: int) -> None:
        if accepted == QDialog.DialogCode.Accepted:
            self.refresh()
            if callable(self.on_change):
                self.on_change()

    def record_contact(self) -> None:
        from ui.casework import RecordContactDialog

        child_ids = {link.child_id for link in self.file.links} if self.file else set()
        child = next(iter(child_ids)) if len(child_ids) == 1 else None
        self._after_change(RecordContactDialog(self, self.victim_id, child).exec())

    def write_letter(self, kind: LetterKind) -> None:
        from ui.letters import open_victim_letter

        open_victim_letter(self, self.victim_id, kind, self._after_change)

    def record_consent(self) -> None:
        from ui.casework import ConsentDialog

        children = sorted(
            {
                (link.child_id, f"{link.child_cms_ref} {link.child_name}")
                for link in (self.file.links if self.file else ())
            }
        )
        self._after_change(ConsentDialog(self, self.victim_id, children).exec())

    def _children(self) -> list[tuple[int, str]]:
        links = self.file.links if self.file else ()
        return sorted({(link.child_id, f"{link.child_cms_ref} {link.child_name}") for link in links})

    def record_views(self) -> None:
        from ui.casework import ViewsDialog

        self._after_change(ViewsDialog(self, self.victim_id, self._children()).exec())

    def edit_details(self) -> None:
        from ui.casework import EditVictimDialog

        if self.file is not None:
            record = self.file.record
            dialog = EditVictimDialog(self, self.victim_id, record.details, record.version_id, record.enhanced_category)
            self._after_change(dialog.exec())

    def record_disclosure(self) -> None:
        from ui.case_dialogs import DisclosureDialog

        self._after_change(DisclosureDialog(self, self.victim_id, self._children()).exec())

    def merge_duplicate(self) -> None:
        from rjdesk.services import identities

        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        self.run(lambda: identities.duplicate_candidates(db, actor, victim_id), self._choose_duplicate)

    def _choose_duplicate(self, candidates: list[Any]) -> None:
        from ui.case_dialogs import MergeDialog

        self._after_change(MergeDialog(self, self.victim_id, candidates).exec())

    def show_merges(self) -> None:
        from rjdesk.services import identities

        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        self.run(lambda: identities.merges_into(db, actor, victim_id), self._choose_unmerge)

    def _choose_unmerge(self, merges: list[Any]) -> None:
        from ui.case_dialogs import UnmergeDialog

        if not merges:
            QMessageBox.information(self, self.title, tr("No other record has been merged into this one."))
            return
        self._after_change(UnmergeDialog(self, merges).exec())

    def link_known_child(self) -> None:
        from rjdesk.services.victim_record import list_child_cases

        db, actor = self.session.db, self.session.actor
        self.run(lambda: list_child_cases(db, actor, limit=5000), self._choose_known_child)

    def _choose_known_child(self, children: list[Any]) -> None:
        from ui.case_dialogs import KnownChildDialog

        current = self.file.record.known_child_ref if self.file else None
        self._after_change(KnownChildDialog(self, self.victim_id, children, current).exec())

    def record_complaint(self) -> None:
        from ui.casework import ComplaintDialog

        self._after_change(ComplaintDialog(self, self.victim_id).exec())

    def acknowledge(self) -> None:
        import datetime as dt

        from rjdesk.services import contacts

        rows = self.complaints_table.selectionModel().selectedRows()
        if not rows:
            return
        complaint = self.complaints_model.row(rows[0].row())
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: contacts.acknowledge_complaint(db, actor, complaint.id, dt.date.today()),
            lambda _: self._after_change(QDialog.DialogCode.Accepted),
            write=True,
        )

    def allocate(self) -> None:
        from rjdesk.services import caseload
        from ui.casework import AllocateDialog

        db, actor = self.session.db, self.session.actor
        current = self.file.record.worker_id if self.file else None
        self.run(
            lambda: caseload.list_workers(db, actor),
            lambda workers: self._after_change(AllocateDialog(self, self.victim_id, workers, current).exec()),
        )

    def attach(self) -> None:
        import mimetypes
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from rjdesk.services import caseload

        path, _ = QFileDialog.getOpenFileName(self, tr("Attach a file to the victim's record"))
        if not path:
            return
        title, ok = QInputDialog.getText(self, tr("Title"), tr("What is this document?"), text=Path(path).stem)
        if not ok:
            return
        content = Path(path).read_bytes()
        media = mimetypes.guess_type(path)[0] or "application/octet-stream"
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: caseload.attach_document(db, actor, self.victim_id, title, Path(path).name, media, content),
            lambda _: self.refresh(),
            write=True,
        )

    def subject_access(self) -> None:
        """Everything held about this victim, the child and other people redacted (PDF or JSON)."""
        from rjdesk.services import subject_access

        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        reference = self.file.record.reference if self.file is not None else "victim"
        self.save_generated(
            tr("Subject access export"),
            f"subject-access-{reference}.pdf",
            {
                "PDF (*.pdf)": lambda: subject_access.victim_export_pdf(db, actor, victim_id),
                "JSON (*.json)": lambda: subject_access.victim_export_json(db, actor, victim_id),
            },
        )

    def save_copy(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from rjdesk.services import caseload

        rows = self.documents_table.selectionModel().selectedRows()
        if not rows:
            return
        document = self.documents_model.row(rows[0].row())
        target, _ = QFileDialog.getSaveFileName(self, tr("Save a copy"), document.filename)
        if not target:
            return
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: caseload.read_document(db, actor, document.id),
            lambda result: Path(target).write_bytes(result[1]),
            write=True,
        )

    def chase(self) -> None:
        """Getting victims' details from the police can stall: record each chase of a referral."""
        import datetime as dt

        from rjdesk.services import caseload

        rows = self.referrals_table.selectionModel().selectedRows()
        if not rows and self.referrals_model.rowCount() == 1:
            self.referrals_table.selectRow(0)
            rows = self.referrals_table.selectionModel().selectedRows()
        if not rows:
            self.show_error(ValidationError(tr("Choose the referral first.")))
            return
        referral = self.referrals_model.row(rows[0].row())
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: caseload.chase_referral(db, actor, referral.id, dt.date.today()),
            lambda _: self.refresh(),
            write=True,
        )

    def not_invited(self) -> None:
        """The Code requires the reason for not inviting a victim to RJ to be recorded, per offence."""
        from PySide6.QtWidgets import QInputDialog

        from rjdesk.services import caseload

        rows = self.links_table.selectionModel().selectedRows()
        if not rows and self.links_model.rowCount() == 1:
            self.links_table.selectRow(0)
            rows = self.links_table.selectionModel().selectedRows()
        if not rows:
            self.show_error(ValidationError(tr("Choose the offence first.")))
            return
        link = self.links_model.row(rows[0].row())
        reason, ok = QInputDialog.getMultiLineText(
            self,
            tr("Not invited to restorative justice"),
            tr("Why is the victim not invited to RJ about {offence_ref}?").format(offence_ref=link.offence_ref),
            link.not_invited_to_rj_reason or "",
        )
        if not ok:
            return
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: caseload.record_not_invited_reason(db, actor, self.victim_id, link.offence_id, reason),
            lambda _: self.refresh(),
            write=True,
        )

    def add_carer(self) -> None:
        from ui.casework import CarerDialog

        if CarerDialog(self, self.victim_id).exec() == QDialog.DialogCode.Accepted:
            self._load_contact_details()

    def triage(self) -> None:
        from ui.casework import TriageDialog

        self._after_change(TriageDialog(self, self.victim_id).exec())
