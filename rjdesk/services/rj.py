"""Restorative justice, from screening to follow-up (DOMAIN §4), with the gates of ``rjdesk.rules.rj``.

- Every order or intervention is screened for RJ; one not screened is flagged before its decision or panel date.
- One process per (child case, victim) moves through its stages one at a time; every move is kept in history.
- Activities are recorded only while preparing or active, only with the consent the activity kind needs, and
  never while a withdrawal has paused the process. A letter is vetted and approved by someone other than its
  author before delivery; it counts for engagement once delivered.
- Conferences are booked only when the gates pass: consent in writing, no non-contact condition or exclusion
  zone broken, no facilitator or venue double-booked; a non-working day is a warning, not a refusal.
- KPI 10's engagedRJ is derived from activities (``engagement_for``), never typed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, PermissionDenied, ValidationError, message
from rjdesk.rules.duties import DutyCode
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import (
    DEFAULT_ENGAGEMENT_MAPPING,
    DEFAULT_ENGAGEMENT_MAPPING_VERSION,
    SENSITIVE_OFFENCE_KINDS,
    ActivityKind,
    Compliance,
    Engagement,
    ParticipantConsent,
    RjcLevel,
    Stage,
    compliance,
    consent_refusal,
    move_refusal,
)
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import calendar_for, meet_open_duties
from rjdesk.services.kpi10_query import Derivation, record_fields
from rjdesk.services.safety import meeting_refusal, place_refusal
from rjdesk.services.settings import write_setting
from rjdesk.services.users import load_user
from rjdesk.services.victims import child_victims, harmed_by_child, load_child, load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import (
    Alert,
    AppUser,
    CaseOrder,
    Child,
    Facilitator,
    FacilitatorCpd,
    Offence,
    RestorativeActivity,
    RjAgreementItem,
    RjAssessment,
    RjConference,
    RjConferenceFacilitator,
    RjFeedback,
    RjParticipant,
    RjPreparation,
    RjProcess,
    RjScreening,
    RjStageChange,
    SafetyAction,
    ServiceSetting,
    Victim,
    VictimOffence,
    as_utc,
)

SCREENING_OUTCOMES = {
    "offer_rj": "Offer RJ to the victim",
    "not_offered": "RJ not offered",
    "more_information": "More information needed",
}
APPROACHES = {"indirect": "Indirect", "direct": "Direct", "either": "Either"}
PARTICIPANT_ROLES = {
    "victim": "Victim",
    "child": "Child",
    "parent_carer": "Parent or carer",
    "supporter": "Supporter",
    "facilitator": "Facilitator",
    "interpreter": "Interpreter",
}
CONSENT_METHODS = ("verbal", "written", "electronic")
ITEM_KINDS = {"apology": "Apology", "reparation": "Reparation", "restitution": "Restitution", "other": "Other"}
ENGAGEMENT_SETTING = "rj.engagement_mapping"
CONFERENCE_KINDS = (ActivityKind.CONFERENCE, ActivityKind.FAMILY_GROUP_CONFERENCE)
SCREENING_WARNING_DAYS = 28


# ------------------------------------------------------------------------------------------------ records


@dataclass(frozen=True)
class ProcessInfo:
    id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    victim_id: int
    victim_reference: str
    victim_name: str
    stage: Stage
    stage_reason: str | None
    coordinator_id: int | None
    opened_on: dt.date
    victim_told_concluded_on: dt.date | None
    sensitive_kind: str | None
    signed_off_by: str | None
    paused_reason: str | None
    version: int


@dataclass(frozen=True)
class UnscreenedOrder:
    order_id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    disposal_type: str
    start_date: dt.date
    decision_date: dt.date | None
    flagged: bool  # the decision or panel date is near or passed


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    role: str
    name: str
    under_16: bool
    consent_method: str | None
    consent_on: dt.date | None
    parental_consent_method: str | None
    withdrawn_on: dt.date | None
    preparation_meetings: int
    version: int


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    kind: ActivityKind
    activity_date: dt.date
    victim_took_part: bool
    status: str
    letter_status: str | None
    who_took_part: str | None
    notes: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class ConferenceInfo:
    id: int
    process_id: int
    child_cms_ref: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue: str
    venue_postcode: str | None
    status: str
    facilitator_ids: tuple[int, ...]
    previous_id: int | None


@dataclass(frozen=True)
class Booking:
    conference: ConferenceInfo
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class AgreementItemInfo:
    id: int
    process_id: int
    child_cms_ref: str
    kind: str
    description: str
    owner: str
    due_on: dt.date
    completed_on: dt.date | None
    monitoring: str | None
    version: int


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    party: str
    assessed_on: dt.date
    acknowledges_facts: bool
    risks: str | None
    safety_measures: str | None
    suitable: bool
    assessed_by: str
    safety_actions: tuple[str, ...] = ()  # on the victim's safety plan, "(done)" once completed


@dataclass(frozen=True)
class StageChangeInfo:
    from_stage: Stage
    to_stage: Stage
    changed_on: dt.date
    reason: str | None
    changed_by: str


@dataclass(frozen=True)
class ProcessFile:
    info: ProcessInfo
    history: tuple[StageChangeInfo, ...]
    assessments: tuple[AssessmentInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    activities: tuple[ActivityInfo, ...]
    conferences: tuple[ConferenceInfo, ...]
    items: tuple[AgreementItemInfo, ...]
    engagement: Engagement
    mapping_version: int
    preparations: tuple[PreparationInfo, ...] = ()
    feedback: tuple[FeedbackInfo, ...] = ()


@dataclass(frozen=True)
class PreparationInfo:
    participant_name: str
    met_on: dt.date
    notes: str | None
    recorded_by: str


@dataclass(frozen=True)
class FeedbackInfo:
    given_on: dt.date
    satisfaction: int
    comments: str | None


@dataclass(frozen=True)
class FacilitatorStatus:
    user_id: int
    display_name: str
    level: RjcLevel
    last_supervision_on: dt.date | None
    last_observed_on: dt.date | None
    compliance: Compliance


# ------------------------------------------------------------------------------------------------ screening


def screen_order(
    db: Database,
    actor: Actor,
    order_id: int,
    outcome: str,
    reasons: str,
    approach: str | None = None,
    screened_on: dt.date | None = None,
) -> int:
    require(actor, Permission.RJ_EDIT)
    screened_on = screened_on or dt.date.today()
    problems = {}
    if outcome not in SCREENING_OUTCOMES:
        problems["outcome"] = "Choose the outcome."
    if approach is not None and approach not in APPROACHES:
        problems["approach"] = "Indirect, direct or either."
    if not reasons.strip():
        problems["reasons"] = "Give the reasons."
    if screened_on > dt.date.today():
        problems["screened_on"] = "Not in the future."
    if problems:
        raise ValidationError("The screening was not recorded.", problems)
    with db.unit_of_work() as session:
        order = session.get(CaseOrder, order_id)
        if order is None:
            raise NotFound("No such order.")
        load_child(session, actor, order.child_id)
        row = RjScreening(
            order_id=order.id,
            screened_on=screened_on,
            outcome=outcome,
            approach=approach,
            reasons=reasons.strip(),
            screened_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        audit_as(session, actor, action="screen", entity="case_order", entity_id=order.id, payload={"outcome": outcome})
        return row.id


def unscreened_orders(db: Database, actor: Actor, today: dt.date | None = None) -> list[UnscreenedOrder]:
    """Open orders and interventions with no RJ screening; flagged when the decision or panel date is within
    four weeks or has passed."""
    require(actor, Permission.RJ_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        screened = select(RjScreening.id).where(RjScreening.order_id == CaseOrder.id).exists()
        rows = session.execute(
            select(CaseOrder, Child)
            .join(Child, Child.id == CaseOrder.child_id)
            .where(Child.service_id == actor.service_id, CaseOrder.end_date.is_(None), ~screened)
            .order_by(CaseOrder.decision_date, CaseOrder.start_date)
        ).all()
        horizon = today + dt.timedelta(days=SCREENING_WARNING_DAYS)
        result = [
            UnscreenedOrder(
                order.id,
                child.id,
                child.cms_ref,
                f"{child.given_name} {child.family_name}",
                order.disposal_type,
                order.start_date,
                order.decision_date,
                order.decision_date is not None and order.decision_date <= horizon,
            )
            for order, child in rows
        ]
        return sorted(result, key=lambda u: (not u.flagged, u.decision_date or dt.date.max, u.child_cms_ref))


# ------------------------------------------------------------------------------------------------ processes


def _process(session: Session, actor: Actor, process_id: int, version: int | None = None) -> RjProcess:
    process = session.get(RjProcess, process_id)
    if process is None or process.service_id != actor.service_id:
        raise NotFound("No such RJ process.")
    if version is not None and process.version_id != version:
        raise ConcurrencyConflict("Someone else changed this RJ process; it has been reloaded — check and try again.")
    return process


def _info(session: Session, process: RjProcess) -> ProcessInfo:
    child = session.get(Child, process.child_id)
    victim = session.get(Victim, process.victim_id)
    assert child is not None and victim is not None
    return ProcessInfo(
        process.id,
        child.id,
        child.cms_ref,
        f"{child.given_name} {child.family_name}",
        victim.id,
        victim.reference,
        victim.display_name,
        Stage(process.stage),
        process.stage_reason,
        process.coordinator_id,
        process.opened_on,
        process.victim_told_concluded_on,
        process.sensitive_kind,
        process.signed_off_by,
        process.paused_reason,
        process.version_id,
    )


def open_process(
    db: Database,
    actor: Actor,
    child_id: int,
    victim_id: int,
    opened_on: dt.date | None = None,
    sensitive_kind: str | None = None,
) -> ProcessInfo:
    """Refer a (child case, victim) pair for RJ; the victim must be a victim of one of the child's offences."""
    require(actor, Permission.RJ_EDIT)
    if sensitive_kind is not None and sensitive_kind not in SENSITIVE_OFFENCE_KINDS:
        raise ValidationError("Unknown kind of sensitive offence.", {"sensitive_kind": "Choose from the list."})
    with db.unit_of_work() as session:
        child = load_child(session, actor, child_id)
        victim = load_victim(session, actor, victim_id)
        if not harmed_by_child(session, victim.id, child.id):
            raise ValidationError("This victim is not a victim of this child's offences.")
        if session.execute(
            select(RjProcess.id).where(RjProcess.child_id == child.id, RjProcess.victim_id == victim.id)
        ).first():
            raise ValidationError("There is already an RJ process for this child and victim.")
        offence_kinds = {
            kind
            for (kind,) in session.execute(
                select(Offence.sensitive_kind)
                .join(VictimOffence, VictimOffence.offence_id == Offence.id)
                .where(VictimOffence.victim_id == victim.id, Offence.child_id == child.id)
            )
            if kind in SENSITIVE_OFFENCE_KINDS
        }
        process = RjProcess(
            service_id=actor.service_id,
            child_id=child.id,
            victim_id=victim.id,
            stage=Stage.REFERRED.value,
            coordinator_id=actor.user_id,
            opened_on=opened_on or dt.date.today(),
            sensitive_kind=sensitive_kind or (sorted(offence_kinds)[0] if offence_kinds else None),
        )
        session.add(process)
        session.flush()
        audit_as(session, actor, action="create", entity="rj_process", entity_id=process.id)
        return _info(session, process)


