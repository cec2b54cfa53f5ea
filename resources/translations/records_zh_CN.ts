<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="126" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="127" />
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="130" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="133" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="136" />
        <source>Allowed: {0}; at most {1}</source>
        <translation>允许的类型：{0}；单个文件不超过 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="160" />
        <source>Choose a scan or photo</source>
        <translation>选择扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="162" />
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>文档和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="207" />
        <source>Archive attachment</source>
        <translation>归档附件</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="207" />
        <source>Why is it archived?</source>
        <translation>归档原因：</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="123" />
        <source>Scores by domain (0–100)</source>
        <translation>各领域得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="129" />
        <location filename="../../ui/records/assessments_tab.py" line="187" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="133" />
        <source>Attainment of goals (0 = not yet … 4 = achieved)</source>
        <translation>目标达成度（0 = 未达成 … 4 = 完全达成）</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="138" />
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="140" />
        <source>Save assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="144" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="145" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="146" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="46" />
        <source>SHA-256 (verified): {0}</source>
        <translation>SHA-256（已校验）：{0}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="127" />
        <source>Cancel the visit</source>
        <translation>取消送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="135" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="136" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ChildRecordsDialog</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="73" />
        <source>not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="74" />
        <source>Records of {0}</source>
        <translation>{0}的档案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="91" />
        <source>五有 for</source>
        <translation>五有（学期）</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="103" />
        <source>Scheme 方案</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="104" />
        <source>Plan 计划</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="105" />
        <source>Lesson plans 教案</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="106" />
        <source>Assessments 评估</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="107" />
        <source>Archive 档案</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="108" />
        <source>Visits 送教记录</source>
        <translation>送教记录</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="212" />
        <source>Home teaching against the norms</source>
        <translation>送教上门达标情况</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="229" />
        <source>By child</source>
        <translation>按儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="229" />
        <source>By team</source>
        <translation>按送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="229" />
        <source>By school</source>
        <translation>按学校</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="229" />
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="234" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="235" />
        <source>Log a team's day…</source>
        <translation>登记小组一天的送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="245" />
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="246" />
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="274" />
        <source>Due this week / overdue</source>
        <translation>本周待办 / 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="295" />
        <source>Computing compliance…</source>
        <translation>正在统计达标情况…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="304" />
        <source>{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. Visits {delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); {cancelled} cancelled ({reasons}), {makeups} made up, {not_logged} planned but not logged.</source>
        <translation>{term}（{start} 至 {end}）：送教上门儿童 {children} 名，其中 {short} 名未达标。送教 {delivered}/{required} 次（缺 {svisits} 次）；课时 {dh:g}/{rh:g}（缺 {sh:g}）；取消 {cancelled} 次（{reasons}），补送 {makeups} 次，计划未登记 {not_logged} 次。</translation>
    </message>
</context>
<context>
    <name>DueListWidget</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="163" />
        <source>Filter by child, team or township</source>
        <translation>按儿童、小组或乡镇筛选</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="179" />
        <source>Checking what is due…</source>
        <translation>正在检查待办事项…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="186" />
        <source>{0} overdue, {1} due this week or month</source>
        <translation>已逾期 {0} 项，本周/本月待办 {1} 项</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="75" />
        <source>New lesson plan</source>
        <translation>新建教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="77" />
        <source>New from template</source>
        <translation>用模板新建</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="82" />
        <source>Lesson plans</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="85" />
        <source>Template library of the school</source>
        <translation>本校教案模板库</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="107" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="108" />
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="109" />
        <source>Textbook unit</source>
        <translation>教材单元</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="110" />
        <source>For visit</source>
        <translation>对应送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="111" />
        <source>Objectives</source>
        <translation>教学目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="112" />
        <source>Materials</source>
        <translation>教具学具</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="113" />
        <source>Steps</source>
        <translation>教学过程</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="114" />
        <source>Evaluation</source>
        <translation>教学评价</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="115" />
        <source>Reflection</source>
        <translation>教学反思</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="116" />
        <source>Save lesson plan</source>
        <translation>保存教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="119" />
        <source>Save as school template</source>
        <translation>存为学校模板</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="126" />
        <source>Lesson plan</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="141" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="149" />
        <source>Plan the make-up visit</source>
        <translation>安排补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="157" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="158" />
        <source>Start (empty: as the cancelled visit)</source>
        <translation>开始时间（不填则同原计划）</translation>
    </message>
</context>
<context>
    <name>MarksBar</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="49" />
        <source>Not taught at home this term</source>
        <translation>本学期未送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="54" />
        <source>Present</source>
        <translation>齐全</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="55" />
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="56" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="60" />
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="65" />
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="111" />
        <source>Goals worked on in the selected month</source>
        <translation>所选月份关联的目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="146" />
        <source>Saved plan</source>
        <translation>已保存的计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="148" />
        <source>No plan for this term yet: fill in the months and save.</source>
        <translation>本学期尚无计划：填写各月主题后保存。</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="47" />
        <source>Progress by domain</source>
        <translation>各领域进步情况</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="57" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="106" />
        <source>Log a team's day</source>
        <translation>登记小组一天的送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="126" />
        <source>Add child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="129" />
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="141" />
        <source>Team:</source>
        <translation>送教小组：</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="143" />
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="149" />
        <source>One row per child visited. Tick what was delivered; for a visit that did not happen, choose the reason instead. Nothing is saved unless every row is right.</source>
        <translation>每名送教儿童一行。勾选送达的“五送”内容；没有送成的，请选择原因。所有行都正确后才会保存。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/background.py" line="82" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/records/background.py" line="83" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="58" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="95" />
        <location filename="../../ui/records/assessments_tab.py" line="85" />
        <location filename="../../ui/records/scheme_tab.py" line="45" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="97" />
        <location filename="../../ui/records/assessments_tab.py" line="84" />
        <location filename="../../ui/records/compliance_page.py" line="139" />
        <location filename="../../ui/records/lessons_tab.py" line="44" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="100" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="101" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="102" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="104" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="86" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="88" />
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="97" />
        <source>Goals assessed</source>
        <translation>评估目标数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="55" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="56" />
        <location filename="../../ui/records/compliance_page.py" line="142" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="57" />
        <location filename="../../ui/records/compliance_page.py" line="141" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="59" />
        <source>Children</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="62" />
        <source>Children short</source>
        <translation>未达标儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="67" />
        <source>Visits required</source>
        <translation>应送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="72" />
        <source>Visits delivered</source>
        <translation>实送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="77" />
        <source>Visits short</source>
        <translation>缺少次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="83" />
        <source>Class hours required</source>
        <translation>应送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="88" />
        <source>Class hours delivered</source>
        <translation>实送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="93" />
        <source>Class hours short</source>
        <translation>缺少课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="99" />
        <location filename="../../ui/records/visits_tab.py" line="114" />
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="101" />
        <location filename="../../ui/records/visits_tab.py" line="119" />
        <source>Make-ups</source>
        <translation>补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="103" />
        <source>Not logged</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="105" />
        <source>Reasons for missed visits</source>
        <translation>未送原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="130" />
        <source>When</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="132" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="134" />
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="140" />
        <location filename="../../ui/records/quick_entry.py" line="59" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="143" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="47" />
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="48" />
        <location filename="../../ui/records/lessons_tab.py" line="58" />
        <source>Textbook unit</source>
        <translation>教材单元</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="50" />
        <source>For visit</source>
        <translation>对应送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="57" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="72" />
        <location filename="../../ui/records/visits_tab.py" line="88" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="75" />
        <source>Topics</source>
        <translation>教学主题</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="80" />
        <source>Goals</source>
        <translation>关联目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="84" />
        <source>Planned visits</source>
        <translation>计划次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="90" />
        <source>Planned class hours</source>
        <translation>计划课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="64" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="69" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="75" />
        <source>Not done because</source>
        <translation>未送原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="80" />
        <location filename="../../ui/records/visits_tab.py" line="71" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="85" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="50" />
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="55" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="60" />
        <source>Measurable criterion</source>
        <translation>可测量的达成标准</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="66" />
        <source>Every goal needs a measurable criterion</source>
        <translation>每条目标都须有可测量的达成标准</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="71" />
        <source>Target date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="76" />
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="81" />
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="48" />
        <source> · make-up</source>
        <translation> · 补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="57" />
        <source>Date and time</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="58" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="60" />
        <source>Five deliveries</source>
        <translation>五送内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="65" />
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="69" />
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="75" />
        <source>Make-up</source>
        <translation>补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="91" />
        <source> (so far)</source>
        <translation>（截至今日）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="95" />
        <source>Required visits</source>
        <translation>应送次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="100" />
        <source>Delivered</source>
        <translation>实送次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="106" />
        <source>Required hours</source>
        <translation>应送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="109" />
        <source>Delivered hours</source>
        <translation>实送课时</translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="107" />
        <source>Copy last year's scheme</source>
        <translation>复制上一学年方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="110" />
        <source>Save scheme</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="114" />
        <source>School year:</source>
        <translation>学年：</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="122" />
        <source>Present levels by domain</source>
        <translation>各领域现有水平</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="158" />
        <source>(any term)</source>
        <translation>（不限学期）</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="161" />
        <source>Add long-term goal</source>
        <translation>添加长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="164" />
        <source>Add term goal</source>
        <translation>添加学期目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="167" />
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="174" />
        <source>Goals (double-click a cell to edit)</source>
        <translation>目标（双击单元格编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="186" />
        <source>Guardian agreed on</source>
        <translation>家长签字同意日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="193" />
        <source>Reviewed on</source>
        <translation>修订日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="200" />
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="205" />
        <source>Supports and aids</source>
        <translation>支持与辅具</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="206" />
        <source>Implementation notes</source>
        <translation>实施说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="207" />
        <source>Transition</source>
        <translation>转衔安排</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="208" />
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="209" />
        <source>Agreement</source>
        <translation>家长同意</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="256" />
        <source>No scheme for this school year yet.</source>
        <translation>本学年尚无方案。</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="258" />
        <source>{0} goals</source>
        <translation>共 {0} 条目标</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/records/visit_form.py" line="55" />
        <source>At the child's home</source>
        <translation>学生家中</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="63" />
        <source>Home visit — {0}</source>
        <translation>送教记录 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="65" />
        <source>Home visit of {0} — {1}</source>
        <translation>{0} 送教记录 — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="116" />
        <source>Five deliveries (五送) — tick at least one</source>
        <translation>五送内容（至少勾选一项）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="124" />
        <source>What was delivered, and how</source>
        <translation>送了什么、怎样送的</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="135" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="141" />
        <source>Guardian present</source>
        <translation>监护人在场</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="145" />
        <source>Guardian confirmed (signed)</source>
        <translation>监护人已签字确认</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="150" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="158" />
        <source>(choose a reason)</source>
        <translation>（选择原因）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="170" />
        <source>Make-up of a cancelled visit</source>
        <translation>这是一次取消送教的补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="173" />
        <source>Date and time</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="174" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="175" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="175" />
        <source>(no team)</source>
        <translation>（无送教小组）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="176" />
        <source>Teachers present</source>
        <translation>到场教师</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="177" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="179" />
        <source>Lesson plan</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="180" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="181" />
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="182" />
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="209" />
        <source>{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)</source>
        <translation>{0} 分钟 = {1:g} 课时（每课时 {2} 分钟；每次规定 {3:g} 课时）</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="189" />
        <source>Record a visit…</source>
        <translation>登记送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="190" />
        <source>Plan a visit…</source>
        <translation>计划送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="191" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="192" />
        <source>Cancel with reason…</source>
        <translation>取消（填写原因）…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="193" />
        <source>Plan make-up…</source>
        <translation>安排补送…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="224" />
        <source>Against the norm, {0} (as of today)</source>
        <translation>{0}达标情况（截至今日）</translation>
    </message>
</context>
</TS>