"""The official divisions shipped in the package: complete, in code order, loaded as package data."""

from __future__ import annotations

from importlib import resources

from special_ed.domain.divisions import Divisions
from special_ed.domain.place_names import short_village_name


def test_data_ships_in_the_package_and_stays_compact() -> None:
    files = resources.files("special_ed.data.divisions")
    villages = files.joinpath("villages.tsv.xz").read_bytes()
    assert 2_000_000 < len(villages) < 3_500_000  # about 3 MB for 620,573 villages and communities
    assert len(files.joinpath("regions.tsv.xz").read_bytes()) < 400_000


def test_the_whole_hierarchy() -> None:
    d = Divisions()
    provinces = d.provinces()
    assert len(provinces) == 31 and provinces[0].name == "北京市" and provinces[-1].name == "新疆维吾尔自治区"
    chongqing = next(p for p in provinces if p.code == "50")
    assert [c.name for c in d.cities(chongqing.code)] == ["市辖区", "县"]
    counties = d.counties("5002")
    assert "巫山县" in [c.name for c in counties]
    townships = d.townships("500237")
    assert len(townships) == 26 and townships[0].name == "高唐街道" and townships[0].code == "500237001"
    assert "红椿乡" in [t.name for t in townships]  # the 2023 list's name (once 红椿土家族乡)
    villages = d.villages("500237")
    assert len(villages) == 340
    assert villages[0].code == "500237001001" and villages[0].official_name == "圣泉社区居民委员会"
    assert villages[0].name == "圣泉社区" and villages[0].township_code == "500237001"
    assert all(v.code[:9] in {t.code for t in townships} for v in villages)


def test_counties_elsewhere_and_paths() -> None:
    d = Divisions()
    badong = d.county("422823")
    assert badong is not None and badong.display == "湖北省 恩施土家族苗族自治州 巴东县"
    wushan = d.county("500237")
    assert wushan is not None and wushan.display == "重庆市 巫山县"  # the placeholder city "县" left out
    assert d.county("999999") is None and d.county("5002") is None and d.county("abcdef") is None
    last = d.villages("659010")  # the file's last county streams to the end
    assert last and all(v.code.startswith("659010") for v in last)
    assert short_village_name(last[0].official_name) == last[0].name


def test_search_by_name_or_code() -> None:
    d = Divisions()
    assert [p.county.code for p in d.search_counties("巫山")] == ["500237"]
    assert "422823" in [p.county.code for p in d.search_counties("巴东县")]
    assert all(p.county.code.startswith("5002") for p in d.search_counties("5002"))
    assert d.search_counties("") == []
