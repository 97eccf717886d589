"""rjdesk desktop entry point: paint a window first, open the store on a worker, then sign in.

Import discipline (DESIGN §6a): this module and the first window import only Qt and the light parts of
rjdesk. SQLAlchemy, keyring and ReportLab load on a worker thread after the first paint.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rjdesk.connection import ConnectionProfile, load_profile
from ui import failures, i18n
from ui.appearance import app_icon, appearance
from ui.login import LoginWindow
from ui.tasks import TaskRunner

HEAVY_MODULES = ("sqlalchemy", "keyring", "reportlab", "alembic", "holidays")
FIRST_PAINT_PROBE = "RJDESK_FIRST_PAINT_PROBE"  # benchmarks and tests: report the first paint, then quit
DAILY_BACKUP_FIRST_DELAY_MS = 60_000  # after sign-in, once My day has loaded
DAILY_BACKUP_INTERVAL_MS = 60 * 60 * 1000  # hourly: a desk left open overnight still gets the next day's

log = logging.getLogger(__name__)


class AppController(QObject):
    """Moves between first start, sign-in and the main window; owns the open store and the task runner."""

    def __init__(self, app: QApplication, previous_crash: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.tasks = TaskRunner(parent=self)
        self.previous_crash = previous_crash
        self.window: Any = None
        self.db: Any = None
        self.profile: ConnectionProfile | None = None
        self._previous_profile: ConnectionProfile | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(DAILY_BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._daily_backup)
        app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        profile = load_profile()
        if profile is None:
            self.show_wizard()
        else:
            self.show_login(profile)
        if os.environ.get(FIRST_PAINT_PROBE):
            QTimer.singleShot(0, self._report_first_paint)
        elif self.previous_crash:
            QTimer.singleShot(0, self._offer_crash_report)

    def _report_first_paint(self) -> None:
        loaded = sorted(m for m in HEAVY_MODULES if m in sys.modules)
        print(json.dumps({"painted": True, "heavy_modules_loaded": loaded}), flush=True)
        self.app.quit()

    def _offer_crash_report(self) -> None:
        assert self.previous_crash is not None
        failures.offer_crash_report(self.previous_crash, self.window).open()

    def _replace_window(self, window: Any) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()

    def show_wizard(self) -> None:
        from ui.first_start import FirstStartWizard

        self._dispose_store()
        # The profile in use is kept until the wizard finishes: cancelling goes back to signing in there.
        self._previous_profile = self.profile
        wizard = FirstStartWizard(self.tasks)
        wizard.finished.connect(lambda result: self._wizard_finished(wizard, result))
        self._replace_window(wizard)

    def _wizard_finished(self, wizard: Any, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or wizard.profile is None:
            if wizard.db is not None:
                wizard.db.dispose()
            if self._previous_profile is not None:
                self.show_login(self._previous_profile)
            else:
                self.app.quit()
            return
        self.profile, self.db = wizard.profile, wizard.db
        if wizard.actor is not None:
            self.open_main(self.db, wizard.actor)
        else:
            self.show_login(wizard.profile, wizard.db)

    def show_login(self, profile: ConnectionProfile, db: Any = None) -> None:
        from rjdesk.demo_accounts import demo_hint

        self.profile = profile
        login = LoginWindow(profile, self.tasks, hint=demo_hint() if profile.kind == "demo" else "")
        login.signed_in.connect(self.open_main)
        login.setup_requested.connect(self.show_wizard)
        self._replace_window(login)
        if db is not None:
            login.use_store(db)
        else:
            QTimer.singleShot(0, login.open_store)

    def open_main(self, db: Any, actor: Any) -> None:
        self.db = db

        def load_service() -> Any:
            from rjdesk.services.settings import get_service

            return get_service(db, actor)

        self.tasks.run(load_service, lambda service: self._show_main(db, actor, service), failures_hook)

    def _show_main(self, db: Any, actor: Any, service: Any) -> None:
        from ui.main_window import MainWindow
        from ui.session import Session

        assert self.profile is not None
        window = MainWindow(Session(db, actor, self.profile, self.tasks, service))
        window.signed_out.connect(lambda: self.show_login(self.profile, self.db) if self.profile else None)
        window.store_replaced.connect(self._store_replaced)
        self._replace_window(window)
        if db.kind == "local":
            self._backup_timer.start()
            QTimer.singleShot(DAILY_BACKUP_FIRST_DELAY_MS, self._daily_backup)

    def _daily_backup(self) -> None:
        """A backup when the local store has none from today; a failure is logged, never in the way."""
        db = self.db
        if db is None or db.kind != "local":
            return
        from ui import startup

        self.tasks.run(
            lambda: startup.daily_backup(db),
            lambda _: None,
            lambda exc: log.warning("daily backup failed: %s", type(exc).__name__),
        )

    def _store_replaced(self) -> None:
        """A restore from the app closed the store: open it again and sign in afresh."""
        self._backup_timer.stop()
        self.db = None
        if self.profile is not None:
            self.show_login(self.profile)

    def _dispose_store(self) -> None:
        self._backup_timer.stop()
        if self.db is not None:
            self.tasks.wait_idle()
            from ui import startup

            startup.close_store(self.db)
            self.db = None

    def shutdown(self) -> None:
        self._dispose_store()


def failures_hook(exc: Exception) -> None:
    failures.excepthook(type(exc), exc, exc.__traceback__)


def self_test(app: QApplication, report_path: str | None = None) -> int:
    """``rjdesk --self-test``: the core's checks (rjdesk.self_test) and Qt's own — a window with Welsh text
    painted off screen. Prints the report as JSON (and writes it to ``report_path``: a Windows app without a
    console has no standard output); exits 0 only when everything worked."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QLabel

    from rjdesk.self_test import run_self_test

    report = run_self_test()
    label = QLabel("Croeso i rjdesk — dioddefwyr ŵ ŷ")
    label.resize(320, 40)
    painted = label.grab()
    families = QFontDatabase.families()
    if painted.isNull() or not families:
        report.failed.append(f"qt: the window did not paint ({len(families)} font families)")
    else:
        report.checked.append(f"qt: a window painted on {app.platformName()} with {len(families)} font families")
    if i18n.install("cy") == "cy" and i18n.tr("&File") != "&File":
        report.checked.append("qt: the Welsh interface translation loads")
    else:
        report.failed.append(f"qt: the Welsh translation {i18n.translation_file('cy')} is missing or empty")
    i18n.install("en")
    text = json.dumps(report.as_json(), indent=2)
    if report_path:
        from pathlib import Path

        Path(report_path).write_text(text + "\n", encoding="utf-8")
    if sys.stdout is not None:
        print(text, flush=True)
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = argv if argv is not None else sys.argv
    if "--self-test" in argv:
        # No screen needed: an installer's check runs on build machines and over SSH.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        named = argv.index("--self-test-report") + 1 if "--self-test-report" in argv else 0
        return self_test(QApplication([argv[0]]), argv[named] if 0 < named < len(argv) else None)
    app = QApplication(argv)
    app.setOrganizationName("rjdesk")
    app.setApplicationName("rjdesk")
    app.setApplicationDisplayName("rjdesk")
    app.setWindowIcon(app_icon())
    appearance(app)  # the colours and text size chosen on this desk (or the system's), before any window
    i18n.install()  # English, or Welsh where this desk chose it
    previous_crash = failures.enable_crash_log()
    failures.install_excepthook()
    controller = AppController(app, previous_crash)
    controller.start()
    QTimer.singleShot(0, failures.setup_logging)  # the log file can wait until the first window is up
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
