"""Wording of the records services' codes (records, visits, compliance), zh and en.

Plain data, collected with the other catalogues by :func:`special_ed.messages.catalogue`.
"""

from __future__ import annotations

# special_ed/services/records.py
RECORDS: dict[str, tuple[str, str]] = {
    "scheme.exists": ("{year} 学年的方案已存在", "A scheme for {year} already exists"),
    "scheme.no_previous": ("没有 {year} 学年的方案可复制", "There is no {year} scheme to copy"),
    "attachment.hash_mismatch": (
        "附件“{name}”内容与登记的 SHA-256 不符，文件可能已损坏",
        "Attachment “{name}” no longer matches its SHA-256: the stored file may be damaged",
    ),
    "record.wrong_child": ("该记录不属于这个儿童", "That record belongs to another child"),
}


# special_ed/services/visits.py
VISITS: dict[str, tuple[str, str]] = {
    "quick.row": ("第 {row} 行（{child}）：{detail}", "Row {row} ({child}): {detail}"),
    "quick.duplicate_child": (
        "第 {row} 行：{child} 已在第 {other} 行",
        "Row {row}: {child} is already on row {other}",
    ),
    "quick.empty": ("没有要登记的送教", "There are no visits to record"),
    "visit.cancel_done": ("已完成的送教不能取消", "A done visit cannot be cancelled"),
}


# special_ed/services/compliance.py
COMPLIANCE: dict[str, tuple[str, str]] = {
    "term.unknown": ("学期“{term}”不在设置中", "Term “{term}” is not in the settings"),
    "term.none": ("设置中没有已开始的学期", "No term in the settings has started yet"),
}


# special_ed/services/accounts.py
ACCOUNTS: dict[str, tuple[str, str]] = {
    "auth.unknown_user": ("没有名为“{login}”的账户", "There is no account “{login}”"),
    "auth.wrong_password": (
        "“{login}”的密码不正确（再错 {left} 次，账户将锁定 {minutes} 分钟）",
        "Wrong password for “{login}” ({left} more attempt(s) before the account locks for {minutes} minutes)",
    ),
    "auth.locked": (
        "账户“{login}”因多次输错密码已锁定，{until} 解锁；系统管理员可重置密码",
        "Account “{login}” is locked after repeated wrong passwords until {until}; an administrator can reset it",
    ),
    "auth.disabled": (
        "账户“{login}”已停用，请联系系统管理员",
        "Account “{login}” is disabled; ask an administrator",
    ),
    "auth.no_password": (
        "请输入“{login}”的密码（命令行：提示输入，或环境变量 SPECIAL_ED_PASSWORD）",
        "Enter the password of “{login}” (on the command line: at the prompt or in SPECIAL_ED_PASSWORD)",
    ),
    "accounts.first_must_be_admin": (
        "第一个账户必须是系统管理员（--role admin）",
        "The first account must be an administrator (--role admin)",
    ),
    "accounts.exists": ("账户“{value}”已存在", "Account “{value}” already exists"),
    "accounts.login_invalid": (
        "用户名“{value}”无效：1–64 个字符，不含空格",
        "Login name “{value}” is invalid: 1–64 characters without spaces",
    ),
    "accounts.password_short": ("密码至少 {min} 个字符", "The password needs at least {min} characters"),
    "accounts.password_same": ("新密码不能与原密码相同", "The new password must differ from the old one"),
    "accounts.role_invalid": (
        "角色“{value}”无效：admin、coordinator、township、school、teacher 或 viewer",
        "Role “{value}” is invalid: admin, coordinator, township, school, teacher or viewer",
    ),
    "accounts.scope_required": ("{role}账户须指定{what}", "A {role} account needs a {what}"),
    "accounts.scope_unknown": ("没有名为“{value}”的{what}", "There is no {what} named “{value}”"),
    "accounts.last_admin": (
        "“{login}”是最后一个在用的系统管理员，不能停用或改为其他角色",
        "“{login}” is the last active administrator and cannot be disabled or given another role",
    ),
    "accounts.own_role": (
        "不能修改当前登录账户（{login}）自己的角色或范围",
        "The logged-in account ({login}) cannot change its own role or scope",
    ),
    "accounts.own_disable": (
        "不能停用当前登录的账户（{login}）",
        "The logged-in account ({login}) cannot be disabled",
    ),
}

