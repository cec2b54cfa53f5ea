"""The rejects report: typed cells, Chinese headers, reasons per row, widths and a frozen header."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from special_ed.domain.identifiers import make_resident_id
from special_ed.importing.columns import guess_mapping
from special_ed.importing.reports import write_rejects
from special_ed.importing.sources import Source
from special_ed.importing.validation import RowValidator

HEADER = ["学生姓名", "身份证件号", "性别", "出生日期", "乡镇"]
GOOD = make_resident_id("500237", date(2014, 6, 1), 33)


def test_rejects_report(tmp_path: Path) -> None:
    mapping = guess_mapping(HEADER)
    rows = [
        (3, ["王一", GOOD, "男", datetime(2014, 6, 1), "巫峡镇"]),
        (4, ["王二", 5.00237201406010e17, "男", datetime(2014, 6, 1), "巫峡镇"]),
        (5, ["王三", GOOD, "女", "2014.6.1", "福田镇"]),
        (6, ["", "", "", "", "福田镇"]),
    ]
    validator = RowValidator(mapping, Source.SCHOOL_REGISTER, today=date(2026, 11, 28))
    path = tmp_path / "拒收.xlsx"
    written = write_rejects(path, mapping, validator.run(rows), source_name="学籍名单")
    assert written == 3
    assert validator.summary.rejected == 3 and validator.summary.valid == 1
    sheet = openpyxl.load_workbook(path)["拒收行"]
    assert "学籍名单" in sheet["A1"].value
    assert [c.value for c in sheet[2]] == ["原文件行号", "问题列", "拒收原因", *HEADER]
    assert sheet.freeze_panes == "A3"
    first = [c for c in sheet[3]]
    assert first[0].value == 4
    assert first[1].value == "身份证件号"
    assert "Excel" in first[2].value and "数字" in first[2].value
    assert first[4].data_type == "s"  # the cut ID, as the user saw it, as text
    assert first[4].value == "5.002372014060099e+17" or first[4].value.startswith("5.00237")
    assert isinstance(first[6].value, datetime) and first[6].number_format == "yyyy-mm-dd"
    second = [c.value for c in sheet[4]]
    assert second[0] == 5 and second[1] == "性别" and "不一致" in second[2]
    assert second[4] == GOOD
    third = [c.value for c in sheet[5]]
    assert third[0] == 6 and "姓名不能为空" in third[2] and "无法与其他名单比对" in third[2]
    assert sheet.column_dimensions["C"].width >= 40
