"""Reading the values of a CSV a person or another system wrote: dates, yes/no, UTF-8 and the header.

Shared by every import format (police referrals, cases), so that a date or a "yes" is read the same way
everywhere and every problem is worded the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

YES = ("y", "yes", "true", "1")
NO = ("", "n", "no", "false", "0")


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str
    raw: dict[str, str] = field(default_factory=dict)


class FileError(ValueError):
    """The whole file is unusable (encoding, header); the message says what to do."""


def read_date(value: str, name: str, today: dt.date, *, future_ok: bool = False) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        try:
            parsed = dt.datetime.strptime(value, "%d/%m/%Y").date()
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)") from None
    if parsed > today and not future_ok:
        raise ValueError(f"{name}: {parsed:%d %b %Y} is in the future")
    return parsed


def read_flag(value: str, name: str) -> bool:
    lowered = value.strip().lower()
    if lowered in YES:
        return True
    if lowered in NO:
        return False
    raise ValueError(f"{name}: {value!r} is not yes or no")


def read_rows(
    data: bytes, required: tuple[str, ...], optional: tuple[str, ...], problems: list[RowProblem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each well-formed row; rows with too many values go to ``problems``.

    Raises FileError before the first row when the file is not UTF-8 or its header is wrong.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError(
            f"The file is not UTF-8 text (byte {exc.start + 1} cannot be read). Save it as 'CSV UTF-8' and try again."
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise FileError(f"The file lacks the column(s): {', '.join(missing)}.")
    unknown = [h for h in header if h and h not in required + optional]
    if unknown:
        raise FileError(f"Unknown column(s): {', '.join(unknown)} — check the spelling against the guide.")
    for raw in reader:
        row = {(k or "").strip(): (v or "") for k, v in raw.items() if k is not None}
        if None in raw:
            problems.append(RowProblem(reader.line_num, "more values than columns", row))
            continue
        yield reader.line_num, row
