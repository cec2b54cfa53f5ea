"""The per-child 送教上门服务协议: what it says comes from the child's records, the active norm
preset (its figures and document) and the county profile; a child not taught at home is refused
with nothing written; the CLI prints it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from special_ed.errors import SpecialEdError
from special_ed.persistence import models as m

NOW = datetime(2026, 11, 28, 10, 0)


def _text(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def county(tmp_path: Path) -> Any:
    from special_ed.bootstrap import build_app
    from special_ed.services.demo import generate_demo

    app = build_app(f"sqlite:///{tmp_path / 'county.sqlite3'}", "tester", clock=lambda: NOW)
    generate_demo(app.ctx, children=60, extensions=())
    yield app
    app.close()


def _home_child(app: Any) -> Any:
    with app.uow("test.write") as uow:
        child = uow.session.scalars(
            select(m.Child).where(m.Child.placement == "home").order_by(m.Child.id)
        ).first()
        assert child is not None
        child.visit_weekdays, child.visit_window_start, child.visit_window_end = "2,4", time(15), time(17)
        child.visit_duration_min = 90
        uow.commit()
        return SimpleNamespace(id=child.id, resident_id=child.resident_id, name=child.name)


def test_the_agreement_says_what_the_records_preset_and_profile_say(county: Any, tmp_path: Path) -> None:
    app = county
    child = _home_child(app)
    app.norms.apply("fujian")
    app.county.save_profile("巫山县", "巫山县教育和体育局", "巫山县特殊教育资源中心", "023-57681234")
    out = tmp_path / "agreement.pdf"
    outcome = app.printing.print_agreement(child.id, out)
    text = _text(out)
    file = app.printing.child_file(child.id)
    assert outcome.pages >= 1 and "送教上门服务协议" in text
    # the parties, the child and the team, from the records
    assert file.responsible_school and f"甲方（学校）{file.responsible_school}" in text
    for guardian in file.guardians:
        assert guardian.name in text
    assert file.team is not None
    for member in file.team.members:
        assert member.name in text and member.role in text
    assert child.resident_id and child.resident_id not in text  # masked unless asked for in full
    assert child.resident_id[-4:] in text
    # the schedule, from the preset in force and its document
    assert "每月不少于3次，每次不少于2课时，全年不少于90课时（家长课堂计入送教次数）" in text
    assert "依据福建省闽教基〔2024〕31号" in text
    assert "每周二、周四15:00—17:00，每次约90分钟" in text
    assert "2026年9月1日至2027年8月31日" in text  # the school year the agreement covers
    assert f"送教协议〔2026〕第{child.id:04d}号" in text
    # the supervising bodies and phone, from the county profile
    assert "巫山县教育和体育局（巫山县特殊教育资源中心）反映，电话：023-57681234" in text
    assert "报巫山县特殊教育资源中心备案" in text
    # the county changes its preset: the agreement follows
    app.norms.apply("shandong")
    app.printing.print_agreement(child.id, out)
    again = _text(out)
    assert "每周不少于2次，每次不少于3课时，全年不少于216课时" in again and "福建" not in again


def test_a_child_not_taught_at_home_gets_no_agreement(county: Any, tmp_path: Path) -> None:
    with county.uow("read") as uow:
        child = uow.session.execute(
            select(m.Child.id, m.Child.name).where(m.Child.placement == "mainstream").limit(1)
        ).one()
    out = tmp_path / "none.pdf"
    with pytest.raises(SpecialEdError) as raised:
        county.printing.print_agreement(child.id, out)
    assert child.name in raised.value.message("zh") and "随班就读" in raised.value.message("zh")
    assert not out.exists()


def test_full_identifiers_and_the_cli(county: Any, tmp_path: Path) -> None:
    child = _home_child(county)
    out = tmp_path / "full.pdf"
    county.printing.print_agreement(child.id, out, full_identifiers=True)
    assert child.resident_id in _text(out)
    url = county.engine.url.render_as_string(hide_password=False)
    cli = tmp_path / "cli.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "special_ed",
            "--db",
            url,
            "print",
            "agreement",
            child.resident_id,
            "--out",
            str(cli),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "送教上门服务协议" in done.stdout and cli.read_bytes().startswith(b"%PDF")
