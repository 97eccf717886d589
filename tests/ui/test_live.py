"""Live refresh on real widgets and a real PostgreSQL server: a victim added at one desk appears in another desk's
open Victims list within two seconds, with no key pressed; while the screen is locked, lists do not reload."""

from __future__ import annotations

import time

import pytest

from rjdesk.connection import ConnectionProfile
from rjdesk.rules.permissions import Role
from rjdesk.services import settings, victims
from rjdesk.store.database import Database, open_team
from tests.conftest import make_service, make_user, pg_url
from tests.ui.conftest import screenshot
from ui.main_window import MainWindow
from ui.session import Session

pytestmark = pytest.mark.ui


@pytest.mark.postgres
def test_another_desks_new_victim_appears_within_two_seconds(
    qtbot, pg_db: Database, pg_database_name: str, tasks
) -> None:
    operator = make_service(pg_db)
    vlo = make_user(pg_db, operator, "vlo1", Role.VLO)
    victims.create_victim(pg_db, vlo, victims.VictimDetails("individual", "Already There"))
    profile = ConnectionProfile("team", host="127.0.0.1", port=5432, database=pg_database_name, user="postgres")
    window = MainWindow(Session(pg_db, vlo, profile, tasks, settings.get_service(pg_db, vlo)))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("victims")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    qtbot.wait(500)  # the listener is waiting on the server

    other_desk = open_team(pg_url(pg_database_name), None)
    try:
        started = time.monotonic()
        victims.create_victim(other_desk, operator, victims.VictimDetails("individual", "Added Next Door"))
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2_000)
        assert time.monotonic() - started < 2.0
        screenshot(window, "victims-live-refresh")
        window.lock()
        victims.create_victim(other_desk, operator, victims.VictimDetails("individual", "While Locked"))
        qtbot.wait(1_500)
        assert page.model.rowCount() == 2  # nothing is read for a screen nobody can see
    finally:
        other_desk.dispose()
        window.close()


def test_on_the_local_store_lists_refresh_periodically(qtbot, open_main, local_db, operator, monkeypatch) -> None:
    import ui.live

    monkeypatch.setattr(ui.live, "LOCAL_REFRESH_MS", 300)
    window = open_main("vlo2", Role.VLO)
    page = window.show_page("victims")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.isVisible(), timeout=10_000)
    victims.create_victim(local_db, operator, victims.VictimDetails("individual", "From The Command Line"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3_000)
