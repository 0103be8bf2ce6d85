"""Cell values as office spreadsheets deliver them, cleaned or refused with a reason."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrollment_app.domain.spreadsheet_cells import (
    FORMULA_WITHOUT_VALUE,
    CellError,
    CellRefused,
    detect_date_order,
    id_text,
    parse_assistance,
    parse_date_cell,
    parse_desil,
    parse_registry_status,
    parse_sex,
    phone_text,
    plain_text,
    registry_hint,
)

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(("cell", "expected"), [
    ("'3671015502900001", "'3671015502900001"),  # the form's NIK check strips the quote
    ("3671 0155 0290 0001", "3671 0155 0290 0001"),
    (0, "0"),  # "no NIK yet" in some systems; the check treats it as empty
    (None, ""),
])
def test_id_text_passes_text_on_to_the_nik_check(cell: object, expected: str) -> None:
    assert id_text(cell, "nik", "NIK") == expected


@pytest.mark.parametrize("cell", [3671015502900001, 3.67101550290000e15, 3671015502900000.0])
def test_a_nik_from_a_number_cell_is_refused_never_repaired(cell: object) -> None:
    with pytest.raises(CellRefused) as refused:
        id_text(cell, "nik", "NIK")
    assert refused.value.problem.code == "nik.number_cell"
    assert "15 digits" in refused.value.problem.render()


@pytest.mark.parametrize(("cell", "expected"), [
    (8123456789, "8123456789"),  # the form's phone check puts the lost 0 back
    (81234567890.0, "81234567890"),
    ("0812-3456-7890", "0812-3456-7890"),
    (None, ""),
])
def test_phone_text(cell: object, expected: str) -> None:
    assert phone_text(cell) == expected


@pytest.mark.parametrize(("cell", "order", "expected"), [
    ("15/02/1990", "dmy", date(1990, 2, 15)),
    ("15-02-1990", "dmy", date(1990, 2, 15)),
    ("1-2-90", "dmy", date(1990, 2, 1)),
    ("1-2-05", "dmy", date(2005, 2, 1)),
    ("1-2-27", "dmy", date(1927, 2, 1)),  # 2027 would be in the future
    ("1 Februari 1990", "dmy", date(1990, 2, 1)),
    ("1 Feb 1990", "dmy", date(1990, 2, 1)),
    ("01-Agt-1985", "dmy", date(1985, 8, 1)),
    ("17 August 1985", "dmy", date(1985, 8, 17)),
    ("1990-02-15", "dmy", date(1990, 2, 15)),
    ("1990-02-15 00:00:00", "dmy", date(1990, 2, 15)),
    ("2/15/1990 12:00:00 AM", "mdy", date(1990, 2, 15)),
    (32919, "dmy", date(1990, 2, 15)),  # Excel serial number
    (32919.5, "dmy", date(1990, 2, 15)),
    ("32919", "dmy", date(1990, 2, 15)),
    (datetime(1990, 2, 15, 0, 0), "dmy", date(1990, 2, 15)),
    (date(1990, 2, 15), "dmy", date(1990, 2, 15)),
    ("", "dmy", None),
    (None, "dmy", None),
])
def test_parse_date_cell(cell: object, order: str, expected: date | None) -> None:
    assert parse_date_cell(cell, today=TODAY, order=order) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", [
    "31/02/1990", "15.13.1990x", "kemarin", "1 Brumaire 1990", time(12, 0), 0.5, 60,
    -3, float("nan"), 99999999,
])
def test_dates_that_are_not_dates_are_refused(cell: object) -> None:
    with pytest.raises(CellRefused) as refused:
        parse_date_cell(cell, today=TODAY)
    assert refused.value.problem.code == "birth_date.not_a_date"


@pytest.mark.parametrize(("column", "order"), [
    (["15/02/1990", "01/02/1990"], "dmy"),
    (["2/15/1990", "1/2/1990"], "mdy"),
    (["1/2/1990 10:00:00 AM"], "mdy"),  # P3KE extracts
    (["01/02/1990", "03/04/1985"], "dmy"),  # no evidence: the Indonesian way
    ([date(1990, 1, 1), None, 32919], "dmy"),
])
def test_date_order_is_decided_per_column(column: list[object], order: str) -> None:
    assert detect_date_order(column) == order


@pytest.mark.parametrize(("cell", "expected"), [
    ("L", "L"), ("p", "P"), ("Laki-laki", "L"), ("PEREMPUAN", "P"), ("Lk", "L"),
    ("Pr", "P"), ("M", "L"), ("F", "P"), (1, "L"), (2, "P"), ("Wanita", "P"),
    ("banci?", "banci?"),  # unknown text goes on to the form's check, which refuses it
])
def test_parse_sex(cell: object, expected: str) -> None:
    assert parse_sex(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    (3, 3), (3.0, 3), ("3", 3), ("Desil 4", 4), ("D2", 2), ("", None), ("-", None),
])
def test_parse_desil(cell: object, expected: int | None) -> None:
    assert parse_desil(cell) == expected


@pytest.mark.parametrize("cell", ["tinggi", 11, "0"])
def test_a_desil_that_is_not_1_to_10_is_refused_with_the_forms_message(cell: object) -> None:
    with pytest.raises(CellRefused) as refused:
        parse_desil(cell)
    assert refused.value.problem.code == "desil.range"


@pytest.mark.parametrize(("cell", "hint", "expected"), [
    ("DTKS", None, "dtks"), ("Terdaftar DTSEN", None, "dtsen"), ("Non DTKS", None, "none"),
    ("Tidak", None, "none"), ("", None, "none"), ("Ya", "dtks", "dtks"),
    ("Ya", None, "Ya"), ("p3ke", None, "p3ke"),
])
def test_parse_registry_status(cell: object, hint: str | None, expected: str) -> None:
    assert parse_registry_status(cell, column_hint=hint) == expected


def test_registry_hint_from_heading() -> None:
    assert registry_hint("Status DTKS") == "dtks"
    assert registry_hint("Status DTSEN/DTKS") is None


@pytest.mark.parametrize(("cell", "expected"), [
    ("PKH", {"pkh"}), ("BPNT/Sembako", {"bpnt"}), ("PKH, BPNT", {"pkh", "bpnt"}),
    ("-", set()), ("BLT", {"blt"}),
])
def test_parse_assistance(cell: object, expected: set[str]) -> None:
    assert parse_assistance(cell) == expected


@pytest.mark.parametrize(("cell", "code"), [
    (FORMULA_WITHOUT_VALUE, "cell.formula_without_value"),
    (CellError("#REF!"), "cell.formula_error"),
])
def test_broken_formulas_are_refused_in_every_parser(cell: object, code: str) -> None:
    for parse in (lambda v: plain_text(v, "x"), lambda v: id_text(v, "nik", "NIK"),
                  phone_text, parse_sex, parse_desil, parse_registry_status,
                  parse_assistance, lambda v: parse_date_cell(v, today=TODAY)):
        with pytest.raises(CellRefused) as refused:
            parse(cell)
        assert refused.value.problem.code == code


cells = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=True),
    st.booleans(), st.dates(), st.datetimes(), st.times(),
    st.sampled_from([FORMULA_WITHOUT_VALUE, CellError("#N/A"), 10**5000, -(10**400),
                     float("inf"), 60, 2958466]),
    st.from_regex(r"\d{1,2}[-/. ]\w{1,9}[-/. ]\d{2,4}", fullmatch=True),
)


@given(cells)
def test_cell_parsers_return_or_raise_only_the_typed_refusal(cell: object) -> None:
    parsers = (
        lambda v: plain_text(v, "x"), lambda v: id_text(v, "nik", "NIK"), phone_text,
        parse_sex, parse_desil, parse_registry_status, parse_assistance,
        lambda v: parse_date_cell(v, today=TODAY),
        lambda v: parse_date_cell(v, today=TODAY, order="mdy"),
    )
    for parse in parsers:
        try:
            result = parse(cell)
        except CellRefused as refused:
            assert refused.problem.render()  # a message the user can read
            continue
        assert result is None or isinstance(result, str | int | date | frozenset)


@given(st.lists(cells, max_size=20))
def test_detect_date_order_never_raises(column: list[object]) -> None:
    assert detect_date_order(column) in {"dmy", "mdy"}
