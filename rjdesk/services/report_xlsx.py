"""Report tables as an Excel workbook (openpyxl): one sheet per table, the header bold and frozen, numbers
kept as numbers so the board's analysts can work with them."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from rjdesk.services.report_pdf import ReportTable


def _sheet_title(title: str, taken: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Table"
    name, number = base, 2
    while name in taken:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name)
    return name


def tables_xlsx(tables: Sequence[ReportTable], preface: Sequence[str] = ()) -> bytes:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, taken))
        row = 1
        for line in preface:
            sheet.cell(row=row, column=1, value=line)
            row += 1
        if preface:
            row += 1
        for column, heading in enumerate(table.header, start=1):
            sheet.cell(row=row, column=column, value=heading).font = Font(bold=True)
        sheet.freeze_panes = sheet.cell(row=row + 1, column=1)
        for values in table.rows or [(table.empty_text,)]:
            row += 1
            for column, value in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=value if isinstance(value, int | float) else str(value))
        if table.note:
            sheet.cell(row=row + 2, column=1, value=table.note)
        if table.commentary:
            sheet.cell(row=row + 3, column=1, value=f"Commentary: {table.commentary}")
        for column in range(1, len(table.header) + 1):
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = 18 if column > 1 else 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
