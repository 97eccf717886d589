"""RJ on real widgets: a coordinator relays a victim's questions and the child's answers; another case goes from
referral to a held conference with an agreement and an .ics invitation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialog

from rjdesk.rules.calendar import WorkingCalendar
from rjdesk.rules.permissions import Role
from rjdesk.rules.rj import Stage
from rjdesk.services import cases, referrals, rj
from rjdesk.services.context import Actor
from rjdesk.services.victim_record import open_victim_file
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from tests.ui.conftest import in_modal, screenshot
from ui.rj_window import ProcessWindow
from ui.widgets.forms import FormDialog

pytestmark = [pytest.mark.ui, pytest.mark.rj]
TODAY = dt.date.today()


@pytest.fixture
def harmed(local_db: Database, operator: Actor) -> tuple[int, int]:
    child = cases.create_child(local_db, operator, "CMS5", "Jay", "Example", dt.date(2009, 5, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Burglary", TODAY - dt.timedelta(days=60))
    return child.id, offence.id


def refer(db: Database, actor: Actor, child_id: int, offence_id: int) -> int:
    return referrals.receive_referral(
        db,
        actor,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(offence_id,),
            received_on=TODAY - dt.timedelta(days=30),
            basis="consented",
            details=VictimDetails("individual", "Alex Harmed"),
        ),
    ).victim_id


def fill(values: dict[str, object]):
    """A filler for in_modal: set FormDialog widgets by field name."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog), dialog
        for name, value in values.items():
            widget = dialog.widgets[name]
            if (hasattr(widget, "findData") and not isinstance(value, str | bool)) or name in ("kind", "party", "role"):
                widget.setCurrentIndex(widget.findData(value))  # type: ignore[attr-defined]
            elif isinstance(value, bool):
                widget.setChecked(value)  # type: ignore[attr-defined]
            elif isinstance(value, QDateTime):
                widget.setDateTime(value)  # type: ignore[attr-defined]
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value)  # type: ignore[attr-defined]
            else:
                widget.setText(value)  # type: ignore[attr-defined]

    return act


