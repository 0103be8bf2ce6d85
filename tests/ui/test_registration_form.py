"""The registration form, driven by keyboard and mouse on a real database."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.stats import collect_stats
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.widgets.banner import BannerKind
from tests.ui.conftest import ScriptedPrompts
from tests.ui.form_driver import KECAMATAN, KELURAHAN, PERSON, FormDriver, birth


def participant_count(ctx: ServiceContext) -> int:
    return collect_stats(ctx.db).counts["participants"]


def test_typing_a_whole_person_and_pressing_enter_saves_them(
        qtbot: QtBot, driver: FormDriver, form: RegistrationForm, changes: DataChanges,
        supervisor: ServiceContext) -> None:
    driver.fill_person()
    with qtbot.waitSignal(changes.participants_changed) as saved:
        driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS
    assert "Siti Aminah" in form.banner.text()
    # The form is empty for the next person in the queue, cursor in the NIK field.
    assert driver.widget("nik").text() == "" and driver.widget("full_name").text() == ""
    assert not form.fields.consent.consent.isChecked()
    assert form.fields.identity.nik.hasFocus()
    participant_id = registration.find_by_nik(supervisor, PERSON["nik"])
    assert participant_id == saved.args[0]
    stored = registration.load_draft(supervisor, participant_id)
    assert (stored.full_name, stored.sex, stored.birth_date) == (
        "Siti Aminah", "P", birth(PERSON["birth_date"]))
    assert (stored.rt, stored.rw, stored.phone) == ("003", "007", "081234567890")
    assert (stored.kecamatan_code, stored.kelurahan_code) == (KECAMATAN[0], KELURAHAN[0])
    assert (stored.registry_status, stored.desil, stored.assistance) == (
        "dtsen", 3, frozenset({"pkh"}))
    assert participant_count(supervisor) == 1


def test_ctrl_s_saves_too(qtbot: QtBot, driver: FormDriver, form: RegistrationForm,
                          supervisor: ServiceContext) -> None:
    driver.fill_person()
    QTest.keyClick(driver.widget("full_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.banner.kind() is BannerKind.SUCCESS
    assert participant_count(supervisor) == 1


def test_clicking_save_saves_too(qtbot: QtBot, driver: FormDriver, form: RegistrationForm,
                                 supervisor: ServiceContext) -> None:
    driver.fill_person()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.banner.kind() is BannerKind.SUCCESS
    assert participant_count(supervisor) == 1


def test_nothing_is_saved_without_consent(driver: FormDriver, form: RegistrationForm,
                                          supervisor: ServiceContext) -> None:
    driver.fill_person()
    driver.tick(form.fields.consent.consent)  # untick it again
    driver.press_enter("street")
    assert driver.codes("consent") == ("consent.required",)
    assert form.banner.kind() is BannerKind.ERROR
    assert participant_count(supervisor) == 0
    assert driver.widget("nik").text() == PERSON["nik"], "what was typed stays"


def test_tab_moves_through_the_fields_in_reading_order(driver: FormDriver,
                                                       form: RegistrationForm) -> None:
    order = ["nik", "kk", "full_name", "sex", "birth_place", "birth_date", "street", "rt",
             "rw", "kecamatan_code"]
    driver.click_into("nik")
    for current, following in itertools.pairwise(order):
        assert driver.widget(current).hasFocus(), current
        QTest.keyClick(driver.widget(current), Qt.Key.Key_Tab)
        assert driver.widget(following).hasFocus(), following


def test_errors_appear_when_leaving_a_field_and_go_away_when_fixed(
        driver: FormDriver) -> None:
    driver.type_into("phone", "0812")
    assert driver.message("phone") == "", "no complaint while still typing"
    driver.leave("phone")
    assert driver.codes("phone") == ("phone.length",)
    assert driver.message("phone")
    driver.type_into("phone", "081234567890", replace=True)
    assert driver.message("phone") == ""


def test_desil_can_only_be_chosen_for_people_in_a_registry(driver: FormDriver,
                                                           form: RegistrationForm) -> None:
    desil = form.fields.welfare.desil
    assert not desil.isEnabled()
    driver.choose("registry_status", "DTKS")
    assert desil.isEnabled()


def test_kelurahan_list_follows_the_kecamatan(driver: FormDriver,
                                              form: RegistrationForm) -> None:
    kelurahan = form.fields.address.kelurahan
    assert not kelurahan.isEnabled()
    driver.choose("kecamatan_code", "Cipondoh")
    offered = [kelurahan.itemText(i) for i in range(1, kelurahan.count())]
    assert "Cipondoh Indah" in offered and "Tanah Tinggi" not in offered


def test_outside_the_city_asks_for_the_region_instead(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    driver.fill_person()
    driver.tick(form.fields.address.outside_city)
    assert not form.fields.address.kecamatan.isEnabled()
    driver.press_enter("street")
    assert driver.codes("outside_region") == ("outside_region.required",)
    driver.type_into("outside_region", "Kelurahan Pondok Jagung, Tangerang Selatan")
    driver.press_enter("outside_region")
    assert form.banner.kind() is BannerKind.SUCCESS
    participant_id = registration.find_by_nik(supervisor, PERSON["nik"])
    stored = registration.load_draft(supervisor, participant_id)
    assert stored.outside_city and stored.kecamatan_code == ""


def test_escape_clears_a_typed_form_after_asking(driver: FormDriver, form: RegistrationForm,
                                                 prompts: ScriptedPrompts) -> None:
    driver.type_into("full_name", "Siti")
    prompts.discard = False
    QTest.keyClick(driver.widget("full_name"), Qt.Key.Key_Escape)
    assert driver.widget("full_name").text() == "Siti"
    prompts.discard = True
    QTest.keyClick(driver.widget("full_name"), Qt.Key.Key_Escape)
    assert driver.widget("full_name").text() == ""
    assert prompts.discard_asked == 2
