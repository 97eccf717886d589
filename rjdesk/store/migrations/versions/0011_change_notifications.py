"""change notifications for live refresh (PostgreSQL only)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 17:45:00

Statement-level triggers on the tables whose changes other desks should see at once send
``NOTIFY rjdesk_changes, '<table>'`` when the writing transaction commits (PostgreSQL delivers
notifications only on commit, and folds identical ones of one transaction into one). The audit trail is not
watched: every view is audited, and views must not make every desk reload. SQLite has no such thing; the
app refreshes a local store's lists periodically instead.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WATCHED = (
    "victim",
    "victim_contact_details",
    "consent_decision",
    "contact",
    "victim_views",
    "victim_request",
    "complaint",
    "duty",
    "safety_concern",
    "alert",
    "child",
    "case_order",
    "panel",
    "rj_process",
    "rj_stage_change",
    "restorative_activity",
    "rj_conference",
    "rj_agreement_item",
    "reparation_placement",
    "reparation_session",
    "reparation_attendance",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION rjdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('rjdesk_changes', TG_TABLE_NAME);
            RETURN NULL;
        END;
        $$
        """
    )
    for table in WATCHED:
        op.execute(
            f"CREATE TRIGGER rjdesk_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION rjdesk_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in WATCHED:
        op.execute(f"DROP TRIGGER IF EXISTS rjdesk_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS rjdesk_notify_change()")
