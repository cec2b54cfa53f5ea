"""Write a plan in the format its file name asks for: .json plan, .xlsx, .ics per team, .pdf route sheets.

Used by :class:`special_ed.scheduling.service.ScheduleService` (the schedule page and ``special-ed
schedule --month``) and by the database-free ``special-ed schedule --scenario`` command.
"""

from __future__ import annotations

from pathlib import Path

from special_ed.errors import SpecialEdError
from special_ed.scheduling.model import Scenario
from special_ed.scheduling.plan import Plan, save_plan

OUTPUT_TYPES = (".json", ".xlsx", ".ics", ".pdf")

# (team id → member names, child id → village and address) for the printed route sheets
SheetDetails = tuple[dict[str, str], dict[str, str]]


def write_outputs(plan: Plan, scenario: Scenario, out: Path, lang: str = "zh",
                  details: SheetDetails | None = None) -> list[Path]:
    """Write the plan in the format the file name asks for; returns the files written."""
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_TYPES:
        raise SpecialEdError("sched.file_type", path=str(out), allowed=", ".join(OUTPUT_TYPES))
    if suffix == ".json":
        save_plan(plan, out)
        return [out]
    if suffix == ".xlsx":
        from special_ed.scheduling.export.xlsx import write_xlsx

        write_xlsx(plan, scenario, out, lang)
        return [out]
    if suffix == ".pdf":
        from special_ed.scheduling.export.pdf import write_route_sheets

        members, places = details or ({}, {})
        write_route_sheets(plan, scenario, out, members, places)
        return [out]
    from special_ed.scheduling.export.ics import team_calendar

    written = []
    for team in scenario.teams:
        if not any(r.team == team.id for r in plan.routes):
            continue
        path = out.with_name(f"{out.stem}-{team.id}.ics")
        try:
            path.write_bytes(team_calendar(plan, scenario, team.id).encode("utf-8"))
        except OSError as exc:
            raise SpecialEdError("file.unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
        written.append(path)
    return written
