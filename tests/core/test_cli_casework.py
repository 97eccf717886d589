"""`rjdesk-cli deadlines` and `rjdesk-cli import referrals`, run as an operator would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rjdesk.services import cases, victims
from rjdesk.services.context import operator_actor
from rjdesk.store import keys
from rjdesk.store.database import open_local
from rjdesk.store.models import Service

HEADER = (
    "police_ref,received_on,basis,child_cms_ref,offence_refs,victim_kind,victim_name,victim_dob,phone,safe_to_phone"
)


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rjdesk.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    clean.update(
        RJDESK_DATA_DIR=str(tmp_path / "d"),
        RJDESK_DB_KEY="cli casework passphrase",
        RJDESK_CONFIG_DIR=str(tmp_path / "c"),
    )
    return clean


@pytest.fixture
def store_with_cases(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RJDESK_DB_KEY", env["RJDESK_DB_KEY"])
    path = Path(env["RJDESK_DATA_DIR"]) / "rjdesk.db"
    db = open_local(path, keys.KeyringSecretStore())
    with db.unit_of_work() as session:
        service = Service(code="NB", name="Northbridge")
        session.add(service)
        session.flush()
        operator = operator_actor(service.id, "tests")
    child = cases.create_child(db, operator, "CMS100", "Jay", "Example", dt.date(2010, 1, 1))
    cases.add_offence(db, operator, child.id, "OF1", "Theft", dt.date(2026, 9, 1))
    cases.add_offence(db, operator, child.id, "OF2", "Criminal damage", dt.date(2026, 9, 2))
    db.dispose()
    return path


def count_victims(path: Path, key: str) -> int:
    os.environ["RJDESK_DB_KEY"] = key
    try:
        db = open_local(path, keys.KeyringSecretStore())
        try:
            return victims.count_victims(db, operator_actor(1, "tests"))
        finally:
            db.dispose()
    finally:
        del os.environ["RJDESK_DB_KEY"]


GOOD = [
    "PR/1,2026-11-02,consented,CMS100,OF1,individual,Alex Example,1980-01-01,01632 960001,yes",
    "PR/2,03/11/2026,did_not_object,CMS100,OF1;OF2,individual,Sam Example,,01632 960002,no",
]


def write(tmp_path: Path, lines: list[str], name: str = "referrals.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def test_import_then_deadlines(env: dict[str, str], store_with_cases: Path, tmp_path: Path) -> None:
    result = run("import", "referrals", str(write(tmp_path, [HEADER, *GOOD])), env=env)
    assert result.returncode == 0, result.stderr
    assert "imported 2" in result.stderr
    again = run("import", "referrals", str(write(tmp_path, [HEADER, *GOOD])), env=env)
    assert again.returncode == 2 and "imported before" in again.stdout  # re-running never duplicates
    listed = run("deadlines", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    duties = json.loads(listed.stdout)
    assert {d["code"] for d in duties} == {"FIRST_CONTACT_ATTEMPT"}
    assert {d["due_date"] for d in duties} == {"2026-11-09", "2026-11-10"}
    assert all(
        d["status"] == "open" and d["overdue"] == (dt.date.fromisoformat(d["due_date"]) < dt.date.today())
        for d in duties
    )
    for secret in ("Alex", "Sam", "01632"):
        assert secret not in listed.stdout  # references only: no names, no contact details
    as_csv = run("deadlines", "--format", "csv", env=env)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 2 and rows[0]["overdue"] in ("true", "false")
    assert run("deadlines", "--due-within", "-1", env=env).returncode == 2


@pytest.mark.parametrize(
    ("lines", "encoding", "expected"),
    [
        (["police_ref,received_on,basis", "PR/1,2026-11-02,consented"], "utf-8", "lacks the column"),
        ([HEADER, "PR/1,2026-13-40,consented,CMS100,OF1,individual,Alex,,,"], "utf-8", "line 3: received_on"),
        ([HEADER, GOOD[0], GOOD[0]], "utf-8", "line 3: duplicate of line 2"),
        ([HEADER, "PR/9,2026-11-02,consented,CMS999,OF1,individual,Pat,,,"], "utf-8", "no child 'CMS999'"),
        ([HEADER, "PR/9,2026-11-02,maybe,CMS100,OF1,individual,Pat,,,"], "utf-8", "basis"),
        ([HEADER, "PR/9,2026-11-02,consented,CMS100,OF7,individual,Pat,,,"], "utf-8", "OF7 not found"),
        ([HEADER, "PR/9,2099-01-01,consented,CMS100,OF1,individual,Pat,,,"], "utf-8", "in the future"),
        ([HEADER, "PR/9,2026-11-02,consented,CMS100,OF1,individual,Zoë Ñandú,,,"], "latin-1", "not UTF-8"),
    ],
    ids=[
        "missing-columns",
        "bad-date",
        "duplicate-rows",
        "unknown-child",
        "bad-basis",
        "unknown-offence",
        "future-date",
        "wrong-encoding",
    ],
)
def test_malformed_files_change_nothing(
    env: dict[str, str], store_with_cases: Path, tmp_path: Path, lines: list[str], encoding: str, expected: str
) -> None:
    # A good row beside the bad one proves all-or-nothing: it is not imported either.
    content = lines if lines[0] != HEADER or GOOD[0] in lines else [lines[0], GOOD[1], *lines[1:]]
    result = run("import", "referrals", str(write(tmp_path, content, encoding=encoding)), env=env)
    assert result.returncode == 2, result.stderr
    assert expected in result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nothing" in result.stderr.lower()
    assert count_victims(store_with_cases, env["RJDESK_DB_KEY"]) == 0


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(
    env: dict[str, str], store_with_cases: Path, tmp_path: Path
) -> None:
    bad = "PR/3,2026-11-02,consented,CMS100,OF1,individual,Pat Bad,not-a-date,,"
    source = write(tmp_path, [HEADER, GOOD[0], bad, GOOD[1]])
    result = run("import", "referrals", "--skip-invalid", str(source), env=env)
    assert result.returncode == 0, result.stderr
    assert "imported 2" in result.stderr and "1 rejected" in result.stderr
    rejects = list(csv.DictReader(io.StringIO((tmp_path / "referrals.rejects.csv").read_text())))
    assert [(r["line"], r["victim_name"]) for r in rejects] == [("3", "Pat Bad")]
    assert "victim_dob" in rejects[0]["reason"]
    assert count_victims(store_with_cases, env["RJDESK_DB_KEY"]) == 2


def test_deadlines_on_demo_data(env: dict[str, str]) -> None:
    assert run("demo", "--victims", "40", "--seed", "4", env=env).returncode == 0
    result = run("deadlines", "--format", "json", env=env)
    duties = json.loads(result.stdout)
    assert duties, "demo data should leave work to do"
    assert any(d["overdue"] for d in duties)
    assert all(dt.date.fromisoformat(d["due_date"]) for d in duties)
    assert {d["status"] for d in duties} <= {"open", "deferred"}
    assert "address" not in result.stdout and "phone" not in result.stdout
