"""The interface languages: Bahasa Indonesia (the default) and English (the source texts)."""

from __future__ import annotations

DEFAULT_LANGUAGE = "id"
# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
LANGUAGES = tuple(LANGUAGE_NAMES)
