"""No personal data in logs (DOMAIN §6): the main flows run on demo data with every logger at DEBUG, then every
log and crash file is searched for the people's names, addresses, postcodes, phone numbers and e-mails."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from rjdesk import cli, demo, paths
from rjdesk.errors import PermissionDenied
from rjdesk.rules.kpi10 import Quarter
from rjdesk.rules.permissions import Role
from rjdesk.services import board_pack, kpi10, reports, victim_record, victims
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from rjdesk.store.models import Child, Victim, VictimContactDetails
from tests.conftest import make_user


@pytest.mark.slow
def test_the_main_flows_leave_no_personal_data_in_any_log(
    db: Database, service: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "everything.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        today = dt.date.today()
        demo.generate(db, service, victims=30, seed=11, today=today)
        manager = make_user(db, service, "boss", Role.MANAGER)
        analyst = make_user(db, service, "numbers", Role.PERFORMANCE_ANALYST)
        with db.unit_of_work(write=False) as session:
            ids = list(session.execute(select(Victim.id).where(Victim.service_id == service.service_id)).scalars())
        for victim_id in ids[:10]:
            victim_record.open_victim_file(db, manager, victim_id)
            victims.get_contact_details(db, manager, victim_id)
            with pytest.raises(PermissionDenied):
                victims.get_victim(db, analyst, victim_id)
        victims.search_victims(db, manager, "a")
        start = today - dt.timedelta(days=365)
        board_pack.board_pack_pdf(db, manager, start, today)
        reports.funnel(db, manager, start, today)
        kpi10.kpi10_cases_csv(db, manager, Quarter.containing(today).previous())
        url = f"sqlite:///{db.path}" if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
        for arguments in (
            ["deadlines"],
            ["report", "kpi10", "--quarter", Quarter.containing(today).previous().code],
            ["export", "kpi10-cases", "--quarter", "2023Q4", "-o", str(tmp_path / "cases.csv")],
            ["import", "referrals", str(tmp_path / "missing.csv")],  # a refusal, logged at -v
        ):
            cli.main(["--database", url, "-v", *arguments])
        capsys.readouterr()
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()

    with db.unit_of_work(write=False) as session:
        people = [name for name in session.execute(select(Victim.display_name)).scalars()]
        people += [f"{c.given_name} {c.family_name}" for c in session.execute(select(Child)).scalars()]
        for details in session.execute(select(VictimContactDetails)).scalars():
            people += [value for value in (details.address, details.postcode, details.phone, details.email) if value]
    assert len(people) > 60
    logs = [log_file, *Path(paths.log_dir()).glob("*.log*")]
    text = "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in logs if path.is_file())
    assert text.strip(), "the flows logged nothing: the search would prove nothing"
    leaked = sorted({person for person in people if person in text})
    assert leaked == [], f"personal data in the logs: {leaked[:5]}"
