"""The child's case manager (a limited role, DOMAIN §1): what victims agreed to share, never who they are.

Everything here returns the child's case and numbered victims ("Victim 1", "Victim 2" — numbered by the
order they were linked to the child, so a number means the same victim on every screen and in every
report), never a name, reference, address or contact detail.

- A case manager sees the children on their own caseload; a manager sees any child of the service.
- A summary appears only while the victim's consent to share views with the child's worker stands (the
  latest decision for this child's case is "given").
- Relaying the views to the child needs the victim's consent to share with the child; the case manager
  records when it was done (it feeds the RJ preparation and the victim's record).
- The report summary for a pre-sentence or panel report is consent-filtered text, and producing it logs a
  disclosure for each victim whose words it carries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import NotFound, PermissionDenied, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.disclosures import LAWFUL_BASES, NewDisclosure, log_disclosure
from rjdesk.services.victims import load_child
from rjdesk.store.database import Database
from rjdesk.store.models import Child, ConsentDecision, Offence, Victim, VictimOffence, VictimViews

REPORT_PURPOSES = {
    "pre_sentence_report": ("Pre-sentence report", "court"),
    "panel_report": ("Panel report", "panel"),
}


@dataclass(frozen=True)
class SharedViews:
    views_id: int
    victim_label: str
    recorded_on: dt.date
    summary: str
    vps_status: str | None
    relayed_to_child_on: dt.date | None
    may_relay_to_child: bool


@dataclass(frozen=True)
class ReportSummary:
    text: str
    victims_included: int
    disclosures: tuple[int, ...]


def _caseload_child(session: Session, actor: Actor, child_id: int) -> Child:
    child = load_child(session, actor, child_id)
    if not actor.can(Permission.VICTIM_VIEW) and child.case_manager_id != actor.user_id:
        raise PermissionDenied("This child is not on your caseload.")
    return child


def _victim_labels(session: Session, child_id: int) -> dict[int, str]:
    """Victims of the child's offences, numbered in the order they were linked to the child (a duplicate
    merged into another victim is that victim)."""
    links = session.execute(
        select(VictimOffence.victim_id)
        .join(Offence, Offence.id == VictimOffence.offence_id)
        .join(Victim, Victim.id == VictimOffence.victim_id)
        .where(Offence.child_id == child_id, Victim.merged_into_id.is_(None))
        .order_by(VictimOffence.id)
    ).scalars()
    labels: dict[int, str] = {}
    for victim_id in links:
        labels.setdefault(victim_id, f"Victim {len(labels) + 1}")
    return labels


def _agreeing(session: Session, child_id: int, scope: ConsentScope) -> set[int]:
    """Victims whose latest decision for this child's case and scope is 'given'."""
    decisions = session.execute(
        select(ConsentDecision.victim_id, ConsentDecision.decision)
        .where(ConsentDecision.child_id == child_id, ConsentDecision.scope == scope.value)
        .order_by(ConsentDecision.decided_on, ConsentDecision.id)
    )
    latest: dict[int, str] = {}
    for victim_id, decision in decisions:
        latest[victim_id] = decision
    return {v for v, d in latest.items() if d == "given"}


def _shared(session: Session, child_id: int) -> list[tuple[VictimViews, str, bool]]:
    labels = _victim_labels(session, child_id)
    sharing = _agreeing(session, child_id, ConsentScope.SHARE_VIEWS_WORKER) & set(labels)
    to_child = _agreeing(session, child_id, ConsentScope.SHARE_VIEWS_CHILD)
    rows = session.execute(
        select(VictimViews)
        .where(
            VictimViews.child_id == child_id,
            VictimViews.victim_id.in_(sharing),
            VictimViews.shareable_summary.is_not(None),
        )
        .order_by(VictimViews.recorded_on, VictimViews.id)
    ).scalars()
    return [(r, labels[r.victim_id], r.victim_id in to_child) for r in rows]


def _as_shared(row: VictimViews, label: str, may_relay: bool) -> SharedViews:
    return SharedViews(
        row.id, label, row.recorded_on, row.shareable_summary or "", row.vps_status, row.relayed_to_child_on, may_relay
    )


