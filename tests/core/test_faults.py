"""Faults survived, on SQLite/SQLCipher and PostgreSQL: processes killed in the middle of bursts of writes, a full
disk, a read-only or locked store, a PostgreSQL connection killed mid-transaction and a server restart. Each
time: a clear message, nothing committed lost, nothing half-written, and the next try works."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from rjdesk.errors import ServerUnreachable, StoreFull, StoreLocked, StoreReadOnly
from rjdesk.services import victims
from rjdesk.services.context import Actor
from rjdesk.store import audit, keys, maintenance
from rjdesk.store import database as store_database
from rjdesk.store.database import Database, open_database, open_local, open_team
from rjdesk.store.models import Victim
from tests.conftest import PG_ADMIN_URL, make_service, pg_url

pytestmark = pytest.mark.faults
PASSPHRASE = "kill test passphrase"

WRITER = textwrap.dedent(
    """
    import sys
    from sqlalchemy import select
    from rjdesk.services import victims
    from rjdesk.services.context import operator_actor
    from rjdesk.store import keys
    from rjdesk.store.database import open_database
    from rjdesk.store.models import Service

    db = open_database(sys.argv[1], keys.KeyringSecretStore())
    with db.unit_of_work() as s:
        service = s.execute(select(Service).where(Service.code == "NB")).scalar_one_or_none()
        if service is None:
            service = Service(code="NB", name="Northbridge"); s.add(service); s.flush()
        service_id = service.id
    actor = operator_actor(service_id, "writer")
    i = 0
    while True:
        record = victims.create_victim(db, actor, victims.VictimDetails("individual", f"Burst Person {i}"))
        print(record.id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


def _burst_then_kill(url: str, env: dict[str, str], at_least: int) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    committed: list[int] = []
    deadline = time.monotonic() + 90
    while len(committed) < at_least and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    proc.send_signal(signal.SIGKILL)  # mid-burst: the writer is busy with the next transactions
    proc.wait(timeout=30)
    assert len(committed) >= at_least, proc.stderr.read() if proc.stderr else ""
    return committed


def _assert_all_there(db: Database, committed: list[int]) -> None:
    with db.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
        stored = {row[0] for row in session.execute(text("SELECT id FROM victim"))}
        nameless = session.execute(text("SELECT count(*) FROM victim WHERE display_name = ''")).scalar_one()
    assert set(committed) <= stored
    assert nameless == 0  # nothing half-written


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_repeated_sigkill_during_bursts_of_writes_loses_no_committed_write(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "RJDESK_DB_KEY": PASSPHRASE, "PYTHONPATH": os.getcwd()}
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'store' / 'rjdesk.db'}"
    else:
        url = pg_url(request.getfixturevalue("pg_database_name"))
    committed: list[int] = []
    for _round in range(3):  # each restart finds what the last one left, and carries on
        committed += _burst_then_kill(url, env, at_least=25)
    monkeypatch.setenv("RJDESK_DB_KEY", PASSPHRASE)
    db = open_database(url, keys.KeyringSecretStore())
    try:
        _assert_all_there(db, committed)
        if db.is_sqlite:
            report = maintenance.check(db)
            assert report.ok, report.problems
    finally:
        db.dispose()


# ---------------------------------------------------------------------------------------- the disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs of our own: the disk that fills up, or turns read-only, under a store."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _local_store(folder: Path) -> tuple[Database, Actor]:
    db = open_local(folder / "rjdesk.db", keys.KeyringSecretStore())
    return db, make_service(db)


