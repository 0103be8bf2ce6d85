"""sync bundles: central signing key, exported bundle details, applied central updates

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 14:00:00.000000

The device keeps the central office's Ed25519 key beside its X25519 key (updates are
verified with it), remembers more of each exported bundle (its id, chain link, payload
hash, date range, audit position and per-kecamatan counts, so it can be re-created), and
logs every central-office update it applied. Columns are added in place (nullable, so
existing rows need no values); no table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import enrollment_app.storage.base

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('central_signing_key', sa.LargeBinary(), nullable=True))
    with op.batch_alter_table('exported_bundles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bundle_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('previous_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('payload_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('since_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('until_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('audit_seq_to', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('per_kecamatan', sa.JSON(), nullable=True))
    op.create_table('applied_updates',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('applied_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('applied_by', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_applied_updates'))
    )


def downgrade() -> None:
    op.drop_table('applied_updates')
    with op.batch_alter_table('exported_bundles', schema=None) as batch_op:
        for column in ('per_kecamatan', 'audit_seq_to', 'until_date', 'since_date',
                       'payload_sha256', 'previous_sha256', 'bundle_id'):
            batch_op.drop_column(column)
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('central_signing_key')
