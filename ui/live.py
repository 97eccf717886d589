"""Live refresh: other desks' changes appear on this one without pressing F5.

On a team database a worker thread waits on PostgreSQL notifications (``rjdesk.store.changes``) and says
which tables changed; on the local store (one desk, but several windows and the CLI) a timer asks for a
periodic refresh instead. Either way the main window reloads the page on screen — if it is a list
(``refresh_on_show``), never a form someone is typing into — a moment after the last change of a burst.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

log = logging.getLogger(__name__)

LISTEN_WAIT_SECONDS = 0.4
LOCAL_REFRESH_MS = 30_000
SETTLE_MS = 300  # a burst of changes (an import, a whole group's attendance) gives one reload


class _ListenThread(QThread):
    changed = Signal(list)

    def __init__(self, listener: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                tables = self.listener.changes(LISTEN_WAIT_SECONDS)
            except Exception as exc:  # the server went away: try again shortly, and reload when back
                log.warning("live refresh lost its connection (%s)", type(exc).__name__)
                if self._stop.wait(5):
                    break
                tables = {"*"}
            if tables and not self._stop.is_set():
                self.changed.emit(sorted(tables))
        self.listener.close()

    def stop(self) -> None:
        self._stop.set()
        self.wait(5_000)


class LiveRefresh(QObject):
    """Emits ``refresh_due`` when what the window shows may have changed elsewhere."""

    refresh_due = Signal()

    def __init__(self, db: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh_due.emit)
        self._thread: _ListenThread | None = None
        self._timer: QTimer | None = None
        if db.kind == "team":
            from ui import startup

            self._thread = _ListenThread(startup.change_listener(db), self)
            self._thread.changed.connect(self._changed)
            self._thread.start()
        else:
            self._timer = QTimer(self)
            self._timer.setInterval(LOCAL_REFRESH_MS)
            self._timer.timeout.connect(self.refresh_due.emit)
            self._timer.start()

    def _changed(self, _tables: list[str]) -> None:
        self._settle.start()

    def stop(self) -> None:
        self._settle.stop()
        if self._timer is not None:
            self._timer.stop()
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
