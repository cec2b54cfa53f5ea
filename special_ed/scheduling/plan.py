"""The month plan (``special-ed-plan/1``): routes per team and day, what could not be planned, totals."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.scheduling.model import PLAN_FORMAT, Scenario, hhmm

_TIME = re.compile(r"^(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class Stop:
    child: str
    arrive: int
    start: int
    end: int
    leg_min: int  # from the previous stop (or the base)
    leg_km: float
    approximate: bool = False  # the child's home is the village centre
    status: str = "planned"  # planned | done | fixed


@dataclass(frozen=True)
class Route:
    team: str
    date: date
    depart: int
    return_: int
    stops: tuple[Stop, ...]
    return_leg_min: int
    return_leg_km: float

    @property
    def km(self) -> float:
        return sum(s.leg_km for s in self.stops) + self.return_leg_km

    @property
    def travel_min(self) -> int:
        return sum(s.leg_min for s in self.stops) + self.return_leg_min


@dataclass(frozen=True)
class Unscheduled:
    child: str
    missing: int
    reason: str


@dataclass
class Plan:
    year: int
    month: int
    routes: list[Route] = field(default_factory=list)
    unscheduled: list[Unscheduled] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def month_key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def visits(self) -> int:
        return sum(len(r.stops) for r in self.routes)

    @property
    def km(self) -> float:
        return sum(r.km for r in self.routes)

    @property
    def travel_min(self) -> int:
        return sum(r.travel_min for r in self.routes)

    def sorted_routes(self) -> list[Route]:
        return sorted(self.routes, key=lambda r: (r.team, r.date))

    def visits_of(self, child: str) -> list[tuple[Route, Stop]]:
        return [(r, s) for r in self.routes for s in r.stops if s.child == child]


def plan_to_json(plan: Plan, lang: str = "zh") -> dict[str, Any]:
    from special_ed.scheduling.messages import reason_text

    routes = []
    for r in plan.sorted_routes():
        stops = []
        for s in r.stops:
            sj: dict[str, Any] = {
                "child": s.child,
                "arrive": hhmm(s.arrive),
                "start": hhmm(s.start),
                "end": hhmm(s.end),
                "leg_min": s.leg_min,
                "leg_km": round(s.leg_km, 2),
            }
            if s.approximate:
                sj["approximate_location"] = True
            if s.status != "planned":
                sj["status"] = s.status
            stops.append(sj)
        routes.append(
            {
                "team": r.team,
                "date": r.date.isoformat(),
                "depart": hhmm(r.depart),
                "return": hhmm(r.return_),
                "km": round(r.km, 2),
                "travel_min": r.travel_min,
                "stops": stops,
                "return_leg_min": r.return_leg_min,
                "return_leg_km": round(r.return_leg_km, 2),
            }
        )
    return {
        "format": PLAN_FORMAT,
        "month": plan.month_key,
        "routes": routes,
        "unscheduled": [
            {
                "child": u.child,
                "missing": u.missing,
                "reason": u.reason,
                "reason_text": reason_text(u.reason, lang),
            }
            for u in plan.unscheduled
        ],
        "totals": {"visits": plan.visits, "km": round(plan.km, 2), "travel_min": plan.travel_min},
        "warnings": [
            {"code": w.code, "field": w.field, "params": w.params, "message": w.message(lang)}
            for w in plan.warnings
        ],
    }


def save_plan(plan: Plan, path: str | Path) -> None:
    p = Path(path)
    try:
        p.write_text(json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(p), detail=exc.strerror or str(exc)) from exc


def _bad(path: str, detail: str) -> ValidationError:
    return ValidationError([Issue("plan.format", path, {"detail": detail})])


def _time(v: Any, path: str) -> int:
    m = _TIME.match(v) if isinstance(v, str) else None
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise _bad(path, f"“{v}” is not HH:MM")
    return int(m.group(1)) * 60 + int(m.group(2))


def _num(v: Any, path: str) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _bad(path, f"“{v}” is not a number")
    return float(v)


def plan_from_json(data: Any) -> Plan:
    """Read a plan written by :func:`plan_to_json` (for re-planning and the database import)."""
    if not isinstance(data, dict) or data.get("format") != PLAN_FORMAT:
        raise _bad("format", f"expected {PLAN_FORMAT}")
    m = re.match(r"^(\d{4})-(\d{2})$", str(data.get("month", "")))
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise _bad("month", f"“{data.get('month')}” is not YYYY-MM")
    plan = Plan(int(m.group(1)), int(m.group(2)))
    for i, r in enumerate(data.get("routes") or []):
        p = f"routes[{i}]"
        if not isinstance(r, dict):
            raise _bad(p, "not an object")
        try:
            day = date.fromisoformat(str(r.get("date")))
        except ValueError as exc:
            raise _bad(f"{p}.date", f"“{r.get('date')}” is not a date") from exc
        stops = []
        for j, s in enumerate(r.get("stops") or []):
            sp = f"{p}.stops[{j}]"
            if not isinstance(s, dict) or not isinstance(s.get("child"), str):
                raise _bad(sp, "a stop needs a child id")
            stops.append(
                Stop(
                    child=s["child"],
                    arrive=_time(s.get("arrive"), f"{sp}.arrive"),
                    start=_time(s.get("start"), f"{sp}.start"),
                    end=_time(s.get("end"), f"{sp}.end"),
                    leg_min=int(_num(s.get("leg_min", 0), f"{sp}.leg_min")),
                    leg_km=_num(s.get("leg_km", 0), f"{sp}.leg_km"),
                    approximate=bool(s.get("approximate_location", False)),
                    status=str(s.get("status", "planned")),
                )
            )
        if not isinstance(r.get("team"), str):
            raise _bad(f"{p}.team", "missing")
        plan.routes.append(
            Route(
                team=r["team"],
                date=day,
                depart=_time(r.get("depart"), f"{p}.depart"),
                return_=_time(r.get("return"), f"{p}.return"),
                stops=tuple(stops),
                return_leg_min=int(_num(r.get("return_leg_min", 0), f"{p}.return_leg_min")),
                return_leg_km=_num(r.get("return_leg_km", 0), f"{p}.return_leg_km"),
            )
        )
    for i, u in enumerate(data.get("unscheduled") or []):
        if not isinstance(u, dict) or not isinstance(u.get("child"), str):
            raise _bad(f"unscheduled[{i}]", "needs child, missing and reason")
        plan.unscheduled.append(
            Unscheduled(
                u["child"], int(_num(u.get("missing"), f"unscheduled[{i}].missing")), str(u.get("reason", ""))
            )
        )
    for w in data.get("warnings") or []:
        if isinstance(w, dict) and isinstance(w.get("code"), str):
            plan.warnings.append(
                Issue(w["code"], str(w.get("field", "")), dict(w.get("params") or {}), "warning")
            )
    return plan


def load_plan(path: str | Path) -> Plan:
    from special_ed.scheduling.scenario_io import read_json_text

    p = Path(path)
    try:
        data = json.loads(read_json_text(p))  # not UTF-8, absurdly deep: one clear line
    except json.JSONDecodeError as exc:
        raise _bad("$", f"not JSON: {exc.msg} (line {exc.lineno})") from exc
    return plan_from_json(data)


@dataclass(frozen=True)
class MonthPlan:
    """A month's problem, what was worth warning about while building it, and its plan (if any)."""

    scenario: Scenario
    warnings: list[Issue]
    plan: Plan | None
