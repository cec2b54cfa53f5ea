"""A county that is not the demo's, from nothing to a month's schedule (the issue's must-show).

巴东县 (422823) is set up on the command line; then, through the same services the GUI uses: a
school, teachers and a team covering a township, a child added by hand in a village named as
people write it, assessed, placed 送教上门 with that team, given a 方案, a visit, a printed file,
and the month's routes planned.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from special_ed.bootstrap import build_app
from special_ed.domain.child import ChildInput
from special_ed.domain.coordinates import Datum, wgs84_to_gcj02
from special_ed.domain.enums import (
    Delivery,
    GoalKind,
    Level,
    Placement,
    SchoolKind,
    Sex,
    TeacherRole,
    VisitStatus,
)
from special_ed.domain.identifiers import make_resident_id
from special_ed.domain.placement import PlacementInput
from special_ed.domain.records import Goal, Scheme, Visit
from special_ed.results.placement import AssessmentInput
from special_ed.scheduling.db import DatabaseScheduler
from special_ed.scheduling.solver import solve
from tests.conftest import fixed_clock


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "special_ed", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip


def test_badong_from_nothing_to_a_schedule(tmp_path: Path) -> None:
    db = tmp_path / "巴东县.sqlite3"
    done = _cli(db, "county", "init", "422823", "--phone", "0718-4322222")
    assert done.returncode == 0, done.stderr
    app = build_app(f"sqlite:///{db}", "协调员", clock=fixed_clock)
    try:
        ref = app.reference
        profile = app.county.profile()
        assert profile.name == "巴东县" and profile.issuing_authority == "巴东县教育局"
        towns = {t.name: t for t in ref.townships()}
        town = towns["信陵镇"]
        villages = ref.villages(town.id)
        village = villages[0]
        # positions pasted from a phone map (高德 gives GCJ-02, longitude first)
        for i, v in enumerate(villages[:3]):
            lat, lon = 31.04 + 0.01 * i, 110.34 + 0.01 * i
            g = wgs84_to_gcj02(lat, lon)
            ref.set_village_centre(
                v.id, *(lambda p: (p.lat, p.lon))(ref.read_point(f"{g[1]},{g[0]}", Datum.GCJ02))
            )
        ref.set_township_centre(town.id, 31.04, 110.34)
        school = ref.save_school("巴东县特殊教育学校", SchoolKind.SPECIAL, town.id, identifier="2142012345",
                                 lat=31.045, lon=110.345)  # fmt: skip
        lead = ref.save_teacher("谭老师", school, TeacherRole.SPECIAL_ED, phone="13900001111")
        other = ref.save_teacher("向老师", school, TeacherRole.ORDINARY)
        team = ref.save_team("信陵送教组", school, [lead, other], township_ids=[town.id])

        birth = date(2015, 5, 6)
        child = app.children.create(ChildInput(
            name="谭小明", sex=Sex.MALE, birth_date=birth, township_id=town.id, village_id=village.id,
            resident_id=make_resident_id("422823", birth, 11), address=f"{town.name}{village.name}3组",
        )).id  # fmt: skip
        app.placement.record_assessment(child, AssessmentInput(date(2026, 9, 10), Level.SEVERE, "专家委员会"))
        covering, _others = ref.teams_for_township(town.id)
        assert [t.id for t in covering] == [team]
        app.placement.place(child, PlacementInput(Placement.HOME, date(2026, 9, 15), school_id=school,
                                                  team_id=team))  # fmt: skip
        settings = app.ctx.settings()
        app.records.save_scheme(Scheme(
            child, 2026, {d: "现状" for d in settings.scheme_domains},
            (Goal(GoalKind.LONG_TERM, "生活自理", "独立进餐", "能用勺子吃饭"),),
            guardian_agreed_on=date(2026, 9, 20), guardian_name="谭大山", reviewed_on=date(2026, 9, 20),
        ))  # fmt: skip
        app.visits.save(Visit(
            child, date(2026, 10, 12), VisitStatus.DONE, time(9), time(10, 30), team, (lead, other),
            deliveries={Delivery.REHAB: "被动操", Delivery.SKILLS: "用勺子"}, guardian_present=True,
            guardian_name="谭大山", guardian_confirmed=True,
        ))  # fmt: skip

        pdf, pages, _warnings = app.printing.render_child(child)
        out = tmp_path / "一人一档.pdf"
        out.write_bytes(pdf)
        text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
        assert pages >= 2 and "谭小明" in text and "巴东县" in text and "巴东县教育局" in text
        assert "示范县" not in text and "巫山" not in text

        scheduler = DatabaseScheduler(app.ctx)
        scenario, _issues = scheduler.scenario("2026-12")
        assert [c.id for c in scenario.children] == [str(child)]
        plan = solve(scenario, 2.0)
        assert plan.routes and {s.child for r in plan.routes for s in r.stops} == {str(child)}
        assert scheduler.save_plan(plan) == sum(len(r.stops) for r in plan.routes)
    finally:
        app.close()
