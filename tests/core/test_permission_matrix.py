"""The permission matrix proven: every public service operation called as every role, against the one table in
``rjdesk/rules/operations.py`` — a service that lets a role do more, or less, than the table says fails here,
as does a new operation missing from the table or a stale ``docs/PERMISSIONS.md``."""

from __future__ import annotations

from pathlib import Path

import pytest

from rjdesk.errors import PermissionDenied
from rjdesk.rules.operations import OPERATIONS, render_markdown, roles_allowed
from rjdesk.rules.permissions import Role
from rjdesk.store.database import Database
from tests.conftest import make_user
from tests.core.service_walk import build_world, call_arguments, service_calls

pytestmark = pytest.mark.permission_matrix


def test_the_matrix_lists_every_service_operation_and_no_other() -> None:
    found = {name for name, _fn in service_calls()}
    assert sorted(found - set(OPERATIONS)) == [], "a new service operation: add it to rjdesk/rules/operations.py"
    assert sorted(set(OPERATIONS) - found) == [], "an operation that no longer exists: remove it from the table"


def test_docs_permissions_is_the_matrix_rendered() -> None:
    written = (Path(__file__).resolve().parents[2] / "docs" / "PERMISSIONS.md").read_text(encoding="utf-8")
    assert written == render_markdown(), "run: python -m rjdesk.rules.operations > docs/PERMISSIONS.md"


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_every_operation_answers_exactly_the_roles_the_matrix_allows(local_db: Database, role: Role) -> None:
    world = build_world(local_db)
    # The child's own case manager and the session's own supervisor: the matrix is about the role, and a
    # stranger to the record is refused by the record's scope (tested beside each service).
    own = {Role.CASE_MANAGER: world.casemgr, Role.REPARATION_SUPERVISOR: world.supervisor}
    actor = own.get(role) or make_user(local_db, world.service, f"as-{role.value}", role)
    differences = []
    for name, fn in service_calls():
        try:
            fn(local_db, actor, **call_arguments(fn, world))
        except PermissionDenied:
            allowed = False
        except Exception:  # past the permission check: refused for another reason, or bad arguments
            allowed = True
        else:
            allowed = True
        if allowed != (role in roles_allowed(name)):
            differences.append(f"{name}: {'allowed' if allowed else 'refused'}")
    assert differences == [], f"{role.label}: the services differ from the matrix"
