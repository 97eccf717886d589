"""Importing police referrals from CSV: all or nothing by default, or the good rows with the rejects set aside.

Each row is checked against the store too (the child and offences must exist in this service; a referral
already imported is a duplicate), with what the rows point at read for the whole file at once. With
all-or-nothing, one bad row means nothing is written. The rows are written in bulk (``store.bulk``): the
service path a referral typed in takes (a savepoint, ~28 statements and three audit entries per row) ran at
under 100 rows a second.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import RjdeskError, ValidationError
from rjdesk.rules.csv_fields import RowProblem
from rjdesk.rules.duties import DutyStatus, is_enhanced_by_age
from rjdesk.rules.permissions import Permission
from rjdesk.rules.referral_csv import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, ReferralRow, parse
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import DutyTerms
from rjdesk.services.referrals import NewReferral, first_duty, validate_referral
from rjdesk.services.victims import ContactDetails, VictimDetails, new_victim_details, reserve_references
from rjdesk.store import audit
from rjdesk.store.audit import Change
from rjdesk.store.bulk import BulkWriter, chunks
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry, Child, Offence, PoliceReferral


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    file_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.file_error is None and not self.problems


@dataclass(frozen=True)
class _Accepted:
    """A row that passed every check, as the referral it becomes, with what the write needs."""

    referral: NewReferral
    offence_refs: tuple[str, ...]
    enhanced: bool


class _StoreFacts:
    """What the rows point at, read for the whole file in a few queries: the service's children by case
    reference, their offences, and the police references already imported for them."""

    def __init__(self, session: Session, service_id: int, rows: list[ReferralRow]) -> None:
        self.children: dict[str, int] = {}
        for refs in chunks(sorted({row.child_cms_ref for row in rows})):
            for cms_ref, child_id in session.execute(
                select(Child.cms_ref, Child.id).where(Child.service_id == service_id, Child.cms_ref.in_(refs))
            ):
                self.children[cms_ref] = child_id
        self.offences: dict[tuple[int, str], tuple[int, dt.date | None]] = {}
        self.imported: set[tuple[int, str]] = set()
        for child_ids in chunks(sorted(set(self.children.values()))):
            for child_id, offence_ref, offence_id, offence_date in session.execute(
                select(Offence.child_id, Offence.offence_ref, Offence.id, Offence.offence_date).where(
                    Offence.child_id.in_(child_ids)
                )
            ):
                self.offences[(child_id, offence_ref)] = (offence_id, offence_date)
            for referred_child, police_ref in session.execute(
                select(PoliceReferral.child_id, PoliceReferral.police_ref).where(
                    PoliceReferral.child_id.in_(child_ids), PoliceReferral.police_ref.is_not(None)
                )
            ):
                if referred_child is not None and police_ref is not None:
                    self.imported.add((referred_child, police_ref))


def _accept(facts: _StoreFacts, row: ReferralRow) -> _Accepted:
    """The row as a referral, checked against the store and the same rules as one typed in; ValueError or
    ValidationError says why not."""
    child_id = facts.children.get(row.child_cms_ref)
    if child_id is None:
        raise ValueError(f"child_cms_ref: no child {row.child_cms_ref!r} in this service (import the case first)")
    unknown = [ref for ref in row.offence_refs if (child_id, ref) not in facts.offences]
    if unknown:
        raise ValueError(f"offence_refs: {', '.join(unknown)} not found for {row.child_cms_ref}")
    if (child_id, row.police_ref) in facts.imported:
        raise ValueError(f"police_ref {row.police_ref} for {row.child_cms_ref} was imported before")
    contact = None
    if row.has_contact_details:
        contact = ContactDetails(
            address=row.address,
            postcode=row.postcode,
            phone=row.phone,
            email=row.email,
            safe_to_write=row.safe_to_write,
            safe_to_phone=row.safe_to_phone,
            safe_to_leave_message=row.safe_to_leave_message,
        )
    details = VictimDetails(
        row.victim_kind,
        row.victim_name,
        date_of_birth=row.victim_dob,
        organisation_contact_name=row.organisation_contact,
        preferred_language=row.preferred_language,
    )
    referral = NewReferral(
        child_id=child_id,
        offence_ids=tuple(facts.offences[(child_id, ref)][0] for ref in row.offence_refs),
        received_on=row.received_on,
        basis=row.basis,
        police_ref=row.police_ref,
        requested_on=row.requested_on,
        crime_reported_on=row.crime_reported_on,
        details=details,
        contact=contact,
        enhanced_category=row.enhanced_category,
        enhanced_reason=row.enhanced_reason,
    )
    validate_referral(referral)
    offence_dates = [facts.offences[(child_id, ref)][1] for ref in row.offence_refs]
    enhanced = bool(row.enhanced_category) or any(is_enhanced_by_age(row.victim_dob, day) for day in offence_dates)
    facts.imported.add((child_id, row.police_ref))  # a second row with this reference is a duplicate
    return _Accepted(referral, row.offence_refs, enhanced)


def _check(facts: _StoreFacts, rows: list[ReferralRow], report: ImportReport) -> list[_Accepted]:
    accepted = []
    for row in rows:
        try:
            accepted.append(_accept(facts, row))
        except (ValueError, RjdeskError) as exc:
            report.problems.append(RowProblem(row.line, _reason(exc), {}))
    report.problems.sort(key=lambda p: p.line)
    return accepted


def import_referrals(db: Database, actor: Actor, data: bytes, *, skip_invalid: bool = False) -> ImportReport:
    """Import police referrals: each row becomes what ``referrals.receive_referral`` makes of one typed in (a
    new victim with contact details, the offences linked, the referral, the first duty under the rule in
    force), written in bulk. All or nothing unless ``skip_invalid``. The audit trail gets one entry per
    referral on the victim (everything it created) and one for the import."""
    require(actor, Permission.VICTIM_EDIT, Permission.VICTIM_CONTACT_EDIT, Permission.DATA_ADMIN)
    parsed = parse(data)
    report = ImportReport(file_error=parsed.file_error, problems=list(parsed.problems))
    if parsed.file_error:
        return report
    if report.problems and not skip_invalid:
        with db.unit_of_work(write=False) as session:  # report every bad row, though nothing is written
            _check(_StoreFacts(session, actor.service_id, parsed.rows), parsed.rows, report)
        return report
    with db.unit_of_work() as session:
        accepted = _check(_StoreFacts(session, actor.service_id, parsed.rows), parsed.rows, report)
        if report.problems and not skip_invalid:
            return report
        report.imported = _write(session, actor, accepted)
        audit_as(
            session,
            actor,
            action="import",
            entity="police_referral",
            payload={"imported": report.imported, "rejected": len(report.problems)},
        )
    return report


WRITE_ORDER = (
    "victim",
    "victim_contact_details",
    "victim_offence",
    "police_referral",
    "duty",
    AuditEntry.__tablename__,
)


def _write(session: Session, actor: Actor, accepted: list[_Accepted]) -> int:
    writer = BulkWriter(session, WRITE_ORDER, batch_on="victim")
    references = reserve_references(session, actor.service_id, len(accepted)) if accepted else []
    terms = DutyTerms(session, actor.service_id)

    def changes() -> Iterator[Change]:
        for item, reference in zip(accepted, references, strict=True):
            victim_id, payload = _write_one(writer, terms, actor, item, reference)
            yield "import_referral", "victim", victim_id, payload

    audit.append_many(session, writer, actor=actor.audit_name, service_id=actor.service_id, changes=changes())
    writer.flush()
    return len(accepted)


def _write_one(
    writer: BulkWriter, terms: DutyTerms, actor: Actor, item: _Accepted, reference: str
) -> tuple[int, dict[str, Any]]:
    """Buffer one referral's rows; the victim's id and the audit payload saying what was written."""
    ref = item.referral
    assert ref.details is not None
    # Shallow copies: dataclasses.asdict deep-copies every value, a third of the import's time at 100,000 rows.
    details = dict(vars(new_victim_details(ref.details)))
    contact = None if ref.contact is None else dict(vars(ref.contact))
    victim_id = writer.new_id("victim")
    enhanced = bool(ref.enhanced_category)  # as receive_in_session: a category given is recorded
    enhanced_fields = {
        "enhanced_category": ref.enhanced_category if enhanced else None,
        "enhanced_reason": (ref.enhanced_reason or "").strip() if enhanced else None,
        "enhanced_assessed_on": ref.received_on if enhanced else None,
    }
    writer.add(
        "victim",
        {
            **details,
            **enhanced_fields,
            "id": victim_id,
            "service_id": actor.service_id,
            "reference": reference,
            "worker_id": actor.user_id,
        },
    )
    if contact is not None:
        writer.add("victim_contact_details", {"victim_id": victim_id, **contact})
    for offence_id in dict.fromkeys(ref.offence_ids):
        row = {"id": writer.new_id("victim_offence"), "victim_id": victim_id, "offence_id": offence_id}
        writer.add("victim_offence", row)
    referral_id = writer.new_id("police_referral")
    writer.add(
        "police_referral",
        {
            "id": referral_id,
            "victim_id": victim_id,
            "child_id": ref.child_id,
            "police_ref": (ref.police_ref or "").strip() or None,
            "basis": ref.basis,
            "requested_on": ref.requested_on,
            "received_on": ref.received_on,
            "crime_reported_on": ref.crime_reported_on,
        },
    )
    duty: dict[str, Any] | None = None
    if ref.basis != "objected":
        code = first_duty(item.enhanced)
        rule = terms.rule(code, ref.received_on)
        due = terms.due(rule, ref.received_on, item.enhanced)
        if due is not None:
            duty = {"id": writer.new_id("duty"), "code": code.value, "rule_version": rule.version, "due": due}
            writer.add(
                "duty",
                {
                    "id": duty["id"],
                    "service_id": actor.service_id,
                    "victim_id": victim_id,
                    "child_id": ref.child_id,
                    "rule_id": rule.id,
                    "holder": rule.holder,
                    "trigger_date": ref.received_on,
                    "due_date": due,
                    "status": DutyStatus.OPEN.value,
                    "assigned_to_id": actor.user_id,
                },
            )
    payload = {
        "victim_id": victim_id,
        "after": details,
        "contact": contact,
        "referral_id": referral_id,
        "child_id": ref.child_id,
        "basis": ref.basis,
        "received_on": ref.received_on,
        "offences": sorted(item.offence_refs),
        "enhanced": item.enhanced,
        "duty": duty,
    }
    return victim_id, payload


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError) and exc.fields:
        return "; ".join(f"{k}: {v}" for k, v in exc.fields.items())
    return str(exc)


def rejects_csv(original: bytes, problems: list[RowProblem]) -> str:
    """The rejected rows as they were, with their line number and reason, to fix and import again."""
    text = original.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    by_line = {p.line: p.reason for p in problems}
    out = io.StringIO()
    writer = csv.writer(out)
    header = rows[0] if rows else list(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    writer.writerow(["line", "reason", *header])
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader, None)
    for values in reader:
        line = reader.line_num
        if line in by_line:
            writer.writerow([line, by_line[line], *values])
    return out.getvalue()
