"""One hub that tells every open screen what data changed (Anki's operation hook idea).

Screens never refresh each other: whoever writes emits here, whoever shows data listens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataChanges(QObject):
    """Signals emitted after a successful write through the services."""

    # The id of the participant created or corrected ("" when many changed at once).
    participants_changed = Signal(str)
    # The id of the application registered, interviewed or decided ("" for many).
    applications_changed = Signal(str)
    # The id of the class created, edited or whose people changed ("" for many).
    classes_changed = Signal(str)
    # The id of the group whose details, members or records changed ("" for many).
    groups_changed = Signal(str)
    # The id of the business unit whose details, owners or records changed.
    business_units_changed = Signal(str)
