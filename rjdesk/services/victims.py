"""Victims: the identity record, its restricted contact details, search. Every view and change is audited.

Contact details are a separate call with its own permission, so a role that may see a victim's record
never receives an address or phone number by accident.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_session

from rjdesk.errors import ConcurrencyConflict, NotFound, ValidationError, message
from rjdesk.rules.channels import CHANNELS
from rjdesk.rules.permissions import Permission
from rjdesk.services import victim_search
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.store.bulk import chunks
from rjdesk.store.database import Database
from rjdesk.store.models import Child, Offence, ServiceSetting, Victim, VictimContactDetails, VictimOffence

VICTIM_KINDS = ("individual", "organisation", "professional", "unidentified")


@dataclass(frozen=True)
class VictimDetails:
    """What a user types about a victim (everything but contact details)."""

    kind: str
    display_name: str
    date_of_birth: dt.date | None = None
    organisation_contact_name: str | None = None
    preferred_language: str | None = None
    welsh_language_choice: str | None = None
    preferred_channel: str | None = None  # how the victim chose to hear from us (rules.channels); None: not asked
    needs_interpreter: bool = False
    needs_bsl: bool = False
    needs_easy_read: bool = False
    other_needs: str | None = None
    lives_in_child_household: bool = False
    is_child_known_to_yjs: bool = False


@dataclass(frozen=True)
class ContactDetails:
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    safe_to_write: bool = False
    safe_to_phone: bool = False
    safe_to_leave_message: bool = False
    is_child_household_address: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class VictimSummary:
    id: int
    reference: str
    kind: str
    display_name: str
    status: str
    worker_id: int | None
    safety_flag: bool


@dataclass(frozen=True)
class VictimRecord:
    id: int
    reference: str
    status: str
    worker_id: int | None
    safety_flag: bool
    details: VictimDetails
    version_id: int
    enhanced_category: str | None = None
    known_child_ref: str | None = None  # the victim is also this child known to the service (linked record)


def validate_details(details: VictimDetails) -> None:
    problems: dict[str, str] = {}
    if details.kind not in VICTIM_KINDS:
        problems["kind"] = "Choose the kind of victim."
    if details.kind != "unidentified" and not details.display_name.strip():
        problems["display_name"] = "Enter a name (or choose 'unidentified' when the police withheld it)."
    if details.date_of_birth is not None and details.date_of_birth > dt.date.today():
        problems["date_of_birth"] = "The date of birth is in the future."
    if details.kind == "organisation" and not (details.organisation_contact_name or "").strip():
        problems["organisation_contact_name"] = "An organisation needs a named contact."
    if details.welsh_language_choice not in (None, "english", "welsh", "bilingual"):
        problems["welsh_language_choice"] = "English, Welsh or bilingual."
    if details.preferred_channel not in (None, *CHANNELS):
        problems["preferred_channel"] = "Choose one of the ways of contact offered."
    if problems:
        raise ValidationError("The victim could not be saved.", problems)


def _details(victim: Victim) -> VictimDetails:
    return VictimDetails(**{f.name: getattr(victim, f.name) for f in fields(VictimDetails)})


def _record(victim: Victim) -> VictimRecord:
    session = object_session(victim)
    known = session.get(Child, victim.known_child_id) if session and victim.known_child_id else None
    return VictimRecord(
        victim.id,
        victim.reference,
        victim.status,
        victim.worker_id,
        victim.safety_flag,
        _details(victim),
        victim.version_id,
        victim.enhanced_category,
        known.cms_ref if known else None,
    )


def _summary(victim: Victim) -> VictimSummary:
    return VictimSummary(
        victim.id,
        victim.reference,
        victim.kind,
        victim.display_name,
        victim.status,
        victim.worker_id,
        victim.safety_flag,
    )


def load_victim(session: Session, actor: Actor, victim_id: int) -> Victim:
    """A victim of the actor's own service, or NotFound (another service's victim is not even confirmed)."""
    victim = session.get(Victim, victim_id)
    if victim is None or victim.service_id != actor.service_id:
        raise NotFound("No such victim.")
    return victim


def load_child(session: Session, actor: Actor, child_id: int) -> Child:
    """A child of the actor's own service, or NotFound (like ``load_victim``)."""
    child = session.get(Child, child_id)
    if child is None or child.service_id != actor.service_id:
        raise NotFound("No such child.")
    return child


