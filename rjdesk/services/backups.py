"""Backups of the local store, from the app: list, back up now, restore after verifying.

The store-level work lives in ``rjdesk.store.maintenance``; here it is permission-checked (DATA_ADMIN) and
audited like every other operation. A team database is backed up by its server (pg_dump), which these
operations say plainly rather than pretend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rjdesk.errors import ValidationError, message
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.store import maintenance
from rjdesk.store.database import Database


@dataclass(frozen=True)
class BackupEntry:
    name: str
    made_at: dt.datetime
    reason: str
    size_bytes: int


def list_backups(db: Database, actor: Actor) -> list[BackupEntry]:
    """The local store's backups, newest first."""
    require(actor, Permission.DATA_ADMIN)
    return [
        BackupEntry(b.name, b.made_at, b.reason, b.path.stat().st_size if b.path.exists() else 0)
        for b in maintenance.describe_backups(db)
    ]


def back_up_now(db: Database, actor: Actor) -> BackupEntry:
    require(actor, Permission.DATA_ADMIN)
    path = maintenance.backup_local(db, reason="manual")
    with db.unit_of_work() as session:
        audit_as(session, actor, action="backup", entity="store", payload={"backup": path.name})
    made = next(b for b in maintenance.describe_backups(db) if b.path == path)
    return BackupEntry(made.name, made.made_at, made.reason, path.stat().st_size)


def restore_backup(db: Database, actor: Actor, backup_name: str) -> str:
    """Replace the local store with the named backup, verified first (key, file integrity, audit chain).

    The store as it was is kept as a backup ("before-restore"). ``db`` is closed: the caller signs out and
    opens the store again. Returns the name of that safety copy.
    """
    require(actor, Permission.DATA_ADMIN)
    chosen = next((b for b in maintenance.describe_backups(db) if b.name == backup_name), None)
    if chosen is None:
        raise ValidationError(
            message("There is no backup called {backup_name} beside this store.", backup_name=repr(backup_name))
        )
    safety = maintenance.restore_local(db, chosen.path, f"user:{actor.username}")
    return safety.name