def close_message_box(seen: list[str]) -> None:
    """Read and close the message box that is about to open (a refusal, a warning)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            screenshot(box, "rj-refusal")
            box.close()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def process_window(qtbot, window, process_id: int) -> ProcessWindow:
    record = ProcessWindow(window.session, process_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    return record


def stage_is(record: ProcessWindow, stage: Stage):
    return lambda: record.file is not None and record.file.info.stage == stage


def test_coordinator_relays_questions_and_answers_and_the_victim_is_engaged(qtbot, open_main, local_db, harmed) -> None:
    child_id, offence_id = harmed
    window = open_main("rjc1", Role.RJ_COORDINATOR, Role.VLO)
    victim_id = refer(local_db, window.session.actor, child_id, offence_id)
    page = window.show_page("rj")
    in_modal(qtbot, fill({"child_id": child_id}), "dialog-rj-refer-child", title="child's case")
    in_modal(qtbot, fill({"victim_id": victim_id}), "dialog-rj-refer-victim", title="the victim")
    page.create_new()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    record = process_window(qtbot, window, page.model.row(0).id)

    qtbot.mouseClick(record.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.ASSESSING), timeout=10_000)
    for count, party in enumerate(("victim", "child"), start=1):
        in_modal(qtbot, fill({"party": party, "facts": True, "suitable": True}), f"dialog-rj-assess-{party}")
        qtbot.mouseClick(record.buttons["assess"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=count: record.assessments_model.rowCount() == n, timeout=10_000)
    qtbot.mouseClick(record.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.PREPARING), timeout=10_000)
    for count, (role, name) in enumerate((("victim", "Alex Harmed"), ("child", "Jay Example")), start=1):
        in_modal(qtbot, fill({"role": role, "name": name}), f"dialog-rj-participant-{role}")
        qtbot.mouseClick(record.buttons["participant"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=count: record.participants_model.rowCount() == n, timeout=10_000)
    for row in range(2):
        record.participants_table.selectRow(row)
        in_modal(qtbot, fill({}), f"dialog-rj-consent-{row}")  # verbal, today: enough for indirect work
        qtbot.mouseClick(record.buttons["consent"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda r=row: record.participants_model.row(r).consent_method == "verbal", timeout=10_000)
    asked_on = TODAY - dt.timedelta(days=2)
    in_modal(
        qtbot,
        fill({"kind": "questions_and_answers", "who": "Victim's questions; Jay's answers"}),
        "dialog-rj-activity",
    )

    def set_date() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FormDialog):
            dialog.widgets["on"].setDate(asked_on)  # type: ignore[attr-defined]

    from PySide6.QtCore import QTimer

    QTimer.singleShot(120, set_date)
    qtbot.mouseClick(record.buttons["activity"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.ACTIVE), timeout=10_000)
    assert "KPI 10 engaged in RJ:</b> yes" in record.overview.text()
    kpi = open_victim_file(local_db, window.session.actor, victim_id).links[0].kpi10
    assert kpi["engagedRJ"] == "Y" and kpi["engagedRJStart"] == asked_on.isoformat()
    screenshot(record, "rj-process-questions-answers")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0).stage == Stage.ACTIVE)
    screenshot(window, "rj-pipeline")


def test_referral_to_a_held_conference_with_an_agreement_and_an_ics(
    qtbot, open_main, local_db, harmed, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    child_id, offence_id = harmed
    window = open_main("rjc1", Role.RJ_COORDINATOR, Role.VLO)
    actor = window.session.actor
    victim_id = refer(local_db, actor, child_id, offence_id)
    process = rj.open_process(local_db, actor, child_id, victim_id)
    record = process_window(qtbot, window, process.id)
    qtbot.mouseClick(record.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.ASSESSING), timeout=10_000)
    refusals: list[str] = []
    close_message_box(refusals)
    qtbot.mouseClick(record.buttons["next"], Qt.MouseButton.LeftButton)  # refused: not assessed yet
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert "assessed as suitable" in refusals[0]  # the gate's reason is shown
    assert record.file is not None and record.file.info.stage == Stage.ASSESSING
    for party in ("victim", "child"):
        rj.record_assessment(local_db, actor, process.id, party, suitable=True, acknowledges_facts=True)
    for role, name in (("victim", "Alex Harmed"), ("child", "Jay Example")):
        participant = rj.add_participant(local_db, actor, process.id, role, name)
        rj.record_participant_consent(local_db, actor, participant, "written", TODAY)
    record.refresh()
    qtbot.waitUntil(lambda: record.assessments_model.rowCount() == 2, timeout=10_000)
    qtbot.mouseClick(record.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.PREPARING), timeout=10_000)

    starts = QDateTime(dt.datetime.combine(TODAY, dt.time(0, 30)))
    ends = QDateTime(dt.datetime.combine(TODAY, dt.time(2, 0)))
    in_modal(
        qtbot,
        fill({"starts": starts, "ends": ends, "venue": "Northbridge YJS, Room 2", "postcode": "NB1 1AA"}),
        "dialog-rj-book",
    )
    weekend = not WorkingCalendar().is_working_day(TODAY)  # booking on a closed day warns
    warnings: list[str] = []
    if weekend:
        close_message_box(warnings)
    qtbot.mouseClick(record.buttons["book"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.conferences_model.rowCount() == 1, timeout=10_000)
    if weekend:
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
        assert "not a working day" in warnings[0]
    record.conferences_table.selectRow(0)
    target = tmp_path / "conference.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(record.buttons["ics"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    event = next(iter(Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert "CMS5" in str(event["summary"]) and "Alex" not in target.read_text()

    record.conferences_table.selectRow(0)
    in_modal(qtbot, fill({"who": "Alex, Jay, Jay's mother, two facilitators"}), "dialog-rj-held")
    qtbot.mouseClick(record.buttons["held"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(stage_is(record, Stage.ACTIVE), timeout=10_000)
    in_modal(
        qtbot,
        fill({"kind": "reparation", "description": "Repaint the fence", "owner": "Jay"}),
        "dialog-rj-agreement",
    )
    qtbot.mouseClick(record.buttons["item"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.items_model.rowCount() == 1, timeout=10_000)
    kpi = open_victim_file(local_db, actor, victim_id).links[0].kpi10
    assert (kpi["engagedRJ"], kpi["engagedRJStart"]) == ("Y", TODAY.isoformat())
    record.tabs.setCurrentIndex(5)
    screenshot(record, "rj-process-conference-agreement")
    page = window.show_page("rj")
    page.tabs.setCurrentIndex(2)
    page.calendar.setSelectedDate(QDateTime(dt.datetime.combine(TODAY, dt.time(12))).date())
    page.refresh()
    qtbot.waitUntil(lambda: page.conferences_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: TODAY in page.booked_days, timeout=10_000)  # marked on the month
    screenshot(window, "rj-conference-calendar")


def test_my_day_shows_overdue_agreement_items_and_supervision_due(qtbot, open_main, local_db, operator, harmed) -> None:
    from rjdesk.rules.rj import ActivityKind, RjcLevel

    child_id, offence_id = harmed
    window = open_main("rjc1", Role.RJ_COORDINATOR, Role.VLO)
    actor = window.session.actor
    process = rj.open_process(local_db, actor, child_id, refer(local_db, actor, child_id, offence_id))
    rj.move_stage(local_db, actor, process.id, Stage.ASSESSING, process.version)
    for party in ("victim", "child"):
        rj.record_assessment(local_db, actor, process.id, party, suitable=True, acknowledges_facts=True)
        participant = rj.add_participant(local_db, actor, process.id, party, party.title())
        rj.record_participant_consent(local_db, actor, participant, "verbal", TODAY)
    rj.move_stage(local_db, actor, process.id, Stage.PREPARING, process.version + 1)
    rj.record_activity(local_db, actor, process.id, ActivityKind.VIEWS_RELAYED, TODAY, victim_took_part=True)
    rj.add_agreement_item(
        local_db, actor, process.id, "apology", "Letter of apology", "Jay", TODAY - dt.timedelta(days=2)
    )
    manager = open_main("boss", Role.MANAGER).session.actor
    rj.set_facilitator(
        local_db, manager, actor.user_id or 0, RjcLevel.FOUNDATION, TODAY - dt.timedelta(weeks=13), TODAY
    )
    page = window.show_page("my_day")
    page.refresh()
    qtbot.waitUntil(lambda: page.rj_reminders.isVisible(), timeout=10_000)
    text = page.rj_reminders.text()
    assert "Letter of apology" in text and "supervision is overdue since" in text
    screenshot(window, "my-day-rj-reminders")


def test_a_planned_preparation_meeting_shows_on_the_calendar_and_a_manager_publishes_the_mapping(
    qtbot, open_main, local_db, operator, harmed
) -> None:
    child_id, offence_id = harmed
    window = open_main("rjc1", Role.RJ_COORDINATOR, Role.VLO)
    actor = window.session.actor
    process = rj.open_process(local_db, actor, child_id, refer(local_db, actor, child_id, offence_id))
    rj.add_participant(local_db, actor, process.id, "victim", "Alex Harmed")
    record = process_window(qtbot, window, process.id)
    record.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: record.participants_model.rowCount() == 1, timeout=10_000)
    record.participants_table.selectRow(0)
    planned = TODAY + dt.timedelta(days=1)
    in_modal(
        qtbot,
        fill({"on": QDateTime(dt.datetime.combine(planned, dt.time(9))), "notes": "First visit"}),
        "dialog-rj-preparation",
    )
    qtbot.mouseClick(record.buttons["prepare"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.preparations_model.rowCount() == 1, timeout=10_000)
    screenshot(record, "rj-process-participants")

    page = window.show_page("rj")
    page.tabs.setCurrentIndex(2)
    page.calendar.setSelectedDate(QDateTime(dt.datetime.combine(planned, dt.time(12))).date())
    qtbot.waitUntil(lambda: page.preparations_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: planned in page.booked_days, timeout=10_000)
    assert "Alex Harmed" in page.preparations_model.row(0).participant_name
    assert not page.publish_button.isEnabled()  # a coordinator reads the mapping, a manager publishes it

    boss = open_main("boss", Role.MANAGER)
    mapping_page = boss.show_page("rj")
    mapping_page.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: mapping_page.mapping_model.rowCount() > 0, timeout=10_000)
    assert "Version 1" in mapping_page.mapping_label.text()
    in_modal(qtbot, fill({"views_relayed": False, "reason": "Board decision"}), "dialog-rj-mapping")
    qtbot.mouseClick(mapping_page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Version 2" in mapping_page.mapping_label.text(), timeout=10_000)
    assert rj.current_engagement_mapping(local_db, actor)[1]["views_relayed"] is False
    screenshot(boss, "rj-engagement-mapping")
