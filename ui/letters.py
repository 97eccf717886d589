"""Writing letters: to a victim from their record (preview, save as PDF or for editing in Word, record as sent),
and to a child's parent or carer when a reparation placement is completed.

Every check is the service's (safe to write, the personal paragraph, the phone question, victim identity in a
child-facing letter); the dialog shows its refusals next to the fields and keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from rjdesk.files import write_whole
from rjdesk.rules.letters import Language, Letter, LetterKind
from rjdesk.services import letters
from rjdesk.services.letter_documents import letter_docx, letter_pdf
from ui.casework import combo, date_edit, date_of
from ui.i18n import date_text, interface_language, tr, tr_core, tr_noop
from ui.pages.base import Page
from ui.widgets.forms import WorkingDialog

WARNING_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"
# The files a letter can be saved as, by suffix: a filter for the save dialog, and what makes the file.
FORMATS: dict[str, tuple[str, Callable[[Letter], bytes]]] = {
    ".pdf": (tr_noop("PDF, ready to print (*.pdf)"), letter_pdf),
    ".docx": (tr_noop("Word, for editing (*.docx)"), letter_docx),
}
LANGUAGE_NAMES = {
    Language.ENGLISH: tr_noop("English"),
    Language.WELSH: tr_noop("Welsh"),
    Language.BILINGUAL: tr_noop("Bilingual (Welsh first)"),
}
PART_NAMES = {"en": LANGUAGE_NAMES[Language.ENGLISH], "cy": LANGUAGE_NAMES[Language.WELSH]}


def letter_name(kind: LetterKind) -> str:
    """The letter's name in the interface's language (the template names it in both)."""
    return letters.letter_template(kind).texts[interface_language()].title


class LetterDialog(WorkingDialog):
    """The shared part: language, recipient, the officer's paragraph in each language the letter is written in,
    a preview and saving. Subclasses say how the letter is composed (``composer``)."""

    def __init__(self, page: Page, title: str, language: Language, personal_hint: str) -> None:
        super().__init__(page, title)
        self.resize(760, 720)
        self.warnings = QLabel()
        self.warnings.setObjectName("letter_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        self.layout_.insertWidget(0, self.warnings)
        self.language = combo({lang.value: tr(LANGUAGE_NAMES[lang]) for lang in Language})
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.recipient_name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(80)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(tr("One line per line of the address, the postcode last"))
        self.personal: dict[str, QPlainTextEdit] = {}
        for part in ("en", "cy"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(personal_hint)
            edit.setMaximumHeight(110)
            self.personal[part] = edit
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("letter_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Preview of the letter"))
        self.preview.setPlaceholderText(tr("Preview shows the letter exactly as it will be printed."))
        self.preview.setAccessibleDescription(
            tr("The letter as it will be printed, read-only: change the fields above to change it.")
        )
        self.status = QLabel()
        self.status.setObjectName("letter_status")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(tr("&Preview"))
        self.save_button = QPushButton(tr("&Save a copy…"))
        self.save_button.setToolTip(tr("As a PDF ready to print, or as a Word document to edit before sending"))
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_copy)
        self.language.currentIndexChanged.connect(self._language_changed)

    def add_common_rows(self) -> None:
        self.errors.add_row(self.form, tr("&Language:"), "language", self.language)
        self.errors.add_row(self.form, tr("&Name:"), "recipient_name", self.recipient_name)
        self.errors.add_row(self.form, tr("A&ddress:"), "address", self.address)
        self.errors.add_row(self.form, tr("Your paragraph (&English):"), "personal_en", self.personal["en"])
        self.errors.add_row(self.form, tr("Your paragraph (&Welsh):"), "personal_cy", self.personal["cy"])

    def finish_letter_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self.layout_.addWidget(self.preview, 1)
        self.layout_.addWidget(self.status)
        self.finish_layout()
        self._language_changed()

    def show_warnings(self, warnings: tuple[str, ...]) -> None:
        self.warnings.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _language_changed(self) -> None:
        parts = self.chosen_language().parts
        for part, edit in self.personal.items():
            box = edit.parentWidget()
            if box is not None:
                self.form.setRowVisible(box, part in parts)
            edit.setAccessibleDescription(
                tr("What you want to say, in {language}").format(language=tr(PART_NAMES[part]))
            )

    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    def address_lines(self) -> tuple[str, ...]:
        return tuple(line for line in self.address.toPlainText().splitlines() if line.strip())

    def personal_text(self) -> dict[str, str]:
        parts = self.chosen_language().parts
        return {part: edit.toPlainText() for part, edit in self.personal.items() if part in parts}

    def composer(self) -> Callable[[], Letter]:
        raise NotImplementedError

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.errors.clear()
        self.general_error.hide()
        self.status.clear()
        self.page.session.tasks.run(work, done, self._refused, write=True)  # composing is audited

    def show_preview(self) -> None:
        self._run(self.composer(), lambda letter: self.preview.setPlainText(letter.text()))

    def save_copy(self) -> None:
        filters = [tr(label) for label, _render in FORMATS.values()]
        target, chosen = QFileDialog.getSaveFileName(
            self, tr("Save a copy of the letter"), self.suggested_name(), ";;".join(filters)
        )
        if target:
            suffixes = list(FORMATS)
            self.save_to(Path(target), suffixes[filters.index(chosen)] if chosen in filters else "")

    def save_to(self, target: Path, chosen_suffix: str = "") -> None:
        """Saved as the suffix typed says, else as the type chosen in the dialog, else as a PDF."""
        suffix = target.suffix.lower() if target.suffix.lower() in FORMATS else chosen_suffix or ".pdf"
        render = FORMATS[suffix][1]
        compose = self.composer()

        def work() -> Path:
            letter = compose()
            return write_whole(target, render(letter))

        self._run(
            work,
            lambda path: self.status.setText(tr("Saved to {path}. Nothing is recorded as sent.").format(path=path)),
        )

    def suggested_name(self) -> str:
        return "letter.pdf"


class VictimLetterDialog(LetterDialog):
    """A letter to a victim (or their parent or carer): OK records it as sent on the chosen date."""

    def __init__(self, page: Page, victim_id: int, start: letters.VictimLetterStart) -> None:
        template = letters.letter_template(start.kind)
        hint = (
            tr("In your own words: required for this letter.")
            if template.personal_required
            else tr("Optional: anything you want to add in your own words.")
        )
        super().__init__(page, tr("Letter: {name}").format(name=letter_name(start.kind)), start.language, hint)
        self.victim_id, self.start = victim_id, start
        self.show_warnings(start.warnings)
        self.child = QComboBox()
        for child_id, label in start.children:
            self.child.addItem(label, child_id)
        if len(start.children) != 1:
            self.child.addItem(tr("Not about one case"), None)
        self.recipient = QComboBox()
        for recipient in start.recipients:
            self.recipient.addItem(f"{tr_core(recipient.label)}: {recipient.name}", recipient)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.phone_first = combo({"": tr("Choose…"), "yes": tr("Yes, I tried to phone first"), "no": tr("No")})
        self.sent_on = date_edit()
        self.errors.add_row(self.form, tr("&About the case:"), "child_id", self.child)
        self.errors.add_row(self.form, tr("&To:"), "recipient", self.recipient)
        self.add_common_rows()
        if template.asks_phone_first:
            self.errors.add_row(self.form, tr("Did you p&hone first?"), "phone_tried_first", self.phone_first)
        self.errors.add_row(self.form, tr("Sent &on:"), "sent_on", self.sent_on)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Record as sent"))
        ok.setToolTip(
            tr(
                "Keeps a copy on the victim's record and logs a contact attempt by letter; meets the duty because "
                "the victim chose letters"
            )
            if start.meets_duty_when_sent
            else tr("Keeps a copy on the victim's record and logs a contact attempt by letter")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.finish_letter_layout()
        self._recipient_changed()

    def _recipient_changed(self) -> None:
        recipient = self.recipient.currentData()
        if isinstance(recipient, letters.Recipient):
            self.recipient_name.setText(recipient.name)
            self.address.setPlainText("\n".join(recipient.address))

    def request(self) -> letters.VictimLetterRequest:
        answer = self.phone_first.currentData()
        return letters.VictimLetterRequest(
            kind=self.start.kind,
            language=self.chosen_language(),
            recipient_name=self.recipient_name.text(),
            address=self.address_lines(),
            child_id=self.child.currentData(),
            personal=self.personal_text(),
            phone_tried_first=None if not answer else answer == "yes",
            dated=date_of(self.sent_on),
        )

    def composer(self) -> Callable[[], Letter]:
        db, actor, victim_id, request = self.page.session.db, self.page.session.actor, self.victim_id, self.request()
        return lambda: letters.compose_victim_letter(db, actor, victim_id, request)

    def work(self) -> Any:
        db, actor, victim_id, request = self.page.session.db, self.page.session.actor, self.victim_id, self.request()
        sent_on = date_of(self.sent_on)
        return lambda: letters.record_victim_letter_sent(db, actor, victim_id, request, sent_on)

    def suggested_name(self) -> str:
        return f"letter-{self.start.kind.value.replace('_', '-')}-{date_of(self.sent_on):%Y-%m-%d}.pdf"


class CompletionLetterDialog(LetterDialog):
    """The letter to a child's parent or carer when a placement is completed: saved or printed, not logged."""

    def __init__(self, page: Page, placement_id: int, start: letters.CompletionLetterStart) -> None:
        super().__init__(
            page,
            tr("Letter: {name}").format(name=letter_name(LetterKind.REPARATION_COMPLETION)),
            start.language,
            tr("Optional: a word about how it went. Never anything about the victim."),
        )
        self.placement_id = placement_id
        self.show_warnings(
            (
                tr(
                    "To {child}'s parent or carer: {amount} at {project}, completed on {date}. The child will read "
                    "it: a letter that would identify a victim is refused."
                ).format(
                    child=start.child_first_name,
                    amount=start.amount_done,
                    project=start.project_name,
                    date=date_text(start.completed_on),
                ),
            )
        )
        self.add_common_rows()
        self.recipient_name.setPlaceholderText(tr("The parent or carer's name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        self.finish_letter_layout()

    def composer(self) -> Callable[[], Letter]:
        db, actor, placement_id = self.page.session.db, self.page.session.actor, self.placement_id
        request = letters.CompletionLetterRequest(
            self.chosen_language(), self.recipient_name.text(), self.address_lines(), self.personal_text()
        )
        return lambda: letters.compose_completion_letter(db, actor, placement_id, request)

    def _submit(self) -> None:
        """Nothing is recorded for a family letter: accepting the dialog just closes it."""
        self.accept()

    def suggested_name(self) -> str:
        return f"reparation-completed-{dt.date.today():%Y-%m-%d}.pdf"


def open_victim_letter(page: Page, victim_id: int, kind: LetterKind, on_sent: Callable[[int], None]) -> None:
    """Load what the record knows (off the UI thread), then open the letter window."""
    db, actor = page.session.db, page.session.actor

    def opened(start: letters.VictimLetterStart) -> None:
        on_sent(VictimLetterDialog(page, victim_id, start).exec())

    page.run(lambda: letters.start_victim_letter(db, actor, victim_id, kind), opened, write=True)


def open_completion_letter(page: Page, placement_id: int) -> None:
    db, actor = page.session.db, page.session.actor
    page.run(
        lambda: letters.start_completion_letter(db, actor, placement_id),
        lambda start: CompletionLetterDialog(page, placement_id, start).exec(),
    )
