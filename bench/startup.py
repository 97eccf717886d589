"""Start to first window: rjdesk's sign-in and first-start windows beside a bare PySide6 QMainWindow.

Each candidate is a fresh process; the clock runs from spawning it until it reports its first window
shown (the same probe for all: a zero-timer after show(), inside the running event loop). rjdesk goes on
opening the store on a worker after that; that work is not part of the figure, by design.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15

BARE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(json.dumps({"painted": True}), flush=True), app.quit()))
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn until the process prints its first-paint line (work after that is not counted)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = proc.communicate(timeout=60)
    if '"painted": true' not in line:
        raise RuntimeError(f"{command} failed: {err[-500:]}")
    return elapsed


def run(runs: int = RUNS) -> dict[str, dict[str, float]]:
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    base_env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config"
        config.mkdir()
        (config / "connection.json").write_text(
            json.dumps({"kind": "local", "host": "", "port": 5432, "database": "", "user": "", "sslmode": "prefer"})
        )
        rjdesk_env = {**base_env, "RJDESK_FIRST_PAINT_PROBE": "1", "RJDESK_DATA_DIR": str(Path(tmp) / "data")}
        candidates = {
            "bare PySide6 QMainWindow": ([sys.executable, "-c", BARE], base_env),
            "rjdesk sign-in window": (
                [sys.executable, "-m", "ui.app"],
                {**rjdesk_env, "RJDESK_CONFIG_DIR": str(config)},
            ),
            "rjdesk first-start wizard": (
                [sys.executable, "-m", "ui.app"],
                {**rjdesk_env, "RJDESK_CONFIG_DIR": str(Path(tmp) / "empty-config")},
            ),
        }
        for command, env in candidates.values():  # warm the OS file cache once
            _time(command, env)
        timings: dict[str, list[float]] = {name: [] for name in candidates}
        for _ in range(runs):  # interleaved, so background load hits all alike
            for name, (command, env) in candidates.items():
                timings[name].append(_time(command, env))
    return {
        name: {"median_ms": statistics.median(t) * 1000, "min_ms": min(t) * 1000, "max_ms": max(t) * 1000}
        for name, t in timings.items()
    }


def as_markdown(results: dict[str, dict[str, float]]) -> str:
    lines = ["| start to first window | median | min | max |", "|---|---:|---:|---:|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['median_ms']:.0f} ms | {r['min_ms']:.0f} ms | {r['max_ms']:.0f} ms |")
    return "\n".join(lines)
