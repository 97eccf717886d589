"""The referral CSV parser never crashes and never accepts what it cannot read (property tests)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rjdesk.rules.referral_csv import REQUIRED_COLUMNS, parse

HEADER = ",".join(REQUIRED_COLUMNS)


@given(st.binary(max_size=400))
def test_any_bytes_give_rows_or_reasons_never_an_exception(data: bytes) -> None:
    result = parse(data, today=dt.date(2026, 11, 23))
    assert result.file_error is not None or all(p.reason for p in result.problems)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12), min_size=7, max_size=7))
def test_any_row_is_either_parsed_whole_or_reported_with_its_line(values: list[str]) -> None:
    line = ",".join('"' + v.replace('"', '""') + '"' for v in values)
    result = parse(f"{HEADER}\n{line}\n".encode(), today=dt.date(2026, 11, 23))
    assert result.file_error is None
    assert len(result.rows) + len(result.problems) == 1
    for problem in result.problems:
        assert problem.line >= 2 and problem.reason


def test_a_good_row_parses() -> None:
    result = parse(
        f"{HEADER}\nPR/1,2026-11-02,consented,CMS1,OF1;OF2,individual,Alex\n".encode(), today=dt.date(2026, 11, 23)
    )
    assert result.problems == [] and result.rows[0].offence_refs == ("OF1", "OF2")
