"""The xlsx templates of the reference imports: built from the kinds' fields, shipped as package data.

``scripts/build_import_templates.py`` writes them into ``special_ed/data/templates/``; the program
only copies the shipped file (:func:`save_template`), so a template is the same on every machine.
Each has the list's sheet (headers only, codes and phone numbers formatted as text, choices as
drop-down lists) and a second sheet 填写说明 that says, per column, whether it is required, what
it takes, and an example — examples stay off the data sheet so that nobody imports them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from special_ed.errors import SpecialEdError
from special_ed.importing.reference_kinds import ReferenceKind, template_path
from special_ed.safe_cells import CellGuard

_DATA_ROWS = 2000  # rows the drop-down lists cover (a county's list fits)
_CHOICES = {
    "school_kind": "普通学校,小学,初级中学,九年一贯制学校,特殊教育学校,教学点,幼儿园",
    "teacher_role": "特殊教育教师,普通教师,康复治疗师,医生,出车人员,其他",
    "active": "是,否",
}


def build_template(kind: ReferenceKind, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    guard = (
        CellGuard()
    )  # the texts are the program's own, but every workbook writer takes its cells from here
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = kind.label
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    optional_fill = PatternFill("solid", fgColor="DDEBF7")
    for col, spec in enumerate(kind.fields, start=1):
        cell = sheet.cell(row=1, column=col, value=guard.text(spec.label))
        cell.font = bold
        cell.fill = required_fill if spec.required else optional_fill
        cell.alignment = Alignment(horizontal="center")
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = max(12, 2 * len(spec.label) + 4, len(spec.example) * 2 + 2)
        if spec.text:  # a column style: Excel keeps 2150012345 and 13800000000 as typed
            sheet.column_dimensions[letter].number_format = "@"
        if spec.key in _CHOICES:
            check = DataValidation(type="list", formula1=f'"{_CHOICES[spec.key]}"', allow_blank=True)
            check.error = "请从下拉列表中选择，或填写同义的说法"
            check.errorStyle = "warning"
            check.add(f"{letter}2:{letter}{_DATA_ROWS + 1}")
            sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("填写说明")
    notes.append(["列名", "是否必填", "填写说明", "示例"])
    for cell in notes[1]:
        cell.font = bold
    for spec in kind.fields:
        notes.append(
            [
                guard.text(t)
                for t in (spec.label, "必填" if spec.required else "可不填", spec.note, spec.example)
            ]
        )
    notes.append([])
    notes.append([f"在“{kind.label}”工作表第 2 行起每行填写一条；橙色表头为必填列。导入时先逐行校验，"
                  "有问题的行会连同原因列出，其余的行一次写入。"])  # fmt: skip
    for letter, width in zip("ABCD", (14, 10, 60, 24), strict=True):
        notes.column_dimensions[letter].width = width
    book.save(path)


def save_template(kind: ReferenceKind, dest: str | Path) -> Path:
    """Copy the shipped template of ``kind`` to ``dest`` (a file, or a folder to put it in)."""
    source = template_path(kind)
    if not source.is_file():
        raise SpecialEdError("refimport.template_missing", name=kind.template_name)
    target = Path(dest)
    if target.is_dir():
        target = target / kind.template_name
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise SpecialEdError("file.unwritable", path=str(target), detail=exc.strerror or str(exc)) from exc
    return target
