"""Read, validate and write ``special-ed-scenario/1`` files.

Validation collects every problem at once, each naming the JSON path (``children[3].window.start``), so a
coordinator can fix a file in one pass. Problems that only stop one child being planned (a window shorter
than the visit, no coordinates) are not errors: that child is listed as unscheduled with the reason.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path
from typing import Any

from special_ed.errors import Issue, SpecialEdError, ValidationError
from special_ed.scheduling.model import (
    DEFAULT_MAX_VISITS_PER_DAY,
    SCENARIO_FORMAT,
    Child,
    Point,
    Scenario,
    Team,
    TravelLeg,
    TravelSettings,
    WorkdayHours,
    hhmm,
)

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_TYPES_ZH = {
    "object": "对象",
    "list": "列表",
    "string": "字符串",
    "number": "数字",
    "integer": "整数",
    "boolean": "true/false",
}


class _Reader:
    """Walks the JSON tree, converting values and recording issues with their paths."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def bad(self, code: str, path: str, **params: Any) -> None:
        self.issues.append(Issue(code, path, params))

    def warn(self, code: str, path: str, **params: Any) -> None:
        self.issues.append(Issue(code, path, params, severity="warning"))

    def type_error(self, path: str, expected: str) -> None:
        self.bad("scenario.type", path, expected=expected, expected_zh=_TYPES_ZH[expected])

    def obj(self, d: Any, path: str, required: bool = True) -> dict[str, Any] | None:
        if d is None:
            if required:
                self.bad("scenario.required", path)
            return None
        if not isinstance(d, dict):
            self.type_error(path, "object")
            return None
        return d

    def lst(self, d: Any, path: str, required: bool = True) -> list[Any] | None:
        if d is None:
            if required:
                self.bad("scenario.required", path)
            return None
        if not isinstance(d, list):
            self.type_error(path, "list")
            return None
        return d

    def number(self, d: Any, path: str, lo: float, hi: float, required: bool = True) -> float | None:
        if d is None:
            if required:
                self.bad("scenario.required", path)
            return None
        if isinstance(d, bool) or not isinstance(d, int | float) or not math.isfinite(d):
            self.type_error(path, "number")
            return None
        if not lo <= d <= hi:
            self.bad("scenario.range", path, value=d, min=lo, max=hi)
            return None
        return float(d)

    def integer(self, d: Any, path: str, lo: int, hi: int, required: bool = True) -> int | None:
        if d is None:
            if required:
                self.bad("scenario.required", path)
            return None
        if isinstance(d, bool) or not isinstance(d, int):
            if isinstance(d, float) and d.is_integer():
                d = int(d)
            else:
                self.type_error(path, "integer")
                return None
        if not lo <= d <= hi:
            self.bad("scenario.range", path, value=d, min=lo, max=hi)
            return None
        return int(d)

    def string(self, d: Any, path: str, required: bool = True) -> str | None:
        if d is None or (isinstance(d, str) and not d.strip()):
            if required:
                self.bad("scenario.required", path)
            return None
        if isinstance(d, int) and not isinstance(d, bool):
            return str(d)  # ids exported from spreadsheets often arrive as numbers
        if not isinstance(d, str):
            self.type_error(path, "string")
            return None
        return d.strip()

    def time(self, d: Any, path: str) -> int | None:
        if d is None:
            self.bad("scenario.required", path)
            return None
        m = _TIME.match(d) if isinstance(d, str) else None
        if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
            self.bad("scenario.time", path, value=d)
            return None
        return int(m.group(1)) * 60 + int(m.group(2))

    def day(self, d: Any, path: str) -> date | None:
        if not isinstance(d, str) or not _DATE.match(d):
            self.bad("scenario.date", path, value=d)
            return None
        try:
            return date.fromisoformat(d)
        except ValueError:
            self.bad("scenario.date", path, value=d)
            return None

    def days(self, d: Any, path: str) -> frozenset[date]:
        items = self.lst(d, path, required=False) or []
        out = {self.day(x, f"{path}[{i}]") for i, x in enumerate(items)}
        return frozenset(x for x in out if x is not None)

    def point(self, d: Any, path: str, required: bool = True) -> Point | None:
        o = self.obj(d, path, required)
        if o is None:
            return None
        lat = self.number(o.get("lat"), f"{path}.lat", -90, 90)
        lon = self.number(o.get("lon"), f"{path}.lon", -180, 180)
        place = self.string(o.get("place"), f"{path}.place", required=False)
        if lat is None or lon is None:
            return None
        return Point(lat, lon, place)

    def window(self, d: Any, path: str) -> tuple[int, int] | None:
        o = self.obj(d, path, required=False)
        if o is None:
            return None
        start = self.time(o.get("start"), f"{path}.start")
        end = self.time(o.get("end"), f"{path}.end")
        if start is None or end is None:
            return None
        if end <= start:
            self.bad("scenario.time_order", f"{path}.end", start=hhmm(start), end=hhmm(end))
            return None
        return start, end


