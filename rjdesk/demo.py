"""Synthetic demo data (Faker, en_GB): never real people. Deterministic for a seed and a day; dates are
relative to today so My day always has something overdue, due today and coming up.

Each issue that adds a capability extends ``generate`` with records for it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.demo_accounts import DEMO_PASSWORD, DEMO_USERS
from rjdesk.errors import ValidationError
from rjdesk.rules.duties import DutyCode, DutyStatus, outcome_when_met
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import PIPELINE, Stage
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import close_duty, create_duty, meet_open_duties, victim_is_enhanced
from rjdesk.services.panels import add_panel
from rjdesk.services.safety import add_concern
from rjdesk.services.users import NewUser, insert_user
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AppUser,
    CaseOrder,
    Child,
    ChildRestriction,
    Complaint,
    ConsentDecision,
    Contact,
    Facilitator,
    FacilitatorCpd,
    Offence,
    PoliceReferral,
    ReparationAttendance,
    ReparationPlacement,
    ReparationProject,
    ReparationProjectSupervisor,
    ReparationSession,
    RestorativeActivity,
    RjAgreementItem,
    RjAssessment,
    RjConference,
    RjConferenceFacilitator,
    RjParticipant,
    RjPreparation,
    RjProcess,
    RjStageChange,
    SafetyAction,
    SafetyPlan,
    Service,
    Victim,
    VictimContactDetails,
    VictimOffence,
    VictimRequest,
    VictimViews,
)

DEMO_SERVICE_CODE = "DEMO"
# How demo victims chose to hear from us; None is "not asked yet", as for many real records.
DEMO_CHANNELS = ("phone", "letter", "phone", "email", None, "letter", "text")
COUNTING_DISPOSALS = (
    "REFERRAL_ORDER",
    "YRO",
    "YOUTH_CONDITIONAL_CAUTION",
    "OOCD_WITH_INTERVENTION",
    "YOUTH_CAUTION",
    "CUSTODY",
)
OFFENCE_CATEGORIES = (
    "Theft",
    "Criminal damage",
    "Violence against the person",
    "Robbery",
    "Burglary",
    "Public order",
    "Vehicle offences",
    "Arson",
)
# The projects named in the seeds (DOMAIN §5): name, activities, mode, availability.
PROJECTS = (
    ("Bike Shed", "Bikes repaired and donated", "in_person", ""),
    ("Bird boxes", "Bird boxes built for parks and schools", "in_person", ""),
    ("Raised flower beds", "Raised flower beds at children's centres", "in_person", ""),
    ("Foodbank boxes", "Food parcels packed for the foodbank", "in_person", ""),
    ("Special-needs farm", "Animal care and yard work on a farm for children with special needs", "in_person", ""),
    ("St Luke's charity shops", "Sorting, pricing and shop work", "in_person", ""),
    ("Radio Harrow", "Community radio: programme making", "in_person", "School holidays only"),
    ("RoundTable", "An evening online discussion project", "online", "Evenings"),
)


@dataclass(frozen=True)
class DemoResult:
    service_id: int
    children: int
    victims: int
    users: tuple[str, ...]


def ensure_demo_service(db: Database) -> int:
    with db.unit_of_work() as session:
        service = session.execute(select(Service).where(Service.code == DEMO_SERVICE_CODE)).scalar_one_or_none()
        if service is None:
            service = Service(code=DEMO_SERVICE_CODE, name="Northbridge Youth Justice Service (demo)")
            session.add(service)
            session.flush()
            audit.append(
                session,
                actor="demo",
                service_id=service.id,
                action="create",
                entity="service",
                entity_id=service.id,
                payload={"code": DEMO_SERVICE_CODE},
            )
        return service.id


def generate(db: Database, actor: Actor, *, victims: int, seed: int, today: dt.date | None = None) -> DemoResult:
    """Fill the actor's service with synthetic children, orders, offences, victims and their work so far."""
    require(actor, Permission.DATA_ADMIN)
    if victims < 1 or victims > 200_000:
        raise ValidationError("--victims must be between 1 and 200000.", {"victims": "1 to 200000"})
    today = today or dt.date.today()
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    with db.unit_of_work() as session:
        existing = session.execute(
            select(func.count(Victim.id)).where(Victim.service_id == actor.service_id)
        ).scalar_one()
        if existing:
            raise ValidationError("This service already has victims; demo data goes into an empty service.")
        users = demo_users(session, actor.service_id, fake)
        worker_ids = [uid for name, uid in users.items() if name in ("vlo", "rjc", "manager")]
        children = _demo_cases(session, actor.service_id, fake, rng, today, max(1, (victims * 2) // 3))
        case_manager_id = users.get("casemgr")
        for child, _offences in children[::2]:  # the demo case manager holds every other child
            child.case_manager_id = case_manager_id
        _demo_victims(session, actor, fake, rng, today, victims, children, worker_ids)
        _demo_panels(session, actor, rng, today)
        _demo_rj(session, actor, rng, today, users)
        _demo_reparation(session, actor, fake, rng, today, users, max(2, min(len(PROJECTS), victims // 5)))
        audit_as(
            session,
            actor,
            action="demo_data",
            entity="service",
            entity_id=actor.service_id,
            payload={"victims": victims, "children": len(children), "seed": seed},
        )
        return DemoResult(actor.service_id, len(children), victims, tuple(users))


def demo_users(session: Session, service_id: int, fake: Faker) -> dict[str, int]:
    made: dict[str, int] = {}
    for username, roles in DEMO_USERS:
        if session.execute(select(AppUser.id).where(AppUser.username == username)).first():
            continue
        user = insert_user(session, service_id, NewUser(username, fake.name(), DEMO_PASSWORD, frozenset(roles)))
        made[username] = user.id
    return made


def _demo_cases(
    session: Session, service_id: int, fake: Faker, rng: random.Random, today: dt.date, count: int
) -> list[tuple[Child, list[Offence]]]:
    children: list[tuple[Child, list[Offence]]] = []
    for index in range(count):
        age_days = rng.randint(10 * 365 + 3, 17 * 365 + 300)
        child = Child(
            service_id=service_id,
            cms_ref=f"CMS{100000 + index}",
            given_name=fake.first_name(),
            family_name=fake.last_name(),
            date_of_birth=today - dt.timedelta(days=age_days),
            gender=rng.choice(("Male", "Female", "Male", "Not stated")),
            ethnicity=rng.choice(("White British", "Black British", "Asian British", "Mixed", "Not stated")),
        )
        session.add(child)
        session.flush()
        offences = []
        for number in range(1, rng.choice((1, 1, 2, 3)) + 1):
            offence_date = today - dt.timedelta(days=rng.randint(40, 500))
            offence = Offence(
                child_id=child.id,
                offence_ref=f"OF{number}",
                offence_date=offence_date,
                reported_date=offence_date + dt.timedelta(days=rng.randint(0, 5)),
                category=rng.choice(OFFENCE_CATEGORIES),
                gravity=rng.randint(1, 6),
            )
            session.add(offence)
            offences.append(offence)
        start = today - dt.timedelta(days=rng.randint(10, 400))
        disposal = rng.choice(COUNTING_DISPOSALS)
        if index % 6 == 0:  # a referral order made in the last few weeks: its first panel is coming up
            start, disposal = today - dt.timedelta(days=rng.randint(1, 20)), "REFERRAL_ORDER"
        length = rng.randint(90, 365)
        ended = start + dt.timedelta(days=length)
        order = CaseOrder(
            child_id=child.id,
            order_ref=f"ORD{100000 + index}",
            source="cms",
            disposal_type=disposal,
            start_date=start,
            planned_end_date=ended,
            end_date=ended if ended <= today else None,
            decision_date=start - dt.timedelta(days=rng.randint(5, 30)),
            offences=offences,
        )
        session.add(order)
        children.append((child, offences))
    session.flush()
    return children


def _demo_victims(
    session: Session,
    actor: Actor,
    fake: Faker,
    rng: random.Random,
    today: dt.date,
    count: int,
    children: list[tuple[Child, list[Offence]]],
    worker_ids: list[int],
) -> None:
    service_id = actor.service_id
    for index in range(count):
        kind = rng.choices(("individual", "organisation", "professional", "unidentified"), (80, 10, 6, 4))[0]
        is_child_victim = kind == "individual" and rng.random() < 0.3
        birth = None
        if kind in ("individual", "professional"):
            years = rng.randint(11, 17) if is_child_victim else rng.randint(19, 85)
            birth = today - dt.timedelta(days=years * 365 + rng.randint(0, 364))
        name = {"organisation": fake.company(), "unidentified": "Unidentified victim"}.get(kind, fake.name())
        victim = Victim(
            service_id=service_id,
            reference=f"V{index + 1:06d}",
            kind=kind,
            display_name=name,
            organisation_contact_name=fake.name() if kind == "organisation" else None,
            date_of_birth=birth,
            enhanced_category="under_18" if is_child_victim else rng.choice((None, None, None, "vulnerable")),
            preferred_language=rng.choice(("English", "English", "English", "Polish", "Urdu", "Welsh")),
            # By position, not drawn: a new draw here would change every later victim of a seed's demo.
            preferred_channel=DEMO_CHANNELS[index % len(DEMO_CHANNELS)],
            needs_interpreter=rng.random() < 0.05,
            needs_easy_read=rng.random() < 0.05,
            worker_id=rng.choice(worker_ids) if worker_ids else None,
            safety_flag=rng.random() < 0.1,
            status=rng.choice(("open", "open", "open", "closed")),
        )
        session.add(victim)
        session.flush()
        if kind != "unidentified":
            session.add(
                VictimContactDetails(
                    victim_id=victim.id,
                    address=fake.street_address(),
                    postcode=fake.postcode(),
                    phone=fake.phone_number(),
                    email=fake.email() if rng.random() < 0.6 else None,
                    safe_to_write=rng.random() < 0.85,
                    safe_to_phone=rng.random() < 0.9,
                    safe_to_leave_message=rng.random() < 0.5,
                )
            )
        child, offences = children[rng.randrange(len(children))]
        offence = rng.choice(offences)
        session.add(VictimOffence(victim_id=victim.id, offence_id=offence.id))
        session.flush()
        received = today - dt.timedelta(days=rng.randint(0, 60))
        basis = rng.choice(("consented", "consented", "did_not_object", "objected"))
        session.add(
            PoliceReferral(
                victim_id=victim.id,
                child_id=child.id,
                police_ref=f"PR/{rng.randint(10000, 99999)}",
                basis=basis,
                requested_on=received - dt.timedelta(days=rng.randint(1, 10)),
                received_on=received,
                crime_reported_on=offence.reported_date,
            )
        )
        if basis == "objected":
            continue
        _demo_casework(session, actor, fake, rng, today, victim, child.id, received, is_child_victim)


def _demo_casework(
    session: Session,
    actor: Actor,
    fake: Faker,
    rng: random.Random,
    today: dt.date,
    victim: Victim,
    child_id: int,
    received: dt.date,
    is_child_victim: bool,
) -> None:
    """The duties a referral starts, and the work done on them so far (some on time, some late, some not yet)."""
    enhanced = victim_is_enhanced(session, victim)
    first = create_duty(
        session,
        actor,
        victim,
        DutyCode.PRIORITY_TRIAGE if enhanced else DutyCode.FIRST_CONTACT_ATTEMPT,
        received,
        child_id=child_id,
    )
    if first is None:
        return
    if enhanced:
        triaged = received + dt.timedelta(days=rng.randint(0, 3))
        if triaged > today:
            return
        close_duty(
            session,
            actor,
            first,
            outcome_when_met(first.due_date, triaged),
            triaged,
            "Checked with the officer in the case; contact through the parent is safe.",
        )
        first = create_duty(session, actor, victim, DutyCode.FIRST_CONTACT_ATTEMPT, triaged, child_id=child_id)
        if first is None:
            return
        if rng.random() < 0.15:
            first.status = DutyStatus.DEFERRED.value
            first.status_reason = "Family of the child live nearby; ISVA advises waiting."
            first.review_date = today + dt.timedelta(days=rng.randint(1, 20))
            return
    contacted = first.trigger_date + dt.timedelta(days=rng.randint(1, 12))
    if contacted > today or rng.random() < 0.25:
        return  # still to do: My day shows it, overdue or not
    session.add(
        Contact(
            victim_id=victim.id,
            child_id=child_id,
            kind="contact",
            channel=rng.choice(("phone", "visit")),
            outcome="spoke_to_parent_carer" if is_child_victim else "spoke_to_victim",
            occurred_on=contacted,
            notes="Explained the YJS's role and the restorative options.",
        )
    )
    meet_open_duties(
        session,
        actor,
        victim.id,
        frozenset({DutyCode.FIRST_CONTACT_ATTEMPT}),
        contacted,
        "First contact made",
        child_id,
    )
    decision = rng.choices(("given", "refused"), (75, 25))[0]
    session.add(
        ConsentDecision(
            victim_id=victim.id,
            child_id=child_id,
            scope="yjs_contact",
            decision=decision,
            decided_on=contacted,
            method=rng.choice(("verbal", "written", "electronic")),
            source="parent_carer" if is_child_victim else "victim",
            given_by=fake.name() if is_child_victim else None,
        )
    )
    if decision == "refused":
        return
    if rng.random() < 0.4:
        _demo_shared_views(session, fake, rng, victim, child_id, contacted, today)
    if victim.safety_flag:
        _demo_safety(session, actor, fake, rng, today, victim, child_id)
    if rng.random() < 0.3:
        asked = contacted
        session.add(
            VictimRequest(
                victim_id=victim.id, child_id=child_id, kind="support", requested_on=asked, recorded_by=actor.audit_name
            )
        )
        create_duty(session, actor, victim, DutyCode.SUPPORT_REFERRAL, asked, child_id=child_id)
    if rng.random() < 0.05:
        session.add(Complaint(victim_id=victim.id, received_on=contacted, summary="Felt not kept informed."))
        create_duty(session, actor, victim, DutyCode.COMPLAINT_ACK, contacted)
    session.flush()


VIEWS_SUMMARIES = (
    "Would like the child to understand how frightened they were and to hear an apology.",
    "Wants the damage put right; open to a letter of explanation.",
    "Hopes the child gets help so that it does not happen to anyone else.",
    "Would like reassurance that the child will stay away from the shop.",
)


def _demo_shared_views(
    session: Session,
    fake: Faker,
    rng: random.Random,
    victim: Victim,
    child_id: int,
    contacted: dt.date,
    today: dt.date,
) -> None:
    """Views recorded at first contact, with a summary the victim agreed to share with the child's worker."""
    recorded = min(today, contacted + dt.timedelta(days=rng.randint(0, 5)))
    session.add(
        VictimViews(
            victim_id=victim.id,
            child_id=child_id,
            recorded_on=recorded,
            views=fake.paragraph(nb_sentences=3),
            impact=fake.sentence(),
            wishes=fake.sentence(),
            shareable_summary=rng.choice(VIEWS_SUMMARIES),
            vps_status=rng.choice((None, "offered", "made")),
        )
    )
    for scope in ("share_views_worker", "share_views_child"):
        if scope == "share_views_child" and rng.random() < 0.5:
            continue
        session.add(
            ConsentDecision(
                victim_id=victim.id,
                child_id=child_id,
                scope=scope,
                decision="given",
                decided_on=recorded,
                method="verbal",
                source="victim",
            )
        )


def _demo_safety(
    session: Session, actor: Actor, fake: Faker, rng: random.Random, today: dt.date, victim: Victim, child_id: int
) -> None:
    """A concern (now and then an urgent one raised today), a non-contact condition, an action and a plan whose
    review falls in the coming weeks, so My day has safety reviews and alerts to show."""
    urgent = rng.random() < 0.2
    add_concern(
        session,
        actor,
        victim,
        rng.choice(("intimidation", "contact_from_child_or_family", "shared_school", "shared_address")),
        "Reported seeing the child near their home twice this week.",
        urgent,
        today if urgent else today - dt.timedelta(days=rng.randint(1, 30)),
    )
    starts = today - dt.timedelta(days=rng.randint(10, 90))
    session.add(
        ChildRestriction(
            child_id=child_id,
            victim_id=victim.id,
            kind="non_contact",
            starts_on=starts,
            ends_on=starts + dt.timedelta(days=365),
            details="Not to contact the victim directly or indirectly.",
            recorded_by=actor.audit_name,
        )
    )
    session.add(
        SafetyAction(
            victim_id=victim.id,
            action="Tell the case manager about the non-contact condition before any panel.",
            owner=fake.name(),
            due_on=today + dt.timedelta(days=rng.randint(1, 10)),
        )
    )
    session.add(
        SafetyPlan(
            victim_id=victim.id,
            contingency="If the child makes contact: call 999, then the VLO, who informs the case manager.",
            review_date=today + dt.timedelta(days=rng.randint(0, 25)),
            updated_by=actor.audit_name,
        )
    )


def _demo_panels(session: Session, actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Referral orders: older ones had their first panel a few weeks after the order; recent ones mostly have
    one in the coming weeks, and some are still due for one."""
    orders = session.execute(
        select(CaseOrder)
        .join(Child, Child.id == CaseOrder.child_id)
        .where(
            Child.service_id == actor.service_id,
            CaseOrder.disposal_type == "REFERRAL_ORDER",
            CaseOrder.end_date.is_(None),
        )
        .order_by(CaseOrder.id)
    ).scalars()
    members = "Two community panel members and the YJS panel officer"
    for order in orders:
        held_on = order.start_date + dt.timedelta(days=rng.randint(10, 25))
        if held_on < today:
            add_panel(session, actor, order, held_on, today, members=members)
        elif rng.random() < 0.7:
            add_panel(session, actor, order, today + dt.timedelta(days=rng.randint(0, 30)), today, members=members)


def _demo_rj(session: Session, actor: Actor, rng: random.Random, today: dt.date, users: dict[str, int]) -> None:
    """RJ for about a third of the victims who agreed to YJS contact: processes at every stage, indirect work
    (most of it), a few conferences to come, agreement items (some overdue) and the facilitators' records."""
    coordinator = users.get("rjc") or users.get("vlo")
    consenting = session.execute(
        select(ConsentDecision.victim_id, ConsentDecision.child_id, ConsentDecision.decided_on)
        .join(Victim, Victim.id == ConsentDecision.victim_id)
        .where(
            Victim.service_id == actor.service_id,
            ConsentDecision.scope == "yjs_contact",
            ConsentDecision.decision == "given",
        )
        .order_by(ConsentDecision.victim_id)
    ).all()
    stages = ("referred", "assessing", "preparing", "active", "active", "follow_up", "closed", "withdrawn")
    for index, (victim_id, child_id, consented_on) in enumerate(consenting):
        if index % 3 or child_id is None:
            continue
        stage = stages[(index // 3) % len(stages)]
        opened = min(today, consented_on + dt.timedelta(days=rng.randint(1, 10)))
        process = RjProcess(
            service_id=actor.service_id,
            child_id=child_id,
            victim_id=victim_id,
            stage=stage,
            stage_reason="The victim decided not to go on." if stage == "withdrawn" else None,
            coordinator_id=coordinator,
            opened_on=opened,
        )
        session.add(process)
        session.flush()
        # the stages passed to get here (a withdrawn process left while preparing)
        path = [s.value for s in PIPELINE[: PIPELINE.index(Stage(stage)) + 1]] if stage != "withdrawn" else None
        path = path or ["referred", "assessing", "preparing", "withdrawn"]
        reached = len(path) - 1
        for before, after in itertools.pairwise(path):
            session.add(
                RjStageChange(
                    process_id=process.id,
                    from_stage=before,
                    to_stage=after,
                    changed_on=opened,
                    changed_by="demo",
                )
            )
        if reached >= 2:
            for party in ("victim", "child"):
                session.add(
                    RjAssessment(
                        process_id=process.id,
                        party=party,
                        assessed_on=opened,
                        acknowledges_facts=True,
                        suitable=True,
                        assessed_by="demo",
                    )
                )
            for role, name in (("victim", "The victim"), ("child", "The child")):
                participant = RjParticipant(
                    process_id=process.id,
                    role=role,
                    name=name,
                    consent_method="verbal" if rng.random() < 0.7 else "written",
                    consent_on=opened,
                )
                session.add(participant)
                session.flush()
                session.add(RjPreparation(participant_id=participant.id, met_on=opened, recorded_by="demo"))
                if stage == "preparing":  # the next meeting, planned: it shows on the RJ calendar
                    planned = today + dt.timedelta(days=rng.randint(1, 12))
                    session.add(RjPreparation(participant_id=participant.id, met_on=planned, recorded_by="demo"))
        if stage in ("active", "follow_up", "closed"):
            done_on = min(today, opened + dt.timedelta(days=rng.randint(5, 30)))
            session.add(
                RestorativeActivity(
                    process_id=process.id,
                    kind=rng.choice(("questions_and_answers", "views_relayed", "shuttle", "letter")),
                    activity_date=done_on,
                    victim_took_part=True,
                    status="done",
                    letter_status=None,
                    recorded_by="demo",
                )
            )
            session.add(
                RjAgreementItem(
                    process_id=process.id,
                    kind=rng.choice(("apology", "reparation")),
                    description=rng.choice(("Letter of apology", "Four hours at the community garden")),
                    owner="The child",
                    due_on=done_on + dt.timedelta(days=rng.randint(-5, 20)),
                )
            )
            if stage == "closed":
                process.victim_told_concluded_on = min(today, done_on + dt.timedelta(days=14))
        if stage == "preparing" and rng.random() < 0.5:
            starts = dt.datetime.combine(today + dt.timedelta(days=rng.randint(3, 30)), dt.time(10), dt.UTC)
            conference = RjConference(
                process_id=process.id,
                kind="conference",
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=2),
                venue="Northbridge YJS, Room 2",
                status="booked",
                booked_by="demo",
            )
            session.add(conference)
            session.flush()
            if coordinator:
                session.add(RjConferenceFacilitator(conference_id=conference.id, user_id=coordinator))
    for username, level, supervised_weeks_ago in (("rjc", "intermediate", 6), ("vlo", "foundation", 14)):
        user_id = users.get(username)
        if user_id is None:
            continue
        session.add(
            Facilitator(
                user_id=user_id,
                service_id=actor.service_id,
                level=level,
                last_supervision_on=today - dt.timedelta(weeks=supervised_weeks_ago),
                last_observed_on=today - dt.timedelta(days=200),
            )
        )
        session.flush()
        session.add(FacilitatorCpd(user_id=user_id, done_on=today - dt.timedelta(days=60), hours=4, what="RJC day"))
    session.flush()


def _demo_reparation(
    session: Session, actor: Actor, fake: Faker, rng: random.Random, today: dt.date, users: dict[str, int], count: int
) -> None:
    """The named projects (one risk assessment expired, to show the block), children placed on them from open
    orders that carry reparation, three weeks of sessions marked and signed off, and today's sessions to mark."""
    supervisor = users.get("supervisor") or users.get("manager")
    projects = []
    for index, (name, activities, mode, availability) in enumerate(PROJECTS[:count]):
        project = ReparationProject(
            service_id=actor.service_id,
            name=name,
            partner=fake.company(),
            site=fake.street_address(),
            site_postcode=fake.postcode(),
            activities=activities,
            mode=mode,
            availability=availability or None,
            capacity=rng.randint(4, 8),
            status="active",
            risk_assessment_on=today - dt.timedelta(days=200),
            risk_assessment_review_on=today - dt.timedelta(days=3)
            if index == count - 1
            else today + dt.timedelta(days=165),
        )
        session.add(project)
        session.flush()
        if supervisor:
            session.add(ReparationProjectSupervisor(project_id=project.id, user_id=supervisor))
        projects.append(project)
    usable = [p for p in projects if p.risk_assessment_review_on and p.risk_assessment_review_on >= today]
    orders = session.execute(
        select(CaseOrder)
        .join(Child, Child.id == CaseOrder.child_id)
        .where(
            Child.service_id == actor.service_id,
            CaseOrder.end_date.is_(None),
            CaseOrder.disposal_type.in_(("REFERRAL_ORDER", "REPARATION_ORDER", "YOUTH_CONDITIONAL_CAUTION")),
        )
        .order_by(CaseOrder.id)
    ).scalars()
    by_project: dict[int, list[ReparationPlacement]] = {}
    for order in list(orders)[: 6 * len(usable)]:
        project = min(usable, key=lambda p: len(by_project.get(p.id, [])))  # the emptiest project next
        amount = float(rng.choice((6, 8, 10, 12))) if order.disposal_type != "REPARATION_ORDER" else 12.0
        placement = ReparationPlacement(
            service_id=actor.service_id,
            project_id=project.id,
            order_id=order.id,
            child_id=order.child_id,
            requirement="reparation",
            amount=amount,
            starts_on=today - dt.timedelta(days=21),
            due_by=today + dt.timedelta(days=60),
            victim_wish=rng.choice((None, "Something for the community", "Work with animals")),
            parent_agreement_on=today - dt.timedelta(days=22),
            photo_consent=rng.random() < 0.5,
            created_by="demo",
        )
        session.add(placement)
        session.flush()
        by_project.setdefault(project.id, []).append(placement)
    for project in usable:
        placed = by_project.get(project.id, [])[: project.capacity]
        if not placed:
            continue
        for weeks_ago in (3, 2, 1, 0):
            day = today - dt.timedelta(weeks=weeks_ago)
            row = ReparationSession(
                project_id=project.id,
                session_date=day,
                starts=dt.time(10),
                ends=dt.time(12),
                supervisor_id=supervisor,
                created_by="demo",
                signed_off_by="demo" if weeks_ago else None,
                signed_off_at=dt.datetime.combine(day, dt.time(13), dt.UTC) if weeks_ago else None,
            )
            session.add(row)
            session.flush()
            for placement in placed:
                attendance = ReparationAttendance(session_id=row.id, placement_id=placement.id)
                if weeks_ago:  # past sessions are marked; today's wait for the supervisor
                    outcome = rng.choices(("attended", "late", "absent"), (8, 1, 1))[0]
                    attendance.outcome = outcome
                    attendance.credited = {"attended": 2.0, "late": 1.5, "absent": 0.0}[outcome]
                    attendance.reason = "Unwell" if outcome == "absent" else None
                    attendance.recorded_by = "demo"
                session.add(attendance)
    session.flush()
