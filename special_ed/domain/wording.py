"""Wording of the domain's issue codes (五有 completeness, the due list, record rules, settings), zh and en.

Plain data, collected with the other catalogues by :func:`special_ed.messages.catalogue`; nothing
registers itself at import time.
"""

from __future__ import annotations

# special_ed/domain/completeness.py
COMPLETENESS: dict[str, tuple[str, str]] = {
    "five.missing": ("没有{item}", "No {item_en}"),
    "five.scheme_no_goals": ("方案没有目标", "The scheme has no goals"),
    "five.scheme_no_term_goals": ("方案没有学期目标", "The scheme has no term goals"),
    "five.scheme_goal_criterion": ("{count} 条目标缺少达成标准", "{count} goal(s) lack a criterion"),
    "five.scheme_present_levels": (
        "现有水平只写了 {done}/{total} 个领域",
        "Present levels cover {done} of {total} domains",
    ),
    "five.scheme_no_agreement": ("方案缺少家长同意签字", "The scheme lacks the guardian's agreement"),
    "five.scheme_not_reviewed": ("本学期未修订方案", "The scheme was not reviewed this term"),
    "five.plan_months": (
        "学期计划只写了 {done}/{total} 个月",
        "The term plan covers {done} of {total} months",
    ),
    "five.plan_unlinked": ("{count} 个月的主题未关联目标", "{count} month(s) link no goal"),
    "five.lessons_missing": (
        "{missing} 次送教（共 {visits} 次）没有教案",
        "{missing} of {visits} visits have no lesson plan",
    ),
    "five.assessments_few": (
        "本学期评估 {done}/{required} 次",
        "{done} of {required} assessments this term",
    ),
    "five.no_baseline": ("没有基线评估", "No baseline assessment"),
    "five.no_agreement": ("档案缺少送教协议", "The archive lacks the service agreement"),
    "five.no_certificate": ("档案缺少残疾证复印件", "The archive lacks the certificate copy"),
    "five.no_photos": ("本学期没有送教照片", "No visit photos this term"),
}


# special_ed/domain/due_list.py
DUE_LIST: dict[str, tuple[str, str]] = {
    "due.visit_not_logged": (
        "{day} 的计划送教未登记结果",
        "The visit planned for {day} was not recorded",
    ),
    "due.visit_planned": ("本周计划送教：{day}", "Visit planned this week: {day}"),
    "due.month_unplanned": (
        "本月还需安排 {missing} 次送教（应 {required} 次）",
        "{missing} more visit(s) to plan this month ({required} required)",
    ),
    "due.week_unplanned": (
        "本周还需安排 {missing} 次送教（应 {required} 次）",
        "{missing} more visit(s) to plan this week ({required} required)",
    ),
    "due.month_short": (
        "{month} 送教不足：应 {required} 次，实 {delivered} 次",
        "{month} fell short: {delivered} of {required} visits",
    ),
    "due.no_visit": ("已 {days} 天没有送教", "No visit for {days} days"),
    "due.assessment_due": (
        "学期将于 {term_end} 结束，评估 {done}/{required} 次",
        "Term ends {term_end}: {done} of {required} assessments recorded",
    ),
}