def harmed_by_child(session: Session, victim_id: int, child_id: int) -> bool:
    """Is this victim linked to one of this child's offences?"""
    return (
        session.execute(
            select(VictimOffence.id)
            .join(Offence, Offence.id == VictimOffence.offence_id)
            .where(VictimOffence.victim_id == victim_id, Offence.child_id == child_id)
        ).first()
        is not None
    )


def child_victims(session: Session, child_id: int) -> list[Victim]:
    """The live (not merged-away) victims of a child's offences, by reference."""
    return list(
        session.execute(
            select(Victim)
            .join(VictimOffence, VictimOffence.victim_id == Victim.id)
            .join(Offence, Offence.id == VictimOffence.offence_id)
            .where(Offence.child_id == child_id, Victim.merged_into_id.is_(None))
            .distinct()
            .order_by(Victim.reference)
        ).scalars()
    )


class _BelongsToVictim(Protocol):
    @property
    def victim_id(self) -> int: ...


RowT = TypeVar("RowT", bound=_BelongsToVictim)


def load_victims_row(session: Session, actor: Actor, model: type[RowT], row_id: int, what: str) -> tuple[RowT, Victim]:
    """A row that hangs off a victim (request, complaint, concern, document...), and its victim — NotFound when
    either is missing or the victim belongs to another service."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(message("No such {what}.", what=what))
    return row, load_victim(session, actor, row.victim_id)


REFERENCE_COUNTER = "victim_reference_counter"


def _highest_reference_number(session: Session, service_id: int) -> int:
    numbers = [
        int(reference[1:])
        for reference in session.execute(select(Victim.reference).where(Victim.service_id == service_id)).scalars()
        if reference[:1] == "V" and reference[1:].isdigit()
    ]
    return max(numbers, default=0)


def _counter(session: Session, service_id: int) -> ServiceSetting | None:
    return session.execute(
        select(ServiceSetting)
        .where(ServiceSetting.service_id == service_id, ServiceSetting.key == REFERENCE_COUNTER)
        .with_for_update()
    ).scalar_one_or_none()


def next_reference(session: Session, service_id: int) -> str:
    """The next victim reference (``reserve_references`` for one)."""
    return reserve_references(session, service_id, 1)[0]


def reserve_references(session: Session, service_id: int, count: int) -> list[str]:
    """The next ``count`` victim references, from a counter row per service that stays locked until the
    transaction ends: two desks adding victims at once get different references, and a number costs one row
    whatever the service's size (counting victims did not, and fell behind once retention destroyed records).
    The counter starts after the highest reference in use; a reference taken some other way is stepped over."""
    counter = _counter(session, service_id)
    if counter is None:
        start = json.dumps(_highest_reference_number(session, service_id))
        values = {"service_id": service_id, "key": REFERENCE_COUNTER, "value_json": start, "version_id": 1}
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(ServiceSetting).values(**values).on_conflict_do_nothing())
        counter = _counter(session, service_id)
        assert counter is not None
    number = int(json.loads(counter.value_json))
    references: list[str] = []
    while len(references) < count:
        wanted = [f"V{n:06d}" for n in range(number + 1, number + 1 + count - len(references))]
        # One range read finds any already taken (it may return others too: they are not wanted).
        taken = set(
            session.execute(
                select(Victim.reference).where(
                    Victim.service_id == service_id, Victim.reference.between(min(wanted), max(wanted))
                )
            ).scalars()
        )
        references += [reference for reference in wanted if reference not in taken]
        number += len(wanted)
    counter.value_json = json.dumps(number)
    session.flush()
    return references


def create_victim(
    db: Database,
    actor: Actor,
    details: VictimDetails,
    contact: ContactDetails | None = None,
    worker_id: int | None = None,
) -> VictimRecord:
    require(actor, Permission.VICTIM_EDIT)
    if contact is not None:
        require(actor, Permission.VICTIM_CONTACT_EDIT)
    validate_details(details)
    with db.unit_of_work() as session:
        victim = insert_victim(session, actor, details, contact, worker_id)
        return _record(victim)


def new_victim_details(details: VictimDetails) -> VictimDetails:
    """A new victim's details as stored: the name trimmed, an unidentified victim without one named so."""
    if details.kind == "unidentified" and not details.display_name.strip():
        return replace(details, display_name="Unidentified victim")
    return replace(details, display_name=details.display_name.strip())


