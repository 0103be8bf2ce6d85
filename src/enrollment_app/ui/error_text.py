"""The translated text of an error a user can act on (service or storage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enrollment_app.i18n import tr
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError


def user_message(error: ServiceError | StorageError) -> str:
    if isinstance(error, ServiceError):
        return error.render(tr)
    # The message was marked with QT_TRANSLATE_NOOP("storage", ...) in storage/errors.py.
    return QCoreApplication.translate("storage", error.message)


def too_new_message() -> str:
    """A database written by a newer version of the application (DatabaseTooNewError)."""
    return QCoreApplication.translate(
        "App", "This database was written by a newer version of the application. "
        "Install the newer version; the data has not been changed.")
