"""The placement notice for the guardian (入学安置意见书), with a tear-off receipt.

Set like an official letter: a red title and double red rule, the
committee's finding, the placement decided, what home teaching will bring
when that is the placement, the right to ask for a review, the issuing
body's seal line and a receipt the guardian signs and returns.
"""

from __future__ import annotations

from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from special_ed.printing.committee import hand_signature_lines, members_sentence
from special_ed.printing.fonts import FontChoice
from special_ed.printing.framework import RULE, Blocks, PageDecor, cn_date, esc, new_document
from special_ed.printing.model import HOME_TEACHING, ChildFile
from special_ed.printing.options import PrintOptions


class _CutLine(Flowable):  # type: ignore[misc]  # ReportLab ships no types
    """A dashed line across the page with 回执 in the middle: cut here and return the slip."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 8 * mm

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(colors.HexColor("#888888"))
        canv.setDash(4, 3)
        mid = self.width / 2
        canv.line(0, 4 * mm, mid - 14 * mm, 4 * mm)
        canv.line(mid + 14 * mm, 4 * mm, self.width, 4 * mm)
        canv.setDash()
        canv.setFont(self.font, 9)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawCentredString(mid, 3 * mm, "（沿此线剪下）")


def notice_story(
    child: ChildFile, options: PrintOptions, fonts: FontChoice, blocks: Blocks, notice_no: str
) -> list[Flowable]:
    s, b, o = blocks.s, blocks, options
    # The deciding and issuing bodies come from the county profile (PrintOptions.issuer), never a login.
    county = o.county or child.county
    committee = o.committee or child.disability.assessed_by
    authority = o.authority
    red_title = ParagraphStyle("red_title", parent=s.title, fontSize=20, leading=30, textColor=RULE)
    right = ParagraphStyle("right", parent=s.cell, alignment=TA_RIGHT, fontSize=10.5, leading=16)
    centre = ParagraphStyle("centre", parent=s.cell, alignment=TA_CENTER, fontSize=10.5, leading=16)
    plain = ParagraphStyle("plain", parent=s.body, firstLineIndent=0)
    guardian = child.primary_guardian
    placement = child.current_placement
    d = child.disability
    out: list[Flowable] = [
        Paragraph(esc(f"{county}适龄残疾儿童少年入学安置意见书"), red_title),
        Spacer(1, 3 * mm),
        Paragraph(esc(notice_no), centre),
        Spacer(1, 1 * mm),
        _DoubleRule(),
        Spacer(1, 4 * mm),
        Paragraph(
            esc(f"{guardian.name}（{guardian.relation or '监护人'}）：" if guardian else "学生监护人："),
            plain,
        ),
    ]
    assessed = f"于{cn_date(d.assessed_on)}" if d.assessed_on else ""
    out.append(
        b.para(
            f"根据《残疾人教育条例》及义务教育阶段适龄残疾儿童少年入学安置的有关规定，{committee}{assessed}"
            f"对您的孩子{child.name}的身体状况、接受教育和适应学校学习生活的能力进行了评估。"
            "现将评估认定结果和入学安置意见告知如下："
        )
    )
    out += b.subsection("一、学生基本情况")
    out.append(b.fields([*child_identity_fields(child, o), ("户籍地址", f"{child.township}{child.village}")]))
    out += b.subsection("二、安置意见")
    school = (placement.school if placement else "") or child.responsible_school
    if placement is None:
        out.append(b.empty("安置决定"))
    else:
        pairs: list[tuple[str, object]] = [
            ("安置方式", placement.kind),
            ("生效日期", cn_date(placement.effective_date)),
            (
                "就读学校" if placement.kind != HOME_TEACHING else "学籍学校",
                placement.school or child.responsible_school,
            ),
        ]
        if placement.kind == HOME_TEACHING:
            pairs.append(("送教小组", placement.team or (child.team.name if child.team else "")))
        pairs.append(("安置理由", placement.reason))
        out.append(b.fields(pairs))
        out.append(Spacer(1, 3 * mm))
        if placement.recommended and placement.recommended != placement.kind:
            out.append(
                b.para(
                    f"按障碍程度，默认建议安置方式为{placement.recommended}；专家委员会结合孩子的实际情况，"
                    f"决定安置方式为{placement.kind}，理由如上。"
                )
            )
        if placement.kind == HOME_TEACHING:
            out.append(
                b.para(
                    f"孩子的学籍保留在{school}。学校将组织送教小组定期入户开展送教上门服务，"
                    "每次送教落实送政策、送关爱、送康复、送知识、送技能（五送）中的相应内容。请您为送教提供适宜的学习场所，"
                    "送教时安排监护人在场，并在送教记录上签字确认。"
                )
            )
        else:
            out.append(b.para(f"请您于生效日期前携带户口簿、残疾证（如有）到{school}办理入学手续。"))
    out.append(
        b.para(
            "安置方式将根据孩子的发展情况每学年复评，必要时调整。如对本安置意见有异议，请自收到本意见书之日起十五日内，"
            f"向{authority}提出书面复核申请。"
        )
    )
    # Who decided: the members who sat, from the sitting's record; without a sitting, lines to sign by hand.
    sentence = members_sentence(placement, committee)
    if sentence:
        out.append(b.para(sentence))
        out.append(Spacer(1, 4 * mm))
    else:
        out.append(Spacer(1, 1 * mm))
        out += hand_signature_lines(committee, b, slots=4)
        out.append(Spacer(1, 2 * mm))
    out.append(
        KeepTogether(
            [
                Paragraph(esc(f"{committee}（盖章）"), right),
                Spacer(1, 2 * mm),
                Paragraph(esc(cn_date(o.print_date)), right),
            ]
        )
    )
    out.append(Spacer(1, 4 * mm))
    receipt = [
        _CutLine(fonts.body.name),
        Spacer(1, 2 * mm),
        Paragraph("回　执", ParagraphStyle("rt", parent=s.h2, alignment=TA_CENTER, spaceBefore=0)),
        Spacer(1, 2 * mm),
        b.para(f"本人已收到{committee}关于{child.name}的入学安置意见书，对安置意见："),
        Paragraph(
            "□&nbsp;同意" + "&nbsp;" * 12 + "□&nbsp;不同意（请在十五日内提出书面复核申请）",
            plain,
        ),
        b.signatures(["监护人"], row_height=10 * mm),
    ]
    out.append(KeepTogether(receipt))
    return out


class _DoubleRule(Flowable):  # type: ignore[misc]
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 3 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(1.8)
        self.canv.line(0, 2.4 * mm, self.width, 2.4 * mm)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1 * mm, self.width, 1 * mm)


def notice_number(child: ChildFile, options: PrintOptions) -> str:
    year = child.current_placement.effective_date.year if child.current_placement else options.print_date.year
    return f"特教安置〔{year}〕第 {child.child_id:04d} 号"


def render_notice(
    child: ChildFile,
    options: PrintOptions,
    fonts: FontChoice,
    target: IO[bytes],
    notice_no: str | None = None,
) -> int:
    """Write the placement notice as PDF into ``target``; returns the page count."""
    county = options.county or child.county
    decor = PageDecor(
        header_left=f"{county}　入学安置意见书",
        header_right=child.name,
        footer_left=f"{child.name}　入学安置意见书",
        print_date=options.print_date,
        **options.page_layout(),
    )
    doc, blocks = new_document(
        target, decor, fonts, title=f"{child.name} — 入学安置意见书", author=options.authority or county
    )
    doc.render(notice_story(child, options, fonts, blocks, notice_no or notice_number(child, options)))
    return int(doc.page)


def child_identity_fields(child: ChildFile, o: PrintOptions) -> list[tuple[str, str]]:
    """The "学生基本情况" rows every paper about one child opens with (the ID masked as ``o`` says)."""
    d = child.disability
    return [
        ("学生姓名", child.name),
        ("性别", child.sex),
        ("出生日期", cn_date(child.birth_date)),
        ("身份证号", o.resident_id(child.resident_id)),
        ("残疾类别", "、".join(d.categories)),
        ("残疾等级", d.grade),
        ("障碍程度", d.level),
    ]
