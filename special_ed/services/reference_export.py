"""`special-ed export areas|schools|teachers|teams`: the reference lists as xlsx, every row with its codes.

The headers are those the imports of the same lists recognise, so an export edited in Excel can be
imported back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from special_ed.domain.enums import TeacherRole
from special_ed.safe_cells import CellGuard
from special_ed.services.export import Column, write_xlsx
from special_ed.services.reference import ReferenceService

WHAT = ("areas", "schools", "teachers", "teams")

AREA_COLUMNS = (
    Column("乡镇代码", 12),
    Column("乡镇（街道）", 16),
    Column("村（社区）代码", 16),
    Column("村（社区）", 18),
    Column("来源", 12),
    Column("纬度", 11, "float"),
    Column("经度", 11, "float"),
)
SCHOOL_COLUMNS = (
    Column("学校代码", 16),
    Column("学校标识码", 14),
    Column("学校名称", 26),
    Column("办学类型", 12),
    Column("所在乡镇", 14),
    Column("学校地址", 26),
    Column("纬度", 11, "float"),
    Column("经度", 11, "float"),
)
TEACHER_COLUMNS = (
    Column("姓名", 10),
    Column("任职学校", 26),
    Column("岗位", 14),
    Column("手机号码", 14),
    Column("是否在岗", 10),
    Column("所在小组", 26),
)
TEAM_COLUMNS = (Column("小组名称", 20), Column("所属学校", 26), Column("组长", 10), Column("组员", 30),
                Column("出车人员", 10), Column("负责乡镇", 30))  # fmt: skip


def export_reference(ref: ReferenceService, what: str, path: Path, guard: CellGuard | None = None) -> int:
    towns = {t.id: t for t in ref.townships()}
    schools = {s.id: s for s in ref.schools()}
    rows: list[Sequence[Any]]
    if what == "areas":
        villages = ref.villages()
        with_villages = {v.township_id for v in villages}
        rows = [
            (
                towns[v.township_id].code,
                towns[v.township_id].name,
                v.code,
                v.name,
                "区划代码" if v.official else "本县增补",
                v.lat,
                v.lon,
            )
            for v in villages
            if v.township_id in towns
        ]
        rows += [
            (t.code, t.name, "", "", "区划代码", t.lat, t.lon)
            for t in towns.values()
            if t.id not in with_villages
        ]
        rows.sort(key=lambda r: (r[0], r[2]))
        return write_xlsx(path, [("乡镇村", AREA_COLUMNS, rows)], guard=guard)
    if what == "schools":
        rows = [
            (
                s.code,
                s.identifier,
                s.name,
                s.kind.label,
                towns[s.township_id].name if s.township_id in towns else "",
                s.address,
                s.lat,
                s.lon,
            )
            for s in schools.values()
        ]
        return write_xlsx(path, [("学校", SCHOOL_COLUMNS, rows)], guard=guard)
    teams = ref.teams()
    if what == "teachers":
        rows = [
            (
                t.name,
                schools[t.school_id].name if t.school_id in schools else "",
                t.role.label,
                t.phone,
                "是" if t.active else "否",
                "、".join(x.name for x in teams if t.id in {m.id for m in x.members}),
            )
            for t in ref.teachers()
        ]
        return write_xlsx(path, [("教师", TEACHER_COLUMNS, rows)], guard=guard)
    rows = [(t.name, schools[t.school_id].name if t.school_id in schools else "",
             next((m.name for m in t.members if m.id == t.leader_id), ""),
             "、".join(m.name for m in t.members if m.role is not TeacherRole.DRIVER and m.id != t.leader_id),
             t.driver.name if t.driver else "", "、".join(towns[x].name for x in t.township_ids if x in towns))
            for t in teams]  # fmt: skip
    return write_xlsx(path, [("送教小组", TEAM_COLUMNS, rows)], guard=guard)
