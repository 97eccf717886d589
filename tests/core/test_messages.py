"""A refusal built with values stays a plain English string for the command line and the logs, and keeps
its template and values for an interface that speaks another language."""

from __future__ import annotations

import datetime as dt
import pickle

from rjdesk.errors import Message, ValidationError, message


def test_a_message_reads_as_its_english_and_keeps_its_template_and_values() -> None:
    refusal = message("{name} takes {capacity} children per session; this one is full.", name="Garden", capacity=4)
    assert refusal == "Garden takes 4 children per session; this one is full."
    assert isinstance(refusal, str) and isinstance(refusal, Message)
    assert refusal.template == "{name} takes {capacity} children per session; this one is full."
    assert refusal.values == {"name": "Garden", "capacity": 4}
    assert str(ValidationError(refusal)) == refusal


def test_dates_are_kept_as_dates_and_written_in_english_only_in_the_english() -> None:
    refusal = message("Due by {day}.", day=dt.date(2026, 2, 3))
    assert refusal == "Due by 03 Feb 2026."
    assert refusal.values["day"] == dt.date(2026, 2, 3)  # another language writes its own month name


def test_a_message_survives_pickling_as_the_same_words() -> None:
    refusal = message("At least {n} characters.", n=12)
    again = pickle.loads(pickle.dumps(refusal))  # noqa: S301 - our own object, made just above
    assert again == refusal and again.template == refusal.template