def parse_scenario(data: Any) -> tuple[Scenario, list[Issue]]:
    """Validate a decoded JSON document; raise :class:`ValidationError` listing every error.

    Returns the scenario and the warnings (issues that do not stop planning).
    """
    r = _Reader()
    root = r.obj(data, "$")
    if root is None:
        raise ValidationError(r.issues)
    fmt = root.get("format")
    if fmt != SCENARIO_FORMAT:
        r.bad("scenario.format", "format", expected=SCENARIO_FORMAT, found=fmt)
        raise ValidationError(r.issues)

    year = month = 0
    m = _MONTH.match(root["month"]) if isinstance(root.get("month"), str) else None
    if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        r.bad(
            "scenario.month" if root.get("month") is not None else "scenario.required",
            "month",
            value=root.get("month"),
        )
    else:
        year, month = int(m.group(1)), int(m.group(2))

    workday = _workday(r, root.get("workday"))
    travel = _travel(r, root.get("travel"))
    cal = r.obj(root.get("calendar"), "calendar", required=False) or {}
    holidays = r.days(cal.get("holidays"), "calendar.holidays")
    workdays = r.days(cal.get("workdays"), "calendar.workdays")
    gap = r.integer(root.get("min_days_between_visits"), "min_days_between_visits", 1, 31)
    default_cap = r.integer(
        root.get("max_visits_per_day", DEFAULT_MAX_VISITS_PER_DAY), "max_visits_per_day", 1, 50
    )

    teams: list[Team] = []
    team_ids: set[str] = set()
    for i, t in enumerate(r.lst(root.get("teams"), "teams") or []):
        raw_id = _raw_id(t)
        if raw_id is not None:
            if raw_id in team_ids:
                r.bad("scenario.duplicate_id", f"teams[{i}].id", value=raw_id)
            team_ids.add(raw_id)
        team = _team(r, t, f"teams[{i}]")
        if team is not None:
            teams.append(team)

    children: list[Child] = []
    child_ids: set[str] = set()
    raw_children = r.lst(root.get("children"), "children") or []
    for i, c in enumerate(raw_children):
        raw_id = _raw_id(c)
        if raw_id is not None:
            if raw_id in child_ids:
                r.bad("scenario.duplicate_id", f"children[{i}].id", value=raw_id)
            child_ids.add(raw_id)
        child = _child(r, c, f"children[{i}]", team_ids)
        if child is not None:
            children.append(child)
    if isinstance(root.get("children"), list) and not raw_children:
        r.warn("scenario.no_children", "children")

    errors = [i for i in r.issues if i.is_error]
    if errors or workday is None or travel is None or gap is None or default_cap is None:
        raise ValidationError(r.issues)
    scenario = Scenario(
        year=year,
        month=month,
        workday=workday,
        travel=travel,
        min_days_between_visits=gap,
        teams=tuple(teams),
        children=tuple(children),
        holidays=holidays,
        workdays=workdays,
        max_visits_per_day=default_cap,
    )
    return scenario, [i for i in r.issues if not i.is_error]


def _raw_id(d: Any) -> str | None:
    if isinstance(d, dict) and isinstance(d.get("id"), str | int) and not isinstance(d.get("id"), bool):
        return str(d["id"]).strip() or None
    return None


