"""The attendance codes of an Indonesian daftar hadir and what they are called.

H hadir (present), I izin (excused), S sakit (sick), A alpa (absent without notice),
T terlambat (late, always with the arrival time).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP

ATTENDANCE_CONTEXT = "attendance"

PRESENT = "H"
EXCUSED = "I"
SICK = "S"
ABSENT = "A"
LATE = "T"
CODES = (PRESENT, EXCUSED, SICK, ABSENT, LATE)
# Codes that count as attending the session.
ATTENDED = frozenset({PRESENT, LATE})
SOURCES = ("key", "scan", "paper")

CODE_LABELS: Mapping[str, str] = MappingProxyType({
    PRESENT: QT_TRANSLATE_NOOP("attendance", "Present"),
    EXCUSED: QT_TRANSLATE_NOOP("attendance", "Excused"),
    SICK: QT_TRANSLATE_NOOP("attendance", "Sick"),
    ABSENT: QT_TRANSLATE_NOOP("attendance", "Absent"),
    LATE: QT_TRANSLATE_NOOP("attendance", "Late"),
})


def normalized_code(text: str) -> str | None:
    """The code ``text`` names (any case, surrounding spaces ignored), else None."""
    code = (text or "").strip().upper()
    return code if code in CODES else None