ACCOUNTS_FIELDS: dict[str, tuple[str, str]] = {
    "login": ("用户名", "login name"),
    "password": ("密码", "password"),
    "role": ("角色", "role"),
    "township": ("乡镇（街道）", "township"),
    "school": ("学校", "school"),
    "team": ("送教小组", "team"),
    "display_name": ("显示名", "display name"),
}


# special_ed/services/context.py
ACCESS: dict[str, tuple[str, str]] = {
    "permission.denied": (
        "没有权限：{who}（{role}）不能{action}",
        "Not permitted: {who} ({role}) may not {action}",
    ),
    "permission.login_required": (
        "此数据库已设账户：请先登录（命令行用 --user 用户名）",
        "This database has accounts: log in first (on the command line: --user NAME)",
    ),
    "permission.must_change_password": (
        "{who} 须先修改初始密码（桌面程序登录时修改，或 special-ed users passwd）",
        "{who} must change the initial password first (at login in the desktop application, or special-ed users passwd)",
    ),
    "scope.child_outside": (
        "“{name}”不在您负责的范围（{scope}）内，不能保存",
        "“{name}” is outside your scope ({scope}); not saved",
    ),
    "scope.row_outside": (
        "儿童（{child}）不在您负责的范围（{scope}）内，不能保存",
        "Child {child} is outside your scope ({scope}); not saved",
    ),
    "scope.import_row": (
        "第 {row} 行“{name}”不在您负责的范围（{scope}）内：未导入任何儿童",
        "Row {row} “{name}” is outside your scope ({scope}); no child was imported",
    ),
    "scope.county_list": (
        "部门名单替换全县上一份名单，只能由县特教中心导入（您的范围：{scope}）",
        "An agency's list replaces the county's previous one; only the county centre imports it (your scope: {scope})",
    ),
}

# special_ed/services/audit_log.py and special_ed/services/accounts_cli.py
AUDIT: dict[str, tuple[str, str]] = {
    "audit.verify.broken": (
        "第 {id} 条审计记录被改动，或它前面的记录被删除",
        "Audit row {id} was altered, or a row before it was deleted",
    ),
    "audit.verify.unchained": (
        "第 {id} 条审计记录不在哈希链中（绕过程序写入）",
        "Audit row {id} is outside the hash chain (written around the application)",
    ),
    "audit.verify.tail_removed": (
        "最后的审计记录被删除（链尾应为第 {id} 条）",
        "The newest audit rows were deleted (the chain ends at row {id})",
    ),
    "audit.verify.count": ("审计记录条数与链记录不符", "The number of audit rows does not match the chain"),
    "audit.verify.failed": (
        "审计记录校验未通过：{count} 处问题",
        "The audit check failed: {count} problem(s)",
    ),
    "accounts.password_mismatch": ("两次输入的密码不一致", "The two passwords differ"),
    "accounts.password_missing": (
        "没有读到新密码：用 --password-stdin 从标准输入提供，或在终端中输入",
        "No new password: give it on stdin with --password-stdin, or type it at a terminal",
    ),
}


# special_ed/services/norms.py
NORMS: dict[str, tuple[str, str]] = {
    "period.month_invalid": ("月份“{value}”应写成 YYYY-MM", "Month “{value}” must be written YYYY-MM"),
    "period.quarter_invalid": (
        "季度“{value}”应写成 YYYY-Qn（如 2026-Q4）",
        "Quarter “{value}” must be written YYYY-Qn (e.g. 2026-Q4)",
    ),
}


