"""The interface's language: English, or Welsh (Cymraeg) from ``resources/i18n/rjdesk_cy.qm``.

Strings shown to users go through ``tr`` where they are shown; a string defined before any translator can be
installed (a page's title, a theme's name) is marked with ``tr_noop`` where it is written and passed through
``tr`` where it is shown. ``packaging/translations.py`` finds both in the source to keep the Welsh file
complete (docs/TRANSLATING.md), and a test fails when any of them has no Welsh translation.

The choice is this desk's (QSettings), like the colours: it applies to the windows opened after it is made.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from rjdesk.errors import Message
from rjdesk.rules.labels import label

CONTEXT = "rjdesk"
LANGUAGE_KEY = "appearance/language"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """The text in the interface's language (itself when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_core(label: str) -> str:
    """A label the core supplies (a status, a role, a duty's title) in the interface's language.

    The core stays free of Qt and of the interface's language; ``packaging/translations.py`` reads its label
    tables (``CORE_LABELS`` there) into the Welsh file, so every label it can supply has a translation.
    """
    return QCoreApplication.translate(CONTEXT, label)


def tr_code(code: str) -> str:
    """A code the core stores ("REFERRAL_ORDER", "order_made") as words in the interface's language."""
    return tr_core(label(code))


def localised(text: str) -> str:
    """A message from the core in the interface's language: a plain sentence looked up whole; a ``message``
    (``rjdesk.errors.Message``) by its template, with its values put back (dates written in this language,
    labels among the values translated too). Anything without a translation stays as the core wrote it."""
    if not isinstance(text, Message):
        return tr_core(text)
    return tr_core(text.template).format(**{name: _shown(value) for name, value in text.values.items()})


def _shown(value: object) -> object:
    if isinstance(value, list | tuple):
        return " ".join(str(_shown(item)) for item in value)
    if isinstance(value, dt.date):
        return date_text(value, "%d %b %Y %H:%M" if isinstance(value, dt.datetime) else "%d %b %Y")
    if isinstance(value, str):
        if isinstance(value, Message):
            return localised(value)
        translated = tr_core(value)
        if translated == value and value[:1].islower():  # a label written in lower case inside a sentence
            capital = tr_core(value[:1].upper() + value[1:])
            if capital != value[:1].upper() + value[1:]:
                return capital[:1].lower() + capital[1:]
        return translated
    return value


def error_text(exc: BaseException) -> str:
    """A refusal from the core in the interface's language."""
    return localised(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else tr_core(str(exc))


def error_fields(fields: dict[str, str]) -> dict[str, str]:
    """A refusal's per-field messages in the interface's language."""
    return {name: localised(message) for name, message in fields.items()}


def yes_no(value: bool | None) -> str:
    """A recorded yes or no, in words ("—" when nothing is recorded)."""
    return "—" if value is None else tr("yes") if value else tr("no")


def tr_noop(text: str) -> str:
    """Marks a string for translation where it is written; ``tr`` translates it where it is shown."""
    return text


def interface_language() -> str:
    """The language the interface speaks now ("en" or "cy")."""
    return "cy" if _installed else "en"


def chosen_language() -> str:
    language = str(QSettings().value(LANGUAGE_KEY, "en"))
    return language if language in LANGUAGES else "en"


def translation_file(language: str) -> Path:
    return I18N / f"rjdesk_{language}.qm"


def install(language: str | None = None) -> str:
    """Use the language chosen on this desk (or the one given) from now on; returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        translator = QTranslator()
        if translator.load(str(translation_file(language))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            language = "en"  # a build without the file: English rather than a half-translated window
    # Qt's own date pickers and calendars name days and months by the default locale.
    QLocale.setDefault(
        QLocale(QLocale.Language.Welsh if language == "cy" else QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    return language


def choose(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)
    install(language)


# Day and month names for dates shown in the interface: strftime's %a/%A/%b/%B are the C locale's English.
_DAY_NAMES = (
    tr_noop("Monday"),
    tr_noop("Tuesday"),
    tr_noop("Wednesday"),
    tr_noop("Thursday"),
    tr_noop("Friday"),
    tr_noop("Saturday"),
    tr_noop("Sunday"),
)
_DAY_ABBREVIATIONS = (
    tr_noop("Mon"),
    tr_noop("Tue"),
    tr_noop("Wed"),
    tr_noop("Thu"),
    tr_noop("Fri"),
    tr_noop("Sat"),
    tr_noop("Sun"),
)
_MONTH_NAMES = (
    tr_noop("January"),
    tr_noop("February"),
    tr_noop("March"),
    tr_noop("April"),
    tr_noop("May"),
    tr_noop("June"),
    tr_noop("July"),
    tr_noop("August"),
    tr_noop("September"),
    tr_noop("October"),
    tr_noop("November"),
    tr_noop("December"),
)
_MONTH_ABBREVIATIONS = (
    tr_noop("Jan"),
    tr_noop("Feb"),
    tr_noop("Mar"),
    tr_noop("Apr"),
    tr_noop("May"),  # the same word as the full name, in Welsh as in English (Mai)
    tr_noop("Jun"),
    tr_noop("Jul"),
    tr_noop("Aug"),
    tr_noop("Sep"),
    tr_noop("Oct"),
    tr_noop("Nov"),
    tr_noop("Dec"),
)


def date_text(day: dt.date | dt.datetime, pattern: str = "%d %b %Y") -> str:
    """``day.strftime(pattern)`` with the day and month names in the interface's language (list cells call it
    as they paint: the pattern is split once)."""
    names = {
        "%a": _DAY_ABBREVIATIONS[day.weekday()],
        "%A": _DAY_NAMES[day.weekday()],
        "%b": _MONTH_ABBREVIATIONS[day.month - 1],
        "%B": _MONTH_NAMES[day.month - 1],
    }
    return "".join(tr(names[part]) if part in names else day.strftime(part) for part in _date_parts(pattern))


@functools.cache
def _date_parts(pattern: str) -> tuple[str, ...]:
    """ "%d %b %Y" → ("%d ", "%b", " %Y"): the day and month names apart from what strftime writes alike."""
    return tuple(part for part in re.split(r"(%[aAbB])", pattern) if part)