# special_ed/domain/record_rules.py
RECORD_RULES: dict[str, tuple[str, str]] = {
    "visit.end_before_start": (
        "结束时间 {end} 不晚于开始时间 {start}",
        "The end time {end} is not after the start time {start}",
    ),
    "visit.times_required": (
        "已完成的送教须填写开始和结束时间",
        "A done visit needs a start and an end time",
    ),
    "visit.delivery_required": (
        "至少勾选一项“五送”内容（送政策、关爱、康复、知识、技能）",
        "Tick at least one of the five deliveries (policy, care, rehabilitation, knowledge, skills)",
    ),
    "visit.teacher_required": ("已完成的送教须填写到场教师", "A done visit needs the teachers who went"),
    "visit.done_in_future": (
        "{day} 尚未到来，不能登记为已完成",
        "{day} is in the future: it cannot be done yet",
    ),
    "visit.cancel_reason_required": ("取消送教须选择原因", "A cancelled visit needs a reason"),
    "visit.cancel_note_required": ("原因为“其他”时须说明", "Explain the reason when it is “other”"),
    "visit.cancel_reason_unexpected": (
        "只有已取消的送教才有取消原因",
        "Only a cancelled visit has a cancel reason",
    ),
    "visit.guardian_name_required": (
        "监护人确认须填写监护人姓名",
        "A guardian's confirmation needs the guardian's name",
    ),
    "visit.not_home_placed": (
        "{day} 该儿童不在送教上门安置中，不能登记送教",
        "On {day} the child was not placed in home teaching: no visit can be recorded",
    ),
    "visit.overlap": (
        "与 {other_child} 在 {day} {other_start}–{other_end} 的送教时间重叠（同一教师或小组）",
        "Overlaps the visit to {other_child} on {day} {other_start}–{other_end} (same teacher or team)",
    ),
    "visit.makeup_unknown": ("要补的送教记录不存在", "The visit to make up does not exist"),
    "visit.makeup_not_cancelled": ("只能为已取消的送教安排补送", "Only a cancelled visit can be made up"),
    "visit.makeup_other_child": (
        "补送须与被取消的送教是同一儿童",
        "A make-up must be for the same child",
    ),
    "visit.makeup_before_original": (
        "补送日期 {day} 早于被取消的送教 {original}",
        "The make-up on {day} is before the cancelled visit of {original}",
    ),
    "visit.makeup_duplicate": (
        "该次取消的送教已有补送（{other}）",
        "That cancelled visit is already made up ({other})",
    ),
    "visit.short": (
        "本次 {hours} 课时，少于规定的每次 {required} 课时",
        "{hours} class hours: below the {required} required per visit",
    ),
    "goal.text_required": ("第 {row} 条目标内容为空", "Goal {row} has no text"),
    "goal.criterion_required": (
        "第 {row} 条目标“{goal}”缺少可测量的达成标准",
        "Goal {row} “{goal}” has no measurable criterion",
    ),
    "goal.domain_unknown": (
        "第 {row} 条目标的领域“{domain}”不在设置的领域中",
        "Goal {row}: domain “{domain}” is not configured",
    ),
    "goal.target_outside_year": (
        "第 {row} 条目标的完成日期 {target} 不在本学年内",
        "Goal {row}: target date {target} is outside the school year",
    ),
    "goal.parent_not_long_term": (
        "第 {row} 条学期目标须挂在长期目标下",
        "Goal {row}: a term goal hangs under a long-term goal",
    ),
    "scheme.domain_unknown": (
        "现有水平的领域“{domain}”不在设置的领域中",
        "Present level: domain “{domain}” is not configured",
    ),
    "scheme.guardian_incomplete": (
        "家长同意须同时填写日期和签名人",
        "The guardian's agreement needs both a date and a name",
    ),
    "scheme.year_range": ("学年 {year} 不合理", "School year {year} is not plausible"),
    "plan.term_unknown": ("学期“{term}”不在设置中", "Term “{term}” is not in the settings"),
    "plan.month_outside_term": ("{month} 不在学期“{term}”内", "{month} is outside term “{term}”"),
    "plan.month_duplicate": ("{month} 重复", "{month} appears twice"),
    "plan.topics_required": ("{month} 的教学主题为空", "{month} has no topics"),
    "plan.goal_unknown": (
        "{month} 关联的目标不在本学年方案中",
        "{month} links a goal that is not in the year's scheme",
    ),
    "plan.negative": (
        "{month} 的计划次数或课时不能为负",
        "{month}: planned visits or hours cannot be negative",
    ),
    "lesson.topic_required": ("教案须填写课题", "A lesson plan needs a topic"),
    "lesson.child_required": (
        "教案须属于某个儿童（模板除外）",
        "A lesson plan belongs to a child (unless a template)",
    ),
    "lesson.date_required": ("教案须填写日期或关联一次送教", "A lesson plan needs a date or a visit"),
    "lesson.school_required": ("教案模板须属于某所学校", "A template belongs to a school"),
    "lesson.goal_unknown": (
        "教案关联的目标不在本学年方案中",
        "The lesson plan links a goal outside the year's scheme",
    ),
    "assessment.attainment_range": (
        "目标“{goal}”的达成度 {value} 应在 0–4 之间",
        "Goal “{goal}”: attainment {value} must be 0–4",
    ),
    "assessment.score_range": (
        "领域“{domain}”得分 {value} 应在 0–100 之间",
        "Domain “{domain}”: score {value} must be 0–100",
    ),
    "assessment.domain_unknown": ("评估领域“{domain}”不在设置中", "Domain “{domain}” is not configured"),
    "assessment.goal_unknown": (
        "评估的目标 {goal} 不在本学年方案中",
        "Goal {goal} is not in the year's scheme",
    ),
    "assessment.empty": (
        "评估须至少有一个领域得分或目标达成度",
        "An assessment needs a score or an attainment",
    ),
    "assessment.future": ("评估日期 {day} 晚于今天", "Assessment date {day} is in the future"),
    "attachment.empty": ("文件“{name}”是空的", "File “{name}” is empty"),
    "attachment.too_large": (
        "文件“{name}”有 {size_mb} MB，超过上限 {max_mb} MB",
        "File “{name}” is {size_mb} MB, above the {max_mb} MB limit",
    ),
    "attachment.type_forbidden": (
        "文件“{name}”的类型 {ext} 不允许，只能上传 {allowed}",
        "File “{name}”: type {ext} is not allowed; permitted: {allowed}",
    ),
    "attachment.content_mismatch": (
        "文件“{name}”的内容不是 {ext} 格式（扩展名与内容不符）",
        "File “{name}” is not really {ext} (its content does not match the extension)",
    ),
}


