"""KPI 10 derived in the database: each victim record's fields from what was recorded (consent decisions,
contacts, views, requests, RJ activities), and a quarter's cohort orders with the victim records counted under
them — in a few queries whatever the service's size, instead of reading every record's history into Python.

The rules are those of DOMAIN §3 and ``rjdesk.rules.kpi10``: ``compute`` chooses the cohort and records from a
whole case list (a file, the export); ``quarter_selection`` chooses the same from the store (proved identical
by tests/core/test_kpi10.py on worked, imported, demo and bulk records). Both are counted by ``rules.kpi10.count``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, and_, case, exists, func, literal, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.kpi10 import COUNTING_DISPOSALS, KPI10_START, Quarter, kpi_columns
from rjdesk.store.bulk import chunks
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
    order_offence,
)

CHUNK = 2000  # ids per IN list: well under SQLite's and PostgreSQL's limits


@dataclass(frozen=True, slots=True)
class Kpi10Fields:
    consent: bool
    contact_date: dt.date | None
    view_prior: bool
    engaged: bool
    engaged_start: dt.date | None
    engaged_end: dt.date | None
    progress_request: dt.date | None
    progress_provided: dt.date | None
    support_request: bool
    support_provided: bool

    def case_row_values(self) -> dict[str, Any]:
        """The fields as ``rules.kpi10.CaseRow`` holds them (flags Y/N, dates)."""

        def flag(value: object) -> str:
            return "Y" if value else "N"

        return {
            "consent": flag(self.consent),
            "contact_date": self.contact_date,
            "view_prior": flag(self.view_prior),
            "engaged": flag(self.engaged),
            "engaged_start": self.engaged_start,
            "engaged_end": self.engaged_end,
            "progress_request": flag(self.progress_request),
            "progress_request_date": self.progress_request,
            "progress_provided": flag(self.progress_provided),
            "progress_provided_date": self.progress_provided,
            "support_request": flag(self.support_request),
            "support_provided": flag(self.support_provided),
        }

    def as_case_list(self) -> dict[str, str]:
        """The YJB column values (flags Y/N, ISO dates or empty)."""
        return kpi_columns(self.case_row_values())


@dataclass(frozen=True)
class Derivation:
    """What a derivation is as of: the day, the consent rule and the activities that count as engagement."""

    as_of: dt.date
    strict_consent: bool
    engaging: tuple[str, ...]

    @classmethod
    def of(cls, as_of: dt.date, strict_consent: bool, mapping: Mapping[str, bool]) -> Derivation:
        return cls(as_of, strict_consent, engaging_kinds(mapping))


def engaging_kinds(mapping: Mapping[str, bool]) -> tuple[str, ...]:
    """The activity kinds an engagement mapping counts."""
    return tuple(sorted(kind for kind, counts in mapping.items() if counts))


_FIELD_NAMES = (
    "kpi_consent",
    "kpi_contact_date",
    "kpi_view_prior",
    "kpi_engaged_start",
    "kpi_told_concluded",
    "kpi_progress_request",
    "kpi_progress_provided",
    "kpi_support_request",
    "kpi_support_provided",
)


def _flag(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A condition as a value both dialects select alike (never NULL)."""
    return case((condition, literal(True, Boolean)), else_=literal(False, Boolean))


Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def engaging_activity(engaging: Sequence[str], until: dt.date | ColumnElement[Any]) -> ColumnElement[bool]:
    """A restorative activity that makes its process's victim engaged in RJ (rules.rj.counts_as_engagement):
    done, the victim took part, of a kind the engagement mapping counts, on or before ``until``."""
    return and_(
        RestorativeActivity.status == "done",
        RestorativeActivity.victim_took_part == true(),
        RestorativeActivity.kind.in_(engaging),
        RestorativeActivity.activity_date <= until,
    )


