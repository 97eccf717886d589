"""First start: where the data lives (this computer, the service's database, or demo data), the recovery
key shown once for a local store, and the service with its first administrator."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rjdesk.connection import SSL_MODES, ConnectionProfile
from rjdesk.errors import RjdeskError, ValidationError
from ui.i18n import error_text, tr
from ui.tasks import TaskRunner
from ui.widgets.forms import ERROR_STYLE, FieldErrors

PAGE_CHOICE, PAGE_TEAM, PAGE_LOCAL, PAGE_SERVICE, PAGE_DEMO = range(5)


def _call(name: str, *args: Any) -> Any:
    """Run a start-up function from ui.startup (imported here, on the worker thread)."""
    from ui import startup

    return getattr(startup, name)(*args)


def _any_users(db: Any) -> bool:
    from rjdesk.services.users import any_users

    return bool(any_users(db))


class FirstStartWizard(QWizard):
    """On finish: ``profile`` is the chosen store, ``db`` is open, and ``actor`` is the new administrator
    (signed in already) or None (an existing team database or demo data: sign in next)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle("rjdesk — " + tr("first start"))
        self.setObjectName("first_start")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 480)
        for button, text in (
            (QWizard.WizardButton.BackButton, tr("< &Back")),
            (QWizard.WizardButton.NextButton, tr("&Next >")),
            (QWizard.WizardButton.FinishButton, tr("&Finish")),
            (QWizard.WizardButton.CancelButton, tr("Cancel")),
        ):
            self.setButtonText(button, text)  # Qt has no Welsh of its own for these
        self.profile: ConnectionProfile | None = None
        self.db: Any = None
        self.actor: Any = None
        self.has_users = False
        self.choice = ChoicePage()
        self.team = TeamPage(self)
        self.local = LocalStorePage(self)
        self.service = ServicePage(self)
        self.demo = DemoPage(self)
        for page_id, page in (
            (PAGE_CHOICE, self.choice),
            (PAGE_TEAM, self.team),
            (PAGE_LOCAL, self.local),
            (PAGE_SERVICE, self.service),
            (PAGE_DEMO, self.demo),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_CHOICE)

    def store_opened(self, profile: ConnectionProfile, db: Any, has_users: bool) -> None:
        self.profile, self.db, self.has_users = profile, db, has_users

    def accept(self) -> None:
        if self.profile is not None:
            from rjdesk.connection import save_profile

            save_profile(self.profile)
        super().accept()


class ChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Where should rjdesk keep its records?"))
        layout = QVBoxLayout(self)
        self.local = QRadioButton(
            tr("On &this computer — an encrypted store (a trial, or one officer working offline)")
        )
        self.team = QRadioButton(
            tr("In the &service's database — PostgreSQL, shared by the team (recommended for real use)")
        )
        self.demo = QRadioButton(tr("&Demo data — made-up people to look around; nothing real"))
        self.group = QButtonGroup(self)
        for index, button in enumerate((self.local, self.team, self.demo)):
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.local.setChecked(True)
        note = QLabel(
            tr(
                "Victims' details are personal data. On this computer they are encrypted with a key kept "
                "in the system keyring; you will be shown a recovery key to print for a manager."
            )
        )
        note.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.team.isChecked():
            return PAGE_TEAM
        if self.demo.isChecked():
            return PAGE_DEMO
        return PAGE_LOCAL


