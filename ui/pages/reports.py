"""Reports: KPI 10 for a quarter (every figure as n/N, opening onto the records behind it for those allowed to
see the case list) and the victim-engagement funnel for a period; PDF and CSV of each."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.files import write_whole
from rjdesk.rules.kpi10 import MEASURE_TEXT, BreakdownRow, Measure, Quarter, records_behind, suppressed
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import ActivityKind
from rjdesk.services import kpi10, report_records, reports
from rjdesk.services.report_pdf import RecordRef
from ui.casework import date_edit
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.bar_chart import BarChartWidget
from ui.widgets.tables import list_table


def recent_quarters(today: dt.date, count: int = 8) -> list[Quarter]:
    """The last quarter that has ended first, then the ones before it (a quarter still running comes last)."""
    current = Quarter.containing(today)
    found = [current.previous()]
    while len(found) < count:
        found.append(found[-1].previous())
    return [*found, current]


class ReportsPage(Page):
    title = tr_noop("Reports")
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.result: kpi10.Kpi10Report | None = None
        self.may_drill = session.actor.can(Permission.REPORT_CASE_LIST)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        kpi_tab = QWidget()
        kpi_layout = QVBoxLayout(kpi_tab)
        bar = QHBoxLayout()
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(tr("Quarter"))
        for quarter in recent_quarters(dt.date.today()):
            self.quarter.addItem(f"{quarter.label} ({quarter.code})", quarter.code)
        self.strict = QCheckBox(tr("Strict current consent"))
        self.kpi_pdf_button = QPushButton(tr("Save &PDF…"))
        self.kpi_csv_button = QPushButton(tr("Save &CSV…"))
        self.kpi_xlsx_button = QPushButton(tr("Save &XLSX…"))
        bar.addWidget(QLabel(tr("Quarter:")))
        bar.addWidget(self.quarter)
        bar.addWidget(self.strict)
        bar.addStretch(1)
        self.comparators_button = QPushButton(tr("C&omparators…"))
        self.comparators_button.setEnabled(self.may_drill)  # managers
        self.comparators_button.clicked.connect(self.set_comparators)
        bar.addWidget(self.comparators_button)
        bar.addWidget(self.kpi_csv_button)
        bar.addWidget(self.kpi_xlsx_button)
        bar.addWidget(self.kpi_pdf_button)
        kpi_layout.addLayout(bar)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setMinimumHeight(3 * self.rule_label.fontMetrics().height())  # the rule is never cut off
        kpi_layout.addWidget(self.rule_label)
        self.kpi_chart = BarChartWidget(tr("KPI 10 measures chart"))
        kpi_layout.addWidget(self.kpi_chart)
        split = QSplitter(Qt.Orientation.Vertical)
        self.kpi_model = RowsModel(
            [
                Column(tr("Measure"), lambda m: m[0]),
                Column(tr("What it counts"), lambda m: tr_core(MEASURE_TEXT[m[0]])),
                Column("n/N", lambda m: m[1].text),
                Column(tr("Quarter before"), lambda m: m[2].text),
                Column(tr("A year before"), lambda m: m[3].text),
                Column(tr("Comparators"), lambda m: m[4]),
            ]
        )
        self.kpi_table = list_table(self.kpi_model, tr("KPI 10 measures"), 1, single=True)
        split.addWidget(self.kpi_table)
        self.behind_label = QLabel()
        self.behind_model = RowsModel(
            [
                Column(tr("Child"), lambda r: r.child_id),
                Column(
                    tr("Order"),
                    lambda r: f"{tr_code(r.disposal_type)} {date_text(r.order_start)}–{date_text(r.order_end)}",
                ),
                Column(tr("Offence"), lambda r: r.offence_id),
                Column(tr("Victim"), lambda r: r.victim_id),
                Column(tr("Consent"), lambda r: r.consent),
                Column(tr("Engaged"), lambda r: r.engaged),
            ]
        )
        behind = QWidget()
        behind_layout = QVBoxLayout(behind)
        behind_layout.setContentsMargins(0, 0, 0, 0)
        behind_layout.addWidget(self.behind_label)
        self.behind_table = list_table(self.behind_model, tr("Records behind the figure"), 1)
        behind_layout.addWidget(self.behind_table)
        split.addWidget(behind)
        split.setSizes([360, 180])  # the measures whole, the records behind a figure below
        kpi_layout.addWidget(split, 1)
        self.tabs.addTab(kpi_tab, tr("&KPI 10"))

        funnel_tab = QWidget()
        funnel_layout = QVBoxLayout(funnel_tab)
        row = QHBoxLayout()
        last = Quarter.containing(dt.date.today()).previous()
        self.funnel_from, self.funnel_to = date_edit(last.start), date_edit(last.end)
        self.funnel_from.setAccessibleName(tr("Funnel period from"))
        self.funnel_to.setAccessibleName(tr("Funnel period to"))
        self.funnel_pdf_button = QPushButton(tr("Save P&DF…"))
        self.funnel_xlsx_button = QPushButton(tr("Save X&LSX…"))
        row.addWidget(QLabel(tr("From:")))
        row.addWidget(self.funnel_from)
        row.addWidget(QLabel(tr("to:")))
        row.addWidget(self.funnel_to)
        row.addStretch(1)
        row.addWidget(self.funnel_xlsx_button)
        row.addWidget(self.funnel_pdf_button)
        funnel_layout.addLayout(row)
        self.funnel_chart = BarChartWidget(tr("Victim engagement chart"))
        funnel_layout.addWidget(self.funnel_chart)
        self.funnel_model = RowsModel([Column(tr("Step"), lambda s: s[0]), Column(tr("Count"), lambda s: s[1])])
        self.funnel_table = list_table(self.funnel_model, tr("Victim engagement funnel"), 0, single=True)
        self.funnel_records = RecordsBehind(self, "funnel")
        funnel_layout.addWidget(_records_below(self.funnel_table, self.funnel_records), 1)
        self.funnel_behind: list[tuple[RecordRef, ...]] = []
        self.funnel_table.selectionModel().selectionChanged.connect(lambda *_: self._open_funnel_figure())
        self.tabs.addTab(funnel_tab, tr("Victim en&gagement"))

        split_tab = QWidget()
        split_layout = QVBoxLayout(split_tab)
        self.split_label = QLabel()
        self.split_label.setWordWrap(True)
        split_layout.addWidget(self.split_label)
        self.split_model = RowsModel(
            [
                Column(tr("Characteristic"), lambda r: r[0].dimension),
                Column(tr("Group"), lambda r: r[0].group),
                Column(tr("Victims"), lambda r: suppressed(r[0].victims, r[1])),
                Column(tr("Consented"), lambda r: suppressed(r[0].consented, r[1])),
                Column(tr("Engaged"), lambda r: suppressed(r[0].engaged, r[1])),
            ]
        )
        self.split_table = list_table(self.split_model, tr("KPI 10 by characteristic"), 1, single=True)
        self.split_records = RecordsBehind(self, "characteristic")
        split_layout.addWidget(_records_below(self.split_table, self.split_records), 1)
        self.split_behind: tuple[tuple[RecordRef, ...], ...] = ()
        self.split_table.selectionModel().selectionChanged.connect(lambda *_: self._open_split_figure())
        self.tabs.addTab(split_tab, tr("By charac&teristic"))

        board_tab = QWidget()
        board_layout = QVBoxLayout(board_tab)
        board_bar = QHBoxLayout()
        self.board_from, self.board_to = date_edit(last.start), date_edit(last.end)
        self.board_from.setAccessibleName(tr("Board report period from"))
        self.board_to.setAccessibleName(tr("Board report period to"))
        self.board_section = QComboBox()
        self.board_section.setAccessibleName(tr("Section"))
        self.board_pdf_button = QPushButton(tr("Save board &report (PDF)…"))
        self.board_xlsx_button = QPushButton(tr("Save as &workbook…"))
        self.board_csv_button = QPushButton(tr("Section as C&SV…"))
        for widget in (QLabel(tr("From:")), self.board_from, QLabel(tr("to:")), self.board_to, QLabel(tr("Section:"))):
            board_bar.addWidget(widget)
        board_bar.addWidget(self.board_section, 1)
        board_bar.addWidget(self.board_csv_button)
        board_bar.addWidget(self.board_xlsx_button)
        board_bar.addWidget(self.board_pdf_button)
        board_layout.addLayout(board_bar)
        self.board_note = QLabel()
        self.board_note.setWordWrap(True)
        board_layout.addWidget(self.board_note)
        self.board_chart = BarChartWidget(tr("Board report section chart"))
        board_layout.addWidget(self.board_chart)
        self.board_model = RowsModel([])
        self.board_table = list_table(self.board_model, tr("Board report section"), 0, single=True)
        self.board_records = RecordsBehind(self, "board")
        board_layout.addWidget(_records_below(self.board_table, self.board_records), 1)
        board_layout.addWidget(QLabel(tr("Commentary on this section (printed under its table):")))
        self.commentary = QPlainTextEdit()
        self.commentary.setAccessibleName(tr("Commentary on this section"))
        self.commentary.setMaximumHeight(90)
        board_layout.addWidget(self.commentary)
        commentary_row = QHBoxLayout()
        self.save_commentary_button = QPushButton(tr("Save the co&mmentary"))
        commentary_row.addStretch(1)
        commentary_row.addWidget(self.save_commentary_button)
        board_layout.addLayout(commentary_row)
        self.commentaries: dict[str, str] = {}
        self.shown_section = ""
        self.save_commentary_button.clicked.connect(self.save_commentary)
        self.tabs.addTab(board_tab, tr("&Board report"))
        self.board_tables: list[Any] = []
        self.board_from.dateChanged.connect(lambda *_: self._load_board())
        self.board_to.dateChanged.connect(lambda *_: self._load_board())
        self.board_section.currentIndexChanged.connect(lambda *_: self._show_section())
        self.board_pdf_button.clicked.connect(lambda: self._save_board("pdf"))
        self.board_xlsx_button.clicked.connect(lambda: self._save_board("xlsx"))
        self.board_csv_button.clicked.connect(self.save_section_csv)

        self.quarter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.strict.toggled.connect(lambda *_: self.refresh())
        self.funnel_from.dateChanged.connect(lambda *_: self._load_funnel())
        self.funnel_to.dateChanged.connect(lambda *_: self._load_funnel())
        self.kpi_table.selectionModel().selectionChanged.connect(lambda *_: self._show_behind())
        self.kpi_pdf_button.clicked.connect(self.save_kpi_pdf)
        self.kpi_csv_button.clicked.connect(self.save_kpi_csv)
        self.funnel_pdf_button.clicked.connect(self.save_funnel_pdf)
        self.kpi_xlsx_button.clicked.connect(self.save_kpi_xlsx)
        self.funnel_xlsx_button.clicked.connect(self.save_funnel_xlsx)
        self.refresh()

    def _chosen(self) -> Quarter:
        return Quarter.parse(self.quarter.currentData())

    def refresh(self) -> None:
        db, actor, quarter, strict = self.session.db, self.session.actor, self._chosen(), self.strict.isChecked()
        self.run_latest("kpi10", lambda: kpi10.kpi10_report(db, actor, quarter, strict_consent=strict), self._show)
        self.run_latest(
            "comparison",
            lambda: kpi10.kpi10_comparison(db, actor, quarter, strict_consent=strict),
            self._show_comparison,
        )
        self.run_latest(
            "breakdowns", lambda: kpi10.kpi10_breakdowns(db, actor, quarter, strict_consent=strict), self._show_split
        )
        self._load_funnel()
        self._load_board()

    def _board_period(self) -> tuple[dt.date, dt.date]:
        start, end = self.board_from.date().toPython(), self.board_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return start, end

    def _load_board(self) -> None:
        """Every table of the board pack, one section at a time (Victims' Code, RJ, reparation, safety...)."""
        from rjdesk.services import board_pack

        db, actor = self.session.db, self.session.actor
        start, end = self._board_period()
        if end >= start:
            self.run_latest("board", lambda: board_pack.board_pack_document(db, actor, start, end), self._show_board)

    def _show_board(self, document: Any) -> None:
        chosen = self.board_section.currentText()
        self.board_tables = list(document.tables)
        self.commentaries = {table.title: table.commentary for table in self.board_tables}
        self.shown_section = ""
        self.board_section.blockSignals(True)
        self.board_section.clear()
        self.board_section.addItems([table.title for table in self.board_tables])
        self.board_section.blockSignals(False)
        titles = [table.title for table in self.board_tables]
        self.board_section.setCurrentIndex(titles.index(chosen) if chosen in titles else 0)
        self._show_section()

    def _show_section(self) -> None:
        index = self.board_section.currentIndex()
        if not 0 <= index < len(self.board_tables):
            return
        table = self.board_tables[index]
        if self.shown_section:  # keep what was typed for the section being left
            self.commentaries[self.shown_section] = self.commentary.toPlainText()
        self.shown_section = table.title
        self.commentary.setPlainText(self.commentaries.get(table.title, ""))
        self.board_model = RowsModel([Column(heading, _cell(i)) for i, heading in enumerate(table.header)])
        self.board_model.set_rows(list(table.rows))
        self.board_table.setModel(self.board_model)  # a new selection model: connect to it again
        self.board_table.selectionModel().selectionChanged.connect(lambda *_: self._open_board_figure())
        self.board_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.board_note.setText(table.note if table.rows else table.empty_text)
        self.board_chart.set_bars(
            [(str(row[0]), float(row[1]), str(row[1])) for row in table.rows if _is_count(row[1])],
            percent=False,
            empty_text=tr("This section has no counts to chart."),
        )
        self.board_records.clear(bool(table.behind))

    def _open_board_figure(self) -> None:
        index = self.board_section.currentIndex()
        rows = self.board_table.selectionModel().selectedRows()
        if not rows or not 0 <= index < len(self.board_tables):
            return
        table, row = self.board_tables[index], rows[0].row()
        if row < len(table.behind):
            self.board_records.show_for(str(table.rows[row][0]), table.behind[row])

    def save_section_csv(self) -> None:
        """The board-report section on screen as CSV (the same figures, suppression included)."""
        index = self.board_section.currentIndex()
        if not 0 <= index < len(self.board_tables):
            return
        table = self.board_tables[index]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.header)
        writer.writerows(table.rows)
        text = out.getvalue()
        start, end = self._board_period()
        self._save(tr("Save the section as CSV"), f"board-section-{start}-{end}.csv", "CSV (*.csv)", lambda: text)

    def save_commentary(self) -> None:
        """Save this run's commentary on every section (what was typed on each, kept while moving between them)."""
        from rjdesk.services import board_pack

        if self.shown_section:
            self.commentaries[self.shown_section] = self.commentary.toPlainText()
        db, actor, start, end = self.session.db, self.session.actor, *self._board_period()
        commentary = dict(self.commentaries)
        self.run(
            lambda: board_pack.save_commentary(db, actor, start, end, commentary),
            lambda _run: QMessageBox.information(
                self, self.title, tr("The commentary is saved with this period's report.")
            ),
            write=True,
        )

    def _save_board(self, kind: str) -> None:
        from rjdesk.services import board_pack

        db, actor = self.session.db, self.session.actor
        start, end = self._board_period()
        make = board_pack.board_pack_pdf if kind == "pdf" else board_pack.board_pack_xlsx
        pattern = "PDF (*.pdf)" if kind == "pdf" else tr("Excel workbook (*.xlsx)")
        self._save(
            tr("Save the board report"),
            f"board-report-{start}-{end}.{kind}",
            pattern,
            lambda: make(db, actor, start, end),
        )

    def _show(self, report: kpi10.Kpi10Report) -> None:
        self.result = report
        result = report.result
        chart = reports.kpi10_chart(result.measures)
        self.kpi_chart.set_bars(
            [(key, value, result.measures[key].text) for key, value in chart.bars],
            percent=True,
            empty_text=tr("No measure has a denominator this quarter."),
        )
        self.rule_label.setText(
            tr("{consent_rule} Engagement mapping version {mapping_version}. As of {date}.").format(
                consent_rule=tr_core(result.consent_rule),
                mapping_version=report.mapping_version,
                date=date_text(result.as_of),
            )
        )
        self.behind_model.set_rows([])
        self.behind_label.setText(
            tr("Choose a figure to see the records behind it.")
            if self.may_drill
            else tr("Figures only: the records behind them are for managers.")
        )

    def _show_comparison(self, comparison: kpi10.Comparison) -> None:
        def against(key: str) -> str:
            return "; ".join(f"{c.name} {c.percent:g}%" for c in comparison.comparators if c.measure == key)

        self.kpi_model.set_rows(
            [
                (key, measure, comparison.previous[key], comparison.last_year[key], against(key))
                for key, measure in comparison.current.items()
            ]
        )

    def set_comparators(self) -> None:
        from PySide6.QtWidgets import QDialog, QPlainTextEdit

        from ui.widgets.forms import FormDialog

        lines = QPlainTextEdit()
        lines.setPlaceholderText(tr("London, headline, 52"))
        db, actor = self.session.db, self.session.actor

        def work(values: dict[str, Any]) -> Any:
            comparators = []
            for line in filter(None, (text.strip() for text in values["lines"].splitlines())):
                name, _, rest = line.partition(",")
                measure, _, percent = rest.partition(",")
                try:
                    value = float(percent.strip().rstrip("%"))
                except ValueError:
                    value = -1.0  # refused by the service with the line's number
                comparators.append(kpi10.Comparator(name.strip(), measure.strip(), value))
            return lambda: kpi10.set_comparators(db, actor, comparators)

        dialog = FormDialog(
            self,
            tr("KPI 10 comparators"),
            [("lines", tr("&One per line — name, measure, percentage:"), lines)],
            work,
            note=tr("Published figures to set ours against, e.g. 'London, headline, 52'. Measures: ")
            + ", ".join(MEASURE_TEXT),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _show_split(self, split: kpi10.Breakdowns) -> None:
        self.split_label.setText(
            tr(
                "KPI 10 for {label} by the child's ethnicity, gender and age and by victim type. "
                "Counts from 1 to {value} show as <{threshold} (the service's small-number threshold, "
                "in Administration)."
            ).format(label=self._chosen().label, value=split.threshold - 1, threshold=split.threshold)
        )
        self.split_model.set_rows([(row, split.threshold) for row in split.rows])
        self.split_behind = split.behind
        self.split_records.clear(bool(split.behind))

    def _open_split_figure(self) -> None:
        rows = self.split_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.split_behind):
            row: BreakdownRow = self.split_model.row(rows[0].row())[0]
            self.split_records.show_for(f"{row.dimension}: {row.group}", self.split_behind[rows[0].row()])

    def _show_behind(self) -> None:
        rows = self.kpi_table.selectionModel().selectedRows()
        if not rows or self.result is None or not self.may_drill:
            return
        measure: tuple[str, Measure] = self.kpi_model.row(rows[0].row())
        behind = records_behind(self.result.result, measure[0])
        self.behind_label.setText(
            tr("{measure}: {behind} record(s) behind the figure {text}").format(
                measure=measure[0], behind=len(behind), text=measure[1].text
            )
        )
        self.behind_model.set_rows(behind)

    def _load_funnel(self) -> None:
        db, actor = self.session.db, self.session.actor
        start, end = self.funnel_from.date().toPython(), self.funnel_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)

        def show(found: reports.Funnel) -> None:
            steps = [(tr_core(reports.FUNNEL_STEPS[k]), v) for k, v in found.steps.items()]
            steps += [
                (tr("RJ activity: {kind}").format(kind=tr_core(ActivityKind(kind).label)), n)
                for kind, n in found.rj_activities.items()
                if n
            ]
            self.funnel_model.set_rows(steps)
            keys = [*found.steps, *(f"activity:{kind}" for kind, n in found.rj_activities.items() if n)]
            self.funnel_behind = [found.behind.get(key, ()) for key in keys] if found.behind else []
            self.funnel_records.clear(bool(found.behind))
            self.funnel_chart.set_bars(
                [(label, float(count), str(count)) for label, count in steps[: len(found.steps)]], percent=False
            )

        if end >= start:
            self.run_latest("funnel", lambda: reports.funnel(db, actor, start, end), show)

    def _open_funnel_figure(self) -> None:
        rows = self.funnel_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.funnel_behind):
            row = rows[0].row()
            self.funnel_records.show_for(str(self.funnel_model.row(row)[0]), self.funnel_behind[row])

    def _save(self, title: str, suggested: str, pattern: str, make: Any) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        if not path:
            return

        def write() -> Path:
            return write_whole(path, make())

        self.run(
            write, lambda target: QMessageBox.information(self, self.title, tr("Saved {target}.").format(target=target))
        )

    def save_kpi_pdf(self) -> None:
        db, actor, quarter, strict = self.session.db, self.session.actor, self._chosen(), self.strict.isChecked()
        self._save(
            tr("Save KPI 10 as PDF"),
            f"kpi10-{quarter.code}.pdf",
            "PDF (*.pdf)",
            lambda: reports.kpi10_pdf(db, actor, quarter, strict_consent=strict),
        )

    def save_kpi_xlsx(self) -> None:
        db, actor, quarter, strict = self.session.db, self.session.actor, self._chosen(), self.strict.isChecked()
        self._save(
            tr("Save KPI 10 as a workbook"),
            f"kpi10-{quarter.code}.xlsx",
            tr("Excel workbook (*.xlsx)"),
            lambda: reports.kpi10_xlsx(db, actor, quarter, strict_consent=strict),
        )

    def save_funnel_xlsx(self) -> None:
        db, actor = self.session.db, self.session.actor
        start, end = self.funnel_from.date().toPython(), self.funnel_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        self._save(
            tr("Save the funnel as a workbook"),
            f"victim-engagement-{start}-{end}.xlsx",
            tr("Excel workbook (*.xlsx)"),
            lambda: reports.funnel_xlsx(db, actor, start, end),
        )

    def save_kpi_csv(self) -> None:
        if self.result is None:
            return
        result = self.result.result
        text = kpi10.measures_csv(result)
        self._save(tr("Save KPI 10 as CSV"), f"kpi10-{result.quarter.code}.csv", "CSV (*.csv)", lambda: text)

    def save_funnel_pdf(self) -> None:
        db, actor = self.session.db, self.session.actor
        start, end = self.funnel_from.date().toPython(), self.funnel_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        self._save(
            tr("Save the funnel as PDF"),
            f"victim-engagement-{start}-{end}.pdf",
            "PDF (*.pdf)",
            lambda: reports.funnel_pdf(db, actor, start, end),
        )

    def printable_html(self) -> str | None:
        """Ctrl+P prints (with a preview) the table of the tab on screen."""
        tab = self.tabs.currentIndex()
        if tab == 1:
            return self.funnel_model.as_html_table(tr("Victim engagement"))
        if tab == 2:
            return self.split_model.as_html_table(tr("KPI 10 by characteristic"))
        if tab == 3:
            return self.board_model.as_html_table(self.board_section.currentText() or tr("Board report"))
        return self.kpi_model.as_html_table(tr("YJB KPI 10 — {label}").format(label=self._chosen().label))


