"""Setting up a new device from the central office's provisioning file.

The device takes the id, name and team the central office assigned, trusts the central
keys in the file, makes its own secret, and receives the program catalog and the team's
accounts (with the passwords the central office set). The person setting up signs in as
one of the file's supervisors, or creates a new supervisor account (which then travels
to the central office with the first bundle, without its password hash).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.accounts import (
    actor_of,
    new_user,
    normalize_username,
    password_matches,
)
from enrollment_app.services.context import Actor, ServiceContext
from enrollment_app.services.device_setup import load_device
from enrollment_app.services.errors import (
    AlreadyInitializedError,
    AuthenticationError,
    ServiceError,
)
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Device
from enrollment_app.storage.session_hooks import AppSession
from enrollment_app.sync.bundle_types import BundleRecord
from enrollment_app.sync.keys import new_device_secret
from enrollment_app.sync.provisioning import Provisioning
from enrollment_app.sync.record_codec import decode_values, synced_table

SUPERVISOR = "supervisor"


class NotASupervisorError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "'{username}' is not an active supervisor in the provisioning file; "
        "sign in as one of its supervisors ({supervisors}) or choose a new user name.")


@dataclass(frozen=True)
class ProvisioningOutline:
    """What a provisioning file will set up, for the wizard to show before importing."""

    device_name: str
    team: str
    device_id: str
    central_key_id: str
    users: tuple[tuple[str, str], ...]  # (username, role)
    programs: int
    supervisors: tuple[str, ...]


def outline(provisioning: Provisioning) -> ProvisioningOutline:
    return ProvisioningOutline(
        provisioning.device_name, provisioning.team, provisioning.device_id,
        provisioning.central.signing_key_id,
        tuple((u.values["username"], u.values["role"]) for u in provisioning.users),
        sum(1 for r in provisioning.catalog if r.table == "programs"),
        tuple(provisioning.supervisors()))


def is_provisioned_user(provisioning: Provisioning, username: str) -> bool:
    name = normalize_username(username)
    return any(u.values["username"] == name for u in provisioning.users)


def set_up_from_provisioning(db: Database, provisioning: Provisioning, *, username: str,
                             password: str, full_name: str = "") -> ServiceContext:
    """Create this device from ``provisioning`` in one transaction; return the signed-in
    supervisor's context.

    ``username`` names one of the file's supervisors (``password`` must be theirs) or a
    new supervisor account made with ``password`` (checked like any new password).
    Raises AlreadyInitializedError, AuthenticationError, NotASupervisorError or
    ValidationError; nothing is written then.
    """
    if load_device(db) is not None:
        raise AlreadyInitializedError()
    name = normalize_username(username)
    given = {u.values["username"]: u for u in provisioning.users}
    new_supervisor = None
    if name in given:
        values = given[name].values
        if name not in provisioning.supervisors():
            raise NotASupervisorError(username=name,
                                      supervisors=", ".join(provisioning.supervisors()) or "-")
        if not password_matches(str(values["password_hash"]), password):
            raise AuthenticationError()
        actor = Actor(values["id"], name, values.get("full_name") or "", SUPERVISOR)
    else:
        new_supervisor = new_user(username, password, SUPERVISOR, full_name)
        new_supervisor.id = new_uuid()
        actor = actor_of(new_supervisor)
    device_id = provisioning.device_id
    with db.session(actor.user_id, device_id) as session:
        session.add(Device(
            id=device_id, name=provisioning.device_name, team=provisioning.team,
            created_at=utc_now(), is_central=False, signing_key=new_device_secret(),
            central_public_key=provisioning.central.encryption_key,
            central_signing_key=provisioning.central.signing_key,
            settings={"provisioned": {"created_at": provisioning.created_at,
                                      "central_key_id": provisioning.central.signing_key_id}}))
        session.flush()
        for record in (*provisioning.catalog, *provisioning.users):
            insert_received(session, record)
        if new_supervisor is not None:
            session.add(new_supervisor)
    return ServiceContext(db, device_id, actor)


def insert_received(session: AppSession, record: BundleRecord) -> None:
    """Insert a row as the central office made it (its id, origin, version and times);
    change sequence 0, so it is not sent back until someone changes it here."""
    table: Table | None = synced_table(record.table)
    if table is None:
        raise ValueError(f"not a synced table: {record.table}")
    values = decode_values(record.table, record.values)
    values["change_seq"] = 0
    session.execute(table.insert().values(**values))
