"""Access keys (the underlined letter, Alt+letter): two visible controls of one window with the same letter
make Alt+letter only move between them instead of acting — a keyboard user's dead end."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    """The letter Alt answers to in a label or button text (a doubled && is a plain ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Every access key that a visible control of the window answers to, with who answers."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = access_key(text)
        if key:
            keys[key].append(text.replace("&", ""))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    add(widget.tabText(index))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
    return keys


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: sorted(who) for key, who in access_keys(window).items() if len(who) > 1}
