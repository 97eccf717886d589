"""The disclosure log (DOMAIN §6): every sharing of victim information outside the service — to the police,
Probation, a court, a panel, a CMS export, another YJS — with recipient, lawful basis and reason.

Services that export (the case manager's report summary, a case transfer) log through ``log_disclosure`` in
their own transaction, so a disclosure and its record are written together or not at all. The report for
managers names victims by reference only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.victims import load_child, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import Child, Disclosure, Victim

RECIPIENT_KINDS = {
    "police": "Police",
    "probation": "Probation Service",
    "court": "Court",
    "panel": "Referral order / out-of-court panel",
    "cms": "Case management system export",
    "other_yjs": "Another youth justice service",
    "victim_service": "Victim support service",
    "other": "Other",
}
LAWFUL_BASES = (
    "Public task — UK GDPR 6(1)(e), Crime and Disorder Act 1998 s.39",
    "Legal obligation — UK GDPR 6(1)(c)",
    "Consent of the victim — UK GDPR 6(1)(a)",
    "Prevention or detection of crime — DPA 2018 Sch. 2 para 2",
    "Court order",
)


@dataclass(frozen=True)
class NewDisclosure:
    recipient_kind: str
    recipient: str
    lawful_basis: str
    reason: str
    what: str
    disclosed_on: dt.date
    victim_id: int | None = None
    child_id: int | None = None


@dataclass(frozen=True)
class DisclosureRow:
    id: int
    disclosed_on: dt.date
    recipient_kind: str
    recipient: str
    lawful_basis: str
    reason: str
    what: str | None
    victim_reference: str | None
    child_cms_ref: str | None
    recorded_by: str

    @property
    def recipient_kind_label(self) -> str:
        return RECIPIENT_KINDS.get(self.recipient_kind, self.recipient_kind)


def _validate(new: NewDisclosure, today: dt.date) -> None:
    problems = {}
    if new.recipient_kind not in RECIPIENT_KINDS:
        problems["recipient_kind"] = "Choose who received it."
    for name in ("recipient", "lawful_basis", "reason", "what"):
        if not getattr(new, name).strip():
            problems[name] = "Required."
    if new.disclosed_on > today:
        problems["disclosed_on"] = "Not in the future."
    if new.victim_id is None and new.child_id is None:
        problems["victim_id"] = "A disclosure is about a victim or a child's case."
    if problems:
        raise ValidationError("The disclosure was not recorded.", problems)


def log_disclosure(session: Session, actor: Actor, new: NewDisclosure, today: dt.date | None = None) -> int:
    """Record a disclosure inside the caller's transaction (the caller has checked its own permission)."""
    _validate(new, today or dt.date.today())
    if new.victim_id is not None:
        load_victim(session, actor, new.victim_id)
    if new.child_id is not None:
        load_child(session, actor, new.child_id)
    row = Disclosure(
        service_id=actor.service_id,
        victim_id=new.victim_id,
        child_id=new.child_id,
        recipient_kind=new.recipient_kind,
        recipient=new.recipient.strip(),
        lawful_basis=new.lawful_basis.strip(),
        reason=new.reason.strip(),
        what=new.what.strip(),
        disclosed_on=new.disclosed_on,
        recorded_by=actor.audit_name,
    )
    session.add(row)
    session.flush()
    audit_as(
        session,
        actor,
        action="disclose",
        entity="disclosure",
        entity_id=row.id,
        payload={"victim_id": new.victim_id, "child_id": new.child_id, "recipient_kind": new.recipient_kind},
    )
    return row.id


def record_disclosure(db: Database, actor: Actor, new: NewDisclosure) -> int:
    """A disclosure made outside rjdesk (a phone call to the police, a letter to Probation), logged by hand."""
    require(actor, Permission.DISCLOSURE_RECORD)
    with db.unit_of_work() as session:
        return log_disclosure(session, actor, new)


def disclosure_report(
    db: Database, actor: Actor, start: dt.date, end: dt.date, victim_id: int | None = None
) -> list[DisclosureRow]:
    """Disclosures between two dates (inclusive), newest first; one victim's when ``victim_id`` is given."""
    require(actor, Permission.REPORT_CASE_LIST)
    if end < start:
        raise ValidationError("The report's end is before its start.")
    with db.unit_of_work() as session:
        query = (
            select(Disclosure, Victim.reference, Child.cms_ref)
            .outerjoin(Victim, Victim.id == Disclosure.victim_id)
            .outerjoin(Child, Child.id == Disclosure.child_id)
            .where(Disclosure.service_id == actor.service_id, Disclosure.disclosed_on.between(start, end))
            .order_by(Disclosure.disclosed_on.desc(), Disclosure.id.desc())
        )
        if victim_id is not None:
            query = query.where(Disclosure.victim_id == victim_id)
        rows = [
            DisclosureRow(
                d.id,
                d.disclosed_on,
                d.recipient_kind,
                d.recipient,
                d.lawful_basis,
                d.reason,
                d.what,
                reference,
                cms_ref,
                d.recorded_by,
            )
            for d, reference, cms_ref in session.execute(query)
        ]
        audit_as(
            session, actor, action="report", entity="disclosure", payload={"from": start, "to": end, "rows": len(rows)}
        )
        return rows


def disclosures_csv(rows: list[DisclosureRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["date", "recipient_kind", "recipient", "lawful_basis", "reason", "what", "victim_ref", "child_ref", "by"]
    )
    for r in rows:
        writer.writerow(
            [
                r.disclosed_on.isoformat(),
                r.recipient_kind,
                r.recipient,
                r.lawful_basis,
                r.reason,
                r.what or "",
                r.victim_reference or "",
                r.child_cms_ref or "",
                r.recorded_by,
            ]
        )
    return out.getvalue()
