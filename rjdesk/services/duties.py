"""Victims' Code duties: created by events, due on working days, met by the work that fulfils them.

A duty is created under the rule version in force (the service's latest approved version effective on the
trigger date, else the national default) and keeps it. Rule changes need two people: a manager or
administrator proposes, a different manager approves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, and_, bindparam, case, func, literal, or_, select
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, PermissionDenied, ValidationError, message
from rjdesk.rules.calendar import WorkingCalendar
from rjdesk.rules.duties import CONTACT_DUTIES, DutyCode, DutyStatus, due_date, is_enhanced_by_age, outcome_when_met
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.store.database import Database
from rjdesk.store.models import ClosureDay, Duty, DutyRule, Offence, Victim, VictimOffence


@dataclass(frozen=True)
class DutyInfo:
    id: int
    code: DutyCode
    title: str
    holder: str
    rule_version: int
    victim_id: int
    victim_reference: str
    victim_name: str
    child_id: int | None
    assigned_to_id: int | None
    trigger_date: dt.date
    due_date: dt.date
    status: DutyStatus
    status_reason: str | None
    review_date: dt.date | None
    closed_on: dt.date | None
    version_id: int

    @property
    def partner_held(self) -> bool:
        return self.holder != "yjs"

    def is_overdue(self, today: dt.date) -> bool:
        if self.status == DutyStatus.DEFERRED:
            return self.review_date is not None and self.review_date < today
        return self.status == DutyStatus.OPEN and self.due_date < today

    @property
    def action_date(self) -> dt.date:
        """The date that puts it on My day: the review date of a deferred duty, else the due date."""
        return self.review_date if self.status == DutyStatus.DEFERRED and self.review_date else self.due_date


@dataclass(frozen=True)
class RuleInfo:
    id: int
    code: DutyCode
    version: int
    title: str
    standard_working_days: int | None
    enhanced_working_days: int | None
    holder: str
    basis: str
    basis_detail: str | None
    status: str
    effective_from: dt.date
    reason: str | None
    proposed_by: str | None
    approved_by: str | None
    service_specific: bool


def calendar_for(session: Session, service_id: int) -> WorkingCalendar:
    days = session.execute(select(ClosureDay.day).where(ClosureDay.service_id == service_id)).scalars()
    return WorkingCalendar(days)


def working_calendar(db: Database, actor: Actor) -> WorkingCalendar:
    with db.unit_of_work(write=False) as session:
        return calendar_for(session, actor.service_id)


def rule_in_force(session: Session, service_id: int, code: DutyCode, on: dt.date) -> DutyRule:
    """The service's latest approved version effective on ``on``; else the latest national default."""
    base = select(DutyRule).where(
        DutyRule.code == code.value, DutyRule.status == "approved", DutyRule.effective_from <= on
    )
    for scope in (DutyRule.service_id == service_id, DutyRule.service_id.is_(None)):
        rule = session.execute(base.where(scope).order_by(DutyRule.version.desc()).limit(1)).scalar_one_or_none()
        if rule is not None:
            return rule
    raise NotFound(message("No duty rule {code} is in force on {on}.", code=code.value, on=on))


def victim_is_enhanced(session: Session, victim: Victim) -> bool:
    """Enhanced rights: a recorded category, or automatically under 18 on the date of a linked offence."""
    if victim.enhanced_category:
        return True
    offence_dates = session.execute(
        select(Offence.offence_date)
        .join(VictimOffence, VictimOffence.offence_id == Offence.id)
        .where(VictimOffence.victim_id == victim.id)
    ).scalars()
    return any(is_enhanced_by_age(victim.date_of_birth, d) for d in offence_dates)


class DutyTerms:
    """The rules in force and the working-day calendar for many new duties at once (a bulk import): each
    rule read once per code and date, the calendar once, the due date from the same rule as ``create_duty``."""

    def __init__(self, session: Session, service_id: int) -> None:
        self.session = session
        self.service_id = service_id
        self.calendar = calendar_for(session, service_id)
        self._rules: dict[tuple[DutyCode, dt.date], DutyRule] = {}
        self._due: dict[tuple[int, dt.date, bool], dt.date | None] = {}

    def rule(self, code: DutyCode, on: dt.date) -> DutyRule:
        key = (code, on)
        if key not in self._rules:
            self._rules[key] = rule_in_force(self.session, self.service_id, code, on)
        return self._rules[key]

    def due(self, rule: DutyRule, trigger_date: dt.date, is_enhanced: bool) -> dt.date | None:
        """When a duty with no event date falls due; None when the rule sets no duty for this victim. An import
        has few distinct trigger dates: each is counted in working days once."""
        key = (rule.id, trigger_date, is_enhanced)
        if key not in self._due:
            self._due[key] = _due(self.calendar, rule, trigger_date, is_enhanced, None)
        return self._due[key]


