"""Services on both stores: the permission guard, service isolation, optimistic locking, threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from rjdesk.errors import ConcurrencyConflict, NotFound, PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.services import victims
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from tests.conftest import make_service, make_user

ALEX = victims.VictimDetails("individual", "Alex Example", preferred_language="English")
CONTACT = victims.ContactDetails(address="1 Test Street", postcode="NB1 1AA", phone="01632 960000", safe_to_phone=True)


def test_vlo_creates_and_reads_a_victim_with_contact_details(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, ALEX, CONTACT)
    record = victims.get_victim(db, vlo, created.id)
    assert record.details.display_name == "Alex Example" and record.worker_id == vlo.user_id
    assert victims.get_contact_details(db, vlo, created.id) == CONTACT


@pytest.mark.parametrize(
    "role", [Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST, Role.REPARATION_SUPERVISOR, Role.CASE_MANAGER]
)
def test_roles_without_victim_access_are_refused_by_the_service(db: Database, service: Actor, role: Role) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, ALEX, CONTACT)
    other = make_user(db, service, "other1", role)
    with pytest.raises(PermissionDenied):
        victims.get_victim(db, other, created.id)
    with pytest.raises(PermissionDenied):
        victims.get_contact_details(db, other, created.id)
    with pytest.raises(PermissionDenied):
        victims.search_victims(db, other)
    with pytest.raises(PermissionDenied):
        victims.create_victim(db, other, ALEX)


def test_panel_coordinator_sees_the_victim_but_not_contact_details(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, ALEX, CONTACT)
    panel = make_user(db, service, "panel1", Role.PANEL_COORDINATOR)
    assert victims.get_victim(db, panel, created.id).details.display_name == "Alex Example"
    with pytest.raises(PermissionDenied):
        victims.get_contact_details(db, panel, created.id)


def test_a_user_never_sees_another_services_records(db: Database, service: Actor) -> None:
    ours = make_user(db, service, "vlo1", Role.VLO)
    victims.create_victim(db, ours, ALEX)
    elsewhere_operator = make_service(db, "SB", "Southbridge YJS")
    theirs = make_user(db, elsewhere_operator, "vlo2", Role.VLO, Role.MANAGER)
    hidden = victims.create_victim(db, theirs, victims.VictimDetails("individual", "Sam Elsewhere"), CONTACT)
    assert [v.display_name for v in victims.search_victims(db, ours)] == ["Alex Example"]
    assert victims.count_victims(db, ours) == 1
    for call in (victims.get_victim, victims.get_contact_details):
        with pytest.raises(NotFound):
            call(db, ours, hidden.id)
    with pytest.raises(NotFound):
        victims.update_victim(db, ours, hidden.id, ALEX, hidden.version_id)


def test_second_save_of_the_same_record_is_a_conflict_not_a_lost_update(db: Database, service: Actor) -> None:
    first = make_user(db, service, "vlo1", Role.VLO)
    second = make_user(db, service, "vlo2", Role.VLO)
    created = victims.create_victim(db, first, ALEX)
    opened_by_first = victims.get_victim(db, first, created.id)
    opened_by_second = victims.get_victim(db, second, created.id)
    victims.update_victim(
        db, first, created.id, victims.VictimDetails("individual", "Alex Changed"), opened_by_first.version_id
    )
    with pytest.raises(ConcurrencyConflict):
        victims.update_victim(
            db, second, created.id, victims.VictimDetails("individual", "Alex Overwritten"), opened_by_second.version_id
        )
    assert victims.get_victim(db, first, created.id).details.display_name == "Alex Changed"


def test_simultaneous_saves_race_to_exactly_one_winner(db: Database, service: Actor) -> None:
    """Both saves pass the version check before either writes: the database's versioned UPDATE decides."""
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, ALEX)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(name: str) -> None:
        barrier.wait()
        try:
            victims.update_victim(db, vlo, created.id, victims.VictimDetails("individual", name), created.version_id)
            outcomes.append("saved")
        except ConcurrencyConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(n,)) for n in ("One Name", "Other Name")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "saved"]


def test_bad_input_is_refused_with_field_messages_and_saves_nothing(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    with pytest.raises(ValidationError) as caught:
        victims.create_victim(db, vlo, victims.VictimDetails("organisation", "Acme Ltd"))
    assert "organisation_contact_name" in caught.value.fields
    with pytest.raises(ValidationError) as caught:
        victims.create_victim(db, vlo, victims.VictimDetails("individual", "  "))
    assert "display_name" in caught.value.fields
    assert victims.count_victims(db, vlo) == 0


def test_eight_threads_reading_through_the_services_at_once(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    ids = [
        victims.create_victim(db, vlo, victims.VictimDetails("individual", f"Person {i:02d}"), CONTACT).id
        for i in range(12)
    ]
    barrier = threading.Barrier(8)

    def reader(worker: int) -> int:
        barrier.wait()
        seen = 0
        for round_ in range(6):
            seen += len(victims.search_victims(db, vlo, "person"))
            victim_id = ids[(worker + round_) % len(ids)]
            assert victims.get_victim(db, vlo, victim_id).id == victim_id
            assert victims.get_contact_details(db, vlo, victim_id) is not None
        return seen

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(reader, range(8)))
    assert results == [6 * 12] * 8


def test_search_by_child_case_status_and_worker(db: Database, service: Actor) -> None:
    import datetime as dt

    from rjdesk.services import cases, referrals

    vlo = make_user(db, service, "vlo1", Role.VLO)
    other = make_user(db, service, "vlo2", Role.VLO)
    child = cases.create_child(db, service, "CMS-4242", "Jay", "Example", dt.date(2010, 1, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Theft", dt.date(2026, 9, 1))
    linked = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date(2026, 11, 2),
            basis="consented",
            details=victims.VictimDetails("individual", "Linked Person"),
        ),
    )
    victims.create_victim(db, other, victims.VictimDetails("individual", "Unlinked Person"))
    assert [v.id for v in victims.search_victims(db, vlo, "cms-4242")] == [linked.victim_id]
    assert [v.display_name for v in victims.search_victims(db, vlo, worker_id=other.user_id)] == ["Unlinked Person"]
    assert victims.search_victims(db, vlo, status="closed") == []
    again = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date(2026, 11, 3),
            basis="consented",
            victim_id=victims.find_by_reference(db, vlo, "v000001").id,
        ),
    )
    assert again.victim_id == linked.victim_id  # one identity
    assert victims.count_victims(db, vlo) == 2


def test_contact_details_update_refuses_a_stale_save(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, ALEX, CONTACT)
    seen = victims.get_contact_details(db, vlo, created.id)
    moved = victims.ContactDetails(address="2 New Road", postcode="NB2 2BB", phone=CONTACT.phone, safe_to_write=True)
    victims.update_contact_details(db, vlo, created.id, moved, seen)
    with pytest.raises(ConcurrencyConflict):
        victims.update_contact_details(db, vlo, created.id, CONTACT, seen)  # someone still had the old ones open
    assert victims.get_contact_details(db, vlo, created.id) == moved
    panel = make_user(db, service, "panel1", Role.PANEL_COORDINATOR)
    with pytest.raises(PermissionDenied):
        victims.update_contact_details(db, panel, created.id, CONTACT, moved)
