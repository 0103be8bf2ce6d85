"""KK (family card number): same cleaning and refusals as a NIK, optional by default."""

from __future__ import annotations

import pytest

from enrollment_app.domain.family_card import check_kk
from enrollment_app.domain.regions import RegionCatalog
from enrollment_app.domain.validation import Severity

KK = "3671010101090001"


@pytest.mark.parametrize(("text", "required", "value", "problem_codes"), [
    (KK, False, KK, []),
    ("3671 0101 0109 0001", False, KK, []),
    ("'3671010101090001", False, KK, []),
    ("36.71.01.010109.0001", False, KK, []),
    ("", False, None, []),
    ("0", False, None, []),
    ("", True, None, ["kk.required"]),
    ("367101010109000", False, None, ["kk.length"]),
    ("36710101010900012", False, None, ["kk.length"]),
    ("3671O10101090001", False, None, ["kk.not_digits"]),
    ("3.67101E+15", False, None, ["kk.scientific"]),
    ("3671010101090001.0", False, None, ["kk.number_cell"]),
    ("9901010101090001", False, "9901010101090001", ["kk.region_unknown"]),
    ("3603010101090001", False, "3603010101090001", []),  # a regency code is fine
])
def test_check_kk(
    text: str, required: bool, value: str | None, problem_codes: list[str],
    regions: RegionCatalog,
) -> None:
    result = check_kk(text, required=required, regions=regions)
    assert result.value == value
    assert [p.code for p in result.problems] == problem_codes


def test_unknown_kk_region_is_only_a_warning() -> None:
    result = check_kk("9901010101090001")
    assert result.ok
    assert result.problems[0].severity is Severity.WARNING


def test_kk_length_message() -> None:
    (problem,) = check_kk("367101010109000").problems
    assert problem.field == "kk"
    assert problem.render() == "KK must have exactly 16 digits; you typed 15."