def derived_columns(
    victim_id: Column, child_id: Column, decision_date: Column, how: Derivation
) -> list[ColumnElement[Any]]:
    """One victim record's KPI 10 fields (for one child's case, the order's decision date) as correlated
    subqueries on the given columns. A contact, view or request recorded for no case in particular counts for
    every case; consent is for the child's case only."""
    as_of = literal(how.as_of, Date)

    def for_case(column: Any) -> ColumnElement[bool]:
        return or_(column == child_id, column.is_(None))

    yjs_consent = and_(
        ConsentDecision.victim_id == victim_id,
        ConsentDecision.child_id == child_id,
        ConsentDecision.scope == ConsentScope.YJS_CONTACT.value,
        ConsentDecision.decided_on <= as_of,
    )
    if how.strict_consent:  # the latest decision on or before the day is 'given'
        latest = (
            select(ConsentDecision.decision)
            .where(yjs_consent)
            .order_by(ConsentDecision.decided_on.desc(), ConsentDecision.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        consent = _flag(func.coalesce(latest, "") == "given")
    else:  # given at any time on or before the day
        consent = _flag(exists().where(yjs_consent, ConsentDecision.decision == "given"))
    contact_date = (
        select(func.min(Contact.occurred_on))
        .where(
            Contact.victim_id == victim_id,
            for_case(Contact.child_id),
            Contact.kind == "contact",
            Contact.occurred_on <= as_of,
        )
        .scalar_subquery()
    )
    view_prior = _flag(
        and_(
            decision_date.is_not(None),
            exists().where(
                VictimViews.victim_id == victim_id,
                for_case(VictimViews.child_id),
                VictimViews.recorded_on <= decision_date,
            ),
        )
    )
    process = and_(RjProcess.victim_id == victim_id, RjProcess.child_id == child_id)
    engaged_start = (
        select(func.min(RestorativeActivity.activity_date))
        .join(RjProcess, RjProcess.id == RestorativeActivity.process_id)
        .where(process, engaging_activity(how.engaging, as_of))
        .scalar_subquery()
    )
    told_concluded = (
        select(RjProcess.victim_told_concluded_on)
        .where(process, RjProcess.victim_told_concluded_on <= as_of)
        .limit(1)
        .scalar_subquery()
    )

    def requested(kind: str) -> ColumnElement[bool]:
        return and_(
            VictimRequest.victim_id == victim_id,
            for_case(VictimRequest.child_id),
            VictimRequest.kind == kind,
            VictimRequest.requested_on <= as_of,
        )

    def first(column: Any, kind: str, *more: ColumnElement[bool]) -> Any:
        return select(func.min(column)).where(requested(kind), *more).scalar_subquery()

    provided = VictimRequest.provided_on <= as_of
    columns: list[ColumnElement[Any]] = [
        consent,
        contact_date,
        view_prior,
        engaged_start,
        told_concluded,
        first(VictimRequest.requested_on, "progress"),
        first(VictimRequest.provided_on, "progress", provided),
        _flag(exists().where(requested("support"))),
        _flag(exists().where(requested("support"), provided)),
    ]
    return [column.label(name) for column, name in zip(columns, _FIELD_NAMES, strict=True)]


def fields_from(row: Any) -> Kpi10Fields:
    """The fields of a row selected with ``derived_columns``."""
    started = row.kpi_engaged_start
    return Kpi10Fields(
        consent=bool(row.kpi_consent),
        contact_date=row.kpi_contact_date,
        view_prior=bool(row.kpi_view_prior),
        engaged=started is not None,
        engaged_start=started,
        engaged_end=row.kpi_told_concluded if started is not None else None,
        progress_request=row.kpi_progress_request,
        progress_provided=row.kpi_progress_provided,
        support_request=bool(row.kpi_support_request),
        support_provided=bool(row.kpi_support_provided),
    )


def record_fields(
    session: Session, victim_id: int, child_id: int, decision_date: dt.date | None, how: Derivation
) -> Kpi10Fields:
    """One victim record's fields (the victim's file)."""
    row = session.execute(
        select(*derived_columns(literal(victim_id), literal(child_id), literal(decision_date, Date), how))
    ).one()
    return fields_from(row)


DerivationKey = tuple[int, int, dt.date | None]  # victim, child, the order's decision date


def fields_of_orders(session: Session, order_ids: Iterable[int], how: Derivation) -> dict[DerivationKey, Kpi10Fields]:
    """The fields of every victim record worked in rjdesk under these orders, by (victim, child, decision)."""
    found: dict[DerivationKey, Kpi10Fields] = {}
    for chunk in chunks(sorted(set(order_ids)), CHUNK):
        keys = (
            select(VictimOffence.victim_id, CaseOrder.child_id, CaseOrder.decision_date)
            .join(order_offence, order_offence.c.offence_id == VictimOffence.offence_id)
            .join(CaseOrder, CaseOrder.id == order_offence.c.order_id)
            .where(CaseOrder.id.in_(chunk), VictimOffence.source == "rjdesk")
            .distinct()
            .subquery()
        )
        for row in session.execute(
            select(
                keys.c.victim_id,
                keys.c.child_id,
                keys.c.decision_date,
                *derived_columns(keys.c.victim_id, keys.c.child_id, keys.c.decision_date, how),
            )
        ):
            found[(row.victim_id, row.child_id, row.decision_date)] = fields_from(row)
    return found


@dataclass(frozen=True)
class QuarterSelection:
    """A quarter's candidate cohort orders (the age test is left to ``rules.kpi10``) and, for each, the victim
    records of the offences it owns — with every field a record needs, derived or as imported."""

    orders: Sequence[Any]  # id, child_ref, child_dob, disposal_type, start_date, end_date, changed_on_appeal
    # order_id, offence_ref, victim_id, victim_ref, victim_kind, source, imported_fields_json, kpi_*
    records: Sequence[Any]


def quarter_selection(session: Session, service_id: int, quarter: Quarter, how: Derivation) -> QuarterSelection:
    """The orders that may be in the quarter's cohort — a counting disposal, not changed on appeal, ending in
    the quarter, from KPI 10's start and by the as-of date — and the victim records of the offences each owns:
    an offence counts under its most serious counting order across all quarters (most serious disposal, then
    the latest start, then the latest end, an open order last; orders alike in all three are one)."""
    counting = and_(CaseOrder.disposal_type.in_(COUNTING_DISPOSALS), CaseOrder.changed_on_appeal.is_not(True))
    candidates = (
        select(
            CaseOrder.id,
            Child.cms_ref.label("child_ref"),
            Child.date_of_birth.label("child_dob"),
            CaseOrder.child_id,
            CaseOrder.disposal_type,
            CaseOrder.start_date,
            CaseOrder.end_date,
            CaseOrder.changed_on_appeal,
            CaseOrder.decision_date,
        )
        .join(Child, Child.id == CaseOrder.child_id)
        .where(
            Child.service_id == service_id,
            counting,
            CaseOrder.end_date.between(quarter.start, quarter.end),
            CaseOrder.end_date.between(KPI10_START, how.as_of),
        )
        .cte("candidates")
        # Read once, not once per place it is used (SQLite otherwise re-runs it inside the owner ranking).
        .prefix_with("MATERIALIZED")
    )
    seriousness = case(
        *((CaseOrder.disposal_type == d, len(COUNTING_DISPOSALS) - i) for i, d in enumerate(COUNTING_DISPOSALS))
    )
    # RANK, not ROW_NUMBER: orders alike in disposal, start and end share the first place, as in rules.kpi10.
    owner = (
        select(
            order_offence.c.offence_id,
            order_offence.c.order_id,
            func.rank()
            .over(
                partition_by=order_offence.c.offence_id,
                order_by=(
                    seriousness.desc(),
                    CaseOrder.start_date.desc(),
                    case((CaseOrder.end_date.is_(None), 1), else_=0),
                    CaseOrder.end_date.desc(),
                ),
            )
            .label("place"),
        )
        .join(CaseOrder, CaseOrder.id == order_offence.c.order_id)
        .where(
            counting,
            order_offence.c.offence_id.in_(
                select(order_offence.c.offence_id).join(candidates, candidates.c.id == order_offence.c.order_id)
            ),
        )
        .subquery("owner")
    )
    records = session.execute(
        select(
            candidates.c.id.label("order_id"),
            Offence.offence_ref,
            Victim.id.label("victim_id"),
            Victim.reference.label("victim_ref"),
            Victim.kind.label("victim_kind"),
            VictimOffence.source,
            VictimOffence.imported_fields_json,
            *derived_columns(VictimOffence.victim_id, candidates.c.child_id, candidates.c.decision_date, how),
        )
        .select_from(owner)
        .join(candidates, candidates.c.id == owner.c.order_id)
        .join(Offence, Offence.id == owner.c.offence_id)
        .join(VictimOffence, VictimOffence.offence_id == owner.c.offence_id)
        .join(Victim, Victim.id == VictimOffence.victim_id)
        .where(owner.c.place == 1, Victim.service_id == service_id, Victim.merged_into_id.is_(None))
        .order_by(candidates.c.child_ref, candidates.c.start_date, Offence.offence_ref, Victim.reference)
    ).all()
    orders = session.execute(select(candidates).order_by(candidates.c.child_ref, candidates.c.start_date)).all()
    return QuarterSelection(orders, records)
