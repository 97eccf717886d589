"""Alembic migrations shipped inside the package and run programmatically (no alembic.ini needed).

The local store is backed up and upgraded on start; a team (PostgreSQL) store is upgraded only by an
administrator's explicit ``rjdesk-cli db upgrade`` — the app refuses to run on an out-of-date schema.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from rjdesk.errors import SchemaOutOfDate
from rjdesk.store.database import Database

# The victim search index (migration 0012) is backend-specific SQL the models do not describe: an FTS5 table
# (and its shadow tables) on SQLite, trigram indexes on PostgreSQL. Comparisons with the models leave it out.
SEARCH_INDEX_PREFIX = "victim_search"
# Expression indexes (migration 0014's open duties by action date): Alembic cannot compare them with models.
EXPRESSION_INDEXES = frozenset({"ix_duty_open_action"})


def described_by_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: False for the search index's own objects and the expression indexes."""
    return not (name or "").startswith(SEARCH_INDEX_PREFIX) and name not in EXPRESSION_INDEXES


def alembic_config() -> Config:
    cfg = Config()
    # A package-resource location keeps migrations working from a wheel or a frozen bundle.
    cfg.set_main_option("script_location", "rjdesk.store:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def require_current(db: Database) -> None:
    current = current_revision(db)
    if current != head_revision():
        raise SchemaOutOfDate(
            f"The team database's schema is at {current or 'nothing (empty database)'} and this rjdesk needs "
            f"{head_revision()}. Ask your administrator to run: rjdesk-cli --database URL db upgrade"
        )


def upgrade(db: Database, revision: str = "head") -> None:
    cfg = alembic_config()
    with db.engine.connect() as conn:
        # Batch migrations recreate tables, so SQLite foreign keys must be off — and that pragma only
        # works outside a transaction, hence the driver connection (autocommit) rather than `conn`.
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if db.is_sqlite:
                    problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if problems:
                        raise RuntimeError(f"migration left {len(problems)} broken foreign keys")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
