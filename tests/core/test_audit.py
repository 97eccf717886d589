"""The audit trail: every change and every victim view is recorded, hash-chained, tamper-evident."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from rjdesk.rules.permissions import Role
from rjdesk.services import victims
from rjdesk.services.context import Actor
from rjdesk.store import audit, maintenance
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry
from tests.conftest import make_user


def entries(db: Database) -> list[AuditEntry]:
    with db.unit_of_work(write=False) as session:
        return list(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def test_views_and_changes_of_victim_records_are_audited(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, victims.VictimDetails("individual", "Alex Example"))
    victims.get_victim(db, vlo, created.id)
    victims.get_contact_details(db, vlo, created.id)
    victims.update_victim(db, vlo, created.id, victims.VictimDetails("individual", "Alex Renamed"), created.version_id)
    trail = [(e.actor, e.action, e.entity) for e in entries(db) if e.entity.startswith("victim")]
    assert trail == [
        ("vlo1", "create", "victim"),
        ("vlo1", "view", "victim"),
        ("vlo1", "view", "victim_contact_details"),
        ("vlo1", "update", "victim"),
    ]
    update = next(e for e in entries(db) if e.action == "update" and e.entity == "victim")
    assert '"before":"Alex Example"' in (update.payload_json or "")
    assert maintenance.check(db).ok


def test_a_refused_change_leaves_no_audit_entry(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    count = len(entries(db))
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the point is the rollback
        victims.create_victim(db, vlo, victims.VictimDetails("nonsense", ""))
    assert len(entries(db)) == count


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_entry SET payload_json = REPLACE(payload_json, 'Alex', 'Sam') WHERE entity = 'victim'",
        "UPDATE audit_entry SET actor = 'someone_else' WHERE action = 'view'",
        "DELETE FROM audit_entry WHERE action = 'view'",
    ],
)
def test_changing_an_audit_row_by_hand_is_detected(db: Database, service: Actor, tamper: str) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    created = victims.create_victim(db, vlo, victims.VictimDetails("individual", "Alex Example"))
    victims.get_victim(db, vlo, created.id)
    victims.get_victim(db, vlo, created.id)
    assert maintenance.check(db).ok
    with db.engine.begin() as conn:
        conn.execute(text(tamper))
    report = maintenance.check(db)
    assert not report.ok
    assert "audit chain broken at entry" in report.problems[0]


def test_redacting_a_payload_keeps_the_chain_verifiable(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    victims.create_victim(db, vlo, victims.VictimDetails("individual", "Alex Example"))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET payload_json = NULL WHERE entity = 'victim'"))
    with db.unit_of_work(write=False) as session:
        assert audit.verify_chain(session).ok
    from rjdesk.services import audit_log

    manager = make_user(db, service, "boss", Role.MANAGER)
    today = dt.date.today()
    shown = audit_log.search_audit(db, manager, audit_log.AuditFilter(today, today, entity="victim"))
    assert [line.details for line in shown] == ["(redacted under the retention policy)"]


def test_a_manager_filters_exports_and_verifies_the_audit_trail(db: Database, service: Actor) -> None:
    import csv
    import io

    from rjdesk.errors import PermissionDenied, ValidationError
    from rjdesk.services import audit_log
    from tests.conftest import make_service

    vlo = make_user(db, service, "vlo1", Role.VLO)
    other_vlo = make_user(db, service, "vlo2", Role.VLO)
    manager = make_user(db, service, "boss", Role.MANAGER)
    first = victims.create_victim(db, vlo, victims.VictimDetails("individual", "Alex Example"))
    second = victims.create_victim(db, other_vlo, victims.VictimDetails("individual", "Sam Example"))
    victims.get_victim(db, other_vlo, first.id)
    elsewhere = make_service(db, "EW", "Elsewhere YJS")
    victims.create_victim(db, make_user(db, elsewhere, "theirs", Role.VLO), victims.VictimDetails("individual", "Kim"))

    today = dt.date.today()
    every = audit_log.search_audit(db, manager, audit_log.AuditFilter(today, today))
    assert {line.actor for line in every} >= {"vlo1", "vlo2"} and "theirs" not in {line.actor for line in every}
    assert [line.id for line in every] == sorted((line.id for line in every), reverse=True)  # newest first
    by_record = audit_log.search_audit(db, manager, audit_log.AuditFilter(today, today, record=first.reference))
    assert [(line.actor, line.action) for line in by_record] == [("vlo2", "view"), ("vlo1", "create")]
    by_user = audit_log.search_audit(db, manager, audit_log.AuditFilter(today, today, user="vlo2", entity="victim"))
    assert {(line.action, line.entity_id) for line in by_user} == {("create", str(second.id)), ("view", str(first.id))}
    yesterday = today - dt.timedelta(days=1)
    assert audit_log.search_audit(db, manager, audit_log.AuditFilter(yesterday, yesterday)) == []
    with pytest.raises(ValidationError, match="ends before it starts"):
        audit_log.search_audit(db, manager, audit_log.AuditFilter(today, yesterday))
    assert "victim" in audit_log.audit_kinds(db, manager)
    rows = list(csv.reader(io.StringIO(audit_log.audit_csv(by_record))))
    assert rows[0][:3] == ["Entry", "When (UTC)", "User"] and [r[2] for r in rows[1:]] == ["vlo2", "vlo1"]
    # Reading the trail is itself on the trail.
    again = audit_log.search_audit(db, manager, audit_log.AuditFilter(today, today, user="boss"))
    assert any(line.entity == "audit_trail" and line.action == "view" for line in again)

    assert audit_log.verify_audit(db, manager).ok
    with pytest.raises(PermissionDenied):
        audit_log.search_audit(db, vlo, audit_log.AuditFilter(today, today))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'someone_else' WHERE action = 'create' AND actor = 'vlo2'"))
    check = audit_log.verify_audit(db, manager)
    assert not check.ok and "broken at entry" in check.message
