<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="16" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="18" />
        <source>Special Education Placement and Home Teaching</source>
        <translation>特教安置与送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21" />
        <source>Version {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;Database: {db}</source>
        <translation>版本 {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="29" />
        <source>For county special-education coordinators: every school-age child with a disability placed, taught and accounted for — no child left out.</source>
        <translation>为县级特殊教育工作者设计：每一名适龄残疾儿童都得到安置、教育和跟踪——一个都不能少。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="81" />
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81" />
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81" />
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="82" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="82" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="94" />
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="94" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="96" />
        <source>locked until {0}</source>
        <translation>锁定至 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="98" />
        <source>must change password</source>
        <translation>须改密码</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="167" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="167" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="168" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="168" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="207" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="216" />
        <location filename="../../ui/admin_pages.py" line="231" />
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="235" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="236" />
        <source>New password for {0}:</source>
        <translation>{0} 的新密码：</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/child_form.py" line="711" />
        <source>Archive {0}</source>
        <translation>归档：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="714" />
        <source>Archived children leave the register and the counts but are never deleted; their file and history stay. Why is this child archived?</source>
        <translation>归档的儿童不再出现在名册和统计中，但不会被删除，档案和历史记录都会保留。请说明归档原因：</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="722" />
        <source>e.g. moved out of the county on 2026-03-01 (transfer letter no. …)</source>
        <translation>例如：2026-03-01 迁出本县（转学证明编号 …）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="728" />
        <location filename="../../ui/child_form.py" line="750" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="751" />
        <source>This child is already archived.</source>
        <translation>该儿童已归档。</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="765" />
        <source>{0} archived.</source>
        <translation>已将 {0} 归档。</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="770" />
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="128" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="129" />
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="132" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="135" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="138" />
        <source>Allowed: {0}; at most {1}</source>
        <translation>允许的类型：{0}；单个文件不超过 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="163" />
        <source>Choose a scan or photo</source>
        <translation>选择扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="165" />
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>文档和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="206" />
        <source>Archive attachment</source>
        <translation>归档附件</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="206" />
        <source>Why is it archived?</source>
        <translation>归档原因：</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="45" />
        <source>Expert-committee assessment: {0}</source>
        <translation>专家委员会评估：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="54" />
        <source>e.g. 王老师 (education), 李医生 (rehabilitation), 张社工</source>
        <translation>例如：王老师（教育）、李医生（康复）、张社工</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="57" />
        <source>e.g. adaptive behaviour scale, Gesell, observation</source>
        <translation>例如：适应行为量表、格塞尔发育量表、观察</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="60" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="70" />
        <source>Findings by domain</source>
        <translation>各领域评估结果</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="82" />
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="83" />
        <source>Committee members</source>
        <translation>评估成员</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="84" />
        <source>Tools used</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="85" />
        <source>Concluded level *</source>
        <translation>评估结论（障碍程度）*</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="86" />
        <source>Recommended placement</source>
        <translation>建议安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="87" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="117" />
        <source>(follows from the level)</source>
        <translation>（根据障碍程度确定）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="121" />
        <source>{0} (the county's rule for {1})</source>
        <translation>{0}（本县对“{1}”的安置规则）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="154" />
        <source>Assessment recorded: {0}, recommended {1}.</source>
        <translation>已记录评估：{0}，建议{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="161" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="155" />
        <source>Scores by domain (0–100)</source>
        <translation>各领域得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="161" />
        <location filename="../../ui/records/assessments_tab.py" line="235" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="165" />
        <source>Attainment of goals (0 = not yet … 4 = achieved)</source>
        <translation>目标达成度（0 = 未达成 … 4 = 完全达成）</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="170" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="171" />
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="173" />
        <source>Save assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="177" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="178" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="179" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="50" />
        <source>SHA-256 (verified): {0}</source>
        <translation>SHA-256（已校验）：{0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="106" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="107" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="107" />
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="258" />
        <source>login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="260" />
        <source>child number</source>
        <translation>儿童编号</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="262" />
        <source>all actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="265" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="271" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="273" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="275" />
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="278" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="278" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="279" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="296" />
        <source>The child number must be a number: “{0}”.</source>
        <translation>儿童编号须为数字：“{0}”。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="315" />
        <source>{0} entries (newest first)</source>
        <translation>共 {0} 条（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="326" />
        <source>Export the audit</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="327" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="333" />
        <source>Exported {0} entries to {1}</source>
        <translation>已导出 {0} 条记录到 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="334" />
        <source>Exporting the audit…</source>
        <translation>正在导出审计记录…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="341" />
        <source>The audit is complete: {0} entries, no break in the chain.</source>
        <translation>审计记录完整：{0} 条，哈希链无断点。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="348" />
        <source>The audit was tampered with</source>
        <translation>审计记录被改动</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="350" />
        <source>Verifying the audit…</source>
        <translation>正在校验审计记录…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/backup_ui.py" line="62" />
        <source>Backup passphrase</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="72" />
        <location filename="../../ui/backup_ui.py" line="139" />
        <location filename="../../ui/backup_ui.py" line="237" />
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="74" />
        <location filename="../../ui/backup_ui.py" line="140" />
        <source>Again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="98" />
        <location filename="../../ui/backup_ui.py" line="186" />
        <source>At least {0} characters.</source>
        <translation>至少 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="100" />
        <location filename="../../ui/backup_ui.py" line="188" />
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="102" />
        <location filename="../../ui/backup_ui.py" line="280" />
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="117" />
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="121" />
        <location filename="../../ui/backup_ui.py" line="226" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="137" />
        <source>Folder (USB stick or network share):</source>
        <translation>备份文件夹（U 盘或网络共享）：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="138" />
        <source>Backups kept:</source>
        <translation>保留份数：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="142" />
        <source>The passphrase is kept in this computer's keyring.</source>
        <translation>密码保存在本机的系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="144" />
        <source>This computer has no keyring: the passphrase is asked for at the first start of each day.</source>
        <translation>本机没有系统密钥环：每天第一次启动时会询问密码。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="160" />
        <source>On the first start of each day a backup is written to this folder; older ones are removed.</source>
        <translation>每天第一次启动时把备份写入这个文件夹，并删除超出保留份数的旧备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="176" />
        <source>Folder for automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="184" />
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="235" />
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="236" />
        <source>New database file:</source>
        <translation>新数据库文件：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="247" />
        <source>The database open now stays as it is; the backup is restored into a new file.</source>
        <translation>当前打开的数据库保持不变；备份将恢复到一个新文件。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="274" />
        <source>Choose the new database file.</source>
        <translation>请选择新的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="276" />
        <source>{0} exists already: choose a new file.</source>
        <translation>{0} 已存在：请选择一个新文件。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="307" />
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="310" />
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="313" />
        <source>&amp;Automatic backups…</source>
        <translation>自动备份设置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="335" />
        <source>Automatic backups are off</source>
        <translation>自动备份未开启</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="338" />
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="343" />
        <source>Newest backup: today {0}</source>
        <translation>最新备份：今天 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="347" />
        <source>Newest backup: yesterday {0}</source>
        <translation>最新备份：昨天 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="351" />
        <source>Newest backup: {0} days ago</source>
        <translation>最新备份：{0} 天前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="354" />
        <source>{0} — over a week old, back up soon</source>
        <translation>{0}——已超过一周，请尽快备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="368" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="370" />
        <location filename="../../ui/backup_ui.py" line="414" />
        <source>Backups (*.sebak)</source>
        <translation>备份文件 (*.sebak)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="379" />
        <source>The backup is encrypted. Without this passphrase nobody can restore it — keep it safe.</source>
        <translation>备份是加密的。没有这个密码，任何人都无法恢复它——请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="391" />
        <source>Backed up {0} rows to {1}</source>
        <translation>已备份 {0} 行到 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="401" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="219" />
        <location filename="../../ui/backup_ui.py" line="412" />
        <location filename="../../ui/backup_ui.py" line="431" />
        <location filename="../../ui/backup_ui.py" line="436" />
        <location filename="../../ui/backup_ui.py" line="473" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="263" />
        <source>Restore into a new database file</source>
        <translation>恢复到新的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="265" />
        <source>Database (*.sqlite3)</source>
        <translation>数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="444" />
        <source>{0} rows were restored into {1}. Open it with File → Open or connect a database.</source>
        <translation>已恢复 {0} 行到 {1}。请用“文件 → 打开或连接数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="453" />
        <source>{0} rows were restored into {1}. Open it now (the window switches to it)?</source>
        <translation>已恢复 {0} 行到 {1}。现在打开它吗（窗口将切换到这个数据库）？</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="463" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="513" />
        <source>The automatic backup folder {0} is not available</source>
        <translation>自动备份文件夹 {0} 不可用</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="524" />
        <source>Passphrase for today's automatic backup:</source>
        <translation>今天自动备份的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="533" />
        <source>Automatic backup written to {0}</source>
        <translation>自动备份已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="543" />
        <source>Automatic backup…</source>
        <translation>正在自动备份…</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="73" />
        <source>Batch print files</source>
        <translation>批量打印档案</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="78" />
        <source>{0} children match the current filter; each gets a child's file.</source>
        <translation>当前筛选条件下共 {0} 名儿童，每人生成一份个人档案（一人一档）。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="81" />
        <source>Child files</source>
        <translation>一人一档</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="82" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="87" />
        <source>One PDF per child, in a folder per township</source>
        <translation>每人一个 PDF，按乡镇分文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="88" />
        <source>One merged PDF (bookmarked by township and name)</source>
        <translation>合并为一个 PDF（按乡镇和姓名加书签）</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="89" />
        <source>Straight to the printer (one print job per child)</source>
        <translation>直接送打印机（每名儿童一个打印任务）</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="96" />
        <source>No printer is installed on this computer</source>
        <translation>这台电脑没有安装打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="99" />
        <source>One-sided</source>
        <translation>单面</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="100" />
        <source>Both sides, bound on the long edge</source>
        <translation>双面，长边装订</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="101" />
        <source>Both sides, bound on the short edge</source>
        <translation>双面，短边装订</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="108" />
        <source>Print ID and phone numbers in full (masked by default)</source>
        <translation>完整打印身份证号和电话（默认打码）</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="117" />
        <source>Start printing</source>
        <translation>开始打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="120" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="122" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="125" />
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="126" />
        <source>Output:</source>
        <translation>输出方式：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="132" />
        <source>Sides:</source>
        <translation>单双面：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="161" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="211" />
        <source>Preparing (starting worker processes)…</source>
        <translation>正在准备（启动并行进程）…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="240" />
        <source>Cancelling; waiting for the files in progress…</source>
        <translation>正在取消，等待进行中的文件结束…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="252" />
        <source>Done {0}/{1}: {2}</source>
        <translation>已完成 {0}/{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="258" />
        <source>Finished: {0} files, {1} pages in {2:.1f} s, saved in {3}</source>
        <translation>完成：{0} 份档案，共 {1} 页，用时 {2:.1f} 秒，保存在 {3}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="131" />
        <source>Cancel the visit</source>
        <translation>取消送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="139" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="140" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="73" />
        <source>Dropout prevention (控辍保学)</source>
        <translation>控辍保学</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="75" />
        <source>Open cases only</source>
        <translation>只看未销号</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="81" />
        <source>Open a case from this finding</source>
        <translation>由此三查问题立案</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="88" />
        <source>The month of the monthly form; the quarterly re-check takes its quarter</source>
        <translation>月报表的月份；季度复核表取该月所在的季度</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="90" />
        <source>Monthly form…</source>
        <translation>月报表…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="93" />
        <source>Quarterly re-check…</source>
        <translation>季度复核表…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97" />
        <source>Forms for</source>
        <translation>报表月份</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="105" />
        <source>三查 finding:</source>
        <translation>三查问题：</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="112" />
        <location filename="../../ui/cases_page.py" line="130" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="113" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="115" />
        <source>Case status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="119" />
        <location filename="../../ui/cases_page.py" line="132" />
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="120" />
        <source>Found by</source>
        <translation>发现途径</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="121" />
        <source>Persuasion visits</source>
        <translation>劝返次数</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122" />
        <location filename="../../ui/cases_page.py" line="133" />
        <source>Closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="131" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="134" />
        <source>Open at month end</source>
        <translation>月末未销号</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="139" />
        <source>Cases</source>
        <translation>案件台账</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="140" />
        <source>Per township per month</source>
        <translation>按乡镇按月统计</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="143" />
        <location filename="../../ui/cases_page.py" line="239" />
        <source>Choose a case.</source>
        <translation>请选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="148" />
        <location filename="../../ui/cases_page.py" line="167" />
        <location filename="../../ui/cases_page.py" line="187" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="149" />
        <location filename="../../ui/cases_page.py" line="168" />
        <source>Persuaded by</source>
        <translation>劝返人员</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="150" />
        <location filename="../../ui/cases_page.py" line="169" />
        <source>What was said</source>
        <translation>劝返内容</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="151" />
        <location filename="../../ui/cases_page.py" line="170" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="162" />
        <source>Add persuasion record</source>
        <translation>添加劝返记录</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="165" />
        <source>劝返记录</source>
        <translation>劝返记录</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="179" />
        <source>Close the case (动态销号)</source>
        <translation>销号（动态销号）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="182" />
        <source>Confirm as dropout</source>
        <translation>确认为辍学</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185" />
        <source>Close or confirm</source>
        <translation>销号或确认</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="188" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="189" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="223" />
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="243" />
        <source>Closed on {0}: {1}</source>
        <translation>{0} 销号：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="248" />
        <source>{0} ({1}) — {2}. Opened {3} ({4}): {5}. {6}</source>
        <translation>{0}（{1}）— {2}。{3} 立案（{4}）：{5}。{6}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="270" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="279" />
        <source>Case opened.</source>
        <translation>已立案。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="286" />
        <source>Persuasion record saved.</source>
        <translation>劝返记录已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="293" />
        <source>Case closed.</source>
        <translation>已销号。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="299" />
        <source>Confirmed as dropout.</source>
        <translation>已确认为辍学。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="312" />
        <source>Dropout monthly form {0}</source>
        <translation>控辍保学月报表 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="314" />
        <source>Dropout quarterly re-check {0}</source>
        <translation>控辍保学季度复核表 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="318" />
        <source>Save the form</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="340" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="341" />
        <source>Writing the form…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="109" />
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="112" />
        <source>This password was set by an administrator: choose your own.</source>
        <translation>此密码由系统管理员设定，请改为您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="121" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="86" />
        <source>Run the cross-check</source>
        <translation>运行三查比对</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="88" />
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="93" />
        <source>Open findings</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="94" />
        <source>Resolved findings</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="95" />
        <source>All findings</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="100" />
        <source>All kinds of finding</source>
        <translation>全部问题类型</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="153" />
        <source>Follow-up (two questions, one visit)</source>
        <translation>两问一访</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="154" />
        <location filename="../../ui/importing/check_page.py" line="286" />
        <source>Choose a finding on the left</source>
        <translation>请在左侧选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="167" />
        <source>e.g. Director Wang of the village committee / teacher Li</source>
        <translation>如：村委会王主任 / 李老师</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="169" />
        <source>What was learned</source>
        <translation>了解到的情况</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="171" />
        <source>Add follow-up</source>
        <translation>添加核查记录</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="175" />
        <source>Conclusion, e.g. “in school in another province with the parents”</source>
        <translation>核实结论，如“已在外省随迁就读”</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="177" />
        <source>Mark as resolved</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="179" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="181" />
        <source>Register as a child…</source>
        <translation>登记为儿童……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="183" />
        <source>Open the child form filled in from the agency lists</source>
        <translation>按部门名单中的信息填好儿童登记表</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="189" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="190" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="191" />
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="192" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="217" />
        <source>Reading the findings…</source>
        <translation>正在读取比对结果…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="225" />
        <source>Lists compared: </source>
        <translation>参与比对的名单：</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="227" />
        <source>{0} ({1}, {2}, {3} rows)</source>
        <translation>{0}（{1}，{2}，{3} 行）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="236" />
        <source>No federation, school-register, household or poverty list imported yet; only the children's records are checked.</source>
        <translation>尚未导入残联、学籍、户籍或建档立卡名单；比对只看系统中的儿童记录。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="245" />
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="252" />
        <source>{0} open, {1} resolved</source>
        <translation>未解决 {0} 个，已解决 {1} 个</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="295" />
        <source>Resolved: </source>
        <translation>已解决：</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="303" />
        <source>Comparing the lists with the children's records…</source>
        <translation>正在比对各名单与儿童记录……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="304" />
        <source>The cross-check failed</source>
        <translation>比对失败</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="310" />
        <source>Choose a finding first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="325" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="356" />
        <source>Reading the lists…</source>
        <translation>正在读取名单……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="368" />
        <source>Export the cross-check report</source>
        <translation>导出三查报告</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="369" />
        <source>cross-check report.xlsx</source>
        <translation>三查比对报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="380" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="381" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="378" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="378" />
        <source>{0} findings written to {1}</source>
        <translation>{0} 个问题已写入 {1}</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../ui/child_form.py" line="82" />
        <source>New child</source>
        <translation>新建儿童</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="82" />
        <source>Child: {0}</source>
        <translation>儿童：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="91" />
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="92" />
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="93" />
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="94" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="95" />
        <source>School register</source>
        <translation>学籍</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="110" />
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="114" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="120" />
        <source>Archived on {0}: {1}</source>
        <translation>已于 {0} 归档：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="166" />
        <location filename="../../ui/child_form.py" line="183" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="174" />
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="178" />
        <source>18 characters; birth date and sex are read from it</source>
        <translation>18 位；出生日期和性别将从中读取</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="193" />
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="195" />
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="213" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="214" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="215" />
        <source>Sex *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="216" />
        <source>Birth date *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="217" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="218" />
        <source>Township *</source>
        <translation>乡镇 *</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="219" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="220" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="221" />
        <source>Home coordinates</source>
        <translation>住址坐标</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="231" />
        <location filename="../../ui/child_form.py" line="288" />
        <location filename="../../ui/child_form.py" line="332" />
        <location filename="../../ui/child_form.py" line="455" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="244" />
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="247" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="265" />
        <source>Holds a disability certificate</source>
        <translation>持有残疾证</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="270" />
        <source>ID + category + grade, e.g. …5023 (20–22 characters)</source>
        <translation>身份证号 + 类别 + 等级，如 …5023（20–22 位）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="290" />
        <source>Grade {0}</source>
        <translation>{0}级</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="293" />
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="306" />
        <source>Certificate number</source>
        <translation>残疾证号</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="308" />
        <source>Categories</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="309" />
        <source>Grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="310" />
        <source>Level (committee)</source>
        <translation>障碍程度（专家委员会）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="348" />
        <source>School-register number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="349" />
        <source>Register school</source>
        <translation>学籍学校</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="350" />
        <source>Year (grade)</source>
        <translation>年级</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="351" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="352" />
        <source>Status</source>
        <translation>在学状态</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="353" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="486" />
        <source>From the certificate: {0}, grade {1} (suggested level: {2})</source>
        <translation>根据残疾证：{0}，{1}级（建议障碍程度：{2}）</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="543" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="551" />
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="633" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="665" />
        <source>The draft could not be saved on this PC: {0}</source>
        <translation>草稿无法保存在本机：{0}</translation>
    </message>
</context>
<context>
    <name>ChildRecordsDialog</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="152" />
        <source>not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="153" />
        <source>Records of {0}</source>
        <translation>{0}的档案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="96" />
        <source>五有 for</source>
        <translation>五有（学期）</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="109" />
        <source>Scheme 方案</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="110" />
        <source>Plan 计划</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="111" />
        <source>Lesson plans 教案</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="112" />
        <source>Assessments 评估</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="113" />
        <source>Scales 量表评估</source>
        <translation>量表评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="114" />
        <source>Archive 档案</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="115" />
        <source>Visits 送教记录</source>
        <translation>送教记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="125" />
        <source>Service agreement…</source>
        <translation>送教服务协议…</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="127" />
        <source>The 送教上门服务协议 for the family to sign (children taught at home)</source>
        <translation>打印送教上门服务协议，供学校与家长签订（仅送教上门的学生）</translation>
    </message>
</context>
<context>
    <name>CommitteeSittingDialog</name>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="129" />
        <source>Expert-committee sitting</source>
        <translation>专家委员会评估安置会议</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="146" />
        <source>e.g. county special school meeting room</source>
        <translation>如：县特殊教育学校会议室</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="153" />
        <source>Date of the sitting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="155" />
        <source>Township assessed</source>
        <translation>评估的乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="156" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="322" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="165" />
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="173" />
        <source>Add member</source>
        <translation>添加委员</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="176" />
        <source>Remove member</source>
        <translation>删除委员</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="183" />
        <location filename="../../ui/placement/sitting_dialog.py" line="251" />
        <source>Members present</source>
        <translation>出席委员</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="213" />
        <source>Decide all in one go</source>
        <translation>一次决定全部安置意见</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="217" />
        <source>Print the placement notices…</source>
        <translation>打印安置意见书…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="236" />
        <source>Tick the children assessed and give each the committee's opinion; double-click a cell to change it. A deferral needs a reason and a review date.</source>
        <translation>勾选本次评估的儿童，逐一填写专家委员会的安置意见；双击单元格修改。延缓入学须写明理由并定下复评日期。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="248" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="249" />
        <location filename="../../ui/placement/sitting_dialog.py" line="321" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="249" />
        <location filename="../../ui/placement/sitting_dialog.py" line="398" />
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="254" />
        <source>Opinions</source>
        <translation>安置意见</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="262" />
        <source>Print this sitting's notices…</source>
        <translation>打印本次会议的安置意见书…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="274" />
        <source>New sitting</source>
        <translation>新会议</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="275" />
        <source>Past sittings</source>
        <translation>历次会议</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="276" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="294" />
        <location filename="../../ui/placement/sitting_dialog.py" line="296" />
        <source>not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="299" />
        <source>{0}, review {1}</source>
        <translation>{0}，复评 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="154" />
        <location filename="../../ui/placement/sitting_dialog.py" line="250" />
        <source>Place of the sitting</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="161" />
        <source>Member's name</source>
        <translation>委员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="163" />
        <source>Member's field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="252" />
        <source>Children decided</source>
        <translation>评估儿童数</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="315" />
        <source>Assessed</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="323" />
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="325" />
        <source>Level</source>
        <translation>障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="331" />
        <source>Opinion</source>
        <translation>安置意见</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="334" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="338" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="340" />
        <source>Home-teaching team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="344" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="346" />
        <source>Review date (deferral)</source>
        <translation>复评日期（延缓入学）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="351" />
        <source>Committee's finding</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="387" />
        <source>Reading the committee's lists…</source>
        <translation>正在读取专家委员会名单…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="426" />
        <source>Reading the children…</source>
        <translation>正在读取儿童名单…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="447" />
        <source>{0} of {1} children ticked</source>
        <translation>已勾选 {0} / {1} 名儿童</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="478" />
        <source>choose the level</source>
        <translation>请选择障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="517" />
        <source>Recording the sitting…</source>
        <translation>正在登记会议…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="521" />
        <source>Nothing was recorded.</source>
        <translation>未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="529" />
        <source>Sitting recorded: {0} children ({1}). Print the placement notices now.</source>
        <translation>会议已登记：{0} 名儿童（{1}）。现在可以打印安置意见书。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="547" />
        <source>Placement notices {0}.pdf</source>
        <translation>安置意见书 {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="549" />
        <source>Save the placement notices</source>
        <translation>保存安置意见书</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="549" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="570" />
        <source>{0} placement notices saved: {1}</source>
        <translation>已保存 {0} 份安置意见书：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="572" />
        <source> ({0} deferred children get no notice)</source>
        <translation>（延缓入学 {0} 人不出具安置意见书）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="577" />
        <source>Printing the placement notices…</source>
        <translation>正在打印安置意见书…</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="230" />
        <source>Home teaching against the norms</source>
        <translation>送教上门达标情况</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247" />
        <source>By child</source>
        <translation>按儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247" />
        <source>By team</source>
        <translation>按送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247" />
        <source>By school</source>
        <translation>按学校</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247" />
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="252" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="253" />
        <source>Log a team's day…</source>
        <translation>登记小组一天的送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="263" />
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="264" />
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="277" />
        <source>Shortfalls are added up child by child and month by month: visits beyond the norm in one month or for one child do not make up for another, so the shortfall can exceed required minus delivered.</source>
        <translation>缺少次数按每名儿童、每个月分别累计：某月或某名儿童多送的次数不能抵补其他月份或其他儿童的不足，因此缺少数可能大于“应送减实送”。</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="299" />
        <source>Due this week / overdue</source>
        <translation>本周待办 / 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="328" />
        <source>Computing compliance…</source>
        <translation>正在统计达标情况…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="337" />
        <source>{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. Visits {delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); {cancelled} cancelled ({reasons}), {makeups} made up, {not_logged} planned but not logged.</source>
        <translation>{term}（{start} 至 {end}）：送教上门儿童 {children} 名，其中 {short} 名未达标。送教 {delivered}/{required} 次（缺 {svisits} 次）；课时 {dh:g}/{rh:g}（缺 {sh:g}）；取消 {cancelled} 次（{reasons}），补送 {makeups} 次，计划未登记 {not_logged} 次。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="25" />
        <source>Changed by another office</source>
        <translation>记录已被其他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="31" />
        <source>While you were editing, {0} saved this child. Choose for each field which value to keep; fields only they changed keep their value unless you choose yours.</source>
        <translation>在您编辑期间，{0} 保存了这名儿童的记录。请逐项选择要保留的值；只有对方改过的项默认保留对方的值，除非您选择自己的。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33" />
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="37" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="38" />
        <source>Your entry</source>
        <translation>您的填写</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="39" />
        <source>Saved by the other office</source>
        <translation>对方保存的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>Save the chosen values</source>
        <translation>保存所选的值</translation>
    </message>
</context>
<context>
    <name>CoordinatesDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="521" />
        <source>Centre of {0}</source>
        <translation>{0}的中心坐标</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="527" />
        <source>e.g. 31.07, 109.88 or 109.88,31.07 or 31°04'12"N 109°52'48"E</source>
        <translation>如 31.07, 109.88 或 109.88,31.07 或 31°04'12"N 109°52'48"E</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="542" />
        <source>Coordinates as copied</source>
        <translation>复制来的坐标</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="543" />
        <source>Copied from</source>
        <translation>坐标来源</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="568" />
        <source>longitude first</source>
        <translation>经度在前</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="568" />
        <source>latitude first</source>
        <translation>纬度在前</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="569" />
        <source>Read as {0} ({1}); WGS-84: {2:.6f}, {3:.6f}</source>
        <translation>按 {0}（{1}）读取；换算为 WGS-84：{2:.6f}, {3:.6f}</translation>
    </message>
</context>
<context>
    <name>CountySetupDialog</name>
    <message>
        <location filename="../../ui/county_setup.py" line="44" />
        <source>Set up your county</source>
        <translation>设置本县</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="52" />
        <source>Choose the county (district) this database keeps. Its townships and villages are created from the official division codes (National Bureau of Statistics, 2023).</source>
        <translation>请选择本数据库所管理的县（区）。将按国家统计局 2023 年统计用区划代码建立本县的乡镇（街道）和村（社区）。</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="59" />
        <source>Search by name or code, e.g. 巫山 or 500237</source>
        <translation>按名称或代码查找，如 巫山 或 500237</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="75" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="78" />
        <source>Province</source>
        <translation>省（自治区、直辖市）</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="80" />
        <source>City</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="97" />
        <source>County profile (editable later in Settings)</source>
        <translation>县情资料（以后可在“设置”中修改）</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="99" />
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="100" />
        <source>County name</source>
        <translation>县名</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="101" />
        <source>Issuing authority</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="102" />
        <source>Special-education centre</source>
        <translation>特殊教育指导中心</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="103" />
        <source>Office phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="113" />
        <source>Create the county</source>
        <translation>建立本县</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="115" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="202" />
        <source>Creating the county's townships and villages…</source>
        <translation>正在建立本县的乡镇和村（社区）……</translation>
    </message>
</context>
<context>
    <name>CoverageExport</name>
    <message>
        <location filename="../../ui/coverage/export.py" line="44" />
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="46" />
        <source>Reference date</source>
        <translation>基准日</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="47" />
        <source>Age range</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="48" />
        <location filename="../../ui/coverage/export.py" line="62" />
        <source>School-age children</source>
        <translation>适龄残疾儿童</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="49" />
        <location filename="../../ui/coverage/export.py" line="63" />
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="50" />
        <location filename="../../ui/coverage/export.py" line="64" />
        <source>Exception recorded</source>
        <translation>已说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="51" />
        <location filename="../../ui/coverage/export.py" line="65" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="52" />
        <location filename="../../ui/coverage/export.py" line="66" />
        <source>Enrolment rate</source>
        <translation>入学率</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="57" />
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="61" />
        <location filename="../../ui/coverage/export.py" line="91" />
        <location filename="../../ui/coverage/export.py" line="119" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="27" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="26" />
        <source>Total of {0}</source>
        <translation>{0}合计</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="85" />
        <source>Level x placement</source>
        <translation>程度×安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="92" />
        <location filename="../../ui/coverage/export.py" line="121" />
        <source>Level</source>
        <translation>障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="95" />
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="109" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="114" />
        <source>Exceptions</source>
        <translation>未安置名单</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="118" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="120" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="122" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="133" />
        <source>NO REASON RECORDED</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="150" />
        <source>coverage-{0}.xlsx</source>
        <translation>一个不少统计-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="155" />
        <source>Export the coverage report</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="157" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="167" />
        <source>Coverage report saved to {0}</source>
        <translation>统计报表已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="169" />
        <source>Exporting the coverage report…</source>
        <translation>正在导出统计报表…</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../ui/coverage/page.py" line="53" />
        <source>Coverage — no child left out</source>
        <translation>统计——一个不少</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="63" />
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="69" />
        <source>Reference date:</source>
        <translation>基准日：</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="78" />
        <source>School-age children</source>
        <translation>适龄残疾儿童</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="79" />
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="80" />
        <source>Exception recorded</source>
        <translation>已说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="81" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="82" />
        <source>Enrolment rate</source>
        <translation>入学率</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="94" />
        <source>Show these children in the register</source>
        <translation>在名册中查看这些儿童</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="118" />
        <source>Level × placement in:</source>
        <translation>障碍程度 × 安置方式，范围：</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="128" />
        <source>Record the reason…</source>
        <translation>记录原因…</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="136" />
        <source>School-age children without an active placement. Each needs a placement or a recorded reason.</source>
        <translation>此处列出尚无有效安置的适龄儿童：每一名都必须安置，或记录原因。</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="149" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="150" />
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="151" />
        <source>Level × placement</source>
        <translation>程度 × 安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="152" />
        <source>Exceptions</source>
        <translation>未安置名单</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="184" />
        <source>{0} school-age, {1} placed, {2} not covered</source>
        <translation>适龄 {0} 人，已安置 {1} 人，未覆盖 {2} 人</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="202" />
        <source>Counting school-age children…</source>
        <translation>正在统计适龄儿童…</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="207" />
        <source>ages {0}–{1}</source>
        <translation>年龄 {0}–{1} 岁</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="214" />
        <source>No school-age children are recorded: there is no rate to give.</source>
        <translation>没有登记适龄儿童，无法计算入学率。</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="223" />
        <source>the whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="223" />
        <source>all of {0}</source>
        <translation>{0}全部</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="277" />
        <source>From the coverage report: school-age children (ages {0}–{1} on {2})</source>
        <translation>来自统计报表：适龄儿童（{2} 时年龄 {0}–{1} 岁）</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="304" />
        <source>Choose a child in the exceptions list first.</source>
        <translation>请先在未安置名单中选择一名儿童。</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="316" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../ui/drafts.py" line="170" />
        <source>Damaged draft</source>
        <translation>草稿已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="171" />
        <source>A draft of an unsaved form could not be read and was set aside, not deleted:
{0}</source>
        <translation>一份未保存表单的草稿无法读取，已另存一旁（没有删除）：
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="179" />
        <source>Unsaved form from last time</source>
        <translation>上次未保存的表单</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="180" />
        <source>The form “{0}” was not saved when the program closed ({1}). Open it again with what was typed?</source>
        <translation>程序关闭时表单“{0}”没有保存（{1}）。要打开它并恢复已填写的内容吗？</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="189" />
        <source>Open the draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="192" />
        <source>Discard the draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="194" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>DueListWidget</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="171" />
        <source>Filter by child, team or township</source>
        <translation>按儿童、小组或乡镇筛选</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="195" />
        <source>Checking what is due…</source>
        <translation>正在检查待办事项…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="203" />
        <source>{0} overdue, {1} due this week or month</source>
        <translation>已逾期 {0} 项，本周/本月待办 {1} 项</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="226" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226" />
        <source>Duplicates</source>
        <translation>重复的是</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226" />
        <source>Current value</source>
        <translation>已有的值</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="227" />
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="227" />
        <source>Take the file's value</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="262" />
        <source>the recorded child</source>
        <translation>系统中的记录</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="263" />
        <source>row {0} of the file</source>
        <translation>文件第 {0} 行</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="524" />
        <source>Resolve duplicates</source>
        <translation>处理重复</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="527" />
        <source>These rows are children already recorded (or earlier rows of the file). Tick the values to take from the file; with nothing ticked the record stays as it is.</source>
        <translation>这些行与系统中已有的儿童（或文件中前面的行）是同一人。勾选要采用文件中的哪些值；都不勾选即保留原记录。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="533" />
        <source>Keep all current values</source>
        <translation>全部保留原值</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="534" />
        <source>Take all values from the file</source>
        <translation>全部采用文件中的值</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../ui/edit_menu.py" line="124" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="134" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="140" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="147" />
        <source>Revert the last &amp;save…</source>
        <translation>撤销上一次保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="153" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="157" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="163" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="170" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="319" />
        <location filename="../../ui/edit_menu.py" line="348" />
        <source>Revert the last save</source>
        <translation>撤销上一次保存</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="327" />
        <source>Choose a record first: its last save is what is reverted.</source>
        <translation>请先选中一条记录：撤销的是它的上一次保存。</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="341" />
        <source>Reading the last save…</source>
        <translation>正在读取上一次保存…</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="349" />
        <source>Put back what this record held before the save of {0} at {1}?</source>
        <translation>撤销 {0} 于 {1} 的保存，恢复保存之前的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="358" />
        <source>What is typed in the form and not saved is discarded.</source>
        <translation>表单中尚未保存的修改将被放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="366" />
        <source>That save changed:</source>
        <translation>那次保存修改了：</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="372" />
        <source>Revert</source>
        <translation>撤销保存</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="389" />
        <source>The last save was reverted ({0} change(s) put back).</source>
        <translation>已撤销上一次保存（恢复了 {0} 处修改）。</translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="397" />
        <source>Reverting the last save…</source>
        <translation>正在撤销上一次保存…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25" />
        <source>An unexpected error occurred: {0}</source>
        <translation>发生了意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36" />
        <source>Could not complete the operation</source>
        <translation>操作未能完成</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../ui/coverage/page.py" line="334" />
        <source>Why has this child no placement?</source>
        <translation>该儿童为何没有安置？</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="338" />
        <source>e.g. in hospital for treatment until …; deferred entry approved by …</source>
        <translation>例如：在医院治疗至 …；经 … 批准缓学</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="354" />
        <source>Reason *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="355" />
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="164" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="165" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="166" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="167" />
        <source>Level</source>
        <translation>障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="168" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="176" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="177" />
        <source>NO REASON RECORDED</source>
        <translation>未记录原因</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/field_errors.py" line="77" />
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111" />
        <location filename="../../ui/importing/wizard.py" line="235" />
        <source>Choose the list file</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="114" />
        <source>xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically.</source>
        <translation>支持 xlsx、xls 和 csv（UTF-8 或 GBK）。标题行、合并表头会自动识别。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="120" />
        <source>A list of people (children, federation, school roll, household, poverty)</source>
        <translation>人员名单（儿童、残联、学籍、户籍、建档立卡）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="124" />
        <source>Download the template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="126" />
        <source>An empty xlsx with the columns this list needs and how to fill them</source>
        <translation>一份空白 xlsx：列出这份名单需要的列及填写说明</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="133" />
        <source>WGS-84 (GPS, Tianditu)</source>
        <translation>WGS-84（GPS、天地图）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134" />
        <source>GCJ-02 (Amap, Tencent Maps, WeChat)</source>
        <translation>GCJ-02（高德、腾讯、微信）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="135" />
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="137" />
        <source>Where the latitudes and longitudes were copied from</source>
        <translation>纬度、经度是从哪种地图或设备上抄来的</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="139" />
        <source>Choose a file</source>
        <translation>请选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="140" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="154" />
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="155" />
        <source>Source</source>
        <translation>名单来源</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="156" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="157" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="158" />
        <source>Column mapping</source>
        <translation>列对应方案</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="159" />
        <source>Coordinates from</source>
        <translation>坐标来源</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="186" />
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188" />
        <source>Import: {0}</source>
        <translation>导入：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="214" />
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="221" />
        <source>Could not save</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="226" />
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="227" />
        <source>Saved to {0}. Fill in one row per entry from row 2, save, then choose it here.</source>
        <translation>已保存到 {0}。请从第 2 行起每行填写一条，保存后在这里选择它导入。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="237" />
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>名单 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="245" />
        <source>Recognise the headers automatically</source>
        <translation>自动识别表头</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="276" />
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="324" />
        <source>Reading the header…</source>
        <translation>正在读取表头…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="49" />
        <source>Search name, pinyin initials (hxy) or ID digits…</source>
        <translation>搜索姓名、拼音首字母（如 hxy）或身份证号片段…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="57" />
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="58" />
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="59" />
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="60" />
        <source>All levels</source>
        <translation>全部程度</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="63" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="64" />
        <source>All disabilities</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="67" />
        <source>All placements</source>
        <translation>全部安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="70" />
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="71" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="83" />
        <source>Files incomplete</source>
        <translation>五有不全</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="85" />
        <source>Home-taught children whose 五有 file this term is not complete</source>
        <translation>本学期五有档案不全的送教上门儿童</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="88" />
        <source>Include archived</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="97" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="253" />
        <source>Limited to the children of a report</source>
        <translation>仅显示报表中统计的儿童</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="314" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314" />
        <source>Finding</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315" />
        <source>Finding status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315" />
        <source>Follow-up</source>
        <translation>两问一访</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="343" />
        <source>not yet</source>
        <translation>尚未核查</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="345" />
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="345" />
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="66" />
        <source>Welcome — choose a database</source>
        <translation>欢迎使用——请选择数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71" />
        <source>The application keeps its records in a database. Choose how to start:</source>
        <translation>本软件的数据保存在数据库中。请选择开始方式：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="73" />
        <source>Open the demo county (565 children, for trying things out)</source>
        <translation>打开示范县（565 名儿童，供试用）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74" />
        <source>Create an empty database on this computer</source>
        <translation>在本机新建空数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76" />
        <source>Connect to a server database (PostgreSQL, shared by offices)</source>
        <translation>连接服务器数据库（PostgreSQL，多个办公室共用）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="90" />
        <location filename="../../ui/first_run.py" line="146" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111" />
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="114" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="146" />
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="162" />
        <source>Enter the server's name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164" />
        <source>Enter the database name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166" />
        <source>Enter the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="176" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180" />
        <source>Connection succeeded.</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="184" />
        <source>Connection failed: {0}</source>
        <translation>连接失败：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191" />
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <location filename="../../ui/form_undo.py" line="39" />
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="139" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="141" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="145" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="166" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="167" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表单有尚未保存的修改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>GuardiansModel</name>
    <message>
        <location filename="../../ui/guardians_model.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="37" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="37" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="93" />
        <source>History of {0}</source>
        <translation>{0} 的历史记录</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="64" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="65" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="66" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="67" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="68" />
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="556" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="559" />
        <source>Start the import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="572" />
        <source>{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.</source>
        <translation>将在一个事务中导入 {0} 行（拒收的 {1} 行不导入）。导入中途可以取消，取消后数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="575" />
        <source>Rows already in the lists are refused, not changed: edit those on the reference data page.</source>
        <translation>名单中已有的条目会被拒收而不会被修改；如需修改，请到“基础数据”页。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="581" />
        <source>This {0} replaces the {0} imported before: the cross-check then compares with the new list only.</source>
        <translation>这份{0}会替换此前导入的{0}：三查比对从此只按新名单进行。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="606" />
        <source>Writing to the database; cancelling leaves no change behind…</source>
        <translation>正在写入数据库，可随时取消（取消后不留任何改动）……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="615" />
        <source>Import finished: coordinates of {0} villages set ({1} were already so).</source>
        <translation>导入完成：已设置 {0} 个村（社区）的坐标（另有 {1} 个原已相同）。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="619" />
        <source>Import finished: {0} added to the {1} list; see them on the reference data page.</source>
        <translation>导入完成：已添加 {0} 条到{1}名单，可在“基础数据”页查看。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="622" />
        <source>Import finished: {0} children created, {1} updated, {2} rows skipped.</source>
        <translation>导入完成：新建 {0} 名儿童，更新 {1} 名，跳过 {2} 行。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="628" />
        <source>Saved {1} rows of the {0}, replacing the {0} imported before; compare them on the cross-check page.</source>
        <translation>已保存{0} {1} 行，替换了此前导入的{0}；可在“三查比对”中比对。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="636" />
        <source>Import cancelled; the database was not changed.</source>
        <translation>已取消导入，数据库未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="639" />
        <source>The import failed and the database was not changed: {0}</source>
        <translation>导入失败，数据库未作任何更改：{0}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="662" />
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="666" />
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="667" />
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="668" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="669" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="79" />
        <source>New lesson plan</source>
        <translation>新建教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="81" />
        <source>New from template</source>
        <translation>用模板新建</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="86" />
        <source>Lesson plans</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="89" />
        <source>Template library of the school</source>
        <translation>本校教案模板库</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="111" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="112" />
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="113" />
        <source>Textbook unit</source>
        <translation>教材单元</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="114" />
        <source>For visit</source>
        <translation>对应送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="115" />
        <source>Objectives</source>
        <translation>教学目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="116" />
        <source>Materials</source>
        <translation>教具学具</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="117" />
        <source>Steps</source>
        <translation>教学过程</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="118" />
        <source>Evaluation</source>
        <translation>教学评价</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="119" />
        <source>Reflection</source>
        <translation>教学反思</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="120" />
        <source>Save lesson plan</source>
        <translation>保存教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="123" />
        <source>Save as school template</source>
        <translation>存为学校模板</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="130" />
        <source>Lesson plan</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="166" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="89" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95" />
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97" />
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="103" />
        <location filename="../../ui/main_window.py" line="296" />
        <source>Special Education Placement and Home Teaching</source>
        <translation>特教安置与送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Demo data (changes are lost on the next start)</source>
        <translation>示范数据（下次启动时所有修改都会丢失）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>&amp;New child…</source>
        <translation>新建儿童(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327" />
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>&amp;Import agency lists…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Batch print…</source>
        <translation>批量打印(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108" />
        <location filename="../../ui/main_window.py" line="344" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Open or connect a &amp;database…</source>
        <translation>打开或连接数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397" />
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="153" />
        <source>Plan the make-up visit</source>
        <translation>安排补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="161" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="162" />
        <source>Start (empty: as the cancelled visit)</source>
        <translation>开始时间（不填则同原计划）</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="35" />
        <location filename="../../ui/importing/models.py" line="41" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63" />
        <source>Maps to field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="89" />
        <source>(no heading)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="332" />
        <source>Check the column mapping</source>
        <translation>核对列对应</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="339" />
        <source>Save as preset…</source>
        <translation>保存为方案……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="352" />
        <source>“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”.</source>
        <translation>“{0}”工作表“{1}”，表头在第 {2} 行。请逐列核对，可在“对应字段”中更正。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="376" />
        <source>Still missing: {0}</source>
        <translation>还缺少：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="380" />
        <source>{0} columns mapped; unmapped columns are not imported.</source>
        <translation>已对应 {0} 列，未对应的列不导入。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="390" />
        <source>Save the column mapping</source>
        <translation>保存列对应方案</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="390" />
        <source>Preset name (e.g. “county federation 2024”):</source>
        <translation>方案名称（如“县残联2024版”）：</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="399" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="400" />
        <source>Could not save</source>
        <translation>保存失败</translation>
    </message>
</context>
<context>
    <name>MarksBar</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="52" />
        <source>Not taught at home this term</source>
        <translation>本学期未送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="57" />
        <source>Present</source>
        <translation>齐全</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="58" />
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="59" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="125" />
        <source>Not placed</source>
        <translation>未安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="126" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="131" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="41" />
        <source>Monthly home-teaching summary</source>
        <translation>送教上门月度汇总</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="44" />
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="47" />
        <source>By team</source>
        <translation>按送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="48" />
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="49" />
        <source>home-teaching-summary_{0:%Y%m}.pdf</source>
        <translation>送教月度汇总_{0:%Y%m}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="50" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="57" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="58" />
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="60" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="63" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="64" />
        <source>Group by:</source>
        <translation>汇总方式：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="65" />
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="79" />
        <source>Save the summary</source>
        <translation>保存汇总</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="79" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="97" />
        <location filename="../../ui/printing/summary_dialog.py" line="98" />
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="106" />
        <source>Generated {0} ({1} pages)</source>
        <translation>已生成 {0}（{1} 页）</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="118" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="126" />
        <source>township, school or team name (for those roles)</source>
        <translation>乡镇、学校或送教小组名称（相应角色必填）</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="131" />
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="132" />
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="133" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="134" />
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="135" />
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="136" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>NormPresetSelector</name>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="28" />
        <source>Home-teaching norms preset</source>
        <translation>送教上门规范预设</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="35" />
        <source>Custom (the county's own figures)</source>
        <translation>自定义（本县自定的标准）</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="37" />
        <source>Use this preset</source>
        <translation>采用此预设</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="63" />
        <source>Reading the norms…</source>
        <translation>正在读取送教规范…</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="73" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="74" />
        <source>In force: {0}</source>
        <translation>现行：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="76" />
        <source> (figures edited after the preset was chosen)</source>
        <translation>（采用预设后数值已修改）</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="84" />
        <source>The county's own figures, as entered in the norms below.</source>
        <translation>本县自定的标准，即下方送教规范中填写的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="86" />
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="97" />
        <source>Preset in force; required visits and class hours recomputed.</source>
        <translation>预设已生效，应送次数和课时已重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="104" />
        <source>Applying the preset…</source>
        <translation>正在采用预设…</translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <location filename="../../ui/norms_editor.py" line="99" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="101" />
        <source>County name</source>
        <translation>县名</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="102" />
        <source>Region code (6 digits)</source>
        <translation>行政区划代码（6 位）</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="103" />
        <source>Issuing authority</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="104" />
        <source>Special-education centre</source>
        <translation>特殊教育指导中心</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="105" />
        <source>Office phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="107" />
        <source>Placement rules</source>
        <translation>安置规则</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="110" />
        <source>Certificate grade → level</source>
        <translation>残疾等级 → 障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="118" />
        <source>Grade {0}</source>
        <translation>{0}级</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="126" />
        <source>Level → recommended placement</source>
        <translation>障碍程度 → 建议安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="137" />
        <location filename="../../ui/norms_editor.py" line="138" />
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="147" />
        <source> (month)</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="148" />
        <source> (day)</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="156" />
        <location filename="../../ui/norms_editor.py" line="206" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="157" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="158" />
        <source>Compulsory education and reviews</source>
        <translation>义务教育与复评</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="160" />
        <source>Compulsory age range</source>
        <translation>义务教育年龄段</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="162" />
        <source>Reference date (each year)</source>
        <translation>统计基准日（每年）</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="164" />
        <source>Class hour</source>
        <translation>课时长度</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="166" />
        <source>Placement review every</source>
        <translation>安置复评周期</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="170" />
        <source> visits</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="177" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="182" />
        <source>no yearly target</source>
        <translation>不设年度目标</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="184" />
        <source>Home teaching pauses in school holidays</source>
        <translation>寒暑假暂停送教</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="186" />
        <source>Home teaching (送教上门)</source>
        <translation>送教上门规范</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="188" />
        <source>Visits per month</source>
        <translation>每月送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="189" />
        <source>Class hours per visit</source>
        <translation>每次课时</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="190" />
        <source>Minimum days between two visits</source>
        <translation>两次送教至少间隔</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="191" />
        <source>Annual class-hour target</source>
        <translation>年度课时目标</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="196" />
        <source>e.g. 2027-01-01, 2027-02-06–2027-02-12</source>
        <translation>如 2027-01-01, 2027-02-06–2027-02-12</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="199" />
        <source>e.g. 2027-02-14 (a Sunday worked)</source>
        <translation>如 2027-02-14（周日上班）</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="200" />
        <source>Holidays and 调休 days (for years the built-in calendar lacks)</source>
        <translation>节假日和调休日（内置日历没有的年份）</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="202" />
        <source>Extra holidays</source>
        <translation>补充节假日</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="203" />
        <source>Extra working days (调休)</source>
        <translation>补充调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="207" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="211" />
        <source>Lock an unused window after</source>
        <translation>窗口无操作锁定时间</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="221" />
        <source>When accounts are in use, a window without keyboard or mouse input this long locks and asks for the password again, on every office's computers. It applies at once, without a restart.</source>
        <translation>启用账户后，窗口在这段时间内没有键盘或鼠标操作就会锁定，须重新输入密码；对各办公室的电脑都有效，保存后立即生效，无须重启。</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="225" />
        <source>Only an administrator can change the idle lock.</source>
        <translation>只有系统管理员可以修改空闲锁定时间。</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="229" />
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="230" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="232" />
        <source>Binding margin</source>
        <translation>装订边距</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="243" />
        <source>Add term</source>
        <translation>添加学期</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="245" />
        <source>Remove selected term</source>
        <translation>删除所选学期</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="251" />
        <source>Terms (dates as YYYY-MM-DD)</source>
        <translation>学期（日期格式 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="261" />
        <source>Save the norms</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="264" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="266" />
        <source>These norms are stored in the database and shared by every office using it.</source>
        <translation>以下规范保存在数据库中，使用同一数据库的所有办公室共用。</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="395" />
        <source>Norms saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="401" />
        <source>Saving the norms…</source>
        <translation>正在保存设置…</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="203" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="203" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="205" />
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="220" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/default_pages.py" line="92" />
        <source>Children</source>
        <translation>儿童名册</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="94" />
        <source>Assessment &amp; placement</source>
        <translation>评估安置</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="96" />
        <source>Home teaching</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="98" />
        <source>Workload &amp; class hours</source>
        <translation>送教工作量</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="100" />
        <source>Visit schedule</source>
        <translation>送教排程</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="102" />
        <source>Coverage</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="104" />
        <source>Cross-check (三查)</source>
        <translation>三查比对</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="106" />
        <source>Reference data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="108" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="110" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="112" />
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="114" />
        <source>Dropout prevention</source>
        <translation>控辍保学</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../ui/printing/pdf_pages.py" line="79" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pdf_pages.py" line="80" />
        <source>No file manager opened the folder. The files are in:
{0}</source>
        <translation>没有文件管理器打开这个文件夹。文件在：
{0}</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="55" />
        <source>Placement decision: {0}</source>
        <translation>安置决定：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="63" />
        <source>No assessed level yet: record the expert committee's assessment first.</source>
        <translation>尚无评估结论：请先记录专家委员会的评估。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="65" />
        <source>Assessed level: {0}. The county's rule recommends: {1}.</source>
        <translation>评估结论：{0}。按本县规则建议：{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="71" />
        <source>Assess first…</source>
        <translation>先评估…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="82" />
        <source> (recommended)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="110" />
        <source>e.g. 三年级（2）班</source>
        <translation>例如：三年级（2）班</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="269" />
        <source>(choose a team)</source>
        <translation>（请选择送教小组）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="128" />
        <source>School *</source>
        <translation>学校 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="116" />
        <source>Show all teams</source>
        <translation>显示全部送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="129" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="134" />
        <source>Special school *</source>
        <translation>特殊教育学校 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="139" />
        <source>Responsible school *</source>
        <translation>责任学校 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="140" />
        <source>Teacher team *</source>
        <translation>送教小组 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="161" />
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="164" />
        <source>Effective date *</source>
        <translation>生效日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="165" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="202" />
        <source>(choose a school)</source>
        <translation>（请选择学校）</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="254" />
        <source>Reason *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="254" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="256" />
        <source>Required: why the committee decided differently from the recommendation</source>
        <translation>必填：专家委员会为何作出与建议不同的决定</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="258" />
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="341" />
        <source>{0} placed: {1} from {2}; review due {3}.</source>
        <translation>{0} 已安置：{1}，自 {2} 起；复评日期 {3}。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="352" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../ui/placement/page.py" line="36" />
        <source>Assessment and placement</source>
        <translation>评估安置</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="43" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="52" />
        <source>Reviews overdue or due within</source>
        <translation>已逾期或即将到期的复评，期限</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="55" />
        <source>Committee sitting…</source>
        <translation>专家委员会会议…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="57" />
        <source>Assess and decide many children at one expert-committee sitting</source>
        <translation>在一次专家委员会会议上评估并决定多名儿童的安置</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="63" />
        <source>Choose a child in the list, or in the register.</source>
        <translation>请在左侧列表或名册中选择儿童。</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="72" />
        <source>Record assessment…</source>
        <translation>记录评估…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="73" />
        <source>Placement decision…</source>
        <translation>安置决定…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="74" />
        <source>Open child…</source>
        <translation>打开儿童档案…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="124" />
        <source>{0} reviews overdue, {1} listed</source>
        <translation>复评逾期 {0} 人，列出 {1} 人</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="144" />
        <source>Reading the reviews due…</source>
        <translation>正在读取待复评名单…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="164" />
        <source>Reading the child's placements…</source>
        <translation>正在读取该儿童的安置记录…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="169" />
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="170" />
        <source>{0} — level: {1}</source>
        <translation>{0}——障碍程度：{1}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="63" />
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="68" />
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="114" />
        <source>Goals worked on in the selected month</source>
        <translation>所选月份关联的目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="156" />
        <source>Saved plan</source>
        <translation>已保存的计划</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="158" />
        <source>No plan for this term yet: fill in the months and save.</source>
        <translation>本学期尚无计划：填写各月主题后保存。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="116" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="116" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="116" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="118" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="119" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="120" />
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="160" />
        <source>rejected: {0}</source>
        <translation>拒收：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="161" />
        <source>warning: {0}</source>
        <translation>提醒：{0}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="408" />
        <source>Validation preview</source>
        <translation>校验结果预览</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="411" />
        <source>Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet.</source>
        <translation>红色为拒收，黄色为已自动规范或需注意；把鼠标停在格子上可看原因。此时尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="416" />
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="416" />
        <source>Rejected only</source>
        <translation>只看拒收</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="417" />
        <source>Warnings only</source>
        <translation>只看警告</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="417" />
        <source>Valid only</source>
        <translation>只看有效</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="420" />
        <source>Export rejected rows…</source>
        <translation>导出拒收行……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="441" />
        <source>Validating…</source>
        <translation>正在校验……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="462" />
        <source>Reading and validating every row…</source>
        <translation>正在读取并校验每一行……</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="469" />
        <source>{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.</source>
        <translation>共 {0} 行：有效 {1} 行，有警告 {2} 行，拒收 {3} 行。将导入有效和有警告的行。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="476" />
        <source>The table shows the first {0} rows of each kind; all rows are counted and imported.</source>
        <translation>下表每类只显示前 {0} 行；统计和导入包括全部行。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="491" />
        <source>Validation cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="503" />
        <source>Export rejected rows</source>
        <translation>导出拒收行</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="503" />
        <source>rejected rows.xlsx</source>
        <translation>拒收行.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="513" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="516" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="516" />
        <source>{0} rows written to {1}</source>
        <translation>已把 {0} 行写入 {1}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="79" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="83" />
        <source>Child's file (one child, one file)</source>
        <translation>个人档案（一人一档）</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="84" />
        <location filename="../../ui/printing/preview_dialog.py" line="190" />
        <source>Placement notice</source>
        <translation>入学安置意见书</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="85" />
        <source>Home-teaching service agreement</source>
        <translation>送教上门服务协议</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="87" />
        <location filename="../../ui/printing/preview_dialog.py" line="173" />
        <source>Print ID and phone numbers in full</source>
        <translation>完整打印身份证号和电话</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="89" />
        <source>Masked by default (e.g. 500237********1234); applies to this print only</source>
        <translation>默认打码（如 500237********1234）；仅本次打印有效</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="91" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="92" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="93" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="94" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="95" />
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="102" />
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="151" />
        <location filename="../../ui/printing/preview_dialog.py" line="153" />
        <source>Generating the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="170" />
        <source>{0} pages</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="171" />
        <source>ID and phone numbers are masked</source>
        <translation>身份证号和电话已打码</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="189" />
        <source>Child file</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="191" />
        <source>Service agreement</source>
        <translation>送教服务协议</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="202" />
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="210" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="210" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="246" />
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="254" />
        <location filename="../../ui/printing/preview_dialog.py" line="257" />
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="264" />
        <source>Sent to the printer {0}: {1} pages (job {2})</source>
        <translation>已发送到打印机 {0}：{1} 页（作业 {2}）</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="268" />
        <source>Not printed.</source>
        <translation>没有打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="273" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="273" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="274" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="287" />
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="288" />
        <source>The printer could not be opened; check the printer settings</source>
        <translation>无法打开打印机，请检查打印机设置</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="291" />
        <source>Sent to the printer: {0} pages</source>
        <translation>已发送到打印机：{0} 页</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="65" />
        <source>Profile (剖面图): percentage of each domain's maximum</source>
        <translation>剖面图：各领域得分率（占该领域满分的百分比）</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="79" />
        <source>Previous ({0})</source>
        <translation>上次（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="83" />
        <source>This time ({0})</source>
        <translation>本次（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="96" />
        <source>Choose an assessment to see its profile</source>
        <translation>选择一次评估以查看剖面图</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="55" />
        <source>Progress by domain</source>
        <translation>各领域进步情况</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="76" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="28" />
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29" />
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Page &amp;Set:</source>
        <translation>页面范围(&amp;S)：</translation>
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
        <location filename="../../ui/records/quick_entry.py" line="127" />
        <source>Add child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="130" />
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="142" />
        <source>Team:</source>
        <translation>送教小组：</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="144" />
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="150" />
        <source>One row per child visited. Tick what was delivered; for a visit that did not happen, choose the reason instead. Nothing is saved unless every row is right.</source>
        <translation>每名送教儿童一行。勾选送达的“五送”内容；没有送成的，请选择原因。所有行都正确后才会保存。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="97" />
        <location filename="../../ui/records/assessments_tab.py" line="117" />
        <location filename="../../ui/records/scheme_tab.py" line="48" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="99" />
        <location filename="../../ui/records/assessments_tab.py" line="116" />
        <location filename="../../ui/records/compliance_page.py" line="147" />
        <location filename="../../ui/records/lessons_tab.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="102" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="103" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="104" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="106" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="118" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="120" />
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="129" />
        <source>Goals assessed</source>
        <translation>评估目标数</translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="66" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="80" />
        <source>Reading the records…</source>
        <translation>正在读取档案…</translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="103" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="61" />
        <source>Child, team, school or township</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="62" />
        <location filename="../../ui/records/compliance_page.py" line="150" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="63" />
        <location filename="../../ui/records/compliance_page.py" line="149" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="65" />
        <source>Children counted</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="68" />
        <source>Children short</source>
        <translation>未达标儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="73" />
        <source>Visits required</source>
        <translation>应送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="78" />
        <source>Visits delivered</source>
        <translation>实送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="83" />
        <source>Visits short</source>
        <translation>缺少次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="89" />
        <source>Class hours required</source>
        <translation>应送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="94" />
        <source>Class hours delivered</source>
        <translation>实送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="99" />
        <source>Class hours short</source>
        <translation>缺少课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="105" />
        <location filename="../../ui/records/visits_tab.py" line="118" />
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="107" />
        <location filename="../../ui/records/visits_tab.py" line="123" />
        <source>Make-ups</source>
        <translation>补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="109" />
        <source>Not logged</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="111" />
        <source>Reasons for missed visits</source>
        <translation>未送原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="138" />
        <source>Due or overdue</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="140" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="142" />
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="148" />
        <location filename="../../ui/records/quick_entry.py" line="60" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="151" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="51" />
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="52" />
        <location filename="../../ui/records/lessons_tab.py" line="62" />
        <source>Textbook unit</source>
        <translation>教材单元</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="54" />
        <source>For visit</source>
        <translation>对应送教</translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="61" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="75" />
        <location filename="../../ui/records/visits_tab.py" line="92" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="78" />
        <source>Topics</source>
        <translation>教学主题</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="83" />
        <source>Goals</source>
        <translation>关联目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="87" />
        <source>Planned visits</source>
        <translation>计划次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="93" />
        <source>Planned class hours</source>
        <translation>计划课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="65" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="70" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="76" />
        <source>Not done because</source>
        <translation>未送原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="81" />
        <location filename="../../ui/records/visits_tab.py" line="75" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="86" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="53" />
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="58" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="63" />
        <source>Measurable criterion</source>
        <translation>可测量的达成标准</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="69" />
        <source>Every goal needs a measurable criterion</source>
        <translation>每条目标都须有可测量的达成标准</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="74" />
        <source>Target date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="79" />
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="84" />
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="52" />
        <source> · make-up</source>
        <translation> · 补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="61" />
        <source>Date and time</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="62" />
        <source>Visit status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="64" />
        <source>Five deliveries</source>
        <translation>五送内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="69" />
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="73" />
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="79" />
        <source>Make-up</source>
        <translation>补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="95" />
        <source> (so far)</source>
        <translation>（截至今日）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="99" />
        <source>Required visits</source>
        <translation>应送次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="104" />
        <source>Delivered</source>
        <translation>实送次数</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="110" />
        <source>Required hours</source>
        <translation>应送课时</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="113" />
        <source>Delivered hours</source>
        <translation>实送课时</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../ui/reference_page.py" line="109" />
        <source>Townships, villages, schools, teachers and teams</source>
        <translation>乡镇、村（社区）、学校、教师和送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="118" />
        <location filename="../../ui/reference_page.py" line="140" />
        <location filename="../../ui/reference_page.py" line="250" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="119" />
        <source>Village / community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="120" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="121" />
        <source>Official list</source>
        <translation>区划代码表</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="122" />
        <location filename="../../ui/reference_page.py" line="293" />
        <source>Centre</source>
        <translation>中心坐标</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="126" />
        <source>Add village…</source>
        <translation>新增村（社区）……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="127" />
        <source>Rename…</source>
        <translation>改名……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="128" />
        <source>Merge two…</source>
        <translation>合并两个……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="129" />
        <location filename="../../ui/reference_page.py" line="148" />
        <location filename="../../ui/reference_page.py" line="172" />
        <location filename="../../ui/reference_page.py" line="184" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="130" />
        <source>Import coordinates…</source>
        <translation>导入坐标…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="137" />
        <location filename="../../ui/reference_page.py" line="157" />
        <location filename="../../ui/reference_page.py" line="178" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="138" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="139" />
        <source>School identifier</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="141" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="142" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="146" />
        <source>New school…</source>
        <translation>新增学校……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="147" />
        <location filename="../../ui/reference_page.py" line="171" />
        <location filename="../../ui/reference_page.py" line="183" />
        <source>Edit…</source>
        <translation>修改……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="149" />
        <location filename="../../ui/reference_page.py" line="173" />
        <location filename="../../ui/reference_page.py" line="185" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="156" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="158" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="159" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="160" />
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="162" />
        <source>Teams</source>
        <translation>所在小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="170" />
        <source>New teacher…</source>
        <translation>新增教师……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="177" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="179" />
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="180" />
        <source>Members</source>
        <translation>组员</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="181" />
        <source>Driver</source>
        <translation>出车人员</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="182" />
        <source>Townships covered</source>
        <translation>负责乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="183" />
        <source>New team…</source>
        <translation>新增送教小组……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="188" />
        <source>Townships and villages</source>
        <translation>乡镇和村（社区）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="189" />
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="190" />
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="191" />
        <source>Home-teaching teams</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="209" />
        <source>Reading the lists…</source>
        <translation>正在读取名单……</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="224" />
        <source>{0} townships, {1} villages, {2} schools, {3} teachers, {4} teams</source>
        <translation>{0} 个乡镇，{1} 个村（社区），{2} 所学校，{3} 名教师，{4} 个送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="243" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="255" />
        <location filename="../../ui/reference_page.py" line="259" />
        <source>Add village</source>
        <translation>新增村（社区）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="259" />
        <source>Name of the village or community</source>
        <translation>村（社区）名称</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="263" />
        <source>Village added</source>
        <translation>已新增村（社区）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="268" />
        <location filename="../../ui/reference_page.py" line="271" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="268" />
        <location filename="../../ui/reference_page.py" line="293" />
        <source>Select one village first.</source>
        <translation>请先选择一个村（社区）。</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="271" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="274" />
        <source>Village renamed</source>
        <translation>已改名</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="279" />
        <location filename="../../ui/reference_page.py" line="282" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="279" />
        <source>Select the two villages to merge.</source>
        <translation>请选择要合并的两个村（社区）。</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="282" />
        <source>Keep which name?</source>
        <translation>保留哪个名称？</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="288" />
        <source>Villages merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="300" />
        <source>Centre saved</source>
        <translation>中心坐标已保存</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="312" />
        <location filename="../../ui/reference_page.py" line="314" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="312" />
        <source>Select one row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="315" />
        <source>Why is “{0}” archived?</source>
        <translation>“{0}”归档的原因？</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="318" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="331" />
        <source>School saved</source>
        <translation>学校已保存</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="344" />
        <source>Teacher saved</source>
        <translation>教师已保存</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="357" />
        <source>Team saved</source>
        <translation>送教小组已保存</translation>
    </message>
</context>
<context>
    <name>RegistryColumns</name>
    <message>
        <location filename="../../ui/registry/columns.py" line="57" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="61" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="67" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="75" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="82" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="88" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="94" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="100" />
        <source>Level</source>
        <translation>障碍程度</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="106" />
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="112" />
        <source>Grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="119" />
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="125" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="131" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="136" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="139" />
        <source>Status</source>
        <translation>在学状态</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="145" />
        <source>Review due</source>
        <translation>复评日期</translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="163" />
        <source>五有 marks</source>
        <translation>五有</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../ui/registry/export.py" line="35" />
        <source>Children</source>
        <translation>儿童名册</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="63" />
        <source>children-{0}.xlsx</source>
        <translation>儿童名册-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="68" />
        <source>Export the view to Excel</source>
        <translation>导出当前视图到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="70" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="83" />
        <source>Full ID numbers?</source>
        <translation>完整身份证号？</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="84" />
        <source>Write the resident ID numbers in full? Choose No to mask them (the safer choice); a full export is recorded in the audit.</source>
        <translation>是否导出完整身份证号？选“否”则打码（更安全）；完整导出会记入审计。</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="96" />
        <source>Exported {0} children to {1}</source>
        <translation>已导出 {0} 名儿童到 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="104" />
        <source>Exporting the register…</source>
        <translation>正在导出名册…</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/registry/model.py" line="35" />
        <source>complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="36" />
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="37" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="286" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/registry/page.py" line="44" />
        <source>Children register</source>
        <translation>儿童名册</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="80" />
        <source>New child</source>
        <translation>新建儿童</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="81" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="82" />
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="83" />
        <source>Place</source>
        <translation>安置</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="84" />
        <source>五有 file…</source>
        <translation>五有档案…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="85" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="86" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="87" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="110" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="139" />
        <source>{0} children</source>
        <translation>共 {0} 名儿童</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="140" />
        <source>{0} children match the filter</source>
        <translation>符合条件的儿童 {0} 名</translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="182" />
        <source>The register cannot be sorted by this column.</source>
        <translation>名册不能按此列排序。</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../ui/placement/models.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78" />
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78" />
        <source>Review due</source>
        <translation>复评日期</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="84" />
        <source>Deferred entry</source>
        <translation>延缓入学</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="88" />
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="89" />
        <source>due in {0} days</source>
        <translation>{0} 天后到期</translation>
    </message>
</context>
<context>
    <name>RouteStops</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="137" />
        <source>Back to base</source>
        <translation>返回驻地</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="146" />
        <source>Village centre</source>
        <translation>坐标为村中心</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="151" />
        <source>No.</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="152" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="153" />
        <source>Arrive</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="154" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="155" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="156" />
        <source>Leg (min)</source>
        <translation>路程(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="157" />
        <source>Leg (km)</source>
        <translation>路程(公里)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="158" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="66" />
        <source>{n} homes</source>
        <translation>{n} 户</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="70" />
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="72" />
        <source>Team leave</source>
        <translation>小组请假</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="83" />
        <source>{n} homes, {m} min and {km} km of travel</source>
        <translation>{n} 户，路程 {m} 分钟、{km} 公里</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="93" />
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="94" />
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="95" />
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="96" />
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="97" />
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="98" />
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="99" />
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../ui/schedule/page.py" line="76" />
        <source>Compute schedule</source>
        <translation>计算排程</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="77" />
        <location filename="../../ui/schedule/page.py" line="245" />
        <location filename="../../ui/schedule/page.py" line="252" />
        <source>Re-plan the rest</source>
        <translation>重排余下日子</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="78" />
        <source>Re-plan the rest of the month from a chosen day after the cancellations and team leave on record, changing as little as possible</source>
        <translation>按已记录的取消和小组请假，从所选日起重排本月余下的送教，尽量少改动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="79" />
        <location filename="../../ui/schedule/page.py" line="299" />
        <source>Write to visit records</source>
        <translation>写入送教记录</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="80" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="85" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="87" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="116" />
        <source>Changes from the previous plan</source>
        <translation>与原计划相比的变动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="123" />
        <source>Not scheduled</source>
        <translation>未能安排</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="204" />
        <source>Error: {text}</source>
        <translation>出错：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="201" />
        <source>Cancelled; nothing was changed</source>
        <translation>已取消，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="220" />
        <source>Reading the visits of {month}…</source>
        <translation>正在读取 {month} 的送教安排…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="236" />
        <source>Scheduling {month}…</source>
        <translation>正在为 {month} 排程…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="246" />
        <source>Re-plan from which day (earlier visits stay as they are):</source>
        <translation>从哪一天起重排（此前的送教保持不变）：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="252" />
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <translation>“{text}”不是 YYYY-MM-DD 形式的日期</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="264" />
        <source>Re-planning from {day}…</source>
        <translation>正在重排 {day} 起的送教…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270" />
        <source>moved</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="271" />
        <source>retimed</source>
        <translation>改时间</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="279" />
        <source>No changes</source>
        <translation>没有变动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="297" />
        <source>Write {n} planned visits to the records? The previous schedule's visits of this month that are not done yet are archived and replaced.</source>
        <translation>把 {n} 次计划送教写入记录？本月上一次排程中尚未完成的计划将被归档替代。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="304" />
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="309" />
        <source>{n} planned visits written</source>
        <translation>已写入 {n} 条计划送教记录</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="316" />
        <source>Export schedule</source>
        <translation>导出排程</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="316" />
        <source>schedule-{month}.pdf</source>
        <translation>送教排程-{month}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="317" />
        <source>Route sheets PDF (*.pdf);;Excel (*.xlsx);;Phone calendar (*.ics);;Plan file JSON (*.json)</source>
        <translation>路线单 PDF (*.pdf);;Excel (*.xlsx);;手机日历 (*.ics);;计划文件 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="328" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="335" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="338" />
        <source>Exported: {files}</source>
        <translation>已导出：{files}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="350" />
        <source> (no visits)</source>
        <translation>（无安排）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="361" />
        <source>{month}: {routes} routes, {visits} visits, {km} km and {minutes} min of travel; {missing} unscheduled</source>
        <translation>{month}：{routes} 条路线，{visits} 次送教，路程 {km} 公里、{minutes} 分钟；未安排 {missing} 次</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="365" />
        <source>(not yet written to the records)</source>
        <translation>（尚未写入记录）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="367" />
        <source>{month} has no schedule yet; click “Compute schedule”</source>
        <translation>{month} 还没有排程，点“计算排程”</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="375" />
        <source>{name}: {n} missing — {reason}</source>
        <translation>{name}：缺 {n} 次 — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="407" />
        <source>No route this day</source>
        <translation>这一天没有送教路线</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="409" />
        <source>{date}: leave {depart}, back {ret}; {n} homes, {m} min and {km} km of travel</source>
        <translation>{date}：{depart} 出发，{ret} 返回；{n} 户，路程 {m} 分钟、{km} 公里</translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="108" />
        <source>Copy last year's scheme</source>
        <translation>复制上一学年方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="111" />
        <source>Save scheme</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="115" />
        <source>School year:</source>
        <translation>学年：</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="123" />
        <source>Present levels by domain</source>
        <translation>各领域现有水平</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="159" />
        <source>(any term)</source>
        <translation>（不限学期）</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="162" />
        <source>Add long-term goal</source>
        <translation>添加长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="165" />
        <source>Add term goal</source>
        <translation>添加学期目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="168" />
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="175" />
        <source>Goals (double-click a cell to edit)</source>
        <translation>目标（双击单元格编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="187" />
        <source>Guardian agreed on</source>
        <translation>家长签字同意日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="194" />
        <source>Reviewed on</source>
        <translation>修订日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="201" />
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="206" />
        <source>Supports and aids</source>
        <translation>支持与辅具</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="207" />
        <source>Implementation notes</source>
        <translation>实施说明</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="208" />
        <source>Transition</source>
        <translation>转衔安排</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="209" />
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="210" />
        <source>Agreement</source>
        <translation>家长同意</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="260" />
        <source>No scheme for this school year yet.</source>
        <translation>本学年尚无方案。</translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="262" />
        <source>{0} goals</source>
        <translation>共 {0} 条目标</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="394" />
        <location filename="../../ui/reference_page.py" line="413" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="414" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="415" />
        <source>School identifier (10 digits, optional)</source>
        <translation>学校标识码（10 位，可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="416" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="417" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="418" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="419" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="17" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29" />
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="57" />
        <source>The new language applies the next time the application starts.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="206" />
        <location filename="../../ui/app.py" line="271" />
        <location filename="../../ui/startup.py" line="285" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="187" />
        <location filename="../../ui/app.py" line="274" />
        <location filename="../../ui/startup.py" line="262" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="80" />
        <source>This computer has no system keyring to keep the key of the new encrypted database {0}. Choose a passphrase for it: it will be asked for each time the database is opened, and without it nobody can open the database.</source>
        <translation>本机没有系统密钥环来保存新的加密数据库 {0} 的密钥。请为它设置一个口令：每次打开这个数据库时都要输入，没有口令谁也打不开它。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="87" />
        <source>The database {0} is encrypted. Its passphrase:</source>
        <translation>数据库 {0} 已加密。请输入它的口令：</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="94" />
        <source>Database passphrase</source>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="172" />
        <source>Choose another database or create a new one.</source>
        <translation>请选择其他数据库或新建一个。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="244" />
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="245" />
        <source>Password of the database server {0}:</source>
        <translation>数据库服务器 {0} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="280" />
        <source>Creating the demo county…</source>
        <translation>正在生成示范县数据…</translation>
    </message>
</context>
<context>
    <name>StructuredTab</name>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="110" />
        <location filename="../../ui/records/structured_tab.py" line="262" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="112" />
        <location filename="../../ui/records/structured_tab.py" line="260" />
        <source>Instrument</source>
        <translation>评估量表</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="115" />
        <location filename="../../ui/records/structured_tab.py" line="263" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="117" />
        <source>Items scored</source>
        <translation>已评题数</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="135" />
        <location filename="../../ui/records/structured_tab.py" line="226" />
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="139" />
        <source>Scored / items</source>
        <translation>已评/题数</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="143" />
        <source>Subtotal / maximum</source>
        <translation>小计/满分</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="147" />
        <source>Percentage</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="152" />
        <location filename="../../ui/records/structured_tab.py" line="178" />
        <source>Previous</source>
        <translation>上次</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="157" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="176" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="177" />
        <source>Measured by</source>
        <translation>评估领域/题目</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="179" />
        <source>This time</source>
        <translation>本次</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="181" />
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="183" />
        <source>improved</source>
        <translation>进步</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="186" />
        <source>not improved</source>
        <translation>未进步</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="203" />
        <source>Profile chart</source>
        <translation>剖面图</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="204" />
        <source>Domain subtotals</source>
        <translation>领域小计</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="205" />
        <source>Goals and progress</source>
        <translation>目标与进展</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="206" />
        <source>Print the result…</source>
        <translation>打印评估结果…</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="227" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="229" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="245" />
        <source>Text of an item the county adds</source>
        <translation>本县补充的题目内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="246" />
        <source>Add item</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="255" />
        <source>Analysis and suggestions</source>
        <translation>分析与建议</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="256" />
        <source>Save the assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="299" />
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="307" />
        <source>Reading the assessments…</source>
        <translation>正在读取评估…</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="337" />
        <source>Scale: {0}. Source: {1}.</source>
        <translation>计分：{0}。来源：{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="340" />
        <source> This instrument has no items yet: add the items of the edition the county uses.</source>
        <translation> 本量表尚无题目：请添加本县所用版本的题目。</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="400" />
        <source>Save the assessment result</source>
        <translation>保存评估结果</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="413" />
        <source>Printed to {0}</source>
        <translation>已打印到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="414" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/reference_page.py" line="75" />
        <source>Search…</source>
        <translation>搜索……</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="430" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="440" />
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="445" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="446" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="447" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="448" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="480" />
        <source>Home-teaching team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="502" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="503" />
        <source>School (base)</source>
        <translation>所属学校（出发地）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="504" />
        <source>Members (two teachers or more, one special-education; a driver optional)</source>
        <translation>组员（至少两名教师，其中一名特教教师；出车人员可选）</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="506" />
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="507" />
        <source>Townships covered</source>
        <translation>负责乡镇</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../ui/terms_model.py" line="32" />
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="32" />
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="32" />
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/placement/models.py" line="116" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="116" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="116" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="123" />
        <source>Assessment: {0}</source>
        <translation>评估：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="124" />
        <source>recommended {0}; members: {1}; tools: {2}</source>
        <translation>建议{0}；成员：{1}；工具：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="128" />
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="131" />
        <source>Placement: {0}</source>
        <translation>安置：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="136" />
        <source>team {0}</source>
        <translation>送教小组 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="139" />
        <source>differs from the recommended {0}: {1}</source>
        <translation>与建议（{0}）不同：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="144" />
        <source>review due {0}</source>
        <translation>复评日期 {0}</translation>
    </message>
</context>
<context>
    <name>TownshipChart</name>
    <message>
        <location filename="../../ui/coverage/charts.py" line="50" />
        <source>Exception recorded</source>
        <translation>已说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="51" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="60" />
        <source>School-age children of {1} by placement (reference date {0})</source>
        <translation>{1}适龄残疾儿童安置情况（基准日 {0}）</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="62" />
        <source>School-age children by township and placement (reference date {0})</source>
        <translation>各乡镇适龄残疾儿童安置情况（基准日 {0}）</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="68" />
        <source>No township has school-age children recorded yet.</source>
        <translation>还没有任何乡镇登记适龄儿童。</translation>
    </message>
</context>
<context>
    <name>TownshipModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="69" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="69" />
        <source>Total of {0}</source>
        <translation>{0}合计</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="76" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="77" />
        <source>School-age</source>
        <translation>适龄</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="78" />
        <source>Placed</source>
        <translation>已安置</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="79" />
        <source>Exception recorded</source>
        <translation>已说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="80" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="81" />
        <source>Enrolment rate</source>
        <translation>入学率</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="137" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="139" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140" />
        <source>The window was locked after {0} minutes without use. {1}, enter your password to continue.</source>
        <translation>窗口已在 {0} 分钟无操作后锁定。{1}，请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/records/visit_form.py" line="62" />
        <source>At the child's home</source>
        <translation>学生家中</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="70" />
        <source>Home visit — {0}</source>
        <translation>送教记录 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="72" />
        <source>Home visit of {0} — {1}</source>
        <translation>{0} 送教记录 — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="102" />
        <source>(the norms in force count a parent class as a visit)</source>
        <translation>（现行规范把家长课堂计入送教次数）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="104" />
        <source>(the norms in force do not count a parent class as a visit)</source>
        <translation>（现行规范不把家长课堂计入送教次数）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="138" />
        <source>Five deliveries (五送) — tick at least one</source>
        <translation>五送内容（至少勾选一项）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="146" />
        <source>What was delivered, and how</source>
        <translation>送了什么、怎样送的</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="157" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="163" />
        <source>Guardian present</source>
        <translation>监护人在场</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="167" />
        <source>Guardian confirmed (signed)</source>
        <translation>监护人已签字确认</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="172" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="180" />
        <source>(choose a reason)</source>
        <translation>（选择原因）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="192" />
        <source>Make-up of a cancelled visit</source>
        <translation>这是一次取消送教的补送</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="195" />
        <source>Date and time</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="196" />
        <source>Visit status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="197" />
        <source>Kind of visit</source>
        <translation>送教形式</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198" />
        <source>Team</source>
        <translation>送教小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198" />
        <source>(no team)</source>
        <translation>（无送教小组）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="199" />
        <source>Teachers present</source>
        <translation>到场教师</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="200" />
        <source>Place of the visit</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="202" />
        <source>Lesson plan</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="203" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="204" />
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="205" />
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="212" />
        <source>Attach a photo or signature scan…</source>
        <translation>添加照片或签字扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="224" />
        <source>(save the visit first)</source>
        <translation>（请先保存送教记录）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="225" />
        <source>Photos and signature</source>
        <translation>照片与签字</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="253" />
        <source>{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)</source>
        <translation>{0} 分钟 = {1:g} 课时（每课时 {2} 分钟；每次规定 {3:g} 课时）</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="304" />
        <source>Choose a photo or scan</source>
        <translation>选择照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="304" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="190" />
        <source>Record a visit…</source>
        <translation>登记送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="191" />
        <source>Plan a visit…</source>
        <translation>计划送教…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="192" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="193" />
        <source>Cancel with reason…</source>
        <translation>取消（填写原因）…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="194" />
        <source>Plan make-up…</source>
        <translation>安排补送…</translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="233" />
        <source>Against the norm, {0} (as of today)</source>
        <translation>{0}达标情况（截至今日）</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../ui/workload_page.py" line="46" />
        <source>Teacher workload and annual class hours</source>
        <translation>送教工作量与年度课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="54" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="56" />
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="60" />
        <source>Period:</source>
        <translation>统计时段：</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="75" />
        <source>Teacher workload</source>
        <translation>教师工作量</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="76" />
        <source>Annual class hours per child</source>
        <translation>每名儿童年度课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="100" />
        <source>    {0}-{1:02d}</source>
        <translation>    {0}年{1:02d}月</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="121" />
        <source>Counting workload…</source>
        <translation>正在统计工作量…</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="126" />
        <source>Norms in force: {0}. {1}</source>
        <translation>现行规范：{0}。{1}</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="130" />
        <source>School year {0}–{1}, as of {2}; the annual target ({3} class hours) is pro-rated by the days each child was placed in home teaching.</source>
        <translation>{0}—{1}学年，截至 {2}；全年目标（{3} 课时）按每名儿童在送教上门安置的天数折算。</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="144" />
        <source>Save the workload report</source>
        <translation>保存工作量报表</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="164" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="165" />
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="171" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="172" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="173" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="174" />
        <source>Visits</source>
        <translation>送教次数</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="175" />
        <source>Parent classes</source>
        <translation>家长课堂</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="176" />
        <source>Children taught</source>
        <translation>送教儿童数</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="178" />
        <source>Class hours taught</source>
        <translation>实际课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="184" />
        <source>Workload credited (class hours)</source>
        <translation>计工作量（课时）</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="194" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="195" />
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="197" />
        <source>Annual target</source>
        <translation>全年目标课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="203" />
        <source>Owed so far</source>
        <translation>至今应送课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="209" />
        <source>Class hours delivered</source>
        <translation>实送课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="215" />
        <source>Behind</source>
        <translation>落后课时</translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="222" />
        <source>Still needed this year</source>
        <translation>本学年尚需课时</translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../../ui/login.py" line="66" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
</TS>