"""Letters to victims (first contact, RJ information, progress update, conclusion of the intervention) and the
reparation completion letter to a child's parent or carer.

A victim letter is written only where the record says it is safe to write; it is checked (a personalised first
contact, the phone question, the update's own words) each time it is previewed, saved or recorded as sent.
Recording it as sent keeps a copy of the letter on the victim's record and logs a contact *attempt* in the same
transaction: that meets the first contact attempt, and an information duty (progress update, told of the end)
only where the victim chose letters (``rules.channels``). A child-facing letter is refused if it would carry
anything that identifies a victim of the child's offences.

Every preparation, preview and sending is audited; no letter text goes into the audit payloads or the logs.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.errors import ValidationError, message
from rjdesk.rules.calendar import age_on
from rjdesk.rules.channels import CHANNEL_LABELS, meets_information_duty
from rjdesk.rules.letters import (
    VICTIM_LETTERS,
    Language,
    Letter,
    LetterKind,
    LetterTemplate,
    VictimIdentity,
    choose_language,
    compose,
    format_amount,
    format_date,
    identity_found,
    letter_problems,
)
from rjdesk.rules.permissions import Permission
from rjdesk.services.caseload import keep_document
from rjdesk.services.contacts import ContactResult, NewContact, log_contact
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.letter_documents import letter_pdf
from rjdesk.services.reparation import load_placement, placement_info
from rjdesk.services.settings import service_name
from rjdesk.services.victims import load_victim
from rjdesk.store.database import Database
from rjdesk.store.models import (
    Child,
    Offence,
    PoliceReferral,
    ReparationPlacement,
    Service,
    Victim,
    VictimCarer,
    VictimContactDetails,
    VictimOffence,
)

TEMPLATE_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "letters"


@cache
def letter_template(kind: LetterKind) -> LetterTemplate:
    """The template of a kind of letter, read once from ``resources/letters``."""
    path = TEMPLATE_DIR / f"{kind.value}.toml"
    with path.open("rb") as handle:
        return LetterTemplate.from_mapping(kind, tomllib.load(handle))


def letter_title(kind: LetterKind) -> str:
    return letter_template(kind).texts["en"].title


def _address_lines(address: str | None, postcode: str | None = None) -> tuple[str, ...]:
    lines = [part.strip() for line in (address or "").splitlines() for part in line.split(",") if part.strip()]
    if postcode and postcode.strip():
        lines.append(postcode.strip())
    return tuple(lines)


def _signatory(actor: Actor) -> str:
    return actor.display_name or actor.username


# ------------------------------------------------------------------------------------------------ victim letters


@dataclass(frozen=True)
class Recipient:
    """Someone a victim letter may go to: the victim, or a parent or carer who is not a suspect."""

    label: str
    name: str
    address: tuple[str, ...]


@dataclass(frozen=True)
class VictimLetterStart:
    """What the letter window opens with: everything filled in that the record knows."""

    kind: LetterKind
    language: Language
    recipients: tuple[Recipient, ...]
    safe_to_write: bool
    children: tuple[tuple[int, str], ...]  # the child cases the letter can be about
    warnings: tuple[str, ...]
    meets_duty_when_sent: bool  # an information letter meets its duty only for a victim who chose letters


@dataclass(frozen=True)
class VictimLetterRequest:
    kind: LetterKind
    language: Language
    recipient_name: str
    address: tuple[str, ...]
    child_id: int | None = None
    personal: Mapping[str, str] = field(default_factory=dict)  # the officer's paragraph, by language ("en", "cy")
    phone_tried_first: bool | None = None
    dated: dt.date | None = None  # today when not given


@dataclass(frozen=True)
class SentLetter:
    document_id: int
    contact: ContactResult


def _victim_children(session: Session, victim_id: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Child.id, Child.cms_ref)
        .join(Offence, Offence.child_id == Child.id)
        .join(VictimOffence, VictimOffence.offence_id == Offence.id)
        .where(VictimOffence.victim_id == victim_id)
        .distinct()
        .order_by(Child.cms_ref)
    )
    return [(child_id, ref) for child_id, ref in rows]


def _is_child(victim: Victim, today: dt.date) -> bool:
    return victim.date_of_birth is not None and age_on(victim.date_of_birth, today) < 18


def start_victim_letter(db: Database, actor: Actor, victim_id: int, kind: LetterKind) -> VictimLetterStart:
    """The recipients (the victim; for a child victim their parents or carers first, never one who is a
    suspect), the address where it is safe to write, the language by the recipient's recorded choice, and what
    the officer should know before writing."""
    require(actor, Permission.CONTACT_RECORD, Permission.VICTIM_CONTACT_VIEW)
    if kind not in VICTIM_LETTERS:
        raise ValidationError("That is not a letter to a victim.", {"kind": "Choose a letter to the victim."})
    template = letter_template(kind)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        details = session.get(VictimContactDetails, victim.id)
        service = session.get(Service, actor.service_id)
        own = Recipient(
            "The victim",
            victim.organisation_contact_name or victim.display_name,
            _address_lines(details.address, details.postcode) if details else (),
        )
        carers = [
            Recipient(
                f"{carer.relationship_to_victim.capitalize()} (parent or carer)",
                carer.name,
                _address_lines(carer.address) or own.address,
            )
            for carer in session.execute(
                select(VictimCarer).where(VictimCarer.victim_id == victim.id, VictimCarer.is_suspect.is_(False))
            ).scalars()
        ]
        recipients = (*carers, own) if _is_child(victim, dt.date.today()) else (own, *carers)
        safe = bool(details and details.safe_to_write)
        warnings = []
        if not safe:
            warnings.append(
                "The record does not say it is safe to write to this victim. Check with them (or the police) and "
                "update the contact details before writing."
            )
        if victim.lives_in_child_household:
            warnings.append(
                "The victim lives in the child's household: a letter there may be opened by the child. Agree a "
                "safe route first."
            )
        if victim.safety_flag:
            warnings.append("This victim has a safety concern: read the safety plan before writing.")
        chose_letters = meets_information_duty(False, "letter", victim.preferred_channel)  # a letter is an attempt
        if template.meets_duty is not None and not chose_letters:
            chosen = CHANNEL_LABELS.get(victim.preferred_channel or "", "not asked yet")
            warnings.append(
                f"How the victim wants to hear from us: {chosen.lower()}. Sending this letter logs an attempt; "
                "it meets the duty only where the victim chose letters."
            )
        audit_as(session, actor, action="letter_start", entity="victim", entity_id=victim.id, payload={"kind": kind})
        return VictimLetterStart(
            kind,
            choose_language(victim.welsh_language_choice, victim.preferred_language, bool(service and service.welsh)),
            tuple(recipients),
            safe,
            tuple(_victim_children(session, victim.id)),
            tuple(warnings),
            template.meets_duty is not None and chose_letters,
        )


def _offence_date(session: Session, victim_id: int, child_id: int | None) -> dt.date | None:
    """The offence the letter is about: the earliest against this victim (by the chosen child), else the crime
    the police referral reported."""
    query = (
        select(func.min(Offence.offence_date))
        .join(VictimOffence, VictimOffence.offence_id == Offence.id)
        .where(VictimOffence.victim_id == victim_id)
    )
    if child_id is not None:
        query = query.where(Offence.child_id == child_id)
    found = session.execute(query).scalar_one()
    if found is None:
        found = session.execute(
            select(func.min(PoliceReferral.crime_reported_on)).where(PoliceReferral.victim_id == victim_id)
        ).scalar_one()
    return found


def _victim_letter(session: Session, actor: Actor, victim: Victim, request: VictimLetterRequest) -> Letter:
    if request.kind not in VICTIM_LETTERS:
        raise ValidationError("That is not a letter to a victim.", {"kind": "Choose a letter to the victim."})
    template = letter_template(request.kind)
    problems = letter_problems(
        template,
        request.language,
        request.personal,
        request.phone_tried_first,
        request.recipient_name,
        request.address,
    )
    details = session.get(VictimContactDetails, victim.id)
    if details is None or not details.safe_to_write:
        problems["address"] = (
            "The record does not say it is safe to write to this victim: confirm it and update the contact "
            "details first."
        )
    if request.child_id is not None and request.child_id not in dict(_victim_children(session, victim.id)):
        problems["child_id"] = "Choose one of this victim's cases."
    offence_on = _offence_date(session, victim.id, request.child_id)
    if offence_on is None and any(
        "offence_date" in template.texts[part].placeholders() for part in request.language.parts
    ):
        problems["child_id"] = "No offence date is recorded for this case: add it to the case before writing."
    if problems:
        raise ValidationError("The letter was not written.", problems)
    assert offence_on is not None
    values = {part: {"offence_date": format_date(offence_on, part)} for part in request.language.parts}
    return _compose(session, actor, template, request, values)


def _compose(
    session: Session,
    actor: Actor,
    template: LetterTemplate,
    request: VictimLetterRequest | CompletionLetterRequest,
    values: Mapping[str, Mapping[str, str]],
) -> Letter:
    """The template filled for the request, signed by the officer for the service, dated the day asked for."""
    return compose(
        template,
        request.language,
        values,
        request.personal,
        recipient_name=request.recipient_name,
        address_lines=request.address,
        dated=request.dated or dt.date.today(),
        signatory=_signatory(actor),
        service_name=service_name(session, actor.service_id),
    )


def compose_victim_letter(db: Database, actor: Actor, victim_id: int, request: VictimLetterRequest) -> Letter:
    """The letter as it would be sent, checked (for a preview, or to save as PDF or DOCX for editing)."""
    require(actor, Permission.CONTACT_RECORD, Permission.VICTIM_CONTACT_VIEW)
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        letter = _victim_letter(session, actor, victim, request)
        audit_as(
            session,
            actor,
            action="letter_compose",
            entity="victim",
            entity_id=victim.id,
            payload={"kind": request.kind, "language": request.language},
        )
        return letter


def record_victim_letter_sent(
    db: Database, actor: Actor, victim_id: int, request: VictimLetterRequest, sent_on: dt.date
) -> SentLetter:
    """The letter was posted (or handed over) on ``sent_on``: a copy kept on the record and a contact attempt
    logged, both or neither."""
    require(actor, Permission.CONTACT_RECORD, Permission.VICTIM_CONTACT_VIEW)
    if sent_on > dt.date.today():
        raise ValidationError("The letter was not recorded.", {"sent_on": "Not in the future."})
    with db.unit_of_work() as session:
        victim = load_victim(session, actor, victim_id)
        letter = _victim_letter(session, actor, victim, request)
        template = letter_template(request.kind)
        document = keep_document(
            session,
            actor,
            victim,
            f"Letter sent: {letter_title(request.kind)} ({request.language.label}), {sent_on:%d %b %Y}",
            f"letter-{request.kind.value.replace('_', '-')}-{sent_on:%Y-%m-%d}.pdf",
            "application/pdf",
            letter_pdf(letter),
        )
        audit_as(
            session,
            actor,
            action="letter_sent",
            entity="victim",
            entity_id=victim.id,
            payload={"kind": request.kind, "language": request.language, "document_id": document.id, "on": sent_on},
        )
        notes = f"{letter_title(request.kind)} letter ({request.language.label})"
        if template.asks_phone_first:
            notes += "; phone tried first" if request.phone_tried_first else "; phone not tried first"
        contact = log_contact(
            session,
            actor,
            victim,
            NewContact(
                occurred_on=sent_on,
                channel="letter",
                outcome="letter_sent",
                child_id=request.child_id,
                notes=notes,
                meets_duty_codes=(template.meets_duty,) if template.meets_duty else (),
            ),
        )
        return SentLetter(document.id, contact)


# ------------------------------------------------------------------------------------------------ to the family


@dataclass(frozen=True)
class CompletionLetterStart:
    child_first_name: str
    project_name: str
    amount_done: str
    completed_on: dt.date
    language: Language


@dataclass(frozen=True)
class CompletionLetterRequest:
    language: Language
    recipient_name: str
    address: tuple[str, ...]
    personal: Mapping[str, str] = field(default_factory=dict)
    dated: dt.date | None = None


def _completed_placement(session: Session, actor: Actor, placement_id: int) -> ReparationPlacement:
    row = load_placement(session, actor, placement_id)
    if row.status != "completed" or row.completed_on is None:
        raise ValidationError("The completion letter comes when the placement is completed.")
    return row


def _child_victims(session: Session, child_id: int) -> list[VictimIdentity]:
    """Every victim of any of the child's offences, as what would identify or locate them."""
    victims = session.execute(
        select(Victim)
        .join(VictimOffence, VictimOffence.victim_id == Victim.id)
        .join(Offence, Offence.id == VictimOffence.offence_id)
        .where(Offence.child_id == child_id)
        .distinct()
    ).scalars()
    identities = []
    for victim in victims:
        details = session.get(VictimContactDetails, victim.id)
        carers = session.execute(select(VictimCarer.name).where(VictimCarer.victim_id == victim.id)).scalars()
        identities.append(
            VictimIdentity(
                names=tuple(n for n in (victim.display_name, victim.organisation_contact_name, *carers) if n),
                reference=victim.reference,
                address=details.address if details else None,
                postcode=details.postcode if details else None,
                phone=details.phone if details else None,
                email=details.email if details else None,
                address_is_childs_home=victim.lives_in_child_household,
            )
        )
    return identities


