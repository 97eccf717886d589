"""Accessible descriptions: what a screen reader reads after a control's name and role — how to use it from
the keyboard, or how to fill it in. Every control gets one when it is first shown (an application-wide
filter on the Polish event), unless it already has a description or a tooltip (which Qt reads as its
description); a form's field gets its hint when the form is built, and a refused field the refusal first
(``widgets/forms.FieldErrors``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.i18n import tr


def field_hint(widget: QWidget) -> str:
    """How to fill in a field, where its name does not say: a date, a number, a choice, an example."""
    if isinstance(widget, QDateEdit | QDateTimeEdit):
        return tr("A date: type the day, month and year, or press Alt+Down for a calendar.")
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return tr("A number from {low} to {high}; the Up and Down keys change it.").format(
            low=f"{widget.minimum():g}", high=f"{widget.maximum():g}"
        )
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        return tr("A choice: the Up and Down keys change it, Alt+Down lists every choice.")
    return ""


def keyboard_hint(widget: QWidget) -> str:
    """How to use a control from the keyboard."""
    if isinstance(widget, QCheckBox):
        return tr("Space ticks or clears it.")
    if isinstance(widget, QRadioButton):
        return tr("The arrow keys move between the choices.")
    if isinstance(widget, QPushButton) and widget.menu() is not None:
        return tr("Space opens its menu; the arrow keys move in it.")
    if isinstance(widget, QAbstractButton):
        return tr("Space presses it; it opens a window.") if widget.text().endswith("…") else tr("Space presses it.")
    if isinstance(widget, QTabBar):
        return tr("The Left and Right keys move between tabs; Ctrl+Tab from anywhere in the window.")
    if isinstance(widget, QAbstractItemView):
        return tr("A list: the Up and Down keys move between rows, Page Up and Page Down by a page.")
    if isinstance(widget, QTextEdit):
        return tr("Text to read: the arrow keys move through it.")
    return field_hint(widget)


def describe(widget: QWidget) -> None:
    if not widget.accessibleDescription() and not widget.toolTip():
        hint = keyboard_hint(widget)
        if hint:
            widget.setAccessibleDescription(hint)


class _DescribeWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            describe(watched)
        return False


_installed: list[_DescribeWhenShown] = []


def install(app: QApplication) -> None:
    """Describe every control as it is first shown, from now on (once per application)."""
    if not _installed:
        _installed.append(_DescribeWhenShown(app))
        app.installEventFilter(_installed[0])
