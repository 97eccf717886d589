"""retention holds and the destruction log

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 17:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=120), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], name=op.f("fk_retention_hold_service_id_service")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_hold")),
    )
    with op.batch_alter_table("retention_hold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_hold_service_id"), ["service_id"], unique=False)
        batch_op.create_index("ix_retention_hold_record", ["service_id", "record_type", "record_id"], unique=False)
    op.create_table(
        "destruction_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("basis_date", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("policy_years", sa.Integer(), nullable=False),
        sa.Column("rows_json", sa.Text(), nullable=False),
        sa.Column("audit_entries_redacted", sa.Integer(), nullable=False),
        sa.Column("destroyed_by", sa.String(length=120), nullable=False),
        sa.Column("destroyed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], name=op.f("fk_destruction_log_service_id_service")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_log")),
    )
    with op.batch_alter_table("destruction_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_destruction_log_service_id"), ["service_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("destruction_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_log_service_id"))
    op.drop_table("destruction_log")
    with op.batch_alter_table("retention_hold", schema=None) as batch_op:
        batch_op.drop_index("ix_retention_hold_record")
        batch_op.drop_index(batch_op.f("ix_retention_hold_service_id"))
    op.drop_table("retention_hold")
