"""Letters on real widgets: a VLO writes a first letter from the victim's record (refused without their own
paragraph, previewed, saved for editing in Word, recorded as sent — the copy and the attempt appear on the
record); a Welsh service's letter opens bilingual; a supervisor's letter to a family that names the victim is
refused next to the paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog

from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.letters import Language, LetterKind
from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import Requirement
from rjdesk.services import cases, duties, referrals, reparation
from rjdesk.services.context import Actor
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Service
from tests.ui.conftest import in_modal, screenshot
from ui.letters import CompletionLetterDialog, VictimLetterDialog
from ui.main_window import MainWindow
from ui.victim_window import VictimWindow

pytestmark = pytest.mark.ui
TODAY = dt.date.today()


def a_victim(db: Database, vlo: Actor, operator: Actor, name: str = "Morgan Example", channel: str = "letter") -> int:
    child = cases.create_child(db, operator, "CMS7", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(db, operator, child.id, "OF1", "Burglary", dt.date(2026, 9, 1))
    return referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=TODAY,
            basis="consented",
            details=VictimDetails("individual", name, date_of_birth=dt.date(1975, 6, 1), preferred_channel=channel),
            contact=ContactDetails(address="5 Quarry Hill", postcode="NB6 1LT", safe_to_write=True),
        ),
    ).victim_id


def the_record(qtbot, window: MainWindow, victim_id: int) -> VictimWindow:
    record = VictimWindow(window.session, victim_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    return record


def test_a_vlo_writes_previews_saves_and_sends_a_first_letter(
    qtbot, open_main, local_db: Database, operator: Actor, tmp_path: Path
) -> None:
    window = open_main("vlo1", Role.VLO)
    victim_id = a_victim(local_db, window.session.actor, operator)
    record = the_record(qtbot, window, victim_id)
    menu = record.letter_button.menu()
    assert record.letter_button.isEnabled() and [a.text() for a in menu.actions()] == [
        "First contact…",
        "Restorative justice information…",
        "Progress update…",
        "Conclusion of the intervention…",
    ]
    saved = tmp_path / "first-letter.docx"

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, VictimLetterDialog)
        assert dialog.recipient_name.text() == "Morgan Example"
        assert dialog.address.toPlainText() == "5 Quarry Hill\nNB6 1LT"
        assert dialog.chosen_language() is Language.ENGLISH
        assert dialog.personal["cy"].parentWidget().isHidden()  # an English letter asks for English only
        dialog.buttons.accepted.emit()  # nothing written yet: refused, and the dialog stays open
        qtbot.waitUntil(lambda: bool(dialog.errors.text("personal_en")), timeout=10_000)
        assert dialog.errors.text("phone_tried_first") == "Say whether you tried to phone first."
        assert dialog.isVisible()
        dialog.personal["en"].setPlainText("Thank you for speaking with PC Example; I am the officer she mentioned.")
        dialog.phone_first.setCurrentIndex(dialog.phone_first.findData("yes"))
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: "PC Example" in dialog.preview.toPlainText(), timeout=10_000)
        assert "Dear Morgan Example," in dialog.preview.toPlainText()
        dialog.save_to(saved)
        qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=10_000)

    in_modal(qtbot, write, "dialog-letter-first-contact")
    record.write_letter(LetterKind.FIRST_CONTACT)
    qtbot.waitUntil(lambda: record.contacts_model.rowCount() == 1, timeout=10_000)
    paragraphs = [p.text for p in docx.Document(str(saved)).paragraphs]
    assert any("PC Example" in p for p in paragraphs)
    contact = record.contacts_model.row(0)
    assert (contact.kind, contact.channel, contact.outcome) == ("attempt", "letter", "letter_sent")
    qtbot.waitUntil(lambda: record.documents_model.rowCount() == 1, timeout=10_000)
    assert record.documents_model.row(0).title.startswith("Letter sent: First contact (English)")
    first = {d.code: d for d in duties.list_duties(local_db, window.session.actor, victim_id=victim_id)}
    assert DutyCode.FIRST_CONTACT_ATTEMPT not in first  # met: no longer open
    met = duties.list_duties(local_db, window.session.actor, victim_id=victim_id, include_closed=True)
    assert any(d.code == DutyCode.FIRST_CONTACT_ATTEMPT and d.status is DutyStatus.MET for d in met)
    screenshot(record, "victim-record-letter-sent")


def test_a_welsh_service_opens_a_bilingual_letter_with_both_paragraphs(
    qtbot, open_main, local_db: Database, operator: Actor
) -> None:
    with local_db.unit_of_work() as session:
        service = session.get(Service, operator.service_id)
        assert service is not None
        service.welsh = True
    window = open_main("vlo1", Role.VLO)
    victim_id = a_victim(local_db, window.session.actor, operator, "Eirlys Ŵyn", channel="phone")
    record = the_record(qtbot, window, victim_id)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, VictimLetterDialog)
        assert dialog.chosen_language() is Language.BILINGUAL
        assert not dialog.personal["cy"].parentWidget().isHidden()
        assert "only where the victim chose letters" in dialog.warnings.text()
        dialog.personal["cy"].setPlainText("Mae'r panel wedi cyfarfod.")
        dialog.personal["en"].setPlainText("The panel has met.")
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: "Annwyl Eirlys Ŵyn," in dialog.preview.toPlainText(), timeout=10_000)
        text = dialog.preview.toPlainText()
        assert text.index("Mae'r panel wedi cyfarfod.") < text.index("The panel has met.")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert dialog.personal["cy"].parentWidget().isHidden()
        dialog.reject()

    in_modal(qtbot, look, "dialog-letter-bilingual")
    record.write_letter(LetterKind.PROGRESS_UPDATE)
    qtbot.wait(300)
    assert record.contacts_model.rowCount() == 0  # closed without sending: nothing logged


@pytest.mark.reparation
def test_a_family_letter_that_names_the_victim_is_refused_next_to_the_paragraph(
    qtbot, open_main, local_db: Database, operator: Actor, tmp_path: Path
) -> None:
    vlo = open_main("vlo1", Role.VLO).session.actor
    a_victim(local_db, vlo, operator, "Robin Quayle")
    window = open_main("sup1", Role.REPARATION_SUPERVISOR)
    supervisor = window.session.actor
    project = reparation.create_project(local_db, operator, reparation.ProjectDetails("The Bike Shed", capacity=4))
    reparation.renew_risk_assessment(local_db, operator, project.id, TODAY, TODAY + dt.timedelta(days=200))
    order = cases.create_order(
        local_db, operator, cases.get_child_case(local_db, operator, 1).id, "REFERRAL_ORDER", TODAY, (1,)
    )
    placement = reparation.place_child(
        local_db, operator, reparation.PlacementDetails(project.id, order, Requirement.REPARATION, 2, TODAY)
    )
    booked = reparation.schedule_session(
        local_db, operator, project.id, TODAY, dt.time(10), dt.time(12), supervisor.user_id, (placement.id,)
    )
    reparation.record_attendance(
        local_db,
        operator,
        booked.id,
        booked.version,
        [reparation.Mark(booked.expected[0].attendance_id, "attended", 2)],
    )
    page = window.show_page("reparation")
    page.tabs.setCurrentIndex(
        next(i for i in range(page.tabs.count()) if "Placements" in page.tabs.tabText(i).replace("&", ""))
    )
    page.show_ended.setChecked(True)  # a completed placement is listed with the ended ones
    qtbot.waitUntil(lambda: page.placements_model.rowCount() == 1, timeout=10_000)
    page.placements_table.selectRow(0)
    target = tmp_path / "family.pdf"

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, CompletionLetterDialog)
        assert "Jay's parent or carer: 2 hours at The Bike Shed" in dialog.warnings.text()
        dialog.recipient_name.setText("Pat Example")
        dialog.address.setPlainText("4 Elm Close\nNB2 2BB")
        dialog.personal["en"].setPlainText("Jay wrote a letter of apology to Robin Quayle.")
        dialog.save_to(target)
        qtbot.waitUntil(lambda: bool(dialog.errors.text("personal_en")), timeout=10_000)
        refusal = dialog.errors.text("personal_en")
        assert "would identify a victim of the child's offences (a name)" in refusal and not target.exists()
        assert "Quayle" not in refusal
        dialog.personal["en"].setPlainText("Jay worked hard and was always on time.")
        dialog.save_to(target)
        qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=10_000)

    in_modal(qtbot, write, "dialog-letter-family")
    page.letter_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
