"""Reparation (DOMAIN §5): projects, placements, sessions, attendance and hours, compliance and completion.

Supervisors record facts (attended, late, left early, absent, the reason given, what is credited); the child's
case manager decides whether an absence was acceptable and whether to warn. No call here returns a victim's
identity: a placement holds only the kind of reparation the victim asked for and, for direct reparation, the
site address, an on-site contact and the session times.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from rjdesk.errors import ConcurrencyConflict, NotFound, PermissionDenied, ValidationError, message
from rjdesk.rules.calendar import age_on
from rjdesk.rules.labels import label
from rjdesk.rules.permissions import Permission
from rjdesk.rules.reparation import (
    OUTCOMES,
    PLACEABLE,
    PROJECT_MODES,
    PROJECT_STATUSES,
    ComplianceState,
    PlacementTerms,
    Requirement,
    Unit,
    compliance_state,
    credit_problem,
    placement_problems,
    risk_assessment_problem,
    session_hours,
)
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.safety import place_refusal
from rjdesk.services.settings import read_settings
from rjdesk.services.settings import service_name as service_name_of
from rjdesk.services.users import load_user
from rjdesk.services.victims import load_child
from rjdesk.store.database import Database
from rjdesk.store.models import (
    Alert,
    AppUser,
    CaseOrder,
    Child,
    ReparationAttendance,
    ReparationCorrection,
    ReparationPlacement,
    ReparationProject,
    ReparationProjectSupervisor,
    ReparationSession,
    UserRole,
    utcnow,
)

# ------------------------------------------------------------------------------------------------ projects


@dataclass(frozen=True)
class ProjectDetails:
    name: str
    partner: str = ""
    site: str = ""
    site_postcode: str = ""
    activities: str = ""
    mode: str = "in_person"
    capacity: int = 4
    availability: str = ""
    suitable_offences: str = ""
    aims: str = ""
    status: str = "active"


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    details: ProjectDetails
    risk_assessment_on: dt.date | None
    risk_assessment_review_on: dt.date | None
    supervisor_ids: tuple[int, ...]
    active_placements: int
    version: int

    def risk_assessment_status(self, today: dt.date) -> str:
        problem = risk_assessment_problem(self.risk_assessment_review_on, today)
        if problem is not None:
            return "missing" if self.risk_assessment_review_on is None else "expired"
        assert self.risk_assessment_review_on is not None
        return "due soon" if (self.risk_assessment_review_on - today).days <= 30 else "in date"


def _project_problems(details: ProjectDetails) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not details.name.strip():
        problems["name"] = "Give the project a name."
    if details.mode not in PROJECT_MODES:
        problems["mode"] = "In person, online or remote."
    if details.status not in PROJECT_STATUSES:
        problems["status"] = "In development, active or closed."
    if not 1 <= details.capacity <= 30:
        problems["capacity"] = "Between 1 and 30 children per session."
    return problems


def _apply_project(row: ReparationProject, details: ProjectDetails) -> None:
    row.name = details.name.strip()
    for attribute in ("partner", "site", "activities", "availability", "suitable_offences", "aims"):
        setattr(row, attribute, getattr(details, attribute).strip() or None)
    row.site_postcode = details.site_postcode.strip().upper() or None
    row.mode, row.capacity, row.status = details.mode, details.capacity, details.status


def _project_info(session: Session, row: ReparationProject) -> ProjectInfo:
    supervisors = tuple(
        session.execute(
            select(ReparationProjectSupervisor.user_id).where(ReparationProjectSupervisor.project_id == row.id)
        ).scalars()
    )
    placements = session.execute(
        select(func.count(ReparationPlacement.id)).where(
            ReparationPlacement.project_id == row.id, ReparationPlacement.status == "active"
        )
    ).scalar_one()
    details = ProjectDetails(
        row.name,
        row.partner or "",
        row.site or "",
        row.site_postcode or "",
        row.activities or "",
        row.mode,
        row.capacity,
        row.availability or "",
        row.suitable_offences or "",
        row.aims or "",
        row.status,
    )
    return ProjectInfo(
        row.id,
        details,
        row.risk_assessment_on,
        row.risk_assessment_review_on,
        tuple(sorted(supervisors)),
        placements,
        row.version_id,
    )


def _load_project(session: Session, actor: Actor, project_id: int, version: int | None = None) -> ReparationProject:
    row = session.get(ReparationProject, project_id)
    if row is None or row.service_id != actor.service_id:
        raise NotFound("No such project.")
    if version is not None and row.version_id != version:
        raise ConcurrencyConflict("Someone else changed this project. Reopen it to see their change.")
    return row


def create_project(db: Database, actor: Actor, details: ProjectDetails) -> ProjectInfo:
    require(actor, Permission.REPARATION_EDIT)
    problems = _project_problems(details)
    if problems:
        raise ValidationError("The project was not saved.", problems)
    with db.unit_of_work() as session:
        row = ReparationProject(service_id=actor.service_id)
        _apply_project(row, details)
        session.add(row)
        session.flush()
        audit_as(session, actor, action="create", entity="reparation_project", entity_id=row.id)
        return _project_info(session, row)


def update_project(db: Database, actor: Actor, project_id: int, version: int, details: ProjectDetails) -> ProjectInfo:
    require(actor, Permission.REPARATION_EDIT)
    problems = _project_problems(details)
    if problems:
        raise ValidationError("The project was not saved.", problems)
    with db.unit_of_work() as session:
        row = _load_project(session, actor, project_id, version)
        _apply_project(row, details)
        session.flush()
        audit_as(session, actor, action="update", entity="reparation_project", entity_id=row.id)
        return _project_info(session, row)


def renew_risk_assessment(
    db: Database, actor: Actor, project_id: int, assessed_on: dt.date, review_on: dt.date
) -> ProjectInfo:
    """Record the project's health-and-safety risk assessment and when it must be reviewed."""
    require(actor, Permission.REPARATION_EDIT)
    if review_on <= assessed_on:
        raise ValidationError("The review date must come after the assessment.", {"review_on": "After the assessment."})
    with db.unit_of_work() as session:
        row = _load_project(session, actor, project_id)
        row.risk_assessment_on, row.risk_assessment_review_on = assessed_on, review_on
        session.flush()
        audit_as(
            session,
            actor,
            action="risk_assessment",
            entity="reparation_project",
            entity_id=row.id,
            payload={"on": assessed_on, "review_on": review_on},
        )
        return _project_info(session, row)


