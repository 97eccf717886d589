"""The vocabulary of a child's case: disposals (orders and interventions), case events and panel kinds."""

from __future__ import annotations

DISPOSALS = (
    "OOCD_WITH_INTERVENTION",
    "YOUTH_CAUTION",
    "YOUTH_CONDITIONAL_CAUTION",
    "REFERRAL_ORDER",
    "YRO",
    "CUSTODY",
    "COMMUNITY_RESOLUTION_NO_INTERVENTION",
    "YOUTH_CAUTION_NO_INTERVENTION",
    "NFA",
    "REPARATION_ORDER",
    "REMAND",
    "OTHER",
)
OUT_OF_COURT = ("OOCD_WITH_INTERVENTION", "YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION")
CASE_EVENTS = ("order_made", "review", "breach", "completion")
PANEL_KINDS = {"referral_order": "Referral order panel", "oocd": "Out-of-court panel"}


def panel_kind_for(disposal_type: str) -> str:
    """A referral order has a referral order panel; every other disposal goes to the out-of-court panel."""
    return "referral_order" if disposal_type == "REFERRAL_ORDER" else "oocd"
