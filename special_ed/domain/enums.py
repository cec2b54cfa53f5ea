"""Closed vocabularies of the domain.

Values are short stable ASCII codes (stored in the database and in files);
``label`` gives the Chinese term the coordinators use, ``label_en`` the English.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry a Chinese and an English label."""

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    def text(self, lang: str = "zh") -> str:
        return self.label if lang == "zh" else self.label_en

    @classmethod
    def from_label(cls, text: str) -> Labelled | None:
        """Find a member by its code, Chinese label or English label (import and CLI input)."""
        needle = text.strip()
        for member in cls:
            if needle in (member.value, member.label, member.label_en):
                return member
        return None


class Sex(Labelled):
    MALE = "M"
    FEMALE = "F"


class Level(Labelled):
    """Assessed level of the disability's impact: the expert committee's conclusion."""

    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Placement(Labelled):
    MAINSTREAM = "mainstream"  # 随班就读
    SPECIAL_SCHOOL = "special_school"  # 特校就读
    HOME = "home"  # 送教上门


class Category(Labelled):
    """GB/T 26341-2010 disability categories; the value is the certificate digit."""

    VISUAL = "1"
    HEARING = "2"
    SPEECH = "3"
    PHYSICAL = "4"
    INTELLECTUAL = "5"
    MENTAL = "6"
    MULTIPLE = "7"


class ChildStatus(Labelled):
    IN_SCHOOL = "in_school"
    SUSPENDED = "suspended"
    GRADUATED = "graduated"
    TRANSFERRED = "transferred"
    OVER_AGE = "over_age"
    DECEASED = "deceased"


class SchoolKind(Labelled):
    ORDINARY = "ordinary"
    SPECIAL = "special"
    TEACHING_POINT = "teaching_point"
    KINDERGARTEN = "kindergarten"


class TeacherRole(Labelled):
    SPECIAL_ED = "special_ed"
    ORDINARY = "ordinary"
    THERAPIST = "therapist"
    DOCTOR = "doctor"
    DRIVER = "driver"  # 出车人员: goes on the visit, credited trips but no teaching workload
    OTHER = "other"


class VisitKind(Labelled):
    """What a visit was: teaching at the child's home, or a 家长课堂 for the guardians (福建 counts it)."""

    HOME = "home_visit"  # not "home": StrEnum members equal to Placement.HOME would share its label
    PARENT_CLASS = "parent_class"


class GuardianRelation(Labelled):
    FATHER = "father"
    MOTHER = "mother"
    GRANDFATHER = "grandfather"
    GRANDMOTHER = "grandmother"
    OTHER = "other"


class FamilyFlag(Labelled):
    REGISTERED_POOR = "registered_poor"  # 建档立卡
    DIBAO = "dibao"  # 低保
    LEFT_BEHIND = "left_behind"  # 留守
    ORPHAN = "orphan"  # 孤儿


class VisitStatus(Labelled):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class CancelReason(Labelled):
    CHILD_ILL = "child_ill"
    FAMILY_AWAY = "family_away"
    WEATHER = "weather"
    ROAD_CLOSED = "road_closed"
    TEACHER_LEAVE = "teacher_leave"
    OTHER = "other"


class Delivery(Labelled):
    """五送: what a home visit delivers."""

    POLICY = "policy"
    CARE = "care"
    REHAB = "rehab"
    KNOWLEDGE = "knowledge"
    SKILLS = "skills"


class AssessmentKind(Labelled):
    """评估 in the 五有 file (not the expert committee's placement assessment)."""

    BASELINE = "baseline"
    MIDTERM = "midterm"
    ENDTERM = "endterm"


class AttachmentKind(Labelled):
    AGREEMENT = "agreement"
    CERTIFICATE = "certificate"
    PHOTO = "photo"
    HOMEWORK = "homework"
    SIGNATURE = "signature"
    FORM = "form"
    OTHER = "other"


class GoalKind(Labelled):
    LONG_TERM = "long"
    TERM = "term"


