"""Per-print-job choices: who issues the document (the county profile's bodies), when it is printed, whether identifiers show in full."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from special_ed.domain.identifiers import mask_phone, mask_resident_id
from special_ed.printing.issuer import Issuer


@dataclass(frozen=True)
class PrintOptions:
    # The issuing and deciding bodies, from the county profile (printing.issuer.issuer_for).
    issuer: Issuer = field(default_factory=Issuer)
    print_date: date = field(default_factory=date.today)
    # Privacy on paper: identifiers are masked unless this print job opts in to full printing.
    full_identifiers: bool = False
    font_path: str | None = None  # a font file chosen in settings
    allow_standard_fallback: bool = True
    month: str = ""  # for monthly summaries: "2026-10"
    binding_mm: float = 30.0  # 装订边距 (设置): the margin on the bound edge
    duplex: bool = False  # printed on both sides: even pages are bound on the right (mirrored margins)

    def page_layout(self) -> dict[str, Any]:
        """The PageDecor fields of the binding: the margin in points and whether pages mirror."""
        return {"binding": self.binding_mm * 72 / 25.4, "mirrored": self.duplex}

    @property
    def county(self) -> str:
        return self.issuer.county

    @property
    def authority(self) -> str:
        return self.issuer.authority

    @property
    def committee(self) -> str:
        return self.issuer.committee

    def resident_id(self, value: str) -> str:
        if not value:
            return ""
        return value if self.full_identifiers else mask_resident_id(value)

    def phone(self, value: str) -> str:
        if not value:
            return ""
        return value if self.full_identifiers else mask_phone(value)

    def register_no(self, value: str, resident_id: str) -> str:
        """School-register numbers are often "G" + the resident ID: hide the ID inside them too."""
        if not value or self.full_identifiers or not resident_id or resident_id not in value:
            return value
        return value.replace(resident_id, mask_resident_id(resident_id))

    def certificate(self, value: str) -> str:
        """The certificate number embeds the resident ID; mask that part the same way."""
        if not value or self.full_identifiers:
            return value
        return mask_resident_id(value[:18]) + value[18:]
