"""The case CSV a case management system can produce (documented in docs/USER_GUIDE.md): parsing, no database.

One row per child, per child and offence, or per child, offence and order — the flat "one line per offence
per order" export most CMSs have. A child, offence or order repeated on several lines must say the same thing
on each; an order's offences are every offence on its lines; its events are the union of its lines' events.

The parser turns the rows into facts about three kinds of record, keyed by the CMS's own references (the
child's ``cms_ref``, the offence's ``offence_ref`` within the child, the order's ``order_ref`` within the
child), which is what makes the import re-runnable: the same file twice says the same facts twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from rjdesk.rules.csv_fields import FileError, RowProblem, read_date, read_flag, read_rows
from rjdesk.rules.disposals import CASE_EVENTS, DISPOSALS

REQUIRED_COLUMNS = ("cms_ref", "given_name", "family_name", "date_of_birth")
OFFENCE_COLUMNS = (
    "offence_ref",
    "offence_category",
    "offence_date",
    "offence_reported_on",
    "gravity",
    "sensitive_kind",
)
ORDER_COLUMNS = (
    "order_ref",
    "disposal_type",
    "order_start",
    "order_planned_end",
    "order_end",
    "changed_on_appeal",
    "decision_date",
    "panel_date",
    "events",
)
OPTIONAL_COLUMNS = ("gender", "ethnicity", "case_manager", *OFFENCE_COLUMNS, *ORDER_COLUMNS)

Key = TypeVar("Key")
Facts = TypeVar("Facts")


@dataclass(frozen=True)
class ChildFacts:
    cms_ref: str
    given_name: str
    family_name: str
    date_of_birth: dt.date
    gender: str | None
    ethnicity: str | None
    case_manager: str | None  # an rjdesk username


@dataclass(frozen=True)
class OffenceFacts:
    cms_ref: str
    offence_ref: str
    category: str
    offence_date: dt.date | None
    reported_date: dt.date | None
    gravity: int | None
    sensitive_kind: str | None


@dataclass(frozen=True)
class OrderFacts:
    cms_ref: str
    order_ref: str
    disposal_type: str
    start_date: dt.date
    planned_end_date: dt.date | None
    end_date: dt.date | None
    changed_on_appeal: bool
    decision_date: dt.date | None
    panel_date: dt.date | None


@dataclass
class OrderLinks:
    """What accumulates over an order's lines: the offences it deals with and its events."""

    offence_refs: set[str] = field(default_factory=set)
    events: set[tuple[str, dt.date]] = field(default_factory=set)


@dataclass
class CaseFile:
    children: dict[str, ChildFacts] = field(default_factory=dict)
    offences: dict[tuple[str, str], OffenceFacts] = field(default_factory=dict)
    orders: dict[tuple[str, str], OrderFacts] = field(default_factory=dict)
    order_links: dict[tuple[str, str], OrderLinks] = field(default_factory=dict)
    first_line: dict[tuple[str, ...], int] = field(default_factory=dict)  # where each record was first seen
    problems: list[RowProblem] = field(default_factory=list)
    file_error: str | None = None

    def line_of(self, kind: str, *key: str) -> int:
        return self.first_line[(kind, *key)]


def parse(data: bytes, today: dt.date | None = None) -> CaseFile:
    today = today or dt.date.today()
    result = CaseFile()
    try:
        for line, row in read_rows(data, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, result.problems):
            try:
                child, offence, order, events = _row(row, today)
                _agree(result, line, ("child", child.cms_ref), result.children, child.cms_ref, child)
                if offence is not None:
                    key = (offence.cms_ref, offence.offence_ref)
                    _agree(result, line, ("offence", *key), result.offences, key, offence)
                if order is not None:
                    assert offence is not None
                    key = (order.cms_ref, order.order_ref)
                    _agree(result, line, ("order", *key), result.orders, key, order)
                    links = result.order_links.setdefault(key, OrderLinks())
                    links.offence_refs.add(offence.offence_ref)
                    links.events.update(events)
            except ValueError as exc:
                result.problems.append(RowProblem(line, str(exc), row))
    except FileError as exc:
        result.file_error = str(exc)
    return result


