"""the county's year: visit kind (家长课堂)

Revision ID: 0005_year
Revises: 0001_initial
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_year'
down_revision = '0003_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every visit recorded before this version was a home visit
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='home_visit', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('kind')
