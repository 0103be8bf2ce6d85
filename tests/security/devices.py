"""Encrypted test laptops for the security tests, and what to look for in their files.

Test fixtures make plain databases through the services; ``seal`` then signs in through
``DeviceAccess`` the way the product does, which encrypts the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import load_draft
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.models import Participant
from tests.applicants import register
from tests.conftest import PASSWORD, SUPERVISOR

OFFICER = "petugas1"
OFFICER_PASSWORD = "petugas-sandi-1"


@dataclass(frozen=True)
class Person:
    """What identifies a registered person, as the bytes a file must not hold."""

    nik: str
    kk: str
    full_name: str

    def secrets(self) -> dict[str, bytes]:
        """Each identifying value in the spellings a file could hold it in: UTF-8 (SQLite's
        text), and the name lower-cased (the search key) and in UTF-16LE too."""
        name = self.full_name.lower()
        return {"NIK": self.nik.encode(), "KK": self.kk.encode(),
                "name": name.encode("utf-8"), "name (UTF-16LE)": name.encode("utf-16-le")}


def register_known(ctx: ServiceContext, serial: int, name: str) -> Person:
    """Register a person through the registration service; what identifies them."""
    draft = load_draft(ctx, register(ctx, serial, name=name))
    return Person(draft.nik, draft.kk, draft.full_name)


def found_in(data: bytes, people: list[Person]) -> list[str]:
    """Which of the people's identifying values ``data`` holds (case-insensitively)."""
    lowered = data.lower()
    return [f"{label} of {person.full_name}" for person in people
            for label, secret in person.secrets().items() if secret.lower() in lowered]


def sign_in(data_dir: Path, username: str = SUPERVISOR, password: str = PASSWORD, *,
            now: datetime | None = None) -> ServiceContext:
    """Sign in through a fresh DeviceAccess, as the app does after a restart (the first
    sign-in on a plain database encrypts it)."""
    return DeviceAccess.open(data_dir).sign_in(username, password, now=now)


def people_in(ctx: ServiceContext) -> list[Person]:
    with ctx.read() as session:
        rows = session.execute(select(Participant.nik, Participant.kk, Participant.full_name)
                               .where(Participant.deleted_at.is_(None))
                               .order_by(Participant.nik))
        return [Person(*row) for row in rows]


def snapshot(folder: Path, *, skip: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    """Every file under ``folder`` (but ``skip``): its SHA-256 and modification time."""
    return {str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(),
                                            path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.name not in skip}
