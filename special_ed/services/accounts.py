"""Accounts: who may log in, with which role and scope; logins with lock-out; administrators' changes.

Passwords are hashed with Argon2id (argon2-cffi, a memory-hard KDF); the clear text is never
stored, logged or audited — only ``***`` appears in the audit when a hash changes. A database
without accounts is in single-user mode (the OS user, full rights) until the first account is
created, and that account must be an administrator.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from special_ed.domain.access import SCOPE_OF_ROLE, AccountInput, AccountRow, Actor, Role, Scope
from special_ed.errors import Issue, NotFoundError, SpecialEdError, ValidationError
from special_ed.persistence.models import Account, School, Team, Township
from special_ed.persistence.uow import UnitOfWork
from special_ed.services.context import ServiceContext

MIN_PASSWORD = 8
MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 15
_LOGIN = re.compile(r"^[^\s]{1,64}$")


__all__ = ["AccountInput", "AccountRow", "AccountsService", "Kdf"]

_SCOPE_WHAT = {
    "township": ("乡镇（街道）", "township"),
    "school": ("学校", "school"),
    "team": ("送教小组", "team"),
}


def _account_rows(session: Session, *criteria: ColumnElement[bool]) -> list[AccountRow]:
    """Accounts (all, or those ``criteria`` pick) by login, with the names their scope points at."""
    rows = session.execute(
        select(Account, Township.name, School.name, Team.name)
        .outerjoin(Township, Township.id == Account.township_id)
        .outerjoin(School, School.id == Account.school_id)
        .outerjoin(Team, Team.id == Account.team_id)
        .where(*criteria)
        .order_by(Account.login)
    )
    return [_account_row(a, township, school, team) for a, township, school, team in rows]


def _account_row(a: Account, township: str | None, school: str | None, team: str | None) -> AccountRow:
    return AccountRow(
        a.id,
        a.login,
        a.display_name,
        Role(a.role),
        township or "",
        school or "",
        team or "",
        a.active,
        a.must_change_password,
        a.locked_until,
        a.last_login_at,
        a.version,
    )


class Kdf:
    """Argon2id with parameters tuned so that one verification takes 0.2–0.5 s on an office PC.

    64 MiB and four passes (above OWASP's minimum of 19 MiB × 2). Re-measured on the 2-core build
    machine (``benchmarks/bench_accounts.py --login-only``, CPU time of one verify, which is what a
    quiet machine takes): t=2 0.14 s, t=3 0.18 s — both under the 0.2 s floor — and t=4 0.21 s; an
    office PC about 1.5× slower lands near 0.3 s, under 0.5 s. Hashes of fewer passes are upgraded
    at the next successful login (``needs_rehash``).
    """

    def __init__(self, time_cost: int = 4, memory_cost: int = 64 * 1024, parallelism: int = 1) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


class AccountsService:
    def __init__(self, ctx: ServiceContext, kdf: Kdf | None = None) -> None:
        self.ctx = ctx
        self.kdf = kdf or Kdf()

    # ---- state ---------------------------------------------------------------------------------

    def exist(self) -> bool:
        """Has this database any account? (No: single-user mode.)"""
        with self.ctx.system_uow() as uow:
            return bool(uow.session.scalar(select(func.count(Account.id))))

    def rows(self) -> list[AccountRow]:
        with self.ctx.uow("accounts.read") as uow:
            return _account_rows(uow.session)

    # ---- administrators' changes ---------------------------------------------------------------

    def create(self, data: AccountInput) -> AccountRow:
        first = not self.exist()
        # the first account is created in single-user mode, by whoever runs the program
        if not first:
            self.ctx.authorize("accounts.write")
        issues: list[Issue] = []
        login = data.login.strip()
        if not _LOGIN.match(login):
            issues.append(Issue("accounts.login_invalid", "login", {"value": data.login}))
        role = _role(data.role, issues)
        if first and role is not None and role is not Role.ADMIN:
            raise ValidationError([Issue("accounts.first_must_be_admin", "role")])
        issues.extend(_password_issues(data.password))
        with self.ctx.system_uow() as uow:
            if login and uow.first(Account, login=login) is not None:
                issues.append(Issue("accounts.exists", "login", {"value": login}))
            ids = self._scope_ids(uow, role, data, issues) if role is not None else (None, None, None)
            if issues:
                raise ValidationError(issues)
            assert role is not None
            account = Account(
                login=login,
                display_name=data.display_name.strip() or login,
                role=role.value,
                township_id=ids[0],
                school_id=ids[1],
                team_id=ids[2],
                active=True,
                password_hash=self.kdf.hash(data.password),
                # a password someone else chose is changed at the first login; the first admin chose theirs
                must_change_password=not first,
                failed_logins=0,
            )
            uow.add(account)
            uow.commit()
            account_id = account.id
        return self._row(account_id)

    def set_role(
        self, login: str, role: str, township: str = "", school: str = "", team: str = ""
    ) -> AccountRow:
        self.ctx.authorize("accounts.write")
        issues: list[Issue] = []
        new_role = _role(role, issues)
        if issues:
            raise ValidationError(issues)
        assert new_role is not None
        if login == self.ctx.actor.name:
            raise SpecialEdError("accounts.own_role", login=login)
        with self.ctx.system_uow() as uow:
            account = self._get(uow, login)
            if account.role == Role.ADMIN and new_role is not Role.ADMIN:
                self._refuse_last_admin(uow, account)
            data = AccountInput(login, new_role.value, "", township=township, school=school, team=team)
            ids = self._scope_ids(uow, new_role, data, issues)
            if issues:
                raise ValidationError(issues)
            account.role = new_role.value
            account.township_id, account.school_id, account.team_id = ids
            uow.commit()
        return self._row(account.id)

    def disable(self, login: str) -> AccountRow:
        self.ctx.authorize("accounts.write")
        if login == self.ctx.actor.name:
            raise SpecialEdError("accounts.own_disable", login=login)
        with self.ctx.system_uow() as uow:
            account = self._get(uow, login)
            if account.role == Role.ADMIN:
                self._refuse_last_admin(uow, account)
            account.active = False
            uow.commit()
        return self._row(account.id)

    def enable(self, login: str) -> AccountRow:
        self.ctx.authorize("accounts.write")
        with self.ctx.system_uow() as uow:
            account = self._get(uow, login)
            account.active = True
            uow.commit()
        return self._row(account.id)

    def reset(self, login: str, new_password: str) -> AccountRow:
        """An administrator sets a new password: it must be changed at the next login; a lock-out ends."""
        self.ctx.authorize("accounts.write")
        issues = _password_issues(new_password)
        if issues:
            raise ValidationError(issues)
        with self.ctx.system_uow() as uow:
            account = self._get(uow, login)
            account.password_hash = self.kdf.hash(new_password)
            account.must_change_password = True
            account.failed_logins = 0
            account.locked_until = None
            uow.commit()
        return self._row(account.id)

    def change_own_password(self, old_password: str, new_password: str) -> Actor:
        """The logged-in user changes their password (required after a reset or at the first login)."""
        actor = self.ctx.actor
        self.ctx.authorize("accounts.own_password")
        if actor.account_id is None:
            raise SpecialEdError("permission.login_required")
        issues = _password_issues(new_password)
        if old_password == new_password:
            issues.append(Issue("accounts.password_same", "password"))
        with self.ctx.system_uow() as uow:
            account = uow.get(Account, actor.account_id, "账户")
            if not self.kdf.verify(account.password_hash, old_password):
                raise SpecialEdError(
                    "auth.wrong_password",
                    login=account.login,
                    left=max(0, MAX_FAILURES - account.failed_logins),
                    minutes=LOCK_MINUTES,
                )
            if issues:
                raise ValidationError(issues)
            account.password_hash = self.kdf.hash(new_password)
            account.must_change_password = False
            uow.commit()
        self.ctx.actor = replace(actor, must_change_password=False)
        return self.ctx.actor

    # ---- login ---------------------------------------------------------------------------------

    def login(self, login: str, password: str) -> Actor:
        """Check the password; on success the context acts as this account from now on."""
        actor = self.authenticate(login, password)
        self.ctx.actor = actor
        return actor

    def authenticate(self, login: str, password: str) -> Actor:
        login = login.strip()
        now = self.ctx.clock()
        with self.ctx.make_uow(login or "?", None) as uow:
            account = uow.first(Account, login=login) if login else None
            if account is None:
                self._failed(uow, login, None, "unknown_user", now)
                raise SpecialEdError("auth.unknown_user", login=login)
            if not account.active:
                self._failed(uow, login, account, "disabled", now)
                raise SpecialEdError("auth.disabled", login=login)
            if account.locked_until is not None and account.locked_until > now:
                self._failed(uow, login, account, "locked", now)
                raise SpecialEdError("auth.locked", login=login, until=_when(account.locked_until, now))
            if not password:
                raise SpecialEdError("auth.no_password", login=login)
            if not self.kdf.verify(account.password_hash, password):
                account.failed_logins = (account.failed_logins or 0) + 1
                locked = account.failed_logins >= MAX_FAILURES
                if locked:
                    account.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    account.failed_logins = 0
                self._failed(uow, login, account, "locked_now" if locked else "wrong_password", now)
                if locked:
                    raise SpecialEdError("auth.locked", login=login, until=_when(account.locked_until, now))
                raise SpecialEdError(
                    "auth.wrong_password",
                    login=login,
                    left=MAX_FAILURES - account.failed_logins,
                    minutes=LOCK_MINUTES,
                )
            if self.kdf.needs_rehash(account.password_hash):
                account.password_hash = self.kdf.hash(password)
            account.failed_logins = 0
            account.locked_until = None
            account.last_login_at = now
            scope = self._scope(uow, account)
            from special_ed.persistence import audit

            audit.record(
                uow.session, at=now, user=login, table="accounts", record_id=account.id, action="login"
            )
            actor = Actor(
                login,
                Role(account.role),
                scope,
                account.display_name,
                account.id,
                must_change_password=account.must_change_password,
            )
            uow.commit()
        return actor

    def _failed(
        self, uow: UnitOfWork, login: str, account: Account | None, reason: str, now: datetime
    ) -> None:
        from special_ed.persistence import audit

        audit.record(
            uow.session,
            at=now,
            user=login or "?",
            table="accounts",
            record_id=account.id if account is not None else "",
            action="login_failed",
            changes={"reason": [None, reason]},
        )
        uow.commit()

    # ---- helpers -------------------------------------------------------------------------------

    def _row(self, account_id: int) -> AccountRow:
        with self.ctx.system_uow() as uow:
            (row,) = _account_rows(uow.session, Account.id == account_id)
            return row

    @staticmethod
    def _get(uow: UnitOfWork, login: str) -> Account:
        account = uow.first(Account, login=login.strip())
        if account is None:
            raise NotFoundError(what="账户", key=login)
        return account

    @staticmethod
    def _refuse_last_admin(uow: UnitOfWork, account: Account) -> None:
        others = uow.session.scalar(
            select(func.count(Account.id)).where(
                Account.role == Role.ADMIN.value, Account.active.is_(True), Account.id != account.id
            )
        )
        if not others:
            raise SpecialEdError("accounts.last_admin", login=account.login)

    @staticmethod
    def _scope_ids(
        uow: UnitOfWork, role: Role, data: AccountInput, issues: list[Issue]
    ) -> tuple[int | None, int | None, int | None]:
        needed = SCOPE_OF_ROLE.get(role)
        given = {"township": data.township.strip(), "school": data.school.strip(), "team": data.team.strip()}
        if needed is not None and not given[needed]:
            issues.append(
                Issue("accounts.scope_required", needed, {"role": role.label, "what": _SCOPE_WHAT[needed][0]})
            )
            return (None, None, None)
        found: dict[str, int | None] = {"township": None, "school": None, "team": None}
        # a scope is only what the role needs; a county-wide role gets none
        for key in [needed] if needed else []:
            value = given[key]
            stmt: Any
            if key == "township":
                stmt = select(Township.id).where(
                    or_(Township.name == value, Township.code == value), Township.archived_at.is_(None)
                )
            elif key == "school":
                stmt = select(School.id).where(
                    or_(School.name == value, School.code == value), School.archived_at.is_(None)
                )
            else:
                stmt = select(Team.id).where(Team.name == value, Team.archived_at.is_(None))
            ident = uow.session.scalar(stmt.limit(1))
            if ident is None:
                issues.append(
                    Issue("accounts.scope_unknown", key, {"value": value, "what": _SCOPE_WHAT[key][0]})
                )
            found[key] = ident
        return (found["township"], found["school"], found["team"])

    @staticmethod
    def _scope(uow: UnitOfWork, account: Account) -> Scope:
        role = Role(account.role)
        needed = SCOPE_OF_ROLE.get(role)
        if needed == "township" and account.township_id is not None:
            name = uow.session.scalar(select(Township.name).where(Township.id == account.township_id)) or ""
            return Scope(township_id=account.township_id, township_name=name, label=name)
        if needed == "school" and account.school_id is not None:
            name = uow.session.scalar(select(School.name).where(School.id == account.school_id)) or ""
            return Scope(school_id=account.school_id, label=name)
        if needed == "team" and account.team_id is not None:
            name = uow.session.scalar(select(Team.name).where(Team.id == account.team_id)) or ""
            return Scope(team_id=account.team_id, label=name)
        if needed is not None:
            # a scoped role whose township was archived sees nothing rather than everything
            return Scope(township_id=-1, label="（无）")
        return Scope()


def _role(value: str, issues: list[Issue]) -> Role | None:
    try:
        return Role(value.strip().lower())
    except ValueError:
        issues.append(Issue("accounts.role_invalid", "role", {"value": value}))
        return None


def _password_issues(password: str) -> list[Issue]:
    if len(password) < MIN_PASSWORD:
        return [Issue("accounts.password_short", "password", {"min": MIN_PASSWORD})]
    return []


def _when(at: datetime | None, now: datetime) -> str:
    if at is None:
        return ""
    return at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%Y-%m-%d %H:%M")
