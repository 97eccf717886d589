"""Users, roles, login and lock-out."""

from __future__ import annotations

import pytest

from rjdesk.errors import AccountLocked, AuthenticationFailed, ConcurrencyConflict, PermissionDenied, ValidationError
from rjdesk.rules.permissions import Permission, Role, permissions_for
from rjdesk.services import settings, users
from rjdesk.services.context import Actor
from rjdesk.store.database import Database
from tests.conftest import PASSWORD, make_user


def test_roles_union_their_permissions() -> None:
    both = permissions_for([Role.VLO, Role.REPARATION_SUPERVISOR])
    assert Permission.VICTIM_CONTACT_VIEW in both and Permission.REPARATION_EDIT in both
    assert Permission.VICTIM_VIEW not in permissions_for([Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST])


def test_first_start_creates_service_and_administrator_once(db: Database) -> None:
    admin = users.setup_first_service(
        db,
        service_name="Northbridge YJS",
        service_code="NB",
        admin=users.NewUser("admin", "Ada Admin", PASSWORD, frozenset({Role.ADMINISTRATOR})),
    )
    assert admin.can(Permission.USER_ADMIN) and not admin.can(Permission.VICTIM_VIEW)
    with pytest.raises(ValidationError, match="already has users"):
        users.setup_first_service(
            db,
            service_name="Again",
            service_code="AG",
            admin=users.NewUser("admin2", "Again", PASSWORD, frozenset({Role.ADMINISTRATOR})),
        )


def test_lock_out_after_the_services_threshold_then_unlock_by_reset(db: Database, service: Actor) -> None:
    admin = make_user(db, service, "admin", Role.ADMINISTRATOR)
    make_user(db, service, "vlo1", Role.VLO)
    threshold = settings.get_service(db, admin).settings["lockout_threshold"]
    for _ in range(threshold - 1):
        with pytest.raises(AuthenticationFailed) as caught:
            users.authenticate(db, "vlo1", "wrong password!")
        assert not isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked, match="locked for"):
        users.authenticate(db, "vlo1", "wrong password!")
    with pytest.raises(AccountLocked):
        users.authenticate(db, "vlo1", PASSWORD)  # even the right password waits
    target = next(u for u in users.list_users(db, admin) if u.username == "vlo1")
    assert target.locked
    users.reset_password(db, admin, target.id, "a temporary password", target.version_id)
    again = users.authenticate(db, "vlo1", "a temporary password")
    assert again.username == "vlo1"
    assert next(u for u in users.list_users(db, admin) if u.username == "vlo1").must_change_password


def test_unknown_user_and_wrong_password_say_the_same(db: Database, service: Actor) -> None:
    make_user(db, service, "vlo1", Role.VLO)
    with pytest.raises(AuthenticationFailed) as unknown:
        users.authenticate(db, "nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        users.authenticate(db, "vlo1", "not the password")
    assert str(unknown.value) == str(wrong.value)


def test_disabled_account_cannot_sign_in(db: Database, service: Actor) -> None:
    admin = make_user(db, service, "admin", Role.ADMINISTRATOR)
    make_user(db, service, "vlo1", Role.VLO)
    target = next(u for u in users.list_users(db, admin) if u.username == "vlo1")
    users.set_disabled(db, admin, target.id, True, target.version_id)
    with pytest.raises(AccountLocked, match="disabled"):
        users.authenticate(db, "vlo1", PASSWORD)


def test_role_changes_use_optimistic_locking_and_need_user_admin(db: Database, service: Actor) -> None:
    admin = make_user(db, service, "admin", Role.ADMINISTRATOR)
    manager = make_user(db, service, "boss", Role.MANAGER)
    make_user(db, service, "vlo1", Role.VLO)
    target = next(u for u in users.list_users(db, admin) if u.username == "vlo1")
    with pytest.raises(PermissionDenied):
        users.set_roles(db, manager, target.id, {Role.MANAGER}, target.version_id)
    changed = users.set_roles(db, admin, target.id, {Role.VLO, Role.RJ_COORDINATOR}, target.version_id)
    assert changed.roles == {Role.VLO, Role.RJ_COORDINATOR}
    with pytest.raises(ConcurrencyConflict):
        users.set_roles(db, admin, target.id, {Role.VLO}, target.version_id)


def test_change_password(db: Database, service: Actor) -> None:
    vlo = make_user(db, service, "vlo1", Role.VLO)
    with pytest.raises(ValidationError):
        users.change_password(db, vlo, "wrong old password", "a brand new password")
    with pytest.raises(ValidationError):
        users.change_password(db, vlo, PASSWORD, "short")
    users.change_password(db, vlo, PASSWORD, "a brand new password")
    assert users.authenticate(db, "vlo1", "a brand new password").user_id == vlo.user_id
