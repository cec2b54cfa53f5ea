"""Plain-data words for the agencies' lists and the 三查 finding kinds (zh, en).

Kept free of imports so that the value formatter can use them without a cycle through the
message catalogue; `crosscheck.FindingKind` and `sources.Source` take their labels from here.
"""

from __future__ import annotations

FINDING_KINDS: dict[str, tuple[str, str]] = {
    "dropout_suspected": ("疑似失学辍学", "suspected out of school"),
    "register_without_placement": ("有学籍但未安置", "in the school register but not placed"),
    "home_no_recent_visit": ("送教上门但近期无送教记录", "home teaching without a recent visit"),
    "name_mismatch": ("各名单姓名不一致", "names disagree between lists"),
    "sex_mismatch": ("各名单性别不一致", "sex disagrees between lists"),
    "birth_date_mismatch": ("各名单出生日期不一致", "birth dates disagree between lists"),
    "poor_disabled": ("建档立卡残疾儿童（核查两免一补）", "registered-poor disabled child (check 两免一补)"),
    "over_age_home": (
        "超龄仍在送教（转介职业教育）",
        "over age in home teaching (refer to vocational school)",
    ),
}

SOURCES: dict[str, tuple[str, str]] = {
    "children": ("儿童名单", "children"),
    "federation": ("残联名单", "disabled persons' federation"),
    "school-register": ("学籍名单", "school register"),
    "household": ("户籍名单", "household register"),
    "poverty": ("建档立卡名单", "poverty-relief register"),
}
