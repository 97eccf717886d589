"""The Welsh interface: every string marked for translation has a Welsh translation that is not the English, with
the same placeholders and one access key; the shipped .qm says what the .ts says; the windows translated so far
carry no unmarked string; and a desk that chose Cymraeg gets Welsh menus, pages and greeting."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from rjdesk.rules.permissions import Role
from tests.ui.conftest import screenshot
from tests.ui.mnemonics import access_key, clashes
from ui import i18n

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
# Every module under ui/ passes its interface strings through tr() (issue 11 item 2; docs/TRANSLATING.md).
TRANSLATED_MODULES = tuple(sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")))
# Calls whose string arguments a user reads.
TEXT_CALLS = {
    "addMenu",
    "addAction",
    "_action",
    "setWindowTitle",
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "addTab",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QAction",
    "QListWidgetItem",
    "Column",
    "add_row",
    "addRow",
    "getText",
    "getSaveFileName",
    "setTitle",
    "setSubTitle",
    "QRadioButton",
    "busy",
    "finished",
    "ValidationError",
    "TextResultDialog",
    "as_html_table",
    "addItem",
    "combo",
    "list_table",
    "information",
    "warning",
    "question",
    "critical",
    "about",
}


def translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def welsh_qm() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("cy")))
    return translator


def test_every_marked_string_has_a_welsh_translation_in_the_shipped_file(welsh_qm: QTranslator) -> None:
    tool = translations_tool()
    found, problems = tool.strings()
    assert problems == [], "tr() of a string built at run time cannot be translated"
    assert len(found) > 40
    in_ts = tool.read_ts()
    for item in found:
        welsh = welsh_qm.translate(i18n.CONTEXT, item.text)
        assert welsh, f"no Welsh for {item.text!r} ({item.path}:{item.line})"
        assert welsh != item.text, f"Welsh left as the English: {item.text!r}"
        assert in_ts.get(item.text) == welsh, "the .qm is not built from the .ts: run make translations"
        assert set(re.findall(r"{\w+}", welsh)) == set(re.findall(r"{\w+}", item.text)), item.text
        assert welsh.replace("&&", "").count("&") == item.text.replace("&&", "").count("&"), item.text
        assert "<" not in item.text or re.findall(r"</?\w+", welsh) == re.findall(r"</?\w+", item.text)


# Where a call's reader-facing text is, when not every argument is (a field's name, an item's data).
TEXT_ARGUMENTS = {
    "add_row": (1,),
    "addRow": (0,),
    "getText": (1, 2),
    "getSaveFileName": (1, 3),
    "TextResultDialog": (1,),
    "addItem": (0,),
    "_action": (0,),
    "Column": (0,),
    "list_table": (1,),
}


def _texts(node: ast.Call, name: str) -> Iterator[ast.Constant]:
    positions = TEXT_ARGUMENTS.get(name)
    arguments = [a for i, a in enumerate(node.args) if positions is None or i in positions]
    for argument in arguments:
        if isinstance(argument, ast.Constant):
            yield argument
        elif isinstance(argument, ast.JoinedStr) or (isinstance(argument, ast.Dict) and name == "combo"):
            yield from (v for v in argument.values if isinstance(v, ast.Constant))


def _unmarked(path: Path) -> Iterator[str]:
    """String literals with letters passed straight to a call a user reads (not through tr / tr_noop)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TEXT_CALLS or _is_log(node.func):
            continue
        for text in _texts(node, name):
            if isinstance(text.value, str) and _words(text.value):
                yield f"{path.relative_to(ROOT)}:{node.lineno}: {text.value!r}"


def _is_log(function: ast.expr) -> bool:
    """log.warning(...) writes to the log file, in English, for IT support: not interface text."""
    return isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) and function.value.id == "log"


