"""The county keeps its lists true: villages added, renamed, merged, archived; schools, teachers and teams."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from special_ed.domain.enums import SchoolKind, TeacherRole
from special_ed.errors import SpecialEdError, ValidationError
from special_ed.persistence import models as m


@pytest.fixture
def county(app):  # type: ignore[no-untyped-def]
    app.county.init_county("500237")
    return app


def _town(app, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(t.id for t in app.reference.townships() if t.name == name)


def test_villages_added_renamed_merged_archived(county) -> None:  # type: ignore[no-untyped-def]
    ref = county.reference
    gaotang = _town(county, "高唐街道")
    before = len(ref.villages(gaotang))
    new = ref.add_village(gaotang, "新建村村民委员会", 31.07, 109.88)
    added = next(v for v in ref.villages(gaotang) if v.id == new)
    assert (added.name, added.official, added.code) == ("新建村", False, "500237001X01")
    with pytest.raises(SpecialEdError) as err:
        ref.add_village(gaotang, "圣泉居委会")  # 圣泉社区 in another form
    assert err.value.code == "reference.village_exists" and "圣泉社区" in err.value.message()
    ref.rename_village(new, "新建社区")
    assert next(v for v in ref.villages(gaotang) if v.id == new).name == "新建社区"

    keep = next(v for v in ref.villages(gaotang) if v.name == "圣泉社区")
    # a child living in the village to be merged moves with it
    with county.uow("write") as uow:
        from datetime import date

        uow.add(m.Child(name="合并", sex="F", birth_date=date(2015, 1, 1), township_id=gaotang, village_id=new,
                        status="in_school"))  # fmt: skip
        uow.commit()
    assert ref.merge_villages(keep.id, new) == 1
    assert new not in {v.id for v in ref.villages(gaotang)} and len(ref.villages(gaotang)) == before
    with county.uow("read") as uow:
        gone = uow.session.get(m.Village, new)
        assert gone is not None and gone.merged_into_id == keep.id and gone.archived_reason == "并入圣泉社区"
        assert uow.session.scalar(select(m.Child.village_id).where(m.Child.name == "合并")) == keep.id
        audited = uow.session.scalars(
            select(m.AuditEntry.action).where(
                m.AuditEntry.table_name == "villages", m.AuditEntry.record_id == str(new)
            )
        )
        assert "insert" in list(audited)
    other = next(v for v in ref.villages(_town(county, "龙门街道")))
    with pytest.raises(SpecialEdError) as err:
        ref.merge_villages(keep.id, other.id)
    assert err.value.code == "reference.merge_other_township"
    ref.archive("village", other.id, "撤并")
    assert other.id not in {v.id for v in ref.villages()}
    with pytest.raises(ValidationError):
        ref.set_village_centre(keep.id, 95.0, 109.0)


def test_schools_teachers_and_the_team_rule(county) -> None:  # type: ignore[no-untyped-def]
    ref = county.reference
    gaotang = _town(county, "高唐街道")
    special = ref.save_school("巫山县特殊教育学校", SchoolKind.SPECIAL, gaotang, identifier="2150012345",
                              address="高唐街道", lat=31.07, lon=109.88)  # fmt: skip
    kinder = ref.save_school("高唐幼儿园", SchoolKind.KINDERGARTEN, gaotang)
    assert (
        ref.school(kinder).kind is SchoolKind.KINDERGARTEN and ref.school(special).identifier == "2150012345"
    )
    with pytest.raises(ValidationError) as bad:
        ref.save_school("错号学校", SchoolKind.ORDINARY, gaotang, identifier="12345")
    assert bad.value.issues[0].code == "reference.identifier"
    with pytest.raises(SpecialEdError) as taken:
        ref.save_school("另一学校", SchoolKind.ORDINARY, gaotang, identifier="2150012345")
    assert taken.value.code == "reference.identifier_taken" and "巫山县特殊教育学校" in taken.value.message()

    a = ref.save_teacher("李老师", special, TeacherRole.SPECIAL_ED, phone="13800001111")
    b = ref.save_teacher("王老师", special, TeacherRole.ORDINARY)
    driver = ref.save_teacher("张师傅", special, TeacherRole.DRIVER)
    c = ref.save_teacher("赵老师", special, TeacherRole.ORDINARY)
    with pytest.raises(ValidationError) as phone:
        ref.save_teacher("钱老师", special, TeacherRole.ORDINARY, phone="abc")
    assert phone.value.issues[0].code == "phone.invalid"

    for members, code in (
        ([a], "team.too_small"),
        ([a, driver], "team.too_small"),
        ([b, c], "team.no_special_ed"),
    ):
        with pytest.raises(ValidationError) as err:
            ref.save_team("一组", special, members)
        assert code in {i.code for i in err.value.issues}
    with pytest.raises(ValidationError) as err:
        ref.save_team("一组", special, [a, b], leader_id=c)
    assert [i.code for i in err.value.issues] == ["team.leader"]

    longmen = _town(county, "龙门街道")
    team = ref.save_team("高唐送教一组", special, [a, b, driver], township_ids=[gaotang])
    item = ref.team(team)
    assert item.leader_id == a and item.driver is not None and item.driver.id == driver
    assert item.township_ids == (gaotang,) and (item.base_lat, item.base_lon) == (31.07, 109.88)
    other = ref.save_team(
        "龙门送教组", special, [a, c], leader_id=c, township_ids=[longmen], base=(31.08, 109.9)
    )
    covering, rest = ref.teams_for_township(gaotang)
    assert [t.id for t in covering] == [team] and [t.id for t in rest] == [other]
    ref.save_teacher("王老师", special, TeacherRole.ORDINARY, active=False, teacher_id=b)
    with pytest.raises(ValidationError) as err:
        ref.save_team("高唐送教一组", special, [a, b], team_id=team)
    assert "team.inactive" in {i.code for i in err.value.issues}
    ref.archive("team", other, "撤销")
    assert [t.id for t in ref.teams()] == [team]
