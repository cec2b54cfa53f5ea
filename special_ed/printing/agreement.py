"""送教上门服务协议: the agreement between the school (or the county's special-education centre)
and a home-taught child's family, printed per child and signed by both.

It names the child, the guardians, the team (with its members' roles and phones), the schedule
the active norm preset requires (and the document it comes from), what each party undertakes,
what they agree together, who supervises (the county profile's authority, centre and phone) and
the signature lines. Rendered from plain values: the child's print model and
:class:`AgreementTerms`, which the printing service fills from the settings and the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import IO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from special_ed.domain.settings import VisitNorms
from special_ed.printing.fonts import FontChoice
from special_ed.printing.framework import RULE, Blocks, PageDecor, cn_date, esc, new_document
from special_ed.printing.model import ChildFile
from special_ed.printing.notice import child_identity_fields
from special_ed.printing.options import PrintOptions


@dataclass(frozen=True)
class AgreementTerms:
    """What the agreement says beyond the child's file: parties, schedule, period, supervision."""

    county: str  # "巫山县"
    school: str  # 甲方: the child's responsible school, or the centre when there is none
    centre: str  # the county's special-education (resource) centre, where a copy is filed
    authority: str  # the education bureau that supervises
    phone: str  # the supervision phone, "" when the profile keeps none
    schedule: str  # the norm in words: "每月不少于 2 次，每次不少于 2 课时，全年不少于 90 课时"
    source: str  # where the norm comes from: "依据福建省 闽教基〔2024〕31号"
    visit_time: str  # the family's agreed days and hours, "" when none are recorded
    start: date  # the agreement runs from …
    end: date  # … to the school year's last day
    number: str  # "送教协议〔2026〕第 0042 号"


def schedule_text(norms: VisitNorms) -> str:
    """The visit norm in force, as the agreement states it."""
    parts = []
    if norms.visits_per_week:
        parts.append(f"每周不少于 {norms.visits_per_week} 次")
    if norms.visits_per_month:
        parts.append(f"每月不少于 {norms.visits_per_month} 次")
    parts.append(f"每次不少于 {norms.hours_per_visit:g} 课时")
    if norms.hours_per_year:
        parts.append(f"全年不少于 {norms.hours_per_year:g} 课时")
    text = "，".join(parts)
    if norms.parent_class_counts:
        text += "（家长课堂计入送教次数）"
    if norms.pause_in_holidays:
        text += "；寒暑假和法定节假日不送教"
    return text


WEEKDAYS = "一二三四五六日"


def visit_time_text(weekdays: str | None, start: str, end: str, minutes: int | None) -> str:
    """ "每周二、周四 15:00—17:00，每次约 90 分钟" from the child's recorded visit window."""
    days = [int(d) for d in (weekdays or "").split(",") if d.strip().isdigit() and 1 <= int(d) <= 7]
    parts = []
    if days:
        parts.append("每" + "、".join(f"周{WEEKDAYS[d - 1]}" for d in days))
    if start and end:
        parts.append(f"{start}—{end}")
    text = " ".join(parts)
    if minutes:
        text += ("，" if text else "") + f"每次约 {minutes} 分钟"
    return text


