"""The administration page driven as an administrator would, and every model through qtmodeltester."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from rjdesk import demo
from rjdesk.rules.permissions import Role
from rjdesk.services import settings, users, victims
from rjdesk.store.database import Database
from tests.ui.conftest import screenshot
from ui.main_window import MainWindow
from ui.pages.admin import AddUserDialog, AdminPage, ResetPasswordDialog, RolesDialog
from ui.pages.victims import VictimsPage

pytestmark = pytest.mark.ui


def _admin(open_main: Callable[..., MainWindow]) -> tuple[MainWindow, AdminPage]:
    window = open_main("admin", Role.ADMINISTRATOR)
    page = window.show_page("admin")
    assert isinstance(page, AdminPage)
    return window, page


def test_add_user_validates_next_to_the_field_then_saves(qtbot, open_main, local_db: Database) -> None:
    _window, page = _admin(open_main)
    tab = page.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    dialog = AddUserDialog(page)
    qtbot.addWidget(dialog)
    dialog.username.setText("Bad Name!")
    dialog.display_name.setText("Val Liaison")
    dialog.password.setText("short")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.errors.text("username") != "", timeout=10_000)
    assert "lower-case" in dialog.errors.text("username")
    assert "10 characters" in dialog.errors.text("password")
    assert "role" in dialog.errors.text("roles").lower()
    assert users.list_users(local_db, page.session.actor)[-1].username == "admin"  # nothing saved
    screenshot(dialog, "admin-add-user-errors")
    dialog.username.setText("val")
    dialog.password.setText("a temporary password")
    dialog.roles.boxes[Role.VLO].setChecked(True)
    dialog.roles.boxes[Role.RJ_COORDINATOR].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    val = next(u for u in users.list_users(local_db, page.session.actor) if u.username == "val")
    assert val.roles == {Role.VLO, Role.RJ_COORDINATOR} and val.must_change_password


def test_roles_disable_and_reset_from_the_users_tab(qtbot, open_main, local_db: Database, monkeypatch) -> None:
    window, page = _admin(open_main)
    tab = page.users_tab
    assert tab is not None
    users.create_user(
        local_db, page.session.actor, users.NewUser("val", "Val Liaison", "a temporary password", frozenset({Role.VLO}))
    )
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row(i).username == "val")
    tab.table.selectRow(row)
    assert tab.roles_button.isEnabled()

    roles = RolesDialog(page, tab.selected())
    qtbot.addWidget(roles)
    roles.roles.boxes[Role.MANAGER].setChecked(True)
    with qtbot.waitSignal(roles.accepted, timeout=10_000):
        roles.buttons.accepted.emit()
    tab.refresh()
    qtbot.waitUntil(lambda: Role.MANAGER in tab.selected().roles, timeout=10_000)

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)  # "No": nothing happens
    qtbot.wait(200)
    assert not tab.selected().disabled
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)  # "Yes"
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().disabled, timeout=10_000)
    assert tab.disable_button.text() == "&Enable"
    screenshot(window, "admin-users")

    reset = ResetPasswordDialog(page, tab.selected())
    qtbot.addWidget(reset)
    reset.password.setText("another temporary one")
    with qtbot.waitSignal(reset.accepted, timeout=10_000):
        reset.buttons.accepted.emit()
    assert next(u for u in users.list_users(local_db, page.session.actor) if u.username == "val").must_change_password


def test_a_stale_edit_is_reported_not_lost(qtbot, open_main, local_db: Database, monkeypatch) -> None:
    _window, page = _admin(open_main)
    tab = page.users_tab
    assert tab is not None
    users.create_user(
        local_db, page.session.actor, users.NewUser("val", "Val Liaison", "a temporary password", frozenset({Role.VLO}))
    )
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    stale = next(u for u in tab.model.rows if u.username == "val")
    users.set_roles(local_db, page.session.actor, stale.id, {Role.MANAGER}, stale.version_id)  # someone else
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append(text))
    roles = RolesDialog(page, stale)
    qtbot.addWidget(roles)
    roles.roles.boxes[Role.RJ_COORDINATOR].setChecked(True)
    roles.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "Someone else changed" in warned[0]
    assert next(u for u in users.list_users(local_db, page.session.actor) if u.username == "val").roles == {
        Role.MANAGER
    }


def test_service_settings_and_closure_days(qtbot, open_main, local_db: Database, monkeypatch, tmp_path) -> None:
    window, page = _admin(open_main)
    page.tabs.setCurrentWidget(page.service_tab)
    service_tab = page.service_tab
    assert service_tab is not None
    qtbot.waitUntil(lambda: service_tab.name.text() != "", timeout=10_000)
    service_tab.spins["idle_lock_minutes"].setValue(20)
    service_tab.name.setText("   ")
    qtbot.mouseClick(service_tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service_tab.errors.text("name") != "", timeout=10_000)
    assert settings.get_service(local_db, page.session.actor).settings["idle_lock_minutes"] == 10  # unchanged
    service_tab.name.setText("Northbridge YJS")
    qtbot.mouseClick(service_tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service_tab.saved.text() == "Saved.", timeout=10_000)
    info = settings.get_service(local_db, page.session.actor)
    assert info.name == "Northbridge YJS" and info.settings["idle_lock_minutes"] == 20
    screenshot(window, "admin-service")

    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    logo_path, not_an_image = tmp_path / "logo.png", tmp_path / "notes.png"
    image = QImage(320, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5fa0"))
    assert image.save(str(logo_path))
    not_an_image.write_text("minutes of the board meeting", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_an_image), ""))
    qtbot.mouseClick(service_tab.choose_logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("PNG or JPEG" in text for text in warnings), timeout=10_000)
    assert (
        settings.get_service(local_db, page.session.actor).logo is None
        and not service_tab.remove_logo_button.isEnabled()
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo_path), ""))
    qtbot.mouseClick(service_tab.choose_logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service_tab.saved.text() == "Logo saved.", timeout=10_000)
    assert service_tab.logo_preview.pixmap().height() == 48 and service_tab.remove_logo_button.isEnabled()
    assert settings.get_service(local_db, page.session.actor).logo == logo_path.read_bytes()
    screenshot(window, "admin-service-logo")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(service_tab.remove_logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service_tab.saved.text() == "Logo removed.", timeout=10_000)
    assert settings.get_service(local_db, page.session.actor).logo is None

    page.tabs.setCurrentWidget(page.closures_tab)
    closures = page.closures_tab
    assert closures is not None
    closures.day.setDate(QDate(2026, 12, 24))
    qtbot.mouseClick(closures.add_button, Qt.MouseButton.LeftButton)  # no reason given
    qtbot.waitUntil(lambda: "why" in closures.message.text().lower(), timeout=10_000)
    closures.description.setText("Christmas Eve (council closure)")
    qtbot.mouseClick(closures.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closures.model.rowCount() == 1, timeout=10_000)
    assert settings.list_closure_days(local_db, page.session.actor)[0].day == dt.date(2026, 12, 24)
    screenshot(window, "admin-closure-days")
    closures.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(closures.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closures.model.rowCount() == 0, timeout=10_000)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, open_main, local_db: Database) -> None:
    _window, page = _admin(open_main)
    settings.add_closure_day(local_db, page.session.actor, dt.date(2026, 12, 24), "Christmas Eve")
    page.refresh()
    assert page.users_tab is not None and page.closures_tab is not None
    qtbot.waitUntil(lambda: page.closures_tab.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(page.users_tab.model)
    qtmodeltester.check(page.closures_tab.model)


def test_victims_list_reads_a_window_at_a_time_and_passes_the_model_tester(
    qtbot, qtmodeltester, open_main, local_db
) -> None:
    window = open_main("vlo1", Role.VLO)
    page = window.show_page("victims")
    assert isinstance(page, VictimsPage)
    demo.generate(local_db, _operator(local_db, window), victims=450, seed=7, today=dt.date(2026, 11, 23))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 450, timeout=20_000)
    assert "450 victims" in page.count.text()
    assert list(page.model._blocks) == [0]  # only the first block read so far
    qtmodeltester.check(page.model)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in page.model._blocks, timeout=10_000)
    listed = victims.search_victims(local_db, page.session.actor, limit=1000)
    assert [page.model.row(i).id for i in range(450)] == [v.id for v in listed]  # the same rows, in order
    page.model.kept_blocks = 2
    page.model._blocks.clear()
    for row in (0, 250, 449):
        page.model.row(row)
    assert list(page.model._blocks) == [1, 2]  # the block least recently shown is let go
    screenshot(window, "main-victims-demo")


def _operator(local_db: Database, window: MainWindow):  # the demo generator acts as the local operator
    from rjdesk.services.context import operator_actor

    return operator_actor(window.session.actor.service_id, "tests")
