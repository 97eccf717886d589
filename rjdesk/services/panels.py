"""Referral order and out-of-court panels: the diary, what is due for a panel, and each panel's outcome.

A panel's date is the decision (or planning) date of its order, so scheduling or moving a panel starts — or
moves — the 'views before the decision' duty of every victim of the order's offences (DOMAIN §2). A referral
order's first panel is due within 20 working days of the order being made (National Standards 2019).

The diary and the due list show the child's case and counts of victims, never a victim's name: a panel
coordinator prepares the meeting; the VLO brings the victim's voice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.errors import ConcurrencyConflict, NotFound, ValidationError, message
from rjdesk.rules.disposals import OUT_OF_COURT, PANEL_KINDS, panel_kind_for
from rjdesk.rules.permissions import Permission
from rjdesk.services.cases import load_order, views_before_decision
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import calendar_for
from rjdesk.store.database import Database
from rjdesk.store.models import CaseOrder, Child, Panel, VictimOffence, VictimViews, order_offence

FIRST_PANEL_WORKING_DAYS = 20
PANEL_STATUSES = {"scheduled": "Scheduled", "held": "Held", "cancelled": "Cancelled"}


@dataclass(frozen=True)
class PanelInfo:
    id: int
    order_id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    disposal_type: str
    kind: str
    panel_date: dt.date
    status: str
    members: str | None
    victim_invited: bool | None
    victim_attended: bool | None
    impact_statement_used: bool | None
    contract_items: str | None
    notes: str | None
    victims: int  # victims of the order's offences
    views_recorded: int  # of those, how many have views recorded for this child's case
    version: int

    @property
    def kind_label(self) -> str:
        return PANEL_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class PanelOutcome:
    victim_invited: bool | None
    victim_attended: bool | None
    impact_statement_used: bool | None
    contract_items: str | None
    notes: str | None = None


@dataclass(frozen=True)
class DueForPanel:
    order_id: int
    child_id: int
    child_cms_ref: str
    child_name: str
    disposal_type: str
    order_start: dt.date
    due_by: dt.date | None  # None: an out-of-court case with no decision date yet
    victims: int


def schedule_panel(
    db: Database,
    actor: Actor,
    order_id: int,
    panel_date: dt.date,
    members: str | None = None,
    known_on: dt.date | None = None,
) -> PanelInfo:
    require(actor, Permission.PANEL_EDIT)
    known_on = known_on or dt.date.today()
    if panel_date < known_on:
        raise ValidationError("A panel is scheduled for a day still to come.", {"panel_date": "A date still to come."})
    with db.unit_of_work() as session:
        order = load_order(session, actor, order_id)
        if order.end_date is not None:
            raise ValidationError("That order has ended; a panel cannot be scheduled for it.")
        panel = add_panel(session, actor, order, panel_date, known_on, members=members)
        return _info(session, panel)


def add_panel(
    session: Session,
    actor: Actor,
    order: CaseOrder,
    panel_date: dt.date,
    known_on: dt.date,
    *,
    members: str | None = None,
) -> Panel:
    """Add the panel and tie the victims' 'views before the decision' duties to its date (if it is to come)."""
    held = panel_date < known_on
    panel = Panel(
        order_id=order.id,
        kind=panel_kind_for(order.disposal_type),
        panel_date=panel_date,
        members=(members or "").strip() or None,
        status="held" if held else "scheduled",
    )
    session.add(panel)
    session.flush()
    audit_as(
        session,
        actor,
        action="create",
        entity="panel",
        entity_id=panel.id,
        payload={"order_id": order.id, "on": panel_date, "status": panel.status},
    )
    if not held:
        order.decision_date = panel_date
        views_before_decision(session, actor, order, panel_date, known_on)
    return panel


def _load(session: Session, actor: Actor, panel_id: int, version: int | None) -> Panel:
    panel = session.get(Panel, panel_id)
    if panel is None:
        raise NotFound("No such panel.")
    load_order(session, actor, panel.order_id)
    if version is not None and panel.version_id != version:
        raise ConcurrencyConflict("Someone else changed this panel; it has been reloaded — check it and try again.")
    return panel