def set_supervisors(db: Database, actor: Actor, project_id: int, user_ids: Sequence[int]) -> ProjectInfo:
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        row = _load_project(session, actor, project_id)
        for user_id in user_ids:
            load_user(session, actor, user_id)
        for old in session.execute(
            select(ReparationProjectSupervisor).where(ReparationProjectSupervisor.project_id == row.id)
        ).scalars():
            session.delete(old)
        session.flush()
        for user_id in sorted(set(user_ids)):
            session.add(ReparationProjectSupervisor(project_id=row.id, user_id=user_id))
        session.flush()
        audit_as(
            session,
            actor,
            action="supervisors",
            entity="reparation_project",
            entity_id=row.id,
            payload={"users": sorted(set(user_ids))},
        )
        return _project_info(session, row)


def list_projects(db: Database, actor: Actor, *, include_closed: bool = False) -> list[ProjectInfo]:
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        query = select(ReparationProject).where(ReparationProject.service_id == actor.service_id)
        if not include_closed:
            query = query.where(ReparationProject.status != "closed")
        return [
            _project_info(session, row) for row in session.execute(query.order_by(ReparationProject.name)).scalars()
        ]


# ------------------------------------------------------------------------------------------------ placements


@dataclass(frozen=True)
class PlacementDetails:
    project_id: int
    order_id: int
    requirement: Requirement
    amount: float
    starts_on: dt.date
    due_by: dt.date | None = None
    victim_wish: str = ""
    unsuitable: str = ""
    parent_agreement_on: dt.date | None = None
    emergency_contact: str = ""
    medical_info: str = ""
    photo_consent: bool = False
    for_specific_person: bool = False
    recipient_consents: bool = False
    direct_site: str = ""
    direct_site_postcode: str = ""
    direct_site_contact: str = ""


@dataclass(frozen=True)
class PlacementInfo:
    id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    project_id: int
    project_name: str
    disposal_type: str
    requirement: Requirement
    amount: float
    delivered: float
    starts_on: dt.date
    due_by: dt.date | None
    status: str
    completed_on: dt.date | None
    victim_wish: str | None
    photo_consent: bool
    parent_agreement_on: dt.date | None
    direct: bool
    version: int

    @property
    def unit(self) -> Unit:
        return self.requirement.unit

    @property
    def remaining(self) -> float:
        return max(0.0, self.amount - self.delivered)

    @property
    def percent(self) -> int:
        return 100 if self.amount <= 0 else min(100, round(100 * self.delivered / self.amount))


def _delivered(session: Session, placement_id: int) -> float:
    return float(
        session.execute(
            select(func.coalesce(func.sum(ReparationAttendance.credited), 0)).where(
                ReparationAttendance.placement_id == placement_id
            )
        ).scalar_one()
    )


def placement_info(session: Session, row: ReparationPlacement) -> PlacementInfo:
    child = session.get(Child, row.child_id)
    order = session.get(CaseOrder, row.order_id)
    project = session.get(ReparationProject, row.project_id)
    assert child is not None and order is not None and project is not None
    return PlacementInfo(
        row.id,
        child.id,
        child.cms_ref,
        f"{child.given_name} {child.family_name}",
        project.id,
        project.name,
        order.disposal_type,
        Requirement(row.requirement),
        row.amount,
        _delivered(session, row.id),
        row.starts_on,
        row.due_by,
        row.status,
        row.completed_on,
        row.victim_wish,
        row.photo_consent,
        row.parent_agreement_on,
        row.direct_site is not None,
        row.version_id,
    )


