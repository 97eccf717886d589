"""Case links on real widgets: the panel diary, the case manager's relay and report summary, merging a duplicate
victim and undoing it, and the disclosure log."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, consent, contacts, referrals, victims
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Child
from tests.ui.conftest import in_modal, screenshot
from ui.case_dialogs import (
    DisclosureDialog,
    KnownChildDialog,
    MergeDialog,
    PanelOutcomeDialog,
    RelayedDialog,
    ReportSummaryDialog,
    SchedulePanelDialog,
    TextResultDialog,
    UnmergeDialog,
)
from ui.victim_window import VictimWindow

pytestmark = pytest.mark.ui
TODAY = dt.date.today()


@pytest.fixture
def referral_order(local_db: Database, operator: Actor) -> tuple[int, int, int]:
    child = cases.create_child(local_db, operator, "CMS7", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Robbery", TODAY - dt.timedelta(days=40))
    order = cases.create_order(
        local_db, operator, child.id, "REFERRAL_ORDER", TODAY - dt.timedelta(days=2), (offence.id,)
    )
    return child.id, offence.id, order


def refer(db: Database, actor: Actor, child_id: int, offence_id: int, name: str) -> int:
    return referrals.receive_referral(
        db,
        actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=TODAY,
            basis="consented",
            details=VictimDetails("individual", name, date_of_birth=dt.date(1985, 6, 6)),
        ),
    ).victim_id


def test_panel_coordinator_schedules_from_the_due_list_and_records_the_outcome(
    qtbot, open_main, local_db, referral_order
) -> None:
    child_id, offence_id, _order = referral_order
    vlo = open_main("vlo1", Role.VLO).session.actor
    refer(local_db, vlo, child_id, offence_id, "Alex Harmed")
    window = open_main("panels1", Role.PANEL_COORDINATOR)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Panels" in titles and "My day" not in titles
    page = window.show_page("panels")
    qtbot.waitUntil(lambda: page.due_model.rowCount() == 1, timeout=10_000)
    page.due_table.selectRow(0)

    def schedule(dialog: QDialog) -> None:
        assert isinstance(dialog, SchedulePanelDialog)
        dialog.members.setText("Pat Volunteer, Lee Volunteer, YJS panel officer")

    in_modal(qtbot, schedule, "dialog-schedule-panel")
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.diary_model.rowCount() == 1 and page.due_model.rowCount() == 0, timeout=10_000)
    shown = " ".join(str(page.diary_model.data(page.diary_model.index(0, c))) for c in range(10))
    assert "CMS7" in shown and "0 of 1" in shown and "Alex" not in shown
    page.diary_table.selectRow(0)

    def outcome(dialog: QDialog) -> None:
        assert isinstance(dialog, PanelOutcomeDialog)
        dialog.invited.setCurrentIndex(dialog.invited.findData("yes"))
        dialog.attended.setCurrentIndex(dialog.attended.findData("no"))
        dialog.impact.setCurrentIndex(dialog.impact.findData("yes"))
        dialog.contract.setPlainText("Letter of apology\n8 hours reparation at the community garden")

    in_modal(qtbot, outcome, "dialog-panel-outcome")
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.diary_model.row(0).status == "held", timeout=10_000)
    assert page.diary_model.row(0).impact_statement_used is True
    screenshot(window, "panels-diary")


def test_case_manager_relays_views_and_takes_a_report_summary(qtbot, open_main, local_db, referral_order) -> None:
    child_id, offence_id, _order = referral_order
    vlo = open_main("vlo1", Role.VLO).session.actor
    victim = refer(local_db, vlo, child_id, offence_id, "Alex Harmed")
    contacts.record_views(
        local_db,
        vlo,
        victim,
        contacts.ViewsRecord(0, child_id, TODAY, "Private account", None, None, "Wants an apology.", None, None),
    )
    for scope in (ConsentScope.SHARE_VIEWS_WORKER, ConsentScope.SHARE_VIEWS_CHILD):
        consent.record_consent(local_db, vlo, victim, consent.NewConsent(child_id, scope, "given", TODAY, "written"))
    window = open_main("casemgr", Role.CASE_MANAGER)
    with local_db.unit_of_work() as session:
        session.get(Child, child_id).case_manager_id = window.session.actor.user_id  # type: ignore[union-attr]
    page = window.show_page("shared_views")
    page.refresh()
    qtbot.waitUntil(lambda: page.child_list.count() == 1, timeout=10_000)
    page.child_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    in_modal(qtbot, lambda d: None if isinstance(d, RelayedDialog) else pytest.fail(repr(d)), "dialog-relayed")
    qtbot.mouseClick(page.relayed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row(0).relayed_to_child_on == TODAY, timeout=10_000)

    seen: list[str] = []

    def read_and_close() -> None:
        result = QApplication.activeModalWidget()
        assert isinstance(result, TextResultDialog), result
        seen.append(result.view.toPlainText())
        screenshot(result, "dialog-report-summary")
        result.reject()

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportSummaryDialog)
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("pre_sentence_report"))
        QTimer.singleShot(600, read_and_close)

    in_modal(qtbot, choose, "dialog-report-purpose")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Wants an apology." in seen[0] and "Alex" not in seen[0] and "Private account" not in seen[0]
    screenshot(window, "shared-views-relayed")


def test_merge_a_duplicate_then_unmerge_and_log_a_disclosure(
    qtbot, open_main, local_db, referral_order, operator, tmp_path, monkeypatch
) -> None:
    child_id, offence_id, _order = referral_order
    window = open_main("vlo1", Role.VLO)
    vlo = window.session.actor
    survivor = refer(local_db, vlo, child_id, offence_id, "Robin Twice")
    other_child = cases.create_child(local_db, operator, "CMS8", "Kim", "Sample", dt.date(2010, 1, 1))
    other_offence = cases.add_offence(local_db, operator, other_child.id, "OF1", "Robbery", TODAY)
    refer(local_db, vlo, other_child.id, other_offence.id, "Robin Twice")
    record = VictimWindow(window.session, survivor)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)

    def merge(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeDialog) and dialog.candidates.count() == 1
        dialog.reason.setText("Same name and date of birth; same phone number")

    in_modal(qtbot, merge, "dialog-merge")
    record.merge_action.trigger()
    qtbot.waitUntil(lambda: record.file is not None and len(record.file.links) == 2, timeout=10_000)
    assert victims.count_victims(local_db, vlo) == 1
    screenshot(record, "victim-record-merged")

    def unmerge(dialog: QDialog) -> None:
        assert isinstance(dialog, UnmergeDialog) and dialog.merges.count() == 1
        dialog.reason.setText("A different person with the same name")

    in_modal(qtbot, unmerge, "dialog-unmerge")
    record.unmerge_action.trigger()
    qtbot.waitUntil(lambda: record.file is not None and len(record.file.links) == 1, timeout=10_000)
    assert victims.count_victims(local_db, vlo) == 2

    known = cases.create_child(local_db, operator, "CMS9", "Robin", "Twice", dt.date(2009, 9, 9))

    def link(dialog: QDialog) -> None:
        assert isinstance(dialog, KnownChildDialog)
        dialog.child.setCurrentIndex(dialog.child.findData(known.id))

    in_modal(qtbot, link, "dialog-known-child")
    record.known_child_action.trigger()
    qtbot.waitUntil(lambda: "CMS9" in record.details.text(), timeout=10_000)

    def disclose(dialog: QDialog) -> None:
        assert isinstance(dialog, DisclosureDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("police"))
        dialog.recipient.setText("PC 1234, Northshire Police")
        dialog.reason.setText("Police asked whether the victim still wants updates")
        dialog.what.setPlainText("That the victim has been contacted and wants progress updates")

    in_modal(qtbot, disclose, "dialog-disclosure")
    record.disclosure_action.trigger()
    manager = open_main("boss", Role.MANAGER)
    log = manager.show_page("disclosures")
    log.refresh()
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=10_000)
    assert log.model.row(0).recipient == "PC 1234, Northshire Police"
    screenshot(manager, "disclosures")
    from PySide6.QtWidgets import QFileDialog

    exported = tmp_path / "disclosures.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), "CSV (*.csv)"))
    log.export()
    qtbot.waitUntil(exported.exists, timeout=10_000)  # written whole, off the UI thread
    assert "PC 1234, Northshire Police" in exported.read_text(encoding="utf-8")


def test_a_manager_types_in_a_child_offence_order_and_case_event(qtbot, open_main, local_db) -> None:
    from ui.case_dialogs import CaseEventDialog, ChildDialog, OffenceDialog, OrderDialog, TransferDialog

    window = open_main("boss", Role.MANAGER)
    page = window.show_page("cases")

    def new_child(dialog: QDialog) -> None:
        assert isinstance(dialog, ChildDialog)
        dialog.cms_ref.setText("CMS42")
        dialog.given.setText("Riley")
        dialog.family.setText("Example")

    in_modal(qtbot, new_child, "dialog-new-child")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.child_list.count() == 1, timeout=10_000)
    page.child_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.case is not None and page.offence_button.isEnabled(), timeout=10_000)

    def offence(dialog: QDialog) -> None:
        assert isinstance(dialog, OffenceDialog)
        dialog.category.setText("Criminal damage")

    in_modal(qtbot, offence, "dialog-offence")
    qtbot.mouseClick(page.offence_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.offences_model.rowCount() == 1, timeout=10_000)

    def order(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog) and dialog.offences.count() == 1
        dialog.disposal.setCurrentIndex(dialog.disposal.findData("REFERRAL_ORDER"))

    in_modal(qtbot, order, "dialog-order")
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.orders_model.rowCount() == 1, timeout=10_000)
    page.orders_table.selectRow(0)

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseEventDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("review"))

    in_modal(qtbot, review, "dialog-case-event")
    qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [k for k, _day in page.orders_model.row(0).events] == ["review"], timeout=10_000)

    def transfer(dialog: QDialog) -> None:
        assert isinstance(dialog, TransferDialog)
        dialog.other.setText("Southmoor YJS")
        dialog.what.setPlainText("Case summary; no victim contact details")

    in_modal(qtbot, transfer, "dialog-transfer")
    qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
    from rjdesk.services import transfers

    qtbot.waitUntil(lambda: len(transfers.list_transfers(local_db, window.session.actor, page.case.id)) == 1)
    screenshot(window, "cases")
