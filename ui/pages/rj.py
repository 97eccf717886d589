"""Restorative justice: the pipeline by stage, orders still to screen, the conference calendar, overdue
agreement items and the facilitators' compliance. A process opens in its own window (ui/rj_window.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.rules import labels
from rjdesk.rules.permissions import Permission
from rjdesk.rules.rj import SENSITIVE_OFFENCE_KINDS, ActivityKind, Stage
from rjdesk.services import rj
from rjdesk.services.victim_record import ChildCase, list_child_cases
from ui.casework import combo, date_edit
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop, yes_no
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import FormDialog
from ui.widgets.tables import list_table


def conference_time(conference: rj.ConferenceInfo) -> str:
    starts, ends = conference.starts_at.astimezone(), conference.ends_at.astimezone()  # shown in local time
    return f"{starts:%a %d %b %Y %H:%M}–{ends:%H:%M}"


class RjPage(Page):
    title = tr_noop("Restorative justice")
    can_create = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        pipeline = QWidget()
        pipeline_layout = QVBoxLayout(pipeline)
        bar = QHBoxLayout()
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(tr("All open stages"), None)
        for stage in Stage:
            self.stage_filter.addItem(tr_core(stage.label), stage.value)
        self.stage_filter.setAccessibleName(tr("Stage"))
        self.refer_button = QPushButton(tr("&Refer for RJ…"))
        self.open_button = QPushButton(tr("&Open"))
        bar.addWidget(QLabel(tr("Stage:")))
        bar.addWidget(self.stage_filter)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.refer_button)
        pipeline_layout.addLayout(bar)
        self.model = RowsModel(
            [
                Column(tr("Stage"), lambda p: tr_core(p.stage.label) + (tr(" — paused") if p.paused_reason else "")),
                Column(tr("Case"), lambda p: p.child_cms_ref),
                Column(tr("Child"), lambda p: p.child_name),
                Column(tr("Victim"), lambda p: f"{p.victim_reference} {p.victim_name}"),
                Column(tr("Referred"), lambda p: date_text(p.opened_on)),
                Column(tr("Sensitive"), lambda p: (p.sensitive_kind or "").replace("_", " ")),
            ]
        )
        self.table = list_table(self.model, tr("RJ processes"), 3, single=True)
        pipeline_layout.addWidget(self.table)
        self.tabs.addTab(pipeline, tr("&Pipeline"))

        screening = QWidget()
        screening_layout = QVBoxLayout(screening)
        self.unscreened_model = RowsModel(
            [
                Column(tr("Flag"), lambda u: tr("⚠ decision near") if u.flagged else ""),
                Column(tr("Case"), lambda u: u.child_cms_ref),
                Column(tr("Child"), lambda u: u.child_name),
                Column(tr("Order"), lambda u: tr_code(u.disposal_type)),
                Column(tr("Decision / panel"), lambda u: date_text(u.decision_date) if u.decision_date else "—"),
            ]
        )
        self.unscreened_table = list_table(self.unscreened_model, tr("Orders to screen"), 2, single=True)
        screening_layout.addWidget(self.unscreened_table)
        self.screen_button = QPushButton(tr("Scree&n the selected order…"))
        screening_layout.addWidget(self.screen_button)
        self.tabs.addTab(screening, tr("&Screening"))

        self.conferences_model = RowsModel(
            [
                Column(tr("When"), conference_time),
                Column(tr("Case"), lambda c: c.child_cms_ref),
                Column(tr("Kind"), lambda c: tr_core(ActivityKind(c.kind).label)),
                Column(tr("Venue"), lambda c: ", ".join(filter(None, (c.venue, c.venue_postcode)))),
                Column(tr("Status"), lambda c: c.status),
            ]
        )
        self.conferences_table = list_table(self.conferences_model, tr("Conferences"), 3)
        calendar_tab = QWidget()
        calendar_layout = QHBoxLayout(calendar_tab)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(tr("Conference calendar"))
        days = self.calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
        if days is not None:  # the grid of days takes the keyboard focus: a screen reader names it too
            days.setAccessibleName(tr("Conference calendar days"))
        year = self.calendar.findChild(QAbstractSpinBox, "qt_calendar_yearedit")
        if year is not None:
            year.setAccessibleName(tr("Year"))
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar_layout.addWidget(self.calendar)
        week_box = QVBoxLayout()
        self.week_label = QLabel()
        week_box.addWidget(self.week_label)
        week_box.addWidget(self.conferences_table, 1)
        self.preparations_model = RowsModel(
            [
                Column(tr("On"), lambda m: date_text(m.met_on, "%a %d %b")),
                Column(tr("Case"), lambda m: m.child_cms_ref),
                Column(tr("With"), lambda m: f"{m.participant_name} ({rj.PARTICIPANT_ROLES.get(m.role, m.role)})"),
                Column(tr("Recorded by"), lambda m: m.recorded_by),
            ]
        )
        week_box.addWidget(QLabel(tr("Preparation meetings")))
        self.preparations_table = list_table(self.preparations_model, tr("Preparation meetings"), 2)
        week_box.addWidget(self.preparations_table, 1)
        calendar_layout.addLayout(week_box, 1)
        self.tabs.addTab(calendar_tab, tr("&Calendar"))
        self.booked_days: list[dt.date] = []
        self.calendar.selectionChanged.connect(self._load_week)
        self.calendar.currentPageChanged.connect(lambda *_: self._load_month())

        self.items_model = RowsModel(
            [
                Column(tr("Due"), lambda i: date_text(i.due_on)),
                Column(tr("Case"), lambda i: i.child_cms_ref),
                Column(tr("Item"), lambda i: f"{tr_core(rj.ITEM_KINDS.get(i.kind, i.kind))}: {i.description}"),
                Column(tr("Owner"), lambda i: i.owner),
            ]
        )
        self.tabs.addTab(list_table(self.items_model, tr("Overdue agreement items"), 2), tr("Overd&ue items"))

        self.facilitators_model = RowsModel(
            [
                Column(tr("Facilitator"), lambda f: f.display_name),
                Column(tr("RJC level"), lambda f: tr_code(f.level.value)),
                Column(
                    tr("Supervision due"),
                    lambda f: (
                        date_text(f.compliance.supervision_due_on)
                        if f.compliance.supervision_due_on
                        else tr("never supervised")
                    ),
                ),
                Column(tr("Observed"), lambda f: "overdue" if f.compliance.observation_overdue else tr("in date")),
                Column(
                    tr("CPD (12 months)"),
                    lambda f: tr("{cpd_hours:g} of {cpd_required} h").format(
                        cpd_hours=f.compliance.cpd_hours, cpd_required=f.compliance.cpd_required
                    ),
                ),
                Column(tr("Status"), lambda f: "compliant" if f.compliance.ok else tr("needs attention")),
            ]
        )
        facilitators = QWidget()
        facilitators_layout = QVBoxLayout(facilitators)
        self.facilitators_table = list_table(self.facilitators_model, tr("Facilitators"), 0, single=True)
        facilitators_layout.addWidget(self.facilitators_table)
        row = QHBoxLayout()
        self.set_facilitator_button = QPushButton(tr("Facilitator's &record…"))
        self.cpd_button = QPushButton(tr("Add CP&D…"))
        self.set_facilitator_button.clicked.connect(self.set_facilitator)
        self.cpd_button.clicked.connect(self.add_cpd)
        row.addWidget(self.set_facilitator_button)
        row.addWidget(self.cpd_button)
        row.addStretch(1)
        facilitators_layout.addLayout(row)
        self.tabs.addTab(facilitators, tr("F&acilitators"))

        mapping_tab = QWidget()
        mapping_layout = QVBoxLayout(mapping_tab)
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        mapping_layout.addWidget(self.mapping_label)
        self.mapping_model = RowsModel(
            [
                Column(tr("Restorative activity"), lambda row: tr_core(ActivityKind(row[0]).label)),
                Column(tr("Counts as engagement"), lambda row: yes_no(row[1])),
            ]
        )
        mapping_layout.addWidget(list_table(self.mapping_model, tr("Engagement mapping"), 0))
        self.publish_button = QPushButton(tr("Publish a ne&w version…"))
        self.publish_button.clicked.connect(self.publish_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.publish_button)
        mapping_row.addStretch(1)
        mapping_layout.addLayout(mapping_row)
        self.tabs.addTab(mapping_tab, tr("Engage&ment mapping"))
        self.mapping: dict[str, bool] = {}

        can_edit = session.actor.can(Permission.RJ_EDIT)
        self.refer_button.setEnabled(can_edit)
        self.screen_button.setEnabled(can_edit)
        self.cpd_button.setEnabled(can_edit)
        self.set_facilitator_button.setEnabled(session.actor.can(Permission.RJ_SIGNOFF))
        self.publish_button.setEnabled(session.actor.can(Permission.RJ_SIGNOFF))
        self.stage_filter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda *_: self.open_selected())
        self.refer_button.clicked.connect(self.create_new)
        self.screen_button.clicked.connect(self.screen_order)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        stage = self.stage_filter.currentData()
        ended = stage is not None and Stage(stage).is_ended

        def processes() -> list[rj.ProcessInfo]:
            found = rj.list_processes(db, actor, include_ended=ended)
            return [p for p in found if stage is None or p.stage.value == stage]

        self.run_latest("pipeline", processes, self.model.set_rows)
        self.run_latest("unscreened", lambda: rj.unscreened_orders(db, actor), self.unscreened_model.set_rows)
        self._load_week()
        self._load_month()
        self.run_latest("items", lambda: rj.overdue_items(db, actor, mine_only=False), self.items_model.set_rows)
        self.run_latest("facilitators", lambda: rj.facilitator_statuses(db, actor), self.facilitators_model.set_rows)
        self.run_latest("mapping", lambda: rj.current_engagement_mapping(db, actor), self._show_mapping)

    def _show_mapping(self, current: tuple[int, Any]) -> None:
        version, mapping = current
        self.mapping = dict(mapping)
        self.mapping_label.setText(
            tr(
                "<b>Version {version}</b> is in force. A victim counts as engaged in RJ (KPI 10) when "
                "they actively take part in an activity marked yes; every KPI report names the "
                "version it used. A manager publishes a new version; engagement already derived is "
                "derived again under it."
            ).format(version=version)
        )
        self.mapping_model.set_rows([(kind.value, bool(mapping.get(kind.value))) for kind in ActivityKind])

    def publish_mapping(self) -> None:
        from PySide6.QtWidgets import QCheckBox, QLineEdit

        boxes = {kind.value: QCheckBox(tr_core(kind.label)) for kind in ActivityKind}
        for key, box in boxes.items():
            box.setChecked(self.mapping.get(key, False))
        db, actor = self.session.db, self.session.actor
        fields: list[tuple[str, str, QWidget]] = [(key, "", box) for key, box in boxes.items()]
        fields.append(("reason", tr("&Why it changes:"), QLineEdit()))

        def work(v: dict[str, Any]) -> Any:
            counts = {key: bool(v[key]) for key in boxes}
            return lambda: rj.publish_engagement_mapping(db, actor, counts, v["reason"])

        dialog = FormDialog(
            self,
            tr("Publish a new engagement mapping"),
            fields,
            work,
            note=tr("Ticked activities count as engagement when the victim actively took part."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def printable_html(self) -> str | None:
        return self.model.as_html_table(tr("RJ pipeline"))

    def _week(self) -> tuple[dt.date, dt.date]:
        chosen = self.calendar.selectedDate().toPython()
        assert isinstance(chosen, dt.date)
        monday = chosen - dt.timedelta(days=chosen.weekday())
        return monday, monday + dt.timedelta(days=6)

    def _load_week(self) -> None:
        """The week of the selected day, listed beside the month."""
        db, actor = self.session.db, self.session.actor
        start, end = self._week()
        self.week_label.setText(tr("<b>Week of {date}</b>").format(date=date_text(start)))
        self.run_latest("week", lambda: rj.conferences_between(db, actor, start, end), self.conferences_model.set_rows)
        self.run_latest(
            "week_preparations",
            lambda: rj.preparations_between(db, actor, start, end),
            self.preparations_model.set_rows,
        )

    def _load_month(self) -> None:
        """Days with a booked or held conference are shown in bold on the month."""
        db, actor = self.session.db, self.session.actor
        first = dt.date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start, end = first - dt.timedelta(days=7), first + dt.timedelta(days=45)
        self.run_latest(
            "month",
            lambda: (rj.conferences_between(db, actor, start, end), rj.preparations_between(db, actor, start, end)),
            self._mark_days,
        )

    def _mark_days(self, month: tuple[list[rj.ConferenceInfo], list[rj.DiaryPreparation]]) -> None:
        """Conference days bold on blue; days with only preparation meetings bold on green."""
        conferences, preparations = month
        plain, conference_day, preparation_day = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        for marked, colour in ((conference_day, "#dcebf7"), (preparation_day, "#e3f1df")):
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setBackground(QColor(colour))
        for day in self.booked_days:
            self.calendar.setDateTextFormat(QDate(day), plain)
        conference_days = {c.starts_at.astimezone().date() for c in conferences}
        preparation_days = {m.met_on for m in preparations} - conference_days
        self.booked_days = sorted(conference_days | preparation_days)
        for day in self.booked_days:
            self.calendar.setDateTextFormat(QDate(day), conference_day if day in conference_days else preparation_day)

    def open_selected(self) -> None:
        from ui.rj_window import open_process_window

        rows = self.table.selectionModel().selectedRows()
        if rows:
            open_process_window(self, self.model.row(rows[0].row()).id, self.refresh)

    def create_new(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run(lambda: list_child_cases(db, actor, limit=5000), self._choose_child)

    def _choose_child(self, children: list[ChildCase]) -> None:
        child = QComboBox()
        for case in children:
            child.addItem(f"{case.cms_ref} {case.name}", case.id)
        db, actor = self.session.db, self.session.actor

        def next_step(values: dict[str, Any]) -> Any:
            child_id = values["child_id"]
            return lambda: (child_id, rj.victims_of_child(db, actor, child_id))

        dialog = FormDialog(
            self, tr("Refer for RJ — the child's case"), [("child_id", tr("&Child:"), child)], next_step
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            child_id, victims = dialog.result_value
            self._choose_victim(child_id, victims)

    def _choose_victim(self, child_id: int, victims: list[rj.VictimChoice]) -> None:
        victim = QComboBox()
        for choice in victims:
            suffix = tr(" (already referred)") if choice.has_process else ""
            victim.addItem(f"{choice.reference} {choice.name}{suffix}", choice.victim_id)
        sensitive = combo({"": tr("No"), **{k: tr_code(k) for k in SENSITIVE_OFFENCE_KINDS}})
        db, actor = self.session.db, self.session.actor

        def work(values: dict[str, Any]) -> Any:
            kind = values["sensitive_kind"] or None
            return lambda: rj.open_process(db, actor, child_id, values["victim_id"], sensitive_kind=kind)

        dialog = FormDialog(
            self,
            tr("Refer for RJ — the victim"),
            [("victim_id", tr("&Victim:"), victim), ("sensitive_kind", tr("&Sensitive offence:"), sensitive)],
            work,
            note=tr(
                "A sensitive offence (sexual or domestic abuse, hate crime, stalking, exploitation) needs a "
                "manager's sign-off of the assessment before preparation."
            ),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def screen_order(self) -> None:
        rows = self.unscreened_table.selectionModel().selectedRows()
        if not rows:
            return
        order = self.unscreened_model.row(rows[0].row())
        db, actor = self.session.db, self.session.actor
        from PySide6.QtWidgets import QPlainTextEdit

        reasons = QPlainTextEdit()
        reasons.setMaximumHeight(80)
        fields = [
            ("outcome", tr("&Outcome:"), combo(rj.SCREENING_OUTCOMES)),
            ("approach", tr("&Approach:"), combo(rj.APPROACHES)),
            ("reasons", tr("&Reasons:"), reasons),
            ("screened_on", tr("Screened &on:"), date_edit()),
        ]

        def work(v: dict[str, Any]) -> Any:
            return lambda: rj.screen_order(
                db, actor, order.order_id, v["outcome"], v["reasons"], v["approach"], v["screened_on"]
            )

        if (
            FormDialog(
                self, tr("RJ screening — {child_cms_ref}").format(child_cms_ref=order.child_cms_ref), fields, work
            ).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def set_facilitator(self) -> None:
        from rjdesk.services import caseload

        db, actor = self.session.db, self.session.actor
        self.run(lambda: caseload.list_workers(db, actor), self._facilitator_form)

    def _facilitator_form(self, workers: list[Any]) -> None:
        from rjdesk.rules.rj import RjcLevel

        person = combo({w.id: w.display_name for w in workers})
        level = combo({lvl.value: labels.label(lvl.value) for lvl in RjcLevel})
        db, actor = self.session.db, self.session.actor
        dialog = FormDialog(
            self,
            tr("Facilitator's record"),
            [
                ("user_id", tr("&Person:"), person),
                ("level", tr("RJC &level:"), level),
                ("supervised", tr("Last &supervision:"), date_edit()),
                ("observed", tr("Last &observed practice:"), date_edit()),
            ],
            lambda v: (
                lambda: rj.set_facilitator(
                    db, actor, v["user_id"], RjcLevel(v["level"]), v["supervised"], v["observed"]
                )
            ),
            note=tr("Supervision at least every 12 weeks, observed practice yearly; CPD 6 / 12 / 16 hours a year."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def add_cpd(self) -> None:
        rows = self.facilitators_table.selectionModel().selectedRows()
        if not rows:
            return
        facilitator = self.facilitators_model.row(rows[0].row())
        from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

        hours = QDoubleSpinBox()
        hours.setRange(0.5, 40)
        hours.setValue(3)
        db, actor = self.session.db, self.session.actor
        dialog = FormDialog(
            self,
            tr("CPD — {display_name}").format(display_name=facilitator.display_name),
            [("on", tr("&On:"), date_edit()), ("hours", tr("&Hours:"), hours), ("what", tr("&What:"), QLineEdit())],
            lambda v: lambda: rj.add_cpd(db, actor, facilitator.user_id, v["on"], v["hours"], v["what"]),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
