"""Pinyin of names, so that typing ``zsl`` finds 张思琳 and lists sort in pinyin order."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def _syllables(name: str) -> tuple[str, ...]:
    # Imported on first use: loading pypinyin's phrase tables costs ~0.4 s, which the GUI's
    # start-up should not pay before anyone saves a name.
    from pypinyin import Style, lazy_pinyin

    # errors="default" keeps non-Chinese characters (Latin letters, digits) as they are.
    return tuple(s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="default"))


def pinyin_of(name: str) -> str:
    """Syllables run together, for pinyin sorting and prefix search: 张思琳 → "zhangsilin"."""
    return "".join(_syllables(name))


def initials_of(name: str) -> str:
    """First letters: 张思琳 → "zsl"."""
    return "".join(s[0] for s in _syllables(name) if s)
