"""The printing service on a SQLite demo county: files built from the database, batch, summary, CLI."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from special_ed.bootstrap import App, build_app
from special_ed.errors import NotFoundError, SpecialEdError
from special_ed.persistence import models as m
from special_ed.progress import SilentProgress
from special_ed.results.registry import RegistryFilter
from special_ed.services.demo import generate_demo

NOW = datetime(2026, 11, 28, 10, 0)


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squash("".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    path = tmp_path_factory.mktemp("db") / "county.sqlite3"
    application = build_app(f"sqlite:///{path}", "tester", clock=lambda: NOW)
    # A bare county: the records below are this module's own, so the demo's records stay out.
    generate_demo(application.ctx, children=60, extensions=())
    yield application
    application.close()


@pytest.fixture(scope="module")
def home_child(app: App) -> int:
    """A home-taught child given a scheme, plan, lesson, visits (one cancelled), assessments and a file."""
    with app.uow("test.write") as uow:
        s = uow.session
        child = s.scalars(select(m.Child).where(m.Child.placement == "home").order_by(m.Child.id)).first()
        assert child is not None and child.team_id is not None
        team = s.get(m.Team, child.team_id)
        assert team is not None
        teacher_ids = [member.teacher_id for member in team.members]
        scheme = m.Scheme(
            child_id=child.id,
            school_year="2026-2027",
            present_levels={"生活自理": "洗手需辅助"},
            supports="图片沟通卡",
            implementation="每周一次",
            transition="视进展回校",
            team_members="甲老师、乙老师",
            guardian_agreed_on=date(2026, 9, 12),
            guardian_name="家长甲",
            reviewed_on=date(2026, 11, 1),
        )
        scheme.goals = [
            m.Goal(
                kind="term",
                domain="生活自理",
                text="独立洗手",
                criterion="连续三次独立完成",
                target_date=date(2027, 1, 10),
                responsible="甲老师",
                position=0,
            )
        ]
        s.add(scheme)
        s.flush()
        goal_id = scheme.goals[0].id
        s.add(
            m.TermPlan(
                child_id=child.id,
                term="2026年秋季学期",
                term_start=date(2026, 9, 1),
                term_end=date(2027, 1, 15),
                planned_visits=8,
                planned_hours=Decimal(16),
                months=[
                    {
                        "month": "2026-10",
                        "topics": "洗手擦脸",
                        "goal_ids": [goal_id],
                        "planned_visits": 4,
                        "planned_hours": 8,
                    }
                ],
            )
        )
        lesson = m.LessonPlan(
            child_id=child.id,
            planned_on=date(2026, 10, 14),
            topic="学洗手",
            objectives="能按步骤洗手",
            goal_ids=[goal_id],
            textbook_unit="《生活与语文》第一单元",
            steps="示范—模仿—练习",
        )
        s.add(lesson)
        s.flush()
        done = m.Visit(
            child_id=child.id,
            team_id=team.id,
            day=date(2026, 10, 14),
            start_time=time(14, 0),
            end_time=time(15, 30),
            status="done",
            policy=True,
            policy_note="讲解生活补贴",
            care=True,
            rehab=True,
            rehab_note="手部精细训练",
            knowledge=True,
            skills=True,
            skills_note="洗手练习",
            class_hours=Decimal(2),
            guardian_present=True,
            guardian_name="家长甲",
            guardian_confirmed=True,
            lesson_plan_id=lesson.id,
            place="家中",
        )
        done.teachers = [m.VisitTeacher(teacher_id=t) for t in teacher_ids]
        cancelled = m.Visit(
            child_id=child.id,
            team_id=team.id,
            day=date(2026, 10, 21),
            status="cancelled",
            cancel_reason="weather",
            cancel_note="山路塌方",
        )
        s.add_all([done, cancelled])
        s.flush()
        s.add(
            m.Visit(
                child_id=child.id,
                team_id=team.id,
                day=date(2026, 10, 23),
                status="done",
                start_time=time(9, 0),
                end_time=time(10, 30),
                care=True,
                class_hours=Decimal(2),
                makeup_of_id=cancelled.id,
                guardian_present=True,
                guardian_name="家长甲",
            )
        )
        s.add(
            m.ProgressAssessment(
                child_id=child.id,
                kind="baseline",
                assessed_on=date(2026, 9, 10),
                assessor="甲老师",
                domain_scores={"生活自理": 40, "运动": 35},
                goal_attainment={str(goal_id): 1},
                notes="起点较低",
            )
        )
        s.add(
            m.ProgressAssessment(
                child_id=child.id,
                kind="midterm",
                assessed_on=date(2026, 11, 12),
                assessor="甲老师",
                domain_scores={"生活自理": 55, "运动": 42},
                goal_attainment={str(goal_id): 2},
            )
        )
        s.add(
            m.Attachment(
                child_id=child.id,
                kind="agreement",
                taken_on=date(2026, 9, 12),
                description="送教协议扫描件",
                filename="agreement.pdf",
                mime="application/pdf",
                size=3,
                sha256="ab" * 32,
                content=b"pdf",
            )
        )
        uow.commit()
        return child.id


def test_child_file_from_the_database(app: App, home_child: int) -> None:
    service = app.printing
    data, pages, warnings = service.render_child(home_child)
    text = pdf_text(data)
    with app.uow("read") as uow:
        child = uow.session.get(m.Child, home_child)
        assert child is not None
        name, rid = child.name, child.resident_id or ""
    profile = app.county.profile()
    assert name in text and profile.name == "巫山县" and profile.issuing_authority in text
    for piece in (
        "个别化教育方案",
        "独立洗手",
        "连续三次独立完成",
        "洗手擦脸",
        "学洗手",
        "送政策：讲解生活补贴",
        "送康复：手部精细训练",
        "送技能：洗手练习",
        "天气原因",
        "山路塌方",
        "补10月21日送教",
        "基线评估",
        "期中评估",
        "各领域得分率对比",
        "送教协议扫描件",
        "家长甲",
        "2026年秋季学期",
    ):
        assert piece in text, piece
    assert f"第1页共{pages}页" in text and f"第{pages}页共{pages}页" in text
    assert rid and rid not in text and rid[:6] + "********" + rid[-4:] in text
    assert warnings == ()
    full, _, _ = service.render_child(home_child, full_identifiers=True)
    assert rid in pdf_text(full)


def test_mainstream_child_with_no_records(app: App) -> None:
    with app.uow("read") as uow:
        child_id = uow.session.scalar(select(m.Child.id).where(m.Child.placement == "mainstream").limit(1))
    assert child_id is not None
    text = pdf_text(app.printing.render_child(int(child_id))[0])
    assert "随班就读" in text and "（暂无个别化教育方案记录）" in text and "、送教上门记录" not in text


def test_print_child_and_notice_write_files(app: App, home_child: int, tmp_path: Path) -> None:
    service = app.printing
    outcome = service.print_child(home_child, tmp_path / "file.pdf")
    assert outcome.path.is_file() and len(PdfReader(outcome.path).pages) == outcome.pages
    notice = service.print_notice(home_child, tmp_path / "notice.pdf")
    assert "入学安置意见书" in pdf_text(notice.path.read_bytes())
    with pytest.raises(SpecialEdError) as caught:
        service.print_child(home_child, tmp_path / "file.docx")
    assert caught.value.code == "print.output_not_pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.pdf", "notice.pdf"]


def test_resolve_by_id_and_resident_id(app: App, home_child: int) -> None:
    service = app.printing
    with app.uow("read") as uow:
        rid = uow.session.get(m.Child, home_child).resident_id  # type: ignore[union-attr]
    assert service.resolve(str(home_child)) == home_child
    assert rid is not None and service.resolve(rid.lower()) == home_child
    with pytest.raises(NotFoundError):
        service.resolve("110105194912310021")


def test_batch_for_a_township(app: App, tmp_path: Path) -> None:
    service = app.printing
    with app.uow("read") as uow:
        township = uow.session.scalars(select(m.Township).order_by(m.Township.id)).first()
        assert township is not None
        name = township.name
    f = service.filter_by_names(township=name)
    ids = service.ids_for(f)
    assert ids
    progress = SilentProgress()
    outcome = service.print_batch(f, tmp_path, workers=1, progress=progress)
    assert progress.done == progress.total == len(ids) == outcome.result.children == len(outcome.files)
    assert progress.label  # the last child's name
    assert [p.name for p in tmp_path.iterdir()] == [name]
    with pytest.raises(NotFoundError):
        service.filter_by_names(township="不存在乡")


def test_batch_with_no_children_says_so(app: App, tmp_path: Path) -> None:
    with pytest.raises(SpecialEdError) as caught:
        app.printing.print_batch(RegistryFilter(child_ids=()), tmp_path)
    assert caught.value.code == "print.nothing_to_print"


def test_monthly_summary_from_the_database(app: App, home_child: int, tmp_path: Path) -> None:
    outcome = app.printing.print_visit_summary(2026, 10, "team", tmp_path / "summary.pdf")
    text = pdf_text(outcome.path.read_bytes())
    assert "2026年10月送教上门情况汇总（送教小组：" in text and "天气原因" in text and "送政策" in text


def test_cli_print_commands(
    app: App, home_child: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from special_ed.cli import main

    url = app.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "print", "child", str(home_child), "--out", str(tmp_path / "c.pdf")]) == 0
    assert "已生成" in capsys.readouterr().out
    assert main(["--db", url, "print", "notice", str(home_child), "--out", str(tmp_path / "n.pdf")]) == 0
    assert (
        main(["--db", url, "print", "batch", "--out", str(tmp_path / "all"), "--merged", "--workers", "1"])
        == 0
    )
    merged = list((tmp_path / "all").iterdir())
    assert len(merged) == 1 and merged[0].suffix == ".pdf"
    assert len(PdfReader(merged[0]).outline) > 0
    assert main(["--db", url, "print", "summary", "2026-13", "--out", str(tmp_path / "s.pdf")]) == 2
    assert main(["--db", url, "print", "child", "999999", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "找不到儿童" in capsys.readouterr().err


def test_a_name_character_the_font_lacks_is_reported(app: App, tmp_path: Path) -> None:
    with app.uow("test.write") as uow:
        child = uow.session.scalars(select(m.Child).where(m.Child.placement == "mainstream").limit(1)).first()
        assert child is not None
        child.name = "张\U0002a6a5"  # 𪚥, CJK Extension B: WenQuanYi Micro Hei has no glyph for it
        child_id = child.id
        uow.commit()
    outcome = app.printing.print_child(child_id, tmp_path / "rare.pdf")
    [warning] = [w for w in outcome.warnings if w.code == "print.missing_glyphs"]
    assert warning.params["chars"] == "\U0002a6a5"
    assert "空白" in warning.message("zh")
