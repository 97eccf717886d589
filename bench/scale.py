"""rjdesk at size: a bulk demo service of BENCH_VICTIMS victims (default 100,000) on both backends, and the
measures of issue 9 on it, side by side.

Each backend gets a fresh store: an encrypted SQLite file (raw key, as the app's keyring gives it) and a new
PostgreSQL database on the local server (dropped afterwards). Times are wall-clock on this machine; each
figure is the median (or p95) of repeated calls after one warm-up call, as a desk would see them with the
store already open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bench import startup

PG_ADMIN = os.environ.get("RJDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
TARGETS = {
    "login_to_my_day_ms": 400,
    "search_p95_ms": {"sqlite": 50, "postgresql": 100},
    "my_day_officer_ms": 100,
    "my_day_team_ms": 100,
    "kpi10_ratio": 1.5,
    "board_pack_pdf_ms": 3000,
    "import_rows_per_s": 5000,
    "scroll_longest_step_ms": 100,
    "scroll_peak_memory_mb": 400,
    "cold_start_ratio": 1.5,
}


class _Reported(dict[str, Any]):
    """Says each figure on standard error as it is measured: a run at size takes minutes."""

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        print(f"{self.get('backend')}: {key} = {value}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _timed(call: Callable[[], Any], repeat: int) -> list[float]:
    call()  # warm-up: caches, the pool's connections, the first query plan
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


@contextmanager
def _store(backend: str) -> Iterator[Any]:
    """A fresh store; yields the open database and where another process finds it (a file or a URL)."""
    from rjdesk.store import keys
    from rjdesk.store.database import open_local, open_team

    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            key_file = Path(folder) / "key.txt"
            key_file.write_text(keys.recovery_key_for(keys.new_raw_key()))
            os.environ["RJDESK_DB_KEY_FILE"] = str(key_file)
            db = open_local(Path(folder) / "rjdesk.db", keys.KeyringSecretStore())
            try:
                yield db, str(Path(folder) / "rjdesk.db")
            finally:
                db.dispose()
                del os.environ["RJDESK_DB_KEY_FILE"]
        return
    from sqlalchemy import create_engine, text

    from rjdesk.store import migrate

    name = f"rjdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
        db = open_team(url, None, require_current=False)
        migrate.upgrade(db)
        try:
            yield db, url
        finally:
            db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _referral_csv(rows: int, children: int, seed: int) -> bytes:
    from rjdesk.rules.referral_csv import REQUIRED_COLUMNS

    rng = random.Random(seed)
    lines = [",".join(REQUIRED_COLUMNS)]
    received = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    for number in range(rows):
        child = rng.randint(1, children)
        lines.append(f"PR/{number},{received},consented,C{child:07d},OF1,individual,Imported Person {number}")
    return ("\n".join(lines) + "\n").encode()


def measure(backend: str, victims: int, import_rows: int, found: dict[str, Any]) -> None:
    from rjdesk import demo, demo_bulk
    from rjdesk.demo_accounts import DEMO_PASSWORD
    from rjdesk.rules.kpi10 import Quarter
    from rjdesk.services import board_pack, duties, imports, kpi10, users
    from rjdesk.services import victims as victim_service
    from rjdesk.services.context import operator_actor

    with _store(backend) as (db, where):
        service_id = demo.ensure_demo_service(db)
        operator = operator_actor(service_id, "bench")
        started = time.perf_counter()
        made = demo_bulk.generate_bulk(db, operator, victims=victims, seed=11)
        found["generate_s"] = round(time.perf_counter() - started, 1)
        found["rows"] = sum(made.rows.values())
        children = made.rows["child"]

        def login_to_my_day() -> None:
            officer = users.authenticate(db, "vlo", DEMO_PASSWORD)
            duties.my_day(db, officer)

        found["login_to_my_day_ms"] = _ms(statistics.median(_timed(login_to_my_day, 5)))
        vlo = users.authenticate(db, "vlo", DEMO_PASSWORD)
        manager = users.authenticate(db, "manager", DEMO_PASSWORD)

        rng = random.Random(3)
        surnames = [s.display_name.split()[-1] for s in victim_service.search_victims(db, vlo, "", limit=400)]
        prefixes = [s[: rng.randint(1, 4)] for s in rng.sample(surnames, 50)]
        prefixes += [f"V{rng.randint(1, victims):06d}"[: rng.randint(3, 7)] for _ in range(50)]
        search_times = []
        for prefix in prefixes:  # as typed: each keystroke's prefix is one search
            search_times += _timed(lambda p=prefix: victim_service.search_victims(db, vlo, p, limit=50), 1)
        search_times.sort()
        found["search_p50_ms"] = _ms(search_times[len(search_times) // 2])
        found["search_p95_ms"] = _ms(search_times[int(len(search_times) * 0.95) - 1])

        found["my_day_officer_ms"] = _ms(statistics.median(_timed(lambda: duties.my_day(db, vlo), 10)))
        found["my_day_team_ms"] = _ms(statistics.median(_timed(lambda: duties.my_day(db, manager, team=True), 10)))
        quarter = Quarter.containing(dt.date.today()).previous()
        today = dt.date.today()
        found["kpi10_quarter_ms"] = _ms(
            statistics.median(_timed(lambda: kpi10.kpi10_report(db, manager, quarter, today), 5))
        )
        by_hand = _kpi10_by_hand(db, manager.service_id, quarter, today)
        assert by_hand["figures"] == kpi10.kpi10_report(db, manager, quarter, today).as_json()["measures"]
        found["kpi10_sql_ms"] = by_hand["ms"]
        found["kpi10_ratio"] = round(found["kpi10_quarter_ms"] / by_hand["ms"], 2)
        found["board_pack_pdf_ms"] = _ms(
            statistics.median(_timed(lambda: board_pack.board_pack_pdf(db, manager, quarter.start, quarter.end), 2))
        )
        data = _referral_csv(import_rows, children, seed=5)
        started = time.perf_counter()
        report = imports.import_referrals(db, operator, data)
        spent = time.perf_counter() - started
        assert report.imported == import_rows, (report.file_error, report.problems[:3])
        found["import_rows"] = import_rows
        found["import_rows_per_s"] = round(import_rows / spent)
        for key, value in _scroll(backend, where).items():
            found[f"scroll_{key}"] = value
        for key, value in _cold_start(backend, where).items():
            found[key] = value


def _kpi10_by_hand(db: Any, service_id: int, quarter: Any, as_of: dt.date) -> dict[str, Any]:
    """The quarter's figures from bench/kpi10_sql.py's one hand-written query (median of 5 after a warm-up)."""
    from bench import kpi10_sql
    from rjdesk.services.rj import engagement_mapping

    with db.unit_of_work(write=False) as session:
        _version, mapping = engagement_mapping(session, service_id)
        connection = session.connection()

        def run() -> dict[str, Any]:
            return kpi10_sql.figures(connection, service_id, quarter, as_of, mapping)

        spent = statistics.median(_timed(run, 5))
        return {"figures": run()["measures"], "ms": _ms(spent)}


def _scroll(backend: str, where: str) -> dict[str, Any]:
    """bench/scroll.py in its own process: its peak memory is the list's alone."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-m", "bench.scroll", backend, where],
        env=env,
        cwd=startup.ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _cold_start(backend: str, where: str, runs: int = 7) -> dict[str, float]:
    """The app started on this store beside a bare PySide6 window, interleaved (bench/startup.py's probe)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    base["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as config:
        if backend == "sqlite":
            profile = {"kind": "local", "host": "", "port": 5432, "database": "", "user": "", "sslmode": "prefer"}
            app_env = {
                **base,
                "RJDESK_DATA_DIR": str(Path(where).parent),
                "RJDESK_DB_KEY_FILE": os.environ["RJDESK_DB_KEY_FILE"],
            }
        else:
            url = make_url(where)
            profile = {
                "kind": "team",
                "host": url.host,
                "port": url.port,
                "database": url.database,
                "user": url.username,
                "sslmode": "prefer",
            }
            app_env = {**base, "RJDESK_DATA_DIR": str(Path(config) / "data")}
        (Path(config) / "connection.json").write_text(json.dumps(profile))
        app_env.update(RJDESK_CONFIG_DIR=config, RJDESK_FIRST_PAINT_PROBE="1")
        app = [sys.executable, "-m", "ui.app"]
        bare = [sys.executable, "-c", startup.BARE]
        startup._time(app, app_env)  # warm the file cache
        startup._time(bare, base)
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(startup._time(app, app_env))
            bare_times.append(startup._time(bare, base))
    app_ms, bare_ms = statistics.median(app_times) * 1000, statistics.median(bare_times) * 1000
    return {
        "cold_start_ms": round(app_ms, 1),
        "bare_pyside6_ms": round(bare_ms, 1),
        "cold_start_ratio": round(app_ms / bare_ms, 2),
    }


def run() -> list[dict[str, Any]]:
    victims = int(os.environ.get("BENCH_VICTIMS", "100000"))
    import_rows = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
    backends = os.environ.get("BENCH_BACKENDS", "sqlite,postgresql").split(",")
    results = []
    for backend in backends:
        # Filled in as each figure is measured: a backend whose run fails part-way keeps what it measured,
        # says what failed, and the other backend still runs (a million-victim run takes half an hour).
        found: dict[str, Any] = _Reported({"backend": backend, "victims": victims})
        try:
            measure(backend, victims, import_rows, found)
        except Exception as exc:  # any failure is reported in the results, not lost with them
            found["failed"] = f"{type(exc).__name__}: {exc}"[:1000]
        results.append(dict(found))
    return results


def _target(name: str, backend: str) -> float | None:
    target = TARGETS.get(name)
    if isinstance(target, dict):
        return float(target[backend])
    return float(target) if target is not None else None


def as_markdown(results: list[dict[str, Any]]) -> str:
    rows = [
        ("generate the bulk demo service", "generate_s", "s"),
        ("login to a populated My day", "login_to_my_day_ms", "ms"),
        ("victim search as you type, p50", "search_p50_ms", "ms"),
        ("victim search as you type, p95", "search_p95_ms", "ms"),
        ("My day, one officer", "my_day_officer_ms", "ms"),
        ("My day, the team", "my_day_team_ms", "ms"),
        ("KPI 10 for one quarter", "kpi10_quarter_ms", "ms"),
        ("KPI 10 by one hand-written SQL query (identical figures)", "kpi10_sql_ms", "ms"),
        ("KPI 10: rjdesk ÷ hand-written SQL", "kpi10_ratio", "×"),
        ("board pack PDF for a quarter", "board_pack_pdf_ms", "ms"),
        ("police-referral CSV import", "import_rows_per_s", "rows/s"),
        ("open the whole victim list", "scroll_open_list_ms", "ms"),
        ("scroll it end to end: longest step", "scroll_longest_step_ms", "ms"),
        ("scroll it end to end: peak memory", "scroll_peak_memory_mb", "MB"),
        ("cold start to the first window", "cold_start_ms", "ms"),
        ("a bare PySide6 window, the same way", "bare_pyside6_ms", "ms"),
        ("cold start ÷ bare PySide6", "cold_start_ratio", "×"),
    ]
    header = "| measure | " + " | ".join(f"{r['backend']} ({r['victims']:,} victims)" for r in results) + " |"
    lines = [header, "|---|" + "---:|" * len(results)]
    for label, key, unit in rows:
        cells = []
        for result in results:
            value = result.get(key)
            target = _target(key, result["backend"])
            mark = ""
            if target is not None and value is not None:
                met = value >= target if unit == "rows/s" else value <= target
                mark = f" ({'≥' if unit == 'rows/s' else '≤'} {target:g}: {'met' if met else 'not met'})"
            cells.append(f"{value} {unit}{mark}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [f"\n**{r['backend']} failed part-way**: {r['failed']}" for r in results if "failed" in r]
    return "\n".join(lines)


if __name__ == "__main__":
    measured = run()
    print(json.dumps(measured, indent=2))
    print(as_markdown(measured))
