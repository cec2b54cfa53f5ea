"""Agency-style sample lists, generated: for tests, benchmarks and the wizard's screenshots.

They imitate what arrives from each agency: a merged title row, a two-row merged header,
IDs stored as numbers, dates in mixed formats, GBK csv. Nothing here is real data.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from special_ed.domain.identifiers import make_certificate, make_resident_id

REGION = "500237"
TOWNSHIPS = (
    "高唐街道", "龙门街道", "巫峡镇", "大昌镇", "福田镇", "龙溪镇", "双龙镇", "官阳镇", "骡坪镇",
    "抱龙镇", "官渡镇", "铜鼓镇", "庙宇镇", "大溪乡", "两坪乡", "曲尺乡", "建平乡", "红椿土家族乡",
    "竹贤乡", "三溪乡", "平河乡", "当阳乡", "金坪乡", "邓家土家族乡", "笃坪乡", "培石乡",
)  # fmt: skip
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
)
_GIVEN = "子涵欣怡梓轩浩然雨泽思远嘉怡佳豪俊杰晨曦宇航诗琪梦瑶博文明轩天佑若汐一诺沐阳安然书瑶景行"


@dataclass(frozen=True)
class Person:
    name: str
    resident_id: str
    sex: str  # "M"/"F"
    birth_date: date
    township: str
    village: str
    category: int
    grade: int
    school: str = ""
    is_poor: bool = False

    @property
    def certificate_no(self) -> str:
        return make_certificate(self.resident_id, self.category, self.grade)


def make_people(count: int, seed: int = 7, reference: date = date(2026, 9, 1)) -> list[Person]:
    """``count`` distinct children aged 5–17 on ``reference`` with valid IDs (unique by construction)."""
    rng = random.Random(seed)
    people: list[Person] = []
    used: set[str] = set()
    while len(people) < count:
        birth = reference - timedelta(days=rng.randint(5 * 365, 17 * 365))
        sequence = rng.randint(0, 999)
        rid = make_resident_id(REGION, birth, sequence)
        if rid in used:
            continue
        used.add(rid)
        township = rng.choice(TOWNSHIPS)
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
        people.append(
            Person(
                name=name,
                resident_id=rid,
                sex="M" if sequence % 2 else "F",
                birth_date=birth,
                township=township,
                village=f"{township[:2]}{rng.randint(1, 12)}村",
                category=rng.randint(1, 7),
                grade=rng.randint(1, 4),
                school=f"{township[:2]}小学",
                is_poor=rng.random() < 0.2,
            )
        )
    return people


SEX_TEXT = {"M": "男", "F": "女"}
GRADE_TEXT = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
CATEGORY_TEXT = {1: "视力", 2: "听力", 3: "言语", 4: "肢体", 5: "智力", 6: "精神", 7: "多重"}


def date_variants(day: date, index: int) -> str:
    """Office date formats in rotation: 2015.3.1, 2015/03/01, 20150301, 2015年3月1日, 2015-03-01."""
    forms = (
        f"{day.year}.{day.month}.{day.day}",
        f"{day:%Y/%m/%d}",
        f"{day:%Y%m%d}",
        f"{day.year}年{day.month}月{day.day}日",
        day.isoformat(),
    )
    return forms[index % len(forms)]


FEDERATION_TOP = (
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "残疾情况",
    "",
    "",
    "户籍地址",
    "",
    "监护人",
    "联系电话",
)
FEDERATION_LOW = ("", "", "", "", "", "残疾类别", "残疾等级", "残疾证号", "乡镇", "村", "", "")


def federation_rows(people: Iterable[Person]) -> Iterator[list[object]]:
    for index, p in enumerate(people, start=1):
        yield [
            index, p.name, SEX_TEXT[p.sex], p.resident_id, date_variants(p.birth_date, index),
            CATEGORY_TEXT[p.category], GRADE_TEXT[p.grade], p.certificate_no, p.township, p.village,
            p.name[0] + "建国", f"139{index % 100000000:08d}",
        ]  # fmt: skip


def write_federation_xlsx(
    path: Path, rows: Iterable[Sequence[object]], title: str = "巫山县残疾儿童少年名单"
) -> None:
    """残联 style: merged title row, a "填报单位" line, two-row header with merged group headings."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "残疾人名单"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(FEDERATION_TOP))
    sheet.append(["填报单位：县残联", "", "", "", "", "", "", "", "", "", "填报日期：2026-09-01"])
    sheet.append(list(FEDERATION_TOP))
    sheet.append(list(FEDERATION_LOW))
    for col, text in enumerate(FEDERATION_TOP, start=1):
        if text and not FEDERATION_LOW[col - 1]:
            sheet.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    sheet.merge_cells("F3:H3")
    sheet.cell(3, 9, "户籍地址")
    sheet.merge_cells("I3:J3")
    for row in rows:
        sheet.append(list(row))
    sheet.append(["合计", f"{sheet.max_row - 4} 人"])
    notes = book.create_sheet("填表说明")
    notes.append(["本表由县残联提供，仅供核对使用"])
    book.save(path)


SCHOOL_HEADER = (
    "学生姓名",
    "性别",
    "出生年月",
    "身份证件号",
    "全国学籍号",
    "学校名称",
    "年级",
    "班级",
    "乡镇",
    "残疾类别",
)


def school_rows(people: Iterable[Person], ids_as_numbers: bool = False) -> Iterator[list[object]]:
    for index, p in enumerate(people):
        rid: object = float(p.resident_id[:17] + "0") if ids_as_numbers else p.resident_id
        yield [
            p.name, SEX_TEXT[p.sex], date_variants(p.birth_date, index + 1), rid, "G" + p.resident_id,
            p.school, f"{max(1, min(9, (2026 - p.birth_date.year) - 6))}年级", "1班", p.township,
            CATEGORY_TEXT[p.category],
        ]  # fmt: skip


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], sheet: str = "Sheet1"
) -> None:
    """A plain sheet, streamed (write-only) so that benchmark files of a million rows can be made."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    out = book.create_sheet(sheet)
    out.append(list(header))
    for row in rows:
        out.append(list(row))
    book.save(path)


HOUSEHOLD_HEADER = (
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "乡镇（街道）",
    "村（社区）",
    "户籍地址",
    "户主姓名",
)


def household_rows(people: Iterable[Person]) -> Iterator[list[object]]:
    for index, p in enumerate(people):
        yield [
            p.name, SEX_TEXT[p.sex], p.resident_id, date_variants(p.birth_date, index + 2), p.township,
            p.village, f"重庆市巫山县{p.township}{p.village}{index % 90 + 1}号", p.name[0] + "大山",
        ]  # fmt: skip


POVERTY_HEADER = ("姓名", "身份证号", "性别", "乡镇", "村", "是否建档立卡", "脱贫年度")


def poverty_rows(people: Iterable[Person]) -> Iterator[list[object]]:
    for p in people:
        yield [p.name, p.resident_id, SEX_TEXT[p.sex], p.township, p.village, "是", "2019"]


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], encoding: str = "gbk"
) -> None:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)


def with_name(person: Person, name: str) -> Person:
    return replace(person, name=name)
