"""The county's ledgers and statistics tables, built from the same services the screens use.

Every builder takes the :class:`Acting` context and the township names; ``acting_scope`` decides
which townships the acting user may report on (and the unit of work's scope filters the rows).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select

from special_ed.domain.compliance import ComplianceCalculator
from special_ed.domain.enums import Category, Placement
from special_ed.domain.registration import DEFERRED, OUTCOME_LABELS, CheckWindow
from special_ed.persistence import models as m
from special_ed.reports.model import DATE, INT, PERCENT, Acting, Col, Report, acting_scope

SEX = {"M": "男", "F": "女"}
CATEGORY_GROUP = {
    Category.VISUAL.value: "视力",
    Category.HEARING.value: "听力",
    Category.INTELLECTUAL.value: "智力",
}
GROUPS = ("视力", "听力", "智力", "其他")
RESOURCE_ROOM_THRESHOLD = 5  # a school with ≥ 5 disabled pupils should have a resource room


def category_group(primary: str | None, categories: str) -> str:
    """三类残疾: 视力 / 听力 / 智力, anything else 其他 (the primary category decides a multiple disability)."""
    code = primary or (categories.split(",")[0] if categories else "")
    return CATEGORY_GROUP.get(code, "其他")


def school_year(acting: Acting) -> int:
    if acting.year is not None:
        return acting.year
    return ComplianceCalculator(acting.ctx.settings()).school_year_of(acting.today)


def window(acting: Acting, app: Any) -> CheckWindow:
    w: CheckWindow = app.registration.window(school_year(acting))
    return w


def _title(acting: Acting, name: str) -> str:
    return acting.title(name)


def _period(acting: Acting, extra: str = "") -> str:
    y = school_year(acting)
    text = f"{y}—{y + 1}学年" + (f"（{extra}）" if extra else "")
    return text + (f"　{acting.township}" if acting.township else "")


def _mask(rid: str, acting: Acting) -> str:
    """Identifiers masked unless the acting user may see them in full (accounts' masking rule)."""
    if not rid:
        return ""
    if acting.extra.get("full") and not acting.ctx.actor.masks_identifiers:
        return rid
    return rid[:6] + "********" + rid[-4:] if len(rid) == 18 else rid


# ---- 三类残疾儿童少年入学情况统计表 ------------------------------------------------------------------


def disability_enrolment(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    rows = app.registration.check_population(window(acting, app))
    stats: dict[str, Counter[str]] = {}
    for r in rows:
        if r.township not in allowed:
            continue
        c = stats.setdefault(r.township, Counter())
        g = category_group(r.primary_category, r.categories)
        enrolled = bool(r.placement) and r.placement != DEFERRED
        c[g] += 1
        c[f"{g}_in"] += int(enrolled)
        c["all"] += 1
        c["in"] += int(enrolled)
    out = []
    total: Counter[str] = Counter()
    for n, town in enumerate(sorted(stats), start=1):
        c = stats[town]
        total.update(c)
        out.append(_enrol_row(n, town, c))
    return Report(
        key="disability-enrolment",
        title=_title(acting, "三类残疾儿童少年入学情况统计表"),
        period=_period(acting, window(acting, app).text()),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇（街道）", width=1.4),
            *[Col(f"{g}残疾", INT, 0.7) for g in GROUPS],
            *[Col(f"{g}已入学", INT, 0.7) for g in GROUPS],
            Col("合计", INT, 0.6),
            Col("已入学", INT, 0.6),
            Col("未入学", INT, 0.6),
            Col("入学率", PERCENT, 0.7),
        ),
        rows=tuple(out),
        total=("合计", "", *_enrol_row(0, "", total)[2:]),
        notes=(
            "入学指已安置（随班就读、特校就读、送教上门）；延缓入学计为未入学。",
            "类别按主要残疾类别归入视力、听力、智力、其他。",
        ),
        made_on=acting.today,
    )


def _enrol_row(n: int, town: str, c: Counter[str]) -> tuple[Any, ...]:
    rate = round(c["in"] / c["all"], 4) if c["all"] else None
    return (
        n,
        town,
        *[c[g] for g in GROUPS],
        *[c[f"{g}_in"] for g in GROUPS],
        c["all"],
        c["in"],
        c["all"] - c["in"],
        rate,
    )


# ---- 特殊教育招生入学情况汇总表 ------------------------------------------------------------------------


def enrolment_summary(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    kinds = (Placement.MAINSTREAM.value, Placement.SPECIAL_SCHOOL.value, Placement.HOME.value, DEFERRED, "")
    stats: dict[str, Counter[str]] = {}
    for r in app.registration.check_population(window(acting, app)):
        if r.township in allowed:
            stats.setdefault(r.township, Counter())[r.placement] += 1
    out, total = [], Counter[str]()
    for n, town in enumerate(sorted(stats), start=1):
        c = stats[town]
        total.update(c)
        out.append((n, town, *[c[k] for k in kinds], sum(c.values())))
    return Report(
        key="enrolment-summary",
        title=_title(acting, "特殊教育招生入学情况汇总表"),
        period=_period(acting),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇（街道）", width=1.4),
            Col("随班就读", INT),
            Col("特校就读", INT),
            Col("送教上门", INT),
            Col("延缓入学", INT),
            Col("未安置", INT),
            Col("合计", INT),
        ),
        rows=tuple(out),
        total=("合计", "", *[total[k] for k in kinds], sum(total.values())),
        notes=("按本学年应查范围内登记的适龄残疾儿童少年统计，安置方式为填表时现行的安置。",),
        made_on=acting.today,
    )


# ---- 实名调查登记表 ----------------------------------------------------------------------------------


def registration_form(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    w = window(acting, app)
    rows = [
        r
        for r in app.registration.registration_form(w)
        if r.township in allowed or (not r.township and not acting.township)
    ]
    out = tuple(
        (
            n,
            r.name,
            SEX.get(r.sex, r.sex),
            r.birth_date,
            _mask(r.resident_id, acting),
            r.township,
            r.village,
            _category_names(r.categories),
            r.grade,
            r.guardian,
            r.source,
            r.note or "未入学",
        )
        for n, r in enumerate(rows, start=1)
    )
    return Report(
        key="registration-form",
        title=_title(acting, "未入学适龄残疾儿童少年实名调查登记表"),
        period=_period(acting, w.text()),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("姓名", width=0.9),
            Col("性别", width=0.5),
            Col("出生日期", DATE, 1.0),
            Col("身份证号", width=1.6),
            Col("乡镇", width=1.0),
            Col("村（社区）", width=1.0),
            Col("残疾类别", width=0.9),
            Col("等级", INT, 0.5),
            Col("监护人", width=0.8),
            Col("来源", width=0.7),
            Col("现状", width=1.2),
        ),
        rows=out,
        total=("合计", f"{len(out)} 人", *[""] * 10),
        notes=(
            "登记册中未安置（含延缓入学）的适龄残疾儿童少年，以及残联、学籍、户籍名单中有而登记册中没有的人员。",
        ),
        signatures=("调查人", "审核人", "乡镇（街道）负责人"),
        made_on=acting.today,
    )


def _category_names(codes: str) -> str:
    names = []
    for code in (codes or "").split(","):
        try:
            names.append(Category(code.strip()).label)
        except ValueError:
            continue
    return "、".join(names)


# ---- 随班就读工作台账 ----------------------------------------------------------------------------------


def mainstream_ledger(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    with acting.ctx.uow("read") as uow:
        rows = uow.session.execute(
            select(
                m.Child.name,
                m.Child.sex,
                m.Child.categories,
                m.Child.primary_category,
                m.Child.level,
                m.Township.name,
                m.School.name,
                m.School.id,
                m.Child.class_name,
                m.PlacementRecord.effective_date,
                m.Child.review_due,
            )
            .join(m.Township, m.Township.id == m.Child.township_id)
            .join(
                m.PlacementRecord,
                (m.PlacementRecord.child_id == m.Child.id) & m.PlacementRecord.end_date.is_(None),
            )
            .outerjoin(m.School, m.School.id == m.Child.placement_school_id)
            .where(
                m.Child.archived_at.is_(None),
                m.Child.placement == Placement.MAINSTREAM.value,
                m.PlacementRecord.kind == Placement.MAINSTREAM.value,
            )
            .order_by(m.Township.name, m.School.name, m.Child.name_pinyin)
        ).all()
        per_school = dict(
            uow.session.execute(
                select(m.Child.placement_school_id, func.count(m.Child.id))
                .where(m.Child.archived_at.is_(None), m.Child.placement_school_id.is_not(None))
                .group_by(m.Child.placement_school_id)
            ).all()
        )
    out: list[tuple[Any, ...]] = []
    for name, sex, cats, _primary, level, town, school, school_id, klass, since, review in rows:
        if town not in allowed:
            continue
        n = per_school.get(school_id, 0)
        room = "应设资源教室" if n >= RESOURCE_ROOM_THRESHOLD else ""
        out.append(
            (
                len(out) + 1,
                town,
                school or "",
                klass or "",
                name,
                SEX.get(sex, sex),
                _category_names(cats),
                {"mild": "轻度", "moderate": "中度", "severe": "重度"}.get(level or "", ""),
                since,
                n,
                room,
                review,
            )
        )
    return Report(
        key="mainstream-ledger",
        title=_title(acting, "随班就读工作台账"),
        period=_period(acting),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇", width=0.9),
            Col("学校", width=1.4),
            Col("班级", width=0.8),
            Col("姓名", width=0.8),
            Col("性别", width=0.5),
            Col("残疾类别", width=0.9),
            Col("程度", width=0.5),
            Col("随班起始", DATE, 0.9),
            Col("本校残疾学生数", INT, 0.8),
            Col("资源教室", width=0.9),
            Col("复评日期", DATE, 0.9),
        ),
        rows=tuple(out),
        total=("合计", f"{len(out)} 人", *[""] * 10),
        notes=(f"一所学校有 {RESOURCE_ROOM_THRESHOLD} 名及以上残疾学生的，应设资源教室并配资源教师。",),
        made_on=acting.today,
    )


# ---- 控辍保学 three ledgers ---------------------------------------------------------------------------


def school_age_ledger(acting: Acting, app: Any, towns: list[str]) -> Report:
    allowed = acting_scope(acting, towns)
    w = window(acting, app)
    rows = [(r, s) for r, s in app.dropout.school_age_ledger(w) if r.township in allowed]
    out = tuple(
        (
            n,
            r.township,
            r.village,
            r.name,
            SEX.get(r.sex, r.sex),
            r.birth_date,
            _mask(r.resident_id, acting),
            _category_names(r.categories),
            OUTCOME_LABELS.get(r.placement, "未安置"),
            s,
        )
        for n, (r, s) in enumerate(rows, start=1)
    )
    counts = Counter(s for _, s in rows)
    return Report(
        key="school-age-ledger",
        title=_title(acting, "适龄残疾儿童少年台账"),
        period=_period(acting, w.text()),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇", width=0.9),
            Col("村（社区）", width=1.0),
            Col("姓名", width=0.8),
            Col("性别", width=0.5),
            Col("出生日期", DATE, 0.9),
            Col("身份证号", width=1.5),
            Col("残疾类别", width=0.9),
            Col("安置方式", width=0.8),
            Col("状态", width=1.1),
        ),
        rows=out,
        total=("合计", f"{len(out)} 人", *[""] * 7, "；".join(f"{k} {v}" for k, v in sorted(counts.items()))),
        made_on=acting.today,
    )


