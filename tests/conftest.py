"""Shared fixtures: real stores only.

- ``local_db``: a real SQLCipher file (copied from a migrated template, so each test starts clean and fast).
- ``pg_db``: a real PostgreSQL database on 127.0.0.1:5432, cloned from a migrated template database and
  dropped afterwards. These tests carry the ``postgres`` marker and must run (not skip) in CI.
- ``db``: both, parametrised — the same test runs on each store.
- A fresh in-memory keyring per test: tests never touch the machine's real keyring.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # backstop; tests set their own

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from rjdesk.rules.permissions import Role
from rjdesk.services import users
from rjdesk.services.context import Actor, operator_actor
from rjdesk.store import keys
from rjdesk.store.database import Database, open_local, open_team
from rjdesk.store.models import Service

PG_ADMIN_URL = os.environ.get("RJDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PASSWORD = "correct horse battery"


class InMemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemoryKeyring]:
    for name in ("RJDESK_DB_KEY", "RJDESK_DB_KEY_FILE", "RJDESK_DATABASE_URL", "RJDESK_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    monkeypatch.setenv("RJDESK_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(isolated_environment: InMemoryKeyring) -> InMemoryKeyring:
    return isolated_environment


# ------------------------------------------------------------------------------------------ SQLCipher


@dataclass
class LocalTemplate:
    path: Path
    key_value: str
    check: keys.KeyCheck


@pytest.fixture(scope="session")
def local_template(tmp_path_factory: pytest.TempPathFactory) -> LocalTemplate:
    folder = tmp_path_factory.mktemp("template")
    store = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        db = open_local(folder / "rjdesk.db", keys.KeyringSecretStore())
        assert db.key is not None and db.key_check is not None
        db.dispose()
        return LocalTemplate(folder / "rjdesk.db", db.key.value, db.key_check)
    finally:
        keyring.set_keyring(previous)


def copy_local_store(template: LocalTemplate, target_dir: Path, backend: InMemoryKeyring) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "rjdesk.db"
    shutil.copyfile(template.path, target)
    shutil.copyfile(keys.key_check_path(template.path), keys.key_check_path(target))
    backend.set_password(keys.KEYRING_SERVICE, keys.keyring_entry_name(template.check), template.key_value)
    return target


@pytest.fixture
def local_db(local_template: LocalTemplate, tmp_path: Path, memory_keyring: InMemoryKeyring) -> Iterator[Database]:
    path = copy_local_store(local_template, tmp_path / "data", memory_keyring)
    db = open_local(path, keys.KeyringSecretStore())
    yield db
    db.dispose()


# ------------------------------------------------------------------------------------------ PostgreSQL


def _pg_admin_execute(statement: str) -> None:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def pg_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    name = f"rjdesk_tpl_{uuid.uuid4().hex[:10]}"
    _pg_admin_execute(f'CREATE DATABASE "{name}"')
    try:
        db = open_team(pg_url(name), None, require_current=False)
        from rjdesk.store import migrate

        migrate.upgrade(db)
        db.dispose()
        yield name
    finally:
        _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_database_name(pg_template: str) -> Iterator[str]:
    name = f"rjdesk_t_{uuid.uuid4().hex[:12]}"
    _pg_admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield name
    finally:
        _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db(pg_database_name: str) -> Iterator[Database]:
    db = open_team(pg_url(pg_database_name), None)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    if request.param == "sqlite":
        return request.getfixturevalue("local_db")  # type: ignore[no-any-return]
    return request.getfixturevalue("pg_db")  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------------------ people


def make_service(db: Database, code: str = "NB", name: str = "Northbridge YJS") -> Actor:
    """A service and the local operator acting in it."""
    with db.unit_of_work() as session:
        service = Service(code=code, name=name)
        session.add(service)
        session.flush()
        return operator_actor(service.id, "tester")


def make_user(db: Database, operator: Actor, username: str, *roles: Role) -> Actor:
    users.create_user(db, operator, users.NewUser(username, username.title(), PASSWORD, frozenset(roles)))
    return users.authenticate(db, username, PASSWORD)


@pytest.fixture
def service(db: Database) -> Actor:
    return make_service(db)
