"""The board pack: the quarter's victim work for the management board in one PDF — KPI 10, Victims' Code
compliance, restorative justice, reparation and safety, each section always present ("None recorded." when
empty). Counts and labels only: no victim names, no free text from case notes (DOMAIN §6)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from rjdesk.errors import ValidationError, message
from rjdesk.rules.duties import DutyStatus
from rjdesk.rules.kpi10 import MEASURE_TEXT, Quarter, suppressed
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import Stage
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.kpi10 import kpi10_with_breakdowns
from rjdesk.services.report_pdf import RecordRef, ReportDocument, ReportTable, render
from rjdesk.services.report_xlsx import tables_xlsx
from rjdesk.services.reports import FUNNEL_STEPS, days_to_first_rj_information, funnel, kpi10_chart, measures_table
from rjdesk.services.settings import report_head
from rjdesk.store.database import Database
from rjdesk.store.models import (
    AppUser,
    Duty,
    DutyRule,
    ReparationAttendance,
    ReparationPlacement,
    ReparationProject,
    ReparationSession,
    ReportRun,
    RjAgreementItem,
    RjFeedback,
    RjProcess,
    SafetyPlan,
    Victim,
)


@dataclass(frozen=True)
class BoardFigures:
    duties: list[tuple[str, int, int, int, int, int]]  # title, met on time, late, open overdue, deferred, waived
    duties_by_worker: list[tuple[str, int, int, int]]  # worker, met on time, late, open overdue
    rj_stages: list[tuple[str, int]]
    agreement: tuple[int, int]  # items completed, items due in the period
    satisfaction: tuple[int, float | None]  # feedback given, mean score
    reparation_by_project: list[tuple[str, str, float]]  # project, month, hours or days credited
    placements_completed: int
    attendance: list[tuple[str, int]]
    safety: tuple[int, int]  # open safety plans, reviews overdue at the period's end
    # The records behind the rows, keyed "duty:<title>", "worker:<name>", "stage:<label>", "agreement",
    # "feedback", "reparation:<project>:<month>", "safety:open", "safety:overdue".
    behind: dict[str, tuple[RecordRef, ...]]


def _figures(db: Database, actor: Actor, start: dt.date, end: dt.date) -> BoardFigures:
    service = actor.service_id
    with db.unit_of_work(write=False) as session:
        behind: dict[str, set[RecordRef]] = {}

        def record(key: str, kind: str, record_id: int) -> None:
            behind.setdefault(key, set()).add(RecordRef(kind, record_id))

        duty_rows = session.execute(
            select(DutyRule.title, Duty.status, Duty.id, Duty.due_date, AppUser.display_name)
            .join(DutyRule, DutyRule.id == Duty.rule_id)
            .outerjoin(AppUser, AppUser.id == Duty.assigned_to_id)
            .where(Duty.service_id == service, Duty.holder == "yjs", Duty.due_date >= start, Duty.due_date <= end)
        ).all()
        by_duty: dict[str, Counter[str]] = {}
        by_worker: dict[str, Counter[str]] = {}
        for title, status, duty_id, due, worker in duty_rows:
            outcome = status
            if status == DutyStatus.OPEN.value:
                outcome = "overdue" if due < min(end, dt.date.today()) else "open"
            by_duty.setdefault(title, Counter())[outcome] += 1
            by_worker.setdefault(worker or "Not allocated", Counter())[outcome] += 1
            record(f"duty:{title}", "duty", duty_id)
            record(f"worker:{worker or 'Not allocated'}", "duty", duty_id)
        duties = [
            (title, c["met"], c["met_late"], c["overdue"], c["deferred"], c["waived"])
            for title, c in sorted(by_duty.items())
        ]
        workers = [(name, c["met"], c["met_late"], c["overdue"]) for name, c in sorted(by_worker.items())]
        stages: Counter[str] = Counter()
        for process_id, stage in session.execute(
            select(RjProcess.id, RjProcess.stage).where(RjProcess.service_id == service)
        ).all():
            stages[stage] += 1
            record(f"stage:{Stage(stage).label}", "rj_process", process_id)
        items = []
        for process_id, completed_on in session.execute(
            select(RjAgreementItem.process_id, RjAgreementItem.completed_on)
            .join(RjProcess, RjProcess.id == RjAgreementItem.process_id)
            .where(RjProcess.service_id == service, RjAgreementItem.due_on >= start, RjAgreementItem.due_on <= end)
        ).all():
            items.append(completed_on)
            record("agreement", "rj_process", process_id)
        scores = []
        for process_id, satisfaction in session.execute(
            select(RjFeedback.process_id, RjFeedback.satisfaction)
            .join(RjProcess, RjProcess.id == RjFeedback.process_id)
            .where(RjProcess.service_id == service, RjFeedback.given_on >= start, RjFeedback.given_on <= end)
        ).all():
            scores.append(satisfaction)
            record("feedback", "rj_process", process_id)
        credited: dict[tuple[str, str], float] = {}
        outcomes: Counter[str] = Counter()
        for project, session_id, day, credit, mark in session.execute(
            select(
                ReparationProject.name,
                ReparationSession.id,
                ReparationSession.session_date,
                ReparationAttendance.credited,
                ReparationAttendance.outcome,
            )
            .join(ReparationSession, ReparationSession.id == ReparationAttendance.session_id)
            .join(ReparationProject, ReparationProject.id == ReparationSession.project_id)
            .where(
                ReparationProject.service_id == service,
                ReparationSession.session_date >= start,
                ReparationSession.session_date <= end,
            )
        ).all():
            if credit:
                month = (project, day.strftime("%Y-%m"))
                credited[month] = credited.get(month, 0.0) + credit
                record(f"reparation:{project}:{month[1]}", "reparation_session", session_id)
            if mark:
                outcomes[mark] += 1
        completed = session.execute(
            select(func.count(ReparationPlacement.id)).where(
                ReparationPlacement.service_id == service,
                ReparationPlacement.completed_on >= start,
                ReparationPlacement.completed_on <= end,
            )
        ).scalar_one()
        plans = []
        for victim_id, review in session.execute(
            select(SafetyPlan.victim_id, SafetyPlan.review_date)
            .join(Victim, Victim.id == SafetyPlan.victim_id)
            .where(Victim.service_id == service, Victim.merged_into_id.is_(None), Victim.status != "closed")
        ).all():
            plans.append(review)
            record("safety:open", "victim", victim_id)
            if review is not None and review < end:
                record("safety:overdue", "victim", victim_id)
        return BoardFigures(
            duties,
            workers,
            [(stage.label, int(stages.get(stage.value, 0))) for stage in Stage if stages.get(stage.value)],
            (sum(1 for done in items if done is not None and done <= end), len(items)),
            (len(scores), sum(scores) / len(scores) if scores else None),
            [(project, month, hours) for (project, month), hours in sorted(credited.items())],
            int(completed),
            sorted(outcomes.items()),
            (len(plans), len(behind.get("safety:overdue", ()))),
            {key: tuple(sorted(found, key=lambda ref: ref.id)) for key, found in behind.items()}
            if actor.can(Permission.REPORT_CASE_LIST)
            else {},
        )


def board_pack_pdf(db: Database, actor: Actor, start: dt.date, end: dt.date) -> bytes:
    """The board pack for a period (usually a quarter): its KPI 10 is for the quarter the period ends in."""
    return render(board_pack_document(db, actor, start, end))


def board_pack_xlsx(db: Database, actor: Actor, start: dt.date, end: dt.date) -> bytes:
    """Every table of the board pack as a workbook sheet (the same figures, suppression included)."""
    document = board_pack_document(db, actor, start, end)
    return tables_xlsx(document.tables, (f"{document.service_name} · {document.period}", *document.preface))


def board_pack_document(db: Database, actor: Actor, start: dt.date, end: dt.date) -> ReportDocument:
    require(actor, Permission.REPORT_AGGREGATE)
    if end < start:
        raise ValidationError("The period ends before it starts.", {"to": "On or after the start."})
    quarter = Quarter.containing(end)
    as_of = max(quarter.start, min(dt.date.today(), end + dt.timedelta(days=92)))
    kpi, split = kpi10_with_breakdowns(db, actor, quarter, as_of)
    engagement = funnel(db, actor, start, end)
    timeliness = days_to_first_rj_information(db, actor, start, end)
    figures = _figures(db, actor, start, end)
    with db.unit_of_work() as session:
        head = report_head(session, actor.service_id)
        audit_as(session, actor, action="report", entity="board_pack", payload={"from": start, "to": end})
    agreement_done, agreement_due = figures.agreement
    feedback_count, feedback_mean = figures.satisfaction
    open_plans, overdue_reviews = figures.safety
    opens = figures.behind.get
    rj_rows: list[tuple[tuple[str, object], tuple[RecordRef, ...]]] = [
        *(((f"Processes: {label}", count), opens(f"stage:{label}", ())) for label, count in figures.rj_stages),
        *(
            ((f"Activities: {kind.replace('_', ' ')}", count), engagement.behind.get(f"activity:{kind}", ()))
            for kind, count in engagement.rj_activities.items()
            if count
        ),
        (
            ("Agreement items due in the period, completed", f"{agreement_done} of {agreement_due}"),
            opens("agreement", ()),
        ),
        (
            (
                "Victim satisfaction (1–5)",
                f"{feedback_mean:.1f} from {feedback_count} victim(s)" if feedback_mean else "no feedback",
            ),
            opens("feedback", ()),
        ),
    ]
    tables: tuple[ReportTable, ...] = (
        replace(
            measures_table(
                f"KPI 10 — {quarter.label}",
                kpi.result.measures,
                f"{kpi.result.consent_rule} Engagement mapping version {kpi.mapping_version}.",
            ),
            behind=[kpi.behind.get(key, ()) for key in kpi.result.measures] if kpi.behind else (),
        ),
        ReportTable(
            f"KPI 10 by characteristic — {quarter.label}",
            ("Characteristic", "Group", "Victims", "Consented", "Engaged with consent"),
            [
                (
                    row.dimension,
                    row.group,
                    suppressed(row.victims, split.threshold),
                    suppressed(row.consented, split.threshold),
                    suppressed(row.engaged, split.threshold),
                )
                for row in split.rows
            ],
            note=f"Counts from 1 to {split.threshold - 1} are shown as <{split.threshold} so that no one can be "
            "recognised (the service's small-number threshold)."
            if split.threshold > 1
            else "",
            widths=(0.28, 0.27, 0.15, 0.15, 0.15),
            behind=split.behind,
        ),
        ReportTable(
            "Victim engagement",
            ("Step", "Count"),
            [(FUNNEL_STEPS[k], v) for k, v in engagement.steps.items()],
            widths=(0.8, 0.2),
            behind=[engagement.behind.get(k, ()) for k in engagement.steps] if engagement.behind else (),
        ),
        ReportTable(
            "Victims' Code compliance — YJS-held duties due in the period",
            ("Duty", "Met on time", "Met late", "Open, overdue", "Deferred", "Waived"),
            figures.duties,
            widths=(0.35, 0.13, 0.13, 0.13, 0.13, 0.13),
            behind=[opens(f"duty:{row[0]}", ()) for row in figures.duties] if figures.behind else (),
        ),
        ReportTable(
            "Days from the crime's report to the first RJ information",
            ("Measure", "Figure"),
            [
                ("Victims first offered RJ information in the period", timeliness.victims),
                ("Median days from the crime's report", f"{timeliness.median_days:g}"),
                ("Within 10 days", timeliness.within_10_days),
                ("Longest wait (days)", timeliness.longest_days),
            ]
            if timeliness.victims
            else [],
            note="A measure with no duty attached: the YJS can act only once the police refer.",
            widths=(0.8, 0.2),
            behind=[timeliness.behind, timeliness.behind, timeliness.behind_within_10_days, ()]
            if timeliness.behind
            else (),
        ),
        ReportTable(
            "Victims' Code compliance by worker",
            ("Worker", "Met on time", "Met late", "Open, overdue"),
            figures.duties_by_worker,
            widths=(0.46, 0.18, 0.18, 0.18),
            behind=[opens(f"worker:{row[0]}", ()) for row in figures.duties_by_worker] if figures.behind else (),
        ),
        ReportTable(
            "Restorative justice",
            ("Measure", "Figure"),
            [row for row, _behind in rj_rows] if figures.rj_stages else [],
            widths=(0.7, 0.3),
            behind=[behind for _row, behind in rj_rows] if figures.behind and figures.rj_stages else (),
        ),
        ReportTable(
            "Reparation — hours (or days) credited by project and month",
            ("Project", "Month", "Credited"),
            [(project, month, f"{hours:g}") for project, month, hours in figures.reparation_by_project],
            note=f"Placements completed in the period: {figures.placements_completed}. Attendance marks: "
            + (", ".join(f"{outcome.replace('_', ' ')} {n}" for outcome, n in figures.attendance) or "none")
            + ".",
            widths=(0.5, 0.25, 0.25),
            behind=[opens(f"reparation:{project}:{month}", ()) for project, month, _h in figures.reparation_by_project]
            if figures.behind
            else (),
        ),
        ReportTable(
            "Safety",
            ("Measure", "Count"),
            [("Open safety plans", open_plans), ("Reviews overdue at the period's end", overdue_reviews)]
            if open_plans
            else [],
            widths=(0.8, 0.2),
            behind=[opens("safety:open", ()), opens("safety:overdue", ())] if figures.behind and open_plans else (),
        ),
    )
    commentary = latest_commentary(db, actor, start, end)
    tables = tuple(replace(table, commentary=commentary.get(table.title, "")) for table in tables)
    document = ReportDocument(
        title="Victims and restorative justice — board report",
        service_name=head.service_name,
        logo=head.logo,
        period=f"{start:%d %b %Y} to {end:%d %b %Y}",
        tables=tables,
        definitions=(
            *((key, text) for key, text in MEASURE_TEXT.items()),
            ("Met on time", "Duties met on or before their due date (working days, bank holidays excluded)."),
            ("Open, overdue", "Duties still open after their due date."),
        ),
        preface=("Figures only: this report names no victim and quotes no case note.",),
        charts=(kpi10_chart(kpi.result.measures),),
    )
    return document


# ------------------------------------------------------------------------------------------------ commentary

COMMENTARY_LIMIT = 2000


def save_commentary(db: Database, actor: Actor, start: dt.date, end: dt.date, commentary: dict[str, str]) -> int:
    """Save a run of the board report for a period with the commentary on each table (keyed by the table's
    title). Later prints of the same period carry the newest run's commentary."""
    require(actor, Permission.REPORT_AGGREGATE)
    long = [title for title, text in commentary.items() if len(text) > COMMENTARY_LIMIT]
    if long:
        raise ValidationError(
            message(
                "Commentary is at most {commentary_limit} characters per table.", commentary_limit=COMMENTARY_LIMIT
            ),
            {"commentary": ", ".join(long)},
        )
    kept = {title: text.strip() for title, text in commentary.items() if text.strip()}
    with db.unit_of_work() as session:
        run = ReportRun(
            service_id=actor.service_id,
            kind="board",
            period_start=start,
            period_end=end,
            commentary_json=json.dumps(kept, sort_keys=True),
            created_by=actor.audit_name,
        )
        session.add(run)
        session.flush()
        audit_as(session, actor, action="create", entity="report_run", entity_id=run.id)
        return run.id


def latest_commentary(db: Database, actor: Actor, start: dt.date, end: dt.date) -> dict[str, str]:
    require(actor, Permission.REPORT_AGGREGATE)
    with db.unit_of_work(write=False) as session:
        run = session.execute(
            select(ReportRun)
            .where(
                ReportRun.service_id == actor.service_id,
                ReportRun.kind == "board",
                ReportRun.period_start == start,
                ReportRun.period_end == end,
            )
            .order_by(ReportRun.id.desc())
        ).scalar()
        found: dict[str, str] = json.loads(run.commentary_json) if run else {}
        return found