def _workday(r: _Reader, d: Any) -> WorkdayHours | None:
    o = r.obj(d, "workday")
    if o is None:
        return None
    start = r.time(o.get("start"), "workday.start")
    end = r.time(o.get("end"), "workday.end")
    lunch: tuple[int, int] | None = None
    raw_lunch = o.get("lunch")
    if raw_lunch is not None:
        if not isinstance(raw_lunch, list) or len(raw_lunch) != 2:
            r.bad("scenario.type", "workday.lunch", expected="[start, end]", expected_zh="[开始, 结束]")
        else:
            ls = r.time(raw_lunch[0], "workday.lunch[0]")
            le = r.time(raw_lunch[1], "workday.lunch[1]")
            if ls is not None and le is not None:
                if le <= ls:
                    r.bad("scenario.time_order", "workday.lunch[1]", start=hhmm(ls), end=hhmm(le))
                else:
                    lunch = (ls, le)
    if start is None or end is None:
        return None
    if end <= start:
        r.bad("scenario.time_order", "workday.end", start=hhmm(start), end=hhmm(end))
        return None
    if lunch is not None and not (start <= lunch[0] and lunch[1] <= end):
        r.bad("scenario.lunch_outside", "workday.lunch")
        return None
    return WorkdayHours(start, end, lunch)


def _travel(r: _Reader, d: Any) -> TravelSettings | None:
    o = r.obj(d, "travel")
    if o is None:
        return None
    speed = r.number(o.get("speed_kmh"), "travel.speed_kmh", 1, 200)
    factor = r.number(o.get("road_factor"), "travel.road_factor", 1, 5)
    table: dict[tuple[str, str], TravelLeg] = {}
    for i, row in enumerate(r.lst(o.get("table"), "travel.table", required=False) or []):
        p = f"travel.table[{i}]"
        ro = r.obj(row, p)
        if ro is None:
            continue
        a = r.string(ro.get("from"), f"{p}.from")
        b = r.string(ro.get("to"), f"{p}.to")
        minutes = r.number(ro.get("minutes"), f"{p}.minutes", 0, 24 * 60)
        km = r.number(ro.get("km"), f"{p}.km", 0, 10_000, required=False)
        if a is not None and b is not None and minutes is not None:
            table[(a, b)] = TravelLeg(minutes, km)
    if speed is None or factor is None:
        return None
    return TravelSettings(speed, factor, table)


def _team(r: _Reader, d: Any, path: str) -> Team | None:
    o = r.obj(d, path)
    if o is None:
        return None
    tid = r.string(o.get("id"), f"{path}.id")
    name = r.string(o.get("name"), f"{path}.name", required=False)
    base = r.point(o.get("base"), f"{path}.base")
    unavailable = r.days(o.get("unavailable"), f"{path}.unavailable")
    cap = r.integer(o.get("max_visits_per_day"), f"{path}.max_visits_per_day", 1, 50, required=False)
    if tid is None or base is None:
        return None
    return Team(tid, name or tid, base, unavailable, cap)


def _child(r: _Reader, d: Any, path: str, team_ids: set[str]) -> Child | None:
    o = r.obj(d, path)
    if o is None:
        return None
    cid = r.string(o.get("id"), f"{path}.id")
    name = r.string(o.get("name"), f"{path}.name", required=False)
    home: Point | None = None
    if o.get("home") is not None:
        home = r.point(o.get("home"), f"{path}.home")
    approximate = bool(o["home"].get("approximate", False)) if isinstance(o.get("home"), dict) else False
    team = r.string(o.get("team"), f"{path}.team", required=False)
    if team is not None and team not in team_ids:
        r.bad("scenario.unknown_team", f"{path}.team", value=team)
    visits = r.integer(o.get("visits"), f"{path}.visits", 1, 31)
    duration = r.integer(o.get("duration_min"), f"{path}.duration_min", 1, 12 * 60)
    window = r.window(o.get("window"), f"{path}.window")
    weekdays: set[int] = set()
    raw_wd = r.lst(o.get("weekdays"), f"{path}.weekdays", required=False)
    for i, w in enumerate(raw_wd or []):
        if isinstance(w, bool) or not isinstance(w, int) or not 1 <= w <= 7:
            r.bad("scenario.weekday", f"{path}.weekdays[{i}]", value=w)
        else:
            weekdays.add(w)
    if raw_wd is not None and not raw_wd:
        r.bad("scenario.required", f"{path}.weekdays")
    unavailable = r.days(o.get("unavailable"), f"{path}.unavailable")
    if window is not None and duration is not None and window[1] - window[0] < duration:
        r.warn("scenario.window_short", f"{path}.window", minutes=window[1] - window[0], duration=duration)
    if home is None and o.get("home") is None:
        pass  # no coordinates at all: planned as unscheduled (no_location), not a file error
    elif approximate:
        r.warn("scenario.approximate", f"{path}.home", child=name or cid or "")
    if cid is None or visits is None or duration is None:
        return None
    return Child(
        id=cid,
        name=name or cid,
        home=home,
        visits=visits,
        duration_min=duration,
        team=team,
        window=window,
        weekdays=frozenset(weekdays) if raw_wd else frozenset(range(1, 8)),
        unavailable=unavailable,
        approximate=approximate,
    )


