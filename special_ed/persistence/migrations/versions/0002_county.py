"""the county's reference data: 学校标识码, villages added or merged, the townships a team covers

Revision ID: 0002_county
Revises: 0005_year (the lead re-chains the helpers' revisions at merge)
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_county'
down_revision = '0005_year'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.add_column(sa.Column('identifier', sa.String(length=10), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_schools_identifier'), ['identifier'])
    with op.batch_alter_table('villages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('official', sa.Boolean(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_villages_merged_into_id_villages'), 'villages',
                                    ['merged_into_id'], ['id'])
    op.create_table(
        'team_townships',
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('township_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_townships_team_id_teams')),
        sa.ForeignKeyConstraint(['township_id'], ['townships.id'],
                                name=op.f('fk_team_townships_township_id_townships')),
        sa.PrimaryKeyConstraint('team_id', 'township_id', name=op.f('pk_team_townships')),
    )
    with op.batch_alter_table('team_townships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_townships_township_id'), ['township_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('team_townships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_townships_township_id'))
    op.drop_table('team_townships')
    with op.batch_alter_table('villages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_villages_merged_into_id_villages'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('official')
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_schools_identifier'), type_='unique')
        batch_op.drop_column('identifier')
