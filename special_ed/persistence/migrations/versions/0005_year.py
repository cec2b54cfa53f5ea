"""the county's year: visit kind (家长课堂), structured assessment instruments and administrations, goal targets

Revision ID: 0005_year
Revises: 0001_initial
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_year"
down_revision = "0003_accounts"
branch_labels = None
depends_on = None


def _audited() -> list[sa.Column[Any]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
    ]


def _archivable() -> list[sa.Column[Any]]:
    return [
        *_audited(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    # every visit recorded before this version was a home visit
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), server_default="home_visit", nullable=False)
        )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("targets", sa.JSON(), server_default="[]", nullable=False))
    op.create_table(
        "instruments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        *_audited(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instruments")),
        sa.UniqueConstraint("key", name=op.f("uq_instruments_key")),
    )
    op.create_table(
        "structured_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("instrument_key", sa.String(length=40), nullable=False),
        sa.Column("administered_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=100), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_archivable(),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_structured_assessments_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structured_assessments")),
    )
    with op.batch_alter_table("structured_assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_structured_child", ["child_id", "instrument_key", "administered_on"], unique=False
        )

    op.create_table(
        "committee_sittings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_archivable(),
        sa.ForeignKeyConstraint(
            ["township_id"], ["townships.id"], name=op.f("fk_committee_sittings_township_id_townships")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_sittings")),
    )
    with op.batch_alter_table("committee_sittings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_sittings_held_on"), ["held_on"], unique=False)
    with op.batch_alter_table("committee_assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sitting_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("outcome_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_committee_assessments_sitting_id"), ["sitting_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_committee_assessments_sitting_id_committee_sittings"),
            "committee_sittings",
            ["sitting_id"],
            ["id"],
        )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("from_placement", sa.String(length=16), nullable=True),
        sa.Column("to_placement", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("sitting_id", sa.Integer(), nullable=True),
        *_audited(),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_referrals_child_id_children")),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placements.id"], name=op.f("fk_referrals_placement_id_placements")
        ),
        sa.ForeignKeyConstraint(
            ["sitting_id"], ["committee_sittings.id"], name=op.f("fk_referrals_sitting_id_committee_sittings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_child_id"), ["child_id"], unique=False)
    op.create_table(
        "dropout_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("finding_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("resident_id", sa.String(length=18), nullable=True),
        sa.Column("township", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("opened_reason", sa.Text(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_kind", sa.String(length=16), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=True),
        *_archivable(),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_dropout_cases_child_id_children")
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["findings.id"], name=op.f("fk_dropout_cases_finding_id_findings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dropout_cases")),
    )
    with op.batch_alter_table("dropout_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dropout_cases_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dropout_cases_opened_on"), ["opened_on"], unique=False)
    op.create_table(
        "persuasion_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        *_audited(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["dropout_cases.id"], name=op.f("fk_persuasion_records_case_id_dropout_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persuasion_records")),
    )
    with op.batch_alter_table("persuasion_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persuasion_records_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("persuasion_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persuasion_records_case_id"))
    op.drop_table("persuasion_records")
    with op.batch_alter_table("dropout_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dropout_cases_opened_on"))
        batch_op.drop_index(batch_op.f("ix_dropout_cases_child_id"))
    op.drop_table("dropout_cases")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_child_id"))
    op.drop_table("referrals")
    with op.batch_alter_table("committee_assessments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_committee_assessments_sitting_id_committee_sittings"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_committee_assessments_sitting_id"))
        batch_op.drop_column("review_on")
        batch_op.drop_column("outcome_reason")
        batch_op.drop_column("outcome")
        batch_op.drop_column("sitting_id")
    with op.batch_alter_table("committee_sittings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_sittings_held_on"))
    op.drop_table("committee_sittings")
    with op.batch_alter_table("structured_assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_structured_child")
    op.drop_table("structured_assessments")
    op.drop_table("instruments")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_column("targets")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("kind")
