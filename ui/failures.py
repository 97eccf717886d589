"""When things go wrong: a global exception hook, a crash log, and the dialogs that show them.

The hook logs the traceback (rjdesk's own messages never carry personal data, and SQLAlchemy is told to
hide statement parameters) and shows a dialog with "Copy details" so a user can report it. faulthandler
writes hard crashes to ``crash.log``; the next start offers it.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rjdesk import __version__, paths
from ui.i18n import tr

log = logging.getLogger("rjdesk.ui")
_crash_file: IO[str] | None = None


def crash_log_path() -> Path:
    return paths.log_dir() / "crash.log"


def setup_logging() -> None:
    import logging.handlers  # not needed for the first paint

    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "rjdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def enable_crash_log() -> str | None:
    """Start faulthandler into crash.log; return what an earlier crash left there (and clear it)."""
    global _crash_file
    path = crash_log_path()
    previous = path.read_text(encoding="utf-8", errors="replace").strip() if path.exists() else ""
    _crash_file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - must stay open for faulthandler
    faulthandler.enable(file=_crash_file, all_threads=True)
    return previous or None


class DetailsDialog(QDialog):
    """A message, its technical details, and a button that copies them for a support request."""

    def __init__(self, title: str, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.details_text = details
        layout = QVBoxLayout(self)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Technical details"))
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy details"))
        self.copy_button.setAccessibleName(tr("Copy details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(tr("Copied"))


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    header = (
        f"rjdesk {__version__} on Python {sys.version.split()[0]}, {dt.datetime.now().isoformat(timespec='seconds')}"
    )
    return header + "\n\n" + "".join(lines)


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: log them and tell the user plainly, with details to copy. Never a silent crash."""
    global _showing
    report = format_report(exc_type, exc, tb)
    log.error("unexpected error: %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        dialog = DetailsDialog(
            tr("Something went wrong"),
            tr(
                "rjdesk hit an unexpected problem. What you had saved is safe. If it happens again, "
                "copy the details below and send them to your IT support."
            ),
            report,
            QApplication.activeWindow(),
        )
        dialog.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = excepthook


def offer_crash_report(previous_crash: str, parent: QWidget | None = None) -> DetailsDialog:
    dialog = DetailsDialog(
        tr("rjdesk closed unexpectedly last time"),
        tr(
            "rjdesk stopped unexpectedly the last time it ran. Nothing you had saved was lost. "
            "You can copy the crash report for your IT support."
        ),
        previous_crash,
        parent,
    )
    return dialog
