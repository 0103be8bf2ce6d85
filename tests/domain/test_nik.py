"""NIK: structure, spreadsheet damage, and cross-checks that warn instead of refusing."""

from __future__ import annotations

from datetime import date

import pytest

from enrollment_app.domain.nik import ParsedNik, check_nik, make_nik, parse_nik
from enrollment_app.domain.regions import RegionCatalog
from enrollment_app.domain.validation import Severity
from tests.domain.conftest import TODAY

WOMAN = "3671015502900001"  # Kec. Tangerang, 15-02-1990, day 15 + 40 = 55
MAN = "3671010407850001"  # Kec. Tangerang, 04-07-1985


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


@pytest.mark.parametrize(("text", "code"), [
    ("", "nik.required"),
    ("   ", "nik.required"),
    ("0", "nik.required"),  # "no NIK yet" in some systems
    ("0000000000000000", "nik.required"),
    ("'", "nik.required"),
    ("367101550290000", "nik.length"),  # 15: the last digit fell off
    ("36710155029000011", "nik.length"),  # 17
    ("36710155O2900001", "nik.not_digits"),  # letter O for zero
    ("NIK 3671015502900001", "nik.not_digits"),
    ("3671015502900001;", "nik.not_digits"),
    ("3.67101E+15", "nik.scientific"),
    ("3,67101550290E+15", "nik.scientific"),
    ("3671015502900001.0", "nik.number_cell"),
    ("3671013102900001", "nik.date_invalid"),  # 31 February, a man
    ("3671017102900001", "nik.date_invalid"),  # 31 February, a woman (71 = 31 + 40)
    ("3671012902010001", "nik.date_invalid"),  # 29 February 2001
    ("3671010002900001", "nik.date_invalid"),  # day 00
    ("3671013502900001", "nik.date_invalid"),  # day 35: neither man nor woman
    ("3671017202900001", "nik.date_invalid"),  # day 72
    ("3671010413900001", "nik.date_invalid"),  # month 13
    ("3671010400900001", "nik.date_invalid"),  # month 00
    ("3671010407850000", "nik.serial_invalid"),
])
def test_check_nik_refuses(text: str, code: str, regions: RegionCatalog) -> None:
    result = check_nik(text, regions=regions, today=TODAY)
    assert result.value is None
    assert not result.ok
    assert codes(result) == [code]


@pytest.mark.parametrize(("text", "expected"), [
    (WOMAN, WOMAN),
    (MAN, MAN),
    ("3671 0155 0290 0001", WOMAN),
    ("3671\u00a00155\u00a00290\u00a00001", WOMAN),
    ("'3671015502900001", WOMAN),
    ("36.71.01.550290.0001", WOMAN),
    ("3671-0155-0290-0001", WOMAN),
    (" 3671015502900001 ", WOMAN),
])
def test_check_nik_accepts(text: str, expected: str, regions: RegionCatalog) -> None:
    result = check_nik(text, regions=regions, today=TODAY)
    assert result.value == expected
    assert result.problems == ()


def test_length_message_says_how_many_digits_were_typed() -> None:
    (problem,) = check_nik("367101550290000").problems
    assert problem.render() == "NIK must have exactly 16 digits; you typed 15."


def test_not_digits_message_names_the_character() -> None:
    (problem,) = check_nik("36710155O2900001").problems
    assert '"O"' in problem.render()


def test_scientific_notation_is_refused_not_repaired() -> None:
    (problem,) = check_nik("3.67101E+15").problems
    assert problem.field == "nik"
    assert "digits were lost" in problem.render()


@pytest.mark.parametrize(("text", "birth_date", "sex"), [
    (WOMAN, date(1990, 2, 15), "P"),
    (MAN, date(1985, 7, 4), "L"),
    ("3671014101000001", date(2000, 1, 1), "P"),
    ("3671012902000001", date(2000, 2, 29), "L"),  # 2000 was a leap year
    ("3671017112990001", date(1999, 12, 31), "P"),
])
def test_parse_nik(text: str, birth_date: date, sex: str) -> None:
    parsed = parse_nik(text, today=TODAY)
    assert parsed == ParsedNik(text, "36.71.01", birth_date, sex, 1)


