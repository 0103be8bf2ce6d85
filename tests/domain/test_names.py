"""Names keep the person's own spelling; free text refuses emoji and control characters."""

from __future__ import annotations

import pytest

from enrollment_app.domain.names import (
    check_free_text,
    check_person_name,
    normalize_name,
    normalize_text,
    search_key,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Siti Aminah", "Siti Aminah"),
    ("  Siti   Aminah  ", "Siti Aminah"),
    ("Siti\tAminah\n", "Siti Aminah"),
    ("Siti\u00a0Aminah", "Siti Aminah"),
    ("SITI AMINAH", "SITI AMINAH"),  # own capitalisation kept
    ("siti aminah", "siti aminah"),
    ("Ni Luh Putu dEWI", "Ni Luh Putu dEWI"),
    ("Ma\u2019ruf", "Ma'ruf"),  # typographic apostrophe
    ("Jose\u0301", "José"),  # decomposed accent becomes NFC
    ("Siti\u200bAminah", "SitiAminah"),  # zero-width space from copy-paste
])
def test_normalize_name(text: str, expected: str) -> None:
    assert normalize_name(text) == expected


@pytest.mark.parametrize("text", [
    "Siti Aminah",
    "SITI AMINAH",
    "Muhammad Ma'ruf",
    "Dra. Hj. Nurul, S.Pd.",
    "Anak Agung Gde-Putra",
    "José Ñúñez",
    "Zoë Ångström",
    "محمد عبد الله",  # Arabic
    "王小明",
    "Nguyễn Thị Hoa",
    "Siti",  # single names are common in Indonesia
])
def test_person_name_accepted(text: str) -> None:
    result = check_person_name(text)
    assert result.problems == ()
    assert result.value == normalize_name(text)


@pytest.mark.parametrize(("text", "code", "char"), [
    ("Siti 2", "full_name.digits", '"2"'),
    ("Siti Aminah 😀", "full_name.char", '"😀"'),
    ("Siti ❤️", "full_name.char", '"❤"'),
    ("Siti\x07Aminah", "full_name.char", "U+0007"),
    ("Robert'); DROP TABLE participants;--", "full_name.char", '")"'),
    ("<script>", "full_name.char", '"<"'),
    ("Siti_Aminah", "full_name.char", '"_"'),
    ("Siti@mail", "full_name.char", '"@"'),
    ("Siti \u200dAminah", "full_name.char", "U+200D"),
])
def test_person_name_refused_character(text: str, code: str, char: str) -> None:
    result = check_person_name(text)
    assert result.value is None
    (problem,) = result.problems
    assert problem.code == code
    assert problem.params["char"] == char
    assert char in problem.render()


@pytest.mark.parametrize(("text", "required", "problem_codes"), [
    ("", True, ["full_name.required"]),
    ("   ", True, ["full_name.required"]),
    ("", False, []),
    ("...", True, ["full_name.no_letters"]),
    ("-", True, ["full_name.no_letters"]),
])
def test_person_name_empty(text: str, required: bool, problem_codes: list[str]) -> None:
    result = check_person_name(text, required=required)
    assert [p.code for p in result.problems] == problem_codes


def test_ten_thousand_character_name_is_refused() -> None:
    result = check_person_name("a" * 10_000)
    (problem,) = result.problems
    assert problem.code == "full_name.too_long"
    assert problem.render() == "This is too long: 10000 characters; the limit is 100."


def test_name_length_is_counted_after_tidying_spaces() -> None:
    assert check_person_name("A" + " " * 200 + "B", max_length=3).value == "A B"


def test_problem_field_follows_the_field_argument() -> None:
    (problem,) = check_person_name("x1", field="contact_name").problems
    assert (problem.field, problem.code) == ("contact_name", "contact_name.digits")


@pytest.mark.parametrize(("text", "expected"), [
    ("Siti Aminah", "siti aminah"),
    ("SITI  AMINAH", "siti aminah"),
    ("José Ñúñez", "jose nunez"),
    ("Zoë", "zoe"),
    ("Nguyễn Thị Hoa", "nguyen thi hoa"),
    ("Straße", "strasse"),
    ("محمد", "محمد"),
    ("", ""),
])
def test_search_key(text: str, expected: str) -> None:
    assert search_key(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jl. Melati No. 5, Blok C-2 (dekat masjid)", "Jl. Melati No. 5, Blok C-2 (dekat masjid)"),
    ("  Jl.   Melati  ", "Jl. Melati"),
    ("Gg. H. Ma'un #12 / RT 3", "Gg. H. Ma'un #12 / RT 3"),
    ("Kabupaten Tangerang", "Kabupaten Tangerang"),
    ("Warung \"Bu Siti\" & Sons 100%", "Warung \"Bu Siti\" & Sons 100%"),
    ("Rp 50.000 + ongkir", "Rp 50.000 + ongkir"),
])
def test_free_text_accepted(text: str, expected: str) -> None:
    result = check_free_text(text, "street", max_length=200)
    assert result.problems == ()
    assert result.value == expected


@pytest.mark.parametrize(("text", "char"), [
    ("Jl. Melati 🏠", '"🏠"'),
    ("Warung ©", '"©"'),
    ("Jl. Melati\x00", "U+0000"),
    ("Jl. Melati\x1b[31m", "U+001B"),
    ("Jl. \ue000", "U+E000"),  # private use
    ("Jl. \u202eitaleM", "U+202E"),  # right-to-left override
])
def test_free_text_refused_character(text: str, char: str) -> None:
    result = check_free_text(text, "street", max_length=200)
    (problem,) = result.problems
    assert (problem.field, problem.code) == ("street", "street.char")
    assert problem.params["char"] == char


@pytest.mark.parametrize(("text", "required", "max_length", "problem_codes"), [
    ("", False, 10, []),
    ("", True, 10, ["notes.required"]),
    ("x" * 10, False, 10, []),
    ("x" * 11, False, 10, ["notes.too_long"]),
])
def test_free_text_required_and_length(
    text: str, required: bool, max_length: int, problem_codes: list[str]
) -> None:
    result = check_free_text(text, "notes", required=required, max_length=max_length)
    assert [p.code for p in result.problems] == problem_codes


def test_multiline_free_text_keeps_line_breaks() -> None:
    text = "Baris  satu \r\n\r\n\r\n  baris dua\t\n"
    assert normalize_text(text, multiline=True) == "Baris satu\n\nbaris dua"
    result = check_free_text(text, "notes", max_length=100, multiline=True)
    assert result.value == "Baris satu\n\nbaris dua"
    assert normalize_text(text) == "Baris satu baris dua"
