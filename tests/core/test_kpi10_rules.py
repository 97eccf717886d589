"""KPI 10 counting rules (DOMAIN §3) on hand-checked case lists: each test states the figures worked out by
hand from the rows above it."""

from __future__ import annotations

import datetime as dt

import pytest

from rjdesk.rules.kpi10 import NO_DATE, CaseRow, Measure, Quarter, compute

Q = Quarter.parse("2023Q4")  # January–March 2024
AS_OF = dt.date(2024, 6, 30)
D = dt.date


def row(
    child: str, disposal: str, start: dt.date, end: dt.date | None, offence: str = "", victim: str = "", **kw: object
) -> CaseRow:
    return CaseRow(child, kw.pop("dob", D(2008, 1, 1)), disposal, start, end, offence, victim, "individual", **kw)  # type: ignore[arg-type]


def measures(rows: list[CaseRow], **kw: object) -> dict[str, tuple[int, int]]:
    result = compute(rows, Q, kw.pop("as_of", AS_OF), **kw)  # type: ignore[arg-type]
    return {key: (m.n, m.d) for key, m in result.measures.items()}


def test_quarter_labels_and_edges() -> None:
    assert (Q.start, Q.end, Q.label) == (D(2024, 1, 1), D(2024, 3, 31), "Q4 2023/24")
    first = Quarter.parse("2023Q1")
    assert (first.start, first.end, first.label) == (D(2023, 4, 1), D(2023, 6, 30), "Q1 2023/24")
    assert Quarter.containing(D(2024, 3, 31)) == Q and Quarter.containing(D(2024, 4, 1)) == Quarter(2024, 1)
    assert Q.previous().code == "2023Q3" and Q.next().code == "2024Q1"
    with pytest.raises(ValueError, match="not a quarter"):
        Quarter.parse("2023Q5")


def test_orders_ending_on_the_quarters_edges_count_and_those_outside_do_not() -> None:
    rows = [
        row("C1", "YRO", D(2023, 6, 1), D(2024, 1, 1), "O1", "V1", consent="Y"),  # first day: in
        row("C2", "YRO", D(2023, 6, 1), D(2024, 3, 31), "O1", "V2", consent="Y"),  # last day: in
        row("C3", "YRO", D(2023, 6, 1), D(2023, 12, 31), "O1", "V3", consent="Y"),  # before: out
        row("C4", "YRO", D(2023, 6, 1), D(2024, 4, 1), "O1", "V4", consent="Y"),  # after: out
        row("C5", "YRO", D(2023, 6, 1), None, "O1", "V5", consent="Y"),  # still open: out
    ]
    got = measures(rows)
    assert got["10a"] == (2, 2) and got["headline"] == (0, 2)
    assert measures(rows, as_of=D(2024, 2, 1))["10a"] == (1, 1)  # nothing ends after the as-of date


def test_ages_on_the_order_start_9_10_17_18() -> None:
    start = D(2023, 6, 1)
    rows = [
        row(
            f"C{age}",
            "REFERRAL_ORDER",
            start,
            D(2024, 2, 1),
            "O1",
            f"V{age}",
            dob=D(start.year - age, start.month, start.day),
        )
        for age in (9, 10, 17, 18)
    ]
    rows.append(  # 17 and a day before the 18th birthday on the start: still 17
        row("C17b", "REFERRAL_ORDER", start, D(2024, 2, 1), "O1", "V17b", dob=D(2005, 6, 2))
    )
    result = compute(rows, Q, AS_OF)
    assert sorted(r.victim_id for r in result.records) == ["V10", "V17", "V17b"]
    assert any("was 9 on the order's start" in w for w in result.warnings)
    assert any("was 18 on the order's start" in w for w in result.warnings)


def test_disposals_that_do_not_count() -> None:
    end = D(2024, 2, 1)
    rows = [
        row(f"C{i}", disposal, D(2023, 6, 1), end, "O1", f"V{i}", consent="Y", engaged="Y")
        for i, disposal in enumerate(
            (
                "COMMUNITY_RESOLUTION_NO_INTERVENTION",
                "YOUTH_CAUTION_NO_INTERVENTION",
                "NFA",
                "REPARATION_ORDER",
                "REMAND",
                "OTHER",
            )
        )
    ]
    assert measures(rows)["10a"] == (0, 0) and measures(rows)["headline"] == (0, 0)
    rows.append(row("CX", "OOCD_WITH_INTERVENTION", D(2023, 12, 1), end, "O1", "VX", consent="Y"))
    assert measures(rows)["10a"] == (1, 1)


def test_a_victim_of_two_children_is_one_victim() -> None:
    rows = [
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V1", consent="Y"),
        row("C2", "REFERRAL_ORDER", D(2023, 7, 1), D(2024, 3, 1), "O9", "V1", consent="Y", engaged="Y"),
    ]
    got = measures(rows)
    # one distinct victim over two children; engaged on C2's record with consent on it: headline 1/1
    assert got["10a"] == (1, 2) and got["10b"] == (2, 2) and got["headline"] == (1, 1)
    assert got["10c"] == (1, 1)  # 10c counts (child, victim) pairs: one pair engaged


