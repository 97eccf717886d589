"""Caseload allocation and cover, documents, parent/carer contacts, referral chasing, RJ invitation reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.services import caseload, cases, duties, referrals
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_user


@pytest.fixture
def referred(db: Database, service: Actor) -> tuple[Actor, int, int]:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    child = cases.create_child(db, service, "CMS1", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Theft", dt.date(2026, 9, 1))
    result = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date(2026, 11, 2),
            basis="consented",
            details=VictimDetails("individual", "Alex Example", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    return vlo, result.victim_id, offence.id


def test_manager_reassigns_and_open_duties_follow(db: Database, service: Actor, referred) -> None:
    vlo, victim_id, _ = referred
    other = make_user(db, service, "vlo2", Role.VLO)
    manager = make_user(db, service, "boss", Role.MANAGER)
    with pytest.raises(PermissionDenied):
        caseload.assign_worker(db, other, victim_id, other.user_id)  # taking someone else's case
    caseload.assign_worker(db, manager, victim_id, other.user_id)
    assert [d.victim_id for d in duties.list_duties(db, other, mine_only=True)] == [victim_id]
    assert duties.list_duties(db, vlo, mine_only=True) == []
    assert [w.username for w in caseload.list_workers(db, vlo)] == ["boss", "vlo1", "vlo2"]


def test_cover_puts_an_absent_colleagues_duties_on_my_day(db: Database, service: Actor, referred) -> None:
    vlo, victim_id, _ = referred
    cover = make_user(db, service, "vlo2", Role.VLO)
    manager = make_user(db, service, "boss", Role.MANAGER)
    today = dt.date.today()
    assert duties.list_duties(db, cover, mine_only=True) == []
    with pytest.raises(ValidationError):
        caseload.arrange_cover(db, manager, vlo.user_id, cover.user_id, today, today - dt.timedelta(days=1))
    with pytest.raises(PermissionDenied):
        caseload.arrange_cover(db, cover, vlo.user_id, cover.user_id, today, today)
    caseload.arrange_cover(db, manager, vlo.user_id, cover.user_id, today, today + dt.timedelta(days=5))
    assert [d.victim_id for d in duties.list_duties(db, cover, mine_only=True)] == [victim_id]


def test_documents_are_stored_in_the_store_and_reading_is_audited(db: Database, referred) -> None:
    vlo, victim_id, _ = referred
    pdf = b"%PDF-1.4 signed consent form (synthetic)"
    with pytest.raises(ValidationError):
        caseload.attach_document(db, vlo, victim_id, "Consent form", "consent.pdf", "application/pdf", b"")
    info = caseload.attach_document(db, vlo, victim_id, "Signed consent form", "consent.pdf", "application/pdf", pdf)
    assert [d.title for d in caseload.list_documents(db, vlo, victim_id)] == ["Signed consent form"]
    assert caseload.list_documents(db, vlo, victim_id)[0].size == len(pdf)
    read_info, content = caseload.read_document(db, vlo, info.id)
    assert content == pdf and read_info.filename == "consent.pdf"


def test_carers_are_restricted_like_contact_details(db: Database, service: Actor, referred) -> None:
    vlo, victim_id, _ = referred
    caseload.add_carer(db, vlo, victim_id, "Morgan Example", "mother", "01632 960777", None, is_suspect=False)
    assert [c.name for c in caseload.list_carers(db, vlo, victim_id)] == ["Morgan Example"]
    panel = make_user(db, service, "panel", Role.PANEL_COORDINATOR)
    with pytest.raises(PermissionDenied):
        caseload.list_carers(db, panel, victim_id)


def test_reason_for_not_inviting_to_rj_and_referral_chase(db: Database, referred) -> None:
    vlo, victim_id, offence_id = referred
    with pytest.raises(ValidationError):
        caseload.record_not_invited_reason(db, vlo, victim_id, offence_id, " ")
    caseload.record_not_invited_reason(db, vlo, victim_id, offence_id, "Child denies the offence")
    from sqlalchemy import select

    from rjdesk.store.models import PoliceReferral, VictimOffence

    with db.unit_of_work(write=False) as session:
        link = session.execute(select(VictimOffence).where(VictimOffence.victim_id == victim_id)).scalar_one()
        assert link.not_invited_to_rj_reason == "Child denies the offence"
        referral_id = session.execute(select(PoliceReferral.id)).scalar_one()
    caseload.chase_referral(db, vlo, referral_id, dt.date(2026, 11, 3))
    with db.unit_of_work(write=False) as session:
        assert session.get(PoliceReferral, referral_id).chased_on == dt.date(2026, 11, 3)