RECORD_RULES_FIELDS: dict[str, tuple[str, str]] = {
    "start": ("开始时间", "start time"),
    "end": ("结束时间", "end time"),
    "deliveries": ("五送内容", "five deliveries"),
    "teacher_ids": ("到场教师", "teachers"),
    "cancel_reason": ("取消原因", "cancel reason"),
    "guardian_name": ("监护人姓名", "guardian name"),
    "makeup_of": ("补送对象", "visit made up"),
    "goals": ("目标", "goals"),
    "attachment": ("附件", "attachment"),
}


# special_ed/domain/settings.py: ``{key}`` is the settings key, worded as its label (age_max → 最大入学年龄)
SETTINGS: dict[str, tuple[str, str]] = {
    "settings.integer": (
        "设置“{key}”应为整数，实为“{value}”",
        "Setting “{key}” must be a whole number, not “{value}”",
    ),
    "settings.number": (
        "设置“{key}”应为数字，实为“{value}”",
        "Setting “{key}” must be a number, not “{value}”",
    ),
    "settings.range": (
        "设置“{key}”应在 {min}–{max} 之间，实为“{value}”",
        "Setting “{key}” must be within {min}–{max}, not “{value}”",
    ),
    "settings.date": ("设置“{key}”的“{value}”不是有效日期", "Setting “{key}”: “{value}” is not a date"),
    "settings.time": (
        "设置“{key}”的“{value}”不是有效时间（时:分）",
        "Setting “{key}”: “{value}” is not a time (HH:MM)",
    ),
    "settings.level": ("设置“{key}”的障碍程度“{value}”无法识别", "Setting “{key}”: unknown level “{value}”"),
    "settings.mapping": (
        "设置“{key}”无效：“{level}”不能对应“{value}”",
        "Setting “{key}” is invalid: “{level}” cannot map to “{value}”",
    ),
    "settings.age_order": (
        "最大入学年龄（{max}）不能小于最小入学年龄（{min}）",
        "The maximum age ({max}) is below the minimum age ({min})",
    ),
    "settings.no_such_day": (
        "统计基准日无效：{month} 月没有 {day} 日",
        "Reference date: month {month} has no day {day}",
    ),
    "settings.term_name": ("第 {row} 个学期的名称不能为空", "Term {row} needs a name"),
    "settings.term_order": (
        "第 {row} 个学期“{term}”的结束日期须晚于开始日期",
        "Term {row} “{term}” must end after it starts",
    ),
    "settings.terms_overlap": (
        "学期“{first}”与“{second}”的日期重叠",
        "Terms “{first}” and “{second}” overlap",
    ),
    "settings.workday_order": ("下班时间须晚于上班时间", "The workday must end after it starts"),
    "settings.lunch_pair": ("午休须同时填写开始和结束时间", "The lunch break needs a start and an end"),
    "settings.lunch_inside": ("午休须在工作时间之内", "The lunch break must lie inside the workday"),
    "settings.no_domains": ("方案至少需要一个领域", "Schemes need at least one domain"),
    "settings.preset_unknown": (
        "本版本没有送教规范预设“{value}”（可选：{known}）",
        "Norm preset “{value}” is not known to this version (known: {known})",
    ),
    "settings.region_code": (
        "地区码应为 6 位数字，实为“{value}”",
        "The region code must be 6 digits, not “{value}”",
    ),
    "settings.phone": ("“{value}”不像电话号码", "“{value}” does not look like a phone number"),
}


