"""Home: who is signed in, where the data is, and which pages this user's roles open."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.pages.base import Page
from ui.session import Session


class HomePage(Page):
    title = "Home"

    def __init__(self, session: Session, page_titles: list[str]) -> None:
        super().__init__(session)
        layout = QVBoxLayout(self)
        actor = session.actor
        roles = ", ".join(sorted(r.label for r in actor.roles)) or "local operator"
        service = session.service.name if session.service else ""
        pages = "".join(f"<li>{escape(t)}</li>" for t in page_titles if t != self.title)
        self.summary = QLabel(
            f"<h2>Hello, {escape(actor.display_name or actor.username)}</h2>"
            f"<p>You are signed in to <b>{escape(service)}</b> as {escape(roles)}.</p>"
            f"<p>{escape(session.profile.describe())}.</p>"
            + (
                f"<p>Your pages:</p><ul>{pages}</ul>"
                if pages
                else "<p>Your roles open no other pages yet; they arrive as rjdesk grows.</p>"
            )
        )
        self.summary.setObjectName("home_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary)
        layout.addStretch(1)
