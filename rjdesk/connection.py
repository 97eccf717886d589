"""Which store this computer uses: the connection profile chosen at first start.

It is a small JSON file in the user config directory (``RJDESK_CONFIG_DIR`` overrides it). It holds no
secret: the team database password and the local store's key live in the OS keyring. This module imports
neither Qt nor SQLAlchemy, so the desktop shell can read it before its first paint.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import platformdirs

from rjdesk import paths

ProfileKind = Literal["local", "team", "demo"]
SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ConnectionProfile:
    kind: ProfileKind
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"

    def url(self) -> str:
        """A URL for ``open_database`` (never carrying a password)."""
        if self.kind == "team":
            return (
                f"postgresql+psycopg://{quote(self.user, safe='')}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}?sslmode={self.sslmode}"
            )
        return f"sqlite:///{self.local_path()}"

    def local_path(self) -> Path:
        if self.kind == "demo":
            return paths.data_dir() / "demo" / "rjdesk.db"
        return paths.default_store_path()


def config_dir() -> Path:
    override = os.environ.get("RJDESK_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _profile_path() -> Path:
    return config_dir() / "connection.json"


def load_profile() -> ConnectionProfile | None:
    path = _profile_path()
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ConnectionProfile(**data)
    except (ValueError, TypeError):
        return None  # an unreadable profile sends the user back to first start, never a crash


def save_profile(profile: ConnectionProfile) -> None:
    path = _profile_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(profile), indent=2), encoding="utf-8")
    os.replace(tmp, path)
