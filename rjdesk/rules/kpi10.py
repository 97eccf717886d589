"""YJB KPI 10 (victims), counted exactly as DOMAIN §3 says, from rows shaped like the YJB's case list.

Pure: the store's records are turned into ``CaseRow``s by ``rjdesk.services.kpi10``; an imported case list
gives the same rows, so both count the same way. Every measure is a pair of integers (n, d).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from rjdesk.rules.calendar import age_on
from rjdesk.rules.csv_fields import RowProblem, read_rows

COUNTING_DISPOSALS = (  # most serious first: an offence's victims count under its most serious order
    "CUSTODY",
    "YRO",
    "REFERRAL_ORDER",
    "YOUTH_CONDITIONAL_CAUTION",
    "YOUTH_CAUTION",
    "OOCD_WITH_INTERVENTION",
)
KPI10_START = dt.date(2023, 4, 1)
NO_DATE = dt.date(1900, 1, 1)
CASE_LIST_HEADER = [
    "childID",
    "childDOB",
    "disposalType",
    "orderStart",
    "orderEnd",
    "offenceID",
    "victimID",
    "victimType",
    "consentYJSContact",
    "yjscontactDate",
    "viewPrior",
    "engagedRJ",
    "engagedRJStart",
    "engagedRJEnd",
    "progressRequest",
    "progressRequestDate",
    "progressProvided",
    "progressProvidedDate",
    "additionalSupportRequest",
    "additionalSupportProvided",
]
CONSENT_RULES = {
    "ever": "Consent = Y when the victim gave consent to YJS contact for the child's case at any time on or before "
    "the as-of date (a later withdrawal does not rewrite it).",
    "strict": "Strict current consent: consent = Y only when the victim's latest decision on YJS contact for the "
    "child's case, on or before the as-of date, is 'given'.",
}
MEASURES = ("headline", "10a", "10b", "10c", "10d", "10e", "10f", "10g")
MEASURE_TEXT = {
    "headline": "Victims engaged in RJ with consent to YJS contact, of victims who consented",
    "10a": "Victims, per child with a cohort order ending in the quarter",
    "10b": "Children with identified victims, of children with a cohort order ending in the quarter",
    "10c": "RJ processes engaged with (child–victim pairs, no consent condition), of victims who consented",
    "10d": "Victims asked their view before the decision, of victims who consented",
    "10e": "Victims given the progress information they asked for, of victims who consented",
    "10f": "Victims given information on support services, of victims who consented",
    "10g": "Victims with a YJS contact date (no consent condition), of victims who consented",
}


TEMPLATE_LABELS = {
    "children_with_an_order_closing_with_an_identified_victim": "Children with an order closing with an identified "
    "victim",
    "total_victims": "Total victims",
    "victims_consented": "Victims who consented to YJS contact",
    "victims_engaged_with_rj": "Victims engaged with RJ (with consent)",
    "victims_asked_their_view": "Victims asked their view (with consent)",
    "victims_requested_progress": "Victims who requested progress information",
    "of_those_provided_progress": "… of those, provided with it",
    "victims_requested_support": "Victims who asked for support",
    "of_those_provided_support_information": "… of those, given information on support services",
}


@dataclass(frozen=True, order=True)
class Quarter:
    """A financial-year quarter labelled by the year the financial year starts: 2023Q4 = January–March 2024."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = re.fullmatch(r"(\d{4})Q([1-4])", text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a quarter like 2023Q4 (Q1 = April–June of that year).")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: dt.date) -> Quarter:
        if day.month <= 3:
            return cls(day.year - 1, 4)
        return cls(day.year, (day.month - 4) // 3 + 1)

    @property
    def code(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        return f"Q{self.number} {self.year}/{(self.year + 1) % 100:02d}"

    @property
    def start(self) -> dt.date:
        month = 4 + 3 * (self.number - 1)
        return dt.date(self.year + (month > 12), (month - 1) % 12 + 1, 1)

    @property
    def end(self) -> dt.date:
        following = self.next().start
        return following - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + (self.number == 4), self.number % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)


def real_date(value: dt.date | None) -> dt.date | None:
    """An empty date or 1900-01-01 is no date."""
    return None if value is None or value == NO_DATE else value


@dataclass(frozen=True)
class CaseRow:
    """One child–order–offence–victim link of the case list (offence and victim empty: an order without
    victims). Flags hold 'Y', 'N' or '' — only 'Y' counts."""

    child_id: str
    child_dob: dt.date
    disposal_type: str
    order_start: dt.date
    order_end: dt.date | None
    offence_id: str = ""
    victim_id: str = ""
    victim_type: str = ""
    consent: str = ""
    contact_date: dt.date | None = None
    view_prior: str = ""
    engaged: str = ""
    engaged_start: dt.date | None = None
    engaged_end: dt.date | None = None
    progress_request: str = ""
    progress_request_date: dt.date | None = None
    progress_provided: str = ""
    progress_provided_date: dt.date | None = None
    support_request: str = ""
    support_provided: str = ""
    changed_on_appeal: bool = False

    @property
    def order_key(self) -> tuple[str, str, dt.date, dt.date | None]:
        return (self.child_id, self.disposal_type, self.order_start, self.order_end)


@dataclass(frozen=True)
class Measure:
    n: int
    d: int

    @property
    def percent(self) -> str:
        """The percentage, computed from the counts; "n/a" when there is nothing to divide by."""
        return "n/a" if self.d == 0 else f"{100 * self.n / self.d:.0f}%"

    @property
    def text(self) -> str:
        """n/N and the percentage."""
        return f"{self.n}/{self.d} ({self.percent})"


@dataclass(frozen=True)
class Kpi10Result:
    quarter: Quarter
    as_of: dt.date
    consent_rule: str
    measures: dict[str, Measure]
    template: dict[str, int]
    cohort_orders: tuple[tuple[str, str, dt.date, dt.date | None], ...]
    records: tuple[CaseRow, ...]  # the victim records counted (the case list behind the figures)
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _is_cohort_order(row: CaseRow, quarter: Quarter, as_of: dt.date) -> bool:
    end = row.order_end
    return (
        row.disposal_type in COUNTING_DISPOSALS
        and not row.changed_on_appeal
        and end is not None
        and quarter.start <= end <= quarter.end
        and KPI10_START <= end <= as_of
        and is_cohort_age(row.child_dob, row.order_start)
    )


def _seriousness(key: tuple[str, str, dt.date, dt.date | None]) -> tuple[int, dt.date, dt.date]:
    """Sort key: most serious disposal, then the latest start, then the latest end (an open order last)."""
    _child, disposal, start, end = key
    return (-COUNTING_DISPOSALS.index(disposal), start, end or dt.date.min)


def assign_offences(rows: Iterable[CaseRow]) -> dict[tuple[str, str], tuple[str, str, dt.date, dt.date | None]]:
    """Each offence (child, offence) belongs to one order for victim counting, chosen across all quarters among
    its counting orders not changed on appeal."""
    best: dict[tuple[str, str], tuple[str, str, dt.date, dt.date | None]] = {}
    for row in rows:
        if not row.offence_id or row.disposal_type not in COUNTING_DISPOSALS or row.changed_on_appeal:
            continue
        offence = (row.child_id, row.offence_id)
        current = best.get(offence)
        if current is None or _seriousness(row.order_key) > _seriousness(current):
            best[offence] = row.order_key
    return best


def _y(flag: str) -> bool:
    return flag.strip().upper() == "Y"


def is_cohort_age(child_dob: dt.date, order_start: dt.date) -> bool:
    """KPI 10 counts children aged 10–17 on the order's start."""
    return 10 <= age_on(child_dob, order_start) <= 17


def compute(rows: Iterable[CaseRow], quarter: Quarter, as_of: dt.date, consent_rule: str = "ever") -> Kpi10Result:
    """The quarter's KPI 10 from a whole case list: the cohort and its victim records chosen, then counted."""
    rows = list(rows)
    cohort = {row.order_key for row in rows if _is_cohort_order(row, quarter, as_of)}
    owner = assign_offences(rows)
    records = tuple(
        row
        for row in rows
        if row.victim_id
        and row.offence_id
        and owner.get((row.child_id, row.offence_id)) == row.order_key
        and row.order_key in cohort
    )
    return count(quarter, as_of, consent_rule, cohort, records, tuple(row_warnings(rows)))


# The flags counted only with consent on the same record (DOMAIN §3).
_CONSENTED_FLAGS = (
    "engaged",
    "view_prior",
    "progress_request",
    "progress_provided",
    "support_request",
    "support_provided",
)


def count(
    quarter: Quarter,
    as_of: dt.date,
    consent_rule: str,
    cohort: set[tuple[str, str, dt.date, dt.date | None]],
    records: tuple[CaseRow, ...],
    warnings: tuple[str, ...],
) -> Kpi10Result:
    """The measures and template lines of a quarter's cohort orders and the victim records counted under them
    (chosen by ``compute`` from a case list, or by the store's own query)."""
    children = {key[0] for key in cohort}
    victims: set[str] = set()
    children_with_victims: set[str] = set()
    engaged_pairs: set[tuple[str, str]] = set()
    contacted: set[str] = set()
    consented: set[str] = set()
    with_consent: dict[str, set[str]] = {flag: set() for flag in _CONSENTED_FLAGS}
    for r in records:  # one pass: a quarter at a million victims counts tens of thousands of records
        victims.add(r.victim_id)
        children_with_victims.add(r.child_id)
        if _y(r.engaged):
            engaged_pairs.add((r.child_id, r.victim_id))
        if real_date(r.contact_date):
            contacted.add(r.victim_id)
        if _y(r.consent):
            consented.add(r.victim_id)
            for flag, holders in with_consent.items():
                if _y(getattr(r, flag)):
                    holders.add(r.victim_id)
    d = len(consented)
    measures = {
        "headline": Measure(len(with_consent["engaged"]), d),
        "10a": Measure(len(victims), len(children)),
        "10b": Measure(len(children_with_victims), len(children)),
        "10c": Measure(len(engaged_pairs), d),
        "10d": Measure(len(with_consent["view_prior"]), d),
        "10e": Measure(len(with_consent["progress_provided"]), d),
        "10f": Measure(len(with_consent["support_provided"]), d),
        "10g": Measure(len(contacted), d),
    }
    progress_requested = with_consent["progress_request"]
    support_requested = with_consent["support_request"]
    template = {
        "children_with_an_order_closing_with_an_identified_victim": len(children_with_victims),
        "total_victims": len(victims),
        "victims_consented": d,
        "victims_engaged_with_rj": len(with_consent["engaged"]),
        "victims_asked_their_view": len(with_consent["view_prior"]),
        "victims_requested_progress": len(progress_requested),
        "of_those_provided_progress": len(progress_requested & with_consent["progress_provided"]),
        "victims_requested_support": len(support_requested),
        "of_those_provided_support_information": len(support_requested & with_consent["support_provided"]),
    }
    return Kpi10Result(
        quarter,
        as_of,
        CONSENT_RULES[consent_rule],
        measures,
        template,
        tuple(sorted(cohort, key=lambda k: (k[0], k[2], k[1]))),
        records,
        warnings,
    )


def row_warnings(rows: Iterable[CaseRow]) -> list[str]:
    """Odd but legal rows (DOMAIN §3): reported, never rejected."""
    found = []
    for number, row in enumerate(rows, start=1):
        age = age_on(row.child_dob, row.order_start)
        where = f"row {number} (child {row.child_id}"
        where += f", offence {row.offence_id}, victim {row.victim_id})" if row.victim_id else ")"
        if not 10 <= age <= 17:
            found.append(f"{where}: the child was {age} on the order's start (counted only at 10–17).")
        if _y(row.progress_provided) and not _y(row.progress_request):
            found.append(f"{where}: progress provided without a request.")
        if _y(row.support_provided) and not _y(row.support_request):
            found.append(f"{where}: support provided without a request.")
        if _y(row.engaged) and real_date(row.engaged_start) is None:
            found.append(f"{where}: engaged in RJ without a start date.")
    return found


FLAG_COLUMNS = (
    "consentYJSContact",
    "viewPrior",
    "engagedRJ",
    "progressRequest",
    "progressProvided",
    "additionalSupportRequest",
    "additionalSupportProvided",
)
DATE_COLUMNS = ("yjscontactDate", "engagedRJStart", "engagedRJEnd", "progressRequestDate", "progressProvidedDate")
# The KPI 10 columns of the case list (CASE_LIST_HEADER[8:], in order) and the CaseRow fields that hold them.
KPI_FIELDS = (
    ("consentYJSContact", "consent"),
    ("yjscontactDate", "contact_date"),
    ("viewPrior", "view_prior"),
    ("engagedRJ", "engaged"),
    ("engagedRJStart", "engaged_start"),
    ("engagedRJEnd", "engaged_end"),
    ("progressRequest", "progress_request"),
    ("progressRequestDate", "progress_request_date"),
    ("progressProvided", "progress_provided"),
    ("progressProvidedDate", "progress_provided_date"),
    ("additionalSupportRequest", "support_request"),
    ("additionalSupportProvided", "support_provided"),
)


def kpi_columns(values: Mapping[str, object]) -> dict[str, str]:
    """CaseRow KPI values (a row's ``vars`` or derived values) as the case list's column text: flags as they
    are, dates ISO, no date empty."""

    def text(value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date) else "" if value is None else str(value)

    return {column: text(values[name]) for column, name in KPI_FIELDS}


def kpi_values(columns: Mapping[str, str]) -> dict[str, object]:
    """A record's KPI column text as recorded (an imported record) as CaseRow values; a missing column is empty."""
    found: dict[str, object] = {}
    for column, name in KPI_FIELDS:
        text = columns.get(column, "")
        found[name] = (dt.date.fromisoformat(text) if text else None) if column in DATE_COLUMNS else text
    return found


def parse_case_list(data: bytes, disposals: tuple[str, ...]) -> tuple[list[CaseRow], list[str]]:
    """Read a KPI 10 case list (the YJB's columns). Returns the rows and the problems that make rows unusable
    (a bad date, flag or disposal, a missing child or order); odd but legal rows are for ``row_warnings``.
    Raises csv_fields.FileError when the file itself is unusable."""
    problems: list[RowProblem] = []
    rows: list[CaseRow] = []
    errors: list[str] = []
    for line, raw in read_rows(data, tuple(CASE_LIST_HEADER), (), problems):
        try:
            rows.append(_case_row(raw, disposals))
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
    errors.extend(f"line {p.line}: {p.reason}" for p in problems)
    return rows, errors


def _iso(value: str, name: str, *, required: bool = False) -> dt.date | None:
    value = value.strip()
    if not value:
        if required:
            raise ValueError(f"{name} is required")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date YYYY-MM-DD") from None


def _case_row(raw: dict[str, str], disposals: tuple[str, ...]) -> CaseRow:
    values = {k: v.strip() for k, v in raw.items()}
    if not values["childID"]:
        raise ValueError("childID is required")
    if values["disposalType"] not in disposals:
        raise ValueError(f"disposalType: {values['disposalType']!r} is not a disposal code")
    for name in FLAG_COLUMNS:
        if values[name].upper() not in ("Y", "N", ""):
            raise ValueError(f"{name}: {values[name]!r} is not Y, N or empty")
    if bool(values["victimID"]) and not values["offenceID"]:
        raise ValueError("a victim needs the offence it was harmed by (offenceID)")
    dob = _iso(values["childDOB"], "childDOB", required=True)
    start = _iso(values["orderStart"], "orderStart", required=True)
    assert dob is not None and start is not None
    dates = {name: _iso(values[name], name) for name in DATE_COLUMNS}
    return CaseRow(
        child_id=values["childID"],
        child_dob=dob,
        disposal_type=values["disposalType"],
        order_start=start,
        order_end=_iso(values["orderEnd"], "orderEnd"),
        offence_id=values["offenceID"],
        victim_id=values["victimID"],
        victim_type=values["victimType"] or "individual",
        consent=values["consentYJSContact"].upper(),
        contact_date=dates["yjscontactDate"],
        view_prior=values["viewPrior"].upper(),
        engaged=values["engagedRJ"].upper(),
        engaged_start=dates["engagedRJStart"],
        engaged_end=dates["engagedRJEnd"],
        progress_request=values["progressRequest"].upper(),
        progress_request_date=dates["progressRequestDate"],
        progress_provided=values["progressProvided"].upper(),
        progress_provided_date=dates["progressProvidedDate"],
        support_request=values["additionalSupportRequest"].upper(),
        support_provided=values["additionalSupportProvided"].upper(),
    )


_BEHIND: dict[str, Callable[[CaseRow], bool]] = {
    "headline": lambda r: _y(r.consent) and _y(r.engaged),
    "10a": lambda r: True,
    "10b": lambda r: True,
    "10c": lambda r: _y(r.engaged),
    "10d": lambda r: _y(r.consent) and _y(r.view_prior),
    "10e": lambda r: _y(r.consent) and _y(r.progress_provided),
    "10f": lambda r: _y(r.consent) and _y(r.support_provided),
    "10g": lambda r: real_date(r.contact_date) is not None,
}


def records_behind(result: Kpi10Result, measure: str) -> list[CaseRow]:
    """The victim records that make a measure's numerator: what a figure opens onto."""
    test = _BEHIND[measure]
    return [record for record in result.records if test(record)]


@dataclass(frozen=True)
class BreakdownRow:
    dimension: str
    group: str
    victims: int
    consented: int
    engaged: int  # engaged with consent on the same record (the headline's numerator)
    victim_references: tuple[str, ...] = ()  # the victims in the group (what the figure opens onto)


def breakdown(result: Kpi10Result, dimension: str, group_of: Callable[[CaseRow], str]) -> list[BreakdownRow]:
    """The headline split by one characteristic of the child or the victim (disproportionality)."""
    groups: dict[str, list[CaseRow]] = {}
    for record in result.records:
        groups.setdefault(group_of(record) or "Not recorded", []).append(record)
    rows = []
    for group, records in sorted(groups.items()):
        rows.append(
            BreakdownRow(
                dimension,
                group,
                len({r.victim_id for r in records}),
                len({r.victim_id for r in records if _y(r.consent)}),
                len({r.victim_id for r in records if _y(r.consent) and _y(r.engaged)}),
                tuple(sorted({r.victim_id for r in records})),
            )
        )
    return rows


def suppressed(count: int, threshold: int) -> str:
    """A count shown in a board output: below the threshold (and above zero) it is hidden as "<threshold"."""
    return f"<{threshold}" if 0 < count < threshold else str(count)


def age_band(age: int) -> str:
    return "10–14" if age <= 14 else "15–17"
