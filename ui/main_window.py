"""The main window: a sidebar of the pages the user's roles open, standard menus and shortcuts, a status
bar saying who, which service and which database, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from rjdesk import __version__
from rjdesk.rules.permissions import Permission
from rjdesk.services import users
from ui.appearance import Theme, appearance
from ui.i18n import LANGUAGES, choose, chosen_language, error_text, tr, tr_core, tr_noop
from ui.idle import IdleWatcher, LockPanel
from ui.live import LiveRefresh
from ui.login import store_description
from ui.pages.admin import AdminPage
from ui.pages.audit import AuditPage
from ui.pages.base import Page
from ui.pages.cases import CasesPage
from ui.pages.disclosures import DisclosuresPage
from ui.pages.duty_rules import DutyRulesPage
from ui.pages.home import HomePage
from ui.pages.my_day import MyDayPage
from ui.pages.panels import PanelsPage
from ui.pages.reparation import ReparationPage
from ui.pages.reports import ReportsPage
from ui.pages.retention import RetentionPage
from ui.pages.rj import RjPage
from ui.pages.shared_views import SharedViewsPage
from ui.pages.victims import VictimsPage
from ui.session import Session
from ui.tray import DueTray


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    any_of: frozenset[Permission]  # empty: everyone
    make: Callable[[Session], Page]


# Pages appear here as the issues build them; a user sees those any of whose permissions they hold.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("my_day", tr_noop("My day"), frozenset({Permission.DUTY_MANAGE}), MyDayPage),
    PageSpec("victims", tr_noop("Victims"), frozenset({Permission.VICTIM_VIEW}), VictimsPage),
    PageSpec("rj", tr_noop("Restorative justice"), frozenset({Permission.RJ_VIEW}), RjPage),
    PageSpec("shared_views", tr_noop("Shared views"), frozenset({Permission.VICTIM_VIEWS_SUMMARY}), SharedViewsPage),
    PageSpec(
        "reparation",
        tr_noop("Reparation"),
        frozenset({Permission.REPARATION_VIEW, Permission.REPARATION_COMPLIANCE}),
        ReparationPage,
    ),
    PageSpec("cases", tr_noop("Cases"), frozenset({Permission.CASE_EDIT}), CasesPage),
    PageSpec("panels", tr_noop("Panels"), frozenset({Permission.PANEL_EDIT}), PanelsPage),
    PageSpec("reports", tr_noop("Reports"), frozenset({Permission.REPORT_AGGREGATE}), ReportsPage),
    PageSpec("disclosures", tr_noop("Disclosures"), frozenset({Permission.REPORT_CASE_LIST}), DisclosuresPage),
    PageSpec("audit", tr_noop("Audit"), frozenset({Permission.AUDIT_VIEW}), AuditPage),
    PageSpec("retention", tr_noop("Retention"), frozenset({Permission.RETENTION_REVIEW}), RetentionPage),
    PageSpec(
        "duty_rules",
        tr_noop("Duty rules"),
        frozenset({Permission.DUTY_RULE_PROPOSE, Permission.DUTY_RULE_APPROVE}),
        DutyRulesPage,
    ),
    PageSpec(
        "admin", tr_noop("Administration"), frozenset({Permission.USER_ADMIN, Permission.SETTINGS_ADMIN}), AdminPage
    ),
)


def pages_for(session: Session) -> list[PageSpec]:
    return [spec for spec in PAGES if not spec.any_of or any(session.actor.can(p) for p in spec.any_of)]


class MainWindow(QMainWindow):
    signed_out = Signal()
    store_replaced = Signal()  # a backup was restored: the store is closed and must be opened again

    def __init__(self, session: Session, idle_check_ms: int = 5_000) -> None:
        super().__init__()
        appearance()  # the desk's colours, text size and control descriptions apply from the first widget on
        self.session = session
        self.setObjectName("main_window")
        service_name = session.service.name if session.service else ""
        self.setWindowTitle(f"rjdesk — {service_name}")
        self.resize(1100, 720)
        specs = pages_for(session)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 8px 12px; }")  # text size follows View
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        home = HomePage(session, ["Home", *(s.title for s in specs)])
        self._add_page("home", home)
        for spec in specs:
            self._add_page(spec.key, spec.make(session))
        self._started = False
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.content = QWidget()
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.lock_panel = LockPanel(session.actor.display_name or session.actor.username)
        self.lock_panel.unlock_requested.connect(self._try_unlock)
        self.lock_panel.sign_out_requested.connect(self.sign_out)
        self.central = QStackedWidget()
        self.central.addWidget(self.content)
        self.central.addWidget(self.lock_panel)
        self.setCentralWidget(self.central)
        self._fit_sidebar()
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        self._started = False
        self.sidebar.setCurrentRow(1 if len(self.pages) > 1 else 0)
        self._started = True
        idle_minutes = int(session.service.settings["idle_lock_minutes"]) if session.service else 10
        self.idle = IdleWatcher(idle_minutes * 60, idle_check_ms, self)
        self.idle.idle.connect(self.lock)
        self.live = LiveRefresh(session.db, self)
        self.live.refresh_due.connect(self.refresh_from_elsewhere)
        self.tray = self._make_tray()
        self._closing_for_sign_out = False
        self._closing_for_restore = False

    def _fit_sidebar(self) -> None:
        """Page names a little larger than the text (as they were at 11 pt beside 9 pt), and the list wide enough
        for the longest at the current text size (View → Larger text)."""
        font = QFont(self.font())
        font.setPointSizeF(round(font.pointSizeF() * 1.2, 1))
        self.sidebar.setFont(font)
        metrics = QFontMetrics(font)
        names = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        self.sidebar.setFixedWidth(max(200, max((metrics.horizontalAdvance(name) for name in names), default=0) + 48))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "sidebar"):
            self._fit_sidebar()

    # ------------------------------------------------------------------------------------------ pages
    def _add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(tr(page.title))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> Page:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
        return self.pages[key]

    def refresh_from_elsewhere(self) -> None:
        """Another desk (or window) changed something: reload the list on screen, never a form being typed
        into, and nothing while the screen is locked."""
        if self.locked or not self.isVisible():
            return
        page = self.current_page()
        if page.refresh_on_show and not page.has_unsaved_input():
            page.refresh()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.current_page()
        if self._started and page.refresh_on_show:
            page.refresh()  # every page loads when built; later, show what other windows changed meanwhile
        self.find_action.setEnabled(page.can_search)
        self.new_action.setEnabled(page.can_create)
        self.print_action.setEnabled(page.can_print)

    # ------------------------------------------------------------------------------------------ menus
    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.print_action = self._action(tr("&Print…"), QKeySequence.StandardKey.Print, self.print_page)
        self.lock_action = self._action(tr("&Lock"), "Ctrl+L", self.lock)
        self.password_action = self._action(tr("Change &password…"), None, self.change_password)
        self.sign_out_action = self._action(tr("Sign &out"), None, self.sign_out)
        self.quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (
            self.print_action,
            None,
            self.lock_action,
            self.password_action,
            self.sign_out_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu(tr("&Edit"))
        self.find_action = self._action(
            tr("&Find"), QKeySequence.StandardKey.Find, lambda: self.current_page().focus_search()
        )
        self.new_action = self._action(
            tr("&New…"), QKeySequence.StandardKey.New, lambda: self.current_page().create_new()
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.new_action)
        view_menu = bar.addMenu(tr("&View"))
        self.refresh_action = self._action(tr("&Refresh"), "F5", self.refresh)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(tr("&Colours"))
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        current = appearance().theme
        for theme in Theme:
            action = self._action(tr(theme.label), None, partial(appearance().set_theme, theme))
            action.setCheckable(True)
            action.setChecked(theme is current)
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.larger_action = self._action(tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, appearance().larger)
        self.smaller_action = self._action(tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, appearance().smaller)
        self.normal_text_action = self._action(tr("&Normal text size"), "Ctrl+0", partial(appearance().set_scale, 1.0))
        for action in (self.larger_action, self.smaller_action, self.normal_text_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(tr("Lan&guage"))
        languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each in its own language, never translated
            action = self._action(name, None, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == chosen_language())
            languages.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About rjdesk"), None, self.about))

    def _build_status_bar(self) -> None:
        actor = self.session.actor
        roles = ", ".join(sorted(tr_core(r.label) for r in actor.roles))
        self.user_label = QLabel(f"{actor.display_name or actor.username} ({roles})")
        self.service_label = QLabel(self.session.service.name if self.session.service else "")
        self.database_label = QLabel(store_description(self.session.profile))  # says the kind itself
        for name, label in (
            ("status_user", self.user_label),
            ("status_service", self.service_label),
            ("status_database", self.database_label),
        ):
            label.setObjectName(name)
            label.setStyleSheet("padding: 0 8px; border-left: 1px solid palette(mid);")
            self.statusBar().addPermanentWidget(label)

    def _make_tray(self) -> DueTray | None:
        """Today's due count in the tray, where there is one, for those with a My day."""
        if not QSystemTrayIcon.isSystemTrayAvailable() or not self.session.actor.can(Permission.VICTIM_VIEW):
            return None
        tray = DueTray(self.session, self)
        tray.open_my_day.connect(self._show_my_day_from_tray)
        tray.quit_requested.connect(self.close)
        self.live.refresh_due.connect(tray.refresh)
        my_day = self.pages.get("my_day")
        if isinstance(my_day, MyDayPage):
            my_day.own_counts_shown.connect(tray.show_counts)
        return tray

    def _show_my_day_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if not self.locked and "my_day" in self.pages:
            self.show_page("my_day")

    # ------------------------------------------------------------------------------------------ actions
    def refresh(self) -> None:
        if self.central.currentWidget() is self.content:
            self.current_page().refresh()

    def print_page(self) -> None:
        html = self.current_page().printable_html()
        if not html:
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        document = QTextDocument()
        document.setHtml(html)
        preview = QPrintPreviewDialog(self)
        preview.paintRequested.connect(document.print_)
        preview.exec()

    def choose_language(self, language: str) -> None:
        """Windows opened from now on speak it; this one keeps its words until the next sign-in."""
        choose(language)
        QMessageBox.information(
            self,
            "rjdesk",
            "rjdesk will use English from the next time you sign in.\n\n"
            "Bydd rjdesk yn defnyddio'r Gymraeg y tro nesaf y byddwch yn mewngofnodi."
            if language == "en"
            else "Bydd rjdesk yn defnyddio'r Gymraeg y tro nesaf y byddwch yn mewngofnodi.\n\n"
            "rjdesk will use Welsh from the next time you sign in.",
        )

    def change_password(self) -> None:
        from ui.login import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session.db, self.session.actor, self.session.tasks, self)
        if dialog.exec():
            self.statusBar().showMessage(tr("Password changed."), 5000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About rjdesk"),
            tr(
                "<b>rjdesk {version}</b><p>Victims and restorative justice work for Youth Justice Services in "
                "England and Wales.</p><p>Free software (GPL-3.0-or-later).</p>"
            ).format(version=__version__),
        )

    # ------------------------------------------------------------------------------------------ idle lock
    @property
    def locked(self) -> bool:
        return self.central.currentWidget() is self.lock_panel

    def lock(self) -> None:
        """Hide every page (personal data) until the password is typed again."""
        if self.locked:
            return
        self.idle.paused = True
        for action in (
            self.find_action,
            self.new_action,
            self.print_action,
            self.refresh_action,
            self.lock_action,
            self.password_action,
        ):
            action.setEnabled(False)
        self.sidebar.clearFocus()
        self.central.setCurrentWidget(self.lock_panel)
        self.content.hide()
        self.lock_panel.password.setFocus()

    def _try_unlock(self, password: str) -> None:
        db, actor = self.session.db, self.session.actor

        def refused(exc: Exception) -> None:
            from rjdesk.errors import RjdeskError

            if not isinstance(exc, RjdeskError):
                raise exc
            self.lock_panel.refuse(error_text(exc))

        def checked(ok: bool) -> None:
            if ok:
                self.unlock()
            else:
                self.lock_panel.refuse(tr("That password is not right."))

        self.session.tasks.run(lambda: users.verify_password(db, actor, password), checked, refused, write=True)

    def unlock(self) -> None:
        self.lock_panel.message.clear()
        self.content.show()
        self.central.setCurrentWidget(self.content)
        for action in (self.refresh_action, self.lock_action, self.password_action):
            action.setEnabled(True)
        self._show_page(self.sidebar.currentRow())
        self.idle.resume()

    # ------------------------------------------------------------------------------------------ closing
    def sign_out(self) -> None:
        self._closing_for_sign_out = True
        self.close()

    def close_for_restore(self) -> None:
        """After a backup was restored the open store is gone: close, and the app opens it again."""
        self._closing_for_restore = True
        self.close()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        self.idle.stop()
        self.live.stop()
        if self.tray is not None:
            self.tray.close()
        self.session.tasks.wait_idle()  # a save in flight finishes before anything closes
        event.accept()
        if self._closing_for_restore:
            self.store_replaced.emit()
        elif self._closing_for_sign_out:
            self.signed_out.emit()
