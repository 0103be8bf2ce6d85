"""program catalog: each program's selection-interview questions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:20:00.000000

Programs carry their interview question set (a JSON list) so the central office can send
a changed set with the catalog. Existing programs get an empty list; the shipped catalog
(services.programs.seed_catalog) fills it for the programs it seeds.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interview_questions', sa.JSON(),
                                      server_default=sa.text("'[]'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.drop_column('interview_questions')
