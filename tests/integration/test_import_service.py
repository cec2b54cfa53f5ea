"""Import into the database in one transaction; duplicates; cancel and errors leave nothing; 三查 follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from sqlalchemy import func, select

from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.errors import CancelledError, ConflictError, SpecialEdError
from special_ed.importing.check_service import AUTO_CLOSED, CheckService
from special_ed.importing.columns import MappingPreset, guess_mapping
from special_ed.importing.crosscheck import FindingKind
from special_ed.importing.samples import write_xlsx
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source
from special_ed.persistence.models import AuditEntry, Child, Guardian, SourceList, SourceRow
from special_ed.progress import SilentProgress
from special_ed.results.checks import OPEN, RESOLVED, Step
from special_ed.results.imports import Decision, Resolution

HEADER = [
    "姓名",
    "性别",
    "身份证号",
    "出生日期",
    "乡镇",
    "村",
    "监护人",
    "联系电话",
    "残疾证号",
    "是否建档立卡",
]



class CancelAfter(SilentProgress):
    """Records the running count at each step and asks to cancel after ``n`` of them (the user's
    Cancel button, pressed half-way)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n
        self.ticks: list[int] = []

    def advance(self, step: int = 1, label: str = "") -> None:
        self.ticks.append(self.done + step)
        if len(self.ticks) >= self.n:
            self.cancel()
        super().advance(step, label)

def counts(app) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        s = uow.session
        return (
            s.scalar(select(func.count(Child.id))) or 0,
            s.scalar(select(func.count(Guardian.id))) or 0,
            s.scalar(select(func.count(AuditEntry.id))) or 0,
            s.scalar(select(func.count(SourceRow.id))) or 0,
        )


def new_rows(app, n: int, start: int = 0) -> list[list[object]]:  # type: ignore[no-untyped-def]
    towns = app.reference.townships()
    rows: list[list[object]] = []
    for i in range(start, start + n):
        town = towns[i % len(towns)]
        birth = date(2015, 1, 1) + timedelta(days=i * 3)
        rid = make_resident_id("500237", birth, 900 + i % 99)
        sex = "男" if int(rid[16]) % 2 else "女"
        rows.append([f"新生{i}", sex, rid, birth.strftime("%Y.%m.%d"), town.name, "", f"家长{i}",
                     f"1390000{i:04d}", make_certificate(rid, 5, 2), "否"])  # fmt: skip
    return rows


def existing_child(app) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        c = uow.session.scalars(
            # not yet 建档立卡, so that the file's "是" is a difference to show
            select(Child).where(Child.resident_id.is_not(None), Child.registered_poor.is_(False)).order_by(Child.id)
        ).first()
        return SimpleNamespace(
            id=c.id,
            name=c.name,
            sex=c.sex,
            resident_id=c.resident_id,
            birth_date=c.birth_date,
            guardians=[g.name for g in c.guardians],
        )


