"""The encrypted local store: encryption at rest, key checks, backups, restore, rekey and recovery."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from rjdesk.errors import NoKeyAvailable, StoreDamaged, WrongKey
from rjdesk.services import victims
from rjdesk.store import keys, maintenance
from rjdesk.store.database import Database, open_local, pending_key_check_path
from tests.conftest import InMemoryKeyring, make_service

CLI = [sys.executable, "-m", "rjdesk.cli"]


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_nothing_in_clear(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(b"SQLite format 3"), path
        for clear in (b"CREATE TABLE", b"victim_contact_details", b"audit_entry"):
            assert clear not in content, f"{clear!r} readable in {path}"


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    env.update(RJDESK_DATA_DIR=str(tmp_path / "cli-data"), RJDESK_DB_KEY="a long passphrase for tests")
    return env


@pytest.mark.slow
def test_demo_store_is_encrypted_checks_and_refuses_a_wrong_key(cli_env: dict[str, str], tmp_path: Path) -> None:
    data = Path(cli_env["RJDESK_DATA_DIR"])
    made = cli("demo", "--victims", "20", "--seed", "1", env=cli_env)
    assert made.returncode == 0, made.stderr
    assert made.stdout == ""  # messages go to stderr
    assert_nothing_in_clear(data)

    # The WAL too: write through an open store and look at the files while it is open.
    os.environ["RJDESK_DB_KEY"] = cli_env["RJDESK_DB_KEY"]
    try:
        db = open_local(data / "rjdesk.db", keys.KeyringSecretStore())
        with db.unit_of_work() as session:
            session.execute(text("CREATE TABLE IF NOT EXISTS scratch_marker (x TEXT)"))
        assert (data / "rjdesk.db-wal").exists()
        assert_nothing_in_clear(data)
        db.dispose()
    finally:
        del os.environ["RJDESK_DB_KEY"]

    checked = cli("db", "check", env=cli_env)
    assert checked.returncode == 0, checked.stderr
    assert "audit chain" in checked.stdout

    cli("db", "backup", env=cli_env)
    backup = next((data / "backups").glob("rjdesk-*.db"))
    before = snapshot(data)
    wrong = {**cli_env, "RJDESK_DB_KEY": "not the passphrase"}
    for command in (
        ["db", "check"],
        ["db", "backup"],
        ["db", "restore", str(backup)],
        ["db", "rekey", "--new-passphrase-env", "PATH"],
        ["db", "upgrade"],
        ["db", "list-backups"],
        ["demo", "--victims", "3"],
    ):
        result = cli(*command, env=wrong)
        assert result.returncode == 3, (command, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "wrong key" in lines[0].lower(), (command, result.stderr)
        assert result.stdout == ""
    assert snapshot(data) == before  # nothing changed, backed up or restored


def test_new_store_keeps_its_raw_key_in_the_keyring_and_offers_a_recovery_key(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    db = open_local(tmp_path / "s" / "rjdesk.db", keys.KeyringSecretStore())
    assert db.key is not None and db.key.kind == "raw" and db.recovery_key
    assert len(memory_keyring.entries) == 1
    assert keys.parse_raw_key(db.recovery_key, "typed").value == db.key.value
    db.dispose()
    again = open_local(tmp_path / "s" / "rjdesk.db", keys.KeyringSecretStore())
    assert again.recovery_key is None  # shown once only
    again.dispose()


def test_no_keyring_is_a_clear_error_and_leaves_no_half_made_store(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeyAvailable, match="RJDESK_DB_KEY"):
        open_local(tmp_path / "s" / "rjdesk.db", keys.KeyringSecretStore())
    assert not any((tmp_path / "s").glob("rjdesk.db*"))


def test_null_keyring_that_forgets_is_refused(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    with pytest.raises(NoKeyAvailable, match="did not keep"):
        open_local(tmp_path / "s" / "rjdesk.db", keys.KeyringSecretStore())


def test_lost_keyring_entry_is_recovered_with_the_recovery_key(
    tmp_path: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s" / "rjdesk.db"
    db = open_local(path, keys.KeyringSecretStore())
    recovery = db.recovery_key
    assert recovery
    operator = make_service(db)
    victims.create_victim(db, operator, victims.VictimDetails("individual", "Alex Example"))
    db.dispose()
    memory_keyring.entries.clear()
    with pytest.raises(NoKeyAvailable, match="recovery key"):
        open_local(path, keys.KeyringSecretStore())
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery.lower().replace("-", " "))  # typed loosely
    monkeypatch.setenv("RJDESK_DB_KEY_FILE", str(key_file))
    reopened = open_local(path, keys.KeyringSecretStore())
    assert victims.count_victims(reopened, operator) == 1
    reopened.dispose()


def test_wrong_key_is_never_taken_for_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RJDESK_DB_KEY", "right passphrase")
    path = tmp_path / "s" / "rjdesk.db"
    open_local(path, keys.KeyringSecretStore()).dispose()
    monkeypatch.setenv("RJDESK_DB_KEY", "wrong passphrase")
    with pytest.raises(WrongKey):
        open_local(path, keys.KeyringSecretStore())
    # A damaged file with the right key is reported as damage, not as a wrong key.
    monkeypatch.setenv("RJDESK_DB_KEY", "right passphrase")
    with open(path, "r+b") as fh:
        fh.seek(0)
        fh.write(os.urandom(4096))
    with pytest.raises(StoreDamaged):
        open_local(path, keys.KeyringSecretStore())


def test_backup_and_restore_bring_back_the_earlier_state(local_db: Database) -> None:
    operator = make_service(local_db)
    kept = victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Before Backup"))
    backup = maintenance.backup_local(local_db)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "After Backup"))
    assert local_db.path is not None
    safety = maintenance.restore_local(local_db, backup, "cli:tester")
    restored = open_local(local_db.path, keys.KeyringSecretStore())
    names = [v.display_name for v in victims.search_victims(restored, operator)]
    assert names == [kept.details.display_name]
    assert maintenance.check(restored).ok
    restored.dispose()
    assert safety.exists()  # the store as it was before the restore is kept


def test_restore_refuses_a_damaged_backup_and_changes_nothing(local_db: Database) -> None:
    operator = make_service(local_db)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Still Here"))
    backup = maintenance.backup_local(local_db)
    with open(backup, "r+b") as fh:
        fh.seek(8192)
        fh.write(b"\x00" * 4096)
    with pytest.raises(StoreDamaged):
        maintenance.restore_local(local_db, backup, "cli:tester")
    assert victims.count_victims(local_db, operator) == 1


def test_rekey_changes_the_key_and_old_backups_say_which_key_they_need(
    local_db: Database, memory_keyring: InMemoryKeyring
) -> None:
    operator = make_service(local_db)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Rekeyed Person"))
    old_backup = maintenance.backup_local(local_db)
    assert local_db.path is not None and local_db.key is not None
    old_key = local_db.key
    result = maintenance.rekey_local(local_db, keys.new_raw_key(), keys.KeyringSecretStore(), "cli:tester")
    assert result.recovery_key and result.new_key.value != old_key.value
    reopened = open_local(local_db.path, keys.KeyringSecretStore())
    assert reopened.key is not None and reopened.key.value == result.new_key.value
    assert victims.count_victims(reopened, operator) == 1
    with pytest.raises(WrongKey, match="another key"):
        maintenance.restore_local(reopened, old_backup, "cli:tester")
    assert len(memory_keyring.entries) == 1  # the old key's entry is gone
    reopened.dispose()


def test_interrupted_rekey_is_settled_on_next_open(local_db: Database, memory_keyring: InMemoryKeyring) -> None:
    """Killed after the file swap but before the key check swap: the next open finishes the job."""
    assert local_db.path is not None and local_db.key_check is not None
    path = local_db.path
    new_key = keys.new_raw_key()
    staged = path.with_name("staged.db")
    maintenance._export_copy(local_db, staged, new_key)
    new_check = keys.KeyCheck.create(new_key, store_id=local_db.key_check.store_id)
    memory_keyring.set_password(keys.KEYRING_SERVICE, keys.keyring_entry_name(new_check), new_key.value)
    pending_key_check_path(path).write_text(new_check.to_json())
    local_db.dispose()
    os.replace(staged, path)
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    reopened = open_local(path, keys.KeyringSecretStore())
    assert reopened.key is not None and reopened.key.value == new_key.value
    assert not pending_key_check_path(path).exists()
    reopened.dispose()


def test_an_older_local_store_is_backed_up_then_upgraded_on_open(local_db: Database) -> None:
    from alembic import command

    from rjdesk.store import migrate

    operator = make_service(local_db)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "Kept Through Upgrade"))
    cfg = migrate.alembic_config()
    with local_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert migrate.current_revision(local_db) == "0001"
    assert local_db.path is not None
    local_db.dispose()
    reopened = open_local(local_db.path, keys.KeyringSecretStore())
    assert migrate.current_revision(reopened) == migrate.head_revision()
    backups = list((local_db.path.parent / "backups").glob("*before-upgrade.db"))
    assert len(backups) == 1
    assert victims.count_victims(reopened, operator) == 1
    reopened.dispose()


def test_keys_end_to_end_recovery_rekey_lost_keyring_and_backups(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    """The whole life of a store's keys: created with a recovery key, backed up, rekeyed (a new recovery key),
    the keyring lost; the old recovery key is refused as an older key, the new one brings the store back; a
    backup made after the rekey opens with the current key, one made before says which key it needs and
    opens with the old recovery key; and at no point is a key problem treated as damage."""
    path = tmp_path / "s" / "rjdesk.db"
    db = open_local(path, keys.KeyringSecretStore())
    first_recovery = db.recovery_key
    assert first_recovery
    operator = make_service(db)
    victims.create_victim(db, operator, victims.VictimDetails("individual", "Kept Through Everything"))
    before_rekey = maintenance.backup_local(db, reason="manual")
    result = maintenance.rekey_local(db, keys.new_raw_key(), keys.KeyringSecretStore(), "cli:tester")
    assert result.recovery_key and result.recovery_key != first_recovery
    db = open_local(path, keys.KeyringSecretStore())
    after_rekey = maintenance.backup_local(db, reason="manual")
    db.dispose()

    memory_keyring.entries.clear()  # the keyring was reset (new laptop profile, IT wiped it)
    with pytest.raises(NoKeyAvailable):
        open_local(path, keys.KeyringSecretStore())
    assert maintenance.latest_good_backup(path, keys.KeyringSecretStore()) is None  # nothing opens: no repair
    with pytest.raises(WrongKey, match="older key"):
        keys.restore_keyring_entry(path, first_recovery, keys.KeyringSecretStore())
    keys.restore_keyring_entry(path, result.recovery_key, keys.KeyringSecretStore())
    db = open_local(path, keys.KeyringSecretStore())
    assert [v.display_name for v in victims.search_victims(db, operator)] == ["Kept Through Everything"]
    assert db.key is not None
    maintenance.verify_backup(after_rekey, db.key)  # opens with the current key
    with pytest.raises(WrongKey, match=r"another key \(key [0-9a-f]{8}\)"):
        maintenance.verify_backup(before_rekey, db.key)
    maintenance.verify_backup(before_rekey, keys.parse_raw_key(first_recovery, "the old recovery key"))
    db.dispose()
