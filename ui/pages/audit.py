"""The audit trail for managers: every view and change, filtered by user, kind of record, record and date;
exported as CSV; the hash chain verified with the result shown on the page. The disclosure log is the page
beside it in the sidebar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from rjdesk.files import write_whole
from rjdesk.services import audit_log
from ui.casework import date_edit, date_of
from ui.i18n import tr, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table


class AuditPage(Page):
    title = tr_noop("Audit")
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        filters = QFormLayout()
        dates = QHBoxLayout()
        self.start = date_edit(dt.date.today() - dt.timedelta(days=7))
        self.end = date_edit()
        self.start.setAccessibleName(tr("From"))
        self.end.setAccessibleName(tr("To"))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        filters.addRow(tr("From:"), dates)
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("Any user (type part of a user name)"))
        filters.addRow(tr("&User:"), self.user)
        self.entity = QComboBox()
        self.entity.setAccessibleName(tr("Kind of record"))
        self.entity.addItem(tr("Any kind of record"), "")
        filters.addRow(tr("&Kind of record:"), self.entity)
        self.record = QLineEdit()
        self.record.setPlaceholderText(tr("A victim's reference (V000123) or a record's number"))
        filters.addRow(tr("&Record:"), self.record)
        layout.addLayout(filters)
        bar = QHBoxLayout()
        self.search_button = QPushButton(tr("&Search"))
        self.search_button.setDefault(True)
        self.verify_button = QPushButton(tr("Ver&ify the audit trail"))
        self.export_button = QPushButton(tr("E&xport CSV…"))
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.verdict = QLabel(tr("The audit trail has not been verified in this session."))
        self.verdict.setObjectName("audit_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsModel(
            [
                Column(tr("When (UTC)"), lambda e: e.occurred_at.strftime("%d/%m/%Y %H:%M:%S")),
                Column(tr("User"), lambda e: e.actor),
                Column(tr("Action"), lambda e: e.action),
                Column(tr("Kind of record"), lambda e: e.entity),
                Column(tr("Record"), lambda e: e.entity_id),
                Column(tr("Details"), lambda e: e.details),
            ]
        )
        self.table = list_table(self.model, tr("Audit trail"), 5)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.record.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self._load_kinds()
        self.refresh()

    def _load_kinds(self) -> None:
        db, actor = self.session.db, self.session.actor

        def show(kinds: list[str]) -> None:
            chosen = self.entity.currentData()
            self.entity.clear()
            self.entity.addItem(tr("Any kind of record"), "")
            for kind in kinds:
                self.entity.addItem(kind.replace("_", " "), kind)
            self.entity.setCurrentIndex(max(0, self.entity.findData(chosen)))

        self.run(lambda: audit_log.audit_kinds(db, actor), show)

    def _filter(self) -> audit_log.AuditFilter:
        return audit_log.AuditFilter(
            date_of(self.start),
            date_of(self.end),
            self.user.text(),
            self.entity.currentData() or "",
            self.record.text(),
        )

    def refresh(self) -> None:
        db, actor, wanted = self.session.db, self.session.actor, self._filter()

        def show(lines: list[audit_log.AuditLine]) -> None:
            self.model.set_rows(lines)
            limit = audit_log.AUDIT_PAGE_LIMIT
            self.count.setText(
                tr("{count} entries (the newest {limit}: narrow the filters to see older ones).").format(
                    count=len(lines), limit=limit
                )
                if len(lines) >= limit
                else tr("{count} entries.").format(count=len(lines))
            )

        self.run_latest("audit", lambda: audit_log.search_audit(db, actor, wanted), show)

    def verify(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.verdict.setText(tr("Verifying the audit trail…"))
        self.verify_button.setEnabled(False)

        def show(check: audit_log.ChainCheck) -> None:
            self.verify_button.setEnabled(True)
            mark = "✔" if check.ok else "✖"
            checked = tr("(checked {when})").format(when=f"{dt.datetime.now():%d/%m/%Y %H:%M}")
            self.verdict.setText(f"{mark} {check.message} {checked}")
            self.verdict.setStyleSheet("" if check.ok else "color: #b00020; font-weight: bold;")

        self.run(lambda: audit_log.verify_audit(db, actor), show)

    def export(self) -> None:
        lines = list(self.model.rows)
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export the audit entries"), "audit.csv", "CSV (*.csv)")
        if not path:
            return

        def write() -> Path:
            return write_whole(path, audit_log.audit_csv(lines))

        self.run(
            write,
            lambda target: QMessageBox.information(self, tr(self.title), tr("Saved to {path}.").format(path=target)),
        )

    def printable_html(self) -> str | None:
        return self.model.as_html_table(
            tr("Audit trail {start} to {end}").format(
                start=f"{date_of(self.start):%d/%m/%Y}", end=f"{date_of(self.end):%d/%m/%Y}"
            )
        )
