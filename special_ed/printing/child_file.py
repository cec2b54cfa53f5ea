"""The per-child file (一人一档): cover and every section an inspection looks for.

Home-taught children get the full 送教上门 file (service agreement, team,
scheme, term plan, lesson plans, visit records, term summary); mainstream and
special-school children get the parts that apply to them, plus any home-visit
records they have from an earlier placement. A section with no records says
so in words instead of disappearing, so a missing item is visible on paper.
"""

from __future__ import annotations

from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from special_ed.printing.charts import domain_chart
from special_ed.printing.committee import committee_signatures
from special_ed.printing.fonts import FontChoice
from special_ed.printing.framework import (
    INK,
    RULE,
    Blocks,
    Heading,
    PageDecor,
    cn_date,
    esc,
    new_document,
)
from special_ed.printing.model import FIVE_DELIVERIES, ChildFile, Visit
from special_ed.printing.options import PrintOptions

DASH = "—"


def _hours(value: float) -> str:
    return f"{value:g}"


def _time_range(visit: Visit) -> str:
    if visit.start and visit.end:
        return f"{visit.start:%H:%M}–{visit.end:%H:%M}"
    return ""


class ChildFileWriter:
    """Builds the story of one child's file; one method per section, in print order."""

    def __init__(self, child: ChildFile, options: PrintOptions, fonts: FontChoice, blocks: Blocks) -> None:
        self.c = child
        self.o = options
        self.fonts = fonts
        self.b = blocks

    # -- cover -------------------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        c, s = self.c, self.b.s
        county = self.o.county or c.county  # the county profile's name (PrintOptions.issuer)
        rows = [
            ("姓　　名", c.name),
            ("性　　别", c.sex),
            ("出生日期", cn_date(c.birth_date)),
            ("残疾类别", "、".join(c.disability.categories) or DASH),
            ("障碍程度", c.disability.level or DASH),
            ("安置方式", c.placement or DASH),
            ("户籍地址", f"{c.township}{c.village}" or DASH),
            ("责任学校", c.responsible_school or DASH),
            ("档案编号", c.archive_no or DASH),
        ]
        table = Table(
            [[Paragraph(esc(k), s.subtitle), Paragraph(esc(v), s.h2)] for k, v in rows],
            colWidths=[34 * mm, 82 * mm],
            rowHeights=[12 * mm] * len(rows),
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), s.cell.fontName, 9),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [
            Spacer(1, 18 * mm),
            Paragraph(esc(county), s.subtitle),
            Spacer(1, 8 * mm),
            Paragraph("特殊教育学生个人档案", s.title),
            Spacer(1, 3 * mm),
            Paragraph("（一人一档）", s.subtitle),
            Spacer(1, 4 * mm),
            _RuleBox(),
            Spacer(1, 14 * mm),
            table,
            Spacer(1, 34 * mm),
            Paragraph(esc(self.o.authority or county), s.subtitle),
            Spacer(1, 2 * mm),
            Paragraph(esc(f"建档单位：{c.responsible_school}" if c.responsible_school else ""), s.subtitle),
            PageBreak(),
        ]

    # -- sections ----------------------------------------------------------------------------------------
    def basic(self) -> list[Flowable]:
        c, b, o = self.c, self.b, self.o
        out: list[Flowable] = [*b.section("学生基本信息")]
        out.append(
            b.fields(
                [
                    ("姓名", c.name),
                    ("性别", c.sex),
                    ("出生日期", cn_date(c.birth_date)),
                    ("民族", c.ethnicity),
                    ("身份证号", o.resident_id(c.resident_id)),
                    ("学籍号", o.register_no(c.school_register_no, c.resident_id)),
                    ("户籍乡镇", c.township),
                    ("户籍村（社区）", c.village),
                    ("责任学校", c.responsible_school),
                    ("年级班级", c.grade_class),
                    ("在学状态", c.status),
                    ("档案编号", c.archive_no),
                ]
            )
        )
        out += b.subsection("监护人信息")
        if c.guardians:
            rows = [
                [
                    g.name + ("（主）" if g.primary else ""),
                    g.relation,
                    o.phone(g.phone),
                    o.resident_id(g.resident_id),
                    g.occupation,
                ]
                for g in c.guardians
            ]
            out.append(
                b.table(
                    ["姓名", "与学生关系", "联系电话", "身份证号", "职业"],
                    rows,
                    [22, 18, 26, 38, 24],
                    center_cols=(1, 2, 3),
                )
            )
        else:
            out.append(b.empty("监护人"))
        return out

    def family(self) -> list[Flowable]:
        f, b = self.c.family, self.b
        out: list[Flowable] = [*b.section("家庭情况")]
        has_any = any(
            [
                f.address,
                f.household_type,
                f.members,
                f.economic_status,
                f.subsidies,
                f.living_conditions,
                f.notes,
            ]
        )
        if not has_any:
            return [*out, b.empty("家庭情况")]
        out.append(
            b.fields(
                [
                    ("家庭住址", f.address),
                    ("户籍性质", f.household_type),
                    ("家庭人口", f"{f.members} 人" if f.members else ""),
                    ("经济状况", f.economic_status),
                    ("享受资助", "、".join(f.subsidies) or "无"),
                    ("居住条件", f.living_conditions),
                ]
            )
        )
        if f.notes:
            out.append(Spacer(1, 2 * mm))
            out.append(b.para(f.notes))
        return out

    def disability(self) -> list[Flowable]:
        c, b, o = self.c, self.b, self.o
        d = c.disability
        out: list[Flowable] = [*b.section("残疾情况与评估结果")]
        out.append(
            b.fields(
                [
                    ("残疾证号", o.certificate(d.certificate_no) or "未持证"),
                    ("残疾类别", "、".join(d.categories)),
                    ("残疾等级", d.grade),
                    ("障碍程度", d.level),
                    ("认定机构", d.assessed_by),
                    ("认定日期", cn_date(d.assessed_on)),
                    ("诊断说明", d.diagnosis),
                ]
            )
        )
        out += b.subsection("能力评估")
        assessments = sorted(c.assessments, key=lambda a: a.assessed_on)
        if not assessments:
            out.append(b.empty("评估"))
            return out
        domains: list[str] = []
        for a in assessments:
            domains += [s.domain for s in a.scores if s.domain not in domains]
        if domains:
            rows = []
            for a in assessments:
                by = {s.domain: s for s in a.scores}
                rows.append(
                    [
                        a.kind,
                        f"{a.assessed_on:%Y.%m.%d}",
                        *[(f"{by[d].score:g}/{by[d].max_score:g}" if d in by else DASH) for d in domains],
                    ]
                )
            out.append(
                b.table(
                    ["评估", "日期", *domains],
                    rows,
                    [20, 20, *([18] * len(domains))],
                    center_cols=tuple(range(1, 2 + len(domains))),
                )
            )
            chart = domain_chart(assessments, self.fonts.body.name)
            if chart is not None:
                out.append(Spacer(1, 3 * mm))
                out.append(KeepTogether([Paragraph("各领域得分率对比", b.s.cell_head), chart]))
        for a in assessments:
            if not (a.goal_attainment or a.summary or a.assessors):
                continue
            block: list[Flowable] = [*b.subsection(f"{a.kind}（{cn_date(a.assessed_on)}）")]
            if a.assessors:
                block.append(Paragraph(esc("评估人员：" + "、".join(a.assessors)), b.s.cell))
                block.append(Spacer(1, 2 * mm))
            if a.goal_attainment:
                block.append(
                    b.table(
                        ["目标", "达成度（0–4）", "说明"],
                        [[g.goal, str(g.attainment), g.note] for g in a.goal_attainment],
                        [60, 20, 50],
                        center_cols=(1,),
                    )
                )
            if a.summary:
                block.append(Spacer(1, 2 * mm))
                block.append(b.para(a.summary))
            out += block
        return out

    def placement(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("安置决定及变更记录")]
        current = c.current_placement
        if current is None:
            return [*out, b.empty("安置")]
        pairs: list[tuple[str, object]] = [
            ("安置方式", current.kind),
            ("生效日期", cn_date(current.effective_date)),
            ("学校", current.school or c.responsible_school),
            ("决定机构", current.decided_by),
        ]
        if current.team:
            pairs.append(("送教小组", current.team))
        if current.recommended and current.recommended != current.kind:
            pairs.append(("默认建议", f"{current.recommended}（本次决定与按障碍程度的默认建议不同）"))
        pairs.append(("安置理由", current.reason))
        out.append(b.fields(pairs))
        out.append(Spacer(1, 3 * mm))
        out += committee_signatures(current, current.decided_by or self.o.committee, b)
        out += b.subsection("安置变更历史")
        rows = [
            [
                f"{p.effective_date:%Y.%m.%d}",
                f"{p.end_date:%Y.%m.%d}" if p.end_date else "至今",
                p.kind,
                p.school,
                p.decided_by,
                p.reason,
            ]
            for p in c.placements
        ]
        out.append(
            b.table(
                ["生效日期", "截止", "安置方式", "学校", "决定机构", "理由"],
                rows,
                [18, 20, 18, 26, 26, 42],
                center_cols=(0, 1, 2),
            )
        )
        return out

    def agreement(self) -> list[Flowable]:
        c, b = self.c, self.b
        guardian = c.primary_guardian
        # The agreement is a page of its own: it is signed, and often filed as a separate sheet.
        out: list[Flowable] = [PageBreak(), *b.section("送教上门服务协议")]
        school = c.responsible_school or "责任学校"
        team = c.team.name if c.team else "送教小组"
        out.append(
            b.fields(
                [
                    ("甲方（学校）", school),
                    ("乙方（监护人）", guardian.name if guardian else ""),
                    ("学生姓名", c.name),
                    ("送教小组", team),
                ],
                label_width=26 * mm,
            )
        )
        out.append(Spacer(1, 3 * mm))
        terms = [
            f"经县残疾人教育专家委员会评估，{c.name}同学安置方式为送教上门，学籍保留在{school}。",
            f"甲方组建{team}，按县定标准定期入户送教，每次送教落实送政策、送关爱、送康复、送知识、送技能"
            "（五送）中的相应内容，并如实填写送教记录。",
            "乙方为送教提供安全、安静的学习场所，送教时至少有一名监护人在场，配合完成课后练习，并在送教记录上签字确认。",
            "因学生生病、家庭外出、天气或道路等原因不能按时送教的，双方提前告知，另行约定补送时间。",
            "双方共同保护学生隐私，档案材料仅用于教育教学与督导检查。本协议一式两份，甲乙双方各执一份。",
        ]
        for i, text in enumerate(terms, start=1):
            out.append(b.para(f"{i}. {text}"))
        if c.service_agreement_signed_on:
            out.append(b.para(f"协议签订日期：{cn_date(c.service_agreement_signed_on)}"))
        out.append(b.signatures(["甲方（学校）代表", "送教教师", "乙方（监护人）"]))
        return out

    def team(self) -> list[Flowable]:
        c, b, o = self.c, self.b, self.o
        out: list[Flowable] = [*b.section("送教小组")]
        if c.team is None or not c.team.members:
            return [*out, b.empty("送教小组")]
        out.append(
            Paragraph(
                esc(f"小组名称：{c.team.name}" + (f"；组长：{c.team.leader}" if c.team.leader else "")),
                b.s.cell,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows = [[m.name, m.role, m.school, o.phone(m.phone)] for m in c.team.members]
        out.append(
            b.table(["姓名", "职责", "所在单位", "联系电话"], rows, [22, 26, 50, 30], center_cols=(0, 1, 3))
        )
        return out

    def scheme(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("个别化教育方案")]
        sc = c.scheme
        if sc is None:
            return [*out, b.empty("个别化教育方案")]
        out.append(Paragraph(esc(f"学年：{sc.school_year}"), b.s.cell))
        out.append(Spacer(1, 2 * mm))
        out += b.subsection("（一）现有水平")
        if sc.present_levels:
            out.append(
                b.table(
                    ["领域", "现有水平描述"],
                    [[d, t] for d, t in sc.present_levels],
                    [22, 108],
                    center_cols=(0,),
                )
            )
        else:
            out.append(b.empty("现有水平"))
        out += b.subsection("（二）长期目标与学期目标")
        if sc.goals:
            goals = sorted(sc.goals, key=lambda g: (not g.long_term, g.domain))
            rows = [
                [
                    "长期" if g.long_term else "学期",
                    g.domain,
                    g.text,
                    g.criterion,
                    f"{g.target_date:%Y.%m.%d}" if g.target_date else "",
                    g.responsible,
                ]
                for g in goals
            ]
            out.append(
                b.table(
                    ["类型", "领域", "目标", "评价标准", "完成时间", "负责人"],
                    rows,
                    [11, 17, 44, 36, 18, 15],
                    center_cols=(0, 1, 4, 5),
                )
            )
        else:
            out.append(b.empty("目标"))
        for title, text in (
            ("（三）支持与辅具", sc.supports),
            ("（四）实施要点", sc.implementation),
            ("（五）转衔安排", sc.transition),
        ):
            out += b.subsection(title)
            out.append(b.para(text) if text else b.empty(title[3:]))
        out += b.subsection("（六）方案制定成员与监护人意见")
        out.append(Paragraph(esc("制定成员：" + ("、".join(sc.team_members) or DASH)), b.s.cell))
        agreed = (
            f"监护人{sc.guardian_agreed_name}已于{cn_date(sc.guardian_agreed_on)}阅知并同意本方案。"
            if sc.guardian_agreed_on
            else "监护人尚未确认本方案。"
        )
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(esc(agreed), b.s.cell))
        out.append(b.signatures(["监护人"]))
        return out

    def term_plan(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("学期送教计划")]
        tp = c.term_plan
        if tp is None:
            return [*out, b.empty("学期计划")]
        span = f"（{cn_date(tp.start)}至{cn_date(tp.end)}）" if tp.start and tp.end else ""
        out.append(Paragraph(esc(f"学期：{tp.term}{span}"), b.s.cell))
        out.append(Spacer(1, 2 * mm))
        if tp.months:
            rows = [
                [m.month, m.topics, "；".join(m.goals), str(m.planned_visits), _hours(m.planned_hours)]
                for m in tp.months
            ]
            total_v = sum(m.planned_visits for m in tp.months)
            total_h = sum(m.planned_hours for m in tp.months)
            rows.append(["合计", "", "", str(total_v), _hours(total_h)])
            out.append(
                b.table(
                    ["月份", "教学主题", "对应目标", "计划次数", "计划课时"],
                    rows,
                    [16, 46, 44, 13, 13],
                    center_cols=(0, 3, 4),
                )
            )
        else:
            out.append(b.empty("月计划"))
        if tp.notes:
            out.append(Spacer(1, 2 * mm))
            out.append(b.para(tp.notes))
        return out

    def lesson_plans(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("教案")]
        if not c.lesson_plans:
            return [*out, b.empty("教案")]
        plans = sorted(c.lesson_plans, key=lambda p: (p.taught_on is None, p.taught_on))
        for i, p in enumerate(plans, start=1):
            title = f"教案 {i}：{p.topic}"
            block: list[Flowable] = [Heading(title, b.s.h2, level=1)]
            block.append(
                b.fields(
                    [
                        ("授课日期", cn_date(p.taught_on)),
                        ("教材单元", p.textbook_unit),
                        ("教学目标", "；".join(p.objectives)),
                        ("教具材料", p.materials),
                        ("教学过程", p.steps),
                        ("教学评价", p.evaluation),
                        ("教学反思", p.reflection),
                    ],
                    columns=1,
                )
            )
            out.append(KeepTogether(block))
        return out

    def visits(self) -> list[Flowable]:
        c, b, s = self.c, self.b, self.b.s
        out: list[Flowable] = [*b.section("送教上门记录")]
        if not c.visits:
            return [*out, b.empty("送教")]
        rows: list[list[Any]] = []
        for v in sorted(c.visits, key=lambda v: (v.visit_date, v.start or v.visit_date)):
            when = f"{v.visit_date:%Y.%m.%d}\n{_time_range(v)}".strip()
            if v.status == "已取消":
                content = f"【已取消】{v.cancel_reason}"
            else:
                lines = []
                if v.status != "已完成":
                    lines.append(f"【{v.status}】")
                if v.makeup_of:
                    lines.append(f"（补{v.makeup_of:%m月%d日}送教）")
                for kind in FIVE_DELIVERIES:
                    if v.delivered(kind):
                        note = v.deliveries[kind]
                        lines.append(f"■{kind}" + (f"：{note}" if note else ""))
                if v.lesson_topic:
                    lines.append(f"课题：{v.lesson_topic}")
                content = "\n".join(lines)
            if v.status != "已完成":
                confirm = DASH  # nothing to confirm for a visit that did not take place
            elif v.guardian_confirmation:
                confirm = v.guardian_confirmation
            else:
                confirm = "在场未签字" if v.guardian_present else "未在场"
            hours = _hours(v.class_hours) if v.status == "已完成" else DASH
            rows.append([when, "、".join(v.teachers), content, hours, confirm])
        out.append(
            b.table(
                [
                    "日期/时间",
                    "送教教师",
                    "五送内容（送政策、送关爱、送康复、送知识、送技能）",
                    "课时",
                    "监护人确认",
                ],
                rows,
                [20, 26, 77, 9, 18],
                center_cols=(0, 1, 3, 4),
            )
        )
        done = [v for v in c.visits if v.status == "已完成"]
        tally = "、".join(f"{k} {sum(v.delivered(k) for v in done)} 次" for k in FIVE_DELIVERIES)
        summary = (
            f"共记录送教 {len(c.visits)} 次，完成 {len(done)} 次，"
            f"累计 {_hours(sum(v.class_hours for v in done))} 课时；其中{tally}。"
        )
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(esc(summary), s.cell))
        return out

    def term_summary(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("学期总结")]
        ts = c.term_summary
        if ts is None:
            return [*out, b.empty("学期总结")]
        out.append(Paragraph(esc(f"学期：{ts.term}"), b.s.cell))
        out.append(Spacer(1, 2 * mm))
        out += b.subsection("（一）达标情况")
        if ts.figures:
            rows = [
                [
                    f.label,
                    f"{f.required:g}{f.unit}",
                    f"{f.delivered:g}{f.unit}",
                    f"{f.shortfall:g}{f.unit}" if f.shortfall else "0",
                    "达标" if not f.shortfall else "未达标",
                ]
                for f in ts.figures
            ]
            out.append(
                b.table(
                    ["项目", "应达", "实际", "差额", "结论"],
                    rows,
                    [46, 20, 20, 20, 20],
                    center_cols=(1, 2, 3, 4),
                )
            )
        else:
            out.append(b.empty("达标统计"))
        out += b.subsection("（二）“五有”档案完整情况")
        if ts.file_items:
            out.append(
                b.table(
                    ["项目", "状态", "说明"],
                    [[i.item, i.status, i.reason] for i in ts.file_items],
                    [20, 20, 90],
                    center_cols=(0, 1),
                )
            )
        else:
            out.append(b.empty("档案完整性"))
        if ts.missed_reasons:
            out += b.subsection("（三）未按计划送教的原因")
            out.append(
                b.table(
                    ["序号", "原因"],
                    [[str(i), r] for i, r in enumerate(ts.missed_reasons, 1)],
                    [12, 118],
                    center_cols=(0,),
                )
            )
        out += b.subsection("（四）学期小结" if ts.missed_reasons else "（三）学期小结")
        out.append(b.para(ts.narrative) if ts.narrative else b.empty("学期小结"))
        out.append(b.signatures(["送教教师", "学校负责人"]))
        return out

    def attachments(self) -> list[Flowable]:
        c, b = self.c, self.b
        out: list[Flowable] = [*b.section("档案材料目录")]
        if not c.attachments:
            return [*out, b.empty("档案材料")]
        rows = [
            [
                str(i),
                a.kind,
                a.title,
                f"{a.added_on:%Y.%m.%d}" if a.added_on else "",
                a.filename,
                (a.sha256[:12] + "…") if a.sha256 else "",
            ]
            for i, a in enumerate(c.attachments, start=1)
        ]
        out.append(
            b.table(
                ["序号", "类型", "材料名称", "日期", "文件", "SHA-256"],
                rows,
                [9, 18, 40, 17, 30, 22],
                center_cols=(0, 1, 3),
            )
        )
        return out

    def story(self) -> list[Flowable]:
        parts = self.cover() + self.basic() + self.family() + self.disability() + self.placement()
        c = self.c
        if c.home_taught:
            parts += (
                self.agreement()
                + self.team()
                + self.scheme()
                + self.term_plan()
                + self.lesson_plans()
                + self.visits()
                + self.term_summary()
            )
        else:
            parts += self.scheme()
            if c.lesson_plans:
                parts += self.lesson_plans()
            if c.visits:
                parts += self.visits()
            parts += self.term_summary()
        parts += self.attachments()
        return parts


class _RuleBox(Flowable):  # type: ignore[misc]
    """The double red rule under the cover title."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 3 * mm

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(1.6)
        canv.line(20 * mm, 2.2 * mm, self.width - 20 * mm, 2.2 * mm)
        canv.setLineWidth(0.5)
        canv.line(20 * mm, 1 * mm, self.width - 20 * mm, 1 * mm)


def render_child_file(child: ChildFile, options: PrintOptions, fonts: FontChoice, target: IO[bytes]) -> int:
    """Write the child's file as PDF into ``target``; returns the page count."""
    county = options.county or child.county
    decor = PageDecor(
        header_left=f"{county}　特殊教育学生个人档案",
        header_right=f"责任学校：{child.responsible_school or DASH}",
        footer_left=f"{child.name}　{child.archive_no}".strip(),
        print_date=options.print_date,
        **options.page_layout(),
    )
    doc, blocks = new_document(
        target, decor, fonts, title=f"{child.name} — 特殊教育学生个人档案", author=options.authority or county
    )
    writer = ChildFileWriter(child, options, fonts, blocks)
    doc.render(writer.story())
    return int(doc.page)
