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
from rjdesk.rules.reparation import OUTCOMES, PROJECT_MODES, PROJECT_STATUSES, REQUIREMENT_LABELS, Requirement, Unit
from rjdesk.services import reparation
from ui.casework import combo, date_edit
from ui.i18n import tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import FormDialog
from ui.widgets.tables import list_table

PROGRESS_COLUMN = 4


def amount_text(value: float, unit: Unit) -> str:
    return f"{value:g} {'h' if unit is Unit.HOURS else 'days'}"


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
            self.tabs.addTab(self._build_day(), "&Today")
            self.tabs.addTab(self._build_projects(), "&Projects")
            self.tabs.addTab(self._build_placements(), "P&lacements")
        self.compliance_model: RowsModel | None = None
        if actor.can(Permission.REPARATION_COMPLIANCE):
            self.tabs.addTab(self._build_compliance(), "&Compliance")
        self.refresh()

    # ------------------------------------------------------------------------------------------ the day

    def _build_day(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.day = date_edit()
        self.day.setAccessibleName("Day")
        self.mine_only = QCheckBox("&My sessions only")
        self.new_session_button = QPushButton("&New session…")
        day_label = QLabel("Da&y:")
        day_label.setBuddy(self.day)
        bar.addWidget(day_label)
        bar.addWidget(self.day)
        bar.addWidget(self.mine_only)
        bar.addStretch(1)
        bar.addWidget(self.new_session_button)
        outer.addLayout(bar)
        split = QSplitter()
        self.session_list = QListWidget()
        self.session_list.setAccessibleName("Sessions")
        # Project names wrap rather than run off the edge (a supervisor picks the session by its name).
        self.session_list.setMinimumWidth(220)
        self.session_list.setWordWrap(True)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session_list.setSpacing(2)
        split.addWidget(self.session_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.session_header = QLabel("Choose a session.")
        self.session_header.setWordWrap(True)
        self.session_header.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.session_header)
        self.grid = QTableWidget(0, 5)
        self.grid.setAccessibleName("Attendance")
        self.grid.setHorizontalHeaderLabels(["Child", "To do", "Outcome", "Credit", "Reason given / notes"])
        self.grid.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().hide()
        self.grid.setTabKeyNavigation(False)  # Tab goes from one field to the next, row after row
        right_layout.addWidget(self.grid, 1)
        buttons = QHBoxLayout()
        self.all_attended_button = QPushButton("All &attended")
        self.save_button = QPushButton("&Save attendance")
        self.sign_off_button = QPushButton("Si&gn off")
        self.correct_button = QPushButton("Co&rrect a mark…")
        self.add_child_button = QPushButton("A&dd a child…")
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
                f"{info.starts:%H:%M}–{info.ends:%H:%M} {info.project_name}{signed}\n"
                f"{len(info.expected)} of {info.capacity} children"
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
            self.session_header.setText("No sessions on this day." if not self.sessions else "Choose a session.")
            return
        contact = f" · on-site contact: {escape(info.site_contact)}" if info.site_contact else ""
        signed = f" · <b>signed off</b> by {escape(info.signed_off_by)}" if info.signed_off_by else ""
        self.session_header.setText(
            f"<b>{escape(info.project_name)}</b> {info.session_date:%a %d %b %Y} {info.starts:%H:%M}–"
            f"{info.ends:%H:%M} ({info.hours:g} h) · {escape(info.site or 'no site recorded')}{contact}{signed}"
        )
        self.grid.setRowCount(len(info.expected))
        for index, expected in enumerate(info.expected):
            name = QTableWidgetItemReadOnly(f"{expected.child_name} ({expected.child_cms_ref})")
            self.grid.setItem(index, 0, name)
            self.grid.setItem(index, 1, QTableWidgetItemReadOnly(amount_text(expected.remaining_before, expected.unit)))
            outcome = QComboBox()
            outcome.addItem("— not marked —", None)
            for value, label in OUTCOMES.items():
                outcome.addItem(label, value)
            outcome.setCurrentIndex(max(0, outcome.findData(expected.outcome)))
            outcome.setAccessibleName(f"Outcome for {expected.child_name}")
            credit = QDoubleSpinBox()
            credit.setDecimals(0 if expected.unit is Unit.DAYS else 2)
            credit.setSingleStep(1 if expected.unit is Unit.DAYS else 0.5)
            credit.setRange(0, 24)
            credit.setValue(expected.credited)
            credit.setSuffix(" days" if expected.unit is Unit.DAYS else " h")
            credit.setAccessibleName(f"Credit for {expected.child_name}")
            note = QLineEdit(" — ".join(filter(None, (expected.reason, expected.notes))))
            note.setAccessibleName(f"Reason or notes for {expected.child_name}")
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
            "Correct a signed-off mark",
            [
                ("attendance", "&Child:", child),
                ("outcome", "&Outcome:", combo(OUTCOMES)),
                ("credit", "C&redit:", credit),
                ("reason_given", "Reason &given:", QLineEdit()),
                ("why", "&Why it is corrected:", QLineEdit()),
            ],
            work,
            note="The original mark is kept, with who corrected it and why.",
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
            project.addItem(f"{info.details.name} (up to {info.details.capacity})", info.id)
        supervisor = QComboBox()
        supervisor.addItem("— not yet —", None)
        for user_id, name in people:
            supervisor.addItem(name, user_id)
        supervisor.setCurrentIndex(max(0, supervisor.findData(self.session.actor.user_id)))
        starts, ends = QTimeEdit(QTime(10, 0)), QTimeEdit(QTime(13, 0))
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        children = QListWidget()
        children.setAccessibleName("Children expected")
        children.setMinimumHeight(140)
        db, actor = self.session.db, self.session.actor

        def fill_children() -> None:
            children.clear()
            for placement in placements:
                if placement.project_id == project.currentData():
                    item = QListWidgetItem(
                        f"{placement.child_name} ({placement.child_cms_ref}) — "
                        f"{amount_text(placement.remaining, placement.unit)} to do"
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
            "New reparation session",
            [
                ("project", "&Project:", project),
                ("day", "&Day:", date_edit(day)),
                ("starts", "&Starts:", starts),
                ("ends", "&Ends:", ends),
                ("supervisor", "S&upervisor:", supervisor),
                ("children", "&Children expected:", children),
            ],
            work,
            note="Refused when the project's risk assessment has expired, the children exceed its capacity or the "
            "site is inside a child's exclusion zone.",
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
            f"Add a child — {info.project_name}",
            [("placement", "&Child:", child)],
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
                Column("Project", lambda p: p.details.name),
                Column("Partner", lambda p: p.details.partner),
                Column("Mode", lambda p: PROJECT_MODES.get(p.details.mode, p.details.mode)),
                Column("Per session", lambda p: p.details.capacity),
                Column("Status", lambda p: PROJECT_STATUSES.get(p.details.status, p.details.status)),
                Column(
                    "Risk assessment",
                    lambda p: (
                        p.risk_assessment_status(today)
                        + (f" (review {p.risk_assessment_review_on:%d %b %Y})" if p.risk_assessment_review_on else "")
                    ),
                ),
                Column("Availability", lambda p: p.details.availability),
                Column("Children placed", lambda p: p.active_placements),
                Column("Supervisors", lambda p: len(p.supervisor_ids)),
            ]
        )
        self.projects_table = list_table(self.projects_model, "Projects", 0, single=True)
        layout.addWidget(self.projects_table, 1)
        row = QHBoxLayout()
        self.new_project_button = QPushButton("&New project…")
        self.edit_project_button = QPushButton("E&dit…")
        self.risk_button = QPushButton("&Risk assessment…")
        self.supervisors_button = QPushButton("&Supervisors…")
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
        chosen.setAccessibleName("Supervisors")
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

        dialog = FormDialog(self, f"Supervisors — {project.details.name}", [("people", "&Who:", chosen)], work)
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
            "New project" if project is None else f"Project — {details.name}",
            [
                ("name", "&Name:", texts["name"]),
                ("partner", "&Partner organisation:", texts["partner"]),
                ("site", "&Site:", texts["site"]),
                ("site_postcode", "Site &postcode:", texts["site_postcode"]),
                ("activities", "&Activities:", activities),
                ("mode", "&Mode:", mode),
                ("capacity", "&Children per session:", capacity),
                ("availability", "A&vailability:", texts["availability"]),
                ("suitable_offences", "S&uits offences like:", texts["suitable_offences"]),
                ("aims", "A&ims:", aims),
                ("status", "S&tatus:", status),
            ],
            work,
            note="Suitable offences are a suggestion, never a block.",
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
            f"Health-and-safety risk assessment — {project.details.name}",
            [("on", "&Assessed on:", date_edit()), ("review_on", "&Review by:", date_edit(review))],
            lambda v: lambda: reparation.renew_risk_assessment(db, actor, project.id, v["on"], v["review_on"]),
            note="Once the review date passes, no new session can be booked until it is renewed.",
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    # ------------------------------------------------------------------------------------------ placements

    def _build_placements(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.show_ended = QCheckBox("Show completed and ended placements")
        layout.addWidget(self.show_ended)
        self.placements_model = RowsModel(
            [
                Column("Child", lambda p: f"{p.child_name} ({p.child_cms_ref})"),
                Column("Project", lambda p: p.project_name + (" — direct" if p.direct else "")),
                Column("Requirement", lambda p: REQUIREMENT_LABELS[p.requirement]),
                Column("Done", lambda p: f"{p.delivered:g} of {amount_text(p.amount, p.unit)}"),
                Column("Progress", lambda p: f"{p.percent}%"),
                Column("Due by", lambda p: p.due_by.strftime("%d %b %Y") if p.due_by else "—"),
                Column(
                    "Status",
                    lambda p: (
                        f"completed {p.completed_on:%d %b %Y}"
                        if p.status == "completed" and p.completed_on
                        else p.status
                    ),
                ),
            ]
        )
        self.placements_table = list_table(self.placements_model, "Placements", 1, single=True)
        self.placements_table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.placements_table))
        self.placements_table.setColumnWidth(PROGRESS_COLUMN, 140)
        layout.addWidget(self.placements_table, 1)
        row = QHBoxLayout()
        self.place_button = QPushButton("Pl&ace a child…")
        self.record_button = QPushButton("&Open")
        self.restricted_button = QPushButton("Emergency and &medical…")
        self.certificate_button = QPushButton("Ce&rtificate…")
        self.letter_button = QPushButton("Letter to the famil&y…")
        self.letter_button.setToolTip("When a placement is completed: a letter to the child's parent or carer")
        self.end_button = QPushButton("E&nd early…")
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
            QMessageBox.information(self, self.title, "Select a placement first.")
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
            "photo_consent": QCheckBox("Photo consent given"),
            "for_specific_person": QCheckBox("Reparation to a specific person"),
            "recipient_consents": QCheckBox("…who has consented"),
            "parent_agreement": QCheckBox("Parent/carer placement agreement signed today"),
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
            "Place a child on a project",
            [
                ("order", "&Order:", order),
                ("project", "&Project:", project),
                ("requirement", "&Requirement:", requirement),
                ("amount", "&Hours or days:", amount),
                ("starts_on", "&Starts:", date_edit()),
                ("due_by", "&Due by:", due),
                ("victim_wish", "Kind of reparation the &victim asked for:", texts["victim_wish"]),
                ("unsuitable", "Placements &unsuitable, and why:", texts["unsuitable"]),
                ("parent_agreement", "", checks["parent_agreement"]),
                ("photo_consent", "", checks["photo_consent"]),
                ("for_specific_person", "", checks["for_specific_person"]),
                ("recipient_consents", "", checks["recipient_consents"]),
                ("emergency_contact", "&Emergency contact (restricted):", texts["emergency_contact"]),
                ("medical_info", "&Medical information (restricted):", texts["medical_info"]),
                ("direct_site", "Direct reparation: site &address:", texts["direct_site"]),
                ("direct_site_postcode", "Site p&ostcode:", texts["direct_site_postcode"]),
                ("direct_site_contact", "On-site &contact:", texts["direct_site_contact"]),
            ],
            work,
            note="Never the victim's name: the supervisor sees only the site, its contact and the times.",
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
        lines = "".join(
            f"<tr><td>{line.session_date:%d %b %Y}</td><td>{escape(line.project_name)}</td>"
            f"<td>{OUTCOMES.get(line.outcome or '', 'not marked')}</td><td>{line.credited:g}</td>"
            f"<td>{escape(line.reason or '')}</td>"
            f"<td>{'' if line.acceptable is None else ('acceptable' if line.acceptable else 'unacceptable')}"
            f"{' · warned' if line.warning_given else ''}{' · corrected' if line.corrected else ''}</td></tr>"
            for line in record.lines
        )
        state = record.state.summary if record.state else ""
        text = (
            f"<h3>{escape(info.child_name)} ({escape(info.child_cms_ref)}) — {escape(info.project_name)}</h3>"
            f"<p>{REQUIREMENT_LABELS[info.requirement]}: {info.delivered:g} of {amount_text(info.amount, info.unit)}"
            f" done, {amount_text(info.remaining, info.unit)} to do"
            f"{f', due by {info.due_by:%d %b %Y}' if info.due_by else ''}. Status: {escape(info.status)}.</p>"
            f"<p>Victim asked for: {escape(info.victim_wish or 'nothing in particular')} · photo consent: "
            f"{'yes' if info.photo_consent else 'no'} · parent/carer agreement: "
            f"{f'{info.parent_agreement_on:%d %b %Y}' if info.parent_agreement_on else 'not yet'}</p>"
            f"<p><b>Compliance:</b> {escape(state)}</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Date</th><th>Project</th><th>Outcome</th>"
            f"<th>Credit</th><th>Reason</th><th>Decision</th></tr>{lines}</table>"
        )
        box = QMessageBox(self)
        box.setWindowTitle(f"Placement — {info.child_cms_ref}")
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
                f"Emergency and medical — {placement.child_cms_ref}",
                f"Emergency contact: {details.emergency_contact or 'none recorded'}\n"
                f"Medical information: {details.medical_info or 'none recorded'}\n"
                f"Unsuitable placements: {details.unsuitable or 'none recorded'}\n\nThis view is audited.",
            )

        self.run(lambda: reparation.restricted_details(db, actor, placement.id), show, write=True)

    def certificate(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the completion certificate", f"certificate-{placement.child_cms_ref}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        db, actor = self.session.db, self.session.actor

        def write() -> Path:
            return write_whole(path, reparation.completion_certificate(db, actor, placement.id))

        self.run(write, lambda target: QMessageBox.information(self, self.title, f"Saved {target}."), write=True)

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
            f"End the placement early — {placement.child_cms_ref}",
            [("reason", "&Why:", QLineEdit())],
            lambda v: lambda: reparation.end_placement(db, actor, placement.id, placement.version, v["reason"]),
            note="What was delivered stays recorded.",
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    # ------------------------------------------------------------------------------------------ compliance

    def _build_compliance(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        explain = QLabel(
            "Absences from reparation for your children (a manager sees every child). Decide whether each was "
            "acceptable and whether to warn; rjdesk counts unacceptable failures against the order's threshold."
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.compliance_model = RowsModel(
            [
                Column("Date", lambda a: a.session_date.strftime("%d %b %Y")),
                Column("Child", lambda a: f"{a.child_name} ({a.child_cms_ref})"),
                Column("Project", lambda a: a.project_name),
                Column("Reason given", lambda a: a.reason or ""),
                Column("Order", lambda a: a.state.disposal_type.replace("_", " ").title()),
                Column("Compliance so far", lambda a: a.state.summary),
            ]
        )
        self.compliance_table = list_table(self.compliance_model, "Absences to decide", 5, single=True)
        layout.addWidget(self.compliance_table, 1)
        row = QHBoxLayout()
        self.decide_button = QPushButton("&Decide…")
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
        acceptable = QCheckBox("The absence was acceptable")
        warning = QCheckBox("A warning was given")
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
            f"Absence — {absence.child_cms_ref} on {absence.session_date:%d %b %Y}",
            [("acceptable", "", acceptable), ("warning", "", warning), ("notes", "&Notes:", QLineEdit())],
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
        return self.placements_model.as_html_table("Reparation placements")


class QTableWidgetItemReadOnly(QTableWidgetItem):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
