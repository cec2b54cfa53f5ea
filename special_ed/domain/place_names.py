"""Township and village names in the forms people write them, matched to one official name.

The official list says "圣泉社区居民委员会" and "花园村村民委员会"; coordinators, agency lists
and the application itself say "圣泉社区" and "花园村"; some write "圣泉居委会", or put the
township in front ("高唐街道圣泉社区", "高唐圣泉社区"). :func:`short_village_name` gives the
usual short form stored in the database, :func:`village_key` a key under which every form of
one name meets, and :class:`PlaceMatcher` finds a township and village from such text with an
honest answer when a name is ambiguous or unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

# Official suffixes, longest first: (suffix, what the short form ends with).
_VILLAGE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("嘎查村民委员会", "嘎查"),
    ("嘎查委员会", "嘎查"),
    ("村民委员会", "村"),
    ("村委会", "村"),
    ("居民委员会", "社区"),
    ("居委会", "社区"),
    ("委员会", ""),
)
_TOWNSHIP_SUFFIXES = ("街道办事处", "办事处", "街道", "镇", "乡", "苏木")
# "红椿土家族乡" is also written "红椿乡": the people's names, longest first so 土家 wins over 土.
_ETHNIC_GROUPS = sorted(
    [
        "蒙古",
        "回",
        "藏",
        "维吾尔",
        "苗",
        "彝",
        "壮",
        "布依",
        "朝鲜",
        "满",
        "侗",
        "瑶",
        "白",
        "土家",
        "哈尼",
        "哈萨克",
        "傣",
        "黎",
        "傈僳",
        "佤",
        "畲",
        "高山",
        "拉祜",
        "水",
        "东乡",
        "纳西",
        "景颇",
        "柯尔克孜",
        "土",
        "达斡尔",
        "仫佬",
        "羌",
        "布朗",
        "撒拉",
        "毛南",
        "仡佬",
        "锡伯",
        "阿昌",
        "普米",
        "塔吉克",
        "怒",
        "乌孜别克",
        "俄罗斯",
        "鄂温克",
        "德昂",
        "保安",
        "裕固",
        "京",
        "塔塔尔",
        "独龙",
        "鄂伦春",
        "赫哲",
        "门巴",
        "珞巴",
        "基诺",
    ],
    key=len,
    reverse=True,
)
_ETHNIC_TOWNSHIP = re.compile("((?:(?:" + "|".join(_ETHNIC_GROUPS) + ")族)+)(乡|镇|苏木)$")
_SPACE = re.compile(r"[\s\u3000·．.\-—_（）()]+")


def clean(text: str) -> str:
    """Full-width letters and digits folded, spaces and punctuation dropped."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or "")).strip()


def short_village_name(name: str) -> str:
    """ "圣泉社区居民委员会" → "圣泉社区", "花园村村民委员会" → "花园村", "城关居委会" → "城关社区"."""
    text = clean(name)
    for suffix, ending in _VILLAGE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            stem = text[: -len(suffix)]
            # "花园村村民委员会" is 花园村, not 花园村村; but "门头村社区居委会" is 门头村社区
            if not ending or stem.endswith(ending):
                return stem
            return stem + ending
    return text


def village_key(name: str) -> str:
    """One key for every form of a village's name: "圣泉居委会", "圣泉社区居民委员会" and "圣泉社区" meet."""
    return short_village_name(name)


def village_stem(name: str) -> str:
    """The name without its kind ("圣泉社区" → "圣泉"), for loose matching when unambiguous."""
    key = village_key(name)
    for ending in ("社区", "嘎查", "村"):
        if key.endswith(ending) and len(key) > len(ending):
            return key[: -len(ending)]
    return key


def township_stem(name: str) -> str:
    """ "红椿土家族乡" → "红椿", "高唐街道" → "高唐", "巫峡镇" → "巫峡"."""
    text = clean(name)
    without_ethnic = _ETHNIC_TOWNSHIP.sub(r"\2", text)
    if len(without_ethnic) > 1:
        text = without_ethnic
    for suffix in _TOWNSHIP_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


class MatchKind(StrEnum):
    EXACT = "exact"  # the name (in any of its forms) names exactly one place
    LOOSE = "loose"  # only the stem matched, and only one place has it
    AMBIGUOUS = "ambiguous"
    NONE = "none"


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    township_id: int | None = None  # villages: their township


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    candidates: tuple[Place, ...] = ()

    @property
    def place(self) -> Place | None:
        return self.candidates[0] if self.kind in (MatchKind.EXACT, MatchKind.LOOSE) else None


@dataclass(frozen=True)
class AreaMatch:
    """The township and village found in one piece of text (or a township and village column)."""

    township: Match
    village: Match | None  # None: no village was given
    village_text: str = ""


