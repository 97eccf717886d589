"""Retention: when a victim's record is due for review, the review list, keeping a record longer, destruction.

Policy (DOMAIN §6, configurable per service): a victim's record is reviewed ``victim_years`` (default 3)
years after the later of the end of the last order linked to their offences and their last contact; the
record's creation counts when there is neither. A linked order still running (no end date) keeps the
record live. A review either keeps the record until a date, with a reason, or destroys it.

Destruction removes the victim, any duplicate records merged into them, and every row that refers to them
(found from the schema's foreign keys, so tables added later are covered), in one transaction. Rows that
merely *link* to a destroyed row through an optional column (a reparation placement pointing at an RJ
agreement item) lose the link and stay. Audit entries about the destroyed rows keep their place in the
chain but their recorded values are redacted (the chain covers a digest of them, DESIGN §6a), so the chain
still verifies. The destruction log keeps no personal data.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError, message
from rjdesk.rules.permissions import Permission
from rjdesk.services import identities, record_graph
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.settings import write_setting
from rjdesk.services.victims import load_victim
from rjdesk.store.bulk import chunks
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AuditEntry,
    CaseOrder,
    Contact,
    DestructionLog,
    Offence,
    RetentionHold,
    ServiceSetting,
    Victim,
    VictimOffence,
    order_offence,
)

RECORD_TYPE_VICTIM = "victim"
DEFAULT_VICTIM_YEARS = 3
POLICY_SETTING = "retention_victim_years"
MAX_YEARS = 100


# ------------------------------------------------------------------------------------------------ policy


@dataclass(frozen=True)
class RetentionPolicy:
    victim_years: int


def _policy(session: Session, service_id: int) -> RetentionPolicy:
    row = session.get(ServiceSetting, (service_id, POLICY_SETTING))
    return RetentionPolicy(int(json.loads(row.value_json)) if row is not None else DEFAULT_VICTIM_YEARS)


def retention_policy(db: Database, actor: Actor) -> RetentionPolicy:
    """The service's policy (no personal data: open to every signed-in user)."""
    with db.unit_of_work(write=False) as session:
        return _policy(session, actor.service_id)


def set_retention_policy(db: Database, actor: Actor, victim_years: int) -> RetentionPolicy:
    require(actor, Permission.SETTINGS_ADMIN)
    if not 1 <= victim_years <= MAX_YEARS:
        raise ValidationError(
            message("Choose between 1 and {max_years} years.", max_years=MAX_YEARS),
            {"victim_years": message("1 to {max_years} years.", max_years=MAX_YEARS)},
        )
    with db.unit_of_work() as session:
        before = _policy(session, actor.service_id)
        write_setting(session, actor.service_id, POLICY_SETTING, json.dumps(victim_years))
        audit_as(
            session,
            actor,
            action="update",
            entity="retention_policy",
            payload={"victim_years": {"from": before.victim_years, "to": victim_years}},
        )
    return RetentionPolicy(victim_years)


# ------------------------------------------------------------------------------------------------ review


