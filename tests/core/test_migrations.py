"""Migrations and models agree, on both stores; a team store refuses to run on an old schema."""

from __future__ import annotations

import warnings

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from rjdesk.errors import SchemaOutOfDate
from rjdesk.store import migrate
from rjdesk.store.database import Database, open_team
from rjdesk.store.models import Base
from tests.conftest import _pg_admin_execute, pg_url


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy cannot reflect expression indexes and says so before the include_name hook leaves them out.
        for name in migrate.EXPRESSION_INDEXES:
            warnings.filterwarnings("ignore", f"Skipped unsupported reflection of expression-based index {name}")
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": migrate.described_by_models}), Base.metadata
        )
    assert differences == []
    assert migrate.current_revision(db) == migrate.head_revision()


@pytest.mark.postgres
def test_team_store_with_an_empty_schema_asks_for_db_upgrade() -> None:
    name = "rjdesk_empty_schema_test"
    _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_admin_execute(f'CREATE DATABASE "{name}"')
    try:
        with pytest.raises(SchemaOutOfDate, match="db upgrade"):
            open_team(pg_url(name), None)
        db = open_team(pg_url(name), None, require_current=False)
        migrate.upgrade(db)
        db.dispose()
        open_team(pg_url(name), None).dispose()
    finally:
        _pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
