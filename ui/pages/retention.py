"""Retention (managers): the victim records due for review under the service's policy, keeping one longer with
a reason, destroying one (confirmed by typing its reference), and the destruction log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.services import retention
from ui.casework import date_edit, date_of
from ui.i18n import date_text, tr, tr_code, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import WorkingDialog
from ui.widgets.tables import list_table


def _day(value: dt.date | None) -> str:
    return date_text(value) if value else "—"


class KeepLongerDialog(WorkingDialog):
    def __init__(self, page: RetentionPage, item: retention.ReviewItem) -> None:
        super().__init__(page, tr("Keep {reference} longer").format(reference=item.reference))
        self.item = item
        self.until = date_edit(dt.date.today() + dt.timedelta(days=365))
        self.until.setAccessibleName(tr("Keep until"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Why the record is kept"))
        self.reason.setPlaceholderText(tr("e.g. a civil claim is pending; the victim asked for it to be kept"))
        self.errors.add_row(self.form, tr("Keep &until:"), "keep_until", self.until)
        self.errors.add_row(self.form, tr("&Why:"), "reason", self.reason)
        self.finish_layout()

    def work(self) -> Any:
        db, actor = self.page.session.db, self.page.session.actor
        victim_id, until, reason = self.item.victim_id, date_of(self.until), self.reason.text()
        return lambda: retention.keep_longer(db, actor, victim_id, until, reason)


class RetentionPage(Page):
    title = tr_noop("Retention")
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        self.policy = QLabel()
        self.policy.setObjectName("retention_policy")
        self.policy.setWordWrap(True)
        layout.addWidget(self.policy)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        review = QWidget()
        review_layout = QVBoxLayout(review)
        self.due_model = RowsModel(
            [
                Column(tr("Reference"), lambda i: i.reference),
                Column(tr("Name"), lambda i: i.display_name),
                Column(tr("Last order ended"), lambda i: _day(i.last_order_end)),
                Column(tr("Last contact"), lambda i: _day(i.last_contact)),
                Column(tr("Review due"), lambda i: _day(i.review_date)),
                Column(tr("Was kept until"), lambda i: _day(i.kept_until)),
            ]
        )
        self.due_table = list_table(self.due_model, tr("Records due for review"), 1, single=True)
        review_layout.addWidget(self.due_table)
        self.count = QLabel()
        self.count.setObjectName("retention_count")
        review_layout.addWidget(self.count)
        row = QHBoxLayout()
        self.keep_button = QPushButton(tr("&Keep longer…"))
        self.destroy_button = QPushButton(tr("Destr&oy the record…"))
        self.destroy_button.setToolTip(tr("Irreversible: the record and everything about it are destroyed"))
        row.addWidget(self.keep_button)
        row.addWidget(self.destroy_button)
        row.addStretch(1)
        review_layout.addLayout(row)
        self.tabs.addTab(review, tr("&Due for review"))

        self.log_model = RowsModel(
            [
                Column(tr("Destroyed"), lambda d: date_text(d.destroyed_at, "%d %b %Y %H:%M")),
                Column(
                    tr("Record"),
                    lambda d: tr("{kind} no. {number}").format(kind=tr_code(d.record_type), number=d.record_id),
                ),
                Column(tr("Review was due"), lambda d: _day(d.review_date)),
                Column(tr("Policy"), lambda d: tr("{years} years").format(years=d.policy_years)),
                Column(tr("Rows destroyed"), lambda d: str(sum(d.rows.values()))),
                Column(tr("Audit entries redacted"), lambda d: str(d.audit_entries_redacted)),
                Column(tr("By"), lambda d: d.destroyed_by),
            ]
        )
        self.log_table = list_table(self.log_model, tr("Destruction log"), 6)
        self.log_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.log_table, tr("Destruction &log"))
        self.keep_button.clicked.connect(self.keep_longer)
        self.destroy_button.clicked.connect(self.destroy_record)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run_latest("policy", lambda: retention.retention_policy(db, actor), self._show_policy)
        self.run_latest("due", lambda: retention.review_list(db, actor), self._show_due)
        self.run_latest("log", lambda: retention.destruction_log(db, actor), self.log_model.set_rows)

    def _show_policy(self, policy: retention.RetentionPolicy) -> None:
        self.policy.setText(
            tr(
                "Victim records are reviewed {years} years after the later of the end of the last linked order "
                "and the last contact. An administrator sets the number of years."
            ).format(years=policy.victim_years)
        )

    def _show_due(self, items: list[retention.ReviewItem]) -> None:
        self.due_model.set_rows(items)
        self.count.setText(
            tr("Records due for review: {count}.").format(count=len(items)) if items else tr("Nothing is due.")
        )

    def _chosen(self) -> retention.ReviewItem | None:
        rows = self.due_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title, tr("Choose a record in the list first."))
            return None
        item: retention.ReviewItem = self.due_model.row(rows[0].row())
        return item

    def keep_longer(self) -> None:
        item = self._chosen()
        if item is not None and KeepLongerDialog(self, item).exec():
            self.refresh()

    def destroy_record(self) -> None:
        item = self._chosen()
        if item is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            tr("Destroy the record"),
            tr(
                "This destroys {reference} and everything about this person — contacts, consent, views, "
                "documents, RJ work — for good. The audit trail keeps who did what, without the details.\n\n"
                "Type the reference {reference} to confirm:"
            ).format(reference=item.reference),
        )
        if not ok:
            return
        if typed.strip().upper() != item.reference.upper():
            QMessageBox.warning(self, self.title, tr("The reference typed does not match: nothing was destroyed."))
            return
        db, actor = self.session.db, self.session.actor

        def done(record: retention.DestructionRecord) -> None:
            QMessageBox.information(
                self,
                self.title,
                tr("Destroyed: {rows} rows; {entries} audit entries redacted. The destruction log records it.").format(
                    rows=sum(record.rows.values()), entries=record.audit_entries_redacted
                ),
            )
            self.refresh()

        self.run(lambda: retention.destroy_victim(db, actor, item.victim_id), done, write=True)

    def printable_html(self) -> str | None:
        return self.log_model.as_html_table(tr("Destruction log"))
