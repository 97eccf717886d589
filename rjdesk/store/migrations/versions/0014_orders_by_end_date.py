"""orders by their end date

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28 22:30:00

KPI 10 now chooses a quarter's cohort in the database (services/kpi10_query.py), starting from the orders
ending in the quarter; without an index that read every order of the service, twice per report (a tenth of a
quarter's time at 100,000 victims, more at a million). The board pack's orders ending in its period gain too.
The table is analysed after, so that the planner knows the index at once.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_case_order_end_date", "case_order", ["end_date"])
    op.execute("ANALYZE case_order")


def downgrade() -> None:
    op.drop_index("ix_case_order_end_date", "case_order")
