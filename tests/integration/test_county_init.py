"""A county from nothing: ``county init`` creates the official townships and villages and the profile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from special_ed.errors import SpecialEdError, ValidationError
from special_ed.persistence import models as m


def counts(app) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with app.uow("read") as uow:
        return (uow.session.scalar(select(func.count(m.Township.id))) or 0,
                uow.session.scalar(select(func.count(m.Village.id))) or 0)  # fmt: skip


def test_an_empty_database_names_no_county(app) -> None:  # type: ignore[no-untyped-def]
    profile = app.county.profile()
    assert not profile.configured and profile.name == "" and profile.code == ""
    settings = app.settings.get().to_dict()
    assert "示范县" not in str(settings) and "500237" not in str(settings)


def test_init_creates_official_areas_and_profile(app) -> None:  # type: ignore[no-untyped-def]
    result = app.county.init_county("422823", phone="0718-4322222")
    assert (result.townships_added, result.villages_added) == (result.townships_total, result.villages_total)
    assert counts(app) == (result.townships_total, result.villages_total)
    assert result.townships_total == len(app.county.divisions.townships("422823")) > 5
    p = app.county.profile()
    assert (p.code, p.name, p.province, p.city) == ("422823", "巴东县", "湖北省", "恩施土家族苗族自治州")
    assert p.issuing_authority == "巴东县教育局" and p.centre_name == "巴东县特殊教育指导中心"
    assert p.phone == "0718-4322222" and p.full_name == "湖北省恩施土家族苗族自治州巴东县"
    towns = app.reference.townships()
    assert all(len(t.code) == 9 and t.code.startswith("422823") for t in towns)
    villages = app.reference.villages(towns[0].id)
    assert villages and all(len(v.code) == 12 and v.code.startswith(towns[0].code) for v in villages)
    assert not any(v.name.endswith("委员会") or v.name.endswith("委会") for v in app.reference.villages())
    # audited like every record
    with app.uow("read") as uow:
        audited = uow.session.scalar(
            select(func.count(m.AuditEntry.id)).where(m.AuditEntry.table_name == "villages")
        )
    assert audited == result.villages_total

    # again for the same county: nothing doubled, the edited profile kept
    app.county.save_profile("巴东县", "巴东县教育局", "巴东县特殊教育中心", "0718-4322222")
    again = app.county.init_county("422823")
    assert (again.townships_added, again.villages_added) == (0, 0)
    assert app.county.profile().centre_name == "巴东县特殊教育中心"


def test_another_county_is_refused_and_nothing_written(app) -> None:  # type: ignore[no-untyped-def]
    app.county.init_county("500237")
    before = counts(app)
    with pytest.raises(SpecialEdError) as err:
        app.county.init_county("422823")
    assert err.value.code == "county.other_county"
    assert "500237" in err.value.message() and "巴东县" in err.value.message()
    assert counts(app) == before and app.county.profile().code == "500237"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("12345", "county.bad_code"),
        ("abcdef", "county.bad_code"),
        ("999999", "county.unknown_code"),
        ("500200", "county.unknown_code"),
    ],
)
def test_bad_codes(app, code: str, error: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SpecialEdError) as err:
        app.county.init_county(code)
    assert err.value.code == error and code in err.value.message()
    assert counts(app) == (0, 0) and not app.county.profile().configured


def test_profile_is_validated(app) -> None:  # type: ignore[no-untyped-def]
    app.county.init_county("500237")
    with pytest.raises(ValidationError) as err:
        app.county.save_profile(" ", "", "中心", "电话号码")
    assert set(err.value.fields) == {"county_name", "issuing_authority", "office_phone"}
    assert "发文机关不能为空" in err.value.message()
    assert app.county.profile().issuing_authority == "巫山县教育委员会"
    saved = app.county.save_profile("巫山县", "巫山县教育委员会", "巫山县特殊教育指导中心", "023-57681234")
    assert saved.phone == "023-57681234" and app.settings.get(refresh=True).office_phone == "023-57681234"


def test_demo_agrees_with_the_official_list(demo_app) -> None:  # type: ignore[no-untyped-def]
    official = demo_app.county.official_areas("500237")
    towns = {t.code: t.name for t in demo_app.reference.townships()}
    assert towns == {a.code: a.name for a in official}
    villages = {v.code: v.name for v in demo_app.reference.villages()}
    assert villages == {code: name for a in official for code, name, _ in a.villages}
    assert demo_app.county.profile().name == "巫山县"
    again = demo_app.county.init_county("500237")  # a real set-up of the demo's county finds it complete
    assert (again.townships_added, again.villages_added) == (0, 0)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "special_ed", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip


def test_cli_county_init(tmp_path: Path) -> None:
    db = tmp_path / "巴东.sqlite3"
    done = _cli(db, "county", "init", "422823", "--phone", "0718-4322222")
    assert done.returncode == 0, done.stderr
    assert "湖北省恩施土家族苗族自治州巴东县（422823）" in done.stdout and "巴东县教育局" in done.stdout
    shown = _cli(db, "county", "show")
    assert shown.returncode == 0 and "巴东县" in shown.stdout
    refused = _cli(db, "county", "init", "500237")
    assert refused.returncode == 2 and "已有其他县的乡镇" in refused.stderr
    unknown = _cli(db, "county", "init", "123456")
    assert unknown.returncode == 2 and "123456" in unknown.stderr and "county search" in unknown.stderr
    found = _cli(db, "county", "search", "巫山")
    assert found.returncode == 0 and found.stdout.strip() == "500237\t重庆市 巫山县"


def test_cli_exports_the_reference_lists(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = tmp_path / "demo.sqlite3"
    assert _cli(db, "demo").returncode == 0
    for what, header, rows in (("areas", "乡镇代码", 340), ("schools", "学校代码", 199), ("teams", "小组名称", None),
                               ("teachers", "姓名", None)):  # fmt: skip
        out = tmp_path / f"{what}.xlsx"
        done = _cli(db, "export", what, str(out))
        assert done.returncode == 0, done.stderr
        data = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
        assert data[0][0] == header and (rows is None or len(data) - 1 == rows), what
        if what == "areas":
            assert data[1][:4] == ("500237001", "高唐街道", "500237001001", "圣泉社区")
        if what == "teams":
            assert all(row[5] for row in data[1:])  # every demo team covers its township
