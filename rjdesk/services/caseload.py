"""Caseload: who works each victim, cover for an absent colleague, reassignment by a manager; documents
attached to a victim; parent or carer contacts; the small records of referral chasing and RJ invitations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rjdesk.errors import NotFound, PermissionDenied, ValidationError
from rjdesk.rules.duties import DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.victims import load_victim, load_victims_row
from rjdesk.store.database import Database
from rjdesk.store.models import AppUser, Cover, Document, Duty, PoliceReferral, Victim, VictimCarer, VictimOffence

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
CASEWORK_ROLES = frozenset({"vlo", "rj_coordinator", "manager"})


@dataclass(frozen=True)
class Worker:
    id: int
    username: str
    display_name: str


def _worker(session: Session, actor: Actor, user_id: int) -> AppUser:
    user = session.get(AppUser, user_id)
    if user is None or user.service_id != actor.service_id or user.disabled:
        raise NotFound("No such active worker in this service.")
    if not {role.role for role in user.roles} & CASEWORK_ROLES:
        raise ValidationError("That person does not work victims' cases (VLO, RJ coordinator or manager).")
    return user


def list_workers(db: Database, actor: Actor) -> list[Worker]:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        users = session.execute(
            select(AppUser)
            .where(AppUser.service_id == actor.service_id, AppUser.disabled.is_(False))
            .order_by(AppUser.display_name)
        )
        return [
            Worker(u.id, u.username, u.display_name)
            for u in users.scalars()
            if {r.role for r in u.roles} & CASEWORK_ROLES
        ]


def assign_worker(db: Database, actor: Actor, victim_id: int, worker_id: int) -> None:
    """A manager allocates or reassigns; a worker may take an unallocated victim. Open duties move too."""
    require(actor, Permission.VICTIM_EDIT)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        taking_unallocated = victim.worker_id is None and worker_id == actor.user_id
        if not taking_unallocated and not actor.can(Permission.CASELOAD_ALLOCATE):
            raise PermissionDenied("Only a manager can allocate or reassign a victim's case.")
        _worker(session, actor, worker_id)
        before = victim.worker_id
        victim.worker_id = worker_id
        open_duties = session.execute(
            select(Duty).where(
                Duty.victim_id == victim.id, Duty.status.in_([DutyStatus.OPEN.value, DutyStatus.DEFERRED.value])
            )
        )
        for duty in open_duties.scalars():
            duty.assigned_to_id = worker_id
        audit_as(
            session,
            actor,
            action="assign",
            entity="victim",
            entity_id=victim.id,
            payload={"worker": {"before": before, "after": worker_id}},
        )


def arrange_cover(
    db: Database, actor: Actor, absent_user_id: int, covering_user_id: int, starts_on: dt.date, ends_on: dt.date
) -> int:
    """While a colleague is away, their duties show on the covering worker's My day."""
    require(actor, Permission.CASELOAD_ALLOCATE)
    if ends_on < starts_on:
        raise ValidationError("Cover ends before it starts.", {"ends_on": "On or after the start."})
    if absent_user_id == covering_user_id:
        raise ValidationError("Someone cannot cover for themselves.", {"covering_user_id": "Choose a colleague."})
    with db.unit_of_work() as session:
        _worker(session, actor, absent_user_id)
        _worker(session, actor, covering_user_id)
        cover = Cover(
            service_id=actor.service_id,
            absent_user_id=absent_user_id,
            covering_user_id=covering_user_id,
            starts_on=starts_on,
            ends_on=ends_on,
            arranged_by=actor.audit_name,
        )
        session.add(cover)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="cover",
            entity_id=cover.id,
            payload={"absent": absent_user_id, "covering": covering_user_id, "from": starts_on, "to": ends_on},
        )
        return cover.id


def covered_user_ids(session: Session, actor: Actor, on: dt.date) -> list[int]:
    """Whose caseload the actor covers today, besides their own."""
    if actor.user_id is None:
        return []
    return list(
        session.execute(
            select(Cover.absent_user_id).where(
                Cover.service_id == actor.service_id,
                Cover.covering_user_id == actor.user_id,
                Cover.starts_on <= on,
                Cover.ends_on >= on,
            )
        ).scalars()
    )


# ---------------------------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    title: str
    filename: str
    media_type: str
    size: int
    uploaded_at: dt.datetime


