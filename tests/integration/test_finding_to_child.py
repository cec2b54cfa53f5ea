"""A child only an agency list knows (疑似失学辍学) is registered from the finding, which then points to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from special_ed.domain.enums import Category, Sex
from special_ed.domain.identifiers import make_certificate, make_resident_id
from special_ed.errors import SpecialEdError
from special_ed.importing.check_service import RESOLVED, CheckService
from special_ed.importing.crosscheck import FindingKind
from special_ed.importing.samples import write_xlsx
from special_ed.importing.service import ImportService
from special_ed.importing.sources import Source


def test_register_a_child_from_a_dropout_finding(demo_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = demo_app
    birth = date(2016, 4, 4)
    missing = make_resident_id("500237", birth, 555)  # odd sequence: a boy
    path = tmp_path / "残联.xlsx"
    write_xlsx(path, ["姓名", "公民身份号码", "乡镇", "村", "残疾证号"],
               [["未入学", missing, "高唐街道", "圣泉社区居民委员会", make_certificate(missing, 5, 1)]])  # fmt: skip
    service, check = ImportService(app.ctx), CheckService(app.ctx)
    service.commit(service.preview(path, Source.FEDERATION))
    finding = next(f for f in check.run() if f.kind is FindingKind.DROPOUT_SUSPECTED)

    draft = check.draft_child(finding.id)
    gaotang = next(t.id for t in app.reference.townships() if t.name == "高唐街道")
    shengquan = next(v.id for v in app.reference.villages(gaotang) if v.name == "圣泉社区")
    assert (draft.name, draft.resident_id, draft.township_id, draft.village_id) == ("未入学", missing, gaotang,
                                                                                    shengquan)  # fmt: skip
    assert draft.certificate_no and draft.has_certificate

    saved = app.children.create(draft)  # the coordinator saves the filled-in form
    detail = app.children.get(saved.id).data
    assert (
        detail.sex is Sex.MALE and detail.birth_date == birth and Category.INTELLECTUAL in detail.categories
    )
    check.link_child(finding.id, saved.id)
    linked = {f.id: f for f in check.findings()}[finding.id]
    assert linked.child_id == saved.id and linked.status == RESOLVED and "未入学" in linked.resolution
    with pytest.raises(SpecialEdError) as err:
        check.draft_child(finding.id)  # already registered
    assert err.value.code == "check.not_unregistered"
    # the next run no longer finds the child missing
    assert not [f for f in check.run() if f.kind is FindingKind.DROPOUT_SUSPECTED and f.status != RESOLVED]
