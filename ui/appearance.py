"""How rjdesk looks on this desk: light, dark or high-contrast colours (or whatever the system uses, followed
live when it changes), and the size of text.

These are the user's own comfort on this computer, not business settings: they live in QSettings beside the
window state (DESIGN §5), and apply at once to every open window.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ui import descriptions
from ui.i18n import tr_noop
from ui.system_contrast import system_high_contrast

ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icons" / "rjdesk.svg"
THEME_KEY = "appearance/theme"
SCALE_KEY = "appearance/text_scale"
TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"

    @property
    def label(self) -> str:
        return {
            "system": tr_noop("Follow the system"),
            "light": tr_noop("Light"),
            "dark": tr_noop("Dark"),
            "high_contrast": tr_noop("High contrast"),
        }[self.value]


def _palette(pairs: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in pairs.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


R = QPalette.ColorRole
_DARK = {
    R.Window: "#202124",
    R.WindowText: "#e8eaed",
    R.Base: "#16171a",
    R.AlternateBase: "#26282c",
    R.Text: "#e8eaed",
    R.Button: "#2d2f33",
    R.ButtonText: "#e8eaed",
    R.BrightText: "#ffffff",
    R.Highlight: "#4c8bf5",
    R.HighlightedText: "#000000",
    R.ToolTipBase: "#2d2f33",
    R.ToolTipText: "#e8eaed",
    R.PlaceholderText: "#9aa0a6",
    R.Link: "#8ab4f8",
    R.Mid: "#5f6368",
    R.Light: "#3c4043",
    R.Dark: "#111214",
}
# Black and white with yellow for what is selected: the WCAG AAA contrast of the operating systems' own
# high-contrast schemes (21:1 for text), and a thick focus ring so the keyboard's place is never lost.
_HIGH_CONTRAST = {
    R.Window: "#000000",
    R.WindowText: "#ffffff",
    R.Base: "#000000",
    R.AlternateBase: "#1a1a1a",
    R.Text: "#ffffff",
    R.Button: "#000000",
    R.ButtonText: "#ffffff",
    R.BrightText: "#ffffff",
    R.Highlight: "#ffff00",
    R.HighlightedText: "#000000",
    R.ToolTipBase: "#000000",
    R.ToolTipText: "#ffffff",
    R.PlaceholderText: "#c0c0c0",
    R.Link: "#00ffff",
    R.Mid: "#ffffff",
    R.Light: "#ffffff",
    R.Dark: "#ffffff",
}
HIGH_CONTRAST_STYLE = (
    "*:focus { outline: 3px solid #ffff00; border: 3px solid #ffff00; }"
    " QPushButton, QToolButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox,"
    " QDateEdit, QAbstractItemView { border: 1px solid #ffffff; }"
)


class Appearance:
    """Applies the theme and text size to the application; remembers the base font so scaling never drifts."""

    def __init__(self, app: QApplication, contrast_reader: Callable[[], bool] = system_high_contrast) -> None:
        self.app = app
        self.base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self.native_style = app.style().name()
        self.theme, self.scale = self._load()
        self.contrast_reader = contrast_reader
        self.system_contrast = False
        descriptions.install(app)  # comfort for screen-reader users too: every control says how to use it
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda *_: self.check_system_contrast(always_apply=True))
        # Read once the first window is on screen (a platform tool may take a few milliseconds): a zero-timer
        # set from a zero-timer runs after the window's first paint.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.check_system_contrast))

    def check_system_contrast(self, *, always_apply: bool = False) -> None:
        """Read the system's high-contrast setting again (at start, and when the desktop's scheme changes) and
        follow it when following the system."""
        asked = self.contrast_reader()
        changed = asked != self.system_contrast
        self.system_contrast = asked
        if always_apply or (changed and self.theme is Theme.SYSTEM):
            self.apply()

    @staticmethod
    def _load() -> tuple[Theme, float]:
        settings = QSettings()
        try:
            theme = Theme(str(settings.value(THEME_KEY, Theme.SYSTEM.value)))
        except ValueError:
            theme = Theme.SYSTEM
        try:
            scale = float(settings.value(SCALE_KEY, 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            scale = 1.0
        return theme, scale if scale in TEXT_SCALES else 1.0

    def effective(self) -> Theme:
        """The theme in force: when following the system, its high contrast if it asks for it (ui/
        system_contrast.py), else its light or dark scheme."""
        if self.theme is not Theme.SYSTEM:
            return self.theme
        if self.system_contrast:
            return Theme.HIGH_CONTRAST
        return Theme.DARK if self.system_scheme() == Qt.ColorScheme.Dark else Theme.LIGHT

    def system_scheme(self) -> Qt.ColorScheme:
        """The desktop's light or dark scheme (Unknown where the platform does not say: light)."""
        return self.app.styleHints().colorScheme()

    def apply(self) -> None:
        effective = self.effective()
        native = effective is Theme.LIGHT and self.theme is Theme.SYSTEM  # the platform's own look, light
        style = self.native_style if native else "Fusion"  # Fusion draws every palette faithfully, everywhere
        if self.app.style().name().casefold() != style.casefold():  # not re-made at start-up for nothing
            self.app.setStyle(style)
        if native:
            self.app.setPalette(QPalette())  # the platform's palette: the desktop's own colour scheme
        elif effective is Theme.DARK:
            self.app.setPalette(_palette(_DARK, "#80868b"))
        elif effective is Theme.HIGH_CONTRAST:
            self.app.setPalette(_palette(_HIGH_CONTRAST, "#a0a0a0"))
        else:
            self.app.setPalette(self.app.style().standardPalette())
        self.app.setStyleSheet(HIGH_CONTRAST_STYLE if effective is Theme.HIGH_CONTRAST else "")
        font = QFont(self.app.font())
        font.setPointSizeF(round(self.base_point_size * self.scale, 1))
        self.app.setFont(font)
        # A widget with a style sheet of its own keeps the palette and font it was polished with: set its
        # sheet again so it takes the new ones (the sidebar, the status bar's labels, error lines).
        for widget in self.app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        QSettings().setValue(THEME_KEY, theme.value)
        self.apply()

    def set_scale(self, scale: float) -> None:
        self.scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        QSettings().setValue(SCALE_KEY, self.scale)
        self.apply()

    def larger(self) -> None:
        bigger = [s for s in TEXT_SCALES if s > self.scale]
        self.set_scale(bigger[0] if bigger else self.scale)

    def smaller(self) -> None:
        smaller = [s for s in TEXT_SCALES if s < self.scale]
        self.set_scale(smaller[-1] if smaller else self.scale)


def app_icon() -> QIcon:
    return QIcon(str(ICON_PATH))


def alert_colour() -> QColor:
    """Red that reads on the current background: deep on light, soft on dark (overdue lines, warnings)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor("#ff8a80") if window.lightnessF() < 0.5 else QColor("#b00020")


_appearance: list[Appearance] = []


def appearance(app: QApplication | None = None) -> Appearance:
    """The application's one Appearance, made (and applied) on first use."""
    if not _appearance:
        instance = app or QApplication.instance()
        assert isinstance(instance, QApplication)
        _appearance.append(Appearance(instance))
        _appearance[0].apply()
    return _appearance[0]
