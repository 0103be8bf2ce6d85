"""Roles are enforced in the services: calling a service directly does not get around them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrollment_app.domain.choices import ROLES
from enrollment_app.services import registration, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.services.permissions import (
    ROLE_CODES,
    ROLES_FOR,
    Permission,
    allowed,
    permissions_of,
    require,
    require_class_trainer,
)
from enrollment_app.storage.models import Participant
from tests.conftest import make_draft
from tests.staff import add_staff

# The permission table as the issue states it: one row per permission.
EXPECTED = {
    Permission.REGISTER: {"field_officer", "supervisor"},
    Permission.VIEW_PARTICIPANTS: {"field_officer", "supervisor"},
    Permission.INTERVIEW: {"field_officer", "supervisor"},
    Permission.MARK_ATTENDANCE: {"trainer", "supervisor"},
    Permission.MARK_ANY_ATTENDANCE: {"supervisor"},
    Permission.MANAGE_USERS: {"supervisor"},
    Permission.CHANGE_SETTINGS: {"supervisor"},
    Permission.EXPORT_BUNDLES: {"supervisor"},
    Permission.VIEW_AUDIT: {"supervisor"},
    Permission.RECORD_CORRECTION: {"field_officer", "supervisor"},
    Permission.EXPORT_SUBJECT_DATA: {"supervisor"},
    Permission.CENTRAL_IMPORT: {"central"},
    Permission.INTERFACE_SETTINGS: {"field_officer", "trainer", "supervisor", "central"},
    Permission.EDIT_CATALOG: {"supervisor", "central"},
    Permission.VIEW_DASHBOARD: {"field_officer", "supervisor", "central"},
    Permission.DECIDE_APPLICATIONS: {"supervisor"},
    Permission.OVERRIDE_ELIGIBILITY: {"supervisor"},
    Permission.MANAGE_CLASSES: {"supervisor"},
    Permission.REMOVE_PERSONAL_DATA: {"supervisor"},
}


def test_the_table_covers_every_permission_exactly_as_specified() -> None:
    assert {p: set(r) for p, r in ROLES_FOR.items()} == EXPECTED


def test_role_codes_are_the_roles_the_database_and_the_ui_know() -> None:
    assert set(ROLE_CODES) == set(ROLES)


@pytest.mark.parametrize("role", ["field_officer", "trainer", "central", "", "admin"])
def test_export_bundles_is_supervisor_only(role: str) -> None:
    assert not allowed(role, Permission.EXPORT_BUNDLES)
    assert allowed("supervisor", Permission.EXPORT_BUNDLES)


def test_unknown_roles_may_do_nothing() -> None:
    assert permissions_of("admin") == frozenset()
    assert permissions_of("") == frozenset()


def test_require_refuses_a_trainer_exporting_bundles(supervisor: ServiceContext) -> None:
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        require(trainer, Permission.EXPORT_BUNDLES)
    require(supervisor, Permission.EXPORT_BUNDLES)


def test_a_trainer_cannot_register_even_calling_the_service(supervisor: ServiceContext) -> None:
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        registration.register_participant(trainer, make_draft())
    with pytest.raises(PermissionDeniedError):
        generate_demo_participants(trainer, 3)
    with supervisor.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_a_trainer_cannot_read_or_correct_records(supervisor: ServiceContext) -> None:
    participant_id = registration.register_participant(supervisor, make_draft())
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        registration.load_draft(trainer, participant_id)
    with pytest.raises(PermissionDeniedError):
        registration.find_by_nik(trainer, make_draft().nik)
    with pytest.raises(PermissionDeniedError):
        registration.update_participant(trainer, participant_id, make_draft(full_name="X Y"))


def test_a_field_officer_registers_but_cannot_manage_users(supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    assert registration.register_participant(officer, make_draft())
    with pytest.raises(PermissionDeniedError):
        user_admin.add_user(officer, username="teman", password="rahasia-123",
                            role="supervisor")
    with pytest.raises(PermissionDeniedError):
        user_admin.list_users(officer)


@pytest.mark.parametrize("role", ["field_officer", "trainer", "central"])
def test_only_supervisors_manage_users(supervisor: ServiceContext, role: str) -> None:
    other = add_staff(supervisor, "orang", role)
    for call in (lambda: user_admin.list_users(other),
                 lambda: user_admin.disable_user(other, "koordinator"),
                 lambda: user_admin.reset_password(other, "koordinator", "baru-sekali-9")):
        with pytest.raises(PermissionDeniedError):
            call()


def test_trainers_mark_attendance_only_for_their_own_classes(
        supervisor: ServiceContext) -> None:
    trainer = add_staff(supervisor, "pelatih", "trainer")
    require_class_trainer(trainer, trainer.actor.user_id)
    with pytest.raises(PermissionDeniedError):
        require_class_trainer(trainer, "someone-else")
    require_class_trainer(supervisor, "someone-else")
    officer = add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(PermissionDeniedError):
        require_class_trainer(officer, officer.actor.user_id)


@pytest.mark.parametrize("role", ["trainer", "field_officer"])
def test_no_bundle_export_without_the_role_even_calling_the_service(
        supervisor: ServiceContext, tmp_path: Path, role: str) -> None:
    from enrollment_app.services import export

    other = add_staff(supervisor, "orang", role)
    usb = tmp_path / "usb"
    with pytest.raises(PermissionDeniedError):
        export.export_bundle(other, usb)
    with pytest.raises(PermissionDeniedError):
        export.list_exports(other)
    assert not usb.exists()
