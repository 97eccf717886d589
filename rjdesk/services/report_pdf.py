"""Report PDFs (ReportLab): a cover line with the service and the period, tables whose header repeats on
every page, the definitions of each measure, and a footer with the period, the time it was made and the page
number. Figures only: callers pass counts and labels, never names or case-note text."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from rjdesk.pdf import BOLD, FONT, styles


@dataclass(frozen=True)
class RecordRef:
    """One record behind a figure, by kind and id (``report_records`` turns it into a readable line)."""

    kind: str
    id: int


@dataclass(frozen=True)
class ReportTable:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    note: str = ""
    empty_text: str = "None recorded."
    widths: Sequence[float] = ()  # fractions of the text width per column; equal when empty
    commentary: str = ""  # written by a manager for this run of the report
    # The records behind each row, for drill-down on screen (never printed or saved); empty for a role
    # without the case list, or for a row that counts nothing a person can open.
    behind: Sequence[Sequence[RecordRef]] = ()


@dataclass(frozen=True)
class BarChart:
    """Percentages as horizontal bars (a measure with nothing to divide by is left out, not drawn as 0)."""

    title: str
    bars: Sequence[tuple[str, float]]  # label, percentage


@dataclass(frozen=True)
class ReportDocument:
    title: str
    service_name: str
    period: str
    tables: Sequence[ReportTable]
    definitions: Sequence[tuple[str, str]] = field(default_factory=tuple)
    preface: Sequence[str] = field(default_factory=tuple)
    charts: Sequence[BarChart] = field(default_factory=tuple)  # drawn after the first table
    logo: bytes | None = None  # the service's logo, at the top right of the cover


LOGO_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 60 * mm


def logo_size(image: bytes) -> tuple[float, float]:
    """The width and height the logo is drawn at (its shape kept); raises if the image cannot be read."""
    width, height = ImageReader(io.BytesIO(image)).getSize()
    if width <= 0 or height <= 0:
        raise ValueError("an image with no size")
    scale = min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width)
    return width * scale, height * scale


def render(document: ReportDocument, generated_at: dt.datetime | None = None) -> bytes:
    generated_at = generated_at or dt.datetime.now()
    sheet = styles()
    story: list[object] = []
    if document.logo:
        width, height = logo_size(document.logo)
        story.append(Image(io.BytesIO(document.logo), width=width, height=height, hAlign="RIGHT"))
    story += [
        Paragraph(document.title, sheet["Title"]),
        Paragraph(f"{document.service_name} · {document.period}", sheet["Heading3"]),
        Spacer(1, 4 * mm),
    ]
    story.extend(Paragraph(text, sheet["BodyText"]) for text in document.preface)
    if len(document.tables) >= 4:  # a pack: say what is in it, in order
        story.append(Paragraph("Contents", sheet["Heading2"]))
        story.extend(
            Paragraph(f"{number}. {table.title}", sheet["BodyText"])
            for number, table in enumerate(document.tables, start=1)
        )
        story.append(Spacer(1, 4 * mm))
    for table in document.tables:
        story.append(Paragraph(table.title, sheet["Heading2"]))
        if table.rows:
            data = [[Paragraph(f"<b>{h}</b>", sheet["BodyText"]) for h in table.header]]
            data += [[Paragraph(str(cell), sheet["BodyText"]) for cell in row] for row in table.rows]
            usable = A4[0] - 36 * mm
            fractions = table.widths or [1 / len(table.header)] * len(table.header)
            grid = Table(data, repeatRows=1, hAlign="LEFT", colWidths=[usable * f for f in fractions])
            grid.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebf7")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(grid)
        else:
            story.append(Paragraph(table.empty_text, sheet["BodyText"]))
        if table.note:
            story.append(Paragraph(table.note, sheet["Italic"]))
        if table.commentary:
            story.append(Paragraph(f"<b>Commentary:</b> {escape(table.commentary)}", sheet["BodyText"]))
        story.append(Spacer(1, 4 * mm))
        if table is document.tables[0]:
            for chart in document.charts:
                story.append(KeepTogether([Paragraph(chart.title, sheet["Heading3"]), _bar_chart(chart)]))
                story.append(Spacer(1, 4 * mm))
    if document.definitions:
        story.append(Paragraph("Definitions", sheet["Heading2"]))
        story.extend(Paragraph(f"<b>{term}</b> — {text}", sheet["BodyText"]) for term, text in document.definitions)

    made = f"made {generated_at:%d %b %Y %H:%M}"

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        """Footer: the period on the left, when it was made and the page number on the right."""
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(18 * mm, 10 * mm, document.period)
        canvas.drawRightString(A4[0] - 36 * mm, 10 * mm, made)
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=document.title,
        author=document.service_name,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        bottomMargin=18 * mm,
    ).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def _bar_chart(chart: BarChart) -> Drawing:
    width, bar_height = A4[0] - 36 * mm, 14
    height = max(1, len(chart.bars)) * bar_height + 30
    drawing = Drawing(width, height)
    if not chart.bars:
        drawing.add(
            String(0, height / 2, "Nothing to show: no figure has a denominator yet.", fontName=FONT, fontSize=9)
        )
        return drawing
    bars = HorizontalBarChart()
    bars.x, bars.y, bars.width, bars.height = 70, 20, width - 90, height - 30
    ordered = list(reversed(chart.bars))  # the first label at the top
    bars.data = [[value for _label, value in ordered]]
    bars.categoryAxis.categoryNames = [label for label, _value in ordered]
    bars.categoryAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(100.0, max(value for _label, value in ordered))
    bars.valueAxis.labelTextFormat = "%d%%"
    bars.bars[0].fillColor = colors.HexColor("#2f7fc1")
    bars.barLabelFormat = "%.0f%%"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    drawing.add(bars)
    return drawing
