"""Coordinates as pasted from phone maps: order, DMS, GCJ-02 / BD-09 to WGS-84, outside the county refused."""

from __future__ import annotations

import pytest

import special_ed.services.reference  # noqa: F401 - registers the coordinates messages
from special_ed.domain.coordinates import (
    Bounds,
    Datum,
    bd09_to_gcj02,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    parse_point,
    wgs84_to_gcj02,
)
from special_ed.errors import SpecialEdError

WUSHAN = Bounds(30.78, 109.58, 31.44, 110.17)


def test_published_reference_points() -> None:
    # wandergis/coordtransform's README example: WGS-84 (39.915, 116.404) is GCJ-02 (39.91640428, 116.41024450)
    lat, lon = wgs84_to_gcj02(39.915, 116.404)
    assert (lat, lon) == pytest.approx((39.91640428150164, 116.41024449916938), abs=1e-9)
    # and GCJ-02 (39.915, 116.404) is BD-09 (39.92133699, 116.41036949)
    assert gcj02_to_bd09(39.915, 116.404) == pytest.approx((39.92133699351021, 116.41036949371029), abs=1e-9)
    # Beijing railway station (R package "cst"): GCJ-02 (39.90245, 116.42703), BD-09 (39.90851, 116.43351)
    assert bd09_to_gcj02(39.90851, 116.43351) == pytest.approx((39.90245, 116.42703), abs=2e-5)


def test_gcj02_inverse_is_exact_to_the_centimetre() -> None:
    for lat, lon in ((31.07, 109.88), (39.915, 116.404), (22.54, 114.06), (45.75, 126.63)):
        back = gcj02_to_wgs84(*wgs84_to_gcj02(lat, lon))
        assert back == pytest.approx((lat, lon), abs=1e-7)  # ≈ 1 cm
    # the offset is a few hundred metres: converting matters
    shifted = wgs84_to_gcj02(31.07, 109.88)
    assert 0.0015 < abs(shifted[0] - 31.07) + abs(shifted[1] - 109.88) < 0.01


@pytest.mark.parametrize(
    ("text", "lat", "lon", "swapped"),
    [
        ("31.07, 109.88", 31.07, 109.88, False),
        ("109.88,31.07", 31.07, 109.88, True),
        ("31.07，109.88", 31.07, 109.88, False),
        ("31.07 109.88", 31.07, 109.88, False),
        ("31°04'12\"N 109°52'48\"E", 31.07, 109.88, False),
        ("109°52'48\"E, 31°04'12\"N", 31.07, 109.88, True),
        ("北纬31度4分12秒 东经109度52分48秒", 31.07, 109.88, False),
        ("N31°4.2' E109°52.8'", 31.07, 109.88, False),
    ],
)
def test_forms_and_order(text: str, lat: float, lon: float, swapped: bool) -> None:
    point = parse_point(text, bounds=WUSHAN)
    assert (point.lat, point.lon) == pytest.approx((lat, lon), abs=1e-6) and point.swapped is swapped
    assert point.datum is Datum.WGS84


def test_phone_map_datums_are_converted() -> None:
    gcj = wgs84_to_gcj02(31.07, 109.88)
    point = parse_point(f"{gcj[1]:.7f},{gcj[0]:.7f}", Datum.GCJ02, WUSHAN)  # 高德 gives longitude first
    assert (point.lat, point.lon) == pytest.approx((31.07, 109.88), abs=1e-6) and point.swapped
    bd = gcj02_to_bd09(*gcj)
    point = parse_point(f"{bd[0]:.7f}, {bd[1]:.7f}", Datum.BD09, WUSHAN)
    assert (point.lat, point.lon) == pytest.approx((31.07, 109.88), abs=1e-6) and point.datum is Datum.BD09


def test_outside_the_county_is_refused_with_the_distance() -> None:
    with pytest.raises(SpecialEdError) as err:
        parse_point("29.56, 106.55", bounds=WUSHAN)  # 重庆主城
    assert err.value.code == "coordinates.outside"
    km = float(err.value.params["km"])
    assert 300 < km < 400 and "公里" in err.value.message()
    with pytest.raises(SpecialEdError) as err:
        parse_point("48.85, 2.35")  # Paris: not in China at all
    assert err.value.code == "coordinates.outside_china"
    for bad in ("", "31.07", "abc", "31.07, 109.88, 5"):
        with pytest.raises(SpecialEdError) as err:
            parse_point(bad, bounds=WUSHAN)
        assert err.value.code == "coordinates.unreadable"


def test_county_box_from_recorded_positions(app) -> None:  # type: ignore[no-untyped-def]
    app.county.init_county("500237")
    assert app.reference.county_bounds() is None  # no positions yet: only China's range applies
    gaotang = app.reference.townships()[0]
    app.reference.set_township_centre(gaotang.id, 31.07, 109.88)
    box = app.reference.county_bounds()
    assert box is not None and box.contains(31.1, 109.9) and not box.contains(31.2, 109.88)
    assert app.reference.read_point("109.88, 31.07").lat == pytest.approx(31.07)
