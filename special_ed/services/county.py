"""The county: choosing it from the official list, creating its areas, and its profile.

``init_county(code)`` creates the county's townships and villages with their official
codes (统计用区划代码 2023) and stores the profile in the settings; it is the same call for
``special-ed county init``, the first-run dialog and the demo county. Run again for the
same county it adds only what is missing; a database that already holds another county's
areas is refused, since two counties' townships in one list would mix their children.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select

from special_ed.domain.county import CountyProfile, check_profile, suggested_authority, suggested_centre
from special_ed.domain.divisions import PLACEHOLDER_CITIES, CountyPath, Division, Divisions, DivisionsMissing
from special_ed.errors import SpecialEdError, ValidationError
from special_ed.persistence.models import Township, Village
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.services.context import ServiceContext
from special_ed.services.settings_rows import load_settings
from special_ed.services.settings_store import SettingsService

T = TypeVar("T")



@dataclass(frozen=True)
class CountyInitResult:
    profile: CountyProfile
    townships_added: int
    villages_added: int
    townships_total: int
    villages_total: int


@dataclass(frozen=True)
class OfficialArea:
    """One township with its villages, from the official list (short names, official codes)."""

    code: str
    name: str
    villages: tuple[tuple[str, str, str], ...]  # (code, short name, official name)


class CountyService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, divisions: Divisions) -> None:
        self.ctx = ctx
        self.settings = settings
        self.divisions = divisions

    # ---- choosing ----------------------------------------------------------------------------

    def provinces(self) -> list[Division]:
        return self._guard(self.divisions.provinces)

    def cities(self, province_code: str) -> list[Division]:
        return self._guard(lambda: self.divisions.cities(province_code))

    def counties(self, city_code: str) -> list[Division]:
        return self._guard(lambda: self.divisions.counties(city_code))

    def search(self, text: str, limit: int = 50) -> list[CountyPath]:
        return self._guard(lambda: self.divisions.search_counties(text, limit))

    def lookup(self, code: str) -> CountyPath:
        """The county of ``code``, or a clear error for a mistyped or unknown code."""
        code = code.strip()
        if len(code) != 6 or not code.isdigit():
            raise SpecialEdError("county.bad_code", county_code=code)
        path = self._guard(lambda: self.divisions.county(code))
        if path is None:
            raise SpecialEdError("county.unknown_code", county_code=code)
        return path

    def official_areas(self, code: str, progress: Progress = NO_PROGRESS) -> list[OfficialArea]:
        path = self.lookup(code)
        townships = self._guard(lambda: self.divisions.townships(code))
        if not townships:
            raise SpecialEdError("county.no_townships", county_code=code, name=path.county.name)
        progress.check()
        villages = self._guard(lambda: self.divisions.villages(code))
        by_township: dict[str, list[tuple[str, str, str]]] = {}
        for v in villages:
            by_township.setdefault(v.township_code, []).append((v.code, v.name, v.official_name))
        return [OfficialArea(t.code, t.name, tuple(by_township.get(t.code, ()))) for t in townships]

    @staticmethod
    def _guard(call: Callable[[], T]) -> T:
        try:
            return call()
        except DivisionsMissing as exc:
            raise SpecialEdError("divisions.missing", name=str(exc)) from exc

    # ---- the profile -------------------------------------------------------------------------

    def profile(self) -> CountyProfile:
        s = self.settings.get()
        path = self._guard(lambda: self.divisions.county(s.region_code)) if s.region_code else None
        province = path.province.name if path else ""
        city = path.city.name if path and path.city.name not in PLACEHOLDER_CITIES else ""
        return CountyProfile(
            s.region_code, s.county_name, province, city, s.issuing_authority, s.centre_name, s.office_phone
        )

    def save_profile(self, name: str, issuing_authority: str, centre_name: str, phone: str) -> CountyProfile:
        """Edit the names and phone (the code is fixed once the areas are created)."""
        issues = check_profile(name, issuing_authority, centre_name, phone)
        if issues:
            raise ValidationError(issues)
        current = self.settings.get(refresh=True)
        self.settings.save(
            current.with_changes(
                county_name=name.strip(),
                issuing_authority=issuing_authority.strip(),
                centre_name=centre_name.strip(),
                office_phone=phone.strip(),
            )
        )
        return self.profile()

    def suggested_profile(self, code: str) -> CountyProfile:
        """What the profile form starts with for a county just chosen."""
        path = self.lookup(code)
        name = path.county.name
        city = path.city.name if path.city.name not in PLACEHOLDER_CITIES else ""
        return CountyProfile(
            code, name, path.province.name, city, suggested_authority(name, code), suggested_centre(name), ""
        )

    # ---- creating the county -------------------------------------------------------------------

    def init_county(
        self,
        code: str,
        *,
        issuing_authority: str = "",
        centre_name: str = "",
        phone: str = "",
        progress: Progress = NO_PROGRESS,
    ) -> CountyInitResult:
        path = self.lookup(code)
        name = path.county.name
        issues = check_profile(
            name, issuing_authority.strip() or suggested_authority(name, code), centre_name, phone
        )
        if issues:
            raise ValidationError(issues)
        areas = self.official_areas(code, progress)
        progress.set_total(len(areas))
        t_added = v_added = 0
        with self.ctx.uow("county.write") as uow:
            s = uow.session
            existing = {t.code: t for t in s.scalars(select(Township))}
            foreign = [t for c, t in existing.items() if c[:6] != code]
            if foreign:
                counties = sorted({c[:6] for c in existing if c[:6] != code})
                raise SpecialEdError(
                    "county.other_county",
                    existing="、".join(counties[:3]),
                    example=foreign[0].name,
                    name=name,
                    county_code=code,
                )
            known_villages = set(s.scalars(select(Village.code)))
            for area in areas:
                progress.check()
                township = existing.get(area.code)
                if township is None:
                    township = Township(code=area.code, name=area.name)
                    uow.add(township)
                    t_added += 1
                for v_code, v_name, _official in area.villages:
                    if v_code not in known_villages:
                        township.villages.append(Village(code=v_code, name=v_name))
                        v_added += 1
                progress.advance()
            current = load_settings(uow)
            same = current.region_code == code  # run again: keep what the coordinator edited

            def keep(given: str, stored: str, suggestion: str) -> str:
                return given.strip() or (stored if same and stored else suggestion)

            profile = current.with_changes(
                county_name=keep("", current.county_name, name),
                region_code=code,
                issuing_authority=keep(
                    issuing_authority, current.issuing_authority, suggested_authority(name, code)
                ),
                centre_name=keep(centre_name, current.centre_name, suggested_centre(name)),
                office_phone=keep(phone, current.office_phone, ""),
            )
            self.settings.write(uow, profile)
            uow.commit()
        self.ctx.settings_changed(profile)
        return CountyInitResult(
            self.profile(), t_added, v_added, len(areas), sum(len(a.villages) for a in areas)
        )