def _case_report(acting: Acting, app: Any, towns: list[str], confirmed: bool) -> Report:
    allowed = acting_scope(acting, towns)
    cases = app.dropout.dropout_ledger() if confirmed else app.dropout.suspected_ledger()
    cases = [c for c in cases if c.township in allowed]
    out = []
    for n, c in enumerate(cases, start=1):
        visits = "；".join(f"{r.day.isoformat()} {r.who}：{r.what}→{r.result}" for r in c.records)
        out.append(
            (
                n,
                c.township,
                c.name,
                _mask(c.resident_id, acting),
                c.source,
                c.opened_on,
                c.opened_reason,
                c.confirmed_on,
                len(c.records),
                visits,
                c.status,
                c.closed_on,
                c.close_reason,
            )
        )
    name = "辍学学生台账" if confirmed else "疑似辍学学生台账"
    return Report(
        key="dropout-ledger" if confirmed else "suspected-dropout-ledger",
        title=_title(acting, name),
        period=_period(acting),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.4),
            Col("乡镇", width=0.8),
            Col("姓名", width=0.7),
            Col("身份证号", width=1.3),
            Col("发现途径", width=0.7),
            Col("立案日期", DATE, 0.8),
            Col("情况", width=1.4),
            Col("确认辍学", DATE, 0.8),
            Col("劝返次数", INT, 0.5),
            Col("劝返记录", width=2.6),
            Col("状态", width=0.9),
            Col("销号日期", DATE, 0.8),
            Col("销号理由", width=1.2),
        ),
        rows=tuple(out),
        total=("合计", f"{len(out)} 人", *[""] * 8, f"未销号 {sum(1 for c in cases if c.open)}", "", ""),
        notes=("已销号的案件保留在台账中（动态销号）。",),
        made_on=acting.today,
    )


