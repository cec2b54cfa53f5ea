"""The county profile: which county this database keeps, and how it signs its papers.

The values live in the settings (``county_name``, ``region_code``, ``issuing_authority``,
``centre_name``, ``office_phone``) so every office sharing a server prints the same
names; :class:`CountyProfile` is the read view that accounts, printing and reports use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from special_ed.errors import Issue

# What issuing authorities are called across China; the first two dominate.
AUTHORITY_SUFFIXES = ("教育局", "教育委员会", "教育和体育局", "教育体育局", "教育科技局", "教育和科学技术局")
# Municipalities whose districts and counties have an 教育委员会 rather than an 教育局.
_COMMISSION_PROVINCES = ("11", "50")  # 北京市, 重庆市
PHONE = re.compile(r"^(?:\+?86[- ]?)?(?:1\d{10}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|\d{7,8})$")


@dataclass(frozen=True)
class CountyProfile:
    code: str  # 6-digit county code, "" until chosen
    name: str  # "巫山县"
    province: str  # "重庆市"
    city: str  # "" when the county sits directly under a municipality
    issuing_authority: str  # "巫山县教育委员会"
    centre_name: str  # "巫山县特殊教育指导中心"
    phone: str

    @property
    def configured(self) -> bool:
        return bool(self.code)

    @property
    def full_name(self) -> str:
        """ "重庆市巫山县": the county with its province (and city, where there is one)."""
        return f"{self.province}{self.city}{self.name}"

    @property
    def committee(self) -> str:
        """The name the placement notices carry: "巫山县残疾人教育专家委员会"."""
        return f"{self.name}残疾人教育专家委员会" if self.name else ""


def suggested_authority(county_name: str, county_code: str) -> str:
    suffix = "教育委员会" if county_code[:2] in _COMMISSION_PROVINCES else "教育局"
    return f"{county_name}{suffix}" if county_name else ""


def suggested_centre(county_name: str) -> str:
    return f"{county_name}特殊教育指导中心" if county_name else ""


def check_profile(name: str, authority: str, centre: str, phone: str) -> list[Issue]:
    issues = []
    if not name.strip():
        issues.append(Issue("required", "county_name"))
    if not authority.strip():
        issues.append(Issue("required", "issuing_authority"))
    for field, value, limit in (
        ("county_name", name, 64),
        ("issuing_authority", authority, 100),
        ("centre_name", centre, 100),
    ):
        if len(value.strip()) > limit:
            issues.append(Issue("too_long", field, {"max": limit}))
    if phone.strip() and not PHONE.match(phone.strip().replace(" ", "")):
        issues.append(Issue("phone.invalid", "office_phone", {"value": phone.strip()}))
    return issues
