"""Small form helpers: labelled fields with an error line under each (validation next to the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: palette(bright-text); background: #b00020; padding: 2px 6px; border-radius: 3px;"


class FieldErrors:
    """Holds one error label per field; ``show`` fills them from a ValidationError's ``fields``."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, field_name: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field_name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.labels[field_name] = error
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        form.addRow(label, box)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, fields: dict[str, str]) -> None:
        self.clear()
        for name, message in fields.items():
            label = self.labels.get(name)
            if label is not None:
                label.setText(message)
                label.show()

    def text(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
