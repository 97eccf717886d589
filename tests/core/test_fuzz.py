"""Bad input, generated (hypothesis): every importer, the CLI's argument handling and the validators behind the
forms either accept or refuse with a message — never an unexpected exception, never a traceback for the
user — and a refusal writes nothing to a real store."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rjdesk import cli
from rjdesk.errors import ValidationError
from rjdesk.rules import case_csv, kpi10, referral_csv
from rjdesk.rules.csv_fields import FileError
from rjdesk.services import case_import, cases, imports, retention, users, victims
from rjdesk.services import settings as service_settings
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from rjdesk.store.models import AuditEntry, Base
from tests.conftest import make_service

TODAY = dt.date(2026, 11, 23)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
text_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
plausible = st.sampled_from(
    [
        "",
        "2026-11-01",
        "01/11/2026",
        "31/02/2026",
        "2099-01-01",
        "consented",
        "individual",
        "organisation",
        "yes",
        "no",
        "C1",
        "OF1",
        "OF1;OF2",
        "REFERRAL_ORDER",
        "x" * 300,
        "=cmd|' /C calc'!A0",
        "Ł€ŵŷ",
        "-1",
        "1e9",
    ]
)
cell = st.one_of(text_cells, plausible)


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> bytes:
    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    lines = [",".join(header)] + [",".join(quote(v) for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _fingerprint(db: Database) -> dict[str, int]:
    """Row counts of every table: a refusal must leave every one as it was."""
    with db.unit_of_work(write=False) as session:
        return {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


# ---------------------------------------------------------------------------------------- pure parsers


@given(st.binary(max_size=600))
def test_the_case_csv_parser_reads_or_reports_any_bytes(data: bytes) -> None:
    result = case_csv.parse(data, TODAY)
    assert result.file_error is not None or all(p.reason for p in result.problems)


@given(st.lists(st.lists(cell, min_size=4, max_size=4), max_size=4))
def test_the_case_csv_parser_reads_or_reports_any_rows(rows: list[list[str]]) -> None:
    result = case_csv.parse(_csv(case_csv.REQUIRED_COLUMNS, rows), TODAY)
    assert result.file_error is None
    assert all(p.reason and p.line >= 2 for p in result.problems)
    if rows and not result.problems:  # every row read: each child is known by its reference
        assert set(result.children) == {row[0].strip() for row in rows}


@given(st.binary(max_size=600))
def test_the_kpi10_case_list_parser_reads_or_refuses_any_bytes(data: bytes) -> None:
    try:
        _rows, errors = kpi10.parse_case_list(data, ("REFERRAL_ORDER",))
    except FileError as exc:  # the whole file refused, with what to do (the import turns it into a message)
        assert "." in str(exc)
    else:
        assert all(errors)


# ---------------------------------------------------------------------------------------- imports on a store


@pytest.fixture
def operator(local_db: Database) -> Actor:
    actor = make_service(local_db)
    child = cases.create_child(local_db, actor, "C1", "Sam", "Example", dt.date(2010, 1, 1))
    cases.add_offence(local_db, actor, child.id, "OF1", "Assault", dt.date(2026, 10, 1))
    return actor


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=7, max_size=7), min_size=1, max_size=3))
def test_a_referral_import_writes_everything_or_nothing(local_db: Database, operator: Actor, rows) -> None:
    before = _fingerprint(local_db)
    report = imports.import_referrals(local_db, operator, _csv(referral_csv.REQUIRED_COLUMNS, rows))
    after = _fingerprint(local_db)
    if report.file_error or report.problems:
        assert report.imported == 0 and after == before
    else:
        assert report.imported == len(rows) and after["police_referral"] == before["police_referral"] + len(rows)


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=4, max_size=4), min_size=1, max_size=3), dry_run=st.booleans())
def test_a_case_import_writes_everything_or_nothing(local_db: Database, operator: Actor, rows, dry_run) -> None:
    before = _fingerprint(local_db)
    report = case_import.import_cases(
        local_db, operator, _csv(case_csv.REQUIRED_COLUMNS, rows), dry_run=dry_run, today=TODAY
    )
    if not report.written:
        assert _fingerprint(local_db) == before


# ---------------------------------------------------------------------------------------- validators of forms


details = st.builds(
    victims.VictimDetails,
    kind=st.one_of(st.sampled_from(["individual", "organisation", "professional", "unidentified"]), text_cells),
    display_name=text_cells,
    date_of_birth=st.one_of(st.none(), st.dates(dt.date(1890, 1, 1), dt.date(2100, 1, 1))),
    organisation_contact_name=st.one_of(st.none(), text_cells),
    preferred_language=st.one_of(st.none(), text_cells),
    welsh_language_choice=st.one_of(st.none(), st.sampled_from(["english", "welsh", "bilingual"]), text_cells),
    other_needs=st.one_of(st.none(), st.text(max_size=3000)),
)


@FUZZ
@given(new=details)
def test_the_victim_form_saves_or_refuses_and_a_refusal_writes_nothing(local_db: Database, operator: Actor, new):
    before = _fingerprint(local_db)
    try:
        victims.create_victim(local_db, operator, new)
    except ValidationError as exc:
        assert str(exc) and _fingerprint(local_db) == before
    else:
        assert _fingerprint(local_db)["victim"] == before["victim"] + 1


@FUZZ
@given(
    username=text_cells,
    display_name=text_cells,
    password=st.text(max_size=40),
    years=st.integers(min_value=-5, max_value=500),
    name=text_cells,
)
def test_the_admin_forms_save_or_refuse_cleanly(
    local_db: Database, operator: Actor, username, display_name, password, years, name
) -> None:
    before = _fingerprint(local_db)
    for attempt in (
        lambda: users.create_user(local_db, operator, users.NewUser(username, display_name, password, frozenset())),
        lambda: retention.set_retention_policy(local_db, operator, years),
        lambda: service_settings.update_service(local_db, operator, name=name, welsh=False, settings={}),
    ):
        audit_before = _fingerprint(local_db)[AuditEntry.__tablename__]
        try:
            attempt()
        except ValidationError as exc:
            assert str(exc)
            assert _fingerprint(local_db)[AuditEntry.__tablename__] == audit_before  # refused: nothing written
    assert set(_fingerprint(local_db)) == set(before)


# ---------------------------------------------------------------------------------------- the CLI


dates = st.one_of(st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)).map(dt.date.isoformat), plausible, text_cells)
quarters = st.one_of(st.sampled_from(["2024Q1", "2025Q4", "2023Q5", "1999Q1", "Q1", ""]), text_cells)
argv = st.one_of(
    st.tuples(st.just("report"), st.just("kpi10"), st.just("--quarter"), quarters),
    st.tuples(st.just("report"), st.just("funnel"), st.just("--from"), dates, st.just("--to"), dates),
    st.tuples(st.just("deadlines"), st.just("--due-within"), st.one_of(st.integers(-10, 10).map(str), text_cells)),
    st.tuples(st.just("demo"), st.just("--victims"), st.one_of(st.integers(-5, 3).map(str), text_cells)),
    st.tuples(st.just("import"), st.just("referrals"), text_cells.filter(lambda s: "\0" not in s)),
    st.lists(st.one_of(text_cells, st.sampled_from(["db", "report", "--format", "-o", "kpi10", "--help"]))),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=argv)
def test_any_command_line_gets_a_clear_answer_never_a_traceback(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RJDESK_DB_KEY", "fuzzing the command line")
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse: usage errors and --help
            code = int(exit_.code or 0)
    said = err.getvalue()
    assert code in (cli.EXIT_OK, cli.EXIT_BAD_INPUT, cli.EXIT_STORE), said
    assert "Traceback" not in said and "unexpected error" not in said
    if code != cli.EXIT_OK:
        assert said.strip(), "a refusal says why"
