"""The RJ process record: stage and history, assessments, participants and consent, activities, conferences
and the outcome agreement — with the actions of each, as small forms whose refusals (the gates) are shown
next to the fields or at the foot of the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.files import write_whole
from rjdesk.rules import labels
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import ACTIVITY_LABELS, NEXT_STAGE, ActivityKind, Stage
from rjdesk.services import rj
from ui.casework import combo, date_edit
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop, yes_no
from ui.models import Column, RowsModel, facts_html
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import FormDialog
from ui.widgets.tables import list_table

_open: list[ProcessWindow] = []


def open_process_window(parent: Page, process_id: int, on_change: Callable[[], None] | None = None) -> ProcessWindow:
    window = ProcessWindow(parent.session, process_id, on_change)
    _open.append(window)
    window.destroyed.connect(lambda *_: _open.remove(window) if window in _open else None)
    window.show()
    return window


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


def _when(days_ahead: int = 7, hour: int = 10) -> QDateTimeEdit:
    moment = QDateTime(dt.datetime.combine(dt.date.today() + dt.timedelta(days=days_ahead), dt.time(hour)))
    edit = QDateTimeEdit(moment)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    return edit


def _local_to_utc(moment: dt.datetime) -> dt.datetime:
    """A time typed in the form is local wall-clock time; the store keeps UTC."""
    return moment.replace(tzinfo=None).astimezone(dt.UTC)


class ProcessWindow(Page):
    title = tr_noop("RJ process")

    def __init__(self, session: Session, process_id: int, on_change: Callable[[], None] | None = None) -> None:
        super().__init__(session)
        self.process_id = process_id
        self.on_change = on_change
        self.file: rj.ProcessFile | None = None
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("RJ process"))
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        self.header = QLabel(tr("Opening…"))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        # Process-level actions stay in view; the rest sit under the tab they act on.
        self.buttons: dict[str, QPushButton] = {}
        actions: dict[str, tuple[str, Callable[[], None]]] = {
            "next": (tr("&Next stage"), self.next_stage),
            "end": (tr("Withdrawn / not suitable…"), self.end_process),
            "sign_off": (tr("Manager's si&gn-off"), self.sign_off),
            "assess": (tr("&Assess a party…"), self.assess),
            "participant": (tr("A&dd participant…"), self.add_participant),
            "consent": (tr("Record &consent…"), self.record_consent),
            "withdraw": (tr("Consent &withdrawn…"), self.withdraw),
            "prepare": (tr("Preparation &meeting…"), self.preparation),
            "activity": (tr("Record an &activity…"), self.record_activity),
            "approve": (tr("Appro&ve letter"), self.approve_letter),
            "deliver": (tr("&Deliver letter…"), self.deliver_letter),
            "book": (tr("&Book a conference…"), self.book),
            "move": (tr("Mo&ve conference…"), self.move_conference),
            "held": (tr("Conference &held…"), self.held),
            "ics": (tr("Save &invitation (.ics)…"), self.save_ics),
            "item": (tr("Agreement &item…"), self.add_item),
            "item_done": (tr("Item &done…"), self.item_done),
            "concluded": (tr("Victim told it has &concluded…"), self.concluded),
            "feedback": (tr("Feed&back…"), self.feedback),
        }
        for key, (label, handler) in actions.items():
            button = QPushButton(label)
            button.clicked.connect(handler)
            self.buttons[key] = button
        layout.addLayout(self._bar("next", "end", "sign_off"))
        can_edit = session.actor.can(Permission.RJ_EDIT)
        for key, button in self.buttons.items():
            button.setEnabled(can_edit if key != "sign_off" else session.actor.can(Permission.RJ_SIGNOFF))
        self.buttons["ics"].setEnabled(True)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.overview = QLabel()
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.overview.setWordWrap(True)
        self.tabs.addTab(self.overview, tr("&Overview"))
        self.assessments_model = RowsModel(
            [
                Column(tr("Party"), lambda a: tr_code(a.party)),
                Column(tr("On"), lambda a: date_text(a.assessed_on)),
                Column(tr("Acknowledges the facts"), lambda a: yes_no(a.acknowledges_facts)),
                Column(tr("Suitable"), lambda a: yes_no(a.suitable)),
                Column(tr("Risks"), lambda a: a.risks or ""),
                Column(tr("Safety measures"), lambda a: a.safety_measures or ""),
                Column(tr("On the victim's safety plan"), lambda a: "; ".join(a.safety_actions)),
            ]
        )
        self.tabs.addTab(
            self._with_bar(list_table(self.assessments_model, tr("Assessments"), 4), "assess"), tr("A&ssessments")
        )
        self.participants_model = RowsModel(
            [
                Column(tr("Role"), lambda p: rj.PARTICIPANT_ROLES.get(p.role, p.role)),
                Column(tr("Name"), lambda p: p.name + (tr(" (under 16)") if p.under_16 else "")),
                Column(
                    tr("Consent"),
                    lambda p: (
                        "withdrawn"
                        if p.withdrawn_on
                        else (f"{p.consent_method} {p.consent_on:%d %b}")
                        if p.consent_method and p.consent_on
                        else "none"
                    ),
                ),
                Column(tr("Parental consent"), lambda p: p.parental_consent_method or ("needed" if p.under_16 else "")),
                Column(tr("Preparation meetings"), lambda p: p.preparation_meetings),
            ]
        )
        self.participants_table = list_table(self.participants_model, tr("Participants"), 1, single=True)
        self.tabs.addTab(
            self._with_bar(self.participants_table, "participant", "consent", "withdraw", "prepare"),
            tr("&Participants"),
        )
        self.activities_model = RowsModel(
            [
                Column(tr("Date"), lambda a: date_text(a.activity_date)),
                Column(tr("Activity"), lambda a: tr_core(ACTIVITY_LABELS[a.kind])),
                Column(tr("Victim took part"), lambda a: yes_no(a.victim_took_part)),
                Column(tr("Letter"), lambda a: a.letter_status or ""),
                Column(tr("Who"), lambda a: a.who_took_part or ""),
            ]
        )
        self.activities_table = list_table(self.activities_model, tr("Activities"), 4, single=True)
        self.tabs.addTab(self._with_bar(self.activities_table, "activity", "approve", "deliver"), tr("Ac&tivities"))
        self.conferences_model = RowsModel(
            [
                Column(
                    tr("When"), lambda c: f"{c.starts_at.astimezone():%a %d %b %Y %H:%M}–{c.ends_at.astimezone():%H:%M}"
                ),
                Column(tr("Venue"), lambda c: ", ".join(filter(None, (c.venue, c.venue_postcode)))),
                Column(tr("Status"), lambda c: c.status),
            ]
        )
        self.conferences_table = list_table(self.conferences_model, tr("Conferences"), 1, single=True)
        self.tabs.addTab(self._with_bar(self.conferences_table, "book", "move", "held", "ics"), tr("Con&ferences"))
        self.items_model = RowsModel(
            [
                Column(tr("Item"), lambda i: f"{tr_core(rj.ITEM_KINDS.get(i.kind, i.kind))}: {i.description}"),
                Column(tr("Owner"), lambda i: i.owner),
                Column(tr("Due"), lambda i: date_text(i.due_on)),
                Column(tr("Done"), lambda i: date_text(i.completed_on) if i.completed_on else "—"),
                Column(tr("Monitoring"), lambda i: i.monitoring or ""),
            ]
        )
        self.items_table = list_table(self.items_model, tr("Outcome agreement"), 0, single=True)
        self.tabs.addTab(
            self._with_bar(self.items_table, "item", "item_done", "concluded", "feedback"), tr("Agr&eement")
        )
        self.preparations_model = RowsModel(
            [
                Column(tr("Met on"), lambda m: date_text(m.met_on)),
                Column(tr("With"), lambda m: m.participant_name),
                Column(tr("Notes"), lambda m: m.notes or ""),
                Column(tr("By"), lambda m: m.recorded_by),
            ]
        )
        self.tabs.addTab(list_table(self.preparations_model, tr("Preparation meetings"), 2), tr("Prepa&ration"))
        self.refresh()

    def _bar(self, *keys: str) -> QHBoxLayout:
        bar = QHBoxLayout()
        for key in keys:
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        return bar

    def _with_bar(self, table: QWidget, *keys: str) -> QWidget:
        """A tab: its table with the actions on it underneath."""
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        tab_layout.addWidget(table, 1)
        tab_layout.addLayout(self._bar(*keys))
        return tab

    # ------------------------------------------------------------------------------------------ showing

    def refresh(self) -> None:
        db, actor, process_id = self.session.db, self.session.actor, self.process_id
        self.run_latest("file", lambda: rj.get_process(db, actor, process_id), self._show)

    def _show(self, file: rj.ProcessFile) -> None:
        self.file = file
        info = file.info
        self.setWindowTitle(
            tr("RJ — {child_cms_ref} and {victim_reference}").format(
                child_cms_ref=info.child_cms_ref, victim_reference=info.victim_reference
            )
        )
        paused = (
            tr(" <span style='background:#b00020;color:white;padding:2px 6px'>Paused: {paused_reason}</span>").format(
                paused_reason=escape(info.paused_reason)
            )
            if info.paused_reason
            else ""
        )
        sensitive = (
            (
                tr(" · sensitive ({kind}, signed off by {manager})").format(
                    kind=escape(tr_code(info.sensitive_kind)), manager=escape(info.signed_off_by)
                )
                if info.signed_off_by
                else tr(" · sensitive ({kind}, sign-off needed)").format(kind=escape(tr_code(info.sensitive_kind)))
            )
            if info.sensitive_kind
            else ""
        )
        self.header.setText(
            tr(
                "<h2>{label}</h2>Case {child_cms_ref} {child_name} · victim {victim_reference} "
                "{victim_name}{sensitive}{paused}"
            ).format(
                label=escape(tr_core(info.stage.label)),
                child_cms_ref=escape(info.child_cms_ref),
                child_name=escape(info.child_name),
                victim_reference=escape(info.victim_reference),
                victim_name=escape(info.victim_name),
                sensitive=sensitive,
                paused=paused,
            )
        )
        engaged = file.engagement
        history = "".join(
            f"<li>{date_text(h.changed_on)}: {tr_core(h.from_stage.label)} → {tr_core(h.to_stage.label)}"
            f"{' — ' + escape(h.reason) if h.reason else ''} ({escape(h.changed_by)})</li>"
            for h in file.history
        )
        feedback = "".join(
            "<li>"
            + tr("{date}: satisfaction {satisfaction}/5").format(
                date=date_text(f.given_on), satisfaction=f.satisfaction
            )
            + (" — " + escape(f.comments) if f.comments else "")
            + "</li>"
            for f in file.feedback
        )
        engagement = tr("yes") if engaged.engaged else tr("no")
        if engaged.start:
            engagement += tr(" from {date}").format(date=date_text(engaged.start))
        if engaged.end:
            engagement += tr(" to {date}").format(date=date_text(engaged.end))
        engagement += tr(" (engagement mapping version {version})").format(version=file.mapping_version)
        self.overview.setText(
            facts_html((tr("KPI 10 engaged in RJ:"), engagement), (tr("Referred:"), date_text(info.opened_on)))
            + tr("<p><b>History</b></p>")
            + f"<ul>{history or '<li>—</li>'}</ul>"
            + (tr("<p><b>Victim feedback</b></p><ul>{feedback}</ul>").format(feedback=feedback) if feedback else "")
        )
        self.assessments_model.set_rows(file.assessments)
        self.participants_model.set_rows(file.participants)
        self.activities_model.set_rows(file.activities)
        self.conferences_model.set_rows(file.conferences)
        self.items_model.set_rows(file.items)
        self.preparations_model.set_rows(file.preparations)
        next_stage = NEXT_STAGE.get(info.stage)
        self.buttons["next"].setText(
            tr("&Next: {label}").format(label=tr_core(next_stage.label)) if next_stage else tr("&Next stage")
        )

    def _after(self, accepted: int) -> None:
        if accepted == QDialog.DialogCode.Accepted:
            self.refresh()
            if self.on_change:
                self.on_change()

    def _form(
        self,
        title: str,
        fields: list[tuple[str, str, QWidget]],
        make: Callable[[dict[str, Any]], Callable[[], Any]],
        note: str = "",
    ) -> FormDialog:
        dialog = FormDialog(self, title, fields, make, note)
        self._after(dialog.exec())
        return dialog

    def _selected(self, table: Any, model: RowsModel) -> Any:
        rows = table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title, tr("Select a row first."))
            return None
        return model.row(rows[0].row())

    @property
    def _db(self) -> Any:
        return self.session.db

    @property
    def _actor(self) -> Any:
        return self.session.actor

    # ------------------------------------------------------------------------------------------ stages

    def next_stage(self) -> None:
        if self.file is None:
            return
        target = NEXT_STAGE.get(self.file.info.stage)
        if target is None:
            return
        db, actor, info = self._db, self._actor, self.file.info

        def move() -> Any:
            return rj.move_stage(db, actor, info.id, target, info.version)

        self.run(move, lambda _r: self._after(QDialog.DialogCode.Accepted), write=True)

    def end_process(self) -> None:
        if self.file is None:
            return
        info = self.file.info
        how = combo({Stage.WITHDRAWN.value: Stage.WITHDRAWN.label, Stage.NOT_SUITABLE.value: Stage.NOT_SUITABLE.label})
        self._form(
            tr("End the process"),
            [("stage", tr("&Outcome:"), how), ("reason", tr("&Why:"), QLineEdit())],
            lambda v: (
                lambda: rj.move_stage(self._db, self._actor, info.id, Stage(v["stage"]), info.version, v["reason"])
            ),
        )

    def assess(self) -> None:
        party = combo({"victim": tr("The victim"), "child": tr("The child")})
        facts, suitable = QCheckBox(tr("Acknowledges the basic facts")), QCheckBox(tr("Suitable for RJ"))
        self._form(
            tr("Suitability and risk assessment"),
            [
                ("party", tr("&Party:"), party),
                ("facts", "", facts),
                ("suitable", "", suitable),
                ("risks", tr("&Risks:"), _text()),
                ("measures", tr("Safety &measures:"), _text()),
                ("plan", tr("Add to the victim's safety &plan\n(one action per line):"), _text()),
                ("on", tr("&On:"), date_edit()),
            ],
            lambda v: (
                lambda: rj.record_assessment(
                    self._db,
                    self._actor,
                    self.process_id,
                    v["party"],
                    suitable=v["suitable"],
                    acknowledges_facts=v["facts"],
                    risks=v["risks"],
                    safety_measures=v["measures"],
                    safety_actions=v["plan"].splitlines(),
                    on=v["on"],
                )
            ),
            note=tr(
                "Actions added to the safety plan appear on the Safety tab of the victim record, linked to "
                "this assessment."
            ),
        )

    def sign_off(self) -> None:
        if self.file is None:
            return
        db, actor, info = self._db, self._actor, self.file.info
        self.run(
            lambda: rj.sign_off(db, actor, info.id, info.version),
            lambda _r: self._after(QDialog.DialogCode.Accepted),
            write=True,
        )

    # ------------------------------------------------------------------------------------------ participants

    def add_participant(self) -> None:
        under_16 = QCheckBox(tr("Under 16 (a parent's or carer's consent is needed too)"))
        self._form(
            tr("Add a participant"),
            [
                ("role", tr("&Role:"), combo(rj.PARTICIPANT_ROLES)),
                ("name", tr("&Name:"), QLineEdit()),
                ("u16", "", under_16),
            ],
            lambda v: (
                lambda: rj.add_participant(
                    self._db, self._actor, self.process_id, v["role"], v["name"], under_16=v["u16"]
                )
            ),
        )

    def _participant(self) -> rj.ParticipantInfo | None:
        found = self._selected(self.participants_table, self.participants_model)
        return found if isinstance(found, rj.ParticipantInfo) else None

    def record_consent(self) -> None:
        participant = self._participant()
        if participant is None:
            return
        methods = {m: labels.label(m) for m in rj.CONSENT_METHODS}
        fields: list[tuple[str, str, QWidget]] = [
            ("method", tr("&Method:"), combo(methods)),
            ("on", tr("&On:"), date_edit()),
        ]
        if participant.under_16:
            fields.append(("parental", tr("&Parent's or carer's consent:"), combo({"": tr("Not yet"), **methods})))
        self._form(
            tr("Consent — {name}").format(name=participant.name),
            fields,
            lambda v: (
                lambda: rj.record_participant_consent(
                    self._db,
                    self._actor,
                    participant.id,
                    v["method"],
                    v["on"],
                    parental_method=v.get("parental") or None,
                )
            ),
            note=tr(
                "Direct activities need consent in writing (a signed form, an email or an electronic confirmation); "
                "indirect ones can go ahead on recorded verbal consent."
            ),
        )

    def withdraw(self) -> None:
        participant = self._participant()
        if participant is None:
            return
        self._form(
            tr("Consent withdrawn — {name}").format(name=participant.name),
            [("on", tr("&On:"), date_edit()), ("reason", tr("&What they said:"), QLineEdit())],
            lambda v: lambda: rj.withdraw_consent(self._db, self._actor, participant.id, v["on"], v["reason"]),
            note=tr("The process pauses until they consent again; you are alerted on My day."),
        )

    def preparation(self) -> None:
        participant = self._participant()
        if participant is None:
            return
        self._form(
            tr("Preparation meeting — {name}").format(name=participant.name),
            [("on", tr("&On:"), date_edit()), ("notes", tr("&Notes:"), _text())],
            lambda v: lambda: rj.add_preparation(self._db, self._actor, participant.id, v["on"], v["notes"]),
            note=tr("A future date plans the meeting: it shows on the RJ calendar."),
        )

    # ------------------------------------------------------------------------------------------ activities

    def record_activity(self) -> None:
        indirect = {k.value: tr_core(k.label) for k in ActivityKind if k not in rj.CONFERENCE_KINDS}
        took_part = QCheckBox(tr("The victim actively took part"))
        took_part.setChecked(True)
        self._form(
            tr("Record a restorative activity"),
            [
                ("kind", tr("&Activity:"), combo(indirect)),
                ("on", tr("&On:"), date_edit()),
                ("took_part", "", took_part),
                ("who", tr("&Who took part:"), QLineEdit()),
                ("notes", tr("&Notes:"), _text()),
            ],
            lambda v: (
                lambda: rj.record_activity(
                    self._db,
                    self._actor,
                    self.process_id,
                    ActivityKind(v["kind"]),
                    v["on"],
                    victim_took_part=v["took_part"],
                    who_took_part=v["who"],
                    notes=v["notes"],
                )
            ),
            note=tr(
                "A letter is recorded as a draft: a colleague approves it, then you record its delivery. "
                "Conferences are booked on their own button."
            ),
        )

    def _letter(self) -> rj.ActivityInfo | None:
        found = self._selected(self.activities_table, self.activities_model)
        if isinstance(found, rj.ActivityInfo) and found.kind == ActivityKind.LETTER:
            return found
        if found is not None:
            QMessageBox.information(self, self.title, tr("Select a letter."))
        return None

    def approve_letter(self) -> None:
        letter = self._letter()
        if letter is None:
            return
        db, actor = self._db, self._actor
        self.run(
            lambda: rj.approve_letter(db, actor, letter.id),
            lambda _r: self._after(QDialog.DialogCode.Accepted),
            write=True,
        )

    def deliver_letter(self) -> None:
        letter = self._letter()
        if letter is None:
            return
        took_part = QCheckBox(tr("The victim chose to receive and read it"))
        took_part.setChecked(True)
        self._form(
            tr("Letter delivered"),
            [("on", tr("&Delivered on:"), date_edit()), ("took_part", "", took_part)],
            lambda v: (
                lambda: rj.deliver_letter(self._db, self._actor, letter.id, v["on"], victim_took_part=v["took_part"])
            ),
        )

    # ------------------------------------------------------------------------------------------ conferences

    def book(self) -> None:
        facilitator = combo(
            {self._actor.user_id: tr("{display_name} (you)").format(display_name=self._actor.display_name)}
        )
        dialog = self._form(
            tr("Book a conference"),
            [
                ("kind", tr("&Kind:"), combo({k.value: k.label for k in rj.CONFERENCE_KINDS})),
                ("starts", tr("&Starts:"), _when()),
                ("ends", tr("&Ends:"), _when(hour=12)),
                ("venue", tr("&Venue:"), QLineEdit()),
                ("postcode", tr("&Postcode:"), QLineEdit()),
                ("facilitator", tr("&Facilitator:"), facilitator),
            ],
            lambda v: (
                lambda: rj.book_conference(
                    self._db,
                    self._actor,
                    self.process_id,
                    starts_at=_local_to_utc(v["starts"]),
                    ends_at=_local_to_utc(v["ends"]),
                    venue=v["venue"],
                    venue_postcode=v["postcode"],
                    facilitator_ids=(v["facilitator"],),
                    kind=ActivityKind(v["kind"]),
                )
            ),
            note=tr(
                "Refused when a participant's written consent is missing, the venue breaks the child's "
                "restrictions, or the venue or facilitator is already booked."
            ),
        )
        booking = dialog.result_value
        if isinstance(booking, rj.Booking) and booking.warnings:
            QMessageBox.warning(self, tr("Booked — please check"), "\n".join(booking.warnings))

    def _conference(self) -> rj.ConferenceInfo | None:
        found = self._selected(self.conferences_table, self.conferences_model)
        return found if isinstance(found, rj.ConferenceInfo) else None

    def move_conference(self) -> None:
        conference = self._conference()
        if conference is None:
            return
        self._form(
            tr("Move the conference"),
            [("starts", tr("&Starts:"), _when()), ("ends", tr("&Ends:"), _when(hour=12))],
            lambda v: (
                lambda: rj.reschedule_conference(
                    self._db,
                    self._actor,
                    conference.id,
                    starts_at=_local_to_utc(v["starts"]),
                    ends_at=_local_to_utc(v["ends"]),
                )
            ),
            note=tr("The old booking stays in the history as 'moved'."),
        )

    def held(self) -> None:
        conference = self._conference()
        if conference is None:
            return
        took_part = QCheckBox(tr("The victim took part"))
        took_part.setChecked(True)
        self._form(
            tr("Conference held"),
            [("took_part", "", took_part), ("who", tr("&Who took part:"), QLineEdit())],
            lambda v: (
                lambda: rj.hold_conference(
                    self._db, self._actor, conference.id, victim_took_part=v["took_part"], who_took_part=v["who"]
                )
            ),
        )

    def save_ics(self) -> None:
        conference = self._conference()
        if conference is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the invitation"), f"rj-conference-{conference.child_cms_ref}.ics", tr("Calendar (*.ics)")
        )
        if not path:
            return
        db, actor = self._db, self._actor

        self.run(lambda: write_whole(path, rj.conference_ics(db, actor, conference.id)), lambda _target: None)

    # ------------------------------------------------------------------------------------------ agreement

    def add_item(self) -> None:
        self._form(
            tr("Outcome agreement item"),
            [
                ("kind", tr("&Kind:"), combo(rj.ITEM_KINDS)),
                ("description", tr("&What:"), QLineEdit()),
                ("owner", tr("&Who does it:"), QLineEdit()),
                ("due", tr("&Due:"), date_edit(dt.date.today() + dt.timedelta(days=14))),
            ],
            lambda v: (
                lambda: rj.add_agreement_item(
                    self._db, self._actor, self.process_id, v["kind"], v["description"], v["owner"], v["due"]
                )
            ),
        )

    def item_done(self) -> None:
        item = self._selected(self.items_table, self.items_model)
        if not isinstance(item, rj.AgreementItemInfo):
            return
        self._form(
            tr("Agreement item done"),
            [("on", tr("&Done on:"), date_edit()), ("monitoring", tr("&Monitoring notes:"), _text())],
            lambda v: lambda: rj.complete_item(self._db, self._actor, item.id, v["on"], item.version, v["monitoring"]),
        )

    def concluded(self) -> None:
        if self.file is None:
            return
        info = self.file.info
        self._form(
            tr("The victim has been told the process has concluded"),
            [("on", tr("&Told on:"), date_edit())],
            lambda v: lambda: rj.tell_victim_concluded(self._db, self._actor, info.id, v["on"], info.version),
            note=tr("This ends the victim's KPI 10 engagement and meets their end-of-intervention information duty."),
        )

    def feedback(self) -> None:
        score = QSpinBox()
        score.setRange(1, 5)
        score.setValue(4)
        self._form(
            tr("Victim feedback"),
            [("score", tr("&Satisfaction (1–5):"), score), ("comments", tr("&Comments:"), _text())],
            lambda v: lambda: rj.record_feedback(self._db, self._actor, self.process_id, v["score"], v["comments"]),
        )
