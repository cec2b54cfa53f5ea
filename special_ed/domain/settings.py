"""The county's norms, kept as data because provinces and counties differ.

A :class:`Settings` value is stored in the database (one JSON row per
top-level key) so that every office sharing a server works to the same norms.
``from_dict`` validates and reports every problem with the key path.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from special_ed.domain import norm_presets
from special_ed.domain.county import PHONE
from special_ed.domain.enums import Level, Placement
from special_ed.errors import Issue, ValidationError


@dataclass(frozen=True)
class Term:
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class VisitNorms:
    """How much home teaching each 送教上门 child is owed (examples in domain notes)."""

    visits_per_month: int = 2
    visits_per_week: int = 0  # 0: no weekly rule
    hours_per_visit: float = 2.0
    hours_per_year: float = 0.0  # 0: no yearly rule (some counties: 170)
    assessments_per_term: int = 2  # e.g. baseline/mid + end
    scheme_review_per_term: bool = True
    pause_in_holidays: bool = True
    min_days_between_visits: int = 3
    visit_duration_min: int = 90
    parent_class_counts: bool = False  # a 家长课堂 counts towards the visits owed (福建)
    workload_per_visit: float = (
        0.0  # teacher workload 课时 credited per visit (甘肃: 4); 0 = the visit's class hours
    )


@dataclass(frozen=True)
class Workday:
    start: time = time(8, 30)
    end: time = time(17, 30)
    lunch_start: time | None = time(12, 0)
    lunch_end: time | None = time(13, 30)
    max_visits_per_day: int = 4


@dataclass(frozen=True)
class Travel:
    speed_kmh: float = 30.0
    road_factor: float = 1.5


# The idle lock's bounds: under a minute the window locks while someone reads a file; over two hours
# an unattended office PC shows children's records for a morning.
IDLE_LOCK_RANGE = (1, 120)

DEFAULT_DOMAINS = ("生活自理", "运动", "认知", "语言与沟通", "社会适应", "情绪与行为")


def _default_terms() -> tuple[Term, ...]:
    return (
        Term("2025年秋季学期", date(2025, 9, 1), date(2026, 1, 16)),
        Term("2026年春季学期", date(2026, 2, 23), date(2026, 7, 3)),
        Term("2026年秋季学期", date(2026, 9, 1), date(2027, 1, 15)),
        Term("2027年春季学期", date(2027, 2, 22), date(2027, 7, 2)),
    )


@dataclass(frozen=True)
class Settings:
    # The county profile (see special_ed.domain.county): empty until the county is chosen.
    county_name: str = ""
    region_code: str = ""
    issuing_authority: str = ""  # printed on notices and files: "巫山县教育委员会"
    centre_name: str = ""  # "巫山县特殊教育指导中心"
    office_phone: str = ""
    grade_to_level: dict[int, Level] = field(
        default_factory=lambda: {1: Level.SEVERE, 2: Level.SEVERE, 3: Level.MODERATE, 4: Level.MILD}
    )
    level_to_placement: dict[Level, Placement] = field(
        default_factory=lambda: {
            Level.MILD: Placement.MAINSTREAM,
            Level.MODERATE: Placement.SPECIAL_SCHOOL,
            Level.SEVERE: Placement.HOME,
        }
    )
    age_min: int = 6
    age_max: int = 15
    reference_month: int = 9
    reference_day: int = 1
    class_hour_minutes: int = 40
    review_interval_months: int = 12
    terms: tuple[Term, ...] = field(default_factory=_default_terms)
    visit_norms: VisitNorms = field(default_factory=VisitNorms)
    workday: Workday = field(default_factory=Workday)
    travel: Travel = field(default_factory=Travel)
    scheme_domains: tuple[str, ...] = DEFAULT_DOMAINS
    no_visit_alert_days: int = 30
    attachment_max_bytes: int = 10 * 1024 * 1024
    attachment_types: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".pdf", ".tif", ".tiff", ".bmp", ".webp")
    holiday_overrides: tuple[date, ...] = ()
    workday_overrides: tuple[date, ...] = ()
    print_font_path: str = ""
    print_binding_mm: int = 30  # 装订边距: the margin on the bound edge of printed files (mm)
    norm_preset: str = norm_presets.CUSTOM  # the provincial preset the visit norms were taken from
    # Once accounts exist, a window left without keyboard or mouse input this long locks and asks for
    # the password again. A county setting (every office's PCs), changed by an administrator only.
    idle_lock_minutes: int = 15

    # ---- behaviour that depends only on the norms -------------------------------------------

    def reference_date(self, year: int) -> date:
        return date(year, self.reference_month, self.reference_day)

    def term_for(self, day: date) -> Term | None:
        for term in self.terms:
            if term.start <= day <= term.end:
                return term
        return None

    def with_changes(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def with_preset(self, key: str) -> Settings:
        """These settings under a provincial preset: its figures replace the visit norms (and ages it sets).

        ``custom`` only records that the county's own figures are in force. An unknown key raises
        ``norms.preset_unknown`` before anything changes.
        """
        if key == norm_presets.CUSTOM:
            return dataclasses.replace(self, norm_preset=key)
        p = norm_presets.preset(key)
        norms = dataclasses.replace(
            self.visit_norms,
            visits_per_month=p.visits_per_month,
            visits_per_week=p.visits_per_week,
            hours_per_visit=float(p.hours_per_visit),
            hours_per_year=float(p.hours_per_year),
            parent_class_counts=p.parent_class_counts,
            workload_per_visit=float(p.workload_per_visit),
        )
        out = dataclasses.replace(self, visit_norms=norms, norm_preset=key)
        if p.age_min is not None and p.age_max is not None:
            out = dataclasses.replace(out, age_min=p.age_min, age_max=p.age_max)
        return out

    def preset_modified(self) -> bool:
        """True when the visit norms no longer equal the chosen preset's figures (edited afterwards)."""
        if self.norm_preset == norm_presets.CUSTOM:
            return False
        return self.with_preset(self.norm_preset).visit_norms != self.visit_norms

    # ---- (de)serialisation -----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "county_name": self.county_name,
            "region_code": self.region_code,
            "issuing_authority": self.issuing_authority,
            "centre_name": self.centre_name,
            "office_phone": self.office_phone,
            "grade_to_level": {str(k): v.value for k, v in sorted(self.grade_to_level.items())},
            "level_to_placement": {k.value: v.value for k, v in self.level_to_placement.items()},
            "age_min": self.age_min,
            "age_max": self.age_max,
            "reference_month": self.reference_month,
            "reference_day": self.reference_day,
            "class_hour_minutes": self.class_hour_minutes,
            "review_interval_months": self.review_interval_months,
            "idle_lock_minutes": self.idle_lock_minutes,
            "terms": [
                {"name": t.name, "start": t.start.isoformat(), "end": t.end.isoformat()} for t in self.terms
            ],
            "visit_norms": dataclasses.asdict(self.visit_norms),
            "workday": {
                "start": self.workday.start.strftime("%H:%M"),
                "end": self.workday.end.strftime("%H:%M"),
                "lunch_start": self.workday.lunch_start.strftime("%H:%M")
                if self.workday.lunch_start
                else None,
                "lunch_end": self.workday.lunch_end.strftime("%H:%M") if self.workday.lunch_end else None,
                "max_visits_per_day": self.workday.max_visits_per_day,
            },
            "travel": dataclasses.asdict(self.travel),
            "scheme_domains": list(self.scheme_domains),
            "no_visit_alert_days": self.no_visit_alert_days,
            "attachment_max_bytes": self.attachment_max_bytes,
            "attachment_types": list(self.attachment_types),
            "holiday_overrides": [d.isoformat() for d in self.holiday_overrides],
            "workday_overrides": [d.isoformat() for d in self.workday_overrides],
            "print_font_path": self.print_font_path,
            "print_binding_mm": self.print_binding_mm,
            "norm_preset": self.norm_preset,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build settings from stored/edited data; missing keys take defaults; all problems reported together."""
        return _SettingsParser(data).parse()


class _SettingsParser:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.issues: list[Issue] = []
        self.defaults = Settings()

    def bad(self, key: str, code: str, **params: Any) -> None:
        """One problem with one key; worded when shown (``settings.*`` codes label ``key`` in the reader's language)."""
        self.issues.append(Issue(f"settings.{code}", "settings", {"key": key, **params}))

    def int_in(self, key: str, lo: int, hi: int, value: Any = None, default: int | None = None) -> int:
        raw: Any = self.data.get(key, getattr(self.defaults, key, default)) if value is None else value
        try:
            number = int(raw)
        except (TypeError, ValueError):
            self.bad(key, "integer", value=raw)
            return default if default is not None else lo
        if isinstance(raw, bool) or not lo <= number <= hi or float(raw) != number:
            self.bad(key, "range", value=raw, min=lo, max=hi)
        return number

    def float_in(self, key: str, raw: Any, lo: float, hi: float) -> float:
        try:
            number = float(raw)
        except (TypeError, ValueError):
            self.bad(key, "number", value=raw)
            return lo
        if not lo <= number <= hi:
            self.bad(key, "range", value=raw, min=f"{lo:g}", max=f"{hi:g}")
        return number

    def day(self, key: str, raw: Any) -> date | None:
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            self.bad(key, "date", value=raw)
            return None

    def clock(self, key: str, raw: Any) -> time | None:
        try:
            return time.fromisoformat(str(raw))
        except ValueError:
            self.bad(key, "time", value=raw)
            return None

    def parse(self) -> Settings:
        d = self.data
        df = self.defaults
        grade_to_level = dict(df.grade_to_level)
        for k, v in dict(d.get("grade_to_level", {})).items():
            grade = self.int_in("grade_to_level", 1, 4, value=k)
            level = Level.from_label(str(v))
            if level is None:
                self.bad(f"grade_to_level.{k}", "level", value=v)
            else:
                grade_to_level[grade] = Level(level)
        level_to_placement = dict(df.level_to_placement)
        for k, v in dict(d.get("level_to_placement", {})).items():
            level = Level.from_label(str(k))
            placement = Placement.from_label(str(v))
            if level is None or placement is None:
                self.bad(f"level_to_placement.{k}", "mapping", level=k, value=v)
            else:
                level_to_placement[Level(level)] = Placement(placement)
        age_min = self.int_in("age_min", 3, 25)
        age_max = self.int_in("age_max", 3, 25)
        if age_min > age_max:
            self.bad("age_max", "age_order", min=age_min, max=age_max)
        ref_month = self.int_in("reference_month", 1, 12)
        ref_day = self.int_in("reference_day", 1, 31)
        try:
            date(2001, ref_month, ref_day)
        except ValueError:
            self.bad("reference_day", "no_such_day", month=ref_month, day=ref_day)
        terms: list[Term] = []
        for i, t in enumerate(d.get("terms", [dataclasses.asdict(x) for x in df.terms])):
            t_start = self.day(f"terms[{i}].start", t.get("start"))
            t_end = self.day(f"terms[{i}].end", t.get("end"))
            name = str(t.get("name", "")).strip()
            if not name:
                self.bad(f"terms[{i}].name", "term_name", row=i + 1)
            if t_start and t_end:
                if t_end <= t_start:
                    self.bad(f"terms[{i}].end", "term_order", term=name, row=i + 1)
                terms.append(Term(name, t_start, t_end))
        ordered = sorted(terms, key=lambda t: t.start)
        for a, b in itertools.pairwise(ordered):
            if b.start <= a.end:
                self.bad("terms", "terms_overlap", first=a.name, second=b.name)
        vn = {**dataclasses.asdict(df.visit_norms), **dict(d.get("visit_norms", {}))}
        norms = VisitNorms(
            visits_per_month=self.int_in("visit_norms.visits_per_month", 0, 31, value=vn["visits_per_month"]),
            visits_per_week=self.int_in("visit_norms.visits_per_week", 0, 7, value=vn["visits_per_week"]),
            hours_per_visit=self.float_in("visit_norms.hours_per_visit", vn["hours_per_visit"], 0, 12),
            hours_per_year=self.float_in("visit_norms.hours_per_year", vn["hours_per_year"], 0, 2000),
            assessments_per_term=self.int_in(
                "visit_norms.assessments_per_term", 0, 10, value=vn["assessments_per_term"]
            ),
            scheme_review_per_term=bool(vn["scheme_review_per_term"]),
            pause_in_holidays=bool(vn["pause_in_holidays"]),
            min_days_between_visits=self.int_in(
                "visit_norms.min_days_between_visits", 0, 31, value=vn["min_days_between_visits"]
            ),
            visit_duration_min=self.int_in(
                "visit_norms.visit_duration_min", 10, 600, value=vn["visit_duration_min"]
            ),
            parent_class_counts=bool(vn["parent_class_counts"]),
            workload_per_visit=self.float_in(
                "visit_norms.workload_per_visit", vn["workload_per_visit"], 0, 24
            ),
        )
        preset_key = str(d.get("norm_preset", df.norm_preset)).strip() or norm_presets.CUSTOM
        if not norm_presets.is_known(preset_key):
            self.bad(
                "norm_preset", "preset_unknown", value=preset_key, known="、".join(norm_presets.preset_keys())
            )
        wd_raw = {**df.to_dict()["workday"], **dict(d.get("workday", {}))}
        start = self.clock("workday.start", wd_raw["start"]) or df.workday.start
        end = self.clock("workday.end", wd_raw["end"]) or df.workday.end
        lunch_start = (
            self.clock("workday.lunch_start", wd_raw["lunch_start"]) if wd_raw["lunch_start"] else None
        )
        lunch_end = self.clock("workday.lunch_end", wd_raw["lunch_end"]) if wd_raw["lunch_end"] else None
        if end <= start:
            self.bad("workday.end", "workday_order")
        if (lunch_start is None) != (lunch_end is None):
            self.bad("workday.lunch_end", "lunch_pair")
        elif lunch_start and lunch_end and not (start <= lunch_start < lunch_end <= end):
            self.bad("workday.lunch_start", "lunch_inside")
        workday = Workday(
            start,
            end,
            lunch_start,
            lunch_end,
            self.int_in("workday.max_visits_per_day", 1, 20, value=wd_raw["max_visits_per_day"]),
        )
        tr = {**dataclasses.asdict(df.travel), **dict(d.get("travel", {}))}
        travel = Travel(
            self.float_in("travel.speed_kmh", tr["speed_kmh"], 1, 150),
            self.float_in("travel.road_factor", tr["road_factor"], 1, 5),
        )
        domains = tuple(str(x).strip() for x in d.get("scheme_domains", df.scheme_domains) if str(x).strip())
        if not domains:
            self.bad("scheme_domains", "no_domains")
        region = str(d.get("region_code", df.region_code)).strip()
        if region and not (len(region) == 6 and region.isdigit()):
            self.bad("region_code", "region_code", value=region)
        phone = str(d.get("office_phone", "")).strip()
        if phone and not PHONE.match(phone.replace(" ", "")):
            self.bad("office_phone", "phone", value=phone)
        types = tuple(str(x).lower() for x in d.get("attachment_types", df.attachment_types))
        settings = Settings(
            county_name=str(d.get("county_name", df.county_name)).strip(),
            region_code=region,
            issuing_authority=str(d.get("issuing_authority", "")).strip(),
            centre_name=str(d.get("centre_name", "")).strip(),
            office_phone=phone,
            grade_to_level=grade_to_level,
            level_to_placement=level_to_placement,
            age_min=age_min,
            age_max=age_max,
            reference_month=ref_month,
            reference_day=ref_day,
            class_hour_minutes=self.int_in("class_hour_minutes", 20, 90),
            review_interval_months=self.int_in("review_interval_months", 1, 60),
            idle_lock_minutes=self.int_in("idle_lock_minutes", *IDLE_LOCK_RANGE),
            terms=tuple(ordered),
            visit_norms=norms,
            workday=workday,
            travel=travel,
            scheme_domains=domains,
            no_visit_alert_days=self.int_in("no_visit_alert_days", 1, 365),
            attachment_max_bytes=self.int_in("attachment_max_bytes", 1024, 500 * 1024 * 1024),
            attachment_types=types,
            holiday_overrides=tuple(
                x for x in (self.day("holiday_overrides", v) for v in d.get("holiday_overrides", [])) if x
            ),
            workday_overrides=tuple(
                x for x in (self.day("workday_overrides", v) for v in d.get("workday_overrides", [])) if x
            ),
            print_font_path=str(d.get("print_font_path", "")),
            print_binding_mm=self.int_in("print_binding_mm", 10, 40),
            norm_preset=preset_key,
        )
        if self.issues:
            raise ValidationError(self.issues)
        return settings
