"""Who may do what: the one table every service checks and the UI reads.

Services call ``require(ctx, Permission.X)`` before they touch data, so a role's limits
hold whether the call comes from a screen, the command line or a script. The UI asks
``allowed(role, Permission.X)`` only to leave out screens and actions that would be
refused anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from sqlalchemy import select

from enrollment_app.domain.roles import CENTRAL, FIELD_OFFICER, ROLE_CODES, SUPERVISOR, TRAINER
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.storage.models import User

__all__ = ["CENTRAL", "FIELD_OFFICER", "ROLE_CODES", "SUPERVISOR", "TRAINER"]


class Permission(StrEnum):
    REGISTER = "register_participants"  # register people and correct their records
    VIEW_PARTICIPANTS = "view_participants"  # search and open the participant list
    INTERVIEW = "interview"  # record selection interviews and their results
    MARK_ATTENDANCE = "mark_attendance"  # trainers: their own classes only
    MARK_ANY_ATTENDANCE = "mark_any_attendance"  # every class on the device
    MANAGE_USERS = "manage_users"  # add, disable, enable, reset passwords
    CHANGE_SETTINGS = "change_settings"  # device settings such as the idle lock time
    EXPORT_BUNDLES = "export_bundles"  # write sync bundles for the central office
    VIEW_AUDIT = "view_audit"  # read the audit trail
    RECORD_CORRECTION = "record_correction"  # record a person's correction request
    EXPORT_SUBJECT_DATA = "export_subject_data"  # everything held about one person
    CENTRAL_IMPORT = "central_import"  # merge bundles at the central office
    INTERFACE_SETTINGS = "interface_settings"  # interface language, in-app guide
    EDIT_CATALOG = "edit_catalog"  # programs: details, skills, quotas per kecamatan
    VIEW_DASHBOARD = "view_dashboard"  # program quota progress and pipeline counts
    DECIDE_APPLICATIONS = "decide_applications"  # accept, waitlist, reject applications
    OVERRIDE_ELIGIBILITY = "override_eligibility"  # admit an ineligible person, with reason
    MANAGE_CLASSES = "manage_classes"  # classes, sessions, assigning and moving people
    REMOVE_PERSONAL_DATA = "remove_personal_data"  # retention: blank confirmed records


_TABLE: dict[Permission, frozenset[str]] = {
    Permission.REGISTER: frozenset({FIELD_OFFICER, SUPERVISOR}),
    Permission.VIEW_PARTICIPANTS: frozenset({FIELD_OFFICER, SUPERVISOR}),
    Permission.INTERVIEW: frozenset({FIELD_OFFICER, SUPERVISOR}),
    Permission.MARK_ATTENDANCE: frozenset({TRAINER, SUPERVISOR}),
    Permission.MARK_ANY_ATTENDANCE: frozenset({SUPERVISOR}),
    Permission.MANAGE_USERS: frozenset({SUPERVISOR}),
    Permission.CHANGE_SETTINGS: frozenset({SUPERVISOR}),
    Permission.EXPORT_BUNDLES: frozenset({SUPERVISOR}),
    Permission.VIEW_AUDIT: frozenset({SUPERVISOR}),
    Permission.RECORD_CORRECTION: frozenset({FIELD_OFFICER, SUPERVISOR}),
    Permission.EXPORT_SUBJECT_DATA: frozenset({SUPERVISOR}),
    Permission.CENTRAL_IMPORT: frozenset({CENTRAL}),
    Permission.INTERFACE_SETTINGS: frozenset(ROLE_CODES),
    Permission.EDIT_CATALOG: frozenset({SUPERVISOR, CENTRAL}),
    Permission.VIEW_DASHBOARD: frozenset({FIELD_OFFICER, SUPERVISOR, CENTRAL}),
    Permission.DECIDE_APPLICATIONS: frozenset({SUPERVISOR}),
    Permission.OVERRIDE_ELIGIBILITY: frozenset({SUPERVISOR}),
    Permission.MANAGE_CLASSES: frozenset({SUPERVISOR}),
    Permission.REMOVE_PERSONAL_DATA: frozenset({SUPERVISOR}),
}
ROLES_FOR: Mapping[Permission, frozenset[str]] = MappingProxyType(_TABLE)


def allowed(role: str, permission: Permission) -> bool:
    """True when ``role`` may use ``permission`` (unknown roles may do nothing)."""
    return role in ROLES_FOR[permission]


def permissions_of(role: str) -> frozenset[Permission]:
    return frozenset(p for p, roles in ROLES_FOR.items() if role in roles)


def require(ctx: ServiceContext, permission: Permission) -> None:
    """Raise PermissionDeniedError unless the signed-in user's role has ``permission``
    and the account is still active (a window left open after a supervisor disabled the
    account can do nothing more)."""
    if not allowed(ctx.actor.role, permission):
        raise PermissionDeniedError()
    with ctx.read() as session:
        active = session.scalar(select(User.active).where(
            User.id == ctx.actor.user_id, User.deleted_at.is_(None)))
    if not active:
        raise PermissionDeniedError()


def require_class_trainer(ctx: ServiceContext, class_trainer_id: str | None) -> None:
    """Attendance: a trainer only for a class they teach, a supervisor for any class."""
    if allowed(ctx.actor.role, Permission.MARK_ANY_ATTENDANCE):
        return
    require(ctx, Permission.MARK_ATTENDANCE)
    if class_trainer_id != ctx.actor.user_id:
        raise PermissionDeniedError()
