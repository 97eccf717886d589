"""Who is acting, and the permission guard every service calls first.

The UI hides what a role cannot do, but the service is the guard: every public service function takes the
acting user and checks its permission itself, and every query is scoped to the actor's service (YJS).
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from rjdesk.errors import PermissionDenied, message
from rjdesk.rules.permissions import OPERATOR_PERMISSIONS, Permission, Role, permissions_for
from rjdesk.store import audit


@dataclass(frozen=True)
class Actor:
    """The acting user, as established by login (or the CLI's local operator)."""

    username: str
    service_id: int
    roles: frozenset[Role]
    user_id: int | None = None
    display_name: str = ""
    operator: bool = False
    must_change_password: bool = False  # set by an administrator's reset: the UI asks for a new one

    @property
    def permissions(self) -> frozenset[Permission]:
        return OPERATOR_PERMISSIONS if self.operator else permissions_for(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def audit_name(self) -> str:
        return self.username


def require(actor: Actor, *needed: Permission) -> None:
    missing = [p for p in needed if p not in actor.permissions]
    if missing:
        raise PermissionDenied(
            message(
                "Your roles do not allow this ({p}). Ask a manager if you need it.",
                p=", ".join(p.value for p in missing),
            )
        )


def audit_as(
    session: Session,
    actor: Actor,
    *,
    action: str,
    entity: str,
    entity_id: int | str | None = None,
    payload: Mapping[str, Any] | None = None,
) -> None:
    """Append an audit entry for what ``actor`` did, in their service, inside the caller's transaction."""
    audit.append(
        session,
        actor=actor.audit_name,
        service_id=actor.service_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        payload=payload,
    )


def operator_actor(service_id: int, os_user: str | None = None) -> Actor:
    """The headless operator `cli:<os-user>` (DESIGN §6): full data permissions, audited by that name."""
    name = os_user or _os_user()
    return Actor(
        username=f"cli:{name}",
        service_id=service_id,
        roles=frozenset(),
        operator=True,
        display_name=f"Command line ({name})",
    )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