def insert_victim(
    session: Session, actor: Actor, details: VictimDetails, contact: ContactDetails | None, worker_id: int | None
) -> Victim:
    """Write a new victim (and contact details) with their audit entries, inside the caller's transaction."""
    details = new_victim_details(details)
    victim = Victim(
        service_id=actor.service_id,
        reference=next_reference(session, actor.service_id),
        worker_id=worker_id if worker_id is not None else actor.user_id,
        **asdict(details),
    )
    session.add(victim)
    session.flush()
    audit_as(session, actor, action="create", entity="victim", entity_id=victim.id, payload={"after": asdict(details)})
    if contact is not None:
        session.add(VictimContactDetails(victim_id=victim.id, **asdict(contact)))
        audit_as(
            session,
            actor,
            action="create",
            entity="victim_contact_details",
            entity_id=victim.id,
            payload={"after": asdict(contact)},
        )
    session.flush()
    return victim


def get_victim(db: Database, actor: Actor, victim_id: int) -> VictimRecord:
    """Open a victim record (audited as a view)."""
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        audit_as(
            session,
            actor,
            action="view",
            entity="victim",
            entity_id=victim.id,
        )
        return _record(victim)


def update_victim(db: Database, actor: Actor, victim_id: int, details: VictimDetails, version_id: int) -> VictimRecord:
    """Save edits made on a record read at ``version_id``; a later save by someone else is a conflict."""
    require(actor, Permission.VICTIM_EDIT)
    validate_details(details)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        if victim.version_id != version_id:
            raise ConcurrencyConflict(
                "Someone else saved this victim after you opened the record. Reload to see their change."
            )
        before = _details(victim)
        changes: dict[str, Any] = {}
        for name, value in asdict(details).items():
            if getattr(before, name) != value:
                changes[name] = {"before": getattr(before, name), "after": value}
                setattr(victim, name, value)
        if changes:
            session.flush()  # the versioned UPDATE: StaleDataError -> ConcurrencyConflict if we raced
            audit_as(
                session,
                actor,
                action="update",
                entity="victim",
                entity_id=victim.id,
                payload=changes,
            )
        return _record(victim)


def get_contact_details(db: Database, actor: Actor, victim_id: int) -> ContactDetails | None:
    """Restricted: only roles with victim.contact.view; audited as a view of the contact details."""
    require(actor, Permission.VICTIM_CONTACT_VIEW)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        row = session.get(VictimContactDetails, victim.id)
        audit_as(
            session,
            actor,
            action="view",
            entity="victim_contact_details",
            entity_id=victim.id,
        )
        if row is None:
            return None
        return ContactDetails(**{f.name: getattr(row, f.name) for f in fields(ContactDetails)})


def update_contact_details(
    db: Database, actor: Actor, victim_id: int, details: ContactDetails, seen: ContactDetails | None
) -> ContactDetails:
    """Replace the restricted contact details. ``seen`` is what the user had on screen: if someone changed
    them since, the save is refused as a conflict rather than overwriting their change."""
    require(actor, Permission.VICTIM_CONTACT_EDIT)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        row = session.get(VictimContactDetails, victim.id)
        current = (
            None if row is None else ContactDetails(**{f.name: getattr(row, f.name) for f in fields(ContactDetails)})
        )
        if current != seen:
            raise ConcurrencyConflict(
                "Someone else changed these contact details after you opened them. Reload to see."
            )
        if row is None:
            row = VictimContactDetails(victim_id=victim.id, **asdict(details))
            session.add(row)
        else:
            for name, value in asdict(details).items():
                setattr(row, name, value)
        audit_as(
            session,
            actor,
            action="update",
            entity="victim_contact_details",
            entity_id=victim.id,
            payload={"before": asdict(current) if current else None, "after": asdict(details)},
        )
        session.flush()
        return details