def load_placement(session: Session, actor: Actor, placement_id: int) -> ReparationPlacement:
    row = session.get(ReparationPlacement, placement_id)
    if row is None or row.service_id != actor.service_id:
        raise NotFound("No such placement.")
    return row


def _conviction_date(order: CaseOrder) -> dt.date:
    """The day the order was made stands for the conviction (the CMS gives no separate date)."""
    return order.start_date


def place_child(db: Database, actor: Actor, details: PlacementDetails) -> PlacementInfo:
    """Place a child's order on a project, within the limits of the order (rules.reparation)."""
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        project = _load_project(session, actor, details.project_id)
        order = session.get(CaseOrder, details.order_id)
        if order is None:
            raise NotFound("No such order.")
        child = load_child(session, actor, order.child_id)
        problems = placement_problems(
            PlacementTerms(
                order.disposal_type,
                details.requirement,
                details.amount,
                details.starts_on,
                details.due_by,
                age_on(child.date_of_birth, _conviction_date(order)),
                details.for_specific_person,
                details.recipient_consents,
            )
        )
        if project.status == "closed":
            problems["project_id"] = "This project is closed."
        if details.direct_site.strip():
            refusal = place_refusal(session, child.id, details.starts_on, postcode=details.direct_site_postcode)
            if refusal:
                problems["direct_site_postcode"] = refusal
        if problems:
            raise ValidationError(
                message("The placement was not made: {problems}", problems=list(problems.values())), problems
            )
        row = ReparationPlacement(
            service_id=actor.service_id,
            project_id=project.id,
            order_id=order.id,
            child_id=child.id,
            requirement=details.requirement.value,
            amount=details.amount,
            starts_on=details.starts_on,
            due_by=details.due_by,
            victim_wish=details.victim_wish.strip() or None,
            unsuitable=details.unsuitable.strip() or None,
            parent_agreement_on=details.parent_agreement_on,
            emergency_contact=details.emergency_contact.strip() or None,
            medical_info=details.medical_info.strip() or None,
            photo_consent=details.photo_consent,
            for_specific_person=details.for_specific_person,
            recipient_consents=details.recipient_consents,
            direct_site=details.direct_site.strip() or None,
            direct_site_postcode=details.direct_site_postcode.strip().upper() or None,
            direct_site_contact=details.direct_site_contact.strip() or None,
            created_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="reparation_placement",
            entity_id=row.id,
            payload={"child_id": child.id, "project_id": project.id, "amount": details.amount},
        )
        return placement_info(session, row)


def list_placements(
    db: Database, actor: Actor, *, active_only: bool = True, child_id: int | None = None
) -> list[PlacementInfo]:
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        query = select(ReparationPlacement).where(ReparationPlacement.service_id == actor.service_id)
        if active_only:
            query = query.where(ReparationPlacement.status == "active")
        if child_id is not None:
            query = query.where(ReparationPlacement.child_id == child_id)
        rows = session.execute(query.order_by(ReparationPlacement.due_by, ReparationPlacement.id)).scalars()
        return [placement_info(session, row) for row in rows]


def end_placement(db: Database, actor: Actor, placement_id: int, version: int, reason: str) -> PlacementInfo:
    """End a placement early (order revoked, child moved project); the hours delivered stay as they were."""
    require(actor, Permission.REPARATION_EDIT)
    if not reason.strip():
        raise ValidationError("Say why the placement ends.", {"reason": "Required."})
    with db.unit_of_work() as session:
        row = load_placement(session, actor, placement_id)
        if row.version_id != version:
            raise ConcurrencyConflict("Someone else changed this placement. Reopen it to see their change.")
        if row.status != "active":
            raise ValidationError("Only an active placement can be ended.")
        row.status, row.ended_reason = "ended", reason.strip()
        session.flush()
        audit_as(session, actor, action="end", entity="reparation_placement", entity_id=row.id)
        return placement_info(session, row)


@dataclass(frozen=True)
class RestrictedDetails:
    emergency_contact: str | None
    medical_info: str | None
    unsuitable: str | None


def restricted_details(db: Database, actor: Actor, placement_id: int) -> RestrictedDetails:
    """Emergency contact and medical information: for the reparation team, each view audited."""
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        row = load_placement(session, actor, placement_id)
        audit_as(session, actor, action="view_restricted", entity="reparation_placement", entity_id=row.id)
        return RestrictedDetails(row.emergency_contact, row.medical_info, row.unsuitable)


# ------------------------------------------------------------------------------------------------ sessions


@dataclass(frozen=True)
class Expected:
    """A child expected at a session, and what the supervisor has marked so far."""

    attendance_id: int
    placement_id: int
    child_cms_ref: str
    child_name: str
    unit: Unit
    remaining_before: float  # what remained before this session's credit
    outcome: str | None
    credited: float
    reason: str | None
    notes: str | None
    version: int


