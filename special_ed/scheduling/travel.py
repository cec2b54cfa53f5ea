"""Travel between two points: an imported time table where it has the pair, else great-circle × road factor.

minutes = great-circle km (R = 6371.0088 km, the IUGG mean radius) × road_factor ÷ speed_kmh × 60. Legs are
rounded *up* to whole minutes because plans are printed in HH:MM and an arrival must never be promised
earlier than the road allows. Kilometres are road kilometres (great circle × road factor) unless the table
gives them.
"""

from __future__ import annotations

import math

from special_ed.scheduling.model import Point, TravelLeg, TravelSettings

EARTH_RADIUS_KM = 6371.0088


def great_circle_km(a: Point, b: Point) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


class TravelModel:
    def __init__(self, settings: TravelSettings) -> None:
        self.settings = settings
        self._cache: dict[tuple[Point, Point], tuple[int, float]] = {}

    def _table(self, a: Point, b: Point) -> TravelLeg | None:
        if a.place is None or b.place is None:
            return None
        table = self.settings.table
        return table.get((a.place, b.place)) or table.get((b.place, a.place))

    def leg(self, a: Point, b: Point) -> tuple[int, float]:
        """(whole minutes, km) from a to b."""
        key = (a, b)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        road_km = great_circle_km(a, b) * self.settings.road_factor
        entry = self._table(a, b)
        if entry is not None:
            result = (math.ceil(entry.minutes - 1e-9), entry.km if entry.km is not None else road_km)
        else:
            result = (math.ceil(road_km / self.settings.speed_kmh * 60 - 1e-9), road_km)
        self._cache[key] = result
        return result

    def minutes(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]

    def km(self, a: Point, b: Point) -> float:
        return self.leg(a, b)[1]
