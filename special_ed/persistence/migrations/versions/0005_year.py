"""the county's year: visit kind (家长课堂), structured assessment instruments and administrations, goal targets

Revision ID: 0005_year
Revises: 0001_initial
Create Date: 2026-12-01
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0005_year'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def _audited() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=True),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=True),
        sa.Column('updated_by', sa.String(length=64), nullable=True),
    ]


def _archivable() -> list[sa.Column[Any]]:
    return [
        *_audited(),
        sa.Column('archived_at', sa.DateTime(), nullable=True),
        sa.Column('archived_by', sa.String(length=64), nullable=True),
        sa.Column('archived_reason', sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    # every visit recorded before this version was a home visit
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='home_visit', nullable=False))
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('targets', sa.JSON(), server_default='[]', nullable=False))
    op.create_table('instruments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    *_audited(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instruments')),
    sa.UniqueConstraint('key', name=op.f('uq_instruments_key'))
    )
    op.create_table('structured_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('instrument_key', sa.String(length=40), nullable=False),
    sa.Column('administered_on', sa.Date(), nullable=False),
    sa.Column('assessor', sa.String(length=100), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    *_archivable(),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_structured_assessments_child_id_children')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_structured_assessments'))
    )
    with op.batch_alter_table('structured_assessments', schema=None) as batch_op:
        batch_op.create_index('ix_structured_child', ['child_id', 'instrument_key', 'administered_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('structured_assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_structured_child')
    op.drop_table('structured_assessments')
    op.drop_table('instruments')
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.drop_column('targets')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('kind')
