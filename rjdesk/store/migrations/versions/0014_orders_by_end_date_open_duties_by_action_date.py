"""orders by their end date; open duties by the date to act on them

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28 22:30:00

- Orders by end date: KPI 10 now chooses a quarter's cohort in the database (services/kpi10_query.py),
  starting from the orders ending in the quarter; without an index that read every order of the service,
  twice per report. The board pack's orders ending in its period gain too.
- Open duties by the date to act on them (a deferred duty's review date, else its due date): a team's My day
  counts the duties up to five working days ahead and lists the soonest 500. With only the status index,
  every open duty of the service was read, joined to its victim and sorted (0.4 s at a million victims).
  The index holds only open and deferred duties (closed ones are most of the table), in the order My day
  lists them, with the columns its counts read, so the counts never visit the table. The query names the
  two statuses literally: a partial index is used only when the query's own condition proves it applies.
  The expression index is not described by the models (Alembic cannot compare expression indexes);
  ``migrate.described_by_models`` leaves it out by name.
The tables are analysed after, so that the planner knows the new indexes at once.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_DUTY_INDEX = (
    "CREATE INDEX ix_duty_open_action ON duty "
    "(service_id, coalesce(review_date, due_date), status, holder, due_date, review_date) "
    "WHERE status IN ('open', 'deferred')"
)


def upgrade() -> None:
    op.create_index("ix_case_order_end_date", "case_order", ["end_date"])
    op.execute(OPEN_DUTY_INDEX)
    op.execute("ANALYZE case_order")
    op.execute("ANALYZE duty")


def downgrade() -> None:
    op.execute("DROP INDEX ix_duty_open_action")
    op.drop_index("ix_case_order_end_date", "case_order")
