"""The completion rule: attended sessions against the program's threshold, exactly."""

from __future__ import annotations

import pytest

from enrollment_app.domain.attendance_rate import AttendanceTally, meets_threshold, tally


@pytest.mark.parametrize(("attended", "held", "threshold", "completes"), [
    (800, 1000, 80, True),  # exactly 80%: completes
    (799, 1000, 80, False),  # 79.9%: does not, no rounding up
    (35, 44, 80, False),  # 79.5% would round to 80
    (8, 10, 80, True),
    (7, 10, 80, False),
    (3, 4, 75, True),
    (0, 0, 0, False),  # nothing held yet: nobody completes
    (0, 5, 0, True),  # a program without an attendance rule
    (5, 5, 100, True),
    (4, 5, 100, False),
])
def test_the_threshold_compares_exactly(attended: int, held: int, threshold: int,
                                        completes: bool) -> None:
    assert meets_threshold(attended, held, threshold) is completes


def test_a_tally_counts_each_code_and_the_unmarked_sessions() -> None:
    counted = tally(10, ["H", "H", "T", "I", "S", "A", "H"])
    assert (counted.present, counted.late, counted.excused, counted.sick, counted.absent,
            counted.unmarked, counted.attended) == (3, 1, 1, 1, 1, 3, 4)
    assert counted.rate_percent == 40.0 and not counted.meets(80)
    assert AttendanceTally(held=0).rate_percent == 0.0
