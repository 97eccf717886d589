"""Subject access: all data about one victim (PDF and JSON) with the child and other third parties redacted;
a child-facing export never contains a victim's identity. Each output is searched for the other party."""

from __future__ import annotations

import datetime as dt
import io
import json

import pdfplumber
import pytest

from rjdesk.errors import PermissionDenied
from rjdesk.rules.permissions import Role
from rjdesk.services import subject_access
from rjdesk.store.database import Database
from rjdesk.store.models import Contact, RestorativeActivity, RjParticipant, RjProcess, VictimCarer
from tests.conftest import make_user
from tests.core.service_walk import TODAY, World, build_world

CHILD_NAMES = ("Jay", "Example")
VICTIM_IDENTITY = ("Alexandra", "Quixley", "01632 960999", "ZZ9 9ZZ", "Secret Lane", "alex.q@example.org")
PARENT = "Morwenna Trethowan"  # the child's mother at the conference
SUSPECT_CARER = "Desmond Hollyoak"


def _add_rj_and_notes(db: Database, world: World) -> None:
    """An RJ process with the child, the victim and the child's mother taking part, and notes on both sides
    that name the other party — what redaction has to catch in free text."""
    with db.unit_of_work() as session:
        process = RjProcess(
            service_id=world.service.service_id,
            child_id=world.child_id,
            victim_id=world.victim_id,
            stage="active",
            opened_on=TODAY - dt.timedelta(days=10),
        )
        session.add(process)
        session.flush()
        for role, name in (("victim", "Alexandra Quixley"), ("child", "Jay Example"), ("parent_carer", PARENT)):
            session.add(RjParticipant(process_id=process.id, role=role, name=name))
        session.add(
            RestorativeActivity(
                process_id=process.id,
                kind="views_relayed",
                activity_date=TODAY - dt.timedelta(days=3),
                notes="Jay Example listened while Alexandra Quixley's questions were read out; Jay wrote back.",
            )
        )
        session.add(
            Contact(
                victim_id=world.victim_id,
                child_id=world.child_id,
                kind="contact",
                channel="phone",
                outcome="spoke",
                occurred_on=TODAY - dt.timedelta(days=4),
                notes="Asked whether Jay Example had apologised; told her about Morwenna Trethowan's letter.",
            )
        )
        session.add(
            VictimCarer(victim_id=world.victim_id, name=SUSPECT_CARER, relationship_to_victim="uncle", is_suspect=True)
        )


def _pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_a_victims_export_holds_their_data_and_no_one_elses(local_db: Database) -> None:
    world = build_world(local_db)
    _add_rj_and_notes(local_db, world)
    manager = make_user(local_db, world.service, "mgr", Role.MANAGER)
    export = subject_access.victim_export(local_db, manager, world.victim_id)
    titles = [s.title for s in export.sections]
    for expected in ("Your record", "Offences", "Your contact details", "Your views", "Restorative justice"):
        assert expected in titles
    as_json = subject_access.victim_export_json(local_db, manager, world.victim_id).decode("utf-8")
    as_pdf = " ".join(_pdf_text(subject_access.victim_export_pdf(local_db, manager, world.victim_id)).split())
    json.loads(as_json)
    for output in (as_json, as_pdf):
        assert "Alexandra Quixley" in output and "01632 960999" in output  # their own data, in full
        for other in (*CHILD_NAMES, PARENT, *PARENT.split(), SUSPECT_CARER, "Quixley Stores", "Alexandra Q "):
            assert other not in output, other
        assert "[the child]" in output and "[redacted]" in output
    assert export.redactions >= 4


def test_a_child_facing_export_never_contains_victim_identity(local_db: Database) -> None:
    world = build_world(local_db)
    _add_rj_and_notes(local_db, world)
    manager = make_user(local_db, world.service, "mgr", Role.MANAGER)
    export = subject_access.child_export(local_db, manager, world.child_id)
    assert any(s.title == "Case order" for s in export.sections)
    as_json = subject_access.child_export_json(local_db, manager, world.child_id).decode("utf-8")
    as_pdf = " ".join(_pdf_text(subject_access.child_export_pdf(local_db, manager, world.child_id)).split())
    for output in (as_json, as_pdf):
        assert "C1" in output  # the child's own reference
        for secret in (*VICTIM_IDENTITY, "Quixley Stores", "FULL-ACCOUNT", "Cannot sleep", SUSPECT_CARER):
            assert secret not in output, secret
        assert "Jay" in output  # their own name stays


def test_subject_access_is_for_managers_and_audited(local_db: Database) -> None:
    world = build_world(local_db)
    with pytest.raises(PermissionDenied):
        subject_access.victim_export(local_db, world.vlo, world.victim_id)
    with pytest.raises(PermissionDenied):
        subject_access.child_export(local_db, world.casemgr, world.child_id)
    manager = make_user(local_db, world.service, "mgr", Role.MANAGER)
    subject_access.victim_export(local_db, manager, world.victim_id)
    from rjdesk.services import audit_log

    lines = audit_log.search_audit(local_db, manager, audit_log.AuditFilter(TODAY, TODAY, user="mgr", entity="victim"))
    assert any(line.action == "subject_access" for line in lines)


def test_the_redactor_replaces_whole_names_and_parts_but_not_the_subjects_own() -> None:
    redact = subject_access.Redactor(["Jay Example", "Quixley Stores"], keep=["Alexandra Quixley"])
    text = redact("Jay Example met Alexandra Quixley at Quixley Stores; EXAMPLE said sorry. Jaywalking is fine.")
    assert text == "[redacted] met Alexandra Quixley at [redacted]; [redacted] said sorry. Jaywalking is fine."
    assert redact.still_present(text) == []
