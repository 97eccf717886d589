"""Importing children, offences, orders, panels and case events from the CMS's case CSV, re-runnably.

Reconciliation, record by record, keyed by the CMS's own references:
- a record not in rjdesk is added; one already there is updated where the file says something different,
  and each change is reported (old → new); an empty cell never erases what rjdesk holds;
- an order typed into rjdesk by hand (no CMS reference) for the same child, disposal and start date is
  adopted by the import instead of duplicated;
- a **conflict** is something the import must not decide: a child whose date of birth differs from rjdesk's
  (the wrong child behind a reference?), an order reference already used for another child, a case manager
  who is not an rjdesk user;
- new facts start the duties of DOMAIN §2, as manual entry does: a new order is an "order made" event, new
  events start progress updates, a decision or panel date still to come starts (or moves) the 'views before
  the decision' duty, a new end date starts the end-of-intervention duty.

All or nothing: the whole file is applied in one transaction and rolled back if any row is invalid or any
conflict is found — or if this is a dry run — so the report always shows everything the file would change.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.rules import case_csv
from rjdesk.rules.case_csv import CaseFile, ChildFacts, OffenceFacts, OrderFacts
from rjdesk.rules.csv_fields import RowProblem
from rjdesk.rules.permissions import Permission
from rjdesk.services.cases import add_case_event, case_event_known, intervention_end_duties, views_before_decision
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.panels import add_panel
from rjdesk.store.database import Database
from rjdesk.store.models import AppUser, CaseOrder, Child, Duty, Offence, Panel


@dataclass(frozen=True)
class Change:
    line: int
    record: str  # "child C1001", "offence C1001/OF1", "order C1001/ORD7"
    what: str


@dataclass
class CaseImportReport:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[RowProblem] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # rows that could not be read
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    duties_started: int = 0
    file_error: str | None = None
    written: bool = False

    @property
    def ok(self) -> bool:
        return self.file_error is None and not self.problems and not self.conflicts

    def summary(self) -> str:
        def counts(counter: Counter[str]) -> str:
            return ", ".join(f"{n} {kind}" for kind, n in sorted(counter.items())) or "nothing"

        return (
            f"added {counts(self.added)}; updated {counts(self.updated)}; "
            f"{self.duties_started} duties started; {len(self.conflicts)} conflicts; {len(self.problems)} invalid rows"
        )


# The report speaks the CSV's language: a changed field is named by its column in the file.
COLUMN_OF = {
    "category": "offence_category",
    "reported_date": "offence_reported_on",
    "start_date": "order_start",
    "planned_end_date": "order_planned_end",
    "end_date": "order_end",
    "case_manager_id": "case_manager",
}


class _Rollback(Exception):
    pass


def import_cases(
    db: Database, actor: Actor, data: bytes, *, dry_run: bool = False, today: dt.date | None = None
) -> CaseImportReport:
    require(actor, Permission.CASE_EDIT, Permission.DATA_ADMIN)
    today = today or dt.date.today()
    parsed = case_csv.parse(data, today)
    report = CaseImportReport(file_error=parsed.file_error, problems=list(parsed.problems))
    if parsed.file_error:
        return report
    try:
        with db.unit_of_work() as session:
            duties_before = _duty_count(session, actor)
            _Reconciler(session, actor, parsed, report, today).run()
            report.duties_started = _duty_count(session, actor) - duties_before
            if dry_run or not report.ok:
                raise _Rollback
            audit_as(
                session,
                actor,
                action="import",
                entity="case_import",
                payload={"added": dict(report.added), "updated": dict(report.updated)},
            )
            report.written = True
    except _Rollback:
        report.written = False
    report.problems.sort(key=lambda p: p.line)
    report.conflicts.sort(key=lambda p: p.line)
    report.changes.sort(key=lambda c: c.line)
    return report


def _duty_count(session: Session, actor: Actor) -> int:
    session.flush()
    return session.execute(select(func.count(Duty.id)).where(Duty.service_id == actor.service_id)).scalar_one()


class _Reconciler:
    """Applies one parsed file to the store inside the caller's transaction, noting every change."""

    def __init__(self, session: Session, actor: Actor, parsed: CaseFile, report: CaseImportReport, today: dt.date):
        self.session, self.actor, self.parsed, self.report, self.today = session, actor, parsed, report, today
        self.children: dict[str, Child] = {}

    def run(self) -> None:
        for cms_ref, facts in self.parsed.children.items():
            child = self._child(facts, self.parsed.line_of("child", cms_ref))
            if child is not None:
                self.children[cms_ref] = child
        for (cms_ref, offence_ref), offence_facts in self.parsed.offences.items():
            if cms_ref in self.children:
                self._offence(
                    self.children[cms_ref], offence_facts, self.parsed.line_of("offence", cms_ref, offence_ref)
                )
        for (cms_ref, order_ref), order_facts in self.parsed.orders.items():
            if cms_ref in self.children:
                line = self.parsed.line_of("order", cms_ref, order_ref)
                self._order(self.children[cms_ref], order_facts, self.parsed.order_links[(cms_ref, order_ref)], line)

    # ------------------------------------------------------------------------------------------ helpers

    def _note(self, line: int, record: str, what: str) -> None:
        self.report.changes.append(Change(line, record, what))

    def _conflict(self, line: int, reason: str) -> None:
        self.report.conflicts.append(RowProblem(line, reason))

    def _update(
        self, row: Child | Offence | CaseOrder, line: int, record: str, kind: str, values: dict[str, object]
    ) -> None:
        """Set each value the file gives (None = the cell was empty: keep rjdesk's); report and audit what
        changed (field names only in the audit: the values may be personal data)."""
        changed = []
        for name, new in values.items():
            old = getattr(row, name)
            if new is None or new == old:
                continue
            setattr(row, name, new)
            changed.append(name)
            column = COLUMN_OF.get(name, name)
            if name.endswith("_id"):  # a person: say it changed, without internal ids
                self._note(line, record, f"{column} changed")
            else:
                self._note(line, record, f"{column}: {_show(old)} → {_show(new)}")
        if changed:
            self.report.updated[kind] += 1
            audit_as(
                self.session,
                self.actor,
                action="import_update",
                entity=row.__tablename__,
                entity_id=row.id,
                payload={"fields": changed},
            )

    # ------------------------------------------------------------------------------------------ records

    def _child(self, facts: ChildFacts, line: int) -> Child | None:
        record = f"child {facts.cms_ref}"
        manager_id = None
        if facts.case_manager:
            manager_id = self.session.execute(
                select(AppUser.id).where(
                    AppUser.service_id == self.actor.service_id, AppUser.username == facts.case_manager
                )
            ).scalar_one_or_none()
            if manager_id is None:
                self._conflict(line, f"{record}: case_manager {facts.case_manager!r} is not an rjdesk user here")
                return None
        child = self.session.execute(
            select(Child).where(Child.service_id == self.actor.service_id, Child.cms_ref == facts.cms_ref)
        ).scalar_one_or_none()
        if child is None:
            child = Child(
                service_id=self.actor.service_id,
                cms_ref=facts.cms_ref,
                given_name=facts.given_name,
                family_name=facts.family_name,
                date_of_birth=facts.date_of_birth,
                gender=facts.gender,
                ethnicity=facts.ethnicity,
                case_manager_id=manager_id,
            )
            self.session.add(child)
            self.session.flush()
            self.report.added["children"] += 1
            self._note(line, record, "added")
            audit_as(self.session, self.actor, action="import_create", entity="child", entity_id=child.id)
            return child
        if child.date_of_birth != facts.date_of_birth:
            self._conflict(
                line,
                f"{record}: date of birth {facts.date_of_birth:%d/%m/%Y} differs from rjdesk's "
                f"{child.date_of_birth:%d/%m/%Y} — is this the same child? Correct the CMS or rjdesk, then "
                "import again",
            )
            return None
        self._update(
            child,
            line,
            record,
            "children",
            {
                "given_name": facts.given_name,
                "family_name": facts.family_name,
                "gender": facts.gender,
                "ethnicity": facts.ethnicity,
                "case_manager_id": manager_id,
            },
        )
        return child

    def _offence(self, child: Child, facts: OffenceFacts, line: int) -> None:
        record = f"offence {facts.cms_ref}/{facts.offence_ref}"
        values: dict[str, object] = {
            "category": facts.category,
            "offence_date": facts.offence_date,
            "reported_date": facts.reported_date,
            "gravity": facts.gravity,
            "sensitive_kind": facts.sensitive_kind,
        }
        offence = self.session.execute(
            select(Offence).where(Offence.child_id == child.id, Offence.offence_ref == facts.offence_ref)
        ).scalar_one_or_none()
        if offence is None:
            offence = Offence(child_id=child.id, offence_ref=facts.offence_ref, **values)
            self.session.add(offence)
            self.session.flush()
            self.report.added["offences"] += 1
            self._note(line, record, "added")
            audit_as(self.session, self.actor, action="import_create", entity="offence", entity_id=offence.id)
            return
        self._update(offence, line, record, "offences", values)

    def _order(self, child: Child, facts: OrderFacts, links: case_csv.OrderLinks, line: int) -> None:
        record = f"order {facts.cms_ref}/{facts.order_ref}"
        elsewhere = self.session.execute(
            select(Child.cms_ref)
            .join(CaseOrder, CaseOrder.child_id == Child.id)
            .where(
                Child.service_id == self.actor.service_id,
                CaseOrder.order_ref == facts.order_ref,
                Child.id != child.id,
            )
        ).first()
        if elsewhere:
            self._conflict(line, f"{record}: that order reference belongs to child {elsewhere[0]} in rjdesk")
            return
        order, is_new = self._find_or_create_order(child, facts, line, record)
        offences = list(
            self.session.execute(
                select(Offence).where(Offence.child_id == child.id, Offence.offence_ref.in_(links.offence_refs))
            ).scalars()
        )
        for offence in sorted(offences, key=lambda o: o.offence_ref):
            if offence not in order.offences:
                order.offences.append(offence)
                if not is_new:
                    self._note(line, record, f"now deals with offence {offence.offence_ref}")
        self.session.flush()
        previous_end, previous_decision = (None, None) if is_new else (order.end_date, order.decision_date)
        self._update(
            order,
            line,
            record,
            "orders",
            {
                "disposal_type": facts.disposal_type,
                "start_date": facts.start_date,
                "planned_end_date": facts.planned_end_date,
                "end_date": facts.end_date,
                "changed_on_appeal": facts.changed_on_appeal or None,
                "decision_date": facts.decision_date,
            }
            if not is_new
            else {},
        )
        events = set(links.events)
        if is_new:
            events.add(("order_made", facts.start_date))
        for kind, day in sorted(events, key=lambda e: (e[1], e[0])):
            if not case_event_known(self.session, order.id, kind, day):
                add_case_event(self.session, self.actor, order, kind, day)
                self.report.added["events"] += 1
                self._note(line, record, f"event {kind.replace('_', ' ')} on {day:%d/%m/%Y}")
        if facts.decision_date and facts.decision_date != previous_decision and facts.decision_date >= self.today:
            views_before_decision(self.session, self.actor, order, facts.decision_date, self.today)
        if facts.panel_date and not self._has_panel_on(order, facts.panel_date):
            add_panel(self.session, self.actor, order, facts.panel_date, self.today)
            self.report.added["panels"] += 1
            self._note(line, record, f"panel on {facts.panel_date:%d/%m/%Y}")
        if facts.end_date and previous_end is None:
            intervention_end_duties(self.session, self.actor, order, facts.end_date)

    def _find_or_create_order(self, child: Child, facts: OrderFacts, line: int, record: str) -> tuple[CaseOrder, bool]:
        order = self.session.execute(
            select(CaseOrder).where(CaseOrder.child_id == child.id, CaseOrder.order_ref == facts.order_ref)
        ).scalar_one_or_none()
        if order is not None:
            return order, False
        typed = (
            self.session.execute(
                select(CaseOrder).where(
                    CaseOrder.child_id == child.id,
                    CaseOrder.order_ref.is_(None),
                    CaseOrder.disposal_type == facts.disposal_type,
                    CaseOrder.start_date == facts.start_date,
                )
            )
            .scalars()
            .all()
        )
        if len(typed) == 1:
            order = typed[0]
            order.order_ref = facts.order_ref
            self.report.updated["orders"] += 1
            self._note(line, record, "linked to the order entered by hand in rjdesk")
            audit_as(self.session, self.actor, action="import_link", entity="case_order", entity_id=order.id)
            return order, False
        order = CaseOrder(
            child_id=child.id,
            order_ref=facts.order_ref,
            disposal_type=facts.disposal_type,
            start_date=facts.start_date,
            planned_end_date=facts.planned_end_date,
            end_date=facts.end_date,
            changed_on_appeal=facts.changed_on_appeal,
            decision_date=facts.decision_date,
            source="cms",
        )
        self.session.add(order)
        self.session.flush()
        self.report.added["orders"] += 1
        self._note(line, record, f"added ({facts.disposal_type}, from {facts.start_date:%d/%m/%Y})")
        audit_as(self.session, self.actor, action="import_create", entity="case_order", entity_id=order.id)
        return order, True

    def _has_panel_on(self, order: CaseOrder, day: dt.date) -> bool:
        return (
            self.session.execute(select(Panel.id).where(Panel.order_id == order.id, Panel.panel_date == day)).first()
            is not None
        )


def _show(value: object) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)
