"""Re-plan the rest of a month after a cancelled visit or a team's leave, changing as little as possible.

Visits before ``as_of`` are done and copied unchanged. Later visits that the change does not touch stay on
their team-day (OR-Tools may re-order a day to fit a new visit in, so their times can shift); only the
cancelled visits, the visits on new leave days and earlier unplanned visits are placed again, ≥ N days from
every other visit of the same child. If that leaves visits out, a second pass frees the affected team's
whole remaining month (starting from the old days) and is kept only if it plans more.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from special_ed.errors import SpecialEdError
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.scheduling.model import Scenario, hhmm
from special_ed.scheduling.plan import Plan
from special_ed.scheduling.solver import Commitment, Commitments, Planner


@dataclass(frozen=True)
class Change:
    child: str
    kind: str  # moved | added | removed | retimed
    old: tuple[str, date, int] | None  # team, day, start
    new: tuple[str, date, int] | None

    def to_json(self) -> dict[str, Any]:
        def side(v: tuple[str, date, int] | None) -> dict[str, str] | None:
            return None if v is None else {"team": v[0], "date": v[1].isoformat(), "start": hhmm(v[2])}

        return {"child": self.child, "change": self.kind, "old": side(self.old), "new": side(self.new)}


@dataclass
class ReplanResult:
    scenario: Scenario  # the scenario with the change applied (leave days, cancelled days)
    plan: Plan
    changes: list[Change]


def apply_change(scenario: Scenario, cancelled: Sequence[tuple[str, date]],
                 leave: Mapping[str, Sequence[date]]) -> Scenario:
    children = []
    for c in scenario.children:
        days = {d for cid, d in cancelled if cid == c.id}
        children.append(dataclasses.replace(c, unavailable=c.unavailable | days) if days else c)
    teams = []
    for t in scenario.teams:
        if t.id in leave:
            teams.append(dataclasses.replace(t, unavailable=t.unavailable | frozenset(leave[t.id])))
        else:
            teams.append(t)
    return dataclasses.replace(scenario, children=tuple(children), teams=tuple(teams))


def replan(scenario: Scenario, plan: Plan, as_of: date, cancelled: Sequence[tuple[str, date]] = (),
           leave: Mapping[str, Sequence[date]] | None = None, time_limit: float = 5.0,
           progress: Progress = NO_PROGRESS) -> ReplanResult:
    leave = leave or {}
    visits = [(r, s) for r in plan.routes for s in r.stops]
    for cid, day in cancelled:
        if not any(s.child == cid and r.date == day for r, s in visits):
            raise SpecialEdError("sched.replan.unknown_visit", child=cid, date=day.isoformat())
        if day < as_of:
            # History is kept as driven; re-plan from the cancelled day instead.
            raise SpecialEdError("sched.replan.past_visit", child=cid, date=day.isoformat(),
                                 as_of=as_of.isoformat())
    for team_id in leave:
        scenario.team(team_id)  # KeyError → caller's validation; teams come from the same scenario
    changed = apply_change(scenario, cancelled, leave)
    cancelled_set = set(cancelled)

    done: list[Commitment] = []
    kept: list[Commitment] = []
    team_of: dict[str, str] = {}
    hints: dict[str, list[date]] = {}
    for r, s in visits:
        team_of.setdefault(s.child, r.team)
        if (s.child, r.date) in cancelled_set:
            continue
        if r.date < as_of:
            done.append(Commitment(s.child, r.team, r.date, s.start, done=True))
        elif _still_possible(changed, s.child, r.team, r.date):
            kept.append(Commitment(s.child, r.team, r.date))
            hints.setdefault(s.child, []).append(r.date)

    def run(keep: list[Commitment]) -> Plan:
        planner = Planner(changed, Commitments(done + keep, as_of, team_of, hints))
        return planner.solve(time_limit, progress)

    new = run(kept)
    short = {u.child for u in new.unscheduled} - {u.child for u in plan.unscheduled}
    if short:
        teams = {team_of[c] for c in short if c in team_of}
        retry = run([k for k in kept if k.team not in teams])
        if retry.visits > new.visits:
            new = retry

    history = [dataclasses.replace(r, stops=tuple(dataclasses.replace(s, status="done") for s in r.stops))
               for r in plan.routes if r.date < as_of]
    new.routes = sorted(history + new.routes, key=lambda r: (r.team, r.date))
    return ReplanResult(changed, new, diff(plan, new, as_of))


def _still_possible(scenario: Scenario, child_id: str, team_id: str, day: date) -> bool:
    """A kept visit must still fit the changed month: the team works, the family can receive it."""
    child = scenario.child(child_id)
    return (day not in scenario.team(team_id).unavailable and day not in child.unavailable
            and day.isoweekday() in child.weekdays)


def diff(old: Plan, new: Plan, as_of: date) -> list[Change]:
    def visits(p: Plan) -> dict[str, list[tuple[str, date, int]]]:
        out: dict[str, list[tuple[str, date, int]]] = {}
        for r in p.routes:
            if r.date >= as_of:
                for s in r.stops:
                    out.setdefault(s.child, []).append((r.team, r.date, s.start))
        return out

    before, after = visits(old), visits(new)
    changes: list[Change] = []
    for child in sorted(set(before) | set(after)):
        a = sorted(before.get(child, []), key=lambda v: v[1])
        b = sorted(after.get(child, []), key=lambda v: v[1])
        same_day = [(x, y) for x in a for y in b if x[:2] == y[:2]]
        for x, y in same_day:
            if x[2] != y[2]:
                changes.append(Change(child, "retimed", x, y))
        rest_a = [x for x in a if all(x[:2] != y[:2] for y in b)]
        rest_b = [y for y in b if all(y[:2] != x[:2] for x in a)]
        for x, y in zip(rest_a, rest_b, strict=False):
            changes.append(Change(child, "moved", x, y))
        changes.extend(Change(child, "removed", x, None) for x in rest_a[len(rest_b):])
        changes.extend(Change(child, "added", None, y) for y in rest_b[len(rest_a):])
    return changes
