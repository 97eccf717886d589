"""Administration: users and their roles, the service's settings, closure days. No victim data here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rjdesk.errors import ValidationError
from rjdesk.rules.permissions import Permission, Role
from rjdesk.services import backups, retention, settings, users
from ui.i18n import date_text, error_fields, error_text, tr, tr_core, tr_noop
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.session import Session
from ui.widgets.forms import FieldErrors, WorkingDialog
from ui.widgets.tables import list_table


def _status(user: users.UserInfo) -> str:
    if user.disabled:
        return tr("Disabled")
    if user.locked:
        return tr("Locked (wrong passwords)")
    if user.must_change_password:
        return tr("Must choose a password")
    return tr("Active")


class RoleChecks(QGroupBox):
    def __init__(self, chosen: frozenset[Role] = frozenset()) -> None:
        super().__init__(tr("Roles"))
        layout = QVBoxLayout(self)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(tr_core(role.label))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in chosen)
            layout.addWidget(box)
            self.boxes[role] = box

    def chosen(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


class AddUserDialog(WorkingDialog):
    def __init__(self, page: Page) -> None:
        super().__init__(page, tr("Add a user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, tr("&User name:"), "username", self.username)
        self.errors.add_row(self.form, tr("&Full name:"), "display_name", self.display_name)
        self.errors.add_row(self.form, tr("&Temporary password:"), "password", self.password)
        self.roles = RoleChecks()
        self.errors.add_row(self.form, "", "roles", self.roles)
        note = QLabel(tr("The person chooses their own password the first time they sign in."))
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def work(self) -> Any:
        new = users.NewUser(
            self.username.text().strip().lower(), self.display_name.text(), self.password.text(), self.roles.chosen()
        )
        db, actor = self.page.session.db, self.page.session.actor
        return lambda: users.create_user(db, actor, new)


class RolesDialog(WorkingDialog):
    def __init__(self, page: Page, user: users.UserInfo) -> None:
        super().__init__(page, tr("Roles of {display_name}").format(display_name=user.display_name))
        self.user = user
        self.roles = RoleChecks(user.roles)
        self.errors.add_row(self.form, "", "roles", self.roles)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, user, chosen = self.page.session.db, self.page.session.actor, self.user, self.roles.chosen()
        return lambda: users.set_roles(db, actor, user.id, chosen, user.version_id)


class ResetPasswordDialog(WorkingDialog):
    def __init__(self, page: Page, user: users.UserInfo) -> None:
        super().__init__(page, tr("Reset the password of {display_name}").format(display_name=user.display_name))
        self.user = user
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, tr("&Temporary password:"), "password", self.password)
        note = QLabel(tr("This also unlocks the account. The person must choose a new password at sign-in."))
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def work(self) -> Any:
        db, actor, user, password = self.page.session.db, self.page.session.actor, self.user, self.password.text()
        return lambda: users.reset_password(db, actor, user.id, password, user.version_id)


class UsersTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                Column(tr("User name"), lambda u: u.username),
                Column(tr("Name"), lambda u: u.display_name),
                Column(tr("Roles"), lambda u: ", ".join(sorted(tr_core(r.label) for r in u.roles))),
                Column(tr("Status"), _status),
            ]
        )
        self.table = list_table(self.model, tr("Users"), 2, single=True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add user…"))
        self.roles_button = QPushButton(tr("&Roles…"))
        self.disable_button = QPushButton(tr("&Disable"))
        self.reset_button = QPushButton(tr("Reset &password…"))
        for button in (self.add_button, self.roles_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(lambda: self._with_selected(lambda u: RolesDialog(self.page, u)))
        self.reset_button.clicked.connect(lambda: self._with_selected(lambda u: ResetPasswordDialog(self.page, u)))
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.roles_button, self.disable_button, self.reset_button):
            button.setEnabled(user is not None)
        self.disable_button.setText(tr("&Enable") if user is not None and user.disabled else tr("&Disable"))

    def refresh(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run_latest("users", lambda: users.list_users(db, actor), self._show)

    def _show(self, rows: list[users.UserInfo]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.id == chosen.id:
                    self.table.selectRow(index)
        self._update_buttons()

    def add_user(self) -> None:
        dialog = AddUserDialog(self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _with_selected(self, make_dialog: Any) -> None:
        user = self.selected()
        if user is not None and make_dialog(user).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None:
            return
        disable = not user.disabled
        if disable:
            answer = QMessageBox.question(
                self,
                tr("Disable user"),
                tr("Disable {display_name}? They will not be able to sign in.").format(display_name=user.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run(
            lambda: users.set_disabled(db, actor, user.id, disable, user.version_id),
            lambda _: self.refresh(),
            write=True,
        )


class ServiceTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.errors.add_row(form, tr("Service &name:"), "name", self.name)
        self.welsh = QCheckBox(tr("A Welsh service (bilingual letters when a victim has not chosen)"))
        self.welsh.setAccessibleName(tr("Welsh service"))
        form.addRow("", self.welsh)
        self.spins: dict[str, QSpinBox] = {}
        for key, spec in settings.SETTINGS.items():
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setObjectName(f"setting_{key}")
            self.spins[key] = spin
            self.errors.add_row(form, f"{tr_core(spec.label)}:", key, spin)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(tr("No logo"))
        self.logo_preview.setAccessibleName(tr("Report logo"))
        self.logo_preview.setMinimumHeight(48)
        self.choose_logo_button = QPushButton(tr("Choose &logo…"))
        self.remove_logo_button = QPushButton(tr("Remove l&ogo"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        form.addRow(tr("Logo on report covers:"), logo_row)
        retention_row = QHBoxLayout()
        self.retention_years = QSpinBox()
        self.retention_years.setRange(1, retention.MAX_YEARS)
        self.retention_years.setSuffix(" years")
        self.retention_years.setObjectName("retention_years")
        self.retention_years.setAccessibleName(tr("Review victim records after"))
        self.retention_years.setToolTip(
            tr(
                "Victim records come up for review this long after the later of the last linked order's end and "
                "the last contact."
            )
        )
        self.save_retention_button = QPushButton(tr("Save &retention policy"))
        self.save_retention_button.clicked.connect(self.save_retention)
        retention_row.addWidget(self.retention_years)
        retention_row.addWidget(self.save_retention_button)
        retention_row.addStretch(1)
        form.addRow(tr("Review victim records after:"), retention_row)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.saved = QLabel()
        self.saved.setObjectName("settings_saved")
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def refresh(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run(lambda: settings.get_service(db, actor), self._show)
        self.page.run(
            lambda: retention.retention_policy(db, actor),
            lambda policy: self.retention_years.setValue(policy.victim_years),
        )

    def save_retention(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        years = self.retention_years.value()
        self.page.run(
            lambda: retention.set_retention_policy(db, actor, years),
            lambda policy: self.saved.setText(
                tr(
                    "Retention policy saved: victim records are reviewed {years} years after their last order "
                    "or contact."
                ).format(years=policy.victim_years)
            ),
            write=True,
        )

    def _show(self, info: settings.ServiceInfo) -> None:
        self.name.setText(info.name)
        self.welsh.setChecked(info.welsh)
        for key, spin in self.spins.items():
            spin.setValue(int(info.settings[key]))
        self._show_logo(info.logo)

    def _show_logo(self, logo: bytes | None) -> None:
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(tr("No logo: report covers show the service's name only."))
        self.remove_logo_button.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Choose the logo"), "", tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            image = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self, tr("Logo"), tr("The file could not be read: {strerror}.").format(strerror=exc.strerror)
            )
            return
        self._store_logo(image)

    def remove_logo(self) -> None:
        answer = QMessageBox.question(self, tr("Logo"), tr("Remove the logo from report covers?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._store_logo(None)

    def _store_logo(self, image: bytes | None) -> None:
        db, actor = self.page.session.db, self.page.session.actor

        def done(_: Any) -> None:
            self._show_logo(image)
            self.saved.setText(tr("Logo saved.") if image else tr("Logo removed."))

        self.page.run(lambda: settings.set_report_logo(db, actor, image), done, write=True)

    def save(self) -> None:
        self.errors.clear()
        self.saved.clear()
        db, actor = self.page.session.db, self.page.session.actor
        name, welsh = self.name.text(), self.welsh.isChecked()
        values = {key: spin.value() for key, spin in self.spins.items()}

        def refused(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                self.errors.show(exc.fields)
            else:
                self.page.show_error(exc)

        def done(info: settings.ServiceInfo) -> None:
            self._show(info)
            self.page.session.service = info
            self.saved.setText(tr("Saved."))

        self.page.session.tasks.run(
            lambda: settings.update_service(db, actor, name=name, welsh=welsh, settings=values),
            done,
            refused,
            write=True,
        )


class ClosureDaysTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Days the service is closed besides weekends and England-and-Wales bank holidays. Deadlines skip them.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [Column(tr("Date"), lambda d: date_text(d.day, "%a %d %b %Y")), Column(tr("Why"), lambda d: d.description)]
        )
        self.table = list_table(self.model, tr("Closure days"), 1)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setAccessibleName(tr("Closure date"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("e.g. Christmas Eve (council closure)"))
        self.description.setAccessibleName(tr("Why the service is closed"))
        self.add_button = QPushButton(tr("&Add day"))
        self.remove_button = QPushButton(tr("&Remove…"))
        for widget in (self.day, self.description, self.add_button, self.remove_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("closure_message")
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)

    def refresh(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run_latest("closures", lambda: settings.list_closure_days(db, actor), self.model.set_rows)

    def add_day(self) -> None:
        self.message.clear()
        db, actor = self.page.session.db, self.page.session.actor
        day: dt.date = self.day.date().toPython()  # type: ignore[assignment]
        description = self.description.text()

        def refused(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                self.message.setText(" ".join([error_text(exc), *error_fields(exc.fields).values()]))
            else:
                self.page.show_error(exc)

        def done(_: Any) -> None:
            self.description.clear()
            self.refresh()

        self.page.session.tasks.run(
            lambda: settings.add_closure_day(db, actor, day, description), done, refused, write=True
        )

    def remove_day(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(tr("Choose a day to remove."))
            return
        chosen = self.model.row(rows[0].row())
        answer = QMessageBox.question(
            self,
            tr("Remove closure day"),
            tr("Remove {date} ({description})? Deadlines will count it again.").format(
                date=date_text(chosen.day), description=chosen.description
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run(lambda: settings.remove_closure_day(db, actor, chosen.id), lambda _: self.refresh(), write=True)


class BackupsTab(QWidget):
    """The local store's backups: made daily and on close; here made by hand or restored (verified first)."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "This computer's store is backed up, encrypted, every day and whenever rjdesk closes; the newest ten "
                "and one a day for the last month are kept. A backup is checked (key, file, audit trail) before it "
                "can replace the store, and the store as it was is kept as a backup first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                Column(tr("Made"), lambda b: date_text(b.made_at, "%a %d %b %Y %H:%M")),
                Column(tr("Why"), lambda b: b.reason.replace("-", " ")),
                Column(tr("Size"), lambda b: f"{b.size_bytes / 1_048_576:.1f} MB"),
                Column(tr("File"), lambda b: b.name),
            ]
        )
        self.table = list_table(self.model, tr("Backups"), 3, single=True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_button = QPushButton(tr("Bac&k up now"))
        self.restore_button = QPushButton(tr("&Restore this backup…"))
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)

    def refresh(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        self.page.run_latest("backups", lambda: backups.list_backups(db, actor), self.model.set_rows)

    def back_up_now(self) -> None:
        db, actor = self.page.session.db, self.page.session.actor
        self.message.setText(tr("Backing up…"))

        def done(made: backups.BackupEntry) -> None:
            self.message.setText(tr("Backed up: {name}").format(name=made.name))
            self.refresh()

        self.page.run(lambda: backups.back_up_now(db, actor), done)

    def restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(tr("Choose the backup to restore."))
            return
        chosen: backups.BackupEntry = self.model.row(rows[0].row())
        answer = QMessageBox.warning(
            self,
            tr("Restore a backup"),
            tr(
                "Replace the store with the backup made {date}?\n\nEverything saved since then — by "
                "anyone using this computer's store — will no longer be in it (the store as it is now "
                "is kept as a backup first). Everyone is signed out."
            ).format(date=date_text(chosen.made_at, "%A %d %B %Y %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.page.session.db, self.page.session.actor
        self.message.setText(tr("Checking the backup, then restoring…"))

        def done(_safety: str) -> None:
            window = self.window()
            if hasattr(window, "close_for_restore"):
                window.close_for_restore()

        def refused(exc: Exception) -> None:
            self.message.setText(error_text(exc))  # a damaged backup or one under another key: nothing changed

        self.page.session.tasks.run(lambda: backups.restore_backup(db, actor, chosen.name), done, refused, write=True)


class AdminPage(Page):
    title = tr_noop("Administration")
    refresh_on_show = False  # the service settings form may hold unsaved edits
    can_create = True
    can_print = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.users_tab = UsersTab(self) if session.actor.can(Permission.USER_ADMIN) else None
        self.service_tab = ServiceTab(self) if session.actor.can(Permission.SETTINGS_ADMIN) else None
        self.closures_tab = ClosureDaysTab(self) if session.actor.can(Permission.SETTINGS_ADMIN) else None
        local_store = session.db.kind == "local"
        self.backups_tab = BackupsTab(self) if local_store and session.actor.can(Permission.DATA_ADMIN) else None
        for tab, label in (
            (self.users_tab, tr("&Users")),
            (self.service_tab, tr("Serv&ice")),
            (self.closures_tab, tr("&Closure days")),
            (self.backups_tab, tr("&Backups")),
        ):
            if tab is not None:
                self.tabs.addTab(tab, label)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        for tab in (self.users_tab, self.service_tab, self.closures_tab, self.backups_tab):
            if tab is not None:
                tab.refresh()

    def create_new(self) -> None:
        if self.users_tab is not None:
            self.tabs.setCurrentWidget(self.users_tab)
            self.users_tab.add_user()

    def printable_html(self) -> str | None:
        return self.users_tab.model.as_html_table(tr("Users")) if self.users_tab is not None else None