def agreement_story(
    child: ChildFile, terms: AgreementTerms, options: PrintOptions, blocks: Blocks
) -> list[Flowable]:
    b, s, o = blocks, blocks.s, options
    title = ParagraphStyle("agreement_title", parent=s.title, fontSize=19, leading=28, textColor=RULE)
    centre = ParagraphStyle("agreement_no", parent=s.cell, alignment=TA_CENTER, fontSize=10.5, leading=16)
    guardians = child.guardians
    first = child.primary_guardian
    placement = child.current_placement
    team = child.team
    leader = team.leader if team and team.leader else ""
    out: list[Flowable] = [
        Paragraph(esc(f"{terms.county}送教上门服务协议"), title),
        Spacer(1, 2 * mm),
        Paragraph(esc(terms.number), centre),
        Spacer(1, 4 * mm),
        b.fields(
            [
                ("甲方（学校）", terms.school),
                ("乙方（监护人）", "、".join(g.name for g in guardians) if guardians else ""),
            ],
            columns=1,
            label_width=30 * mm,
        ),
        Spacer(1, 3 * mm),
        b.para(
            f"根据《残疾人教育条例》和{terms.county}适龄残疾儿童少年送教上门工作的有关规定，经"
            f"{o.committee or terms.county + '残疾人教育专家委员会'}评估，{child.name}同学安置方式为送教上门，"
            f"学籍保留在{child.responsible_school or terms.school}。为保障其接受义务教育的权利，甲乙双方经协商，"
            "就送教上门服务订立本协议。"
        ),
    ]
    out += b.subsection("一、学生基本情况")
    out.append(
        b.fields(
            [
                *child_identity_fields(child, o),
                ("安置生效", cn_date(placement.effective_date) if placement else ""),
                ("家庭住址", child.family.address or f"{child.township}{child.village}"),
            ]
        )
    )
    out += b.subsection("二、监护人")
    if guardians:
        out.append(
            b.table(
                ["姓名", "关系", "联系电话", "备注"],
                [
                    [g.name, g.relation, o.phone(g.phone), "主要监护人" if g is first else ""]
                    for g in guardians
                ],
                [26, 20, 34, 40],
                center_cols=(0, 1, 2),
            )
        )
    else:
        out.append(b.empty("监护人"))
    out += b.subsection("三、送教小组")
    if team and team.members:
        out.append(b.para(f"小组名称：{team.name}" + (f"；组长：{leader}" if leader else "")))
        out.append(
            b.table(
                ["姓名", "职责", "所在单位", "联系电话"],
                [[x.name, x.role, x.school, o.phone(x.phone)] for x in team.members],
                [22, 26, 50, 30],
                center_cols=(0, 1, 3),
            )
        )
    else:
        out.append(b.empty("送教小组"))
    out += b.subsection("四、送教安排")
    schedule = [
        f"送教标准：{terms.schedule}（{terms.source}）。",
        f"协议期限：{cn_date(terms.start)}至{cn_date(terms.end)}；安置方式调整时本协议自然终止。",
    ]
    if terms.visit_time:
        schedule.insert(1, f"约定送教时间：{terms.visit_time}，如需调整双方提前商定。")
    for text in schedule:
        out.append(b.para(text))
    out += b.subsection("五、甲方（学校）责任")
    school_duties = [
        "组建送教小组，根据评估结果为学生制定个别化教育方案和学期送教计划，按上述标准定期入户送教。",
        "每次送教落实送政策、送关爱、送康复、送知识、送技能（五送）中的相应内容，如实填写送教记录并请监护人签字确认。",
        "为学生保留学籍，每学期评估学生发展情况，每学年提请复评安置方式；具备到校条件时及时转介。",
        "送教教师遵守师德规范，注意交通和入户安全，保护学生和家庭隐私。",
    ]
    out += [b.para(f"{i}. {t}") for i, t in enumerate(school_duties, start=1)]
    out += b.subsection("六、乙方（监护人）责任")
    family_duties = [
        "履行监护人送适龄子女接受义务教育的法定义务，按约定时间在家等候，为送教提供安全、安静的学习场所。",
        "送教时至少一名监护人在场，配合完成康复训练和课后练习，并在送教记录上签字确认。",
        "学生身体状况、住址或联系电话发生变化，或需外出、就医不能接受送教时，及时告知甲方。",
    ]
    out += [b.para(f"{i}. {t}") for i, t in enumerate(family_duties, start=1)]
    out += b.subsection("七、共同约定")
    supervision = f"{terms.authority}（{terms.centre}）" if terms.centre else terms.authority
    common = [
        "因学生生病、家庭外出、天气或道路等原因不能按时送教的，双方提前告知，另行约定补送时间。",
        "送教记录、评估和档案材料仅用于教育教学与督导检查，双方共同保护学生隐私。",
        f"本协议一式三份，甲乙双方各执一份，报{terms.centre or terms.authority}备案一份。"
        + (f"对送教服务有意见或建议，可向{supervision}反映，电话：{terms.phone}。" if terms.phone else ""),
    ]
    out += [b.para(f"{i}. {t}") for i, t in enumerate(common, start=1)]
    out.append(Spacer(1, 4 * mm))
    out.append(
        KeepTogether(
            [
                b.para(f"甲方：{terms.school}（盖章）"),
                b.signatures(["甲方代表", "送教小组组长", "乙方（监护人）"], row_height=11 * mm),
            ]
        )
    )
    return out


def render_agreement(
    child: ChildFile, terms: AgreementTerms, options: PrintOptions, fonts: FontChoice, target: IO[bytes]
) -> int:
    """Write the child's 送教上门服务协议 as PDF into ``target``; returns the page count."""
    decor = PageDecor(
        header_left=f"{terms.county}　送教上门服务协议",
        header_right=child.name,
        footer_left=f"{child.name}　{terms.number}",
        print_date=options.print_date,
        **options.page_layout(),  # 装订边距 and duplex, as on every other paper
    )
    doc, blocks = new_document(
        target, decor, fonts, title=f"{child.name} — 送教上门服务协议", author=terms.authority or terms.county
    )
    doc.render(agreement_story(child, terms, options, blocks))
    return int(doc.page)