def attach_document(
    db: Database, actor: Actor, victim_id: int, title: str, filename: str, media_type: str, content: bytes
) -> DocumentInfo:
    """Signed consent forms, letters: stored inside the (encrypted) store, never beside it."""
    require(actor, Permission.VICTIM_EDIT)
    if not title.strip():
        raise ValidationError("Give the document a title.", {"title": "Required."})
    if not content:
        raise ValidationError("The file is empty.", {"file": "Empty file."})
    if len(content) > MAX_DOCUMENT_BYTES:
        raise ValidationError("Documents are limited to 20 MB.", {"file": "Larger than 20 MB."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        document = keep_document(session, actor, victim, title.strip(), filename, media_type, content)
        return DocumentInfo(document.id, document.title, filename, media_type, len(content), document.uploaded_at)


def keep_document(
    session: Session, actor: Actor, victim: Victim, title: str, filename: str, media_type: str, content: bytes
) -> Document:
    """Store a file on the victim's record in the caller's unit of work (a letter sent keeps its copy with the
    contact it logs), audited as attached."""
    document = Document(
        victim_id=victim.id,
        title=title,
        filename=filename,
        media_type=media_type,
        content=content,
        uploaded_by_id=actor.user_id,
    )
    session.add(document)
    session.flush()
    audit_as(
        session,
        actor,
        action="attach",
        entity="document",
        entity_id=document.id,
        payload={"victim_id": victim.id, "title": document.title, "bytes": len(content)},
    )
    return document


def list_documents(db: Database, actor: Actor, victim_id: int) -> list[DocumentInfo]:
    require(actor, Permission.VICTIM_VIEW)
    from sqlalchemy import func

    with db.unit_of_work(write=False) as session:
        load_victim(session, actor, victim_id)
        rows = session.execute(
            select(
                Document.id,
                Document.title,
                Document.filename,
                Document.media_type,
                func.length(Document.content),
                Document.uploaded_at,
            )
            .where(Document.victim_id == victim_id)
            .order_by(Document.uploaded_at)
        )
        return [DocumentInfo(i, t, f, m, int(n or 0), u) for i, t, f, m, n, u in rows]


def read_document(db: Database, actor: Actor, document_id: int) -> tuple[DocumentInfo, bytes]:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work() as session:
        document, _victim = load_victims_row(session, actor, Document, document_id, "document")
        audit_as(session, actor, action="view", entity="document", entity_id=document.id)
        info = DocumentInfo(
            document.id,
            document.title,
            document.filename,
            document.media_type,
            len(document.content),
            document.uploaded_at,
        )
        return info, document.content


# ---------------------------------------------------------------------------------------------- carers


@dataclass(frozen=True)
class CarerInfo:
    id: int
    name: str
    relationship_to_victim: str
    phone: str | None
    address: str | None
    is_suspect: bool


def add_carer(
    db: Database,
    actor: Actor,
    victim_id: int,
    name: str,
    relationship_to_victim: str,
    phone: str | None,
    address: str | None,
    is_suspect: bool,
) -> CarerInfo:
    """A child victim is contacted through a parent or carer — unless that person is a suspect."""
    require(actor, Permission.VICTIM_CONTACT_EDIT)
    if not name.strip() or not relationship_to_victim.strip():
        raise ValidationError(
            "Name the parent or carer and how they are related.",
            {"name": "Required.", "relationship_to_victim": "Required."},
        )
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        carer = VictimCarer(
            victim_id=victim.id,
            name=name.strip(),
            relationship_to_victim=relationship_to_victim.strip(),
            phone=phone,
            address=address,
            is_suspect=is_suspect,
        )
        session.add(carer)
        session.flush()
        audit_as(
            session,
            actor,
            action="create",
            entity="victim_carer",
            entity_id=carer.id,
            payload={"victim_id": victim.id, "is_suspect": is_suspect},
        )
        return CarerInfo(carer.id, carer.name, carer.relationship_to_victim, phone, address, is_suspect)


def list_carers(db: Database, actor: Actor, victim_id: int) -> list[CarerInfo]:
    require(actor, Permission.VICTIM_CONTACT_VIEW)
    with db.unit_of_work() as session:
        load_victim(session, actor, victim_id)
        audit_as(session, actor, action="view", entity="victim_carer", entity_id=victim_id)
        rows = session.execute(select(VictimCarer).where(VictimCarer.victim_id == victim_id)).scalars()
        return [CarerInfo(c.id, c.name, c.relationship_to_victim, c.phone, c.address, c.is_suspect) for c in rows]


# ---------------------------------------------------------------------------------------------- small records


def chase_referral(db: Database, actor: Actor, referral_id: int, chased_on: dt.date) -> None:
    """Getting victim details from the police "has been problematic" (HMIP): record each chase."""
    require(actor, Permission.VICTIM_EDIT)
    with db.unit_of_work() as session:
        referral, _victim = load_victims_row(session, actor, PoliceReferral, referral_id, "referral")
        referral.chased_on = chased_on
        audit_as(
            session, actor, action="chase", entity="police_referral", entity_id=referral.id, payload={"on": chased_on}
        )


def record_not_invited_reason(db: Database, actor: Actor, victim_id: int, offence_id: int, reason: str) -> None:
    """The Code requires the reason for not inviting a victim to RJ to be recorded."""
    require(actor, Permission.VICTIM_EDIT)
    if not reason.strip():
        raise ValidationError("Give the reason.", {"reason": "Required."})
    with db.unit_of_work() as session:
        load_victim(session, actor, victim_id)
        link = session.execute(
            select(VictimOffence).where(VictimOffence.victim_id == victim_id, VictimOffence.offence_id == offence_id)
        ).scalar_one_or_none()
        if link is None:
            raise NotFound("This victim is not linked to that offence.")
        link.not_invited_to_rj_reason = reason.strip()
        audit_as(
            session,
            actor,
            action="not_invited_to_rj",
            entity="victim_offence",
            entity_id=link.id,
            payload={"reason": reason.strip()},
        )
