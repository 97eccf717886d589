"""`make screenshots`: the user guide's pictures, taken from the real app on a fresh demo store (synthetic
people only), one signed-in role at a time, offscreen. Writes docs/images/<role>-<page>.png.

The demo store is made for today (duties are overdue or due relative to the day the pictures are taken).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

IMAGES = ROOT / "docs" / "images"
# (who signs in, the page, the picture's name): each role's home and the pages the guide shows for it.
SHOTS = (
    ("vlo", "my_day", "vlo-my-day"),
    ("vlo", "victims", "vlo-victims"),
    ("rjc", "rj", "rjc-restorative-justice"),
    ("supervisor", "reparation", "supervisor-reparation"),
    ("casemgr", "shared_views", "casemgr-shared-views"),
    ("panel", "panels", "panel-panels"),
    ("manager", "reports", "manager-reports"),
    ("manager", "audit", "manager-audit"),
    ("analyst", "reports", "analyst-reports"),
    ("admin", "admin", "admin-administration"),
)


def settle(app: QApplication, tasks: object, seconds: float = 1.5) -> None:
    """Let the pages' background reads finish and their results arrive on screen."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    tasks.read_pool.waitForDone(30_000)  # type: ignore[attr-defined]
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(IMAGES / f"{name}.png"))
    print(f"docs/images/{name}.png")


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("rjdesk-screenshots")
    QCoreApplication.setApplicationName("rjdesk-screenshots")
    from rjdesk import demo
    from rjdesk.connection import ConnectionProfile
    from rjdesk.demo_accounts import DEMO_PASSWORD
    from rjdesk.services import settings, users
    from rjdesk.services.context import operator_actor
    from rjdesk.store import keys
    from rjdesk.store.database import open_local
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import TaskRunner

    with tempfile.TemporaryDirectory(prefix="rjdesk-screenshots-") as folder:
        os.environ["RJDESK_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["RJDESK_DATA_DIR"] = str(Path(folder) / "data")
        key_file = Path(folder) / "key.txt"
        key_file.write_text(keys.recovery_key_for(keys.new_raw_key()))
        os.environ[keys.ENV_KEY_FILE] = str(key_file)
        db = open_local(Path(folder) / "demo.db", keys.KeyringSecretStore())
        service_id = demo.ensure_demo_service(db)
        demo.generate(db, operator_actor(service_id, "screenshots"), victims=60, seed=7, today=dt.date.today())
        tasks = TaskRunner()
        for username, page, name in SHOTS:
            actor = users.authenticate(db, username, DEMO_PASSWORD)
            session = Session(db, actor, ConnectionProfile("local"), tasks, settings.get_service(db, actor))
            window = MainWindow(session, idle_check_ms=600_000)
            window.show()
            window.show_page(page)
            settle(app, tasks)
            save(window, name)
            if name == "vlo-victims":  # and one victim's record, opened from the list
                from ui.victim_window import VictimWindow

                victims_page = window.pages["victims"]
                victim_id = victims_page.model.row(0).id  # type: ignore[attr-defined]
                record = VictimWindow(session, victim_id)
                record.resize(1000, 700)
                record.show()
                settle(app, tasks)
                record.tabs.setCurrentIndex(2)  # cases and the KPI 10 fields derived from the work
                settle(app, tasks, 0.3)
                save(record, "vlo-victim-record")
                record.close()
            window.close()
        tasks.wait_idle()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
