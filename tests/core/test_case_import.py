"""The CMS case import: re-runnable, reconciled, all or nothing, and the duties its events start."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rjdesk.errors import PermissionDenied
from rjdesk.rules import case_csv
from rjdesk.rules.consent import ConsentScope
from rjdesk.rules.duties import DutyCode
from rjdesk.rules.permissions import Role
from rjdesk.services import cases, contacts, duties, referrals
from rjdesk.services.case_import import import_cases
from rjdesk.services.context import Actor
from rjdesk.services.victims import VictimDetails
from rjdesk.store import keys
from rjdesk.store.database import Database, open_local
from rjdesk.store.models import CaseEvent, CaseOrder, Child, Offence, Panel, Service
from tests.conftest import make_user

TODAY = dt.date.today()
HEADER = (
    "cms_ref,given_name,family_name,date_of_birth,case_manager,offence_ref,offence_category,offence_date,"
    "gravity,order_ref,disposal_type,order_start,order_end,panel_date,events"
)


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def csv_bytes(*lines: str) -> bytes:
    return ("\n".join((HEADER, *lines)) + "\n").encode()


FIRST = csv_bytes(
    f"C1,Jay,Example,2010-05-01,,OF1,Theft,{d(-60)},3,,,,,,",
    f"C1,Jay,Example,2010-05-01,,OF2,Criminal damage,{d(-59)},2,,,,,,",
    "C2,Kim,Sample,2011-02-03,,,,,,,,,,,",
)


def counts(db: Database) -> tuple[int, int, int, int, int]:
    with db.unit_of_work(write=False) as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Child, Offence, CaseOrder, CaseEvent, Panel)
        )


def test_the_parser_reports_rows_that_contradict_each_other_and_bad_values() -> None:
    parsed = case_csv.parse(
        csv_bytes(
            "C1,Jay,Example,2010-05-01,,OF1,Theft,,,,,,,,",
            "C1,Jay,Example,2010-05-02,,OF2,Theft,,,,,,,,",  # another date of birth for C1
            "C3,Ann,Other,2010-01-01,,OF1,Theft,,9,,,,,,",  # gravity out of range
            "C4,Bo,Other,2010-01-01,,,,,,ORD1,YRO,2026-01-01,,,",  # an order without its offence
            "C5,Cy,Other,2010-01-01,,OF1,Theft,,,ORD1,YRO,2026-01-01,,,party 2026-01-02",
        )
    )
    reasons = {p.line: p.reason for p in parsed.problems}
    assert "date_of_birth differ from line 2" in reasons[3]
    assert "gravity" in reasons[4] and "needs the offence" in reasons[5] and "'party'" in reasons[6]
    assert set(parsed.children) == {"C1"}  # only the rows that could be read


def test_a_rerun_updates_and_never_duplicates(db: Database, service: Actor) -> None:
    first = import_cases(db, service, FIRST)
    assert first.ok and first.written and first.added == {"children": 2, "offences": 2}
    assert counts(db) == (2, 2, 0, 0, 0)
    again = import_cases(db, service, FIRST)
    assert again.ok and again.changes == [] and not again.added and not again.updated
    assert counts(db) == (2, 2, 0, 0, 0)
    renamed = import_cases(
        db,
        service,
        csv_bytes(
            f"C1,Jay,Exemplar,2010-05-01,,OF1,Theft from a shop,{d(-60)},3,,,,,,",
            "C1,Jay,Exemplar,2010-05-01,,OF2,,,,,,,,,".replace(",OF2,,", ",OF2,Criminal damage,"),
        ),
    )
    assert renamed.ok and renamed.updated == {"children": 1, "offences": 1}
    whats = [(c.record, c.what) for c in renamed.changes]
    assert ("child C1", "family_name: Example → Exemplar") in whats
    assert ("offence C1/OF1", "offence_category: Theft → Theft from a shop") in whats
    with db.unit_of_work(write=False) as session:
        of2 = session.execute(select(Offence).where(Offence.offence_ref == "OF2")).scalar_one()
        assert of2.offence_date is not None and of2.gravity == 2  # empty cells kept what rjdesk held
    assert counts(db) == (2, 2, 0, 0, 0)


def test_a_conflict_is_reported_and_nothing_is_half_imported(db: Database, service: Actor) -> None:
    assert import_cases(db, service, FIRST).written
    before = counts(db)
    report = import_cases(
        db,
        service,
        csv_bytes(
            f"C9,New,Child,2012-01-01,,OF1,Robbery,{d(-5)},5,ORD9,YRO,{d(-2)},,,",  # would be added
            "C2,Kim,Sample,2011-02-04,,,,,,,,,,,",  # another date of birth: the wrong child?
            f"C1,Jay,Example,2010-05-01,nobody,OF1,Theft,{d(-60)},3,,,,,,",  # unknown case manager
        ),
    )
    assert not report.ok and not report.written
    assert [c.line for c in report.conflicts] == [3, 4]
    assert "is this the same child" in report.conflicts[0].reason and "'nobody'" in report.conflicts[1].reason
    assert any(c.record == "child C9" and c.what == "added" for c in report.changes)  # shown, not written
    assert counts(db) == before


def test_an_order_reference_used_by_another_child_is_a_conflict(db: Database, service: Actor) -> None:
    assert import_cases(db, service, csv_bytes(f"C1,Jay,Example,2010-05-01,,OF1,Theft,,,ORD1,YRO,{d(-30)},,,")).ok
    report = import_cases(db, service, csv_bytes(f"C2,Kim,Sample,2011-02-03,,OF1,Theft,,,ORD1,YRO,{d(-30)},,,"))
    assert not report.written and "belongs to child C1" in report.conflicts[0].reason


def test_a_dry_run_reports_but_writes_nothing(db: Database, service: Actor) -> None:
    report = import_cases(db, service, FIRST, dry_run=True)
    assert report.ok and not report.written and report.added == {"children": 2, "offences": 2}
    assert counts(db) == (0, 0, 0, 0, 0)


def test_an_order_typed_by_hand_is_adopted_not_duplicated(db: Database, service: Actor) -> None:
    import_cases(db, service, FIRST)
    with db.unit_of_work(write=False) as session:
        child_id = session.execute(select(Child.id).where(Child.cms_ref == "C1")).scalar_one()
        of1 = session.execute(select(Offence.id).where(Offence.offence_ref == "OF1")).scalar_one()
    typed = cases.create_order(db, service, child_id, "YRO", TODAY - dt.timedelta(days=10), (of1,))
    report = import_cases(
        db, service, csv_bytes(f"C1,Jay,Example,2010-05-01,,OF1,Theft,{d(-60)},3,ORD5,YRO,{d(-10)},,,")
    )
    assert report.ok and ("order C1/ORD5", "linked to the order entered by hand in rjdesk") in [
        (c.record, c.what) for c in report.changes
    ]
    with db.unit_of_work(write=False) as session:
        orders = session.execute(select(CaseOrder)).scalars().all()
        assert [(o.id, o.order_ref) for o in orders] == [(typed, "ORD5")]


@pytest.fixture
def victim_asking_for_updates(db: Database, service: Actor) -> tuple[Actor, int]:
    """C1's offence OF1 harmed a victim who consented to contact and asked to be kept informed."""
    import_cases(db, service, FIRST)
    vlo = make_user(db, service, "vlo1", Role.VLO)
    with db.unit_of_work(write=False) as session:
        child_id = session.execute(select(Child.id).where(Child.cms_ref == "C1")).scalar_one()
        of1 = session.execute(select(Offence.id).where(Offence.offence_ref == "OF1")).scalar_one()
    victim = referrals.receive_referral(
        db,
        vlo,
        referrals.NewReferral(
            child_id=child_id,
            offence_ids=(of1,),
            received_on=TODAY - dt.timedelta(days=40),
            basis="consented",
            details=VictimDetails("individual", "Alex Example"),
        ),
    ).victim_id
    from rjdesk.services import consent

    consent.record_consent(
        db,
        vlo,
        victim,
        consent.NewConsent(child_id, ConsentScope.YJS_CONTACT, "given", TODAY - dt.timedelta(days=39), "verbal"),
    )
    contacts.record_request(db, vlo, victim, "progress", TODAY - dt.timedelta(days=38), child_id=child_id)
    return vlo, victim


