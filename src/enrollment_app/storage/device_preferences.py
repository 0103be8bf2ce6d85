"""Interface preferences of this laptop, in a small JSON file beside the database.

Not in the database on purpose: the interface language is needed before the database is
opened (the sign-in window is painted first, and the database will be encrypted with a
key only signing in unlocks). Nothing in it is personal data: a language code and the
ids of the accounts that closed the first-hour guide for good. Imports stay light (no
SQLAlchemy), so the start-up can read it before its first paint.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

PREFERENCES_FILE = "preferences.json"
LANGUAGE = "language"
GUIDE_HIDDEN_FOR = "guide_hidden_for"  # user ids that ticked "do not show again"


def preferences_path(data_dir: Path) -> Path:
    return data_dir / PREFERENCES_FILE


def read_preferences(data_dir: Path) -> dict[str, Any]:
    """The saved preferences; empty when the file is missing or unreadable (the defaults
    then apply, which is always safe)."""
    try:
        value = json.loads(preferences_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def saved_language(data_dir: Path) -> str | None:
    value = read_preferences(data_dir).get(LANGUAGE)
    return value if isinstance(value, str) else None


def update_preferences(data_dir: Path, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``changes`` into the file. Written to a temporary file and renamed over the
    old one, so a power cut leaves the old or the new file, never half of one.
    Raises OSError when the folder cannot be written."""
    preferences = {**read_preferences(data_dir), **changes}
    fd, temporary = tempfile.mkstemp(prefix=".preferences-", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(preferences, out, ensure_ascii=False, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, preferences_path(data_dir))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return preferences
