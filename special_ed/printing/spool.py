"""Send a finished PDF to a printer as it is, instead of painting every page as an image.

Painting pages onto a QPrinter made a 1200-dpi image of each page: a 9-page file took 36 s
and 59 MB to reach the spooler. Every printing system takes a PDF itself: CUPS (Linux,
macOS) through ``lp``, which turns it into the printer's language with the printer's own
driver, honouring copies, duplex and the page range; Windows through the shell's ``printto``
verb of the PDF reader installed. ``spool_pdf`` raises a clear, typed error when no printing
system is there or the printer refuses the job, so the caller can say so (and fall back to
painting at 300 dpi in grey, see ui/printing/pdf_pages.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from special_ed.errors import SpecialEdError

SIDES = {"none": "one-sided", "long": "two-sided-long-edge", "short": "two-sided-short-edge"}


@dataclass(frozen=True)
class PrintRequest:
    printer: str
    copies: int = 1
    duplex: str = "none"  # "none", "long" (book-like, bound on the long edge) or "short"
    first: int = 1
    last: int = 0  # 0: to the end
    title: str = ""


@dataclass(frozen=True)
class Spooled:
    printer: str
    job: str  # the spooler's job id ("" where the platform gives none)
    size: int  # bytes handed to the spooler


def can_spool() -> bool:
    """Whether this PC can take a PDF to a printer directly."""
    return sys.platform == "win32" or shutil.which("lp") is not None


def printers() -> list[str]:
    """The print queues CUPS knows (empty where ``lpstat`` is missing or lists none)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=20, check=False)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()] if done.returncode == 0 else []


def lp_command(path: Path, request: PrintRequest) -> list[str]:
    command = ["lp", "-d", request.printer, "-n", str(max(1, request.copies))]
    if request.title:
        command += ["-t", request.title]
    command += ["-o", f"sides={SIDES.get(request.duplex, 'one-sided')}"]
    if request.first > 1 or request.last:
        command += [
            "-o",
            f"page-ranges={request.first}-{request.last}"
            if request.last
            else f"page-ranges={request.first}-",
        ]
    return [*command, "--", str(path)]


def spool_pdf(path: Path, request: PrintRequest) -> Spooled:
    """Hand the PDF at ``path`` to the printer ``request.printer``; raises SpecialEdError when refused."""
    if not request.printer:
        raise SpecialEdError("print.no_printer")
    size = path.stat().st_size
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:
            os.startfile(str(path), "printto", f'"{request.printer}"')  # type: ignore[attr-defined]
        except OSError as exc:
            raise SpecialEdError("print.refused", printer=request.printer, detail=str(exc)) from exc
        return Spooled(request.printer, "", size)
    command = lp_command(path, request)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except FileNotFoundError as exc:
        raise SpecialEdError("print.no_spooler") from exc
    except subprocess.TimeoutExpired as exc:
        raise SpecialEdError("print.refused", printer=request.printer, detail="timeout") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise SpecialEdError(
            "print.refused", printer=request.printer, detail=detail[-1] if detail else str(done.returncode)
        )
    found = re.search(r"request id is (\S+)", done.stdout)
    return Spooled(request.printer, found.group(1) if found else "", size)
