"""The records behind a report figure: what a manager sees on opening a count on the Reports page.

Reports carry only record ids beside their figures (``RecordRef``, and only for roles with the case list —
a performance analyst's reports carry none). This module turns those ids into lines a manager can read:
the record's reference, the person's name where the role may see it, a date and a short detail. Every
lookup is scoped to the actor's service, so a crafted id from another service finds nothing, and every
opening is audited with the victims it showed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import Stage
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.report_pdf import RecordRef
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AppUser,
    Child,
    Duty,
    DutyRule,
    Offence,
    PoliceReferral,
    ReparationAttendance,
    ReparationProject,
    ReparationSession,
    RestorativeActivity,
    RjConference,
    RjProcess,
    Victim,
)

KIND_LABELS = {
    "victim": "Victim",
    "child": "Child",
    "offence": "Offence",
    "duty": "Duty",
    "rj_process": "RJ process",
    "conference": "Conference",
    "activity": "RJ activity",
    "reparation_session": "Reparation session",
    "referral": "Police referral",
}


@dataclass(frozen=True)
class RecordLine:
    kind: str  # a KIND_LABELS value
    reference: str  # the victim's or child's reference (a session: its project)
    name: str  # the person's name where the role may see it, otherwise ""
    date: dt.date | None
    detail: str  # never free text from case notes: statuses, titles and counts only


def refs(kind: str, ids: Iterable[int]) -> tuple[RecordRef, ...]:
    return tuple(RecordRef(kind, i) for i in sorted(set(ids)))


def records_behind_figure(db: Database, actor: Actor, behind: Sequence[RecordRef]) -> list[RecordLine]:
    """The readable records for the ids behind one figure, in the order given (managers only)."""
    require(actor, Permission.REPORT_CASE_LIST)
    unknown = {ref.kind for ref in behind} - set(KIND_LABELS)
    if unknown:
        raise ValueError(f"unknown record kinds {sorted(unknown)}")
    with db.unit_of_work() as session:
        lines: dict[RecordRef, tuple[RecordLine, int | None]] = {}
        for kind, resolve in _RESOLVERS.items():
            ids = [ref.id for ref in behind if ref.kind == kind]
            if ids:
                for record_id, line, victim_id in resolve(session, actor, ids):
                    lines[RecordRef(kind, record_id)] = (line, victim_id)
        found = [lines[ref] for ref in behind if ref in lines]
        audit_as(
            session,
            actor,
            action="view",
            entity="report_records",
            payload={
                "records": len(found),
                "victim_ids": sorted({victim for _line, victim in found if victim is not None}),
            },
        )
        return [line for line, _victim in found]


_Resolved = Iterable[tuple[int, RecordLine, int | None]]  # record id, its line, the victim it shows (if any)


def _victim_name(actor: Actor, victim: Victim | None) -> str:
    return victim.display_name if victim is not None and actor.can(Permission.VICTIM_VIEW) else ""


def _child_name(actor: Actor, child: Child | None) -> str:
    return f"{child.given_name} {child.family_name}" if child is not None and actor.can(Permission.CASE_VIEW) else ""


def _victims(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for victim in session.execute(
        select(Victim).where(Victim.service_id == actor.service_id, Victim.id.in_(ids))
    ).scalars():
        kind = victim.kind.replace("_", " ")
        yield victim.id, RecordLine("Victim", victim.reference, _victim_name(actor, victim), None, kind), victim.id


def _children(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for child in session.execute(
        select(Child).where(Child.service_id == actor.service_id, Child.id.in_(ids))
    ).scalars():
        yield child.id, RecordLine("Child", child.cms_ref, _child_name(actor, child), None, ""), None


def _offences(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for offence, child in session.execute(
        select(Offence, Child)
        .join(Child, Child.id == Offence.child_id)
        .where(Child.service_id == actor.service_id, Offence.id.in_(ids))
    ).all():
        detail = f"Offence {offence.offence_ref}: {offence.category}"
        yield (
            offence.id,
            RecordLine("Offence", child.cms_ref, _child_name(actor, child), offence.offence_date, detail),
            None,
        )


def _duties(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for duty, title, victim, worker in session.execute(
        select(Duty, DutyRule.title, Victim, AppUser.display_name)
        .join(DutyRule, DutyRule.id == Duty.rule_id)
        .join(Victim, Victim.id == Duty.victim_id)
        .outerjoin(AppUser, AppUser.id == Duty.assigned_to_id)
        .where(Duty.service_id == actor.service_id, Duty.id.in_(ids))
    ).all():
        detail = f"{title} — {duty.status.replace('_', ' ')}" + (f" ({worker})" if worker else "")
        line = RecordLine("Duty", victim.reference, _victim_name(actor, victim), duty.due_date, detail)
        yield duty.id, line, victim.id


def _process_lines(session: Session, actor: Actor, process_ids: set[int]) -> dict[int, tuple[Victim, Child, str]]:
    found = session.execute(
        select(RjProcess, Victim, Child)
        .join(Victim, Victim.id == RjProcess.victim_id)
        .join(Child, Child.id == RjProcess.child_id)
        .where(RjProcess.service_id == actor.service_id, RjProcess.id.in_(process_ids))
    ).all()
    return {process.id: (victim, child, Stage(process.stage).label) for process, victim, child in found}


def _processes(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for process_id, (victim, child, stage) in _process_lines(session, actor, set(ids)).items():
        detail = f"Child {child.cms_ref} — {stage}"
        yield (
            process_id,
            RecordLine("RJ process", victim.reference, _victim_name(actor, victim), None, detail),
            victim.id,
        )


def _conferences(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    rows = session.execute(select(RjConference).where(RjConference.id.in_(ids))).scalars().all()
    processes = _process_lines(session, actor, {row.process_id for row in rows})
    for row in rows:
        if row.process_id in processes:  # another service's conference is not ours to show
            victim, child, _stage = processes[row.process_id]
            detail = f"Child {child.cms_ref} — {row.kind.replace('_', ' ')}, {row.status}"
            line = RecordLine("Conference", victim.reference, _victim_name(actor, victim), row.starts_at.date(), detail)
            yield row.id, line, victim.id


def _activities(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    rows = session.execute(select(RestorativeActivity).where(RestorativeActivity.id.in_(ids))).scalars().all()
    processes = _process_lines(session, actor, {row.process_id for row in rows})
    for row in rows:
        if row.process_id in processes:
            victim, child, _stage = processes[row.process_id]
            detail = f"Child {child.cms_ref} — {row.kind.replace('_', ' ')}"
            line = RecordLine("RJ activity", victim.reference, _victim_name(actor, victim), row.activity_date, detail)
            yield row.id, line, victim.id


def _sessions(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for row, project in session.execute(
        select(ReparationSession, ReparationProject.name)
        .join(ReparationProject, ReparationProject.id == ReparationSession.project_id)
        .where(ReparationProject.service_id == actor.service_id, ReparationSession.id.in_(ids))
    ).all():
        marks = session.execute(
            select(ReparationAttendance.outcome).where(ReparationAttendance.session_id == row.id)
        ).scalars()
        counted = [mark for mark in marks if mark]
        signed = "signed off" if row.signed_off_at else "not signed off"
        detail = f"{row.starts:%H:%M}–{row.ends:%H:%M}, {len(counted)} marked, {signed}"
        yield row.id, RecordLine("Reparation session", project, "", row.session_date, detail), None


def _referrals(session: Session, actor: Actor, ids: list[int]) -> _Resolved:
    for referral, victim in session.execute(
        select(PoliceReferral, Victim)
        .join(Victim, Victim.id == PoliceReferral.victim_id)
        .where(Victim.service_id == actor.service_id, PoliceReferral.id.in_(ids))
    ).all():
        detail = f"Basis: {referral.basis.replace('_', ' ')}"
        line = RecordLine(
            "Police referral", victim.reference, _victim_name(actor, victim), referral.received_on, detail
        )
        yield referral.id, line, victim.id


_RESOLVERS: dict[str, Callable[[Session, Actor, list[int]], _Resolved]] = {
    "victim": _victims,
    "child": _children,
    "offence": _offences,
    "duty": _duties,
    "rj_process": _processes,
    "conference": _conferences,
    "activity": _activities,
    "reparation_session": _sessions,
    "referral": _referrals,
}
