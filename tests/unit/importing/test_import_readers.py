"""Reading agency files: formats, encodings, title rows, merged headers, and every kind of bad file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from special_ed.errors import SpecialEdError
from special_ed.importing.columns import guess_mapping
from special_ed.importing.readers import open_workbook
from special_ed.importing.samples import (
    HOUSEHOLD_HEADER,
    POVERTY_HEADER,
    SCHOOL_HEADER,
    federation_rows,
    household_rows,
    make_people,
    poverty_rows,
    school_rows,
    write_csv,
    write_federation_xlsx,
    write_xlsx,
)
from special_ed.importing.table import SheetTable
from special_ed.messages import describe_error

from .importing_cfb import encrypted_workbook_bytes

PEOPLE = make_people(12, seed=3)


def code_of(exc: pytest.ExceptionInfo[SpecialEdError]) -> str:
    return exc.value.code


def test_federation_xlsx_title_rows_and_two_row_merged_header(tmp_path: Path) -> None:
    path = tmp_path / "残联.xlsx"
    write_federation_xlsx(path, federation_rows(PEOPLE))
    with SheetTable(path) as table:
        assert table.sheets == ["残疾人名单", "填表说明"]
        assert table.sheet == "残疾人名单"
        assert table.header.row_number == 4  # title, 填报单位 line, two header rows
        mapping = guess_mapping(table.columns)
        assert set(mapping.fields.values()) == {
            "name", "sex", "resident_id", "birth_date", "categories", "grade", "certificate_no",
            "township", "village", "guardian_name", "guardian_phone",
        }  # fmt: skip
        rows = list(table.rows())
    assert [number for number, _ in rows] == list(range(5, 5 + len(PEOPLE)))  # the 合计 footer is skipped
    name_col = mapping.column_of("name")
    assert name_col is not None
    assert rows[0][1][name_col] == PEOPLE[0].name


def test_sheet_choice_and_listing(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表为学籍系统导出"])
    data = book.create_sheet("学生")
    data.append(list(SCHOOL_HEADER))
    for row in school_rows(PEOPLE[:3]):
        data.append(row)
    book.save(path)
    with SheetTable(path) as table:
        assert table.sheets == ["说明", "学生"]
        assert table.sheet == "学生"  # the first sheet with a recognisable header
    with pytest.raises(SpecialEdError) as exc:
        SheetTable(path, sheet="说明")
    assert code_of(exc) == "import.no_header"
    with pytest.raises(SpecialEdError) as exc:
        SheetTable(path, sheet="不存在")
    assert code_of(exc) == "import.sheet_not_found"
    assert "说明、学生" in describe_error(exc.value)


def test_gbk_csv_with_bracketed_headers(tmp_path: Path) -> None:
    path = tmp_path / "户籍.csv"
    write_csv(path, HOUSEHOLD_HEADER, household_rows(PEOPLE), encoding="gbk")
    book = open_workbook(path)
    assert book.encoding == "gb18030"
    with SheetTable(path) as table:
        mapping = guess_mapping(table.columns)
        assert mapping.column_of("township") == 4  # 乡镇（街道）
        assert mapping.column_of("village") == 5  # 村（社区）
        assert mapping.column_of("address") == 6
        rows = list(table.rows())
    assert len(rows) == len(PEOPLE)
    assert rows[3][1][0] == PEOPLE[3].name


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.csv"
    write_csv(path, POVERTY_HEADER, poverty_rows(PEOPLE[:5]), encoding=encoding)
    with SheetTable(path) as table:
        names = [cells[0] for _, cells in table.rows()]
    assert names == [p.name for p in PEOPLE[:5]]


def test_tab_separated_text(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("姓名\t身份证号\n" + "".join(f"{p.name}\t{p.resident_id}\n" for p in PEOPLE[:4]), "utf-8")
    with SheetTable(path) as table:
        assert [cells[1] for _, cells in table.rows()] == [p.resident_id for p in PEOPLE[:4]]


def test_unknown_csv_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes(
        "姓名,身份證號,殘疾類別,鄉鎮\n陳大文,110105,聽力,龍門鎮\n黃麗華,110106,視力,福田鎮\n".encode("big5")
    )
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(path)
    assert code_of(exc) == "import.csv_encoding"
    assert "编码" in describe_error(exc.value)


def test_csv_with_a_bad_byte_late_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    good = "姓名,身份证号\n" + "".join(f"{p.name},{p.resident_id}\n" for p in PEOPLE) * 30000
    path.write_bytes(good.encode("utf-8") + "王五,1\n".encode("gbk"))
    with SheetTable(path) as table, pytest.raises(SpecialEdError) as exc:
        for _ in table.rows():
            pass
    assert code_of(exc) == "import.csv_decode"


def test_xls_with_ids_stored_as_numbers(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    path = tmp_path / "学籍.xls"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("学籍")
    sheet.write(0, 0, "某县在校残疾学生名单")
    for col, text in enumerate(SCHOOL_HEADER):
        sheet.write(2, col, text)
    for r, row in enumerate(school_rows(PEOPLE[:4], ids_as_numbers=True), start=3):
        for col, value in enumerate(row):
            sheet.write(r, col, value)
    book.save(str(path))
    with SheetTable(path) as table:
        assert table.header.row_number == 3
        rows = list(table.rows())
    assert len(rows) == 4
    assert isinstance(rows[0][1][3], float)  # the ID cell is a number: validation must reject it


def test_streaming_reader_gives_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "学籍.xlsx"
    write_xlsx(path, SCHOOL_HEADER, school_rows(PEOPLE))
    with SheetTable(path, streaming=False) as fast, SheetTable(path, streaming=True) as stream:
        assert fast.columns == stream.columns
        assert [list(r) for _, r in fast.rows()] == [list(r) for _, r in stream.rows()]


def test_streaming_reader_cell_types_match_calamine(tmp_path: Path) -> None:
    from datetime import date, datetime

    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    path = tmp_path / "types.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet["B2"] = "姓名"
    sheet["C2"] = "出生日期"
    sheet["D2"] = "身份证号"
    sheet["B4"] = CellRichText([TextBlock(InlineFont(b=True), "张"), "小明"])
    sheet["C4"] = date(2015, 3, 1)
    sheet["D4"] = 110105194912310002
    sheet["E4"] = True
    sheet["F4"] = 2.5
    sheet["G4"] = datetime(2026, 11, 28, 9, 30)
    sheet["H4"] = "=1+1"
    custom = sheet["I4"]
    custom.value = 42064
    custom.number_format = "yyyy年m月d日"
    sheet["C5"] = 42064  # a serial typed as a plain number stays a number
    book.save(path)
    with SheetTable(path, streaming=False) as fast, SheetTable(path, streaming=True) as stream:
        assert fast.header.row_number == stream.header.row_number == 2
        fast_rows = [list(r) for _, r in fast.rows()]
        stream_rows = [list(r) for _, r in stream.rows()]
    assert stream_rows[0][1] == "张小明" == fast_rows[0][1]
    assert stream_rows[0][2] == date(2015, 3, 1)
    assert stream_rows[0][3] == float(110105194912310002) == fast_rows[0][3]
    assert stream_rows[0][4] is True and stream_rows[0][5] == 2.5
    assert stream_rows[0][6] == datetime(2026, 11, 28, 9, 30)
    assert stream_rows[0][8] == date(2015, 3, 1)
    assert stream_rows[1][2] == 42064
    for mine, theirs in zip(stream_rows, fast_rows, strict=True):
        for a, b in zip(mine, theirs, strict=False):
            if isinstance(a, datetime | date) or isinstance(b, datetime | date):
                assert str(a)[:10] == str(b)[:10]
            elif a != "" and b != "":
                assert a == b or (a == "" and b is None), (a, b)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "空.xlsx"
    path.write_bytes(b"")
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(path)
    assert code_of(exc) == "import.file_empty"


def test_empty_sheet(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(SpecialEdError) as exc:
        SheetTable(path)
    assert code_of(exc) == "import.sheet_empty"


def test_truncated_xlsx(tmp_path: Path) -> None:
    full = tmp_path / "full.xlsx"
    write_federation_xlsx(full, federation_rows(PEOPLE))
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(cut)
    assert code_of(exc) == "import.file_truncated"


def test_truncated_xls(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    full = tmp_path / "full.xls"
    book = xlwt.Workbook()
    book.add_sheet("a").write(0, 0, "姓名")
    book.save(str(full))
    cut = tmp_path / "cut.xls"
    cut.write_bytes(full.read_bytes()[:-100])
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(cut)
    assert code_of(exc) == "import.file_truncated"


def test_corrupt_files(tmp_path: Path) -> None:
    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(noise)
    assert code_of(exc) == "import.file_corrupt"
    not_a_workbook = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(not_a_workbook)
    assert code_of(exc) == "import.file_corrupt"
    broken_xml = tmp_path / "broken.xlsx"
    write_xlsx(broken_xml, SCHOOL_HEADER, school_rows(PEOPLE[:2]))
    with zipfile.ZipFile(broken_xml) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c"
    with zipfile.ZipFile(broken_xml, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    with pytest.raises(SpecialEdError) as exc:
        SheetTable(broken_xml)
    assert code_of(exc) in {"import.file_corrupt", "import.file_truncated"}


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "加密.xlsx"
    path.write_bytes(encrypted_workbook_bytes())
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(path)
    assert code_of(exc) == "import.file_encrypted"
    assert "密码" in describe_error(exc.value)


def test_text_and_html_files_named_xls(tmp_path: Path) -> None:
    tsv = tmp_path / "学籍导出.xls"
    tsv.write_bytes(("学生姓名\t身份证件号\n" + "".join(f"{p.name}\t{p.resident_id}\n" for p in PEOPLE[:3]))
                    .encode("gb18030"))  # fmt: skip
    with SheetTable(tsv) as table:
        assert [cells[0] for _, cells in table.rows()] == [p.name for p in PEOPLE[:3]]
    html = tmp_path / "网页导出.xls"
    html.write_bytes("<html><body><table><tr><td>姓名</td></tr></table></body></html>".encode())
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(html)
    assert code_of(exc) == "import.file_html"
    assert "另存为" in describe_error(exc.value)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(tmp_path / "nope.xlsx")
    assert code_of(exc) == "import.file_missing"
    doc = tmp_path / "名单.docx.pdf"
    doc.write_bytes(b"%PDF-1.4")
    with pytest.raises(SpecialEdError) as exc:
        open_workbook(doc)
    assert code_of(exc) == "import.file_type"
