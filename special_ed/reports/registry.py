"""The reports ``special-ed report NAME`` can write, with their Chinese names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from special_ed.errors import SpecialEdError
from special_ed.persistence import models as m
from special_ed.printing.issuer import issuer_for
from special_ed.reports.model import Acting, Report


@dataclass(frozen=True)
class ReportSpec:
    key: str
    name: str  # Chinese name
    build: Callable[[Acting, Any, list[str]], Report]


def _workload(acting: Acting, app: Any, towns: list[str]) -> Report:
    from special_ed.reports import workload

    return workload.build(acting, app.norms, towns)


def _county(name: str) -> Callable[[Acting, Any, list[str]], Report]:
    def build(acting: Acting, app: Any, towns: list[str]) -> Report:
        from special_ed.reports import county

        builder: Callable[[Acting, Any, list[str]], Report] = getattr(county, name)
        return builder(acting, app, towns)

    return build


def _forms(name: str) -> Callable[[Acting, Any, list[str]], Report]:
    def build(acting: Acting, app: Any, towns: list[str]) -> Report:
        from special_ed.reports import dropout_forms

        builder: Callable[[Acting, Any, list[str]], Report] = getattr(dropout_forms, name)
        return builder(acting, app, towns)

    return build


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("school-age-ledger", "适龄残疾儿童少年台账（控辍保学）", _county("school_age_ledger")),
    ReportSpec("suspected-dropout-ledger", "疑似辍学学生台账", _county("suspected_dropout_ledger")),
    ReportSpec("dropout-ledger", "辍学学生台账", _county("dropout_ledger")),
    ReportSpec("dropout-monthly", "控辍保学月报表", _forms("monthly_form")),
    ReportSpec("dropout-quarterly", "控辍保学季度复核表", _forms("quarterly_recheck")),
    ReportSpec("mainstream-ledger", "随班就读工作台账", _county("mainstream_ledger")),
    ReportSpec("disability-enrolment", "三类残疾儿童少年入学情况统计表", _county("disability_enrolment")),
    ReportSpec("check-report", "适龄残疾儿童少年入学情况核查报告", _county("check_report")),
    ReportSpec("registration-form", "未入学适龄残疾儿童少年实名调查登记表", _county("registration_form")),
    ReportSpec("enrolment-summary", "特殊教育招生入学情况汇总表", _county("enrolment_summary")),
    ReportSpec("teacher-workload", "送教上门教师工作量统计表", _workload),
    ReportSpec("xueji-consistency", "学籍信息一致性核对表（登记册与学籍系统）", _county("xueji_consistency")),
)


def spec(key: str) -> ReportSpec:
    for r in REPORTS:
        if r.key == key:
            return r
    raise SpecialEdError("report.unknown", name=key)


def township_names(app: Any) -> list[str]:
    """The townships the acting user reports on: the whole county, or only those of their scope."""
    from special_ed.persistence.scope import township_condition

    scoped = township_condition(app.ctx.actor.scope)
    with app.ctx.uow("read") as uow:
        return list(
            uow.session.scalars(select(m.Township.name).where(m.Township.archived_at.is_(None), scoped))
        )


def build(app: Any, key: str, acting: Acting) -> Report:
    """The one entry point of every report (GUI and CLI alike): scope applies inside ``acting_scope``;
    the title, 填报单位 and seals name the county profile's bodies (``printing.issuer``)."""
    issuer = issuer_for(app.county.profile())
    report = spec(key).build(replace(acting, issuer=issuer), app, township_names(app))
    return report if report.seals else replace(report, seals=issuer.seal_lines)
