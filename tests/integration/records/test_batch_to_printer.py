"""Batch printing straight to a printer: one job per child through a fake CUPS, a summary at the end."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from special_ed.cli import main
from special_ed.errors import SpecialEdError
from special_ed.printing.spool import PrintRequest
from special_ed.services.registry import RegistryFilter

pytestmark = pytest.mark.skipif(os.name == "nt", reason="CUPS")


def fake_cups(folder: Path, refuse: str = "") -> Path:
    """``lpstat -e`` lists the queue "Office"; ``lp`` keeps a copy of each job and its options,
    and refuses a job whose title contains ``refuse``."""
    bin_dir = folder / "bin"
    jobs = folder / "jobs"
    bin_dir.mkdir()
    jobs.mkdir()
    (bin_dir / "lpstat").write_text("#!/bin/sh\necho Office\necho Archive\n", encoding="utf-8")
    refuse_case = (
        f'case "$title" in *"{refuse}"*) echo "lp: paper jam in tray 2" >&2; exit 1;; esac\n'
        if refuse
        else ""
    )
    (bin_dir / "lp").write_text(
        "#!/bin/sh\n"
        'title=""; file=""; opts=""\n'
        'while [ $# -gt 0 ]; do case "$1" in\n'
        '  -t) title="$2"; shift 2;;\n'
        '  --) file="$2"; shift 2;;\n'
        '  *) opts="$opts $1"; shift;;\n'
        "esac; done\n" + refuse_case + f'n=$(ls "{jobs}" | grep -c pdf)\n'
        f'cp "$file" "{jobs}/$n.pdf"\n'
        f'printf "%s\\n%s\\n" "$title" "$opts" > "{jobs}/$n.txt"\n'
        'echo "request id is Office-$n (1 file(s))"\n',
        encoding="utf-8",
    )
    for tool in ("lp", "lpstat"):
        path = bin_dir / tool
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return jobs


def three_children(app: Any) -> tuple[RegistryFilter, list[str]]:
    from special_ed.services.registry import RegistryQuery

    rows = app.registry.page(RegistryQuery(limit=3)).rows
    return RegistryFilter(child_ids=tuple(r.id for r in rows)), [r.name for r in rows]


def pages_of(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_each_child_goes_to_the_printer_and_a_refusal_is_named(
    rec_app: Any, tmp_path: Path, monkeypatch
) -> None:
    app = rec_app
    f, names = three_children(app)
    refused = names[1]
    jobs = fake_cups(tmp_path, refuse=refused)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    outcome, printed = app.printing.print_batch_to_printer(
        f, PrintRequest("Office", duplex="long"), workers=1
    )

    sent = sorted(jobs.glob("*.pdf"))
    assert printed.printer == "Office" and printed.children == 2 == len(sent) and printed.total == 3
    assert printed.pages == sum(pages_of(p) for p in sent) < outcome.result.pages
    assert [name for name, _exc in printed.failures] == [refused]
    assert "paper jam" in printed.failures[0][1].message("zh")
    for meta in jobs.glob("*.txt"):
        title, options = meta.read_text(encoding="utf-8").splitlines()
        assert title.endswith("一人一档") and "sides=two-sided-long-edge" in options
    summary = printed.summary_lines("zh")
    assert summary[0] == f"已送打印机“Office”：2 名儿童的档案，共 {printed.pages} 页（2 个打印任务）"
    assert summary[1] == "未打印 1 份：" and summary[2].startswith(f"  {refused}：")
    assert printed.summary_lines("en")[0].startswith("Sent to the printer “Office”: 2 children's files")
    # the files were laid out for duplex: the back of the first sheet is bound on the right
    reader = PdfReader(io.BytesIO(sent[0].read_bytes()))
    xs: list[float] = []
    reader.pages[1].extract_text(
        visitor_text=lambda t, cm, tm, *_: t.strip() and xs.append(tm[4] * cm[0] + cm[4])
    )
    assert min(x for x in xs) / 72 * 25.4 == pytest.approx(18.0, abs=0.1)
    assert not outcome.result.files[0].exists()  # the staging copies are gone once spooled


def test_an_unknown_printer_or_no_spooler_is_refused_before_rendering(
    rec_app: Any, tmp_path: Path, monkeypatch
) -> None:
    app = rec_app
    f, _names = three_children(app)
    fake_cups(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(SpecialEdError) as unknown:
        app.printing.print_batch_to_printer(f, PrintRequest("Nope"), workers=1)
    assert unknown.value.code == "print.unknown_printer"
    assert "Office、Archive" in unknown.value.message("zh")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(SpecialEdError) as none:
        app.printing.print_batch_to_printer(f, PrintRequest("Office"), workers=1)
    assert none.value.code == "print.no_spooler"


def test_the_cli_prints_straight_to_the_printer_with_the_summary(
    rec_app: Any, tmp_path: Path, monkeypatch, capsys: Any
) -> None:
    # The whole URL, not url.database: on PostgreSQL that is only the database's
    # name, and as a --db path it became an empty SQLite file in the working folder.
    db = rec_app.engine.url.render_as_string(hide_password=False)
    rec_app.close()
    jobs = fake_cups(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    from special_ed.bootstrap import build_app

    app = build_app(db, "测试员")
    towns = {t.id: t.name for t in app.reference.townships()}
    counts = {tid: len(app.printing.ids_for(RegistryFilter(township_id=tid))) for tid in towns}
    smallest = min((tid for tid in counts if counts[tid]), key=lambda tid: counts[tid])
    app.close()
    code = main(["--db", db, "print", "batch", "--township", towns[smallest], "--printer", "Office",
                 "--duplex", "short", "--workers", "1"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert f"已送打印机“Office”：{counts[smallest]} 名儿童的档案" in out
    assert len(list(jobs.glob("*.pdf"))) == counts[smallest]
    assert "sides=two-sided-short-edge" in next(jobs.glob("*.txt")).read_text(encoding="utf-8")
    assert main(["--db", db, "print", "batch", "--township", towns[smallest]]) == 2
    assert "--printer" in capsys.readouterr().err
    # a printer that refuses every job: what was sent on stdout, what was not (and why) on stderr, exit 1
    refusing = tmp_path / "refusing"
    refusing.mkdir()
    fake_cups(refusing, refuse="一人一档")
    monkeypatch.setenv("PATH", f"{refusing / 'bin'}{os.pathsep}{os.environ['PATH']}")
    code = main(["--db", db, "print", "batch", "--township", towns[smallest], "--printer", "Office",
                 "--workers", "1"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 1
    assert printed.out.strip().splitlines()[-1].startswith("已送打印机“Office”：0 名儿童的档案")
    assert f"未打印 {counts[smallest]} 份：" in printed.err and "paper jam" in printed.err
    assert "未打印" not in printed.out