def _pick(found: Iterable[Place], kind: MatchKind) -> Match:
    unique = tuple(dict.fromkeys(found))
    if not unique:
        return Match(MatchKind.NONE)
    if len(unique) == 1:
        return Match(kind, unique)
    return Match(MatchKind.AMBIGUOUS, unique)


@dataclass
class PlaceMatcher:
    """Matches names against one county's townships and villages (all in memory: a county has hundreds)."""

    townships: list[Place]
    villages: list[Place]
    county_names: tuple[str, ...] = ()  # prefixes to ignore: "巫山县", "重庆市巫山县"
    _t_exact: dict[str, list[Place]] = field(default_factory=dict, init=False)
    _t_stem: dict[str, list[Place]] = field(default_factory=dict, init=False)
    _v_key: dict[tuple[int | None, str], list[Place]] = field(default_factory=dict, init=False)
    _v_stem: dict[tuple[int | None, str], list[Place]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for t in self.townships:
            self._t_exact.setdefault(clean(t.name), []).append(t)
            self._t_stem.setdefault(township_stem(t.name), []).append(t)
        for v in self.villages:
            for tid in (v.township_id, None):
                self._v_key.setdefault((tid, village_key(v.name)), []).append(v)
                self._v_stem.setdefault((tid, village_stem(v.name)), []).append(v)

    def _strip_county(self, text: str) -> str:
        for prefix in sorted(self.county_names, key=len, reverse=True):
            p = clean(prefix)
            if p and text.startswith(p) and len(text) > len(p):
                return text[len(p) :]
        return text

    def township(self, text: str) -> Match:
        name = self._strip_county(clean(text))
        if not name:
            return Match(MatchKind.NONE)
        if name in self._t_exact:
            return _pick(self._t_exact[name], MatchKind.EXACT)
        stem = township_stem(name)
        if stem in self._t_stem:
            return _pick(self._t_stem[stem], MatchKind.EXACT)
        return Match(MatchKind.NONE)

    def village(self, text: str, township_id: int | None = None) -> Match:
        name = clean(text)
        if not name:
            return Match(MatchKind.NONE)
        found = self._v_key.get((township_id, village_key(name)))
        if found:
            return _pick(found, MatchKind.EXACT)
        loose = self._v_stem.get((township_id, village_stem(name)))
        if loose:
            return _pick(loose, MatchKind.LOOSE)
        return Match(MatchKind.NONE)

    def _split_township(self, text: str) -> list[tuple[Place, str]]:
        """Every way ``text`` starts with a township (full name or stem), with the rest."""
        out: list[tuple[Place, str]] = []
        for t in self.townships:
            for prefix in dict.fromkeys((clean(t.name), township_stem(t.name))):
                if prefix and text.startswith(prefix) and len(text) > len(prefix):
                    out.append((t, text[len(prefix) :]))
        return out

    def area(self, township_text: str = "", village_text: str = "") -> AreaMatch:
        """Township and village from two columns, or from one with the township in front."""
        township_text = clean(township_text)
        village_text = self._strip_county(clean(village_text))
        if township_text:
            township = self.township(township_text)
            if not village_text:
                return AreaMatch(township, None)
            tplace = township.place
            if tplace is not None:
                # the name as written first: 红椿乡's 红椿村 is not "村" after a township prefix
                whole = self.village(village_text, tplace.id)
                if whole.kind in (MatchKind.EXACT, MatchKind.LOOSE):
                    return AreaMatch(township, whole, village_text)
                rest = village_text
                for t, tail in self._split_township(village_text):
                    if t.id == tplace.id:
                        rest = tail
                        break
                return AreaMatch(township, self.village(rest, tplace.id), village_text)
            return AreaMatch(township, None, village_text)
        if not village_text:
            return AreaMatch(Match(MatchKind.NONE), None)
        # one column: "高唐街道圣泉社区" — try each township it starts with
        for t, rest in self._split_township(village_text):
            v = self.village(rest, t.id)
            if v.kind in (MatchKind.EXACT, MatchKind.LOOSE):
                return AreaMatch(Match(MatchKind.EXACT, (t,)), v, rest)
        v = self.village(village_text)
        place = v.place
        if place is not None and place.township_id is not None:
            t = next(x for x in self.townships if x.id == place.township_id)
            return AreaMatch(Match(MatchKind.EXACT, (t,)), v, village_text)
        only_township = self.township(village_text)
        if only_township.kind is not MatchKind.NONE:
            return AreaMatch(only_township, None)
        return AreaMatch(Match(MatchKind.NONE), v, village_text)