@dataclass(frozen=True)
class ReviewItem:
    victim_id: int
    reference: str
    display_name: str
    last_order_end: dt.date | None
    last_contact: dt.date | None
    basis_date: dt.date
    review_date: dt.date
    kept_until: dt.date | None  # a hold that has now expired, if there was one


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _review_facts(session: Session, service_id: int, victim_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Per live victim: the last linked order end, whether a linked order is still running, the last contact."""
    order_end = (
        select(
            VictimOffence.victim_id.label("victim_id"),
            func.max(CaseOrder.end_date).label("last_end"),
            func.sum(case((CaseOrder.end_date.is_(None), 1), else_=0)).label("running"),
        )
        .join(Offence, Offence.id == VictimOffence.offence_id)
        .join(order_offence, order_offence.c.offence_id == Offence.id)
        .join(CaseOrder, CaseOrder.id == order_offence.c.order_id)
        .group_by(VictimOffence.victim_id)
        .subquery()
    )
    last_contact = (
        select(Contact.victim_id.label("victim_id"), func.max(Contact.occurred_on).label("last_contact"))
        .group_by(Contact.victim_id)
        .subquery()
    )
    query = (
        select(
            Victim.id,
            Victim.reference,
            Victim.display_name,
            Victim.created_at,
            order_end.c.last_end,
            order_end.c.running,
            last_contact.c.last_contact,
        )
        .outerjoin(order_end, order_end.c.victim_id == Victim.id)
        .outerjoin(last_contact, last_contact.c.victim_id == Victim.id)
        .where(Victim.service_id == service_id, Victim.merged_into_id.is_(None))
    )
    if victim_ids is not None:
        query = query.where(Victim.id.in_(victim_ids))
    return [dict(row._mapping) for row in session.execute(query)]


def _review_item(facts: dict[str, Any], policy: RetentionPolicy) -> ReviewItem | None:
    """None while a linked order is still running."""
    if facts["running"]:
        return None
    created = facts["created_at"].date()
    basis = max(d for d in (facts["last_end"], facts["last_contact"], created) if d is not None)
    return ReviewItem(
        facts["id"],
        facts["reference"],
        facts["display_name"],
        facts["last_end"],
        facts["last_contact"],
        basis,
        _add_years(basis, policy.victim_years),
        None,
    )


def _holds(session: Session, service_id: int) -> dict[int, dt.date]:
    """The latest keep-until date per held victim."""
    rows = session.execute(
        select(RetentionHold.record_id, func.max(RetentionHold.keep_until))
        .where(RetentionHold.service_id == service_id, RetentionHold.record_type == RECORD_TYPE_VICTIM)
        .group_by(RetentionHold.record_id)
    )
    return {record_id: until for record_id, until in rows}


def _due(item: ReviewItem | None, holds: dict[int, dt.date], as_of: dt.date) -> ReviewItem | None:
    if item is None or item.review_date > as_of:
        return None
    held = holds.get(item.victim_id)
    if held is not None and held > as_of:
        return None
    return replace(item, kept_until=held)


def review_list(db: Database, actor: Actor, as_of: dt.date | None = None) -> list[ReviewItem]:
    """Victim records due for a retention review on ``as_of`` (today), oldest review date first."""
    require(actor, Permission.RETENTION_REVIEW)
    day = as_of or dt.date.today()
    with db.unit_of_work() as session:
        policy = _policy(session, actor.service_id)
        holds = _holds(session, actor.service_id)
        due = [
            item
            for facts in _review_facts(session, actor.service_id)
            if (item := _due(_review_item(facts, policy), holds, day)) is not None
        ]
        due.sort(key=lambda i: (i.review_date, i.reference))
        audit_as(
            session,
            actor,
            action="view",
            entity="retention_review",
            payload={"as_of": day, "victim_ids": [i.victim_id for i in due]},
        )
    return due


def keep_longer(db: Database, actor: Actor, victim_id: int, keep_until: dt.date, reason: str) -> None:
    """A review's decision to keep the record: until a date (in the future), and why."""
    require(actor, Permission.RETENTION_REVIEW)
    if not reason.strip():
        raise ValidationError("Say why the record is kept.", {"reason": "Required."})
    if keep_until <= dt.date.today():
        raise ValidationError("Keep it until a date after today.", {"keep_until": "A future date."})
    with db.unit_of_work() as session:
        load_victim(session, actor, victim_id)
        hold = RetentionHold(
            service_id=actor.service_id,
            record_type=RECORD_TYPE_VICTIM,
            record_id=victim_id,
            keep_until=keep_until,
            reason=reason.strip(),
            decided_by=actor.audit_name,
        )
        session.add(hold)
        session.flush()
        audit_as(
            session,
            actor,
            action="retain",
            entity="victim",
            entity_id=victim_id,
            payload={"keep_until": keep_until, "reason": hold.reason},
        )


# ------------------------------------------------------------------------------------------------ destruction


@dataclass(frozen=True)
class DestructionRecord:
    id: int
    record_type: str
    record_id: int
    basis_date: dt.date
    review_date: dt.date
    policy_years: int
    rows: dict[str, int]
    audit_entries_redacted: int
    destroyed_by: str
    destroyed_at: dt.datetime


def _destroy(session: Session, victim_ids: set[int]) -> tuple[Counter[str], dict[str, set[str]]]:
    """Delete the victims and every row about them: optional links from other rows are cleared first, then
    rows go from the deepest up, so no foreign key is ever left pointing at nothing."""
    graph = record_graph.collect_victims(session, victim_ids)
    for table, column, values in graph.links:
        session.execute(update(table).where(column.in_(values)).values({column.name: None}))
    removed: Counter[str] = Counter()
    for group in reversed(graph.groups):
        pk = list(group.table.primary_key.columns)
        for chunk in chunks(group.rows):
            condition: ColumnElement[bool]
            if len(pk) == 1:
                condition = pk[0].in_([row[pk[0].name] for row in chunk])
            else:
                condition = or_(*(and_(*(c == row[c.name] for c in pk)) for row in chunk))
            session.execute(delete(group.table).where(condition))
        removed[group.table.name] += len(group.rows)
    destroyed = {name: {str(i) for i in ids} for name, ids in graph.ids().items()}
    return removed, destroyed


def _redact_audit(session: Session, destroyed: dict[str, set[str]], victim_ids: set[int]) -> int:
    """Clear the recorded values of every audit entry about a destroyed row or naming a destroyed victim.

    The entry stays (who did what, when); ``payload_digest`` keeps the chain verifiable.
    """
    redacted = 0
    for entity, ids in destroyed.items():
        id_list = sorted(ids)
        for id_chunk in chunks(id_list):
            result = session.execute(
                update(AuditEntry)
                .where(
                    AuditEntry.entity == entity,
                    AuditEntry.entity_id.in_(id_chunk),
                    AuditEntry.payload_json.is_not(None),
                )
                .values(payload_json=None)
            )
            redacted += int(getattr(result, "rowcount", 0) or 0)
    # Entries about other records that name the victim in their values (views of lists, reports behind
    # figures, disclosures): found by the id keys the services write, then checked exactly.
    mentions = session.execute(
        select(AuditEntry.id, AuditEntry.payload_json).where(
            AuditEntry.payload_json.is_not(None),
            or_(AuditEntry.payload_json.like('%"victim_id"%'), AuditEntry.payload_json.like('%"victim_ids"%')),
        )
    )
    naming = [entry_id for entry_id, payload in mentions if payload and _names_victim(json.loads(payload), victim_ids)]
    for naming_chunk in chunks(naming):
        session.execute(update(AuditEntry).where(AuditEntry.id.in_(naming_chunk)).values(payload_json=None))
    return redacted + len(naming)


def _names_victim(value: Any, victim_ids: set[int]) -> bool:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "victim_id" and item in victim_ids:
                return True
            if key == "victim_ids" and isinstance(item, list) and victim_ids.intersection(item):
                return True
            if _names_victim(item, victim_ids):
                return True
    elif isinstance(value, list):
        return any(_names_victim(item, victim_ids) for item in value)
    return False


def destroy_victim(db: Database, actor: Actor, victim_id: int, as_of: dt.date | None = None) -> DestructionRecord:
    """Destroy a victim's record that is due under the policy (and not kept longer). Irreversible."""
    require(actor, Permission.RETENTION_REVIEW)
    day = as_of or dt.date.today()
    with db.unit_of_work() as session:
        load_victim(session, actor, victim_id)
        policy = _policy(session, actor.service_id)
        facts = _review_facts(session, actor.service_id, [victim_id])
        item = _review_item(facts[0], policy) if facts else None
        if item is None:
            raise ValidationError("This record is not due for destruction: an order linked to it is still running.")
        if _due(item, _holds(session, actor.service_id), day) is None:
            raise ValidationError(
                message(
                    "This record is not due for destruction: its review date is {review_date} or a review "
                    "decided to keep it.",
                    review_date=item.review_date,
                )
            )
        if db.is_sqlite:
            session.execute(text("PRAGMA secure_delete = ON"))  # freed pages are overwritten, not left readable
        ids = identities.with_merged_duplicates(session, victim_id)
        session.execute(
            delete(RetentionHold).where(
                RetentionHold.service_id == actor.service_id,
                RetentionHold.record_type == RECORD_TYPE_VICTIM,
                RetentionHold.record_id.in_(ids),
            )
        )
        session.execute(update(Victim).where(Victim.id.in_(ids)).values(merged_into_id=None))
        removed, destroyed = _destroy(session, ids)
        redacted = _redact_audit(session, destroyed, ids)
        log = DestructionLog(
            service_id=actor.service_id,
            record_type=RECORD_TYPE_VICTIM,
            record_id=victim_id,
            basis_date=item.basis_date,
            review_date=item.review_date,
            policy_years=policy.victim_years,
            rows_json=json.dumps(dict(sorted(removed.items()))),
            audit_entries_redacted=redacted,
            destroyed_by=actor.audit_name,
        )
        session.add(log)
        session.flush()
        audit_as(
            session,
            actor,
            action="destroy",
            entity="destruction_log",
            entity_id=log.id,
            payload={"record_type": RECORD_TYPE_VICTIM, "rows": dict(sorted(removed.items()))},
        )
        if db.is_sqlite:
            session.execute(text("PRAGMA secure_delete = OFF"))
        return _destruction(log)


def _destruction(row: DestructionLog) -> DestructionRecord:
    return DestructionRecord(
        row.id,
        row.record_type,
        row.record_id,
        row.basis_date,
        row.review_date,
        row.policy_years,
        json.loads(row.rows_json),
        row.audit_entries_redacted,
        row.destroyed_by,
        row.destroyed_at,
    )


def destruction_log(db: Database, actor: Actor) -> list[DestructionRecord]:
    """What has been destroyed, newest first (no personal data, so open to auditors of the trail too)."""
    require(actor, Permission.RETENTION_REVIEW)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(DestructionLog)
            .where(DestructionLog.service_id == actor.service_id)
            .order_by(DestructionLog.destroyed_at.desc(), DestructionLog.id.desc())
        ).scalars()
        return [_destruction(row) for row in rows]
