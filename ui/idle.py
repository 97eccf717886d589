"""Idle lock: after the service's idle time the window hides personal data until the password is typed."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Watches the whole application's input; emits ``idle`` once when nothing happened for too long."""

    idle = Signal()

    def __init__(self, idle_seconds: float, check_every_ms: int = 5_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.last_activity = time.monotonic()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def _check(self) -> None:
        if not self.paused and time.monotonic() - self.last_activity >= self.idle_seconds:
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.last_activity = time.monotonic()
        self.paused = False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPanel(QWidget):
    """Shown instead of the pages while locked: no personal data, just the password prompt."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, user_label: str) -> None:
        super().__init__()
        self.setObjectName("lock_panel")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel(
            tr(
                "<h2>Locked</h2><p>rjdesk was idle and hid what was on screen.<br>"
                "{user}, type your password to carry on.</p>"
            ).format(user=user_label)
        )
        box.addWidget(title)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password to unlock"))
        self.password.setMaximumWidth(320)
        box.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(tr("Sign &out"))
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)

    def _unlock(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())
            self.password.clear()

    def refuse(self, message: str) -> None:
        self.message.setText(message)
        self.password.setFocus()