def create_duty(
    session: Session,
    actor: Actor,
    victim: Victim,
    code: DutyCode,
    trigger_date: dt.date,
    *,
    child_id: int | None = None,
    event_date: dt.date | None = None,
) -> Duty | None:
    """Open a duty under the rule in force; None when the rule sets no duty for this victim."""
    rule = rule_in_force(session, actor.service_id, code, trigger_date)
    due = _due_under(session, actor, rule, victim, trigger_date, event_date)
    if due is None:
        return None
    duty = Duty(
        service_id=actor.service_id,
        victim_id=victim.id,
        child_id=child_id,
        rule_id=rule.id,
        holder=rule.holder,
        trigger_date=trigger_date,
        due_date=due,
        status=DutyStatus.OPEN.value,
        assigned_to_id=victim.worker_id,
    )
    session.add(duty)
    session.flush()
    audit_as(
        session,
        actor,
        action="create",
        entity="duty",
        entity_id=duty.id,
        payload={"code": code.value, "rule_version": rule.version, "victim_id": victim.id, "due": due},
    )
    return duty


def _due_under(
    session: Session, actor: Actor, rule: DutyRule, victim: Victim, trigger_date: dt.date, event_date: dt.date | None
) -> dt.date | None:
    calendar = calendar_for(session, actor.service_id)
    return _due(calendar, rule, trigger_date, victim_is_enhanced(session, victim), event_date)


def _due(
    calendar: WorkingCalendar, rule: DutyRule, trigger_date: dt.date, is_enhanced: bool, event_date: dt.date | None
) -> dt.date | None:
    """A duty's due date under ``rule`` (one duty typed in, or many imported through DutyTerms)."""
    return due_date(
        calendar=calendar,
        trigger_date=trigger_date,
        standard_working_days=rule.standard_working_days,
        enhanced_working_days=rule.enhanced_working_days,
        is_enhanced=is_enhanced,
        event_date=event_date,
        due_on_event_date=rule.due_on_event_date,
    )


def create_or_redate_duty(
    session: Session,
    actor: Actor,
    victim: Victim,
    code: DutyCode,
    trigger_date: dt.date,
    *,
    child_id: int,
    event_date: dt.date,
) -> Duty | None:
    """A duty tied to a date that can move (a panel or decision date): when one is already open for this
    victim and child case, move its due date with the event instead of opening a second one."""
    existing = next(
        (d for d in open_duties(session, victim.id, frozenset({code}), child_id) if d.child_id == child_id), None
    )
    if existing is None:
        return create_duty(session, actor, victim, code, trigger_date, child_id=child_id, event_date=event_date)
    rule = session.get(DutyRule, existing.rule_id)
    assert rule is not None
    due = _due_under(session, actor, rule, victim, existing.trigger_date, event_date)
    if due is not None and due != existing.due_date:
        audit_as(
            session,
            actor,
            action="redate",
            entity="duty",
            entity_id=existing.id,
            payload={"from": existing.due_date, "to": due, "event_date": event_date},
        )
        existing.due_date = due
    return None


def open_duties(
    session: Session, victim_id: int, codes: frozenset[DutyCode], child_id: int | None = None
) -> list[Duty]:
    query = (
        select(Duty)
        .join(DutyRule, Duty.rule_id == DutyRule.id)
        .where(
            Duty.victim_id == victim_id,
            Duty.status.in_([DutyStatus.OPEN.value, DutyStatus.DEFERRED.value]),
            DutyRule.code.in_([c.value for c in codes]),
        )
    )
    if child_id is not None:
        query = query.where(or_(Duty.child_id == child_id, Duty.child_id.is_(None)))
    return list(session.execute(query).scalars())


def close_duty(session: Session, actor: Actor, duty: Duty, status: DutyStatus, on: dt.date, reason: str | None) -> None:
    before = duty.status
    duty.status = status.value
    duty.closed_on = on
    duty.status_reason = reason
    duty.review_date = None
    audit_as(
        session,
        actor,
        action="close",
        entity="duty",
        entity_id=duty.id,
        payload={"status": {"before": before, "after": status.value}, "on": on, "reason": reason},
    )


