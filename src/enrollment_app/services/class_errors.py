"""Why a class change or an attendance mark was refused (services.classes,
services.attendance). Each error names what the screen needs to explain it."""

from __future__ import annotations

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.errors import ServiceError


class ClassFullError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{class_name} has {capacity} places and {free} free; {asked} "
        "person(s) cannot join.")


class AlreadyInClassError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{name} is already in {class_name} for this program.")


class WrongProgramError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{name} applied to another program or skill than {class_name} teaches.")


class FutureSessionError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The session of {date} has not happened yet; attendance is marked on "
        "the day or later.")


class NotInClassError(ServiceError):
    """The person was not in this class on the session's date (``other_class`` is where
    they are now, "" when in none)."""

    message = QT_TRANSLATE_NOOP("services", "{name} is not in this class.")

    def __init__(self, *, name: str, other_class: str = "") -> None:
        if other_class:
            self.message = QT_TRANSLATE_NOOP(
                "services", "{name} belongs to another class: {other_class}. Nothing was "
                "marked.")
        super().__init__(name=name, other_class=other_class)
        self.name = name
        self.other_class = other_class


class UnknownCardError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "This is not a participant card of this device. Search the name "
        "instead.")