_LABELS: dict[Labelled, tuple[str, str]] = {
    Sex.MALE: ("男", "male"),
    Sex.FEMALE: ("女", "female"),
    Level.MILD: ("轻度", "mild"),
    Level.MODERATE: ("中度", "moderate"),
    Level.SEVERE: ("重度", "severe"),
    Placement.MAINSTREAM: ("随班就读", "mainstream class"),
    Placement.SPECIAL_SCHOOL: ("特校就读", "special school"),
    Placement.HOME: ("送教上门", "home teaching"),
    Category.VISUAL: ("视力", "visual"),
    Category.HEARING: ("听力", "hearing"),
    Category.SPEECH: ("言语", "speech"),
    Category.PHYSICAL: ("肢体", "physical"),
    Category.INTELLECTUAL: ("智力", "intellectual"),
    Category.MENTAL: ("精神", "mental"),
    Category.MULTIPLE: ("多重", "multiple"),
    ChildStatus.IN_SCHOOL: ("在学", "in school"),
    ChildStatus.SUSPENDED: ("休学", "suspended"),
    ChildStatus.GRADUATED: ("毕业", "graduated"),
    ChildStatus.TRANSFERRED: ("转出", "transferred"),
    ChildStatus.OVER_AGE: ("超龄", "over-age"),
    ChildStatus.DECEASED: ("死亡", "deceased"),
    SchoolKind.ORDINARY: ("普通学校", "ordinary school"),
    SchoolKind.SPECIAL: ("特殊教育学校", "special-education school"),
    SchoolKind.TEACHING_POINT: ("教学点", "teaching point"),
    SchoolKind.KINDERGARTEN: ("幼儿园", "kindergarten"),
    TeacherRole.SPECIAL_ED: ("特教教师", "special-education teacher"),
    TeacherRole.ORDINARY: ("普校教师", "ordinary-school teacher"),
    TeacherRole.THERAPIST: ("康复治疗师", "rehabilitation therapist"),
    TeacherRole.DOCTOR: ("医生", "doctor"),
    TeacherRole.DRIVER: ("出车人员", "driver"),
    TeacherRole.OTHER: ("其他", "other"),
    VisitKind.HOME: ("入户送教", "home teaching"),
    VisitKind.PARENT_CLASS: ("家长课堂", "parent class"),
    GuardianRelation.FATHER: ("父亲", "father"),
    GuardianRelation.MOTHER: ("母亲", "mother"),
    GuardianRelation.GRANDFATHER: ("祖父/外祖父", "grandfather"),
    GuardianRelation.GRANDMOTHER: ("祖母/外祖母", "grandmother"),
    GuardianRelation.OTHER: ("其他", "other"),
    FamilyFlag.REGISTERED_POOR: ("建档立卡", "registered poor"),
    FamilyFlag.DIBAO: ("低保", "minimum-income support"),
    FamilyFlag.LEFT_BEHIND: ("留守", "left-behind"),
    FamilyFlag.ORPHAN: ("孤儿", "orphan"),
    VisitStatus.PLANNED: ("计划", "planned"),
    VisitStatus.DONE: ("已完成", "done"),
    VisitStatus.CANCELLED: ("已取消", "cancelled"),
    CancelReason.CHILD_ILL: ("儿童生病", "child ill"),
    CancelReason.FAMILY_AWAY: ("家庭外出", "family away"),
    CancelReason.WEATHER: ("天气原因", "weather"),
    CancelReason.ROAD_CLOSED: ("道路中断", "road closed"),
    CancelReason.TEACHER_LEAVE: ("教师请假", "teacher on leave"),
    CancelReason.OTHER: ("其他", "other"),
    Delivery.POLICY: ("送政策", "policy"),
    Delivery.CARE: ("送关爱", "care"),
    Delivery.REHAB: ("送康复", "rehabilitation"),
    Delivery.KNOWLEDGE: ("送知识", "knowledge"),
    Delivery.SKILLS: ("送技能", "skills"),
    AssessmentKind.BASELINE: ("基线评估", "baseline"),
    AssessmentKind.MIDTERM: ("期中评估", "mid-term"),
    AssessmentKind.ENDTERM: ("期末评估", "end of term"),
    AttachmentKind.AGREEMENT: ("送教协议", "service agreement"),
    AttachmentKind.CERTIFICATE: ("残疾证复印件", "certificate copy"),
    AttachmentKind.PHOTO: ("照片", "photo"),
    AttachmentKind.HOMEWORK: ("作业", "homework"),
    AttachmentKind.SIGNATURE: ("签字确认", "signature"),
    AttachmentKind.FORM: ("表格", "form"),
    AttachmentKind.OTHER: ("其他", "other"),
    GoalKind.LONG_TERM: ("长期目标", "long-term goal"),
    GoalKind.TERM: ("学期目标", "term goal"),
}