def list_processes(db: Database, actor: Actor, *, include_ended: bool = False) -> list[ProcessInfo]:
    require(actor, Permission.RJ_VIEW)
    with db.unit_of_work(write=False) as session:
        query = select(RjProcess).where(RjProcess.service_id == actor.service_id).order_by(RjProcess.opened_on)
        if not include_ended:
            query = query.where(RjProcess.stage.not_in([s.value for s in Stage if s.is_ended]))
        return [_info(session, p) for p in session.execute(query).scalars()]


def _parties_suitable(session: Session, process_id: int) -> bool:
    latest: dict[str, bool] = {}
    for assessment in session.execute(
        select(RjAssessment).where(RjAssessment.process_id == process_id).order_by(RjAssessment.assessed_on)
    ).scalars():
        latest[assessment.party] = assessment.suitable
    return latest.get("victim", False) and latest.get("child", False)


def _activities_done(session: Session, process_id: int) -> int:
    return session.execute(
        select(func.count(RestorativeActivity.id)).where(
            RestorativeActivity.process_id == process_id, RestorativeActivity.status == "done"
        )
    ).scalar_one()


def move_stage(
    db: Database,
    actor: Actor,
    process_id: int,
    target: Stage,
    version: int,
    reason: str = "",
    on: dt.date | None = None,
) -> ProcessInfo:
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id, version)
        _move(session, actor, process, target, reason, on or dt.date.today())
        return _info(session, process)


