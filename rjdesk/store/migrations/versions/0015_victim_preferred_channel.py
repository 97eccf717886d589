"""the victim's chosen way of being contacted

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 09:00:00

A letter is a contact attempt; it meets an information duty (a progress update, being told the intervention
has concluded) only where the victim chose letters (DOMAIN §2 and the practice review §2.10). Until now the
record had no place for that choice. Existing victims have none recorded: nothing they were sent is re-judged.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("victim") as batch:
        batch.add_column(sa.Column("preferred_channel", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("victim") as batch:
        batch.drop_column("preferred_channel")
