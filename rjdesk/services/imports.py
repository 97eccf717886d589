"""Importing police referrals from CSV: all or nothing by default, or the good rows with the rejects set aside.

Each row is checked against the store too (the child and offences must exist in this service; a referral
already imported is a duplicate). With all-or-nothing, one bad row means nothing is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import RjdeskError, ValidationError
from rjdesk.rules.csv_fields import RowProblem
from rjdesk.rules.permissions import Permission
from rjdesk.rules.referral_csv import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, ReferralRow, parse
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.referrals import NewReferral, receive_in_session
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Child, Offence, PoliceReferral


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    file_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.file_error is None and not self.problems


def _to_referral(session: Session, actor: Actor, row: ReferralRow) -> NewReferral:
    child = session.execute(
        select(Child).where(Child.service_id == actor.service_id, Child.cms_ref == row.child_cms_ref)
    ).scalar_one_or_none()
    if child is None:
        raise ValueError(f"child_cms_ref: no child {row.child_cms_ref!r} in this service (import the case first)")
    offences: dict[str, int] = {}
    if row.offence_refs:
        found = session.execute(
            select(Offence.offence_ref, Offence.id).where(
                Offence.child_id == child.id, Offence.offence_ref.in_(row.offence_refs)
            )
        )
        offences = {ref: offence_id for ref, offence_id in found}
    unknown = [r for r in row.offence_refs if r not in offences]
    if unknown:
        raise ValueError(f"offence_refs: {', '.join(unknown)} not found for {row.child_cms_ref}")
    already = session.execute(
        select(PoliceReferral.id).where(
            PoliceReferral.police_ref == row.police_ref, PoliceReferral.child_id == child.id
        )
    ).first()
    if already:
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
    return NewReferral(
        child_id=child.id,
        offence_ids=tuple(offences[r] for r in row.offence_refs),
        received_on=row.received_on,
        basis=row.basis,
        police_ref=row.police_ref,
        requested_on=row.requested_on,
        crime_reported_on=row.crime_reported_on,
        details=VictimDetails(
            row.victim_kind,
            row.victim_name,
            date_of_birth=row.victim_dob,
            organisation_contact_name=row.organisation_contact,
            preferred_language=row.preferred_language,
        ),
        contact=contact,
        enhanced_category=row.enhanced_category,
        enhanced_reason=row.enhanced_reason,
    )


def import_referrals(db: Database, actor: Actor, data: bytes, *, skip_invalid: bool = False) -> ImportReport:
    require(actor, Permission.VICTIM_EDIT, Permission.VICTIM_CONTACT_EDIT, Permission.DATA_ADMIN)
    parsed = parse(data)
    report = ImportReport(file_error=parsed.file_error, problems=list(parsed.problems))
    if parsed.file_error or (report.problems and not skip_invalid):
        _check_rows(db, actor, parsed.rows, report)  # report every bad row, even though nothing is written
        return report

    class _Refused(Exception):
        pass

    try:
        with db.unit_of_work() as session:
            for row in parsed.rows:
                savepoint = session.begin_nested()
                try:
                    receive_in_session(session, actor, _to_referral(session, actor, row))
                    savepoint.commit()
                    report.imported += 1
                except (ValueError, RjdeskError) as exc:
                    savepoint.rollback()
                    report.problems.append(RowProblem(row.line, _reason(exc), {}))
            if report.problems and not skip_invalid:
                raise _Refused
            audit_as(
                session,
                actor,
                action="import",
                entity="police_referral",
                payload={"imported": report.imported, "rejected": len(report.problems)},
            )
    except _Refused:
        report.imported = 0
    report.problems.sort(key=lambda p: p.line)
    return report


def _check_rows(db: Database, actor: Actor, rows: list[ReferralRow], report: ImportReport) -> None:
    with db.unit_of_work(write=False) as session:
        for row in rows:
            try:
                _to_referral(session, actor, row)
            except ValueError as exc:
                report.problems.append(RowProblem(row.line, str(exc), {}))
    report.problems.sort(key=lambda p: p.line)


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
