"""The sign-in window: the first thing a returning user sees, painted before the store is opened.

Nothing here imports SQLAlchemy, keyring or ReportLab at module level: the store opens on a worker thread
while the user types (DESIGN §6a, fast first paint).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rjdesk.connection import ConnectionProfile
from rjdesk.errors import AccountLocked, NoKeyAvailable, RjdeskError, StoreDamaged, StoreUnavailable, WrongKey
from ui.i18n import error_text, tr
from ui.tasks import TaskRunner
from ui.widgets.forms import ERROR_STYLE, FieldErrors


def _open_store(profile: ConnectionProfile) -> Any:
    from ui import startup

    return startup.open_store(profile)


def store_description(profile: ConnectionProfile) -> str:
    """Where the data is, in words (the sign-in window, the status bar, the home page)."""
    if profile.kind == "team":
        return tr("Team database {database} on {host}").format(database=profile.database, host=profile.host)
    if profile.kind == "demo":
        return tr("Demo data on this computer")
    return tr("Encrypted store on this computer")


class LoginWindow(QWidget):
    """Emits ``signed_in(db, actor)`` when a password was accepted, ``setup_requested`` to start over."""

    signed_in = Signal(object, object)
    setup_requested = Signal()

    def __init__(self, profile: ConnectionProfile, tasks: TaskRunner, hint: str = "") -> None:
        super().__init__()
        self.profile = profile
        self.tasks = tasks
        self.db: Any = None
        self.setWindowTitle("rjdesk — " + tr("sign in"))
        self.setObjectName("login")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        title = QLabel("rjdesk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(tr("Victims and restorative justice"))
        layout.addWidget(subtitle)
        self.where = QLabel(store_description(profile))
        self.where.setObjectName("where")
        self.where.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.where)
        layout.addSpacing(12)

        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setAccessibleName(tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        form.addRow(tr("&User name:"), self.username)
        form.addRow(tr("&Password:"), self.password)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Sign-in message"))
        self.message.hide()
        layout.addWidget(self.message)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("hint")
            layout.addWidget(hint_label)

        problem_row = QHBoxLayout()
        self.recover_button = QPushButton(tr("Use &recovery key…"))
        self.recover_button.hide()
        self.recover_button.clicked.connect(self._ask_recovery_key)
        self.retry_button = QPushButton(tr("&Try again"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.open_store)
        self.restore_button = QPushButton(tr("Restore the latest &good backup…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.hide()
        self.restore_button.clicked.connect(self._find_good_backup)
        # Always offered: where the data lives (this computer or the service's server, its address and the
        # password kept in the keyring) is changed through the first-start steps again.
        self.setup_button = QPushButton(tr("&Connection…"))
        self.setup_button.setToolTip(tr("Where the data lives: this computer or the service's database server"))
        self.setup_button.clicked.connect(self.setup_requested.emit)
        self.sign_in_button = QPushButton(tr("Sign &in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.clicked.connect(self.sign_in)
        for button in (self.recover_button, self.restore_button, self.retry_button, self.setup_button):
            problem_row.addWidget(button)
        problem_row.addStretch(1)
        layout.addLayout(problem_row)
        sign_in_row = QHBoxLayout()
        sign_in_row.addStretch(1)
        sign_in_row.addWidget(self.sign_in_button)
        layout.addLayout(sign_in_row)
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.status = QLabel(tr("Opening the store…"))
        self.status.setObjectName("status")
        layout.addWidget(self.status)

    # ------------------------------------------------------------------------------------------ store
    def open_store(self) -> None:
        self._say("")
        for button in (self.recover_button, self.restore_button, self.retry_button):
            button.hide()
        self.status.setText(tr("Opening the store…"))
        self.tasks.run(lambda: _open_store(self.profile), self._store_ready, self._store_failed, write=True)

    def use_store(self, db: Any) -> None:
        """When the store is already open (right after first start)."""
        self._store_ready(db)

    def _store_ready(self, db: Any) -> None:
        self.db = db
        self.status.setText(tr("Ready."))
        self.sign_in_button.setEnabled(True)
        (self.password if self.username.text() else self.username).setFocus()

    def _store_failed(self, exc: Exception) -> None:
        self.status.setText(tr("The store is not open."))
        if not isinstance(exc, StoreUnavailable):
            raise exc  # unexpected: the global hook shows it with details to copy
        message = error_text(exc)
        if self.profile.kind != "team" and isinstance(exc, NoKeyAvailable | WrongKey):
            self.recover_button.show()
            message = tr(
                "This computer's keyring does not hold the key of the encrypted store (it may have been reset). "
                "Type the recovery key that a manager keeps: Use recovery key…"
            )
        if self.profile.kind == "local" and isinstance(exc, StoreDamaged):
            # Damage, never a wrong key (the key check tells them apart): offer the latest good backup.
            self.restore_button.show()
            message += " " + tr("Your backups are checked one by one until a good one is found.")
        self.retry_button.show()
        self.setup_button.show()
        self._say(message, error=True)

    def _find_good_backup(self) -> None:
        self.status.setText(tr("Checking the backups…"))
        self.restore_button.setEnabled(False)

        def find() -> Any:
            from ui import startup

            return startup.latest_good_backup(self.profile.local_path())

        self.tasks.run(find, self._offer_backup, self._recovery_failed)

    def _offer_backup(self, backup: Any) -> None:
        self.restore_button.setEnabled(True)
        if backup is None:
            self.status.setText(tr("No good backup."))
            self._say(
                tr(
                    "No backup of this store opens and verifies on this computer. Ask IT for a copy of the backups "
                    "folder, or set up again."
                ),
                error=True,
            )
            return
        made = backup.made_at.strftime("%d/%m/%Y %H:%M")
        answer = QMessageBox.question(
            self,
            tr("Restore the latest good backup"),
            tr(
                "The newest good backup was made on {made}. Work saved after that is not in it.\n\n"
                "The damaged store is kept (not deleted) beside the store, in the folder 'damaged'. "
                "Restore this backup now?"
            ).format(made=made),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.setText(tr("Restoring…"))

        def restore() -> None:
            from ui import startup

            startup.replace_damaged_store(self.profile.local_path(), backup.path)

        self.tasks.run(restore, lambda _: self.open_store(), self._recovery_failed, write=True)

    def _ask_recovery_key(self) -> None:
        text, ok = QInputDialog.getText(
            self, tr("Recovery key"), tr("Type the recovery key (14 groups of four letters and digits):")
        )
        if not ok or not text.strip():
            return

        def recover() -> None:
            from ui import startup

            startup.recover_local_key(self.profile.local_path(), text)

        self.tasks.run(recover, lambda _: self.open_store(), self._recovery_failed, write=True)

    def _recovery_failed(self, exc: Exception) -> None:
        self.restore_button.setEnabled(True)
        if not isinstance(exc, RjdeskError):
            raise exc
        self.status.setText(tr("The store is not open."))
        self._say(error_text(exc), error=True)

    # ------------------------------------------------------------------------------------------ sign in
    def sign_in(self) -> None:
        if self.db is None or not self.sign_in_button.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._say(tr("Enter your user name and password."), error=True)
            return
        self.sign_in_button.setEnabled(False)
        self.status.setText(tr("Checking…"))

        def authenticate() -> Any:
            from rjdesk.services import users

            return users.authenticate(self.db, username, password)

        self.tasks.run(authenticate, self._accepted, self._refused, write=True)

    def _accepted(self, actor: Any) -> None:
        self.password.clear()
        self.status.setText(tr("Signed in."))
        if actor.must_change_password:
            dialog = ChangePasswordDialog(self.db, actor, self.tasks, self, forced=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.sign_in_button.setEnabled(True)
                self._say(tr("Choose a new password to continue."), error=True)
                return
        self.signed_in.emit(self.db, actor)

    def _refused(self, exc: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.setText(tr("Ready."))
        if not isinstance(exc, RjdeskError):
            raise exc
        self.password.clear()
        self.password.setFocus()
        self._say(error_text(exc), error=True)
        if isinstance(exc, AccountLocked):
            self.message.setObjectName("locked")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))
        self.adjustSize()  # grow to fit the message and any buttons that appeared


class ChangePasswordDialog(QDialog):
    """Change one's own password (forced after an administrator's reset)."""

    def __init__(self, db: Any, actor: Any, tasks: TaskRunner, parent: QWidget | None = None, forced: bool = False):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.setWindowTitle(tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(tr("Your password was set by an administrator. Choose your own to continue."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for edit in (self.old, self.new, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, tr("&Current password:"), "old_password", self.old)
        self.errors.add_row(form, tr("&New password:"), "new_password", self.new)
        self.errors.add_row(form, tr("C&onfirm new password:"), "confirm", self.confirm)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            self.errors.show({"confirm": tr("The two new passwords differ.")})
            return
        old, new = self.old.text(), self.new.text()
        self.buttons.setEnabled(False)

        def change() -> None:
            from rjdesk.services import users

            users.change_password(self.db, self.actor, old, new)

        self.tasks.run(change, lambda _: self.accept(), self._failed, write=True)

    def _failed(self, exc: Exception) -> None:
        from rjdesk.errors import ValidationError

        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.fields or {"new_password": str(exc)})
            return
        if isinstance(exc, RjdeskError):
            QMessageBox.warning(self, tr("Change password"), error_text(exc))
            return
        raise exc
