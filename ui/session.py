"""What a signed-in window needs: the open store, the acting user, the service, the task runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rjdesk.connection import ConnectionProfile
from rjdesk.services.context import Actor
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # type-only: ui reaches the store through services (import-linter contract)
    from rjdesk.services.settings import ServiceInfo
    from rjdesk.store.database import Database


@dataclass
class Session:
    db: Database
    actor: Actor
    profile: ConnectionProfile
    tasks: TaskRunner
    service: ServiceInfo | None = None
