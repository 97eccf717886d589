"""The Reports page on real widgets: KPI 10 for a quarter as n/N, a figure opening onto the records behind it
for a manager (figures only for the performance analyst), the funnel, and a saved PDF."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, consent, contacts, referrals
from rjdesk.services.victims import VictimDetails
from tests.conftest import make_user
from tests.ui.conftest import in_modal, screenshot

pytestmark = pytest.mark.ui
D = dt.date


@pytest.fixture
def quarter_with_a_victim(local_db, operator) -> None:
    """An order ending in Q2 2026/27 (July–September 2026) whose victim consented and was contacted."""
    vlo = make_user(local_db, operator, "vlo", Role.VLO)
    child = cases.create_child(local_db, operator, "R1", "Jay", "Example", D(2010, 2, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Robbery", D(2025, 12, 1))
    order = cases.create_order(local_db, operator, child.id, "YRO", D(2026, 1, 10), (offence.id,))
    cases.end_intervention(local_db, operator, order, D(2026, 8, 15))
    victim = referrals.receive_referral(
        local_db,
        vlo,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=D(2025, 12, 5),
            basis="consented",
            details=VictimDetails("individual", "Alex Harmed"),
        ),
    ).victim_id
    consent.record_consent(
        local_db, vlo, victim, consent.NewConsent(child.id, ConsentScope.YJS_CONTACT, "given", D(2025, 12, 6), "verbal")
    )
    contacts.record_contact(local_db, vlo, victim, contacts.NewContact(D(2025, 12, 7), "phone", "spoke_to_victim"))


def test_a_manager_reads_kpi10_opens_a_figure_and_saves_the_pdf(
    qtbot, open_main, quarter_with_a_victim, tmp_path, monkeypatch, local_db
) -> None:
    window = open_main("boss", Role.MANAGER)
    page = window.show_page("reports")
    page.quarter.setCurrentIndex(page.quarter.findData("2026Q2"))
    qtbot.waitUntil(lambda: page.result is not None and page.result.result.quarter.code == "2026Q2", timeout=10_000)
    qtbot.waitUntil(lambda: page.kpi_model.rowCount() == 8, timeout=10_000)
    shown = {page.kpi_model.row(i)[0]: page.kpi_model.row(i)[1].text for i in range(page.kpi_model.rowCount())}
    assert shown["10a"] == "1/1 (100%)" and shown["10g"] == "1/1 (100%)" and shown["headline"] == "0/1 (0%)"
    page.kpi_table.selectRow([page.kpi_model.row(i)[0] for i in range(8)].index("10g"))
    qtbot.waitUntil(lambda: page.behind_model.rowCount() == 1, timeout=5_000)
    assert page.behind_model.row(0).child_id == "R1"
    assert page.kpi_model.row(0)[2].text == "0/0 (n/a)"  # nothing in the quarter before
    charted = {label: (value, text) for label, value, text in page.kpi_chart.bars}
    assert charted["10a"] == (100.0, "1/1 (100%)") and charted["headline"] == (0.0, "0/1 (0%)")
    assert "10g: 1/1 (100%)" in page.kpi_chart.accessibleDescription()

    def comparators(dialog) -> None:
        dialog.widgets["lines"].setPlainText("London, headline, 52\nEngland, 10g, 61%")

    in_modal(qtbot, comparators, "dialog-reports-comparators")
    qtbot.mouseClick(page.comparators_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.kpi_model.rowCount() == 8 and page.kpi_model.row(0)[4] == "London 52%", timeout=10_000)
    assert next(r for r in page.kpi_model.rows if r[0] == "10g")[4] == "England 61%"
    page.kpi_table.selectRow([page.kpi_model.row(i)[0] for i in range(8)].index("10g"))
    qtbot.waitUntil(lambda: page.behind_model.rowCount() == 1, timeout=5_000)
    screenshot(window, "reports-kpi10")

    target = tmp_path / "kpi10.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr("ui.pages.reports.QMessageBox.information", lambda *a, **k: None)
    page.save_kpi_pdf()
    qtbot.waitUntil(target.exists, timeout=10_000)
    with pdfplumber.open(target) as document:
        text = " ".join((document.pages[0].extract_text() or "").split())
    assert "Q2 2026/27" in text and "Alex" not in text and "Jay" not in text

    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.split_model.rowCount() >= 4, timeout=10_000)
    victim_type = next(r for r in page.split_model.rows if r[0].dimension == "Victim type")
    assert page.split_model.data(page.split_model.index(page.split_model.rows.index(victim_type), 2)) == "<5"
    page.split_table.selectRow(page.split_model.rows.index(victim_type))
    qtbot.waitUntil(lambda: page.split_records.model.rowCount() == 1, timeout=5_000)
    assert page.split_records.model.row(0).reference == "V000001"
    screenshot(window, "reports-breakdowns")

    page.tabs.setCurrentIndex(1)
    page.funnel_from.setDate(D(2025, 12, 1))
    page.funnel_to.setDate(D(2026, 9, 30))
    qtbot.waitUntil(lambda: any(row[1] == 1 and "consent" in row[0] for row in page.funnel_model.rows), timeout=10_000)
    assert ("Victims of those offences (one victim of two children is one victim)", 1.0, "1") in page.funnel_chart.bars
    # Both dates changed, so two reads were asked for: let the later answer land before choosing a row (a list
    # that reloads drops its selection, and the records below it with it).
    window.session.tasks.wait_idle()
    qtbot.wait(100)
    page.funnel_table.selectRow(next(i for i, row in enumerate(page.funnel_model.rows) if "consent" in row[0]))
    qtbot.waitUntil(lambda: page.funnel_records.model.rowCount() == 1, timeout=10_000)
    opened = page.funnel_records.model.row(0)
    assert (opened.kind, opened.name) == ("Victim", "Alex Harmed")  # a manager may see the name
    screenshot(window, "reports-funnel")

    page.tabs.setCurrentIndex(3)
    page.board_from.setDate(D(2025, 12, 1))
    qtbot.waitUntil(lambda: page.board_section.count() == 9, timeout=15_000)
    section = next(i for i in range(9) if page.board_section.itemText(i).startswith("Victims' Code compliance —"))
    page.board_section.setCurrentIndex(section)
    qtbot.waitUntil(lambda: page.board_model.rowCount() >= 1, timeout=15_000)
    assert "Met on time" in [page.board_model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
    page.board_table.selectRow(0)
    qtbot.waitUntil(lambda: page.board_records.model.rowCount() == 1, timeout=5_000)
    duty = page.board_records.model.row(0)
    assert duty.kind == "Duty" and duty.name == "Alex Harmed" and "First contact attempt" in duty.detail
    assert "Code compliance" in page.printable_html() and "<td>0</td>" in page.printable_html()  # Ctrl+P
    page.commentary.setPlainText("One referral, contacted on time.")
    monkeypatch.setattr("ui.pages.reports.QMessageBox.information", lambda *a, **k: None)
    page.save_commentary_button.click()
    from rjdesk.services import board_pack

    qtbot.waitUntil(
        lambda: (
            board_pack.latest_commentary(local_db, window.session.actor, D(2025, 12, 1), page._board_period()[1]) != {}
        ),
        timeout=10_000,
    )
    section_csv = tmp_path / "section.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(section_csv), "CSV (*.csv)"))
    page.save_section_csv()
    qtbot.waitUntil(section_csv.exists, timeout=10_000)
    assert section_csv.read_text(encoding="utf-8").splitlines()[:2] == [
        'Duty,Met on time,Met late,"Open, overdue",Deferred,Waived',
        "First contact attempt,1,0,0,0,0",
    ]
    screenshot(window, "reports-board-section")


def test_the_performance_analyst_sees_figures_only(qtbot, open_main, quarter_with_a_victim) -> None:
    window = open_main("analyst", Role.PERFORMANCE_ANALYST)
    page = window.show_page("reports")
    page.quarter.setCurrentIndex(page.quarter.findData("2026Q2"))
    qtbot.waitUntil(lambda: page.result is not None and page.result.result.quarter.code == "2026Q2", timeout=10_000)
    page.kpi_table.selectRow(1)
    qtbot.wait(200)
    assert page.behind_model.rowCount() == 0 and "Figures only" in page.behind_label.text()
    assert page.result.result.records == ()
    page.tabs.setCurrentIndex(1)
    page.funnel_from.setDate(D(2025, 12, 1))
    page.funnel_to.setDate(D(2026, 9, 30))
    qtbot.waitUntil(lambda: any(row[1] == 1 and "consent" in row[0] for row in page.funnel_model.rows), timeout=10_000)
    page.funnel_table.selectRow(3)
    qtbot.wait(200)
    assert page.funnel_records.model.rowCount() == 0 and "Figures only" in page.funnel_records.label.text()
