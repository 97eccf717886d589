"""A composed letter as a file: PDF to print or send as it is (ReportLab, in the font that renders Welsh), and
DOCX for an officer who wants to edit it in a word processor before sending (python-docx).

A bilingual letter prints each language on its own page, Welsh first, the address on the first page only (a
window envelope shows one)."""

from __future__ import annotations

import io

from rjdesk.rules.letters import Letter, format_date


def letter_pdf(letter: Letter) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.flowables import Flowable

    from rjdesk.pdf import styles

    sheet = styles()
    body = sheet["BodyText"].clone("LetterBody", fontSize=11, leading=15, spaceAfter=7)
    right = body.clone("LetterRight", alignment=2)
    subject = sheet["Heading3"].clone("LetterSubject", spaceBefore=4, spaceAfter=8)
    story: list[Flowable] = [Paragraph(escape(letter.service_name), right), Spacer(1, 12 * mm)]
    story += [Paragraph("<br/>".join(escape(line) for line in (letter.recipient_name, *letter.address_lines)), body)]
    story.append(Spacer(1, 10 * mm))
    for index, part in enumerate(letter.parts):
        if index:
            story.append(PageBreak())
            story += [Paragraph(escape(letter.service_name), right), Spacer(1, 12 * mm)]
        story.append(Paragraph(format_date(letter.dated, part.language), right))
        story.append(Paragraph(escape(part.subject), subject))
        story.append(Paragraph(escape(part.greeting), body))
        story += [Paragraph(escape(paragraph), body) for paragraph in part.paragraphs]
        story += [Spacer(1, 4 * mm), Paragraph(escape(part.closing), body), Spacer(1, 14 * mm)]
        story.append(Paragraph(f"{escape(letter.signatory)}<br/>{escape(letter.service_name)}", body))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=letter.title,
        author=letter.service_name or "rjdesk",
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    ).build(story)
    return buffer.getvalue()


def letter_docx(letter: Letter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"  # on every office desktop, and it has ŵ and ŷ
    normal.font.size = Pt(11)
    document.core_properties.title = letter.title
    document.core_properties.author = letter.service_name or "rjdesk"

    def right(text: str) -> None:
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    right(letter.service_name)
    document.add_paragraph("\n".join((letter.recipient_name, *letter.address_lines)))
    for index, part in enumerate(letter.parts):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            right(letter.service_name)
        right(format_date(letter.dated, part.language))
        document.add_paragraph().add_run(part.subject).bold = True
        document.add_paragraph(part.greeting)
        for paragraph in part.paragraphs:
            document.add_paragraph(paragraph)
        document.add_paragraph(part.closing)
        document.add_paragraph("\n\n" + "\n".join((letter.signatory, letter.service_name)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
