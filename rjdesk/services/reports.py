"""Aggregate reports for managers and the performance analyst: the victim-engagement funnel for any period.
Counts only — no names, no free text — so they may go into a board pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Date, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from rjdesk.errors import ValidationError
from rjdesk.rules.kpi10 import MEASURE_TEXT, TEMPLATE_LABELS, Measure, Quarter
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import ActivityKind
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.kpi10 import kpi10_comparison, kpi10_report
from rjdesk.services.kpi10_query import engaging_activity, engaging_kinds
from rjdesk.services.report_pdf import BarChart, RecordRef, ReportDocument, ReportTable, render
from rjdesk.services.report_records import refs
from rjdesk.services.report_xlsx import tables_xlsx
from rjdesk.services.rj import engagement_mapping
from rjdesk.services.settings import ReportHead, report_head
from rjdesk.store.bulk import chunks
from rjdesk.store.database import Database
from rjdesk.store.models import (
    CaseOrder,
    Child,
    ConsentDecision,
    Contact,
    Offence,
    PoliceReferral,
    RestorativeActivity,
    RjConference,
    RjProcess,
    Victim,
    VictimOffence,
    VictimViews,
    order_offence,
)

FUNNEL_STEPS = {
    "children": "Children with an order or intervention in force in the period",
    "offences": "Their offences dealt with by those orders",
    "offences_with_a_direct_victim": "Offences with an identified victim",
    "victims": "Victims of those offences (one victim of two children is one victim)",
    "referrals_received": "Police referrals received in the period",
    "consented_to_contact": "Victims who gave consent to YJS contact (on or before the period's end)",
    "contacted": "Victims contacted in the period",
    "views_sought": "Victims whose views were recorded in the period",
    "engaged": "Victims engaged in restorative justice during the period",
    "conferences_completed": "Restorative conferences held in the period",
}


@dataclass(frozen=True)
class Funnel:
    start: dt.date
    end: dt.date
    steps: dict[str, int]
    rj_activities: dict[str, int]  # by kind, done in the period
    mapping_version: int
    # The records behind each step (keys of ``steps``) and each activity kind ("activity:<kind>"): only for
    # roles with the case list; empty for a performance analyst.
    behind: dict[str, tuple[RecordRef, ...]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            **self.steps,
            "rj_activities": self.rj_activities,
            "engagement_mapping_version": self.mapping_version,
        }


def funnel(db: Database, actor: Actor, start: dt.date, end: dt.date) -> Funnel:
    """From children to conferences, for any period (both days included). Each count is the size of the set of
    records behind it, so a figure and the records it opens onto cannot disagree."""
    require(actor, Permission.REPORT_AGGREGATE)
    if end < start:
        raise ValidationError("The period ends before it starts.", {"to": "On or after the start."})
    service = actor.service_id
    with db.unit_of_work() as session:
        in_force = (
            select(CaseOrder.id, CaseOrder.child_id)
            .join(Child, Child.id == CaseOrder.child_id)
            .where(
                Child.service_id == service,
                CaseOrder.start_date <= end,
                # Open or ending after the period starts — most of a service's orders. Written so that the
                # end-date index (migration 0014, for KPI 10's few orders ending in a quarter) is not used
                # here: read through it, this many orders cost more than reading them in turn.
                func.coalesce(CaseOrder.end_date, literal(dt.date.max, Date)) >= start,
            )
            .subquery()
        )
        children = set(session.execute(select(in_force.c.child_id)).scalars())
        offences = set(
            session.execute(
                select(order_offence.c.offence_id).join(in_force, in_force.c.id == order_offence.c.order_id)
            ).scalars()
        )
        offences_in_force = select(order_offence.c.offence_id).join(in_force, in_force.c.id == order_offence.c.order_id)
        links = session.execute(
            select(VictimOffence.offence_id, VictimOffence.victim_id, Offence.child_id)
            .join(Offence, Offence.id == VictimOffence.offence_id)
            .join(Victim, Victim.id == VictimOffence.victim_id)
            .where(
                Victim.merged_into_id.is_(None),
                Victim.service_id == service,
                VictimOffence.offence_id.in_(offences_in_force),
            )
        ).all()
        victims = {link.victim_id for link in links}
        victims_in_force = select(VictimOffence.victim_id).where(VictimOffence.offence_id.in_(offences_in_force))
        consented = (
            set(
                session.execute(
                    select(ConsentDecision.victim_id).where(
                        ConsentDecision.victim_id.in_(victims_in_force),
                        ConsentDecision.scope == "yjs_contact",
                        ConsentDecision.decision == "given",
                        ConsentDecision.decided_on <= end,
                    )
                ).scalars()
            )
            & victims
        )
        contacted = (
            set(
                session.execute(
                    select(Contact.victim_id).where(
                        Contact.victim_id.in_(victims_in_force),
                        Contact.kind == "contact",
                        Contact.occurred_on >= start,
                        Contact.occurred_on <= end,
                    )
                ).scalars()
            )
            & victims
        )
        views = (
            set(
                session.execute(
                    select(VictimViews.victim_id).where(
                        VictimViews.victim_id.in_(victims_in_force),
                        VictimViews.recorded_on >= start,
                        VictimViews.recorded_on <= end,
                    )
                ).scalars()
            )
            & victims
        )
        # Engaged in the period: an activity that counts by its end, and not told the process concluded
        # before its start (engagedRJ as kpi10_query derives it), for a child whose offence against the victim is
        # in force: the processes that qualify are few, so they are matched to the links in force here.
        version, mapping = engagement_mapping(session, service)
        engaging = engaging_kinds(mapping)
        in_force_pairs = {(link.victim_id, link.child_id) for link in links}
        engaged = {
            victim_id
            for victim_id, child_id in session.execute(
                select(RjProcess.victim_id, RjProcess.child_id).where(
                    RjProcess.service_id == service,
                    or_(RjProcess.victim_told_concluded_on.is_(None), RjProcess.victim_told_concluded_on >= start),
                    exists().where(RestorativeActivity.process_id == RjProcess.id, engaging_activity(engaging, end)),
                )
            )
            if (victim_id, child_id) in in_force_pairs
        }
        referrals = set(
            session.execute(
                select(PoliceReferral.id)
                .join(Victim, Victim.id == PoliceReferral.victim_id)
                .where(
                    Victim.service_id == service, PoliceReferral.received_on >= start, PoliceReferral.received_on <= end
                )
            ).scalars()
        )
        activities: dict[str, set[int]] = {kind.value: set() for kind in ActivityKind}
        for activity_id, kind in session.execute(
            select(RestorativeActivity.id, RestorativeActivity.kind)
            .join(RjProcess, RjProcess.id == RestorativeActivity.process_id)
            .where(
                RjProcess.service_id == service,
                RestorativeActivity.status == "done",
                RestorativeActivity.activity_date >= start,
                RestorativeActivity.activity_date <= end,
            )
        ).all():
            activities.setdefault(kind, set()).add(activity_id)
        held = {
            conference_id
            for conference_id, moment in session.execute(
                select(RjConference.id, RjConference.starts_at)
                .join(RjProcess, RjProcess.id == RjConference.process_id)
                .where(RjProcess.service_id == service, RjConference.status == "held")
            ).all()
            if start <= moment.date() <= end
        }
        audit_as(session, actor, action="report", entity="funnel", payload={"from": start, "to": end})
        behind: dict[str, tuple[RecordRef, ...]] = {
            "children": refs("child", children),
            "offences": refs("offence", offences),
            "offences_with_a_direct_victim": refs("offence", {link.offence_id for link in links}),
            "victims": refs("victim", victims),
            "referrals_received": refs("referral", referrals),
            "consented_to_contact": refs("victim", consented),
            "contacted": refs("victim", contacted),
            "views_sought": refs("victim", views),
            "engaged": refs("victim", engaged),
            "conferences_completed": refs("conference", held),
            **{f"activity:{kind}": refs("activity", ids) for kind, ids in activities.items()},
        }
        return Funnel(
            start,
            end,
            {step: len(behind[step]) for step in FUNNEL_STEPS},
            {kind.value: len(activities[kind.value]) for kind in ActivityKind},
            version,
            behind if actor.can(Permission.REPORT_CASE_LIST) else {},
        )


# ------------------------------------------------------------------------------------------------ PDFs


def _head(db: Database, actor: Actor) -> ReportHead:
    with db.unit_of_work(write=False) as session:
        return report_head(session, actor.service_id)


def measures_table(title: str, measures: dict[str, Measure], note: str) -> ReportTable:
    """KPI 10's measures as n, N and % beside what each counts (the KPI 10 report and the board pack)."""
    return ReportTable(
        title,
        ("Measure", "What it counts", "n", "N", "%"),
        [(key, MEASURE_TEXT[key], m.n, m.d, m.percent) for key, m in measures.items()],
        note=note,
        widths=(0.15, 0.52, 0.11, 0.11, 0.11),
    )


