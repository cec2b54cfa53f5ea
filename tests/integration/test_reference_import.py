"""Imports of schools, teachers, teams and village coordinates into a real county (SQLite and PostgreSQL).

Each starts from the shipped template (downloaded as the CLI and the wizard do), filled in as an
office would; the rows that pass go in in one transaction, audited, and the 基础数据 pages hear of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from special_ed.changes import Change, Changes
from special_ed.errors import CancelledError, PermissionDeniedError, SpecialEdError
from special_ed.importing.reference_kinds import ReferenceKind, template_path
from special_ed.importing.reference_templates import save_template
from special_ed.persistence import models as m
from special_ed.progress import SilentProgress


def filled(kind: ReferenceKind, folder: Path, rows: Sequence[Sequence[object]]) -> Path:
    """The template of ``kind`` saved into ``folder`` and filled in from row 2."""
    path = save_template(kind, folder)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(path)
    return path


def count(app, model) -> int:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(model.id))) or 0)


def audited(app, table: str) -> int:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(m.AuditEntry.id))
                                      .where(m.AuditEntry.table_name == table)) or 0)  # fmt: skip


@pytest.fixture
def badong(app):  # type: ignore[no-untyped-def]
    app.county.init_county("422823")
    return app


def test_shipped_templates_carry_the_kinds_headers(tmp_path: Path) -> None:
    for kind in ReferenceKind:
        assert template_path(kind).is_file()
        book = openpyxl.load_workbook(save_template(kind, tmp_path))
        data, notes = book.worksheets
        header = [c.value for c in next(data.iter_rows(max_row=1))]
        assert header == [f.label for f in kind.fields], kind
        assert data.max_row == 1  # no example rows that could be imported by mistake
        assert [
            r[0] for r in notes.iter_rows(min_row=2, max_row=len(kind.fields) + 1, values_only=True)
        ] == header


def test_a_county_from_its_lists(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = badong
    heard: list[Changes] = []
    app.changes.subscribe(heard.append)
    service = app.reference_imports

    schools = filled(ReferenceKind.SCHOOLS, tmp_path, [
        ("4228230101", "信陵镇中心小学", "小学", "信陵镇", "解放路 1 号", 31.04, 110.34),
        ("", "巴东县特殊教育学校", "特殊教育学校", "信陵镇", "", None, None),
        ("", "东瀼口镇中心小学", "九年一贯制学校", "东瀼口镇", "", None, None),
        ("", "外县小学", "小学", "巴山镇", "", None, None),
    ])  # fmt: skip
    preview = service.preview(ReferenceKind.SCHOOLS, schools)
    assert (preview.summary.valid, preview.summary.rejected) == (3, 1)
    assert count(app, m.School) == 0  # the preview writes nothing
    result = service.commit(preview)
    assert (result.created, result.rejected) == (3, 1)
    by_name = {s.name: s for s in app.reference.schools()}
    assert by_name["信陵镇中心小学"].identifier == "4228230101" and by_name["信陵镇中心小学"].lat == 31.04
    assert by_name["巴东县特殊教育学校"].kind.value == "special"
    assert audited(app, "schools") == 3
    assert heard and heard[-1].touches(Change.REFERENCE)

    teachers = filled(ReferenceKind.TEACHERS, tmp_path, [
        ("李敏", "巴东县特殊教育学校", "特教教师", "13800000001", "是"),
        ("王芳", "巴东县特殊教育学校", "普通教师", "", ""),
        ("刘强", "巴东县特殊教育学校", "司机", "", ""),
        ("张丽", "东瀼口镇中心小学", "特殊教育教师", "", ""),
        ("陈华", "东瀼口镇中心小学", "普通教师", "", ""),
        ("郑一", "不存在的学校", "普通教师", "", ""),
    ])  # fmt: skip
    preview = service.preview(ReferenceKind.TEACHERS, teachers)
    assert preview.summary.rejected == 1
    assert service.commit(preview).created == 5
    assert {t.name for t in app.reference.teachers()} == {"李敏", "王芳", "刘强", "张丽", "陈华"}

    teams = filled(ReferenceKind.TEAMS, tmp_path, [
        ("信陵一组", "巴东县特殊教育学校", "李敏", "王芳", "刘强", "信陵镇"),
        ("东瀼口组", "东瀼口镇中心小学", "张丽", "陈华", "", "东瀼口镇、信陵镇"),
        ("独行组", "巴东县特殊教育学校", "王芳", "", "", ""),  # a team of one, no special-ed teacher
    ])  # fmt: skip
    preview = service.preview(ReferenceKind.TEAMS, teams)
    assert preview.summary.rejected == 1
    assert service.commit(preview).created == 2
    team = next(t for t in app.reference.teams() if t.name == "信陵一组")
    assert [x.name for x in team.members] == ["李敏", "王芳", "刘强"] and team.driver is not None
    towns = {t.name: t.id for t in app.reference.townships()}
    assert team.township_ids == (towns["信陵镇"],)
    covering, _others = app.reference.teams_for_township(towns["东瀼口镇"])
    assert [t.name for t in covering] == ["东瀼口组"]

    village = app.reference.villages(towns["信陵镇"])[0]
    villages = filled(ReferenceKind.VILLAGES, tmp_path, [
        ("", "信陵镇", village.name + ("居民委员会" if village.name.endswith("社区") else "村民委员会"), 31.03, 110.33),
        ("", "", "没有这个村", 31.0, 110.3),
        ("", "信陵镇", app.reference.villages(towns["信陵镇"])[1].name, None, None),  # left blank: a warning
    ])  # fmt: skip
    preview = service.preview(ReferenceKind.VILLAGES, villages)
    assert (preview.summary.valid, preview.summary.warned, preview.summary.rejected) == (1, 1, 1)
    result = service.commit(preview)
    assert (result.updated, result.unchanged, result.rejected) == (1, 0, 1)
    assert service.commit(service.preview(ReferenceKind.VILLAGES, villages)).unchanged == 1  # the same again
    moved = next(v for v in app.reference.villages(towns["信陵镇"]) if v.id == village.id)
    assert (moved.lat, moved.lon) == (31.03, 110.33)


def test_one_transaction_a_cancel_leaves_nothing(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = badong
    rows = [("", f"第{n}小学", "小学", "信陵镇", "", None, None) for n in range(1, 401)]
    preview = app.reference_imports.preview(
        ReferenceKind.SCHOOLS, filled(ReferenceKind.SCHOOLS, tmp_path, rows)
    )
    progress = SilentProgress()
    progress.cancel()
    with pytest.raises(CancelledError):
        app.reference_imports.commit(preview, progress)
    assert count(app, m.School) == 0 and audited(app, "schools") == 0


def test_lists_changed_after_the_preview(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = badong
    path = filled(ReferenceKind.SCHOOLS, tmp_path, [("", "甲小学", "小学", "信陵镇", "", None, None),
                                                     ("", "乙小学", "小学", "信陵镇", "", None, None)])  # fmt: skip
    preview = app.reference_imports.preview(ReferenceKind.SCHOOLS, path)
    town = next(t for t in app.reference.townships() if t.name == "信陵镇")
    from special_ed.domain.enums import SchoolKind

    app.reference.save_school("乙小学", SchoolKind.ORDINARY, town.id)  # someone else, meanwhile
    with pytest.raises(SpecialEdError) as caught:
        app.reference_imports.commit(preview)
    assert caught.value.code == "refimport.changed" and "3" in caught.value.message()
    assert [s.name for s in app.reference.schools()] == ["乙小学"]  # 甲小学 was not written either


def test_bad_files_say_why(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = badong
    children = tmp_path / "儿童.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "身份证号", "出生日期"])
    sheet.append(["张三", "500237201501010011", "2015-01-01"])
    book.save(children)
    with pytest.raises(SpecialEdError) as caught:
        app.reference_imports.preview(ReferenceKind.TEAMS, children)
    assert caught.value.code == "refimport.no_header"
    assert "小组名称、所属学校、组长、组员" in caught.value.message()
    missing = tmp_path / "没有.xlsx"
    with pytest.raises(SpecialEdError) as caught:
        app.reference_imports.preview(ReferenceKind.SCHOOLS, missing)
    assert caught.value.code == "import.file_missing"


def test_a_viewer_is_refused_before_the_file_is_read(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from special_ed.domain.access import Role

    app = badong
    app.ctx.actor = replace(app.ctx.actor, role=Role.VIEWER, account_id=1)
    with pytest.raises(PermissionDeniedError):
        app.reference_imports.preview(ReferenceKind.SCHOOLS, tmp_path / "whatever.xlsx")


def test_a_gbk_csv_with_a_title_row(badong, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """学籍 and personnel systems export csv in GBK with a title above the header: read like the children lists."""
    app = badong
    town = next(t for t in app.reference.townships() if t.name == "信陵镇")
    from special_ed.domain.enums import SchoolKind

    app.reference.save_school("巴东县特殊教育学校", SchoolKind.SPECIAL, town.id)
    path = tmp_path / "教师.csv"
    path.write_bytes(
        "巴东县送教教师名单（2026年秋）\n姓名,任职学校,岗位,手机号码,是否在岗\n"
        "谭老师,巴东县特殊教育学校,特教老师,13900001111,在岗\n向老师,巴东县特殊教育学校,任课教师,,\n".encode(
            "gbk"
        )
    )
    preview = app.reference_imports.preview(ReferenceKind.TEACHERS, path)
    assert [r.row for r in preview.rows] == [3, 4] and preview.summary.valid == 2
    assert app.reference_imports.commit(preview).created == 2
    roles = {t.name: t.role.value for t in app.reference.teachers()}
    assert roles == {"谭老师": "special_ed", "向老师": "ordinary"}