def meet_open_duties(
    session: Session,
    actor: Actor,
    victim_id: int,
    codes: frozenset[DutyCode],
    on: dt.date,
    reason: str,
    child_id: int | None = None,
) -> list[int]:
    """Meet every open duty of these kinds for the victim (on time or late, by its due date)."""
    met = []
    for duty in open_duties(session, victim_id, codes, child_id):
        close_duty(session, actor, duty, outcome_when_met(duty.due_date, on), on, reason)
        met.append(duty.id)
    return met


def close_contact_duties(
    session: Session,
    actor: Actor,
    victim_id: int,
    status: DutyStatus,
    on: dt.date,
    reason: str,
    child_id: int | None = None,
) -> list[int]:
    closed = []
    for duty in open_duties(session, victim_id, CONTACT_DUTIES, child_id):
        close_duty(session, actor, duty, status, on, reason)
        closed.append(duty.id)
    return closed


# ---------------------------------------------------------------------------------------------- reading


# What a duty line shows, as columns: My day lists every open duty of a caseload (or of a whole service for
# a manager), and loading three ORM objects per line took most of its time at size (0.55 s for 22,000 lines).
_DUTY_COLUMNS = (
    Duty.id,
    DutyRule.code,
    DutyRule.title,
    Duty.holder,
    DutyRule.version.label("rule_version"),
    Victim.id.label("victim_id"),
    Victim.reference.label("victim_reference"),
    Victim.display_name.label("victim_name"),
    Duty.child_id,
    Duty.assigned_to_id,
    Duty.trigger_date,
    Duty.due_date,
    Duty.status,
    Duty.status_reason,
    Duty.review_date,
    Duty.closed_on,
    Duty.version_id,
)


def _infos(session: Session, query: Select[*tuple[Any, ...]]) -> list[DutyInfo]:
    return [
        DutyInfo(**{**row._asdict(), "code": DutyCode(row.code), "status": DutyStatus(row.status)})
        for row in session.execute(query)
    ]


def _duty_query(actor: Actor) -> Select[*tuple[Any, ...]]:
    return (
        select(*_DUTY_COLUMNS)
        .join(DutyRule, Duty.rule_id == DutyRule.id)
        .join(Victim, Duty.victim_id == Victim.id)
        .where(Duty.service_id == actor.service_id)
    )


OPEN_STATUSES = (DutyStatus.OPEN.value, DutyStatus.DEFERRED.value)
# The date that puts a duty on My day (DutyInfo.action_date): the review date of a deferred duty, else its due date.
# Written exactly as migration 0014's index ix_duty_open_action is, so that the index serves it.
duty_action_date = func.coalesce(Duty.review_date, Duty.due_date)
# The open statuses written into the statement, not bound: only then can the database see that the partial
# index of open duties applies.
is_open_duty = Duty.status.in_(bindparam("open_statuses", OPEN_STATUSES, expanding=True, literal_execute=True))


def _open_duties(
    session: Session,
    actor: Actor,
    query: Select[*tuple[Any, ...]],
    *,
    mine_only: bool,
    horizon: dt.date | None,
    today: dt.date,
) -> Select[*tuple[Any, ...]]:
    """``query`` narrowed to the open (and deferred) duties; only the actor's and those they cover today;
    only those to act on by ``horizon``."""
    query = query.where(Duty.service_id == actor.service_id, is_open_duty)
    if mine_only:  # my caseload, and that of anyone I am covering for today
        from rjdesk.services.caseload import covered_user_ids

        query = query.where(Duty.assigned_to_id.in_([actor.user_id, *covered_user_ids(session, actor, today)]))
    if horizon is not None:
        query = query.where(duty_action_date <= horizon)
    return query


