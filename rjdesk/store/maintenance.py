"""Store maintenance: backup, restore, integrity check, rekey.

Backups of the local store are SQLCipher copies made with ``sqlcipher_export`` (a consistent snapshot even
while the store is in use, WAL included), encrypted with the store's key at the time, each with its own key
check sidecar so that it can later say which key it needs. Nothing here ever runs with an unverified key:
``open_local`` checks the key before a backup, restore or rekey can start.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from rjdesk import paths
from rjdesk.errors import StoreDamaged, StoreUnavailable, ValidationError, WrongKey, message
from rjdesk.store import audit, keys
from rjdesk.store.database import (
    Database,
    _connect_sqlcipher,
    pending_key_check_path,
    probe_local,
    sidecar_files,
    sqlcipher_engine,
)
from rjdesk.store.keys import KeyCheck, KeyMaterial, SecretStore

log = logging.getLogger(__name__)

# Rotation keeps the newest KEEP_RECENT backups of any kind (on-close, manual, before-upgrade…) and, beyond
# them, the newest backup of each of the last KEEP_DAYS days on which one was made: a user who opens and
# closes the app ten times a day still has a month of daily restore points.
KEEP_RECENT = 10
KEEP_DAYS = 30
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


def _require_local(db: Database, what: str) -> Path:
    if db.kind != "local" or db.path is None or db.key is None:
        raise ValidationError(
            message(
                "{what} applies to the local store only; a team database is backed up by its server (pg_dump).",
                what=what,
            )
        )
    return db.path


def _export_copy(db: Database, target: Path, key: KeyMaterial) -> None:
    """Copy the whole store into ``target`` encrypted with ``key`` (which may differ from the store's)."""
    source = _require_local(db, "Copying")
    assert db.key is not None
    target.unlink(missing_ok=True)
    conn = _connect_sqlcipher(source, db.key)
    try:
        if key.kind == "raw":
            conn.execute(f"ATTACH DATABASE ? AS copy KEY {key.sqlcipher_pragma_value()}", (str(target),))
        else:
            conn.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), key.value))
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def backup_local(db: Database, reason: str = "manual", directory: Path | None = None) -> Path:
    """Make an encrypted backup beside the store (``backups/``), rotated (see KEEP_RECENT)."""
    source = _require_local(db, "Backup")
    assert db.key is not None and db.key_check is not None
    folder = directory or paths.backups_dir_for(source)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP_FORMAT)
    target = folder / f"rjdesk-{stamp}-{reason}.db"
    partial = target.with_name(target.name + ".partial")
    _export_copy(db, partial, db.key)
    keys.write_key_check(target, db.key_check)
    os.replace(partial, target)
    if directory is None:
        _rotate(folder)
    log.info("backup written (%s)", reason)
    return target


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str  # on-close, daily, manual, before-upgrade, before-restore, before-rekey

    @property
    def name(self) -> str:
        return self.path.name


