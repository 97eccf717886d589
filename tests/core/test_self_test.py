"""The installed app's self-test: passes on a working installation, and names what is missing when a part is
not there — the check `make package` and the Windows installer rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rjdesk import self_test
from rjdesk.store import migrate


def test_the_self_test_passes_and_says_what_it_checked() -> None:
    report = self_test.run_self_test()
    assert report.ok, report.failed
    checked = "\n".join(report.checked)
    for part in ("encrypted store created", "KPI 10 PDF rendered", "reopened with its key", "bank holidays", "DOCX"):
        assert part in checked


def test_a_missing_part_fails_the_self_test_and_the_other_checks_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")  # as if a migration were not bundled
    report = self_test.run_self_test()
    assert not report.ok
    assert report.failed[0].startswith("store: RuntimeError: the schema is at")
    assert any(line.startswith("calendar:") for line in report.checked)  # the rest still ran


@pytest.mark.ui
def test_the_app_runs_its_self_test_without_a_screen_and_writes_the_report(tmp_path: Path) -> None:
    written = tmp_path / "self-test.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # --self-test needs no display
    env.update(RJDESK_CONFIG_DIR=str(tmp_path / "config"), RJDESK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--self-test", "--self-test-report", str(written)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(written.read_text())
    assert report["ok"] and any(line.startswith("qt: a window painted") for line in report["checked"])
    assert "qt: the Welsh interface translation loads" in report["checked"]
    assert json.loads(done.stdout) == report
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.db"))  # nothing of the user's