def _agree(
    result: CaseFile, line: int, where: tuple[str, ...], table: dict[Key, Facts], key: Key, facts: Facts
) -> None:
    """Keep the first statement of a record; a later line that contradicts it is a problem naming both."""
    known = table.get(key)
    if known is None:
        table[key] = facts
        result.first_line[where] = line
        return
    differing = [name for name, value in vars(facts).items() if vars(known)[name] != value]
    if differing:
        first = result.first_line[where]
        raise ValueError(
            f"{where[0]} {' / '.join(where[1:])}: {', '.join(differing)} differ from line {first} — "
            "a record must say the same on every line"
        )


def _row(
    row: dict[str, str], today: dt.date
) -> tuple[ChildFacts, OffenceFacts | None, OrderFacts | None, set[tuple[str, dt.date]]]:
    def text(name: str) -> str | None:
        value = row.get(name, "").strip()
        return value or None

    for name in REQUIRED_COLUMNS:
        if not row.get(name, "").strip():
            raise ValueError(f"{name} is empty")
    born = read_date(row["date_of_birth"], "date_of_birth", today)
    assert born is not None
    child = ChildFacts(
        cms_ref=row["cms_ref"].strip(),
        given_name=row["given_name"].strip(),
        family_name=row["family_name"].strip(),
        date_of_birth=born,
        gender=text("gender"),
        ethnicity=text("ethnicity"),
        case_manager=text("case_manager"),
    )
    offence = None
    if any(text(c) for c in OFFENCE_COLUMNS):
        if not text("offence_ref") or not text("offence_category"):
            raise ValueError("offence_ref and offence_category are both needed for an offence")
        gravity = None
        if text("gravity"):
            try:
                gravity = int(row["gravity"])
            except ValueError:
                gravity = 0
            if not 1 <= gravity <= 8:
                raise ValueError(f"gravity: {row['gravity'].strip()!r} is not a gravity score from 1 to 8")
        offence = OffenceFacts(
            cms_ref=child.cms_ref,
            offence_ref=row["offence_ref"].strip(),
            category=row["offence_category"].strip(),
            offence_date=read_date(row.get("offence_date", ""), "offence_date", today),
            reported_date=read_date(row.get("offence_reported_on", ""), "offence_reported_on", today),
            gravity=gravity,
            sensitive_kind=text("sensitive_kind"),
        )
    order = None
    events: set[tuple[str, dt.date]] = set()
    if any(text(c) for c in ORDER_COLUMNS):
        if offence is None:
            raise ValueError("an order needs the offence it deals with on the same line (offence_ref)")
        for name in ("order_ref", "disposal_type", "order_start"):
            if not text(name):
                raise ValueError(f"{name} is empty (an order needs order_ref, disposal_type and order_start)")
        disposal = row["disposal_type"].strip().upper()
        if disposal not in DISPOSALS:
            raise ValueError(f"disposal_type: {row['disposal_type'].strip()!r} is not one of {', '.join(DISPOSALS)}")
        start = read_date(row["order_start"], "order_start", today)
        assert start is not None
        end = read_date(row.get("order_end", ""), "order_end", today)
        if end is not None and end < start:
            raise ValueError("order_end is before order_start")
        order = OrderFacts(
            cms_ref=child.cms_ref,
            order_ref=row["order_ref"].strip(),
            disposal_type=disposal,
            start_date=start,
            planned_end_date=read_date(row.get("order_planned_end", ""), "order_planned_end", today, future_ok=True),
            end_date=end,
            changed_on_appeal=read_flag(row.get("changed_on_appeal", ""), "changed_on_appeal"),
            decision_date=read_date(row.get("decision_date", ""), "decision_date", today, future_ok=True),
            panel_date=read_date(row.get("panel_date", ""), "panel_date", today, future_ok=True),
        )
        events = _events(row.get("events", ""), today)
    return child, offence, order, events


def _events(value: str, today: dt.date) -> set[tuple[str, dt.date]]:
    """``review 2026-10-01; breach 02/11/2026`` — each a case event and the day it happened."""
    events = set()
    for item in (part.strip() for part in value.split(";")):
        if not item:
            continue
        kind, _, when = item.partition(" ")
        kind = kind.strip().lower()
        if kind not in CASE_EVENTS:
            raise ValueError(f"events: {kind!r} is not one of {', '.join(CASE_EVENTS)} (write 'review 2026-10-01')")
        day = read_date(when, f"events ({kind})", today)
        if day is None:
            raise ValueError(f"events: {kind} has no date (write '{kind} 2026-10-01')")
        events.add((kind, day))
    return events
