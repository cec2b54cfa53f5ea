"""The PDF itself goes to the printer through CUPS' lp; a missing spooler or a refusing printer is said plainly."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from special_ed.errors import SpecialEdError
from special_ed.printing.spool import PrintRequest, can_spool, lp_command, spool_pdf


def fake_lp(folder: Path, body: str) -> None:
    script = folder / "lp"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "一人一档.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 1000 + b"\n%%EOF\n")
    return path


@pytest.mark.skipif(os.name == "nt", reason="CUPS")
def test_the_pdf_goes_to_lp_with_copies_duplex_and_pages(tmp_path: Path, pdf: Path, monkeypatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_lp(bin_dir, f'printf "%s\\n" "$@" > "{tmp_path}/args"\necho "request id is Office-7 (1 file(s))"\n')
    monkeypatch.setenv("PATH", str(bin_dir))
    assert can_spool()
    done = spool_pdf(pdf, PrintRequest("Office", copies=2, duplex="long", first=2, last=5, title="档案"))
    assert done.job == "Office-7" and done.printer == "Office" and done.size == pdf.stat().st_size
    args = (tmp_path / "args").read_text(encoding="utf-8").splitlines()
    assert args == ["-d", "Office", "-n", "2", "-t", "档案", "-o", "sides=two-sided-long-edge",
                    "-o", "page-ranges=2-5", "--", str(pdf)]  # fmt: skip


def test_whole_document_one_sided_by_default(pdf: Path) -> None:
    command = lp_command(pdf, PrintRequest("Office"))
    assert "sides=one-sided" in command and not any(a.startswith("page-ranges") for a in command)


@pytest.mark.skipif(os.name == "nt", reason="CUPS")
def test_a_printer_that_refuses_the_job_is_named_with_the_reason(tmp_path: Path, pdf: Path, monkeypatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_lp(bin_dir, 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(SpecialEdError) as err:
        spool_pdf(pdf, PrintRequest("Gone"))
    assert err.value.code == "print.refused"
    message = err.value.message("zh")
    assert "打印机“Gone”没有接受打印任务" in message and "does not exist" in message


@pytest.mark.skipif(os.name == "nt", reason="CUPS")
def test_no_spooler_and_no_printer_are_clear(tmp_path: Path, pdf: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not can_spool()
    with pytest.raises(SpecialEdError) as err:
        spool_pdf(pdf, PrintRequest("Office"))
    assert err.value.code == "print.no_spooler" and "lp" in err.value.message("zh")
    with pytest.raises(SpecialEdError) as none:
        spool_pdf(pdf, PrintRequest(""))
    assert "没有安装打印机" in none.value.message("zh")