class RecordsBehind(QWidget):
    """The records behind the figure chosen above: references, names where the role may see them, dates and
    statuses. Only roles with the case list get records with a report; others see a note instead."""

    def __init__(self, page: Page, name: str) -> None:
        super().__init__()
        self.page, self.name = page, name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.model = RowsModel(
            [
                Column(tr("Record"), lambda r: r.kind),
                Column(tr("Reference"), lambda r: r.reference),
                Column(tr("Name"), lambda r: r.name),
                Column(tr("Date"), lambda r: date_text(r.date) if r.date else ""),
                Column(tr("Detail"), lambda r: r.detail),
            ]
        )
        self.table = list_table(self.model, tr("Records behind the figure"), 4)
        layout.addWidget(self.table)

    def clear(self, may_open: bool) -> None:
        self.model.set_rows([])
        self.label.setText(
            tr("Choose a figure to see the records behind it.")
            if may_open
            else tr("Figures only: the records behind them are for managers.")
        )

    def show_for(self, figure: str, behind: Sequence[RecordRef]) -> None:
        db, actor, wanted = self.page.session.db, self.page.session.actor, list(behind)

        def show(lines: list[report_records.RecordLine]) -> None:
            self.label.setText(
                tr("{figure}: {lines} record(s) behind the figure.").format(figure=figure, lines=len(lines))
            )
            self.model.set_rows(lines)

        self.page.run_latest(
            f"records:{self.name}", lambda: report_records.records_behind_figure(db, actor, wanted), show
        )


def _records_below(table: QWidget, records: RecordsBehind) -> QSplitter:
    """A table of figures with the records behind the chosen one below it, the divider movable."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(table)
    split.addWidget(records)
    return split


def _is_count(value: object) -> bool:
    """A board-table cell that is a plain count (not "3 of 5", a mean or a suppressed "<5")."""
    return isinstance(value, int) or (isinstance(value, str) and value.isdigit())


def _cell(index: int) -> Any:
    """A column getter for the index-th value of a row (board tables are plain rows)."""
    return lambda row: str(row[index])  # a count of 0 shows as 0, not as an empty cell
