"""The contact log, the victim's requests (support, progress updates), views and wishes, and complaints.

Recording the work is what meets duties: any attempt meets the first contact attempt; telling the victim
about support meets the support referral; an acknowledgement meets the complaint duty. After the
service's number of failed attempts with no contact made, the contact duties close as "unable to contact".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError
from rjdesk.rules.channels import CHANNELS, duties_met
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.duties import close_contact_duties, create_duty, meet_open_duties
from rjdesk.services.settings import read_settings
from rjdesk.services.victims import load_victim, load_victims_row
from rjdesk.store.database import Database
from rjdesk.store.models import AppUser, Complaint, Contact, Victim, VictimRequest, VictimViews

# outcome -> whether it is a contact made (True) or only an attempt (False)
OUTCOMES: dict[str, bool] = {
    "spoke_to_victim": True,
    "spoke_to_parent_carer": True,
    "met_in_person": True,
    "left_message": False,
    "no_answer": False,
    "letter_sent": False,
    "email_sent": False,
    "wrong_details": False,
}
OUTCOME_LABELS = {
    "spoke_to_victim": "Spoke to the victim",
    "spoke_to_parent_carer": "Spoke to the parent or carer",
    "met_in_person": "Met in person",
    "left_message": "Left a message",
    "no_answer": "No answer",
    "letter_sent": "Letter sent",
    "email_sent": "Email sent",
    "wrong_details": "Wrong contact details",
}


@dataclass(frozen=True)
class NewContact:
    occurred_on: dt.date
    channel: str
    outcome: str
    child_id: int | None = None
    notes: str = ""
    meets_duty_codes: tuple[DutyCode, ...] = ()  # what this contact did besides an attempt (views, update...)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    occurred_on: dt.date
    kind: str
    channel: str
    outcome: str
    child_id: int | None
    notes: str | None
    recorded_by: str


@dataclass(frozen=True)
class ContactResult:
    contact: ContactRecord
    met_duty_ids: tuple[int, ...]
    unable_to_contact: bool


def record_contact(db: Database, actor: Actor, victim_id: int, new: NewContact) -> ContactResult:
    require(actor, Permission.CONTACT_RECORD)
    problems = {}
    if new.channel not in CHANNELS:
        problems["channel"] = "Choose how the contact was made."
    if new.outcome not in OUTCOMES:
        problems["outcome"] = "Choose what happened."
    if new.occurred_on > dt.date.today():
        problems["occurred_on"] = "Not in the future."
    if problems:
        raise ValidationError("The contact was not recorded.", problems)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        return log_contact(session, actor, victim, new)


def log_contact(session: Session, actor: Actor, victim: Victim, new: NewContact) -> ContactResult:
    """Write a checked contact in the caller's unit of work (a letter recorded as sent logs its contact with the
    copy of the letter kept, or neither): the log line, its audit, and the duties it meets."""
    made = OUTCOMES[new.outcome]
    row = Contact(
        victim_id=victim.id,
        child_id=new.child_id,
        kind="contact" if made else "attempt",
        channel=new.channel,
        outcome=new.outcome,
        occurred_on=new.occurred_on,
        notes=new.notes.strip() or None,
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    audit_as(
        session,
        actor,
        action="create",
        entity="contact",
        entity_id=row.id,
        payload={
            "victim_id": victim.id,
            "kind": row.kind,
            "channel": row.channel,
            "outcome": row.outcome,
            "on": row.occurred_on,
        },
    )
    label = f"{OUTCOME_LABELS[new.outcome]} ({new.channel}) on {new.occurred_on:%d %b %Y}"
    met = meet_open_duties(
        session, actor, victim.id, frozenset({DutyCode.FIRST_CONTACT_ATTEMPT}), new.occurred_on, label, new.child_id
    )
    also = duties_met(made, new.channel, victim.preferred_channel, frozenset(new.meets_duty_codes))
    if also:
        met += meet_open_duties(session, actor, victim.id, also, new.occurred_on, label, new.child_id)
    unable = False
    if not made:
        unable = _unable_to_contact(session, actor, victim.id, new.occurred_on)
    return ContactResult(_record(row, actor.audit_name), tuple(met), unable)


def _unable_to_contact(session: Session, actor: Actor, victim_id: int, on: dt.date) -> bool:
    ever_reached = session.execute(
        select(func.count(Contact.id)).where(Contact.victim_id == victim_id, Contact.kind == "contact")
    ).scalar_one()
    if ever_reached:
        return False
    attempts = session.execute(
        select(func.count(Contact.id)).where(Contact.victim_id == victim_id, Contact.kind == "attempt")
    ).scalar_one()
    limit = int(read_settings(session, actor.service_id)["contact_attempts_before_unable"])
    if attempts < limit:
        return False
    closed = close_contact_duties(
        session, actor, victim_id, DutyStatus.UNABLE_TO_CONTACT, on, f"Unable to contact after {attempts} attempts"
    )
    return bool(closed)


def _record(row: Contact, recorded_by: str) -> ContactRecord:
    return ContactRecord(
        row.id, row.occurred_on, row.kind, row.channel, row.outcome, row.child_id, row.notes, recorded_by
    )


def list_contacts(db: Database, actor: Actor, victim_id: int) -> list[ContactRecord]:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        load_victim(session, actor, victim_id)
        rows = session.execute(
            select(Contact, AppUser.username)
            .outerjoin(AppUser, Contact.recorded_by_id == AppUser.id)
            .where(Contact.victim_id == victim_id)
            .order_by(Contact.occurred_on.desc(), Contact.id.desc())
        )
        return [_record(row, name or "command line") for row, name in rows]


# ---------------------------------------------------------------------------------------------- requests


def record_request(
    db: Database,
    actor: Actor,
    victim_id: int,
    kind: str,
    requested_on: dt.date,
    child_id: int | None = None,
    notes: str = "",
) -> int:
    """The victim asked for support (starts SUPPORT_REFERRAL) or for progress updates (a case event then
    starts PROGRESS_UPDATE)."""
    require(actor, Permission.CONTACT_RECORD)
    if kind not in ("support", "progress"):
        raise ValidationError("A request is for support or for progress updates.", {"kind": "Support or progress."})
    if requested_on > dt.date.today():
        raise ValidationError("Not in the future.", {"requested_on": "Not in the future."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        row = VictimRequest(
            victim_id=victim.id,
            child_id=child_id,
            kind=kind,
            requested_on=requested_on,
            notes=notes.strip() or None,
            recorded_by=actor.audit_name,
        )
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="victim_request",
            entity_id=row.id,
            payload={"victim_id": victim.id, "kind": kind, "on": requested_on},
        )
        if kind == "support":
            create_duty(session, actor, victim, DutyCode.SUPPORT_REFERRAL, requested_on, child_id=child_id)
        return row.id


def request_provided(db: Database, actor: Actor, request_id: int, provided_on: dt.date) -> None:
    require(actor, Permission.CONTACT_RECORD)
    with db.unit_of_work() as session:
        row, victim = load_victims_row(session, actor, VictimRequest, request_id, "request")
        row.provided_on = provided_on
        audit_as(
            session, actor, action="provided", entity="victim_request", entity_id=row.id, payload={"on": provided_on}
        )
        if row.kind == "support":
            meet_open_duties(
                session,
                actor,
                victim.id,
                frozenset({DutyCode.SUPPORT_REFERRAL}),
                provided_on,
                "Told about or referred to support services",
                row.child_id,
            )


# ---------------------------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ViewsRecord:
    id: int
    child_id: int | None
    recorded_on: dt.date
    views: str | None
    impact: str | None
    wishes: str | None
    shareable_summary: str | None
    vps_status: str | None
    relayed_to_child_on: dt.date | None


def record_views(db: Database, actor: Actor, victim_id: int, record: ViewsRecord) -> ViewsRecord:
    """Views, impact and wishes; recording them meets a due 'views before the decision' duty."""
    require(actor, Permission.VICTIM_EDIT)
    if not any((record.views, record.impact, record.wishes)):
        raise ValidationError("Record the victim's views, the impact or their wishes.", {"views": "Required."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        values = {f.name: getattr(record, f.name) for f in fields(ViewsRecord) if f.name != "id"}
        row = VictimViews(victim_id=victim.id, **values)
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="victim_views",
            entity_id=row.id,
            payload={"victim_id": victim.id, "child_id": record.child_id, "on": record.recorded_on},
        )
        meet_open_duties(
            session,
            actor,
            victim.id,
            frozenset({DutyCode.VIEWS_BEFORE_DECISION}),
            record.recorded_on,
            "Views recorded",
            record.child_id,
        )
        return ViewsRecord(row.id, **values)


def list_views(db: Database, actor: Actor, victim_id: int) -> list[ViewsRecord]:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        load_victim(session, actor, victim_id)
        rows = session.execute(
            select(VictimViews).where(VictimViews.victim_id == victim_id).order_by(VictimViews.recorded_on.desc())
        ).scalars()
        return [
            ViewsRecord(
                r.id,
                r.child_id,
                r.recorded_on,
                r.views,
                r.impact,
                r.wishes,
                r.shareable_summary,
                r.vps_status,
                r.relayed_to_child_on,
            )
            for r in rows
        ]


# ---------------------------------------------------------------------------------------------- complaints


def record_complaint(db: Database, actor: Actor, victim_id: int, received_on: dt.date, summary: str) -> int:
    """Right 12: a complaint starts the acknowledgement duty."""
    require(actor, Permission.VICTIM_EDIT)
    if not summary.strip():
        raise ValidationError("Summarise the complaint.", {"summary": "Required."})
    if received_on > dt.date.today():
        raise ValidationError("Not in the future.", {"received_on": "Not in the future."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        row = Complaint(victim_id=victim.id, received_on=received_on, summary=summary.strip())
        session.add(row)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="complaint",
            entity_id=row.id,
            payload={"victim_id": victim.id, "received_on": received_on},
        )
        create_duty(session, actor, victim, DutyCode.COMPLAINT_ACK, received_on)
        return row.id


def acknowledge_complaint(db: Database, actor: Actor, complaint_id: int, acknowledged_on: dt.date) -> None:
    require(actor, Permission.VICTIM_EDIT)
    with db.unit_of_work() as session:
        row, victim = load_victims_row(session, actor, Complaint, complaint_id, "complaint")
        row.acknowledged_on = acknowledged_on
        audit_as(
            session, actor, action="acknowledge", entity="complaint", entity_id=row.id, payload={"on": acknowledged_on}
        )
        meet_open_duties(
            session, actor, victim.id, frozenset({DutyCode.COMPLAINT_ACK}), acknowledged_on, "Complaint acknowledged"
        )
