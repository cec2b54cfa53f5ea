"""Structured assessment instruments as data: domains, items, a scale and a scoring rule.

Two published Chinese scales ship as definitions (``BUILTIN``). Their *domain
structure* is as published; their item lists are not reproduced here (the full
published item texts are not available to this project), so each ships with
no items and the county adds the items of the edition it uses — the county's
additions are stored in the database with the instrument (see
:class:`~special_ed.services.instruments.InstrumentService`). Counties may also
define instruments of their own.

Scoring (one rule per instrument, kept with it):

- Each scale point has a code (what is entered: "P", "3"), a label and a value;
  a point whose value is ``None`` (the autism scale's X, not applicable) is
  recorded but left out of the subtotals.
- A domain's subtotal is the sum of its scored items' values; its maximum is the
  highest scale value × the items scored; its percentage is subtotal / maximum.
  The profile chart (剖面图) plots the percentages, so domains with different
  item counts compare on one axis.
- A score that is not one of the scale's codes is refused, naming the item.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from special_ed.errors import Issue, ValidationError


@dataclass(frozen=True)
class ScalePoint:
    code: str
    label: str
    value: float | None  # None: recorded but not scored (X)


@dataclass(frozen=True)
class Item:
    code: str  # stable within the instrument, e.g. "gm.3"
    text: str
    county_added: bool = False


@dataclass(frozen=True)
class Domain:
    key: str
    name: str
    group: str = ""  # the wider area a sub-domain belongs to (粗大运动 → 姿势控制)
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Instrument:
    key: str
    name: str
    source: str  # who publishes it / where it comes from
    scale: tuple[ScalePoint, ...]
    domains: tuple[Domain, ...]
    times_per_year: int = 0  # how often the instrument's guidance says to administer it (0: not stated)
    builtin: bool = False
    items_published: bool = False  # True only when the items shipped are the published ones
    notes: str = ""

    # ---- look-ups ---------------------------------------------------------------------------

    def point(self, code: str) -> ScalePoint | None:
        wanted = code.strip().upper()
        return next((p for p in self.scale if p.code.upper() == wanted), None)

    @property
    def max_value(self) -> float:
        return max((p.value for p in self.scale if p.value is not None), default=0.0)

    def items(self) -> dict[str, tuple[Domain, Item]]:
        return {i.code: (d, i) for d in self.domains for i in d.items}

    def domain(self, key: str) -> Domain | None:
        return next((d for d in self.domains if d.key == key), None)

    # ---- county edits -----------------------------------------------------------------------

    def with_item(self, domain_key: str, text: str) -> Instrument:
        """A copy with one county item added to a domain (its code is the domain key and a number)."""
        domain = self.domain(domain_key)
        if domain is None:
            raise ValidationError(
                [Issue("instrument.domain_unknown", "domain", {"domain": domain_key, "name": self.name})]
            )
        text = text.strip()
        if not text:
            raise ValidationError([Issue("required", "item", {"field": "题目"})])
        if any(i.text == text for i in domain.items):
            raise ValidationError(
                [Issue("instrument.item_duplicate", "item", {"text": text, "domain": domain.name})]
            )
        used = {i.code for i in domain.items}
        n = len(domain.items) + 1
        while f"{domain.key}.{n}" in used:
            n += 1
        new = replace(domain, items=(*domain.items, Item(f"{domain.key}.{n}", text, county_added=True)))
        return replace(self, domains=tuple(new if d.key == domain_key else d for d in self.domains))

    # ---- (de)serialisation ------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "source": self.source,
            "scale": [{"code": p.code, "label": p.label, "value": p.value} for p in self.scale],
            "domains": [
                {
                    "key": d.key,
                    "name": d.name,
                    "group": d.group,
                    "items": [
                        {"code": i.code, "text": i.text, "county_added": i.county_added} for i in d.items
                    ],
                }
                for d in self.domains
            ],
            "times_per_year": self.times_per_year,
            "builtin": self.builtin,
            "items_published": self.items_published,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Instrument:
        """Read a stored or county-written definition; every problem is reported with its place."""
        issues: list[Issue] = []

        def bad(where: str, detail: str) -> None:
            issues.append(Issue("instrument.invalid", "instrument", {"where": where, "detail": detail}))

        key = str(data.get("key", "")).strip()
        name = str(data.get("name", "")).strip()
        if not key:
            bad("key", "代码不能为空")
        if not name:
            bad("name", "名称不能为空")
        scale: list[ScalePoint] = []
        for n, p in enumerate(data.get("scale") or [], start=1):
            code = str(p.get("code", "")).strip()
            value = p.get("value")
            if not code:
                bad(f"scale[{n}]", "计分代码不能为空")
            if value is not None and not isinstance(value, int | float):
                bad(f"scale[{n}]", f"分值应为数字或空：{value!r}")
                value = None
            scale.append(ScalePoint(code, str(p.get("label", code)), None if value is None else float(value)))
        if not scale:
            bad("scale", "至少需要一个计分等级")
        if len({p.code.upper() for p in scale}) != len(scale):
            bad("scale", "计分代码重复")
        if scale and all(p.value is None for p in scale):
            bad("scale", "至少一个计分等级要有分值")
        domains: list[Domain] = []
        seen_items: set[str] = set()
        for n, d in enumerate(data.get("domains") or [], start=1):
            dkey, dname = str(d.get("key", "")).strip(), str(d.get("name", "")).strip()
            if not dkey or not dname:
                bad(f"domains[{n}]", "领域代码和名称不能为空")
            items = []
            for m, i in enumerate(d.get("items") or [], start=1):
                code, text = str(i.get("code", "")).strip(), str(i.get("text", "")).strip()
                if not code or not text:
                    bad(f"domains[{n}].items[{m}]", "题目代码和内容不能为空")
                if code in seen_items:
                    bad(f"domains[{n}].items[{m}]", f"题目代码重复：{code}")
                seen_items.add(code)
                items.append(Item(code, text, bool(i.get("county_added", False))))
            domains.append(Domain(dkey, dname, str(d.get("group", "")), tuple(items)))
        if not domains:
            bad("domains", "至少需要一个领域")
        if len({d.key for d in domains}) != len(domains):
            bad("domains", "领域代码重复")
        if issues:
            raise ValidationError(issues)
        return cls(
            key=key,
            name=name,
            source=str(data.get("source", "")),
            scale=tuple(scale),
            domains=tuple(domains),
            times_per_year=int(data.get("times_per_year", 0) or 0),
            builtin=bool(data.get("builtin", False)),
            items_published=bool(data.get("items_published", False)),
            notes=str(data.get("notes", "")),
        )


# ---- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DomainScore:
    key: str
    name: str
    group: str
    subtotal: float
    maximum: float
    scored: int  # items with a scored point
    recorded: int  # items with any point (including X)
    items: int  # items the domain has

    @property
    def percent(self) -> float | None:
        return round(100 * self.subtotal / self.maximum, 1) if self.maximum else None


@dataclass(frozen=True)
class Scored:
    domains: tuple[DomainScore, ...]
    total: float
    maximum: float

    def by_key(self) -> dict[str, DomainScore]:
        return {d.key: d for d in self.domains}


def validate_scores(instrument: Instrument, scores: Mapping[str, str]) -> dict[str, str]:
    """Normalised scores (codes as the scale writes them); an unknown item or a point off the scale is refused."""
    items = instrument.items()
    issues: list[Issue] = []
    out: dict[str, str] = {}
    allowed = "/".join(p.code for p in instrument.scale)
    for code, raw in scores.items():
        if code not in items:
            issues.append(Issue("assessment.item_unknown", code, {"item": code, "name": instrument.name}))
            continue
        text = str(raw).strip()
        if not text:
            continue  # not assessed
        point = instrument.point(text)
        if point is None:
            domain, item = items[code]
            issues.append(
                Issue(
                    "assessment.score_off_scale",
                    code,
                    {"item": f"{domain.name}·{item.text}", "value": text, "allowed": allowed},
                )
            )
            continue
        out[code] = point.code
    if issues:
        raise ValidationError(issues)
    return out


def score(instrument: Instrument, scores: Mapping[str, str]) -> Scored:
    """Domain subtotals and the total of (already validated) scores."""
    top = instrument.max_value
    domains = []
    total = maximum = 0.0
    for d in instrument.domains:
        subtotal, scored, recorded = 0.0, 0, 0
        for item in d.items:
            code = scores.get(item.code)
            point = instrument.point(code) if code else None
            if point is None:
                continue
            recorded += 1
            if point.value is not None:
                scored += 1
                subtotal += point.value
        domains.append(
            DomainScore(d.key, d.name, d.group, subtotal, top * scored, scored, recorded, len(d.items))
        )
        total += subtotal
        maximum += top * scored
    return Scored(tuple(domains), total, maximum)


@dataclass(frozen=True)
class DomainChange:
    key: str
    name: str
    before: float | None  # percent at the previous administration
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 1)


def compare(current: Scored, previous: Scored | None) -> tuple[DomainChange, ...]:
    before = previous.by_key() if previous else {}
    return tuple(
        DomainChange(d.key, d.name, before[d.key].percent if d.key in before else None, d.percent)
        for d in current.domains
    )


# ---- the shipped definitions --------------------------------------------------------------------

PEFX = (
    ScalePoint("P", "通过", 2),
    ScalePoint("E", "中间反应（萌芽）", 1),
    ScalePoint("F", "不通过", 0),
    ScalePoint("X", "不适用（不计分）", None),
)

AUTISM = Instrument(
    key="cdpf_autism",
    name="孤独症儿童发展评估表（试行）",
    source="中国残疾人联合会",
    scale=PEFX,
    domains=tuple(
        Domain(key, name)
        for key, name in (
            ("perception", "感知觉"),
            ("gross_motor", "粗大动作"),
            ("fine_motor", "精细动作"),
            ("language", "语言与沟通"),
            ("cognition", "认知"),
            ("social", "社会交往"),
            ("self_care", "生活自理"),
            ("emotion", "情绪与行为"),
        )
    ),
    times_per_year=3,
    builtin=True,
    notes="8 个领域按原表；每项对照参照年龄记 P/E/F/X，每学年评估 3 次，结果绘制剖面图。"
    "原表题目未随本程序提供：请按本县使用的版本逐项添加。计分：P=2、E=1、F=0，X 不计分。",
)

THREE_TO_ZERO = (
    ScalePoint("3", "3 分", 3),
    ScalePoint("2", "2 分", 2),
    ScalePoint("1", "1 分", 1),
    ScalePoint("0", "0 分", 0),
)

LEARNING = Instrument(
    key="id_learning",
    name="智障儿童学习能力评估表",
    source="培智学校常用评估表（版本以本县所用为准）",
    scale=THREE_TO_ZERO,
    domains=(
        Domain("posture", "姿势控制", "粗大运动"),
        Domain("mobility", "移动能力", "粗大运动"),
        Domain("motor_play", "运动与游戏", "粗大运动"),
        Domain("grasp", "抓放", "精细动作"),
        Domain("manipulation", "作业能力", "精细动作"),
    ),
    builtin=True,
    notes="表头：姓名、性别、出生日期、评估人、评估日期；各题按 3/2/1/0 计分，按领域小计。"
    "本程序提供粗大运动（姿势控制、移动能力、运动与游戏）与精细动作（抓放、作业能力）的领域结构，"
    "原表题目和其余领域未随本程序提供：请按本县使用的版本添加。",
)

BUILTIN: tuple[Instrument, ...] = (AUTISM, LEARNING)


def merged(builtin: Instrument, stored: Instrument | None) -> Instrument:
    """The builtin definition with the county's stored additions (its items; its own domains kept)."""
    if stored is None:
        return builtin
    by_key = {d.key: d for d in stored.domains}
    domains = [replace(d, items=by_key[d.key].items) if d.key in by_key else d for d in builtin.domains]
    known = {d.key for d in builtin.domains}
    domains += [d for d in stored.domains if d.key not in known]
    return replace(builtin, domains=tuple(domains))


