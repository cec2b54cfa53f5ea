"""initial schema: every feature's tables

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "mapping_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_presets")),
        sa.UniqueConstraint("source", "name", name="uq_mapping_preset"),
    )
    op.create_table(
        "schedule_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_runs")),
    )
    with op.batch_alter_table("schedule_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schedule_runs_month"), ["month"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "source_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=True),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_lists")),
    )
    with op.batch_alter_table("source_lists", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_lists_source"), ["source"], unique=False)

    op.create_table(
        "townships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_townships")),
        sa.UniqueConstraint("code", name=op.f("uq_townships_code")),
    )
    op.create_table(
        "source_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.String(length=18), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("township", sa.String(length=64), nullable=True),
        sa.Column("village", sa.String(length=64), nullable=True),
        sa.Column("school", sa.String(length=100), nullable=True),
        sa.Column("school_register_no", sa.String(length=32), nullable=True),
        sa.Column("certificate_no", sa.String(length=22), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("registered_poor", sa.Boolean(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"], ["source_lists.id"], name=op.f("fk_source_rows_list_id_source_lists")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_rows")),
    )
    with op.batch_alter_table("source_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_rows_list_id"), ["list_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_source_rows_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "villages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=15), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["township_id"], ["townships.id"], name=op.f("fk_villages_township_id_townships")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_villages")),
        sa.UniqueConstraint("code", name=op.f("uq_villages_code")),
    )
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_villages_township_id"), ["township_id"], unique=False)

    op.create_table(
        "schools",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["township_id"], ["townships.id"], name=op.f("fk_schools_township_id_townships")
        ),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_schools_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schools")),
        sa.UniqueConstraint("code", name=op.f("uq_schools_code")),
    )
    with op.batch_alter_table("schools", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schools_township_id"), ["township_id"], unique=False)

    op.create_table(
        "travel_times",
        sa.Column("from_village_id", sa.Integer(), nullable=False),
        sa.Column("to_village_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.Column("km", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_village_id"], ["villages.id"], name=op.f("fk_travel_times_from_village_id_villages")
        ),
        sa.ForeignKeyConstraint(
            ["to_village_id"], ["villages.id"], name=op.f("fk_travel_times_to_village_id_villages")
        ),
        sa.PrimaryKeyConstraint("from_village_id", "to_village_id", name=op.f("pk_travel_times")),
    )
    op.create_table(
        "teachers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"], name=op.f("fk_teachers_school_id_schools")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teachers")),
    )
    with op.batch_alter_table("teachers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teachers_school_id"), ["school_id"], unique=False)

    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("base_lat", sa.Float(), nullable=True),
        sa.Column("base_lon", sa.Float(), nullable=True),
        sa.Column("max_visits_per_day", sa.Integer(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"], name=op.f("fk_teams_school_id_schools")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
    )
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teams_school_id"), ["school_id"], unique=False)

    op.create_table(
        "children",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=32), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("resident_id", sa.String(length=18), nullable=True),
        sa.Column("ethnicity", sa.String(length=32), nullable=True),
        sa.Column("township_id", sa.Integer(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("home_lat", sa.Float(), nullable=True),
        sa.Column("home_lon", sa.Float(), nullable=True),
        sa.Column("registered_poor", sa.Boolean(), nullable=False),
        sa.Column("dibao", sa.Boolean(), nullable=False),
        sa.Column("left_behind", sa.Boolean(), nullable=False),
        sa.Column("orphan", sa.Boolean(), nullable=False),
        sa.Column("has_certificate", sa.Boolean(), nullable=False),
        sa.Column("certificate_no", sa.String(length=22), nullable=True),
        sa.Column("categories", sa.String(length=16), nullable=False),
        sa.Column("primary_category", sa.String(length=1), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.Column("school_register_no", sa.String(length=32), nullable=True),
        sa.Column("register_school_id", sa.Integer(), nullable=True),
        sa.Column("grade_year", sa.String(length=16), nullable=True),
        sa.Column("class_name", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("placement", sa.String(length=16), nullable=True),
        sa.Column("placement_school_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("visit_window_start", sa.Time(), nullable=True),
        sa.Column("visit_window_end", sa.Time(), nullable=True),
        sa.Column("visit_weekdays", sa.String(length=16), nullable=True),
        sa.Column("visit_duration_min", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["placement_school_id"], ["schools.id"], name=op.f("fk_children_placement_school_id_schools")
        ),
        sa.ForeignKeyConstraint(
            ["register_school_id"], ["schools.id"], name=op.f("fk_children_register_school_id_schools")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_children_team_id_teams")),
        sa.ForeignKeyConstraint(
            ["township_id"], ["townships.id"], name=op.f("fk_children_township_id_townships")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["villages.id"], name=op.f("fk_children_village_id_villages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_children")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_children_resident_id")),
    )
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.create_index("ix_children_birth", ["birth_date", "id"], unique=False)
        batch_op.create_index("ix_children_initials", ["name_initials"], unique=False)
        batch_op.create_index("ix_children_level", ["level", "name_pinyin"], unique=False)
        batch_op.create_index("ix_children_pinyin", ["name_pinyin", "id"], unique=False)
        batch_op.create_index("ix_children_placement", ["placement", "name_pinyin"], unique=False)
        batch_op.create_index("ix_children_review", ["review_due"], unique=False)
        batch_op.create_index("ix_children_team", ["team_id"], unique=False)
        batch_op.create_index("ix_children_township", ["township_id", "name_pinyin"], unique=False)
        batch_op.create_index("ix_children_village", ["village_id"], unique=False)

    op.create_table(
        "team_leave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_team_leave_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_leave")),
        sa.UniqueConstraint("team_id", "day", name="uq_team_leave_day"),
    )
    with op.batch_alter_table("team_leave", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_leave_team_id"), ["team_id"], unique=False)

    op.create_table(
        "team_members",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("is_leader", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teachers.id"], name=op.f("fk_team_members_teacher_id_teachers")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_team_members_team_id_teams")),
        sa.PrimaryKeyConstraint("team_id", "teacher_id", name=op.f("pk_team_members")),
    )
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_members_teacher_id"), ["teacher_id"], unique=False)

    op.create_table(
        "child_unavailable",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_child_unavailable_child_id_children")
        ),
        sa.PrimaryKeyConstraint("child_id", "day", name=op.f("pk_child_unavailable")),
    )
    op.create_table(
        "committee_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("tools", sa.Text(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("recommended_placement", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_committee_assessments_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_assessments")),
    )
    with op.batch_alter_table("committee_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_assessments_child_id"), ["child_id"], unique=False)

    op.create_table(
        "coverage_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_coverage_exceptions_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_exceptions")),
    )
    with op.batch_alter_table("coverage_exceptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coverage_exceptions_child_id"), ["child_id"], unique=False)

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=True),
        sa.Column("township", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_findings_child_id_children")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("kind", "key", name="uq_finding_kind_key"),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_findings_kind"), ["kind"], unique=False)

    op.create_table(
        "guardians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_guardians_child_id_children")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardians")),
    )
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardians_child_id"), ["child_id"], unique=False)

    op.create_table(
        "lesson_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("is_template", sa.Boolean(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("goal_ids", sa.JSON(), nullable=False),
        sa.Column("textbook_unit", sa.String(length=200), nullable=True),
        sa.Column("materials", sa.Text(), nullable=True),
        sa.Column("steps", sa.Text(), nullable=True),
        sa.Column("evaluation", sa.Text(), nullable=True),
        sa.Column("reflection", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_lesson_plans_child_id_children")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_lesson_plans_school_id_schools")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_plans")),
    )
    with op.batch_alter_table("lesson_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_plans_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lesson_plans_school_id"), ["school_id"], unique=False)

    op.create_table(
        "progress_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=100), nullable=True),
        sa.Column("domain_scores", sa.JSON(), nullable=False),
        sa.Column("goal_attainment", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_progress_assessments_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_assessments")),
    )
    with op.batch_alter_table("progress_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progress_assessments_child_id"), ["child_id"], unique=False)

    op.create_table(
        "schemes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("present_levels", sa.JSON(), nullable=False),
        sa.Column("supports", sa.Text(), nullable=True),
        sa.Column("implementation", sa.Text(), nullable=True),
        sa.Column("transition", sa.Text(), nullable=True),
        sa.Column("team_members", sa.Text(), nullable=True),
        sa.Column("guardian_agreed_on", sa.Date(), nullable=True),
        sa.Column("guardian_name", sa.String(length=64), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_schemes_child_id_children")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schemes")),
        sa.UniqueConstraint("child_id", "school_year", name="uq_scheme_child_year"),
    )
    with op.batch_alter_table("schemes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schemes_child_id"), ["child_id"], unique=False)

    op.create_table(
        "term_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=32), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=False),
        sa.Column("planned_visits", sa.Integer(), nullable=False),
        sa.Column("planned_hours", sa.Numeric(precision=6, scale=1), nullable=False),
        sa.Column("months", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_term_plans_child_id_children")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_plans")),
        sa.UniqueConstraint("child_id", "term", name="uq_term_plan_child_term"),
    )
    with op.batch_alter_table("term_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_term_plans_child_id"), ["child_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["findings.id"], name=op.f("fk_follow_ups_finding_id_findings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_finding_id"), ["finding_id"], unique=False)

    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("criterion", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("term", sa.String(length=32), nullable=True),
        sa.Column("responsible", sa.String(length=64), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["goals.id"], name=op.f("fk_goals_parent_id_goals")),
        sa.ForeignKeyConstraint(["scheme_id"], ["schemes.id"], name=op.f("fk_goals_scheme_id_schemes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_scheme_id"), ["scheme_id"], unique=False)

    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recommended", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("class_name", sa.String(length=32), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["committee_assessments.id"],
            name=op.f("fk_placements_assessment_id_committee_assessments"),
        ),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_placements_child_id_children")),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"], name=op.f("fk_placements_school_id_schools")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_placements_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placements_child_id"), ["child_id"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("cancel_reason", sa.String(length=16), nullable=True),
        sa.Column("cancel_note", sa.Text(), nullable=True),
        sa.Column("makeup_of_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("policy", sa.Boolean(), nullable=False),
        sa.Column("policy_note", sa.Text(), nullable=True),
        sa.Column("care", sa.Boolean(), nullable=False),
        sa.Column("care_note", sa.Text(), nullable=True),
        sa.Column("rehab", sa.Boolean(), nullable=False),
        sa.Column("rehab_note", sa.Text(), nullable=True),
        sa.Column("knowledge", sa.Boolean(), nullable=False),
        sa.Column("knowledge_note", sa.Text(), nullable=True),
        sa.Column("skills", sa.Boolean(), nullable=False),
        sa.Column("skills_note", sa.Text(), nullable=True),
        sa.Column("lesson_plan_id", sa.Integer(), nullable=True),
        sa.Column("class_hours", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("guardian_present", sa.Boolean(), nullable=False),
        sa.Column("guardian_name", sa.String(length=64), nullable=True),
        sa.Column("guardian_confirmed", sa.Boolean(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("schedule_run_id", sa.Integer(), nullable=True),
        sa.Column("route_order", sa.Integer(), nullable=True),
        sa.Column("planned_arrival", sa.Time(), nullable=True),
        sa.Column("travel_km", sa.Float(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_visits_child_id_children")),
        sa.ForeignKeyConstraint(
            ["lesson_plan_id"], ["lesson_plans.id"], name=op.f("fk_visits_lesson_plan_id_lesson_plans")
        ),
        sa.ForeignKeyConstraint(["makeup_of_id"], ["visits.id"], name=op.f("fk_visits_makeup_of_id_visits")),
        sa.ForeignKeyConstraint(
            ["schedule_run_id"], ["schedule_runs.id"], name=op.f("fk_visits_schedule_run_id_schedule_runs")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_visits_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_child_day", ["child_id", "day"], unique=False)
        batch_op.create_index("ix_visits_day_status", ["day", "status"], unique=False)
        batch_op.create_index("ix_visits_team_day", ["team_id", "day"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archived_by", sa.String(length=64), nullable=True),
        sa.Column("archived_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], name=op.f("fk_attachments_child_id_children")),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_attachments_visit_id_visits")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_teachers",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teachers.id"], name=op.f("fk_visit_teachers_teacher_id_teachers")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_teachers_visit_id_visits")),
        sa.PrimaryKeyConstraint("visit_id", "teacher_id", name=op.f("pk_visit_teachers")),
    )


def downgrade() -> None:
    op.drop_table("visit_teachers")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_visit_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_child_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_team_day")
        batch_op.drop_index("ix_visits_day_status")
        batch_op.drop_index("ix_visits_child_day")

    op.drop_table("visits")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placements_child_id"))

    op.drop_table("placements")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_scheme_id"))

    op.drop_table("goals")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_finding_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("term_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_plans_child_id"))

    op.drop_table("term_plans")
    with op.batch_alter_table("schemes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schemes_child_id"))

    op.drop_table("schemes")
    with op.batch_alter_table("progress_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_assessments_child_id"))

    op.drop_table("progress_assessments")
    with op.batch_alter_table("lesson_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_plans_school_id"))
        batch_op.drop_index(batch_op.f("ix_lesson_plans_child_id"))

    op.drop_table("lesson_plans")
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardians_child_id"))

    op.drop_table("guardians")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_kind"))

    op.drop_table("findings")
    with op.batch_alter_table("coverage_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_exceptions_child_id"))

    op.drop_table("coverage_exceptions")
    with op.batch_alter_table("committee_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_assessments_child_id"))

    op.drop_table("committee_assessments")
    op.drop_table("child_unavailable")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_members_teacher_id"))

    op.drop_table("team_members")
    with op.batch_alter_table("team_leave", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_leave_team_id"))

    op.drop_table("team_leave")
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index("ix_children_village")
        batch_op.drop_index("ix_children_township")
        batch_op.drop_index("ix_children_team")
        batch_op.drop_index("ix_children_review")
        batch_op.drop_index("ix_children_placement")
        batch_op.drop_index("ix_children_pinyin")
        batch_op.drop_index("ix_children_level")
        batch_op.drop_index("ix_children_initials")
        batch_op.drop_index("ix_children_birth")

    op.drop_table("children")
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teams_school_id"))

    op.drop_table("teams")
    with op.batch_alter_table("teachers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teachers_school_id"))

    op.drop_table("teachers")
    op.drop_table("travel_times")
    with op.batch_alter_table("schools", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schools_township_id"))

    op.drop_table("schools")
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_villages_township_id"))

    op.drop_table("villages")
    with op.batch_alter_table("source_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_rows_resident_id"))
        batch_op.drop_index(batch_op.f("ix_source_rows_list_id"))

    op.drop_table("source_rows")
    op.drop_table("townships")
    with op.batch_alter_table("source_lists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_lists_source"))

    op.drop_table("source_lists")
    op.drop_table("settings")
    with op.batch_alter_table("schedule_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_runs_month"))

    op.drop_table("schedule_runs")
    op.drop_table("mapping_presets")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record")

    op.drop_table("audit_log")
