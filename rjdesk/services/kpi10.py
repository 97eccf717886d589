"""KPI 10 from the store: the per-record fields derived from rjdesk work (never typed twice), the case list
(one row per child–order–offence–victim link) and the quarter's measures (counted by rules.kpi10)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.consent import ConsentEvent, ConsentScope, consented_on_or_before
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
    age_on,
    breakdown,
    compute,
    parse_case_list,
    records_behind,
    row_warnings,
)
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import Engagement, engagement
from rjdesk.services.context import Actor, audit_as, require
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
    ConsentDecision,
    Contact,
    Offence,
    RestorativeActivity,
    RjProcess,
    ServiceSetting,
    Victim,
    VictimOffence,
    VictimRequest,
    VictimViews,
    order_offence,
)


@dataclass(frozen=True)
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

    def as_case_list(self) -> dict[str, str]:
        """The YJB column values (flags Y/N, ISO dates or empty)."""

        def flag(value: object) -> str:
            return "Y" if value else "N"

        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        return {
            "consentYJSContact": flag(self.consent),
            "yjscontactDate": day(self.contact_date),
            "viewPrior": flag(self.view_prior),
            "engagedRJ": flag(self.engaged),
            "engagedRJStart": day(self.engaged_start),
            "engagedRJEnd": day(self.engaged_end),
            "progressRequest": flag(self.progress_request),
            "progressRequestDate": day(self.progress_request),
            "progressProvided": flag(self.progress_provided),
            "progressProvidedDate": day(self.progress_provided),
            "additionalSupportRequest": flag(self.support_request),
            "additionalSupportProvided": flag(self.support_provided),
        }


@dataclass
class VictimWork:
    """What KPI 10 derives from for one victim, loaded in bulk for a whole case list (a handful of queries for
    any number of victims, rather than several per victim)."""

    consents: list[ConsentEvent] = field(default_factory=list)
    contacts: list[tuple[int | None, dt.date]] = field(default_factory=list)  # kind "contact" only
    views: list[tuple[int | None, dt.date]] = field(default_factory=list)
    requests: list[VictimRequest] = field(default_factory=list)
    # child id → (the day the victim was told the process concluded, the done activities)
    rj: dict[int, tuple[dt.date | None, list[tuple[str, dt.date, bool]]]] = field(default_factory=dict)


CHUNK = 2000  # ids per IN list: well under SQLite's and PostgreSQL's limits


def load_work(session: Session, victim_ids: Iterable[int], *, rj_only: bool = False) -> dict[int, VictimWork]:
    """What the derivation reads for these victims; ``rj_only`` — only their RJ processes and activities (the
    funnel's engagement), skipping the consents, contacts, views and requests it does not read."""
    work: dict[int, VictimWork] = defaultdict(VictimWork)
    ids = sorted(set(victim_ids))
    for chunk in chunks(ids, CHUNK):
        if not rj_only:
            _load_contact_work(session, chunk, work)
        processes = {
            process.id: process
            for process in session.execute(select(RjProcess).where(RjProcess.victim_id.in_(chunk))).scalars()
        }
        for process in processes.values():
            work[process.victim_id].rj[process.child_id] = (process.victim_told_concluded_on, [])
        process_ids = list(processes)
        for process_chunk in chunks(process_ids, CHUNK):
            for process_id, kind, day, took_part in session.execute(
                select(
                    RestorativeActivity.process_id,
                    RestorativeActivity.kind,
                    RestorativeActivity.activity_date,
                    RestorativeActivity.victim_took_part,
                ).where(
                    RestorativeActivity.process_id.in_(process_chunk),
                    RestorativeActivity.status == "done",
                )
            ):
                process = processes[process_id]
                work[process.victim_id].rj[process.child_id][1].append((kind, day, took_part))
    return work


def _load_contact_work(session: Session, chunk: Sequence[int], work: dict[int, VictimWork]) -> None:
    for c in session.execute(select(ConsentDecision).where(ConsentDecision.victim_id.in_(chunk))).scalars():
        work[c.victim_id].consents.append(
            ConsentEvent(c.child_id, ConsentScope(c.scope), c.decision, c.decided_on, c.id)
        )
    for victim_id, child_id, day in session.execute(
        select(Contact.victim_id, Contact.child_id, Contact.occurred_on).where(
            Contact.victim_id.in_(chunk), Contact.kind == "contact"
        )
    ):
        work[victim_id].contacts.append((child_id, day))
    for victim_id, child_id, day in session.execute(
        select(VictimViews.victim_id, VictimViews.child_id, VictimViews.recorded_on).where(
            VictimViews.victim_id.in_(chunk)
        )
    ):
        work[victim_id].views.append((child_id, day))
    for request in session.execute(select(VictimRequest).where(VictimRequest.victim_id.in_(chunk))).scalars():
        work[request.victim_id].requests.append(request)


def derive_fields(
    session: Session,
    service_id: int,
    victim_id: int,
    child_id: int,
    decision_date: dt.date | None,
    as_of: dt.date,
    *,
    strict_consent: bool = False,
    work: VictimWork | None = None,
    mapping: Mapping[str, bool] | None = None,
) -> Kpi10Fields:
    """One victim's KPI 10 fields for one child's case, as of a day, from what was recorded in rjdesk.

    ``work`` and ``mapping`` come from ``load_work`` and ``engagement_mapping`` when a whole list is derived;
    alone, they are read here."""
    if work is None:
        work = load_work(session, [victim_id]).get(victim_id, VictimWork())
    if mapping is None:
        _version, mapping = engagement_mapping(session, service_id)
    for_child = (child_id, None)
    contacts = sorted(day for child, day in work.contacts if child in for_child and day <= as_of)
    views = [day for child, day in work.views if child in for_child]
    requests = [r for r in work.requests if r.child_id in for_child and r.requested_on <= as_of]
    progress = sorted((r for r in requests if r.kind == "progress"), key=lambda r: r.requested_on)
    support = [r for r in requests if r.kind == "support"]
    provided = sorted(r.provided_on for r in progress if r.provided_on and r.provided_on <= as_of)
    told, activities = work.rj.get(child_id, (None, None))
    engaged = engagement(activities, told, as_of, mapping) if activities is not None else Engagement(False, None, None)
    return Kpi10Fields(
        consent=consented_on_or_before(work.consents, child_id, ConsentScope.YJS_CONTACT, as_of, strict_consent),
        contact_date=contacts[0] if contacts else None,
        view_prior=decision_date is not None and any(day <= decision_date for day in views),
        engaged=engaged.engaged,
        engaged_start=engaged.start,
        engaged_end=engaged.end,
        progress_request=progress[0].requested_on if progress else None,
        progress_provided=provided[0] if provided else None,
        support_request=bool(support),
        support_provided=any(r.provided_on and r.provided_on <= as_of for r in support),
    )


class LinkValues(Protocol):
    """What ``record_values`` reads of a victim-offence link (an ORM row or a selected row)."""

    @property
    def victim_id(self) -> int: ...

    @property
    def source(self) -> str: ...

    @property
    def imported_fields_json(self) -> str | None: ...


def record_values(
    session: Session,
    service_id: int,
    link: LinkValues,
    child_id: int,
    decision_date: dt.date | None,
    as_of: dt.date,
    strict_consent: bool = False,
    cache: dict[tuple[int, int, dt.date | None], dict[str, str]] | None = None,
    work: dict[int, VictimWork] | None = None,
    mapping: Mapping[str, bool] | None = None,
) -> dict[str, str]:
    """The KPI 10 values of one victim-offence record in the YJB's columns: imported records as recorded
    (read-only), records worked in rjdesk derived. ``cache`` shares derivations between a victim's offences;
    ``work`` is what ``load_work`` read for a whole list."""
    if link.source != "rjdesk" and link.imported_fields_json:
        imported: dict[str, str] = json.loads(link.imported_fields_json)
        return imported
    key = (link.victim_id, child_id, decision_date)
    if cache is not None and key in cache:
        return cache[key]
    values = derive_fields(
        session,
        service_id,
        link.victim_id,
        child_id,
        decision_date,
        as_of,
        strict_consent=strict_consent,
        work=work.get(link.victim_id, VictimWork()) if work is not None else None,
        mapping=mapping,
    ).as_case_list()
    if cache is not None:
        cache[key] = values
    return values


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _ids_linked(session: Session, wanted: Any, by: Any, values: Iterable[int]) -> set[int]:
    """``wanted`` of the link rows whose ``by`` is one of ``values`` (in chunks)."""
    found: set[int] = set()
    listed = sorted(set(values))
    for chunk in chunks(listed, CHUNK):
        found.update(session.execute(select(wanted).where(by.in_(chunk))).scalars())
    return found


def case_rows(
    session: Session,
    service_id: int,
    as_of: dt.date,
    *,
    strict_consent: bool = False,
    values_for_orders_ending: tuple[dt.date, dt.date] | None = None,
) -> list[CaseRow]:
    """Every child–order–offence–victim link of the service (merged duplicates left out); an order with no
    victim once, with the offence and victim empty. Imported records keep their values as recorded.

    ``values_for_orders_ending`` (a quarter's first and last day): only the records of orders ending then get
    their KPI 10 values derived — the only ones a quarter's figures read; the others keep their identities
    (which order each offence counts under is decided across all quarters) with the values left empty."""
    # Columns, not ORM objects: a large service has hundreds of thousands of these rows, and only a few
    # fields of each are read.
    order_filter: ColumnElement[bool] = Child.service_id == service_id
    offence_filter: ColumnElement[bool] = Child.service_id == service_id
    link_filter: ColumnElement[bool] = Victim.service_id == service_id
    if values_for_orders_ending is not None:
        # A quarter needs the orders ending in it, and every order of their offences (which order an offence
        # counts under is decided across all quarters) — not the service's whole history. The ids are read
        # first (few) and handed on as lists: nested IN subqueries made SQLite scan the link table per row.
        ending = list(
            session.execute(
                select(CaseOrder.id)
                .join(Child, Child.id == CaseOrder.child_id)
                .where(Child.service_id == service_id, CaseOrder.end_date.between(*values_for_orders_ending))
            ).scalars()
        )
        offence_ids = _ids_linked(session, order_offence.c.offence_id, order_offence.c.order_id, ending)
        order_ids = set(ending) | _ids_linked(
            session, order_offence.c.order_id, order_offence.c.offence_id, offence_ids
        )
        order_filter = and_(order_filter, CaseOrder.id.in_(sorted(order_ids)))
        offence_filter = and_(offence_filter, Offence.id.in_(sorted(offence_ids)))
        link_filter = and_(link_filter, VictimOffence.offence_id.in_(sorted(offence_ids)))
    orders = session.execute(
        select(
            CaseOrder.id,
            CaseOrder.disposal_type,
            CaseOrder.start_date,
            CaseOrder.end_date,
            CaseOrder.changed_on_appeal,
            CaseOrder.decision_date,
            Child.id.label("child_id"),
            Child.cms_ref,
            Child.date_of_birth,
        )
        .join(Child, Child.id == CaseOrder.child_id)
        .where(order_filter)
        .order_by(Child.cms_ref, CaseOrder.start_date, CaseOrder.id)
    ).all()
    offences_of: dict[int, list[Any]] = defaultdict(list)
    for offence in session.execute(
        select(order_offence.c.order_id, Offence.id, Offence.offence_ref)
        .join(Offence, Offence.id == order_offence.c.offence_id)
        .join(Child, Child.id == Offence.child_id)
        .where(offence_filter)
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
        .where(link_filter, Victim.merged_into_id.is_(None))
        .order_by(Victim.reference)
    ).all():
        victims_of[link.offence_id].append(link)
    derived: dict[tuple[int, int, dt.date | None], dict[str, str]] = {}
    rows: list[CaseRow] = []

    def wanted(order: Any) -> bool:
        window = values_for_orders_ending
        return window is None or (order.end_date is not None and window[0] <= order.end_date <= window[1])

    worked = [
        link.victim_id
        for order in orders
        if wanted(order)
        for offence in offences_of[order.id]
        for link in victims_of[offence.id]
        if link.source == "rjdesk"
    ]
    work = load_work(session, worked)
    _version, mapping = engagement_mapping(session, service_id)
    for order in orders:
        base = {
            "child_id": order.cms_ref,
            "child_dob": order.date_of_birth,
            "disposal_type": order.disposal_type,
            "order_start": order.start_date,
            "order_end": order.end_date,
            "changed_on_appeal": order.changed_on_appeal,
        }
        linked = [(o, link) for o in offences_of[order.id] for link in victims_of[o.id]]
        if not linked:
            rows.append(CaseRow(**base))
            continue
        for offence, link in linked:
            values = (
                {}
                if not wanted(order)
                else record_values(
                    session,
                    service_id,
                    link,
                    order.child_id,
                    order.decision_date,
                    as_of,
                    strict_consent,
                    derived,
                    work,
                    mapping,
                )
            )
            rows.append(
                CaseRow(
                    **base,
                    offence_id=offence.offence_ref,
                    victim_id=link.reference,
                    victim_type=link.kind,
                    consent=values.get("consentYJSContact", ""),
                    contact_date=_date(values.get("yjscontactDate", "")),
                    view_prior=values.get("viewPrior", ""),
                    engaged=values.get("engagedRJ", ""),
                    engaged_start=_date(values.get("engagedRJStart", "")),
                    engaged_end=_date(values.get("engagedRJEnd", "")),
                    progress_request=values.get("progressRequest", ""),
                    progress_request_date=_date(values.get("progressRequestDate", "")),
                    progress_provided=values.get("progressProvided", ""),
                    progress_provided_date=_date(values.get("progressProvidedDate", "")),
                    support_request=values.get("additionalSupportRequest", ""),
                    support_provided=values.get("additionalSupportProvided", ""),
                )
            )
    return rows


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
) -> Kpi10Result:
    if as_of < quarter.start:
        raise ValidationError(f"The report's as-of date ({as_of:%d %b %Y}) is before {quarter.label} begins.")
    rows = case_rows(
        session,
        actor.service_id,
        as_of,
        strict_consent=strict_consent,
        values_for_orders_ending=(quarter.start, quarter.end),
    )
    return compute(rows, quarter, as_of, _check_rule(strict_consent))


