"""Live refresh on a team database: which watched tables other desks changed (PostgreSQL LISTEN/NOTIFY).

Migration 0011 makes the server send ``NOTIFY rjdesk_changes, '<table>'`` when a transaction that wrote a
watched table commits. A listener holds one connection of its own (autocommit, outside the pool) and waits
on it; nothing is polled. The payload is a table name only — no record, no service — so a desk of another
service on the same server learns only that something changed somewhere, and reloads its own records.
"""

from __future__ import annotations

import logging
from typing import Any

from rjdesk.store.database import Database

log = logging.getLogger(__name__)

CHANNEL = "rjdesk_changes"


class ChangeListener:
    def __init__(self, db: Database) -> None:
        if db.is_sqlite:
            raise ValueError("live refresh listens on a team (PostgreSQL) database only")
        url = db.engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._conn: Any = None

    def _connect(self) -> Any:
        import psycopg

        if self._conn is None or self._conn.closed:
            self._conn = psycopg.connect(self._conninfo, autocommit=True, application_name="rjdesk-live")
            self._conn.execute(f"LISTEN {CHANNEL}")
        return self._conn

    def changes(self, wait_seconds: float) -> set[str]:
        """The tables changed since the last call, waiting up to ``wait_seconds`` for the first one.

        A lost connection is reopened on the next call (changes made meanwhile are missed; the caller refreshes
        anyway after an error)."""
        import psycopg

        try:
            conn = self._connect()
            return {n.payload for n in conn.notifies(timeout=wait_seconds)}
        except psycopg.OperationalError:
            self.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
