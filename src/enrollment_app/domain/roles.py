"""The four roles an account can have (their permissions: services/permissions.py)."""

from __future__ import annotations

FIELD_OFFICER = "field_officer"
TRAINER = "trainer"
SUPERVISOR = "supervisor"
CENTRAL = "central"
ROLE_CODES = (FIELD_OFFICER, TRAINER, SUPERVISOR, CENTRAL)
