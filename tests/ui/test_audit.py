"""The Audit page on real widgets: a manager filters the trail by a victim's reference, verifies the chain and
sees the verdict on the page, and exports what is shown as CSV."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rjdesk.rules.permissions import Role
from rjdesk.services import victims
from tests.conftest import make_user
from tests.ui.conftest import screenshot

pytestmark = pytest.mark.ui


def test_a_manager_searches_verifies_and_exports_the_audit_trail(
    qtbot, open_main, local_db, operator, tmp_path, monkeypatch
) -> None:
    vlo = make_user(local_db, operator, "vlo", Role.VLO)
    alex = victims.create_victim(local_db, vlo, victims.VictimDetails("individual", "Alex Example"))
    victims.create_victim(local_db, vlo, victims.VictimDetails("individual", "Sam Example"))
    victims.get_victim(local_db, vlo, alex.id)
    window = open_main("boss", Role.MANAGER)
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=10_000)
    qtbot.waitUntil(lambda: page.entity.findData("victim") >= 0, timeout=10_000)

    page.record.setText(alex.reference)
    qtbot.keyClick(page.record, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert [(line.actor, line.action) for line in page.model.rows] == [("vlo", "view"), ("vlo", "create")]
    assert page.count.text() == "2 entries."

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verdict.text().startswith("✔"), timeout=10_000)
    assert "intact" in page.verdict.text()
    screenshot(window, "audit-trail")

    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.export()
    qtbot.waitUntil(target.exists, timeout=10_000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and lines[0].startswith("Entry,When (UTC),User")
