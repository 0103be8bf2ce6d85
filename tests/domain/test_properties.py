"""Properties that must hold for any input: round trips, and checks that never raise."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from enrollment_app.domain.address import check_rt_rw
from enrollment_app.domain.birth_date import check_birth_date
from enrollment_app.domain.digits import clean_digits, looks_like_number_cell, looks_scientific
from enrollment_app.domain.family_card import check_kk
from enrollment_app.domain.names import (
    check_free_text,
    check_person_name,
    normalize_name,
    search_key,
)
from enrollment_app.domain.nib import check_nib
from enrollment_app.domain.nik import check_nik, make_nik, parse_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.participant_checks import check_participant
from enrollment_app.domain.phone import check_phone
from enrollment_app.domain.regions import load_regions
from tests.domain.conftest import TODAY

sexes = st.sampled_from(["L", "P"])
serials = st.integers(min_value=1, max_value=9999)
birth_dates = st.dates(min_value=date(1926, 1, 1), max_value=date(2011, 12, 31))
kecamatan_codes = st.sampled_from(sorted(load_regions().national_kecamatan))
# Text that looks like what people paste: digits, separators, letters, emoji, controls.
messy_text = st.text(
    alphabet=st.one_of(
        st.sampled_from("0123456789 .-'+()\u00a0eE,"),
        st.characters(),
    ),
    max_size=40,
)


@given(kecamatan_codes, birth_dates, sexes, serials)
def test_make_nik_parse_nik_round_trip(prefix: str, birth: date, sex: str, serial: int) -> None:
    nik = make_nik(prefix, birth, sex, serial)
    parsed = parse_nik(nik, birth_date=birth)
    assert parsed is not None
    assert (parsed.nik, parsed.region_prefix) == (nik, prefix)
    assert (parsed.birth_date, parsed.sex, parsed.serial) == (birth, sex, serial)


@given(st.dates(min_value=date(1926, 5, 10), max_value=date(2011, 12, 31)), sexes, serials)
def test_parse_nik_without_stated_date_picks_the_right_century(
    birth: date, sex: str, serial: int
) -> None:
    parsed = parse_nik(make_nik("36.71.01", birth, sex, serial), today=TODAY)
    assert parsed is not None
    assert parsed.birth_date == birth


@given(kecamatan_codes, birth_dates, sexes, serials)
def test_made_nik_passes_check_without_problems(
    prefix: str, birth: date, sex: str, serial: int
) -> None:
    result = check_nik(make_nik(prefix, birth, sex, serial), birth_date=birth, sex=sex)
    assert result.problems == ()


@given(messy_text)
def test_clean_digits_never_raises(text: str) -> None:
    cleaned = clean_digits(text)
    assert not any(ch.isspace() for ch in cleaned)
    assert isinstance(looks_scientific(text), bool)
    assert isinstance(looks_like_number_cell(text), bool)


@given(messy_text)
def test_identifier_checks_never_raise(text: str) -> None:
    for result in (check_nik(text, today=TODAY), check_kk(text), check_nib(text),
                   check_phone(text), check_rt_rw(text, "rt")):
        assert result.ok == (not any(p.is_error for p in result.problems))
        if not result.ok:
            assert result.value is None
        for problem in result.problems:
            problem.render()  # every placeholder is filled


@given(st.text(max_size=300))
def test_text_checks_never_raise(text: str) -> None:
    for result in (check_person_name(text), check_free_text(text, "street", max_length=200),
                   check_free_text(text, "notes", max_length=200, multiline=True)):
        for problem in result.problems:
            problem.render()
    assert isinstance(search_key(text), str)


@given(st.text(max_size=100))
def test_normalize_name_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20))
def test_accepted_names_keep_their_letters(letters: str) -> None:
    result = check_person_name(letters)
    assert result.ok
    assert result.value == normalize_name(letters)


@given(st.from_regex(r"\A0?8[0-9]{8,11}\Z"))
def test_phone_forms_agree(national: str) -> None:
    number = national if national.startswith("0") else "0" + national
    expected = check_phone(number).value
    assert check_phone("+62" + number[1:]).value == expected
    assert check_phone("62 " + number[1:]).value == expected
    assert check_phone(number[1:]).value == expected


@given(st.one_of(st.none(), st.dates()))
def test_birth_date_check_never_raises(value: date | None) -> None:
    check_birth_date(value, today=TODAY)


@given(st.builds(
    ParticipantDraft,
    nik=messy_text, kk=messy_text, full_name=st.text(max_size=30), sex=st.text(max_size=2),
    birth_date=st.one_of(st.none(), st.dates()), rt=messy_text, rw=messy_text,
    kecamatan_code=st.text(max_size=15), kelurahan_code=st.text(max_size=15),
    outside_city=st.booleans(), phone=messy_text, desil=st.one_of(st.none(), st.integers()),
    assistance=st.frozensets(st.text(max_size=5), max_size=3), consent=st.booleans(),
))
def test_check_participant_never_raises(draft: ParticipantDraft) -> None:
    checked = check_participant(draft, today=TODAY)
    assert checked.ok == (checked.errors == ())


# Hostile input: what a copy from a chat app or a spreadsheet drags along.
invisible = st.sampled_from(["\u200b", "\u200e", "\u202e", "\ufeff", "\x00", "\t", "\r\n",
                             "\u00a0", "\u2007", "\u0660", "\uff11", "\U0001d7d9"])
hostile_text = st.lists(st.one_of(invisible, st.characters(), st.sampled_from("0123456789")),
                        max_size=40).map("".join)


@given(hostile_text)
def test_an_accepted_identifier_is_stable_and_plain(text: str) -> None:
    """What a check accepts checks again to itself (round trip) and holds only the
    characters the field allows, whatever was pasted around it."""
    for check, allowed in ((check_kk, str.isdigit), (check_nib, str.isdigit),
                           (lambda t: check_rt_rw(t, "rt"), str.isdigit),
                           (check_phone, lambda v: v.lstrip("+").isdigit())):
        result = check(text)
        if result.ok and result.value:
            assert allowed(result.value) and result.value.isascii(), (check, result.value)
            assert check(result.value).value == result.value
    nik = check_nik(text, today=TODAY)
    if nik.ok and nik.value:
        assert nik.value.isascii() and nik.value.isdigit() and len(nik.value) == 16
        assert check_nik(nik.value, today=TODAY).value == nik.value


@given(hostile_text)
def test_an_accepted_name_or_text_is_stable(text: str) -> None:
    for check in (check_person_name, lambda t: check_free_text(t, "street", max_length=200)):
        result = check(text)
        if result.ok and result.value:
            assert "\x00" not in result.value
            assert check(result.value).value == result.value


@given(kecamatan_codes, birth_dates, sexes, serials, st.lists(invisible, max_size=3))
def test_a_valid_nik_with_stray_spaces_and_marks_never_crashes(
        prefix: str, birth: date, sex: str, serial: int, noise: list[str]) -> None:
    nik = make_nik(prefix, birth, sex, serial)
    pasted = "".join(noise) + nik[:6] + " " + nik[6:] + "".join(noise)
    result = check_nik(pasted, birth_date=birth, sex=sex, today=TODAY)
    assert result.value in (nik, None)
    for problem in result.problems:
        problem.render()


@given(st.dates())
def test_an_accepted_birth_date_is_kept_as_given(value: date) -> None:
    result = check_birth_date(value, today=TODAY)
    if result.ok:
        assert result.value == value
