"""`special-ed users …`, the global --user login and `special-ed audit`, in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

ADMIN_PW = "admin-pass-2026"


def run(*args: str, db: Path, password: str | None = None, stdin: str = "",
        check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SPECIAL_ED_PASSWORD"}
    env.update({"SPECIAL_ED_DB": str(db), "QT_QPA_PLATFORM": "offscreen"})
    if password is not None:
        env["SPECIAL_ED_PASSWORD"] = password
    proc = subprocess.run([sys.executable, "-m", "special_ed", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def _refused(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr  # one line, no traceback
    for word in words:
        assert word in lines[0], lines[0]


def test_accounts_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    run("demo", "--children", "60", db=db)
    # the first account must be an administrator
    _refused(run("users", "add", "wang", "--role", "coordinator", "--password-stdin", db=db,
                 stdin="coord-pass-1\n", check=False), "第一个账户必须是系统管理员")
    out = run("users", "add", "admin", "--role", "admin", "--password-stdin", db=db, stdin=ADMIN_PW + "\n").stdout
    assert "admin" in out and "系统管理员" in out
    # from now on nobody works without logging in
    _refused(run("export", "children", str(tmp_path / "x.xlsx"), db=db, check=False), "请先登录")
    _refused(run("--user", "admin", "users", "list", db=db, password="wrong-pass", check=False), "密码不正确")
    _refused(run("--user", "ghost", "users", "list", db=db, password="x", check=False), "没有名为“ghost”的账户")
    # a scope naming an unknown township: nothing created
    _refused(run("--user", "admin", "users", "add", "t1", "--role", "township", "--township", "无此镇",
                 "--password-stdin", db=db, password=ADMIN_PW, stdin="town-pass-1\n", check=False), "无此镇")
    run("--user", "admin", "users", "add", "town", "--role", "township", "--township", "高唐街道",
        "--password-stdin", db=db, password=ADMIN_PW, stdin="town-pass-1\n")
    run("--user", "admin", "users", "add", "du", "--role", "viewer", "--password-stdin", db=db,
        password=ADMIN_PW, stdin="viewer-pass-1\n")
    listing = run("--user", "admin", "users", "list", db=db, password=ADMIN_PW).stdout
    assert "town" in listing and "高唐街道" in listing and "须改密码" in listing
    assert "t1" not in listing
    # the new account must change its password first
    _refused(run("--user", "town", "export", "children", str(tmp_path / "t.xlsx"), db=db,
                 password="town-pass-1", check=False), "须先修改初始密码")
    run("--user", "town", "users", "passwd", "--password-stdin", db=db, password="town-pass-1",
        stdin="town-pass-2\n")
    run("--user", "du", "users", "passwd", "--password-stdin", db=db, password="viewer-pass-1",
        stdin="viewer-pass-2\n")
    # a township user's export holds only the township; full values are theirs to ask for
    full = tmp_path / "town.xlsx"
    run("--user", "town", "export", "children", str(full), "--full", db=db, password="town-pass-2")
    rows = list(load_workbook(full, read_only=True).active.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert data and {r[header.index("乡镇（街道）")] for r in data} == {"高唐街道"}
    assert all("*" not in (r[header.index("身份证号")] or "") for r in data)
    # a viewer gets masked values and is refused --full
    masked = tmp_path / "viewer.xlsx"
    run("--user", "du", "export", "children", str(masked), db=db, password="viewer-pass-2")
    rows = list(load_workbook(masked, read_only=True).active.iter_rows(values_only=True))
    ids = [r[rows[0].index("身份证号")] for r in rows[1:] if r[rows[0].index("身份证号")]]
    assert ids and all("********" in i for i in ids)
    _refused(run("--user", "du", "export", "children", str(tmp_path / "v2.xlsx"), "--full", db=db,
                 password="viewer-pass-2", check=False), "督导", "不能导出完整身份证号和电话")
    # administrators: disable, reset; the last admin stays
    _refused(run("--user", "admin", "users", "disable", "admin", db=db, password=ADMIN_PW, check=False),
             "不能停用当前登录的账户")
    run("--user", "admin", "users", "disable", "du", db=db, password=ADMIN_PW)
    _refused(run("--user", "du", "users", "list", db=db, password="viewer-pass-2", check=False), "已停用")
    run("--user", "admin", "users", "reset", "town", "--password-stdin", db=db, password=ADMIN_PW,
        stdin="town-reset-1\n")
    # the audit names the accounts, verifies, and exports
    verified = run("--user", "admin", "audit", "--verify", db=db, password=ADMIN_PW).stdout
    assert "审计记录完整" in verified
    out = tmp_path / "audit.xlsx"
    run("--user", "admin", "audit", "--user", "town", "--out", str(out), db=db, password=ADMIN_PW)
    audit_rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    kinds = {r[5] for r in audit_rows[1:]}
    assert {r[2] for r in audit_rows[1:]} == {"town"}
    assert {"登录", "导出（完整身份证号）"} <= kinds
    # no password in clear anywhere in the database
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("county.sqlite3*"))
    for pw in (ADMIN_PW, "town-pass-1", "town-pass-2", "viewer-pass-2", "town-reset-1"):
        assert pw.encode() not in raw
    # tampering is detected
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT MIN(id) + 3 FROM audit_log)")
    conn.commit()
    conn.close()
    bad = run("--user", "admin", "audit", "--verify", db=db, password=ADMIN_PW, check=False)
    assert bad.returncode != 0 and "校验未通过" in bad.stderr


def test_idle_lock_time_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "county.sqlite3"
    run("demo", "--children", "20", db=db)
    run("users", "add", "admin", "--role", "admin", "--password-stdin", db=db, stdin=ADMIN_PW + "\n")
    assert "15 分钟" in run("--user", "admin", "users", "idle-lock", db=db, password=ADMIN_PW).stdout
    assert "30 分钟" in run("--user", "admin", "users", "idle-lock", "30", db=db, password=ADMIN_PW).stdout
    _refused(run("--user", "admin", "users", "idle-lock", "0", db=db, password=ADMIN_PW, check=False),
             "空闲锁定时间（分钟）", "1–120")
    run("--user", "admin", "users", "add", "wang", "--role", "coordinator", "--password-stdin", db=db,
        password=ADMIN_PW, stdin="coord-pass-1\n")
    run("--user", "wang", "users", "passwd", "--password-stdin", db=db, password="coord-pass-1",
        stdin="coord-pass-2\n")
    _refused(run("--user", "wang", "users", "idle-lock", "60", db=db, password="coord-pass-2", check=False),
             "修改设置")
    assert "30 分钟" in run("--user", "admin", "users", "idle-lock", db=db, password=ADMIN_PW).stdout