def _where_identity_is(request: CompletionLetterRequest, identities: list[VictimIdentity]) -> dict[str, str]:
    """Which of the typed fields carries it, to show the refusal beside them (none: it came from the record)."""
    typed = {"address": "\n".join((request.recipient_name, *request.address))}
    typed |= {f"personal_{part}": request.personal.get(part, "") for part in request.language.parts}
    where = {}
    for name, text in typed.items():
        found = identity_found(text, identities)
        if found:
            where[name] = f"This would identify a victim of the child's offences ({', '.join(found)}): take it out."
    return where


def start_completion_letter(db: Database, actor: Actor, placement_id: int) -> CompletionLetterStart:
    require(actor, Permission.REPARATION_VIEW)
    with db.unit_of_work(write=False) as session:
        row = _completed_placement(session, actor, placement_id)
        info = placement_info(session, row)
        child = session.get(Child, row.child_id)
        service = session.get(Service, actor.service_id)
        assert child is not None and info.completed_on is not None
        return CompletionLetterStart(
            child.given_name,
            info.project_name,
            format_amount(info.delivered, info.unit.value, "en"),
            info.completed_on,
            Language.BILINGUAL if service is not None and service.welsh else Language.ENGLISH,
        )


def compose_completion_letter(
    db: Database, actor: Actor, placement_id: int, request: CompletionLetterRequest
) -> Letter:
    """The letter to the child's parent or carer when a placement is completed; refused if anything in it (the
    officer's paragraph, the recipient's name or address) would identify a victim of the child's offences."""
    require(actor, Permission.REPARATION_VIEW)
    template = letter_template(LetterKind.REPARATION_COMPLETION)
    with db.unit_of_work() as session:
        row = _completed_placement(session, actor, placement_id)
        problems = letter_problems(
            template, request.language, request.personal, None, request.recipient_name, request.address
        )
        if problems:
            raise ValidationError("The letter was not written.", problems)
        child = session.get(Child, row.child_id)
        info = placement_info(session, row)
        assert child is not None and info.completed_on is not None
        values = {
            part: {
                "child_first_name": child.given_name,
                "project_name": info.project_name,
                "amount_done": format_amount(info.delivered, info.unit.value, part),
                "completed_on": format_date(info.completed_on, part),
            }
            for part in request.language.parts
        }
        letter = _compose(session, actor, template, request, values)
        identities = _child_victims(session, child.id)
        found = identity_found(letter.text(), identities)
        # A refusal is audited too (what kind of identity, never the words): the block ends normally so it is kept.
        audit_as(
            session,
            actor,
            action="letter_refused" if found else "letter_compose",
            entity="reparation_placement",
            entity_id=row.id,
            payload={"kind": LetterKind.REPARATION_COMPLETION, "language": request.language, "found": found},
        )
    if found:
        raise ValidationError(
            message(
                "The letter was not written: the child and their family read it, and it would "
                "identify a victim of the child's offences ({found}).",
                found=", ".join(found),
            ),
            _where_identity_is(request, identities),
        )
    return letter
