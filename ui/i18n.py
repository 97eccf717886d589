"""The interface's language: English, or Welsh (Cymraeg) from ``resources/i18n/rjdesk_cy.qm``.

Strings shown to users go through ``tr`` where they are shown; a string defined before any translator can be
installed (a page's title, a theme's name) is marked with ``tr_noop`` where it is written and passed through
``tr`` where it is shown. ``packaging/translations.py`` finds both in the source to keep the Welsh file
complete (docs/TRANSLATING.md), and a test fails when any of them has no Welsh translation.

The choice is this desk's (QSettings), like the colours: it applies to the windows opened after it is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

CONTEXT = "rjdesk"
LANGUAGE_KEY = "appearance/language"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """The text in the interface's language (itself when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


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
    return language


def choose(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)
    install(language)
