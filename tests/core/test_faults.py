"""Faults survived: a process killed in the middle of a burst of writes loses no committed write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rjdesk.services import victims
from rjdesk.services.context import operator_actor
from rjdesk.store import keys, maintenance
from rjdesk.store.database import open_local

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from rjdesk.services import victims
    from rjdesk.services.context import operator_actor
    from rjdesk.store import keys
    from rjdesk.store.database import open_local
    from rjdesk.store.models import Service

    db = open_local(Path(sys.argv[1]), keys.KeyringSecretStore())
    with db.unit_of_work() as s:
        service = Service(code="NB", name="Northbridge"); s.add(service); s.flush(); service_id = service.id
    actor = operator_actor(service_id, "writer")
    i = 0
    while True:
        record = victims.create_victim(db, actor, victims.VictimDetails("individual", f"Burst Person {i}"))
        print(record.id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


@pytest.mark.faults
@pytest.mark.slow
def test_sigkill_during_a_burst_of_writes_loses_no_committed_write(tmp_path: Path) -> None:
    env = {**os.environ, "RJDESK_DB_KEY": "kill test passphrase", "PYTHONPATH": os.getcwd()}
    path = tmp_path / "store" / "rjdesk.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    committed: list[int] = []
    deadline = time.monotonic() + 90
    while len(committed) < 60 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    proc.send_signal(signal.SIGKILL)  # mid-burst: the writer is busy with the next transactions
    proc.wait(timeout=30)
    assert len(committed) >= 60, proc.stderr.read() if proc.stderr else ""

    os.environ["RJDESK_DB_KEY"] = env["RJDESK_DB_KEY"]
    try:
        db = open_local(path, keys.KeyringSecretStore())
        report = maintenance.check(db)
        assert report.ok, report.problems
        actor = operator_actor(1, "checker")
        stored = {v.id for v in victims.search_victims(db, actor, "burst person", limit=100_000)}
        assert set(committed) <= stored
        db.dispose()
    finally:
        del os.environ["RJDESK_DB_KEY"]
