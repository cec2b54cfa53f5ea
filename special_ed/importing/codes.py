"""Wording of the importing package's error and issue codes (zh default, en).

Plain data, collected by :func:`special_ed.messages.catalogue`, so every module of the package can
raise its codes and the CLI, the rejects report and the wizard read them the same way.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # files
    "import.file_missing": ("找不到文件：{path}", "File not found: {path}"),
    "import.file_empty": ("文件是空的（0 字节）：{path}", "The file is empty (0 bytes): {path}"),
    "import.file_type": (
        "不支持的文件类型“{suffix}”：请使用 xlsx、xls 或 csv 文件",
        "Unsupported file type “{suffix}”: use an xlsx, xls or csv file",
    ),
    "import.file_corrupt": (
        "文件已损坏，或不是 Excel/CSV 文件：{path}（{detail}）",
        "The file is corrupt or not an Excel/CSV file: {path} ({detail})",
    ),
    "import.zip_bomb": (
        "文件 {path} 的内容“{part}”解压后有 {size} MB（压缩时 {packed} MB），远超任何名单所需，已拒绝读取"
        "（可能是恶意构造的文件）；请向提供方要一份正常导出的文件",
        "{path}: its part “{part}” expands to {size} MB (from {packed} MB), far beyond any real list; "
        "it was not read (it may be built to exhaust memory) — ask the sender for a normal export",
    ),
    "import.file_truncated": (
        "文件不完整（下载或复制时可能中断）：{path}；请重新获取该文件",
        "The file is incomplete (the download or copy was probably cut short): {path}; fetch it again",
    ),
    "import.file_encrypted": (
        "文件设有打开密码：{path}；请在 Excel 中取消密码后另存，再导入",
        "The file is password-protected: {path}; remove the password in Excel, save it, then import",
    ),
    "import.file_html": (
        "文件 {path} 实际上是网页（HTML）格式的表格，不是 Excel 文件；请用 Excel 打开后“另存为” xlsx 再导入",
        "{path} is really a web page (HTML) table, not an Excel file; open it in Excel, save as xlsx, then import",
    ),
    "import.file_unreadable": ("无法读取文件 {path}：{detail}", "Cannot read {path}: {detail}"),
    "import.csv_encoding": (
        "无法识别 CSV 文件的编码：{path}（不是 UTF-8、GBK 或 GB18030）；"
        "请在 Excel 中“另存为 CSV UTF-8”后再导入",
        "Cannot recognise the encoding of {path} (not UTF-8, GBK or GB18030); "
        "save it from Excel as “CSV UTF-8” and import again",
    ),
    "import.csv_decode": (
        "CSV 文件第 {row} 行附近有无法按 {encoding} 解码的内容；文件可能混用了编码或已损坏",
        "Near line {row} the CSV file has bytes that do not decode as {encoding}; "
        "the file mixes encodings or is damaged",
    ),
    "import.sheet_not_found": (
        "工作簿中没有名为“{sheet}”的工作表（现有：{sheets}）",
        "The workbook has no sheet named “{sheet}” (it has: {sheets})",
    ),
    "import.sheet_empty": ("工作表“{sheet}”中没有数据", "Sheet “{sheet}” has no data"),
    "import.no_header": (
        "工作表“{sheet}”前 {rows} 行中找不到可识别的表头（至少要有“姓名”以及“身份证号”或“出生日期”等列）",
        "No recognisable header in the first {rows} rows of sheet “{sheet}” "
        "(it needs at least 姓名 and 身份证号 or 出生日期 columns)",
    ),
    "import.mapping_incomplete": (
        "列对应缺少必需的字段：{fields}；请在“列对应”中指定",
        "The column mapping lacks required fields: {fields}; assign them in the mapping step",
    ),
    "import.mapping_twice": (
        "字段“{field}”同时对应了第 {first} 列和第 {second} 列",
        "Field “{field}” is mapped to both column {first} and column {second}",
    ),
    "import.preset_invalid": (
        "列对应方案“{name}”无效：{detail}",
        "Mapping preset “{name}” is invalid: {detail}",
    ),
    "import.source_unknown": (
        "未知的名单来源“{source}”，应为：{choices}",
        "Unknown list source “{source}”; use one of: {choices}",
    ),
    # row issues
    "import.unidentifiable": (
        "既没有有效的身份证号，也没有出生日期，无法与其他名单比对",
        "Neither a valid resident ID nor a birth date: the row cannot be matched with other lists",
    ),
    "import.id_missing": (
        "没有身份证号，将按姓名和出生日期比对",
        "No resident ID: the row will be matched by name and birth date",
    ),
    "import.duplicate_in_file": (
        "与第 {first_row} 行重复（{key}）",
        "Duplicates row {first_row} ({key})",
    ),
    "import.text_normalised": (
        "{field}“{value}”含全角字符或多余空格，已规范为“{normalised}”",
        "{field} “{value}” had full-width characters or extra spaces; normalised to “{normalised}”",
    ),
    "import.value_unknown": (
        "{field}“{value}”无法识别，已忽略（可填：{choices}）",
        "{field} “{value}” is not recognised and was ignored (expected: {choices})",
    ),
    "import.number_as_text": (
        "{field}“{value}”被 Excel 当作数字保存，后几位已丢失，无法恢复；请把该列设为文本后重新导出",
        "{field} “{value}” was stored by Excel as a number and lost digits; "
        "format the column as text and export again",
    ),
    "import.sex_from_id": (
        "性别“{value}”无法识别，已按身份证号取为{from_id}",
        "Sex “{value}” is not recognised; taken from the resident ID as {from_id}",
    ),
    "import.birth_from_id": (
        "出生日期“{value}”无法识别，已按身份证号取为 {from_id}",
        "Birth date “{value}” is not recognised; taken from the resident ID as {from_id}",
    ),
}

FIELDS: dict[str, tuple[str, str]] = {
    "township": ("乡镇", "township"),
    "village": ("村", "village"),
    "school_name": ("学校名称", "school"),
    "school_grade": ("年级", "school grade"),
    "class_name": ("班级", "class"),
    "guardian_name": ("监护人", "guardian"),
    "guardian_phone": ("联系电话", "phone"),
    "is_poor": ("是否建档立卡", "registered poor"),
    "dibao": ("低保", "minimum living allowance"),
    "left_behind": ("留守", "left-behind"),
    "orphan": ("孤儿", "orphan"),
    "has_certificate": ("持残疾证", "holds a certificate"),
    "home_lat": ("住址纬度", "home latitude"),
    "home_lon": ("住址经度", "home longitude"),
    "status": ("在学状态", "school status"),
    "placement": ("安置方式", "placement"),
    "placement_school": ("安置学校", "placement school"),
    "team": ("送教小组", "home-teaching team"),
    "placement_date": ("安置生效日期", "placement effective date"),
    "placement_by": ("安置决定", "placement decided by"),
    "placement_reason": ("安置理由", "placement reason"),
    "review_due": ("复评日期", "review due"),
    "row": ("行", "row"),
}

# special_ed/importing/service.py
SERVICE: dict[str, tuple[str, str]] = {
    # special_ed/importing/placements.py: a new child's placement from the file
    "import.placement_no_date": (
        "安置方式“{value}”未导入：缺少安置生效日期，儿童导入后请在“安置”中决定",
        "Placement “{value}” not imported: no effective date; decide it on the placement page after the import",
    ),
    "import.placement_not_permitted": (
        "安置方式“{value}”未导入：本账号无权决定安置",
        "Placement “{value}” not imported: this account may not decide placements",
    ),
    "import.placement_school_unknown": (
        "安置学校“{value}”不是本县的学校",
        "Placement school “{value}” is not a school of this county",
    ),
    "import.team_unknown": ("送教小组“{value}”不是本县的送教小组", "Team “{value}” is not a team of this county"),
    "import.team_ambiguous": (
        "送教小组“{value}”有重名，请写明安置学校",
        "More than one team is called “{value}”; give the placement school",
    ),
    "import.placement_not_imported": (
        "安置方式“{value}”未导入（原因见本行其他提示），儿童导入后请在“安置”中决定",
        "Placement “{value}” not imported (see this row's other notes); decide it on the placement page",
    ),
    "import.placement_kept": (
        "安置方式“{value}”与库中（{current}）不同，未改动；改变安置请在“安置”中决定",
        "Placement “{value}” differs from the database ({current}) and was not changed; use the placement page",
    ),
    "import.placement_kept_unplaced": (
        "安置方式“{value}”未导入：该儿童已在库中且未安置，请在“安置”中决定",
        "Placement “{value}” not imported: the child is already registered, unplaced; use the placement page",
    ),
    "import.township_ambiguous": (
        "乡镇“{value}”可指 {candidates}，请写全称",
        "Township “{value}” could be {candidates}; write the full name",
    ),
    "import.village_ambiguous": (
        "村“{value}”可指 {candidates}，已留空，请核对",
        "Village “{value}” could be {candidates}; left empty, please check",
    ),
    "import.township_unknown": (
        "乡镇“{value}”不是本县的乡镇（街道），请核对名称",
        "Township “{value}” is not one of this county's; check the name",
    ),
    "import.village_unknown": (
        "村“{value}”不在{township}的村（社区）名单中，已留空",
        "Village “{value}” is not in {township}; left empty",
    ),
    "import.school_unknown": (
        "学校“{value}”不在学校名单中，已留空",
        "School “{value}” is not known; left empty",
    ),
    "import.duplicate_in_db": (
        "与系统中已有的儿童 {other}（编号 {child_id}）重复；请选择保留、替换或逐项合并",
        "Duplicates child {other} (no. {child_id}) already recorded: keep, replace or merge field by field",
    ),
    "import.nothing_to_import": ("没有可导入的行", "There are no rows to import"),
}


# special_ed/importing/check_service.py
CHECK: dict[str, tuple[str, str]] = {
    "check.not_unregistered": (
        "“{name}”不是只在部门名单中出现的疑似失学辍学儿童，不能从这里登记",
        "“{name}” is not a child found only in an agency list; register from here is not possible",
    ),
    "followup.step": ("核查步骤“{value}”无效", "Follow-up step “{value}” is not valid"),
    "followup.resolution_required": (
        "关闭问题时请写明核实结果",
        "Say what was established when resolving",
    ),
}


CHECK_FIELDS: dict[str, tuple[str, str]] = {
    "step": ("核查步骤", "step"),
    "who": ("核查人", "who"),
    "result": ("结果", "result"),
    "done_on": ("日期", "date"),
    "resolution": ("核实结果", "resolution"),
}


# special_ed/importing/reference_rows.py and reference_service.py: schools, teachers, teams, villages
REFERENCE_IMPORT: dict[str, tuple[str, str]] = {
    "refimport.duplicate_row": (
        "与第 {first_row} 行重复（“{value}”），同一文件中只能出现一次",
        "Repeats row {first_row} (“{value}”); each may appear once in a file",
    ),
    "refimport.school_exists": (
        "学校“{name}”已在学校名单中；如需修改请到“基础数据”页",
        "School “{name}” is already listed; change it on the reference data page",
    ),
    "refimport.school_unknown": (
        "学校“{value}”不在学校名单中；请先导入或添加这所学校",
        "School “{value}” is not listed; import or add the school first",
    ),
    "refimport.school_kind": (
        "办学类型“{value}”无法识别（可填：{choices}）",
        "Kind of school “{value}” is not recognised (expected: {choices})",
    ),
    "refimport.role_unknown": (
        "岗位“{value}”无法识别（可填：{choices}）",
        "Role “{value}” is not recognised (expected: {choices})",
    ),
    "refimport.active_unknown": (
        "是否在岗“{value}”无法识别（可填：是、否）",
        "Active “{value}” is not recognised (expected: 是 or 否)",
    ),
    "refimport.teacher_exists": (
        "{school}的教师名单中已有“{name}”；如需修改请到“基础数据”页",
        "{school} already lists “{name}”; change the teacher on the reference data page",
    ),
    "refimport.teacher_unknown": (
        "教师“{value}”不在教师名单中；请先导入或添加这名教师",
        "Teacher “{value}” is not listed; import or add the teacher first",
    ),
    "refimport.teacher_ambiguous": (
        "教师“{value}”有同名的多人（{candidates}），且都不在本组所属学校；请在“基础数据”页组建该小组",
        "Several teachers are called “{value}” ({candidates}), none at the team's school; "
        "build this team on the reference data page",
    ),
    "refimport.team_exists": (
        "送教小组“{name}”已存在；如需修改请到“基础数据”页",
        "Team “{name}” already exists; change it on the reference data page",
    ),
    "refimport.driver_role": (
        "“{name}”的岗位是{role}，不是出车人员",
        "“{name}” is recorded as {role}, not as a driver",
    ),
    "refimport.village_unknown": (
        "村“{value}”不在{where}的村（社区）名单中；可在“基础数据”页增补",
        "Village “{value}” is not among {where}'s villages; add it on the reference data page",
    ),
    "refimport.village_ambiguous": (
        "村“{value}”可指 {candidates}；请填写乡镇列",
        "Village “{value}” could be {candidates}; fill in the township column",
    ),
    "refimport.no_coordinates": (
        "“{value}”没有填写坐标，本行不导入",
        "“{value}” has no coordinates; the row is left as it is",
    ),
    "refimport.village_code": (
        "村（社区）代码“{value}”不是本县的村（社区）",
        "Village code “{value}” is not one of this county's villages",
    ),
    "refimport.coordinates_half": (
        "纬度和经度须同时填写",
        "Give both latitude and longitude",
    ),
    "refimport.coordinates_swapped": (
        "纬度、经度两列填反了，已按纬度 {lat}、经度 {lon} 读取",
        "Latitude and longitude were swapped; read as latitude {lat}, longitude {lon}",
    ),
    "refimport.out_of_scope": (
        "“{what}”不在您的工作范围（{scope}）内",
        "“{what}” lies outside your scope ({scope})",
    ),
    "refimport.too_many": (
        "文件中的数据超过 {max} 行，不像是一份{kind}名单；请检查所选的文件",
        "The file has more than {max} rows of data, too many for a list of {kind}; check the file chosen",
    ),
    "refimport.no_header": (
        "工作表“{sheet}”前 {rows} 行中找不到{kind}名单的表头（应有：{fields}）；可下载模板对照填写",
        "No header of a list of {kind} in the first {rows} rows of sheet “{sheet}” (expected: {fields}); "
        "the template shows the columns",
    ),
    "refimport.changed": (
        "预览之后名单已有变化（第 {rows} 行的结果不同），未写入任何数据；请重新预览后再导入",
        "The lists changed after the preview (rows {rows} now come out differently); nothing was written — "
        "preview again, then import",
    ),
    "refimport.template_missing": (
        "程序缺少导入模板（{name}），请重新安装",
        "The import template ({name}) is missing; reinstall the program",
    ),
    "refimport.kind_unknown": (
        "未知的导入内容“{kind}”，应为：{choices}",
        "Unknown list “{kind}”; use one of: {choices}",
    ),
}

REFERENCE_IMPORT_FIELDS: dict[str, tuple[str, str]] = {
    "village_code": ("村（社区）代码", "village code"),
    "identifier": ("学校标识码", "school identifier"),
    "school_kind": ("办学类型", "kind of school"),
    "school_address": ("学校地址", "school address"),
    "school": ("学校", "school"),
    "teacher_name": ("姓名", "name"),
    "teacher_role": ("岗位", "role"),
    "phone": ("手机号码", "phone"),
    "active": ("是否在岗", "active"),
    "team_name": ("小组名称", "team name"),
    "leader": ("组长", "leader"),
    "members": ("组员", "members"),
    "driver": ("出车人员", "driver"),
    "townships": ("负责乡镇", "townships covered"),
    "lat": ("纬度", "latitude"),
    "lon": ("经度", "longitude"),
}
