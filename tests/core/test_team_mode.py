"""Team mode on a real PostgreSQL server: the app's login role has no DDL rights, services sharing a server never
see or touch each other's records (every service call walked), and several desks at once lose nothing and
count nothing twice."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import ProgrammingError

from rjdesk.errors import ConcurrencyConflict, PermissionDenied, RjdeskError
from rjdesk.rules.permissions import Role
from rjdesk.services import duties, reparation, victims
from rjdesk.services.context import operator_actor
from rjdesk.store.database import Database, open_team
from rjdesk.store.models import AuditEntry, Base
from tests.conftest import PG_ADMIN_URL, make_service, make_user, pg_url
from tests.core.service_walk import SECRETS, TODAY, World, build_world, call_arguments, service_calls

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_db: Database) -> World:
    return build_world(pg_db)


# ---------------------------------------------------------------------------------------- the app's role


@pytest.fixture
def app_role(pg_database_name: str) -> Iterator[str]:
    """A login role with data rights only, as a service's DBA would give the desktops."""
    role = f"rjdesk_app_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + pg_database_name, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))
        conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}"))
    try:
        yield role
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


def test_the_app_works_as_a_role_without_ddl_rights(pg_database_name: str, app_role: str) -> None:
    url = pg_url(pg_database_name).replace("postgres@", f"{app_role}@")
    db = open_team(url, None)  # the schema is current: opening needs no DDL
    operator = make_service(db)
    vlo = make_user(db, operator, "vlo1", Role.VLO)
    record = victims.create_victim(db, vlo, victims.VictimDetails("individual", "Made By The App Role"))
    assert victims.get_victim(db, vlo, record.id).details.display_name == "Made By The App Role"
    with pytest.raises(ProgrammingError, match="permission denied"), db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE sneaky (id int)"))
    with pytest.raises(ProgrammingError, match=r"must be owner|permission denied"), db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE victim ADD COLUMN sneaky int"))
    db.dispose()


# ---------------------------------------------------------------------------------------- a consortium


def _rows_of_service(db: Database, service_id: int) -> dict[str, int]:
    with db.unit_of_work(write=False) as session:
        return {
            table.name: session.execute(
                select(func.count()).select_from(table).where(table.c.service_id == service_id)
            ).scalar_one()
            for table in Base.metadata.sorted_tables
            if "service_id" in table.c and table.name != AuditEntry.__tablename__
        }


@pytest.mark.permission_matrix
def test_services_on_one_server_never_see_or_touch_each_others_records(pg_db: Database, world: World) -> None:
    """Service B's operator holds every permission; called with service A's record ids, every operation must
    refuse or answer about B only — never show A's victim, never change A's rows."""
    other = make_service(pg_db, "OT", "Otherton YJS")
    stranger = operator_actor(other.service_id, "otherton")
    a_before = _rows_of_service(pg_db, world.service.service_id)
    answered = []
    for name, fn in service_calls():
        try:
            result: Any = fn(pg_db, stranger, **call_arguments(fn, world))
        except PermissionDenied:
            pytest.fail(f"{name}: the operator holds every permission")
        except RjdeskError as refused:
            result = str(refused)
        except (AttributeError, TypeError):  # needs a real request object: nothing was read
            continue
        else:
            answered.append(name)
        shown = repr(result)
        for secret in SECRETS:
            assert secret not in shown, f"{name} showed service A's {secret!r} to service B"
    assert len(answered) > 20  # the walk reached the services, not only their refusals
    assert _rows_of_service(pg_db, world.service.service_id) == a_before, "service B changed service A's rows"
    with pg_db.unit_of_work(write=False) as session:
        foreign = session.execute(
            text("SELECT count(*) FROM duty d JOIN victim v ON v.id = d.victim_id WHERE d.service_id <> v.service_id")
        ).scalar_one()
    assert foreign == 0


# ---------------------------------------------------------------------------------------- desks at once


def _at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls on threads released together; each result is its return value or its exception."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as exc:  # collected for the test to look at
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _one_wins(results: list[Any]) -> Any:
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1, results
    assert all(isinstance(r, ConcurrencyConflict) for r in losers), losers
    return winners[0]


def _audited(db: Database, action: str, entity: str, entity_id: int) -> int:
    with db.unit_of_work(write=False) as session:
        return session.execute(
            select(func.count()).where(
                AuditEntry.action == action, AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id)
            )
        ).scalar_one()


