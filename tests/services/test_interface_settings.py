"""Interface settings: the laptop's language and, per account, the first-hour guide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enrollment_app.services import interface_settings, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ServiceError, ValidationError
from enrollment_app.storage import device_preferences
from tests.staff import add_staff


@pytest.mark.parametrize("role", ["field_officer", "trainer", "central"])
def test_anyone_signed_in_chooses_the_language_of_the_laptop(
        supervisor: ServiceContext, role: str) -> None:
    staff = add_staff(supervisor, "staf", role)
    assert interface_settings.saved_language(supervisor.db) is None
    interface_settings.set_language(staff, "en")
    assert interface_settings.saved_language(supervisor.db) == "en"
    # Read the way the start-up reads it, before the database is opened.
    assert device_preferences.saved_language(supervisor.db.data_dir) == "en"


@pytest.mark.parametrize("language", ["fr", "", "EN", "english"])
def test_only_the_offered_languages_are_saved(supervisor: ServiceContext,
                                              language: str) -> None:
    with pytest.raises(ValidationError) as refused:
        interface_settings.set_language(supervisor, language)
    assert [p.code for p in refused.value.problems] == ["language.unknown"]
    assert interface_settings.saved_language(supervisor.db) is None


def test_a_disabled_account_changes_nothing(supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    user_admin.disable_user(supervisor, "petugas")
    with pytest.raises(PermissionDeniedError):
        interface_settings.set_language(officer, "en")
    with pytest.raises(PermissionDeniedError):
        interface_settings.set_guide_wanted(officer, False)


def test_the_guide_is_hidden_per_account(supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    assert interface_settings.guide_wanted(supervisor)
    assert interface_settings.guide_wanted(officer)
    interface_settings.set_guide_wanted(officer, False)
    assert not interface_settings.guide_wanted(officer)
    assert interface_settings.guide_wanted(supervisor)
    interface_settings.set_language(supervisor, "en")  # other settings keep it hidden
    assert not interface_settings.guide_wanted(officer)
    interface_settings.set_guide_wanted(officer, True)
    assert interface_settings.guide_wanted(officer)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"language": 5}',
                                     '{"language": "xx", "guide_hidden_for": "abc"}'])
def test_a_damaged_preferences_file_means_the_defaults(supervisor: ServiceContext,
                                                       content: str) -> None:
    device_preferences.preferences_path(supervisor.db.data_dir).write_text(content)
    assert interface_settings.saved_language(supervisor.db) is None
    assert interface_settings.guide_wanted(supervisor)
    interface_settings.set_language(supervisor, "en")  # and saving repairs it
    assert interface_settings.saved_language(supervisor.db) == "en"


def test_a_file_that_cannot_be_written_is_reported_and_the_old_one_kept(
        supervisor: ServiceContext) -> None:
    interface_settings.set_language(supervisor, "en")
    folder: Path = supervisor.db.data_dir
    before = set(folder.iterdir())
    path = device_preferences.preferences_path(folder)
    path.unlink()
    path.mkdir()  # a folder where the file should go: the rename fails
    try:
        with pytest.raises(ServiceError, match="Cannot write"):
            interface_settings.set_language(supervisor, "id")
        assert set(folder.iterdir()) == before, "no temporary file is left behind"
    finally:
        path.rmdir()


def test_the_file_is_plain_json(supervisor: ServiceContext) -> None:
    interface_settings.set_language(supervisor, "en")
    interface_settings.set_guide_wanted(supervisor, False)
    saved = json.loads(device_preferences.preferences_path(supervisor.db.data_dir).read_text())
    assert saved == {"language": "en", "guide_hidden_for": [supervisor.actor.user_id]}
