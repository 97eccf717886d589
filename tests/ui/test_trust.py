"""Trust on real widgets: a manager's retention review (keep one record longer, destroy another), subject access
exports saved from a victim's record and a child's case, an administrator's backups (made and restored), and a
damaged store found at sign-in and replaced by the latest good backup."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import update

from rjdesk.connection import ConnectionProfile
from rjdesk.rules.permissions import Role
from rjdesk.services import retention, settings, victims
from rjdesk.store import maintenance
from rjdesk.store.database import Database, in_use_marker
from rjdesk.store.models import Victim
from tests.conftest import make_user
from tests.core.service_walk import build_world
from tests.ui.conftest import in_modal, screenshot
from ui.login import LoginWindow
from ui.main_window import MainWindow
from ui.session import Session
from ui.victim_window import VictimWindow

pytestmark = pytest.mark.ui


def _old_victim(db: Database, operator, name: str) -> victims.VictimRecord:
    """A victim record made five years ago with nothing since: past the default three-year review."""
    record = victims.create_victim(db, operator, victims.VictimDetails("individual", name))
    with db.unit_of_work() as session:
        five_years_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=5 * 366)
        session.execute(update(Victim).where(Victim.id == record.id).values(created_at=five_years_ago))
    return record


def test_a_manager_keeps_one_record_longer_and_destroys_another(
    qtbot, open_main, local_db, operator, monkeypatch
) -> None:
    kept = _old_victim(local_db, operator, "Keep Me Longer")
    gone = _old_victim(local_db, operator, "Due For Destruction")
    window = open_main("boss", Role.MANAGER)
    page = window.show_page("retention")
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 2, timeout=10_000)
    assert "3 years" in page.policy.text()
    screenshot(window, "retention-review")

    page.due_table.selectRow([i.reference for i in page.due_model.rows].index(kept.reference))

    def fill(dialog) -> None:
        dialog.reason.setText("The victim asked us to keep it while a civil claim runs")

    in_modal(qtbot, fill, "retention-keep-longer")
    page.keep_longer()
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 1, timeout=10_000)
    assert page.due_model.rows[0].reference == gone.reference

    page.due_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("V-WRONG", True))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page.destroy_record()
    assert warnings and "nothing was destroyed" in warnings[0]
    assert victims.count_victims(local_db, operator) == 2

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (gone.reference.lower(), True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.destroy_record()
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1 and page.due_model.rowCount() == 0, timeout=10_000)
    assert victims.count_victims(local_db, operator) == 1
    page.tabs.setCurrentIndex(1)
    screenshot(window, "retention-destruction-log")
    assert [d.record_id for d in retention.destruction_log(local_db, window.session.actor)] == [gone.id]


def test_subject_access_exports_are_saved_from_the_victim_record_and_the_case(
    qtbot, local_db, tasks, tmp_path, monkeypatch
) -> None:
    world = build_world(local_db)
    actor = make_user(local_db, world.service, "boss2", Role.MANAGER)
    session = Session(local_db, actor, ConnectionProfile("local"), tasks, settings.get_service(local_db, actor))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    record = VictimWindow(window.session, world.victim_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    assert record.subject_access_action.isVisible()
    target = tmp_path / "victim.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    record.subject_access()
    qtbot.waitUntil(target.exists, timeout=15_000)
    saved = json.loads(target.read_text(encoding="utf-8"))  # the typed .json suffix wins over the filter
    assert saved["subject"]["reference"] == record.file.record.reference
    assert "Jay" not in target.read_text(encoding="utf-8")

    cases_page = window.show_page("cases")
    qtbot.waitUntil(lambda: cases_page.child_list.count() >= 1, timeout=10_000)
    cases_page.child_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: cases_page.case is not None, timeout=10_000)
    assert cases_page.subject_access_button.isEnabled()
    child_pdf = tmp_path / "child.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(child_pdf), "PDF (*.pdf)"))
    qtbot.mouseClick(cases_page.subject_access_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(child_pdf.exists, timeout=15_000)
    assert child_pdf.read_bytes().startswith(b"%PDF")


def test_an_administrator_backs_up_and_restores_from_the_app(qtbot, open_main, local_db, operator, monkeypatch) -> None:
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "In The Backup"))
    window = open_main("admin", Role.ADMINISTRATOR)
    page = window.show_page("admin")
    assert page.backups_tab is not None
    page.tabs.setCurrentWidget(page.backups_tab)
    tab = page.backups_tab
    tab.back_up_now()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=15_000)
    screenshot(window, "admin-backups")
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Not In The Backup"))
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.store_replaced, timeout=20_000):
        tab.restore()
    assert local_db.path is not None
    from rjdesk.store import keys
    from rjdesk.store.database import open_local

    reopened = open_local(local_db.path, keys.KeyringSecretStore())
    assert [v.display_name for v in victims.search_victims(reopened, operator)] == ["In The Backup"]
    reopened.dispose()


def test_a_damaged_store_at_sign_in_is_replaced_by_the_latest_good_backup(
    qtbot, local_db, operator, tasks, monkeypatch
) -> None:
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Saved Yesterday"))
    maintenance.backup_local(local_db, reason="daily")
    assert local_db.path is not None
    path = local_db.path
    local_db.dispose()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size - 4096)
        fh.write(b"\xff" * 4096)
    in_use_marker(path).write_text("open\n")  # the app was killed: the next start checks every page

    login = LoginWindow(ConnectionProfile("local"), tasks)
    qtbot.addWidget(login)
    login.show()
    login.open_store()
    qtbot.waitUntil(login.restore_button.isVisible, timeout=20_000)
    assert "damaged" in login.message.text() and not login.recover_button.isVisible()
    screenshot(login, "login-store-damaged")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(login.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(login.sign_in_button.isEnabled, timeout=30_000)
    assert victims.count_victims(login.db, operator) == 1
    assert (path.parent / "damaged").is_dir()
    login.db.dispose()


def test_a_dialog_keeps_what_was_typed_when_the_store_is_locked(qtbot, local_db, operator, tasks, monkeypatch) -> None:
    from rjdesk.store import database as store_database
    from rjdesk.store import keys
    from rjdesk.store.database import open_local
    from ui.pages.admin import AddUserDialog

    assert local_db.path is not None and local_db.key is not None
    path, key = local_db.path, local_db.key
    admin = make_user(local_db, operator, "admin", Role.ADMINISTRATOR)
    local_db.dispose()
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_SECONDS", 1)
    db = open_local(path, keys.KeyringSecretStore())
    window = MainWindow(Session(db, admin, ConnectionProfile("local"), tasks, settings.get_service(db, admin)))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("admin")
    dialog = AddUserDialog(page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("newvlo")
    dialog.display_name.setText("New Officer")
    dialog.password.setText("a temporary password 1")
    dialog.roles.boxes[Role.VLO].setChecked(True)
    holder = store_database._connect_sqlcipher(path, key)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the store
    try:
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(dialog.general_error.isVisible, timeout=15_000)
        assert "locked" in dialog.general_error.text() and "kept" in dialog.general_error.text()
        assert dialog.isVisible() and dialog.display_name.text() == "New Officer"
        screenshot(dialog, "dialog-store-locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.buttons.accepted.emit()
    from rjdesk.services import users

    assert any(u.username == "newvlo" for u in users.list_users(db, admin))
    tasks.wait_idle()
    db.dispose()
