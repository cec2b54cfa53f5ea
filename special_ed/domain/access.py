"""Who may do what, and on which children: the one place where rights are decided.

Services name the action they perform (``ctx.uow("records.visit")``); :func:`allowed`
answers from the role. *Which* children an actor sees is the :class:`Scope`: the
persistence layer adds it to every query on children and on the rows that belong to
a child (``persistence/scope.py``), so a township's registry, counts, charts, exports,
prints and 三查 lists never contain another township's child.

Qt-free and SQL-free: the UI imports it to show the role and to hide buttons, but the
decision that counts is the service's.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # 系统管理员
    COORDINATOR = "coordinator"  # 县特教中心
    TOWNSHIP = "township"  # 乡镇（街道）
    SCHOOL = "school"  # 学校
    TEACHER = "teacher"  # 送教教师
    VIEWER = "viewer"  # 督导

    @property
    def label(self) -> str:
        return ROLE_LABELS[self][0]

    def label_in(self, lang: str) -> str:
        zh, en = ROLE_LABELS[self]
        return zh if lang == "zh" else en


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("系统管理员", "administrator"),
    Role.COORDINATOR: ("县特教中心", "county coordinator"),
    Role.TOWNSHIP: ("乡镇（街道）", "township staff"),
    Role.SCHOOL: ("学校", "school staff"),
    Role.TEACHER: ("送教教师", "home-teaching teacher"),
    Role.VIEWER: ("督导", "inspector (read only)"),
}

# What a role needs in its scope: township staff name a township, school staff a school, a teacher a team.
SCOPE_OF_ROLE: dict[Role, str] = {Role.TOWNSHIP: "township", Role.SCHOOL: "school", Role.TEACHER: "team"}

# Actions only an administrator performs (prefix match, so a helper's "backup.restore" is covered).
ADMIN_PREFIXES = ("accounts", "audit", "settings", "county", "backup", "restore", "transfer", "norms")

# Writes the county-wide roles keep for themselves; everything not listed for a scoped role is refused.
_RECORDS = frozenset({"records.plan", "records.lesson", "records.assessment", "records.attachment", "records.visit"})
_SCOPED_STAFF = frozenset(
    {"read", "export", "print", "export.full", "print.full", "children.write", "records.scheme",
     "import.write", "import.presets"}
) | _RECORDS
_TEACHER = frozenset({"read", "export", "print"}) | _RECORDS
_VIEWER = frozenset({"read", "export", "print"})

# Actions that show identifiers in full (resident ID, certificate number, phones).
FULL_ACTIONS = frozenset({"export.full", "print.full"})


@dataclass(frozen=True)
class Scope:
    """The part of the county an actor serves; all ``None`` means the whole county."""

    township_id: int | None = None
    school_id: int | None = None
    team_id: int | None = None
    township_name: str = ""  # 三查 findings about people not in the registry carry only a township name
    label: str = ""  # what the scope is called, for the window title and messages

    @property
    def whole_county(self) -> bool:
        return self.township_id is None and self.school_id is None and self.team_id is None

    def admits(self, township_id: int | None, school_ids: tuple[int | None, ...], team_id: int | None) -> bool:
        """Does a child with these ids lie in the scope? (The same rule the queries apply.)"""
        if self.township_id is not None and township_id != self.township_id:
            return False
        if self.school_id is not None and self.school_id not in school_ids:
            return False
        return not (self.team_id is not None and team_id != self.team_id)


COUNTY = Scope()


@dataclass(frozen=True)
class Actor:
    """Who is acting: an account after login, or (before any account exists) the OS user with full rights."""

    name: str  # the login name (written into the audit) or the OS user in single-user mode
    role: Role = Role.ADMIN
    scope: Scope = field(default=COUNTY)
    display_name: str = ""
    account_id: int | None = None  # None: single-user mode (no accounts in this database)
    locked: bool = False  # accounts exist but nobody has logged in yet
    must_change_password: bool = False

    @staticmethod
    def from_os() -> Actor:
        try:
            return Actor(getpass.getuser() or "unknown")
        except Exception:
            return Actor("unknown")

    @staticmethod
    def nobody() -> Actor:
        """The actor of a database with accounts before login: every action is refused."""
        return Actor("（未登录）", Role.VIEWER, locked=True)

    @property
    def single_user(self) -> bool:
        return self.account_id is None and not self.locked

    @property
    def masks_identifiers(self) -> bool:
        """A viewer sees IDs, certificate numbers and phones masked everywhere."""
        return self.role is Role.VIEWER

    @property
    def shown_name(self) -> str:
        return self.display_name or self.name


def allowed(actor: Actor, action: str) -> bool:
    """May ``actor`` perform ``action``? (Scope is checked on the rows, not here.)"""
    if actor.locked:
        return False
    if actor.must_change_password:
        return action == "accounts.own_password"
    if actor.single_user or actor.role is Role.ADMIN:
        return True
    if action == "accounts.own_password":
        return True
    if actor.role is Role.COORDINATOR:
        return not action.startswith(ADMIN_PREFIXES)
    if actor.role in (Role.TOWNSHIP, Role.SCHOOL):
        return action in _SCOPED_STAFF
    if actor.role is Role.TEACHER:
        return action in _TEACHER
    return action in _VIEWER


# What an action is called in a refusal ("督导 不能 修改儿童信息").
ACTION_LABELS: dict[str, tuple[str, str]] = {
    "read": ("查看", "read"),
    "export": ("导出", "export"),
    "print": ("打印", "print"),
    "export.full": ("导出完整身份证号和电话", "export full identifiers"),
    "print.full": ("打印完整身份证号和电话", "print full identifiers"),
    "children.write": ("修改儿童信息", "edit children"),
    "children.archive": ("归档或恢复儿童", "archive or restore children"),
    "placement.write": ("作安置决定", "make placement decisions"),
    "coverage.write": ("登记覆盖例外", "record coverage exceptions"),
    "records.scheme": ("修改教育安置方案", "edit schemes"),
    "records.plan": ("修改送教计划", "edit plans"),
    "records.lesson": ("修改教案", "edit lesson plans"),
    "records.assessment": ("修改评估", "edit assessments"),
    "records.attachment": ("修改档案附件", "edit attachments"),
    "records.visit": ("登记送教记录", "record visits"),
    "import.write": ("导入名单", "import lists"),
    "import.presets": ("保存导入方案", "save import presets"),
    "check.write": ("处理三查", "work on 三查 findings"),
    "schedule": ("排程", "schedule"),
    "teams.write": ("修改送教小组", "edit teams"),
    "demo.write": ("生成示范数据", "generate demo data"),
    "settings.write": ("修改设置", "change settings"),
    "accounts.read": ("查看账户", "see accounts"),
    "accounts.write": ("管理账户", "manage accounts"),
    "accounts.own_password": ("修改自己的密码", "change one's password"),
    "audit.read": ("查看审计记录", "read the audit"),
}


def action_label(action: str, lang: str = "zh") -> str:
    names = ACTION_LABELS.get(action)
    if names is None:
        return action
    return names[0] if lang == "zh" else names[1]


@dataclass(frozen=True)
class AccountRow:
    id: int
    login: str
    display_name: str
    role: Role
    township: str
    school: str
    team: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int

    @property
    def scope_label(self) -> str:
        return self.township or self.school or self.team or "全县"


@dataclass(frozen=True)
class AccountInput:
    login: str
    role: str
    password: str
    display_name: str = ""
    township: str = ""  # name or code
    school: str = ""
    team: str = ""