def test_a_full_disk_says_so_keeps_everything_saved_and_writes_again_once_freed(small_disk: Path) -> None:
    db, operator = _local_store(small_disk)
    filler = small_disk / "filler.bin"
    filler.write_bytes(b"\0" * 600_000)  # room to give back later
    saved: list[int] = []
    long_name = "Filling Person " * 60
    with pytest.raises(StoreFull, match="disk is full: nothing was saved"):
        for _ in range(10_000):
            saved.append(victims.create_victim(db, operator, victims.VictimDetails("individual", long_name)).id)
    assert saved
    assert victims.count_victims(db, operator) == len(saved)  # the refused one is not there, even in part
    filler.unlink()
    again = victims.create_victim(db, operator, victims.VictimDetails("individual", "After Space Freed"))
    assert again.id not in saved
    report = maintenance.check(db)
    assert report.ok, report.problems
    db.dispose()


def test_a_read_only_store_is_named_as_such_not_as_damage(small_disk: Path) -> None:
    db, operator = _local_store(small_disk)
    victims.create_victim(db, operator, victims.VictimDetails("individual", "Written Before"))
    db.dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(StoreReadOnly, match="read-only"):
            open_local(small_disk / "rjdesk.db", keys.KeyringSecretStore())
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    reopened = open_local(small_disk / "rjdesk.db", keys.KeyringSecretStore())
    assert [v.display_name for v in victims.search_victims(reopened, operator)] == ["Written Before"]
    reopened.dispose()


def test_a_store_locked_by_another_program_says_so_and_works_once_released(
    local_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    operator = make_service(local_db)
    assert local_db.path is not None and local_db.key is not None
    path, key = local_db.path, local_db.key
    local_db.dispose()
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_SECONDS", 1)
    db = open_local(path, keys.KeyringSecretStore())
    holder = store_database._connect_sqlcipher(path, key)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreLocked, match="locked"):
            victims.create_victim(db, operator, victims.VictimDetails("individual", "Waiting Person"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    victims.create_victim(db, operator, victims.VictimDetails("individual", "Waiting Person"))
    assert victims.count_victims(db, operator) == 1
    db.dispose()


# ---------------------------------------------------------------------------------------- PostgreSQL


def _admin(statement: str) -> None:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_connection_killed_mid_transaction_commits_nothing_and_the_next_try_works(pg_db: Database) -> None:
    operator = make_service(pg_db)
    victims.create_victim(pg_db, operator, victims.VictimDetails("individual", "Committed Before"))
    with pytest.raises(ServerUnreachable, match="could not be reached"), pg_db.unit_of_work() as session:
        session.add(Victim(service_id=operator.service_id, reference="VKILL", kind="individual", display_name="Half"))
        session.flush()
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        _admin(f"SELECT pg_terminate_backend({int(pid)})")
        session.execute(text("SELECT 1"))
    names = [v.display_name for v in victims.search_victims(pg_db, operator)]
    assert names == ["Committed Before"]  # the half-done transaction left nothing; the pool reconnected
    victims.create_victim(pg_db, operator, victims.VictimDetails("individual", "After The Kill"))
    assert victims.count_victims(pg_db, operator) == 2


def _restart_postgres() -> None:
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
        check=True,
        capture_output=True,
        timeout=120,
    )


@pytest.mark.postgres
@pytest.mark.slow
def test_a_server_restart_is_survived_without_losing_a_commit(pg_database_name: str) -> None:
    if not Path("/etc/postgresql").is_dir() or shutil.which("pg_ctlcluster") is None:
        pytest.fail("the PostgreSQL server on this machine cannot be restarted by the tests")
    db = open_team(pg_url(pg_database_name), None)
    operator = make_service(db)
    victims.create_victim(db, operator, victims.VictimDetails("individual", "Before The Restart"))
    _restart_postgres()
    deadline = time.monotonic() + 60
    while True:  # what the app's "Try again" does: the same call, once the server answers
        try:
            victims.create_victim(db, operator, victims.VictimDetails("individual", "After The Restart"))
            break
        except ServerUnreachable:
            assert time.monotonic() < deadline, "the server did not come back within a minute"
            time.sleep(0.5)
    assert sorted(v.display_name for v in victims.search_victims(db, operator)) == [
        "After The Restart",
        "Before The Restart",
    ]
    db.dispose()
