"""Finding a CJK font that ReportLab can embed.

ReportLab embeds TrueType-outline fonts (``glyf`` table) only; OpenType fonts
with PostScript/CFF outlines (Noto Sans CJK, Source Han, macOS PingFang) make
it fail, so they are detected from the sfnt table directory and skipped. A
font must also map the characters every document uses, which rules out Latin
fonts picked up by a too-generous search. The standard CID font STSong-Light
needs no file but is not embedded (the reader's viewer substitutes its own
font), so it is only the last resort and always comes with a warning.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from special_ed.errors import Issue, SpecialEdError

# Characters every document prints; a font that lacks any of them cannot be used.
REQUIRED_SAMPLE = "送政策关爱康复知识技能一人一档第页共监护人残疾安置意见书县乡镇学校"

STANDARD_CID_FONT = "STSong-Light"

# Regular (body) candidates by platform, best first. Bold/heading faces are looked up separately.
WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf", "simfang.ttf")
WINDOWS_HEADING_FONTS = ("msyhbd.ttc", "msyhbd.ttf", "simhei.ttf")
LINUX_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/arphic-uming/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
MAC_FONTS = (
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/PingFang.ttc",  # CFF outlines: listed so the skip is reported, never used
)
# File names worth trying anywhere under the user's and system font folders.
KNOWN_FILE_NAMES = frozenset(
    {Path(p).name.lower() for p in (*LINUX_FONTS, *MAC_FONTS)} | {n.lower() for n in WINDOWS_FONTS}
)


@dataclass(frozen=True)
class FontFace:
    """One usable face: a TrueType file (and index inside a .ttc) or the standard CID font."""

    name: str  # the name registered with ReportLab
    path: str  # "" for the standard CID font
    subfont_index: int = 0
    embedded: bool = True


@dataclass(frozen=True)
class FontChoice:
    """What the documents will use, with every warning the caller should pass on to the user."""

    body: FontFace
    heading: FontFace
    warnings: tuple[Issue, ...] = field(default_factory=tuple)
    skipped: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (path, reason code)

    @property
    def embedded(self) -> bool:
        return self.body.embedded and self.heading.embedded


class FontProblem(Exception):
    """Why one candidate file cannot be used (an issue code); caught during discovery."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _table_tags(data: bytes, offset: int) -> set[bytes]:
    """Table tags of the sfnt font whose offset table starts at ``offset``."""
    if len(data) < offset + 12:
        raise FontProblem("print.font_unreadable")
    (num_tables,) = struct.unpack(">H", data[offset + 4 : offset + 6])
    tags = set()
    for i in range(num_tables):
        start = offset + 12 + 16 * i
        if len(data) < start + 16:
            raise FontProblem("print.font_unreadable")
        tags.add(data[start : start + 4])
    return tags


def outline_kind(path: str | os.PathLike[str], subfont_index: int = 0) -> str:
    """ "truetype" or "cff" for the face at ``subfont_index``; FontProblem when it is no sfnt font at all."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if subfont_index >= count:
                    raise FontProblem("print.font_unreadable")
                fh.seek(12 + 4 * subfont_index)
                (offset,) = struct.unpack(">I", fh.read(4))
            else:
                offset = 0
            fh.seek(offset)
            directory = fh.read(12)
            if len(directory) < 12:
                raise FontProblem("print.font_unreadable")
            (num_tables,) = struct.unpack(">H", directory[4:6])
            tables = fh.read(16 * num_tables)
    except OSError as exc:
        raise FontProblem("print.font_unreadable") from exc
    tags = _table_tags(directory + tables, 0)
    if b"glyf" in tags:
        return "truetype"
    if b"CFF " in tags or b"CFF2" in tags:
        return "cff"
    raise FontProblem("print.font_unreadable")


_REGISTERED: dict[tuple[str, int], FontFace] = {}


def _register_truetype(path: str, subfont_index: int) -> FontFace:
    """Register with ReportLab once per process and check the face maps the documents' characters."""
    key = (os.path.abspath(path), subfont_index)
    if key in _REGISTERED:
        return _REGISTERED[key]
    if outline_kind(path, subfont_index) != "truetype":
        raise FontProblem("print.font_cff")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    # The name derives from the file so that batch worker processes register the same name.
    digest = hashlib.sha1(key[0].encode("utf-8")).hexdigest()[:8]
    name = f"CJK-{Path(path).stem}-{subfont_index}-{digest}"
    try:
        font = TTFont(name, path, subfontIndex=subfont_index)
    except (TTFError, OSError, struct.error, ValueError) as exc:
        raise FontProblem("print.font_unreadable") from exc
    cmap = font.face.charToGlyph
    if any(ord(ch) not in cmap for ch in REQUIRED_SAMPLE):
        raise FontProblem("print.font_no_cjk")
    pdfmetrics.registerFont(font)
    face = FontFace(name=name, path=str(path), subfont_index=subfont_index)
    _REGISTERED[key] = face
    return face