@pytest.mark.parametrize(("text", "stated", "year"), [
    ("3671010101100001", None, 2010),
    ("3671010101300001", None, 1930),
    ("3671010112260001", None, 1926),  # 01-12-2026 is after today
    ("3671010105260001", None, 2026),  # 01-05-2026 is not: the latest century wins
    ("3671010105260001", date(1926, 5, 1), 1926),  # the stated birth date decides
    ("3671010101000001", date(1999, 12, 31), 2000),
    ("3671010101990001", date(2000, 1, 1), 1999),
])
def test_parse_nik_century(text: str, stated: date | None, year: int) -> None:
    parsed = parse_nik(text, birth_date=stated, today=TODAY)
    assert parsed is not None
    assert parsed.birth_date.year == year


@pytest.mark.parametrize("text", ["", "123", "3671013102900001", "3.67101E+15", "abc"])
def test_parse_nik_returns_none_for_bad_numbers(text: str) -> None:
    assert parse_nik(text, today=TODAY) is None


@pytest.mark.parametrize(("text", "birth_date", "sex", "warning_codes"), [
    (WOMAN, date(1990, 2, 15), "P", []),
    (WOMAN, date(1990, 2, 16), "P", ["nik.birth_date_mismatch"]),
    (WOMAN, date(1990, 3, 15), "P", ["nik.birth_date_mismatch"]),
    (WOMAN, date(1991, 2, 15), "P", ["nik.birth_date_mismatch"]),
    (WOMAN, date(1990, 2, 15), "L", ["nik.sex_mismatch"]),
    (MAN, date(1985, 7, 4), "P", ["nik.sex_mismatch"]),
    (MAN, date(1985, 7, 5), "P", ["nik.birth_date_mismatch", "nik.sex_mismatch"]),
    ("9901015502900001", date(1990, 2, 15), "P", ["nik.region_unknown"]),
    ("9101015502900001", None, None, ["nik.region_unknown"]),  # Merauke before 2022
    ("9301015502900001", None, None, []),  # Merauke, Papua Selatan, today
    ("3603015502900001", None, None, []),  # Kabupaten Tangerang
])
def test_check_nik_warnings(
    text: str, birth_date: date | None, sex: str | None, warning_codes: list[str],
    regions: RegionCatalog,
) -> None:
    result = check_nik(text, birth_date=birth_date, sex=sex, regions=regions, today=TODAY)
    assert result.ok  # a warning never blocks saving
    assert result.value == text
    assert codes(result) == warning_codes
    assert all(p.severity is Severity.WARNING for p in result.problems)


def test_birth_date_mismatch_message_shows_both_dates() -> None:
    result = check_nik(WOMAN, birth_date=date(1990, 2, 16), today=TODAY)
    (problem,) = result.problems
    text = problem.render()
    assert "15-02-1990" in text
    assert "16-02-1990" in text


def test_sex_mismatch_message_explains_the_woman_rule() -> None:
    (problem,) = check_nik(WOMAN, sex="L", today=TODAY).problems
    assert "+ 40" in problem.render()


def test_unknown_region_message_shows_the_code() -> None:
    (problem,) = check_nik("9901015502900001", today=TODAY).problems
    assert "99.01.01" in problem.render()


@pytest.mark.parametrize(("prefix", "birth_date", "sex", "serial", "expected"), [
    ("36.71.01", date(1990, 2, 15), "P", 1, WOMAN),
    ("367101", date(1985, 7, 4), "L", 1, MAN),
    ("36.71.05", date(2001, 12, 31), "P", 9999, "3671057112019999"),
])
def test_make_nik(prefix: str, birth_date: date, sex: str, serial: int, expected: str) -> None:
    nik = make_nik(prefix, birth_date, sex, serial)
    assert nik == expected
    assert parse_nik(nik, birth_date=birth_date) == ParsedNik(
        nik, "36.71.0" + prefix[-1], birth_date, sex, serial
    )


@pytest.mark.parametrize(("prefix", "sex", "serial"), [
    ("36.71", "L", 1),
    ("36.71.01", "X", 1),
    ("36.71.01", "L", 0),
    ("36.71.01", "L", 10000),
])
def test_make_nik_refuses_bad_parts(prefix: str, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_nik(prefix, date(1990, 1, 1), sex, serial)
