"""A quarter's KPI 10 chosen and derived in the store (services/kpi10_query.py) counts exactly as the rules
count the service's whole case list (rules.kpi10.compute), and exactly as the benchmark's hand-written query
(bench/kpi10_sql.py) — on the hand-checked records, an imported case list, the demo service, bulk demo data
and randomly made records that reach every rule (orders alike and appealed, ages 9–18, open orders, merged
victims, consent given, refused and withdrawn, contacts and requests for no case in particular, activities
that do and do not count, a changed engagement mapping), under both consent rules, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy.orm import Session

from bench import kpi10_sql
from rjdesk import demo, demo_bulk
from rjdesk.rules.kpi10 import COUNTING_DISPOSALS, FLAG_COLUMNS, Quarter, compute
from rjdesk.services import kpi10, rj
from rjdesk.services.context import Actor, operator_actor
from rjdesk.store.database import Database
from rjdesk.store.models import (
    CaseOrder,
    Child,
    ConsentDecision,
    Contact,
    Offence,
    RestorativeActivity,
    RjProcess,
    Victim,
    VictimOffence,
    VictimRequest,
    VictimViews,
)
from tests.conftest import make_service
from tests.core.test_kpi10 import AS_OF, Q, worked  # noqa: F401 — the hand-checked records, as a fixture

D = dt.date


def _agree(db: Database, actor: Actor, quarter: Quarter, as_of: dt.date) -> int:
    """The store's figures and records equal the whole case list's and the hand-written query's, under both
    consent rules; returns the victims counted."""
    victims = 0
    for strict in (False, True):
        report = kpi10.kpi10_report(db, actor, quarter, as_of, strict_consent=strict)
        figures = report.as_json()
        with db.unit_of_work(write=False) as session:
            whole = compute(
                kpi10.case_rows(session, actor.service_id, as_of, strict_consent=strict),
                quarter,
                as_of,
                "strict" if strict else "ever",
            )
            _version, mapping = rj.engagement_mapping(session, actor.service_id)
            by_sql = kpi10_sql.figures(
                session.connection(), actor.service_id, quarter, as_of, mapping, strict_consent=strict
            )
        where = (quarter.code, as_of, strict)
        assert report.result.measures == whole.measures and report.result.template == whole.template, where
        assert set(report.result.cohort_orders) == set(whole.cohort_orders), where
        assert sorted(map(repr, report.result.records)) == sorted(map(repr, whole.records)), where
        assert by_sql["measures"] == figures["measures"] and by_sql["template"] == figures["template"], where
        victims += whole.template["total_victims"]
    return victims


def test_the_hand_checked_records_and_an_imported_case_list(
    db: Database,
    service: Actor,
    worked: dict[str, int],  # noqa: F811
) -> None:
    for as_of in (D(2024, 8, 31), D(2024, 9, 15), AS_OF):  # before and after the consent was withdrawn
        assert _agree(db, service, Q, as_of) > 0
    with db.unit_of_work(write=False) as session:  # a quarter with no cohort counts nothing
        empty = kpi10_sql.figures(session.connection(), service.service_id, Quarter.parse("2023Q1"), AS_OF, {})
    assert empty["measures"]["10a"] == {"n": 0, "d": 0}
    exported = kpi10.kpi10_cases_csv(db, service, Q, AS_OF)
    imported = make_service(db, "IM", "Imported Service")
    kpi10.import_kpi10_cases(db, imported, exported.encode())
    assert _agree(db, imported, Q, AS_OF) > 0  # imported records: their values as recorded


def test_the_demo_and_bulk_services(db: Database) -> None:
    service_id = demo.ensure_demo_service(db)
    today = dt.date.today()
    demo.generate(db, operator_actor(service_id, "demo"), victims=80, seed=4, today=today)
    bulk = make_service(db, "BK", "Bulk Service")
    demo_bulk.generate_bulk(db, bulk, victims=600, seed=9)
    for actor in (operator_actor(service_id, "demo"), bulk):
        counted, quarter = 0, Quarter.containing(today)
        for _ in range(8):
            quarter = quarter.previous()
            counted += _agree(db, actor, quarter, today)
        assert counted > 0


def _random_records(session: Session, service_id: int, rng: random.Random) -> None:
    """Children, orders, offences, victims and their work, drawn to reach every KPI 10 rule in 2024Q1–2024Q3."""

    def day() -> dt.date:
        return D(2023, 10, 1) + dt.timedelta(days=rng.randint(0, 420))

    disposals = [*COUNTING_DISPOSALS, "OOCD_NO_INTERVENTION", "OTHER"]
    victims = []
    for number in range(40):
        victim = Victim(
            service_id=service_id,
            reference=f"R{number:03d}",
            kind=rng.choice(["individual", "organisation"]),
            display_name=f"Random Victim {number}",
        )
        session.add(victim)
        victims.append(victim)
    session.flush()
    for merged in rng.sample(victims[1:], 4):
        merged.merged_into_id = victims[0].id
    for number in range(25):
        start = day()
        child = Child(
            service_id=service_id,
            cms_ref=f"RC{number:03d}",
            given_name="Random",
            family_name=f"Child {number}",
            date_of_birth=start - dt.timedelta(days=365 * rng.randint(9, 18) + rng.randint(0, 364)),
        )
        session.add(child)
        session.flush()
        offences = [
            Offence(child_id=child.id, offence_ref=f"OF{k}", category="Theft") for k in range(rng.randint(1, 3))
        ]
        session.add_all(offences)
        for _ in range(rng.randint(1, 3)):
            order_start = start + dt.timedelta(days=rng.choice([0, 0, 30, 60]))
            ended = rng.random() < 0.85
            session.add(
                CaseOrder(
                    child_id=child.id,
                    disposal_type=rng.choice(disposals),
                    start_date=order_start,
                    end_date=order_start + dt.timedelta(days=rng.randint(20, 200)) if ended else None,
                    changed_on_appeal=rng.random() < 0.1,
                    decision_date=order_start - dt.timedelta(days=rng.randint(0, 40)) if rng.random() < 0.7 else None,
                    offences=rng.sample(offences, rng.randint(1, len(offences))),
                )
            )
        session.flush()
        for offence in offences:
            for victim in rng.sample(victims, rng.randint(0, 3)):
                link = VictimOffence(victim_id=victim.id, offence_id=offence.id)
                if rng.random() < 0.15:  # an imported record: values as recorded, whatever the store holds
                    link.source = "kpi10_import"
                    flags = {name: rng.choice(["Y", "N", "", "y"]) for name in FLAG_COLUMNS}
                    flags["yjscontactDate"] = rng.choice(["", "1900-01-01", day().isoformat()])
                    link.imported_fields_json = json.dumps(flags)
                session.add(link)
            for victim in victims:
                if rng.random() < 0.3:
                    _random_work(session, service_id, rng, victim.id, child.id, day)
    session.flush()


def _random_work(
    session: Session, service_id: int, rng: random.Random, victim_id: int, child_id: int, day: object
) -> None:
    when = day  # a day in the quarters compared
    for _ in range(rng.randint(0, 3)):
        session.add(
            ConsentDecision(
                victim_id=victim_id,
                child_id=rng.choice([child_id, child_id, None]),
                scope=rng.choice(["yjs_contact", "yjs_contact", "rj"]),
                decision=rng.choice(["given", "refused", "withdrawn"]),
                decided_on=when(),
                method="verbal",
                source="victim",
            )
        )  # type: ignore[operator]
    for _ in range(rng.randint(0, 2)):
        session.add(
            Contact(
                victim_id=victim_id,
                child_id=rng.choice([child_id, None]),
                kind=rng.choice(["contact", "attempt"]),
                channel="phone",
                outcome="spoke_to_victim",
                occurred_on=when(),
            )
        )  # type: ignore[operator]
    if rng.random() < 0.5:
        session.add(VictimViews(victim_id=victim_id, child_id=rng.choice([child_id, None]), recorded_on=when()))  # type: ignore[operator]
    for _ in range(rng.randint(0, 2)):
        requested = when()  # type: ignore[operator]
        provided = requested + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.6 else None
        session.add(
            VictimRequest(
                victim_id=victim_id,
                child_id=rng.choice([child_id, None]),
                kind=rng.choice(["progress", "support"]),
                requested_on=requested,
                provided_on=provided,
                recorded_by="test",
            )
        )
    if (
        rng.random() < 0.5
        and session.query(RjProcess).filter_by(victim_id=victim_id, child_id=child_id).first() is None
    ):
        process = RjProcess(
            service_id=service_id,
            victim_id=victim_id,
            child_id=child_id,
            opened_on=when(),
            victim_told_concluded_on=when() if rng.random() < 0.5 else None,
        )  # type: ignore[operator]
        session.add(process)
        session.flush()
        for _ in range(rng.randint(1, 3)):
            session.add(
                RestorativeActivity(
                    process_id=process.id,
                    kind=rng.choice(
                        ["conference", "letter", "shuttle", "direct_reparation", "indirect_reparation", "views_relayed"]
                    ),
                    activity_date=when(),
                    victim_took_part=rng.random() < 0.7,
                    status=rng.choice(["done", "done", "draft"]),
                )
            )  # type: ignore[operator]


def test_randomly_made_records_reach_every_rule_and_count_alike(db: Database) -> None:
    service = make_service(db, "RN", "Random Service")
    rng = random.Random(20261128)
    with db.unit_of_work() as session:
        _random_records(session, service.service_id, rng)
    counted = 0
    for quarter in (Quarter.parse("2023Q4"), Quarter.parse("2024Q1"), Quarter.parse("2024Q2"), Quarter.parse("2024Q3")):
        for as_of in (quarter.end, quarter.end + dt.timedelta(days=45), D(2025, 6, 30)):
            counted += _agree(db, service, quarter, as_of)
    assert counted > 40
    # A changed engagement mapping changes what counts, alike everywhere.
    rj.publish_engagement_mapping(db, service, {"letter": False, "views_relayed": False}, "Board decision")
    for quarter in (Quarter.parse("2024Q1"), Quarter.parse("2024Q2")):
        _agree(db, service, quarter, D(2025, 6, 30))
