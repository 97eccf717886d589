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
from ui.i18n import tr_noop
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
        self.start.setAccessibleName("From")
        self.end.setAccessibleName("To")
        dates.addWidget(self.start)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        filters.addRow("From:", dates)
        self.user = QLineEdit()
        self.user.setPlaceholderText("Any user (type part of a user name)")
        filters.addRow("&User:", self.user)
        self.entity = QComboBox()
        self.entity.setAccessibleName("Kind of record")
        self.entity.addItem("Any kind of record", "")
        filters.addRow("&Kind of record:", self.entity)
        self.record = QLineEdit()
        self.record.setPlaceholderText("A victim's reference (V000123) or a record's number")
        filters.addRow("&Record:", self.record)
        layout.addLayout(filters)
        bar = QHBoxLayout()
        self.search_button = QPushButton("&Search")
        self.search_button.setDefault(True)
        self.verify_button = QPushButton("Ver&ify the audit trail")
        self.export_button = QPushButton("E&xport CSV…")
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.verdict = QLabel("The audit trail has not been verified in this session.")
        self.verdict.setObjectName("audit_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsModel(
            [
                Column("When (UTC)", lambda e: e.occurred_at.strftime("%d %b %Y %H:%M:%S")),
                Column("User", lambda e: e.actor),
                Column("Action", lambda e: e.action),
                Column("Kind of record", lambda e: e.entity),
                Column("Record", lambda e: e.entity_id),
                Column("Details", lambda e: e.details),
            ]
        )
        self.table = list_table(self.model, "Audit trail", 5)
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
            self.entity.addItem("Any kind of record", "")
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
            more = f" (the newest {limit}: narrow the filters to see older ones)" if len(lines) >= limit else ""
            self.count.setText(f"{len(lines)} entries{more}.")

        self.run_latest("audit", lambda: audit_log.search_audit(db, actor, wanted), show)

    def verify(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.verdict.setText("Verifying the audit trail…")
        self.verify_button.setEnabled(False)

        def show(check: audit_log.ChainCheck) -> None:
            self.verify_button.setEnabled(True)
            mark = "✔" if check.ok else "✖"
            self.verdict.setText(f"{mark} {check.message} (checked {dt.datetime.now():%d %b %Y %H:%M})")
            self.verdict.setStyleSheet("" if check.ok else "color: #b00020; font-weight: bold;")

        self.run(lambda: audit_log.verify_audit(db, actor), show)

    def export(self) -> None:
        lines = list(self.model.rows)
        path, _filter = QFileDialog.getSaveFileName(self, "Export the audit entries", "audit.csv", "CSV (*.csv)")
        if not path:
            return

        def write() -> Path:
            return write_whole(path, audit_log.audit_csv(lines))

        self.run(write, lambda target: QMessageBox.information(self, self.title, f"Saved {target}."))

    def printable_html(self) -> str | None:
        return self.model.as_html_table(f"Audit trail {date_of(self.start):%d %b %Y} to {date_of(self.end):%d %b %Y}")
