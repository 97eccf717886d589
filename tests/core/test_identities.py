"""One identity per victim: merge then unmerge restores both records exactly, audit included; co-defendants share
a victim; a victim who is a child known to the service is linked; a transfer records what was shared."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from rjdesk.errors import ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.services import (
    case_manager,
    cases,
    consent,
    contacts,
    disclosures,
    identities,
    referrals,
    safety,
    transfers,
    victims,
)
from rjdesk.services.context import Actor
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry, Base, Child, Victim
from tests.conftest import make_user

TODAY = dt.date.today()


@pytest.fixture
def two_records(db: Database, service: Actor) -> tuple[Actor, int, int, int, int]:
    """The same person referred twice — once for each of two co-defendants — as two records."""
    vlo = make_user(db, service, "vlo1", Role.VLO)
    ids = []
    children = []
    for cms_ref in ("C1", "C2"):
        child = cases.create_child(db, service, cms_ref, "Kid", cms_ref, dt.date(2010, 1, 1))
        offence = cases.add_offence(db, service, child.id, "OF1", "Robbery", TODAY - dt.timedelta(days=40))
        children.append(child.id)
        ids.append(
            referrals.receive_referral(
                db,
                vlo,
                referrals.NewReferral(
                    child_id=child.id,
                    offence_ids=(offence.id,),
                    received_on=TODAY - dt.timedelta(days=10),
                    basis="consented",
                    details=VictimDetails("individual", "Robin Twice", date_of_birth=dt.date(1990, 2, 2)),
                    contact=ContactDetails(phone=f"01632 96000{len(ids)}", safe_to_phone=True),
                ),
            ).victim_id
        )
    survivor, duplicate = ids
    consent.record_consent(
        db,
        vlo,
        duplicate,
        consent.NewConsent(children[1], ConsentScope.YJS_CONTACT, "given", TODAY - dt.timedelta(days=9), "verbal"),
    )
    safety.raise_concern(db, vlo, duplicate, "intimidation", "Followed home", urgent=False)
    safety.save_plan(db, vlo, duplicate, "Call the police on 999", TODAY + dt.timedelta(days=30), None)
    safety.save_plan(db, vlo, survivor, "Meet only at the office", TODAY + dt.timedelta(days=20), None)
    return vlo, survivor, duplicate, children[0], children[1]


def snapshot(db: Database, victim_ids: tuple[int, ...]) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table that hangs off these victims, and the victims themselves, versions aside."""
    found: dict[str, list[dict[str, Any]]] = {}
    with db.unit_of_work(write=False) as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if any(fk.column.table.name == "victim" for fk in c.foreign_keys)]
            if table.name == "victim":
                columns = [table.c.id]
            if not columns or table.name == "victim_merge":
                continue
            condition = columns[0].in_(victim_ids)
            for column in columns[1:]:
                condition = condition | column.in_(victim_ids)
            rows = session.execute(select(table).where(condition)).mappings().all()
            found[table.name] = sorted(
                ({k: v for k, v in row.items() if k != "version_id"} for row in rows), key=lambda r: repr(r)
            )
    return found


def victim_audit(db: Database, victim_id: int) -> list[tuple[int, str]]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.action)
            .where(AuditEntry.entity == "victim", AuditEntry.entity_id == str(victim_id))
            .order_by(AuditEntry.id)
        )
        return [(i, a) for i, a in rows]


def test_merge_then_unmerge_restores_both_records_exactly_audit_included(db: Database, two_records) -> None:
    vlo, survivor, duplicate, _c1, _c2 = two_records
    assert [c.victim_id for c in identities.duplicate_candidates(db, vlo, survivor)] == [duplicate]
    before = snapshot(db, (survivor, duplicate))
    audit_before = victim_audit(db, duplicate)
    merge = identities.merge_victims(db, vlo, survivor, duplicate, "Same name, date of birth and phone")
    assert merge.moved["consent_decision"] == 1 and merge.moved["victim_offence"] == 1
    assert merge.kept == {"safety_plan": 1, "victim_contact_details": 1}  # the survivor has its own
    # after the merge: one record, the duplicate hidden from search and its work on the survivor
    assert [v.id for v in victims.search_victims(db, vlo, text="Robin")] == [survivor]
    history = consent.consent_history(db, vlo, survivor)
    assert len(history) == 1 and history[0].scope == ConsentScope.YJS_CONTACT
    assert [m.merged_id for m in identities.merges_into(db, vlo, survivor)] == [duplicate]
    with pytest.raises(ValidationError, match="already merged"):
        identities.merge_victims(db, vlo, survivor, duplicate, "again")
    identities.unmerge_victims(db, vlo, merge.id, "Two different people after all")
    assert snapshot(db, (survivor, duplicate)) == before
    assert identities.merges_into(db, vlo, survivor) == []
    audit_after = victim_audit(db, duplicate)
    assert audit_after[: len(audit_before)] == audit_before  # the record's history is untouched
    assert [action for _id, action in audit_after[len(audit_before) :]] == ["merge", "unmerge"]
    with db.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
    with pytest.raises(ValidationError, match="already undone"):
        identities.unmerge_victims(db, vlo, merge.id, "again")


