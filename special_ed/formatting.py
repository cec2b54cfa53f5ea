"""Record fields and values in words for people, in Chinese (default) or English.

The one place that turns stored names and values — column names, enum codes,
booleans, NULL, ISO dates, foreign-key ids, audit actions — into what a
coordinator reads, so that "mainstream → home", "review_due" or
"child_id: null → 370" never reach a Chinese user. The child's history, the
audit viewer and the exports all call it. Qt-free and SQL-free: the UI may
import it.

API (small and stable)::

    field_label(table, field, lang="zh") -> str
        "placements", "kind" → "安置方式"; a field shared by many tables
        ("notes", "child_id") may be asked with ``table=None``.
    format_value(table, field, value, lang="zh", *, resolve=None) -> str
        "placements", "kind", "home" → "送教上门"; True → "是"; None → "（空）"
        (or the field's own word, e.g. children.placement None → "未安置");
        "2026-09-01" → "2026年9月1日"; a foreign key (see ``references``) is
        shown as ``resolve(table, id)`` when the caller supplies a resolver,
        else as "编号 370".
    format_change(table, field, value, lang="zh", *, resolve=None) -> str
        one audit change: ``[old, new]`` → "安置方式：随班就读 → 送教上门";
        a bare value → "安置方式：送教上门".
    format_changes(table, changes, lang="zh", *, resolve=None, action="update") -> str
        all changes of an audit entry, in column order, joined with "；"; for
        ``action="insert"`` (a new record) only the values it was created with.
    table_label(table, lang="zh") -> str      "placements" → "安置"
    action_label(action, lang="zh") -> str    "archive" → "归档"
    references(table, field) -> str | None    the table a foreign key points at,
        so a caller can load the names it will be asked for in one query.

``Resolver = Callable[[str, int], str | None]``: given the referenced table
and an id, the name to show, or None when unknown (then "编号 N" is shown).

A test checks that every column of every audited table has a label and that
every enum column has its words; a new table or column needs a line here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from special_ed.domain.access import ROLE_LABELS
from special_ed.domain.enums import (
    AssessmentKind,
    AttachmentKind,
    CancelReason,
    Category,
    ChildStatus,
    GoalKind,
    GuardianRelation,
    Labelled,
    Level,
    Placement,
    SchoolKind,
    Sex,
    TeacherRole,
    VisitStatus,
)
from special_ed.importing.words import FINDING_KINDS, SOURCES

Resolver = Callable[[str, int], str | None]
Names = dict[tuple[str, int], str]  # (referenced table, id) → name: what a resolver usually looks up
Words = tuple[str, str]  # (Chinese, English)

# Fields with the same meaning in every table that has them.
COMMON: dict[str, Words] = {
    "id": ("编号", "number"),
    "name": ("名称", "name"),
    "code": ("代码", "code"),
    "child_id": ("儿童", "child"),
    "township_id": ("乡镇", "township"),
    "village_id": ("村", "village"),
    "school_id": ("学校", "school"),
    "team_id": ("送教小组", "team"),
    "teacher_id": ("教师", "teacher"),
    "notes": ("备注", "notes"),
    "reason": ("原因", "reason"),
    "address": ("地址", "address"),
    "phone": ("电话", "phone"),
    "lat": ("纬度", "latitude"),
    "lon": ("经度", "longitude"),
    "position": ("排序", "order"),
    "kind": ("类型", "kind"),
    "status": ("状态", "status"),
    "day": ("日期", "date"),
    "version": ("版本", "version"),
    "created_at": ("创建时间", "created"),
    "created_by": ("创建人", "created by"),
    "updated_at": ("修改时间", "changed"),
    "updated_by": ("修改人", "changed by"),
    "archived_at": ("归档时间", "archived"),
    "archived_by": ("归档人", "archived by"),
    "archived_reason": ("归档理由", "archive reason"),
}

FIELDS: dict[str, dict[str, Words]] = {
    "children": {
        "name": ("姓名", "name"),
        "name_pinyin": ("姓名拼音", "name in pinyin"),
        "name_initials": ("拼音首字母", "pinyin initials"),
        "sex": ("性别", "sex"),
        "birth_date": ("出生日期", "birth date"),
        "resident_id": ("身份证号", "resident ID"),
        "ethnicity": ("民族", "ethnicity"),
        "township_id": ("乡镇", "township"),
        "village_id": ("户籍村", "village"),
        "address": ("家庭住址", "address"),
        "home_lat": ("住址纬度", "home latitude"),
        "home_lon": ("住址经度", "home longitude"),
        "registered_poor": ("建档立卡户", "registered poor"),
        "dibao": ("低保户", "minimum-income support"),
        "left_behind": ("留守儿童", "left-behind child"),
        "orphan": ("孤儿", "orphan"),
        "has_certificate": ("持残疾证", "holds a certificate"),
        "certificate_no": ("残疾证号", "certificate number"),
        "categories": ("残疾类别", "disability category"),
        "primary_category": ("主要残疾类别", "main disability category"),
        "grade": ("残疾等级", "disability grade"),
        "level": ("障碍程度", "level"),
        "school_register_no": ("学籍号", "school-register number"),
        "register_school_id": ("学籍学校", "register school"),
        "grade_year": ("年级", "grade"),
        "class_name": ("班级", "class"),
        "status": ("在学状态", "status"),
        "placement": ("安置方式", "placement"),
        "placement_school_id": ("安置学校", "placement school"),
        "review_due": ("复评日期", "review due"),
        "visit_window_start": ("可送教时间（起）", "visits from"),
        "visit_window_end": ("可送教时间（止）", "visits until"),
        "visit_weekdays": ("可送教星期", "visit weekdays"),
        "visit_duration_min": ("每次送教时长（分钟）", "visit length (minutes)"),
    },
    "guardians": {
        "name": ("监护人姓名", "guardian name"),
        "relation": ("与儿童关系", "relation"),
        "phone": ("监护人电话", "guardian phone"),
    },
    "committee_assessments": {
        "assessed_on": ("评估日期", "assessed on"),
        "members": ("评估专家", "committee members"),
        "tools": ("评估工具", "tools"),
        "findings": ("评估发现", "findings"),
        "level": ("障碍程度", "level"),
        "recommended_placement": ("建议安置方式", "recommended placement"),
        "sitting_id": ("专家委员会会议", "committee sitting"),
        "outcome": ("结论", "outcome"),
        "outcome_reason": ("结论理由", "reason for the outcome"),
        "review_on": ("复评日期", "review date"),
    },
    "committee_sittings": {
        "held_on": ("会议日期", "held on"),
        "place": ("会议地点", "place"),
        "members": ("出席委员", "members"),
    },
    "referrals": {
        "decided_on": ("转介日期", "decided on"),
        "from_placement": ("原安置方式", "from placement"),
        "to_placement": ("转介后安置方式", "to placement"),
        "placement_id": ("新安置记录", "new placement"),
        "sitting_id": ("专家委员会会议", "committee sitting"),
    },
    "instruments": {
        "key": ("量表代码", "instrument code"),
        "definition": ("量表定义", "definition"),
    },
    "structured_assessments": {
        "instrument_key": ("评估量表", "instrument"),
        "administered_on": ("评估日期", "assessed on"),
        "assessor": ("评估人", "assessor"),
        "scores": ("逐项评分", "item scores"),
    },
    "dropout_cases": {
        "finding_id": ("三查问题", "finding"),
        "resident_id": ("身份证号", "resident ID"),
        "township": ("乡镇", "township"),
        "source": ("发现途径", "found by"),
        "opened_on": ("立案日期", "opened on"),
        "opened_reason": ("立案情况", "what was found"),
        "confirmed_on": ("确认辍学日期", "confirmed on"),
        "closed_on": ("销号日期", "closed on"),
        "close_kind": ("销号方式", "closed as"),
        "close_reason": ("销号理由", "reason for closing"),
    },
    "persuasion_records": {
        "case_id": ("控辍保学案件", "case"),
        "who": ("劝返人员", "who"),
        "what": ("劝返内容", "what was said"),
        "result": ("结果", "result"),
    },
    "placements": {
        "kind": ("安置方式", "placement"),
        "recommended": ("建议安置方式", "recommended placement"),
        "reason": ("理由", "reason"),
        "class_name": ("班级", "class"),
        "assessment_id": ("依据的评估", "assessment"),
        "effective_date": ("生效日期", "effective date"),
        "end_date": ("结束日期", "end date"),
        "review_due": ("复评日期", "review due"),
        "decided_by": ("录入人", "recorded by"),  # the login that typed it in; paper names the committee
    },
    "coverage_exceptions": {
        "reason": ("未安置原因", "reason"),
        "since": ("起始日期", "since"),
        "until": ("截止日期", "until"),
    },
    "schemes": {
        "school_year": ("学年", "school year"),
        "present_levels": ("现有水平", "present levels"),
        "supports": ("支持措施", "supports"),
        "implementation": ("实施安排", "implementation"),
        "transition": ("转衔安排", "transition"),
        "team_members": ("制定人员", "team members"),
        "guardian_agreed_on": ("家长签字日期", "guardian agreed on"),
        "guardian_name": ("签字家长", "guardian"),
        "reviewed_on": ("修订日期", "reviewed on"),
    },
    "goals": {
        "scheme_id": ("方案", "scheme"),
        "kind": ("目标类型", "goal kind"),
        "domain": ("领域", "domain"),
        "text": ("目标", "goal"),
        "criterion": ("达成标准", "criterion"),
        "target_date": ("预期达成日期", "target date"),
        "term": ("学期", "term"),
        "responsible": ("负责人", "responsible"),
        "parent_id": ("所属长期目标", "long-term goal"),
        "targets": ("对应评估领域/题目", "instrument targets"),
    },
    "term_plans": {
        "term": ("学期", "term"),
        "term_start": ("学期开始", "term start"),
        "term_end": ("学期结束", "term end"),
        "planned_visits": ("计划送教次数", "planned visits"),
        "planned_hours": ("计划课时", "planned hours"),
        "months": ("月度安排", "months"),
    },
    "lesson_plans": {
        "is_template": ("模板", "template"),
        "planned_on": ("计划日期", "planned on"),
        "topic": ("课题", "topic"),
        "objectives": ("教学目标", "objectives"),
        "goal_ids": ("对应目标", "goals"),
        "textbook_unit": ("教材单元", "textbook unit"),
        "materials": ("教具学具", "materials"),
        "steps": ("教学过程", "steps"),
        "evaluation": ("教学评价", "evaluation"),
        "reflection": ("教学反思", "reflection"),
    },
    "progress_assessments": {
        "kind": ("评估类型", "assessment kind"),
        "assessed_on": ("评估日期", "assessed on"),
        "assessor": ("评估人", "assessor"),
        "domain_scores": ("各领域得分", "domain scores"),
        "goal_attainment": ("目标达成", "goal attainment"),
    },
    "attachments": {
        "visit_id": ("送教记录", "visit"),
        "kind": ("材料类型", "kind"),
        "taken_on": ("日期", "date"),
        "description": ("说明", "description"),
        "filename": ("文件名", "file name"),
        "mime": ("文件类型", "file type"),
        "size": ("文件大小（字节）", "size (bytes)"),
        "sha256": ("校验值", "checksum"),
        "content": ("文件内容", "content"),
    },
    "visits": {
        "day": ("送教日期", "date"),
        "start_time": ("开始时间", "start"),
        "end_time": ("结束时间", "end"),
        "status": ("送教状态", "status"),
        "cancel_reason": ("取消原因", "cancel reason"),
        "cancel_note": ("取消说明", "cancel note"),
        "makeup_of_id": ("补送的送教", "make-up of"),
        "place": ("送教地点", "place"),
        "policy": ("送政策", "policy"),
        "policy_note": ("送政策内容", "policy notes"),
        "care": ("送关爱", "care"),
        "care_note": ("送关爱内容", "care notes"),
        "rehab": ("送康复", "rehabilitation"),
        "rehab_note": ("送康复内容", "rehabilitation notes"),
        "knowledge": ("送知识", "knowledge"),
        "knowledge_note": ("送知识内容", "knowledge notes"),
        "skills": ("送技能", "skills"),
        "skills_note": ("送技能内容", "skills notes"),
        "lesson_plan_id": ("教案", "lesson plan"),
        "class_hours": ("课时", "class hours"),
        "guardian_present": ("家长在场", "guardian present"),
        "guardian_name": ("确认家长", "guardian"),
        "guardian_confirmed": ("家长确认", "guardian confirmed"),
        "next_steps": ("下次安排", "next steps"),
        "teacher_ids": ("送教教师", "teachers"),
        "schedule_run_id": ("排程", "schedule run"),
        "route_order": ("路线顺序", "route order"),
        "planned_arrival": ("计划到达时间", "planned arrival"),
        "travel_km": ("路程（公里）", "travel (km)"),
    },
    "townships": {"name": ("乡镇名称", "township name"), "code": ("乡镇代码", "township code")},
    "villages": {
        "name": ("村名称", "village name"),
        "code": ("村代码", "village code"),
        "official": ("区划代码表所列", "in the official list"),
        "merged_into_id": ("并入的村（社区）", "merged into"),
    },
    "schools": {
        "name": ("学校名称", "school name"),
        "kind": ("学校类型", "school kind"),
        "identifier": ("学校标识码", "school identifier"),
    },
    "teachers": {
        "name": ("教师姓名", "teacher name"),
        "role": ("教师类别", "role"),
        "active": ("在岗", "active"),
    },
    "teams": {
        "name": ("小组名称", "team name"),
        "school_id": ("所属学校", "school"),
        "base_lat": ("出发点纬度", "base latitude"),
        "base_lon": ("出发点经度", "base longitude"),
        "max_visits_per_day": ("每日最多送教次数", "visits a day at most"),
    },
    "team_members": {"is_leader": ("组长", "leader")},
    "team_leave": {"day": ("请假日期", "leave day"), "reason": ("请假原因", "reason")},
    "schedule_runs": {
        "month": ("月份", "month"),
        "params": ("排程参数", "parameters"),
        "plan": ("排程结果", "plan"),
        "superseded": ("已被替代", "superseded"),
    },
    "mapping_presets": {
        "source": ("名单来源", "source"),
        "name": ("方案名称", "preset name"),
        "mapping": ("列对应", "column mapping"),
    },
    "source_lists": {
        "source": ("名单来源", "source"),
        "filename": ("文件名", "file name"),
        "sheet": ("工作表", "sheet"),
        "imported_on": ("导入日期", "imported on"),
        "row_count": ("行数", "rows"),
        "active": ("有效", "active"),
    },
    "findings": {
        "kind": ("比对结果类型", "finding kind"),
        "key": ("比对依据", "key"),
        "name": ("姓名", "name"),
        "township": ("乡镇", "township"),
        "detail": ("详情", "detail"),
        "status": ("核实状态", "status"),
        "found_on": ("发现日期", "found on"),
        "resolved_on": ("核实日期", "resolved on"),
        "resolution": ("核实结果", "resolution"),
    },
    # Settings keys (``special_ed.domain.settings``), nested ones dotted; a list index is worded apart.
    "settings": {
        "county_name": ("县名", "county name"),
        "region_code": ("地区码", "region code"),
        "issuing_authority": ("发文机关", "issuing authority"),
        "centre_name": ("特殊教育指导中心名称", "special-education centre"),
        "office_phone": ("联系电话", "office phone"),
        "grade_to_level": ("残疾等级对应的障碍程度", "certificate grade → level"),
        "level_to_placement": ("障碍程度对应的建议安置", "level → recommended placement"),
        "age_min": ("最小入学年龄", "minimum age"),
        "age_max": ("最大入学年龄", "maximum age"),
        "reference_month": ("统计基准日（月）", "reference month"),
        "reference_day": ("统计基准日（日）", "reference day"),
        "class_hour_minutes": ("每课时分钟数", "minutes per class hour"),
        "review_interval_months": ("安置复评间隔（月）", "placement review interval (months)"),
        "idle_lock_minutes": ("空闲锁定时间（分钟）", "idle lock time (minutes)"),
        "terms": ("学期", "terms"),
        "terms.name": ("学期名称", "term name"),
        "terms.start": ("学期开始日期", "term start"),
        "terms.end": ("学期结束日期", "term end"),
        "visit_norms.visits_per_month": ("每月送教次数", "visits a month"),
        "visit_norms.visits_per_week": ("每周送教次数", "visits a week"),
        "visit_norms.hours_per_visit": ("每次送教课时", "class hours a visit"),
        "visit_norms.hours_per_year": ("每学年送教课时", "class hours a year"),
        "visit_norms.assessments_per_term": ("每学期评估次数", "assessments a term"),
        "visit_norms.scheme_review_per_term": ("每学期修订方案", "scheme reviewed every term"),
        "visit_norms.pause_in_holidays": ("寒暑假暂停送教", "pause in the holidays"),
        "visit_norms.min_days_between_visits": ("两次送教最少间隔天数", "days between visits at least"),
        "visit_norms.visit_duration_min": ("每次送教时长（分钟）", "visit length (minutes)"),
        "visit_norms.parent_class_counts": ("家长课堂计入送教次数", "a parents' class counts as a visit"),
        "visit_norms.workload_per_visit": (
            "每次送教计教师工作量（课时）",
            "teacher workload a visit (class hours)",
        ),
        "workday.start": ("上班时间", "workday start"),
        "workday.end": ("下班时间", "workday end"),
        "workday.lunch_start": ("午休开始", "lunch start"),
        "workday.lunch_end": ("午休结束", "lunch end"),
        "workday.max_visits_per_day": ("每日最多送教次数", "visits a day at most"),
        "travel.speed_kmh": ("平均车速（公里/小时）", "speed (km/h)"),
        "travel.road_factor": ("道路弯曲系数", "road factor"),
        "scheme_domains": ("方案领域", "scheme domains"),
        "no_visit_alert_days": ("未送教提醒天数", "days without a visit before an alert"),
        "attachment_max_bytes": ("附件大小上限（字节）", "attachment size limit (bytes)"),
        "attachment_types": ("允许的附件类型", "attachment types"),
        "holiday_overrides": ("本县放假日", "county holidays"),
        "workday_overrides": ("本县补班日", "county workdays"),
        "print_font_path": ("打印字体文件", "print font file"),
        "print_binding_mm": ("装订边距（毫米）", "binding margin (mm)"),
        "norm_preset": ("送教规范预设", "norm preset"),
    },
    "accounts": {
        "login": ("登录名", "login"),
        "display_name": ("姓名", "name"),
        "role": ("角色", "role"),
        "township_id": ("负责乡镇", "township"),
        "school_id": ("负责学校", "school"),
        "team_id": ("负责送教小组", "team"),
        "active": ("启用", "active"),
        "password_hash": ("密码（加密保存）", "password (hashed)"),
        "must_change_password": ("须修改初始密码", "must change the password"),
        "failed_logins": ("连续登录失败次数", "failed logins"),
        "locked_until": ("锁定至", "locked until"),
        "last_login_at": ("上次登录", "last login"),
    },
    "follow_ups": {
        "finding_id": ("比对结果", "finding"),
        "step": ("核查步骤", "step"),
        "done_on": ("日期", "date"),
        "who": ("核查人", "who"),
        "result": ("结果", "result"),
    },
}

TABLES: dict[str, Words] = {
    "children": ("儿童", "child"),
    "guardians": ("监护人", "guardian"),
    "committee_assessments": ("专家委员会评估", "committee assessment"),
    "committee_sittings": ("专家委员会会议", "committee sitting"),
    "referrals": ("转介", "referral"),
    "instruments": ("评估量表", "instrument"),
    "structured_assessments": ("量表评估", "structured assessment"),
    "dropout_cases": ("控辍保学案件", "dropout case"),
    "persuasion_records": ("劝返记录", "persuasion record"),
    "placements": ("安置", "placement"),
    "coverage_exceptions": ("未安置说明", "coverage exception"),
    "schemes": ("个别化教育方案", "scheme"),
    "goals": ("方案目标", "goal"),
    "term_plans": ("学期送教计划", "term plan"),
    "lesson_plans": ("教案", "lesson plan"),
    "progress_assessments": ("评估", "assessment"),
    "attachments": ("档案材料", "attachment"),
    "visits": ("送教记录", "visit"),
    "townships": ("乡镇", "township"),
    "villages": ("村", "village"),
    "schools": ("学校", "school"),
    "teachers": ("教师", "teacher"),
    "teams": ("送教小组", "team"),
    "team_members": ("小组成员", "team member"),
    "team_leave": ("小组请假", "team leave"),
    "schedule_runs": ("排程", "schedule run"),
    "mapping_presets": ("导入列对应方案", "column-mapping preset"),
    "source_lists": ("外部名单", "source list"),
    "findings": ("比对结果", "finding"),
    "follow_ups": ("核查记录", "follow-up"),
    "settings": ("设置", "settings"),
    "accounts": ("账户", "account"),
}

ACTIONS: dict[str, Words] = {
    "insert": ("新建", "created"),
    "update": ("修改", "changed"),
    "archive": ("归档", "archived"),
    "restore": ("恢复", "restored"),
    "delete": ("删除", "removed"),
    "revert": ("撤销上一次保存", "last save reverted"),
    # events the accounts feature writes (special_ed/services/accounts.py, context.py, export, printing)
    "login": ("登录", "logged in"),
    "login_failed": ("登录失败", "login failed"),
    "denied": ("拒绝操作", "refused"),
    "export": ("导出（打码）", "exported (masked)"),
    "export_full": ("导出（完整身份证号）", "exported (full identifiers)"),
    "print_full": ("打印（完整身份证号）", "printed (full identifiers)"),
}

# Columns holding an enum code (or, for ``categories``, a comma-separated list of them).
ENUMS: dict[tuple[str, str], type[Labelled]] = {
    ("children", "sex"): Sex,
    ("children", "level"): Level,
    ("children", "placement"): Placement,
    ("children", "status"): ChildStatus,
    ("children", "categories"): Category,
    ("children", "primary_category"): Category,
    ("guardians", "relation"): GuardianRelation,
    ("committee_assessments", "level"): Level,
    ("committee_assessments", "recommended_placement"): Placement,
    ("placements", "kind"): Placement,
    ("placements", "recommended"): Placement,
    ("goals", "kind"): GoalKind,
    ("progress_assessments", "kind"): AssessmentKind,
    ("attachments", "kind"): AttachmentKind,
    ("visits", "status"): VisitStatus,
    ("visits", "cancel_reason"): CancelReason,
    ("schools", "kind"): SchoolKind,
    ("teachers", "role"): TeacherRole,
}

# Closed vocabularies kept as plain strings by their feature (no Labelled enum in the domain).
CODES: dict[tuple[str, str], dict[str, Words]] = {
    ("accounts", "role"): {role.value: words for role, words in ROLE_LABELS.items()},
    ("findings", "status"): {"open": ("待核实", "open"), "resolved": ("已核实", "resolved")},
    ("findings", "kind"): FINDING_KINDS,
    ("follow_ups", "step"): {
        "ask_village": ("问村委会", "asked the village committee"),
        "ask_neighbours": ("问邻居", "asked the neighbours"),
        "visit_family": ("访家庭", "visited the family"),
    },
}

# What an empty value means for a field, where "(empty)" would say less.
EMPTY: dict[tuple[str, str], Words] = {
    ("children", "placement"): ("未安置", "not placed"),
    ("children", "level"): ("未评估", "not assessed"),
    ("placements", "end_date"): ("至今", "current"),
}

# Foreign keys by name: the table whose row the id names.
_REFERENCES: dict[str, str] = {
    "child_id": "children",
    "township_id": "townships",
    "village_id": "villages",
    "school_id": "schools",
    "register_school_id": "schools",
    "placement_school_id": "schools",
    "team_id": "teams",
    "teacher_id": "teachers",
    "teacher_ids": "teachers",  # a visit's teachers, a list of ids
    "assessment_id": "committee_assessments",
    "visit_id": "visits",
    "makeup_of_id": "visits",
    "lesson_plan_id": "lesson_plans",
    "scheme_id": "schemes",
    "parent_id": "goals",
    "merged_into_id": "villages",
    "schedule_run_id": "schedule_runs",
    "finding_id": "findings",
}

_WEEKDAYS: tuple[Words, ...] = (
    ("周一", "Mon"),
    ("周二", "Tue"),
    ("周三", "Wed"),
    ("周四", "Thu"),
    ("周五", "Fri"),
    ("周六", "Sat"),
    ("周日", "Sun"),
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


def _pick(words: Words, lang: str) -> str:
    return words[0] if lang == "zh" else words[1]


def _humanise(name: str) -> str:
    return name.removesuffix("_id").replace("_", " ")


_INDEX = re.compile(r"\[(\d+)\]")


def field_label(table: str | None, field: str, lang: str = "zh") -> str:
    """The label of ``field`` in ``table`` (or the shared label); an unknown field reads as its words.

    A path into a list or a mapping is labelled by its known part: ``terms[1].end`` → "学期结束日期（第 2 项）",
    ``grade_to_level.3`` → "残疾等级对应的障碍程度（3）".
    """
    words = (FIELDS.get(table or "", {}).get(field)) or COMMON.get(field)
    if words:
        return _pick(words, lang)
    indices = _INDEX.findall(field)
    if indices:
        base = field_label(table, _INDEX.sub("", field), lang)
        which = (
            "、".join(f"第 {int(i) + 1} 项" for i in indices)
            if lang == "zh"
            else ", ".join(f"no. {int(i) + 1}" for i in indices)
        )
        return f"{base}（{which}）" if lang == "zh" else f"{base} ({which})"
    head, dot, tail = field.rpartition(".")
    if dot and (head in FIELDS.get(table or "", {}) or head in COMMON):
        base = field_label(table, head, lang)
        return f"{base}（{tail}）" if lang == "zh" else f"{base} ({tail})"
    return _humanise(field)


def table_label(table: str, lang: str = "zh") -> str:
    words = TABLES.get(table)
    return _pick(words, lang) if words else _humanise(table)


def action_label(action: str, lang: str = "zh") -> str:
    words = ACTIONS.get(action)
    return _pick(words, lang) if words else action


def references(table: str | None, field: str) -> str | None:
    """The table a foreign-key field points at (``"children"`` for ``child_id``), else None."""
    return _REFERENCES.get(field)


def _empty(table: str | None, field: str, lang: str) -> str:
    return _pick(EMPTY.get((table or "", field), ("（空）", "(none)")), lang)


def format_date(value: date, lang: str = "zh") -> str:
    if isinstance(value, datetime):
        day = format_date(value.date(), lang)
        return f"{day} {value:%H:%M}"
    return f"{value.year}年{value.month}月{value.day}日" if lang == "zh" else value.isoformat()


def _enum_words(enum: type[Labelled], code: str, lang: str) -> str:
    try:
        return enum(code).text(lang)
    except ValueError:
        return code  # an unknown code shows as itself rather than vanishing


def _number(value: float | Decimal) -> str:
    return f"{value:f}".rstrip("0").rstrip(".") if isinstance(value, Decimal) else f"{value:g}"


# A 三查 finding's details (JSON): what each key means and how its values read.
FINDING_DETAIL_KEYS: dict[str, Words] = {
    "age": ("年龄", "age"),
    "placement": ("安置方式", "placement"),
    "sources": ("名单来源", "lists"),
}
_SOURCE_WORDS: dict[str, Words] = {
    "database": ("本县儿童名册", "the county's register"),
    **SOURCES,
}


def _finding_detail(detail: Mapping[str, Any], lang: str) -> str:
    sep, colon = ("；", "：") if lang == "zh" else ("; ", ": ")
    parts = []
    for key, value in detail.items():
        label = _pick(FINDING_DETAIL_KEYS[key], lang) if key in FINDING_DETAIL_KEYS else key
        if key == "placement" and isinstance(value, str):
            words = _enum_words(Placement, value, lang)
        elif key == "sources" and isinstance(value, list):
            names = [_pick(_SOURCE_WORDS[v], lang) if v in _SOURCE_WORDS else str(v) for v in value]
            words = ("、" if lang == "zh" else ", ").join(names)
        else:
            words = _plain(value, lang)
        parts.append(f"{label}{colon}{words}")
    return sep.join(parts)


def format_value(
    table: str | None, field: str, value: Any, lang: str = "zh", *, resolve: Resolver | None = None
) -> str:
    """One stored value in words (see the module docstring)."""
    key = (table or "", field)
    if key == ("findings", "detail") and isinstance(value, Mapping):
        return _finding_detail(value, lang)
    if value is None or value == "" or value == [] or value == {}:
        return _empty(table, field, lang)
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    enum = ENUMS.get(key)
    if enum is not None and isinstance(value, str):
        sep = "、" if lang == "zh" else ", "
        return sep.join(_enum_words(enum, code, lang) for code in value.split(",") if code)
    codes = CODES.get(key)
    if codes is not None and isinstance(value, str):
        return _pick(codes[value], lang) if value in codes else value
    target = references(table, field)
    if target is not None and isinstance(value, int):
        name = resolve(target, value) if resolve is not None else None
        return name if name else (f"编号 {value}" if lang == "zh" else f"no. {value}")
    if target is not None and isinstance(value, list | tuple) and all(isinstance(v, int) for v in value):
        sep = "、" if lang == "zh" else ", "
        return sep.join(format_value(table, field, v, lang, resolve=resolve) for v in value)
    if field == "grade" and table == "children" and isinstance(value, int):
        return f"{value}级" if lang == "zh" else f"grade {value}"
    if field == "visit_weekdays" and isinstance(value, str):
        sep = "、" if lang == "zh" else ", "
        days = [int(x) for x in value.split(",") if x.strip().isdigit() and 1 <= int(x) <= 7]
        return sep.join(_pick(_WEEKDAYS[d - 1], lang) for d in days) or value
    if isinstance(value, datetime | date):
        return format_date(value, lang)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, int | float | Decimal):
        return _number(value)
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return format_date(date.fromisoformat(value), lang)
        if _ISO_DATETIME.match(value):
            return format_date(datetime.fromisoformat(value), lang)
        if _ISO_TIME.match(value):
            return value[:5]
        return value
    if isinstance(value, Mapping):
        sep = "；" if lang == "zh" else "; "
        colon = "：" if lang == "zh" else ": "
        return sep.join(f"{k}{colon}{_plain(v, lang)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if all(not isinstance(v, Mapping | list) for v in value):
            return ("、" if lang == "zh" else ", ").join(_plain(v, lang) for v in value)
        return f"{len(value)} 项" if lang == "zh" else f"{len(value)} items"
    return str(value)


def _plain(value: Any, lang: str) -> str:
    """A value inside JSON (a score, a text): no table or field to go by."""
    if isinstance(value, Mapping | list):
        return json.dumps(value, ensure_ascii=False)
    return format_value(None, "", value, lang)


def format_change(
    table: str | None, field: str, value: Any, lang: str = "zh", *, resolve: Resolver | None = None
) -> str:
    """One audit change: ``[old, new]`` as "label：old → new"; a bare value as "label：value"."""
    colon = "：" if lang == "zh" else ": "
    label = field_label(table, field, lang)
    if _is_pair(value):
        old, new = (format_value(table, field, v, lang, resolve=resolve) for v in value)
        return f"{label}{colon}{old} → {new}"
    return f"{label}{colon}{format_value(table, field, value, lang, resolve=resolve)}"


def _is_pair(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2


def format_changes(
    table: str | None,
    changes: Mapping[str, Any],
    lang: str = "zh",
    *,
    resolve: Resolver | None = None,
    action: str = "update",
) -> str:
    """Every change of one audit entry, in the table's column order, joined with "；".

    A new record (``action="insert"``) lists the values it was created with, not "（空） → value"."""
    order = list(FIELDS.get(table or "", {}))
    keys = sorted(changes, key=lambda k: (order.index(k) if k in order else len(order), k))
    sep = "；" if lang == "zh" else "; "
    parts = []
    for k in keys:
        value = changes[k]
        if action == "insert" and _is_pair(value):
            value = value[1]
        parts.append(format_change(table, k, value, lang, resolve=resolve))
    return sep.join(parts)
