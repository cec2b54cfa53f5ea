"""iCalendar (RFC 5545) per team, so teachers see their visits on their phones.

Written by hand because it is small: CRLF line ends, TEXT escaping (backslash, semicolon, comma, newline)
and folding at 75 octets without splitting a UTF-8 character (Chinese names are 3 octets a character).
Times are given in UTC (China has no daylight saving: local = UTC+8), which every calendar app reads
without needing a VTIMEZONE block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from special_ed.scheduling.model import Scenario, hhmm
from special_ed.scheduling.plan import Plan

CHINA_OFFSET = timedelta(hours=8)


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into ≤ 75-octet pieces joined by CRLF + space (RFC 5545 §3.1)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1  # continuation lines start with one space, which counts
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(day: date, minutes: int) -> str:
    local = datetime(day.year, day.month, day.day) + timedelta(minutes=minutes)
    return (local - CHINA_OFFSET).strftime("%Y%m%dT%H%M%SZ")


def team_calendar(plan: Plan, scenario: Scenario, team_id: str, now: datetime | None = None) -> str:
    team = scenario.team(team_id)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//special-ed//home-teaching planner//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text('送教上门 ' + team.name)}",
    ]
    for route in plan.sorted_routes():
        if route.team != team_id:
            continue
        for i, stop in enumerate(route.stops, start=1):
            child = scenario.child(stop.child)
            home = child.home
            desc = [
                f"第 {i} 站，到达 {hhmm(stop.arrive)}，路程 {stop.leg_min} 分钟 / {stop.leg_km:.1f} 公里",
                f"出发 {hhmm(route.depart)}，返回 {hhmm(route.return_)}",
            ]
            if stop.approximate:
                desc.append("坐标为所在村中心，请核实住址")
            lines += [
                "BEGIN:VEVENT",
                f"UID:{route.date.isoformat()}-{team_id}-{stop.child}@special-ed",
                f"DTSTAMP:{stamp}",
                f"DTSTART:{_utc(route.date, stop.start)}",
                f"DTEND:{_utc(route.date, stop.end)}",
                f"SUMMARY:{escape_text('送教：' + child.name)}",
                f"DESCRIPTION:{escape_text(chr(10).join(desc))}",
            ]
            if home is not None:
                lines.append(f"LOCATION:{escape_text(home.place or f'{home.lat:.5f},{home.lon:.5f}')}")
                lines.append(f"GEO:{home.lat:.6f};{home.lon:.6f}")
            lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
