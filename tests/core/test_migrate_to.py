"""`rjdesk-cli db migrate-to`: a local store moved into PostgreSQL and back, everything and the audit chain
verified; a non-empty target refused; a move killed half-way leaves both stores as they were."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from rjdesk import demo
from rjdesk.errors import ValidationError
from rjdesk.services import victims
from rjdesk.services.context import Actor
from rjdesk.store import audit, keys, maintenance, transfer
from rjdesk.store.database import Database, open_local, open_team
from rjdesk.store.models import Base
from tests.conftest import PG_ADMIN_URL, make_service, pg_url

pytestmark = pytest.mark.postgres
WAITING_ON_A_LOCK = text(
    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rjdesk' AND wait_event_type = 'Lock'"
)


def _counts(db: Database) -> dict[str, int]:
    with db.unit_of_work(write=False) as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def _names(db: Database, actor: Actor) -> list[str]:
    return sorted(v.display_name for v in victims.search_victims(db, actor, limit=10_000))


@pytest.fixture
def filled(local_db: Database) -> Actor:
    operator = make_service(local_db)
    demo.generate(local_db, operator, victims=25, seed=3)
    return operator


def test_a_local_store_moves_to_postgresql_and_back_whole(
    local_db: Database, filled: Actor, pg_database_name: str, tmp_path: Path
) -> None:
    before = _counts(local_db)
    team = open_team(pg_url(pg_database_name), None)
    report = transfer.copy_store(local_db, team)
    assert report.rows == before and report.audit_entries == before["audit_entry"]
    assert _counts(team) == before
    assert _names(team, filled) == _names(local_db, filled)
    with team.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
    victims.create_victim(team, filled, victims.VictimDetails("individual", "New On The Server"))  # ids go on

    copy = open_local(tmp_path / "copy" / "rjdesk.db", keys.KeyringSecretStore())
    transfer.copy_store(team, copy)
    assert _counts(copy) == _counts(team)
    assert "New On The Server" in _names(copy, filled)
    assert maintenance.check(copy).ok
    team.dispose()
    copy.dispose()


def test_a_target_that_is_not_empty_is_refused_and_left_alone(local_db: Database, filled: Actor, pg_db: Database):
    make_service(pg_db, "OT", "Another service")
    before = _counts(pg_db)
    with pytest.raises(ValidationError, match="not empty"):
        transfer.copy_store(local_db, pg_db)
    assert _counts(pg_db) == before


@pytest.mark.faults
@pytest.mark.slow
def test_a_move_killed_half_way_leaves_both_stores_as_they_were(
    local_db: Database, filled: Actor, pg_database_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert local_db.path is not None
    source_before = _counts(local_db)
    local_db.dispose()
    last_table = Base.metadata.sorted_tables[-1].name
    admin = create_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + pg_database_name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_DB")}
    env["PYTHONPATH"] = os.getcwd()
    with admin.connect() as blocker:
        blocker.execute(text(f'LOCK TABLE "{last_table}" IN ACCESS EXCLUSIVE MODE'))  # the move stops here
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "rjdesk.cli",
                "--database",
                f"sqlite:///{local_db.path}",
                "db",
                "migrate-to",
                pg_url(pg_database_name),
            ],
            env=env | _key_env(local_db),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with admin.connect() as watcher:  # a fresh transaction: activity statistics are per snapshot
                waiting = watcher.execute(WAITING_ON_A_LOCK).scalar_one()
            if waiting:
                break
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.1)
        else:
            pytest.fail("the move never reached the last table")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        blocker.rollback()
    admin.dispose()
    team = open_team(pg_url(pg_database_name), None)
    deadline = time.monotonic() + 30
    while _counts(team)["service"] and time.monotonic() < deadline:  # the server rolls the dead move back
        time.sleep(0.2)
    after = _counts(team)
    assert after["service"] == 0 and after["victim"] == 0 and after["audit_entry"] == 0
    team.dispose()
    source = open_local(local_db.path, keys.KeyringSecretStore())
    assert _counts(source) == source_before and maintenance.check(source).ok
    source.dispose()


def _key_env(db: Database) -> dict[str, str]:
    """The child process opens the same store: hand it the store's key as a recovery-key file."""
    assert db.key is not None and db.path is not None
    key_file = db.path.parent / "key.txt"
    key_file.write_text(keys.recovery_key_for(db.key))
    return {"RJDESK_DB_KEY_FILE": str(key_file)}
