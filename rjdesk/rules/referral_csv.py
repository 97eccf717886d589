"""The police-referral CSV (documented in docs/USER_GUIDE.md): parsing and row validation, no database.

Every problem is reported with its line number (the header is line 1) and a reason; nothing is guessed.
Database checks (does the child exist, is the referral already in) happen in the import service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rjdesk.rules.csv_fields import FileError, RowProblem, read_date, read_flag, read_rows

REQUIRED_COLUMNS = ("police_ref", "received_on", "basis", "child_cms_ref", "offence_refs", "victim_kind", "victim_name")
OPTIONAL_COLUMNS = (
    "requested_on",
    "crime_reported_on",
    "organisation_contact",
    "victim_dob",
    "address",
    "postcode",
    "phone",
    "email",
    "safe_to_write",
    "safe_to_phone",
    "safe_to_leave_message",
    "preferred_language",
    "enhanced_category",
    "enhanced_reason",
)
BASES = ("consented", "did_not_object", "objected")
KINDS = ("individual", "organisation", "professional", "unidentified")


@dataclass(frozen=True)
class ReferralRow:
    line: int
    police_ref: str
    received_on: dt.date
    basis: str
    child_cms_ref: str
    offence_refs: tuple[str, ...]
    victim_kind: str
    victim_name: str
    requested_on: dt.date | None = None
    crime_reported_on: dt.date | None = None
    organisation_contact: str | None = None
    victim_dob: dt.date | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    safe_to_write: bool = False
    safe_to_phone: bool = False
    safe_to_leave_message: bool = False
    preferred_language: str | None = None
    enhanced_category: str | None = None
    enhanced_reason: str | None = None

    @property
    def has_contact_details(self) -> bool:
        return any((self.address, self.postcode, self.phone, self.email))


@dataclass
class ParsedFile:
    rows: list[ReferralRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    file_error: str | None = None  # the whole file is unusable (encoding, header)


def parse(data: bytes, today: dt.date | None = None) -> ParsedFile:
    today = today or dt.date.today()
    result = ParsedFile()
    seen: dict[tuple[str, str, str], int] = {}
    try:
        for line, row in read_rows(data, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, result.problems):
            try:
                parsed = _row(line, row, today)
            except ValueError as exc:
                result.problems.append(RowProblem(line, str(exc), row))
                continue
            key = (parsed.police_ref.lower(), parsed.child_cms_ref.lower(), parsed.victim_name.lower())
            if key in seen:
                result.problems.append(RowProblem(line, f"duplicate of line {seen[key]}", row))
                continue
            seen[key] = line
            result.rows.append(parsed)
    except FileError as exc:
        result.file_error = str(exc)
    return result


def _row(line: int, row: dict[str, str], today: dt.date) -> ReferralRow:
    def text(name: str) -> str | None:
        value = row.get(name, "").strip()
        return value or None

    for name in REQUIRED_COLUMNS:
        if not row.get(name, "").strip() and not (name == "victim_name" and row.get("victim_kind") == "unidentified"):
            raise ValueError(f"{name} is empty")
    basis = row["basis"].strip().lower()
    if basis not in BASES:
        raise ValueError(f"basis: {row['basis']!r} is not one of {', '.join(BASES)}")
    kind = row["victim_kind"].strip().lower()
    if kind not in KINDS:
        raise ValueError(f"victim_kind: {row['victim_kind']!r} is not one of {', '.join(KINDS)}")
    received = read_date(row["received_on"], "received_on", today)
    assert received is not None
    requested = read_date(row.get("requested_on", ""), "requested_on", today)
    if requested and requested > received:
        raise ValueError("requested_on is after received_on")
    offence_refs = tuple(r.strip() for r in row["offence_refs"].split(";") if r.strip())
    if kind == "organisation" and not text("organisation_contact"):
        raise ValueError("organisation_contact: an organisation needs a named contact")
    return ReferralRow(
        line=line,
        police_ref=row["police_ref"].strip(),
        received_on=received,
        basis=basis,
        child_cms_ref=row["child_cms_ref"].strip(),
        offence_refs=offence_refs,
        victim_kind=kind,
        victim_name=row.get("victim_name", "").strip(),
        requested_on=requested,
        crime_reported_on=read_date(row.get("crime_reported_on", ""), "crime_reported_on", today),
        organisation_contact=text("organisation_contact"),
        victim_dob=read_date(row.get("victim_dob", ""), "victim_dob", today),
        address=text("address"),
        postcode=text("postcode"),
        phone=text("phone"),
        email=text("email"),
        safe_to_write=read_flag(row.get("safe_to_write", ""), "safe_to_write"),
        safe_to_phone=read_flag(row.get("safe_to_phone", ""), "safe_to_phone"),
        safe_to_leave_message=read_flag(row.get("safe_to_leave_message", ""), "safe_to_leave_message"),
        preferred_language=text("preferred_language"),
        enhanced_category=text("enhanced_category"),
        enhanced_reason=text("enhanced_reason"),
    )