__all__ = [
    "BUILTIN",
    "Domain",
    "DomainChange",
    "DomainScore",
    "Instrument",
    "Item",
    "ScalePoint",
    "Scored",
    "compare",
    "merged",
    "score",
    "validate_scores",
]


# ---- administrations and profiles (results the services hand to front ends) ---------------------


@dataclass(frozen=True)
class Administration:
    child_id: int
    instrument_key: str
    day: date
    assessor: str
    scores: Mapping[str, str]  # item code → scale code
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class GoalProgress:
    """A scheme goal linked to a domain or item, with what this and the previous administration measured."""

    goal_id: int
    goal_text: str
    target: str  # "domain" or "domain.item" of this instrument
    target_name: str
    before: str  # the item's score or the domain's percentage, as shown ("" when not measured)
    after: str
    improved: bool | None  # None when it cannot be told


@dataclass(frozen=True)
class Profile:
    """One administration scored, with the previous one of the same instrument for comparison."""

    child_name: str
    child_sex: str
    child_birth: date | None
    instrument: Instrument
    current: Administration
    scored: Scored
    previous: Administration | None
    previous_scored: Scored | None
    changes: tuple[DomainChange, ...]
    goals: tuple[GoalProgress, ...]


def goal_progress(
    instrument: Instrument,
    goals: Iterable[tuple[int, str, tuple[str, ...]]],
    current: Administration,
    scored: Scored,
    previous: Administration | None,
    previous_scored: Scored | None,
) -> tuple[GoalProgress, ...]:
    """Each goal's targets on this instrument with the measure before and now."""
    items = instrument.items()
    now, before = scored.by_key(), previous_scored.by_key() if previous_scored else {}
    out = []
    for goal_id, text, targets in goals:
        for target in targets:
            ins, _, rest = target.partition(":")
            if ins != instrument.key or not rest:
                continue
            if rest in items:
                domain, item = items[rest]
                a = current.scores.get(rest, "")
                b = previous.scores.get(rest, "") if previous else ""
                pa, pb = instrument.point(a) if a else None, instrument.point(b) if b else None
                improved = (
                    None
                    if pa is None or pb is None or pa.value is None or pb.value is None
                    else pa.value > pb.value
                )
                out.append(GoalProgress(goal_id, text, rest, f"{domain.name}·{item.text}", b, a, improved))
            elif rest in now:
                d_now, d_before = now[rest], before.get(rest)
                now_pct, before_pct = d_now.percent, d_before.percent if d_before else None
                out.append(
                    GoalProgress(
                        goal_id,
                        text,
                        rest,
                        d_now.name,
                        "" if before_pct is None else f"{before_pct:g}%",
                        "" if now_pct is None else f"{now_pct:g}%",
                        None if now_pct is None or before_pct is None else now_pct > before_pct,
                    )
                )
    return tuple(out)
