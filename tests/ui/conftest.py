"""UI fixtures: real widgets on a real store, signed in as users of chosen roles; screenshots for people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rjdesk.connection import ConnectionProfile
from rjdesk.rules.permissions import Role
from rjdesk.services import settings
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from tests.conftest import make_service, make_user
from ui.main_window import MainWindow
from ui.session import Session
from ui.tasks import TaskRunner

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(autouse=True)
def qt_names(qapp: object) -> None:
    QCoreApplication.setOrganizationName("rjdesk-tests")
    QCoreApplication.setApplicationName("rjdesk-tests")


@pytest.fixture
def tasks(qtbot: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    pixmap = widget.grab()
    assert not pixmap.isNull()
    pixmap.save(str(path))
    return path


def in_modal(qtbot, act: Callable[[QDialog], None], name: str, *, within_ms: int = 10_000, title: str = "") -> None:
    """Fill the modal dialog that is about to open, screenshot it, press OK.

    Some dialogs open only after a background read (the merge dialog lists candidates first), so this
    looks for the modal every 50 ms rather than once, and fails plainly if none opens in time. With
    ``title``, it waits for a dialog whose title contains it (when one dialog leads to the next).
    """
    waited = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or title not in dialog.windowTitle():
            waited[0] += 50
            assert waited[0] < within_ms, f"no dialog opened for {name}"
            QTimer.singleShot(50, run)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not leave a modal dialog waiting forever
            raise
        screenshot(dialog, name)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    QTimer.singleShot(200, run)


@pytest.fixture
def operator(local_db: Database) -> Actor:
    return make_service(local_db, "NB", "Northbridge Youth Justice Service")


@pytest.fixture
def open_main(qtbot: object, local_db: Database, operator: Actor, tasks: TaskRunner) -> Callable[..., MainWindow]:
    """Sign in a new user with the given roles and show the main window as the app would."""

    def make(username: str, *roles: Role, idle_check_ms: int = 5_000) -> MainWindow:
        actor = make_user(local_db, operator, username, *roles)
        session = Session(local_db, actor, ConnectionProfile("local"), tasks, settings.get_service(local_db, actor))
        window = MainWindow(session, idle_check_ms=idle_check_ms)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        with qtbot.waitActive(window):  # type: ignore[attr-defined]  # shortcuts go to the active window
            window.activateWindow()
        return window

    return make
