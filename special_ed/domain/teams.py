"""The home-teaching team rule, on anything that looks like a teacher (a model row or a plain value).

Two teachers at least (a driver does not count), one of them a special-education teacher, one
leader among the teachers, one driver at most, nobody twice and nobody inactive. The reference
pages and the teams import apply the same rule, so a team refused in one is refused in the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from special_ed.domain.enums import TeacherRole
from special_ed.domain.place_names import clean
from special_ed.errors import Issue


class TeacherLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...  # a TeacherRole value
    @property
    def active(self) -> bool: ...
    @property
    def archived_at(self) -> datetime | None: ...


def team_issues(name: str, teachers: Sequence[TeacherLike], leader_id: int | None) -> list[Issue]:
    """The team rule (two teachers at least, one of them special-education; one leader; one driver at most)."""
    issues = [Issue("required", "name")] if not clean(name) else []
    seen: set[int] = set()
    for t in teachers:
        if t.id in seen:
            issues.append(Issue("team.member_twice", "members", {"name": t.name}))
        seen.add(t.id)
        if not t.active or t.archived_at is not None:
            issues.append(Issue("team.inactive", "members", {"name": t.name}))
    teaching = [t for t in teachers if t.role != TeacherRole.DRIVER.value]
    if len({t.id for t in teaching}) < 2:
        issues.append(Issue("team.too_small", "members"))
    if not any(t.role == TeacherRole.SPECIAL_ED.value for t in teaching):
        issues.append(Issue("team.no_special_ed", "members"))
    if len(teachers) - len(teaching) > 1:
        issues.append(Issue("team.one_driver", "members"))
    if leader_id is not None and leader_id not in {t.id for t in teaching}:
        issues.append(Issue("team.leader", "leader_id"))
    return issues
