"""控辍保学 page: the demo's cases, a 劝返记录 added, a close without reason refused, then closed."""

from __future__ import annotations

from typing import Any

from ui.operations import running_operations


def _idle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)


def test_cases_page_follows_a_case_to_its_close(
    qtbot: Any, qtmodeltester: Any, window: Any, services: Any
) -> None:
    page = window.show_page("cases")
    page.refresh()
    _idle(qtbot)
    assert page.cases.rowCount() == 3 and page.counts.rowCount() > 0
    for model in (page.cases, page.counts, page.records):
        qtmodeltester.check(model)
    open_case = next(c for c in page.cases.rows if c.open)
    page.show_case(open_case)
    assert page.records.rowCount() == len(open_case.records) == 2
    page.p_who.setText("校长")
    page.p_what.setText("再次宣讲资助政策")
    page.p_result.setText("家长同意返校")
    page.add_persuasion()
    _idle(qtbot)
    assert len(services.dropout.case(open_case.id).records) == 3
    assert page.records.rowCount() == 3  # the page refreshed from the change
    page.c_kind.setCurrentIndex(page.c_kind.findData("back_in_school"))
    page.c_reason.setText("")
    page.close_case()
    _idle(qtbot)
    assert services.dropout.case(open_case.id).open  # refused: no reason
    page.c_reason.setText("已返校，班主任每日确认")
    page.close_case()
    _idle(qtbot)
    closed = services.dropout.case(open_case.id)
    assert not closed.open and closed.close_kind == "back_in_school"
    page.open_only.setChecked(True)
    _idle(qtbot)
    assert all(c.open for c in page.cases.rows) and page.cases.rowCount() == 1


def test_cases_page_writes_the_monthly_and_quarterly_forms(
    qtbot: Any, window: Any, services: Any, tmp_path: Any
) -> None:
    import openpyxl
    from PySide6.QtCore import QDate

    from ui.cases_page import MONTHLY, QUARTERLY

    page = window.show_page("cases")
    _idle(qtbot)
    assert page.findChild(type(page.findChild(object, "closeCase")), "monthlyForm") is not None
    page.form_month.setDate(QDate(2026, 10, 15))
    assert page.form_period(MONTHLY) == {"month": "2026-10"}
    assert page.form_period(QUARTERLY) == {"quarter": "2026-Q4"}
    monthly, quarterly = tmp_path / "m.xlsx", tmp_path / "q.pdf"
    page.export_form(MONTHLY, monthly)
    page.export_form(QUARTERLY, quarterly)
    _idle(qtbot)
    sheet = openpyxl.load_workbook(monthly).active
    expected = services.reports.build(MONTHLY, month="2026-10")
    assert sheet["A1"].value == expected.title and "2026年10月" in "".join(
        str(c.value or "") for c in sheet[2]
    )
    total_row = 3 + len(expected.rows) + 1
    assert sheet.cell(row=total_row, column=3).value == expected.total[2] > 0
    assert quarterly.read_bytes().startswith(b"%PDF")
