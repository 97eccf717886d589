"""KPI 10 from records worked in rjdesk, on SQLite and PostgreSQL: fields derived (never typed), consent
given then withdrawn under both rules, the case list's columns, and `rjdesk-cli report kpi10` JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from sqlalchemy import select

from rjdesk import cli
from rjdesk.errors import PermissionDenied, ValidationError
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.kpi10 import CASE_LIST_HEADER, Quarter
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, consent, contacts, kpi10, referrals
from rjdesk.services.context import Actor
from rjdesk.services.victim_record import open_victim_file
from rjdesk.services.victims import VictimDetails
from rjdesk.store.database import Database
from rjdesk.store.models import Victim
from tests.conftest import make_service, make_user

Q = Quarter.parse("2024Q2")  # July–September 2024
AS_OF = dt.date(2024, 12, 31)
D = dt.date


@pytest.fixture
def worked(db: Database, service: Actor) -> dict[str, int]:
    """Two children with YRO orders ending in 2024Q2; the first harmed two victims, the second none.
    V1 consented (later withdrew), was contacted and gave views before the decision; V2 did not consent."""
    vlo = make_user(db, service, "vlo", Role.VLO)
    first = cases.create_child(db, service, "K1", "Jay", "Example", D(2008, 3, 1))
    second = cases.create_child(db, service, "K2", "Sam", "Example", D(2007, 9, 1))
    offence = cases.add_offence(db, service, first.id, "OF1", "Robbery", D(2023, 10, 1))
    other = cases.add_offence(db, service, second.id, "OF7", "Theft", D(2023, 10, 1))
    order = cases.create_order(db, service, first.id, "YRO", D(2023, 12, 1), (offence.id,))
    cases.set_decision_date(db, service, order, D(2023, 12, 1), known_on=D(2023, 10, 21))
    no_victims = cases.create_order(db, service, second.id, "YRO", D(2023, 12, 1), (other.id,))
    cases.end_intervention(db, service, order, D(2024, 8, 15))
    cases.end_intervention(db, service, no_victims, D(2024, 9, 30))
    ids = {}
    for name in ("Alex One", "Bea Two"):
        ids[name] = referrals.receive_referral(
            db,
            vlo,
            referrals.NewReferral(
                child_id=first.id,
                offence_ids=(offence.id,),
                received_on=D(2023, 10, 20),
                basis="consented",
                details=VictimDetails("individual", name),
            ),
        ).victim_id
    v1 = ids["Alex One"]
    consent.record_consent(
        db, vlo, v1, consent.NewConsent(first.id, ConsentScope.YJS_CONTACT, "given", D(2023, 10, 25), "verbal")
    )
    consent.record_consent(
        db, vlo, v1, consent.NewConsent(first.id, ConsentScope.YJS_CONTACT, "withdrawn", D(2024, 9, 1), "verbal")
    )
    contacts.record_contact(db, vlo, v1, contacts.NewContact(D(2023, 10, 26), "phone", "spoke_to_victim", first.id))
    contacts.record_views(
        db,
        vlo,
        v1,
        contacts.ViewsRecord(0, first.id, D(2023, 11, 20), "Scared", None, None, None, None, None),
    )
    return {"v1": v1, "v2": ids["Bea Two"]}


def test_kpi10_from_worked_records_under_both_consent_rules(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    report = kpi10.kpi10_report(db, service, Q, AS_OF).as_json()
    measures = report["measures"]
    assert measures == {
        "headline": {"n": 0, "d": 1},
        "10a": {"n": 2, "d": 2},
        "10b": {"n": 1, "d": 2},
        "10c": {"n": 0, "d": 1},
        "10d": {"n": 1, "d": 1},
        "10e": {"n": 0, "d": 1},
        "10f": {"n": 0, "d": 1},
        "10g": {"n": 1, "d": 1},
    }
    assert "at any time on or before" in str(report["consent_rule"]) and report["engagement_mapping_version"] == 1
    # The victims behind each figure, for a manager's drill-down: found when a figure is asked for.
    behind = kpi10.kpi10_report(db, service, Q, AS_OF).behind
    assert len(behind) == len(measures) and list(behind) == list(measures)
    assert [ref.id for ref in behind["10a"]] == sorted((worked["v1"], worked["v2"]))
    assert [ref.id for ref in behind["10g"]] == [worked["v1"]] and behind["headline"] == ()
    with pytest.raises(KeyError):
        behind["10z"]
    strict = kpi10.kpi10_report(db, service, Q, AS_OF, strict_consent=True).as_json()
    assert strict["measures"]["headline"] == {"n": 0, "d": 0}  # type: ignore[index]
    assert strict["measures"]["10g"] == {"n": 1, "d": 0}  # type: ignore[index]
    assert "Strict current consent" in str(strict["consent_rule"])
    before_withdrawal = kpi10.kpi10_report(db, service, Q, D(2024, 8, 31), strict_consent=True).as_json()
    assert before_withdrawal["measures"]["10d"] == {"n": 1, "d": 1}  # type: ignore[index]
    analyst = make_user(db, service, "analyst", Role.PERFORMANCE_ANALYST)
    for_analyst = kpi10.kpi10_report(db, analyst, Q, AS_OF).result
    assert for_analyst.measures["10a"].n == 2 and for_analyst.records == ()  # figures, never the case list
    with pytest.raises(PermissionDenied):
        kpi10.kpi10_cases_csv(db, analyst, Q, AS_OF)  # the case list is not aggregate


def test_the_case_list_has_the_yjb_columns_and_no_names(db: Database, service: Actor, worked: dict[str, int]) -> None:
    text = kpi10.kpi10_cases_csv(db, service, Q, AS_OF)
    lines = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == ",".join(CASE_LIST_HEADER)
    assert "Alex" not in text and "Example" not in text
    by_victim = {line["victimID"]: line for line in lines}
    assert len(lines) == 3 and by_victim[""]["childID"] == "K2" and by_victim[""]["offenceID"] == ""
    first = next(line for line in lines if line["consentYJSContact"] == "Y")
    assert (first["childID"], first["disposalType"], first["orderStart"], first["orderEnd"]) == (
        "K1",
        "YRO",
        "2023-12-01",
        "2024-08-15",
    )
    assert (first["yjscontactDate"], first["viewPrior"], first["engagedRJ"]) == ("2023-10-26", "Y", "N")


def test_cli_report_kpi10_prints_integer_json(
    db: Database, service: Actor, worked: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{db.path}" if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    code = cli.main(["--database", url, "report", "kpi10", "--quarter", "2024Q2", "--as-of", "2024-12-31"])
    out = capsys.readouterr().out
    assert code == 0
    payload = json.loads(out)
    assert payload["quarter"] == "2024Q2" and payload["measures"]["10a"] == {"n": 2, "d": 2}
    assert all(isinstance(v, int) for m in payload["measures"].values() for v in m.values())
    assert cli.main(["--database", url, "report", "kpi10", "--quarter", "2024Q7"]) == 2
    assert "not a quarter" in capsys.readouterr().err


def test_export_then_import_into_an_empty_service_gives_the_same_kpi10(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    """Round trip: the exported case list, imported into a service with no records (its own records are
    scoped to it, as in an empty store), counts the same."""
    exported = kpi10.kpi10_cases_csv(db, service, Q, AS_OF)
    empty = make_service(db, "ES", "Empty Service")
    done = kpi10.import_kpi10_cases(db, empty, exported.encode())
    assert (done.rows, done.children, done.orders, done.offences, done.victims) == (3, 2, 2, 1, 2)
    original = kpi10.kpi10_report(db, service, Q, AS_OF).as_json()
    imported = kpi10.kpi10_report(db, empty, Q, AS_OF).as_json()
    assert imported["measures"] == original["measures"] and imported["template"] == original["template"]
    again = kpi10.import_kpi10_cases(db, empty, exported.encode())  # re-running adds nothing
    assert (again.children, again.orders, again.offences, again.victims) == (0, 0, 0, 0)
    assert kpi10.kpi10_cases_csv(db, empty, Q, AS_OF) == exported
    with db.unit_of_work() as session:  # the imported victim's record shows the values as recorded
        imported_id = (
            session.execute(
                select(Victim.id).where(Victim.service_id == empty.service_id, Victim.display_name.like("Victim %"))
            )
            .scalars()
            .first()
        )
    assert imported_id is not None
    links = open_victim_file(db, empty, imported_id, AS_OF).links
    assert links[0].source == "kpi10_import" and links[0].kpi10["consentYJSContact"] in ("Y", "N")


def test_a_bad_case_list_is_refused_whole_and_odd_rows_are_warnings(db: Database, service: Actor) -> None:
    header = ",".join(CASE_LIST_HEADER)
    good = "K9,2008-01-01,YRO,2023-06-01,2024-08-01,OF1,V9,individual,Y,2023-07-01,,N,,,N,,Y,,N,N"
    bad = "K8,2008-01-01,YRO,2023-06-01,2024-08-01,OF1,V8,individual,maybe,,,,,,,,,,,"
    with pytest.raises(ValidationError, match="cannot be read") as refused:
        kpi10.import_kpi10_cases(db, service, f"{header}\n{good}\n{bad}\n".encode())
    assert "consentYJSContact: 'maybe'" in refused.value.fields["file"]
    assert kpi10.kpi10_report(db, service, Q, AS_OF).result.measures["10a"].d == 0  # nothing written
    with pytest.raises(ValidationError, match="lacks the column"):
        kpi10.import_kpi10_cases(db, service, b"childID,childDOB\nK1,2008-01-01\n")
    done = kpi10.import_kpi10_cases(db, service, f"{header}\n{good}\n".encode())
    assert any("progress provided without a request" in w for w in done.warnings)
    assert kpi10.kpi10_report(db, service, Q, AS_OF).as_json()["measures"]["10e"] == {"n": 1, "d": 1}  # type: ignore[index]


def test_the_kpi10_pdf_prints_every_measure_the_consent_rule_and_no_names(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    import pdfplumber

    from rjdesk.services import reports

    pdf = reports.kpi10_pdf(db, service, Q, AS_OF, strict_consent=True)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        tables = [t for page in document.pages for t in page.extract_tables()]
        drawn = sum(len(page.rects) for page in document.pages)
    assert "YJB KPI 10 — victims — Q2 2024/25" in text and "Strict current consent" in text
    assert "KPI 10 measures (%)" in text and drawn > 0  # the chart
    flat = " ".join(text.split())
    assert "engagement mapping version 1" in flat and "Page 1" in flat and "made " in flat
    measures = next(t for t in tables if t[0][:3] == ["Measure", "What it counts", "n"])
    rows = {row[0]: row[2:] for row in measures[1:]}
    assert rows["10a"] == ["2", "2", "100%"] and rows["headline"] == ["0", "0", "n/a"]
    assert "Alex" not in text and "Bea" not in text and "Jay" not in text


def test_the_kpi10_workbook_keeps_numbers_as_numbers(db: Database, service: Actor, worked: dict[str, int]) -> None:
    from openpyxl import load_workbook

    from rjdesk.services import reports

    book = load_workbook(io.BytesIO(reports.kpi10_xlsx(db, service, Q, AS_OF)))
    assert book.sheetnames == ["Measures", "Compared with", "YJB aggregate template"]
    rows = list(book["Measures"].iter_rows(values_only=True))
    header = rows.index(("Measure", "What it counts", "n", "N", "%"))
    measures = {row[0]: row[2:4] for row in rows[header + 1 :] if row[0] in ("10a", "headline")}
    assert measures == {"headline": (0, 1), "10a": (2, 2)}


def test_breakdowns_by_the_childs_characteristics_reach_the_board_pack_suppressed(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    import pdfplumber

    from rjdesk.services import board_pack
    from rjdesk.store.models import Child

    with db.unit_of_work() as session:
        for child in session.execute(select(Child)).scalars():
            child.ethnicity, child.gender = "White British", "Male"
    split = kpi10.kpi10_breakdowns(db, service, Q, AS_OF)
    together_report, together_split = kpi10.kpi10_with_breakdowns(db, service, Q, AS_OF)  # the board pack's way
    assert together_split == split
    assert together_report.as_json() == kpi10.kpi10_report(db, service, Q, AS_OF).as_json()
    ethnicity = [r for r in split.rows if r.dimension == "Child's ethnicity"]
    assert [(r.group, r.victims, r.consented) for r in ethnicity] == [("White British", 2, 1)]
    assert {r.group for r in split.rows if r.dimension == "Child's age on the order's start"} == {"15–17"}
    assert split.threshold == 5
    pdf = board_pack.board_pack_pdf(db, service, Q.start, Q.end)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        tables = [t for page in document.pages for t in page.extract_tables()]
    by_characteristic = next(t for t in tables if t[0][0] == "Characteristic")
    assert ["Child's ethnicity", "White British", "<5", "<5", "0"] in by_characteristic


def test_comparisons_with_earlier_quarters_and_published_comparators(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    manager = make_user(db, service, "boss", Role.MANAGER)
    with pytest.raises(ValidationError, match="not saved"):
        kpi10.set_comparators(db, manager, [kpi10.Comparator("London", "10z", 52)])
    kpi10.set_comparators(db, manager, [kpi10.Comparator("London", "headline", 52)])
    with pytest.raises(PermissionDenied):
        kpi10.set_comparators(db, make_user(db, service, "analyst", Role.PERFORMANCE_ANALYST), [])
    later = kpi10.kpi10_comparison(db, service, Quarter(2025, 2), AS_OF)  # a year on: this quarter is "last year"
    assert later.last_year["10a"].n == 2 and later.current["10a"].d == 0
    assert later.comparators == (kpi10.Comparator("London", "headline", 52.0),)
    now = kpi10.kpi10_comparison(db, service, Q.next(), AS_OF)
    assert now.previous["10a"].n == 2


def test_days_from_the_crimes_report_to_the_first_rj_information(
    db: Database, service: Actor, worked: dict[str, int]
) -> None:
    from rjdesk.services import reports
    from rjdesk.store.models import Offence, PoliceReferral

    assert reports.days_to_first_rj_information(db, service, D(2023, 10, 1), D(2023, 12, 31)).victims == 0
    with db.unit_of_work() as session:
        for offence in session.execute(select(Offence)).scalars():
            offence.reported_date = D(2023, 10, 16)
    found = reports.days_to_first_rj_information(db, service, D(2023, 10, 1), D(2023, 12, 31))
    assert (found.victims, found.median_days, found.within_10_days, found.longest_days) == (1, 10.0, 1, 10)
    assert reports.days_to_first_rj_information(db, service, D(2024, 1, 1), D(2024, 3, 31)).victims == 0
    with db.unit_of_work() as session:  # the police referral says the crime was reported earlier: that counts
        for referral in session.execute(select(PoliceReferral)).scalars():
            referral.crime_reported_on = D(2023, 10, 11)
    assert reports.days_to_first_rj_information(db, service, D(2023, 10, 1), D(2023, 12, 31)).median_days == 15.0
