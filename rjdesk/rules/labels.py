"""The English label of a code the core stores and the interface shows (an order's type, a decision, a consent
method, an RJ activity): one rule for all of them, so the Welsh translation can be made from the same labels
(``packaging/translations.py`` reads every vocabulary through ``label``)."""

from __future__ import annotations

# Codes whose label is not the code in words: acronyms, and names the code shortens.
SPELLED_OUT = {
    "OOCD_WITH_INTERVENTION": "Out-of-court disposal with intervention",
    "YRO": "Youth rehabilitation order",
    "NFA": "No further action",
    "COMMUNITY_RESOLUTION_NO_INTERVENTION": "Community resolution (no intervention)",
    "YOUTH_CAUTION_NO_INTERVENTION": "Youth caution (no intervention)",
    "oocd": "Out-of-court",
    "yjs": "YJS",
    "isva": "ISVA",
    "idva": "IDVA",
    "rj": "RJ",
    "sms": "Text message",
}


def label(code: str) -> str:
    """ "REFERRAL_ORDER" → "Referral order", "order_made" → "Order made"; the spelled-out name where there is one."""
    if code in SPELLED_OUT:
        return SPELLED_OUT[code]
    words = code.replace("_", " ").strip().lower()
    return words[:1].upper() + words[1:]
