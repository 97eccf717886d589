"""Users, roles, login and first-run setup.

Passwords are argon2 hashes. After ``lockout_threshold`` failed attempts in a row an account is locked for
``lockout_minutes`` (service settings). Failed and successful logins are audited; passwords never are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rjdesk.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConcurrencyConflict,
    NotFound,
    ValidationError,
    message,
)
from rjdesk.rules.permissions import Permission, Role, parse_roles
from rjdesk.services.context import Actor, audit_as, require
from rjdesk.services.settings import read_settings
from rjdesk.store import audit
from rjdesk.store.database import Database
from rjdesk.store.models import AppUser, Service, UserRole, as_utc

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    locked: bool
    must_change_password: bool
    version_id: int


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    password: str
    roles: frozenset[Role]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else as_utc(moment)


def _info(user: AppUser) -> UserInfo:
    locked_until = _aware(user.locked_until)
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=parse_roles(r.role for r in user.roles),
        disabled=user.disabled,
        locked=locked_until is not None and locked_until > _now(),
        must_change_password=user.must_change_password,
        version_id=user.version_id,
    )


def actor_for_user(user: AppUser) -> Actor:
    return Actor(
        username=user.username,
        service_id=user.service_id,
        roles=parse_roles(r.role for r in user.roles),
        user_id=user.id,
        display_name=user.display_name,
        must_change_password=user.must_change_password,
    )


def validate_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            message(
                "A password needs at least {min_password_length} characters.", min_password_length=MIN_PASSWORD_LENGTH
            ),
            {field: message("At least {min_password_length} characters.", min_password_length=MIN_PASSWORD_LENGTH)},
        )


def _validate_new_user(new: NewUser) -> None:
    problems: dict[str, str] = {}
    if not _USERNAME.match(new.username):
        problems["username"] = "2–80 lower-case letters, digits, dots, dashes or underscores."
    if not new.display_name.strip():
        problems["display_name"] = "Enter the person's name."
    if len(new.password) < MIN_PASSWORD_LENGTH:
        problems["password"] = message(
            "At least {min_password_length} characters.", min_password_length=MIN_PASSWORD_LENGTH
        )
    if not new.roles:
        problems["roles"] = "Choose at least one role."
    if problems:
        raise ValidationError("The new user could not be saved.", problems)


def any_users(db: Database) -> bool:
    with db.unit_of_work(write=False) as session:
        return session.execute(select(func.count(AppUser.id))).scalar_one() > 0


def setup_first_service(
    db: Database, *, service_name: str, service_code: str, admin: NewUser, welsh: bool = False
) -> Actor:
    """First start: create the service and its first administrator. Refused once any user exists."""
    problems: dict[str, str] = {}
    if not service_name.strip():
        problems["service_name"] = "Enter the service's name."
    if not re.match(r"^[A-Za-z0-9_-]{2,40}$", service_code):
        problems["service_code"] = "2–40 letters, digits, dashes or underscores."
    if problems:
        raise ValidationError("The service could not be created.", problems)
    _validate_new_user(admin)
    with db.unit_of_work() as session:
        if session.execute(select(func.count(AppUser.id))).scalar_one() > 0:
            raise ValidationError("This store already has users: sign in instead.")
        service = session.execute(select(Service).where(Service.code == service_code)).scalar_one_or_none()
        if service is None:
            service = Service(code=service_code, name=service_name.strip(), welsh=welsh)
            session.add(service)
            session.flush()
        user = insert_user(session, service.id, admin)
        audit.append(
            session,
            actor="setup",
            service_id=service.id,
            action="create",
            entity="service",
            entity_id=service.id,
            payload={"name": service.name, "code": service.code},
        )
        audit.append(
            session,
            actor="setup",
            service_id=service.id,
            action="create",
            entity="user",
            entity_id=user.id,
            payload={"username": user.username, "roles": sorted(admin.roles)},
        )
        return actor_for_user(user)


def insert_user(session: Session, service_id: int, new: NewUser) -> AppUser:
    if session.execute(select(AppUser.id).where(AppUser.username == new.username)).first():
        raise ValidationError("That user name is taken.", {"username": "Already in use."})
    user = AppUser(
        service_id=service_id,
        username=new.username,
        display_name=new.display_name.strip(),
        password_hash=_hasher.hash(new.password),
        roles=[UserRole(role=r.value) for r in sorted(new.roles)],
    )
    session.add(user)
    session.flush()
    return user


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a password; count failures and lock the account after the service's threshold."""
    failure: AuthenticationFailed | None = None
    with db.unit_of_work() as session:
        user = session.execute(select(AppUser).where(AppUser.username == username.strip().lower())).scalar_one_or_none()
        if user is None:
            _hasher.hash(password)  # spend the same time as a real check, so names cannot be probed
            raise AuthenticationFailed("Wrong user name or password.")
        settings = read_settings(session, user.service_id)
        locked_until = _aware(user.locked_until)
        if user.disabled:
            raise AccountLocked("This account is disabled. Ask your administrator.")
        if locked_until is not None and locked_until > _now():
            minutes = max(1, int((locked_until - _now()).total_seconds() // 60) + 1)
            raise AccountLocked(
                message(
                    "Too many wrong passwords: this account is locked for {minutes} more minute(s), or "
                    "until an administrator unlocks it.",
                    minutes=minutes,
                )
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            failure = _record_failed_login(session, user, settings)
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = _now()
            audit.append(
                session,
                actor=user.username,
                service_id=user.service_id,
                action="login",
                entity="user",
                entity_id=user.id,
            )
            actor = actor_for_user(user)
    # The failure is raised only after the unit of work committed, so the count survives.
    if failure is not None:
        raise failure
    return actor


def _record_failed_login(session: Session, user: AppUser, settings: dict[str, object]) -> AuthenticationFailed:
    user.failed_logins += 1
    lock_minutes = int(str(settings["lockout_minutes"]))
    payload: dict[str, object] = {"failed_logins": user.failed_logins}
    locked = user.failed_logins >= int(str(settings["lockout_threshold"]))
    if locked:
        user.locked_until = _now() + dt.timedelta(minutes=lock_minutes)
        user.failed_logins = 0
        payload["locked_for_minutes"] = lock_minutes
    audit.append(
        session,
        actor=user.username,
        service_id=user.service_id,
        action="login_failed",
        entity="user",
        entity_id=user.id,
        payload=payload,
    )
    if locked:
        return AccountLocked(
            message("Wrong password. The account is now locked for {lock_minutes} minutes.", lock_minutes=lock_minutes)
        )
    return AuthenticationFailed("Wrong user name or password.")


def verify_password(db: Database, actor: Actor, password: str) -> bool:
    """Unlocking an idle-locked window: the same user's password, counted like a login."""
    try:
        again = authenticate(db, actor.username, password)
    except AuthenticationFailed:
        return False
    return again.user_id == actor.user_id


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    validate_password(new_password, "new_password")
    if old_password == new_password:
        raise ValidationError(
            "Choose a password different from the old one.", {"new_password": "Same as the old password."}
        )
    with db.unit_of_work() as session:
        user = session.get(AppUser, actor.user_id) if actor.user_id is not None else None
        if user is None:
            raise NotFound("No such user.")
        try:
            _hasher.verify(user.password_hash, old_password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise ValidationError("The current password is wrong.", {"old_password": "Wrong password."}) from None
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = False
        audit_as(
            session,
            actor,
            action="change_password",
            entity="user",
            entity_id=user.id,
        )


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.USER_ADMIN)
    with db.unit_of_work(write=False) as session:
        users = session.execute(
            select(AppUser).where(AppUser.service_id == actor.service_id).order_by(AppUser.username)
        ).scalars()
        return [_info(u) for u in users]


def create_user(db: Database, actor: Actor, new: NewUser) -> UserInfo:
    require(actor, Permission.USER_ADMIN)
    _validate_new_user(new)
    with db.unit_of_work() as session:
        user = insert_user(session, actor.service_id, new)
        user.must_change_password = True  # an administrator chose it; the person picks their own
        audit_as(
            session,
            actor,
            action="create",
            entity="user",
            entity_id=user.id,
            payload={"username": user.username, "roles": sorted(new.roles)},
        )
        return _info(user)


def load_user(session: Session, actor: Actor, user_id: int) -> AppUser:
    """A user of the actor's own service, or NotFound (someone else's service reads as no one)."""
    user = session.get(AppUser, user_id)
    if user is None or user.service_id != actor.service_id:
        raise NotFound("No such user.")
    return user


def _load_for_change(session: Session, actor: Actor, user_id: int, version_id: int) -> AppUser:
    user = load_user(session, actor, user_id)
    if user.version_id != version_id:
        raise ConcurrencyConflict("Someone else changed this user after you opened it. Reload to see it.")
    return user


def set_roles(db: Database, actor: Actor, user_id: int, roles: Iterable[Role], version_id: int) -> UserInfo:
    require(actor, Permission.USER_ADMIN)
    wanted = frozenset(roles)
    if not wanted:
        raise ValidationError("Choose at least one role.", {"roles": "Choose at least one role."})
    with db.unit_of_work() as session:
        user = _load_for_change(session, actor, user_id, version_id)
        before = sorted(r.role for r in user.roles)
        if user.id == actor.user_id and Role.ADMINISTRATOR not in wanted:
            raise ValidationError("You cannot remove your own administrator role.")
        user.roles = [UserRole(role=r.value) for r in sorted(wanted)]
        session.flush()
        _bump(user)
        audit_as(
            session,
            actor,
            action="update",
            entity="user",
            entity_id=user.id,
            payload={"roles": {"before": before, "after": sorted(wanted)}},
        )
        session.flush()
        return _info(user)


def _bump(user: AppUser) -> None:
    """Force a versioned UPDATE of the user row, so role changes conflict like any other edit."""
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(user, "display_name")


def set_disabled(db: Database, actor: Actor, user_id: int, disabled: bool, version_id: int) -> UserInfo:
    require(actor, Permission.USER_ADMIN)
    with db.unit_of_work() as session:
        user = _load_for_change(session, actor, user_id, version_id)
        if user.id == actor.user_id and disabled:
            raise ValidationError("You cannot disable your own account.")
        user.disabled = disabled
        audit_as(
            session,
            actor,
            action="disable" if disabled else "enable",
            entity="user",
            entity_id=user.id,
        )
        session.flush()
        return _info(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str, version_id: int) -> UserInfo:
    """An administrator sets a temporary password; the user must change it at next sign-in. Unlocks too."""
    require(actor, Permission.USER_ADMIN)
    validate_password(new_password)
    with db.unit_of_work() as session:
        user = _load_for_change(session, actor, user_id, version_id)
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        audit_as(
            session,
            actor,
            action="reset_password",
            entity="user",
            entity_id=user.id,
        )
        session.flush()
        return _info(user)
