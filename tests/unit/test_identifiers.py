"""GB 11643 resident IDs and disability certificates: every rule has a test that would fail if it broke."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from special_ed.domain.identifiers import (
    check_certificate,
    check_char,
    check_resident_id,
    cross_check_id,
    make_certificate,
    make_resident_id,
    mask_phone,
    mask_resident_id,
)

TODAY = date(2026, 11, 20)
regions = st.from_regex(r"\A[1-6][0-9]{5}\Z", fullmatch=True)
births = st.dates(min_value=date(1920, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    return make_resident_id(draw(regions), draw(births), draw(sequences))


def test_documented_example_validates() -> None:
    check = check_resident_id("11010519491231002X", today=TODAY)
    assert check.ok and check.parsed is not None
    assert check.parsed.birth_date == date(1949, 12, 31)
    assert check.parsed.sex == "F"  # 17th digit 2 is even
    assert check.parsed.region == "110105"


@given(valid_ids())
def test_every_generated_valid_id_passes(value: str) -> None:
    check = check_resident_id(value, today=TODAY)
    assert check.ok, check.issues
    assert check.parsed is not None and check.parsed.value == value
    assert check.parsed.sex == ("M" if int(value[16]) % 2 else "F")


@given(valid_ids(), st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_any_single_character_change_fails(value: str, position: int, replacement: str) -> None:
    if value[position] == replacement or (position < 17 and replacement == "X"):
        replacement = str((int(value[position]) + 1) % 10) if value[position] != "X" else "0"
    changed = value[:position] + replacement + value[position + 1 :]
    assert changed != value
    assert not check_resident_id(changed, today=TODAY).ok


@pytest.mark.parametrize("raw", ["1.10105E+17", "1.10105e+17", "5.00237E17", "110105194912310000.0"])
def test_excel_scientific_numbers_are_caught_not_repaired(raw: str) -> None:
    check = check_resident_id(raw, today=TODAY)
    assert not check.ok
    assert [i.code for i in check.issues] == ["id.excel_number"]
    assert "Excel" in check.issues[0].message("zh")


def test_float_cells_and_zeroed_tails_are_excel_cuts() -> None:
    assert check_resident_id(1.10105194912310e17, today=TODAY).issues[0].code == "id.excel_number"
    # 15 significant digits survived, the last three became 000 and the check fails
    assert check_resident_id("110105194912310000", today=TODAY).issues[0].code == "id.excel_number"


def test_normalisation_is_a_warning() -> None:
    check = check_resident_id("１１０１０５ 19491231002x", today=TODAY)
    assert check.ok and check.normalised == "11010519491231002X"
    assert [i.code for i in check.warnings] == ["id.normalised"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "id.empty"),
        ("11010519491231002", "id.length"),
        ("1101051949123100AX", "id.characters"),
        (make_resident_id("110105", date(2015, 2, 28), 12)[:10] + "0230" + "0121", "id.birth_date_invalid"),
    ],
)
def test_malformed_ids_say_why(raw: str, code: str) -> None:
    check = check_resident_id(raw, today=TODAY)
    assert not check.ok
    assert code in [i.code for i in check.issues]


def test_future_birth_date_is_rejected() -> None:
    future = make_resident_id("500237", TODAY + timedelta(days=3), 11)
    assert "id.birth_date_future" in [i.code for i in check_resident_id(future, today=TODAY).issues]


def test_bad_checksum_names_the_expected_character() -> None:
    good = make_resident_id("500237", date(2015, 3, 1), 123)
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    issue = check_resident_id(bad, today=TODAY).issues[0]
    assert issue.code == "id.checksum" and issue.params["expected"] == good[17]


def test_cross_check_of_entered_birth_date_and_sex() -> None:
    parsed = check_resident_id(make_resident_id("500237", date(2015, 3, 1), 123), today=TODAY).parsed
    assert parsed is not None and parsed.sex == "M"
    assert cross_check_id(parsed, date(2015, 3, 1), "M") == []
    issues = cross_check_id(parsed, date(2015, 3, 2), "F")
    assert [i.code for i in issues] == ["id.birth_date_mismatch", "id.sex_mismatch"]
    assert issues[1].message("zh") == "性别“女”与身份证号（男）不一致"
    assert issues[1].message("en") == "Sex “female” disagrees with the resident ID (male)"


def test_check_char_weights() -> None:
    assert check_char("11010519491231002") == "X"


@given(valid_ids(), st.integers(1, 7), st.integers(1, 4), st.sampled_from(["", "B1", "B9"]))
def test_certificates_round_trip(rid: str, category: int, grade: int, suffix: str) -> None:
    number = make_certificate(rid, category, grade, suffix)
    check = check_certificate(number, rid, today=TODAY)
    assert check.ok and check.parsed is not None
    assert (check.parsed.category, check.parsed.grade, check.parsed.suffix) == (category, grade, suffix)


def test_certificate_rules() -> None:
    rid = make_resident_id("500237", date(2014, 5, 6), 44)
    other = make_resident_id("500237", date(2014, 5, 6), 46)
    assert "cert.id_mismatch" in [i.code for i in check_certificate(rid + "51", other, today=TODAY).issues]
    assert "cert.category" in [i.code for i in check_certificate(rid + "81", today=TODAY).issues]
    assert "cert.grade" in [i.code for i in check_certificate(rid + "55", today=TODAY).issues]
    assert "cert.suffix" in [i.code for i in check_certificate(rid + "51C1", today=TODAY).issues]
    assert "cert.length" in [i.code for i in check_certificate(rid + "5", today=TODAY).issues]
    assert "cert.id_invalid" in [i.code for i in check_certificate(rid[:17] + "0" + "51", today=TODAY).issues
                                 if rid[17] != "0"] or rid[17] == "0"


def test_masking() -> None:
    assert mask_resident_id("500237201503011234") == "500237********1234"
    assert mask_phone("13812345678") == "138****5678"
