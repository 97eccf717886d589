"""The desktop shell walked as its users would: first start, sign in, lock-out, idle lock, pages by role."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWizard

from rjdesk.connection import ConnectionProfile, load_profile, save_profile
from rjdesk.rules.permissions import Role
from rjdesk.services import users, victims
from rjdesk.services.context import Actor
from rjdesk.store import keys
from rjdesk.store.database import Database
from tests.conftest import PASSWORD, InMemoryKeyring, make_user
from tests.ui.conftest import screenshot
from ui.first_start import PAGE_LOCAL, PAGE_SERVICE, FirstStartWizard
from ui.login import LoginWindow
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

pytestmark = pytest.mark.ui


def test_first_start_on_this_computer(qtbot, tasks: TaskRunner, memory_keyring: InMemoryKeyring) -> None:
    wizard = FirstStartWizard(tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    screenshot(wizard, "first-start-1-choice")
    assert wizard.choice.local.isChecked()
    wizard.next()
    assert wizard.currentId() == PAGE_LOCAL
    page = wizard.local
    qtbot.waitUntil(lambda: page.key.isVisible(), timeout=20_000)
    recovery = page.key.text()
    assert len(recovery.split("-")) == 14
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # must confirm it was kept
    page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    screenshot(wizard, "first-start-2-recovery-key")
    wizard.next()
    assert wizard.currentId() == PAGE_SERVICE
    service = wizard.service
    service.service_name.setText("Northbridge Youth Justice Service")
    service.service_code.setText("NBYJS")
    service.username.setText("ada")
    service.display_name.setText("Ada Admin")
    service.password.setText("short")
    service.confirm.setText("short")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.errors.text("password") != "", timeout=10_000)
    assert "10 characters" in service.errors.text("password")
    screenshot(wizard, "first-start-3-validation")
    service.password.setText(PASSWORD)
    service.confirm.setText(PASSWORD)
    with qtbot.waitSignal(wizard.accepted, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.actor is not None and Role.ADMINISTRATOR in wizard.actor.roles
    assert load_profile() == ConnectionProfile("local")
    assert users.authenticate(wizard.db, "ada", PASSWORD).username == "ada"
    # The recovery key really opens the store.
    assert keys.parse_raw_key(recovery, "typed").value == wizard.db.key.value
    wizard.db.dispose()


def _login(qtbot, tasks: TaskRunner) -> LoginWindow:
    window = LoginWindow(ConnectionProfile("local"), tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_store()
    return window


def test_sign_in_lock_out_and_success(qtbot, tasks: TaskRunner, local_db: Database, operator: Actor) -> None:
    make_user(local_db, operator, "vlo1", Role.VLO)
    window = _login(qtbot, tasks)
    qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=20_000)
    screenshot(window, "login")
    for attempt in range(5):
        qtbot.keyClicks(window.username, "vlo1") if attempt == 0 else None
        qtbot.keyClicks(window.password, "not my password")
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
        qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=10_000)
    assert "locked for 15 minutes" in window.message.text()
    screenshot(window, "login-locked-out")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=10_000)
    assert "locked" in window.message.text()  # even the right password waits out the lock
    admin = make_user(local_db, operator, "admin", Role.ADMINISTRATOR)
    target = next(u for u in users.list_users(local_db, admin) if u.username == "vlo1")
    users.reset_password(local_db, admin, target.id, "temporary password", target.version_id)
    # After a reset, sign-in asks for a new password first.
    from ui import login as login_module

    def choose_new(dialog_self: login_module.ChangePasswordDialog) -> int:
        dialog_self.old.setText("temporary password")
        dialog_self.new.setText("my own new password")
        dialog_self.confirm.setText("my own new password")
        dialog_self.save()
        qtbot.waitUntil(lambda: dialog_self.result() == 1, timeout=10_000)
        return 1

    original = login_module.ChangePasswordDialog.exec
    login_module.ChangePasswordDialog.exec = choose_new  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(window.signed_in, timeout=20_000) as signed:
            qtbot.keyClicks(window.password, "temporary password")
            qtbot.keyClick(window.password, Qt.Key.Key_Return)
    finally:
        login_module.ChangePasswordDialog.exec = original  # type: ignore[method-assign]
    assert signed.args[1].username == "vlo1"
    assert users.authenticate(local_db, "vlo1", "my own new password").username == "vlo1"


def test_lost_keyring_entry_at_sign_in_is_recovered_with_the_recovery_key(
    qtbot, tasks: TaskRunner, tmp_path: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import startup

    db = startup.create_local_store(ConnectionProfile("local"))
    recovery = db.recovery_key
    db.dispose()
    memory_keyring.entries.clear()
    window = _login(qtbot, tasks)
    qtbot.waitUntil(window.recover_button.isVisible, timeout=20_000)
    assert "recovery key that a manager keeps" in window.message.text()
    assert "RJDESK_" not in window.message.text()  # desk words, not command-line ones
    screenshot(window, "login-store-problem")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("AAAA-" + recovery[5:], True))
    qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "typing mistake" in window.message.text() or "another store" in window.message.text(), timeout=10_000
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (recovery, True))
    qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=20_000)
    window.db.dispose()


def test_idle_lock_hides_the_pages_until_the_password(qtbot, open_main: Callable[..., MainWindow], local_db) -> None:
    window = open_main("vlo1", Role.VLO, idle_check_ms=50)
    victims.create_victim(local_db, window.session.actor, victims.VictimDetails("individual", "Pat Private"))
    window.refresh()
    window.idle.idle_seconds = 0.2
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert not window.content.isVisible()
    assert not window.refresh_action.isEnabled()
    screenshot(window, "main-idle-locked")
    qtbot.keyClicks(window.lock_panel.password, "wrong password")
    qtbot.keyClick(window.lock_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_panel.message.text() != "", timeout=10_000)
    assert window.locked
    window.idle.idle_seconds = 3600
    qtbot.keyClicks(window.lock_panel.password, PASSWORD)
    qtbot.keyClick(window.lock_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.content.isVisible()


@pytest.mark.parametrize(
    ("username", "roles", "expected"),
    [
        ("vlo", (Role.VLO,), ["Home", "My day", "Victims", "Restorative justice"]),
        (
            "manager",
            (Role.MANAGER,),
            [
                "Home",
                "My day",
                "Victims",
                "Restorative justice",
                "Shared views",
                "Reparation",
                "Cases",
                "Panels",
                "Reports",
                "Disclosures",
                "Audit",
                "Retention",
                "Duty rules",
            ],
        ),
        ("admin", (Role.ADMINISTRATOR,), ["Home", "Duty rules", "Administration"]),
        ("rjc", (Role.RJ_COORDINATOR,), ["Home", "My day", "Victims", "Restorative justice"]),
        ("panel", (Role.PANEL_COORDINATOR,), ["Home", "Victims", "Cases", "Panels"]),
        ("supervisor", (Role.REPARATION_SUPERVISOR,), ["Home", "Reparation"]),
        ("casemgr", (Role.CASE_MANAGER,), ["Home", "Shared views", "Reparation"]),
        ("analyst", (Role.PERFORMANCE_ANALYST,), ["Home", "Reports"]),
    ],
)
def test_sidebar_shows_the_pages_of_the_users_roles(
    qtbot, open_main: Callable[..., MainWindow], username: str, roles: tuple[Role, ...], expected: list[str]
) -> None:
    window = open_main(username, *roles)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == expected
    assert window.findChild(object, "status_user").text().startswith(username.title())
    assert "Northbridge" in window.findChild(object, "status_service").text()
    assert window.findChild(object, "status_database").text() == "Encrypted store on this computer"
    qtbot.wait(50)
    screenshot(window, f"main-{username}")


def test_menus_and_shortcuts(qtbot, open_main: Callable[..., MainWindow], local_db, operator) -> None:
    window = open_main("vlo1", Role.VLO)
    for i in range(3):
        victims.create_victim(local_db, window.session.actor, victims.VictimDetails("individual", f"Person {i}"))
    page = window.show_page("victims")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "person 1")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.worker.count() >= 2, timeout=10_000)
    colleague = make_user(local_db, operator, "vlo2", Role.VLO)
    victims.create_victim(local_db, colleague, victims.VictimDetails("individual", "Colleague's Person"))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    page.worker.setCurrentIndex(page.worker.findData(window.session.actor.user_id))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)  # only this worker's three
    page.worker.setCurrentIndex(0)
    assert window.find_action.isEnabled() and window.print_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert "Person 1" in (page.printable_html() or "")
    screenshot(window, "main-victims-search")


def test_error_dialog_offers_copy_details(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui import failures

    shown: list[failures.DetailsDialog] = []

    def fake_exec(dialog: failures.DetailsDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        screenshot(dialog, "error-dialog")
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(failures.DetailsDialog, "exec", fake_exec)
    try:
        raise RuntimeError("boom for the test")
    except RuntimeError as exc:
        failures.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "RuntimeError: boom for the test" in shown[0].details_text
    assert "What you had saved is safe" in shown[0].message_label.text()
    assert QGuiApplication.clipboard().text() == shown[0].details_text


def test_crash_log_is_offered_on_the_next_start(tmp_path: Path) -> None:
    from ui import failures

    path = failures.crash_log_path()
    path.write_text("Fatal Python error: Segmentation fault\n\nThread 0x01 (most recent call first):\n")
    previous = failures.enable_crash_log()
    assert previous is not None and "Segmentation fault" in previous
    assert path.read_text() == ""  # cleared for this run


def _probe_first_paint(tmp_path: Path, kind: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    env.update(
        RJDESK_FIRST_PAINT_PROBE="1",
        RJDESK_DATA_DIR=str(tmp_path / "d"),
        RJDESK_CONFIG_DIR=str(tmp_path / "c"),
        QT_QPA_PLATFORM="offscreen",
    )
    if kind is not None:
        os.environ["RJDESK_CONFIG_DIR"] = str(tmp_path / "c")
        try:
            save_profile(ConnectionProfile(kind))  # type: ignore[arg-type]
        finally:
            del os.environ["RJDESK_CONFIG_DIR"]
    result = subprocess.run([sys.executable, "-m", "ui.app"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["local", "team", "demo", None], ids=["sign-in", "team", "demo", "first-start"])
def test_first_window_paints_before_the_heavy_imports(tmp_path: Path, kind: str | None) -> None:
    report = _probe_first_paint(tmp_path, kind)
    assert report == {"painted": True, "heavy_modules_loaded": []}
