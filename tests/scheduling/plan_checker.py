"""Independent checker of a ``special-ed-plan/1`` document against its ``special-ed-scenario/1`` document.

Deliberately shares no code with ``special_ed.scheduling``: it reads both files as plain JSON and recomputes
the calendar (chinese_calendar directly), the great-circle travel and every time itself, so a bug in the
planner cannot hide behind the same bug here. ``check_plan`` returns a list of human-readable violations
(empty means the plan is valid).
"""

from __future__ import annotations

import itertools
import math
from datetime import date
from typing import Any

import chinese_calendar

R_KM = 6371.0088
REASONS = {
    "sched.reason.no_location", "sched.reason.window_too_short", "sched.reason.window_unreachable",
    "sched.reason.no_feasible_day", "sched.reason.team_on_leave", "sched.reason.team_leave_days",
    "sched.reason.too_few_days", "sched.reason.no_team", "sched.reason.team_full", "sched.reason.time_limit",
}


def _t(s: str) -> int:
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    p1, l1, p2, l2 = (math.radians(x) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * R_KM * math.asin(min(1.0, math.sqrt(h)))


def _leg(sc: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> tuple[int, float]:
    tr = sc["travel"]
    road = _km(a, b) * tr["road_factor"]
    if a.get("place") and b.get("place"):
        table = {(row["from"], row["to"]): row for row in tr.get("table", [])}
        row = table.get((a["place"], b["place"])) or table.get((b["place"], a["place"]))
        if row is not None:
            return math.ceil(row["minutes"] - 1e-9), row.get("km", road)
    return math.ceil(road / tr["speed_kmh"] * 60 - 1e-9), road


def is_workday(sc: dict[str, Any], d: date) -> bool:
    cal = sc.get("calendar") or {}
    if d.isoformat() in (cal.get("holidays") or []):
        return False
    if d.isoformat() in (cal.get("workdays") or []):
        return True
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:
        return d.isoweekday() <= 5


def check_plan(sc: dict[str, Any], plan: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    err = errors.append
    teams = {t["id"]: t for t in sc["teams"]}
    kids = {c["id"]: c for c in sc["children"]}
    ws, we = _t(sc["workday"]["start"]), _t(sc["workday"]["end"])
    lunch = [_t(x) for x in sc["workday"]["lunch"]] if sc["workday"].get("lunch") else None
    gap = sc["min_days_between_visits"]
    default_k = sc.get("max_visits_per_day", 4)
    if plan.get("format") != "special-ed-plan/1":
        err("plan format")
    if plan["month"] != sc["month"]:
        err(f"plan month {plan['month']} != scenario month {sc['month']}")
    visits: dict[str, list[tuple[date, str]]] = {}
    seen_team_days: set[tuple[str, str]] = set()
    total_km = 0.0
    total_min = 0
    for ri, r in enumerate(plan["routes"]):
        where = f"route {ri} ({r['team']} {r['date']})"
        team = teams.get(r["team"])
        if team is None:
            err(f"{where}: unknown team")
            continue
        d = date.fromisoformat(r["date"])
        if r["date"][:7] != sc["month"]:
            err(f"{where}: date outside the month")
        if not is_workday(sc, d):
            err(f"{where}: not a workday")
        if r["date"] in (team.get("unavailable") or []):
            err(f"{where}: team on leave")
        if (r["team"], r["date"]) in seen_team_days:
            err(f"{where}: two routes for one team-day")
        seen_team_days.add((r["team"], r["date"]))
        if not r["stops"]:
            err(f"{where}: empty route")
        k = team.get("max_visits_per_day", default_k)
        if len(r["stops"]) > k:
            err(f"{where}: {len(r['stops'])} visits > {k}")
        depart = _t(r["depart"])
        if depart < ws:
            err(f"{where}: departs {r['depart']} before the workday")
        t = depart
        here = team["base"]
        km = 0.0
        minutes = 0
        for si, s in enumerate(r["stops"]):
            sw = f"{where} stop {si} ({s['child']})"
            c = kids.get(s["child"])
            if c is None:
                err(f"{sw}: unknown child")
                continue
            if c.get("home") is None:
                err(f"{sw}: child without a location visited")
                continue
            if c.get("team") is not None and c["team"] != r["team"]:
                err(f"{sw}: visited by {r['team']}, assigned to {c['team']}")
            if d.isoweekday() not in (c.get("weekdays") or range(1, 8)):
                err(f"{sw}: weekday {d.isoweekday()} not allowed")
            if r["date"] in (c.get("unavailable") or []):
                err(f"{sw}: child unavailable that day")
            leg_min, leg_km = _leg(sc, here, c["home"])
            arrive, start, end = _t(s["arrive"]), _t(s["start"]), _t(s["end"])
            if arrive != t + leg_min:
                err(f"{sw}: arrives {s['arrive']} but travel gives {t + leg_min}")
            if s.get("leg_min") is not None and s["leg_min"] != leg_min:
                err(f"{sw}: leg_min {s['leg_min']} != {leg_min}")
            if start < arrive:
                err(f"{sw}: starts before arriving")
            if end - start != c["duration_min"]:
                err(f"{sw}: lasts {end - start} min, not {c['duration_min']}")
            if start < ws or end > we:
                err(f"{sw}: outside the workday")
            if c.get("window") and (start < _t(c["window"]["start"]) or end > _t(c["window"]["end"])):
                err(f"{sw}: outside the family's window")
            if lunch and start < lunch[1] and end > lunch[0]:
                err(f"{sw}: crosses the lunch break")
            km += leg_km
            minutes += leg_min
            t = end
            here = c["home"]
            visits.setdefault(s["child"], []).append((d, r["team"]))
        back_min, back_km = _leg(sc, here, team["base"])
        if _t(r["return"]) != t + back_min:
            err(f"{where}: returns {r['return']} but travel gives {t + back_min}")
        if t + back_min > we:
            err(f"{where}: back after the workday")
        km += back_km
        minutes += back_min
        if abs(km - r["km"]) > 0.05 + 0.001 * km:
            err(f"{where}: km {r['km']} != {km:.2f}")
        if minutes != r["travel_min"]:
            err(f"{where}: travel_min {r['travel_min']} != {minutes}")
        total_km += km
        total_min += minutes
    missing: dict[str, int] = {}
    for u in plan["unscheduled"]:
        if u["reason"] not in REASONS:
            err(f"unscheduled {u['child']}: unknown reason {u['reason']}")
        if u["missing"] <= 0:
            err(f"unscheduled {u['child']}: missing {u['missing']}")
        missing[u["child"]] = missing.get(u["child"], 0) + u["missing"]
    for cid, c in kids.items():
        got = visits.get(cid, [])
        if len(got) + missing.get(cid, 0) != c["visits"]:
            err(f"child {cid}: {len(got)} planned + {missing.get(cid, 0)} unscheduled != {c['visits']} required")
        if len({t for _, t in got}) > 1:
            err(f"child {cid}: visited by several teams {sorted({t for _, t in got})}")
        days = sorted(d for d, _ in got)
        for a, b in itertools.pairwise(days):
            if (b - a).days < gap:
                err(f"child {cid}: visits {a} and {b} less than {gap} days apart")
    for cid in missing:
        if cid not in kids:
            err(f"unscheduled child {cid} not in the scenario")
    tot = plan["totals"]
    if tot["visits"] != sum(len(v) for v in visits.values()):
        err("totals.visits wrong")
    if tot["travel_min"] != total_min:
        err(f"totals.travel_min {tot['travel_min']} != {total_min}")
    if abs(tot["km"] - total_km) > 0.05 + 0.001 * total_km:
        err(f"totals.km {tot['km']} != {total_km:.2f}")
    return errors