def _ids_behind(session: Session, actor: Actor, result: Kpi10Result) -> dict[str, int]:
    """The counted victims' ids by reference, for the records behind the figures — none for a role that sees
    figures only."""
    if not actor.can(Permission.REPORT_CASE_LIST):
        return {}
    return victim_ids(session, actor.service_id, {r.victim_id for r in result.records})


def _report_of(
    session: Session, actor: Actor, quarter: Quarter, as_of: dt.date, result: Kpi10Result, ids: dict[str, int]
) -> Kpi10Report:
    version, _mapping = engagement_mapping(session, actor.service_id)
    audit_as(session, actor, action="report", entity="kpi10", payload={"quarter": quarter.code, "as_of": as_of})
    if not actor.can(Permission.REPORT_CASE_LIST):  # figures only: the case list is not aggregate
        return Kpi10Report(replace(result, records=(), cohort_orders=()), version)
    behind = {
        key: refs("victim", (ids[r.victim_id] for r in records_behind(result, key) if r.victim_id in ids))
        for key in result.measures
    }
    return Kpi10Report(result, version, behind)


def kpi10_report(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> Kpi10Report:
    """The quarter's KPI 10: aggregate figures only (no names), so a performance analyst may run it."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        result = _quarter_result(session, actor, quarter, as_of, strict_consent)
        return _report_of(session, actor, quarter, as_of, result, _ids_behind(session, actor, result))


def kpi10_with_breakdowns(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> tuple[Kpi10Report, Breakdowns]:
    """``kpi10_report`` and ``kpi10_breakdowns`` from one case list (the board pack): building it is most of
    either's time."""
    require(actor, Permission.REPORT_AGGREGATE)
    as_of = as_of or dt.date.today()
    with db.unit_of_work() as session:
        result = _quarter_result(session, actor, quarter, as_of, strict_consent)
        ids = _ids_behind(session, actor, result)
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
        row.consent,
        day(row.contact_date),
        row.view_prior,
        row.engaged,
        day(row.engaged_start),
        day(row.engaged_end),
        row.progress_request,
        day(row.progress_request_date),
        row.progress_provided,
        day(row.progress_provided_date),
        row.support_request,
        row.support_provided,
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
            f"Nothing was imported: {len(errors)} row(s) cannot be read.", {"file": "; ".join(errors[:20])}
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
                    f"Nothing was imported: row {number} gives child {row.child_id} the date of birth "
                    f"{row.child_dob:%d %b %Y}, the store has {child.date_of_birth:%d %b %Y}."
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
            values = dict(zip(CASE_LIST_HEADER[8:], case_list_line(row)[8:], strict=True))
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
        result = _quarter_result(session, actor, quarter, as_of, strict_consent)
        return _breakdowns_of(session, actor, result, _ids_behind(session, actor, result))


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


def victim_ids(session: Session, service_id: int, references: Iterable[str]) -> dict[str, int]:
    """The ids of the service's victims with these references (KPI 10 rows name victims by reference)."""
    wanted = sorted(set(references))
    found: dict[str, int] = {}
    for chunk in chunks(wanted):
        for reference, victim_id in session.execute(
            select(Victim.reference, Victim.id).where(Victim.service_id == service_id, Victim.reference.in_(chunk))
        ).all():
            found[reference] = victim_id
    return found


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
