"""Wording of the scheduling codes (scenario validation, calendar, unscheduled reasons, CLI).

Plain data (and :func:`reason_text`), collected by :func:`special_ed.messages.catalogue`.
"""

from __future__ import annotations

# Reasons a visit could not be planned; the plan file stores the code, people read the wording.
REASONS: dict[str, tuple[str, str]] = {
    "sched.reason.no_location": (
        "没有住址坐标，也没有所在村的中心坐标",
        "no home coordinates and no village centre",
    ),
    "sched.reason.window_too_short": (
        "家庭可接待时段短于一次送教时长（或被午休隔断）",
        "the family's time window is shorter than one visit (or is cut by the lunch break)",
    ),
    "sched.reason.window_unreachable": (
        "从驻地出发，在工作时间内赶不到家庭可接待时段并按时返回",
        "the window is too short for the travel: the team cannot get there from its base and back within the workday",
    ),
    "sched.reason.no_feasible_day": (
        "本月没有符合家庭可接待星期、不可接待日期和工作日历的日子",
        "no day this month fits the family's weekdays, unavailable days and the work calendar",
    ),
    "sched.reason.team_on_leave": (
        "送教小组在所有可送教的日子都请假",
        "the team is on leave on every day the child could be visited",
    ),
    "sched.reason.team_leave_days": (
        "送教小组请假后，剩下的日子不够按最少间隔安排全部次数",
        "after the team's leave, too few days remain to fit all visits the required number of days apart",
    ),
    "sched.reason.too_few_days": (
        "可送教的日子不够按最少间隔天数安排全部次数",
        "too few feasible days to fit all visits the required number of days apart",
    ),
    "sched.reason.no_team": (
        "未分配送教小组，且没有小组能在本月送教到该儿童",
        "no team assigned and no team can reach the child this month",
    ),
    "sched.reason.team_full": (
        "送教小组本月的日程已满（每日次数上限或工作时间不够）",
        "the team's month is full (visits-per-day limit or working hours)",
    ),
    "sched.reason.time_limit": (
        "求解时间内未找到可行安排",
        "no feasible placement was found within the time limit",
    ),
}


