"""What every page of the main window offers the window's menus (search, new, print, refresh)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from rjdesk.errors import ConcurrencyConflict, RjdeskError, ValidationError
from rjdesk.files import write_whole
from ui.i18n import error_fields, error_text, tr, tr_noop
from ui.session import Session


class Page(QWidget):
    title = tr_noop("Page")
    can_search = False
    can_create = False
    can_print = False
    # Lists re-read when shown again; a page holding a form being edited keeps what is typed.
    refresh_on_show = True

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setAccessibleName(self.title)
        self._latest: dict[str, int] = {}

    def refresh(self) -> None:
        """F5: fetch again from the store."""

    def has_unsaved_input(self) -> bool:
        """Typed into the page itself and not saved yet: a refresh from elsewhere (live refresh) waits."""
        return False

    def focus_search(self) -> None:
        """Ctrl+F."""

    def create_new(self) -> None:
        """Ctrl+N."""

    def printable_html(self) -> str | None:
        """Ctrl+P: what to print, as HTML (no personal data beyond what the page shows this user)."""
        return None

    def run(self, work: Any, on_done: Any, *, write: bool = False) -> None:
        self.session.tasks.run(work, self._while_open(on_done), self._while_open(self.show_error), write=write)

    def _while_open(self, callback: Any) -> Any:
        """An answer can arrive after the user closed the window that asked (a record window deletes itself on
        close): then there is nothing left to show it in, and it is dropped."""

        def call(value: Any) -> None:
            if isValid(self):
                callback(value)

        return call

    def run_latest(self, key: str, work: Any, on_done: Any) -> None:
        """Like ``run`` for a read whose newer request supersedes older ones (a filter changed while a list was
        loading): only the answer to the latest request is shown, whatever order the answers arrive in."""
        token = self._latest.get(key, 0) + 1
        self._latest[key] = token

        def done(result: Any) -> None:
            if self._latest.get(key) == token:
                on_done(result)

        self.session.tasks.run(work, self._while_open(done), self._while_open(self.show_error))

    def save_generated(self, caption: str, suggested_name: str, formats: dict[str, Callable[[], bytes]]) -> None:
        """Ask where to save, then make the file on a worker and write it whole (never half a file).

        ``formats`` maps a file-dialog filter such as "PDF (*.pdf)" to what makes that file; the filter the
        user picks (or the suffix they type) decides. Making it may audit, so it runs as a write.
        """
        filters = ";;".join(formats)
        target, chosen = QFileDialog.getSaveFileName(self, caption, suggested_name, filters)
        if not target:
            return
        suffix = Path(target).suffix.lower()
        by_suffix = {f.split("(*")[1].rstrip(")"): f for f in formats}
        make = formats[by_suffix.get(suffix, chosen or next(iter(formats)))]

        def work() -> Path:
            return write_whole(target, make())

        self.run(
            work,
            lambda path: QMessageBox.information(self, caption, tr("Saved to {path}.").format(path=path)),
            write=True,
        )

    def show_error(self, exc: Exception) -> None:
        """Expected refusals become a plain message; anything else goes to the global error dialog."""
        if isinstance(exc, ConcurrencyConflict):
            QMessageBox.warning(
                self, tr("Changed by someone else"), error_text(exc) + "\n\n" + tr("The page will now reload.")
            )
            self.refresh()
        elif isinstance(exc, ValidationError):
            detail = "\n".join(f"• {v}" for v in error_fields(exc.fields).values())
            QMessageBox.warning(self, tr(self.title), f"{error_text(exc)}\n{detail}".strip())
        elif isinstance(exc, RjdeskError):
            QMessageBox.warning(self, tr(self.title), error_text(exc))
        else:
            raise exc
