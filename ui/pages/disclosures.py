"""The disclosure log for managers: every sharing of victim information outside the service, with recipient,
lawful basis and reason, for a period; exported as CSV for the data protection officer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from rjdesk.files import write_whole
from rjdesk.services import disclosures
from ui.casework import date_edit, date_of
from ui.i18n import tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table


class DisclosuresPage(Page):
    title = tr_noop("Disclosures")
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.start = date_edit(dt.date.today() - dt.timedelta(days=90))
        self.end = date_edit()
        self.start.setAccessibleName("From")
        self.end.setAccessibleName("To")
        self.export_button = QPushButton("E&xport CSV…")
        bar.addWidget(QLabel("From:"))
        bar.addWidget(self.start)
        bar.addWidget(QLabel("To:"))
        bar.addWidget(self.end)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model = RowsModel(
            [
                Column("Date", lambda d: d.disclosed_on.strftime("%d %b %Y")),
                Column("To", lambda d: d.recipient_kind_label),
                Column("Recipient", lambda d: d.recipient),
                Column("Lawful basis", lambda d: d.lawful_basis),
                Column("Reason", lambda d: d.reason),
                Column("What", lambda d: d.what or ""),
                Column("Victim", lambda d: d.victim_reference or "—"),
                Column("Case", lambda d: d.child_cms_ref or "—"),
                Column("Recorded by", lambda d: d.recorded_by),
            ]
        )
        self.table = list_table(self.model, "Disclosures", 4)
        layout.addWidget(self.table)
        self.start.dateChanged.connect(lambda *_: self.refresh())
        self.end.dateChanged.connect(lambda *_: self.refresh())
        self.export_button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        db, actor, start, end = self.session.db, self.session.actor, date_of(self.start), date_of(self.end)
        self.run_latest("log", lambda: disclosures.disclosure_report(db, actor, start, end), self.model.set_rows)

    def printable_html(self) -> str | None:
        return self.model.as_html_table(f"Disclosures {date_of(self.start):%d %b %Y} to {date_of(self.end):%d %b %Y}")

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the disclosure log", "disclosures.csv", "CSV (*.csv)")
        if path:
            text = disclosures.disclosures_csv(list(self.model.rows))
            self.run(lambda: write_whole(path, text), lambda _target: None)
