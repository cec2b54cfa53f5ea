"""Township and village names match in their official and usual forms, with the township in front."""

from __future__ import annotations

import pytest

from special_ed.domain.place_names import (
    MatchKind,
    Place,
    PlaceMatcher,
    short_village_name,
    township_stem,
    village_key,
)


@pytest.mark.parametrize(
    ("official", "short"),
    [
        ("圣泉社区居民委员会", "圣泉社区"),
        ("多福巷社区居委会", "多福巷社区"),
        ("花园村村民委员会", "花园村"),
        ("花园村民委员会", "花园村"),
        ("宝山村委会", "宝山村"),
        ("门头村村委会", "门头村"),
        ("门头村社区居委会", "门头村社区"),  # a community named after a village keeps both words
        ("大辛庄居民委员会", "大辛庄社区"),
        ("城关居委会", "城关社区"),
        ("巴彦嘎查村民委员会", "巴彦嘎查"),
        ("第一街委员会", "第一街"),
        ("翠林一里社区", "翠林一里社区"),  # already short
        ("  圣泉 社区 ", "圣泉社区"),
        ("ＡＢ村委会", "AB村"),  # full-width letters folded
    ],
)
def test_short_village_name(official: str, short: str) -> None:
    assert short_village_name(official) == short


def test_both_forms_meet_under_one_key() -> None:
    assert village_key("圣泉社区居民委员会") == village_key("圣泉社区") == village_key("圣泉居委会")
    assert village_key("花园村村民委员会") == village_key("花园村") == village_key("花园村委会")
    assert village_key("沿村居民委员会") != village_key("沿村村民委员会")  # a community and a village


@pytest.mark.parametrize(
    ("name", "stem"),
    [("高唐街道", "高唐"), ("巫峡镇", "巫峡"), ("红椿土家族乡", "红椿"), ("红椿乡", "红椿"),
     ("邓家土家族乡", "邓家"), ("某某满族蒙古族乡", "某某"), ("东华门街道办事处", "东华门"), ("白族乡", "白族")],
)  # fmt: skip
def test_township_stem(name: str, stem: str) -> None:
    assert township_stem(name) == stem


@pytest.fixture
def matcher() -> PlaceMatcher:
    townships = [Place(1, "高唐街道"), Place(2, "红椿乡"), Place(3, "开平街道"), Place(4, "开平镇")]
    villages = [
        Place(11, "圣泉社区", 1), Place(12, "登龙社区", 1),
        Place(21, "花园村", 2), Place(22, "圣泉村", 2),
        Place(31, "花园社区", 3), Place(41, "花园村", 4),
    ]  # fmt: skip
    return PlaceMatcher(townships, villages, county_names=("巫山县", "重庆市巫山县"))


def test_township_in_every_form(matcher: PlaceMatcher) -> None:
    for text in ("高唐街道", "高唐", "巫山县高唐街道", "重庆市巫山县高唐街道"):
        assert matcher.township(text).place == Place(1, "高唐街道"), text
    assert matcher.township("红椿土家族乡").place == Place(2, "红椿乡")
    # 开平 names two townships: ambiguous, both offered, neither chosen
    found = matcher.township("开平")
    assert found.kind is MatchKind.AMBIGUOUS and {p.id for p in found.candidates} == {3, 4}
    assert matcher.township("开平镇").place == Place(4, "开平镇")  # the full name decides
    assert matcher.township("不存在乡").kind is MatchKind.NONE


def test_village_in_its_township(matcher: PlaceMatcher) -> None:
    assert matcher.village("圣泉社区居民委员会", 1).place == Place(11, "圣泉社区", 1)
    assert matcher.village("圣泉居委会", 1).place == Place(11, "圣泉社区", 1)
    assert matcher.village("花园村村民委员会", 2).place == Place(21, "花园村", 2)
    loose = matcher.village("登龙", 1)
    assert loose.kind is MatchKind.LOOSE and loose.place == Place(12, "登龙社区", 1)
    assert matcher.village("登龙社区", 2).kind is MatchKind.NONE  # a village of another township


def test_township_in_front_of_the_village(matcher: PlaceMatcher) -> None:
    a = matcher.area("", "高唐街道圣泉社区居民委员会")
    assert (
        a.township.place == Place(1, "高唐街道")
        and a.village is not None
        and a.village.place == Place(11, "圣泉社区", 1)
    )
    a = matcher.area("", "红椿花园村")
    assert (
        a.township.place == Place(2, "红椿乡")
        and a.village is not None
        and a.village.place == Place(21, "花园村", 2)
    )
    a = matcher.area("巫山县红椿乡", "红椿乡花园村")  # township repeated in the village column
    assert a.village is not None and a.village.place == Place(21, "花园村", 2)
    # no township given, and 花园村 exists in two: not guessed
    a = matcher.area("", "花园村")
    assert (
        a.township.kind is MatchKind.NONE and a.village is not None and a.village.kind is MatchKind.AMBIGUOUS
    )
    # a township alone in the village column keeps the township
    a = matcher.area("", "高唐街道")
    assert a.township.place == Place(1, "高唐街道") and a.village is None


def test_unknown_village_keeps_the_township(matcher: PlaceMatcher) -> None:
    a = matcher.area("高唐街道", "新建村")
    assert a.township.place == Place(1, "高唐街道")
    assert a.village is not None and a.village.kind is MatchKind.NONE and a.village_text == "新建村"
