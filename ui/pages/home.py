"""Home: who is signed in, where the data is, and which pages this user's roles open."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.i18n import tr, tr_core, tr_noop
from ui.login import store_description
from ui.pages.base import Page
from ui.session import Session


class HomePage(Page):
    title = tr_noop("Home")

    def __init__(self, session: Session, page_titles: list[str]) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        actor = session.actor
        roles = ", ".join(sorted(tr_core(r.label) for r in actor.roles)) or tr("local operator")
        service = session.service.name if session.service else ""
        pages = "".join(f"<li>{escape(tr(t))}</li>" for t in page_titles if t != self.title)
        self.summary = QLabel(
            tr("<h2>Hello, {name}</h2>").format(name=escape(actor.display_name or actor.username))
            + tr("<p>You are signed in to <b>{service}</b> as {roles}.</p>").format(
                service=escape(service), roles=escape(roles)
            )
            + f"<p>{escape(store_description(session.profile))}.</p>"
            + (
                tr("<p>Your pages:</p>") + f"<ul>{pages}</ul>"
                if pages
                else tr("<p>Your roles open no other pages yet; they arrive as rjdesk grows.</p>")
            )
        )
        self.summary.setObjectName("home_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary)
        layout.addStretch(1)