MESSAGES: dict[str, tuple[str, str]] = {
    **REASONS,
    # scenario validation: ``field`` is the JSON path, e.g. children[3].window.start
    "scenario.json": (
        "{field}：不是有效的 JSON（第 {line} 行第 {column} 列）：{detail}",
        "{field}: not valid JSON (line {line}, column {column}): {detail}",
    ),
    "scenario.not_utf8": (
        "文件 {path} 不是 UTF-8 编码（第 {offset} 个字节起无法识别），不是本程序写的送教问题或计划文件；"
        "请用 UTF-8 编码保存后再试",
        "{path} is not UTF-8 (unreadable from byte {offset}), so it is not a scenario or plan file this "
        "program wrote; save it as UTF-8 and try again",
    ),
    "scenario.too_deep": (
        "文件 {path} 的嵌套超过 {limit} 层（第 {line} 行），不是送教问题或计划文件，已拒绝读取",
        "{path} nests more than {limit} levels deep (line {line}); it is not a scenario or plan file and was "
        "not read",
    ),
    "scenario.format": (
        "{field}：文件格式应为 “{expected}”，实为 “{found}”",
        "{field}: the format must be “{expected}”, not “{found}”",
    ),
    "scenario.required": ("{field}：缺少必填项", "{field}: required"),
    "scenario.type": ("{field}：应为{expected_zh}", "{field}: must be {expected}"),
    "scenario.month": (
        "{field}：“{value}” 不是 YYYY-MM 形式的月份",
        "{field}: “{value}” is not a month (YYYY-MM)",
    ),
    "scenario.date": (
        "{field}：“{value}” 不是 YYYY-MM-DD 形式的有效日期",
        "{field}: “{value}” is not a valid date (YYYY-MM-DD)",
    ),
    "scenario.time": (
        "{field}：“{value}” 不是 HH:MM 形式的有效时刻",
        "{field}: “{value}” is not a valid time (HH:MM)",
    ),
    "scenario.time_order": (
        "{field}：结束时刻 {end} 应晚于开始时刻 {start}",
        "{field}: the end {end} must be after the start {start}",
    ),
    "scenario.lunch_outside": (
        "{field}：午休应在工作时间之内",
        "{field}: the lunch break must lie within the workday",
    ),
    "scenario.range": (
        "{field}：{value} 应在 {min} 到 {max} 之间",
        "{field}: {value} must be between {min} and {max}",
    ),
    "scenario.duplicate_id": ("{field}：编号 “{value}” 重复", "{field}: the id “{value}” is used twice"),
    "scenario.unknown_team": (
        "{field}：没有编号为 “{value}” 的送教小组",
        "{field}: there is no team “{value}”",
    ),
    "scenario.unknown_place": ("{field}：没有名为 “{value}” 的地点", "{field}: there is no place “{value}”"),
    "scenario.weekday": (
        "{field}：{value} 不是 1–7 的星期数（星期一 = 1）",
        "{field}: {value} is not a weekday 1–7 (Monday = 1)",
    ),
    "scenario.window_short": (
        "{field}：可接待时段 {minutes} 分钟短于一次送教 {duration} 分钟，该儿童将列为未安排",
        "{field}: the window of {minutes} min is shorter than a visit of {duration} min; the child will be "
        "listed as unscheduled",
    ),
    "scenario.no_children": ("{field}：没有需要送教的儿童", "{field}: no children to schedule"),
    "scenario.approximate": (
        "{field}：{child}没有住址坐标，使用所在村中心坐标",
        "{field}: {child} has no home coordinates; the village centre is used",
    ),
    "plan.format": ("{field}：计划文件无效：{detail}", "{field}: invalid plan file: {detail}"),
    "calendar.fallback": (
        "节假日数据不含 {year} 年，按周一至周五作为工作日；请在设置中补充节假日和调休日（“设置”页“节假日和调休日”栏）",
        "The holiday calendar does not cover {year}; Monday–Friday are used as workdays — add holidays and "
        "make-up workdays in the settings (Settings page, “Holidays and 调休 days”)",
    ),
    "calendar.no_workdays": (
        "{month} 没有工作日，无法安排送教",
        "{month} has no workdays; nothing can be scheduled",
    ),
    "sched.file_type": (
        "不支持的输出文件类型：{path}（可用 {allowed}）",
        "Unsupported output file type: {path} (use {allowed})",
    ),
    "sched.replan.unknown_visit": (
        "原计划中没有 {child} 在 {date} 的送教",
        "The plan has no visit to {child} on {date}",
    ),
    "sched.replan.past_visit": (
        "{child} 在 {date} 的送教早于重排起始日 {as_of}，请从该日起重排",
        "The visit to {child} on {date} is before the re-plan start {as_of}; re-plan from that day",
    ),
    "sched.cli.source": (
        "请给出 --scenario 文件或 --month 月份（二选一）",
        "Give either --scenario FILE or --month YYYY-MM (one of them)",
    ),
    "sched.cli.out_required": ("用 --scenario 时必须用 --out 指定输出文件", "--scenario needs --out"),
    "sched.team_no_base": (
        "送教小组“{team}”没有驻地坐标（小组和学校都没有），本月不参与排程",
        "Team “{team}” has no base coordinates (neither the team nor its school); it is left out this month",
    ),
    "sched.approximate_homes": (
        "{count} 名儿童没有住址坐标，暂用所在村中心坐标（{names}），请在儿童档案中补充",
        "{count} children have no home coordinates; their village centre is used "
        "({names}) — add them in the child records",
    ),
    "sched.cli.pair": (
        "{option} 的值“{value}”应为 编号@YYYY-MM-DD",
        "{option}: “{value}” must be ID@YYYY-MM-DD",
    ),
    "sched.cli.as_of": ("重排需要 --as-of 起始日", "--replan needs --as-of"),
    "sched.cli.unknown": ("没有编号为“{key}”的{what}", "There is no {what} “{key}”"),
    "sched.replan.no_plan": (
        "{month} 还没有保存的排程，无法重排",
        "{month} has no saved schedule to re-plan",
    ),
    "sched.travel_table": (
        "路程时间表 {path} 第 {row} 行：{detail}",
        "Travel-time table {path}, row {row}: {detail}",
    ),
}


def reason_text(code: str, lang: str = "zh") -> str:
    zh, en = REASONS.get(code, (code, code))
    return zh if lang == "zh" else en