class _BusyPage(QWizardPage):
    """A page that waits for background work; Next is enabled when it finished."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.done = False
        self.layout_ = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(tr("Working"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("page_message")
        self.message.setWordWrap(True)

    def busy(self, text: str) -> None:
        self.done = False
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.progress.show()
        self.completeChanged.emit()

    def failed(self, exc: Exception) -> None:
        self.progress.hide()
        if not isinstance(exc, RjdeskError):
            raise exc
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))
        self.completeChanged.emit()

    def finished(self, text: str) -> None:
        self.progress.hide()
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class TeamPage(_BusyPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("The service's database"))
        self.setSubTitle(tr("Ask your IT team for these. The password is kept in the system keyring, not in a file."))
        form = QFormLayout()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("rjdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.remember = QCheckBox(tr("Remember the password on this computer (system keyring)"))
        self.remember.setChecked(True)
        for label, widget in (
            (tr("&Server:"), self.host),
            (tr("P&ort:"), self.port),
            (tr("&Database:"), self.database),
            (tr("&User:"), self.user),
            (tr("&Password:"), self.password),
            (tr("&TLS:"), self.sslmode),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        form.addRow("", self.remember)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = QPushButton(tr("&Connect"))
        self.connect_button.clicked.connect(self.connect_now)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def profile(self) -> ConnectionProfile:
        return ConnectionProfile(
            "team",
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode.currentText(),
        )

    def connect_now(self) -> None:
        profile = self.profile()
        if not (profile.host and profile.database and profile.user):
            self.failed(ValidationError(tr("Fill in the server, database and user.")))
            return
        password, remember = self.password.text(), self.remember.isChecked()
        self.busy(tr("Connecting…"))
        self.connect_button.setEnabled(False)

        def work() -> tuple[Any, bool]:
            db = _call("connect_team", profile, password, remember)
            return db, _any_users(db)

        def done(result: tuple[Any, bool]) -> None:
            self.connect_button.setEnabled(True)
            db, has_users = result
            self.wiz.store_opened(profile, db, has_users)
            self.finished(
                tr("Connected. This database already has users: you will sign in next.")
                if has_users
                else tr("Connected. Next, name the service and create its first administrator.")
            )

        def failed(exc: Exception) -> None:
            self.connect_button.setEnabled(True)
            self.failed(exc)

        self.wiz.tasks.run(work, done, failed, write=True)

    def nextId(self) -> int:
        return -1 if self.wiz.has_users else PAGE_SERVICE


class LocalStorePage(_BusyPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("An encrypted store on this computer"))
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setObjectName("recovery_key")
        self.key.setAccessibleName(tr("Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        mono.setWeight(QFont.Weight.Bold)
        self.key.setFont(mono)
        self.key.hide()
        self.layout_.addWidget(self.key)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print…"))
        self.save_button = QPushButton(tr("&Save to a file…"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.confirm = QCheckBox(tr("I have printed or saved the recovery key, and a manager will keep it safe"))
        self.confirm.toggled.connect(lambda _: self.completeChanged.emit())
        self.layout_.addWidget(self.confirm)
        self.layout_.addStretch(1)
        for widget in (self.print_button, self.save_button, self.confirm):
            widget.hide()
        self.recovery_key: str | None = None

    def initializePage(self) -> None:
        if self.wiz.db is not None:
            return
        profile = ConnectionProfile("local")
        self.busy(tr("Creating the encrypted store…"))

        def work() -> tuple[Any, bool]:
            db = _call("create_local_store", profile)
            return db, _any_users(db)

        self.wiz.tasks.run(work, lambda result: self._created(profile, *result), self.failed, write=True)

    def _created(self, profile: ConnectionProfile, db: Any, has_users: bool) -> None:
        self.wiz.store_opened(profile, db, has_users)
        self.recovery_key = db.recovery_key
        if self.recovery_key is None:
            self.finished(
                tr(
                    "An encrypted store already exists on this computer; it is open. Its recovery key was "
                    "shown when it was created."
                )
            )
            return
        self.key.setText(self.recovery_key)
        for widget in (self.key, self.print_button, self.save_button, self.confirm):
            widget.show()
        self.finished(
            tr(
                "The store is ready. This is its recovery key. It is shown only now. Without it, the "
                "records cannot be opened if this computer's keyring is lost. Print it or save it "
                "somewhere safe, away from this computer, and give it to a manager."
            )
        )

    def isComplete(self) -> bool:
        return self.done and (self.recovery_key is None or self.confirm.isChecked())

    def _key_text(self) -> str:
        return tr(
            "rjdesk recovery key\n\n{key}\n\nKeep this safe. It opens the encrypted rjdesk store on this computer "
            "if the system keyring is lost.\n"
        ).format(key=self.recovery_key)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setPlainText(self._key_text())
            document.print_(printer)

    def save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the recovery key"), "rjdesk-recovery-key.txt", tr("Text files (*.txt)")
        )
        if not path:
            return
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(self._key_text())
        self.message.setText(
            tr("Saved to {path}. Move it off this computer and give it to a manager.").format(path=path)
        )

    def nextId(self) -> int:
        return -1 if self.wiz.has_users else PAGE_SERVICE


class ServicePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Your service and its first administrator"))
        self.setSubTitle(
            tr("The administrator adds the team's users and their roles. Administrators see no victim data.")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.service_name = QLineEdit()
        self.service_name.setPlaceholderText(tr("e.g. Northbridge Youth Justice Service"))
        self.service_code = QLineEdit()
        self.service_code.setPlaceholderText(tr("a short code, e.g. NBYJS"))
        self.welsh = QCheckBox(tr("A Welsh service"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, tr("Service &name:"), "service_name", self.service_name)
        self.errors.add_row(form, tr("Service &code:"), "service_code", self.service_code)
        form.addRow("", self.welsh)
        self.errors.add_row(form, tr("Administrator's &user name:"), "username", self.username)
        self.errors.add_row(form, tr("Administrator's &full name:"), "display_name", self.display_name)
        self.errors.add_row(form, tr("&Password:"), "password", self.password)
        self.errors.add_row(form, tr("C&onfirm password:"), "confirm", self.confirm)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("service_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._created = False

    def validatePage(self) -> bool:
        if self._created:
            return True
        self.errors.clear()
        self.message.clear()
        if self.password.text() != self.confirm.text():
            self.errors.show({"confirm": tr("The two passwords differ.")})
            return False
        from rjdesk.rules.permissions import Role

        admin = _new_user(
            self.username.text().strip().lower(),
            self.display_name.text(),
            self.password.text(),
            frozenset({Role.ADMINISTRATOR}),
        )
        name, code, welsh, db = (
            self.service_name.text(),
            self.service_code.text().strip(),
            self.welsh.isChecked(),
            self.wiz.db,
        )

        def work() -> Any:
            from rjdesk.services.users import setup_first_service

            return setup_first_service(db, service_name=name, service_code=code, admin=admin, welsh=welsh)

        def done(actor: Any) -> None:
            self.wiz.actor = actor
            self._created = True
            # validatePage said "not yet" while the work ran; now it passes, so Finish goes through.
            self.wiz.button(QWizard.WizardButton.FinishButton).click()

        def failed(exc: Exception) -> None:
            self.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.errors.show(exc.fields)
                self.message.setText(error_text(exc))
                return
            if isinstance(exc, RjdeskError):
                self.message.setText(error_text(exc))
                return
            raise exc

        self.setEnabled(False)
        self.message.setText(tr("Creating…"))
        self.wiz.tasks.run(work, done, failed, write=True)
        return False

    def nextId(self) -> int:
        return -1


def _new_user(username: str, display_name: str, password: str, roles: Any) -> Any:
    from rjdesk.services.users import NewUser

    return NewUser(username, display_name, password, roles)


class DemoPage(_BusyPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Demo data"))
        self.setSubTitle(tr("A separate store of made-up people and cases (Faker, en_GB). Nothing here is real."))
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def initializePage(self) -> None:
        if self.wiz.db is not None:
            return
        profile = ConnectionProfile("demo")
        self.busy(tr("Making demo data…"))
        self.wiz.tasks.run(
            lambda: _call("create_demo_store", profile), lambda db: self._ready(profile, db), self.failed, write=True
        )

    def _ready(self, profile: ConnectionProfile, db: Any) -> None:
        from rjdesk.demo_accounts import demo_hint

        self.wiz.store_opened(profile, db, True)
        self.finished(tr("Ready.") + " " + demo_hint())

    def nextId(self) -> int:
        return -1