MAX_DEPTH = 32  # a scenario nests 4–5 levels; far deeper is not a scenario (and would exhaust recursion)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def read_json_text(path: str | Path) -> str:
    """A JSON file's text: UTF-8 (with or without BOM) and nested at most MAX_DEPTH levels, else
    one clear error naming the file (never a UnicodeDecodeError or RecursionError traceback)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecialEdError("file.unreadable", path=str(p), detail=exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecialEdError("scenario.not_utf8", path=str(p), offset=exc.start + 1) from exc
    check_depth(text, str(p))
    return text


def check_depth(text: str, where: str = "") -> None:
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                raise SpecialEdError("scenario.too_deep", path=where or "JSON", limit=MAX_DEPTH, line=line)
        elif mark in "]}":
            depth -= 1


def load_scenario(path: str | Path) -> tuple[Scenario, list[Issue]]:
    return loads_scenario(read_json_text(path))


def loads_scenario(text: str) -> tuple[Scenario, list[Issue]]:
    check_depth(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [Issue("scenario.json", "$", {"line": exc.lineno, "column": exc.colno, "detail": exc.msg})]
        ) from exc
    return parse_scenario(data)


def _point_json(p: Point, approximate: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"lat": round(p.lat, 6), "lon": round(p.lon, 6)}
    if p.place:
        out["place"] = p.place
    if approximate:
        out["approximate"] = True
    return out


def scenario_to_json(s: Scenario) -> dict[str, Any]:
    """The inverse of :func:`parse_scenario` (used by ``scenario export`` and the tests' round trip)."""
    wd: dict[str, Any] = {"start": hhmm(s.workday.start), "end": hhmm(s.workday.end)}
    if s.workday.lunch:
        wd["lunch"] = [hhmm(s.workday.lunch[0]), hhmm(s.workday.lunch[1])]
    travel: dict[str, Any] = {"speed_kmh": s.travel.speed_kmh, "road_factor": s.travel.road_factor}
    if s.travel.table:
        travel["table"] = [
            {"from": a, "to": b, "minutes": leg.minutes, **({"km": leg.km} if leg.km is not None else {})}
            for (a, b), leg in sorted(s.travel.table.items())
        ]
    out: dict[str, Any] = {
        "format": SCENARIO_FORMAT,
        "month": s.month_key,
        "workday": wd,
        "travel": travel,
        "calendar": {
            "holidays": sorted(d.isoformat() for d in s.holidays),
            "workdays": sorted(d.isoformat() for d in s.workdays),
        },
        "min_days_between_visits": s.min_days_between_visits,
        "max_visits_per_day": s.max_visits_per_day,
        "teams": [],
        "children": [],
    }
    for t in s.teams:
        tj: dict[str, Any] = {"id": t.id, "name": t.name, "base": _point_json(t.base)}
        if t.unavailable:
            tj["unavailable"] = sorted(d.isoformat() for d in t.unavailable)
        if t.max_visits_per_day is not None:
            tj["max_visits_per_day"] = t.max_visits_per_day
        out["teams"].append(tj)
    for c in s.children:
        cj: dict[str, Any] = {
            "id": c.id,
            "name": c.name,
            "home": _point_json(c.home, c.approximate) if c.home else None,
        }
        if c.team:
            cj["team"] = c.team
        cj["visits"] = c.visits
        cj["duration_min"] = c.duration_min
        if c.window:
            cj["window"] = {"start": hhmm(c.window[0]), "end": hhmm(c.window[1])}
        if c.weekdays != frozenset(range(1, 8)):
            cj["weekdays"] = sorted(c.weekdays)
        if c.unavailable:
            cj["unavailable"] = sorted(d.isoformat() for d in c.unavailable)
        out["children"].append(cj)
    return out


def save_scenario(s: Scenario, path: str | Path) -> None:
    p = Path(path)
    try:
        p.write_text(json.dumps(scenario_to_json(s), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(p), detail=exc.strerror or str(exc)) from exc
