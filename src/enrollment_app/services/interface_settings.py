"""Interface settings every signed-in user may change: the language of this laptop and
whether the first-hour guide opens after signing in.

The language is per laptop, not per account: the sign-in window is shown before anyone
has signed in, and it must already speak the language of whoever uses the laptop (field
laptops are handed to one officer). It applies from the next start of the application.
The guide, in contrast, is per account: it explains the screens of the user's role.
Both live in ``storage.device_preferences`` (a file beside the database).
"""

from __future__ import annotations

from enrollment_app.domain.languages import LANGUAGES
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage import device_preferences
from enrollment_app.storage.database import Database


def saved_language(db: Database) -> str | None:
    """The language chosen on this laptop, or None when nobody chose one yet."""
    language = device_preferences.saved_language(db.data_dir)
    return language if language in LANGUAGES else None


def set_language(ctx: ServiceContext, language: str) -> None:
    """Save the interface language of this laptop (used from the next start)."""
    require(ctx, Permission.INTERFACE_SETTINGS)
    if language not in LANGUAGES:
        raise ValidationError([Problem("language", "language.unknown", QT_TRANSLATE_NOOP(
            "validation", "Choose one of the languages offered."))])
    _save(ctx.db, {device_preferences.LANGUAGE: language})


def guide_wanted(ctx: ServiceContext) -> bool:
    """True until the signed-in user ticks "do not show again" in the first-hour guide."""
    return ctx.actor.user_id not in _guide_hidden_for(ctx.db)


def set_guide_wanted(ctx: ServiceContext, wanted: bool) -> None:
    require(ctx, Permission.INTERFACE_SETTINGS)
    hidden = _guide_hidden_for(ctx.db) - {ctx.actor.user_id}
    if not wanted:
        hidden.add(ctx.actor.user_id)
    _save(ctx.db, {device_preferences.GUIDE_HIDDEN_FOR: sorted(hidden)})


def _guide_hidden_for(db: Database) -> set[str]:
    value = device_preferences.read_preferences(db.data_dir).get(
        device_preferences.GUIDE_HIDDEN_FOR)
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()


def _save(db: Database, changes: dict[str, object]) -> None:
    try:
        device_preferences.update_preferences(db.data_dir, changes)
    except OSError as exc:
        path = device_preferences.preferences_path(db.data_dir)
        raise ServiceError(QT_TRANSLATE_NOOP(
            "services", "Cannot write {path}: {reason}"), path=str(path),
            reason=exc.strerror or str(exc)) from exc
