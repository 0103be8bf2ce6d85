"""A participant's attendance rate and whether it meets a program's completion threshold.

The rate is taken over the sessions the person could attend: the class's sessions held so
far (dated today or earlier) on days the person was in the class. H (hadir) and T
(terlambat) count as attending; I (izin), S (sakit) and A (alpa) do not, and a held
session with no mark counts as not attended either. Excused and sick days are NOT taken
out of the denominator: the threshold itself is the allowance for them (80% of ten
sessions leaves two days for illness or leave), a certificate states "attended X of Y
sessions" truthfully, and nobody can reach 100% by being excused every day. DOMAIN.md
defines the codes but not this rule; it is decided here and shown on the screen.

The threshold compares exactly, in whole numbers: 8 of 10 sessions meets 80%, and 799 of
1000 (79.9%) does not; there is no rounding up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from enrollment_app.domain.attendance_codes import ABSENT, EXCUSED, LATE, PRESENT, SICK


@dataclass(frozen=True)
class AttendanceTally:
    """One person's marks over the sessions they could attend."""

    held: int  # sessions held while the person was in the class
    present: int = 0
    late: int = 0
    excused: int = 0
    sick: int = 0
    absent: int = 0

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def unmarked(self) -> int:
        """Held sessions without any mark (a sheet not keyed in yet, say)."""
        return max(self.held - self.present - self.late - self.excused - self.sick
                   - self.absent, 0)

    @property
    def rate_percent(self) -> float:
        """Attended sessions as a percentage of the held ones (0 when none were held)."""
        return 100.0 * self.attended / self.held if self.held else 0.0

    def meets(self, threshold_percent: int) -> bool:
        return meets_threshold(self.attended, self.held, threshold_percent)


def tally(held: int, codes: Iterable[str]) -> AttendanceTally:
    """Count ``codes`` (one mark per held session at most) into a tally."""
    counts = Counter(codes)
    return AttendanceTally(held=held, present=counts[PRESENT], late=counts[LATE],
                           excused=counts[EXCUSED], sick=counts[SICK],
                           absent=counts[ABSENT])


def meets_threshold(attended: int, held: int, threshold_percent: int) -> bool:
    """True when ``attended`` of ``held`` sessions is at least ``threshold_percent``
    (exactly at the threshold completes). Nobody completes before a session was held."""
    if held <= 0:
        return False
    return attended * 100 >= threshold_percent * held

