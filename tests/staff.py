"""Staff accounts for tests: added by the supervisor, signed in like anyone else."""

from __future__ import annotations

from enrollment_app.services import accounts, user_admin
from enrollment_app.services.context import ServiceContext

STAFF_PASSWORD = "kerja-lapangan-7"


def add_staff(supervisor: ServiceContext, username: str, role: str,
              full_name: str = "") -> ServiceContext:
    """Create an account with ``role`` and return its signed-in context."""
    user_admin.add_user(supervisor, username=username, password=STAFF_PASSWORD, role=role,
                        full_name=full_name or username.title())
    return accounts.sign_in(supervisor.db, supervisor.device_id, username, STAFF_PASSWORD)