@dataclass(frozen=True)
class SessionInfo:
    id: int
    project_id: int
    project_name: str
    session_date: dt.date
    starts: dt.time
    ends: dt.time
    supervisor_id: int | None
    site: str | None  # the project's site, or for direct reparation the site address only
    site_contact: str | None  # direct reparation: the on-site contact
    capacity: int
    signed_off_by: str | None
    expected: tuple[Expected, ...]
    version: int

    @property
    def hours(self) -> float:
        return session_hours(self.starts, self.ends)


def _load_session(session: Session, actor: Actor, session_id: int, version: int | None = None) -> ReparationSession:
    row = session.get(ReparationSession, session_id)
    project = session.get(ReparationProject, row.project_id) if row is not None else None
    if row is None or project is None or project.service_id != actor.service_id:
        raise NotFound("No such session.")
    if version is not None and row.version_id != version:
        raise ConcurrencyConflict("Someone else changed this session. Reopen it to see their change.")
    return row


def _expected(session: Session, session_row: ReparationSession) -> tuple[Expected, ...]:
    rows = session.execute(
        select(ReparationAttendance, ReparationPlacement, Child)
        .join(ReparationPlacement, ReparationPlacement.id == ReparationAttendance.placement_id)
        .join(Child, Child.id == ReparationPlacement.child_id)
        .where(ReparationAttendance.session_id == session_row.id)
        .order_by(Child.family_name, Child.given_name)
    ).all()
    expected = []
    for attendance, placement, child in rows:
        before = placement.amount - (_delivered(session, placement.id) - attendance.credited)
        expected.append(
            Expected(
                attendance.id,
                placement.id,
                child.cms_ref,
                f"{child.given_name} {child.family_name}",
                Requirement(placement.requirement).unit,
                max(0.0, before),
                attendance.outcome,
                attendance.credited,
                attendance.reason,
                attendance.notes,
                attendance.version_id,
            )
        )
    return tuple(expected)


def _direct_placement(session: Session, session_row: ReparationSession) -> ReparationPlacement | None:
    """The active direct-reparation placement at this session, if it is one (its site replaces the project's)."""
    return session.execute(
        select(ReparationPlacement)
        .join(ReparationAttendance, ReparationAttendance.placement_id == ReparationPlacement.id)
        .where(
            ReparationAttendance.session_id == session_row.id,
            ReparationPlacement.direct_site.is_not(None),
            ReparationPlacement.status == "active",
        )
    ).scalar()


def _session_info(session: Session, actor: Actor, row: ReparationSession) -> SessionInfo:
    project = session.get(ReparationProject, row.project_id)
    assert project is not None
    direct = _direct_placement(session, row)
    if direct is not None:
        # the supervisor sees the site, its contact and the times, for the placement's duration, audited
        audit_as(session, actor, action="view_site", entity="reparation_placement", entity_id=direct.id)
    return SessionInfo(
        row.id,
        project.id,
        project.name,
        row.session_date,
        row.starts,
        row.ends,
        row.supervisor_id,
        direct.direct_site if direct else project.site,
        direct.direct_site_contact if direct else None,
        project.capacity,
        row.signed_off_by,
        _expected(session, row),
        row.version_id,
    )


def _book(session: Session, actor: Actor, session_row: ReparationSession, placement_id: int) -> None:
    project = session.get(ReparationProject, session_row.project_id)
    assert project is not None
    placement = load_placement(session, actor, placement_id)
    child = session.get(Child, placement.child_id)
    assert child is not None
    name = f"{child.given_name} {child.family_name} ({child.cms_ref})"
    if placement.project_id != project.id:
        raise ValidationError(
            message("{name} is not placed on {name2}.", name=name, name2=project.name),
            {"placement_ids": "Another project."},
        )
    if placement.status != "active":
        raise ValidationError(message("{name}'s placement is not active.", name=name), {"placement_ids": "Not active."})
    already = session.execute(
        select(ReparationAttendance.id).where(
            ReparationAttendance.session_id == session_row.id, ReparationAttendance.placement_id == placement.id
        )
    ).first()
    if already:
        raise ValidationError(
            message("{name} is already expected at this session.", name=name), {"placement_ids": "Already booked."}
        )
    booked = session.execute(
        select(func.count(ReparationAttendance.id)).where(ReparationAttendance.session_id == session_row.id)
    ).scalar_one()
    if booked >= project.capacity:
        raise ValidationError(
            message(
                "{name} takes {capacity} children per session; this one is full.",
                name=project.name,
                capacity=project.capacity,
            ),
            {"placement_ids": "Over capacity."},
        )
    postcode = placement.direct_site_postcode or project.site_postcode or ""
    refusal = place_refusal(session, child.id, session_row.session_date, postcode=postcode, place=project.site or "")
    if refusal:
        raise ValidationError(message("{name}: {refusal}", name=name, refusal=refusal), {"placement_ids": refusal})
    session.add(ReparationAttendance(session_id=session_row.id, placement_id=placement.id))
    session.flush()