def _move(session: Session, actor: Actor, process: RjProcess, target: Stage, reason: str, on: dt.date) -> None:
    refusal = move_refusal(
        Stage(process.stage),
        target,
        reason=reason,
        parties_suitable=_parties_suitable(session, process.id),
        sensitive_signed_off=process.sensitive_kind is None or process.signed_off_by is not None,
        activities_done=_activities_done(session, process.id),
    )
    if refusal:
        raise ValidationError(refusal, {"stage": refusal})
    session.add(
        RjStageChange(
            process_id=process.id,
            from_stage=process.stage,
            to_stage=target.value,
            changed_on=on,
            reason=reason.strip() or None,
            changed_by=actor.audit_name,
        )
    )
    audit_as(
        session,
        actor,
        action="stage",
        entity="rj_process",
        entity_id=process.id,
        payload={"from": process.stage, "to": target.value},
    )
    process.stage = target.value
    process.stage_reason = reason.strip() or None


def record_assessment(
    db: Database,
    actor: Actor,
    process_id: int,
    party: str,
    *,
    suitable: bool,
    acknowledges_facts: bool,
    risks: str = "",
    safety_measures: str = "",
    safety_actions: Sequence[str] = (),
    on: dt.date | None = None,
) -> int:
    """Suitability and risk of one party. A child who does not acknowledge the basic facts is not suitable.

    ``safety_actions`` are measures agreed in this assessment; each becomes an action on the victim's safety
    plan, linked back to the assessment, so the coordinator and the victim's worker read one list."""
    require(actor, Permission.RJ_EDIT)
    if party not in ("victim", "child"):
        raise ValidationError("Assess the victim or the child.", {"party": "Victim or child."})
    if suitable and party == "child" and not acknowledges_facts:
        raise ValidationError(
            "A child who does not acknowledge the basic facts cannot be assessed as suitable.",
            {"acknowledges_facts": "Required for a suitable child."},
        )
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        row = RjAssessment(
            process_id=process.id,
            party=party,
            assessed_on=on or dt.date.today(),
            acknowledges_facts=acknowledges_facts,
            risks=risks.strip() or None,
            safety_measures=safety_measures.strip() or None,
            suitable=suitable,
            assessed_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        audit_as(session, actor, action="assess", entity="rj_process", entity_id=process.id, payload={"party": party})
        for measure in filter(None, (m.strip() for m in safety_actions)):
            action = SafetyAction(
                victim_id=process.victim_id, action=measure, owner=actor.audit_name, rj_assessment_id=row.id
            )
            session.add(action)
            session.flush()
            audit_as(
                session,
                actor,
                action="create",
                entity="safety_action",
                entity_id=action.id,
                payload={"victim_id": process.victim_id, "rj_assessment_id": row.id},
            )
        return row.id


def sign_off(db: Database, actor: Actor, process_id: int, version: int) -> ProcessInfo:
    """A manager signs off the assessment of a sensitive case (sexual or domestic abuse, hate crime, ...)."""
    require(actor, Permission.RJ_SIGNOFF)
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id, version)
        if process.sensitive_kind is None:
            raise ValidationError("Only a sensitive case needs a manager's sign-off.")
        if not _parties_suitable(session, process.id):
            raise ValidationError("Both parties must be assessed as suitable before the sign-off.")
        process.signed_off_by = actor.audit_name
        process.signed_off_on = dt.date.today()
        audit_as(session, actor, action="sign_off", entity="rj_process", entity_id=process.id)
        return _info(session, process)


# ------------------------------------------------------------------------------------------------ participants


def add_participant(
    db: Database, actor: Actor, process_id: int, role: str, name: str, *, under_16: bool = False
) -> int:
    require(actor, Permission.RJ_EDIT)
    if role not in PARTICIPANT_ROLES:
        raise ValidationError("Choose the participant's role.", {"role": "Choose one."})
    if not name.strip():
        raise ValidationError("Give the participant's name.", {"name": "Required."})
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        row = RjParticipant(process_id=process.id, role=role, name=name.strip(), under_16=under_16)
        session.add(row)
        session.flush()
        audit_as(session, actor, action="add_participant", entity="rj_process", entity_id=process.id)
        return row.id


def _participant(session: Session, actor: Actor, participant_id: int) -> tuple[RjParticipant, RjProcess]:
    row = session.get(RjParticipant, participant_id)
    if row is None:
        raise NotFound("No such participant.")
    return row, _process(session, actor, row.process_id)


def record_participant_consent(
    db: Database,
    actor: Actor,
    participant_id: int,
    method: str,
    on: dt.date,
    *,
    parental_method: str | None = None,
    parental_on: dt.date | None = None,
) -> None:
    require(actor, Permission.RJ_EDIT)
    problems = {}
    if method not in CONSENT_METHODS:
        problems["method"] = "Verbal, written or electronic."
    if parental_method is not None and parental_method not in CONSENT_METHODS:
        problems["parental_method"] = "Verbal, written or electronic."
    if on > dt.date.today():
        problems["on"] = "Not in the future."
    if problems:
        raise ValidationError("The consent was not recorded.", problems)
    with db.unit_of_work() as session:
        row, process = _participant(session, actor, participant_id)
        row.consent_method, row.consent_on, row.withdrawn_on = method, on, None
        if parental_method:
            row.parental_consent_method, row.parental_consent_on = parental_method, parental_on or on
        audit_as(
            session,
            actor,
            action="rj_consent",
            entity="rj_process",
            entity_id=process.id,
            payload={"participant": row.id, "method": method, "parental": parental_method},
        )
        if process.paused_reason and not _withdrawn(session, process.id):
            process.paused_reason = None  # everyone who withdrew has consented again