def open_codes(db: Database, vlo: Actor, victim_id: int) -> list[str]:
    return sorted(d.code for d in duties.list_duties(db, vlo, victim_id=victim_id) if d.status == "open")


def test_case_events_from_the_import_start_the_right_duties(
    db: Database, service: Actor, victim_asking_for_updates: tuple[Actor, int]
) -> None:
    vlo, victim = victim_asking_for_updates
    before = open_codes(db, vlo, victim)
    made = import_cases(
        db,
        service,
        csv_bytes(
            f"C1,Jay,Example,2010-05-01,,OF1,Theft,{d(-60)},3,ORD1,REFERRAL_ORDER,{d(-3)},,{d(12)},review {d(-1)}"
        ),
    )
    assert made.ok and made.added == {"orders": 1, "events": 2, "panels": 1}
    after = open_codes(db, vlo, victim)
    new = sorted(set(after) - set(before)) if len(after) > len(before) else []
    # order made and the review: two progress updates; the panel to come: views before the decision
    assert after.count(DutyCode.PROGRESS_UPDATE.value) - before.count(DutyCode.PROGRESS_UPDATE.value) == 2
    assert DutyCode.VIEWS_BEFORE_DECISION.value in new
    assert made.duties_started == 3
    # the same file again changes nothing and starts nothing
    again = import_cases(
        db,
        service,
        csv_bytes(
            f"C1,Jay,Example,2010-05-01,,OF1,Theft,{d(-60)},3,ORD1,REFERRAL_ORDER,{d(-3)},,{d(12)},review {d(-1)}"
        ),
    )
    assert again.ok and again.duties_started == 0 and again.changes == []
    # the order ends: the victim who took part is due the end-of-intervention information
    ended = import_cases(
        db,
        service,
        csv_bytes(f"C1,Jay,Example,2010-05-01,,OF1,Theft,{d(-60)},3,ORD1,REFERRAL_ORDER,{d(-3)},{d(0)},,"),
    )
    assert ended.ok and ("order C1/ORD1", f"order_end: (empty) → {TODAY:%d/%m/%Y}") in [
        (c.record, c.what) for c in ended.changes
    ]
    assert DutyCode.INTERVENTION_END.value in open_codes(db, vlo, victim)


