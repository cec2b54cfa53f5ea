"""A demo-like county month as a ``special-ed-scenario/1`` document (seeded, reproducible).

Children are scattered over the demo county's bounding box (30.75–31.47 N, 109.55–110.20 E) in village
clusters; teams of 2–3 teachers are based at schools spread over the same box, one team per ~3 children,
and each child is given the nearest team that still has room (as a coordinator would), except ~5 % left without
a team for the solver to assign.
"""

from __future__ import annotations

import random
from typing import Any

LAT = (30.75, 31.47)
LON = (109.55, 110.20)


def county_scenario(children: int = 135, teams: int | None = None, seed: int = 7, month: str = "2026-03",
                    visits: int = 2) -> dict[str, Any]:
    rng = random.Random(seed)
    n_teams = teams if teams is not None else max(1, round(children / 3))
    n_villages = max(10, children // 2)
    villages = [(rng.uniform(*LAT), rng.uniform(*LON)) for _ in range(n_villages)]
    bases = [(rng.uniform(*LAT), rng.uniform(*LON)) for _ in range(n_teams)]
    team_rows = []
    for i, (lat, lon) in enumerate(bases):
        row: dict[str, Any] = {"id": f"T{i + 1:03d}", "name": f"送教小组{i + 1}（{rng.choice((2, 3))}人）",
                               "base": {"lat": round(lat, 5), "lon": round(lon, 5)}}
        if rng.random() < 0.15:  # some teachers have training or sick days
            row["unavailable"] = [f"{month}-{d:02d}" for d in sorted(rng.sample(range(2, 28), 2))]
        team_rows.append(row)
    kids = []
    per_team = [0] * n_teams
    cap = -(-children // n_teams) + 1  # a coordinator spreads children so no team is overloaded
    for i in range(children):
        vlat, vlon = rng.choice(villages)
        lat, lon = vlat + rng.gauss(0, 0.01), vlon + rng.gauss(0, 0.01)
        nearest = min((t for t in range(n_teams) if per_team[t] < cap),
                      key=lambda t: (bases[t][0] - lat) ** 2 + (bases[t][1] - lon) ** 2)
        per_team[nearest] += 1
        kid: dict[str, Any] = {"id": f"C{i + 1:04d}", "name": f"儿童{i + 1}",
                               "home": {"lat": round(lat, 5), "lon": round(lon, 5)},
                               "visits": visits, "duration_min": rng.choice((80, 90, 90, 120))}
        if rng.random() > 0.05:
            kid["team"] = f"T{nearest + 1:03d}"
        r = rng.random()
        if r < 0.25:
            kid["window"] = {"start": "08:30", "end": "12:00"}
        elif r < 0.45:
            kid["window"] = {"start": "13:30", "end": "17:30"}
        if rng.random() < 0.2:
            kid["weekdays"] = sorted(rng.sample(range(1, 6), 3))
        if rng.random() < 0.1:
            kid["unavailable"] = [f"{month}-{rng.randint(1, 28):02d}"]
        kids.append(kid)
    return {
        "format": "special-ed-scenario/1",
        "month": month,
        "workday": {"start": "08:00", "end": "17:30", "lunch": ["12:00", "13:30"]},
        "travel": {"speed_kmh": 30, "road_factor": 1.5},
        "min_days_between_visits": 7,
        "max_visits_per_day": 3,
        "teams": team_rows,
        "children": kids,
    }
