"""Paper names institutions, never logins: 决定机构 and the issuing body from the county profile, and
the expert committee's members from the sitting that decided (or lines to sign by hand)."""

from __future__ import annotations

import getpass
import io
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from special_ed.domain.enums import Level, Placement, SchoolKind
from special_ed.domain.placement import PlacementInput
from special_ed.domain.registration import Decision, Member, SittingInput
from special_ed.persistence import models as m
from tests.integration.helpers import unplace_mainstream

MEMBERS = [Member("谭明华", "教育", "县教委"), Member("向丽", "心理", "县人民医院"), Member("冉建国", "康复")]
RENAMED = ("巫山县教育和体育局", "巫山县特教资源中心")


def text_of(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)



def _rename(app: Any) -> None:
    """The county renames its bureau: every paper follows the profile, not what the login or settings say."""
    p = app.county.profile()
    app.county.save_profile(p.name, RENAMED[0], RENAMED[1], "023-57681234")


def test_a_sitting_placement_prints_its_members_and_the_profile_bodies(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    _rename(app)
    (child,) = unplace_mainstream(app, 1)
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    decision = Decision(child, Level.MILD, Placement.MAINSTREAM.value, school_id=school, class_name="一年级1班")
    app.registration.hold_sitting(SittingInput(date(2026, 11, 10), MEMBERS, [decision], place="县特校"))

    notice = text_of(app.printing.print_notice(child, tmp_path / "notice.pdf").path)
    assert "巫山县残疾人教育专家委员会2026年11月10日评估会议研究决定" in notice
    assert "谭明华（教育）、向丽（心理）、冉建国（康复）" in notice
    assert f"向{RENAMED[0]}提出书面复核申请" in notice  # the review goes to the profile's authority
    assert "委员（签字）" not in notice  # the members are on record: no blank lines to sign
    file = text_of(app.printing.print_child(child, tmp_path / "file.pdf").path)
    assert "决定机构巫山县残疾人教育专家委员会" in file
    assert "评估会议（2026年11月10日，县特校）参会成员" in file
    assert "谭明华教育县教委" in file and "向丽心理县人民医院" in file
    assert RENAMED[0] in file  # the cover's issuing body
    for login in ("测试员", getpass.getuser()):  # the acting user and the OS login never reach paper
        assert login not in notice and login not in file


def test_a_placement_outside_a_sitting_leaves_lines_to_sign_by_hand(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    (child,) = unplace_mainstream(app, 1)
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    app.placement.place(
        child, PlacementInput(Placement.MAINSTREAM, date(2026, 11, 12), school_id=school, class_name="三年级2班")
    )
    notice = text_of(app.printing.print_notice(child, tmp_path / "notice.pdf").path)
    assert notice.count("委员（签字）") == 4 and "参会成员" not in notice
    assert len(PdfReader(str(tmp_path / "notice.pdf")).pages) == 1  # the receipt stays on the page
    file = text_of(app.printing.print_child(child, tmp_path / "file.pdf").path)
    assert "参加评估的成员（本人填写并签字）" in file and "谭明华" not in file


def test_a_sitting_placement_recorded_before_the_link_still_finds_its_members(
    demo_app: Any, tmp_path: Path
) -> None:
    """Placements of sittings held before the placement named its assessment: matched by child, day, kind."""
    app = demo_app
    (child,) = unplace_mainstream(app, 1)
    school = app.reference.schools(SchoolKind.ORDINARY)[0].id
    decision = Decision(child, Level.MILD, Placement.MAINSTREAM.value, school_id=school, class_name="一年级1班")
    app.registration.hold_sitting(SittingInput(date(2026, 11, 10), MEMBERS, [decision]))
    with app.uow("write") as uow:
        rec = uow.session.scalars(
            select(m.PlacementRecord).where(m.PlacementRecord.child_id == child, m.PlacementRecord.end_date.is_(None))
        ).one()
        assert rec.assessment_id is not None  # the sitting links its placements to their assessment
        rec.assessment_id = None
        uow.commit()
    notice = text_of(app.printing.print_notice(child, tmp_path / "notice.pdf").path)
    assert "谭明华（教育）" in notice


def test_the_assessment_result_names_the_profile_centre(demo_app: Any, tmp_path: Path) -> None:
    from sqlalchemy import func

    app = demo_app
    _rename(app)
    with app.uow("read") as uow:
        admin_id = uow.session.scalar(select(func.max(m.StructuredAssessment.id)))
    text = text_of(app.instruments.print_profile(admin_id, tmp_path / "profile.pdf"))
    assert "巫山县特殊教育评估" in text and RENAMED[1] in text
    assert "测试员" not in text


def test_the_service_agreement_names_the_profile_bodies(demo_app: Any, tmp_path: Path) -> None:
    app = demo_app
    _rename(app)
    with app.uow("read") as uow:
        child = uow.session.scalar(select(m.Child.id).where(m.Child.placement == Placement.HOME.value).limit(1))
    text = text_of(app.printing.print_agreement(child, tmp_path / "agreement.pdf").path)
    assert RENAMED[0] in text or RENAMED[1] in text
    assert "测试员" not in text
