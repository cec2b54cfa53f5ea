"""A scoped actor's queries contain only the children of their scope — enforced by the database query.

The unit of work puts the actor's :class:`~special_ed.domain.access.Scope` into ``session.info``;
every ORM SELECT, UPDATE and DELETE run through that session then carries the scope as extra
WHERE criteria (SQLAlchemy's ``with_loader_criteria``) on ``children`` and on every table whose
rows belong to a child (guardians, placements, records, visits, 三查 findings …). So the registry,
its counts, coverage charts, compliance, exports, batch prints and the 三查 lists of a township
user are computed from that township's children only — nothing is fetched and filtered later.

Writes are guarded before the flush: a new or changed child must lie in the scope (a township
user cannot create a child in, or move one to, another township), and a new row belonging to a
child must belong to a child the actor can see.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, event, false, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from special_ed.domain.access import Scope
from special_ed.errors import PermissionDeniedError
from special_ed.persistence import models as m

SCOPE_KEY = "special_ed_scope"

# Tables whose rows belong to one child (child_id). Findings are handled apart (child_id may be NULL).
CHILD_OWNED: tuple[type[Any], ...] = (
    m.Guardian,
    m.ChildUnavailable,
    m.CommitteeAssessment,
    m.PlacementRecord,
    m.CoverageException,
    m.Scheme,
    m.TermPlan,
    m.LessonPlan,
    m.ProgressAssessment,
    m.Attachment,
    m.Visit,
    m.StructuredAssessment,
    m.Referral,
)


def child_condition(scope: Scope) -> ColumnElement[bool]:
    """The WHERE clause on ``children`` that defines a scope."""
    conds: list[ColumnElement[bool]] = []
    if scope.township_id is not None:
        conds.append(m.Child.township_id == scope.township_id)
    if scope.school_id is not None:
        conds.append(
            or_(m.Child.placement_school_id == scope.school_id, m.Child.register_school_id == scope.school_id)
        )
    if scope.team_id is not None:
        conds.append(m.Child.team_id == scope.team_id)
    return and_(*conds) if conds else ~false()


def township_condition(scope: Scope) -> ColumnElement[bool]:
    """The WHERE clause on ``townships`` for what a scoped actor's statistics and lists name.

    Townships are not a child's rows, so the criteria hook leaves them alone (a child's township is
    still named on its row); but a township user's coverage table, charts and reports list their
    own township only, never the other townships with zeros. A school or a team lists its school's
    township and the townships its (active) children live in. The whole county: every township.
    """
    if scope.whole_county:
        return ~false()
    if scope.township_id is not None:
        return m.Township.id == scope.township_id
    ct, st, tt = m.Child.__table__, m.School.__table__, m.Team.__table__
    lived = select(ct.c.township_id).where(child_condition(scope), ct.c.archived_at.is_(None))
    conds: list[ColumnElement[bool]] = [m.Township.id.in_(lived)]
    if scope.school_id is not None:
        conds.append(m.Township.id.in_(select(st.c.township_id).where(st.c.id == scope.school_id)))
    if scope.team_id is not None:
        base = select(st.c.township_id).join(tt, tt.c.school_id == st.c.id).where(tt.c.id == scope.team_id)
        conds.append(m.Township.id.in_(base))
    return or_(*conds)


def _scoped_ids(scope: Scope) -> Any:
    # a plain Core select on the table, so that the criteria hook does not nest into itself
    t = m.Child.__table__
    cond = child_condition(scope)
    return select(t.c.id).where(cond)


def _finding_condition(scope: Scope, columns: Any, ids: Any) -> Any:
    cond: Any = columns.child_id.in_(ids)
    if scope.township_name and scope.school_id is None and scope.team_id is None:
        # a person an agency lists but the registry lacks belongs to the township the agency names
        cond = or_(cond, and_(columns.child_id.is_(None), columns.township == scope.township_name))
    return cond


def _criteria(scope: Scope) -> list[Any]:
    ids = _scoped_ids(scope)
    options = [with_loader_criteria(m.Child, child_condition(scope), include_aliases=True)]
    for model in CHILD_OWNED:
        if model is m.LessonPlan:
            # a school's lesson-plan templates (no child) stay visible
            cond: Any = or_(model.child_id.is_(None), model.child_id.in_(ids))
        else:
            cond = model.child_id.in_(ids)
        options.append(with_loader_criteria(model, cond, include_aliases=True))
    options.append(
        with_loader_criteria(m.Finding, _finding_condition(scope, m.Finding, ids), include_aliases=True)
    )
    ft = m.Finding.__table__
    scoped_findings = select(ft.c.id).where(_finding_condition(scope, ft.c, ids))
    options.append(
        with_loader_criteria(m.FollowUp, m.FollowUp.finding_id.in_(scoped_findings), include_aliases=True)
    )
    # agencies' rows: those of the township, and those naming one of the scope's children by resident ID
    ct = m.Child.__table__
    known = select(ct.c.resident_id).where(child_condition(scope), ct.c.resident_id.is_not(None))
    row_cond: Any = m.SourceRow.resident_id.in_(known)
    if scope.township_name and scope.school_id is None and scope.team_id is None:
        row_cond = or_(row_cond, m.SourceRow.township == scope.township_name)
    options.append(with_loader_criteria(m.SourceRow, row_cond, include_aliases=True))
    # 控辍保学 cases: a case about a person the registry lacks belongs to its township, like findings
    case_cond: Any = m.DropoutCase.child_id.in_(ids)
    if scope.township_name and scope.school_id is None and scope.team_id is None:
        case_cond = or_(
            case_cond, and_(m.DropoutCase.child_id.is_(None), m.DropoutCase.township == scope.township_name)
        )
    options.append(with_loader_criteria(m.DropoutCase, case_cond, include_aliases=True))
    return options


def _on_execute(state: ORMExecuteState) -> None:
    scope: Scope | None = state.session.info.get(SCOPE_KEY)
    if scope is None or scope.whole_county:
        return
    if state.is_column_load or state.is_relationship_load:
        # lazy loads of what an already scoped row refers to: the parent row was scoped
        return
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(*_criteria(scope))


def _in_scope(session: Session, scope: Scope, child_id: int | None) -> bool:
    if child_id is None:
        return True
    found = session.execute(_scoped_ids(scope).where(m.Child.__table__.c.id == child_id)).first()
    return found is not None


def _child_fits(scope: Scope, child: m.Child) -> bool:
    return scope.admits(
        child.township_id, (child.placement_school_id, child.register_school_id), child.team_id
    )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    scope: Scope | None = session.info.get(SCOPE_KEY)
    if scope is None or scope.whole_county:
        return
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, m.Child):
            if not _child_fits(scope, obj):
                raise PermissionDeniedError("scope.child_outside", name=obj.name, scope=scope.label)
        elif isinstance(obj, (*CHILD_OWNED, m.Finding)) and obj in session.new:
            child_id = getattr(obj, "child_id", None)
            if not _in_scope(session, scope, child_id):
                raise PermissionDeniedError("scope.row_outside", child=str(child_id), scope=scope.label)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "before_flush", _before_flush)