def suspected_dropout_ledger(acting: Acting, app: Any, towns: list[str]) -> Report:
    return _case_report(acting, app, towns, confirmed=False)


def dropout_ledger(acting: Acting, app: Any, towns: list[str]) -> Report:
    return _case_report(acting, app, towns, confirmed=True)


# ---- 核查报告 -------------------------------------------------------------------------------------


def check_report(acting: Acting, app: Any, towns: list[str]) -> Report:
    """年度核查报告 (with the 残联): checked; enrolled with 学籍 by 特教学校 / 随班就读 / 送教上门 / other;
    deferred with reasons; not enrolled — per township, with the total."""
    allowed = acting_scope(acting, towns)
    w = window(acting, app)
    with acting.ctx.uow("read") as uow:
        registered = {
            cid for cid, no in uow.session.execute(select(m.Child.id, m.Child.school_register_no)) if no
        }
        reasons = {
            cid: reason
            for cid, reason in uow.session.execute(
                select(m.CommitteeAssessment.child_id, m.CommitteeAssessment.outcome_reason)
                .where(m.CommitteeAssessment.outcome == DEFERRED)
                .order_by(m.CommitteeAssessment.assessed_on)
            )
        }
    stats: dict[str, Counter[str]] = {}
    deferred_reasons: list[str] = []
    for r in app.registration.check_population(w):
        if r.township not in allowed:
            continue
        c = stats.setdefault(r.township, Counter())
        c["checked"] += 1
        if r.placement == DEFERRED:
            c["deferred"] += 1
            deferred_reasons.append(f"{r.township} {r.name}：{reasons.get(r.child_id, '')}")
        elif not r.placement:
            c["none"] += 1
        else:
            c[r.placement] += 1
            c["xueji"] += int(r.child_id in registered)
    kinds = (Placement.SPECIAL_SCHOOL.value, Placement.MAINSTREAM.value, Placement.HOME.value)
    out, total = [], Counter[str]()
    for n, town in enumerate(sorted(stats), start=1):
        c = stats[town]
        total.update(c)
        out.append((n, town, c["checked"], *[c[k] for k in kinds], c["xueji"], c["deferred"], c["none"]))
    notes = ["入学按安置方式统计；“有学籍”为已登记学籍号的在学儿童。"]
    if deferred_reasons:
        notes.append("延缓入学：" + "；".join(deferred_reasons))
    return Report(
        key="check-report",
        title=_title(acting, "适龄残疾儿童少年入学情况核查报告"),
        period=_period(acting, w.text()),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇（街道）", width=1.3),
            Col("核查人数", INT),
            Col("特教学校", INT),
            Col("随班就读", INT),
            Col("送教上门", INT),
            Col("有学籍", INT),
            Col("延缓入学", INT),
            Col("未入学", INT),
        ),
        rows=tuple(out),
        total=(
            "合计",
            "",
            total["checked"],
            *[total[k] for k in kinds],
            total["xueji"],
            total["deferred"],
            total["none"],
        ),
        notes=tuple(notes),
        signatures=("教育部门", "残联", "审核人"),
        made_on=acting.today,
    )