def _listing(session: Session, actor: Actor, text: str, status: str | None, worker_id: int | None) -> Select[Victim]:
    """The victim list's rows for a search and filters, in list order (name, then id)."""
    query = select(Victim).where(Victim.service_id == actor.service_id, Victim.merged_into_id.is_(None))
    matched = victim_search.matching(session, actor.service_id, text)
    if matched is not None:
        query = query.where(matched)
    if status is not None:
        query = query.where(Victim.status == status)
    if worker_id is not None:
        query = query.where(Victim.worker_id == worker_id)
    return query.order_by(Victim.display_name, Victim.id)


def search_victims(
    db: Database,
    actor: Actor,
    text: str = "",
    *,
    limit: int = 100,
    offset: int = 0,
    status: str | None = None,
    worker_id: int | None = None,
) -> list[VictimSummary]:
    """Search by the start of a name's words, of the victim reference or of a linked child's case reference
    (``victim_search``), within the actor's service; filter by status and worker; sorted and paged in SQL."""
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(_listing(session, actor, text, status, worker_id).limit(limit).offset(offset))
        return [_summary(v) for v in rows.scalars()]


def victim_order(
    db: Database, actor: Actor, text: str = "", *, status: str | None = None, worker_id: int | None = None
) -> array[int]:
    """The ids of every victim ``search_victims`` would list, in its order: the victim list knows its rows by
    these and reads them a window at a time (``victims_by_id``), so scrolling a million victims reads only
    what is shown and holds only the ids (an offset deep in the list made the store count past every row
    before it)."""
    require(actor, Permission.VICTIM_VIEW)
    ids: array[int] = array("q")  # 8 bytes an id; read in parts, never a million row objects at once
    with db.unit_of_work(write=False) as session:
        listing = _listing(session, actor, text, status, worker_id).with_only_columns(Victim.id)
        # A server-side cursor on PostgreSQL: psycopg otherwise holds the whole result (every id) at once.
        rows = session.connection().execution_options(stream_results=True, max_row_buffer=20_000).execute(listing)
        while part := rows.fetchmany(20_000):
            ids.extend(row[0] for row in part)
    return ids


def victims_by_id(db: Database, actor: Actor, victim_ids: Sequence[int]) -> list[VictimSummary | None]:
    """These victims as the list shows them, in the order given; None for one that is gone (destroyed, or in
    another service) since its id was read."""
    require(actor, Permission.VICTIM_VIEW)
    found: dict[int, VictimSummary] = {}
    with db.unit_of_work(write=False) as session:
        for ids in chunks(sorted(set(victim_ids))):
            query = select(Victim).where(Victim.service_id == actor.service_id, Victim.id.in_(ids))
            found.update((victim.id, _summary(victim)) for victim in session.scalars(query))
    return [found.get(victim_id) for victim_id in victim_ids]


def find_by_reference(db: Database, actor: Actor, reference: str) -> VictimSummary:
    """An existing victim by reference (one victim of two children is one victim)."""
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        victim = session.execute(
            select(Victim).where(
                Victim.service_id == actor.service_id, func.upper(Victim.reference) == reference.strip().upper()
            )
        ).scalar_one_or_none()
        if victim is None:
            raise ValidationError("No victim has that reference.", {"victim_reference": "Not found."})
        return _summary(victim)


def count_victims(db: Database, actor: Actor) -> int:
    require(actor, Permission.VICTIM_VIEW)
    with db.unit_of_work(write=False) as session:
        return session.execute(
            select(func.count(Victim.id)).where(Victim.service_id == actor.service_id, Victim.merged_into_id.is_(None))
        ).scalar_one()
