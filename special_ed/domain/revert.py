"""撤销上一次保存: which records can be reverted (the results a revert returns: special_ed.results.revert).

A record kind is revertible when every save of it is audited in full: the record's own row and
the rows that belong to it and are saved with it (a child's guardians). The service
(:mod:`special_ed.services.revert`) finds the last save from the audit and writes the values from
before it back, in one transaction, refusing when anything the save touched changed since.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RevertKind:
    table: str
    action: str  # the permission a revert needs: the same as saving the record
    family: tuple[str, ...] = ()  # tables of rows saved with the record, found by their child_id


# Kinds whose audit holds everything a save writes, so nothing is reverted by halves (a visit's
# teachers are audited with the visit, as its teacher_ids). Not (yet): schemes, whose goals carry no
# child id.
KINDS: dict[str, RevertKind] = {
    k.table: k
    for k in (
        RevertKind("children", "children.write", ("guardians",)),
        RevertKind("progress_assessments", "records.assessment"),
        RevertKind("term_plans", "records.plan"),
        RevertKind("lesson_plans", "records.lesson"),
        RevertKind("visits", "records.visit"),
    )
}
