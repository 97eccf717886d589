"""Background work: reads on a capped thread pool, writes on a single thread, results back by signals.

A UI never blocks on the database, the keyring or a report. ``TaskRunner.run`` takes a plain callable
(usually a lambda calling one service function) and two callbacks that run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI thread, where it is shown or handled
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the pools. Reads run up to ``read_threads`` at once; writes one at a time, in order."""

    def __init__(self, read_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(read_threads)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self._running: set[_Task] = set()  # keeps the signal objects alive until delivery

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        write: bool = False,
    ) -> None:
        task = _Task(work)
        task.setAutoDelete(False)
        self._running.add(task)

        def finished_ok(result: Any) -> None:
            self._running.discard(task)
            on_done(result)

        def finished_failed(exc: Exception) -> None:
            self._running.discard(task)
            on_error(exc)

        task.signals.succeeded.connect(finished_ok)
        task.signals.failed.connect(finished_failed)
        (self.write_pool if write else self.read_pool).start(task)

    def busy(self) -> bool:
        return bool(self._running)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Used on close: let a write in flight finish before the store is disposed."""
        return self.write_pool.waitForDone(msecs) and self.read_pool.waitForDone(msecs)
