"""Printing service: the per-child file, notices, visit summaries and batches, from the database.

Reads through the unit of work (read-only), builds the print model with
:class:`~special_ed.services.printing_model.FileBuilder` and renders it with
:mod:`special_ed.printing`. Every output file is written atomically. The font
is chosen once per service (settings' font file first) and its warnings are
returned with every result so the UI and the CLI can show them.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from special_ed.domain import norm_presets
from special_ed.domain.compliance import ComplianceCalculator, totals
from special_ed.domain.county import CountyProfile
from special_ed.domain.school_calendar import month_bounds
from special_ed.errors import CancelledError, Issue, NotFoundError, SpecialEdError
from special_ed.persistence import models as m
from special_ed.printing import batch as batch_mod
from special_ed.printing import spool
from special_ed.printing.agreement import AgreementTerms, render_agreement, schedule_text, visit_time_text
from special_ed.printing.atomic import atomic_output
from special_ed.printing.child_file import render_child_file
from special_ed.printing.fonts import FontChoice, choose_fonts, missing_glyphs
from special_ed.printing.issuer import Issuer, issuer_for
from special_ed.printing.model import ChildFile
from special_ed.printing.notice import render_notice
from special_ed.printing.options import PrintOptions
from special_ed.printing.visit_summary import (
    MonthFigures,
    SummaryNorms,
    build_summaries,
    render_visit_summaries,
)
from special_ed.progress import NO_PROGRESS, Progress
from special_ed.results.printing import BatchOutcome, PrintedBatch
from special_ed.results.registry import RegistryFilter
from special_ed.services.compliance import cells_between
from special_ed.services.context import ServiceContext
from special_ed.services.names import pinyin_of
from special_ed.services.printing_model import FileBuilder, References, chunks
from special_ed.services.registry import apply_filter

_LOAD_CHUNK = 40  # children loaded per query batch while a batch print streams them to the workers


@dataclass(frozen=True)
class PrintOutcome:
    path: Path
    pages: int
    warnings: tuple[Issue, ...] = ()


def require_pdf(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise SpecialEdError("print.output_not_pdf", path=str(path))
    return path


class PrintingService:
    def __init__(self, ctx: ServiceContext, profile: Callable[[], CountyProfile]) -> None:
        self.ctx = ctx
        self._profile = profile  # App.county.profile: the one source of the bodies paper names
        self._fonts: FontChoice | None = None
        self._fonts_for: str | None = None

    # ---- set-up -------------------------------------------------------------------------------

    def fonts(self) -> FontChoice:
        """The font choice for the configured font file, cached until the setting changes."""
        configured = self.ctx.settings().print_font_path or ""
        if self._fonts is None or self._fonts_for != configured:
            self._fonts = choose_fonts(configured=configured or None)
            self._fonts_for = configured
        return self._fonts

    def issuer(self) -> Issuer:
        """The issuing and deciding bodies of the county profile, as every document names them."""
        return issuer_for(self._profile())

    def options(
        self, full_identifiers: bool = False, print_date: date | None = None, issuer: Issuer | None = None
    ) -> PrintOptions:
        settings = self.ctx.settings()
        return PrintOptions(
            issuer=issuer or self.issuer(),
            print_date=print_date or self.ctx.today(),
            full_identifiers=full_identifiers,
            font_path=settings.print_font_path or None,
            binding_mm=settings.print_binding_mm,
        )

    # ---- model --------------------------------------------------------------------------------

    def resolve(self, key: str) -> int:
        """A child's id from the database id or the resident ID (CLI)."""
        key = key.strip()
        with self.ctx.uow("read") as uow:
            if key.isdigit() and len(key) < 10:
                child = uow.session.get(m.Child, int(key))
                if child is None:
                    raise NotFoundError(what="儿童", key=key)
                return child.id
            found = uow.session.scalar(select(m.Child.id).where(m.Child.resident_id == key.upper()))
            if found is None:
                raise NotFoundError(what="儿童", key=key)
            return int(found)

    def child_file(self, child_id: int) -> ChildFile:
        with self.ctx.uow("read") as uow:
            files = FileBuilder(uow, self.ctx.settings(), self.ctx.today(), issuer=self.issuer()).build(
                [child_id]
            )
        if not files:
            raise NotFoundError(what="儿童", key=str(child_id))
        return files[0]

    def ids_for(self, f: RegistryFilter) -> list[int]:
        """Children matching a registry filter, by township then name (the order of the printed pile)."""
        stmt = apply_filter(select(m.Child.id), f).order_by(
            m.Child.township_id, m.Child.name_pinyin, m.Child.id
        )
        with self.ctx.uow("read") as uow:
            return [int(i) for i in uow.session.scalars(stmt)]

    def filter_by_names(self, township: str | None = None, school: str | None = None) -> RegistryFilter:
        """A registry filter from a township and/or school name (CLI); an unknown name is a clear error."""
        f = RegistryFilter()
        with self.ctx.uow("read") as uow:
            if township:
                tid = uow.session.scalar(select(m.Township.id).where(m.Township.name == township.strip()))
                if tid is None:
                    raise NotFoundError(what="乡镇", key=township)
                f = f.with_changes(township_id=int(tid))
            if school:
                sid = uow.session.scalar(select(m.School.id).where(m.School.name == school.strip()))
                if sid is None:
                    raise NotFoundError(what="学校", key=school)
                f = f.with_changes(school_id=int(sid))
        return f

    def _glyph_warnings(self, fonts: FontChoice, child: ChildFile) -> list[Issue]:
        names = " ".join(
            [child.name, child.village, child.family.address, *(g.name for g in child.guardians)]
        )
        missing = missing_glyphs(fonts, names)
        if not missing:
            return []
        return [
            Issue("print.missing_glyphs", "font_path", {"chars": missing, "where": child.name}, "warning")
        ]

    # ---- documents ----------------------------------------------------------------------------

    def _full(self, full: bool, what: str, child_ids: Sequence[int], audit: bool = True) -> bool:
        """Full identifiers on paper are a right of the role (never a viewer's) and are audited."""
        if not full:
            self.ctx.authorize("print")
            return False
        self.ctx.authorize("print.full")
        if audit:
            one = child_ids[0] if len(child_ids) == 1 else None
            self.ctx.audit_event(
                "children",
                one if one is not None else "batch",
                "print_full",
                {"document": [None, what], "children": [None, len(child_ids)]},
                child_id=one,
            )
        return True

    def render_child(
        self, child_id: int, full_identifiers: bool = False
    ) -> tuple[bytes, int, tuple[Issue, ...]]:
        """The child's file as PDF bytes (preview), its page count and warnings."""
        full_identifiers = self._full(full_identifiers, "preview", [child_id], audit=False)
        fonts = self.fonts()
        child = self.child_file(child_id)
        buffer = io.BytesIO()
        pages = render_child_file(child, self.options(full_identifiers), fonts, buffer)
        return buffer.getvalue(), pages, (*fonts.warnings, *self._glyph_warnings(fonts, child))

    def print_child(self, child_id: int, out: Path, full_identifiers: bool = False) -> PrintOutcome:
        out = require_pdf(Path(out))
        full_identifiers = self._full(full_identifiers, "child_file", [child_id])
        fonts = self.fonts()
        child = self.child_file(child_id)
        with atomic_output(out) as fh:
            pages = render_child_file(child, self.options(full_identifiers), fonts, fh)
        return PrintOutcome(out, pages, (*fonts.warnings, *self._glyph_warnings(fonts, child)))

    def print_notice(self, child_id: int, out: Path, full_identifiers: bool = False) -> PrintOutcome:
        out = require_pdf(Path(out))
        full_identifiers = self._full(full_identifiers, "notice", [child_id])
        fonts = self.fonts()
        child = self.child_file(child_id)
        with atomic_output(out) as fh:
            pages = render_notice(child, self.options(full_identifiers), fonts, fh)
        return PrintOutcome(out, pages, (*fonts.warnings, *self._glyph_warnings(fonts, child)))

    # ---- the 送教上门服务协议 ----------------------------------------------------------------------

    def agreement_terms(self, child: ChildFile) -> AgreementTerms:
        """What the child's agreement says beyond its file: the county's bodies (the profile), the
        norm in force and its document (the active preset), the family's visit time, the period."""
        settings, today = self.ctx.settings(), self.ctx.today()
        if not child.home_taught:
            raise SpecialEdError(
                "print.agreement_not_home", name=child.name, placement=child.placement or "未安置"
            )
        with self.ctx.uow("read") as uow:
            row = uow.get(m.Child, child.child_id, "儿童")
            weekdays, start, end = row.visit_weekdays, row.visit_window_start, row.visit_window_end
            minutes = row.visit_duration_min
        issuer = self.issuer()  # the county profile's bodies, as every other document names them
        county, authority, centre = issuer.county, issuer.authority, issuer.centre
        if settings.norm_preset == norm_presets.CUSTOM:
            source = f"按{county}送教上门工作规定"
        else:
            document = norm_presets.preset(settings.norm_preset).document
            source = f"依据{document}" + ("，本县有调整" if settings.preset_modified() else "")
        year = ComplianceCalculator(settings).school_year_of(today)
        placed = child.current_placement
        first_day = settings.reference_date(year)
        begins = max(first_day, placed.effective_date) if placed else first_day
        return AgreementTerms(
            county=county,
            school=child.responsible_school or centre,
            centre=centre,
            authority=authority,
            phone=issuer.phone,
            schedule=schedule_text(settings.visit_norms),
            source=source,
            visit_time=visit_time_text(
                weekdays,
                start.strftime("%H:%M") if start else "",
                end.strftime("%H:%M") if end else "",
                minutes,
            ),
            start=begins,
            end=settings.reference_date(year + 1) - timedelta(days=1),
            number=f"送教协议〔{year}〕第 {child.child_id:04d} 号",
        )

    def print_agreement(self, child_id: int, out: Path, full_identifiers: bool = False) -> PrintOutcome:
        """The child's 送教上门服务协议 (a home-taught child only) as a PDF to sign."""
        out = require_pdf(Path(out))
        full_identifiers = self._full(full_identifiers, "agreement", [child_id])
        fonts = self.fonts()
        child = self.child_file(child_id)
        terms = self.agreement_terms(child)
        with atomic_output(out) as fh:
            pages = render_agreement(child, terms, self.options(full_identifiers), fonts, fh)
        return PrintOutcome(out, pages, (*fonts.warnings, *self._glyph_warnings(fonts, child)))

    def print_visit_summary(
        self, year: int, month: int, by: str, out: Path, f: RegistryFilter | None = None
    ) -> PrintOutcome:
        """The month's home-visit summary per team (``by="team"``) or township, for the filtered children."""
        out = require_pdf(Path(out))
        fonts = self.fonts()
        norms = self.ctx.settings().visit_norms
        files = list(self._stream(self.ids_for(f or RegistryFilter())))
        summaries = build_summaries(
            files,
            year,
            month,
            by,
            SummaryNorms(norms.visits_per_month, norms.hours_per_visit),
            self.month_figures([c.child_id for c in files if c.home_taught], year, month),
        )
        with atomic_output(out) as fh:
            pages = render_visit_summaries(summaries, self.options(), fonts, fh)
        return PrintOutcome(out, pages, fonts.warnings)

    def month_figures(self, ids: Sequence[int], year: int, month: int) -> dict[int, MonthFigures]:
        """Each child's month as the compliance screens count it (cells of the calculator, summed).

        The cells are computed over the terms the month touches, as the compliance report
        does, so a make-up delivered next month still repairs the month it replaces.
        """
        settings, today = self.ctx.settings(), self.ctx.today()
        first, last = month_bounds(year, month)
        start, end = first, min(last, today)
        for term in settings.terms:
            if term.start <= last and term.end >= first:
                start, end = min(start, term.start), max(end, min(term.end, today))
        if end < start:
            return {}
        calc = ComplianceCalculator(settings)
        out: dict[int, MonthFigures] = {}
        with self.ctx.uow("read") as uow:
            cells = cells_between(uow, calc, ids, start, end, today)
        for cid, child_cells in cells.items():
            t = totals(c for c in child_cells if (c.year, c.month) == (year, month))
            if t.children:
                out[cid] = MonthFigures(
                    t.required_visits,
                    t.delivered_visits,
                    t.required_hours,
                    t.delivered_hours,
                    t.shortfall_visits,
                    t.shortfall_hours,
                )
        return out

    def _stream(self, ids: Sequence[int]) -> Iterator[ChildFile]:
        """Files loaded a few dozen at a time, each batch in its own short read transaction."""
        settings, today = self.ctx.settings(), self.ctx.today()
        calc = ComplianceCalculator(settings)  # its school calendar is built once for the whole pile
        issuer = self.issuer()
        with self.ctx.uow("read") as uow:
            refs = References.load(uow)
        for chunk in chunks(list(ids), _LOAD_CHUNK):
            with self.ctx.uow("read") as uow:
                files = FileBuilder(uow, settings, today, refs, calc, issuer=issuer).build(chunk)
            yield from files

    def print_batch(
        self,
        f: RegistryFilter,
        out_dir: Path,
        merged: bool = False,
        full_identifiers: bool = False,
        progress: Progress = NO_PROGRESS,
        workers: int | None = None,
        duplex: bool = False,
    ) -> BatchOutcome:
        """Every filtered child's file: one PDF each in township folders, or one merged PDF.

        ``duplex``: laid out for printing on both sides (the binding margin on the right of even pages)."""
        ids = self.ids_for(f)
        if not ids:
            raise SpecialEdError("print.nothing_to_print")
        full_identifiers = self._full(full_identifiers, "batch", ids)
        fonts = self.fonts()
        options = replace(self.options(full_identifiers), duplex=duplex)
        result = batch_mod.run_batch(
            self._stream(ids),
            len(ids),
            Path(out_dir),
            options,
            fonts,
            merged=merged,
            workers=workers,
            progress=progress,
        )
        return BatchOutcome(result, fonts.warnings, result.files)

    def print_batch_to_printer(
        self,
        f: RegistryFilter,
        request: spool.PrintRequest,
        full_identifiers: bool = False,
        progress: Progress = NO_PROGRESS,
        workers: int | None = None,
        send: Callable[[Path, spool.PrintRequest], spool.Spooled] = spool.spool_pdf,
    ) -> tuple[BatchOutcome, PrintedBatch]:
        """Every filtered child's file straight to ``request.printer``: one job per child (each file
        starts on a new sheet), in township and name order, duplex as asked. A file the printer
        refuses is named in the summary and the others still go; with no printing system, or a
        printer this PC does not know, nothing is rendered at all."""
        if not request.printer:
            raise SpecialEdError("print.no_printer")
        if not spool.can_spool():
            raise SpecialEdError("print.no_spooler")
        known = spool.printers()
        if known and request.printer not in known:
            raise SpecialEdError("print.unknown_printer", printer=request.printer, known="、".join(known))
        folder = Path(tempfile.mkdtemp(prefix="special-ed-print-"))  # private (0700) until sent
        try:
            outcome = self.print_batch(
                f, folder, full_identifiers=full_identifiers, progress=progress, workers=workers,
                duplex=request.duplex != "none",
            )  # fmt: skip
            files = sorted(outcome.files, key=lambda p: (pinyin_of(p.parent.name), pinyin_of(p.stem), p.name))
            progress.set_total(len(files))
            jobs: list[str] = []
            failures: list[tuple[str, SpecialEdError]] = []
            pages = 0
            cancelled = False
            for path in files:
                if progress.cancelled:
                    cancelled = True
                    break
                child = path.stem.rsplit("_", 1)[0]
                try:
                    done = send(path, replace(request, title=f"{child} 一人一档"))
                except SpecialEdError as exc:
                    failures.append((child, exc))
                    if exc.code == "print.no_spooler":  # the printing system went away: the rest fail alike
                        failures.extend(
                            (p.stem.rsplit("_", 1)[0], exc) for p in files[files.index(path) + 1 :]
                        )
                        break
                else:
                    jobs.append(done.job)
                    pages += outcome.result.file_pages.get(path, 0)
                try:
                    progress.advance(1, child)
                except CancelledError:
                    cancelled = True
                    break
            printed = PrintedBatch(
                request.printer, len(jobs), pages, tuple(jobs), tuple(failures), cancelled, len(files)
            )
        finally:
            if sys.platform != "win32":  # lp has copied the files; a Windows reader opens them later
                shutil.rmtree(folder, ignore_errors=True)
        return outcome, printed
