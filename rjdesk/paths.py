"""Where rjdesk keeps its files: the platform's user data directory (XDG_DATA_HOME is honoured on Linux)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "rjdesk"


def data_dir() -> Path:
    """The user data directory; ``RJDESK_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("RJDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    return data_dir() / "rjdesk.db"


def backups_dir_for(store_path: Path) -> Path:
    return store_path.parent / "backups"


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
