"""Synthetic data at scale: a whole service's years of records (100,000 victims; 1,000,000 for stress), for
benchmarks and for trying rjdesk at a consortium's size. ``rjdesk-cli demo --victims N --bulk``.

``demo.generate`` builds a realistic small service through the services (every duty started the way the app
starts it). At scale that is hours, so this writes the same kinds of rows in proportion straight into the
tables — children, offences, orders, victims with contact details, referrals, consents, contacts, duties,
RJ processes and activities, reparation projects, placements, sessions and attendance — in batches, with ids
chosen up front so rows can point at each other without reading back. Names come from pools drawn from
Faker (en_GB) once, so the data is synthetic and the run is fast and repeatable for a seed. The audit trail
gets one entry saying what was generated, not one per row.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

from faker import Faker
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from rjdesk.demo import demo_users
from rjdesk.errors import ValidationError
from rjdesk.rules.kpi10 import COUNTING_DISPOSALS
from rjdesk.rules.permissions import Permission, Role
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.users import NewUser, insert_user
from rjdesk.store.bulk import BulkWriter, Progress
from rjdesk.store.database import Database
from rjdesk.store.models import AppUser, Base, DutyRule, Victim

MAX_VICTIMS = 2_000_000

OFFENCES = ("Criminal damage", "Theft", "Assault", "Robbery", "Burglary", "Public order", "Harassment")
DUTY_CODES = ("FIRST_CONTACT_ATTEMPT", "VIEWS_BEFORE_DECISION", "PROGRESS_UPDATE", "INTERVENTION_END")


@dataclass
class BulkResult:
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def victims(self) -> int:
        return self.rows.get("victim", 0)


# Insert order: every row's targets come earlier.
TABLES = (
    "child",
    "offence",
    "case_order",
    "order_offence",
    "victim",
    "victim_contact_details",
    "victim_offence",
    "police_referral",
    "consent_decision",
    "contact",
    "duty",
    "rj_process",
    "restorative_activity",
    "reparation_placement",
    "reparation_session",
    "reparation_attendance",
)


def _pools(seed: int) -> dict[str, list[str]]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return {
        "first": [fake.first_name() for _ in range(1500)],
        "last": [fake.last_name() for _ in range(2500)],
        "street": [fake.street_name() for _ in range(2000)],
        "postcode": [fake.postcode() for _ in range(3000)],
        "company": [fake.company() for _ in range(800)],
    }


def generate_bulk(
    db: Database,
    actor: Actor,
    *,
    victims: int,
    seed: int,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> BulkResult:
    """Fill the actor's (empty) service with ``victims`` victims and everything in proportion, over five years."""
    require(actor, Permission.DATA_ADMIN)
    if not 1 <= victims <= MAX_VICTIMS:
        raise ValidationError(f"--victims must be between 1 and {MAX_VICTIMS}.", {"victims": f"1 to {MAX_VICTIMS}"})
    today = today or dt.date.today()
    rng = random.Random(seed)
    pools = _pools(seed)
    with db.unit_of_work() as session:
        if session.execute(select(Victim.id).where(Victim.service_id == actor.service_id).limit(1)).first():
            raise ValidationError("This service already has victims; bulk demo data goes into an empty service.")
        rules = {
            code: rule_id
            for code, rule_id in session.execute(
                select(DutyRule.code, func.min(DutyRule.id))
                .where(DutyRule.service_id.is_(None))
                .group_by(DutyRule.code)
            )
        }
        fake = Faker("en_GB")
        fake.seed_instance(seed)
        demo_users(session, actor.service_id, fake)  # the demo's sign-ins, as the small demo has them
        workers = list(session.execute(select(AppUser.id).where(AppUser.service_id == actor.service_id)).scalars())
        workers += _more_officers(session, actor.service_id, victims // VICTIMS_PER_OFFICER - len(workers), fake)
        writer = BulkWriter(session, TABLES, batch_on="victim", progress=progress)
        projects = _projects(session, actor, rng)
        for _ in _people(writer, actor.service_id, rng, pools, today, victims, rules, workers, projects):
            pass
        writer.flush()
        session.execute(text("ANALYZE"))  # the planner must know the tables are now large
        result = BulkResult(dict(writer.written))
        audit_as(
            session,
            actor,
            action="demo_data",
            entity="service",
            entity_id=actor.service_id,
            payload={"bulk": True, "seed": seed, "rows": result.rows},
        )
    return result


VICTIMS_PER_OFFICER = 2_000  # five years of referrals: a caseload of a few dozen open victims at any time


def _more_officers(session: Session, service_id: int, count: int, fake: Faker) -> list[int]:
    """Victim liaison officers in proportion to the service's size (a million victims are not the work of the
    demo's few sign-ins). They cannot sign in: their password is a random secret nobody is told, hashed once
    and shared."""
    if count <= 0:
        return []
    secret = secrets.token_urlsafe(24)
    first = insert_user(session, service_id, NewUser("officer0001", fake.name(), secret, frozenset({Role.VLO})))
    users = Base.metadata.tables["app_user"]
    roles = Base.metadata.tables["user_role"]
    made = [first.id]
    for number in range(2, count + 1):
        user_id = session.execute(
            users.insert()
            .returning(users.c.id)
            .values(
                service_id=service_id,
                username=f"officer{number:04d}",
                display_name=fake.name(),
                password_hash=first.password_hash,
                version_id=1,
            )
        ).scalar_one()
        session.execute(roles.insert().values(user_id=user_id, role=Role.VLO.value))
        made.append(int(user_id))
    return made


def _projects(session: Session, actor: Actor, rng: random.Random) -> list[int]:
    table = Base.metadata.tables["reparation_project"]
    ids = []
    for number in range(1, 9):
        made = session.execute(
            table.insert()
            .returning(table.c.id)
            .values(
                service_id=actor.service_id,
                name=f"Community project {number}",
                partner=rng.choice(("Parks team", "Food bank", "Allotments", "Charity shop")),
                mode="in_person",
                capacity=8,
                status="active",
                version_id=1,
            )
        )
        ids.append(int(made.scalar_one()))
    return ids


def _people(
    w: BulkWriter,
    service_id: int,
    rng: random.Random,
    pools: dict[str, list[str]],
    today: dt.date,
    victims: int,
    rules: dict[str, int],
    workers: list[int],
    projects: list[int],
) -> Iterator[None]:
    """Children with their offences and orders, and for each offence one or two victims with their work."""
    made = 0
    child_number = 0
    sessions_by_project: dict[int, list[tuple[int, dt.date]]] = {p: [] for p in projects}
    while made < victims:
        child_number += 1
        child_id = w.new_id("child")
        w.add(
            "child",
            {
                "id": child_id,
                "service_id": service_id,
                "cms_ref": f"C{child_number:07d}",
                "given_name": rng.choice(pools["first"]),
                "family_name": rng.choice(pools["last"]),
                "date_of_birth": today - dt.timedelta(days=rng.randint(12 * 365, 20 * 365)),
                "gender": rng.choice(("Male", "Female", "Male", "Not stated")),
                "version_id": 1,
            },
        )
        offence_id = w.new_id("offence")
        offence_date = today - dt.timedelta(days=rng.randint(20, 5 * 365))
        w.add(
            "offence",
            {
                "id": offence_id,
                "child_id": child_id,
                "offence_ref": "OF1",
                "offence_date": offence_date,
                "reported_date": offence_date + dt.timedelta(days=rng.randint(0, 5)),
                "category": rng.choice(OFFENCES),
                "gravity": rng.randint(1, 6),
                "version_id": 1,
            },
        )
        order_id = w.new_id("case_order")
        start = offence_date + dt.timedelta(days=rng.randint(20, 120))
        end = start + dt.timedelta(days=rng.randint(90, 365))
        w.add(
            "case_order",
            {
                "id": order_id,
                "child_id": child_id,
                "order_ref": f"O{child_number:07d}",
                "disposal_type": rng.choice(COUNTING_DISPOSALS),
                "start_date": start,
                "planned_end_date": end,
                "end_date": end if end <= today else None,
                "decision_date": start - dt.timedelta(days=rng.randint(5, 30)),
                "source": "cms",
                "changed_on_appeal": False,
                "version_id": 1,
            },
        )
        w.add("order_offence", {"order_id": order_id, "offence_id": offence_id})
        if rng.random() < 0.25:
            _reparation(w, service_id, rng, today, order_id, child_id, start, projects, sessions_by_project)
        for _ in range(rng.choice((1, 1, 1, 2))):
            if made >= victims:
                break
            made += 1
            _victim(w, service_id, rng, pools, today, made, child_id, offence_id, offence_date, rules, workers)
        yield None


def _victim(
    w: BulkWriter,
    service_id: int,
    rng: random.Random,
    pools: dict[str, list[str]],
    today: dt.date,
    number: int,
    child_id: int,
    offence_id: int,
    offence_date: dt.date,
    rules: dict[str, int],
    workers: list[int],
) -> None:
    victim_id = w.new_id("victim")
    kind = rng.choices(("individual", "organisation", "professional", "unidentified"), (80, 10, 6, 4))[0]
    if kind == "organisation":
        name = rng.choice(pools["company"])
    elif kind == "unidentified":
        name = "Unidentified victim"
    else:
        name = f"{rng.choice(pools['first'])} {rng.choice(pools['last'])}"
    received = min(today, offence_date + dt.timedelta(days=rng.randint(1, 20)))
    w.add(
        "victim",
        {
            "id": victim_id,
            "service_id": service_id,
            "reference": f"V{number:06d}",
            "kind": kind,
            "display_name": name,
            "date_of_birth": today - dt.timedelta(days=rng.randint(11 * 365, 85 * 365))
            if kind == "individual"
            else None,
            "status": "open" if received > today - dt.timedelta(days=365) else "closed",
            "worker_id": rng.choice(workers) if workers else None,
            "is_child_known_to_yjs": False,
            "lives_in_child_household": False,
            "needs_interpreter": rng.random() < 0.03,
            "needs_bsl": False,
            "needs_easy_read": rng.random() < 0.03,
            "safety_flag": rng.random() < 0.05,
            "created_at": dt.datetime.combine(received, dt.time(10), tzinfo=dt.UTC),
            "version_id": 1,
        },
    )
    if kind != "unidentified":
        w.add(
            "victim_contact_details",
            {
                "victim_id": victim_id,
                "address": f"{rng.randint(1, 250)} {rng.choice(pools['street'])}",
                "postcode": rng.choice(pools["postcode"]),
                "phone": f"01632 {rng.randint(960000, 960999)}",
                "email": None,
                "safe_to_write": rng.random() < 0.85,
                "safe_to_phone": rng.random() < 0.9,
                "safe_to_leave_message": rng.random() < 0.5,
                "is_child_household_address": False,
                "version_id": 1,
            },
        )
    w.add(
        "victim_offence",
        {
            "id": w.new_id("victim_offence"),
            "victim_id": victim_id,
            "offence_id": offence_id,
            "source": "rjdesk",
            "version_id": 1,
        },
    )
    basis = rng.choice(("consented", "consented", "did_not_object", "objected"))
    w.add(
        "police_referral",
        {
            "id": w.new_id("police_referral"),
            "victim_id": victim_id,
            "child_id": child_id,
            "basis": basis,
            "received_on": received,
            "version_id": 1,
        },
    )
    if basis == "objected":
        return
    consented = rng.random() < 0.7
    w.add(
        "consent_decision",
        {
            "id": w.new_id("consent_decision"),
            "victim_id": victim_id,
            "child_id": child_id,
            "scope": "yjs_contact",
            "decision": "given" if consented else "refused",
            "decided_on": min(today, received + dt.timedelta(days=rng.randint(1, 10))),
            "method": "verbal",
            "source": "victim",
            "recorded_at": dt.datetime.combine(received, dt.time(11), tzinfo=dt.UTC),
        },
    )
    for attempt in range(rng.randint(1, 3)):
        w.add(
            "contact",
            {
                "id": w.new_id("contact"),
                "victim_id": victim_id,
                "child_id": child_id,
                "kind": "contact" if attempt else "attempt",
                "channel": rng.choice(("phone", "letter", "phone", "visit")),
                "outcome": "spoke" if attempt else "no_answer",
                "occurred_on": min(today, received + dt.timedelta(days=1 + attempt * 3)),
                "recorded_at": dt.datetime.combine(received, dt.time(12), tzinfo=dt.UTC),
            },
        )
    for index, code in enumerate(DUTY_CODES[: rng.randint(1, len(DUTY_CODES))]):
        trigger = received + dt.timedelta(days=index * 30)
        due = trigger + dt.timedelta(days=7)
        done = due < today - dt.timedelta(days=14) or rng.random() < 0.5
        w.add(
            "duty",
            {
                "id": w.new_id("duty"),
                "service_id": service_id,
                "victim_id": victim_id,
                "child_id": child_id,
                "rule_id": rules[code],
                "holder": "yjs",
                "trigger_date": trigger,
                "due_date": due,
                "status": rng.choice(("met", "met", "met", "met_late")) if done else "open",
                "closed_on": due - dt.timedelta(days=rng.randint(0, 5)) if done else None,
                "assigned_to_id": rng.choice(workers) if workers else None,
                "version_id": 1,
            },
        )
    if consented and rng.random() < 0.15:
        process_id = w.new_id("rj_process")
        w.add(
            "rj_process",
            {
                "id": process_id,
                "service_id": service_id,
                "child_id": child_id,
                "victim_id": victim_id,
                "stage": rng.choice(("referred", "assessing", "preparing", "active", "closed")),
                "opened_on": received,
                "version_id": 1,
            },
        )
        w.add(
            "restorative_activity",
            {
                "id": w.new_id("restorative_activity"),
                "process_id": process_id,
                "kind": rng.choice(("questions_and_answers", "views_relayed", "shuttle", "letter")),
                "activity_date": min(today, received + dt.timedelta(days=30)),
                "victim_took_part": True,
                "status": "done",
                "version_id": 1,
            },
        )


def _reparation(
    w: BulkWriter,
    service_id: int,
    rng: random.Random,
    today: dt.date,
    order_id: int,
    child_id: int,
    start: dt.date,
    projects: list[int],
    sessions_by_project: dict[int, list[tuple[int, dt.date]]],
) -> None:
    """A placement and the child's sessions: each project meets on Saturdays, several children together."""
    project = rng.choice(projects)
    placement_id = w.new_id("reparation_placement")
    w.add(
        "reparation_placement",
        {
            "id": placement_id,
            "service_id": service_id,
            "project_id": project,
            "order_id": order_id,
            "child_id": child_id,
            "requirement": "reparation",
            "amount": 10.0,
            "starts_on": start,
            "status": "active" if start > today - dt.timedelta(days=120) else "completed",
            "created_by": "demo",
            "photo_consent": False,
            "for_specific_person": False,
            "recipient_consents": False,
            "version_id": 1,
        },
    )
    for week in range(rng.randint(1, 4)):
        day = start + dt.timedelta(days=7 * week - start.weekday() + 5)  # Saturdays
        if day > today + dt.timedelta(days=14):
            break
        sessions = sessions_by_project[project]
        found = next((sid for sid, when in sessions[-12:] if when == day), None)
        if found is None:
            found = w.new_id("reparation_session")
            w.add(
                "reparation_session",
                {
                    "id": found,
                    "project_id": project,
                    "session_date": day,
                    "starts": dt.time(10),
                    "ends": dt.time(13),
                    "created_by": "demo",
                    "signed_off_by": "demo" if day < today else None,
                    "version_id": 1,
                },
            )
            sessions.append((found, day))
        past = day < today
        w.add(
            "reparation_attendance",
            {
                "id": w.new_id("reparation_attendance"),
                "session_id": found,
                "placement_id": placement_id,
                "outcome": rng.choice(("attended", "attended", "attended", "absent")) if past else None,
                "credited": 3.0 if past else 0.0,
                "warning_given": False,
                "version_id": 1,
            },
        )
