"""The issuing bodies on paper come from the county profile (one helper for every print)."""

from __future__ import annotations

from special_ed.domain.county import CountyProfile
from special_ed.printing.issuer import issuer_for

WUSHAN = CountyProfile(
    "500237", "巫山县", "重庆市", "", "巫山县教育委员会", "巫山县特殊教育指导中心", "023-57681234"
)


def test_issuer_names_the_profile_bodies() -> None:
    issuer = issuer_for(WUSHAN)
    assert issuer.county == "巫山县"
    assert issuer.full_county == "重庆市巫山县"
    assert issuer.authority == "巫山县教育委员会"
    assert issuer.committee == "巫山县残疾人教育专家委员会"
    assert issuer.title("入学安置意见书") == "巫山县入学安置意见书"
    assert issuer.unit == "巫山县教育委员会（巫山县特殊教育指导中心）"
    assert issuer.seal_lines == ("巫山县教育委员会", "巫山县特殊教育指导中心")
    assert issuer.contact == "联系电话：023-57681234"


def test_a_renamed_authority_is_what_paper_says() -> None:
    renamed = CountyProfile("500237", "巫山县", "重庆市", "", "巫山县教育和体育局", "巫山县特教资源中心", "")
    issuer = issuer_for(renamed)
    block = issuer.title_block("送教上门教师工作量统计表", "2026—2027学年")
    assert block.title == "巫山县送教上门教师工作量统计表"
    assert block.period == "2026—2027学年"
    assert block.unit == "巫山县教育和体育局（巫山县特教资源中心）"
    assert block.seal_lines == ("巫山县教育和体育局", "巫山县特教资源中心")
    assert issuer.contact == ""


def test_missing_authority_and_centre_get_the_usual_names() -> None:
    # a database set up before the profile form existed: only the name and code are known
    old = CountyProfile("130123", "正定县", "河北省", "石家庄市", "", "", "")
    issuer = issuer_for(old)
    assert issuer.authority == "正定县教育局"  # 教育委员会 only in 北京 and 重庆
    assert issuer.centre == "正定县特殊教育指导中心"
    assert issuer.full_county == "河北省石家庄市正定县"


def test_a_county_not_chosen_yet_prints_no_invented_body() -> None:
    issuer = issuer_for(CountyProfile("", "", "", "", "", "", ""))
    assert (issuer.county, issuer.authority, issuer.centre, issuer.committee) == ("", "", "", "")
    assert issuer.unit == "" and issuer.seal_lines == ()