def test_an_offence_carried_by_two_orders_counts_its_victims_once_under_the_most_serious() -> None:
    # A DTO: custody and licence share offence O1. CUSTODY is the most serious and ends in Q3 (outside) —
    # so O1's victim belongs to the custody order and is NOT counted in Q4 under the YRO that ends there.
    rows = [
        row("C1", "CUSTODY", D(2023, 5, 1), D(2023, 11, 1), "O1", "V1", consent="Y"),
        row("C1", "YRO", D(2023, 11, 2), D(2024, 2, 1), "O1", "V1", consent="Y"),
        row("C1", "YRO", D(2023, 11, 2), D(2024, 2, 1), "O2", "V2", consent="Y"),
    ]
    result = compute(rows, Q, AS_OF)
    assert [(r.offence_id, r.victim_id) for r in result.records] == [("O2", "V2")]
    assert measures(rows)["10a"] == (1, 1)
    # Same seriousness: the latest start wins, then the latest end.
    tie = [
        row("C2", "YRO", D(2023, 5, 1), D(2024, 1, 10), "O1", "V1"),
        row("C2", "YRO", D(2023, 6, 1), D(2024, 1, 5), "O1", "V1"),
    ]
    assert [r.order_start for r in compute(tie, Q, AS_OF).records] == [D(2023, 6, 1)]


def test_flags_count_only_on_the_same_record_and_only_an_explicit_y() -> None:
    rows = [
        # V1: consent on O1, engaged on O2 (another record): not engaged-with-consent; 10c still counts the pair
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V1", consent="Y"),
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O2", "V1", consent="N", engaged="Y"),
        # V2: engaged without consent — counts in 10c (no consent condition), not in the headline
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O3", "V2", consent="N", engaged="Y"),
        # V3: lower-case and empty flags; a 1900-01-01 contact date is no date
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O4", "V3", consent="y", view_prior="", contact_date=NO_DATE),
        # V4: every flag, and a real contact date
        row(
            "C1",
            "YRO",
            D(2023, 6, 1),
            D(2024, 2, 1),
            "O5",
            "V4",
            consent="Y",
            view_prior="Y",
            progress_request="Y",
            progress_provided="Y",
            support_request="Y",
            support_provided="Y",
            contact_date=D(2023, 7, 1),
        ),
    ]
    got = measures(rows)
    assert got["headline"] == (0, 3)  # consented: V1, V3 (an explicit y), V4; none engaged on a consented record
    assert got["10c"] == (2, 3)  # pairs (C1, V1) and (C1, V2)
    assert got["10d"] == (1, 3) and got["10e"] == (1, 3) and got["10f"] == (1, 3)
    assert got["10g"] == (1, 3)  # only V4's date is a date


def test_no_consented_victims_is_n_over_zero_and_10c_10g_can_exceed_100_percent() -> None:
    rows = [row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V1", engaged="Y", contact_date=D(2023, 8, 1))]
    result = compute(rows, Q, AS_OF)
    assert result.measures["headline"] == Measure(0, 0) and result.measures["headline"].text == "0/0 (n/a)"
    assert result.measures["10c"] == Measure(1, 0) and result.measures["10g"] == Measure(1, 0)
    rows.append(row("C2", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V2", consent="Y", engaged="Y"))
    rows.append(row("C2", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O2", "V3", engaged="Y"))
    assert compute(rows, Q, AS_OF).measures["10c"].text == "3/1 (300%)"


def test_a_counting_order_without_victims_is_in_the_denominator_and_odd_rows_warn() -> None:
    rows = [
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1)),  # no victim
        row("C2", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V1", consent="Y", progress_provided="Y", engaged="Y"),
    ]
    result = compute(rows, Q, AS_OF)
    assert measures(rows)["10a"] == (1, 2) and measures(rows)["10b"] == (1, 2)
    assert any("progress provided without a request" in w for w in result.warnings)
    assert any("engaged in RJ without a start date" in w for w in result.warnings)
    appeal = [row("C3", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V9", changed_on_appeal=True)]
    assert measures(appeal)["10a"] == (0, 0)


def test_the_headline_splits_by_a_characteristic_and_small_numbers_are_hidden() -> None:
    from rjdesk.rules.kpi10 import breakdown, suppressed

    rows = [
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V1", consent="Y", engaged="Y"),
        row("C1", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O2", "V2", consent="Y"),
        row("C2", "YRO", D(2023, 6, 1), D(2024, 2, 1), "O1", "V3"),
    ]
    result = compute(rows, Q, AS_OF)
    split = breakdown(result, "Child", lambda r: {"C1": "Group A", "C2": ""}[r.child_id])
    assert [(b.group, b.victims, b.consented, b.engaged) for b in split] == [
        ("Group A", 2, 2, 1),
        ("Not recorded", 1, 0, 0),
    ]
    assert (suppressed(0, 5), suppressed(1, 5), suppressed(4, 5), suppressed(5, 5)) == ("0", "<5", "<5", "5")
    assert suppressed(3, 0) == "3"  # a threshold of 0 hides nothing
