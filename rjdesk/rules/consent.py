"""Consent (DOMAIN §2): per victim, per child case, per scope; append-only history, current state derived."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ConsentScope(StrEnum):
    YJS_CONTACT = "yjs_contact"
    RJ = "rj"
    SHARE_VIEWS_WORKER = "share_views_worker"
    SHARE_VIEWS_CHILD = "share_views_child"
    PROGRESS_UPDATES = "progress_updates"

    @property
    def label(self) -> str:
        return SCOPE_LABELS[self]


SCOPE_LABELS = {
    ConsentScope.YJS_CONTACT: "Contact by the YJS",
    ConsentScope.RJ: "Taking part in restorative justice",
    ConsentScope.SHARE_VIEWS_WORKER: "Sharing views with the child's worker",
    ConsentScope.SHARE_VIEWS_CHILD: "Sharing views with the child",
    ConsentScope.PROGRESS_UPDATES: "Receiving progress updates",
}

DECISIONS = ("given", "refused", "withdrawn")
METHODS = ("written", "verbal", "electronic")
SOURCES = ("victim", "parent_carer", "police_referral")


@dataclass(frozen=True)
class ConsentEvent:
    child_id: int | None
    scope: ConsentScope
    decision: str
    decided_on: dt.date
    recorded_order: int  # ties on one day resolve by the order they were recorded


def current_state(events: Iterable[ConsentEvent]) -> dict[tuple[int | None, ConsentScope], str]:
    """The latest decision per (child case, scope)."""
    latest: dict[tuple[int | None, ConsentScope], ConsentEvent] = {}
    for event in events:
        key = (event.child_id, event.scope)
        kept = latest.get(key)
        if kept is None or (event.decided_on, event.recorded_order) > (kept.decided_on, kept.recorded_order):
            latest[key] = event
    return {key: event.decision for key, event in latest.items()}


def consented_on_or_before(
    events: Iterable[ConsentEvent],
    child_id: int | None,
    scope: ConsentScope,
    as_of: dt.date,
    strict_current: bool = False,
) -> bool:
    """KPI 10 consent: given at any time on or before ``as_of`` (a later withdrawal does not rewrite it),
    or — the "strict current consent" rule — the latest decision on or before ``as_of`` is 'given'."""
    relevant = [e for e in events if e.child_id == child_id and e.scope == scope and e.decided_on <= as_of]
    if strict_current:
        state = current_state(relevant)
        return state.get((child_id, scope)) == "given"
    return any(e.decision == "given" for e in relevant)
