"""Fixtures for the printing tests: one font choice per session, text extraction helpers."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from special_ed.printing.fonts import FontChoice, choose_fonts
from special_ed.printing.options import PrintOptions
from special_ed.printing.specimen import specimen_issuer


@pytest.fixture(scope="session")
def fonts() -> FontChoice:
    choice = choose_fonts(allow_standard_fallback=False)
    assert choice.embedded
    return choice


@pytest.fixture
def options() -> PrintOptions:
    return PrintOptions(issuer=specimen_issuer(), print_date=date(2026, 11, 28))
