"""Working days (DOMAIN §2): Monday to Friday, less England-and-Wales bank holidays (the ``holidays``
package, subdivision England, one-off days included, any year, offline) and the service's closure days.

"Within N working days of E" means due on the N-th working day strictly after the date of E.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

_ONE_DAY = dt.timedelta(days=1)


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Completed years on a day (a birthday on 29 February counts from 1 March in other years)."""
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    import holidays  # imported lazily: ~0.1 s, and only calendars need it

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(day: dt.date) -> bool:
    return day in _bank_holidays(day.year)


class WorkingCalendar:
    """A service's working days. Immutable; cheap to build per use case."""

    def __init__(self, closures: Iterable[dt.date] = ()) -> None:
        self.closures = frozenset(closures)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and not is_bank_holiday(day) and day not in self.closures

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``start`` (n >= 1); n == 0 gives ``start`` itself."""
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        remaining = n
        while remaining:
            day += _ONE_DAY
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days lie after ``start`` up to and including ``end`` (0 if end <= start)."""
        count, day = 0, start
        while day < end:
            day += _ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count