def list_duties(
    db: Database,
    actor: Actor,
    *,
    due_within_working_days: int | None = None,
    mine_only: bool = False,
    victim_id: int | None = None,
    include_closed: bool = False,
    today: dt.date | None = None,
) -> list[DutyInfo]:
    """Open (and deferred) duties of the service, overdue included, soonest first; optionally only those due
    within N working days, only the actor's, or one victim's whole timeline (closed ones too)."""
    require(actor, Permission.VICTIM_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        query = _duty_query(actor)
        if victim_id is not None:
            query = query.where(Duty.victim_id == victim_id)
        if include_closed:
            return _infos(session, query.order_by(duty_action_date, Duty.id))
        horizon = None
        if due_within_working_days is not None:
            horizon = calendar_for(session, actor.service_id).add_working_days(today, due_within_working_days)
        query = _open_duties(session, actor, query, mine_only=mine_only, horizon=horizon, today=today)
        return _infos(session, query.order_by(duty_action_date, Duty.id))


MY_DAY_HORIZON = 5  # working days ahead
MY_DAY_ROWS = 500  # the soonest duties a team's My day lists at first; the counts are always whole


@dataclass(frozen=True)
class DayList:
    """My day: the duties to act on — overdue, due today, due in the next five working days — soonest first
    (at most the ``limit`` asked for), and how many there are of each, whole."""

    duties: list[DutyInfo]
    overdue: int
    due_today: int
    upcoming: int
    to_chase: int  # held by a partner: check and chase

    @property
    def total(self) -> int:
        return self.overdue + self.due_today + self.upcoming

    @property
    def complete(self) -> bool:
        return len(self.duties) >= self.total


def my_day(
    db: Database, actor: Actor, *, team: bool = False, today: dt.date | None = None, limit: int | None = MY_DAY_ROWS
) -> DayList:
    """The actor's My day (theirs and those they cover today), or the whole team's. A team can have tens of
    thousands of duties in the window: the counts are counted in the database and only the soonest ``limit``
    duties are read (None: all of them)."""
    require(actor, Permission.VICTIM_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        horizon = calendar_for(session, actor.service_id).add_working_days(today, MY_DAY_HORIZON)

        def narrowed(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
            return _open_duties(session, actor, query, mine_only=not team, horizon=horizon, today=today)

        overdue = or_(
            and_(Duty.status == DutyStatus.DEFERRED.value, Duty.review_date < today),
            and_(Duty.status == DutyStatus.OPEN.value, Duty.due_date < today),
        )

        def counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        counts = session.execute(
            narrowed(
                select(
                    func.count(),
                    counted(overdue),
                    counted(and_(~overdue, duty_action_date == literal(today, Date))),
                    counted(Duty.holder != "yjs"),
                )
            )
        ).one()
        rows = narrowed(_duty_query(actor)).order_by(duty_action_date, Duty.id)
        listed = _infos(session, rows if limit is None else rows.limit(limit))
    total, late, due_today, chase = (int(value) for value in counts)
    return DayList(listed, late, due_today, total - late - due_today, chase)


def _load(session: Session, actor: Actor, duty_id: int, version_id: int) -> Duty:
    duty = session.get(Duty, duty_id)
    if duty is None or duty.service_id != actor.service_id:
        raise NotFound("No such duty.")
    if duty.version_id != version_id:
        raise ConcurrencyConflict("Someone else updated this duty after you opened it. Reload to see it.")
    if DutyStatus(duty.status).is_closed:
        raise ValidationError("This duty is already closed.")
    return duty


def meet_duty(db: Database, actor: Actor, duty_id: int, met_on: dt.date, version_id: int, note: str = "") -> DutyStatus:
    require(actor, Permission.DUTY_MANAGE)
    if met_on > dt.date.today():
        raise ValidationError("A duty cannot be met in the future.", {"met_on": "Today or earlier."})
    with db.unit_of_work() as session:
        duty = _load(session, actor, duty_id, version_id)
        status = outcome_when_met(duty.due_date, met_on)
        close_duty(session, actor, duty, status, met_on, note.strip() or None)
        return status


def defer_duty(db: Database, actor: Actor, duty_id: int, reason: str, review_date: dt.date, version_id: int) -> None:
    """Defer for a safety reason: a reason and a review date are both required."""
    require(actor, Permission.DUTY_MANAGE)
    problems = {}
    if not reason.strip():
        problems["reason"] = "Say what the safety reason is."
    if review_date <= dt.date.today():
        problems["review_date"] = "The review date must be in the future."
    if problems:
        raise ValidationError("The duty was not deferred.", problems)
    with db.unit_of_work() as session:
        duty = _load(session, actor, duty_id, version_id)
        duty.status = DutyStatus.DEFERRED.value
        duty.status_reason = reason.strip()
        duty.review_date = review_date
        audit_as(
            session,
            actor,
            action="defer",
            entity="duty",
            entity_id=duty.id,
            payload={"reason": reason.strip(), "review_date": review_date},
        )


def resume_duty(db: Database, actor: Actor, duty_id: int, version_id: int) -> None:
    """After the safety review: the deferred duty is open again, due on its original date."""
    require(actor, Permission.DUTY_MANAGE)
    with db.unit_of_work() as session:
        duty = _load(session, actor, duty_id, version_id)
        if duty.status != DutyStatus.DEFERRED.value:
            raise ValidationError("Only a deferred duty can be resumed.")
        duty.status = DutyStatus.OPEN.value
        duty.review_date = None
        audit_as(session, actor, action="resume", entity="duty", entity_id=duty.id)


def waive_duty(
    db: Database, actor: Actor, duty_id: int, reason: str, version_id: int, status: DutyStatus = DutyStatus.WAIVED
) -> None:
    """Waive (or mark not applicable), always with a reason."""
    require(actor, Permission.DUTY_MANAGE)
    if status not in (DutyStatus.WAIVED, DutyStatus.NOT_APPLICABLE):
        raise ValidationError("A duty can be waived or marked not applicable here.")
    if not reason.strip():
        raise ValidationError("Give the reason.", {"reason": "Required."})
    with db.unit_of_work() as session:
        duty = _load(session, actor, duty_id, version_id)
        close_duty(session, actor, duty, status, dt.date.today(), reason.strip())


# ---------------------------------------------------------------------------------------------- rule versions


def _rule_info(rule: DutyRule) -> RuleInfo:
    return RuleInfo(
        rule.id,
        DutyCode(rule.code),
        rule.version,
        rule.title,
        rule.standard_working_days,
        rule.enhanced_working_days,
        rule.holder,
        rule.basis,
        rule.basis_detail,
        rule.status,
        rule.effective_from,
        rule.reason,
        rule.proposed_by,
        rule.approved_by,
        rule.service_id is not None,
    )


def list_rules(db: Database, actor: Actor) -> list[RuleInfo]:
    """Every version the service can see: the national defaults and its own (proposed, approved, rejected)."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(DutyRule)
            .where(or_(DutyRule.service_id.is_(None), DutyRule.service_id == actor.service_id))
            .order_by(DutyRule.code, DutyRule.version)
        ).scalars()
        return [_rule_info(r) for r in rows]


def propose_rule_change(
    db: Database,
    actor: Actor,
    code: DutyCode,
    *,
    standard_working_days: int | None,
    enhanced_working_days: int | None,
    effective_from: dt.date,
    reason: str,
) -> RuleInfo:
    require(actor, Permission.DUTY_RULE_PROPOSE)
    problems = {}
    if not reason.strip():
        problems["reason"] = "Say why the rule changes."
    for name, value in (
        ("standard_working_days", standard_working_days),
        ("enhanced_working_days", enhanced_working_days),
    ):
        if value is not None and not 0 < value <= 60:
            problems[name] = "From 1 to 60 working days, or none."
    if problems:
        raise ValidationError("The change was not proposed.", problems)
    with db.unit_of_work() as session:
        current = rule_in_force(session, actor.service_id, code, effective_from)
        latest = session.execute(select(func.max(DutyRule.version)).where(DutyRule.code == code.value)).scalar_one()
        rule = DutyRule(
            service_id=actor.service_id,
            code=code.value,
            version=latest + 1,
            title=current.title,
            trigger=current.trigger,
            standard_working_days=standard_working_days,
            enhanced_working_days=enhanced_working_days,
            condition=current.condition,
            holder=current.holder,
            basis=current.basis,
            basis_detail=current.basis_detail,
            due_on_event_date=current.due_on_event_date,
            status="proposed",
            effective_from=effective_from,
            reason=reason.strip(),
            proposed_by=actor.audit_name,
        )
        session.add(rule)
        session.flush()
        audit_as(
            session,
            actor,
            action="propose",
            entity="duty_rule",
            entity_id=rule.id,
            payload={
                "code": code.value,
                "version": rule.version,
                "standard": standard_working_days,
                "enhanced": enhanced_working_days,
                "effective_from": effective_from,
            },
        )
        return _rule_info(rule)


def decide_rule_change(db: Database, actor: Actor, rule_id: int, approve: bool) -> RuleInfo:
    """A second manager approves (or rejects) a proposed version; the proposer cannot approve their own."""
    require(actor, Permission.DUTY_RULE_APPROVE)
    with db.unit_of_work() as session:
        rule = session.get(DutyRule, rule_id)
        if rule is None or rule.service_id != actor.service_id:
            raise NotFound("No such proposed rule change.")
        if rule.status != "proposed":
            raise ValidationError("This change has already been decided.")
        if rule.proposed_by == actor.audit_name:
            raise PermissionDenied("A second manager must approve a change you proposed.")
        rule.status = "approved" if approve else "rejected"
        rule.approved_by = actor.audit_name
        audit_as(
            session,
            actor,
            action="approve" if approve else "reject",
            entity="duty_rule",
            entity_id=rule.id,
            payload={"code": rule.code, "version": rule.version},
        )
        return _rule_info(rule)
