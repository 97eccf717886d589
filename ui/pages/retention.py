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
from ui.i18n import tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import WorkingDialog
from ui.widgets.tables import list_table


def _day(value: dt.date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"


class KeepLongerDialog(WorkingDialog):
    def __init__(self, page: RetentionPage, item: retention.ReviewItem) -> None:
        super().__init__(page, f"Keep {item.reference} longer")
        self.item = item
        self.until = date_edit(dt.date.today() + dt.timedelta(days=365))
        self.until.setAccessibleName("Keep until")
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Why the record is kept")
        self.reason.setPlaceholderText("e.g. a civil claim is pending; the victim asked for it to be kept")
        self.errors.add_row(self.form, "Keep &until:", "keep_until", self.until)
        self.errors.add_row(self.form, "&Why:", "reason", self.reason)
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
                Column("Reference", lambda i: i.reference),
                Column("Name", lambda i: i.display_name),
                Column("Last order ended", lambda i: _day(i.last_order_end)),
                Column("Last contact", lambda i: _day(i.last_contact)),
                Column("Review due", lambda i: _day(i.review_date)),
                Column("Was kept until", lambda i: _day(i.kept_until)),
            ]
        )
        self.due_table = list_table(self.due_model, "Records due for review", 1, single=True)
        review_layout.addWidget(self.due_table)
        self.count = QLabel()
        self.count.setObjectName("retention_count")
        review_layout.addWidget(self.count)
        row = QHBoxLayout()
        self.keep_button = QPushButton("&Keep longer…")
        self.destroy_button = QPushButton("Destr&oy the record…")
        self.destroy_button.setToolTip("Irreversible: the record and everything about it are destroyed")
        row.addWidget(self.keep_button)
        row.addWidget(self.destroy_button)
        row.addStretch(1)
        review_layout.addLayout(row)
        self.tabs.addTab(review, "&Due for review")

        self.log_model = RowsModel(
            [
                Column("Destroyed", lambda d: d.destroyed_at.strftime("%d %b %Y %H:%M")),
                Column("Record", lambda d: f"{d.record_type} no. {d.record_id}"),
                Column("Review was due", lambda d: _day(d.review_date)),
                Column("Policy", lambda d: f"{d.policy_years} years"),
                Column("Rows destroyed", lambda d: str(sum(d.rows.values()))),
                Column("Audit entries redacted", lambda d: str(d.audit_entries_redacted)),
                Column("By", lambda d: d.destroyed_by),
            ]
        )
        self.log_table = list_table(self.log_model, "Destruction log", 6)
        self.log_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.log_table, "Destruction &log")
        self.keep_button.clicked.connect(self.keep_longer)
        self.destroy_button.clicked.connect(self.destroy_record)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run_latest("policy", lambda: retention.retention_policy(db, actor), self._show_policy)
        self.run_latest("due", lambda: retention.review_list(db, actor), self._show_due)
        self.run_latest("log", lambda: retention.destruction_log(db, actor), self.log_model.set_rows)

    def _show_policy(self, policy: retention.RetentionPolicy) -> None:
        self.policy.setText(f"{policy.describe()} An administrator sets the number of years.")

    def _show_due(self, items: list[retention.ReviewItem]) -> None:
        self.due_model.set_rows(items)
        self.count.setText(
            f"{len(items)} record{'s' if len(items) != 1 else ''} due for review." if items else "Nothing is due."
        )

    def _chosen(self) -> retention.ReviewItem | None:
        rows = self.due_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title, "Choose a record in the list first.")
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
            "Destroy the record",
            f"This destroys {item.reference} and everything about this person — contacts, consent, views, "
            "documents, RJ work — for good. The audit trail keeps who did what, without the details.\n\n"
            f"Type the reference {item.reference} to confirm:",
        )
        if not ok:
            return
        if typed.strip().upper() != item.reference.upper():
            QMessageBox.warning(self, self.title, "The reference typed does not match: nothing was destroyed.")
            return
        db, actor = self.session.db, self.session.actor

        def done(record: retention.DestructionRecord) -> None:
            QMessageBox.information(
                self,
                self.title,
                f"Destroyed: {sum(record.rows.values())} rows; {record.audit_entries_redacted} audit entries "
                "redacted. The destruction log records it.",
            )
            self.refresh()

        self.run(lambda: retention.destroy_victim(db, actor, item.victim_id), done, write=True)

    def printable_html(self) -> str | None:
        return self.log_model.as_html_table("Destruction log")
