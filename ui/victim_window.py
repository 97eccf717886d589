"""The victim record: details and needs, restricted contact details (only for roles allowed, and audited),
consent by child case with history, contact log, duties timeline, views, linked cases with their KPI 10
fields and what they mean, requests and complaints."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services import victims
from rjdesk.services.contacts import OUTCOME_LABELS
from rjdesk.services.victim_record import KPI10_MEANINGS, LinkedOffence, VictimFile, open_victim_file
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session

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


def _table(model: RowsModel, name: str, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def _kpi_getter(key: str) -> Callable[[LinkedOffence], str]:
    return lambda link: link.kpi10[key]


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


class VictimWindow(Page):
    title = "Victim record"

    def __init__(self, session: Session, victim_id: int, on_change: object = None) -> None:
        super().__init__(session)
        self.victim_id = victim_id
        self.on_change = on_change
        self.file: VictimFile | None = None
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Victim record")
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.header = QLabel("Opening…")
        self.header.setObjectName("victim_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        buttons = QHBoxLayout()
        self.contact_button = QPushButton("Record a &contact…")
        self.consent_button = QPushButton("Record &consent…")
        self.triage_button = QPushButton("&Triage…")
        for button in (self.contact_button, self.consent_button, self.triage_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.contact_button.clicked.connect(self.record_contact)
        self.consent_button.clicked.connect(self.record_consent)
        self.triage_button.clicked.connect(self.triage)
        self.contact_button.setEnabled(session.actor.can(Permission.CONTACT_RECORD))
        self.consent_button.setEnabled(session.actor.can(Permission.CONSENT_RECORD))
        self.triage_button.hide()

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.details = QLabel()
        self.details.setObjectName("victim_details")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setWordWrap(True)
        self.tabs.addTab(self.details, "&Details and needs")
        self.contact_details = QLabel()
        self.contact_details.setObjectName("contact_details")
        self.contact_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.contact_details.setTextFormat(Qt.TextFormat.RichText)
        if session.actor.can(Permission.VICTIM_CONTACT_VIEW):
            self.contact_tab_index = self.tabs.addTab(self.contact_details, "Contact &details")
        else:
            self.contact_tab_index = -1
        self.links_model = RowsModel(
            [
                Column("Child's case", lambda link: f"{link.child_cms_ref} {link.child_name}"),
                Column("Offence", lambda link: f"{link.offence_ref} {link.category}"),
                Column("Orders", lambda link: ", ".join(link.disposals)),
                *(Column(key, _kpi_getter(key)) for key in KPI10_MEANINGS),
            ]
        )
        links = QWidget()
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(_table(self.links_model, "Linked cases and KPI 10 fields", 1))
        meanings = QLabel(
            "<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in KPI10_MEANINGS.items())
            + "<br><i>KPI 10 fields are worked out from the record, never typed.</i>"
        )
        meanings.setObjectName("kpi10_meanings")
        meanings.setWordWrap(True)
        links_layout.addWidget(meanings)
        self.tabs.addTab(links, "Cases and &KPI 10")
        self.consent_model = RowsModel(
            [
                Column("Date", lambda c: c.decided_on.strftime("%d %b %Y")),
                Column("Child's case", lambda c: self._child_label(c.child_id)),
                Column("About", lambda c: c.scope.label),
                Column("Decision", lambda c: c.decision.title()),
                Column("Method", lambda c: c.method),
                Column("From", lambda c: c.given_by or c.source.replace("_", " ")),
                Column("Recorded by", lambda c: c.recorded_by),
            ]
        )
        self.tabs.addTab(_table(self.consent_model, "Consent history", 2), "C&onsent")
        self.contacts_model = RowsModel(
            [
                Column("Date", lambda c: c.occurred_on.strftime("%d %b %Y")),
                Column("Kind", lambda c: c.kind.title()),
                Column("How", lambda c: c.channel),
                Column("What happened", lambda c: OUTCOME_LABELS.get(c.outcome, c.outcome)),
                Column("Notes", lambda c: c.notes or ""),
                Column("By", lambda c: c.recorded_by),
            ]
        )
        self.tabs.addTab(_table(self.contacts_model, "Contact log", 4), "Contact &log")
        self.duties_model = RowsModel(
            [
                Column("Due", lambda d: d.due_date.strftime("%d %b %Y")),
                Column("Duty", lambda d: d.title),
                Column("Status", lambda d: d.status.label),
                Column("Closed", lambda d: d.closed_on or ""),
                Column("Reason", lambda d: d.status_reason or ""),
                Column("Rule", lambda d: f"v{d.rule_version}"),
            ]
        )
        self.tabs.addTab(_table(self.duties_model, "Duties timeline", 1), "D&uties")
        self.views_model = RowsModel(
            [
                Column("Recorded", lambda v: v.recorded_on.strftime("%d %b %Y")),
                Column("Views", lambda v: v.views or ""),
                Column("Impact", lambda v: v.impact or ""),
                Column("Wishes", lambda v: v.wishes or ""),
                Column("Shared summary", lambda v: v.shareable_summary or ""),
            ]
        )
        self.tabs.addTab(_table(self.views_model, "Views, impact and wishes", 1), "&Views")
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
        self.run(lambda: open_victim_file(db, actor, victim_id), self._show)

    def _show(self, file: VictimFile) -> None:
        self.file = file
        record, details = file.record, file.record.details
        self.setWindowTitle(f"{details.display_name} ({record.reference}) — victim record")
        badges = []
        if file.enhanced:
            badges.append("<span style='background:#1f5f8b;color:white;padding:2px 6px'>Enhanced rights</span>")
        if record.safety_flag:
            badges.append("<span style='background:#b00020;color:white;padding:2px 6px'>⚠ Safety concern</span>")
        self.header.setText(
            f"<h2>{escape(details.display_name)}</h2>{escape(record.reference)} · "
            f"{escape(details.kind.title())} · {escape(record.status.title())} {' '.join(badges)}"
        )
        needs = [
            n
            for n, on in (
                ("interpreter", details.needs_interpreter),
                ("BSL", details.needs_bsl),
                ("easy read", details.needs_easy_read),
            )
            if on
        ]
        born = details.date_of_birth.strftime("%d %b %Y") if details.date_of_birth else "not known"
        self.details.setText(
            f"<p><b>Date of birth:</b> {born}"
            f"<br><b>Preferred language:</b> {escape(details.preferred_language or 'not recorded')}"
            f"<br><b>Welsh language choice:</b> {escape(details.welsh_language_choice or 'not asked yet')}"
            f"<br><b>Communication needs:</b> {escape(', '.join(needs) or 'none recorded')}"
            f"<br><b>Other needs:</b> {escape(details.other_needs or '—')}"
            f"<br><b>Lives in the child's household:</b> {_yes(details.lives_in_child_household)}"
            f"<br><b>Organisation contact:</b> {escape(details.organisation_contact_name or '—')}</p>"
        )
        self.links_model.set_rows(file.links)
        self.consent_model.set_rows(file.consents)
        self.contacts_model.set_rows(file.contacts)
        self.duties_model.set_rows(file.duties)
        self.views_model.set_rows(file.views)
        open_triage = any(d.code == DutyCode.PRIORITY_TRIAGE and d.status == DutyStatus.OPEN for d in file.duties)
        self.triage_button.setVisible(open_triage and self.session.actor.can(Permission.DUTY_MANAGE))
        if self.tabs.currentIndex() == self.contact_tab_index:
            self._load_contact_details()

    def _tab_changed(self, index: int) -> None:
        if index == self.contact_tab_index:
            self._load_contact_details()  # loaded (and audited) only when someone looks

    def _load_contact_details(self) -> None:
        db, actor, victim_id = self.session.db, self.session.actor, self.victim_id
        self.run(lambda: victims.get_contact_details(db, actor, victim_id), self._show_contact_details, write=True)

    def _show_contact_details(self, details: victims.ContactDetails | None) -> None:
        if details is None:
            self.contact_details.setText("<p>No contact details are recorded.</p>")
            return
        safe = ", ".join(
            label
            for label, on in (
                ("write", details.safe_to_write),
                ("phone", details.safe_to_phone),
                ("leave a message", details.safe_to_leave_message),
            )
            if on
        )
        household = (
            "<p><b>This is the child's own household address.</b></p>" if details.is_child_household_address else ""
        )
        self.contact_details.setText(
            f"<p><b>Address:</b> {escape(details.address or '—')} {escape(details.postcode or '')}"
            f"<br><b>Phone:</b> {escape(details.phone or '—')}<br><b>Email:</b> {escape(details.email or '—')}"
            f"<br><b>Safe to:</b> {escape(safe or 'nothing confirmed — check before any contact')}</p>{household}"
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

    def record_consent(self) -> None:
        from ui.casework import ConsentDialog

        children = sorted(
            {
                (link.child_id, f"{link.child_cms_ref} {link.child_name}")
                for link in (self.file.links if self.file else ())
            }
        )
        self._after_change(ConsentDialog(self, self.victim_id, children).exec())

    def triage(self) -> None:
        from ui.casework import TriageDialog

        self._after_change(TriageDialog(self, self.victim_id).exec())
