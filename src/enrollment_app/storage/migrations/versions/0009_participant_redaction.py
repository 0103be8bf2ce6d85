"""participants.redacted_at: retention of personal data

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 14:20:00.000000

Issue 11: when retention removes a person's personal fields from the laptop (their
programs ended and a central-office receipt confirms their records), ``redacted_at``
says when. NULL for every existing row. Added in place (ALTER TABLE ADD COLUMN): the
table and its FTS triggers are not rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import enrollment_app.storage.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('participants', sa.Column(
        'redacted_at', enrollment_app.storage.base.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_column('redacted_at')
