"""KPI 10 from the store: the per-record fields derived from rjdesk work (never typed twice), the case list
(one row per child–order–offence–victim link) and the quarter's measures (counted by rules.kpi10)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError, message
from rjdesk.rules.calendar import age_on
from rjdesk.rules.csv_fields import FileError
from rjdesk.rules.disposals import DISPOSALS
from rjdesk.rules.kpi10 import (
    CASE_LIST_HEADER,
    MEASURE_TEXT,
    BreakdownRow,
    CaseRow,
    Kpi10Result,
    Measure,
    Quarter,
    age_band,
    breakdown,
    compute,
    count,
    is_cohort_age,
    kpi_columns,
    kpi_values,
    parse_case_list,
    records_behind,
    row_warnings,
)
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.kpi10_query import (
    CHUNK,
    Derivation,
    fields_from,
    fields_of_orders,
    quarter_selection,
    record_fields,
)
from rjdesk.services.report_pdf import RecordRef
from rjdesk.services.report_records import refs
from rjdesk.services.rj import engagement_mapping
from rjdesk.services.settings import read_settings, write_setting
from rjdesk.services.victims import VICTIM_KINDS
from rjdesk.store.bulk import chunks
from rjdesk.store.database import Database
from rjdesk.store.models import (
    CaseOrder,
    Child,
    Offence,
    ServiceSetting,
    Victim,
    VictimOffence,
    order_offence,
)


class LinkValues(Protocol):
    """What ``record_values`` reads of a victim-offence link (an ORM row or a selected row)."""

    @property
    def victim_id(self) -> int: ...

    @property
    def source(self) -> str: ...

    @property
    def imported_fields_json(self) -> str | None: ...


def _imported(link: Any) -> dict[str, str] | None:
    """An imported record's values as recorded (read-only); None for a record worked in rjdesk."""
    if link.source != "rjdesk" and link.imported_fields_json:
        values: dict[str, str] = json.loads(link.imported_fields_json)
        return values
    return None


def _derivation(session: Session, service_id: int, as_of: dt.date, strict_consent: bool) -> Derivation:
    _version, mapping = engagement_mapping(session, service_id)
    return Derivation.of(as_of, strict_consent, mapping)


def record_values(
    session: Session,
    service_id: int,
    link: LinkValues,
    child_id: int,
    decision_date: dt.date | None,
    as_of: dt.date,
    strict_consent: bool = False,
) -> dict[str, str]:
    """The KPI 10 values of one victim-offence record in the YJB's columns: imported records as recorded
    (read-only), records worked in rjdesk derived as of the day."""
    imported = _imported(link)
    if imported is not None:
        return imported
    how = _derivation(session, service_id, as_of, strict_consent)
    return record_fields(session, link.victim_id, child_id, decision_date, how).as_case_list()


