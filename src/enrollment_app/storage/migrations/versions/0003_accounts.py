"""accounts: users must change a reset password; data-subject requests (UU PDP)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import enrollment_app.storage.base

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False))

    op.create_table('data_subject_requests',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('request_text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('handled_by', sa.String(length=36), nullable=True),
    sa.Column('handled_at', enrollment_app.storage.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', enrollment_app.storage.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('access','correction')", name=op.f('ck_data_subject_requests_kind_known')),
    sa.CheckConstraint("status IN ('pending','done','refused')", name=op.f('ck_data_subject_requests_status_known')),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_data_subject_requests_participant_id_participants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_subject_requests'))
    )
    with op.batch_alter_table('data_subject_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_subject_requests_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_subject_requests_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('data_subject_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_subject_requests_participant_id'))
        batch_op.drop_index(batch_op.f('ix_data_subject_requests_change_seq'))

    op.drop_table('data_subject_requests')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('must_change_password')
