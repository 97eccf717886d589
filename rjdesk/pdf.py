"""PDF building blocks on ReportLab: the one font every PDF uses (DejaVu Sans, which renders Welsh ŵ and ŷ —
ReportLab's built-in fonts turn them into boxes, DESIGN §6a) and the styles that go with it.

The fonts ship in ``resources/fonts`` with their licence; a system copy is the fallback for an installed
build that left them out.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_PLACES = (
    Path(__file__).resolve().parent.parent / "resources" / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
)


def _font_file(name: str) -> Path:
    for place in _PLACES:
        candidate = place / f"{name}.ttf"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"The PDF font {name}.ttf is missing from resources/fonts.")


def register_fonts() -> None:
    """Register the fonts once per process (ReportLab keeps a global registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(_font_file(FONT))))
    pdfmetrics.registerFont(TTFont(BOLD, str(_font_file(BOLD))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> StyleSheet1:
    """ReportLab's sample styles, every one switched to the Welsh-capable font."""
    register_fonts()
    sheet = getSampleStyleSheet()
    for name in sheet.byName:
        style = sheet[name]
        if isinstance(style, ParagraphStyle):
            style.fontName = BOLD if name.startswith(("Heading", "Title")) else FONT
    return sheet
