"""The accounts page and the audit viewer (administrators; single-user mode has full rights)."""

from __future__ import annotations

from datetime import datetime

from special_ed.domain.access import AccountInput, AccountRow, Role
from special_ed.domain.audit_view import AuditRow
from ui.admin_pages import AccountsModel, AuditModel, NewAccountDialog
from ui.operations import running_operations


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=15000)


def test_models_pass_the_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    accounts = AccountsModel()
    accounts.set_rows([AccountRow(1, "admin", "管理员", Role.ADMIN, "", "", "", True, False, None, None, 1),
                       AccountRow(2, "town", "专干", Role.TOWNSHIP, "高唐街道", "", "", False, True,
                                  datetime(2026, 11, 20, 10, 15), None, 3)])
    qtmodeltester.check(accounts)
    assert accounts.index(1, 3).data() == "高唐街道" and "已停用" in accounts.index(1, 4).data()
    audit = AuditModel()
    audit.set_rows([AuditRow(5, datetime(2026, 11, 20, 9, 0), "admin", "children", "12", "update", 12,
                             {"level": ["mild", "moderate"]})])
    qtmodeltester.check(audit)
    assert audit.index(0, 2).data() == "儿童" and audit.index(0, 4).data() == "修改"
    assert audit.index(0, 6).data().startswith("障碍程度")


def test_an_administrator_creates_an_account_and_reads_the_audit(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("accounts")
    _idle(qtbot)
    assert page.model.rowCount() == 0

    def fake_exec(dialog: NewAccountDialog) -> int:
        dialog.login.setText("admin")
        dialog.role.setCurrentIndex(dialog.role.findData("admin"))
        dialog.password.setText("admin-pass-1")
        dialog.again.setText("admin-pass-1")
        return 1

    monkeypatch.setattr(NewAccountDialog, "exec", fake_exec)
    page.new_account()
    _idle(qtbot)
    assert [r.login for r in page.model.rows] == ["admin"]
    assert services.accounts.exist()

    # a second "first" account that is not an administrator is refused with the reason shown
    services.accounts.login("admin", "admin-pass-1")

    def bad_exec(dialog: NewAccountDialog) -> int:
        dialog.login.setText("t1")
        dialog.role.setCurrentIndex(dialog.role.findData("township"))
        dialog.scope.setText("没有这个镇")
        dialog.password.setText("town-pass-1")
        dialog.again.setText("town-pass-1")
        return 1

    monkeypatch.setattr(NewAccountDialog, "exec", bad_exec)
    page.new_account()
    _idle(qtbot)
    assert "没有名为“没有这个镇”的乡镇" in page.message.text()
    assert [r.login for r in page.model.rows] == ["admin"]

    audit = window.show_page("audit")
    _idle(qtbot)
    audit.user.setText("admin")
    audit.refresh()
    _idle(qtbot)
    actions = {audit.model.index(r, 4).data() for r in range(audit.model.rowCount())}
    assert "登录" in actions and audit.model.rowCount() > 0
    # an account's township is named, not shown as "编号 N"
    services.accounts.create(AccountInput("town", "township", "town-pass-1", township="高唐街道"))
    audit.refresh()
    _idle(qtbot)
    created = [audit.model.index(r, 6).data() for r in range(audit.model.rowCount())
               if audit.model.index(r, 4).data() == "新建"]
    assert any("高唐街道" in text and "编号" not in text for text in created)
    audit.verify()
    _idle(qtbot)
    assert "哈希链" in audit.message.text() or "无断点" in audit.message.text()


def test_a_coordinator_has_no_administrators_pages(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from special_ed.services.accounts import Kdf
    from ui.main_window import MainWindow

    services.accounts.kdf = Kdf(time_cost=1, memory_cost=8, parallelism=1)
    services.accounts.create(AccountInput("admin", "admin", "admin-pass-1"))
    services.accounts.login("admin", "admin-pass-1")
    services.accounts.create(AccountInput("coord", "coordinator", "coord-pass-1"))
    services.accounts.login("coord", "coord-pass-1")
    services.accounts.change_own_password("coord-pass-1", "coord-pass-2")
    win = MainWindow(services, services.info.display)
    qtbot.addWidget(win)
    keys = [win.nav.item(i).data(256) for i in range(win.nav.count())]
    assert "accounts" not in keys and "audit" not in keys and "registry" in keys
    assert "coord" in win.windowTitle() and "县特教中心" in win.windowTitle()
    _idle(qtbot)


def test_the_registry_export_masks_ids_unless_full_and_is_audited(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from special_ed.domain.audit_view import AuditFilter
    from special_ed.progress import SilentProgress
    from special_ed.results.registry import RegistryQuery
    from ui.registry.columns import COLUMNS
    from ui.registry.export import write_view

    id_col = next(i for i, c in enumerate(COLUMNS) if c.key == "resident_id")
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    write_view(services.registry, RegistryQuery(), [0, id_col], "zh", masked, SilentProgress())
    write_view(services.registry, RegistryQuery(), [0, id_col], "zh", full, SilentProgress(), full=True)
    ids_masked = [r[1] for r in list(load_workbook(masked).active.iter_rows(values_only=True))[1:] if r[1]]
    ids_full = [r[1] for r in list(load_workbook(full).active.iter_rows(values_only=True))[1:] if r[1]]
    assert ids_masked and all("********" in i for i in ids_masked)
    assert ids_full and not any("*" in i for i in ids_full)
    kinds = [r.action for r in services.audit.entries(AuditFilter(table="children"))]
    assert kinds[:2] == ["export_full", "export"]