def test_children_import_with_duplicates_and_rejects(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    service = ImportService(app.ctx)
    known = existing_child(app)
    town = app.reference.townships()[0].name
    rows = new_rows(app, 5)
    bad = list(rows[0])
    bad[2] = str(bad[2])[:17] + ("0" if str(bad[2])[17] != "0" else "1")  # bad checksum
    bad[0] = "坏行"
    file_dup = list(rows[1])
    file_dup[7] = "13811112222"  # same child again, another phone
    db_dup = [known.name, "男" if known.sex == "M" else "女", known.resident_id, known.birth_date.isoformat(),
              town, "", "新监护人", "13899998888", "", "是"]  # fmt: skip
    path = tmp_path / "儿童.xlsx"
    write_xlsx(path, HEADER, [*rows, bad, file_dup, db_dup])
    before = counts(app)

    preview = service.preview(path, Source.CHILDREN)
    assert (preview.summary.valid, preview.summary.rejected) == (5, 1)
    assert preview.summary.warned == 2
    assert counts(app) == before  # a preview writes nothing
    db_row = next(r for r in preview.rows if r.values.get("resident_id") == known.resident_id)
    dup = preview.duplicates[db_row.row]
    assert dup.child_id == known.id
    changed = {d.field for d in dup.diffs}
    assert {"guardians", "registered_poor"} <= changed
    file_row = preview.rows[6]
    assert preview.duplicates[file_row.row].first_row == preview.rows[1].row

    rejects = tmp_path / "拒收.xlsx"
    assert service.write_rejects(preview, rejects) == 1
    assert openpyxl.load_workbook(rejects)["拒收行"].cell(3, 3).value.startswith("身份证号")

    decisions = {db_row.row: Decision(Resolution.MERGE, frozenset({"registered_poor"}))}
    result = service.commit(preview, decisions)
    assert (result.created, result.updated, result.skipped) == (5, 1, 1)
    after = counts(app)
    assert after[0] == before[0] + 5
    with app.uow("read") as uow:
        child = uow.session.get(Child, known.id)
        assert child.registered_poor is True
        assert [g.name for g in child.guardians] == known.guardians  # not taken: kept
        assert uow.session.scalar(select(func.count(Child.id)).where(Child.name == "坏行")) == 0


def test_cancel_half_way_leaves_the_database_exactly_as_before(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    service = ImportService(app.ctx)
    path = tmp_path / "多.xlsx"
    write_xlsx(path, HEADER, new_rows(app, 600))
    preview = service.preview(path, Source.CHILDREN)
    assert preview.summary.rejected == 0
    before = counts(app)
    progress = CancelAfter(1)
    with pytest.raises(CancelledError):
        service.commit(preview, progress=progress)
    assert progress.ticks and progress.ticks[0] < 600
    assert counts(app) == before


def test_an_error_half_way_rolls_everything_back(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    service = ImportService(app.ctx)
    known = existing_child(app)
    rows = new_rows(app, 300)
    dup = [known.name, "男" if known.sex == "M" else "女", known.resident_id, known.birth_date.isoformat(),
           app.reference.townships()[0].name, "", "某某", "13899998888", "", "是"]  # fmt: skip
    path = tmp_path / "冲突.xlsx"
    write_xlsx(path, HEADER, [*rows, dup])
    preview = service.preview(path, Source.CHILDREN)
    # Someone edits the child between the preview and the import: the import must not half-happen.
    with app.uow("test.write") as uow:
        uow.session.get(Child, known.id).notes = "另一办公室刚改过"
        uow.commit()
    before = counts(app)
    dup_row = next(iter(preview.duplicates))
    with pytest.raises(ConflictError):
        service.commit(preview, {dup_row: Decision(Resolution.REPLACE)})
    assert counts(app) == before


def test_source_lists_replace_each_other_and_feed_the_check(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    service, check = ImportService(app.ctx), CheckService(app.ctx)
    known = existing_child(app)
    missing_birth = date(2016, 4, 4)
    missing = make_resident_id("500237", missing_birth, 555)
    town = app.reference.townships()[2].name
    fed_rows = [
        [known.name, known.resident_id, "", make_certificate(known.resident_id, 5, 3), ""],
        ["未入学", missing, town, make_certificate(missing, 5, 1), ""],
    ]
    path = tmp_path / "残联.xlsx"
    write_xlsx(path, ["姓名", "公民身份号码", "乡镇", "残疾证号", "是否建档立卡"], fed_rows)
    preview = service.preview(path, Source.FEDERATION)
    first = service.commit(preview)
    assert first.stored == 2 and first.list_id is not None
    second = service.commit(service.preview(path, Source.FEDERATION))
    with app.uow("read") as uow:
        active = list(uow.session.scalars(select(SourceList.id).where(SourceList.active.is_(True))))
    assert active == [second.list_id]
    assert [s for s, *_ in check.lists()] == [Source.FEDERATION]

    items = check.run()
    dropouts = [f for f in items if f.kind is FindingKind.DROPOUT_SUSPECTED]
    assert [f.key for f in dropouts] == [missing]
    finding = dropouts[0]
    assert finding.status == OPEN and finding.township == town

    check.add_follow_up(finding.id, Step.ASK_VILLAGE, date(2026, 11, 18), "王主任", "村委会称该户已外出务工")
    check.add_follow_up(
        finding.id, "visit_family", date(2026, 11, 19), "李老师", "见到家长，孩子在外省随迁就读"
    )
    with pytest.raises(SpecialEdError) as err:
        check.add_follow_up(finding.id, "ask_neighbours", date(2030, 1, 1), "", "")
    assert {i.code for i in err.value.issues} == {"required", "date.future"}  # type: ignore[attr-defined]
    check.resolve(finding.id, "外省随迁就读，已取得就读证明")
    again = {f.id: f for f in check.run()}[finding.id]
    assert again.status == RESOLVED and [u.step for u in again.follow_ups] == [
        Step.ASK_VILLAGE,
        Step.VISIT_FAMILY,
    ]

    report = tmp_path / "三查.xlsx"
    check.export(report)
    rows = list(openpyxl.load_workbook(report)["明细"].iter_rows(min_row=2, values_only=True))
    mine = next(r for r in rows if r[3] == missing)
    assert mine[7] == "已解决" and "问村委会" in mine[8] and "外省随迁就读" in mine[8]

    # Another child appears on a new list, then the list is corrected: the open finding closes by
    # itself, and comes back if the child reappears.
    other = make_resident_id("500237", date(2017, 2, 2), 777)
    header = ["姓名", "公民身份号码", "乡镇", "残疾证号", "是否建档立卡"]
    write_xlsx(path, header, [*fed_rows, ["又一个", other, town, make_certificate(other, 4, 2), ""]])
    service.commit(service.preview(path, Source.FEDERATION))
    opened = next(f for f in check.run() if f.key == other)
    assert opened.status == OPEN
    write_xlsx(path, header, fed_rows)
    service.commit(service.preview(path, Source.FEDERATION))
    closed = {f.id: f for f in check.run()}[opened.id]
    assert closed.status == RESOLVED and closed.resolution == AUTO_CLOSED
    write_xlsx(path, header, [*fed_rows, ["又一个", other, town, make_certificate(other, 4, 2), ""]])
    service.commit(service.preview(path, Source.FEDERATION))
    assert {f.id: f for f in check.run()}[opened.id].status == OPEN
    assert {f.id: f for f in check.findings()}[finding.id].status == RESOLVED  # a person's decision stays


def test_presets_are_saved_per_source(demo_app) -> None:  # type: ignore[no-untyped-def]
    service = ImportService(demo_app.ctx)
    mapping = guess_mapping(["名字", "证件", "生日"])
    mapping.assign(1, "resident_id")
    service.save_preset(MappingPreset.from_mapping("某镇户籍", Source.HOUSEHOLD.value, mapping))
    service.save_preset(MappingPreset.from_mapping("某镇户籍", Source.HOUSEHOLD.value, mapping))  # idempotent
    presets = service.presets(Source.HOUSEHOLD)
    assert [p.name for p in presets] == ["某镇户籍"]
    assert presets[0].apply(["证件", "名字"]).fields == {0: "resident_id", 1: "name"}
    assert service.presets(Source.POVERTY) == []


def test_county_statistics_table(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from special_ed.importing.statistics import LEVEL_KEYS, PLACEMENT_KEYS, write_county_statistics

    report = demo_app.coverage.report(date(2026, 9, 1))
    path = tmp_path / "统计.xlsx"
    write_county_statistics(path, report)
    sheet = openpyxl.load_workbook(path)["统计表"]
    header = [c.value for c in sheet[2]]
    assert header[0] == "乡镇（街道）" and header[-1] == "入学率"
    assert "重度·送教上门" in header
    assert sheet.freeze_panes == "A3"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    total = rows["全县合计"]
    assert total[1] == report.school_age and total[-4] == report.placed
    assert total[-1] == pytest.approx(report.enrolment_rate)
    severe_home = header.index("重度·送教上门")
    assert total[severe_home] == sum(
        t.by_level_placement.get(("severe", "home"), 0) for t in report.townships
    )
    assert sum(total[2 : 2 + len(LEVEL_KEYS) * len(PLACEMENT_KEYS)]) == report.school_age
    first = report.townships[0]
    assert rows[first.township][1] == first.school_age
    assert sheet.cell(3, len(header)).number_format == "0.0%"


def test_the_same_recorded_child_twice_in_a_file(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    service = ImportService(app.ctx)
    known = existing_child(app)
    town = app.reference.townships()[0].name
    row = [known.name, "男" if known.sex == "M" else "女", known.resident_id, known.birth_date.isoformat(),
           town, "", "甲", "13899998888", "", "是"]  # fmt: skip
    again = [*row[:6], "乙", "13899997777", "", "是"]
    path = tmp_path / "两次.xlsx"
    write_xlsx(path, HEADER, [row, again])
    preview = service.preview(path, Source.CHILDREN)
    assert len(preview.duplicates) == 2
    before = counts(app)
    result = service.commit(preview, {r: Decision(Resolution.REPLACE) for r in preview.duplicates})
    assert (result.created, result.updated, result.skipped) == (0, 1, 1)
    assert counts(app)[0] == before[0]
    with app.uow("read") as uow:
        assert [g.name for g in uow.session.get(Child, known.id).guardians] == ["甲"]


def test_streamed_store_of_a_large_list_and_its_cancel(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from special_ed.importing.samples import HOUSEHOLD_HEADER, household_rows, make_people, write_csv

    service = ImportService(app.ctx)
    people = make_people(2500, seed=17)
    rows = [list(r) for r in household_rows(people)]
    rows[100][2] = "5.00237E+17"  # one row Excel cut: rejected, the rest stored
    path = tmp_path / "户籍.csv"
    write_csv(path, HOUSEHOLD_HEADER, rows, encoding="gbk")
    before = counts(app)
    with pytest.raises(CancelledError):
        service.store_streamed(path, Source.HOUSEHOLD, progress=CancelAfter(1))
    assert counts(app) == before
    result = service.store_streamed(path, Source.HOUSEHOLD)
    assert (result.stored, result.rejected) == (2499, 1)
    assert counts(app)[3] == before[3] + 2499
    with app.uow("read") as uow:
        listing = uow.session.get(SourceList, result.list_id)
        assert listing.row_count == 2499 and listing.active


def test_children_rows_need_a_known_township(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = ImportService(demo_app.ctx)
    rows = new_rows(demo_app, 3)
    rows[0][4] = "火星乡"
    rows[1][4] = ""
    path = tmp_path / "乡镇.xlsx"
    write_xlsx(path, HEADER, rows)
    preview = service.preview(path, Source.CHILDREN)
    first, second, third = preview.rows
    assert [(i.code, i.field) for i in first.issues if i.is_error] == [
        ("import.township_unknown", "township")
    ]
    assert [(i.code, i.field) for i in second.issues if i.is_error] == [("required", "township")]
    assert third.status == "valid"


def test_county_statistics_pdf(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from special_ed.importing.statistics_pdf import write_county_statistics_pdf
    from special_ed.printing.fonts import choose_fonts

    report = demo_app.coverage.report(date(2026, 9, 1))
    path = tmp_path / "统计.pdf"
    write_county_statistics_pdf(path, report, choose_fonts(), date(2026, 11, 28), "示范县")
    pages = PdfReader(path).pages
    text = "".join(page.extract_text() for page in pages).replace(" ", "")
    assert "适龄残疾儿童少年安置情况统计表" in text
    assert "全县合计" in text and report.townships[0].township in text
    assert f"{report.enrolment_rate * 100:.1f}%" in text
    assert str(report.school_age) in text


def test_a_sampled_preview_still_counts_exports_and_imports_every_row(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from special_ed.importing.samples import HOUSEHOLD_HEADER, household_rows, make_people, write_csv

    service = ImportService(app.ctx)
    rows = [list(r) for r in household_rows(make_people(1200, seed=19))]
    for i in (10, 500, 1100):
        rows[i][2] = "5.00237E+17"
    path = tmp_path / "户籍.csv"
    write_csv(path, HOUSEHOLD_HEADER, rows, encoding="gbk")
    preview = service.preview(path, Source.HOUSEHOLD, keep=2)
    assert not preview.complete
    assert len(preview.rows) == 4  # two clean rows and two with problems held
    assert (preview.summary.valid, preview.summary.rejected, preview.importable_count) == (1197, 3, 1197)
    rejects = tmp_path / "拒收.xlsx"
    assert service.write_rejects(preview, rejects) == 3  # the file is read again: every rejected row
    result = service.commit(preview)
    assert result.stored == 1197 and result.rejected == 3
    assert counts(app)[3] == 1197