# ---- 学籍 consistency ---------------------------------------------------------------------------------


def _mainstream_kind(child_placement: str | None, primary: str | None, categories: str) -> str:
    """The 学籍 field 随班就读: 非随班就读, or 视力 / 听力 / 智力 / 其他残疾随班就读 by the main category."""
    if child_placement != Placement.MAINSTREAM.value:
        return "非随班就读"
    return f"{category_group(primary, categories)}残疾随班就读"


def xueji_consistency(acting: Acting, app: Any, towns: list[str]) -> Report:
    """The register against the imported 学籍 list: 学籍号, 残疾人类型 and 随班就读 must agree;
    a placed child missing from the 学籍 list is listed too."""
    allowed = acting_scope(acting, towns)
    with acting.ctx.uow("read") as uow:
        listed = {
            row.resident_id: row
            for row in uow.session.scalars(
                select(m.SourceRow)
                .join(m.SourceList, m.SourceList.id == m.SourceRow.list_id)
                .where(
                    m.SourceList.active.is_(True),
                    m.SourceList.source == "school-register",
                    m.SourceRow.resident_id.is_not(None),
                )
            )
        }
        children = uow.session.execute(
            select(m.Child, m.Township.name)
            .join(m.Township, m.Township.id == m.Child.township_id)
            .where(m.Child.archived_at.is_(None))
            .order_by(m.Township.name, m.Child.name_pinyin)
        ).all()
        have_list = bool(listed)
        out: list[tuple[Any, ...]] = []
        for child, town in children:
            if town not in allowed or not child.resident_id:
                continue
            row = listed.get(child.resident_id)
            problems: list[tuple[str, str, str]] = []
            if row is None:
                if have_list and child.placement:
                    problems.append(("学籍", "已安置", "学籍名单中没有"))
            else:
                if (row.school_register_no or "") != (child.school_register_no or ""):
                    problems.append(("学籍号", child.school_register_no or "", row.school_register_no or ""))
                ours = set(filter(None, (child.categories or "").split(",")))
                theirs = set(filter(None, (row.category or "").split(",")))
                if theirs and ours != theirs:
                    problems.append(
                        (
                            "残疾人类型",
                            _category_names(",".join(sorted(ours))),
                            _category_names(",".join(sorted(theirs))),
                        )
                    )
                listed_placement = str((row.data or {}).get("placement", ""))
                if listed_placement and listed_placement != (child.placement or ""):
                    problems.append(
                        (
                            "随班就读",
                            _mainstream_kind(child.placement, child.primary_category, child.categories),
                            _mainstream_kind(listed_placement, child.primary_category, child.categories),
                        )
                    )
            for field_name, ours_text, theirs_text in problems:
                out.append(
                    (
                        len(out) + 1,
                        town,
                        child.name,
                        _mask(child.resident_id, acting),
                        field_name,
                        ours_text,
                        theirs_text,
                        "以登记册核实后更正学籍系统",
                    )
                )
    notes = [
        "学籍字段：健康状况应为“50-残疾”，随班就读为非随班就读 / 视力 / 听力 / 智力 / 其他残疾随班就读，残疾人类型须与登记册一致。"
    ]
    if not have_list:
        notes.append("尚未导入学籍名单：请先导入学籍系统导出的名单再核对。")
    return Report(
        key="xueji-consistency",
        title=_title(acting, "学籍信息一致性核对表"),
        period=_period(acting),
        unit=acting.unit,
        columns=(
            Col("序号", INT, 0.5),
            Col("乡镇", width=0.9),
            Col("姓名", width=0.8),
            Col("身份证号", width=1.5),
            Col("项目", width=0.8),
            Col("登记册", width=1.3),
            Col("学籍系统", width=1.3),
            Col("处理", width=1.4),
        ),
        rows=tuple(out),
        total=("合计", f"{len(out)} 处不一致", *[""] * 6),
        notes=tuple(notes),
        made_on=acting.today,
    )
