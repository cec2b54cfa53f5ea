"""A children list names townships and villages as people write them; a county set up by ``county init``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from special_ed.domain.identifiers import make_resident_id
from special_ed.importing.samples import write_xlsx
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source
from special_ed.importing.validation import REJECTED

HEADER = ["姓名", "性别", "身份证号", "出生日期", "乡镇", "村"]


def test_children_import_matches_official_names_in_both_forms(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app.county.init_county("500237")
    towns = {t.name: t.id for t in app.reference.townships()}
    villages = {(v.township_id, v.name): v.id for v in app.reference.villages()}
    places = [
        ("高唐街道", "圣泉社区居民委员会"),  # official long form
        ("高唐", "圣泉居委会"),  # township stem, 居委会 for 社区
        ("", "高唐街道登龙社区"),  # township in front, no township column
        ("巫山县高唐街道", "朝云社区"),  # the county in front
        ("高唐街道", ""),  # a township without a village keeps the township
        ("高唐街道", "幸福村"),  # no such village there: warning, the township is kept
        ("不存在镇", "圣泉社区"),  # unknown township: refused
    ]
    rows = []
    for i, (township, village) in enumerate(places):
        birth = date(2015, 1, 1 + i)
        rows.append([f"测试{i}", "女", make_resident_id("500237", birth, 2 * i + 10), birth.isoformat(), township,
                     village])  # fmt: skip
    path = tmp_path / "儿童.xlsx"
    write_xlsx(path, HEADER, rows)
    preview = ImportService(app.ctx).preview(path, Source.CHILDREN)
    by_name = {r.values["name"]: r for r in preview.rows}
    gaotang = towns["高唐街道"]
    expected = {
        "测试0": villages[(gaotang, "圣泉社区")],
        "测试1": villages[(gaotang, "圣泉社区")],
        "测试2": villages[(gaotang, "登龙社区")],
        "测试3": villages[(gaotang, "朝云社区")],
        "测试4": None,
        "测试5": None,
    }
    for name, village_id in expected.items():
        data = preview.inputs[by_name[name].row]
        assert (data.township_id, data.village_id) == (gaotang, village_id), name
    unknown = [i for i in by_name["测试5"].issues if i.code == "import.village_unknown"]
    assert unknown and unknown[0].severity == "warning" and "幸福村" in unknown[0].message()
    assert "高唐街道" in unknown[0].message()
    bad = by_name["测试6"]
    assert bad.status == REJECTED and any(i.code == "import.township_unknown" for i in bad.issues)
    assert (preview.summary.rejected, preview.summary.valid + preview.summary.warned) == (1, 6)


def test_a_township_stem_naming_two_is_refused(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app.county.init_county("130205")  # 唐山市开平区: 开平街道 and 开平镇
    path = tmp_path / "儿童.xlsx"
    birth = date(2015, 3, 3)
    write_xlsx(
        path, HEADER, [["测试", "男", make_resident_id("130205", birth, 11), birth.isoformat(), "开平", ""]]
    )
    row = ImportService(app.ctx).preview(path, Source.CHILDREN).rows[0]
    assert row.status == REJECTED
    issue = next(i for i in row.issues if i.code == "import.township_ambiguous")
    assert "开平街道" in issue.message() and "开平镇" in issue.message()
