"""The victim liaison desk as a VLO uses it: My day, triage, consent, contact; and what other roles see."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from rjdesk.rules.calendar import WorkingCalendar
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.duties import DutyCode, DutyStatus
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, consent, contacts, duties, referrals
from rjdesk.services.context import Actor
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Child
from tests.ui.conftest import in_modal, screenshot
from ui.casework import ConsentDialog, RecordContactDialog, TriageDialog
from ui.main_window import MainWindow
from ui.pages.my_day import MyDayPage
from ui.victim_window import VictimWindow

pytestmark = pytest.mark.ui


def working_days_ago(n: int) -> dt.date:
    day, calendar = dt.date.today(), WorkingCalendar()
    while n:
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            n -= 1
    return day


@pytest.fixture
def referred_child_victim(local_db: Database, operator: Actor) -> tuple[int, int]:
    child = cases.create_child(local_db, operator, "CMS7", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Robbery", dt.date(2026, 9, 1))
    return child.id, offence.id


def test_vlo_triages_records_consent_and_contact_and_the_duty_leaves_the_list(
    qtbot, open_main, local_db: Database, operator: Actor, referred_child_victim: tuple[int, int]
) -> None:
    child_id, offence_id = referred_child_victim
    window = open_main("vlo1", Role.VLO)
    vlo = window.session.actor
    result = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=working_days_ago(3),
            basis="consented",
            details=VictimDetails("individual", "Robin Young", date_of_birth=dt.date(2012, 2, 2)),
            contact=ContactDetails(phone="01632 960123", safe_to_phone=True),
        ),
    )
    page = window.show_page("my_day")
    assert isinstance(page, MyDayPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    triage = page.model.row(0)
    assert triage.code == DutyCode.PRIORITY_TRIAGE and triage.is_overdue(dt.date.today())
    assert "1 overdue" in page.counts.text().replace("<b>", "").replace("</b>", "")
    screenshot(window, "my-day-overdue")

    page.table.selectRow(0)

    def triage_it(dialog: QDialog) -> None:
        assert isinstance(dialog, TriageDialog)
        dialog.notes.setPlainText("Checked with the officer in the case; contact through mother is safe.")

    in_modal(qtbot, triage_it, "dialog-triage")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.row(0).code == DutyCode.FIRST_CONTACT_ATTEMPT, timeout=10_000
    )
    first = page.model.row(0)
    assert not first.is_overdue(dt.date.today())

    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    record = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VictimWindow) and w.isVisible())
    qtbot.addWidget(record)
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    assert "Enhanced rights" in record.header.text()

    def give_consent(dialog: QDialog) -> None:
        assert isinstance(dialog, ConsentDialog)
        dialog.source.setCurrentIndex(dialog.source.findData("parent_carer"))
        dialog.given_by.setText("Morgan Young (mother)")

    in_modal(qtbot, give_consent, "dialog-consent")
    qtbot.mouseClick(record.consent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.consent_model.rowCount() == 1, timeout=10_000)

    def phoned(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordContactDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("spoke_to_parent_carer"))
        dialog.notes.setPlainText("Explained restorative options; mother will talk it over with Robin.")

    in_modal(qtbot, phoned, "dialog-contact")
    qtbot.mouseClick(record.contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.contacts_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)  # My day refreshed: nothing left
    statuses = {
        d.code: d.status for d in duties.list_duties(local_db, vlo, victim_id=result.victim_id, include_closed=True)
    }
    assert statuses == {DutyCode.PRIORITY_TRIAGE: DutyStatus.MET_LATE, DutyCode.FIRST_CONTACT_ATTEMPT: DutyStatus.MET}
    kpi_row = record.file.links[0].kpi10 if record.file else {}
    qtbot.waitUntil(
        lambda: record.file is not None and record.file.links[0].kpi10["consentYJSContact"] == "Y", timeout=10_000
    )
    assert kpi_row is not None
    record.tabs.setCurrentIndex(record.contact_tab_index)
    qtbot.waitUntil(lambda: "01632 960123" in record.contact_details.text(), timeout=10_000)
    screenshot(record, "victim-record-contact-details")
    record.tabs.setCurrentIndex(2)
    screenshot(record, "victim-record-kpi10")


def test_roles_without_contact_permission_see_no_contact_details(
    qtbot, open_main, local_db, operator, referred_child_victim
) -> None:
    child_id, offence_id = referred_child_victim
    vlo = open_main("vlo1", Role.VLO).session.actor
    victim = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Private Person"),
            contact=ContactDetails(phone="01632 960999"),
        ),
    )
    panel = open_main("panel1", Role.PANEL_COORDINATOR)
    record = VictimWindow(panel.session, victim.victim_id)
    qtbot.addWidget(record)
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    assert record.contact_tab_index == -1
    assert all(record.tabs.tabText(i).replace("&", "") != "Contact details" for i in range(record.tabs.count()))
    for username, role in (("supervisor", Role.REPARATION_SUPERVISOR), ("admin", Role.ADMINISTRATOR)):
        window = open_main(username, role)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert "Victims" not in titles and "My day" not in titles


def test_case_manager_sees_only_the_shared_summary(qtbot, open_main, local_db, operator, referred_child_victim) -> None:
    child_id, offence_id = referred_child_victim
    vlo = open_main("vlo1", Role.VLO).session.actor
    sharing = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Alex Sharer"),
            contact=ContactDetails(phone="01632 960555"),
        ),
    )
    private = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Sam Private"),
        ),
    )
    for victim_id, summary in (
        (sharing.victim_id, "Felt unsafe walking home; would like an apology."),
        (private.victim_id, "Does not want this shared."),
    ):
        contacts.record_views(
            local_db,
            vlo,
            victim_id,
            contacts.ViewsRecord(
                0, child_id, dt.date.today(), "Full account (not for sharing)", "Impact", "Wishes", summary, None, None
            ),
        )
    consent.record_consent(
        local_db,
        vlo,
        sharing.victim_id,
        consent.NewConsent(child_id, ConsentScope.SHARE_VIEWS_WORKER, "given", dt.date.today(), "written"),
    )
    window = open_main("casemgr", Role.CASE_MANAGER)
    with local_db.unit_of_work() as session:  # the child is on this case manager's caseload
        session.get(Child, child_id).case_manager_id = window.session.actor.user_id  # type: ignore[union-attr]
    window.show_page("shared_views").refresh()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Home", "Shared views", "Reparation"]  # reparation: the compliance queue only
    page = window.show_page("shared_views")
    qtbot.waitUntil(lambda: page.child_list.count() == 1, timeout=10_000)
    page.child_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    shown = " ".join(str(page.model.data(page.model.index(0, c))) for c in range(page.model.columnCount()))
    assert "apology" in shown and "Victim 1" in shown
    for secret in ("Alex", "Sharer", "Sam", "01632", "Full account", "Does not want"):
        assert secret not in shown
    screenshot(window, "main-casemgr-shared-views")


def test_my_day_models_pass_the_model_tester(qtbot, qtmodeltester, open_main, local_db, referred_child_victim) -> None:
    child_id, offence_id = referred_child_victim
    window = open_main("vlo1", Role.VLO)
    for name in ("One Person", "Two Person"):
        referrals.receive_referral(
            local_db,
            window.session.actor,
            referrals.NewReferral(
                child_id=child_id,
                offence_ids=(offence_id,),
                received_on=working_days_ago(6),
                basis="consented",
                details=VictimDetails("individual", name, date_of_birth=dt.date(1980, 1, 1)),
            ),
        )
    page = window.show_page("my_day")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(page.model)
    screenshot(window, "my-day")


def _record_for(qtbot, window: MainWindow, victim_id: int) -> VictimWindow:
    record = VictimWindow(window.session, victim_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    return record


def test_edit_details_views_complaint_documents_and_carers(
    qtbot, open_main, local_db, referred_child_victim, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from rjdesk.services import victims as victim_service
    from ui.casework import CarerDialog, EditVictimDialog, ViewsDialog

    child_id, offence_id = referred_child_victim
    window = open_main("vlo1", Role.VLO)
    vlo = window.session.actor
    result = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Dana Example", date_of_birth=dt.date(1975, 6, 1)),
            contact=ContactDetails(phone="01632 960321"),
        ),
    )
    record = _record_for(qtbot, window, result.victim_id)

    def needs(dialog: QDialog) -> None:
        assert isinstance(dialog, EditVictimDialog)
        dialog.language.setText("Polish")
        dialog.interpreter.setChecked(True)
        dialog.welsh.setCurrentIndex(dialog.welsh.findData("english"))

    in_modal(qtbot, needs, "dialog-edit-details")
    qtbot.mouseClick(record.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Polish" in record.details.text(), timeout=10_000)
    assert "interpreter" in record.details.text()

    # A colleague saves in between: the stale edit is refused and the record reloads, nothing overwritten.
    stale = record.file.record if record.file else None
    assert stale is not None
    victim_service.update_victim(
        local_db,
        vlo,
        result.victim_id,
        VictimDetails("individual", "Dana Changed", date_of_birth=dt.date(1975, 6, 1)),
        stale.version_id,
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    in_modal(qtbot, lambda d: d.name.setText("Dana Overwrite"), "dialog-edit-stale")  # type: ignore[attr-defined]
    qtbot.mouseClick(record.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "Someone else saved" in warned[0]
    qtbot.waitUntil(lambda: "Dana Changed" in record.header.text(), timeout=10_000)

    def views(dialog: QDialog) -> None:
        assert isinstance(dialog, ViewsDialog)
        dialog.views.setPlainText("Wants the child to understand the fear it caused")
        dialog.shareable.setPlainText("Would welcome a letter of apology")

    in_modal(qtbot, views, "dialog-views")
    qtbot.mouseClick(record.views_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.views_model.rowCount() == 1, timeout=10_000)

    in_modal(qtbot, lambda d: d.summary.setPlainText("Not told about the panel date"), "dialog-complaint")  # type: ignore[attr-defined]
    qtbot.mouseClick(record.complaint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.complaints_model.rowCount() == 1, timeout=10_000)
    assert any(d.code == DutyCode.COMPLAINT_ACK and d.status == DutyStatus.OPEN for d in record.file.duties)
    record.complaints_table.selectRow(0)
    qtbot.mouseClick(record.acknowledge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.code == DutyCode.COMPLAINT_ACK and d.status == DutyStatus.MET for d in record.file.duties),
        timeout=10_000,
    )

    letter = tmp_path / "consent-form.pdf"
    letter.write_bytes(b"%PDF-1.4 synthetic signed form")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(letter), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Signed consent form", True))
    qtbot.mouseClick(record.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.documents_model.rowCount() == 1, timeout=10_000)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    record.documents_table.selectRow(0)
    qtbot.mouseClick(record.save_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert copy.read_bytes() == letter.read_bytes()

    def carer(dialog: QDialog) -> None:
        assert isinstance(dialog, CarerDialog)
        dialog.name.setText("Morgan Example")
        dialog.relationship.setText("partner")

    qtbot.mouseClick(record.chase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: record.file is not None and record.file.referrals[0].chased_on == dt.date.today(), timeout=10_000
    )
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("The child denies the offence", True))
    qtbot.mouseClick(record.not_invited_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            record.file is not None and record.file.links[0].not_invited_to_rj_reason == "The child denies the offence"
        ),
        timeout=10_000,
    )

    record.tabs.setCurrentIndex(record.contact_tab_index)
    qtbot.waitUntil(lambda: "01632 960321" in record.contact_details.text(), timeout=10_000)

    def moved(dialog: QDialog) -> None:
        dialog.address.setText("5 New Street")  # type: ignore[attr-defined]
        dialog.safe_write.setChecked(True)  # type: ignore[attr-defined]

    in_modal(qtbot, moved, "dialog-contact-details")
    qtbot.mouseClick(record.edit_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "5 New Street" in record.contact_details.text(), timeout=10_000)
    assert "write" in record.contact_details.text()
    in_modal(qtbot, carer, "dialog-carer")
    qtbot.mouseClick(record.carer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Morgan Example" in record.contact_details.text(), timeout=10_000)
    screenshot(record, "victim-record-carers")


def test_manager_allocates_and_arranges_cover(qtbot, open_main, local_db, referred_child_victim) -> None:
    from ui.casework import AllocateDialog, CoverDialog

    child_id, offence_id = referred_child_victim
    first = open_main("vlo1", Role.VLO)
    second = open_main("vlo2", Role.VLO)
    result = referrals.receive_referral(
        local_db,
        first.session.actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Lee Example", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    manager = open_main("boss", Role.MANAGER)
    record = _record_for(qtbot, manager, result.victim_id)
    assert record.allocate_button.isVisible()

    def to_second(dialog: QDialog) -> None:
        assert isinstance(dialog, AllocateDialog)
        dialog.worker.setCurrentIndex(dialog.worker.findData(second.session.actor.user_id))

    in_modal(qtbot, to_second, "dialog-allocate")
    qtbot.mouseClick(record.allocate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: record.file is not None and record.file.record.worker_id == second.session.actor.user_id, timeout=10_000
    )
    page = manager.show_page("my_day")
    assert page.cover_button.isVisible()

    def cover(dialog: QDialog) -> None:
        assert isinstance(dialog, CoverDialog)
        dialog.absent.setCurrentIndex(dialog.absent.findData(second.session.actor.user_id))
        dialog.covering.setCurrentIndex(dialog.covering.findData(first.session.actor.user_id))

    in_modal(qtbot, cover, "dialog-cover")
    qtbot.mouseClick(page.cover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            [d.victim_id for d in duties.list_duties(local_db, first.session.actor, mine_only=True)]
            == [result.victim_id]
        ),
        timeout=10_000,
    )


def test_two_managers_change_a_duty_rule(qtbot, open_main, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.duty_rules import DutyRulesPage, ProposeRuleDialog

    first = open_main("boss1", Role.MANAGER)
    page = first.show_page("duty_rules")
    assert isinstance(page, DutyRulesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=10_000)  # the default catalogue, version 1
    row = next(i for i in range(8) if page.model.row(i).code == DutyCode.FIRST_CONTACT_ATTEMPT)
    page.table.selectRow(row)

    def propose(dialog: QDialog) -> None:
        assert isinstance(dialog, ProposeRuleDialog)
        dialog.standard.setValue(7)
        dialog.reason.setText("Agreed with the police in the local protocol")

    in_modal(qtbot, propose, "dialog-propose-rule")
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=10_000)
    proposed = next(i for i in range(9) if page.model.row(i).status == "proposed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))
    page.table.selectRow(proposed)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert "second manager" in refusals[0]
    second = open_main("boss2", Role.MANAGER)
    other_page = second.show_page("duty_rules")
    qtbot.waitUntil(lambda: other_page.model.rowCount() == 9, timeout=10_000)
    other_page.table.selectRow(next(i for i in range(9) if other_page.model.row(i).status == "proposed"))
    qtbot.mouseClick(other_page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(other_page.model.row(i).status == "approved" for i in range(9)), timeout=10_000)
    approved = next(other_page.model.row(i) for i in range(9) if other_page.model.row(i).version == 2)
    assert (approved.standard_working_days, approved.proposed_by, approved.approved_by) == (7, "boss1", "boss2")
    screenshot(second, "duty-rules")


def test_a_slow_older_answer_never_replaces_a_newer_one(qtbot, open_main, local_db, referred_child_victim) -> None:
    """Whole team ticked while 'mine' was still loading: whatever order the answers come back in, the list
    shows the team's duties."""
    import threading

    child_id, offence_id = referred_child_victim
    mine = open_main("vlo1", Role.VLO)
    colleague = open_main("vlo2", Role.VLO)
    referrals.receive_referral(
        local_db,
        colleague.session.actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=working_days_ago(1),
            basis="consented",
            details=VictimDetails("individual", "Colleague's Victim", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    page = mine.show_page("my_day")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    release = threading.Event()
    original = duties.my_day

    def slow_for_mine(*args, **kwargs):  # the 'mine' query is held back until the team's has answered
        if not kwargs.get("team"):
            release.wait(10)
        return original(*args, **kwargs)

    import ui.pages.my_day as my_day_module

    my_day_module.duties.my_day = slow_for_mine  # type: ignore[assignment]
    try:
        page.refresh()  # mine: held back
        page.team.setChecked(True)  # team: answers first
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        release.set()
        qtbot.wait(500)
        assert page.model.rowCount() == 1  # the late 'mine' answer (0 rows) was dropped
    finally:
        my_day_module.duties.my_day = original  # type: ignore[assignment]
        release.set()


def test_a_teams_my_day_lists_the_soonest_first_and_the_rest_on_request(
    qtbot, open_main, local_db, referred_child_victim, monkeypatch
) -> None:
    child_id, offence_id = referred_child_victim
    manager = open_main("boss", Role.MANAGER)
    for number, received in enumerate((working_days_ago(12), working_days_ago(1), dt.date.today())):
        referrals.receive_referral(
            local_db,
            manager.session.actor,
            referrals.NewReferral(
                child_id=child_id,
                offence_ids=(offence_id,),
                received_on=received,
                basis="consented",
                details=VictimDetails("individual", f"Team Victim {number}", date_of_birth=dt.date(1980, 1, 1)),
            ),
        )
    monkeypatch.setattr(duties, "MY_DAY_ROWS", 2)  # a team's tens of thousands, in miniature
    page = manager.show_page("my_day")
    assert isinstance(page, MyDayPage)
    page.team.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.show_all_button.isVisible(), timeout=10_000)
    assert page.partial.text() == "Showing the 2 soonest of 3 duties."
    assert "<b>1</b> overdue" in page.counts.text()  # the counts are whole
    assert page.model.row(0).is_overdue(dt.date.today())  # soonest first
    screenshot(manager, "my-day-team-partial")
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert not page.show_all_button.isVisible() and not page.partial.isVisible()


def test_urgent_concern_reaches_the_managers_my_day_and_the_safety_plan(
    qtbot, open_main, local_db, referred_child_victim
) -> None:
    from ui.casework import ConcernDialog, RestrictionDialog, SafetyPlanDialog

    child_id, offence_id = referred_child_victim
    manager = open_main("boss", Role.MANAGER)
    window = open_main("vlo1", Role.VLO)
    result = referrals.receive_referral(
        local_db,
        window.session.actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Sky Example", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    record = _record_for(qtbot, window, result.victim_id)
    record.tabs.setCurrentIndex(record.safety_tab_index)

    def urgent(dialog: QDialog) -> None:
        assert isinstance(dialog, ConcernDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("contact_from_child_or_family"))
        dialog.description.setPlainText("The child's cousin waited outside the victim's work")
        dialog.urgent.setChecked(True)

    in_modal(qtbot, urgent, "dialog-safety-concern")
    qtbot.mouseClick(record.concern_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.concerns_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Safety concern" in record.header.text(), timeout=10_000)

    def exclusion(dialog: QDialog) -> None:
        assert isinstance(dialog, RestrictionDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("exclusion_zone"))
        dialog.about_victim.setChecked(False)
        dialog.areas.setText("NB3, Northbridge retail park")

    in_modal(qtbot, exclusion, "dialog-restriction")
    qtbot.mouseClick(record.restriction_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.restrictions_model.rowCount() == 1, timeout=10_000)

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, SafetyPlanDialog)
        dialog.contingency.setPlainText("Call 999; then the VLO, who tells the case manager.")
        dialog.review_date.setDate(dialog.review_date.date().currentDate().addDays(3))

    in_modal(qtbot, plan, "dialog-safety-plan")
    qtbot.mouseClick(record.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Call 999" in record.safety_summary.text(), timeout=10_000)
    screenshot(record, "victim-record-safety")

    page = manager.show_page("my_day")
    page.refresh()
    qtbot.waitUntil(lambda: page.alerts.isVisible() and "Urgent safety concern" in page.alerts.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Sky Example" in page.reviews.text(), timeout=10_000)
    assert "cousin" not in page.alerts.text()  # the alert says what and who, not the details
    screenshot(manager, "my-day-alert")
    qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.alerts.isVisible(), timeout=10_000)


def test_closing_a_record_before_it_has_loaded_drops_the_late_answers(
    qtbot, open_main, local_db, referred_child_victim
) -> None:
    child_id, offence_id = referred_child_victim
    window = open_main("vlo1", Role.VLO)
    victim_id = referrals.receive_referral(
        local_db,
        window.session.actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=dt.date.today(),
            basis="consented",
            details=VictimDetails("individual", "Quick Closer"),
        ),
    ).victim_id
    for _ in range(5):  # the window asks for its file, safety plan and documents; it is gone before they come
        record = VictimWindow(window.session, victim_id)
        record.show()
        record.close()
    window.session.tasks.wait_idle()
    qtbot.wait(300)  # the answers are delivered to nobody: no error in the event loop
