"""The installed app's self-test (``rjdesk --self-test``; ``make package`` runs it on the built bundle): proves
that what a frozen or installed rjdesk needs at run time is really there — SQLCipher, the migrations, the
bulk demo generator's Faker data, the bank-holiday calendar, ReportLab with the bundled fonts, a keyring
backend — by using each once on a temporary encrypted store that is deleted afterwards.

Never touches the user's own store, keyring or settings: the key lives in memory for the test's length.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


class _ScratchSecrets:
    """A secret store in memory: the test's key never reaches the OS keyring."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self._secrets[name] = secret

    def delete(self, name: str) -> None:
        self._secrets.pop(name, None)


@dataclass
class SelfTestReport:
    """What was checked, in order, and what failed (empty: everything worked)."""

    checked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_json(self) -> dict[str, object]:
        return {"ok": self.ok, "checked": self.checked, "failed": self.failed}


def run_self_test() -> SelfTestReport:
    """Each step runs even when an earlier one failed where it can, so one run names every missing part."""
    report = SelfTestReport()

    def step(name: str, check: Callable[[], str]) -> bool:
        try:
            report.checked.append(f"{name}: {check()}")
        except Exception as exc:
            report.failed.append(f"{name}: {type(exc).__name__}: {exc}")
            return False
        return True

    with tempfile.TemporaryDirectory(prefix="rjdesk-self-test-") as folder:
        path = Path(folder) / "self-test.db"
        secrets = _ScratchSecrets()
        opened: list[object] = []

        def open_store() -> str:
            from rjdesk.store import migrate
            from rjdesk.store.database import open_local

            db = open_local(path, secrets)
            opened.append(db)
            revision = migrate.current_revision(db)
            if revision != migrate.head_revision():
                raise RuntimeError(f"the schema is at {revision}, not {migrate.head_revision()}")
            return f"encrypted store created, migrations run to {revision}"

        if step("store", open_store):
            db = opened[0]
            step("demo data and reports", lambda: _demo_and_report(db))
            step("reopen with the key", lambda: _reopen(db, path, secrets))
        step("calendar", _calendar)
        step("letters", _letters)
        step("keyring", _keyring_backend)
    return report


def _demo_and_report(db: object) -> str:
    from rjdesk import demo
    from rjdesk.rules.kpi10 import Quarter
    from rjdesk.services import reports
    from rjdesk.services.context import operator_actor
    from rjdesk.store.database import Database

    assert isinstance(db, Database)
    service_id = demo.ensure_demo_service(db)
    actor = operator_actor(service_id, "self-test")
    made = demo.generate(db, actor, victims=6, seed=1)
    quarter = Quarter.containing(dt.date.today()).previous()
    pdf = reports.kpi10_pdf(db, actor, quarter)
    if not pdf.startswith(b"%PDF-"):
        raise RuntimeError("the KPI 10 report did not render as a PDF")
    return f"{made.victims} demo victims written, KPI 10 PDF rendered ({len(pdf):,} bytes)"


def _reopen(db: object, path: Path, secrets: _ScratchSecrets) -> str:
    from rjdesk.services import victims
    from rjdesk.services.context import operator_actor
    from rjdesk.store.database import Database, open_local

    assert isinstance(db, Database)
    db.dispose()
    again = open_local(path, secrets, create=False)
    try:
        with again.unit_of_work(write=False) as session:
            from sqlalchemy import select

            from rjdesk.store.models import Service

            service_id = session.execute(select(Service.id)).scalars().first()
        assert service_id is not None
        count = victims.count_victims(again, operator_actor(service_id, "self-test"))
    finally:
        again.dispose()
    return f"reopened with its key, {count} victims read back"


def _calendar() -> str:
    from rjdesk.rules.calendar import WorkingCalendar

    calendar = WorkingCalendar()
    christmas = dt.date(dt.date.today().year, 12, 25)
    if calendar.is_working_day(christmas):
        raise RuntimeError("the bank holidays are missing (Christmas Day counted as a working day)")
    return "bank holidays for England and Wales loaded"


def _letters() -> str:
    """Every template (shipped as data files) loads in both languages, and a bilingual letter renders to PDF
    and to DOCX (python-docx needs its own template file, which a package build can leave out)."""
    from rjdesk.rules.letters import Language, LetterKind, compose, format_date
    from rjdesk.services.letter_documents import letter_docx, letter_pdf
    from rjdesk.services.letters import letter_template

    templates = [letter_template(kind) for kind in LetterKind]
    values = {part: {"offence_date": format_date(dt.date.today(), part)} for part in Language.BILINGUAL.parts}
    letter = compose(
        letter_template(LetterKind.PROGRESS_UPDATE),
        Language.BILINGUAL,
        values,
        {"en": "Self-test.", "cy": "Hunan-brawf: ŵ ŷ."},
        recipient_name="Self Test",
        address_lines=("1 Test Street",),
        dated=dt.date.today(),
        signatory="rjdesk",
        service_name="rjdesk",
    )
    pdf, docx = letter_pdf(letter), letter_docx(letter)
    if not pdf.startswith(b"%PDF-") or not docx.startswith(b"PK"):
        raise RuntimeError("a bilingual letter did not render")
    return f"{len(templates)} letter templates in English and Welsh; a bilingual letter rendered to PDF and DOCX"


def _keyring_backend() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"keyring backend {type(backend).__module__}.{type(backend).__name__}"