def shared_views_for_child(db: Database, actor: Actor, child_id: int) -> list[SharedViews]:
    require(actor, Permission.VICTIM_VIEWS_SUMMARY)
    with db.unit_of_work() as session:
        _caseload_child(session, actor, child_id)
        shared = _shared(session, child_id)
        audit_as(
            session, actor, action="view", entity="shared_views", entity_id=child_id, payload={"summaries": len(shared)}
        )
        return [_as_shared(*s) for s in shared]


def record_relayed(
    db: Database, actor: Actor, views_id: int, relayed_on: dt.date, today: dt.date | None = None
) -> SharedViews:
    """The case manager told the child what the victim wanted them to know."""
    require(actor, Permission.VICTIM_VIEWS_SUMMARY)
    if relayed_on > (today or dt.date.today()):
        raise ValidationError("The day it was relayed cannot be in the future.", {"relayed_on": "Not in the future."})
    with db.unit_of_work() as session:
        views = session.get(VictimViews, views_id)
        if views is None or views.child_id is None:
            raise NotFound("No such shared views.")
        _caseload_child(session, actor, views.child_id)
        match = next((s for s in _shared(session, views.child_id) if s[0].id == views_id), None)
        if match is None:
            raise NotFound("No such shared views.")  # not shared (any more): as if it did not exist
        if not match[2]:
            raise ValidationError("The victim has not agreed to their views being shared with the child.")
        if relayed_on < views.recorded_on:
            raise ValidationError(
                "The views cannot be relayed before they were recorded.", {"relayed_on": "Too early."}
            )
        views.relayed_to_child_on = relayed_on
        views.relayed_by = actor.audit_name
        audit_as(
            session,
            actor,
            action="relayed_to_child",
            entity="victim_views",
            entity_id=views.id,
            payload={"child_id": views.child_id, "on": relayed_on},
        )
        return _as_shared(*match)


def report_summary(
    db: Database,
    actor: Actor,
    child_id: int,
    purpose: str,
    *,
    lawful_basis: str = LAWFUL_BASES[0],
    today: dt.date | None = None,
) -> ReportSummary:
    """The victim-related items for a pre-sentence or panel report, consent-filtered; logs the disclosure."""
    require(actor, Permission.VICTIM_VIEWS_SUMMARY)
    if purpose not in REPORT_PURPOSES:
        raise ValidationError("Choose the report: pre-sentence or panel.", {"purpose": "Unknown report."})
    today = today or dt.date.today()
    title, recipient_kind = REPORT_PURPOSES[purpose]
    with db.unit_of_work() as session:
        child = _caseload_child(session, actor, child_id)
        labels = _victim_labels(session, child_id)
        shared = _shared(session, child_id)
        lines = [
            f"Victim information for the {title.lower()} — case {child.cms_ref}",
            f"Prepared {today:%d %B %Y} by {actor.display_name or actor.username} from rjdesk.",
            "Only what each victim agreed to share with the child's worker is included; no victim is named.",
            "",
            f"Victims of this child's offences known to the service: {len(labels)}",
        ]
        shared_by_victim: dict[str, list[VictimViews]] = {}
        for row, label, _may_relay in shared:
            shared_by_victim.setdefault(label, []).append(row)
        included = []
        for victim_id, label in labels.items():
            lines.append("")
            rows = shared_by_victim.get(label)
            if not rows:
                lines.append(f"{label}: has not agreed to share views for this report.")
                continue
            included.append(victim_id)
            latest = rows[-1]
            lines.append(f"{label} — views recorded {latest.recorded_on:%d %B %Y}:")
            lines.append(f"  {latest.shareable_summary}")
            if latest.vps_status:
                lines.append(f"  Victim personal statement: {latest.vps_status.replace('_', ' ')}")
        disclosures = tuple(
            log_disclosure(
                session,
                actor,
                NewDisclosure(
                    recipient_kind=recipient_kind,
                    recipient=f"{title} for case {child.cms_ref}",
                    lawful_basis=lawful_basis,
                    reason=f"Victim's views for the {title.lower()}, with the victim's agreement to share",
                    what="The summary of views the victim agreed to share (no name or contact details)",
                    disclosed_on=today,
                    victim_id=victim_id,
                    child_id=child_id,
                ),
                today,
            )
            for victim_id in included
        )
        audit_as(
            session,
            actor,
            action="export",
            entity="report_summary",
            entity_id=child_id,
            payload={"purpose": purpose, "victims_included": len(included)},
        )
        return ReportSummary("\n".join(lines) + "\n", len(included), disclosures)
