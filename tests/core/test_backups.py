"""Automatic backups of the local store (daily, on close, rotated), restore from the app after verifying, and
a damaged store found at start with the latest good backup put in its place."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from rjdesk.errors import PermissionDenied, StoreDamaged, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.services import backups, victims
from rjdesk.store import keys, maintenance
from rjdesk.store.database import Database, in_use_marker, open_local
from tests.conftest import make_service, make_user


def _damage_last_page(path: Path) -> None:
    """Overwrite the file's last page: the header and schema still read, the data does not."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size - 4096)
        fh.write(b"\xff" * 4096)


def test_the_daily_backup_is_made_once_a_day(local_db: Database) -> None:
    first = maintenance.backup_if_due(local_db)
    assert first is not None and first.name.endswith("-daily.db")
    assert maintenance.backup_if_due(local_db) is None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert maintenance.backup_if_due(local_db, today=tomorrow) is not None


def test_rotation_keeps_the_recent_ones_and_one_a_day_for_a_month(local_db: Database) -> None:
    made = maintenance.backup_local(local_db, reason="manual")
    folder = made.parent
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(45):  # three backups a day for 45 days, copies of a real one
        for hour in (9, 13, 17):
            stamp = (start + dt.timedelta(days=day, hours=hour - 9)).strftime("%Y%m%d-%H%M%S-%f")
            shutil.copyfile(made, folder / f"rjdesk-{stamp}-on-close.db")
    made.unlink()
    maintenance.backup_local(local_db, reason="manual")  # rotates
    kept = maintenance.describe_backups(local_db)
    days = {b.made_at.date() for b in kept}
    assert len(days) == maintenance.KEEP_DAYS
    assert len(kept) == maintenance.KEEP_RECENT + (maintenance.KEEP_DAYS - 4)  # the 10 newest span 4 days
    assert kept[0].reason == "manual"


def test_a_damaged_store_is_found_at_start_and_the_latest_good_backup_replaces_it(local_db: Database) -> None:
    operator = make_service(local_db)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Safe In Backup"))
    good = maintenance.backup_local(local_db, reason="daily")
    newer_but_damaged = maintenance.backup_local(local_db, reason="on-close")
    _damage_last_page(newer_but_damaged)
    assert local_db.path is not None
    path = local_db.path
    local_db.dispose()
    _damage_last_page(path)
    in_use_marker(path).write_text("open\n")  # the last session was killed: the next open checks every page

    with pytest.raises(StoreDamaged):
        open_local(path, keys.KeyringSecretStore())
    latest = maintenance.latest_good_backup(path, keys.KeyringSecretStore())
    assert latest is not None and latest.path == good
    kept = maintenance.replace_damaged_store(path, latest.path, keys.KeyringSecretStore())
    assert (kept / path.name).exists()  # the damaged file is kept for whoever investigates

    reopened = open_local(path, keys.KeyringSecretStore())
    assert [v.display_name for v in victims.search_victims(reopened, operator)] == ["Safe In Backup"]
    report = maintenance.check(reopened)
    assert report.ok, report.problems
    reopened.dispose()


def test_a_clean_close_skips_the_full_check(local_db: Database) -> None:
    assert local_db.path is not None
    path = local_db.path
    assert in_use_marker(path).exists()
    local_db.dispose()
    assert not in_use_marker(path).exists()
    reopened = open_local(path, keys.KeyringSecretStore())
    reopened.dispose()


def test_a_store_open_in_another_running_process_is_not_taken_for_a_crash(
    local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rjdesk-cli beside the open app: the app's marker names a live process, so the CLI neither checks every
    page (minutes on a large store) nor removes the marker when it closes. A marker naming a process that has
    gone is a crash: the store is checked."""
    import subprocess
    import sys

    from rjdesk.store import database

    checked: list[object] = []
    real_check = database.quick_check_local
    monkeypatch.setattr(database, "quick_check_local", lambda *args: (checked.append(args), real_check(*args)))
    assert local_db.path is not None
    path = local_db.path
    local_db.dispose()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        in_use_marker(path).write_text(f"{other.pid}\n")
        beside = open_local(path, keys.KeyringSecretStore())
        beside.dispose()
        assert checked == [] and in_use_marker(path).read_text().strip() == str(other.pid)
    finally:
        other.kill()
        other.wait()
    after_crash = open_local(path, keys.KeyringSecretStore())  # the marker's process has gone
    assert len(checked) == 1
    after_crash.dispose()
    assert not in_use_marker(path).exists()


def test_restore_from_the_app_is_for_data_administrators_and_verifies_first(local_db: Database) -> None:
    operator = make_service(local_db)
    admin = make_user(local_db, operator, "admin1", Role.ADMINISTRATOR)
    manager = make_user(local_db, operator, "mgr1", Role.MANAGER)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Before The Backup"))
    with pytest.raises(PermissionDenied):
        backups.back_up_now(local_db, manager)
    made = backups.back_up_now(local_db, admin)
    assert made.reason == "manual" and made.size_bytes > 0
    assert backups.list_backups(local_db, admin)[0].name == made.name
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "After The Backup"))
    with pytest.raises(ValidationError):
        backups.restore_backup(local_db, admin, "rjdesk-nothing.db")
    assert local_db.path is not None
    safety = backups.restore_backup(local_db, admin, made.name)
    reopened = open_local(local_db.path, keys.KeyringSecretStore())
    assert [v.display_name for v in victims.search_victims(reopened, operator)] == ["Before The Backup"]
    assert safety in [b.name for b in backups.list_backups(reopened, admin)]
    reopened.dispose()


@pytest.mark.postgres
def test_a_team_database_says_its_server_backs_it_up(pg_db: Database) -> None:
    operator = make_service(pg_db)
    admin = make_user(pg_db, operator, "admin1", Role.ADMINISTRATOR)
    with pytest.raises(ValidationError, match="pg_dump"):
        backups.list_backups(pg_db, admin)
