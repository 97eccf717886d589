"""Reparation: the supervisor's day (one grid to mark the whole group), projects with their risk assessment,
placements with progress, and the case manager's compliance queue. Supervisors see children and sites only —
the services hold no victim identity for them to see."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rjdesk.files import write_whole
from rjdesk.rules.permissions import Permission
from rjdesk.rules.reparation import (
    OUTCOMES,
    PLACEMENT_STATUSES,
    PROJECT_MODES,
    PROJECT_STATUSES,
    REQUIREMENT_LABELS,
    Requirement,
    Unit,
)
from rjdesk.services import reparation
from ui.casework import combo, date_edit
from ui.i18n import date_text, tr, tr_code, tr_core, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import FormDialog
from ui.widgets.tables import list_table

PROGRESS_COLUMN = 4


def amount_text(value: float, unit: Unit) -> str:
    return (tr("{amount:g} h") if unit is Unit.HOURS else tr("{amount:g} days")).format(amount=value)


class ProgressDelegate(QStyledItemDelegate):
    """Draws a placement's progress as a bar (the model gives the percentage as the display text)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 100
        text = str(index.data() or "0%")
        bar.progress = int(text.split("%")[0] or 0)
        bar.text, bar.textVisible = text, True
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class ReparationPage(Page):
    title = tr_noop("Reparation")
    can_create = True
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        actor = session.actor
        self.can_edit = actor.can(Permission.REPARATION_EDIT)
        self.can_view = actor.can(Permission.REPARATION_VIEW)
        self.current: reparation.SessionInfo | None = None
        self.sessions: list[reparation.SessionInfo] = []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        if self.can_view:
            self.tabs.addTab(self._build_day(), tr("&Today"))
            self.tabs.addTab(self._build_projects(), tr("&Projects"))
            self.tabs.addTab(self._build_placements(), tr("P&lacements"))
        self.compliance_model: RowsModel | None = None
        if actor.can(Permission.REPARATION_COMPLIANCE):
            self.tabs.addTab(self._build_compliance(), tr("&Compliance"))
        self.refresh()

    # ------------------------------------------------------------------------------------------ the day

    def _build_day(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.day = date_edit()
        self.day.setAccessibleName(tr("Day"))
        self.mine_only = QCheckBox(tr("&My sessions only"))
        self.new_session_button = QPushButton(tr("&New session…"))
        day_label = QLabel(tr("Da&y:"))
        day_label.setBuddy(self.day)
        bar.addWidget(day_label)
        bar.addWidget(self.day)
        bar.addWidget(self.mine_only)
        bar.addStretch(1)
        bar.addWidget(self.new_session_button)
        outer.addLayout(bar)
        split = QSplitter()
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(tr("Sessions"))
        # Project names wrap rather than run off the edge (a supervisor picks the session by its name).
        self.session_list.setMinimumWidth(220)
        self.session_list.setWordWrap(True)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session_list.setSpacing(2)
        split.addWidget(self.session_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.session_header = QLabel(tr("Choose a session."))
        self.session_header.setWordWrap(True)
        self.session_header.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.session_header)
        self.grid = QTableWidget(0, 5)
        self.grid.setAccessibleName(tr("Attendance"))
        self.grid.setHorizontalHeaderLabels(
            [tr("Child"), tr("To do"), tr("Outcome"), tr("Credit"), tr("Reason given / notes")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().hide()
        self.grid.setTabKeyNavigation(False)  # Tab goes from one field to the next, row after row
        right_layout.addWidget(self.grid, 1)
        buttons = QHBoxLayout()
        self.all_attended_button = QPushButton(tr("All &attended"))
        self.save_button = QPushButton(tr("&Save attendance"))
        self.sign_off_button = QPushButton(tr("Si&gn off"))
        self.correct_button = QPushButton(tr("Co&rrect a mark…"))
        self.add_child_button = QPushButton(tr("A&dd a child…"))
        for button in (
            self.all_attended_button,
            self.add_child_button,
            self.save_button,
            self.sign_off_button,
            self.correct_button,
        ):
            buttons.addWidget(button)
            button.setEnabled(False)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 780])
        outer.addWidget(split, 1)
        self.day.dateChanged.connect(lambda *_: self._load_day())
        self.mine_only.toggled.connect(lambda *_: self._load_day())
        self.session_list.currentRowChanged.connect(self._show_session)
        self.new_session_button.clicked.connect(self.new_session)
        self.all_attended_button.clicked.connect(self.mark_all_attended)
        self.save_button.clicked.connect(self.save_attendance)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.correct_button.clicked.connect(self.correct)
        self.add_child_button.clicked.connect(self.add_child)
        self.new_session_button.setEnabled(self.can_edit)
        QShortcut(QKeySequence.StandardKey.Save, tab, self.save_attendance)
        return tab

    def _load_day(self) -> None:
        db, actor = self.session.db, self.session.actor
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        mine = self.mine_only.isChecked()
        self.run_latest("day", lambda: reparation.sessions_between(db, actor, day, day, mine_only=mine), self._show_day)

    def _show_day(self, sessions: list[reparation.SessionInfo]) -> None:
        chosen = self.current.id if self.current else None
        self.sessions = sessions
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for info in sessions:
            signed = " ✓" if info.signed_off_by else ""
            item = QListWidgetItem(
                tr("{starts}–{ends} {project_name}{signed}\n{expected} of {capacity} children").format(
                    starts=info.starts.strftime("%H:%M"),
                    ends=info.ends.strftime("%H:%M"),
                    project_name=info.project_name,
                    signed=signed,
                    expected=len(info.expected),
                    capacity=info.capacity,
                )
            )
            item.setToolTip(info.project_name)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        ids = [s.id for s in sessions]
        row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        self.session_list.setCurrentRow(row)
        self._show_session(row)

    def _show_session(self, row: int) -> None:
        self.current = self.sessions[row] if 0 <= row < len(self.sessions) else None
        info = self.current
        self.grid.setRowCount(0)
        for button in (
            self.all_attended_button,
            self.save_button,
            self.sign_off_button,
            self.correct_button,
            self.add_child_button,
        ):
            button.setEnabled(False)
        if info is None:
            self.session_header.setText(
                tr("No sessions on this day.") if not self.sessions else tr("Choose a session.")
            )
            return
        contact = (
            tr(" · on-site contact: {site_contact}").format(site_contact=escape(info.site_contact))
            if info.site_contact
            else ""
        )
        signed = (
            tr(" · <b>signed off</b> by {signed_off_by}").format(signed_off_by=escape(info.signed_off_by))
            if info.signed_off_by
            else ""
        )
        self.session_header.setText(
            f"<b>{escape(info.project_name)}</b> {info.session_date:%a %d %b %Y} {info.starts:%H:%M}–"
            f"{info.ends:%H:%M} ({info.hours:g} h) · {escape(info.site or tr('no site recorded'))}{contact}{signed}"
        )
        self.grid.setRowCount(len(info.expected))
        for index, expected in enumerate(info.expected):
            name = QTableWidgetItemReadOnly(f"{expected.child_name} ({expected.child_cms_ref})")
            self.grid.setItem(index, 0, name)
            self.grid.setItem(index, 1, QTableWidgetItemReadOnly(amount_text(expected.remaining_before, expected.unit)))
            outcome = QComboBox()
            outcome.addItem(tr("— not marked —"), None)
            for value, label in OUTCOMES.items():
                outcome.addItem(label, value)
            outcome.setCurrentIndex(max(0, outcome.findData(expected.outcome)))
            outcome.setAccessibleName(tr("Outcome for {child_name}").format(child_name=expected.child_name))
            credit = QDoubleSpinBox()
            credit.setDecimals(0 if expected.unit is Unit.DAYS else 2)
            credit.setSingleStep(1 if expected.unit is Unit.DAYS else 0.5)
            credit.setRange(0, 24)
            credit.setValue(expected.credited)
            credit.setSuffix(" days" if expected.unit is Unit.DAYS else " h")
            credit.setAccessibleName(tr("Credit for {child_name}").format(child_name=expected.child_name))
            note = QLineEdit(" — ".join(filter(None, (expected.reason, expected.notes))))
            note.setAccessibleName(tr("Reason or notes for {child_name}").format(child_name=expected.child_name))
            outcome.currentIndexChanged.connect(
                lambda _i, o=outcome, c=credit, e=expected, s=info: self._default_credit(o, c, e, s)
            )
            self.grid.setCellWidget(index, 2, outcome)
            self.grid.setCellWidget(index, 3, credit)
            self.grid.setCellWidget(index, 4, note)
            for widget in (outcome, credit, note):
                widget.setEnabled(self.can_edit and not info.signed_off_by)
        self.grid.resizeRowsToContents()
        open_for_marks = self.can_edit and not info.signed_off_by
        for button in (self.all_attended_button, self.save_button, self.sign_off_button, self.add_child_button):
            button.setEnabled(open_for_marks)
        self.correct_button.setEnabled(self.can_edit and bool(info.signed_off_by))

    @staticmethod
    def _default_credit(
        outcome: QComboBox, credit: QDoubleSpinBox, expected: reparation.Expected, info: reparation.SessionInfo
    ) -> None:
        """Attended credits the whole session (or a day), capped at what remains; absent credits nothing; late
        and left early keep what the supervisor types."""
        chosen = outcome.currentData()
        whole = 1.0 if expected.unit is Unit.DAYS else info.hours
        if chosen == "attended":
            credit.setValue(min(whole, expected.remaining_before))
        elif chosen == "absent":
            credit.setValue(0)

    def has_unsaved_input(self) -> bool:
        """Marks typed into the grid that differ from what was loaded (a live refresh must not wipe them)."""
        if self.current is None:
            return False
        for index, expected in enumerate(self.current.expected):
            outcome, credit, note = (self.grid.cellWidget(index, column) for column in (2, 3, 4))
            if not (
                isinstance(outcome, QComboBox) and isinstance(credit, QDoubleSpinBox) and isinstance(note, QLineEdit)
            ):
                continue
            loaded_note = " — ".join(filter(None, (expected.reason, expected.notes)))
            if (
                outcome.currentData() != expected.outcome
                or abs(credit.value() - expected.credited) > 1e-9
                or note.text() != loaded_note
            ):
                return True
        return False

    def marks(self) -> list[reparation.Mark]:
        """The grid's rows that are marked, as marks (the reason field holds what the child said)."""
        assert self.current is not None
        found = []
        for index, expected in enumerate(self.current.expected):
            outcome = self.grid.cellWidget(index, 2)
            credit = self.grid.cellWidget(index, 3)
            note = self.grid.cellWidget(index, 4)
            assert isinstance(outcome, QComboBox) and isinstance(credit, QDoubleSpinBox) and isinstance(note, QLineEdit)
            if outcome.currentData() is None:
                continue
            text = note.text().strip()
            reason = text if outcome.currentData() != "attended" else ""
            found.append(
                reparation.Mark(
                    expected.attendance_id, outcome.currentData(), credit.value(), reason, "" if reason else text
                )
            )
        return found

    def mark_all_attended(self) -> None:
        for index in range(self.grid.rowCount()):
            outcome = self.grid.cellWidget(index, 2)
            if isinstance(outcome, QComboBox) and outcome.currentData() is None:
                outcome.setCurrentIndex(outcome.findData("attended"))

    def save_attendance(self) -> None:
        if self.current is None or not self.save_button.isEnabled():
            return
        db, actor, info, marks = self.session.db, self.session.actor, self.current, self.marks()
        self.run(
            lambda: reparation.record_attendance(db, actor, info.id, info.version, marks),
            self._saved,
            write=True,
        )

    def _saved(self, info: reparation.SessionInfo) -> None:
        self._replace_session(info)
        self.refresh_lists()

    def _replace_session(self, info: reparation.SessionInfo) -> None:
        self.sessions = [info if s.id == info.id else s for s in self.sessions]
        self.current = info
        self._show_day(self.sessions)

    def sign_off(self) -> None:
        if self.current is None:
            return
        db, actor, info, marks = self.session.db, self.session.actor, self.current, self.marks()

        def save_and_sign() -> reparation.SessionInfo:
            saved = reparation.record_attendance(db, actor, info.id, info.version, marks) if marks else info
            return reparation.sign_off_session(db, actor, info.id, saved.version)

        self.run(save_and_sign, self._saved, write=True)

    def correct(self) -> None:
        if self.current is None:
            return
        info = self.current
        child = QComboBox()
        for expected in info.expected:
            child.addItem(f"{expected.child_name} ({expected.child_cms_ref})", expected.attendance_id)
        credit = QDoubleSpinBox()
        credit.setRange(0, 24)
        credit.setSingleStep(0.5)
        db, actor = self.session.db, self.session.actor

        def work(v: dict[str, Any]) -> Any:
            expected = next(e for e in info.expected if e.attendance_id == v["attendance"])
            mark = reparation.Mark(v["attendance"], v["outcome"], v["credit"], v["reason_given"])
            return lambda: reparation.correct_attendance(db, actor, mark, expected.version, v["why"])

        dialog = FormDialog(
            self,
            tr("Correct a signed-off mark"),
            [
                ("attendance", tr("&Child:"), child),
                ("outcome", tr("&Outcome:"), combo(OUTCOMES)),
                ("credit", "C&redit:", credit),
                ("reason_given", tr("Reason &given:"), QLineEdit()),
                ("why", tr("&Why it is corrected:"), QLineEdit()),
            ],
            work,
            note=tr("The original mark is kept, with who corrected it and why."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._replace_session(dialog.result_value)
            self.refresh_lists()

    def new_session(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: (
                reparation.list_projects(db, actor),
                reparation.supervisors(db, actor),
                reparation.list_placements(db, actor),
            ),
            self._session_form,
        )

    def _session_form(self, loaded: tuple[Any, Any, Any]) -> None:
        projects, people, placements = loaded
        project = QComboBox()
        for info in projects:
            project.addItem(
                tr("{name} (up to {capacity})").format(name=info.details.name, capacity=info.details.capacity), info.id
            )
        supervisor = QComboBox()
        supervisor.addItem(tr("— not yet —"), None)
        for user_id, name in people:
            supervisor.addItem(name, user_id)
        supervisor.setCurrentIndex(max(0, supervisor.findData(self.session.actor.user_id)))
        starts, ends = QTimeEdit(QTime(10, 0)), QTimeEdit(QTime(13, 0))
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        children = QListWidget()
        children.setAccessibleName(tr("Children expected"))
        children.setMinimumHeight(140)
        db, actor = self.session.db, self.session.actor

        def fill_children() -> None:
            children.clear()
            for placement in placements:
                if placement.project_id == project.currentData():
                    item = QListWidgetItem(
                        tr("{child_name} ({child_cms_ref}) — {amount_text} to do").format(
                            child_name=placement.child_name,
                            child_cms_ref=placement.child_cms_ref,
                            amount_text=amount_text(placement.remaining, placement.unit),
                        )
                    )
                    item.setData(Qt.ItemDataRole.UserRole, placement.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    children.addItem(item)

        project.currentIndexChanged.connect(lambda *_: fill_children())
        fill_children()

        def work(v: dict[str, Any]) -> Any:
            chosen = [
                children.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(children.count())
                if children.item(i).checkState() == Qt.CheckState.Checked
            ]
            return lambda: reparation.schedule_session(
                db, actor, v["project"], v["day"], v["starts"].time(), v["ends"].time(), v["supervisor"], chosen
            )

        dialog = FormDialog(
            self,
            tr("New reparation session"),
            [
                ("project", tr("&Project:"), project),
                ("day", tr("&Day:"), date_edit(day)),
                ("starts", tr("&Starts:"), starts),
                ("ends", tr("&Ends:"), ends),
                ("supervisor", "S&upervisor:", supervisor),
                ("children", tr("&Children expected:"), children),
            ],
            work,
            note=tr(
                "Refused when the project's risk assessment has expired, the children exceed its capacity or the "
                "site is inside a child's exclusion zone."
            ),
        )
        dialog.widgets.pop("children")  # read in work(), not a form value
        if dialog.exec() == QDialog.DialogCode.Accepted:
            info = dialog.result_value
            self.current = info
            self.day.setDate(info.session_date)
            self._load_day()
            self.refresh_lists()

    def add_child(self) -> None:
        if self.current is None:
            return
        info = self.current
        db, actor = self.session.db, self.session.actor
        self.run(lambda: reparation.list_placements(db, actor), lambda found: self._add_child_form(info, found))

    def _add_child_form(self, info: reparation.SessionInfo, placements: list[reparation.PlacementInfo]) -> None:
        expected = {e.placement_id for e in info.expected}
        child = QComboBox()
        for placement in placements:
            if placement.project_id == info.project_id and placement.id not in expected:
                child.addItem(f"{placement.child_name} ({placement.child_cms_ref})", placement.id)
        db, actor = self.session.db, self.session.actor
        dialog = FormDialog(
            self,
            tr("Add a child — {project_name}").format(project_name=info.project_name),
            [("placement", tr("&Child:"), child)],
            lambda v: lambda: reparation.add_to_session(db, actor, info.id, v["placement"]),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._replace_session(dialog.result_value)

    # ------------------------------------------------------------------------------------------ projects

    def _build_projects(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        today = dt.date.today()
        self.projects_model = RowsModel(
            [
                Column(tr("Project"), lambda p: p.details.name),
                Column(tr("Partner"), lambda p: p.details.partner),
                Column(tr("Mode"), lambda p: tr_core(PROJECT_MODES.get(p.details.mode, p.details.mode))),
                Column(tr("Per session"), lambda p: p.details.capacity),
                Column(tr("Status"), lambda p: tr_core(PROJECT_STATUSES.get(p.details.status, p.details.status))),
                Column(
                    tr("Risk assessment"),
                    lambda p: (
                        p.risk_assessment_status(today)
                        + (
                            tr(" (review {date})").format(date=date_text(p.risk_assessment_review_on))
                            if p.risk_assessment_review_on
                            else ""
                        )
                    ),
                ),
                Column(tr("Availability"), lambda p: p.details.availability),
                Column(tr("Children placed"), lambda p: p.active_placements),
                Column(tr("Supervisors"), lambda p: len(p.supervisor_ids)),
            ]
        )
        self.projects_table = list_table(self.projects_model, tr("Projects"), 0, single=True)
        layout.addWidget(self.projects_table, 1)
        row = QHBoxLayout()
        self.new_project_button = QPushButton(tr("&New project…"))
        self.edit_project_button = QPushButton(tr("E&dit…"))
        self.risk_button = QPushButton(tr("&Risk assessment…"))
        self.supervisors_button = QPushButton(tr("&Supervisors…"))
        for button in (self.new_project_button, self.edit_project_button, self.risk_button, self.supervisors_button):
            row.addWidget(button)
            button.setEnabled(self.can_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_project_button.clicked.connect(lambda: self.project_form(None))
        self.edit_project_button.clicked.connect(lambda: self.project_form(self._selected_project()))
        self.projects_table.activated.connect(lambda *_: self.project_form(self._selected_project()))
        self.risk_button.clicked.connect(self.risk_assessment)
        self.supervisors_button.clicked.connect(self.choose_supervisors)
        return tab

    def choose_supervisors(self) -> None:
        project = self._selected_project()
        if project is None:
            return
        db, actor = self.session.db, self.session.actor
        self.run(lambda: reparation.supervisors(db, actor), lambda people: self._supervisors_form(project, people))

    def _supervisors_form(self, project: reparation.ProjectInfo, people: list[tuple[int, str]]) -> None:
        chosen = QListWidget()
        chosen.setAccessibleName(tr("Supervisors"))
        for user_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = user_id in project.supervisor_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            chosen.addItem(item)
        db, actor = self.session.db, self.session.actor

        def work(_values: dict[str, Any]) -> Any:
            ids = [
                chosen.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(chosen.count())
                if chosen.item(i).checkState() == Qt.CheckState.Checked
            ]
            return lambda: reparation.set_supervisors(db, actor, project.id, ids)

        dialog = FormDialog(
            self, tr("Supervisors — {name}").format(name=project.details.name), [("people", tr("&Who:"), chosen)], work
        )
        dialog.widgets.pop("people")  # read in work(), not a form value
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    def _selected_project(self) -> reparation.ProjectInfo | None:
        rows = self.projects_table.selectionModel().selectedRows()
        return self.projects_model.row(rows[0].row()) if rows else None

    def project_form(self, project: reparation.ProjectInfo | None) -> None:
        if not self.can_edit:
            return
        details = project.details if project else reparation.ProjectDetails("")
        texts = {
            key: QLineEdit(getattr(details, key))
            for key in ("name", "partner", "site", "site_postcode", "availability", "suitable_offences")
        }
        activities, aims = QPlainTextEdit(details.activities), QPlainTextEdit(details.aims)
        for box in (activities, aims):
            box.setMaximumHeight(60)
        capacity = QSpinBox()
        capacity.setRange(1, 30)
        capacity.setValue(details.capacity)
        mode, status = combo(PROJECT_MODES), combo(PROJECT_STATUSES)
        mode.setCurrentIndex(mode.findData(details.mode))
        status.setCurrentIndex(status.findData(details.status))
        db, actor = self.session.db, self.session.actor

        def work(v: dict[str, Any]) -> Any:
            new = reparation.ProjectDetails(
                v["name"],
                v["partner"],
                v["site"],
                v["site_postcode"],
                v["activities"],
                v["mode"],
                v["capacity"],
                v["availability"],
                v["suitable_offences"],
                v["aims"],
                v["status"],
            )
            if project is None:
                return lambda: reparation.create_project(db, actor, new)
            return lambda: reparation.update_project(db, actor, project.id, project.version, new)

        dialog = FormDialog(
            self,
            tr("New project") if project is None else tr("Project — {name}").format(name=details.name),
            [
                ("name", tr("&Name:"), texts["name"]),
                ("partner", tr("&Partner organisation:"), texts["partner"]),
                ("site", tr("&Site:"), texts["site"]),
                ("site_postcode", tr("Site &postcode:"), texts["site_postcode"]),
                ("activities", tr("&Activities:"), activities),
                ("mode", tr("&Mode:"), mode),
                ("capacity", tr("&Children per session:"), capacity),
                ("availability", "A&vailability:", texts["availability"]),
                ("suitable_offences", tr("S&uits offences like:"), texts["suitable_offences"]),
                ("aims", "A&ims:", aims),
                ("status", "S&tatus:", status),
            ],
            work,
            note=tr("Suitable offences are a suggestion, never a block."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    def risk_assessment(self) -> None:
        project = self._selected_project()
        if project is None:
            return
        db, actor = self.session.db, self.session.actor
        review = dt.date.today() + dt.timedelta(days=365)
        dialog = FormDialog(
            self,
            tr("Health-and-safety risk assessment — {name}").format(name=project.details.name),
            [("on", tr("&Assessed on:"), date_edit()), ("review_on", tr("&Review by:"), date_edit(review))],
            lambda v: lambda: reparation.renew_risk_assessment(db, actor, project.id, v["on"], v["review_on"]),
            note=tr("Once the review date passes, no new session can be booked until it is renewed."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    # ------------------------------------------------------------------------------------------ placements

    def _build_placements(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.show_ended = QCheckBox(tr("Show completed and ended placements"))
        layout.addWidget(self.show_ended)
        self.placements_model = RowsModel(
            [
                Column(tr("Child"), lambda p: f"{p.child_name} ({p.child_cms_ref})"),
                Column(tr("Project"), lambda p: p.project_name + (tr(" — direct") if p.direct else "")),
                Column(tr("Requirement"), lambda p: tr_core(REQUIREMENT_LABELS[p.requirement])),
                Column(
                    tr("Done"),
                    lambda p: tr("{delivered:g} of {amount_text}").format(
                        delivered=p.delivered, amount_text=amount_text(p.amount, p.unit)
                    ),
                ),
                Column(tr("Progress"), lambda p: f"{p.percent}%"),
                Column(tr("Due by"), lambda p: date_text(p.due_by) if p.due_by else "—"),
                Column(
                    tr("Status"),
                    lambda p: (
                        tr("completed {date}").format(date=date_text(p.completed_on))
                        if p.status == "completed" and p.completed_on
                        else p.status
                    ),
                ),
            ]
        )
        self.placements_table = list_table(self.placements_model, tr("Placements"), 1, single=True)
        self.placements_table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.placements_table))
        self.placements_table.setColumnWidth(PROGRESS_COLUMN, 140)
        layout.addWidget(self.placements_table, 1)
        row = QHBoxLayout()
        self.place_button = QPushButton(tr("Pl&ace a child…"))
        self.record_button = QPushButton(tr("&Open"))
        self.restricted_button = QPushButton(tr("Emergency and &medical…"))
        self.certificate_button = QPushButton(tr("Ce&rtificate…"))
        self.letter_button = QPushButton(tr("Letter to the famil&y…"))
        self.letter_button.setToolTip(tr("When a placement is completed: a letter to the child's parent or carer"))
        self.end_button = QPushButton(tr("E&nd early…"))
        for button in (
            self.place_button,
            self.record_button,
            self.restricted_button,
            self.certificate_button,
            self.letter_button,
            self.end_button,
        ):
            row.addWidget(button)
        for button in (self.place_button, self.restricted_button, self.end_button):
            button.setEnabled(self.can_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_ended.toggled.connect(lambda *_: self.refresh_lists())
        self.place_button.clicked.connect(self.create_new)
        self.record_button.clicked.connect(self.open_placement)
        self.placements_table.activated.connect(lambda *_: self.open_placement())
        self.restricted_button.clicked.connect(self.restricted)
        self.certificate_button.clicked.connect(self.certificate)
        self.letter_button.clicked.connect(self.completion_letter)
        self.end_button.clicked.connect(self.end_placement)
        return tab

    def _selected_placement(self) -> reparation.PlacementInfo | None:
        rows = self.placements_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title, tr("Select a placement first."))
            return None
        return self.placements_model.row(rows[0].row())  # type: ignore[no-any-return]

    def create_new(self) -> None:
        if not self.can_edit:
            return
        db, actor = self.session.db, self.session.actor
        self.run(
            lambda: (reparation.list_projects(db, actor), reparation.placeable_orders(db, actor)), self._placement_form
        )

    def _placement_form(self, loaded: tuple[Any, Any]) -> None:
        projects, orders = loaded
        project = QComboBox()
        for info in projects:
            project.addItem(info.details.name, info.id)
        order = QComboBox()
        for order_id, label in orders:
            order.addItem(label, order_id)
        requirement = combo({r.value: r.label for r in Requirement})
        amount = QDoubleSpinBox()
        amount.setRange(0, 240)
        amount.setValue(8)
        due = date_edit(dt.date.today() + dt.timedelta(days=90))
        checks = {
            "photo_consent": QCheckBox(tr("Photo consent given")),
            "for_specific_person": QCheckBox(tr("Reparation to a specific person")),
            "recipient_consents": QCheckBox(tr("…who has consented")),
            "parent_agreement": QCheckBox(tr("Parent/carer placement agreement signed today")),
        }
        texts = {
            key: QLineEdit()
            for key in (
                "victim_wish",
                "unsuitable",
                "emergency_contact",
                "medical_info",
                "direct_site",
                "direct_site_postcode",
                "direct_site_contact",
            )
        }
        db, actor = self.session.db, self.session.actor

        def work(v: dict[str, Any]) -> Any:
            details = reparation.PlacementDetails(
                v["project"],
                v["order"],
                Requirement(v["requirement"]),
                v["amount"],
                v["starts_on"],
                v["due_by"],
                v["victim_wish"],
                v["unsuitable"],
                dt.date.today() if v["parent_agreement"] else None,
                v["emergency_contact"],
                v["medical_info"],
                v["photo_consent"],
                v["for_specific_person"],
                v["recipient_consents"],
                v["direct_site"],
                v["direct_site_postcode"],
                v["direct_site_contact"],
            )
            return lambda: reparation.place_child(db, actor, details)

        dialog = FormDialog(
            self,
            tr("Place a child on a project"),
            [
                ("order", tr("&Order:"), order),
                ("project", tr("&Project:"), project),
                ("requirement", tr("&Requirement:"), requirement),
                ("amount", tr("&Hours or days:"), amount),
                ("starts_on", tr("&Starts:"), date_edit()),
                ("due_by", tr("&Due by:"), due),
                ("victim_wish", tr("Kind of reparation the &victim asked for:"), texts["victim_wish"]),
                ("unsuitable", tr("Placements &unsuitable, and why:"), texts["unsuitable"]),
                ("parent_agreement", "", checks["parent_agreement"]),
                ("photo_consent", "", checks["photo_consent"]),
                ("for_specific_person", "", checks["for_specific_person"]),
                ("recipient_consents", "", checks["recipient_consents"]),
                ("emergency_contact", tr("&Emergency contact (restricted):"), texts["emergency_contact"]),
                ("medical_info", tr("&Medical information (restricted):"), texts["medical_info"]),
                ("direct_site", tr("Direct reparation: site &address:"), texts["direct_site"]),
                ("direct_site_postcode", tr("Site p&ostcode:"), texts["direct_site_postcode"]),
                ("direct_site_contact", tr("On-site &contact:"), texts["direct_site_contact"]),
            ],
            work,
            note=tr("Never the victim's name: the supervisor sees only the site, its contact and the times."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    def open_placement(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        db, actor = self.session.db, self.session.actor
        self.run(lambda: reparation.get_placement(db, actor, placement.id), self._show_placement)

    def _show_placement(self, record: reparation.PlacementRecord) -> None:
        info = record.info

        def decision(line: reparation.AttendanceLine) -> str:
            said = "" if line.acceptable is None else tr("acceptable") if line.acceptable else tr("unacceptable")
            return (
                said + (tr(" · warned") if line.warning_given else "") + (tr(" · corrected") if line.corrected else "")
            )

        cells = (
            lambda line: date_text(line.session_date),
            lambda line: escape(line.project_name),
            lambda line: tr_core(OUTCOMES[line.outcome]) if line.outcome in OUTCOMES else tr("not marked"),
            lambda line: f"{line.credited:g}",
            lambda line: escape(line.reason or ""),
            decision,
        )
        lines = "".join("<tr>" + "".join(f"<td>{cell(line)}</td>" for cell in cells) + "</tr>" for line in record.lines)
        headings = (tr("Date"), tr("Project"), tr("Outcome"), tr("Credit"), tr("Reason"), tr("Decision"))
        state = record.state.summary if record.state else ""
        progress = tr("{requirement}: {delivered:g} of {amount} done, {remaining} to do").format(
            requirement=tr_core(REQUIREMENT_LABELS[info.requirement]),
            delivered=info.delivered,
            amount=amount_text(info.amount, info.unit),
            remaining=amount_text(info.remaining, info.unit),
        )
        if info.due_by:
            progress += tr(", due by {date}").format(date=date_text(info.due_by))
        agreement = date_text(info.parent_agreement_on) if info.parent_agreement_on else tr("not yet")
        text = (
            f"<h3>{escape(info.child_name)} ({escape(info.child_cms_ref)}) — {escape(info.project_name)}</h3>"
            f"<p>{progress}. "
            + tr("Status: {status}.").format(status=escape(tr_core(PLACEMENT_STATUSES.get(info.status, info.status))))
            + "</p><p>"
            + tr("Victim asked for: {wish} · photo consent: {photos} · parent/carer agreement: {agreement}").format(
                wish=escape(info.victim_wish or tr("nothing in particular")),
                photos=tr("yes") if info.photo_consent else tr("no"),
                agreement=agreement,
            )
            + "</p><p>"
            + tr("<b>Compliance:</b> {state}").format(state=escape(state))
            + "</p><table border='1' cellspacing='0' cellpadding='3'><tr>"
            + "".join(f"<th>{heading}</th>" for heading in headings)
            + f"</tr>{lines}</table>"
        )
        box = QMessageBox(self)
        box.setWindowTitle(tr("Placement — {child_cms_ref}").format(child_cms_ref=info.child_cms_ref))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.open()
        self.placement_box = box

    def restricted(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        db, actor = self.session.db, self.session.actor

        def show(details: reparation.RestrictedDetails) -> None:
            QMessageBox.information(
                self,
                tr("Emergency and medical — {child_cms_ref}").format(child_cms_ref=placement.child_cms_ref),
                tr(
                    "Emergency contact: {contact}\nMedical information: {medical}\nUnsuitable placements: "
                    "{unsuitable}\n\nThis view is audited."
                ).format(
                    contact=details.emergency_contact or tr("none recorded"),
                    medical=details.medical_info or tr("none recorded"),
                    unsuitable=details.unsuitable or tr("none recorded"),
                ),
            )

        self.run(lambda: reparation.restricted_details(db, actor, placement.id), show, write=True)

    def certificate(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the completion certificate"), f"certificate-{placement.child_cms_ref}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        db, actor = self.session.db, self.session.actor

        def write() -> Path:
            return write_whole(path, reparation.completion_certificate(db, actor, placement.id))

        self.run(
            write,
            lambda target: QMessageBox.information(self, self.title, tr("Saved {target}.").format(target=target)),
            write=True,
        )

    def completion_letter(self) -> None:
        from ui.letters import open_completion_letter

        placement = self._selected_placement()
        if placement is not None:
            open_completion_letter(self, placement.id)

    def end_placement(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        db, actor = self.session.db, self.session.actor
        dialog = FormDialog(
            self,
            tr("End the placement early — {child_cms_ref}").format(child_cms_ref=placement.child_cms_ref),
            [("reason", tr("&Why:"), QLineEdit())],
            lambda v: lambda: reparation.end_placement(db, actor, placement.id, placement.version, v["reason"]),
            note=tr("What was delivered stays recorded."),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    # ------------------------------------------------------------------------------------------ compliance

    def _build_compliance(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        explain = QLabel(
            tr(
                "Absences from reparation for your children (a manager sees every child). Decide whether each was "
                "acceptable and whether to warn; rjdesk counts unacceptable failures against the order's threshold."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.compliance_model = RowsModel(
            [
                Column(tr("Date"), lambda a: date_text(a.session_date)),
                Column(tr("Child"), lambda a: f"{a.child_name} ({a.child_cms_ref})"),
                Column(tr("Project"), lambda a: a.project_name),
                Column(tr("Reason given"), lambda a: a.reason or ""),
                Column(tr("Order"), lambda a: tr_code(a.state.disposal_type)),
                Column(tr("Compliance so far"), lambda a: a.state.summary),
            ]
        )
        self.compliance_table = list_table(self.compliance_model, tr("Absences to decide"), 5, single=True)
        layout.addWidget(self.compliance_table, 1)
        row = QHBoxLayout()
        self.decide_button = QPushButton(tr("&Decide…"))
        self.decide_button.clicked.connect(self.decide)
        self.compliance_table.activated.connect(lambda *_: self.decide())
        row.addWidget(self.decide_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def decide(self) -> None:
        assert self.compliance_model is not None
        rows = self.compliance_table.selectionModel().selectedRows()
        if not rows:
            return
        absence: reparation.AbsenceInfo = self.compliance_model.row(rows[0].row())
        acceptable = QCheckBox(tr("The absence was acceptable"))
        warning = QCheckBox(tr("A warning was given"))
        warning.setEnabled(not absence.state.voluntary)
        acceptable.toggled.connect(lambda on: warning.setEnabled(not on and not absence.state.voluntary))
        db, actor = self.session.db, self.session.actor

        def work(v: dict[str, Any]) -> Any:
            return lambda: reparation.decide_absence(
                db,
                actor,
                absence.attendance_id,
                absence.version,
                acceptable=v["acceptable"],
                warning=v["warning"],
                notes=v["notes"],
            )

        dialog = FormDialog(
            self,
            tr("Absence — {child_cms_ref} on {date}").format(
                child_cms_ref=absence.child_cms_ref, date=date_text(absence.session_date)
            ),
            [("acceptable", "", acceptable), ("warning", "", warning), ("notes", tr("&Notes:"), QLineEdit())],
            work,
            note=absence.state.summary,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            decided: reparation.AbsenceInfo = dialog.result_value
            if decided.state.enforcement_due:
                QMessageBox.warning(self, self.title, decided.state.summary)
            self.refresh_lists()

    # ------------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        if self.can_view:
            self._load_day()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        db, actor = self.session.db, self.session.actor
        if self.can_view:
            ended = self.show_ended.isChecked()
            self.run_latest("projects", lambda: reparation.list_projects(db, actor), self.projects_model.set_rows)
            self.run_latest(
                "placements",
                lambda: reparation.list_placements(db, actor, active_only=not ended),
                self.placements_model.set_rows,
            )
        if self.compliance_model is not None:
            self.run_latest(
                "compliance", lambda: reparation.compliance_queue(db, actor), self.compliance_model.set_rows
            )

    def printable_html(self) -> str | None:
        if not self.can_view:
            return None
        return self.placements_model.as_html_table(tr("Reparation placements"))


class QTableWidgetItemReadOnly(QTableWidgetItem):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
