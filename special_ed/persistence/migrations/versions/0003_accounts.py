"""accounts, the audit chain (hash per row, the tip) and, on PostgreSQL, an append-only audit table

Revision ID: 0003_accounts
Revises: 0001_initial
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_accounts'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

# PostgreSQL refuses every UPDATE, DELETE and TRUNCATE of audit rows, whoever asks through the
# application's role; only a superuser dropping the trigger can change history, and the chain
# (audit --verify) shows it afterwards.
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION special_ed_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""
_PG_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION special_ed_audit_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION special_ed_audit_append_only()",
)


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('township_id', sa.Integer(), nullable=True),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_accounts_school_id_schools')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_accounts_team_id_teams')),
    sa.ForeignKeyConstraint(['township_id'], ['townships.id'], name=op.f('fk_accounts_township_id_townships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('login', name=op.f('uq_accounts_login'))
    )
    op.create_table('audit_tip',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_tip'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('child_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_log_child_id'), ['child_id'], unique=False)
        batch_op.create_index('ix_audit_at', ['at'], unique=False)

    _chain_existing_rows()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for statement in _PG_TRIGGERS:
            op.execute(statement)


def _chain_existing_rows() -> None:
    """Rows written before this revision join the chain in id order, so --verify covers them too."""
    from special_ed.persistence.audit import GENESIS, chain_hash

    bind = op.get_bind()
    log = sa.table('audit_log', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()),
                   sa.column('user', sa.String()), sa.column('table_name', sa.String()),
                   sa.column('record_id', sa.String()), sa.column('action', sa.String()),
                   sa.column('changes', sa.JSON()), sa.column('child_id', sa.Integer()),
                   sa.column('hash', sa.String()))
    previous, count, last_id = GENESIS, 0, 0
    while True:
        rows = bind.execute(sa.select(log).where(log.c.id > last_id).order_by(log.c.id).limit(5000)).all()
        if not rows:
            break
        updates = []
        for r in rows:
            previous = chain_hash(previous, {"at": r.at, "user": r.user, "table_name": r.table_name,
                                             "record_id": r.record_id, "action": r.action,
                                             "changes": r.changes, "child_id": r.child_id})
            updates.append({"rid": r.id, "h": previous})
            last_id = r.id
            count += 1
        bind.execute(log.update().where(log.c.id == sa.bindparam("rid")).values(hash=sa.bindparam("h")), updates)
    tip = sa.table('audit_tip', sa.column('id', sa.Integer()), sa.column('count', sa.Integer()),
                   sa.column('last_id', sa.Integer()), sa.column('hash', sa.String()))
    bind.execute(tip.insert().values(id=1, count=count, last_id=last_id, hash=previous))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS special_ed_audit_append_only()")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_at')
        batch_op.drop_index(batch_op.f('ix_audit_log_child_id'))
        batch_op.drop_column('hash')
        batch_op.drop_column('child_id')
    op.drop_table('audit_tip')
    op.drop_table('accounts')
