"""Warnings the user confirms, and people who are already registered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.stats import collect_stats
from enrollment_app.storage.models import Participant
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.widgets.banner import BannerKind
from tests.conftest import make_draft
from tests.ui.conftest import ScriptedPrompts
from tests.ui.form_driver import PERSON, FormDriver
from tests.ui.modal_answers import answer_next_message_box

# The NIK says 15-02-1990; the person says 16-02-1990.
OTHER_BIRTH_DATE = "16-02-1990"


def participant_count(ctx: ServiceContext) -> int:
    return collect_stats(ctx.db).counts["participants"]


def prompt_text(text: str) -> str:
    return QCoreApplication.translate("DialogPrompts", text)


def test_nik_birth_date_mismatch_is_shown_while_typing(driver: FormDriver) -> None:
    driver.type_into("birth_date", OTHER_BIRTH_DATE)
    driver.type_into("nik", PERSON["nik"])
    assert "nik.birth_date_mismatch" in driver.codes("nik")
    assert not driver.form.slot("nik").message.has_error(), "a warning, not an error"


def test_nik_birth_date_mismatch_saves_after_yes(driver: FormDriver, form: RegistrationForm,
                                                 prompts: ScriptedPrompts,
                                                 supervisor: ServiceContext) -> None:
    driver.fill_person(birth_date=OTHER_BIRTH_DATE)
    driver.press_enter("phone")
    assert len(prompts.warnings_shown) == 1
    assert any("15-02-1990" in text for text in prompts.warnings_shown[0])
    assert form.banner.kind() is BannerKind.SUCCESS
    participant_id = registration.find_by_nik(supervisor, PERSON["nik"])
    with supervisor.read() as session:
        saved = session.get(Participant, participant_id)
        assert "nik.birth_date_mismatch" in saved.confirmed_warnings


def test_nik_birth_date_mismatch_saves_nothing_after_no(
        driver: FormDriver, form: RegistrationForm, prompts: ScriptedPrompts,
        supervisor: ServiceContext) -> None:
    prompts.save_despite_warnings = False
    driver.fill_person(birth_date=OTHER_BIRTH_DATE)
    driver.press_enter("phone")
    assert participant_count(supervisor) == 0
    assert form.banner.kind() is BannerKind.INFO
    assert "nik.birth_date_mismatch" in driver.codes("nik")
    assert driver.widget("full_name").text() == PERSON["full_name"], "nothing typed is lost"


def test_the_real_warning_dialog_saves_on_yes(qtbot: QtBot, supervisor: ServiceContext,
                                              changes: DataChanges) -> None:
    form = RegistrationForm(supervisor, changes)  # real dialogs, no scripted answers
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    driver = FormDriver(qtbot, form)
    driver.fill_person(birth_date=OTHER_BIRTH_DATE)
    answer = answer_next_message_box(qtbot, prompt_text("Yes, save"))
    with qtbot.waitSignal(changes.participants_changed):
        driver.press_enter("phone")
    assert answer.missing == []
    assert len(answer.seen) == 1 and "15-02-1990" in answer.seen[0]
    assert participant_count(supervisor) == 1


def test_the_real_warning_dialog_goes_back_on_no(qtbot: QtBot, supervisor: ServiceContext,
                                                 changes: DataChanges) -> None:
    form = RegistrationForm(supervisor, changes)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    driver = FormDriver(qtbot, form)
    driver.fill_person(birth_date=OTHER_BIRTH_DATE)
    answer = answer_next_message_box(qtbot, prompt_text("No, go back and correct"))
    with qtbot.assertNotEmitted(changes.participants_changed):
        driver.press_enter("phone")
    assert answer.seen and answer.missing == []
    assert participant_count(supervisor) == 0


def test_same_name_and_birth_date_with_another_nik_warns_of_a_duplicate(
        driver: FormDriver, prompts: ScriptedPrompts, supervisor: ServiceContext) -> None:
    registration.register_participant(supervisor, make_draft(nik="3671015502900002"))
    driver.fill_person()
    driver.press_enter("phone")
    assert len(prompts.warnings_shown) == 1
    assert "3671015502900002" in prompts.warnings_shown[0][0]
    assert participant_count(supervisor) == 2


def test_typing_a_registered_nik_offers_and_opens_that_person(
        qtbot: QtBot, driver: FormDriver, form: RegistrationForm, prompts: ScriptedPrompts,
        supervisor: ServiceContext) -> None:
    existing = registration.register_participant(
        supervisor, make_draft(full_name="Dewi Lestari"))
    driver.type_into("nik", PERSON["nik"])
    qtbot.waitUntil(lambda: form.editing_id == existing)
    assert prompts.offers == [("Dewi Lestari", PERSON["nik"])]
    assert driver.widget("full_name").text() == "Dewi Lestari"
    assert "Dewi Lestari" in form.title.text()


def test_declining_the_offer_and_saving_still_opens_the_registered_person(
        qtbot: QtBot, driver: FormDriver, form: RegistrationForm, prompts: ScriptedPrompts,
        supervisor: ServiceContext) -> None:
    prompts.open_existing = False
    existing = registration.register_participant(
        supervisor, make_draft(full_name="Dewi Lestari"))
    driver.fill_person()
    qtbot.waitUntil(lambda: len(prompts.offers) == 1)
    assert "Dewi Lestari" in driver.message("nik")
    driver.press_enter("phone")
    assert form.editing_id == existing, "the existing record is opened instead"
    assert form.banner.kind() is BannerKind.INFO and "Dewi Lestari" in form.banner.text()
    assert participant_count(supervisor) == 1


def test_the_real_open_existing_question(qtbot: QtBot, supervisor: ServiceContext,
                                         changes: DataChanges) -> None:
    existing = registration.register_participant(
        supervisor, make_draft(full_name="Dewi Lestari"))
    form = RegistrationForm(supervisor, changes)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    answer = answer_next_message_box(qtbot, prompt_text("Open their record"))
    FormDriver(qtbot, form).type_into("nik", PERSON["nik"])
    qtbot.waitUntil(lambda: form.editing_id == existing)
    assert "Dewi Lestari" in answer.seen[0]