def _backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first (names the rotation does not recognise are left alone)."""
    found = []
    for path in folder.glob("rjdesk-*.db"):
        parts = path.stem.split("-", 4)  # rjdesk, date, time, microseconds, reason
        try:
            made_at = dt.datetime.strptime("-".join(parts[1:4]), _STAMP_FORMAT)
        except (ValueError, IndexError):
            continue
        found.append(BackupInfo(path, made_at, parts[4] if len(parts) > 4 else "manual"))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _rotate(folder: Path) -> None:
    backups = _backups_in(folder)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: set[dt.date] = set()
    for backup in backups:
        day = backup.made_at.date()
        if day not in days and len(days) < KEEP_DAYS:
            days.add(day)
            keep.add(backup.path)
    for old in backups:
        if old.path not in keep:
            old.path.unlink(missing_ok=True)
            keys.key_check_path(old.path).unlink(missing_ok=True)


def list_backups(db: Database) -> list[Path]:
    return [b.path for b in describe_backups(db)]


def describe_backups(db: Database) -> list[BackupInfo]:
    source = _require_local(db, "Listing backups")
    return _backups_in(paths.backups_dir_for(source))


def backup_if_due(db: Database, today: dt.date | None = None) -> Path | None:
    """The daily backup: made when the local store has no backup from today yet (at start and hourly after).

    Demo stores are not backed up; a team database is backed up by its server.
    """
    if db.kind != "local" or db.path is None or db.path.parent.name == "demo":
        return None
    day = today or dt.date.today()
    if any(b.made_at.date() == day for b in describe_backups(db)):
        return None
    return backup_local(db, reason="daily")


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    """Integrity of the file (local), foreign keys, the schema revision, and the whole audit chain."""
    from rjdesk.store import migrate

    report = CheckReport()
    report.schema_revision = migrate.current_revision(db)
    if report.schema_revision != migrate.head_revision():
        report.problems.append(f"schema is at {report.schema_revision}, this version expects {migrate.head_revision()}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            result = [row[0] for row in conn.execute(text("PRAGMA integrity_check")).fetchall()]
            if result != ["ok"]:
                report.problems.append(f"file integrity check failed: {result[0]}")
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                report.problems.append(f"{len(broken)} rows point at records that do not exist")
    with db.unit_of_work(write=False) as session:
        chain = audit.verify_chain(session)
    report.audit_entries = chain.entries
    if not chain.ok:
        report.problems.append(f"audit chain broken at entry {chain.first_broken_id}: {chain.reason}")
    return report


def verify_backup(backup: Path, key: KeyMaterial) -> None:
    """A backup must open with the given key and pass an integrity check before it may replace anything."""
    check_value = keys.read_key_check(backup)
    if check_value is not None and not check_value.matches(key):
        raise WrongKey(
            f"This backup was made with another key (key {check_value.fingerprint()}); "
            "open it with the recovery key that was current when it was made."
        )
    probe_local(backup, key)
    conn = _connect_sqlcipher(backup, key)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StoreDamaged(f"The backup {backup.name} is damaged ({result}); choose another.")
    probe = Database(sqlcipher_engine(backup, key), "local", str(backup), path=backup, key=key)
    try:
        with probe.unit_of_work(write=False) as session:
            chain = audit.verify_chain(session)
    finally:
        probe.dispose()
    if not chain.ok:
        raise StoreDamaged(f"The backup {backup.name} has a broken audit chain at entry {chain.first_broken_id}.")


def restore_local(db: Database, backup: Path, actor: str) -> Path:
    """Replace the store with a verified backup; the store as it was is kept as a backup first.

    ``db`` is disposed; the caller opens the store again afterwards. Returns the safety copy's path.
    """
    target = _require_local(db, "Restore")
    assert db.key is not None and db.key_check is not None
    if not backup.is_file():
        raise ValidationError(message("There is no backup file at {backup}.", backup=backup))
    verify_backup(backup, db.key)
    safety = backup_local(db, reason="before-restore")
    db.dispose()
    staged = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, staged)
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())
    for extra in sidecar_files(target):
        extra.unlink(missing_ok=True)
    os.replace(staged, target)
    restored = Database(
        sqlcipher_engine(target, db.key), "local", str(target), path=target, key=db.key, key_check=db.key_check
    )
    try:
        with restored.unit_of_work() as session:
            audit.append(
                session,
                actor=actor,
                service_id=None,
                action="restore",
                entity="store",
                payload={"backup": backup.name, "safety_copy": safety.name},
            )
    finally:
        restored.dispose()
    return safety


def latest_good_backup(store_path: Path, secrets_store: SecretStore) -> BackupInfo | None:
    """For a store that will not open because it is damaged: the newest backup that this computer's key
    opens and that passes every check (file integrity and the audit chain), or None.

    Each backup is tried with the key its own key check names, so this works even when the store's key
    check sidecar is the damaged part. Backups under an older key (before a rekey) are skipped.
    """
    for backup in _backups_in(paths.backups_dir_for(store_path)):
        check_value = keys.read_key_check(backup.path)
        if check_value is None:
            continue
        try:
            key = keys.resolve_existing_key(check_value, secrets_store)
            verify_backup(backup.path, key)
        except (StoreUnavailable, ValidationError):
            log.warning("backup %s skipped: it does not open or does not verify", backup.name)
            continue
        return backup
    return None


def replace_damaged_store(store_path: Path, backup: Path, secrets_store: SecretStore) -> Path:
    """Put a verified backup in place of a damaged store. The damaged file is kept (moved into
    ``damaged/`` beside the store, never deleted) for whoever investigates. Returns where it went."""
    check_value = keys.read_key_check(backup)
    if check_value is None:
        raise StoreDamaged(f"The backup {backup.name} has no key check file beside it; choose another.")
    key = keys.resolve_existing_key(check_value, secrets_store)
    verify_backup(backup, key)
    kept = store_path.parent / "damaged" / dt.datetime.now().strftime(_STAMP_FORMAT)
    kept.mkdir(parents=True, exist_ok=True)
    for part in (store_path, *sidecar_files(store_path), keys.key_check_path(store_path)):
        if part.exists():
            shutil.move(str(part), str(kept / part.name))
    staged = store_path.with_name(store_path.name + ".restoring")
    shutil.copyfile(backup, staged)
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())
    keys.write_key_check(store_path, check_value)
    os.replace(staged, store_path)
    restored = Database(
        sqlcipher_engine(store_path, key), "local", str(store_path), path=store_path, key=key, key_check=check_value
    )
    try:
        with restored.unit_of_work() as session:
            audit.append(
                session,
                actor="app:damaged-store",
                service_id=None,
                action="restore",
                entity="store",
                payload={"backup": backup.name, "damaged_copy": str(kept.name)},
            )
    finally:
        restored.dispose()
    log.warning("a damaged store was replaced by the backup %s", backup.name)
    return kept


@dataclass(frozen=True)
class RekeyResult:
    new_key: KeyMaterial
    recovery_key: str | None
    backup_before: Path


def rekey_local(db: Database, new_key: KeyMaterial, secrets_store: SecretStore, actor: str) -> RekeyResult:
    """Re-encrypt the store with ``new_key``, crash-safe.

    Order: backup with the old key → export a copy under the new key → keep the new key (keyring) → write
    the pending key check → swap the file → swap the key check. ``open_local`` settles a rekey that was
    interrupted between the two swaps.
    """
    target = _require_local(db, "Rekey")
    assert db.key is not None and db.key_check is not None
    if new_key.kind == db.key.kind and new_key.value == db.key.value:
        raise ValidationError("The new key is the same as the current one.")
    with db.unit_of_work() as session:
        audit.append(
            session,
            actor=actor,
            service_id=None,
            action="rekey",
            entity="store",
            payload={"from_key": db.key_check.fingerprint(), "to_kind": new_key.kind},
        )
    before = backup_local(db, reason="before-rekey")
    staged = target.with_name(target.name + ".rekey")
    _export_copy(db, staged, new_key)
    new_check = KeyCheck.create(new_key, store_id=db.key_check.store_id)
    if new_key.kept_in_keyring:
        secrets_store.set(keys.keyring_entry_name(new_check), new_key.value)
    pending = pending_key_check_path(target)
    pending.write_text(new_check.to_json(), encoding="utf-8")
    db.dispose()
    for extra in sidecar_files(target):
        extra.unlink(missing_ok=True)
    os.replace(staged, target)
    keys.write_key_check(target, new_check)
    pending.unlink(missing_ok=True)
    if db.key.kept_in_keyring:
        secrets_store.delete(keys.keyring_entry_name(db.key_check))
    recovery = keys.recovery_key_for(new_key) if new_key.kind == "raw" else None
    return RekeyResult(new_key, recovery, before)
