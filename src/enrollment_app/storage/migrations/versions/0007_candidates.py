"""candidates: people on a program's registry list, to be visited and registered

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:00:00.000000

A new synced table only (issue 12, item 3): the central office loads registry lists
(DTSEN/DTKS extracts) and sends each device the candidates of its kecamatan in an update
bundle; field staff open a candidate pre-filled in the registration form.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import enrollment_app.storage.base

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('candidates',
    sa.Column('program_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('kk', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_place', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('rt', sa.String(length=3), nullable=False),
    sa.Column('rw', sa.String(length=3), nullable=False),
    sa.Column('kecamatan_code', sa.String(length=20), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('registry_status', sa.String(length=20), nullable=False),
    sa.Column('desil', sa.Integer(), nullable=True),
    sa.Column('assistance', sa.String(length=50), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('visited_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', enrollment_app.storage.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', enrollment_app.storage.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('to_visit','registered','not_found','refused')", name=op.f('ck_candidates_status_known')),
    sa.CheckConstraint('desil IS NULL OR desil BETWEEN 1 AND 10', name=op.f('ck_candidates_desil_range')),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_candidates_participant_id_participants')),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_candidates_program_id_programs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidates'))
    )
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index('ix_candidates_area_status', ['kecamatan_code', 'kelurahan_code', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidates_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_candidates_nik', ['nik'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index('ix_candidates_nik')
        batch_op.drop_index(batch_op.f('ix_candidates_change_seq'))
        batch_op.drop_index('ix_candidates_area_status')

    op.drop_table('candidates')
