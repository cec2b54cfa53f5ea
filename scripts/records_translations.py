"""Fill and compile the records screens' Chinese catalogue.

Run after changing UI strings in ui/records/:
    python scripts/records_translations.py
It runs lupdate (keeping existing translations), adds the Chinese below for any
unfinished entry, fails listing strings that still have no Chinese, and runs lrelease.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "records_zh_CN.ts"
BIN = Path(sys.executable).parent

ZH = {
    "Kind": "类型",
    "Date": "日期",
    "File": "文件",
    "Size": "大小",
    "Description": "说明",
    "SHA-256": "SHA-256",
    "Assessor": "评估人",
    "Mean score": "平均分",
    "Goals assessed": "评估目标数",
    "Name": "名称",
    "Township": "乡镇",
    "Team": "送教小组",
    "Children": "儿童数",
    "Children short": "未达标儿童",
    "Visits required": "应送教次数",
    "Visits delivered": "实送教次数",
    "Visits short": "缺少次数",
    "Class hours required": "应送课时",
    "Class hours delivered": "实送课时",
    "Class hours short": "缺少课时",
    "Cancelled": "取消",
    "Make-ups": "补送",
    "Not logged": "未登记",
    "Reasons for missed visits": "未送原因",
    "When": "状态",
    "Overdue": "已逾期",
    "Due": "待办",
    "Child": "儿童",
    "What": "事项",
    "Topic": "课题",
    "Textbook unit": "教材单元",
    "For visit": "对应送教",
    "Template": "模板",
    "Month": "月份",
    "Topics": "教学主题",
    "Goals": "关联目标",
    "Planned visits": "计划次数",
    "Planned class hours": "计划课时",
    "Start": "开始",
    "End": "结束",
    "Not done because": "未送原因",
    "Guardian": "监护人",
    "Confirmed": "已确认",
    "Domain": "领域",
    "Goal": "目标",
    "Measurable criterion": "可测量的达成标准",
    "Every goal needs a measurable criterion": "每条目标都须有可测量的达成标准",
    "Target date": "完成日期",
    "Responsible": "负责人",
    "Term": "学期",
    " · make-up": " · 补送",
    "Date and time": "日期与时间",
    "Status": "状态",
    "Five deliveries": "五送内容",
    "Class hours": "课时",
    "Teachers": "教师",
    "Make-up": "补送",
    " (so far)": "（截至今日）",
    "Required visits": "应送次数",
    "Delivered": "实送次数",
    "Required hours": "应送课时",
    "Delivered hours": "实送课时",
    "Add file…": "添加文件…",
    "View": "查看",
    "Archive…": "归档…",
    "Allowed: {0}; at most {1}": "允许的类型：{0}；单个文件不超过 {1}",
    "Choose a scan or photo": "选择扫描件或照片",
    "Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)": "文档和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)",
    "Archive attachment": "归档附件",
    "Why is it archived?": "归档原因：",
    "Scores by domain (0–100)": "各领域得分（0–100）",
    "not assessed": "未评估",
    "Attainment of goals (0 = not yet … 4 = achieved)": "目标达成度（0 = 未达成 … 4 = 完全达成）",
    "New assessment": "新建评估",
    "Save assessment": "保存评估",
    "SHA-256 (verified): {0}": "SHA-256（已校验）：{0}",
    "Cancel the visit": "取消送教",
    "Reason": "原因",
    "Note": "说明",
    "not placed": "未安置",
    "Records of {0}": "{0}的档案",
    "五有 for": "五有（学期）",
    "Scheme 方案": "方案",
    "Plan 计划": "计划",
    "Lesson plans 教案": "教案",
    "Assessments 评估": "评估",
    "Archive 档案": "档案",
    "Visits 送教记录": "送教记录",
    "Home teaching against the norms": "送教上门达标情况",
    "By child": "按儿童",
    "By team": "按送教小组",
    "By school": "按学校",
    "By township": "按乡镇",
    "Filter": "筛选",
    "Log a team's day…": "登记小组一天的送教…",
    "Term:": "学期：",
    "As of:": "截至：",
    "Due this week / overdue": "本周待办 / 已逾期",
    "Computing compliance…": "正在统计达标情况…",
    "{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. Visits "
    "{delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); {cancelled} cancelled "
    "({reasons}), {makeups} made up, {not_logged} planned but not logged.": "{term}（{start} 至 {end}）：送教上门儿童 {children} 名，其中 {short} 名未达标。送教 {delivered}/{required} 次"
    "（缺 {svisits} 次）；课时 {dh:g}/{rh:g}（缺 {sh:g}）；取消 {cancelled} 次（{reasons}），补送 {makeups} 次，"
    "计划未登记 {not_logged} 次。",
    "Filter by child, team or township": "按儿童、小组或乡镇筛选",
    "Checking what is due…": "正在检查待办事项…",
    "{0} overdue, {1} due this week or month": "已逾期 {0} 项，本周/本月待办 {1} 项",
    "New lesson plan": "新建教案",
    "New from template": "用模板新建",
    "Lesson plans": "教案",
    "Template library of the school": "本校教案模板库",
    "Objectives": "教学目标",
    "Materials": "教具学具",
    "Steps": "教学过程",
    "Evaluation": "教学评价",
    "Reflection": "教学反思",
    "Save lesson plan": "保存教案",
    "Save as school template": "存为学校模板",
    "Lesson plan": "教案",
    "(none)": "（无）",
    "Plan the make-up visit": "安排补送",
    "Start (empty: as the cancelled visit)": "开始时间（不填则同原计划）",
    "Not taught at home this term": "本学期未送教上门",
    "Present": "齐全",
    "Incomplete": "不完整",
    "Missing": "缺失",
    "Save plan": "保存计划",
    "Goals worked on in the selected month": "所选月份关联的目标",
    "Saved plan": "已保存的计划",
    "No plan for this term yet: fill in the months and save.": "本学期尚无计划：填写各月主题后保存。",
    "Progress by domain": "各领域进步情况",
    "Score": "得分",
    "Log a team's day": "登记小组一天的送教",
    "Add child": "添加儿童",
    "Remove row": "删除行",
    "Team:": "送教小组：",
    "Day:": "日期：",
    "One row per child visited. Tick what was delivered; for a visit that did not happen, choose the reason "
    "instead. Nothing is saved unless every row is right.": "每名送教儿童一行。勾选送达的“五送”内容；没有送成的，请选择原因。所有行都正确后才会保存。",
    "Working…": "正在处理…",
    "Cancel": "取消",
    "Not saved": "未保存",
    "Copy last year's scheme": "复制上一学年方案",
    "Save scheme": "保存方案",
    "School year:": "学年：",
    "Present levels by domain": "各领域现有水平",
    "(any term)": "（不限学期）",
    "Add long-term goal": "添加长期目标",
    "Add term goal": "添加学期目标",
    "Remove goal": "删除目标",
    "Goals (double-click a cell to edit)": "目标（双击单元格编辑）",
    "Guardian agreed on": "家长签字同意日期",
    "Reviewed on": "修订日期",
    "Guardian:": "监护人：",
    "Supports and aids": "支持与辅具",
    "Implementation notes": "实施说明",
    "Transition": "转衔安排",
    "Team members": "团队成员",
    "Agreement": "家长同意",
    "No scheme for this school year yet.": "本学年尚无方案。",
    "{0} goals": "共 {0} 条目标",
    "At the child's home": "学生家中",
    "Home visit — {0}": "送教记录 — {0}",
    "Home visit of {0} — {1}": "{0} 送教记录 — {1}",
    "Five deliveries (五送) — tick at least one": "五送内容（至少勾选一项）",
    "What was delivered, and how": "送了什么、怎样送的",
    "Guardian present": "监护人在场",
    "Guardian confirmed (signed)": "监护人已签字确认",
    "Name:": "姓名：",
    "(choose a reason)": "（选择原因）",
    "Make-up of a cancelled visit": "这是一次取消送教的补送",
    "(no team)": "（无送教小组）",
    "Teachers present": "到场教师",
    "Place": "地点",
    "Next steps": "下一步安排",
    "Cancelled because": "取消原因",
    "{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)": "{0} 分钟 = {1:g} 课时（每课时 {2} 分钟；每次规定 {3:g} 课时）",
    "Record a visit…": "登记送教…",
    "Plan a visit…": "计划送教…",
    "Open…": "打开…",
    "Cancel with reason…": "取消（填写原因）…",
    "Plan make-up…": "安排补送…",
    "Against the norm, {0} (as of today)": "{0}达标情况（截至今日）",
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "records").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if source in ZH:
                translation.text = ZH[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("No Chinese yet for:", *missing, sep="\n  ")
        return 1
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS)], check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
