"""Who is acting, on which device, against which database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.storage.database import Database
from enrollment_app.storage.session_hooks import AppSession


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    full_name: str
    role: str


@dataclass(frozen=True)
class ServiceContext:
    """Passed to every service call; writes are stamped with ``actor`` and ``device_id``."""

    db: Database
    device_id: str
    actor: Actor

    @contextmanager
    def write(self) -> Iterator[AppSession]:
        """One transaction for one user action."""
        with self.db.session(self.actor.user_id, self.device_id) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[AppSession]:
        with self.db.session() as session:
            yield session

    def require_role(self, *roles: str) -> None:
        if self.actor.role not in roles:
            raise PermissionDeniedError()
