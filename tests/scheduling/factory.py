"""Small hand-made scenarios for the scheduling tests (JSON documents, as a coordinator would write them)."""

from __future__ import annotations

import copy
from typing import Any

BASE = {"lat": 31.07, "lon": 109.88}


def scenario(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "special-ed-scenario/1",
        "month": "2026-03",
        "workday": {"start": "08:00", "end": "17:30", "lunch": ["12:00", "13:30"]},
        "travel": {"speed_kmh": 30, "road_factor": 1.5},
        "min_days_between_visits": 7,
        "max_visits_per_day": 3,
        "teams": [{"id": "T1", "name": "一组", "base": dict(BASE)}],
        "children": [
            {"id": "C1", "name": "甲", "home": {"lat": 31.10, "lon": 109.90}, "team": "T1", "visits": 2,
             "duration_min": 90},
        ],
    }
    doc.update(copy.deepcopy(overrides))
    return doc


def child(cid: str, lat: float = 31.10, lon: float = 109.90, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"id": cid, "name": cid, "home": {"lat": lat, "lon": lon}, "team": "T1", "visits": 2,
                           "duration_min": 90}
    row.update(extra)
    return row
