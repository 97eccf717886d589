"""The tray icon: today's due count at a glance while rjdesk is behind other windows.

Only where the platform has a tray (many Linux desktops and every offscreen run have none: then nothing is
made). The count is the officer's own My day — overdue plus due today — read off the UI thread every few
minutes and whenever another desk changes something; it never names a victim (a tray tooltip can be seen by
anyone passing the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from rjdesk.services import duties
from ui.appearance import app_icon
from ui.i18n import tr
from ui.session import Session

REFRESH_MS = 5 * 60 * 1000


def due_text(overdue: int, due_today: int) -> str:
    """What the tooltip says: counts only."""
    if not overdue and not due_today:
        return "rjdesk: " + tr("nothing overdue or due today")
    parts = []
    if overdue:
        parts.append(tr("{count} overdue").format(count=overdue))
    if due_today:
        parts.append(tr("{count} due today").format(count=due_today))
    return "rjdesk: " + ", ".join(parts)


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app's icon with the count in a red disc (99+ when larger); the plain icon when nothing is due."""
    pixmap = app_icon().pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#1f5f8b"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size // 3, 0, size * 2 // 3, size * 2 // 3)
    painter.setBrush(QColor("#b00020"))
    painter.setPen(QColor("#ffffff"))
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size // 3 if count < 100 else size // 4)
    painter.setFont(font)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class DueTray(QObject):
    """Owns the tray icon for one signed-in session."""

    open_my_day = Signal()
    quit_requested = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: tuple[int, int] | None = None
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.icon.setToolTip("rjdesk")
        menu = QMenu()
        menu.addAction(tr("Open &My day"), self.open_my_day.emit)
        menu.addSeparator()
        menu.addAction(tr("&Quit rjdesk"), self.quit_requested.emit)
        self.menu = menu  # kept: the tray holds no reference of its own
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.icon.show()
        self.refresh()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_my_day.emit()

    def refresh(self) -> None:
        db, actor = self.session.db, self.session.actor
        self.session.tasks.run(lambda: duties.my_day(db, actor, limit=0), self._show, lambda _exc: None)

    def _show(self, day: duties.DayList) -> None:
        self.show_counts(day.overdue, day.due_today)

    def show_counts(self, overdue: int, due_today: int) -> None:
        self.counts = (overdue, due_today)
        self.icon.setIcon(badge_icon(overdue + due_today))
        self.icon.setToolTip(due_text(overdue, due_today))

    def close(self) -> None:
        self.timer.stop()
        self.icon.hide()