def _withdrawn(session: Session, process_id: int) -> bool:
    return (
        session.execute(
            select(RjParticipant.id).where(
                RjParticipant.process_id == process_id, RjParticipant.withdrawn_on.is_not(None)
            )
        ).first()
        is not None
    )


def withdraw_consent(db: Database, actor: Actor, participant_id: int, on: dt.date, reason: str) -> None:
    """A participant withdraws (at any time): the process pauses and its coordinator is told at once."""
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        row, process = _participant(session, actor, participant_id)
        row.withdrawn_on = on
        row.consent_method = None
        row.parental_consent_method = None
        process.paused_reason = f"{PARTICIPANT_ROLES[row.role]} withdrew consent on {on:%d %b %Y}" + (
            f": {reason.strip()}" if reason.strip() else ""
        )
        if process.coordinator_id is not None:
            session.add(
                Alert(
                    service_id=actor.service_id,
                    user_id=process.coordinator_id,
                    victim_id=process.victim_id,
                    kind="rj_consent_withdrawn",
                    message=f"RJ process paused: the {PARTICIPANT_ROLES[row.role].lower()} withdrew consent",
                )
            )
        audit_as(
            session,
            actor,
            action="rj_withdraw",
            entity="rj_process",
            entity_id=process.id,
            payload={"participant": row.id},
        )


def add_preparation(db: Database, actor: Actor, participant_id: int, met_on: dt.date, notes: str = "") -> int:
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        row, process = _participant(session, actor, participant_id)
        meeting = RjPreparation(
            participant_id=row.id, met_on=met_on, notes=notes.strip() or None, recorded_by=actor.audit_name
        )
        session.add(meeting)
        session.flush()
        audit_as(session, actor, action="preparation", entity="rj_process", entity_id=process.id)
        return meeting.id


@dataclass(frozen=True)
class DiaryPreparation:
    """A preparation meeting on the coordinator's calendar (a future date is a planned meeting)."""

    process_id: int
    met_on: dt.date
    child_cms_ref: str
    role: str
    participant_name: str
    recorded_by: str


