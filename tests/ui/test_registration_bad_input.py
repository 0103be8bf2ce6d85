"""Bad input at the registration form: a clear message at the field, nothing written,
and the form keeps working (issue 2, "Bad input")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.participant_search import SearchQuery, count_participants
from enrollment_app.services.stats import collect_stats
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.widgets.banner import BannerKind
from tests.ui.form_driver import PERSON, FormDriver, kelurahan_names


def participant_count(ctx: ServiceContext) -> int:
    return collect_stats(ctx.db).counts["participants"]


def years_ago(years: int) -> str:
    today = date.today()
    return f"{today.day:02d}-{today.month:02d}-{today.year - years}"


def assert_refused_at(driver: FormDriver, form: RegistrationForm, ctx: ServiceContext,
                      field: str, code: str) -> None:
    assert code in driver.codes(field)
    assert driver.message(field), "the message is visible next to the field"
    assert form.slot(field).message.has_error()
    assert form.banner.kind() is BannerKind.ERROR
    assert participant_count(ctx) == 0


@pytest.mark.parametrize(("nik", "code"), [
    ("36710155029000AB", "nik.not_digits"),  # letters
    ("367101550290001", "nik.length"),  # 15 digits
    ("36710155029000011", "nik.length"),  # 17 digits
    ("3,67101E+15", "nik.scientific"),  # pasted from a spreadsheet number cell
])
def test_bad_nik_is_refused_at_the_nik_field(driver: FormDriver, form: RegistrationForm,
                                             supervisor: ServiceContext, nik: str,
                                             code: str) -> None:
    driver.fill_person(nik=nik)
    driver.press_enter("phone")
    assert_refused_at(driver, form, supervisor, "nik", code)
    assert form.fields.identity.nik.hasFocus(), "the cursor goes to the first problem"


def test_letters_in_the_nik_are_reported_while_typing(driver: FormDriver) -> None:
    driver.type_into("nik", "3671O1")  # a letter O instead of a zero
    assert driver.codes("nik") == ("nik.not_digits",)
    assert '"O"' in driver.message("nik")


@pytest.mark.parametrize(("field", "text", "code"), [
    ("full_name", "Siti 😀 Aminah", "full_name.char"),
    ("full_name", "Robert'); DROP TABLE participants;--", "full_name.char"),
    ("full_name", "Siti Aminah 2", "full_name.digits"),
    ("birth_date", years_ago(-1), "birth_date.future"),
    ("birth_date", years_ago(120), "birth_date.too_old"),
    ("rt", "0", "rt.zero"),
    ("kk", "36710101010900", "kk.length"),
    ("phone", "021-5551234", "phone.not_mobile"),
])
def test_bad_value_is_refused_at_its_field(driver: FormDriver, form: RegistrationForm,
                                           supervisor: ServiceContext, field: str,
                                           text: str, code: str) -> None:
    driver.fill_person(**{field: text})
    driver.press_enter("phone")
    assert_refused_at(driver, form, supervisor, field, code)


def test_ten_thousand_character_name_pasted_is_refused(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    driver.fill_person()
    driver.paste_into("full_name", "A" * 10_000)
    assert len(driver.widget("full_name").text()) == 10_000, "not silently cut short"
    driver.press_enter("full_name")
    assert_refused_at(driver, form, supervisor, "full_name", "full_name.too_long")
    assert "10000" in driver.message("full_name")


def test_unreadable_birth_date_says_how_to_type_it(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    driver.fill_person(birth_date="31-02-1990")
    driver.press_enter("phone")
    assert driver.message("birth_date") == form.fields.identity.birth_date.unreadable_message()
    assert form.banner.kind() is BannerKind.ERROR
    assert participant_count(supervisor) == 0


def test_a_kelurahan_of_another_kecamatan_cannot_be_chosen(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    """The combo only offers the chosen kecamatan's kelurahan; switching the kecamatan
    drops a kelurahan that does not belong to it, and saving asks for one."""
    driver.fill_person()
    kelurahan = form.fields.address.kelurahan
    offered = [kelurahan.itemText(i) for i in range(1, kelurahan.count())]
    assert offered == kelurahan_names("36.71.01")
    driver.choose("kecamatan_code", "Cipondoh")
    assert kelurahan.code() == ""
    assert "Tanah Tinggi" not in [kelurahan.itemText(i) for i in range(kelurahan.count())]
    driver.press_enter("phone")
    assert_refused_at(driver, form, supervisor, "kelurahan_code", "kelurahan.required")


def test_sql_in_free_text_is_stored_as_text(driver: FormDriver, form: RegistrationForm,
                                            supervisor: ServiceContext) -> None:
    street = "Jl. Melati'; DROP TABLE participants;-- No. 5"
    driver.fill_person(street=street)
    driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS
    participant_id = registration.find_by_nik(supervisor, PERSON["nik"])
    assert registration.load_draft(supervisor, participant_id).street == street
    assert count_participants(supervisor.db, SearchQuery()) == 1


def test_the_form_keeps_working_after_refusals(driver: FormDriver,
                                               form: RegistrationForm,
                                               supervisor: ServiceContext) -> None:
    for name in ("Siti 😀", "A" * 300, "x'); DELETE FROM participants;--"):
        driver.fill_person(full_name=name)
        driver.press_enter("phone")
        assert form.banner.kind() is BannerKind.ERROR
        driver.tick(form.fields.consent.consent)  # fill_person ticks it again
        driver.tick(form.fields.welfare.assistance["pkh"])
    assert participant_count(supervisor) == 0
    driver.fill_person()
    driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS
    assert participant_count(supervisor) == 1
    assert QApplication.instance() is not None and form.isVisible()
    assert form.fields.identity.nik.hasFocus(), "ready for the next person"
