"""My day: the victim liaison officer's home — overdue, due today, due in the next five working days, for me
or the whole team; partner-held duties appear as "check / chase". One click to the victim and to recording
what meets the duty."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from rjdesk.rules.duties import HOLDER_LABELS, DutyCode, DutyStatus
from rjdesk.rules.permissions import Permission
from rjdesk.services import duties
from ui.appearance import alert_colour
from ui.i18n import date_text, tr, tr_core, tr_noop
from ui.models import Column, Index, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.tables import list_table

HORIZON_WORKING_DAYS = duties.MY_DAY_HORIZON


def when(duty: duties.DutyInfo, today: dt.date) -> str:
    action = duty.action_date
    if duty.is_overdue(today):
        return tr("Overdue ({days} days)").format(days=(today - action).days)
    if action == today:
        return tr("Due today")
    return date_text(action, "%a %d %b")


class DutiesModel(RowsModel):
    def __init__(self, today: dt.date) -> None:
        self.today = today
        super().__init__(
            [
                Column(tr("When"), lambda d: when(d, self.today)),
                Column(tr("Victim"), lambda d: f"{d.victim_reference} {d.victim_name}"),
                Column(tr("Duty"), lambda d: tr_core(d.title)),
                Column(
                    tr("Held by"),
                    lambda d: (
                        tr("YJS")
                        if not d.partner_held
                        else tr("{holder}: check / chase").format(holder=tr_core(HOLDER_LABELS.get(d.holder, d.holder)))
                    ),
                ),
                Column(
                    tr("Status"),
                    lambda d: (
                        tr_core(d.status.label)
                        + (tr(" until {date}").format(date=date_text(d.review_date, "%d %b")) if d.review_date else "")
                    ),
                ),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.rows):
            duty = self.rows[index.row()]
            if duty.is_overdue(self.today):
                return QBrush(alert_colour())
        return super().data(index, role)


class MyDayPage(Page):
    title = tr_noop("My day")
    own_counts_shown = Signal(int, int)  # overdue, due today — the officer's own, for the tray

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("my_day_counts")
        top.addWidget(self.counts, 1)
        self.team = QCheckBox(tr("Whole &team"))
        self.team.setAccessibleName(tr("Show the whole team's duties"))
        self.team.toggled.connect(lambda _: self.refresh())
        top.addWidget(self.team)
        self.cover_button = QPushButton(tr("Arrange &cover…"))
        self.cover_button.setVisible(session.actor.can(Permission.CASELOAD_ALLOCATE))
        self.cover_button.clicked.connect(self.arrange_cover)
        top.addWidget(self.cover_button)
        layout.addLayout(top)
        alerts_row = QHBoxLayout()
        self.alerts = QLabel()
        self.alerts.setObjectName("my_day_alerts")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("background: #b00020; color: white; padding: 6px;")
        self.acknowledge_button = QPushButton(tr("&Seen"))
        self.acknowledge_button.setAccessibleName(tr("Acknowledge the alerts"))
        self.acknowledge_button.clicked.connect(self.acknowledge_alerts)
        alerts_row.addWidget(self.alerts, 1)
        alerts_row.addWidget(self.acknowledge_button)
        layout.addLayout(alerts_row)
        self.reviews = QLabel()
        self.reviews.setObjectName("my_day_safety_reviews")
        self.reviews.setWordWrap(True)
        layout.addWidget(self.reviews)
        self.rj_reminders = QLabel()
        self.rj_reminders.setObjectName("my_day_rj_reminders")
        self.rj_reminders.setWordWrap(True)
        layout.addWidget(self.rj_reminders)
        self.shown_alerts: list[object] = []
        for widget in (self.alerts, self.acknowledge_button, self.reviews, self.rj_reminders):
            widget.hide()
        self.model = DutiesModel(dt.date.today())
        self.table = list_table(self.model, tr("Duties due"), 1, single=True)
        self.table.activated.connect(lambda _: self.open_victim())
        layout.addWidget(self.table)
        # A whole team can have tens of thousands of duties in the window: the soonest are listed first, and
        # the rest on request (the counts above are always whole).
        more_row = QHBoxLayout()
        self.partial = QLabel()
        self.partial.setObjectName("my_day_partial")
        self.show_all_button = QPushButton(tr("Show &all"))
        self.show_all_button.setAccessibleName(tr("List every duty in the window, not only the soonest"))
        self.show_all_button.clicked.connect(lambda: self.refresh(everything=True))
        more_row.addWidget(self.partial, 1)
        more_row.addWidget(self.show_all_button)
        layout.addLayout(more_row)
        self.partial.hide()
        self.show_all_button.hide()
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open victim"))
        self.record_button = QPushButton(tr("&Record what meets it…"))
        self.met_button = QPushButton(tr("Mark &met…"))
        self.defer_button = QPushButton(tr("&Defer or waive…"))
        for button in (self.open_button, self.record_button, self.met_button, self.defer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_victim)
        self.record_button.clicked.connect(self.record_for_duty)
        self.met_button.clicked.connect(self.mark_met)
        self.defer_button.clicked.connect(self.defer_or_waive)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    def selected(self) -> duties.DutyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        duty = self.selected()
        for button in (self.open_button, self.record_button, self.met_button, self.defer_button):
            button.setEnabled(duty is not None)

    def refresh(self, *, everything: bool = False) -> None:
        db, actor, team = self.session.db, self.session.actor, self.team.isChecked()
        today = dt.date.today()
        from rjdesk.services import safety

        horizon = today + dt.timedelta(days=7)
        self.run_latest("alerts", lambda: safety.my_alerts(db, actor), self._show_alerts)
        self.run_latest("reviews", lambda: safety.reviews_due(db, actor, horizon), self._show_reviews)
        if actor.can(Permission.RJ_VIEW):
            from rjdesk.services import rj

            self.run_latest("rj", lambda: rj.my_rj_reminders(db, actor, today), self._show_rj_reminders)
        limit = None if everything else duties.MY_DAY_ROWS
        self.run_latest(
            "duties",
            lambda: duties.my_day(db, actor, team=team, today=today, limit=limit),
            lambda day: self._show(day, today),
        )

    def _show_alerts(self, alerts: list[object]) -> None:
        self.shown_alerts = alerts
        self.alerts.setText("<br>".join(f"⚠ {escape(a.message)}" for a in alerts))  # type: ignore[attr-defined]
        self.alerts.setVisible(bool(alerts))
        self.acknowledge_button.setVisible(bool(alerts))

    def _show_reviews(self, reviews: list[object]) -> None:
        items = ", ".join(
            f"{r.victim_reference} {escape(r.victim_name)} ({date_text(r.review_date, '%a %d %b')})"  # type: ignore[attr-defined]
            for r in reviews
        )
        self.reviews.setText(tr("<b>Safety plan reviews due:</b> {items}").format(items=items) if reviews else "")
        self.reviews.setVisible(bool(reviews))

    def _show_rj_reminders(self, reminders: object) -> None:
        from rjdesk.services.rj import RjReminders

        assert isinstance(reminders, RjReminders)
        parts = [
            tr("{case}: {item} (due {date})").format(
                case=i.child_cms_ref, item=escape(i.description), date=date_text(i.due_on, "%d %b")
            )
            for i in reminders.overdue_items
        ]
        text = tr("<b>RJ agreement items overdue:</b> {items}").format(items="; ".join(parts)) if parts else ""
        if reminders.supervision_due_on is not None:
            state = (
                tr("<b>Your RJ supervision is overdue since</b> {date}")
                if reminders.supervision_overdue
                else tr("<b>Your RJ supervision is due by</b> {date}")
            )
            text += ("<br>" if text else "") + state.format(date=date_text(reminders.supervision_due_on))
        self.rj_reminders.setText(text)
        self.rj_reminders.setVisible(reminders.any)

    def acknowledge_alerts(self) -> None:
        from rjdesk.services import safety

        db, actor, ids = self.session.db, self.session.actor, [a.id for a in self.shown_alerts]  # type: ignore[attr-defined]

        def acknowledge() -> None:
            for alert_id in ids:
                safety.acknowledge_alert(db, actor, alert_id)

        self.run(acknowledge, lambda _: self.refresh(), write=True)

    def _show(self, day: duties.DayList, today: dt.date) -> None:
        self.model.today = today
        self.model.set_rows(day.duties)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self.counts.setText(
            tr(
                "<b>{overdue}</b> overdue · <b>{today}</b> due today · <b>{upcoming}</b> in the next "
                "{days} working days"
            ).format(overdue=day.overdue, today=day.due_today, upcoming=day.upcoming, days=HORIZON_WORKING_DAYS)
            + (tr(" · {count} to check or chase").format(count=day.to_chase) if day.to_chase else "")
        )
        if not self.team.isChecked():
            self.own_counts_shown.emit(day.overdue, day.due_today)
        self.partial.setText(
            tr("Showing the {shown} soonest of {total} duties.").format(
                shown=f"{len(day.duties):,}", total=f"{day.total:,}"
            )
        )
        self.partial.setVisible(not day.complete)
        self.show_all_button.setVisible(not day.complete)
        self._update_buttons()

    def open_victim(self) -> None:
        duty = self.selected()
        if duty is not None:
            from ui.victim_window import open_victim_window

            open_victim_window(self, duty.victim_id)

    def record_for_duty(self) -> None:
        duty = self.selected()
        if duty is None:
            return
        if duty.code == DutyCode.PRIORITY_TRIAGE:
            from ui.casework import TriageDialog

            dialog: QDialog = TriageDialog(self, duty.victim_id)
        else:
            from ui.casework import RecordContactDialog

            dialog = RecordContactDialog(self, duty.victim_id, duty.child_id, for_duty=duty.code)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def mark_met(self) -> None:
        duty = self.selected()
        if duty is not None:
            from ui.casework import MeetDutyDialog

            if MeetDutyDialog(self, duty).exec() == QDialog.DialogCode.Accepted:
                self.refresh()

    def defer_or_waive(self) -> None:
        duty = self.selected()
        if duty is not None and duty.status in (DutyStatus.OPEN, DutyStatus.DEFERRED):
            from ui.casework import DutyDecisionDialog

            if DutyDecisionDialog(self, duty).exec() == QDialog.DialogCode.Accepted:
                self.refresh()

    def arrange_cover(self) -> None:
        from rjdesk.services import caseload
        from ui.casework import CoverDialog

        db, actor = self.session.db, self.session.actor

        def ask(workers: list[caseload.Worker]) -> None:
            if CoverDialog(self, workers).exec() == QDialog.DialogCode.Accepted:
                self.refresh()

        self.run(lambda: caseload.list_workers(db, actor), ask)

    def printable_html(self) -> str | None:
        return self.model.as_html_table(tr(self.title))

    can_print = True