def preparations_between(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[DiaryPreparation]:
    """Preparation meetings held or planned between two dates (inclusive), for the RJ calendar."""
    require(actor, Permission.RJ_VIEW)
    with db.unit_of_work() as session:
        rows = session.execute(
            select(RjPreparation, RjParticipant, Child.cms_ref, RjProcess.id)
            .join(RjParticipant, RjParticipant.id == RjPreparation.participant_id)
            .join(RjProcess, RjProcess.id == RjParticipant.process_id)
            .join(Child, Child.id == RjProcess.child_id)
            .where(
                RjProcess.service_id == actor.service_id,
                RjPreparation.met_on >= start,
                RjPreparation.met_on <= end,
            )
            .order_by(RjPreparation.met_on, RjPreparation.id)
        ).all()
        return [
            DiaryPreparation(process_id, m.met_on, cms_ref, p.role, p.name, m.recorded_by)
            for m, p, cms_ref, process_id in rows
        ]


def _consents(session: Session, process_id: int) -> list[ParticipantConsent]:
    return [
        ParticipantConsent(p.role, p.name, p.under_16, p.consent_method, p.parental_consent_method)
        for p in session.execute(select(RjParticipant).where(RjParticipant.process_id == process_id)).scalars()
    ]


# ------------------------------------------------------------------------------------------------ activities


def _gate_activity(session: Session, process: RjProcess, kind: ActivityKind) -> None:
    stage = Stage(process.stage)
    if stage not in (Stage.PREPARING, Stage.ACTIVE):
        raise ValidationError(
            message(
                "Activities are recorded while preparing or active; this process is {stage}.", stage=stage.label.lower()
            )
        )
    if process.paused_reason:
        raise ValidationError(message("The process is paused — {paused_reason}.", paused_reason=process.paused_reason))
    refusal = consent_refusal(kind, _consents(session, process.id))
    if refusal:
        raise ValidationError(refusal, {"consent": refusal})


def record_activity(
    db: Database,
    actor: Actor,
    process_id: int,
    kind: ActivityKind,
    on: dt.date,
    *,
    victim_took_part: bool,
    who_took_part: str = "",
    notes: str = "",
) -> ActivityInfo:
    """Record a restorative activity that happened. A letter starts as a draft to be vetted (``approve_letter``)
    and counts once delivered (``deliver_letter``). The first activity moves a preparing process to active."""
    require(actor, Permission.RJ_EDIT)
    if on > dt.date.today():
        raise ValidationError("Record an activity once it has happened.", {"on": "Not in the future."})
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        _gate_activity(session, process, kind)
        is_letter = kind == ActivityKind.LETTER
        row = RestorativeActivity(
            process_id=process.id,
            kind=kind.value,
            activity_date=on,
            victim_took_part=victim_took_part and not is_letter,
            status="draft" if is_letter else "done",
            letter_status="draft" if is_letter else None,
            who_took_part=who_took_part.strip() or None,
            notes=notes.strip() or None,
            recorded_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        if process.stage == Stage.PREPARING.value:
            # the move is dated the day it is recorded; the reason says when the activity happened
            _move(session, actor, process, Stage.ACTIVE, f"First restorative activity ({on:%d %b %Y})", dt.date.today())
        audit_as(
            session,
            actor,
            action="activity",
            entity="rj_process",
            entity_id=process.id,
            payload={"kind": kind.value, "took_part": row.victim_took_part},
        )
        return _activity(row)


def _letter(session: Session, actor: Actor, activity_id: int) -> tuple[RestorativeActivity, RjProcess]:
    row = session.get(RestorativeActivity, activity_id)
    if row is None or row.kind != ActivityKind.LETTER.value:
        raise NotFound("No such letter.")
    return row, _process(session, actor, row.process_id)


def approve_letter(db: Database, actor: Actor, activity_id: int) -> ActivityInfo:
    """Vetting: someone other than the person who recorded the letter approves it for delivery."""
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        row, process = _letter(session, actor, activity_id)
        if row.letter_status != "draft":
            raise ValidationError(message("This letter is already {letter_status}.", letter_status=row.letter_status))
        if row.recorded_by == actor.audit_name:
            raise PermissionDenied("A letter is vetted by someone other than the person who recorded it.")
        row.letter_status = "approved"
        row.approved_by = actor.audit_name
        audit_as(session, actor, action="approve_letter", entity="rj_process", entity_id=process.id)
        return _activity(row)


def deliver_letter(
    db: Database, actor: Actor, activity_id: int, delivered_on: dt.date, *, victim_took_part: bool
) -> ActivityInfo:
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        row, process = _letter(session, actor, activity_id)
        if row.letter_status != "approved":
            raise ValidationError("A letter is delivered only after it has been vetted and approved.")
        if process.paused_reason:
            raise ValidationError(
                message("The process is paused — {paused_reason}.", paused_reason=process.paused_reason)
            )
        row.letter_status, row.status = "delivered", "done"
        row.activity_date = delivered_on
        row.victim_took_part = victim_took_part
        audit_as(session, actor, action="deliver_letter", entity="rj_process", entity_id=process.id)
        return _activity(row)


def _activity(row: RestorativeActivity) -> ActivityInfo:
    return ActivityInfo(
        row.id,
        ActivityKind(row.kind),
        row.activity_date,
        row.victim_took_part,
        row.status,
        row.letter_status,
        row.who_took_part,
        row.notes,
        row.recorded_by,
    )


# ------------------------------------------------------------------------------------------------ conferences


def book_conference(
    db: Database,
    actor: Actor,
    process_id: int,
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue: str,
    venue_postcode: str = "",
    facilitator_ids: tuple[int, ...] = (),
    kind: ActivityKind = ActivityKind.CONFERENCE,
) -> Booking:
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        return _book(session, actor, process, starts_at, ends_at, venue, venue_postcode, facilitator_ids, kind, None)


def _book(
    session: Session,
    actor: Actor,
    process: RjProcess,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue: str,
    venue_postcode: str,
    facilitator_ids: tuple[int, ...],
    kind: ActivityKind,
    previous: RjConference | None,
) -> Booking:
    if kind not in CONFERENCE_KINDS:
        raise ValidationError("Only conferences are booked here.")
    problems = {}
    if ends_at <= starts_at:
        problems["ends_at"] = "After the start."
    if not venue.strip():
        problems["venue"] = "Required."
    if not facilitator_ids:
        problems["facilitator_ids"] = "At least one facilitator."
    if problems:
        raise ValidationError("The conference was not booked.", problems)
    _gate_activity(session, process, kind)
    day = starts_at.date()
    for refusal in (
        meeting_refusal(session, process.child_id, process.victim_id, day),
        place_refusal(session, process.child_id, day, postcode=venue_postcode, place=venue),
    ):
        if refusal:
            raise ValidationError(refusal, {"venue": refusal})
    overlapping = select(RjConference).where(
        RjConference.status == "booked",
        RjConference.starts_at < ends_at,
        RjConference.ends_at > starts_at,
        RjConference.process_id.in_(select(RjProcess.id).where(RjProcess.service_id == actor.service_id)),
    )
    if previous is not None:
        overlapping = overlapping.where(RjConference.id != previous.id)
    for other in session.execute(overlapping).scalars():
        if other.venue.strip().lower() == venue.strip().lower():
            raise ValidationError(
                message(
                    "{venue} is already booked from {starts_at} to {ends_at} that day.",
                    venue=venue.strip(),
                    starts_at=other.starts_at.strftime("%H:%M"),
                    ends_at=other.ends_at.strftime("%H:%M"),
                ),
                {"venue": "Double-booked."},
            )
        busy = set(_facilitators_of(session, other.id)) & set(facilitator_ids)
        if busy:
            names = ", ".join(
                u.display_name for u in session.execute(select(AppUser).where(AppUser.id.in_(busy))).scalars()
            )
            raise ValidationError(
                message("{names} already facilitates another conference at that time.", names=names),
                {"facilitator_ids": "Double-booked."},
            )
    warnings = []
    if not calendar_for(session, actor.service_id).is_working_day(day):
        warnings.append(f"{day:%A %d %b %Y} is not a working day for the service.")
    row = RjConference(
        process_id=process.id,
        kind=kind.value,
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue.strip(),
        venue_postcode=venue_postcode.strip() or None,
        status="booked",
        previous_id=previous.id if previous else None,
        booked_by=actor.audit_name,
    )
    session.add(row)
    session.flush()
    for user_id in sorted(set(facilitator_ids)):
        session.add(RjConferenceFacilitator(conference_id=row.id, user_id=user_id))
    session.flush()
    audit_as(
        session,
        actor,
        action="book_conference",
        entity="rj_process",
        entity_id=process.id,
        payload={"conference": row.id, "starts": starts_at.isoformat(), "previous": row.previous_id},
    )
    return Booking(_conference(session, row), tuple(warnings))


def reschedule_conference(
    db: Database,
    actor: Actor,
    conference_id: int,
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    venue: str | None = None,
    venue_postcode: str | None = None,
) -> Booking:
    """Move a booked conference: the old booking stays in the history as 'moved'; the new one follows it."""
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        old = _conference_row(session, actor, conference_id)
        if old.status != "booked":
            raise ValidationError(
                message("This conference is {status}; only a booked one can be moved.", status=old.status)
            )
        process = _process(session, actor, old.process_id)
        facilitators = _facilitators_of(session, old.id)
        booking = _book(
            session,
            actor,
            process,
            starts_at,
            ends_at,
            venue if venue is not None else old.venue,
            venue_postcode if venue_postcode is not None else (old.venue_postcode or ""),
            facilitators,
            ActivityKind(old.kind),
            old,
        )
        old.status = "moved"
        return booking


def hold_conference(
    db: Database, actor: Actor, conference_id: int, *, victim_took_part: bool, who_took_part: str = ""
) -> ActivityInfo:
    """The conference took place: it becomes a restorative activity on its day."""
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        conference = _conference_row(session, actor, conference_id)
        if conference.status != "booked":
            raise ValidationError(message("This conference is {status}.", status=conference.status))
        if conference.starts_at.date() > dt.date.today():
            raise ValidationError("Record the conference on or after its day.")
        process = _process(session, actor, conference.process_id)
        conference.status = "held"
        row = RestorativeActivity(
            process_id=process.id,
            kind=conference.kind,
            activity_date=conference.starts_at.date(),
            victim_took_part=victim_took_part,
            status="done",
            who_took_part=who_took_part.strip() or None,
            recorded_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        if process.stage == Stage.PREPARING.value:
            held_on = conference.starts_at.date()
            _move(session, actor, process, Stage.ACTIVE, f"Conference held ({held_on:%d %b %Y})", dt.date.today())
        audit_as(
            session,
            actor,
            action="conference_held",
            entity="rj_process",
            entity_id=process.id,
            payload={"conference": conference.id, "took_part": victim_took_part},
        )
        return _activity(row)


def _conference_row(session: Session, actor: Actor, conference_id: int) -> RjConference:
    row = session.get(RjConference, conference_id)
    if row is None:
        raise NotFound("No such conference.")
    _process(session, actor, row.process_id)
    return row


def _facilitators_of(session: Session, conference_id: int) -> tuple[int, ...]:
    return tuple(
        session.execute(
            select(RjConferenceFacilitator.user_id)
            .where(RjConferenceFacilitator.conference_id == conference_id)
            .order_by(RjConferenceFacilitator.user_id)
        ).scalars()
    )


def _conference(session: Session, row: RjConference) -> ConferenceInfo:
    process = session.get(RjProcess, row.process_id)
    assert process is not None
    child = session.get(Child, process.child_id)
    assert child is not None
    facilitators = _facilitators_of(session, row.id)
    return ConferenceInfo(
        row.id,
        row.process_id,
        child.cms_ref,
        row.kind,
        as_utc(row.starts_at),
        as_utc(row.ends_at),
        row.venue,
        row.venue_postcode,
        row.status,
        facilitators,
        row.previous_id,
    )


def conferences_between(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[ConferenceInfo]:
    """Booked and held conferences in a date range (the calendar), earliest first."""
    require(actor, Permission.RJ_VIEW)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(RjConference)
            .join(RjProcess, RjProcess.id == RjConference.process_id)
            .where(
                RjProcess.service_id == actor.service_id,
                RjConference.status.in_(("booked", "held")),
                RjConference.starts_at >= dt.datetime.combine(start, dt.time.min, dt.UTC),
                RjConference.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, dt.UTC),
            )
            .order_by(RjConference.starts_at)
        ).scalars()
        return [_conference(session, r) for r in rows]


def conference_ics(db: Database, actor: Actor, conference_id: int) -> bytes:
    """An iCalendar invitation for the facilitators' calendars: the case reference, never a victim's name."""
    from icalendar import Calendar, Event

    require(actor, Permission.RJ_VIEW)
    with db.unit_of_work(write=False) as session:
        info = _conference(session, _conference_row(session, actor, conference_id))
    calendar = Calendar()
    calendar.add("prodid", "-//rjdesk//restorative justice//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"rjdesk-conference-{info.id}@rjdesk")
    event.add("summary", f"RJ {ActivityKind(info.kind).label.lower()} — case {info.child_cms_ref}")
    event.add("dtstart", info.starts_at)
    event.add("dtend", info.ends_at)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("location", ", ".join(filter(None, (info.venue, info.venue_postcode))))
    calendar.add_component(event)
    return bytes(calendar.to_ical())


# ------------------------------------------------------------------------------------------------ agreement


def add_agreement_item(
    db: Database, actor: Actor, process_id: int, kind: str, description: str, owner: str, due_on: dt.date
) -> int:
    require(actor, Permission.RJ_EDIT)
    problems = {}
    if kind not in ITEM_KINDS:
        problems["kind"] = "Apology, reparation, restitution or other."
    if not description.strip():
        problems["description"] = "Required."
    if not owner.strip():
        problems["owner"] = "Who does it."
    if problems:
        raise ValidationError("The agreement item was not added.", problems)
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        if Stage(process.stage) not in (Stage.ACTIVE, Stage.FOLLOW_UP):
            raise ValidationError("An outcome agreement follows a restorative activity.")
        row = RjAgreementItem(
            process_id=process.id, kind=kind, description=description.strip(), owner=owner.strip(), due_on=due_on
        )
        session.add(row)
        session.flush()
        audit_as(session, actor, action="agreement_item", entity="rj_process", entity_id=process.id)
        return row.id


def complete_item(
    db: Database, actor: Actor, item_id: int, completed_on: dt.date, version: int, monitoring: str = ""
) -> None:
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        item = session.get(RjAgreementItem, item_id)
        if item is None:
            raise NotFound("No such agreement item.")
        process = _process(session, actor, item.process_id)
        if item.version_id != version:
            raise ConcurrencyConflict("Someone else changed this item; it has been reloaded.")
        item.completed_on = completed_on
        if monitoring.strip():
            item.monitoring = monitoring.strip()
        audit_as(session, actor, action="item_done", entity="rj_process", entity_id=process.id)


def overdue_items(
    db: Database, actor: Actor, today: dt.date | None = None, *, mine_only: bool = True
) -> list[AgreementItemInfo]:
    """Agreement items past their due date and not done — on the coordinator's day."""
    require(actor, Permission.RJ_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        query = (
            select(RjAgreementItem, Child.cms_ref)
            .join(RjProcess, RjProcess.id == RjAgreementItem.process_id)
            .join(Child, Child.id == RjProcess.child_id)
            .where(
                RjProcess.service_id == actor.service_id,
                RjAgreementItem.completed_on.is_(None),
                RjAgreementItem.due_on < today,
            )
            .order_by(RjAgreementItem.due_on)
        )
        if mine_only:
            query = query.where(RjProcess.coordinator_id == actor.user_id)
        return [_item(i, ref) for i, ref in session.execute(query)]


def _item(item: RjAgreementItem, cms_ref: str) -> AgreementItemInfo:
    return AgreementItemInfo(
        item.id,
        item.process_id,
        cms_ref,
        item.kind,
        item.description,
        item.owner,
        item.due_on,
        item.completed_on,
        item.monitoring,
        item.version_id,
    )


def tell_victim_concluded(db: Database, actor: Actor, process_id: int, told_on: dt.date, version: int) -> ProcessInfo:
    """The victim is told the process has concluded: the end of KPI 10 engagement; meets the victim's
    end-of-intervention information duty for this child case if one is open."""
    require(actor, Permission.RJ_EDIT)
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id, version)
        if _activities_done(session, process.id) == 0:
            raise ValidationError("Nothing restorative has happened yet to conclude.")
        process.victim_told_concluded_on = told_on
        meet_open_duties(
            session,
            actor,
            process.victim_id,
            frozenset({DutyCode.INTERVENTION_END}),
            told_on,
            "Told the restorative process has concluded",
            process.child_id,
        )
        audit_as(session, actor, action="told_concluded", entity="rj_process", entity_id=process.id)
        return _info(session, process)


def record_feedback(
    db: Database, actor: Actor, process_id: int, satisfaction: int, comments: str = "", on: dt.date | None = None
) -> int:
    require(actor, Permission.RJ_EDIT)
    if not 1 <= satisfaction <= 5:
        raise ValidationError("Satisfaction is from 1 (very dissatisfied) to 5 (very satisfied).")
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        row = RjFeedback(
            process_id=process.id,
            given_on=on or dt.date.today(),
            satisfaction=satisfaction,
            comments=comments.strip() or None,
        )
        session.add(row)
        session.flush()
        audit_as(session, actor, action="feedback", entity="rj_process", entity_id=process.id)
        return row.id


# ------------------------------------------------------------------------------------------------ engagement


def engagement_mapping(session: Session, service_id: int) -> tuple[int, Mapping[str, bool]]:
    """The service's activity → engagement mapping and its version (version 1 is the national default)."""
    row = session.get(ServiceSetting, (service_id, ENGAGEMENT_SETTING))
    if row is None:
        return DEFAULT_ENGAGEMENT_MAPPING_VERSION, DEFAULT_ENGAGEMENT_MAPPING
    value = json.loads(row.value_json)
    return int(value["version"]), {**DEFAULT_ENGAGEMENT_MAPPING, **value["mapping"]}


def current_engagement_mapping(db: Database, actor: Actor) -> tuple[int, Mapping[str, bool]]:
    """The mapping in force and its version, for the screen that shows and publishes it."""
    require(actor, Permission.RJ_VIEW)
    with db.unit_of_work() as session:
        return engagement_mapping(session, actor.service_id)


def publish_engagement_mapping(db: Database, actor: Actor, counts: Mapping[str, bool], reason: str) -> int:
    """A manager publishes a new version of which activities count as engagement; reports name the version.
    Records already derived are derived again under the new version (nothing typed is rewritten)."""
    require(actor, Permission.RJ_SIGNOFF)
    unknown = sorted(set(counts) - {k.value for k in ActivityKind})
    if unknown or not reason.strip():
        raise ValidationError(
            "The mapping was not published.",
            {"counts": f"Unknown activities: {', '.join(unknown)}"} if unknown else {"reason": "Say why it changes."},
        )
    with db.unit_of_work() as session:
        version, current = engagement_mapping(session, actor.service_id)
        mapping = {**current, **{k: bool(v) for k, v in counts.items()}}
        value = json.dumps({"version": version + 1, "mapping": mapping, "reason": reason.strip()}, sort_keys=True)
        write_setting(session, actor.service_id, ENGAGEMENT_SETTING, value)
        audit_as(
            session,
            actor,
            action="publish",
            entity="engagement_mapping",
            payload={"version": version + 1, "mapping": mapping},
        )
        return version + 1


def engagement_for(session: Session, service_id: int, victim_id: int, child_id: int, as_of: dt.date) -> Engagement:
    """KPI 10 engagedRJ and its dates for one victim and child case, derived from restorative activities as
    KPI 10 derives them (kpi10_query): engaged from the first activity that counts, ended on the day the victim
    was told the process concluded."""
    _version, mapping = engagement_mapping(session, service_id)
    fields = record_fields(session, victim_id, child_id, None, Derivation.of(as_of, False, mapping))
    return Engagement(fields.engaged, fields.engaged_start, fields.engaged_end)


# ------------------------------------------------------------------------------------------------ the file


def get_process(db: Database, actor: Actor, process_id: int, as_of: dt.date | None = None) -> ProcessFile:
    require(actor, Permission.RJ_VIEW)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        process = _process(session, actor, process_id)
        info = _info(session, process)
        history = tuple(
            StageChangeInfo(Stage(h.from_stage), Stage(h.to_stage), h.changed_on, h.reason, h.changed_by)
            for h in session.execute(
                select(RjStageChange).where(RjStageChange.process_id == process.id).order_by(RjStageChange.id)
            ).scalars()
        )
        assessments = tuple(
            AssessmentInfo(
                a.id,
                a.party,
                a.assessed_on,
                a.acknowledges_facts,
                a.risks,
                a.safety_measures,
                a.suitable,
                a.assessed_by,
                tuple(
                    f"{action.action}{' (done)' if action.done_on else ''}"
                    for action in session.execute(
                        select(SafetyAction).where(SafetyAction.rj_assessment_id == a.id).order_by(SafetyAction.id)
                    ).scalars()
                ),
            )
            for a in session.execute(
                select(RjAssessment).where(RjAssessment.process_id == process.id).order_by(RjAssessment.id)
            ).scalars()
        )
        participants = []
        for p in session.execute(
            select(RjParticipant).where(RjParticipant.process_id == process.id).order_by(RjParticipant.id)
        ).scalars():
            meetings = session.execute(
                select(func.count(RjPreparation.id)).where(RjPreparation.participant_id == p.id)
            ).scalar_one()
            participants.append(
                ParticipantInfo(
                    p.id,
                    p.role,
                    p.name,
                    p.under_16,
                    p.consent_method,
                    p.consent_on,
                    p.parental_consent_method,
                    p.withdrawn_on,
                    meetings,
                    p.version_id,
                )
            )
        activities = tuple(
            _activity(a)
            for a in session.execute(
                select(RestorativeActivity)
                .where(RestorativeActivity.process_id == process.id)
                .order_by(RestorativeActivity.activity_date, RestorativeActivity.id)
            ).scalars()
        )
        conferences = tuple(
            _conference(session, c)
            for c in session.execute(
                select(RjConference).where(RjConference.process_id == process.id).order_by(RjConference.id)
            ).scalars()
        )
        items = tuple(
            _item(i, info.child_cms_ref)
            for i in session.execute(
                select(RjAgreementItem).where(RjAgreementItem.process_id == process.id).order_by(RjAgreementItem.due_on)
            ).scalars()
        )
        version, _mapping = engagement_mapping(session, actor.service_id)
        engaged = engagement_for(session, actor.service_id, process.victim_id, process.child_id, as_of)
        audit_as(session, actor, action="view", entity="rj_process", entity_id=process.id)
        preparations = tuple(
            PreparationInfo(name, m.met_on, m.notes, m.recorded_by)
            for m, name in session.execute(
                select(RjPreparation, RjParticipant.name)
                .join(RjParticipant, RjParticipant.id == RjPreparation.participant_id)
                .where(RjParticipant.process_id == process.id)
                .order_by(RjPreparation.met_on, RjPreparation.id)
            )
        )
        feedback = tuple(
            FeedbackInfo(f.given_on, f.satisfaction, f.comments)
            for f in session.execute(
                select(RjFeedback).where(RjFeedback.process_id == process.id).order_by(RjFeedback.given_on)
            ).scalars()
        )
        return ProcessFile(
            info,
            history,
            assessments,
            tuple(participants),
            activities,
            conferences,
            items,
            engaged,
            version,
            preparations,
            feedback,
        )


# ------------------------------------------------------------------------------------------------ facilitators


def set_facilitator(
    db: Database,
    actor: Actor,
    user_id: int,
    level: RjcLevel,
    last_supervision_on: dt.date | None,
    last_observed_on: dt.date | None,
) -> None:
    require(actor, Permission.RJ_SIGNOFF)
    with db.unit_of_work() as session:
        load_user(session, actor, user_id)
        row = session.get(Facilitator, user_id)
        if row is None:
            row = Facilitator(user_id=user_id, service_id=actor.service_id, level=level.value)
            session.add(row)
        row.level = level.value
        row.last_supervision_on = last_supervision_on
        row.last_observed_on = last_observed_on
        audit_as(session, actor, action="facilitator", entity="app_user", entity_id=user_id)


def add_cpd(db: Database, actor: Actor, user_id: int, done_on: dt.date, hours: float, what: str) -> None:
    require(actor, Permission.RJ_EDIT)
    if hours <= 0 or not what.strip():
        raise ValidationError("Give the hours and what the CPD was.", {"hours": "More than 0."})
    with db.unit_of_work() as session:
        row = session.get(Facilitator, user_id)
        if row is None or row.service_id != actor.service_id:
            raise NotFound("That person is not a facilitator yet.")
        session.add(FacilitatorCpd(user_id=user_id, done_on=done_on, hours=hours, what=what.strip()))
        audit_as(session, actor, action="cpd", entity="app_user", entity_id=user_id, payload={"hours": hours})


def facilitator_statuses(db: Database, actor: Actor, today: dt.date | None = None) -> list[FacilitatorStatus]:
    """Each facilitator's RJC level and compliance: supervision every 12 weeks, observed yearly, CPD hours."""
    require(actor, Permission.RJ_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        result = []
        for row, name in session.execute(
            select(Facilitator, AppUser.display_name)
            .join(AppUser, AppUser.id == Facilitator.user_id)
            .where(Facilitator.service_id == actor.service_id)
            .order_by(AppUser.display_name)
        ):
            hours = session.execute(
                select(func.coalesce(func.sum(FacilitatorCpd.hours), 0.0)).where(
                    FacilitatorCpd.user_id == row.user_id, FacilitatorCpd.done_on > today - dt.timedelta(days=365)
                )
            ).scalar_one()
            level = RjcLevel(row.level)
            result.append(
                FacilitatorStatus(
                    row.user_id,
                    name,
                    level,
                    row.last_supervision_on,
                    row.last_observed_on,
                    compliance(level, row.last_supervision_on, row.last_observed_on, float(hours), today),
                )
            )
        return result


@dataclass(frozen=True)
class VictimChoice:
    victim_id: int
    reference: str
    name: str
    has_process: bool


def victims_of_child(db: Database, actor: Actor, child_id: int) -> list[VictimChoice]:
    """The victims of a child's offences, to refer one of them for RJ (those already referred are marked)."""
    require(actor, Permission.RJ_EDIT, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        child = load_child(session, actor, child_id)
        victims = child_victims(session, child.id)
        referred = set(session.execute(select(RjProcess.victim_id).where(RjProcess.child_id == child.id)).scalars())
        return [VictimChoice(v.id, v.reference, v.display_name, v.id in referred) for v in victims]


@dataclass(frozen=True)
class RjReminders:
    """What the coordinator's day shows: their overdue agreement items and their own supervision if it is due."""

    overdue_items: tuple[AgreementItemInfo, ...]
    supervision_due_on: dt.date | None
    supervision_overdue: bool

    @property
    def any(self) -> bool:
        return bool(self.overdue_items) or self.supervision_due_on is not None


def my_rj_reminders(db: Database, actor: Actor, today: dt.date | None = None) -> RjReminders:
    today = today or dt.date.today()
    items = tuple(overdue_items(db, actor, today))
    mine = [f for f in facilitator_statuses(db, actor, today) if f.user_id == actor.user_id]
    due = mine[0].compliance.supervision_due_on if mine else None
    soon = due is not None and due <= today + dt.timedelta(days=14)
    return RjReminders(items, due if soon else None, bool(mine) and mine[0].compliance.supervision_overdue)