def kpi10_pdf(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> bytes:
    """KPI 10 for a quarter as a PDF: every measure as n/N, the YJB template lines, the consent rule and the
    engagement mapping version used."""
    return render(kpi10_document(db, actor, quarter, as_of, strict_consent=strict_consent))


def kpi10_xlsx(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> bytes:
    document = kpi10_document(db, actor, quarter, as_of, strict_consent=strict_consent)
    return tables_xlsx(document.tables, document.preface)


def kpi10_document(
    db: Database, actor: Actor, quarter: Quarter, as_of: dt.date | None = None, *, strict_consent: bool = False
) -> ReportDocument:
    report = kpi10_report(db, actor, quarter, as_of, strict_consent=strict_consent)
    result = report.result
    comparison = kpi10_comparison(db, actor, quarter, as_of, strict_consent=strict_consent)
    head = _head(db, actor)
    document = ReportDocument(
        title=f"YJB KPI 10 — victims — {quarter.label}",
        service_name=head.service_name,
        logo=head.logo,
        period=f"{quarter.label} ({quarter.start:%d %b %Y} to {quarter.end:%d %b %Y}), as of {result.as_of:%d %b %Y}",
        preface=(
            f"Consent rule: {result.consent_rule}",
            f"Engagement in RJ is derived from restorative activities under engagement mapping version "
            f"{report.mapping_version}.",
        ),
        tables=(
            measures_table(
                "Measures",
                result.measures,
                "Percentages are computed from the counts shown; 'n/a' when N is 0. 10c and 10g can exceed "
                "100% (the YJB's definition).",
            ),
            ReportTable(
                "Compared with",
                ("Measure", "This quarter", "Previous quarter", "Same quarter last year", "Comparators"),
                [
                    (
                        key,
                        measure.text,
                        comparison.previous[key].text,
                        comparison.last_year[key].text,
                        "; ".join(f"{c.name} {c.percent:g}%" for c in comparison.comparators if c.measure == key),
                    )
                    for key, measure in comparison.current.items()
                ],
                widths=(0.13, 0.2, 0.2, 0.22, 0.25),
            ),
            ReportTable(
                "YJB aggregate template",
                ("Line", "Count"),
                [(TEMPLATE_LABELS[key], value) for key, value in result.template.items()],
                widths=(0.8, 0.2),
            ),
        ),
        definitions=tuple((key, text) for key, text in MEASURE_TEXT.items()),
        charts=(kpi10_chart(result.measures),),
    )
    return document


def kpi10_chart(measures: dict[str, Measure]) -> BarChart:
    return BarChart("KPI 10 measures (%)", [(key, 100 * m.n / m.d) for key, m in measures.items() if m.d])


def funnel_pdf(db: Database, actor: Actor, start: dt.date, end: dt.date) -> bytes:
    return render(funnel_document(db, actor, start, end))


def funnel_xlsx(db: Database, actor: Actor, start: dt.date, end: dt.date) -> bytes:
    document = funnel_document(db, actor, start, end)
    return tables_xlsx(document.tables, document.preface)


def funnel_document(db: Database, actor: Actor, start: dt.date, end: dt.date) -> ReportDocument:
    found = funnel(db, actor, start, end)
    head = _head(db, actor)
    document = ReportDocument(
        title="Victim engagement",
        service_name=head.service_name,
        logo=head.logo,
        period=f"{start:%d %b %Y} to {end:%d %b %Y}",
        tables=(
            ReportTable(
                "The funnel",
                ("Step", "Count"),
                [(FUNNEL_STEPS[k], v) for k, v in found.steps.items()],
                widths=(0.8, 0.2),
            ),
            ReportTable(
                "Restorative activities by kind",
                ("Activity", "Done in the period"),
                [(ActivityKind(kind).label, count) for kind, count in found.rj_activities.items() if count],
                widths=(0.8, 0.2),
            ),
        ),
        definitions=tuple(FUNNEL_STEPS.items()),
        preface=(f"Engagement follows engagement mapping version {found.mapping_version}.",),
    )
    return document


# ------------------------------------------------------------------------------------------------ timeliness


@dataclass(frozen=True)
class Timeliness:
    """Days from the crime's report to the YJS's first RJ information (the first contact attempt, which offers
    it): a measure with no duty attached (DOMAIN §2, Right 3)."""

    victims: int
    median_days: float | None
    within_10_days: int
    longest_days: int | None
    behind: tuple[RecordRef, ...] = ()  # the victims counted (roles with the case list only)
    behind_within_10_days: tuple[RecordRef, ...] = ()


def days_to_first_rj_information(db: Database, actor: Actor, start: dt.date, end: dt.date) -> Timeliness:
    """Victims whose first contact attempt fell in the period, and how long after the crime was reported."""
    require(actor, Permission.REPORT_AGGREGATE)
    with db.unit_of_work(write=False) as session:
        # A victim's first contact falls in the period when they had one in it and none before it: read from
        # the period's contacts, not by finding every victim's first contact in the service's whole history.
        earlier = aliased(Contact)
        first_attempt: dict[int, dt.date] = {
            victim: day
            for victim, day in session.execute(
                select(Contact.victim_id, func.min(Contact.occurred_on))
                .join(Victim, Victim.id == Contact.victim_id)
                .where(
                    Victim.service_id == actor.service_id,
                    Victim.merged_into_id.is_(None),
                    Contact.occurred_on.between(start, end),
                    ~exists().where(earlier.victim_id == Contact.victim_id, earlier.occurred_on < start),
                )
                .group_by(Contact.victim_id)
            ).all()
        }
        reported: dict[int, dt.date] = {}
        for victims in chunks(sorted(first_attempt)):
            for victim, day in session.execute(
                select(VictimOffence.victim_id, func.min(Offence.reported_date))
                .join(Offence, Offence.id == VictimOffence.offence_id)
                .where(VictimOffence.victim_id.in_(victims), Offence.reported_date.is_not(None))
                .group_by(VictimOffence.victim_id)
            ).all():
                if day is not None:
                    reported[victim] = day
            for victim, day in session.execute(  # the police referral's own date of the crime report, if earlier
                select(PoliceReferral.victim_id, func.min(PoliceReferral.crime_reported_on))
                .where(PoliceReferral.victim_id.in_(victims), PoliceReferral.crime_reported_on.is_not(None))
                .group_by(PoliceReferral.victim_id)
            ).all():
                if day is not None and (victim not in reported or day < reported[victim]):
                    reported[victim] = day
    waited = {
        victim: (first - reported[victim]).days
        for victim, first in first_attempt.items()
        if start <= first <= end and victim in reported and first >= reported[victim]
    }
    if not waited:
        return Timeliness(0, None, 0, None)
    days = sorted(waited.values())
    middle = len(days) // 2
    median = days[middle] if len(days) % 2 else (days[middle - 1] + days[middle]) / 2
    may_open = actor.can(Permission.REPORT_CASE_LIST)
    return Timeliness(
        len(days),
        float(median),
        sum(1 for d in days if d <= 10),
        days[-1],
        refs("victim", waited) if may_open else (),
        refs("victim", (v for v, d in waited.items() if d <= 10)) if may_open else (),
    )
