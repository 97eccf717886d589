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
from rjdesk.errors import StoreDamaged, ValidationError, WrongKey
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

KEEP_BACKUPS = 14


def _require_local(db: Database, what: str) -> Path:
    if db.kind != "local" or db.path is None or db.key is None:
        raise ValidationError(
            f"{what} applies to the local store only; a team database is backed up by its server (pg_dump)."
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
    """Make an encrypted backup beside the store (``backups/``), keep the newest KEEP_BACKUPS."""
    source = _require_local(db, "Backup")
    assert db.key is not None and db.key_check is not None
    folder = directory or paths.backups_dir_for(source)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"rjdesk-{stamp}-{reason}.db"
    partial = target.with_name(target.name + ".partial")
    _export_copy(db, partial, db.key)
    keys.write_key_check(target, db.key_check)
    os.replace(partial, target)
    if directory is None:
        _rotate(folder)
    log.info("backup written (%s)", reason)
    return target


def _rotate(folder: Path) -> None:
    backups = sorted(folder.glob("rjdesk-*.db"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
        keys.key_check_path(old).unlink(missing_ok=True)


def list_backups(db: Database) -> list[Path]:
    source = _require_local(db, "Listing backups")
    return sorted(paths.backups_dir_for(source).glob("rjdesk-*.db"), reverse=True)


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
        raise ValidationError(f"There is no backup file at {backup}.")
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
