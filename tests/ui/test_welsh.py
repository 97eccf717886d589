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
from tests.ui.mnemonics import clashes
from ui import i18n

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
# The modules whose every interface string goes through tr(): the check below grows with this list until it is
# every module under ui/ (issue 11 item 2; docs/TRANSLATING.md).
TRANSLATED_MODULES = (
    "ui/main_window.py",
    "ui/pages/home.py",
    "ui/appearance.py",
    "ui/i18n.py",
    "ui/idle.py",
    "ui/tray.py",
    "ui/pages/my_day.py",
    "ui/letters.py",
    "ui/pages/victims.py",
    "ui/login.py",
    "ui/first_start.py",
    "ui/failures.py",
    "ui/pages/base.py",
    "ui/widgets/forms.py",
    "ui/pages/shared_views.py",
    "ui/pages/disclosures.py",
    "ui/pages/audit.py",
)
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
        if name not in TEXT_CALLS:
            continue
        for text in _texts(node, name):
            if isinstance(text.value, str) and _words(text.value):
                yield f"{path.relative_to(ROOT)}:{node.lineno}: {text.value!r}"


def _words(text: str) -> bool:
    """Words a reader reads: not a shortcut ("Ctrl+L", "F5"), a bare file type ("CSV (*.csv)") nor the product's
    name."""
    if re.fullmatch(r"((Ctrl|Alt|Shift|Meta)\+)+\S+|F\d+|[A-Z]+ \(\*\.\w+\)", text.strip()):
        return False
    return bool(re.search(r"[A-Za-z]{2}", text.replace("rjdesk", "")))


def test_the_translated_windows_show_no_string_that_skips_translation() -> None:
    unmarked = [line for module in TRANSLATED_MODULES for line in _unmarked(ROOT / module)]
    # The language menu names each language in itself, and the message after choosing one is in both.
    allowed = ("'rjdesk will use", "'Bydd rjdesk", "'\\n\\nrjdesk will use")
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


@pytest.mark.parametrize(
    ("role", "page"), [(Role.CASE_MANAGER, "shared_views"), (Role.MANAGER, "disclosures"), (Role.MANAGER, "audit")]
)
def test_translated_pages_keep_distinct_access_keys_in_welsh(qtbot, open_main, role: Role, page: str) -> None:
    try:
        i18n.choose("cy")
        window = open_main(f"user-{role.value}", role)
        window.show_page(page)
        assert clashes(window) == {}
        assert (
            window.sidebar.currentItem().text()
            == {
                "shared_views": "Safbwyntiau a rennir",
                "disclosures": "Datgeliadau",
                "audit": "Archwilio",
            }[page]
        )
    finally:
        i18n.choose("en")
