"""facilitations: what was done for a person, a business unit or a group

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 14:05:00.000000

Issue 10: a new synced table of facilitation records (training completed, certification,
HAKI, exhibitions and promotions, capital aid, equipment, ...) that program targets are
counted from (services.targets), and the numbers of the permits and certificates a
business unit holds (``business_units.permit_numbers``, an empty object for existing
units).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import enrollment_app.storage.base

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('facilitations',
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('business_unit_id', sa.String(length=36), nullable=True),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('program_id', sa.String(length=36), nullable=True),
    sa.Column('target_key', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kecamatan_code', sa.String(length=20), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('aid_handover_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', enrollment_app.storage.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint(
        '(CASE WHEN participant_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN business_unit_id '
        'IS NULL THEN 0 ELSE 1 END) + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END) = 1',
        name=op.f('ck_facilitations_one_subject')),
    sa.ForeignKeyConstraint(['aid_handover_id'], ['aid_handovers.id'], name=op.f('fk_facilitations_aid_handover_id_aid_handovers')),
    sa.ForeignKeyConstraint(['business_unit_id'], ['business_units.id'], name=op.f('fk_facilitations_business_unit_id_business_units')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_facilitations_group_id_groups')),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_facilitations_participant_id_participants')),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_facilitations_program_id_programs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilitations'))
    )
    with op.batch_alter_table('facilitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facilitations_business_unit_id'), ['business_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilitations_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilitations_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilitations_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index('ix_facilitations_program_target', ['program_id', 'target_key', 'deleted_at'], unique=False)

    with op.batch_alter_table('business_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('permit_numbers', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('business_units', schema=None) as batch_op:
        batch_op.drop_column('permit_numbers')

    with op.batch_alter_table('facilitations', schema=None) as batch_op:
        batch_op.drop_index('ix_facilitations_program_target')
        batch_op.drop_index(batch_op.f('ix_facilitations_participant_id'))
        batch_op.drop_index(batch_op.f('ix_facilitations_group_id'))
        batch_op.drop_index(batch_op.f('ix_facilitations_change_seq'))
        batch_op.drop_index(batch_op.f('ix_facilitations_business_unit_id'))

    op.drop_table('facilitations')
