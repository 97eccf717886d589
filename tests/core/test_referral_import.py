"""The police-referral import writes in bulk; each row must come out exactly as the same referral typed in
through ``referrals.receive_referral`` would — victim, contact details, offences, referral, first duty —
on both stores, with the audit trail intact and nothing written when the file is refused."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from sqlalchemy import func, select

from rjdesk.rules.permissions import Role
from rjdesk.rules.referral_csv import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from rjdesk.services import audit_log, cases, imports, referrals, victims
from rjdesk.services.context import Actor
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import Base, Duty, DutyRule, PoliceReferral, Victim, VictimContactDetails, VictimOffence
from tests.conftest import make_service, make_user

RECEIVED = dt.date(2026, 11, 2)
ROWS: list[dict[str, str]] = [
    {
        "police_ref": "PR/1",
        "victim_kind": "individual",
        "victim_name": " Alex Example ",
        "offence_refs": "OF1",
        "basis": "consented",
        "victim_dob": "1980-01-01",
        "phone": "01632 960001",
        "safe_to_phone": "yes",
    },
    {
        "police_ref": "PR/2",
        "victim_kind": "individual",
        "victim_name": "Young Example",
        "offence_refs": "OF1;OF2",
        "basis": "did_not_object",
        "victim_dob": "2012-05-05",
    },  # under 18 at the offence: triage first
    {
        "police_ref": "PR/3",
        "victim_kind": "organisation",
        "victim_name": "Corner Shop Ltd",
        "offence_refs": "OF2",
        "basis": "consented",
        "organisation_contact": "Pat Owner",
        "address": "1 High Street",
        "postcode": "NB1 1AA",
        "safe_to_write": "yes",
        "enhanced_category": "persistently_targeted",
        "enhanced_reason": "Third time",
    },
    {
        "police_ref": "PR/4",
        "victim_kind": "unidentified",
        "victim_name": "",
        "offence_refs": "OF1",
        "basis": "objected",
    },  # objected: no contact duty
    {
        "police_ref": "PR/5",
        "victim_kind": "professional",
        "victim_name": "Officer Example",
        "offence_refs": "OF2",
        "basis": "consented",
        "requested_on": "2026-10-30",
        "crime_reported_on": "2026-09-03",
        "preferred_language": "Welsh",
        "email": "officer@example.org",
    },
]


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
    writer.writeheader()
    for row in rows:
        writer.writerow({"received_on": RECEIVED.isoformat(), "child_cms_ref": "CMS100", **row})
    return out.getvalue().encode()


def _typed_in(db: Database, actor: Actor, child_id: int, offences: dict[str, int]) -> None:
    """The same rows through the service a referral typed in goes through."""
    for row in ROWS:
        contact_fields = ("address", "postcode", "phone", "email")
        contact = None
        if any(row.get(name) for name in contact_fields):
            contact = victims.ContactDetails(
                **{name: row.get(name) or None for name in contact_fields},
                safe_to_write=row.get("safe_to_write") == "yes",
                safe_to_phone=row.get("safe_to_phone") == "yes",
                safe_to_leave_message=False,
            )

        def day(name: str, row: dict[str, str] = row) -> dt.date | None:
            return dt.date.fromisoformat(row[name]) if row.get(name) else None

        referrals.receive_referral(
            db,
            actor,
            referrals.NewReferral(
                child_id=child_id,
                offence_ids=tuple(offences[ref] for ref in row["offence_refs"].split(";")),
                received_on=RECEIVED,
                basis=row["basis"],
                police_ref=row["police_ref"],
                requested_on=day("requested_on"),
                crime_reported_on=day("crime_reported_on"),
                details=victims.VictimDetails(
                    row["victim_kind"],
                    row["victim_name"],
                    date_of_birth=day("victim_dob"),
                    organisation_contact_name=row.get("organisation_contact") or None,
                    preferred_language=row.get("preferred_language") or None,
                ),
                contact=contact,
                enhanced_category=row.get("enhanced_category") or None,
                enhanced_reason=row.get("enhanced_reason") or None,
            ),
        )


def _case(db: Database, actor: Actor) -> tuple[int, dict[str, int]]:
    child = cases.create_child(db, actor, "CMS100", "Jay", "Example", dt.date(2010, 1, 1))
    offences = {
        ref: cases.add_offence(db, actor, child.id, ref, "Theft", dt.date(2026, 9, day)).id
        for ref, day in (("OF1", 1), ("OF2", 2))
    }
    return child.id, offences


def _what_was_written(db: Database, service_id: int) -> list[dict[str, Any]]:
    """Every victim with what hangs off it, ids and times left out (they differ between two stores)."""
    skip = {
        "id",
        "victim_id",
        "service_id",
        "created_at",
        "child_id",
        "offence_id",
        "rule_id",
        "worker_id",
        "assigned_to_id",
        "version_id",
    }

    def plain(row: Any) -> dict[str, Any]:
        return {c.name: getattr(row, c.key) for c in row.__table__.columns if c.name not in skip}

    with db.unit_of_work(write=False) as session:
        written = []
        for victim in session.scalars(select(Victim).where(Victim.service_id == service_id).order_by(Victim.reference)):
            contact = session.get(VictimContactDetails, victim.id)
            duties = session.scalars(select(Duty).where(Duty.victim_id == victim.id)).all()
            written.append(
                {
                    "victim": plain(victim),
                    "contact": None if contact is None else plain(contact),
                    "offences": session.scalar(
                        select(func.count()).select_from(VictimOffence).where(VictimOffence.victim_id == victim.id)
                    ),
                    "referrals": [
                        plain(r)
                        for r in session.scalars(select(PoliceReferral).where(PoliceReferral.victim_id == victim.id))
                    ],
                    "duties": [
                        {**plain(d), "code": session.get(DutyRule, d.rule_id).code}  # type: ignore[union-attr]
                        for d in duties
                    ],
                }
            )
        return written


def test_an_imported_row_is_what_the_same_referral_typed_in_makes(db: Database, service: Actor) -> None:
    _case(db, service)
    report = imports.import_referrals(db, service, _csv(ROWS))
    assert report.ok and report.imported == len(ROWS), report.problems
    elsewhere = make_service(db, "SB", "Southbridge YJS")  # the same referrals typed in, in another service
    typed_child, typed_offences = _case(db, elsewhere)
    _typed_in(db, elsewhere, typed_child, typed_offences)
    imported, expected = _what_was_written(db, service.service_id), _what_was_written(db, elsewhere.service_id)
    assert imported == expected
    codes = {w["victim"]["display_name"]: [d["code"] for d in w["duties"]] for w in imported}
    assert codes == {
        "Alex Example": ["FIRST_CONTACT_ATTEMPT"],
        "Young Example": ["PRIORITY_TRIAGE"],
        "Corner Shop Ltd": ["PRIORITY_TRIAGE"],
        "Unidentified victim": [],
        "Officer Example": ["FIRST_CONTACT_ATTEMPT"],
    }


def test_the_import_is_audited_per_victim_and_the_chain_holds(db: Database, service: Actor) -> None:
    _case(db, service)
    vlo = make_user(db, service, "vlo1", Role.VLO)
    victims.create_victim(db, vlo, victims.VictimDetails("individual", "Typed Before"))
    report = imports.import_referrals(db, service, _csv(ROWS))
    assert report.imported == len(ROWS)
    victims.create_victim(db, vlo, victims.VictimDetails("individual", "Typed After"))
    with db.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
        references = session.scalars(select(Victim.reference).order_by(Victim.id)).all()
    assert references == [f"V{n:06d}" for n in range(1, len(ROWS) + 3)]  # distinct, in order, none skipped
    manager = make_user(db, service, "manager1", Role.MANAGER)
    alex = victims.search_victims(db, vlo, "alex")[0]
    lines = audit_log.search_audit(
        db, manager, audit_log.AuditFilter(dt.date.today(), dt.date.today(), entity="victim", record=alex.reference)
    )
    assert [line.action for line in lines if line.action == "import_referral"] == ["import_referral"]


def test_a_refused_file_writes_nothing(db: Database, service: Actor) -> None:
    _case(db, service)
    bad = {**ROWS[0], "police_ref": "PR/9", "offence_refs": "OF7"}

    def counts() -> dict[str, int]:
        with db.unit_of_work(write=False) as session:
            return {
                t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables
            }

    before = counts()
    report = imports.import_referrals(db, service, _csv([*ROWS, bad]))
    assert report.imported == 0 and [p.line for p in report.problems] == [len(ROWS) + 2]
    assert "OF7 not found" in report.problems[0].reason
    assert counts() == before
    partial = imports.import_referrals(db, service, _csv([*ROWS, bad]), skip_invalid=True)
    assert partial.imported == len(ROWS) and len(partial.problems) == 1
    again = imports.import_referrals(db, service, _csv(ROWS[:1]))
    assert again.imported == 0 and "imported before" in again.problems[0].reason