def test_co_defendants_share_one_victim_with_consent_per_child_case(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    casemgr = make_user(db, service, "cm1", Role.CASE_MANAGER)
    children, offences = [], []
    for cms_ref in ("C1", "C2"):
        child = cases.create_child(db, service, cms_ref, "Kid", cms_ref, dt.date(2010, 1, 1))
        with db.unit_of_work() as session:
            row = session.get(Child, child.id)
            assert row is not None
            row.case_manager_id = casemgr.user_id
        children.append(child.id)
        offences.append(cases.add_offence(db, service, child.id, "OF1", "Robbery", TODAY - dt.timedelta(days=3)).id)
    first = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=children[0],
            offence_ids=(offences[0],),
            received_on=TODAY,
            basis="consented",
            details=VictimDetails("individual", "Pat Shared"),
        ),
    )
    second = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=children[1],
            offence_ids=(offences[1],),
            received_on=TODAY,
            basis="consented",
            victim_id=first.victim_id,
        ),
    )
    assert second.victim_id == first.victim_id and victims.count_victims(db, vlo) == 1
    for child_id in children:
        contacts.record_views(
            db,
            vlo,
            first.victim_id,
            contacts.ViewsRecord(0, child_id, TODAY, "v", None, None, f"For {child_id}", None, None),
        )
    consent.record_consent(
        db,
        vlo,
        first.victim_id,
        consent.NewConsent(children[0], ConsentScope.SHARE_VIEWS_WORKER, "given", TODAY, "written"),
    )
    # agreeing to share with the first child's worker shares nothing about the co-defendant's case
    assert [s.summary for s in case_manager.shared_views_for_child(db, casemgr, children[0])] == [f"For {children[0]}"]
    assert case_manager.shared_views_for_child(db, casemgr, children[1]) == []


def test_a_victim_who_is_a_child_known_to_the_service_is_linked_not_copied(
    db: Database, service: Actor, two_records
) -> None:
    vlo, survivor, _duplicate, harmed_by, _other = two_records
    known = cases.create_child(db, service, "C9", "Robin", "Twice", dt.date(2008, 1, 1))
    with pytest.raises(ValidationError, match="harmed them"):
        identities.link_known_child(db, vlo, survivor, harmed_by)
    identities.link_known_child(db, vlo, survivor, known.id)
    with db.unit_of_work(write=False) as session:
        victim = session.get(Victim, survivor)
        assert victim is not None and (victim.known_child_id, victim.is_child_known_to_yjs) == (known.id, True)
        assert len(session.execute(select(Child)).scalars().all()) == 3  # linked, no copy made


def test_a_transfer_out_records_what_was_shared_in_the_disclosure_log(
    db: Database, service: Actor, two_records
) -> None:
    vlo, survivor, _duplicate, child_id, _other = two_records
    manager = make_user(db, service, "boss", Role.MANAGER)
    sent = transfers.transfer_out(
        db,
        manager,
        child_id,
        "Southmoor YJS",
        TODAY,
        "Victim's wishes and safety plan summary; no contact details",
        disclosures.LAWFUL_BASES[0],
        "The child has moved to Southmoor",
    )
    assert sent.disclosures == 1
    log = disclosures.disclosure_report(db, manager, TODAY, TODAY)
    assert [(d.recipient_kind, d.recipient, d.child_cms_ref) for d in log] == [("other_yjs", "Southmoor YJS", "C1")]
    assert log[0].victim_reference is not None and "Robin" not in repr(log)
    with pytest.raises(ValidationError):
        transfers.record_transfer_in(db, manager, child_id, "", TODAY, "Case summary")
    transfers.record_transfer_in(db, manager, child_id, "Eastfield YJS", TODAY, "Case summary and risk assessment")
    assert [t.direction for t in transfers.list_transfers(db, vlo, child_id)] == ["out", "in"]
    assert "Followed" not in disclosures.disclosures_csv(log) and "Southmoor YJS" in disclosures.disclosures_csv(log)
    _ = survivor
