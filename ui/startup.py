"""Start-up wiring: opening and creating stores for the desktop app.

This is the one module of ``ui`` that may import ``rjdesk.store`` (import-linter contract). Its functions
run on worker threads (they import SQLAlchemy and talk to the keyring), never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from rjdesk import demo
from rjdesk.connection import ConnectionProfile, save_profile
from rjdesk.services.context import operator_actor
from rjdesk.store import keys, maintenance
from rjdesk.store.changes import ChangeListener
from rjdesk.store.database import Database, open_database, open_team, team_password_entry
from rjdesk.store.maintenance import BackupInfo, backup_local

DEMO_VICTIMS = 60


def open_store(profile: ConnectionProfile) -> Database:
    """Open the store this computer is set up for (a local one is backed up then upgraded if needed)."""
    return open_database(profile.url(), keys.KeyringSecretStore(), create=profile.kind == "demo")


def create_local_store(profile: ConnectionProfile) -> Database:
    """First start on this computer: a new encrypted store; ``db.recovery_key`` is set (shown once)."""
    path = profile.local_path()
    if path.exists():
        return open_database(profile.url(), keys.KeyringSecretStore())
    return open_database(profile.url(), keys.KeyringSecretStore(), create=True)


def connect_team(profile: ConnectionProfile, password: str, remember: bool) -> Database:
    """Test and open a team connection; the password goes to the keyring, never to a file."""
    from sqlalchemy.engine import make_url

    url = make_url(profile.url())
    if password:
        url = url.set(password=password)
    db = open_team(url.render_as_string(hide_password=False), keys.KeyringSecretStore())
    if remember and password:
        keys.KeyringSecretStore().set(team_password_entry(make_url(profile.url())), password)
    return db


def create_demo_store(profile: ConnectionProfile) -> Database:
    """A separate local store filled with synthetic data, so a real store is never mixed with it."""
    db = open_database(profile.url(), keys.KeyringSecretStore(), create=True)
    from rjdesk.services.users import any_users

    if not any_users(db):
        service_id = demo.ensure_demo_service(db)
        demo.generate(db, operator_actor(service_id, "demo"), victims=DEMO_VICTIMS, seed=1)
    return db


def remember_profile(profile: ConnectionProfile) -> None:
    save_profile(profile)


def recover_local_key(path: Path, recovery_text: str) -> None:
    keys.restore_keyring_entry(path, recovery_text, keys.KeyringSecretStore())


def close_store(db: Database) -> None:
    """On quit: a local store gets a backup (rotated) and fresh planner statistics before it is closed."""
    try:
        if db.kind == "local" and db.path is not None and db.path.parent.name != "demo":
            backup_local(db, reason="on-close")
    finally:
        db.optimize()
        db.dispose()


def latest_good_backup(path: Path) -> BackupInfo | None:
    """For a local store found damaged at start: the newest backup that opens and verifies."""
    return maintenance.latest_good_backup(path, keys.KeyringSecretStore())


def replace_damaged_store(path: Path, backup: Path) -> Path:
    return maintenance.replace_damaged_store(path, backup, keys.KeyringSecretStore())


def daily_backup(db: Database) -> Path | None:
    """Run at sign-in and hourly: a backup when the local store has none from today, and the planner's
    statistics refreshed where a day's work made them stale (a desk may stay open for weeks)."""
    made = maintenance.backup_if_due(db)
    db.optimize()
    return made


def change_listener(db: Database) -> ChangeListener:
    """Live refresh on a team database (the listener opens its connection on first use, on its own thread)."""
    return ChangeListener(db)
