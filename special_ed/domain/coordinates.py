"""Coordinates the way people have them, to WGS-84.

Teachers copy positions from phone maps: 高德, 腾讯 and 微信 give GCJ-02, 百度 gives BD-09, a GPS or
天地图 gives WGS-84. They paste "31.07, 109.88" or "109.88,31.07", or degrees-minutes-seconds
("31°04'12\"N 109°52'48\"E", "北纬31度4分12秒"). :func:`parse_point` reads any of these, tells which
number was the latitude (China's latitudes and longitudes do not overlap, and a county's box
decides closer cases), converts GCJ-02 / BD-09 to WGS-84 (the published formulas; GCJ-02 is
inverted by iteration to well under a metre) and refuses a point outside the county's box with
its distance from it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from special_ed.errors import SpecialEdError


class Datum(StrEnum):
    WGS84 = "wgs84"
    GCJ02 = "gcj02"
    BD09 = "bd09"

    @property
    def label(self) -> str:
        return {
            "wgs84": "WGS-84（GPS、天地图）",
            "gcj02": "GCJ-02（高德、腾讯、微信）",
            "bd09": "BD-09（百度地图）",
        }[self]


@dataclass(frozen=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east

    def distance_km(self, lat: float, lon: float) -> float:
        """Distance from the box (0 inside), along the surface."""
        near_lat = min(max(lat, self.south), self.north)
        near_lon = min(max(lon, self.west), self.east)
        return haversine_km(lat, lon, near_lat, near_lon)

    def expanded(self, km: float) -> Bounds:
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.1, math.cos(math.radians((self.south + self.north) / 2))))
        return Bounds(self.south - dlat, self.west - dlon, self.north + dlat, self.east + dlon)

    @staticmethod
    def around(points: list[tuple[float, float]], margin_km: float = 5.0) -> Bounds | None:
        if not points:
            return None
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        return Bounds(min(lats), min(lons), max(lats), max(lons)).expanded(margin_km)


CHINA = Bounds(3.8, 73.4, 53.6, 135.1)


@dataclass(frozen=True)
class Point:
    lat: float  # WGS-84
    lon: float
    datum: Datum  # what the text was taken to be in
    swapped: bool  # the text gave longitude first


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


# ---- GCJ-02 and BD-09 (the published conversion formulas) -------------------------------------

_A = 6378245.0
_EE = 0.00669342162296594323
_X_PI = math.pi * 3000.0 / 180.0


def _d_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _d_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    if not CHINA.contains(lat, lon):
        return lat, lon  # the offset applies inside China only
    dlat, dlon = _d_lat(lon - 105.0, lat - 35.0), _d_lon(lon - 105.0, lat - 35.0)
    rad = math.radians(lat)
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lat + dlat, lon + dlon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """The exact inverse by fixed-point iteration (the one-step formula is off by metres)."""
    wlat, wlon = lat, lon
    for _ in range(30):
        glat, glon = wgs84_to_gcj02(wlat, wlon)
        dlat, dlon = glat - lat, glon - lon
        wlat, wlon = wlat - dlat, wlon - dlon
        if abs(dlat) < 1e-10 and abs(dlon) < 1e-10:
            break
    return wlat, wlon


def bd09_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    x, y = lon - 0.0065, lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * _X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _X_PI)
    return z * math.sin(theta), z * math.cos(theta)


def gcj02_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    z = math.sqrt(lon * lon + lat * lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def to_wgs84(lat: float, lon: float, datum: Datum) -> tuple[float, float]:
    if datum is Datum.GCJ02:
        return gcj02_to_wgs84(lat, lon)
    if datum is Datum.BD09:
        return gcj02_to_wgs84(*bd09_to_gcj02(lat, lon))
    return lat, lon


# ---- reading text --------------------------------------------------------------------------

_DMS = re.compile(
    r"(?P<pre>北纬|南纬|东经|西经|[NSEW])?\s*(?P<d>\d{1,3}(?:\.\d+)?)\s*(?:°|度|º|˚)\s*"
    r"(?:(?P<m>\d{1,2}(?:\.\d+)?)\s*(?:'|′|分|’)\s*)?(?:(?P<s>\d{1,2}(?:\.\d+)?)\s*(?:\"|″|秒|”|'')\s*)?"
    r"(?P<post>[NSEW])?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[-+]?\d{1,3}(?:\.\d+)?")


def _dms_values(text: str) -> list[tuple[float, str]]:
    out = []
    for m in _DMS.finditer(text):
        value = float(m["d"]) + float(m["m"] or 0) / 60 + float(m["s"] or 0) / 3600
        hemi = (m["pre"] or m["post"] or "").upper()
        if hemi in ("S", "W", "南纬", "西经"):
            value = -value
        axis = (
            "lat"
            if hemi in ("N", "S", "北纬", "南纬")
            else "lon"
            if hemi in ("E", "W", "东经", "西经")
            else ""
        )
        out.append((value, axis))
    return out


def parse_point(text: str, datum: Datum = Datum.WGS84, bounds: Bounds | None = None) -> Point:
    """A WGS-84 point from text in any usual form; ``bounds`` (the county's box) decides order and range."""
    raw = (text or "").strip().replace("，", ",").replace("、", ",")
    if not raw:
        raise SpecialEdError("coordinates.unreadable", value=text)
    values = _dms_values(raw) if re.search(r"°|度|º|˚", raw) else []
    if len(values) != 2:
        numbers = _NUMBER.findall(raw)
        if len(numbers) != 2:
            raise SpecialEdError("coordinates.unreadable", value=text)
        values = [(float(n), "") for n in numbers]
    (a, axis_a), (b, axis_b) = values
    if axis_a == "lon" or axis_b == "lat":
        swapped = True
    elif axis_a == "lat" or axis_b == "lon":
        swapped = False
    else:
        swapped = _longitude_first(a, b, datum, bounds)
    lat, lon = (b, a) if swapped else (a, b)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise SpecialEdError("coordinates.unreadable", value=text)
    wlat, wlon = to_wgs84(lat, lon, datum)
    box = bounds or CHINA
    if not box.contains(wlat, wlon):
        raise SpecialEdError(
            "coordinates.outside" if bounds else "coordinates.outside_china",
            value=text, lat=f"{wlat:.5f}", lon=f"{wlon:.5f}", km=f"{box.distance_km(wlat, wlon):.1f}",
        )  # fmt: skip
    return Point(round(wlat, 6), round(wlon, 6), datum, swapped)


def _longitude_first(a: float, b: float, datum: Datum, bounds: Bounds | None) -> bool:
    if bounds is not None:
        as_given = bounds.contains(*to_wgs84(a, b, datum)) if abs(a) <= 90 else False
        reversed_ = bounds.contains(*to_wgs84(b, a, datum)) if abs(b) <= 90 else False
        if as_given != reversed_:
            return reversed_
    # China: latitudes 4–54, longitudes 73–135 — a number above 60 is the longitude
    return abs(a) > 60 >= abs(b)
