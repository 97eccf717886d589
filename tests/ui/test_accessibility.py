"""Accessibility and comfort on real widgets: every control a keyboard can reach has a name a screen reader
reads (every role's pages, the victim and RJ record windows, the letter window), the letter window's tab order
follows the screen, a victim liaison officer's main flow done with the keyboard alone, dark and high-contrast
colours (and the system's choice followed live), text size, and the tray's due count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSystemTrayIcon,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from rjdesk.rules.letters import LetterKind
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, contacts, referrals, rj
from rjdesk.services.context import Actor
from rjdesk.services.victim_record import open_victim_file
from rjdesk.services.victims import ContactDetails, VictimDetails
from rjdesk.store.database import Database
from tests.ui.conftest import in_modal, screenshot
from tests.ui.mnemonics import clashes
from tests.ui.test_letters import the_record
from tests.ui.test_rj import process_window
from ui.appearance import SCALE_KEY, TEXT_SCALES, Theme, appearance
from ui.letters import VictimLetterDialog
from ui.main_window import MainWindow
from ui.pages.victims import VictimsPage
from ui.rj_window import ProcessWindow
from ui.tray import badge_icon, due_text
from ui.victim_window import VictimWindow

pytestmark = pytest.mark.ui
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls the keyboard can reach whose accessible name (what a screen reader says) is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo or a spin box: named by its owner
        if widget.window().windowType() == Qt.WindowType.Popup:
            continue  # a combo box's drop-down list: read as part of the combo box
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} under {type(widget.parentWidget()).__name__}"
            )
    return missing


def undescribed_controls(root: QWidget) -> list[str]:
    """Controls the keyboard can reach with no accessible description for a screen reader to read after the
    name (how to use it, how to fill it in). A plain text box with no example needs none: its name says it."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        plain_text = isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.placeholderText()
        if not isinstance(widget, CONTROLS) or plain_text or not widget.isVisibleTo(root):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Description).strip():
            missing.append(f"{type(widget).__name__} {interface.text(QAccessible.Text.Name) if interface else ''!r}")
    return missing


@pytest.fixture
def victim_id(local_db: Database, operator: Actor) -> int:
    child = cases.create_child(local_db, operator, "CMS3", "Jay", "Example", dt.date(2010, 5, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Burglary", dt.date(2026, 9, 1))
    return referrals.receive_referral(
        local_db,
        operator,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date.today() - dt.timedelta(days=20),
            basis="consented",
            details=VictimDetails("individual", "Morgan Example", date_of_birth=dt.date(1975, 6, 1)),
            contact=ContactDetails(
                address="5 Quarry Hill", postcode="NB6 1LT", phone="01632 960555", safe_to_write=True
            ),
        ),
    ).victim_id


@pytest.fixture
def default_appearance(qapp: QApplication) -> Iterator[None]:
    yield
    appearance().set_theme(Theme.SYSTEM)
    appearance().set_scale(1.0)


def every_tab(window: QWidget) -> Iterator[str]:
    """Show each tab of each visible tab widget in turn (what is visible decides which access keys answer)."""
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index).replace("&", "")


def access_key_clashes(window: QWidget, where: str) -> list[str]:
    found = [f"{where}: {clashes(window)}"] if clashes(window) else []
    for tab in every_tab(window):
        if clashes(window):
            found.append(f"{where} / {tab}: {clashes(window)}")
    return found


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_every_control_on_every_page_has_a_name_and_no_access_key_is_shared(qtbot, open_main, role: Role) -> None:
    window = open_main(f"user-{role.value}", role)
    shared: list[str] = []
    undescribed: list[str] = []
    for key in window.pages:
        window.show_page(key)
        shared += access_key_clashes(window, key)
        undescribed += undescribed_controls(window)
    assert unnamed_controls(window) == []
    assert undescribed == [], "a date, number, list or hinted field says nothing after its name"
    assert shared == [], "two controls answer the same Alt+letter"


