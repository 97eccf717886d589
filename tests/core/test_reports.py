"""The victim-engagement funnel, on SQLite and PostgreSQL: a year built through the services reproduces
Havering's published 2023-24 figures (seeds/002: 94 children, 314 offences, 66 with a direct victim, 26
consented, 20 engaged, one conference completed) in `rjdesk-cli report funnel` JSON."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pdfplumber
import pytest

from rjdesk import cli
from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.rules.rj import ActivityKind, Stage
from rjdesk.services import cases, consent, referrals, reports, rj
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.conftest import make_user

START, END = dt.date(2023, 4, 1), dt.date(2024, 3, 31)
D = dt.date


def engage(db: Database, actor: Actor, child_id: int, victim_id: int, *, conference: bool) -> None:
    """An RJ process taken through its gates to an activity the victim took part in."""
    process = rj.open_process(db, actor, child_id, victim_id, D(2023, 6, 1))
    info = rj.move_stage(db, actor, process.id, Stage.ASSESSING, process.version)
    for party in ("victim", "child"):
        rj.record_assessment(db, actor, process.id, party, suitable=True, acknowledges_facts=True, on=D(2023, 6, 5))
    rj.move_stage(db, actor, process.id, Stage.PREPARING, info.version)
    method = "written" if conference else "verbal"
    for role in ("victim", "child"):
        participant = rj.add_participant(db, actor, process.id, role, role.title())
        rj.record_participant_consent(db, actor, participant, method, D(2023, 6, 10))
    if not conference:
        rj.record_activity(
            db, actor, process.id, ActivityKind.QUESTIONS_AND_ANSWERS, D(2023, 7, 1), victim_took_part=True
        )
        return
    starts = dt.datetime(2023, 9, 12, 10, tzinfo=dt.UTC)  # a Tuesday
    booked = rj.book_conference(
        db,
        actor,
        process.id,
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=2),
        venue="YJS office",
        facilitator_ids=(actor.user_id or 0,),
    ).conference
    rj.hold_conference(db, actor, booked.id, victim_took_part=True, who_took_part="Victim, child")


@pytest.mark.slow
def test_a_year_built_through_the_services_reproduces_havering_2023_24(
    db: Database, service: Actor, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    vlo = make_user(db, service, "vlo", Role.VLO, Role.RJ_COORDINATOR)
    offences: list[tuple[int, int]] = []  # (child id, its first offence id)
    for number in range(94):
        child = cases.create_child(db, service, f"H{number:03d}", "Child", f"H{number:03d}", D(2007, 1, 1))
        owned = [
            cases.add_offence(db, service, child.id, f"OF{k}", "Theft", D(2023, 4, 20)).id
            for k in range(4 if number < 32 else 3)  # 32 × 4 + 62 × 3 = 314
        ]
        cases.create_order(db, service, child.id, "REFERRAL_ORDER", D(2023, 5, 15), tuple(owned))
        offences.append((child.id, owned[0]))  # the offence with a direct victim, for the first 66 children
    victims: list[tuple[int, int]] = []  # (child id, victim id)
    for index, (child_id, offence_id) in enumerate(offences[:66]):
        victim = referrals.receive_referral(
            db,
            vlo,
            referrals.NewReferral(
                child_id=child_id,
                offence_ids=(offence_id,),
                received_on=D(2023, 5, 1),
                basis="consented",
                details=VictimDetails("individual", f"Victim {index}"),
            ),
        ).victim_id
        victims.append((child_id, victim))
    for child_id, victim_id in victims[:26]:
        consent.record_consent(
            db,
            vlo,
            victim_id,
            consent.NewConsent(child_id, ConsentScope.YJS_CONTACT, "given", D(2023, 5, 10), "verbal"),
        )
    for index, (child_id, victim_id) in enumerate(victims[:20]):
        engage(db, vlo, child_id, victim_id, conference=index == 0)

    found = reports.funnel(db, service, START, END).as_json()
    assert {key: found[key] for key in ("children", "offences", "offences_with_a_direct_victim")} == {
        "children": 94,
        "offences": 314,
        "offences_with_a_direct_victim": 66,
    }
    assert (found["victims"], found["consented_to_contact"], found["engaged"], found["conferences_completed"]) == (
        66,
        26,
        20,
        1,
    )
    assert found["rj_activities"]["questions_and_answers"] == 19  # type: ignore[index]
    assert found["rj_activities"]["conference"] == 1  # type: ignore[index]
    assert reports.funnel(db, service, D(2024, 4, 1), D(2024, 6, 30)).steps["conferences_completed"] == 0

    url = f"sqlite:///{db.path}" if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "report", "funnel", "--from", "2023-04-01", "--to", "2024-03-31"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert (printed["children"], printed["offences"], printed["engaged"]) == (94, 314, 20)
    pdf_path = tmp_path / "funnel.pdf"
    arguments = ["report", "funnel", "--from", "2023-04-01", "--to", "2024-03-31", "--format", "pdf"]
    assert cli.main(["--database", url, *arguments, "-o", str(pdf_path)]) == 0
    with pdfplumber.open(pdf_path) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        tables = [t for page in document.pages for t in page.extract_tables()]
    steps = next(t for t in tables if t[0] == ["Step", "Count"])
    counts = {" ".join((label or "").split()): count for label, count in steps[1:]}
    assert counts["Children with an order or intervention in force in the period"] == "94"
    assert counts["Their offences dealt with by those orders"] == "314"
    assert counts["Offences with an identified victim"] == "66"
    assert counts["Victims who gave consent to YJS contact (on or before the period's end)"] == "26"
    assert counts["Victims engaged in restorative justice during the period"] == "20"
    assert counts["Restorative conferences held in the period"] == "1"
    assert "Victim 0" not in text and "Page 1" in text


def test_the_funnel_refuses_a_backwards_period_and_is_aggregate_only(db: Database, service: Actor) -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        reports.funnel(db, service, END, START)
    analyst = make_user(db, service, "analyst", Role.PERFORMANCE_ANALYST)
    assert reports.funnel(db, analyst, START, END).steps["children"] == 0
    with pytest.raises(PermissionDenied):
        reports.funnel(db, make_user(db, service, "sup", Role.REPARATION_SUPERVISOR), START, END)


def _pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join(" ".join((page.extract_text() or "") for page in document.pages).split())


@pytest.mark.slow
def test_every_board_pack_has_its_sections_and_no_victim_names(db: Database, service: Actor) -> None:
    from sqlalchemy import select

    from rjdesk import demo
    from rjdesk.services import board_pack
    from rjdesk.store.models import Victim

    today = dt.date.today()
    empty = board_pack.board_pack_pdf(db, service, today - dt.timedelta(days=90), today)
    text = _pdf_text(empty)
    for section in ("KPI 10", "Victims' Code compliance", "Restorative justice", "Reparation", "Safety"):
        assert section in text, section
    assert text.count("None recorded.") >= 4  # duties, workers, RJ, reparation, safety when there is nothing

    demo.generate(db, service, victims=60, seed=4, today=today)
    with db.unit_of_work() as session:
        names = [
            name
            for name in session.execute(select(Victim.display_name).where(Victim.service_id == service.service_id))
            .scalars()
            .all()
        ]
    assert len(names) == 60
    for start, end in ((today - dt.timedelta(days=30), today), (today - dt.timedelta(days=400), today)):
        text = _pdf_text(board_pack.board_pack_pdf(db, service, start, end))
        assert "Processes:" in text and "Met on time" in text
        leaked = [name for name in names if name in text]
        assert leaked == [], leaked
        assert "Unwell" not in text  # no free text from the records
    with pytest.raises(PermissionDenied):
        board_pack.board_pack_pdf(db, make_user(db, service, "sup", Role.REPARATION_SUPERVISOR), today, today)
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(board_pack.board_pack_xlsx(db, service, today - dt.timedelta(days=30), today)))
    assert len(book.sheetnames) == 9 and any(name.startswith("Victims' Code") for name in book.sheetnames)
    cells = " ".join(str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row)
    assert [name for name in names if name in cells] == []

    from rjdesk.services import inspection

    year = (today - dt.timedelta(days=365), today)
    cases = inspection.sample_cases(db, service, *year)
    assert cases and all(c.victim_reference.startswith("V") for c in cases)
    text = _pdf_text(inspection.inspection_pack_pdf(db, service, *year))
    assert "Timeliness of first contact" in text and "Victim profile" in text and cases[0].victim_reference in text
    assert [name for name in names if name in text] == []
    with pytest.raises(PermissionDenied):
        inspection.sample_cases(db, make_user(db, service, "analyst2", Role.PERFORMANCE_ANALYST), *year)


def test_commentary_saved_with_a_run_is_printed_under_its_table(db: Database, service: Actor) -> None:
    from openpyxl import load_workbook

    from rjdesk.services import board_pack

    start, end = D(2024, 1, 1), D(2024, 3, 31)
    section = "Victims' Code compliance — YJS-held duties due in the period"
    with pytest.raises(ValidationError, match="at most 2000"):
        board_pack.save_commentary(db, service, start, end, {section: "x" * 2001})
    board_pack.save_commentary(db, service, start, end, {section: "Staff absence: <b>two</b> posts vacant."})
    board_pack.save_commentary(db, service, start, end, {section: "Two posts vacant; recruited in March."})
    assert board_pack.latest_commentary(db, service, start, end) == {section: "Two posts vacant; recruited in March."}
    assert board_pack.latest_commentary(db, service, D(2024, 4, 1), D(2024, 6, 30)) == {}
    text = _pdf_text(board_pack.board_pack_pdf(db, service, start, end))
    assert "Commentary: Two posts vacant; recruited in March." in text
    book = load_workbook(io.BytesIO(board_pack.board_pack_xlsx(db, service, start, end)))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Commentary: Two posts vacant; recruited in March." in cells


@pytest.mark.slow
def test_every_figure_opens_the_records_behind_it_for_managers_only(db: Database, service: Actor) -> None:
    """Funnel, board-pack and KPI 10 figures open onto their records: as many as the figure counts, with names
    for a manager, nothing for the performance analyst, nothing across services, and every opening audited."""
    from sqlalchemy import select

    from rjdesk import demo
    from rjdesk.services import board_pack, report_records
    from rjdesk.services.report_pdf import RecordRef
    from rjdesk.store.models import AuditEntry, Victim
    from tests.conftest import make_service

    today = dt.date.today()
    demo.generate(db, service, victims=40, seed=8, today=today)
    manager = make_user(db, service, "boss", Role.MANAGER)
    start, end = today - dt.timedelta(days=400), today

    found = reports.funnel(db, manager, start, end)
    assert found.steps["victims"] > 0 and found.steps["consented_to_contact"] > 0
    for step, count in found.steps.items():
        lines = report_records.records_behind_figure(db, manager, found.behind[step])
        assert len(lines) == count, step
    with db.unit_of_work() as session:
        names = {
            v.reference: v.display_name
            for v in session.execute(select(Victim).where(Victim.service_id == service.service_id)).scalars()
        }
    consented = report_records.records_behind_figure(db, manager, found.behind["consented_to_contact"])
    assert all(line.kind == "Victim" and line.name == names[line.reference] for line in consented)

    document = board_pack.board_pack_document(db, manager, start, end)
    opened = 0
    for table in document.tables:
        if not table.rows:
            continue
        assert len(table.behind) == len(table.rows), table.title
        if table.title.startswith("Victims' Code compliance —"):
            for row, behind in zip(table.rows, table.behind, strict=True):
                lines = report_records.records_behind_figure(db, manager, behind)
                assert len(lines) >= sum(int(n) for n in row[1:]) and {line.kind for line in lines} == {"Duty"}
                assert all(str(row[0]) in line.detail for line in lines)
                opened += 1
        if table.title.startswith("KPI 10 —"):
            headline = dict(zip((r[0] for r in table.rows), table.behind, strict=True))["headline"]
            assert len(headline) == int(table.rows[0][2])  # the headline's n, one victim a record
    assert opened > 0

    analyst = make_user(db, service, "numbers", Role.PERFORMANCE_ANALYST)
    assert reports.funnel(db, analyst, start, end).behind == {}
    assert all(table.behind == () for table in board_pack.board_pack_document(db, analyst, start, end).tables)
    with pytest.raises(PermissionDenied):
        report_records.records_behind_figure(db, analyst, found.behind["victims"])

    elsewhere = make_service(db, "EW", "Elsewhere YJS")
    their_manager = make_user(db, elsewhere, "theirs", Role.MANAGER)
    assert report_records.records_behind_figure(db, their_manager, found.behind["victims"]) == []
    with pytest.raises(ValueError, match="unknown record kinds"):
        report_records.records_behind_figure(db, manager, [RecordRef("password", 1)])
    with db.unit_of_work() as session:
        audited = session.execute(
            select(AuditEntry).where(AuditEntry.entity == "report_records", AuditEntry.actor == "boss")
        ).scalars()
        assert any(len(json.loads(entry.payload_json or "{}").get("victim_ids", [])) > 0 for entry in audited)


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, format="PNG")
    return out.getvalue()


def test_the_service_logo_heads_every_report_cover(db: Database, service: Actor) -> None:
    from rjdesk.services import board_pack, inspection, settings

    admin = make_user(db, service, "admin", Role.ADMINISTRATOR)
    manager = make_user(db, service, "boss", Role.MANAGER)
    start, end = D(2024, 1, 1), D(2024, 3, 31)

    def cover_images(pdf: bytes) -> list[dict[str, object]]:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            return list(document.pages[0].images)

    assert cover_images(board_pack.board_pack_pdf(db, manager, start, end)) == []
    refusals = {
        "too large": b"\x89PNG\r\n\x1a\n" + b"0" * (512 * 1024),
        "PNG or JPEG": b"GIF89a not a logo",
        "could not be read": b"\x89PNG\r\n\x1a\n damaged",
    }
    for message, image in refusals.items():
        with pytest.raises(ValidationError, match=message):
            settings.set_report_logo(db, admin, image)
    with pytest.raises(PermissionDenied):
        settings.set_report_logo(db, manager, _png(40, 20))
    assert settings.get_service(db, admin).logo is None  # nothing stored on a refusal

    settings.set_report_logo(db, admin, _png(400, 100))  # wide: drawn 60 mm × 15 mm, its shape kept
    assert settings.get_service(db, manager).logo == _png(400, 100)
    for pdf in (
        board_pack.board_pack_pdf(db, manager, start, end),
        reports.kpi10_pdf(db, manager, reports.Quarter.parse("2023Q4")),
        reports.funnel_pdf(db, manager, start, end),
        inspection.inspection_pack_pdf(db, manager, start, end),
    ):
        (logo,) = cover_images(pdf)
        width, height = float(logo["width"]), float(logo["height"])  # type: ignore[arg-type]
        assert abs(width / height - 4) < 0.05 and width <= 60 * 72 / 25.4 + 0.5
    settings.set_report_logo(db, admin, None)
    assert cover_images(board_pack.board_pack_pdf(db, manager, start, end)) == []


def test_engaged_in_the_period_means_an_activity_by_its_end_and_not_concluded_before_its_start(
    db: Database, service: Actor
) -> None:
    vlo = make_user(db, service, "vlo", Role.VLO, Role.RJ_COORDINATOR)
    child = cases.create_child(db, service, "E001", "Child", "E001", D(2007, 1, 1))
    offence = cases.add_offence(db, service, child.id, "OF1", "Theft", D(2023, 4, 20))
    cases.create_order(db, service, child.id, "REFERRAL_ORDER", D(2023, 5, 15), (offence.id,))
    victim_id = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=D(2023, 5, 1),
            basis="consented",
            details=VictimDetails("individual", "Engaged Victim"),
        ),
    ).victim_id
    engage(db, vlo, child.id, victim_id, conference=False)  # took part in questions and answers on 1 July 2023
    process = rj.list_processes(db, vlo)[0]
    rj.tell_victim_concluded(db, vlo, process.id, D(2023, 8, 1), process.version)

    def engaged(start: dt.date, end: dt.date) -> object:
        return reports.funnel(db, service, start, end).as_json()["engaged"]

    assert engaged(D(2023, 4, 1), D(2023, 6, 30)) == 0  # the activity came after the period
    assert engaged(D(2023, 7, 15), D(2023, 12, 31)) == 1  # told it concluded during the period
    assert engaged(D(2023, 8, 2), D(2023, 12, 31)) == 0  # told it concluded before the period began
