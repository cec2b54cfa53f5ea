"""Give one home-taught child of a demo database a full term of records, copied from the print specimen.

Used by the benchmark (a full-term file built from the database) and to make
the sample pages in docs/print_samples. Until the records feature's demo
generator fills past terms, demo children have no scheme, plan, lessons or
visits of their own.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from special_ed.persistence import models as m
from special_ed.printing.specimen import specimen_child

KIND = {"基线评估": "baseline", "期中评估": "midterm", "期末评估": "endterm"}
FIELD = {"送政策": "policy", "送关爱": "care", "送康复": "rehab", "送知识": "knowledge", "送技能": "skills"}


def seed_full_term(app, child_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    spec = specimen_child(as_of=app.ctx.today())
    with app.uow("seed.write") as uow:
        s = uow.session
        if child_id is None:
            child_id = s.scalar(
                select(m.Child.id).where(m.Child.placement == "home").order_by(m.Child.id).limit(1)
            )
        child = s.get(m.Child, child_id)
        team = s.get(m.Team, child.team_id) if child.team_id else None
        teacher_ids = [x.teacher_id for x in team.members] if team else []
        sc = spec.scheme
        scheme = m.Scheme(
            child_id=child.id,
            school_year="2026-2027",
            present_levels=dict(sc.present_levels),
            supports=sc.supports,
            implementation=sc.implementation,
            transition=sc.transition,
            team_members="、".join(sc.team_members[:3]),
            guardian_agreed_on=sc.guardian_agreed_on,
            guardian_name=child.guardians[0].name if child.guardians else "",
            reviewed_on=sc.guardian_agreed_on,
        )
        scheme.goals = [
            m.Goal(
                kind="long" if g.long_term else "term",
                domain=g.domain,
                text=g.text,
                criterion=g.criterion,
                target_date=g.target_date,
                responsible=g.responsible,
                position=i,
            )
            for i, g in enumerate(sc.goals)
        ]
        s.add(scheme)
        s.flush()
        goal_ids = [g.id for g in scheme.goals]
        tp = spec.term_plan
        s.add(
            m.TermPlan(
                child_id=child.id,
                term="2026年秋季学期",
                term_start=tp.start,
                term_end=tp.end,
                planned_visits=sum(x.planned_visits for x in tp.months),
                planned_hours=Decimal(str(sum(x.planned_hours for x in tp.months))),
                months=[
                    {
                        "month": f"{2026 if i < 4 else 2027}-{(9 + i - 1) % 12 + 1:02d}",
                        "topics": x.topics,
                        "goal_ids": goal_ids[i % 5 : i % 5 + 2],
                        "planned_visits": x.planned_visits,
                        "planned_hours": x.planned_hours,
                    }
                    for i, x in enumerate(tp.months)
                ],
                notes=tp.notes,
            )
        )
        lessons = {}
        for i, lp in enumerate(spec.lesson_plans):
            row = m.LessonPlan(
                child_id=child.id,
                planned_on=lp.taught_on,
                topic=lp.topic,
                objectives=lp.objectives[1],
                goal_ids=[goal_ids[i % 5]],
                textbook_unit=lp.textbook_unit,
                materials=lp.materials,
                steps=lp.steps,
                evaluation=lp.evaluation,
                reflection=lp.reflection,
            )
            s.add(row)
            lessons[lp.taught_on] = row
        s.flush()
        cancelled_ids = {}
        guardian = child.guardians[0].name if child.guardians else ""
        for v in spec.visits:
            row = m.Visit(
                child_id=child.id,
                team_id=team.id if team else None,
                day=v.visit_date,
                start_time=v.start,
                end_time=v.end,
                place="学生家中",
                status={"已完成": "done", "已取消": "cancelled"}.get(v.status, "planned"),
                cancel_reason="child_ill" if v.status == "已取消" else None,
                cancel_note="发烧，家长电话告知" if v.status == "已取消" else None,
                class_hours=Decimal(str(v.class_hours)) if v.status == "已完成" else None,
                guardian_present=v.guardian_present,
                guardian_name=guardian if v.guardian_present else None,
                guardian_confirmed=v.guardian_present,
                next_steps=v.next_steps or None,
                makeup_of_id=cancelled_ids.get(v.makeup_of),
                lesson_plan_id=lessons[v.visit_date].id if v.visit_date in lessons else None,
            )
            for word, attr in FIELD.items():
                if v.delivered(word):
                    setattr(row, attr, True)
                    setattr(row, f"{attr}_note", v.deliveries[word] or None)
            row.teachers = [m.VisitTeacher(teacher_id=t) for t in teacher_ids[:2]]
            s.add(row)
            s.flush()
            if v.status == "已取消":
                cancelled_ids[v.visit_date] = row.id
        for a in spec.assessments:
            s.add(
                m.ProgressAssessment(
                    child_id=child.id,
                    kind=KIND[a.kind],
                    assessed_on=a.assessed_on,
                    assessor="、".join(a.assessors),
                    notes=a.summary,
                    domain_scores={x.domain: x.score for x in a.scores},
                    goal_attainment={str(goal_ids[i]): g.attainment for i, g in enumerate(a.goal_attainment)},
                )
            )
        for a in spec.attachments:
            kind = {"送教协议": "agreement", "照片": "photo", "作业": "homework"}[a.kind]
            s.add(
                m.Attachment(
                    child_id=child.id,
                    kind=kind,
                    taken_on=a.added_on,
                    description=a.title,
                    filename=a.filename,
                    mime="application/octet-stream",
                    size=a.size_bytes,
                    sha256=a.sha256,
                    content=b"",
                )
            )
        uow.commit()
    return int(child_id)
