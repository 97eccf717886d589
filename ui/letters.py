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
from rjdesk.rules.letters import PART_LABELS, Language, Letter, LetterKind
from rjdesk.services import letters
from rjdesk.services.letter_documents import letter_docx, letter_pdf
from ui.casework import combo, date_edit, date_of
from ui.pages.base import Page
from ui.widgets.forms import WorkingDialog

WARNING_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"
# The files a letter can be saved as: a filter for the save dialog, and what makes the file.
FORMATS: dict[str, Callable[[Letter], bytes]] = {
    "PDF, ready to print (*.pdf)": letter_pdf,
    "Word, for editing (*.docx)": letter_docx,
}


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
        self.language = combo({lang.value: lang.label for lang in Language})
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.recipient_name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(80)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText("One line per line of the address, the postcode last")
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
        self.preview.setAccessibleName("Preview of the letter")
        self.preview.setPlaceholderText("Preview shows the letter exactly as it will be printed.")
        self.status = QLabel()
        self.status.setObjectName("letter_status")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton("&Preview")
        self.save_button = QPushButton("&Save a copy…")
        self.save_button.setToolTip("As a PDF ready to print, or as a Word document to edit before sending")
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_copy)
        self.language.currentIndexChanged.connect(self._language_changed)

    def add_common_rows(self) -> None:
        self.errors.add_row(self.form, "&Language:", "language", self.language)
        self.errors.add_row(self.form, "&Name:", "recipient_name", self.recipient_name)
        self.errors.add_row(self.form, "A&ddress:", "address", self.address)
        self.errors.add_row(self.form, "Your paragraph (&English):", "personal_en", self.personal["en"])
        self.errors.add_row(self.form, "Your paragraph (&Welsh):", "personal_cy", self.personal["cy"])

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
            edit.setAccessibleDescription(f"What you want to say, in {PART_LABELS[part]}")

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
        target, chosen = QFileDialog.getSaveFileName(
            self, "Save a copy of the letter", self.suggested_name(), ";;".join(FORMATS)
        )
        if target:
            self.save_to(Path(target), chosen)

    def save_to(self, target: Path, chosen_filter: str = "") -> None:
        by_suffix = {name.split("(*")[1].rstrip(")"): name for name in FORMATS}
        render = FORMATS[by_suffix.get(target.suffix.lower(), chosen_filter or next(iter(FORMATS)))]
        compose = self.composer()

        def work() -> Path:
            letter = compose()
            return write_whole(target, render(letter))

        self._run(work, lambda path: self.status.setText(f"Saved to {path}. Nothing is recorded as sent."))

    def suggested_name(self) -> str:
        return "letter.pdf"


class VictimLetterDialog(LetterDialog):
    """A letter to a victim (or their parent or carer): OK records it as sent on the chosen date."""

    def __init__(self, page: Page, victim_id: int, start: letters.VictimLetterStart) -> None:
        title = letters.letter_title(start.kind)
        template = letters.letter_template(start.kind)
        hint = (
            "In your own words: required for this letter."
            if template.personal_required
            else "Optional: anything you want to add in your own words."
        )
        super().__init__(page, f"Letter: {title}", start.language, hint)
        self.victim_id, self.start = victim_id, start
        self.show_warnings(start.warnings)
        self.child = QComboBox()
        for child_id, label in start.children:
            self.child.addItem(label, child_id)
        if len(start.children) != 1:
            self.child.addItem("Not about one case", None)
        self.recipient = QComboBox()
        for recipient in start.recipients:
            self.recipient.addItem(f"{recipient.label}: {recipient.name}", recipient)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.phone_first = combo({"": "Choose…", "yes": "Yes, I tried to phone first", "no": "No"})
        self.sent_on = date_edit()
        self.errors.add_row(self.form, "&About the case:", "child_id", self.child)
        self.errors.add_row(self.form, "&To:", "recipient", self.recipient)
        self.add_common_rows()
        if template.asks_phone_first:
            self.errors.add_row(self.form, "Did you p&hone first?", "phone_tried_first", self.phone_first)
        self.errors.add_row(self.form, "Sent &on:", "sent_on", self.sent_on)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Record as sent")
        ok.setToolTip(
            "Keeps a copy on the victim's record and logs a contact attempt by letter"
            + ("; meets the duty because the victim chose letters" if start.meets_duty_when_sent else "")
        )
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
            "Letter: reparation completed",
            start.language,
            "Optional: a word about how it went. Never anything about the victim.",
        )
        self.placement_id = placement_id
        self.show_warnings(
            (
                f"To {start.child_first_name}'s parent or carer: {start.amount_done} at {start.project_name}, "
                f"completed on {start.completed_on:%d %b %Y}. The child will read it: a letter that would identify "
                "a victim is refused.",
            )
        )
        self.add_common_rows()
        self.recipient_name.setPlaceholderText("The parent or carer's name")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
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