def _standard_cid_face() -> FontFace:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if STANDARD_CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(STANDARD_CID_FONT))
    return FontFace(name=STANDARD_CID_FONT, path="", embedded=False)


def font_dirs() -> list[Path]:
    """Folders searched (besides the fixed platform paths) for a known CJK file name."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        home = Path.home()
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".fonts",
            home / ".local/share/fonts",
        ]
        if sys.platform == "darwin":
            dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    return dirs


def default_candidates() -> list[str]:
    """Every CJK font file worth trying on this machine, best first, without duplicates."""
    found: list[str] = []
    if sys.platform.startswith("win"):
        for folder in font_dirs():
            found += [str(folder / n) for n in WINDOWS_FONTS]
    elif sys.platform == "darwin":
        found += list(MAC_FONTS)
    else:
        found += list(LINUX_FONTS)
    for folder in font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            found += [os.path.join(root, f) for f in files if f.lower() in KNOWN_FILE_NAMES]
    seen: set[str] = set()
    unique = []
    for path in found:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen and os.path.isfile(path):
            seen.add(key)
            unique.append(path)
    return unique


def heading_candidates() -> list[str]:
    if not sys.platform.startswith("win"):
        return []
    return [
        str(folder / n) for folder in font_dirs() for n in WINDOWS_HEADING_FONTS if (folder / n).is_file()
    ]


def _try(path: str, skipped: list[tuple[str, str]]) -> FontFace | None:
    try:
        return _register_truetype(path, 0)
    except FontProblem as problem:
        skipped.append((path, problem.code))
        return None


def choose_fonts(
    configured: str | None = None,
    candidates: Sequence[str] | None = None,
    heading: Iterable[str] | None = None,
    allow_standard_fallback: bool = True,
) -> FontChoice:
    """Pick the body and heading faces.

    ``configured`` is the font file chosen in settings: tried first; when it is
    unusable the search goes on and the choice carries a warning saying why.
    ``candidates``/``heading`` replace the machine search (tests, settings).
    Raises ``SpecialEdError("print.no_font")`` when nothing can print Chinese.
    """
    skipped: list[tuple[str, str]] = []
    warnings: list[Issue] = []
    body: FontFace | None = None
    if configured:
        if not os.path.isfile(configured):
            skipped.append((configured, "print.font_missing"))
        else:
            body = _try(configured, skipped)
        if body is None:
            warnings.append(
                Issue(
                    "print.font_setting_unusable",
                    "font_path",
                    {"path": configured, "reason": skipped[-1][1]},
                    "warning",
                )
            )
    if body is None:
        for path in candidates if candidates is not None else default_candidates():
            body = _try(path, skipped)
            if body is not None:
                break
    if body is None:
        if not allow_standard_fallback:
            raise SpecialEdError("print.no_font", tried=len(skipped))
        body = _standard_cid_face()
        warnings.append(Issue("print.font_not_embedded", "font_path", {"font": STANDARD_CID_FONT}, "warning"))
        return FontChoice(body, body, tuple(warnings), tuple(skipped))
    head = body
    for path in heading if heading is not None else heading_candidates():
        face = _try(path, skipped)
        if face is not None:
            head = face
            break
    return FontChoice(body, head, tuple(warnings), tuple(skipped))


def ensure_registered(choice: FontChoice) -> None:
    """Register the chosen faces in this process (worker processes of a batch start with none)."""
    for face in {choice.body, choice.heading}:
        if face.embedded:
            _register_truetype(face.path, face.subfont_index)
        else:
            _standard_cid_face()


def missing_glyphs(choice: FontChoice, text: str) -> str:
    """Characters of ``text`` the body font cannot draw (rare name characters); "" when all are there."""
    if not choice.body.embedded:
        return ""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(choice.body.name)
    cmap = font.face.charToGlyph
    return "".join(sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap}))
