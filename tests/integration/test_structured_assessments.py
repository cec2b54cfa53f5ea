"""Structured assessments through the app: stored scores, refusals that write nothing, profiles, print, demo."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from special_ed.errors import SpecialEdError, ValidationError
from special_ed.persistence import models as m


def _count(app: Any) -> int:
    with app.uow("read") as uow:
        return int(uow.session.scalar(select(func.count(m.StructuredAssessment.id))) or 0)


def _home_child(app: Any) -> int:
    with app.uow("read") as uow:
        return int(
            uow.session.scalar(
                select(m.Child.id).where(m.Child.placement == "home").order_by(m.Child.id.desc()).limit(1)
            )
        )


def test_demo_county_has_structured_assessments_with_two_administrations(demo_app: Any) -> None:
    app = demo_app
    with app.uow("read") as uow:
        per_child = uow.session.execute(
            select(m.StructuredAssessment.child_id, func.count()).group_by(m.StructuredAssessment.child_id)
        ).all()
    assert len(per_child) >= 5 and all(n == 2 for _, n in per_child)
    child = per_child[0][0]
    second = app.instruments.administrations(child)[-1]
    profile = app.instruments.profile(second.id)
    assert profile.previous is not None and profile.previous.day < profile.current.day
    assert all(c.before is not None and c.after is not None for c in profile.changes)
    assert profile.goals, "a demo goal is linked to the instrument"


def test_recording_scores_and_the_profile_against_the_previous(demo_app: Any) -> None:
    app = demo_app
    child = _home_child(app)
    ins = app.instruments.add_item("id_learning", "posture", "能独坐十分钟")
    code = ins.domain("posture").items[-1].code
    first = app.instruments.record(child, "id_learning", date(2026, 9, 10), "王老师", {code: "1"})
    second = app.instruments.record(child, "id_learning", date(2026, 11, 10), "王老师", {code: "3"}, "有进步")
    profile = app.instruments.profile(second.id)
    assert profile.previous is not None and profile.previous.id == first.id
    posture = profile.scored.by_key()["posture"]
    # computed independently: one item, 3 of 3 now; 1 of 3 before
    assert (posture.subtotal, posture.maximum, posture.percent) == (3, 3, 100.0)
    change = next(c for c in profile.changes if c.key == "posture")
    assert (change.before, change.after) == (33.3, 100.0)
    assert app.instruments.profile(first.id).previous is None


def test_bad_scores_write_nothing(demo_app: Any) -> None:
    app = demo_app
    child = _home_child(app)
    ins = app.instruments.add_item("cdpf_autism", "language", "能说出自己的名字")
    code = ins.domain("language").items[-1].code
    before = _count(app)
    with pytest.raises(ValidationError) as raised:
        app.instruments.record(child, "cdpf_autism", date(2026, 11, 1), "王老师", {code: "Q"})
    assert raised.value.issues[0].code == "assessment.score_off_scale"
    with pytest.raises(ValidationError):
        app.instruments.record(child, "cdpf_autism", date(2026, 11, 1), "", {code: "P"})
    with pytest.raises(ValidationError):
        app.instruments.record(child, "cdpf_autism", date(2026, 11, 1), "王老师", {})
    with pytest.raises(SpecialEdError):
        app.instruments.record(child, "no_such", date(2026, 11, 1), "王老师", {code: "P"})
    assert _count(app) == before


def test_goal_linked_to_an_item_shows_its_progress(demo_app: Any) -> None:
    app = demo_app
    child = _home_child(app)
    with app.uow("read") as uow:
        goal_id = uow.session.scalar(
            select(m.Goal.id).join(m.Scheme, m.Scheme.id == m.Goal.scheme_id).where(m.Scheme.child_id == child)
        )
    assert goal_id is not None
    ins = app.instruments.add_item("id_learning", "grasp", "能三指抓取积木")
    code = ins.domain("grasp").items[-1].code
    app.instruments.link_goal(goal_id, [f"id_learning:{code}"])
    with pytest.raises(ValidationError):
        app.instruments.link_goal(goal_id, ["id_learning:nowhere"])
    app.instruments.record(child, "id_learning", date(2026, 9, 10), "王老师", {code: "0"})
    later = app.instruments.record(child, "id_learning", date(2026, 11, 10), "王老师", {code: "2"})
    progress = [g for g in app.instruments.profile(later.id).goals if g.goal_id == goal_id]
    assert [(g.before, g.after, g.improved) for g in progress] == [("0", "2", True)]


def test_profile_prints_with_its_chart_and_the_cli_agrees(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    with app.uow("read") as uow:
        admin_id = uow.session.scalar(select(func.max(m.StructuredAssessment.id)))
    out = app.instruments.print_profile(admin_id, tmp_path / "p.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    url = app.engine.url.render_as_string(hide_password=False)
    shown = subprocess.run(
        [sys.executable, "-m", "special_ed", "--db", url, "assess", "show", str(admin_id)],
        capture_output=True, text=True, check=True,
    )
    profile = app.instruments.profile(admin_id)
    for d in profile.scored.domains:
        assert f"{d.name}\t{d.scored}/{d.items}\t{d.subtotal:g}/{d.maximum:g}" in shown.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "special_ed", "--db", url, "assess", "record", "1", "id_learning",
         "posture.1=7", "--date", "2026-11-20", "--assessor", "王"],
        capture_output=True, text=True,
    )
    assert bad.returncode == 2 and "不在量表计分范围内" in bad.stderr


def test_the_printed_profile_keeps_the_binding_margin_setting(demo_app: Any, tmp_path: Path) -> None:
    """The assessment result is filed with the child's papers: it takes the 装订边距 like them."""
    from tests.unit.printing.test_binding_margin import text_x_mm

    app = demo_app
    app.settings.save(app.settings.get().with_changes(print_binding_mm=22))
    with app.uow("read") as uow:
        admin_id = uow.session.scalar(select(func.max(m.StructuredAssessment.id)))
    out = app.instruments.print_profile(admin_id, tmp_path / "p.pdf")
    left, _line = text_x_mm(out.read_bytes(), 1)
    assert left == pytest.approx(22.0, abs=0.05)
