"""Retention: the review list, keeping a record longer, destruction that leaves nothing about the person and a
chain that still verifies — on SQLite and PostgreSQL, on demo data (every kind of row a victim can have)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from rjdesk import demo
from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.permissions import Role
from rjdesk.services import audit_log, identities, retention, victims
from rjdesk.services.context import Actor
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import Base, CaseOrder, Offence, Victim, VictimOffence, order_offence
from tests.conftest import make_user

FAR = dt.date.today() + dt.timedelta(days=365 * 30)


@pytest.fixture
def demo_service(db: Database, service: Actor) -> Actor:
    demo.generate(db, service, victims=14, seed=7)
    return make_user(db, service, "mgr", Role.MANAGER)


def _running_orders(db: Database, victim_id: int) -> int:
    with db.unit_of_work(write=False) as session:
        return len(
            session.execute(
                select(CaseOrder.id)
                .join(order_offence, order_offence.c.order_id == CaseOrder.id)
                .join(Offence, Offence.id == order_offence.c.offence_id)
                .join(VictimOffence, VictimOffence.offence_id == Offence.id)
                .where(VictimOffence.victim_id == victim_id, CaseOrder.end_date.is_(None))
            ).all()
        )


def _every_text_in_the_store(db: Database) -> str:
    """Every value of every row of every table, as one string (the store is small)."""
    parts: list[str] = []
    with db.unit_of_work(write=False) as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.extend(str(v) for v in row if isinstance(v, str))
    return "\n".join(parts)


def _rows_pointing_at(db: Database, victim_id: int) -> list[str]:
    found = []
    with db.unit_of_work(write=False) as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                points_at_victims = any(fk.column.table.name == "victim" for fk in column.foreign_keys)
                if points_at_victims and session.execute(select(column).where(column == victim_id)).first():
                    found.append(f"{table.name}.{column.name}")
    return found


def test_review_list_keep_and_destroy(db: Database, demo_service: Actor) -> None:
    manager = demo_service
    assert retention.review_list(db, manager) == []  # demo records are recent: nothing is due today
    due = retention.review_list(db, manager, as_of=FAR)
    assert due, "ended cases must come up for review in 30 years"
    all_live = victims.count_victims(db, manager)
    assert len(due) < all_live  # victims of orders still running stay live
    for item in due:
        assert _running_orders(db, item.victim_id) == 0
        assert item.review_date == retention._add_years(item.basis_date, 3)
        assert item.basis_date >= max(d for d in (item.last_order_end, item.last_contact, dt.date.min) if d)

    kept = due[0]
    with pytest.raises(ValidationError):
        retention.keep_longer(db, manager, kept.victim_id, dt.date.today() + dt.timedelta(days=30), "  ")
    retention.keep_longer(db, manager, kept.victim_id, FAR + dt.timedelta(days=400), "Civil claim pending")
    assert kept.victim_id not in {i.victim_id for i in retention.review_list(db, manager, as_of=FAR)}
    back = retention.review_list(db, manager, as_of=FAR + dt.timedelta(days=401))
    assert kept.victim_id in {i.victim_id for i in back}

    victim = next(i for i in due if i.victim_id != kept.victim_id)
    record = victims.get_victim(db, manager, victim.victim_id)
    contact = victims.get_contact_details(db, manager, victim.victim_id)
    name = record.details.display_name
    assert name in _every_text_in_the_store(db)

    result = retention.destroy_victim(db, manager, victim.victim_id, as_of=FAR)
    assert result.rows["victim"] == 1 and sum(result.rows.values()) > 3
    assert result.audit_entries_redacted > 0
    assert _rows_pointing_at(db, victim.victim_id) == []
    everything = _every_text_in_the_store(db)
    assert name not in everything
    if contact is not None and contact.phone:
        assert contact.phone not in everything
    with db.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
    log = retention.destruction_log(db, manager)
    assert [entry.record_id for entry in log] == [victim.victim_id]
    assert name not in json.dumps(log[0].rows) and log[0].policy_years == 3
    # The trail still says who looked at the record and when, with the values redacted.
    lines = audit_log.search_audit(
        db,
        manager,
        audit_log.AuditFilter(dt.date.today(), dt.date.today(), entity="victim", record=str(victim.victim_id)),
    )
    assert lines and all("redacted" in line.details or not line.details for line in lines)
    # A new victim gets a fresh reference, never one still in use.
    victims.create_victim(db, manager, victims.VictimDetails("individual", "After Destruction"))


def test_a_record_not_due_is_not_destroyed(db: Database, service: Actor, demo_service: Actor) -> None:
    manager = demo_service
    due_later = retention.review_list(db, manager, as_of=FAR)[0]
    vlo = make_user(db, service, "vlo9", Role.VLO)
    before = _every_text_in_the_store(db)
    with pytest.raises(ValidationError, match="not due"):
        retention.destroy_victim(db, manager, due_later.victim_id)  # today: years before its review date
    with db.unit_of_work(write=False) as session:
        running = session.execute(
            select(VictimOffence.victim_id)
            .join(Offence, Offence.id == VictimOffence.offence_id)
            .join(order_offence, order_offence.c.offence_id == Offence.id)
            .join(CaseOrder, CaseOrder.id == order_offence.c.order_id)
            .where(CaseOrder.end_date.is_(None))
        ).first()
    assert running is not None
    with pytest.raises(ValidationError, match="still running"):
        retention.destroy_victim(db, manager, running[0], as_of=FAR)
    with pytest.raises(PermissionDenied):
        retention.destroy_victim(db, vlo, due_later.victim_id, as_of=FAR)
    assert _every_text_in_the_store(db) == before  # nothing removed, nothing audited


def test_duplicates_merged_into_a_record_go_with_it(db: Database, demo_service: Actor) -> None:
    manager = demo_service
    item = retention.review_list(db, manager, as_of=FAR)[0]
    duplicate = victims.create_victim(db, manager, victims.VictimDetails("individual", "Dupli Cate-Record"))
    identities.merge_victims(db, manager, item.victim_id, duplicate.id, "Same person typed twice")
    retention.destroy_victim(db, manager, item.victim_id, as_of=FAR)
    with db.unit_of_work(write=False) as session:
        assert session.get(Victim, duplicate.id) is None
    assert "Dupli Cate-Record" not in _every_text_in_the_store(db)


def test_policy_is_configurable_and_checked(db: Database, service: Actor) -> None:
    admin = make_user(db, service, "admin1", Role.ADMINISTRATOR)
    assert retention.retention_policy(db, admin).victim_years == 3
    for bad in (0, 101):
        with pytest.raises(ValidationError):
            retention.set_retention_policy(db, admin, bad)
    retention.set_retention_policy(db, admin, 6)
    assert retention.retention_policy(db, admin).victim_years == 6
    manager = make_user(db, service, "mgr2", Role.MANAGER)
    with pytest.raises(PermissionDenied):
        retention.set_retention_policy(db, manager, 2)
