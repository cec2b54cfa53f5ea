"""The message catalogue: wording of every error and issue code, in Chinese (default) and English.

One catalogue serves the CLI, the import reports and the UI, so a problem reads
the same wherever it shows.

*Explicit, not registered.* The core's own codes are :data:`CORE`; each feature
keeps its wording in a plain-data module next to its code (importing nothing of
the project), and :data:`MESSAGE_CATALOGUES` lists them all. :func:`catalogue`
merges them once, on first use, whatever has been imported so far — so an error
raised before its feature module is loaded is still worded. A new feature adds
its module to the two tuples below; a test fails for codes the core raises
without wording, and for a code worded twice.

*Worded at display time.* Errors and issues carry a code and parameters only;
``message(lang)`` words them when they are shown, in the language asked for
then. Parameters that are enum members (:class:`~special_ed.domain.enums.Labelled`)
or nested issues are worded in that language too, and so are field names
(``{field}``) and settings keys (``{key}`` of the ``settings.*`` codes, e.g.
``age_max`` → 最大入学年龄).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from special_ed import service_wording as services_wording
from special_ed.backup import messages as backup_wording
from special_ed.domain import wording as domain_wording
from special_ed.domain.enums import Labelled
from special_ed.formatting import field_label as record_field_label
from special_ed.importing import codes as importing_codes
from special_ed.printing import codes as printing_codes
from special_ed.reports import wording as reports_wording
from special_ed.scheduling import messages as scheduling_messages

Wording = dict[str, tuple[str, str]]

CORE_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name"),
    "sex": ("性别", "sex"),
    "birth_date": ("出生日期", "birth date"),
    "resident_id": ("身份证号", "resident ID"),
    "ethnicity": ("民族", "ethnicity"),
    "village_id": ("户籍村", "village"),
    "township_id": ("乡镇", "township"),
    "address": ("家庭住址", "address"),
    "certificate_no": ("残疾证号", "certificate number"),
    "categories": ("残疾类别", "disability category"),
    "grade": ("残疾等级", "disability grade"),
    "level": ("障碍程度", "level"),
    "school_register_no": ("学籍号", "school-register number"),
    "status": ("在学状态", "status"),
    "guardians": ("监护人", "guardians"),
    "guardian.name": ("监护人姓名", "guardian name"),
    "guardian.phone": ("监护人电话", "guardian phone"),
    "home_lat": ("住址纬度", "home latitude"),
    "home_lon": ("住址经度", "home longitude"),
    "reason": ("理由", "reason"),
    "kind": ("安置方式", "placement"),
    "school_id": ("学校", "school"),
    "team_id": ("送教小组", "team"),
    "effective_date": ("生效日期", "effective date"),
    "settings": ("设置", "settings"),
    "notes": ("备注", "notes"),
    "grade_year": ("年级", "grade"),
    "class_name": ("班级", "class"),
}

CORE: dict[str, tuple[str, str]] = {
    # generic
    "error": ("操作失败：{detail}", "The operation failed: {detail}"),
    "validation": ("有 {count} 处内容需要更正", "{count} field(s) need correcting"),
    "required": ("{field}不能为空", "{field} is required"),
    "too_long": ("{field}过长（最多 {max} 个字）", "{field} is too long (at most {max} characters)"),
    "not_found": ("找不到{what}（{key}）", "{what} not found ({key})"),
    "conflict": (
        "这条记录已被其他人（{by}）修改，请重新打开后再保存",
        "Someone else ({by}) changed this record; reopen it and save again",
    ),
    "permission": ("没有权限：{detail}", "Not permitted: {detail}"),
    "cancelled": ("操作已取消，未作任何更改", "Cancelled; nothing was changed"),
    "invalid_choice": ("{field}的值“{value}”无效", "{field}: “{value}” is not a valid choice"),
    "date.invalid": ("{field}“{value}”不是有效日期", "{field}: “{value}” is not a valid date"),
    "date.future": ("{field}不能晚于今天", "{field} cannot be in the future"),
    "date.too_old": (
        "{field}“{value}”早于 {earliest}，不可能是儿童的出生日期，请核对",
        "{field} “{value}” is before {earliest}: not a child's birth date; please check it",
    ),
    "text.control": (
        "{field}含有不可见的控制字符（{char}，第 {position} 个字符），请删除后重新输入",
        "{field} holds an invisible control character ({char} at position {position}); remove it and try again",
    ),
    "text.bidi": (
        "{field}含有文字方向控制字符（{char}），它会让文字显示得与实际不同，请删除",
        "{field} holds a text-direction control ({char}) that makes it display differently from what it is; remove it",
    ),
    "text.invisible": (
        "{field}只有空白或不可见字符，没有可显示的文字",
        "{field} holds only blank or invisible characters, nothing that shows",
    ),
    "number.range": ("{field}应在 {min} 到 {max} 之间", "{field} must be between {min} and {max}"),
    "phone.invalid": ("{field}“{value}”不像电话号码", "{field}: “{value}” does not look like a phone number"),
    "archived.reason_required": ("归档必须填写理由", "Archiving needs a reason"),
    "archived.already": ("该记录已归档", "This record is already archived"),
    # resident ID
    "id.empty": ("身份证号为空", "The resident ID is empty"),
    "id.excel_number": (
        "身份证号“{value}”被 Excel 当作数字保存，后几位已丢失，无法恢复；请把该列设为文本后重新导出",
        "Resident ID “{value}” was stored by Excel as a number and lost its last digits; "
        "it cannot be recovered — format the column as text and export again",
    ),
    "id.normalised": (
        "身份证号“{value}”含全角字符、空格或小写 x，已规范为 {normalised}",
        "Resident ID “{value}” had full-width characters, spaces or a lower-case x; normalised to {normalised}",
    ),
    "id.length": (
        "身份证号“{value}”应为 18 位，实为 {length} 位",
        "Resident ID “{value}” has {length} characters, not 18",
    ),
    "id.characters": (
        "身份证号“{value}”只能是 17 位数字加一位数字或 X",
        "Resident ID “{value}” must be 17 digits then a digit or X",
    ),
    "id.birth_date_invalid": (
        "身份证号“{value}”中的出生日期 {digits} 不存在",
        "Resident ID “{value}” encodes a birth date {digits} that does not exist",
    ),
    "id.birth_date_future": (
        "身份证号“{value}”中的出生日期 {birth_date} 晚于今天",
        "Resident ID “{value}” encodes a birth date {birth_date} in the future",
    ),
    "id.checksum": (
        "身份证号“{value}”校验位错误：末位应为 {expected}，实为 {found}",
        "Resident ID “{value}” fails its check: the last character should be {expected}, not {found}",
    ),
    "id.birth_date_mismatch": (
        "出生日期 {entered} 与身份证号中的 {from_id} 不一致",
        "Birth date {entered} disagrees with {from_id} in the resident ID",
    ),
    "id.sex_mismatch": (
        "性别“{entered_zh}”与身份证号（{from_id_zh}）不一致",
        "Sex “{entered_en}” disagrees with the resident ID ({from_id_en})",
    ),
    "id.region_unknown": (
        "身份证号的地区码 {region} 不在本县代码表中（可能是外县户籍或区划调整），请核实",
        "Region code {region} is not one of this county's (another county, or a renamed area): please check",
    ),
    "id.duplicate": ("身份证号 {value} 已登记给 {other}", "Resident ID {value} already belongs to {other}"),
    # certificate
    "cert.empty": ("残疾证号为空", "The certificate number is empty"),
    "cert.excel_number": (
        "残疾证号“{value}”被 Excel 当作数字保存，后几位已丢失",
        "Certificate number “{value}” was stored by Excel as a number and lost digits",
    ),
    "cert.normalised": (
        "残疾证号“{value}”已规范为 {normalised}",
        "Certificate number “{value}” normalised to {normalised}",
    ),
    "cert.length": (
        "残疾证号“{value}”应为 20 或 22 位（身份证号+类别+等级[+B1–B9]），实为 {length} 位",
        "Certificate number “{value}” must have 20 or 22 characters (ID + category + grade [+ B1–B9]), "
        "not {length}",
    ),
    "cert.id_invalid": (
        "残疾证号“{value}”的前 18 位 {id} 不是有效的身份证号",
        "The first 18 characters of certificate “{value}” ({id}) are not a valid resident ID",
    ),
    "cert.category": (
        "残疾证号“{value}”的类别位“{found}”应为 1–7",
        "Certificate “{value}”: category “{found}” must be 1–7",
    ),
    "cert.grade": (
        "残疾证号“{value}”的等级位“{found}”应为 1–4",
        "Certificate “{value}”: grade “{found}” must be 1–4",
    ),
    "cert.suffix": (
        "残疾证号“{value}”的后缀“{found}”应为 B1–B9",
        "Certificate “{value}”: suffix “{found}” must be B1–B9",
    ),
    "cert.id_mismatch": (
        "残疾证号中的身份证号 {cert_id} 与儿童身份证号 {id} 不一致",
        "The ID in the certificate ({cert_id}) disagrees with the child's resident ID ({id})",
    ),
    "cert.category_mismatch": (
        "残疾类别与残疾证号不一致（证上为 {from_cert}）",
        "Disability category disagrees with the certificate ({from_cert})",
    ),
    "cert.grade_mismatch": (
        "残疾等级与残疾证号不一致（证上为 {from_cert}）",
        "Disability grade disagrees with the certificate ({from_cert})",
    ),
    "cert.missing_number": (
        "已勾选“持残疾证”但未填写证号",
        "“Has a certificate” is ticked but no number is given",
    ),
    # placement
    "placement.reason_required": (
        "所选安置方式与建议（{recommended}）不同，必须填写理由",
        "The placement differs from the recommendation ({recommended}): a reason is required",
    ),
    "placement.school_required": ("{kind}需要选择学校", "{kind} needs a school"),
    "placement.special_school_required": (
        "特校就读必须选择特殊教育学校",
        "Special-school placement needs a special school",
    ),
    "placement.team_required": (
        "送教上门需要至少两名教师组成的送教小组，且其中至少一名特教教师",
        "Home teaching needs a team of at least two teachers including a special-education teacher",
    ),
    "placement.level_required": ("请先记录评估结论（障碍程度）", "Record the assessed level first"),
    "placement.before_previous": (
        "生效日期须晚于当前安置的生效日期 {previous}",
        "The effective date must be after the current placement's ({previous})",
    ),
    "placement.none_active": ("该儿童当前没有有效安置", "The child has no active placement"),
    # demo
    "demo.not_empty": (
        "数据库中已有数据，示范县只能生成到空数据库中",
        "The database already has data; the demo county is only generated into an empty one",
    ),
    "demo.too_few": ("示范县至少需要 {minimum} 名儿童", "The demo county needs at least {minimum} children"),
    # export
    "export.unknown": ("未知的导出内容：{what}", "Unknown export: {what}"),
    "gui.unavailable": (
        "无法启动桌面程序（PySide6 不可用）：{detail}",
        "Cannot start the desktop program (PySide6): {detail}",
    ),
    "gui.missing_library": (
        "无法启动桌面程序：缺少系统库 {library}。请按 README 安装图形界面所需的软件包"
        "（Debian/Ubuntu：sudo apt-get install …），命令行子命令不受影响。",
        "Cannot start the desktop program: the system library {library} is missing. Install the packages "
        "the README lists for the graphical interface; the command-line sub-commands still work.",
    ),
    "gui.no_display": (
        "没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）：请在桌面会话中启动本程序，"
        "或使用命令行子命令（special-ed --help）",
        "No graphical display (DISPLAY and WAYLAND_DISPLAY are unset): start the program in a desktop "
        "session, or use the command-line sub-commands (special-ed --help)",
    ),
    # database
    "db.locked": (
        "数据库正被其他程序占用（{path}），请稍后再试",
        "The database is locked by another program ({path}); try again later",
    ),
    "db.readonly": ("数据库文件只读，无法写入：{path}", "The database file is read-only: {path}"),
    "db.corrupt": (
        "数据库文件已损坏或不是数据库：{path}",
        "The database file is corrupt or not a database: {path}",
    ),
    "db.newer_schema": (
        "数据库版本（{found}）比本程序（{supported}）新，请升级程序；文件未作改动",
        "The database schema ({found}) is newer than this program supports ({supported}); "
        "upgrade the program. The file was not changed",
    ),
    "db.unreachable": ("无法连接数据库：{detail}", "Cannot reach the database: {detail}"),
    "db.not_initialised": (
        "数据库尚未初始化，请先运行 special-ed db upgrade",
        "The database is not initialised; run special-ed db upgrade first",
    ),
    "db.missing_file": ("数据库文件不存在：{path}", "The database file does not exist: {path}"),
    "db.missing_file_given": (
        "数据库文件不存在：{path}（请检查路径是否输错；新建数据库请用 special-ed --db 路径 db upgrade）",
        "The database file does not exist: {path} (check for a typing slip; to create one use "
        "special-ed --db PATH db upgrade)",
    ),
    "db.empty_file": (
        "数据库文件是空的（0 字节）：{path}；它多半是一次失败的复制，不会被当作新的县数据库使用。"
        "请从备份恢复，或删除这个文件后再新建",
        "The database file is empty (0 bytes): {path}; it is most likely a failed copy and is not used "
        "as a new county — restore a backup, or delete the file before creating a new one",
    ),
    "db.unrelated": (
        "{path} 是别的程序的 SQLite 数据库（含有表 {tables}），不会在其中添加本程序的表",
        "{path} is another program's SQLite database (it holds {tables}); this program's tables are not added to it",
    ),
    "db.unsupported": (
        "不支持的数据库类型“{kind}”（{url}）；只支持 SQLite 文件和 PostgreSQL（postgresql+psycopg://…）",
        "Unsupported database kind “{kind}” ({url}); only SQLite files and PostgreSQL (postgresql+psycopg://…) work",
    ),
    "db.damaged_refused": (
        "数据库文件未通过完整性检查（{detail}），为免损坏扩大，未写入任何数据：{path}。请从最新的备份恢复",
        "The database file failed its integrity check ({detail}); nothing was written, so the damage "
        "does not spread: {path}. Restore the newest backup",
    ),
    "db.bad_url": ("数据库地址“{url}”无法识别", "The database address “{url}” cannot be understood"),
    "db.damaged_readonly": (
        "数据库文件已损坏（{detail}），已以只读方式打开：可以查看和导出，但不能保存任何更改。"
        "请用“文件 → 从备份恢复”恢复最新的备份：{backup}",
        "The database file is damaged ({detail}) and was opened read-only: you can look and export but not "
        "save. Restore the newest backup (File → Restore from a backup): {backup}",
    ),
    # encrypted databases (special_ed/db_key.py, SQLCipher)
    "db.key_needed": (
        "加密的数据库 {path} 需要密钥，而本机没有系统密钥环：请在提示时输入数据库口令，或为脚本和服务器设置环境变量 {env}",
        "The encrypted database {path} needs its key and this computer has no system keyring: type its "
        "passphrase when asked, or set {env} for scripts and servers",
    ),
    "db.key_missing": (
        "系统密钥环里没有数据库 {path} 的密钥（文件可能是从别的电脑复制来的）：请输入它的口令或设置环境变量 {env}；"
        "没有口令时请从备份恢复",
        "The system keyring holds no key for the database {path} (it may have been copied from another "
        "computer): give its passphrase or set {env}; without one, restore a backup",
    ),
    "db.wrong_key": (
        "无法打开加密的数据库 {path}：密钥或口令不对（文件未作改动）",
        "Cannot open the encrypted database {path}: the key or passphrase is wrong (the file was not changed)",
    ),
    "db.key_cancelled": (
        "没有输入数据库口令，未打开 {path}",
        "No passphrase was given; {path} was not opened",
    ),
    "db.passphrase_short": (
        "数据库口令至少需要 {minimum} 个字符",
        "The database passphrase needs at least {minimum} characters",
    ),
    "db.passphrase_mismatch": ("两次输入的数据库口令不一致", "The two passphrases differ"),
    "db.key_not_kept": (
        "无法把数据库密钥存入系统密钥环（读回的不一致），数据库未作改动：{path}",
        "The database key could not be kept in the system keyring (it read back differently); "
        "the database was not changed: {path}",
    ),
    "db.plain_file": (
        "{path} 是未加密的数据库；要加密请运行 special-ed --db {path} db encrypt",
        "{path} is not encrypted; to encrypt it run special-ed --db {path} db encrypt",
    ),
    "db.already_encrypted": ("数据库 {path} 已经加密，未作改动", "The database {path} is already encrypted"),
    "db.encrypt_not_file": (
        "只有 SQLite 数据库文件可以加密（{url}）；PostgreSQL 请使用服务器的磁盘加密",
        "Only SQLite database files can be encrypted ({url}); use the server's disk encryption for PostgreSQL",
    ),
    "db.encrypt_in_use": (
        "数据库 {path} 在加密期间被修改或正被其他程序使用，原文件未作改动；请关闭其他窗口后重试",
        "The database {path} changed or was in use while it was being encrypted; the original was not "
        "changed. Close the other windows and try again",
    ),
    "db.encrypt_failed": (
        "加密数据库失败（{detail}），原文件未作改动：{path}",
        "Encrypting the database failed ({detail}); the original was not changed: {path}",
    ),
    "db.error": ("数据库错误：{detail}", "Database error: {detail}"),
    "db.backup_failed": (
        "升级前备份数据库失败：{detail}",
        "Could not back up the database before upgrading: {detail}",
    ),
    "db.migration_broke_references": (
        "数据库升级会破坏表 {tables} 中的关联，升级已撤销，数据库未作改动",
        "Upgrading the database would break references in {tables}; the upgrade was undone and nothing changed",
    ),
    # files
    "file.unwritable": ("无法写入文件 {path}：{detail}", "Cannot write {path}: {detail}"),
    "file.folder_unwritable": (
        "无法写入文件 {path}：文件夹不存在或不可写",
        "Cannot write {path}: the folder is missing or read-only",
    ),
    "file.unreadable": ("无法读取文件 {path}：{detail}", "Cannot read {path}: {detail}"),
    # keyring (special_ed/secret_store.py)
    "secret.unavailable": (
        "本机没有可用的系统密钥环（{backend}），无法保存或读取密钥",
        "No usable system keyring on this computer ({backend}); secrets cannot be stored or read",
    ),
    "secret.failed": ("系统密钥环操作失败：{detail}", "The system keyring failed: {detail}"),
}

MESSAGE_CATALOGUES: tuple[Mapping[str, tuple[str, str]], ...] = (
    CORE,
    domain_wording.COMPLETENESS,
    domain_wording.DUE_LIST,
    domain_wording.RECORD_RULES,
    domain_wording.SETTINGS,
    domain_wording.NORM_PRESETS,
    domain_wording.INSTRUMENTS,
    domain_wording.REGISTRATION,
    services_wording.RECORDS,
    services_wording.VISITS,
    services_wording.COMPLIANCE,
    services_wording.ACCOUNTS,
    services_wording.ACCESS,
    services_wording.AUDIT,
    services_wording.REVERT,
    services_wording.NORMS,
    services_wording.COUNTY,
    services_wording.REFERENCE,
    services_wording.DROPOUT,
    reports_wording.REPORTS,
    importing_codes.MESSAGES,
    importing_codes.SERVICE,
    importing_codes.CHECK,
    importing_codes.REFERENCE_IMPORT,
    printing_codes.MESSAGES,
    scheduling_messages.MESSAGES,
    backup_wording.BACKUP,
)
FIELD_CATALOGUES: tuple[Mapping[str, tuple[str, str]], ...] = (
    CORE_FIELDS,
    importing_codes.FIELDS,
    importing_codes.CHECK_FIELDS,
    importing_codes.REFERENCE_IMPORT_FIELDS,
    printing_codes.FIELDS,
    services_wording.ACCOUNTS_FIELDS,
    services_wording.COUNTY_FIELDS,
)


@dataclass(frozen=True)
class Catalogue:
    messages: Wording
    fields: Wording
    duplicates: frozenset[str]  # codes worded by more than one catalogue (a test keeps this empty)


@cache
def catalogue() -> Catalogue:
    """Every catalogue merged (once); later catalogues do not silently override earlier ones."""
    messages: Wording = {}
    duplicates: set[str] = set()
    for part in MESSAGE_CATALOGUES:
        duplicates |= messages.keys() & part.keys()
        messages.update(part)
    fields: Wording = {}
    for part in FIELD_CATALOGUES:
        fields.update(part)
    return Catalogue(messages, fields, frozenset(duplicates))


def known_codes() -> set[str]:
    return set(catalogue().messages)


def field_label(field: str, lang: str = "zh") -> str:
    """The name of an issue's field: the catalogue's, else the record formatter's (no raw column names)."""
    names = catalogue().fields.get(field)
    if names is not None:
        return names[0] if lang == "zh" else names[1]
    if "[" in field or "." in field:
        return field  # a path into a file (scenario JSON, a form's rows): the reader finds it by it
    return record_field_label(None, field, lang)


class IssueLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def params(self) -> dict[str, Any]: ...


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _worded(value: Any, lang: str) -> Any:
    if isinstance(value, Labelled):
        return value.text(lang)
    if all(hasattr(value, a) for a in ("code", "field", "params", "severity")):
        return describe_issue(value, lang)
    return value


def word(code: str, params: Mapping[str, Any], lang: str = "zh") -> str:
    """The code's template in ``lang`` filled with ``params``; an unknown code shows with its parameters."""
    values = {k: _worded(v, lang) for k, v in params.items()}
    if code.startswith("settings.") and "key" in values:
        values["key"] = record_field_label("settings", str(values["key"]), lang)
    templates = catalogue().messages.get(code)
    if templates is None:
        detail = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{code}: {detail}" if detail else code
    template = templates[0] if lang == "zh" else templates[1]
    return template.format_map(_SafeDict(values))


def describe_issue(issue: IssueLike, lang: str = "zh") -> str:
    params = dict(issue.params)
    params.setdefault("field", field_label(issue.field, lang))
    return word(issue.code, params, lang)


class ErrorLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def params(self) -> dict[str, Any]: ...


def describe_error(error: ErrorLike, lang: str = "zh") -> str:
    """An error's wording; a validation error (one with ``issues``) reads as its issues."""
    issues: Sequence[IssueLike] = getattr(error, "issues", ())
    if issues:
        sep = "；" if lang == "zh" else "; "
        return sep.join(describe_issue(i, lang) for i in issues)
    values = dict(error.params)
    if "field" in values:
        values["field"] = field_label(str(values["field"]), lang)
    return word(error.code, values, lang)
