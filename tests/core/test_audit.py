"""The audit trail: every change and every victim view is recorded, hash-chained, tamper-evident."""

from __future__ import annotations

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