def test_only_data_administrators_with_case_rights_may_import(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo9", Role.VLO)
    with pytest.raises(PermissionDenied):
        import_cases(db, vlo, FIRST)


def test_the_cli_prints_the_reconciliation_and_refuses_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJDESK_")}
    env.update(
        RJDESK_DATA_DIR=str(tmp_path / "d"), RJDESK_DB_KEY="case import cli", RJDESK_CONFIG_DIR=str(tmp_path / "c")
    )
    source = tmp_path / "cases.csv"
    source.write_bytes(FIRST)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "rjdesk.cli", *args], env=env, capture_output=True, text=True, timeout=120
        )

    no_service = cli("import", "cases", str(source))
    assert no_service.returncode == 2 and "no service" in no_service.stderr
    monkeypatch.setenv("RJDESK_DB_KEY", env["RJDESK_DB_KEY"])
    store = open_local(Path(env["RJDESK_DATA_DIR"]) / "rjdesk.db", keys.KeyringSecretStore())
    with store.unit_of_work() as session:
        session.add(Service(code="NB", name="Northbridge"))
    store.dispose()

    dry = cli("import", "cases", str(source), "--dry-run", "--format", "json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["written"] is False and "dry run" in dry.stderr
    done = cli("import", "cases", str(source))
    assert done.returncode == 0 and "line 2: child C1: added" in done.stdout
    assert "added 2 children, 2 offences" in done.stderr
    rerun = cli("import", "cases", str(source), "--format", "json")
    assert json.loads(rerun.stdout)["changes"] == []
    source.write_bytes(csv_bytes("C2,Kim,Sample,2011-02-09,,,,,,,,,,,"))
    refused = cli("import", "cases", str(source))
    assert refused.returncode == 2 and "CONFLICT" in refused.stdout and "nothing was imported" in refused.stderr