def case_rows(session: Session, service_id: int, as_of: dt.date, *, strict_consent: bool = False) -> list[CaseRow]:
    """Every child–order–offence–victim link of the service (merged duplicates left out); an order with no
    victim once, with the offence and victim empty. Imported records keep their values as recorded; the
    others are derived as of the day (kpi10_query). A quarter's figures read the store directly
    (``kpi10_query.quarter_selection``); this is the whole case list, for the export and comparisons."""
    # Columns, not ORM objects: a large service has hundreds of thousands of these rows, and only a few
    # fields of each are read.
    orders = session.execute(
        select(
            CaseOrder.id,
            CaseOrder.disposal_type,
            CaseOrder.start_date,
            CaseOrder.end_date,
            CaseOrder.changed_on_appeal,
            CaseOrder.decision_date,
            Child.id.label("child_id"),
            Child.cms_ref.label("child_ref"),
            Child.date_of_birth.label("child_dob"),
        )
        .join(Child, Child.id == CaseOrder.child_id)
        .where(Child.service_id == service_id)
        .order_by(Child.cms_ref, CaseOrder.start_date, CaseOrder.id)
    ).all()
    offences_of: dict[int, list[Any]] = defaultdict(list)
    for offence in session.execute(
        select(order_offence.c.order_id, Offence.id, Offence.offence_ref)
        .join(Offence, Offence.id == order_offence.c.offence_id)
        .join(Child, Child.id == Offence.child_id)
        .where(Child.service_id == service_id)
        .order_by(Offence.offence_ref)
    ).all():
        offences_of[offence.order_id].append(offence)
    victims_of: dict[int, list[Any]] = defaultdict(list)
    for link in session.execute(
        select(
            VictimOffence.offence_id,
            VictimOffence.victim_id,
            VictimOffence.source,
            VictimOffence.imported_fields_json,
            Victim.reference,
            Victim.kind,
        )
        .join(Victim, Victim.id == VictimOffence.victim_id)
        .where(Victim.service_id == service_id, Victim.merged_into_id.is_(None))
        .order_by(Victim.reference)
    ).all():
        victims_of[link.offence_id].append(link)
    rows: list[CaseRow] = []
    derived = fields_of_orders(
        session, (order.id for order in orders), _derivation(session, service_id, as_of, strict_consent)
    )
    for order in orders:
        base = _order_columns(order)
        linked = [(o, link) for o in offences_of[order.id] for link in victims_of[o.id]]
        if not linked:
            rows.append(CaseRow(**base))
            continue
        for offence, link in linked:
            imported = _imported(link)
            values = (
                kpi_values(imported)
                if imported is not None
                else derived[(link.victim_id, order.child_id, order.decision_date)].case_row_values()
            )
            rows.append(
                CaseRow(
                    **base, offence_id=offence.offence_ref, victim_id=link.reference, victim_type=link.kind, **values
                )
            )
    return rows


def _order_columns(order: Any) -> dict[str, Any]:
    """A case list row's order columns from a selected order (child_ref, child_dob, disposal_type, start_date,
    end_date, changed_on_appeal)."""
    return {
        "child_id": order.child_ref,
        "child_dob": order.child_dob,
        "disposal_type": order.disposal_type,
        "order_start": order.start_date,
        "order_end": order.end_date,
        "changed_on_appeal": bool(order.changed_on_appeal),
    }


