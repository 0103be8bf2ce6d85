"""Where the database, logs and backups live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from enrollment_app import APP_NAME

DATA_DIR_ENV = "ENROLLMENT_DATA_DIR"
DATABASE_FILE = "enrollment.sqlite"


def resolve_data_dir(flag_value: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: the ``--data-dir`` flag, else the environment, else the
    per-user folder from platformdirs. The folder is created when missing."""
    chosen = flag_value or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_data_dir() -> str:
    """The per-user data folder of this application (platformdirs)."""
    return user_data_dir(APP_NAME, False)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    path = data_dir / "backups"
    path.mkdir(exist_ok=True)
    return path


def logs_dir(data_dir: Path) -> Path:
    path = data_dir / "logs"
    path.mkdir(exist_ok=True)
    return path
