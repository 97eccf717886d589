"""Small form helpers: labelled fields with an error line under each (validation next to the field)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rjdesk.errors import StoreUnavailable, ValidationError
from ui.descriptions import field_hint
from ui.i18n import error_fields, error_text, tr

if TYPE_CHECKING:
    from ui.pages.base import Page

ERROR_STYLE = "color: palette(bright-text); background: #b00020; padding: 2px 6px; border-radius: 3px;"


class FieldErrors:
    """Holds one error label per field; ``show`` fills them from a ValidationError's ``fields``."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, field_name: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        box.setFocusProxy(widget)
        error = QLabel()
        error.setObjectName(f"error_{field_name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.labels[field_name] = error
        self.fields[field_name] = widget
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        widget.setAccessibleDescription(field_hint(widget))
        form.addRow(label, box)
        # The label's Alt+letter goes to its buddy, and QLabel ignores a buddy that takes no focus (the box):
        # the field itself is the buddy.
        made = form.labelForField(box)
        if isinstance(made, QLabel):
            made.setBuddy(widget)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
        for widget in self.fields.values():
            widget.setAccessibleDescription(field_hint(widget))

    def show(self, fields: dict[str, str]) -> None:
        self.clear()
        for name, message in error_fields(fields).items():
            label = self.labels.get(name)
            if label is not None:
                label.setText(message)
                label.show()
                # A screen reader reads the description with the field: the refusal first, then the hint.
                widget = self.fields[name]
                widget.setAccessibleDescription(" ".join(filter(None, (message, field_hint(widget)))))

    def text(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


class WorkingDialog(QDialog):
    """A dialog whose OK runs a service call on the write thread and shows refusals next to the fields.

    Subclasses add rows with ``self.errors.add_row(self.form, ...)``, call ``finish_layout()`` and implement
    ``work()``: return a zero-argument callable to run (raise ValidationError for problems found at once).
    """

    def __init__(self, page: Page, title: str) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def work(self) -> Any:
        raise NotImplementedError

    def _submit(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        try:
            work = self.work()
        except ValidationError as exc:
            self._refused(exc)
            return
        self.buttons.setEnabled(False)
        self.page.session.tasks.run(work, self._done, self._refused, write=True)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.fields)
            unplaced = [m for f, m in error_fields(exc.fields).items() if f not in self.errors.labels]
            if unplaced or not exc.fields:
                self.general_error.setText(" ".join([error_text(exc), *unplaced]))
                self.general_error.show()
            return
        if isinstance(exc, StoreUnavailable):
            # The server went away, the disk is full, the store is locked: nothing was saved, and what was
            # typed stays here for another try once the cause is fixed.
            self.general_error.setText(error_text(exc) + " " + tr("What you entered is kept: press OK to try again."))
            self.general_error.show()
            return
        self.reject()
        self.page.show_error(exc)


class FormDialog(WorkingDialog):
    """A WorkingDialog built from a list of fields, for the many small forms of a record window.

    ``fields`` are (name, label, widget); ``make_work`` receives the values by name — text for line and text
    edits, the chosen item's data for combo boxes, a date for date edits, the typed (naive, local) datetime
    for date-time edits, a bool for check boxes, an int for spin boxes — and returns the callable to run on
    the write thread.
    """

    def __init__(
        self,
        page: Page,
        title: str,
        fields: list[tuple[str, str, QWidget]],
        make_work: Callable[[dict[str, Any]], Callable[[], Any]],
        note: str = "",
    ) -> None:
        super().__init__(page, title)
        self.setMinimumWidth(460)
        self.widgets = {name: widget for name, _label, widget in fields}
        for name, label, widget in fields:
            self.errors.add_row(self.form, label, name, widget)
        if note:
            explain = QLabel(note)
            explain.setWordWrap(True)
            self.form.addRow(explain)
        self.make_work = make_work
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {name: _value(widget) for name, widget in self.widgets.items()}

    def work(self) -> Any:
        return self.make_work(self.values())


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else widget.currentText()
    if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
        moment = widget.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return moment  # naive local wall-clock time, as typed
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")