# special_ed/services/county.py
COUNTY: dict[str, tuple[str, str]] = {
    "county.bad_code": (
        "县级区划代码应为 6 位数字（如 500237），而不是“{county_code}”",
        "A county code has 6 digits (e.g. 500237), not “{county_code}”",
    ),
    "county.unknown_code": (
        "区划代码 {county_code} 不是 2023 年统计用区划代码中的县（区、县级市）；可用 special-ed county search 名称 查找代码",
        "{county_code} is not a county in the 2023 division codes; find the code with special-ed county search NAME",
    ),
    "county.no_townships": (
        "{name}（{county_code}）在所附区划代码中没有乡镇（街道）名单，无法建立",
        "{name} ({county_code}) has no list of townships in the shipped division codes",
    ),
    "county.other_county": (
        "数据库中已有其他县的乡镇（{existing}，如“{example}”），不能再建立 {name}（{county_code}）；请新建一个数据库",
        "The database already holds another county's townships ({existing}, e.g. “{example}”); cannot set up {name} ({county_code}) in it — create a new database",
    ),
    "county.not_set": (
        "尚未选择本县：请先运行 special-ed county init 县级区划代码，或在程序首次启动时选择",
        "No county chosen yet: run special-ed county init CODE, or choose it on first start",
    ),
    "county.code_fixed": (
        "本库已按 {county_code} 建立乡镇村，不能改为 {new}",
        "This database's areas belong to {county_code}; the code cannot change to {new}",
    ),
    "divisions.missing": (
        "程序缺少区划代码数据文件（{name}），请重新安装",
        "The division codes data file ({name}) is missing; reinstall the program",
    ),
}

# special_ed/services/reference.py
REFERENCE: dict[str, tuple[str, str]] = {
    "reference.village_exists": (
        "{township}已有村（社区）“{name}”",
        "{township} already has a village “{name}”",
    ),
    "reference.merge_same": (
        "不能把一个村与它自己合并",
        "A village cannot be merged with itself",
    ),
    "reference.merge_other_township": (
        "“{a}”与“{b}”不在同一乡镇，不能合并",
        "“{a}” and “{b}” are in different townships; they cannot be merged",
    ),
    "reference.archived": (
        "“{name}”已归档",
        "“{name}” is archived",
    ),
    "reference.identifier": (
        "学校标识码应为 10 位数字，而不是“{value}”",
        "A school identifier has 10 digits, not “{value}”",
    ),
    "reference.identifier_taken": (
        "学校标识码 {value} 已属于“{other}”",
        "School identifier {value} already belongs to “{other}”",
    ),
    "reference.school_exists": (
        "学校“{name}”已在名单中",
        "School “{name}” is already listed",
    ),
    "team.too_small": (
        "送教小组至少需要两名教师（出车人员不计）",
        "A home-teaching team needs at least two teachers (a driver does not count)",
    ),
    "team.no_special_ed": (
        "送教小组须有一名特殊教育教师",
        "A home-teaching team needs a special-education teacher",
    ),
    "team.leader": (
        "请从小组教师中指定一名组长",
        "Choose the leader among the team's teachers",
    ),
    "team.one_driver": (
        "一个小组最多一名出车人员",
        "A team has at most one driver",
    ),
    "team.member_twice": (
        "“{name}”在组员中出现了两次",
        "“{name}” is listed twice",
    ),
    "team.inactive": (
        "“{name}”已不在岗，不能加入小组",
        "“{name}” is not active and cannot join a team",
    ),
    "coordinates.unreadable": (
        "无法识别坐标“{value}”：请写纬度和经度两个数，如 31.07, 109.88，或 31°04'12\"N 109°52'48\"E",
        "Cannot read the coordinates “{value}”: give latitude and longitude, e.g. 31.07, 109.88",
    ),
    "coordinates.outside": (
        "坐标“{value}”（WGS-84 {lat}, {lon}）在本县范围外，离本县边界框 {km} 公里；请检查是否选对了坐标系或颠倒了经纬度",
        "“{value}” (WGS-84 {lat}, {lon}) lies {km} km outside the county's box; check the map's datum and the order",
    ),
    "coordinates.outside_china": (
        "坐标“{value}”（{lat}, {lon}）不在中国境内（离境内范围 {km} 公里）",
        "“{value}” ({lat}, {lon}) is not in China ({km} km away)",
    ),
    "coordinates.range": (
        "{field}应为纬度 -90–90、经度 -180–180 的数值",
        "{field}: latitude must lie within -90–90 and longitude within -180–180",
    ),
}

