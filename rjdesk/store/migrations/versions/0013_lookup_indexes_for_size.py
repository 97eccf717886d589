"""lookup indexes found missing at a million victims

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28 20:20:00

- A police referral's child: the referral import checks every row against the child's referrals already
  imported (by police reference); without it that read every referral per batch of rows — a third of the
  import's time at 1,000,000 victims.
- An offence's orders: KPI 10 reads every order of the quarter's offences; the link table's key starts with
  the order, so that read every link per batch of offences (2 s of a quarter's 8 s).
- An officer's open duties: My day read every open duty of the service and kept the officer's (180 ms for
  one officer's 1,200 at 1,000,000 victims).
- A period's contacts: the days from a crime's report to the first contact read every victim's first
  contact in the service's history; the period's contacts, with no earlier one, are enough.
The tables are analysed after, so that the planner knows the new indexes at once.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_police_referral_child_id", "police_referral", ["child_id", "police_ref"])
    op.create_index("ix_order_offence_offence_id", "order_offence", ["offence_id"])
    op.create_index("ix_duty_assigned_status", "duty", ["assigned_to_id", "status"])
    op.create_index("ix_contact_occurred_on", "contact", ["occurred_on"])
    for table in ("police_referral", "order_offence", "duty", "contact"):
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    op.drop_index("ix_contact_occurred_on", "contact")
    op.drop_index("ix_duty_assigned_status", "duty")
    op.drop_index("ix_order_offence_offence_id", "order_offence")
    op.drop_index("ix_police_referral_child_id", "police_referral")