@dataclass(frozen=True)
class Kpi10Report:
    result: Kpi10Result
    mapping_version: int
    # The victims behind each measure's numerator (roles with the case list only).
    behind: dict[str, tuple[RecordRef, ...]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """The CLI contract (DESIGN §6): integer n and d per measure."""
        return {
            "quarter": self.result.quarter.code,
            "as_of": self.result.as_of.isoformat(),
            "consent_rule": self.result.consent_rule,
            "engagement_mapping_version": self.mapping_version,
            "measures": {key: {"n": m.n, "d": m.d} for key, m in self.result.measures.items()},
            "template": self.result.template,
            "warnings": list(self.result.warnings),
        }


def _check_rule(strict_consent: bool) -> str:
    return "strict" if strict_consent else "ever"


def _quarter_result(
    session: Session, actor: Actor, quarter: Quarter, as_of: dt.date, strict_consent: bool
) -> tuple[Kpi10Result, dict[str, int]]:
    """The quarter's figures from the store, and the counted victims' ids by reference (for the records behind
    the figures; none for a role that sees figures only)."""
    if as_of < quarter.start:
        raise ValidationError(
            message("The report's as-of date ({as_of}) is before {quarter} begins.", as_of=as_of, quarter=quarter.label)
        )
    how = _derivation(session, actor.service_id, as_of, strict_consent)
    chosen = quarter_selection(session, actor.service_id, quarter, how)
    orders = {order.id: _order_columns(order) for order in chosen.orders}
    cohort = {order.id for order in chosen.orders if is_cohort_age(order.child_dob, order.start_date)}
    records = []
    ids: dict[str, int] = {}
    for record in chosen.records:
        if record.order_id not in cohort:
            continue
        imported = _imported(record)
        values = kpi_values(imported) if imported is not None else fields_from(record).case_row_values()
        records.append(
            CaseRow(
                **orders[record.order_id],
                offence_id=record.offence_ref,
                victim_id=record.victim_ref,
                victim_type=record.victim_kind,
                **values,
            )
        )
        ids[record.victim_ref] = record.victim_id
    # Odd rows are reported for what the quarter reads: its orders (a child outside 10–17) and its records.
    outside_ages = [CaseRow(**orders[order.id]) for order in chosen.orders if order.id not in cohort]
    result = count(
        quarter,
        as_of,
        _check_rule(strict_consent),
        {
            (order.child_ref, order.disposal_type, order.start_date, order.end_date)
            for order in chosen.orders
            if order.id in cohort
        },
        tuple(records),
        tuple(row_warnings([*outside_ages, *records])),
    )
    return result, ids if actor.can(Permission.REPORT_CASE_LIST) else {}


def _report_of(
    session: Session, actor: Actor, quarter: Quarter, as_of: dt.date, result: Kpi10Result, ids: dict[str, int]
) -> Kpi10Report:
    version, _mapping = engagement_mapping(session, actor.service_id)
    audit_as(session, actor, action="report", entity="kpi10", payload={"quarter": quarter.code, "as_of": as_of})
    if not actor.can(Permission.REPORT_CASE_LIST):  # figures only: the case list is not aggregate
        return Kpi10Report(replace(result, records=(), cohort_orders=()), version)
    # One reference object per victim, shared by every figure it is behind (tens of thousands at size).
    victim_refs = {reference: RecordRef("victim", victim_id) for reference, victim_id in ids.items()}

    def behind_measure(key: str) -> tuple[RecordRef, ...]:
        counted = {r.victim_id for r in records_behind(result, key) if r.victim_id in victim_refs}
        return tuple(sorted((victim_refs[reference] for reference in counted), key=lambda ref: ref.id))

    return Kpi10Report(result, version, {key: behind_measure(key) for key in result.measures})


def kpi10_report(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> Kpi10Report:
    """The quarter's KPI 10: aggregate figures only (no names), so a performance analyst may run it."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        result, ids = _quarter_result(session, actor, quarter, as_of, strict_consent)
        return _report_of(session, actor, quarter, as_of, result, ids)


def kpi10_with_breakdowns(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> tuple[Kpi10Report, Breakdowns]:
    """``kpi10_report`` and ``kpi10_breakdowns`` from one case list (the board pack): building it is most of
    either's time."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        result, ids = _quarter_result(session, actor, quarter, as_of, strict_consent)
        return _report_of(session, actor, quarter, as_of, result, ids), _breakdowns_of(session, actor, result, ids)


def kpi10_cases_csv(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> str:
    """The KPI 10 case list for a quarter in the YJB's columns: every row of every child-offence counted in the
    quarter, with all the orders of those offences, so that importing it gives the same KPI 10."""
    require(actor, Permission.REPORT_CASE_LIST)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        rows = case_rows(session, actor.service_id, as_of, strict_consent=strict_consent)
        result = compute(rows, quarter, as_of, _check_rule(strict_consent))
        cohort = set(result.cohort_orders)
        offences = {(r.child_id, r.offence_id) for r in rows if r.order_key in cohort and r.offence_id}
        chosen = [r for r in rows if r.order_key in cohort or (r.child_id, r.offence_id) in offences]
        audit_as(
            session,
            actor,
            action="export",
            entity="kpi10_cases",
            payload={"quarter": quarter.code, "rows": len(chosen)},
        )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CASE_LIST_HEADER)
    for row in chosen:
        writer.writerow(case_list_line(row))
    return out.getvalue()


def measures_csv(result: Kpi10Result) -> str:
    """The quarter's measures as CSV (n and d, the definition, the consent rule used)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["quarter", "measure", "n", "d", "definition"])
    for key, measure in result.measures.items():
        writer.writerow([result.quarter.code, key, measure.n, measure.d, MEASURE_TEXT[key]])
    writer.writerow([result.quarter.code, "consent_rule", "", "", result.consent_rule])
    return out.getvalue()


def case_list_line(row: CaseRow) -> list[str]:
    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    return [
        row.child_id,
        day(row.child_dob),
        row.disposal_type,
        day(row.order_start),
        day(row.order_end),
        row.offence_id,
        row.victim_id,
        row.victim_type,
        *kpi_columns(vars(row)).values(),
    ]


# ------------------------------------------------------------------------------------------------ import


@dataclass(frozen=True)
class Kpi10Import:
    rows: int
    children: int
    orders: int
    offences: int
    victims: int
    warnings: tuple[str, ...]


def import_kpi10_cases(db: Database, actor: Actor, data: bytes) -> Kpi10Import:
    """A service moving from spreadsheets: its KPI 10 case list becomes children, orders, offences and victim
    records whose values are kept as recorded (source 'kpi10_import', shown read-only). All or nothing: any
    unusable row (or a child whose date of birth disagrees with the store) refuses the file, nothing written;
    odd but legal rows are imported and reported as warnings."""
    require(actor, Permission.DATA_ADMIN)
    try:
        rows, errors = parse_case_list(data, DISPOSALS)
    except FileError as exc:
        raise ValidationError(str(exc)) from None
    if errors:
        raise ValidationError(
            message("Nothing was imported: {errors} row(s) cannot be read.", errors=len(errors)),
            {"file": "; ".join(errors[:20])},
        )
    warnings = row_warnings(rows)
    counts = dict.fromkeys(("children", "orders", "offences", "victims"), 0)
    with db.unit_of_work() as session:
        children: dict[str, Child] = {}
        orders: dict[tuple[str, str, dt.date, dt.date | None], CaseOrder] = {}
        offences: dict[tuple[str, str], Offence] = {}
        victims: dict[str, Victim] = {}
        recorded: dict[tuple[int, int], dict[str, str]] = {}
        for number, row in enumerate(rows, start=1):
            child = children.get(row.child_id) or _import_child(session, actor, row, counts)
            if child.date_of_birth != row.child_dob:
                raise ValidationError(
                    message(
                        "Nothing was imported: row {number} gives child {child_id} the date of birth "
                        "{child_dob}, the store has {date_of_birth}.",
                        number=number,
                        child_id=row.child_id,
                        child_dob=row.child_dob,
                        date_of_birth=child.date_of_birth,
                    )
                )
            children[row.child_id] = child
            order = orders.get(row.order_key) or _import_order(session, child, row, counts)
            orders[row.order_key] = order
            if not row.offence_id:
                continue
            offence = offences.get((row.child_id, row.offence_id)) or _import_offence(session, child, row, counts)
            offences[(row.child_id, row.offence_id)] = offence
            if offence not in order.offences:
                order.offences.append(offence)
            if not row.victim_id:
                continue
            victim = victims.get(row.victim_id) or _import_victim(session, actor, row, counts)
            victims[row.victim_id] = victim
            values = kpi_columns(vars(row))
            earlier = recorded.get((victim.id, offence.id))
            if earlier is not None:
                if earlier != values:
                    warnings.append(
                        f"row {number}: victim {row.victim_id} and offence {row.offence_id} appear again with "
                        "other values; the first row's values are kept."
                    )
                continue
            recorded[(victim.id, offence.id)] = values
            _import_link(session, victim, offence, values, number, warnings)
        session.flush()
        audit_as(
            session,
            actor,
            action="import",
            entity="kpi10_cases",
            payload={"rows": len(rows), **counts, "warnings": len(warnings)},
        )
    return Kpi10Import(
        len(rows), counts["children"], counts["orders"], counts["offences"], counts["victims"], tuple(warnings)
    )


def _import_child(session: Session, actor: Actor, row: CaseRow, counts: dict[str, int]) -> Child:
    child = session.execute(
        select(Child).where(Child.service_id == actor.service_id, Child.cms_ref == row.child_id)
    ).scalar_one_or_none()
    if child is None:
        child = Child(
            service_id=actor.service_id,
            cms_ref=row.child_id,
            given_name="Child",
            family_name=row.child_id,  # the case list carries no names: the CMS import fills them in later
            date_of_birth=row.child_dob,
        )
        session.add(child)
        session.flush()
        counts["children"] += 1
    return child


def _import_order(session: Session, child: Child, row: CaseRow, counts: dict[str, int]) -> CaseOrder:
    order = session.execute(
        select(CaseOrder).where(
            CaseOrder.child_id == child.id,
            CaseOrder.disposal_type == row.disposal_type,
            CaseOrder.start_date == row.order_start,
            CaseOrder.end_date.is_(None) if row.order_end is None else CaseOrder.end_date == row.order_end,
        )
    ).scalar()
    if order is None:
        order = CaseOrder(
            child_id=child.id,
            disposal_type=row.disposal_type,
            start_date=row.order_start,
            end_date=row.order_end,
            source="kpi10_import",
            offences=[],
        )
        session.add(order)
        session.flush()
        counts["orders"] += 1
    return order


def _import_offence(session: Session, child: Child, row: CaseRow, counts: dict[str, int]) -> Offence:
    offence = session.execute(
        select(Offence).where(Offence.child_id == child.id, Offence.offence_ref == row.offence_id)
    ).scalar_one_or_none()
    if offence is None:
        offence = Offence(child_id=child.id, offence_ref=row.offence_id, category="Not recorded (KPI 10 import)")
        session.add(offence)
        session.flush()
        counts["offences"] += 1
    return offence


def _import_victim(session: Session, actor: Actor, row: CaseRow, counts: dict[str, int]) -> Victim:
    victim = session.execute(
        select(Victim).where(Victim.service_id == actor.service_id, Victim.reference == row.victim_id)
    ).scalar_one_or_none()
    if victim is None:
        kind = row.victim_type if row.victim_type in VICTIM_KINDS else "individual"
        victim = Victim(
            service_id=actor.service_id,
            reference=row.victim_id,
            kind=kind,
            display_name=f"Victim {row.victim_id}",  # no names in the case list
        )
        session.add(victim)
        session.flush()
        counts["victims"] += 1
    return victim


def _import_link(
    session: Session, victim: Victim, offence: Offence, values: dict[str, str], number: int, warnings: list[str]
) -> None:
    link = session.execute(
        select(VictimOffence).where(VictimOffence.victim_id == victim.id, VictimOffence.offence_id == offence.id)
    ).scalar_one_or_none()
    if link is None:
        session.add(
            VictimOffence(
                victim_id=victim.id,
                offence_id=offence.id,
                source="kpi10_import",
                imported_fields_json=json.dumps(values, sort_keys=True),
            )
        )
    elif link.source == "rjdesk":
        warnings.append(
            f"row {number}: victim {victim.reference} and offence {offence.offence_ref} are worked in rjdesk; "
            "their derived values stand and the imported ones were not used."
        )
    else:
        link.imported_fields_json = json.dumps(values, sort_keys=True)


# ------------------------------------------------------------------------------------------------ breakdowns


@dataclass(frozen=True)
class Breakdowns:
    rows: tuple[BreakdownRow, ...]
    threshold: int  # counts below it are shown as "<threshold" (service setting small_number_threshold)
    behind: tuple[tuple[RecordRef, ...], ...] = ()  # the victims of each row (roles with the case list only)


def kpi10_breakdowns(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> Breakdowns:
    """KPI 10's headline by the child's ethnicity, gender and age on the order's start, and by victim type."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    with db.unit_of_work(write=False) as session:
        result, ids = _quarter_result(session, actor, quarter, as_of, strict_consent)
        return _breakdowns_of(session, actor, result, ids)


def _breakdowns_of(session: Session, actor: Actor, result: Kpi10Result, ids: dict[str, int]) -> Breakdowns:
    counted = sorted({r.child_id for r in result.records})  # only the children counted, by their columns
    children = {}
    for counted_chunk in chunks(counted, CHUNK):
        for child in session.execute(
            select(Child.cms_ref, Child.ethnicity, Child.gender).where(
                Child.service_id == actor.service_id, Child.cms_ref.in_(counted_chunk)
            )
        ):
            children[child.cms_ref] = child
    threshold = int(read_settings(session, actor.service_id)["small_number_threshold"])

    def child_attribute(name: str) -> Callable[[CaseRow], str]:
        return lambda r: str(getattr(children[r.child_id], name) or "") if r.child_id in children else ""

    found = [
        *breakdown(result, "Child's ethnicity", child_attribute("ethnicity")),
        *breakdown(result, "Child's gender", child_attribute("gender")),
        *breakdown(result, "Child's age on the order's start", lambda r: age_band(age_on(r.child_dob, r.order_start))),
        *breakdown(result, "Victim type", lambda r: r.victim_type.title()),
    ]
    if not actor.can(Permission.REPORT_CASE_LIST):  # figures only
        return Breakdowns(tuple(replace(row, victim_references=()) for row in found), threshold)
    behind = tuple(refs("victim", (ids[r] for r in row.victim_references if r in ids)) for row in found)
    return Breakdowns(tuple(found), threshold, behind)


# ------------------------------------------------------------------------------------------------ comparisons

COMPARATORS_SETTING = "kpi10_comparators"


@dataclass(frozen=True)
class Comparator:
    """A published figure to set ours against, e.g. London's headline 52 %."""

    name: str
    measure: str
    percent: float


@dataclass(frozen=True)
class Comparison:
    quarter: Quarter
    current: dict[str, Measure]
    previous: dict[str, Measure]
    last_year: dict[str, Measure]
    comparators: tuple[Comparator, ...]


def _comparators(session: Session, service_id: int) -> tuple[Comparator, ...]:
    row = session.get(ServiceSetting, (service_id, COMPARATORS_SETTING))
    if row is None:
        return ()
    return tuple(Comparator(c["name"], c["measure"], float(c["percent"])) for c in json.loads(row.value_json))


def set_comparators(db: Database, actor: Actor, comparators: list[Comparator]) -> tuple[Comparator, ...]:
    """A manager records the published figures the board compares with (name, measure, percentage)."""
    require(actor, Permission.REPORT_CASE_LIST)
    problems = {
        f"comparator {i + 1}": "A name, a KPI 10 measure and a percentage from 0 to 100."
        for i, c in enumerate(comparators)
        if not c.name.strip() or c.measure not in MEASURE_TEXT or not 0 <= c.percent <= 100
    }
    if problems:
        raise ValidationError("The comparators were not saved.", problems)
    value = json.dumps([{"name": c.name.strip(), "measure": c.measure, "percent": c.percent} for c in comparators])
    with db.unit_of_work() as session:
        write_setting(session, actor.service_id, COMPARATORS_SETTING, value)
        audit_as(session, actor, action="update", entity="setting", entity_id=COMPARATORS_SETTING)
        return _comparators(session, actor.service_id)


def kpi10_comparison(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> Comparison:
    """The quarter beside the previous quarter, the same quarter last year and the service's comparators."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    rule = _check_rule(strict_consent)
    with db.unit_of_work(write=False) as session:
        rows = case_rows(session, actor.service_id, as_of, strict_consent=strict_consent)
        comparators = _comparators(session, actor.service_id)
    year_before = Quarter(quarter.year - 1, quarter.number)
    return Comparison(
        quarter,
        compute(rows, quarter, as_of, rule).measures,
        compute(rows, quarter.previous(), as_of, rule).measures,
        compute(rows, year_before, as_of, rule).measures,
        comparators,
    )