def reschedule_panel(
    db: Database, actor: Actor, panel_id: int, panel_date: dt.date, version: int, known_on: dt.date | None = None
) -> PanelInfo:
    """A new date moves the victims' open 'views before the decision' duties with it."""
    require(actor, Permission.PANEL_EDIT)
    known_on = known_on or dt.date.today()
    if panel_date < known_on:
        raise ValidationError("Move the panel to a day still to come.", {"panel_date": "A date still to come."})
    with db.unit_of_work() as session:
        panel = _load(session, actor, panel_id, version)
        if panel.status != "scheduled":
            raise ValidationError(
                message("This panel is {status}; only a scheduled panel can be moved.", status=panel.status)
            )
        order = load_order(session, actor, panel.order_id)
        audit_as(
            session,
            actor,
            action="reschedule",
            entity="panel",
            entity_id=panel.id,
            payload={"from": panel.panel_date, "to": panel_date},
        )
        panel.panel_date = panel_date
        order.decision_date = panel_date
        views_before_decision(session, actor, order, panel_date, known_on)
        return _info(session, panel)


def cancel_panel(db: Database, actor: Actor, panel_id: int, version: int, reason: str) -> PanelInfo:
    require(actor, Permission.PANEL_EDIT)
    if not reason.strip():
        raise ValidationError("Say why the panel is cancelled.", {"reason": "Required."})
    with db.unit_of_work() as session:
        panel = _load(session, actor, panel_id, version)
        if panel.status != "scheduled":
            raise ValidationError(
                message("This panel is {status}; only a scheduled panel can be cancelled.", status=panel.status)
            )
        panel.status = "cancelled"
        panel.notes = "\n".join(filter(None, (panel.notes, f"Cancelled: {reason.strip()}")))
        audit_as(session, actor, action="cancel", entity="panel", entity_id=panel.id, payload={"reason": "given"})
        return _info(session, panel)


def record_outcome(
    db: Database,
    actor: Actor,
    panel_id: int,
    version: int,
    outcome: PanelOutcome,
    today: dt.date | None = None,
) -> PanelInfo:
    """The panel was held: whether the victim was invited and attended, whether their impact statement was
    used, and the contract's items (reparation among them)."""
    require(actor, Permission.PANEL_EDIT)
    today = today or dt.date.today()
    if outcome.victim_attended and outcome.victim_invited is False:
        raise ValidationError(
            "A victim who was not invited cannot have attended.", {"victim_attended": "Check 'invited'."}
        )
    with db.unit_of_work() as session:
        panel = _load(session, actor, panel_id, version)
        if panel.panel_date > today:
            raise ValidationError("The panel has not happened yet; record its outcome on or after the day.")
        if panel.status == "cancelled":
            raise ValidationError("This panel was cancelled.")
        panel.status = "held"
        panel.victim_invited = outcome.victim_invited
        panel.victim_attended = outcome.victim_attended
        panel.impact_statement_used = outcome.impact_statement_used
        panel.contract_items = (outcome.contract_items or "").strip() or None
        if outcome.notes and outcome.notes.strip():
            panel.notes = outcome.notes.strip()
        audit_as(
            session,
            actor,
            action="outcome",
            entity="panel",
            entity_id=panel.id,
            payload={
                "invited": outcome.victim_invited,
                "attended": outcome.victim_attended,
                "impact_statement_used": outcome.impact_statement_used,
            },
        )
        return _info(session, panel)


