"""The disclosure log for managers: every sharing of victim information outside the service, with recipient,
lawful basis and reason, for a period; exported as CSV for the data protection officer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from rjdesk.files import write_whole
from rjdesk.services import disclosures
from ui.casework import date_edit, date_of
from ui.i18n import date_text, tr, tr_noop
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
        self.start.setAccessibleName(tr("From"))
        self.end.setAccessibleName(tr("To"))
        self.export_button = QPushButton(tr("E&xport CSV…"))
        for label, edit in ((QLabel(tr("From:")), self.start), (QLabel(tr("To:")), self.end)):
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model = RowsModel(
            [
                Column(tr("Date"), lambda d: date_text(d.disclosed_on)),
                Column(tr("Disclosed to"), lambda d: d.recipient_kind_label),
                Column(tr("Recipient"), lambda d: d.recipient),
                Column(tr("Lawful basis"), lambda d: d.lawful_basis),
                Column(tr("Reason"), lambda d: d.reason),
                Column(tr("What"), lambda d: d.what or ""),
                Column(tr("Victim"), lambda d: d.victim_reference or "—"),
                Column(tr("Case"), lambda d: d.child_cms_ref or "—"),
                Column(tr("Recorded by"), lambda d: d.recorded_by),
            ]
        )
        self.table = list_table(self.model, tr("Disclosures"), 4)
        layout.addWidget(self.table)
        self.start.dateChanged.connect(lambda *_: self.refresh())
        self.end.dateChanged.connect(lambda *_: self.refresh())
        self.export_button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        db, actor, start, end = self.session.db, self.session.actor, date_of(self.start), date_of(self.end)
        self.run_latest("log", lambda: disclosures.disclosure_report(db, actor, start, end), self.model.set_rows)

    def printable_html(self) -> str | None:
        return self.model.as_html_table(
            tr("Disclosures {start} to {end}").format(
                start=f"{date_of(self.start):%d/%m/%Y}", end=f"{date_of(self.end):%d/%m/%Y}"
            )
        )

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the disclosure log"), "disclosures.csv", "CSV (*.csv)")
        if path:
            text = disclosures.disclosures_csv(list(self.model.rows))
            self.run(lambda: write_whole(path, text), lambda _target: None)
