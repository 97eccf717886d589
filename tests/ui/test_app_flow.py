"""The whole app as a user meets it: the wizard's other paths, the app controller, window state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from rjdesk.connection import ConnectionProfile, load_profile, save_profile
from rjdesk.rules.permissions import Role
from rjdesk.services import users
from tests.conftest import PASSWORD, InMemoryKeyring, make_service, make_user
from tests.ui.conftest import screenshot
from ui.app import AppController
from ui.first_start import PAGE_DEMO, PAGE_SERVICE, PAGE_TEAM, FirstStartWizard
from ui.login import LoginWindow
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

pytestmark = pytest.mark.ui


@pytest.mark.postgres
def test_first_start_with_the_services_team_database(
    qtbot, tasks: TaskRunner, pg_database_name: str, memory_keyring: InMemoryKeyring
) -> None:
    wizard = FirstStartWizard(tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.team.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_TEAM
    team = wizard.team
    qtbot.mouseClick(team.connect_button, Qt.MouseButton.LeftButton)  # nothing filled in
    qtbot.waitUntil(lambda: "Fill in" in team.message.text(), timeout=5_000)
    team.host.setText("127.0.0.1")
    team.port.setValue(1)  # wrong port first: a clear message, not a traceback
    team.database.setText(pg_database_name)
    team.user.setText("postgres")
    team.password.setText("team password")
    qtbot.mouseClick(team.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be reached" in team.message.text(), timeout=20_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    team.port.setValue(5432)
    qtbot.mouseClick(team.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.message.text().startswith("Connected"), timeout=20_000)
    screenshot(wizard, "first-start-team")
    assert any(name.startswith("pg:postgres@127.0.0.1:5432/") for _, name in memory_keyring.entries)
    wizard.next()
    assert wizard.currentId() == PAGE_SERVICE
    service = wizard.service
    service.service_name.setText("Southbridge YJS")
    service.service_code.setText("SBYJS")
    service.username.setText("sam")
    service.display_name.setText("Sam Admin")
    service.password.setText(PASSWORD)
    service.confirm.setText(PASSWORD)
    with qtbot.waitSignal(wizard.accepted, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    profile = load_profile()
    assert profile is not None and profile.kind == "team" and profile.database == pg_database_name
    wizard.db.dispose()
    # A second computer of the team: the database already has users, so the wizard ends at "sign in".
    second = FirstStartWizard(tasks)
    qtbot.addWidget(second)
    second.show()
    second.choice.team.setChecked(True)
    second.next()
    for widget, value in (
        (second.team.host, "127.0.0.1"),
        (second.team.database, pg_database_name),
        (second.team.user, "postgres"),
    ):
        widget.setText(value)
    qtbot.mouseClick(second.team.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sign in next" in second.team.message.text(), timeout=20_000)
    assert second.team.nextId() == -1
    second.db.dispose()


def test_first_start_with_demo_data(qtbot, tasks: TaskRunner) -> None:
    wizard = FirstStartWizard(tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO
    qtbot.waitUntil(lambda: wizard.demo.isComplete(), timeout=60_000)
    assert "rjdesk-demo" in wizard.demo.message.text()
    screenshot(wizard, "first-start-demo")
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert users.authenticate(wizard.db, "vlo", "rjdesk-demo").username == "vlo"
    assert wizard.actor is None  # demo users sign in next
    wizard.db.dispose()


def test_unreachable_team_server_at_sign_in_offers_a_way_forward(qtbot, tasks: TaskRunner) -> None:
    profile = ConnectionProfile("team", host="127.0.0.1", port=1, database="rjdesk", user="nobody")
    window = LoginWindow(profile, tasks)
    qtbot.addWidget(window)
    window.show()
    window.open_store()
    qtbot.waitUntil(window.retry_button.isVisible, timeout=20_000)
    assert "could not be reached" in window.message.text()
    assert window.setup_button.isVisible() and not window.recover_button.isVisible()
    assert not window.sign_in_button.isEnabled()
    screenshot(window, "login-server-unreachable")


def test_the_app_from_sign_in_to_quit(qtbot, local_db, monkeypatch) -> None:
    operator = make_service(local_db, "NB", "Northbridge Youth Justice Service")
    vlo = make_user(local_db, operator, "vlo1", Role.VLO)
    users.change_password(local_db, vlo, PASSWORD, "my own password")  # past the first-sign-in change
    save_profile(ConnectionProfile("local"))
    assert local_db.path is not None
    backups_before = set((local_db.path.parent / "backups").glob("*.db"))
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)  # the test, not the controller, ends the app
    controller = AppController(QApplication.instance())  # type: ignore[arg-type]
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    qtbot.waitUntil(login.sign_in_button.isEnabled, timeout=20_000)
    login.username.setText("vlo1")
    login.password.setText("my own password")
    login.sign_in()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    main = controller.window
    qtbot.addWidget(main)
    assert main.windowTitle() == "rjdesk — Northbridge Youth Justice Service"
    main.sign_out()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=10_000)
    assert controller.window.sign_in_button.isEnabled()  # the store stays open between users
    qtbot.addWidget(controller.window)
    controller.shutdown()
    backups_after = set((local_db.path.parent / "backups").glob("*.db"))
    assert any("on-close" in p.name for p in backups_after - backups_before)


def test_window_size_is_remembered(qtbot, open_main) -> None:
    window = open_main("vlo1", Role.VLO)
    window.resize(700, 520)
    window.close()
    again = open_main("vlo2", Role.VLO)
    assert (again.width(), again.height()) == (700, 520)


def test_the_profile_holds_no_secret(tmp_path) -> None:
    from rjdesk.connection import config_dir

    save_profile(ConnectionProfile("team", host="db.example", database="rjdesk", user="vlo"))
    text = (config_dir() / "connection.json").read_text()
    assert "password" not in text.lower()
    assert load_profile() == ConnectionProfile("team", host="db.example", database="rjdesk", user="vlo")


def test_connection_can_be_changed_from_sign_in_and_cancelling_goes_back(qtbot, local_db, monkeypatch) -> None:
    from ui.first_start import FirstStartWizard

    save_profile(ConnectionProfile("local"))
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    controller = AppController(QApplication.instance())  # type: ignore[arg-type]
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    assert login.setup_button.isVisible() and login.setup_button.text() == "&Connection…"
    qtbot.waitUntil(login.sign_in_button.isEnabled, timeout=20_000)
    login.setup_button.click()
    wizard = controller.window
    assert isinstance(wizard, FirstStartWizard)
    qtbot.addWidget(wizard)
    wizard.reject()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=10_000)
    back = controller.window
    qtbot.addWidget(back)
    assert back.profile.kind == "local"
    qtbot.waitUntil(back.sign_in_button.isEnabled, timeout=20_000)  # the store opens again, nothing lost
    controller.shutdown()
