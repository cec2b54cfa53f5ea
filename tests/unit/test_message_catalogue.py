"""The explicit message catalogue: nothing registers at import time, wording happens when shown.

- an error raised before its feature's modules are imported is still worded;
- the language is the reader's at display time, not the one in force when the error was raised
  (enum parameters and nested issues included);
- settings problems name the setting by its label, in the reader's language;
- ``errors`` ↔ ``messages`` and ``services.context`` ↔ ``settings_store`` import each other no more,
  and no import hides inside a function to break a cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from special_ed import messages
from special_ed.domain.enums import Placement
from special_ed.domain.placement import PlacementInput, validate_placement
from special_ed.domain.settings import Settings
from special_ed.errors import Issue, SpecialEdError, ValidationError

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_an_error_raised_before_its_feature_is_imported_is_worded() -> None:
    out = run(
        "import sys\n"
        "from special_ed.errors import Issue, SpecialEdError\n"
        "e = SpecialEdError('sched.replan.no_plan', month='2026-11')\n"
        "i = Issue('print.nothing_to_print')\n"
        "assert not any(m in sys.modules for m in "
        "('special_ed.scheduling.db', 'special_ed.scheduling.solver', 'special_ed.printing.fonts', "
        "'special_ed.printing.batch', 'special_ed.importing.service'))\n"
        "print(e.message('zh')); print(i.message('zh')); print(e.message('en'))"
    )
    assert out.splitlines() == [
        "2026-11 还没有保存的排程，无法重排",
        "没有符合条件的学生可打印",
        "2026-11 has no saved schedule to re-plan",
    ]


def test_every_catalogued_code_is_worded_once() -> None:
    cat = messages.catalogue()
    assert cat.duplicates == frozenset()
    for code, (zh, en) in cat.messages.items():
        assert zh and en, code


def test_wording_is_in_the_language_asked_for_when_shown() -> None:
    error = SpecialEdError("term.unknown", term="2027春")
    # nothing was worded when it was raised: both languages are produced on demand, as often as asked
    assert error.message("zh") == "学期“2027春”不在设置中"
    assert error.message("en") == "Term “2027春” is not in the settings"
    assert str(error) == error.message("en")  # a log or traceback still reads
    issues = validate_placement(
        PlacementInput(Placement.MAINSTREAM, date(2026, 9, 1), school_id=1), Placement.HOME
    )
    reason = next(i for i in issues if i.code == "placement.reason_required")
    assert reason.params["recommended"] is Placement.HOME  # the enum, not a Chinese word frozen at raise time
    assert "送教上门" in reason.message("zh") and "home teaching" in reason.message("en")
    nested = Issue(
        "quick.row", "rows[2].day", {"row": 2, "child": "张三", "detail": Issue("visit.cancel_done")}
    )
    assert nested.message("zh") == "第 2 行（张三）：已完成的送教不能取消"
    assert nested.message("en") == "Row 2 (张三): A done visit cannot be cancelled"


@pytest.mark.parametrize(
    ("data", "zh", "en"),
    [
        (
            {"age_max": 99},
            "设置“最大入学年龄”应在 3–25 之间，实为“99”",
            "Setting “maximum age” must be within 3–25",
        ),
        (
            {"age_min": 16, "age_max": 6},
            "最大入学年龄（6）不能小于最小入学年龄（16）",
            "maximum age (6) is below",
        ),
        (
            {"visit_norms": {"visits_per_month": "x"}},
            "设置“每月送教次数”应为整数，实为“x”",
            "Setting “visits a month” must be a whole number",
        ),
        (
            {"terms": [{"name": "", "start": "2026-09-01", "end": "2027-01-20"}]},
            "第 1 个学期的名称不能为空",
            "Term 1 needs a name",
        ),
        ({"workday": {"start": "25:00"}}, "设置“上班时间”的“25:00”不是有效时间", "Setting “workday start”"),
    ],
)
def test_settings_problems_name_the_setting_by_its_label(data: dict[str, object], zh: str, en: str) -> None:
    with pytest.raises(ValidationError) as info:
        Settings.from_dict(data)
    assert zh in info.value.message("zh")
    assert en in info.value.message("en")
    for lang in ("zh", "en"):
        text = info.value.message(lang)
        assert " / " not in text  # no "中文 / English" details any more
        assert not any(k in text for k in ("age_max", "age_min", "visits_per_month", "workday.start"))


def _imports_inside_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    found.append(f"{path.name}:{inner.lineno}")
    return found


def test_the_two_cycles_are_broken_without_imports_inside_functions() -> None:
    core = ROOT / "special_ed"
    for name in ("errors.py", "messages.py", "services/context.py", "services/settings_store.py"):
        assert _imports_inside_functions(core / name) == [], name
    # each side of the former cycles can be imported first, on its own
    for module in (
        "special_ed.messages",
        "special_ed.errors",
        "special_ed.services.settings_store",
        "special_ed.services.context",
    ):
        run(f"import {module}")
    messages_src = (core / "messages.py").read_text(encoding="utf-8")
    assert "special_ed.errors" not in messages_src
    assert "settings_store" not in (core / "services/context.py").read_text(encoding="utf-8")


def test_nothing_registers_wording_at_import_time() -> None:
    assert not hasattr(messages, "register_messages")
    offenders = []
    for path in [*(ROOT / "special_ed").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        if "register_messages" in text:
            offenders.append(str(path.relative_to(ROOT)))
        for line in text.splitlines():
            # an import kept only for its side effect of registering wording
            side_effect = line.startswith("from special_ed.") and "noqa: F401" in line
            if side_effect and any(w in line for w in ("codes", "messages", "wording")):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []
