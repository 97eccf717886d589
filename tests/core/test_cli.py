"""The CLI contract (DESIGN §6): exit codes, one line on standard error, payload-only standard output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import _pg_admin_execute, pg_url


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rjdesk.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    clean["RJDESK_DATA_DIR"] = str(tmp_path / "d")
    return clean


def test_bad_arguments_exit_2_with_one_line(env: dict[str, str]) -> None:
    result = run("frobnicate", env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_keyring_exits_3_with_the_way_out(env: dict[str, str]) -> None:
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = run("db", "check", env=env)
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert "RJDESK_DB_KEY" in result.stderr
    assert not list(Path(env["RJDESK_DATA_DIR"]).glob("rjdesk.db*"))


def test_key_file_is_never_created_silently(env: dict[str, str], tmp_path: Path) -> None:
    env["RJDESK_DB_KEY_FILE"] = str(tmp_path / "missing.key")
    result = run("db", "check", env=env)
    assert result.returncode == 3 and "never created" in result.stderr
    assert not (tmp_path / "missing.key").exists()


def test_rekey_to_a_key_file_then_open_with_it(env: dict[str, str], tmp_path: Path) -> None:
    env["RJDESK_DB_KEY"] = "first passphrase"
    assert run("demo", "--victims", "5", "--seed", "2", env=env).returncode == 0
    key_file = tmp_path / "new.key"
    result = run("db", "rekey", "--new-key-file", str(key_file), env=env)
    assert result.returncode == 0, result.stderr
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert run("db", "check", env=env).returncode == 3  # the old passphrase no longer opens it
    del env["RJDESK_DB_KEY"]
    env["RJDESK_DB_KEY_FILE"] = str(key_file)
    checked = run("db", "check", env=env)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.postgres
def test_db_upgrade_then_demo_on_a_team_database(env: dict[str, str]) -> None:
    name = "rjdesk_cli_team_test"
    _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_admin_execute(f'CREATE DATABASE "{name}"')
    try:
        url = pg_url(name)
        refused = run("--database", url, "demo", "--victims", "3", env=env)
        assert refused.returncode == 3 and "db upgrade" in refused.stderr
        assert run("--database", url, "db", "upgrade", env=env).returncode == 0
        assert run("--database", url, "demo", "--victims", "10", "--seed", "3", env=env).returncode == 0
        checked = run("--database", url, "db", "check", env=env)
        assert checked.returncode == 0, checked.stderr
        backup = run("--database", url, "db", "backup", env=env)
        assert backup.returncode == 2 and "local store only" in backup.stderr
    finally:
        _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_unreachable_team_server_exits_3(env: dict[str, str]) -> None:
    result = run("--database", "postgresql://nobody@127.0.0.1:1/none", "db", "check", env=env)
    assert result.returncode == 3
    assert "could not be reached" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