def schedule_session(
    db: Database,
    actor: Actor,
    project_id: int,
    day: dt.date,
    starts: dt.time,
    ends: dt.time,
    supervisor_id: int | None,
    placement_ids: Sequence[int] = (),
) -> SessionInfo:
    """A session with the children expected. Refused, with nothing saved, when the project is not active, its
    risk assessment has expired, the children exceed its capacity or a site breaks a child's restriction."""
    require(actor, Permission.REPARATION_EDIT)
    if session_hours(starts, ends) <= 0:
        raise ValidationError("The session must end after it starts.", {"ends": "After the start."})
    with db.unit_of_work() as session:
        project = _load_project(session, actor, project_id)
        if project.status != "active":
            raise ValidationError(message("{name} is not active.", name=project.name), {"project_id": "Not active."})
        expired = risk_assessment_problem(project.risk_assessment_review_on, day)
        if expired:
            raise ValidationError(expired, {"project_id": "Risk assessment out of date."})
        if supervisor_id is not None:
            load_user(session, actor, supervisor_id)
        row = ReparationSession(
            project_id=project.id,
            session_date=day,
            starts=starts,
            ends=ends,
            supervisor_id=supervisor_id,
            created_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        for placement_id in dict.fromkeys(placement_ids):
            _book(session, actor, row, placement_id)
        audit_as(
            session,
            actor,
            action="create",
            entity="reparation_session",
            entity_id=row.id,
            payload={"project_id": project.id, "on": day, "children": len(placement_ids)},
        )
        return _session_info(session, actor, row)


def add_to_session(db: Database, actor: Actor, session_id: int, placement_id: int) -> SessionInfo:
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        row = _load_session(session, actor, session_id)
        if row.signed_off_by:
            raise ValidationError("This session is signed off.")
        _book(session, actor, row, placement_id)
        audit_as(session, actor, action="book", entity="reparation_session", entity_id=row.id)
        return _session_info(session, actor, row)


def sessions_between(
    db: Database, actor: Actor, start: dt.date, end: dt.date, *, mine_only: bool = False
) -> list[SessionInfo]:
    """The supervisor's day (start == end) or the rota: sessions with the children expected."""
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work() as session:
        query = (
            select(ReparationSession)
            .join(ReparationProject, ReparationProject.id == ReparationSession.project_id)
            .where(
                ReparationProject.service_id == actor.service_id,
                ReparationSession.session_date >= start,
                ReparationSession.session_date <= end,
            )
            .order_by(ReparationSession.session_date, ReparationSession.starts, ReparationSession.id)
        )
        if mine_only:
            query = query.where(ReparationSession.supervisor_id == actor.user_id)
        return [_session_info(session, actor, row) for row in session.execute(query).scalars()]


# ------------------------------------------------------------------------------------------------ attendance


@dataclass(frozen=True)
class Mark:
    """What the supervisor marks for one expected child."""

    attendance_id: int
    outcome: str
    credited: float = 0.0
    reason: str = ""
    notes: str = ""


def _mark_problem(session: Session, row: ReparationSession, attendance: ReparationAttendance, mark: Mark) -> str | None:
    if mark.outcome not in OUTCOMES:
        return "Attended, late, left early or absent."
    placement = session.get(ReparationPlacement, attendance.placement_id)
    assert placement is not None
    remaining = placement.amount - (_delivered(session, placement.id) - attendance.credited)
    return credit_problem(
        mark.credited,
        mark.outcome,
        session_hours(row.starts, row.ends),
        max(0.0, remaining),
        Requirement(placement.requirement).unit,
    )


def _apply_mark(attendance: ReparationAttendance, mark: Mark, actor: Actor) -> None:
    attendance.outcome = mark.outcome
    attendance.credited = mark.credited
    attendance.reason = mark.reason.strip() or None
    attendance.notes = mark.notes.strip() or None
    attendance.recorded_by = actor.audit_name


def _after_marking(
    session: Session, actor: Actor, row: ReparationSession, attendance: ReparationAttendance, was: str | None
) -> None:
    """Complete a placement whose hours or days are done; tell the case manager of a new absence."""
    placement = session.get(ReparationPlacement, attendance.placement_id)
    assert placement is not None
    session.flush()
    done = _delivered(session, placement.id) >= placement.amount - 1e-9
    if done and placement.status == "active":
        placement.status, placement.completed_on = "completed", row.session_date
        audit_as(session, actor, action="complete", entity="reparation_placement", entity_id=placement.id)
    elif not done and placement.status == "completed":  # a correction took credit away
        placement.status, placement.completed_on = "active", None
    if attendance.outcome == "absent" and was != "absent":
        child = session.get(Child, placement.child_id)
        project = session.get(ReparationProject, row.project_id)
        assert child is not None and project is not None
        recipients = {child.case_manager_id} - {None}
        for user_id in recipients:
            assert user_id is not None
            session.add(
                Alert(
                    service_id=actor.service_id,
                    user_id=user_id,
                    kind="reparation_absence",
                    message=f"{child.cms_ref} was absent from {project.name} on {row.session_date:%d %b %Y}: "
                    "decide whether it was acceptable (Reparation → Compliance).",
                )
            )


def record_attendance(db: Database, actor: Actor, session_id: int, version: int, marks: Sequence[Mark]) -> SessionInfo:
    """Mark the whole group at once. Any mark that cannot stand refuses them all, each named, nothing saved."""
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        row = _load_session(session, actor, session_id, version)
        if row.signed_off_by:
            raise ValidationError("This session is signed off: correct a mark instead, saying why.")
        by_id = {
            a.id: a
            for a in session.execute(
                select(ReparationAttendance).where(ReparationAttendance.session_id == row.id)
            ).scalars()
        }
        problems: dict[str, str] = {}
        for mark in marks:
            attendance = by_id.get(mark.attendance_id)
            if attendance is None:
                raise NotFound("That child is not expected at this session.")
            problem = _mark_problem(session, row, attendance, mark)
            if problem:
                problems[str(mark.attendance_id)] = problem
        if problems:
            raise ValidationError(message("Nothing was saved: {problems}", problems=list(problems.values())), problems)
        for mark in marks:
            attendance = by_id[mark.attendance_id]
            was = attendance.outcome
            _apply_mark(attendance, mark, actor)
            _after_marking(session, actor, row, attendance, was)
        flag_modified(row, "created_by")  # bumps the session's version: a second marker working at once conflicts
        session.flush()
        audit_as(
            session,
            actor,
            action="attendance",
            entity="reparation_session",
            entity_id=row.id,
            payload={"marked": len(marks)},
        )
        return _session_info(session, actor, row)


def sign_off_session(db: Database, actor: Actor, session_id: int, version: int) -> SessionInfo:
    """The supervisor signs the session off once every expected child is marked; later changes are corrections."""
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work() as session:
        row = _load_session(session, actor, session_id, version)
        if row.signed_off_by:
            raise ValidationError("This session is already signed off.")
        unmarked = [e.child_cms_ref for e in _expected(session, row) if e.outcome is None]
        if unmarked:
            raise ValidationError(
                message("Mark every child before signing off (not yet: {unmarked}).", unmarked=", ".join(unmarked))
            )
        row.signed_off_by, row.signed_off_at = actor.audit_name, utcnow()
        session.flush()
        audit_as(session, actor, action="sign_off", entity="reparation_session", entity_id=row.id)
        return _session_info(session, actor, row)


def correct_attendance(db: Database, actor: Actor, mark: Mark, version: int, reason: str) -> SessionInfo:
    """Correct a signed-off mark: the original is kept as it was, with who corrected it and why."""
    require(actor, Permission.REPARATION_EDIT)
    if not reason.strip():
        raise ValidationError("Say why the signed-off mark is corrected.", {"reason": "Required."})
    with db.unit_of_work() as session:
        attendance = session.get(ReparationAttendance, mark.attendance_id)
        if attendance is None:
            raise NotFound("No such mark.")
        row = _load_session(session, actor, attendance.session_id)
        if attendance.version_id != version:
            raise ConcurrencyConflict("Someone else changed this mark. Reopen the session to see their change.")
        if not row.signed_off_by:
            raise ValidationError("The session is not signed off yet: change the mark in the grid.")
        problem = _mark_problem(session, row, attendance, mark)
        if problem:
            raise ValidationError(problem, {"credited": problem})
        before = {
            "outcome": attendance.outcome,
            "credited": attendance.credited,
            "reason": attendance.reason,
            "notes": attendance.notes,
            "recorded_by": attendance.recorded_by,
        }
        session.add(
            ReparationCorrection(
                attendance_id=attendance.id,
                before_json=json.dumps(before, sort_keys=True),
                reason=reason.strip(),
                corrected_by=actor.audit_name,
            )
        )
        was = attendance.outcome
        _apply_mark(attendance, mark, actor)
        if was == "absent" and mark.outcome != "absent":  # the absence decision no longer applies
            attendance.acceptable, attendance.warning_given = None, False
        _after_marking(session, actor, row, attendance, was)
        session.flush()
        audit_as(
            session,
            actor,
            action="correct",
            entity="reparation_attendance",
            entity_id=attendance.id,
            payload={"before": before, "after": {"outcome": mark.outcome, "credited": mark.credited}},
        )
        return _session_info(session, actor, row)


@dataclass(frozen=True)
class CorrectionInfo:
    corrected_at: dt.datetime
    corrected_by: str
    reason: str
    before: dict[str, object]


def corrections(db: Database, actor: Actor, attendance_id: int) -> list[CorrectionInfo]:
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        attendance = session.get(ReparationAttendance, attendance_id)
        if attendance is None:
            raise NotFound("No such mark.")
        _load_session(session, actor, attendance.session_id)
        return [
            CorrectionInfo(c.corrected_at, c.corrected_by, c.reason, json.loads(c.before_json))
            for c in session.execute(
                select(ReparationCorrection)
                .where(ReparationCorrection.attendance_id == attendance.id)
                .order_by(ReparationCorrection.id)
            ).scalars()
        ]


# ------------------------------------------------------------------------------------------------ compliance


@dataclass(frozen=True)
class AbsenceInfo:
    attendance_id: int
    placement_id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    project_name: str
    session_date: dt.date
    reason: str | None
    acceptable: bool | None
    warning_given: bool
    state: ComplianceState
    version: int


def _unacceptable(session: Session, order_id: int) -> int:
    return int(
        session.execute(
            select(func.count(ReparationAttendance.id))
            .join(ReparationPlacement, ReparationPlacement.id == ReparationAttendance.placement_id)
            .where(ReparationPlacement.order_id == order_id, ReparationAttendance.acceptable.is_(False))
        ).scalar_one()
    )


def _absence(session: Session, actor: Actor, attendance: ReparationAttendance) -> AbsenceInfo:
    placement = session.get(ReparationPlacement, attendance.placement_id)
    assert placement is not None
    child, order = session.get(Child, placement.child_id), session.get(CaseOrder, placement.order_id)
    row = session.get(ReparationSession, attendance.session_id)
    assert child is not None and order is not None and row is not None
    project = session.get(ReparationProject, row.project_id)
    assert project is not None
    state = compliance_state(
        order.disposal_type, _unacceptable(session, order.id), read_settings(session, actor.service_id)
    )
    return AbsenceInfo(
        attendance.id,
        placement.id,
        child.id,
        child.cms_ref,
        f"{child.given_name} {child.family_name}",
        project.name,
        row.session_date,
        attendance.reason,
        attendance.acceptable,
        attendance.warning_given,
        state,
        attendance.version_id,
    )


def _may_decide(actor: Actor, child: Child) -> None:
    """A case manager decides for their own children; a manager for any."""
    require(actor, Permission.REPARATION_COMPLIANCE)
    if not actor.can(Permission.CASELOAD_ALLOCATE) and child.case_manager_id != actor.user_id:
        raise PermissionDenied("Only the child's case manager (or a manager) decides on this absence.")


def compliance_queue(db: Database, actor: Actor, *, undecided_only: bool = True) -> list[AbsenceInfo]:
    """Absences for the actor's own children (a manager: every child) waiting for a decision."""
    require(actor, Permission.REPARATION_COMPLIANCE)
    with db.unit_of_work(write=False) as session:
        query = (
            select(ReparationAttendance)
            .join(ReparationPlacement, ReparationPlacement.id == ReparationAttendance.placement_id)
            .join(Child, Child.id == ReparationPlacement.child_id)
            .join(ReparationSession, ReparationSession.id == ReparationAttendance.session_id)
            .where(ReparationPlacement.service_id == actor.service_id, ReparationAttendance.outcome == "absent")
            .order_by(ReparationSession.session_date, ReparationAttendance.id)
        )
        if undecided_only:
            query = query.where(ReparationAttendance.acceptable.is_(None))
        if not actor.can(Permission.CASELOAD_ALLOCATE):
            query = query.where(Child.case_manager_id == actor.user_id)
        return [_absence(session, actor, a) for a in session.execute(query).scalars()]


def decide_absence(
    db: Database, actor: Actor, attendance_id: int, version: int, *, acceptable: bool, warning: bool, notes: str = ""
) -> AbsenceInfo:
    """The case manager's decision: acceptable or not, and a warning where the order allows one. The answer
    says whether enforcement (breach, referral back to court, prosecution) is now due."""
    with db.unit_of_work() as session:
        attendance = session.get(ReparationAttendance, attendance_id)
        if attendance is None or attendance.outcome != "absent":
            raise NotFound("No such absence.")
        placement = load_placement(session, actor, attendance.placement_id)
        child, order = session.get(Child, placement.child_id), session.get(CaseOrder, placement.order_id)
        assert child is not None and order is not None
        _may_decide(actor, child)
        if attendance.version_id != version:
            raise ConcurrencyConflict("Someone else decided on this absence. Reopen the queue to see their decision.")
        state = compliance_state(order.disposal_type, 0, read_settings(session, actor.service_id))
        if warning and state.voluntary:
            raise ValidationError(
                message(
                    "A {disposal_type} is voluntary: no warnings.",
                    disposal_type=label(order.disposal_type).lower(),
                ),
                {"warning": "Voluntary."},
            )
        if warning and acceptable:
            raise ValidationError(
                "An acceptable absence gets no warning.", {"warning": "Not for an acceptable absence."}
            )
        attendance.acceptable, attendance.warning_given = acceptable, warning
        attendance.decided_by, attendance.decided_on = actor.audit_name, dt.date.today()
        attendance.decision_notes = notes.strip() or None
        session.flush()
        audit_as(
            session,
            actor,
            action="decide",
            entity="reparation_attendance",
            entity_id=attendance.id,
            payload={"acceptable": acceptable, "warning": warning},
        )
        return _absence(session, actor, attendance)


# ------------------------------------------------------------------------------------------------ the record


@dataclass(frozen=True)
class AttendanceLine:
    session_date: dt.date
    project_name: str
    outcome: str | None
    credited: float
    reason: str | None
    acceptable: bool | None
    warning_given: bool
    corrected: bool


@dataclass(frozen=True)
class PlacementRecord:
    info: PlacementInfo
    lines: tuple[AttendanceLine, ...] = field(default_factory=tuple)
    state: ComplianceState | None = None


def get_placement(db: Database, actor: Actor, placement_id: int) -> PlacementRecord:
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        row = load_placement(session, actor, placement_id)
        order = session.get(CaseOrder, row.order_id)
        assert order is not None
        lines = tuple(
            AttendanceLine(
                s.session_date,
                p.name,
                a.outcome,
                a.credited,
                a.reason,
                a.acceptable,
                a.warning_given,
                bool(
                    session.execute(
                        select(ReparationCorrection.id).where(ReparationCorrection.attendance_id == a.id)
                    ).first()
                ),
            )
            for a, s, p in session.execute(
                select(ReparationAttendance, ReparationSession, ReparationProject)
                .join(ReparationSession, ReparationSession.id == ReparationAttendance.session_id)
                .join(ReparationProject, ReparationProject.id == ReparationSession.project_id)
                .where(ReparationAttendance.placement_id == row.id)
                .order_by(ReparationSession.session_date, ReparationSession.starts)
            )
        )
        state = compliance_state(
            order.disposal_type, _unacceptable(session, order.id), read_settings(session, actor.service_id)
        )
        return PlacementRecord(placement_info(session, row), lines, state)


def supervisors(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Who can supervise a session: the service's people with the reparation role or a manager's."""
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(AppUser.id, AppUser.display_name)
            .join(UserRole, UserRole.user_id == AppUser.id)
            .where(
                AppUser.service_id == actor.service_id,
                AppUser.disabled.is_(False),
                UserRole.role.in_(("reparation_supervisor", "manager")),
            )
            .distinct()
            .order_by(AppUser.display_name)
        ).all()
        return [(user_id, name) for user_id, name in rows]


def placeable_orders(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Open orders that can carry reparation, labelled by case, for the placement form."""
    require(actor, Permission.REPARATION_EDIT)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(CaseOrder, Child)
            .join(Child, Child.id == CaseOrder.child_id)
            .where(
                Child.service_id == actor.service_id,
                CaseOrder.end_date.is_(None),
                CaseOrder.disposal_type.in_(PLACEABLE),
            )
            .order_by(Child.cms_ref, CaseOrder.start_date)
        ).all()
        return [
            (
                order.id,
                f"{child.cms_ref} {child.given_name} {child.family_name} — "
                f"{order.disposal_type.replace('_', ' ').title()} from {order.start_date:%d %b %Y}",
            )
            for order, child in rows
        ]


# ------------------------------------------------------------------------------------------------ completion


def completion_certificate(db: Database, actor: Actor, placement_id: int, service_name: str = "") -> bytes:
    """A completion certificate (PDF) for a completed placement: the child's name, the project and what was
    done. Child-facing, so it names no victim and quotes no note."""
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work() as session:
        row = load_placement(session, actor, placement_id)
        info = placement_info(session, row)
        if info.status != "completed" or info.completed_on is None:
            raise ValidationError(
                message(
                    "{child_name} has {remaining:g} {unit} still to do: the certificate comes on completion.",
                    child_name=info.child_name,
                    remaining=info.remaining,
                    unit=info.unit.value,
                )
            )
        project = session.get(ReparationProject, row.project_id)
        assert project is not None
        service_name = service_name or service_name_of(session, actor.service_id)
        audit_as(session, actor, action="certificate", entity="reparation_placement", entity_id=row.id)
        return _certificate_pdf(info, project.activities or "", service_name)


def _certificate_pdf(info: PlacementInfo, activities: str, service_name: str) -> bytes:
    import io

    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from rjdesk.pdf import styles

    sheet = styles()
    sizes = {"Title": 32, "Heading2": 22, "BodyText": 15}  # a certificate is read from across a room
    centred = {
        name: sheet[name].clone(f"{name}Centred", alignment=TA_CENTER, fontSize=size, leading=size * 1.4)
        for name, size in sizes.items()
    }
    done = f"{info.delivered:g} {'hour' if info.unit is Unit.HOURS else 'day'}{'' if info.delivered == 1 else 's'}"
    story = [
        Spacer(1, 20 * mm),
        Paragraph("Certificate of completion", centred["Title"]),
        Spacer(1, 10 * mm),
        Paragraph("This is to certify that", centred["BodyText"]),
        Paragraph(info.child_name, centred["Heading2"]),
        Paragraph(f"has completed {done} of reparation with", centred["BodyText"]),
        Paragraph(info.project_name, centred["Heading2"]),
        Paragraph(activities, centred["BodyText"]) if activities else Spacer(1, 1),
        Spacer(1, 8 * mm),
        Paragraph(f"Completed on {info.completed_on:%d %B %Y}", centred["BodyText"]),
        Spacer(1, 14 * mm),
        Paragraph(service_name, centred["Heading2"]),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        title=f"Certificate of completion — {info.child_name}",
        author=service_name or "rjdesk",
        leftMargin=25 * mm,
        rightMargin=25 * mm,
    )
    document.build(story)
    return buffer.getvalue()
