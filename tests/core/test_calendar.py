"""The working-day calendar: bank holidays (incl. substitute and one-off days), closures, properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rjdesk.rules.calendar import WorkingCalendar

D = dt.date
CAL = WorkingCalendar()


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 11, 23), 5, D(2026, 11, 30)),  # an ordinary Monday: next Monday
        (D(2026, 11, 27), 1, D(2026, 11, 30)),  # Friday + 1 skips the weekend
        (D(2026, 11, 28), 1, D(2026, 11, 30)),  # from a Saturday
        # Easter 2026: Good Friday 3 April, Easter Monday 6 April
        (D(2026, 4, 2), 1, D(2026, 4, 7)),
        (D(2026, 4, 1), 3, D(2026, 4, 8)),
        # Christmas 2026: 25th Friday, Boxing Day Saturday -> substitute Monday 28th
        (D(2026, 12, 24), 1, D(2026, 12, 29)),
        (D(2026, 12, 23), 5, D(2027, 1, 4)),  # 24, 29, 30, 31 December, then 1 January is a holiday
        # New Year 2022 fell on a Saturday: substitute Monday 3 January
        (D(2021, 12, 31), 1, D(2022, 1, 4)),
        # Christmas 2021 Saturday and Boxing Day Sunday: substitutes 27 and 28 December
        (D(2021, 12, 24), 1, D(2021, 12, 29)),
        # One-off bank holidays: Platinum Jubilee 3 June 2022 (+ moved Spring bank holiday 2 June)
        (D(2022, 6, 1), 1, D(2022, 6, 6)),
        # State funeral 19 September 2022
        (D(2022, 9, 16), 1, D(2022, 9, 20)),
        # Coronation 8 May 2023 and the May Day 1 May 2023
        (D(2023, 5, 5), 1, D(2023, 5, 9)),
        (D(2023, 4, 28), 5, D(2023, 5, 9)),
        (D(2026, 11, 23), 0, D(2026, 11, 23)),
    ],
)
def test_add_working_days(start: dt.date, n: int, due: dt.date) -> None:
    assert CAL.add_working_days(start, n) == due


def test_closure_days_are_skipped() -> None:
    welsh = WorkingCalendar(closures=[D(2026, 12, 24), D(2026, 12, 31)])
    assert not welsh.is_working_day(D(2026, 12, 24))
    assert welsh.add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 29)
    assert welsh.add_working_days(D(2026, 12, 23), 3) == D(2027, 1, 4)  # 29, 30, (31 closed, 1 Jan) , 4


def test_working_days_between_counts_after_start_up_to_end() -> None:
    assert CAL.working_days_between(D(2026, 11, 23), D(2026, 11, 30)) == 5
    assert CAL.working_days_between(D(2026, 11, 30), D(2026, 11, 23)) == 0


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2026, 1, 1), -1)


dates = st.dates(min_value=D(1995, 1, 1), max_value=D(2060, 12, 31))
closure_sets = st.frozensets(st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 12, 31)), max_size=20)


@given(dates, st.integers(min_value=1, max_value=60), closure_sets)
def test_result_is_a_working_day_strictly_after_the_start(start: dt.date, n: int, closures: frozenset[dt.date]) -> None:
    calendar = WorkingCalendar(closures)
    due = calendar.add_working_days(start, n)
    assert due > start
    assert calendar.is_working_day(due)
    assert calendar.working_days_between(start, due) == n


@given(dates, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_monotone_in_n(start: dt.date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert CAL.add_working_days(start, low) <= CAL.add_working_days(start, high)
    if low < high:
        assert CAL.add_working_days(start, low) < CAL.add_working_days(start, high)
