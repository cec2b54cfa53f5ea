"""China's official divisions, from the data shipped in ``special_ed.data.divisions``.

Provinces → cities → counties → townships (9-digit codes) → villages and communities
(12-digit codes), the National Bureau of Statistics' 统计用区划代码, 2023 edition. The
regions file (about 45,000 lines) is read once per :class:`Divisions`; a county's villages
are streamed from the village file, which is sorted by code, up to the end of that county.
"""

from __future__ import annotations

import io
import lzma
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import IO

from special_ed.domain.place_names import clean, short_village_name, township_stem

EDITION = "国家统计局 2023年统计用区划代码（截至 2023-06-30，2023-09-11 发布）"
EDITION_EN = "National Bureau of Statistics, 2023 statistical division codes (as of 2023-06-30)"
SOURCE = "npm: china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China)"
_PACKAGE = "special_ed.data.divisions"
# Province-level cities list their counties under these placeholders instead of a real city.
PLACEHOLDER_CITIES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


class DivisionsMissing(LookupError):
    """The data file is not in this installation (a broken build)."""


@dataclass(frozen=True)
class Division:
    code: str
    name: str

    @property
    def level(self) -> int:
        return {2: 1, 4: 2, 6: 3, 9: 4, 12: 5}[len(self.code)]


@dataclass(frozen=True)
class OfficialVillage:
    code: str  # 12 digits
    official_name: str  # "圣泉社区居民委员会"
    name: str  # the usual short form, "圣泉社区"

    @property
    def township_code(self) -> str:
        return self.code[:9]


@dataclass(frozen=True)
class CountyPath:
    """A county with its province and city, for choosing and for titles."""

    province: Division
    city: Division
    county: Division

    @property
    def display(self) -> str:
        """ "重庆市 巫山县", "湖北省 恩施土家族苗族自治州 巴东县" (placeholder cities left out)."""
        parts = [self.province.name]
        if self.city.name not in PLACEHOLDER_CITIES:
            parts.append(self.city.name)
        parts.append(self.county.name)
        return " ".join(parts)


def _open(name: str) -> IO[bytes]:
    try:
        return resources.files(_PACKAGE).joinpath(name).open("rb")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise DivisionsMissing(name) from exc


class Divisions:
    """Lookups over the shipped list; cheap to create, loads on first use."""

    @cached_property
    def _regions(self) -> dict[str, str]:
        with _open("regions.tsv.xz") as raw, lzma.open(raw, "rb") as data:
            text = data.read().decode("utf-8")
        regions: dict[str, str] = {}
        for line in text.splitlines():
            code, _, name = line.partition("\t")
            if code:
                regions[code] = name
        return regions

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        kids: dict[str, list[str]] = {}
        for code in self._regions:  # sorted by code in the file
            parent = {2: "", 4: code[:2], 6: code[:4], 9: code[:6]}[len(code)]
            kids.setdefault(parent, []).append(code)
        return kids

    def get(self, code: str) -> Division | None:
        name = self._regions.get(code)
        return Division(code, name) if name is not None else None

    def _list(self, parent: str) -> list[Division]:
        return [Division(c, self._regions[c]) for c in self._children.get(parent, [])]

    def provinces(self) -> list[Division]:
        return self._list("")

    def cities(self, province_code: str) -> list[Division]:
        return self._list(province_code)

    def counties(self, city_code: str) -> list[Division]:
        return self._list(city_code)

    def townships(self, county_code: str) -> list[Division]:
        return self._list(county_code)

    def county(self, code: str) -> CountyPath | None:
        code = code.strip()
        if len(code) != 6 or not code.isdigit() or code not in self._regions:
            return None
        province = self.get(code[:2])
        city = self.get(code[:4])
        if province is None or city is None:
            return None
        return CountyPath(province, city, Division(code, self._regions[code]))

    def all_counties(self) -> list[CountyPath]:
        out = []
        for code in self._regions:
            if len(code) == 6:
                path = self.county(code)
                if path is not None:
                    out.append(path)
        return out

    def search_counties(self, text: str, limit: int = 50) -> list[CountyPath]:
        """Counties whose code starts with, or whose province/city/county names contain, ``text``."""
        needle = clean(text)
        if not needle:
            return []
        found = []
        for path in self.all_counties():
            if (
                path.county.code.startswith(needle)
                or needle in clean(path.display).replace(" ", "")
                or (township_stem(needle) and township_stem(path.county.name) == township_stem(needle))
            ):
                found.append(path)
                if len(found) >= limit:
                    break
        return found

    def villages(self, county_code: str) -> list[OfficialVillage]:
        """Every village and community of one county, in code order."""
        return list(self._stream_villages(county_code))

    def _stream_villages(self, county_code: str) -> Iterator[OfficialVillage]:
        township = ""
        seen = False
        with _open("villages.tsv.xz") as raw, lzma.open(raw, "rb") as data:
            for line in io.TextIOWrapper(data, encoding="utf-8"):
                if line.startswith(">"):
                    township = line[1:].strip()
                    if township[:6] == county_code:
                        seen = True
                    elif seen:
                        return  # sorted by code: the county is behind us
                    continue
                if township[:6] != county_code:
                    continue
                tail, official = line.rstrip("\n").split("\t", 1)
                yield OfficialVillage(township + tail, official, short_village_name(official))
