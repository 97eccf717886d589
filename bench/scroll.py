"""Scrolling the whole victim list end to end, in its own process (so its peak memory is the list's, not the
generator's): the real Victims page, offscreen, scrolled ten screens at a time from the first row to the last
— every block of rows read once. Reports the time to open the list, the longest single step (a stall the
user would feel) and the process's peak resident memory.

Run by ``bench/scale.py`` with the store it built: ``python -m bench.scroll sqlite PATH`` (key from
RJDESK_DB_KEY_FILE) or ``python -m bench.scroll postgresql URL``. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux the high-water mark of its own memory map (VmHWM):
    ``getrusage``'s ru_maxrss survives exec, so a process started from a large parent (the benchmark, holding
    a million victims' generation) reported the parent's size at fork, not its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(backend: str, where: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from rjdesk.connection import ConnectionProfile
    from rjdesk.demo_accounts import DEMO_PASSWORD
    from rjdesk.services import users
    from rjdesk.store import keys
    from rjdesk.store.database import open_local, open_team
    from ui.pages.victims import VictimsPage
    from ui.session import Session
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    if backend == "sqlite":
        db = open_local(Path(where), keys.KeyringSecretStore())
        profile = ConnectionProfile("local")
    else:
        db = open_team(where, None)
        profile = ConnectionProfile("team")
    actor = users.authenticate(db, "vlo", DEMO_PASSWORD)
    started = time.perf_counter()
    tasks = TaskRunner()
    page = VictimsPage(Session(db, actor, profile, tasks))
    page.resize(1000, 700)
    page.show()
    while page.model.rowCount() == 0:  # the list loads on a worker
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    opened = time.perf_counter() - started
    memory_when_open = peak_memory_mb()
    bar = page.table.verticalScrollBar()
    step = bar.pageStep() * 10
    longest = 0.0
    steps = 0
    value = 0
    while True:
        begun = time.perf_counter()
        bar.setValue(value)
        page.table.viewport().repaint()
        app.processEvents()
        longest = max(longest, time.perf_counter() - begun)
        steps += 1
        if value >= bar.maximum():
            break
        value = min(value + step, bar.maximum())
    last_row = page.table.indexAt(page.table.viewport().rect().bottomLeft()).row()
    rows = page.model.rowCount()
    # Shut down as the app does: no worker still reading (the last screens' rows, the count) when the store
    # is disposed and the process exits. Exiting with reads in flight crashed at exit (SIGSEGV / bus error,
    # "shared QObject was deleted directly"), on PostgreSQL, whose reads are slower: after the figures,
    # but losing them.
    page.close()
    tasks.wait_idle()
    page.deleteLater()
    tasks.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before the interpreter's teardown
    db.dispose()
    return {
        "rows": rows,
        "open_list_ms": round(opened * 1000, 1),
        "scroll_steps": steps,
        "longest_step_ms": round(longest * 1000, 1),
        "last_row_shown": last_row,
        "peak_memory_when_open_mb": round(memory_when_open, 1),
        "peak_memory_mb": round(peak_memory_mb(), 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])), flush=True)
