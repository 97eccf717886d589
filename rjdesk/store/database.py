"""Opening a store and running units of work on it.

Two kinds of store share one schema and one set of migrations:
- *local*: a SQLite file encrypted with SQLCipher in the user data directory (DESIGN §3, §6a);
- *team*: the service's PostgreSQL database, by URL, its password in the OS keyring.

A ``Database`` hands out short sessions, one per use case (``with db.unit_of_work() as s:``). On SQLite a
writing unit of work starts with ``BEGIN IMMEDIATE`` so concurrent writers queue on the busy timeout
instead of failing when a read lock cannot be upgraded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, InternalError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from rjdesk.errors import (
    ConcurrencyConflict,
    NoKeyAvailable,
    ServerUnreachable,
    StoreDamaged,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreUnavailable,
    message,
)
from rjdesk.store import keys
from rjdesk.store.keys import KeyCheck, KeyMaterial, SecretStore

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 15
StoreKind = Literal["local", "team"]


@dataclass
class Database:
    """An open store. Thread-safe: every unit of work takes its own session and pooled connection."""

    engine: Engine
    kind: StoreKind
    location: str  # for people: a file path or host/database — never a password
    path: Path | None = None
    key: KeyMaterial | None = None
    key_check: KeyCheck | None = None
    recovery_key: str | None = None  # only just after a local store was created; shown once
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(rjdesk_write=True) if self.is_sqlite else self.engine
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def unit_of_work(self, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        factory = self._write_sessions if write else self._sessions
        try:
            with factory() as session, session.begin():
                yield session
        except StaleDataError:
            raise ConcurrencyConflict(
                "Someone else saved this record after you opened it. Reload to see their change."
            ) from None
        except (OperationalError, InternalError) as exc:
            raise translate_operational_error(exc, self) from None
        except DatabaseError as exc:
            if type(exc) is not DatabaseError:  # integrity, programming and data errors are bugs or input
                raise
            raise translate_operational_error(exc, self) from None  # SQLITE_CORRUPT, SQLITE_NOTADB

    def optimize(self) -> None:
        """SQLite's own advice for a closing (or long-open) connection: refresh the planner's statistics where
        they have gone stale. Called by whoever closes the store it works in (the app, the CLI) — not by
        ``dispose``, which also closes the short-lived handles on backups being verified, which must stay
        as they were made. Without them it drives big joins from the wrong table (KPI 10 at 20,000 victims:
        4.8 s before, 0.2 s after). Never a reason for anything to fail."""
        if self.is_sqlite:
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            marker = in_use_marker(self.path)
            if _marker_holder(marker) in (os.getpid(), None):
                marker.unlink(missing_ok=True)  # a clean close


def translate_operational_error(exc: DBAPIError, db: Database | None = None) -> StoreUnavailable:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in message or "busy" in message:
        return StoreLocked("The store is busy (locked by another program). Try again in a moment.")
    if "disk is full" in message or "No space left" in message or "could not extend file" in message:
        return StoreFull("The disk is full: nothing was saved. Free some space, then try again.")
    if "disk I/O error" in message:
        return StoreUnavailable(
            "The disk could not be read or written (an I/O error): nothing was saved. Check the disk or network "
            "drive, then try again."
        )
    if "readonly database" in message or "read-only" in message:
        return StoreReadOnly(
            "The store cannot be written (the file or its folder is read-only): nothing was saved. "
            "Ask IT to restore write access, then try again."
        )
    if db is not None and db.kind == "local":
        return StoreDamaged("The store could not be read: the file may be damaged.")
    return ServerUnreachable("The database server could not be reached. Check the network and try again.")


# ------------------------------------------------------------------------------------------------ local


def _connect_sqlcipher(path: Path, key: KeyMaterial) -> Any:
    """A keyed SQLCipher connection with rjdesk's pragmas; raises the driver's DatabaseError on a bad key."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # else SQLCipher writes its own lines to stderr
        conn.execute(f"PRAGMA key = {key.sqlcipher_pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except Exception:
        conn.close()
        raise
    return conn


def probe_local(path: Path, key: KeyMaterial) -> None:
    """Open once outside the pool to tell a damaged or locked file from a good one (the key is checked)."""
    import sqlcipher3

    try:
        conn = _connect_sqlcipher(path, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    except sqlcipher3.dbapi2.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreLocked("The store is locked by another program. Close it and try again.") from None
        if not _writable(path):
            raise StoreReadOnly(
                f"The store at {path} cannot be written: the file or its folder is read-only. "
                "Ask IT to restore write access, then try again."
            ) from None
        log.warning("store probe failed: %s", exc)
        raise StoreDamaged(f"The store at {path} could not be read: the file may be damaged.") from None
    except sqlcipher3.dbapi2.DatabaseError:
        raise StoreDamaged(
            f"The key is right but {path} is not a readable database: the file is damaged. "
            "Restore the latest backup (rjdesk-cli db restore)."
        ) from None


def _writable(path: Path) -> bool:
    """Can this process write the store and create its sidecar files (WAL, shared memory) beside it?"""
    import os

    if os.access(path.parent, os.W_OK) is False or (path.exists() and not os.access(path, os.W_OK)):
        return False
    probe = path.with_name(path.name + ".write-test")
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False  # root ignores permission bits, but not a read-only file system
    return True


def in_use_marker(path: Path) -> Path:
    """Present while a process has the store open (it holds that process's id); left behind by a session that
    did not close cleanly."""
    return path.with_name(path.name + ".in-use")


def _marker_holder(marker: Path) -> int | None:
    """The process id written in the marker; None when there is no marker or it names no process."""
    try:
        return int(marker.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def _process_alive(pid: int) -> bool:
    """Whether a process with this id runs now. Only asked on POSIX: on Windows signal 0 is not a probe (it
    would send Ctrl+C), so there the marker always counts as left behind and the store is checked."""
    if os.name == "nt":
        return False
    if pid == os.getpid():
        return False  # our own marker, left by a store this process did not close: treat as left behind
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


def quick_check_local(path: Path, key: KeyMaterial) -> None:
    """Every page of the file read and checked (``PRAGMA quick_check``); StoreDamaged if any is bad."""
    import sqlcipher3

    try:
        conn = _connect_sqlcipher(path, key)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlcipher3.dbapi2.DatabaseError:
        result = "unreadable"
    if result != "ok":
        log.error("store page check failed: %s", str(result)[:200])  # SQLite's own words: pages, no data
        raise StoreDamaged(
            f"The store at {path} is damaged: some of its pages cannot be read (the last session did not close "
            "properly). Restore the latest good backup."
        )


def sqlcipher_engine(path: Path, key: KeyMaterial) -> Engine:
    import sqlcipher3

    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=lambda: _connect_sqlcipher(path, key),
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,  # the dialect's SingletonThreadPool crashed with 6+ threads (DESIGN §6a)
        pool_size=8,
        max_overflow=8,
        hide_parameters=True,  # otherwise error messages carry victims' names
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; we issue BEGIN ourselves so a writer can take the lock up
        # front (IMMEDIATE) and wait its turn, rather than fail upgrading a read lock.
        immediate = conn.get_execution_options().get("rjdesk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_local(
    path: Path,
    secrets_store: SecretStore,
    *,
    create: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (or create) the encrypted local store at ``path``; check the key before anything else."""
    finish_interrupted_rekey(path, secrets_store)
    if not path.exists():
        if not create:
            raise StoreUnavailable(message("There is no rjdesk store at {path}.", path=path))
        return _create_local(path, secrets_store)
    check = keys.read_key_check(path)
    if check is None:
        raise StoreDamaged(
            f"The key check file beside {path} is missing, so the key cannot be verified. "
            "Restore it from a backup of this folder."
        )
    key = keys.resolve_existing_key(check, secrets_store)
    probe_local(path, key)
    marker = in_use_marker(path)
    holder = _marker_holder(marker)
    if holder is None or not _process_alive(holder):
        if marker.exists():
            # The last session did not close cleanly (crash, power cut, kill): check every page before use,
            # so a damaged file is found now, with a backup offered, not halfway through someone's work.
            quick_check_local(path, key)
        with contextlib.suppress(OSError):  # a read-only folder is reported by the first write, not here
            marker.write_text(f"{os.getpid()}\n", encoding="utf-8")
    # else another process running now has the store open (the app beside rjdesk-cli): not a crash, and the
    # marker stays theirs to remove when they close.
    db = Database(sqlcipher_engine(path, key), "local", str(path), path=path, key=key, key_check=check)
    if migrate:
        from rjdesk.store import migrate as migrations

        if migrations.needs_upgrade(db):
            from rjdesk.store.maintenance import backup_local

            backup_local(db, reason="before-upgrade")  # DESIGN §3: back up, then upgrade
            migrations.upgrade(db)
    gather_statistics_if_missing(db)
    return db


def gather_statistics_if_missing(db: Database) -> None:
    """A store that has never been analysed (new, restored, migrated into) gets the planner's statistics once;
    after that ``PRAGMA optimize`` on close keeps them fresh."""
    with contextlib.suppress(OperationalError), db.engine.begin() as conn:
        present = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
        if not present:
            conn.exec_driver_sql("ANALYZE")


def _create_local(path: Path, secrets_store: SecretStore) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = keys.key_from_environment()
    recovery: str | None = None
    if key is None:
        key = keys.new_raw_key()
    check = KeyCheck.create(key)
    if key.kept_in_keyring:
        secrets_store.set(keys.keyring_entry_name(check), key.value)  # NoKeyAvailable if no keyring
    if key.kind == "raw":
        recovery = keys.recovery_key_for(key)
    try:
        conn = _connect_sqlcipher(path, key)
        conn.close()
        keys.write_key_check(path, check)
        db = Database(
            sqlcipher_engine(path, key),
            "local",
            str(path),
            path=path,
            key=key,
            key_check=check,
            recovery_key=recovery,
        )
        from rjdesk.store import migrate as migrations

        migrations.upgrade(db)
    except BaseException:
        # Never leave a half-made store behind: the next start would take it for a damaged one.
        for leftover in (path, *sidecar_files(path), keys.key_check_path(path)):
            leftover.unlink(missing_ok=True)
        if key.kept_in_keyring:
            secrets_store.delete(keys.keyring_entry_name(check))
        raise
    log.info("created a local store (key from %s)", key.origin)
    return db


def sidecar_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def pending_key_check_path(path: Path) -> Path:
    return path.with_name(path.name + ".key.next.json")


def finish_interrupted_rekey(path: Path, secrets_store: SecretStore) -> None:
    """A rekey swaps the database file, then the key check. If it was killed in between, settle it now:
    whichever key check actually opens the file wins."""
    pending = pending_key_check_path(path)
    if not pending.exists():
        return
    if not path.exists():
        pending.unlink()
        return
    new_check = KeyCheck.from_json(pending.read_text(encoding="utf-8"))
    try:
        key = keys.resolve_existing_key(new_check, secrets_store)
        probe_local(path, key)
    except (StoreUnavailable, NoKeyAvailable):
        pending.unlink()  # the swap never happened: the old key check still describes the file
        return
    shutil.copyfile(pending, keys.key_check_path(path))
    pending.unlink()


# ------------------------------------------------------------------------------------------------- team


def team_password_entry(url: URL) -> str:
    return f"pg:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def open_team(url_text: str, secrets_store: SecretStore | None, *, require_current: bool = True) -> Database:
    """Connect to a PostgreSQL store. The password comes from the keyring when the URL has none."""
    url = make_url(url_text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.password is None and secrets_store is not None:
        with contextlib.suppress(NoKeyAvailable):
            password = secrets_store.get(team_password_entry(url))
            if password:
                url = url.set(password=password)
    engine = create_engine(
        url,
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=8,
        max_overflow=8,
        connect_args={"connect_timeout": 10, "application_name": "rjdesk"},
    )
    location = f"{url.host or 'localhost'}/{url.database}"
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError:
        engine.dispose()
        raise ServerUnreachable(
            f"The team database {location} could not be reached or refused the login. "
            "Check the server name, the network and the password."
        ) from None
    db = Database(engine, "team", location)
    if require_current:
        from rjdesk.store import migrate as migrations

        migrations.require_current(db)
    return db


def open_database(
    url: str | None,
    secrets_store: SecretStore | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
) -> Database:
    """The one entry point: no URL (or ``sqlite:///path``) is the local store, anything else a team store."""
    from rjdesk import paths

    store = secrets_store if secrets_store is not None else keys.KeyringSecretStore()
    if url is None:
        return open_local(paths.default_store_path(), store, create=create, migrate=migrate)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database:
            raise StoreUnavailable("A local store URL needs a file path: sqlite:///path/to/rjdesk.db")
        return open_local(Path(parsed.database), store, create=create, migrate=migrate)
    if parsed.get_backend_name() == "postgresql":
        return open_team(url, store, require_current=migrate)
    raise StoreUnavailable(
        message(
            "rjdesk stores are local files or PostgreSQL, not {get_backend_name}.",
            get_backend_name=parsed.get_backend_name(),
        )
    )
