"""participant list indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00.000000

Indexes for the participant list's sorts and filters on live rows: sorting by "updated"
walked no index (a sort of every row), and the kecamatan and name indexes become partial
(``deleted_at IS NULL``) so counting and LIKE tests need no table row. Index changes only:
batch mode adds and drops them in place, the table (and its FTS triggers) is not rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_name_key')
        batch_op.drop_index('ix_participants_kecamatan_name')
        batch_op.create_index('ix_participants_name_key', ['name_key'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_participants_kecamatan_name', ['kecamatan_code', 'name_key'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_participants_updated_live', ['updated_at'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_updated_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_participants_kecamatan_name', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_participants_name_key', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_participants_kecamatan_name', ['kecamatan_code', 'name_key'], unique=False)
        batch_op.create_index('ix_participants_name_key', ['name_key'], unique=False)
