"""A full disk or a database held by another program while saving a registration: the
form says so in words, keeps what was typed, and saves once the problem is gone."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import find_by_nik
from enrollment_app.storage.errors import DiskFullError
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.widgets.banner import BannerKind
from tests.applicants import register
from tests.resilience.crash_harness import holding, scalar
from tests.ui.form_driver import PERSON, FormDriver


def no_room_to_grow(supervisor: ServiceContext) -> Any:
    """No connection may grow the file, and its free pages are used up by earlier
    registrations: SQLite answers "database or disk is full" as on a full disk."""
    pages = scalar(supervisor.db.path, "PRAGMA page_count")

    def cap(connection: Any, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(supervisor.db.engine, "connect", cap)
    with pytest.raises(DiskFullError):
        for serial in range(2, 1000):  # 1 is PERSON
            register(supervisor, serial)
    return cap


def test_a_full_disk_is_shown_in_words_and_the_typing_is_kept(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    cap = no_room_to_grow(supervisor)
    driver.fill_person()
    driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.ERROR, form.banner.text()
    assert "The disk is full" in form.banner.text()
    assert "Traceback" not in form.banner.text()
    assert driver.widget("nik").text() == PERSON["nik"], "what was typed stays"
    assert find_by_nik(supervisor, PERSON["nik"]) is None
    event.remove(supervisor.db.engine, "connect", cap)  # space freed
    driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS
    assert find_by_nik(supervisor, PERSON["nik"]) is not None


def test_a_database_held_by_another_program_is_shown_in_words(
        driver: FormDriver, form: RegistrationForm, supervisor: ServiceContext) -> None:
    driver.fill_person()
    with holding(supervisor.db.data_dir):
        driver.press_enter("phone")
        assert form.banner.kind() is BannerKind.ERROR
        assert "in use by another program" in form.banner.text()
        assert driver.widget("nik").text() == PERSON["nik"]
    assert find_by_nik(supervisor, PERSON["nik"]) is None
    driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS
    assert find_by_nik(supervisor, PERSON["nik"]) is not None
