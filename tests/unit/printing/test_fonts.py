"""Font discovery: TrueType CJK fonts are used, CFF fonts skipped, the CID font only as a warned last resort."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from special_ed.errors import SpecialEdError
from special_ed.printing.fonts import (
    LINUX_FONTS,
    STANDARD_CID_FONT,
    choose_fonts,
    missing_glyphs,
    outline_kind,
)

WQY = next((p for p in LINUX_FONTS if Path(p).is_file()), None)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_wqy = pytest.mark.skipif(WQY is None, reason="no WenQuanYi font installed")


def fake_sfnt(path: Path, tags: list[bytes], magic: bytes = b"OTTO") -> Path:
    """The header and table directory of an sfnt font: enough for outline detection."""
    header = magic + struct.pack(">HHHH", len(tags), 0, 0, 0)
    directory = b"".join(tag + struct.pack(">III", 0, 0, 0) for tag in tags)
    path.write_bytes(header + directory + b"\0" * 64)
    return path


@needs_wqy
def test_wenquanyi_is_truetype_and_chosen() -> None:
    assert outline_kind(WQY) == "truetype"
    choice = choose_fonts(candidates=[WQY], heading=[])
    assert choice.embedded and choice.body.path == WQY and not choice.warnings


@needs_wqy
def test_cff_font_is_detected_and_skipped(tmp_path: Path) -> None:
    cff = fake_sfnt(tmp_path / "NotoSansCJK-Regular.otf", [b"CFF ", b"cmap", b"head"])
    assert outline_kind(cff) == "cff"
    choice = choose_fonts(candidates=[str(cff), WQY], heading=[])
    assert choice.body.path == WQY
    assert (str(cff), "print.font_cff") in choice.skipped


def test_latin_only_font_is_rejected_for_missing_chinese(tmp_path: Path) -> None:
    if not Path(DEJAVU).is_file():
        pytest.skip("no DejaVu font")
    choice = choose_fonts(candidates=[DEJAVU], heading=[])
    assert (DEJAVU, "print.font_no_cjk") in choice.skipped
    # No embeddable font left: the standard CID font, not embedded, with a warning for the user.
    assert choice.body.name == STANDARD_CID_FONT and not choice.embedded
    assert [w.code for w in choice.warnings] == ["print.font_not_embedded"]
    assert "不嵌入" in choice.warnings[0].message("zh")


def test_no_usable_font_is_a_typed_error(tmp_path: Path) -> None:
    junk = tmp_path / "broken.ttf"
    junk.write_bytes(b"not a font at all")
    with pytest.raises(SpecialEdError) as caught:
        choose_fonts(candidates=[str(junk)], heading=[], allow_standard_fallback=False)
    assert caught.value.code == "print.no_font"
    assert "中文字体" in caught.value.message("zh") and caught.value.params["tried"] == 1


@needs_wqy
def test_configured_font_that_is_unusable_warns_and_falls_back(tmp_path: Path) -> None:
    cff = fake_sfnt(tmp_path / "SourceHanSans.otf", [b"CFF ", b"cmap"])
    choice = choose_fonts(configured=str(cff), candidates=[WQY], heading=[])
    assert choice.body.path == WQY
    warning = choice.warnings[0]
    assert warning.code == "print.font_setting_unusable" and warning.params["reason"] == "print.font_cff"
    missing = choose_fonts(configured=str(tmp_path / "gone.ttf"), candidates=[WQY], heading=[])
    assert missing.warnings[0].params["reason"] == "print.font_missing"


@needs_wqy
def test_configured_font_is_used_first() -> None:
    choice = choose_fonts(configured=WQY, candidates=[], heading=[])
    assert choice.body.path == WQY and not choice.warnings


@needs_wqy
def test_missing_glyphs_reports_rare_name_characters() -> None:
    choice = choose_fonts(candidates=[WQY], heading=[])
    assert missing_glyphs(choice, "向小雨 送教上门") == ""
    assert missing_glyphs(choice, "张\U0002a6a5") == "\U0002a6a5"  # a CJK Extension B character


@needs_wqy
def test_windows_font_folder_is_searched_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, %WINDIR%\\Fonts is searched: Microsoft YaHei first, its bold face for headings."""
    import os

    from special_ed.printing import fonts as fonts_module

    folder = tmp_path / "Fonts"
    folder.mkdir()
    for name in ("simsun.ttc", "msyh.ttc", "msyhbd.ttc"):
        os.symlink(WQY, folder / name)  # a real TrueType CJK font under each Windows name
    monkeypatch.setattr(fonts_module.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    candidates = fonts_module.default_candidates()
    assert [Path(p).name for p in candidates[:2]] == ["msyh.ttc", "simsun.ttc"]
    assert Path(fonts_module.heading_candidates()[0]).name == "msyhbd.ttc"
    choice = choose_fonts(candidates=candidates, heading=fonts_module.heading_candidates())
    assert Path(choice.body.path).name == "msyh.ttc" and Path(choice.heading.path).name == "msyhbd.ttc"