def panel_diary(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[PanelInfo]:
    """Every panel between two dates (inclusive), earliest first, cancelled ones included and marked."""
    require(actor, Permission.CASE_VIEW)
    if end < start:
        raise ValidationError("The diary's end is before its start.")
    with db.unit_of_work(write=False) as session:
        panels = session.execute(
            select(Panel)
            .join(CaseOrder, CaseOrder.id == Panel.order_id)
            .join(Child, Child.id == CaseOrder.child_id)
            .where(Child.service_id == actor.service_id, Panel.panel_date.between(start, end))
            .order_by(Panel.panel_date, Panel.id)
        ).scalars()
        return [_info(session, p) for p in panels]


def panels_for_order(db: Database, actor: Actor, order_id: int) -> list[PanelInfo]:
    require(actor, Permission.CASE_VIEW)
    with db.unit_of_work(write=False) as session:
        load_order(session, actor, order_id)
        panels = session.execute(select(Panel).where(Panel.order_id == order_id).order_by(Panel.panel_date)).scalars()
        return [_info(session, p) for p in panels]


def due_for_panel(db: Database, actor: Actor, today: dt.date | None = None) -> list[DueForPanel]:
    """Open referral orders, and out-of-court cases whose decision is still to come, with no panel yet; the
    most pressing first."""
    require(actor, Permission.CASE_VIEW)
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        calendar = calendar_for(session, actor.service_id)
        has_panel = select(Panel.id).where(Panel.order_id == CaseOrder.id, Panel.status != "cancelled").exists()
        rows = session.execute(
            select(CaseOrder, Child)
            .join(Child, Child.id == CaseOrder.child_id)
            .where(
                Child.service_id == actor.service_id,
                CaseOrder.end_date.is_(None),
                ~has_panel,
                # an out-of-court panel comes before the decision: only cases still to be decided need one
                (CaseOrder.disposal_type == "REFERRAL_ORDER")
                | (CaseOrder.disposal_type.in_(OUT_OF_COURT) & (CaseOrder.decision_date >= today)),
            )
        ).all()
        due = []
        for order, child in rows:
            if order.disposal_type == "REFERRAL_ORDER":
                due_by: dt.date | None = calendar.add_working_days(order.start_date, FIRST_PANEL_WORKING_DAYS)
            else:
                due_by = order.decision_date
            due.append(
                DueForPanel(
                    order.id,
                    child.id,
                    child.cms_ref,
                    f"{child.given_name} {child.family_name}",
                    order.disposal_type,
                    order.start_date,
                    due_by,
                    _victim_count(session, order.id),
                )
            )
        return sorted(due, key=lambda d: (d.due_by is None, d.due_by or today, d.child_cms_ref))


def _victim_count(session: Session, order_id: int) -> int:
    return session.execute(
        select(func.count(func.distinct(VictimOffence.victim_id))).where(
            VictimOffence.offence_id.in_(select(order_offence.c.offence_id).where(order_offence.c.order_id == order_id))
        )
    ).scalar_one()


def _info(session: Session, panel: Panel) -> PanelInfo:
    order = session.get(CaseOrder, panel.order_id)
    assert order is not None
    child = session.get(Child, order.child_id)
    assert child is not None
    victim_ids = select(VictimOffence.victim_id).where(
        VictimOffence.offence_id.in_(select(order_offence.c.offence_id).where(order_offence.c.order_id == order.id))
    )
    views = session.execute(
        select(func.count(func.distinct(VictimViews.victim_id))).where(
            VictimViews.child_id == child.id, VictimViews.victim_id.in_(victim_ids)
        )
    ).scalar_one()
    return PanelInfo(
        id=panel.id,
        order_id=order.id,
        child_id=child.id,
        child_cms_ref=child.cms_ref,
        child_name=f"{child.given_name} {child.family_name}",
        disposal_type=order.disposal_type,
        kind=panel.kind,
        panel_date=panel.panel_date,
        status=panel.status,
        members=panel.members,
        victim_invited=panel.victim_invited,
        victim_attended=panel.victim_attended,
        impact_statement_used=panel.impact_statement_used,
        contract_items=panel.contract_items,
        notes=panel.notes,
        victims=_victim_count(session, order.id),
        views_recorded=views,
        version=panel.version_id,
    )