def test_two_desks_editing_one_victim_at_once_lose_nothing_silently(pg_db: Database, world: World) -> None:
    manager = make_user(pg_db, world.service, "mgr", Role.MANAGER)
    seen = victims.get_victim(pg_db, world.vlo, world.victim_id)
    mine = victims.VictimDetails(**{**seen.details.__dict__, "preferred_language": "Polish"})
    theirs = victims.VictimDetails(**{**seen.details.__dict__, "preferred_language": "Welsh"})
    results = _at_once(
        lambda: victims.update_victim(pg_db, world.vlo, world.victim_id, mine, seen.version_id),
        lambda: victims.update_victim(pg_db, manager, world.victim_id, theirs, seen.version_id),
    )
    winner = _one_wins(results)
    stored = victims.get_victim(pg_db, world.vlo, world.victim_id)
    assert stored.details.preferred_language == winner.details.preferred_language  # the loser was told
    assert stored.version_id == seen.version_id + 1


def test_one_duty_met_by_two_officers_at_once_is_met_once(pg_db: Database, world: World) -> None:
    manager = make_user(pg_db, world.service, "mgr", Role.MANAGER)
    duty = duties.list_duties(pg_db, world.vlo, victim_id=world.victim_id)[0]
    results = _at_once(
        lambda: duties.meet_duty(pg_db, world.vlo, duty.id, TODAY, duty.version_id, "rang her"),
        lambda: duties.meet_duty(pg_db, manager, duty.id, TODAY, duty.version_id, "wrote to her"),
    )
    _one_wins(results)
    closed = [d for d in duties.list_duties(pg_db, world.vlo, victim_id=world.victim_id, include_closed=True)]
    assert [d.closed_on for d in closed if d.id == duty.id] == [TODAY]
    assert _audited(pg_db, "close", "duty", duty.id) == 1


def test_a_session_signed_off_from_two_desks_at_once_is_signed_once(pg_db: Database, world: World) -> None:
    assert world.supervisor is not None
    manager = make_user(pg_db, world.service, "mgr", Role.MANAGER)
    booked = reparation.sessions_between(pg_db, world.supervisor, TODAY, TODAY)[0]
    results = _at_once(
        lambda: reparation.sign_off_session(pg_db, world.supervisor, booked.id, booked.version),
        lambda: reparation.sign_off_session(pg_db, manager, booked.id, booked.version),
    )
    winner = _one_wins(results)
    assert winner.signed_off_by is not None
    with pg_db.unit_of_work(write=False) as session:
        signoffs = session.execute(
            select(func.count()).where(
                AuditEntry.entity == "reparation_session",
                AuditEntry.entity_id == str(booked.id),
                AuditEntry.action.like("%sign%"),
            )
        ).scalar_one()
    assert signoffs == 1


# ---------------------------------------------------------------------------------------- live refresh


def test_a_change_at_one_desk_reaches_the_others_listener_within_two_seconds(pg_database_name: str) -> None:
    import time

    from rjdesk.store.changes import ChangeListener

    desk_a = open_team(pg_url(pg_database_name), None)
    desk_b = open_team(pg_url(pg_database_name), None)
    operator = make_service(desk_a)
    listener = ChangeListener(desk_b)
    try:
        listener.changes(0.1)  # listening from here on
        started = time.monotonic()
        record = victims.create_victim(desk_a, operator, victims.VictimDetails("individual", "Seen At Once"))
        heard: set[str] = set()
        while "victim" not in heard and time.monotonic() - started < 2:
            heard |= listener.changes(0.2)
        assert "victim" in heard, "no notification within two seconds"
        victims.get_victim(desk_a, operator, record.id)  # a view is audited, and must not make desks reload
        assert listener.changes(0.5) == set()
    finally:
        listener.close()
        desk_a.dispose()
        desk_b.dispose()


def test_desks_adding_victims_at_once_get_distinct_references(pg_db: Database, world: World) -> None:
    manager = make_user(pg_db, world.service, "mgr", Role.MANAGER)
    actors = [world.vlo, manager] * 3
    results = _at_once(
        *(
            lambda a=actor, n=number: victims.create_victim(pg_db, a, victims.VictimDetails("individual", f"Desk {n}"))
            for number, actor in enumerate(actors)
        )
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    references = [r.reference for r in results]
    assert len(set(references)) == len(actors)
