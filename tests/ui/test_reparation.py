"""Reparation on real widgets: a supervisor marks a session of six children in one grid, by keyboard, and the
placements update; the case manager decides on the absence from their queue."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QLineEdit, QListWidget

from rjdesk.rules.permissions import Role
from rjdesk.rules.reparation import Requirement
from rjdesk.services import cases, reparation
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from rjdesk.store.models import Child
from tests.conftest import make_user
from tests.ui.conftest import in_modal, screenshot
from ui.widgets.forms import FormDialog

pytestmark = [pytest.mark.ui, pytest.mark.reparation]
TODAY = dt.date.today()


def six_children_on_the_bike_shed(db: Database, operator: Actor, case_manager_id: int | None) -> tuple[int, list[int]]:
    project = reparation.create_project(
        db, operator, reparation.ProjectDetails("The Bike Shed", partner="Northbridge Cycles", capacity=6)
    )
    reparation.renew_risk_assessment(db, operator, project.id, TODAY, TODAY + dt.timedelta(days=200))
    placements = []
    for number, (given, family) in enumerate(
        (("Aled", "Morgan"), ("Bea", "Khan"), ("Cai", "Jones"), ("Dee", "Patel"), ("Eli", "Smith"), ("Fay", "Ward"))
    ):
        child = cases.create_child(db, operator, f"BS{number}", given, family, dt.date(2010, 1, 1))
        with db.unit_of_work() as session:
            row = session.get(Child, child.id)
            assert row is not None
            row.case_manager_id = case_manager_id
        offence = cases.add_offence(db, operator, child.id, "OF1", "Criminal damage", TODAY)
        order = cases.create_order(
            db, operator, child.id, "REFERRAL_ORDER", TODAY - dt.timedelta(days=20), (offence.id,)
        )
        placements.append(
            reparation.place_child(
                db,
                operator,
                reparation.PlacementDetails(project.id, order, Requirement.REPARATION, 2 if number == 0 else 10, TODAY),
            ).id
        )
    return project.id, placements


def test_a_supervisor_marks_six_children_in_one_grid_and_the_case_manager_decides(
    qtbot, open_main, local_db, operator
) -> None:
    case_manager = make_user(local_db, operator, "cm1", Role.CASE_MANAGER)
    project_id, _placements = six_children_on_the_bike_shed(local_db, operator, case_manager.user_id)
    window = open_main("sup1", Role.REPARATION_SUPERVISOR)
    page = window.show_page("reparation")

    def fill_session(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog.widgets["project"].setCurrentIndex(dialog.widgets["project"].findData(project_id))  # type: ignore[attr-defined]

    in_modal(qtbot, fill_session, "dialog-reparation-session")
    qtbot.mouseClick(page.new_session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.grid.rowCount() == 6, timeout=10_000)
    screenshot(window, "reparation-day-before")

    # By keyboard: Tab from field to field along each row; the outcome takes a typed letter.
    outcomes = {"BS0": "attended", "BS1": "late", "BS2": "left_early", "BS3": "absent", "BS4": "attended"}
    outcomes["BS5"] = "attended"
    for row in range(6):
        child = page.grid.item(row, 0).text()
        outcome = next(value for ref, value in outcomes.items() if f"({ref})" in child)
        combo = page.grid.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        qtbot.keyClicks(combo, {"attended": "At", "late": "La", "left_early": "Le", "absent": "Ab"}[outcome])
        assert combo.currentData() == outcome, (row, combo.currentText())
        credit = page.grid.cellWidget(row, 3)
        note = page.grid.cellWidget(row, 4)
        assert isinstance(credit, QDoubleSpinBox) and isinstance(note, QLineEdit)
        if outcome in ("late", "left_early"):
            credit.selectAll()
            qtbot.keyClicks(credit, "1.5")
            qtbot.keyClicks(note, "Bus was late" if outcome == "late" else "Dentist")
        if outcome == "absent":
            qtbot.keyClicks(note, "Said he was ill")
        if "(BS0)" in child:
            assert credit.value() == 2  # a whole 3-hour session, capped at the 2 hours that remain
    # Another desk changes something meanwhile: the live refresh leaves a grid with unsaved marks alone.
    assert page.has_unsaved_input()
    window.refresh_from_elsewhere()
    qtbot.wait(300)
    assert all(page.grid.cellWidget(row, 2).currentData() is not None for row in range(6))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    last_note = page.grid.cellWidget(5, 4)
    last_note.setFocus()
    qtbot.keyClick(last_note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves the grid
    qtbot.waitUntil(lambda: page.current is not None and page.current.expected[0].outcome is not None, timeout=10_000)
    assert not page.has_unsaved_input()
    screenshot(window, "reparation-day-marked")

    done = {p.id: p for p in reparation.list_placements(local_db, operator, active_only=False)}
    by_child = {p.child_cms_ref: p for p in done.values()}
    assert (by_child["BS0"].delivered, by_child["BS0"].status) == (2, "completed")
    assert [by_child[f"BS{i}"].delivered for i in range(1, 6)] == [1.5, 1.5, 0, 3, 3]
    page.tabs.setCurrentIndex(2)
    page.show_ended.setChecked(True)
    qtbot.waitUntil(
        lambda: sorted(p.delivered for p in page.placements_model.rows) == [0, 1.5, 1.5, 2, 3, 3], timeout=10_000
    )
    screenshot(window, "reparation-placements")

    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and page.current.signed_off_by is not None, timeout=10_000)
    assert not page.save_button.isEnabled() and page.correct_button.isEnabled()

    assert [a.child_cms_ref for a in reparation.compliance_queue(local_db, case_manager)] == ["BS3"]
    other_window = open_main("cm2", Role.CASE_MANAGER)  # another case manager: the queue only, and empty
    other = other_window.show_page("reparation")
    assert other.compliance_model is not None and other.tabs.count() == 1
    qtbot.wait(300)
    assert other.compliance_model.rowCount() == 0


def test_the_case_manager_decides_on_an_absence_from_the_queue(qtbot, open_main, local_db, operator) -> None:
    window = open_main("cm1", Role.CASE_MANAGER)
    project_id, placements = six_children_on_the_bike_shed(local_db, operator, window.session.actor.user_id)
    booked = reparation.schedule_session(
        local_db, operator, project_id, TODAY, dt.time(10), dt.time(12), None, placements[:2]
    )
    reparation.record_attendance(
        local_db,
        operator,
        booked.id,
        booked.version,
        [reparation.Mark(next(e.attendance_id for e in booked.expected if e.placement_id == placements[0]), "absent")],
    )
    page = window.show_page("reparation")
    page.refresh()
    assert page.compliance_model is not None
    qtbot.waitUntil(lambda: page.compliance_model.rowCount() == 1, timeout=10_000)  # type: ignore[union-attr]
    page.compliance_table.selectRow(0)

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog.widgets["warning"].setChecked(True)  # type: ignore[attr-defined]
        dialog.widgets["notes"].setText("Warned by phone")  # type: ignore[attr-defined]

    in_modal(qtbot, decide, "dialog-reparation-decide")
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.compliance_model.rowCount() == 0, timeout=10_000)  # type: ignore[union-attr]
    record = reparation.get_placement(local_db, operator, placements[0])
    assert record.lines[0].acceptable is False and record.lines[0].warning_given
    assert record.state is not None and record.state.unacceptable == 1
    screenshot(window, "reparation-compliance")


def test_a_project_is_set_up_with_its_risk_assessment_and_supervisors(qtbot, open_main, local_db, operator) -> None:
    window = open_main("sup1", Role.REPARATION_SUPERVISOR)
    page = window.show_page("reparation")
    page.tabs.setCurrentIndex(1)

    def project(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog.widgets["name"].setText("Raised flower beds")  # type: ignore[attr-defined]
        dialog.widgets["availability"].setText("School holidays only")  # type: ignore[attr-defined]
        dialog.widgets["capacity"].setValue(5)  # type: ignore[attr-defined]

    in_modal(qtbot, project, "dialog-reparation-project")
    qtbot.mouseClick(page.new_project_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.projects_model.rowCount() == 1, timeout=10_000)
    assert page.projects_model.row(0).risk_assessment_status(TODAY) == "missing"
    page.projects_table.selectRow(0)
    in_modal(qtbot, lambda _dialog: None, "dialog-reparation-risk")
    qtbot.mouseClick(page.risk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.projects_model.row(0).risk_assessment_status(TODAY) == "in date", timeout=10_000)

    def tick_me(dialog: QDialog) -> None:
        people = dialog.findChild(QListWidget, None)
        assert people is not None and people.count() == 1
        people.item(0).setCheckState(Qt.CheckState.Checked)

    page.projects_table.selectRow(0)
    in_modal(qtbot, tick_me, "dialog-reparation-supervisors")
    qtbot.mouseClick(page.supervisors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.projects_model.row(0).supervisor_ids == (window.session.actor.user_id,), timeout=10_000
    )
    screenshot(window, "reparation-projects")
    assert page.minimumSizeHint().width() < 1366 - 200  # fits a small laptop beside the sidebar