def test_the_record_windows_and_the_letter_window_name_every_control(
    qtbot, open_main, local_db: Database, victim_id: int
) -> None:
    window = open_main("vlo1", Role.VLO, Role.RJ_COORDINATOR)
    record = the_record(qtbot, window, victim_id)
    assert access_key_clashes(record, "victim record") == []
    assert unnamed_controls(record) == []
    assert [line for _tab in every_tab(record) for line in undescribed_controls(record)] == []
    child_id = record.file.links[0].child_id if record.file else 0
    process = rj.open_process(local_db, window.session.actor, child_id, victim_id)
    rj_record = process_window(qtbot, window, process.id)
    assert unnamed_controls(rj_record) == []
    assert access_key_clashes(rj_record, "RJ process") == []
    seen: list[list[str]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, VictimLetterDialog)
        seen.append(
            unnamed_controls(dialog) + undescribed_controls(dialog) + [str(clashes(dialog))] * bool(clashes(dialog))
        )
        # Tab walks the form top to bottom, as it reads.
        dialog.activateWindow()
        dialog.child.setFocus()
        order = []
        for _ in range(9):
            order.append(QApplication.focusWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        wanted = [dialog.child, dialog.recipient, dialog.language, dialog.recipient_name, dialog.address]
        wanted += [dialog.personal["en"], dialog.phone_first, dialog.sent_on]
        assert [w for w in order if w in wanted][: len(wanted)] == wanted
        dialog.reject()

    in_modal(qtbot, look, "dialog-letter-tab-order")
    record.write_letter(LetterKind.FIRST_CONTACT)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [[]]


def test_a_vlo_finds_a_victim_and_logs_a_call_with_the_keyboard_alone(
    qtbot, open_main, local_db: Database, victim_id: int
) -> None:
    window: MainWindow = open_main("vlo1", Role.VLO)
    window.show_page("victims")
    page = window.current_page()
    assert isinstance(page, VictimsPage)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Edit → Find
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search, timeout=5_000)
    qtbot.keyClicks(page.search, "Morg")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # from the search box into the list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5_000)
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the record
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, VictimWindow) and w.isVisible() for w in set(QApplication.topLevelWidgets()) - before
        ),
        timeout=10_000,
    )
    record = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VictimWindow) and w.isVisible())
    qtbot.addWidget(record)
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    with qtbot.waitActive(record):
        record.activateWindow()

    def log_call(dialog: object) -> None:
        from ui.casework import RecordContactDialog

        assert isinstance(dialog, RecordContactDialog)
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &How:
        assert QApplication.focusWidget() is dialog.channel
        qtbot.keyClick(dialog.channel, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &What happened:
        assert QApplication.focusWidget() is dialog.outcome
        while dialog.outcome.currentData() != "spoke_to_victim":
            qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Notes:
        qtbot.keyClicks(dialog.notes, "Talked through the RJ leaflet")

    in_modal(qtbot, log_call, "dialog-keyboard-contact")
    qtbot.keyClick(record, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Record a &contact…
    qtbot.waitUntil(lambda: record.contacts_model.rowCount() == 1, timeout=10_000)
    logged = contacts.list_contacts(local_db, window.session.actor, victim_id)[0]
    assert (logged.channel, logged.outcome, logged.notes) == (
        "phone",
        "spoke_to_victim",
        "Talked through the RJ leaflet",
    )


def test_dark_and_high_contrast_colours_and_the_systems_choice_followed(
    qtbot, open_main, default_appearance: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main("vlo1", Role.VLO)
    window.theme_actions[Theme.DARK].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.2
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).lightnessF() > 0.8
    assert QSettings().value("appearance/theme") == "dark"
    table = window.current_page().findChild(QAbstractItemView)
    assert table is not None
    for widget in (window.sidebar, table):  # one with a style sheet of its own, one without
        qtbot.waitUntil(lambda w=widget: w.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.2, timeout=5_000)
    screenshot(window, "theme-dark")
    window.theme_actions[Theme.HIGH_CONTRAST].trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert "focus" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    screenshot(window, "theme-high-contrast")
    window.theme_actions[Theme.SYSTEM].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.6
    # The desktop switches to dark (the offscreen platform has no desktop: its answer and signal stand in).
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(appearance(), "system_scheme", lambda: Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.2
    monkeypatch.setattr(appearance(), "system_scheme", lambda: Qt.ColorScheme.Light)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.6
    # The desktop turns high contrast on: following the system follows it; a chosen theme stays chosen.
    monkeypatch.setattr(appearance(), "contrast_reader", lambda: True)
    appearance().check_system_contrast()
    assert appearance().effective() is Theme.HIGH_CONTRAST
    assert QApplication.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    window.theme_actions[Theme.LIGHT].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.6
    window.theme_actions[Theme.SYSTEM].trigger()
    monkeypatch.setattr(appearance(), "contrast_reader", lambda: False)
    appearance().check_system_contrast()
    assert appearance().effective() is Theme.LIGHT


def test_the_systems_high_contrast_setting_is_read_from_each_platforms_own_place() -> None:
    from ui import system_contrast

    asked: list[list[str]] = []

    def answering(value: str) -> system_contrast.Run:
        def run(command: Sequence[str]) -> str:
            asked.append(list(command))
            return value

        return run

    assert system_contrast.gnome_high_contrast(answering("true"))
    assert not system_contrast.gnome_high_contrast(answering("false"))
    assert not system_contrast.gnome_high_contrast(answering(""))  # no gsettings: not asked for
    assert system_contrast.macos_increase_contrast(answering("1"))
    assert not system_contrast.macos_increase_contrast(answering("0"))
    assert asked[0] == ["gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast"]
    assert system_contrast._run(["no-such-tool-rjdesk"]) == ""


def test_text_size_grows_and_shrinks_from_the_keyboard_and_is_remembered(
    qtbot, open_main, default_appearance: None
) -> None:
    window = open_main("vlo1", Role.VLO)
    base = appearance().base_point_size
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    window.larger_action.trigger()
    window.larger_action.trigger()
    assert appearance().scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 2]
    assert QApplication.font().pointSizeF() == pytest.approx(round(base * appearance().scale, 1))
    assert float(QSettings().value(SCALE_KEY)) == appearance().scale  # type: ignore[arg-type]
    size = QApplication.font().pointSizeF()
    page_label = window.current_page().findChild(QLabel)
    assert page_label is not None
    for widget in (window.user_label, page_label):  # with and without style sheets of their own
        qtbot.waitUntil(lambda w=widget: w.font().pointSizeF() == pytest.approx(size), timeout=5_000)
    qtbot.waitUntil(lambda: window.sidebar.font().pointSizeF() == pytest.approx(round(size * 1.2, 1)), timeout=5_000)
    longest = max((window.sidebar.item(row).text() for row in range(window.sidebar.count())), key=len)
    qtbot.waitUntil(
        lambda: window.sidebar.width() > window.sidebar.fontMetrics().horizontalAdvance(longest), timeout=5_000
    )
    qtbot.wait(200)  # the layouts settle at the new size
    screenshot(window, "text-larger")
    for _ in range(10):
        window.smaller_action.trigger()
    assert appearance().scale == TEXT_SCALES[0]  # stops at the smallest
    window.normal_text_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert not window.larger_action.shortcut().isEmpty() and not window.smaller_action.shortcut().isEmpty()


# The offscreen platform has no tray: made anyway (availability forced), Qt says it cannot watch the tray window.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_shows_todays_due_count_and_no_names(
    qtbot, open_main, local_db: Database, operator: Actor, victim_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert due_text(0, 0) == "rjdesk: nothing overdue or due today"
    assert due_text(2, 0) == "rjdesk: 2 overdue" and due_text(1, 3) == "rjdesk: 1 overdue, 3 due today"
    assert not badge_icon(7).pixmap(32, 32).isNull() and not badge_icon(150).pixmap(32, 32).isNull()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = open_main("vlo2", Role.VLO)
    assert window.tray is not None
    # The operator's referral is nobody's caseload: a referral of the officer's own shows in their count.
    child = cases.create_child(local_db, operator, "CMS9", "Kai", "Example", dt.date(2010, 1, 1))
    offence = cases.add_offence(local_db, operator, child.id, "OF1", "Theft", dt.date(2026, 9, 1))
    referrals.receive_referral(
        local_db,
        window.session.actor,
        referrals.NewReferral(
            child_id=child.id,
            offence_ids=(offence.id,),
            received_on=dt.date.today() - dt.timedelta(days=20),
            basis="consented",
            details=VictimDetails("individual", "Rowan Secretname", date_of_birth=dt.date(1980, 1, 1)),
        ),
    )
    window.tray.refresh()
    qtbot.waitUntil(lambda: window.tray is not None and window.tray.counts == (1, 0), timeout=10_000)
    tip = window.tray.icon.toolTip()
    assert tip == "rjdesk: 1 overdue" and "Secretname" not in tip
    window.close()
    assert not window.tray.icon.isVisible()


def test_a_refused_field_tells_a_screen_reader_why(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout

    from ui.widgets.forms import FieldErrors

    form_owner = QWidget()
    qtbot.addWidget(form_owner)
    form = QFormLayout(form_owner)
    errors = FieldErrors()
    reference = QLineEdit()
    reference.setPlaceholderText("e.g. V000012")
    errors.add_row(form, "&Reference:", "reference", reference)

    def described() -> str:
        interface = QAccessible.queryAccessibleInterface(reference)
        assert interface is not None
        return interface.text(QAccessible.Text.Description)

    assert described() == "e.g. V000012"
    errors.show({"reference": "No victim has that reference."})
    assert described() == "No victim has that reference. e.g. V000012"  # the refusal is read first
    errors.clear()
    assert described() == "e.g. V000012"


def test_an_rj_coordinator_opens_a_process_and_adds_a_participant_with_the_keyboard_alone(
    qtbot, open_main, local_db: Database, operator: Actor, victim_id: int
) -> None:
    from ui.pages.rj import RjPage

    child_id = open_victim_file(local_db, operator, victim_id).links[0].child_id
    window: MainWindow = open_main("rjc1", Role.RJ_COORDINATOR)
    rj.open_process(local_db, window.session.actor, child_id, victim_id)
    page = window.show_page("rj")
    assert isinstance(page, RjPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus()
    for _ in range(12):  # Tab from the page list into the pipeline
        if QApplication.focusWidget() is page.table:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the process
    qtbot.waitUntil(
        lambda: any(isinstance(w, ProcessWindow) for w in set(QApplication.topLevelWidgets()) - before),
        timeout=10_000,
    )
    record = next(w for w in set(QApplication.topLevelWidgets()) - before if isinstance(w, ProcessWindow))
    qtbot.addWidget(record)
    qtbot.waitUntil(lambda: record.file is not None, timeout=10_000)
    with qtbot.waitActive(record):
        record.activateWindow()
    qtbot.keyClick(record, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the &Participants tab
    assert record.tabs.tabText(record.tabs.currentIndex()) == "&Participants"
    participants = record.participants_model.rowCount()

    def add_supporter(dialog: object) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Role:
        role = QApplication.focusWidget()
        assert isinstance(role, QComboBox)
        while role.currentData() != "supporter":
            qtbot.keyClick(role, Qt.Key.Key_Down)
        qtbot.keyClick(role, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Name:
        qtbot.keyClicks(QApplication.focusWidget(), "Sam Support")

    in_modal(qtbot, add_supporter, "dialog-keyboard-participant")
    qtbot.keyClick(record, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # A&dd participant…
    qtbot.waitUntil(lambda: record.participants_model.rowCount() == participants + 1, timeout=10_000)
    assert "Sam Support" in [p.name for p in record.participants_model.rows]
