"""Bulk demo data (for size trials and benchmarks): every kind of row in proportion, consistent enough for the
app's own reads on both backends, and a store that still checks clean."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk import demo, demo_bulk
from rjdesk.errors import ValidationError
from rjdesk.rules.kpi10 import Quarter
from rjdesk.services import duties, kpi10, reparation, victims
from rjdesk.services.context import operator_actor
from rjdesk.store import maintenance
from rjdesk.store.database import Database


def test_bulk_data_fills_every_kind_of_row_and_the_app_reads_it(db: Database) -> None:
    service_id = demo.ensure_demo_service(db)
    actor = operator_actor(service_id, "bench")
    made = demo_bulk.generate_bulk(db, actor, victims=400, seed=5)
    assert made.victims == 400
    for table in (
        "child",
        "offence",
        "case_order",
        "consent_decision",
        "contact",
        "duty",
        "rj_process",
        "reparation_session",
        "reparation_attendance",
    ):
        assert made.rows[table] > 0, table
    assert made.rows["child"] < 400 < made.rows["duty"]
    assert victims.count_victims(db, actor) == 400
    assert victims.search_victims(db, actor, "V0001", limit=20)
    assert duties.list_duties(db, actor)
    quarter = Quarter.containing(dt.date.today() - dt.timedelta(days=200))
    report = kpi10.kpi10_report(db, actor, quarter, dt.date.today())
    assert report.result.records  # victims counted in a quarter of the generated years
    assert reparation.list_placements(db, actor)
    again = victims.create_victim(db, actor, victims.VictimDetails("individual", "After The Bulk"))
    assert again.reference == "V000401"
    with pytest.raises(ValidationError, match="already has victims"):
        demo_bulk.generate_bulk(db, actor, victims=10, seed=5)
    if db.is_sqlite:
        report_check = maintenance.check(db)
        assert report_check.ok, report_check.problems


def test_a_large_bulk_service_has_officers_in_proportion_who_cannot_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from rjdesk.demo_accounts import DEMO_PASSWORD, DEMO_USERS
    from rjdesk.errors import RjdeskError
    from rjdesk.services import users
    from rjdesk.store.models import AppUser, Duty, UserRole

    monkeypatch.setattr(demo_bulk, "VICTIMS_PER_OFFICER", 20)  # 400 victims: 20 workers in all
    service_id = demo.ensure_demo_service(db)
    demo_bulk.generate_bulk(db, operator_actor(service_id, "bench"), victims=400, seed=5)
    with db.unit_of_work(write=False) as session:
        officers = session.scalars(select(AppUser).where(AppUser.username.like("officer%"))).all()
        assert len(officers) == 20 - len(DEMO_USERS)
        assert all({role.role for role in officer.roles} == {"vlo"} for officer in officers)
        assert session.scalar(select(func.count()).select_from(UserRole).where(UserRole.role == "vlo")) > len(officers)
        with_duties = session.scalar(
            select(func.count(func.distinct(Duty.assigned_to_id))).where(
                Duty.assigned_to_id.in_([officer.id for officer in officers])
            )
        )
        assert with_duties == len(officers)  # the work is shared out
    for officer in officers[:2]:
        with pytest.raises(RjdeskError):
            users.authenticate(db, officer.username, DEMO_PASSWORD)
