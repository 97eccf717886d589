"""The demo store's sign-in names and shared password (synthetic data only).

Kept apart from ``rjdesk.demo`` (which imports Faker and SQLAlchemy) so the sign-in window can show them
without delaying its first paint.
"""

from __future__ import annotations

from rjdesk.rules.permissions import Role

DEMO_PASSWORD = "rjdesk-demo"  # noqa: S105 - the demo store's published password, printed by `rjdesk-cli demo`
DEMO_USERS: tuple[tuple[str, tuple[Role, ...]], ...] = (
    ("vlo", (Role.VLO, Role.RJ_COORDINATOR)),
    ("manager", (Role.MANAGER,)),
    ("admin", (Role.ADMINISTRATOR,)),
    ("rjc", (Role.RJ_COORDINATOR,)),
    ("panel", (Role.PANEL_COORDINATOR,)),
    ("supervisor", (Role.REPARATION_SUPERVISOR,)),
    ("casemgr", (Role.CASE_MANAGER,)),
    ("analyst", (Role.PERFORMANCE_ANALYST,)),
)


def demo_hint() -> str:
    return f"Demo data. Users: {', '.join(name for name, _ in DEMO_USERS)}; the password of each is {DEMO_PASSWORD}."