# special_ed/domain/norm_presets.py
NORM_PRESETS: dict[str, tuple[str, str]] = {
    "norms.preset_unknown": (
        "送教规范预设“{key}”不是本版本认识的预设（可选：{known}）",
        "Norm preset “{key}” is not known to this version (known: {known})",
    ),
}


# special_ed/domain/instruments.py
INSTRUMENTS: dict[str, tuple[str, str]] = {
    "instrument.invalid": (
        "量表定义有误（{where}）：{detail}",
        "Instrument definition invalid ({where}): {detail}",
    ),
    "instrument.unknown": ("没有代码为“{key}”的评估量表", "There is no instrument “{key}”"),
    "instrument.domain_unknown": ("《{name}》没有领域“{domain}”", "{name} has no domain “{domain}”"),
    "instrument.item_duplicate": (
        "领域“{domain}”已有题目“{text}”",
        "Domain “{domain}” already has item “{text}”",
    ),
    "instrument.builtin_key": (
        "“{key}”是随程序提供的量表代码，请换一个代码",
        "“{key}” is a shipped instrument's code",
    ),
    "assessment.item_unknown": ("《{name}》没有题目“{item}”", "{name} has no item “{item}”"),
    "assessment.score_off_scale": (
        "题目“{item}”的评分“{value}”不在量表计分范围内（可用：{allowed}）",
        "Item “{item}”: score “{value}” is not on the scale (allowed: {allowed})",
    ),
    "assessment.no_scores": ("没有任何题目的评分", "No item has a score"),
    "goal.target_unknown": (
        "目标关联的“{target}”不是量表的领域或题目",
        "Goal target “{target}” is not a domain or item",
    ),
}


# special_ed/domain/registration.py
REGISTRATION: dict[str, tuple[str, str]] = {
    "window.empty": (
        "出生日期范围为空：请填写起止日期",
        "The birth-date window is empty: give both dates",
    ),
    "window.reversed": (
        "出生日期范围颠倒：起始 {start} 晚于截止 {end}",
        "The birth-date window is reversed: {start} is after {end}",
    ),
    "sitting.no_members": (
        "专家委员会会议必须登记出席的委员（姓名和专业领域）",
        "A committee sitting needs its members (name and field)",
    ),
    "sitting.no_children": (
        "本次会议没有选择任何儿童：请至少勾选一名要评估的儿童",
        "The sitting decides no child: tick at least one child to assess",
    ),
    "sitting.member_incomplete": (
        "第 {row} 位委员：姓名和专业领域都必须填写",
        "Member {row}: both name and field are required",
    ),
    "sitting.member_field": (
        "第 {row} 位委员的专业领域“{value}”不在可选范围内（{allowed}）",
        "Member {row}: field “{value}” is not one of {allowed}",
    ),
    "sitting.decision": ("第 {row} 名儿童（{child}）：{detail}", "Child {row} ({child}): {detail}"),
    "sitting.duplicate_child": (
        "第 {row} 名儿童（{child}）在本次会议中重复出现",
        "Child {row} ({child}) appears twice in this sitting",
    ),
    "sitting.future": ("会议日期 {day} 晚于今天", "The sitting's date {day} is in the future"),
    "defer.reason_required": ("延缓入学必须写明理由", "Deferred entry needs a reason"),
    "defer.review_required": (
        "延缓入学必须定下复评日期，且晚于会议日期",
        "Deferred entry needs a review date after the sitting",
    ),
    "defer.placed": (
        "已有安置（{placement}），不能延缓入学；请用转介或结束安置",
        "Already placed ({placement}); use a transfer or end the placement instead",
    ),
    "referral.reason_required": ("转介必须写明理由", "A transfer needs a reason"),
    "referral.same": (
        "转介前后安置方式相同（{placement}）",
        "The transfer keeps the same placement ({placement})",
    ),
    "referral.not_placed": ("这名儿童尚未安置，不能转介", "The child has no placement to transfer from"),
}