def _words(text: str) -> bool:
    """Words a reader reads: not a shortcut ("Ctrl+L", "F5"), a bare file type ("CSV (*.csv)") nor the product's
    name."""
    if re.fullmatch(r"((Ctrl|Alt|Shift|Meta)\+)+\S+|F\d+|[A-Z]+ \(\*\.\w+\)", text.strip()):
        return False
    return bool(re.search(r"[A-Za-z]{2}", text.replace("rjdesk", "")))


def test_the_translated_windows_show_no_string_that_skips_translation() -> None:
    unmarked = [line for module in TRANSLATED_MODULES for line in _unmarked(ROOT / module)]
    # The language menu names each language in itself, the message after choosing one is in both, and the
    # self-test paints a Welsh sentence on purpose (its fonts must draw ŵ and ŷ).
    allowed = ("'rjdesk will use", "'Bydd rjdesk", "'\\n\\nrjdesk will use", "'Croeso i rjdesk")
    assert [line for line in unmarked if not any(a in line for a in allowed)] == []


def test_a_desk_that_chose_welsh_gets_welsh_menus_pages_and_greeting(
    qtbot, open_main, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    try:
        i18n.choose("cy")
        window = open_main("vlo1", Role.VLO, Role.RJ_COORDINATOR)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Ffeil", "&Golygu", "G&weld", "&Cymorth"]
        pages = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
        assert pages[:4] == ["Hafan", "Fy niwrnod", "Dioddefwyr", "Cyfiawnder adferol"]
        home = window.pages["home"]
        assert "Helo, Vlo1" in home.summary.text() and "Cyfiawnder adferol" in home.summary.text()
        assert window.theme_actions[next(iter(window.theme_actions))].text() == "Dilyn y system"
        assert window.language_actions["cy"].isChecked()
        my_day = window.show_page("my_day")
        assert clashes(window) == {}  # the Welsh access keys of the menus and My day are all different
        assert my_day.model.headerData(0, Qt.Orientation.Horizontal) == "Pryd"
        victims = window.show_page("victims")
        assert clashes(window) == {}
        assert victims.search.placeholderText().startswith("Chwilio yn ôl enw")
        window.show_page("home")
        screenshot(window, "welsh-main-window")
        window.language_actions["en"].trigger()  # back to English from the menu
        assert i18n.chosen_language() == "en" and "English" in told[0]
        assert i18n.tr("&File") == "&File"
    finally:
        i18n.choose("en")


def test_the_letter_window_in_welsh(qtbot, open_main, local_db, operator) -> None:
    from tests.ui.test_letters import a_victim, the_record
    from ui.letters import VictimLetterDialog

    seen: list[tuple[str, str, dict[str, list[str]], str]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, VictimLetterDialog)
        ok = dialog.buttons.buttons()[0]
        seen.append((dialog.windowTitle(), ok.text(), clashes(dialog), dialog.language.currentText()))
        dialog.reject()

    try:
        i18n.choose("cy")
        window = open_main("vlo1", Role.VLO)
        record = the_record(qtbot, window, a_victim(local_db, window.session.actor, operator))
        from tests.ui.conftest import in_modal

        in_modal(qtbot, look, "dialog-letter-welsh")
        from rjdesk.rules.letters import LetterKind

        record.write_letter(LetterKind.FIRST_CONTACT)
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    finally:
        i18n.choose("en")
    title, ok, shared, language = seen[0]
    assert title == "Llythyr: Cyswllt cyntaf" and ok == "Cofnodi ei fod &wedi'i anfon"
    assert shared == {} and language == "Saesneg"  # the letter's language follows the recipient, in Welsh words


def test_the_sign_in_window_in_welsh(qtbot, tasks) -> None:
    from rjdesk.connection import ConnectionProfile
    from ui.login import LoginWindow

    try:
        i18n.choose("cy")
        window = LoginWindow(ConnectionProfile("local"), tasks)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "rjdesk — mewngofnodi"
        assert window.sign_in_button.text() == "&Mewngofnodi" and clashes(window) == {}
        screenshot(window, "welsh-sign-in")
    finally:
        i18n.choose("en")


def test_the_first_start_in_welsh(qtbot, tasks) -> None:
    from ui.first_start import FirstStartWizard

    try:
        i18n.choose("cy")
        wizard = FirstStartWizard(tasks)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.currentPage().title() == "Ble dylai rjdesk gadw ei gofnodion?"
        assert wizard.choice.local.text().startswith("Ar y cyfrifiadur &hwn") and clashes(wizard) == {}
        screenshot(wizard, "welsh-first-start")
    finally:
        i18n.choose("en")


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_every_page_in_welsh_keeps_distinct_access_keys(qtbot, open_main, role: Role) -> None:
    from tests.ui.test_accessibility import access_key_clashes

    try:
        i18n.choose("cy")
        window = open_main(f"user-{role.value}", role)
        shared = []
        for key in window.pages:
            window.show_page(key)
            shared += access_key_clashes(window, key)
            assert window.sidebar.currentItem().text() == i18n.tr(type(window.pages[key]).title)
            if role in (Role.MANAGER, Role.REPARATION_SUPERVISOR, Role.ADMINISTRATOR):
                screenshot(window, f"welsh-{role.value}-{key}")
        assert shared == [], "two controls answer the same Alt+letter in Welsh"
    finally:
        i18n.choose("en")


def test_the_record_windows_in_welsh(qtbot, open_main, local_db, operator) -> None:
    from rjdesk.services import rj
    from tests.ui.test_accessibility import access_key_clashes
    from tests.ui.test_letters import a_victim, the_record
    from tests.ui.test_rj import process_window

    try:
        i18n.choose("cy")
        window = open_main("vlo1", Role.VLO, Role.RJ_COORDINATOR)
        victim_id = a_victim(local_db, window.session.actor, operator)
        record = the_record(qtbot, window, victim_id)
        assert access_key_clashes(record, "victim record") == []
        record.tabs.setCurrentIndex(0)
        qtbot.wait(100)
        assert record.windowTitle().endswith("cofnod dioddefwr")
        assert "· Unigolyn · Agored" in record.header.text()
        assert "Dyddiad geni:" in record.details.text()
        screenshot(record, "welsh-victim-record")
        child_id = record.file.links[0].child_id if record.file else 0
        process = rj.open_process(local_db, window.session.actor, child_id, victim_id)
        rj_record = process_window(qtbot, window, process.id)
        assert access_key_clashes(rj_record, "RJ process") == []
        rj_record.tabs.setCurrentIndex(0)
        qtbot.wait(100)
        assert "Atgyfeiriwyd:" in rj_record.overview.text()
        assert rj_record.buttons["next"].text() == "&Nesaf: Wrthi'n asesu"
        screenshot(rj_record, "welsh-rj-process")
    finally:
        i18n.choose("en")


def test_welsh_access_keys_stay_distinct_where_the_english_ones_are() -> None:
    """Within one function (a dialog's fields, a page's buttons) the English access keys differ, so the Welsh
    ones must too: two fields on Alt+D in one form would leave one of them unreachable by key. The windows are
    checked live below; this reaches every dialog without opening each."""
    welsh = translations_tool().read_ts()
    shared = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            texts = {
                node.args[0].value
                for node in ast.walk(function)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and access_key(str(node.args[0].value))
            }
            english = [access_key(text) for text in texts]
            if len(set(english)) < len(english):
                continue  # the English shares keys itself (tabs of one window): the live checks decide
            keys = [access_key(welsh[text]) for text in texts]
            if len(set(keys)) < len(keys):
                shared.append(f"{path.relative_to(ROOT)}:{function.name}: {sorted(welsh[t] for t in texts)}")
    assert shared == []


def test_qts_own_buttons_speak_welsh(qtbot) -> None:
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    try:
        i18n.choose("cy")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [button.text() for button in box.buttons()] == ["Iawn", "Canslo"]
        question = QMessageBox(
            QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        qtbot.addWidget(question)
        assert sorted(button.text() for button in question.buttons()) == ["&Ie", "&Na"]
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        assert "&Copïo" in [action.text().split("\t")[0] for action in menu.actions()]
        assert QLocale().monthName(QDate(2026, 11, 1).month()) == "Tachwedd"  # date pickers name months in Welsh
        assert i18n.date_text(QDate(2026, 11, 29).toPython(), "%A %d %b %Y") == "Dydd Sul 29 Tach 2026"
    finally:
        i18n.choose("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(english)
    assert english.buttons()[0].text() == "OK"


def test_a_refusal_from_the_core_is_shown_in_welsh(qtbot, open_main) -> None:
    """The core refuses in English (the command line speaks it); a Welsh window shows its Welsh beside the field."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.case_dialogs import ChildDialog

    seen: list[tuple[str, str]] = []

    def submit_empty() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChildDialog):
            QTimer.singleShot(50, submit_empty)
            return
        dialog.buttons.accepted.emit()

        def look() -> None:
            if not dialog.general_error.text() and len(seen) < 1:
                QTimer.singleShot(50, look)
                return
            seen.append((dialog.general_error.text(), dialog.windowTitle()))
            screenshot(dialog, "welsh-refusal")
            dialog.reject()

        look()

    try:
        i18n.choose("cy")
        window = open_main("boss", Role.MANAGER)
        page = window.show_page("cases")
        QTimer.singleShot(100, submit_empty)
        page.new_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    finally:
        i18n.choose("en")
    general, title = seen[0]
    assert general == "Mae angen cyfeirnod yr achos ac enwau'r plentyn."  # the core's English, in Welsh
    assert title == "Plentyn newydd"


def test_a_refusal_with_values_is_translated_whole_with_its_values_in_welsh(qtbot) -> None:
    import datetime as dt

    from rjdesk.errors import ValidationError, message
    from rjdesk.rules.reparation import risk_assessment_problem

    dated = ValidationError(
        message("No duty rule {code} is in force on {on}.", code="PROGRESS_UPDATE", on=dt.date(2026, 11, 2)),
        {"amount": message("1 to {max_years} years.", max_years=100)},
    )
    expired = risk_assessment_problem(dt.date(2026, 3, 1), dt.date(2026, 11, 2))  # a rule's own refusal
    assert expired is not None
    assert str(dated) == "No duty rule PROGRESS_UPDATE is in force on 02 Nov 2026."  # the CLI's English
    try:
        i18n.choose("cy")
        assert i18n.error_text(dated) == "Nid oes rheol dyletswydd PROGRESS_UPDATE mewn grym ar 02 Tach 2026."
        assert i18n.error_fields(dated.fields) == {"amount": "1 i 100 mlynedd."}
        assert i18n.localised(expired).startswith("Daeth asesiad risg iechyd a diogelwch y prosiect i ben ar 01 Maw")
        # a label inside a sentence, written in lower case, is translated too
        stage = message("The process is already {current}.", current="preparing")
        assert i18n.localised(stage) == "Mae'r broses eisoes wrthi'n paratoi."
    finally:
        i18n.choose("en")
    assert i18n.error_text(dated) == str(dated)


def test_no_refusal_in_the_core_is_a_sentence_built_at_run_time() -> None:
    """An f-string refusal cannot be translated (the Welsh file holds templates): it must be ``message(...)``."""
    tool = translations_tool()
    built = [
        f"{path.relative_to(ROOT)}:{text.lineno}"
        for path in tool.core_sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        for text in tool.refusal_texts(node)
        if isinstance(text, ast.JoinedStr)
        or (isinstance(text, ast.BinOp) and any(isinstance(n, ast.Constant) for n in ast.walk(text)))
    ]
    assert built == []