COUNTY_FIELDS: dict[str, tuple[str, str]] = {
    "county_name": (
        "县（区）名称",
        "county name",
    ),
    "issuing_authority": (
        "发文机关",
        "issuing authority",
    ),
    "centre_name": (
        "特殊教育指导中心名称",
        "special-education centre",
    ),
    "office_phone": (
        "联系电话",
        "office phone",
    ),
    "village": (
        "村（社区）",
        "village",
    ),
    "township": (
        "乡镇（街道）",
        "township",
    ),
    "identifier": (
        "学校标识码",
        "school identifier",
    ),
    "members": (
        "组员",
        "members",
    ),
    "leader_id": (
        "组长",
        "leader",
    ),
    "role": (
        "岗位",
        "role",
    ),
    "phone": (
        "手机号码",
        "phone",
    ),
    "coordinates": (
        "坐标",
        "coordinates",
    ),
}


# special_ed/services/dropout.py
DROPOUT: dict[str, tuple[str, str]] = {
    "case.reason_required": ("立案必须写明疑似辍学的情况", "Opening a case needs what was found"),
    "case.open_exists": (
        "{name} 已有未销号的控辍保学案件（{opened}立案）",
        "{name} already has an open case (opened {opened})",
    ),
    "case.closed": ("该案件已于 {day} 销号", "The case was closed on {day}"),
    "case.close_reason_required": ("销号必须写明理由", "Closing a case needs a reason"),
    "case.close_kind": (
        "销号方式“{value}”无效（可选：{allowed}）",
        "Closing kind “{value}” is not one of {allowed}",
    ),
    "case.not_placed": (
        "{name} 目前没有安置记录，不能以“已安置”销号",
        "{name} holds no placement: the case cannot be closed as placed",
    ),
    "case.before_open": (
        "日期 {day} 早于立案日期 {opened}",
        "Date {day} is before the case was opened ({opened})",
    ),
    "case.record_incomplete": (
        "劝返记录的{field}不能为空",
        "The persuasion record's {field} is required",
    ),
    "case.finding_kind": (
        "只有“疑似失学辍学”等三查问题可以立控辍保学案件（本条为“{kind}”）",
        "Only a suspected-dropout finding opens a case (this one is “{kind}”)",
    ),
}


# special_ed/services/revert.py (撤销上一次保存)
REVERT: dict[str, tuple[str, str]] = {
    "revert.unsupported": ("{what}不能撤销上一次保存", "The last save of a {what} cannot be reverted"),
    "revert.nothing": ("{what}没有保存记录，没有可撤销的保存", "This {what} has no saved change to revert"),
    "revert.first_save": (
        "{what}的上一次保存是新建，没有更早的内容可以恢复（不要的记录请归档）",
        "The last save of this {what} created it: there is nothing earlier to put back (archive it instead)",
    ),
    "revert.not_a_save": (
        "{what}最近的一次操作是“{action}”，不是保存，不能在这里撤销",
        "The last change of this {what} was “{action}”, not a save; it cannot be reverted here",
    ),
    "revert.not_written": (
        "{what}上一次保存前的{field}没有记在审计记录里，不能撤销",
        "The {field} of this {what} before its last save is not in the audit, so the save cannot be reverted",
    ),
    "revert.other_records": (
        "{what}的上一次保存同时修改了{others}，不能在这里单独撤销",
        "The last save of this {what} also changed: {others}; it cannot be reverted here on its own",
    ),
    "revert.changed": (
        "{what}已被其他人（{by}）修改，未撤销任何内容；请重新打开后再试",
        "Someone else ({by}) changed this {what}; nothing was reverted. Reopen it and try again",
    ),
    "revert.changed_since": (
        "{what}在上一次保存之后又被 {by} 于 {at} 修改过，未撤销任何内容",
        "This {what} was changed again by {by} at {at} after that save; nothing was reverted",
    ),
}
