"""English for the command line's help texts (shown with ``--lang en``); the Chinese is in the code.

A sub-command's help written in Chinese needs its English here: tests/e2e/test_cli_lang.py
lists any that lack one.
"""

from __future__ import annotations

HELP_EN: dict[str, str] = {
    # special_ed/cli.py
    "特教安置与送教上门 — 县级特殊教育安置与送教上门管理。不带子命令运行 special-ed 打开桌面程序"
    "（special-ed --demo：用一个新的示范县打开）。": (
        "Special education placement and home teaching for a county. Run special-ed without a command to open "
        "the desktop program (special-ed --demo: on a new demo county)."
    ),
    "数据库：SQLAlchemy URL 或 SQLite 文件路径（默认：用户数据目录；也可用环境变量 SPECIAL_ED_DB）": (
        "database: SQLAlchemy URL or SQLite file path (default: the user data folder; or SPECIAL_ED_DB)"
    ),
    "操作人（默认：当前系统用户）": "who is working (default: the system user)",
    "提示语言": "message language",
    "显示程序版本并退出": "show program's version number and exit",
    "数据库维护": "database maintenance",
    "把数据库升级到本程序的版本（SQLite 先自动备份）": (
        "upgrade the database to this program's version (SQLite is backed up first)"
    ),
    "把未加密的 SQLite 数据库文件加密（SQLCipher；先备份、核对，再替换原文件）": (
        "encrypt a plain SQLite database file (SQLCipher; backed up and verified before it replaces the file)"
    ),
    "先在原文件旁做一份备份，再生成加密的副本并逐表核对，最后替换原文件；任何一步失败原文件都不变。"
    "密钥随机生成并存入系统密钥环；本机没有密钥环时改用口令（提示输入，或环境变量 SPECIAL_ED_DB_PASSPHRASE）。": (
        "Backs the file up beside itself, writes an encrypted copy and checks it table by table, then replaces "
        "the original; if any step fails the original is unchanged. The key is random and kept in the system "
        "keyring; without a keyring a passphrase is used (asked for, or SPECIAL_ED_DB_PASSPHRASE)."
    ),
    "核对无误后删除加密前的（未加密的）备份": "remove the (plain) backup made before encrypting once all is verified",
    "生成示范县数据（只用于空数据库）": "generate a demo county (empty databases only)",
    "随机种子（同一种子生成同样的数据）": "random seed (the same seed gives the same data)",
    "儿童人数（默认 565）": "number of children (default 565)",
    "导出 Excel": "export to Excel",
    "children：全部儿童名册": "children: the register of all children",
    "输出的 .xlsx 文件": "the .xlsx file to write",
    # special_ed/scheduling/cli.py
    "安排一个月的送教上门路线": "plan a month of home-teaching routes",
    "送教问题文件": "scheduling scenario files",
    "问题文件（special-ed-scenario/1 JSON），不用数据库": "scenario file (special-ed-scenario/1 JSON), no database",
    "从数据库安排的月份，如 2027-03": "month to plan from the database, e.g. 2027-03",
    "输出文件：.json 计划、.xlsx、.ics（每组一个）或 .pdf 路线单": (
        "output file: .json plan, .xlsx, .ics (one per team) or .pdf route sheets"
    ),
    "求解时间（秒），默认按送教次数自动确定": "solver time in seconds (default: from the number of visits)",
    "并行求解的进程数（默认 1）": "solver processes in parallel (default 1)",
    "只计算和导出，不写入数据库": "compute and export only, write nothing to the database",
    "重排：在这个已有计划上改动（需 --scenario 和 --as-of）": (
        "replan: change this existing plan (needs --scenario and --as-of)"
    ),
    "重排起始日 YYYY-MM-DD：此前的送教视为已完成，保持不变（与 --month 同用：按数据库中的取消和请假重排该月余下的日子）": (
        "replan from YYYY-MM-DD: earlier visits count as done and stay (with --month: replan the rest of "
        "the month from the cancellations and leave in the database)"
    ),
    "取消的送教（可重复）": "a cancelled visit (repeatable)",
    "小组请假的日子（可重复）": "a day a team is on leave (repeatable)",
    "村与村之间的路程时间表（.csv/.xlsx：起点、终点、分钟[、公里]），优先于按直线估算": (
        "travel times between villages (.csv/.xlsx: from, to, minutes[, km]), used before straight-line estimates"
    ),
    "把某月的送教问题导出为 JSON（发给技术支持）": "export a month's scheduling problem as JSON (for support)",
    "月份，如 2027-03": "month, e.g. 2027-03",
    "输出的 .json 文件": "the .json file to write",
    # special_ed/importing/cli.py
    "导入名单（儿童名单、残联、学籍、户籍、建档立卡；学校、教师、送教小组、村坐标）": (
        "import lists (children, disabled persons' federation, school roll, household register, poverty files; "
        "schools, teachers, home-teaching teams, village coordinates)"
    ),
    "导入 xlsx/xls/csv 名单。先校验全部行；--dry-run 只校验不写入。有被拒收的行时退出码为 3。"
    "学校、教师、送教小组、村坐标的模板可用 special-ed template 取得。": (
        "import an xlsx/xls/csv list. Every row is checked first; --dry-run checks without writing. "
        "Exit code 3 when rows were rejected. special-ed template gives the templates of the schools, "
        "teachers, teams and village-coordinates lists."
    ),
    "名单来源或内容": "where the list comes from, or what it holds",
    "纬度、经度的坐标系：wgs84（GPS、天地图，默认）、gcj02（高德、腾讯、微信）、bd09（百度）": (
        "datum of the latitudes and longitudes: wgs84 (GPS, Tianditu; default), gcj02 (Amap, Tencent, WeChat), "
        "bd09 (Baidu)"
    ),
    "取得学校、教师、送教小组、村坐标的导入模板（xlsx）": (
        "get the import template (xlsx) of schools, teachers, teams or village coordinates"
    ),
    "把导入模板复制到指定的文件或文件夹；填好后用 special-ed import 导入。": (
        "copy an import template to the file or folder given; fill it in, then import it with special-ed import."
    ),
    "模板内容": "what the template is for",
    "保存到的文件或文件夹（默认：当前文件夹）": "file or folder to save it to (default: the current folder)",
    "xlsx、xls 或 csv 文件": "xlsx, xls or csv file",
    "工作表名称（默认：第一个有表头的工作表）": "sheet name (default: the first sheet with a header)",
    "使用已保存的列对应方案": "use a saved column mapping",
    "只校验并报告，不写入数据库": "check and report only, write nothing to the database",
    "把被拒收的行及原因写入 xlsx": "write the rejected rows and why to an xlsx",
    "三查：比对已导入的名单与儿童记录": "cross-check: compare the imported lists with the children's records",
    "比对残联、学籍、户籍、建档立卡名单与本系统的儿童，按乡镇列出问题并保存以便两问一访跟进。": (
        "compare the federation, school roll, household and poverty lists with the children here, list the "
        "findings by township and keep them for follow-up visits."
    ),
    "把比对结果写入 xlsx": "write the findings to an xlsx",
    "同时导出全县安置统计表（乡镇×程度×安置；xlsx 或 pdf）": (
        "also export the county's placement statistics (township × level × placement; xlsx or pdf)"
    ),
    # special_ed/printing/cli.py
    "打印一人一档、安置意见书、批量档案和送教月度汇总（PDF）": (
        "print a child's file, placement notices, batches of files and monthly home-teaching summaries (PDF)"
    ),
    "一名儿童的个人档案（一人一档）": "one child's file",
    "给监护人的入学安置意见书": "the placement notice for the guardians",
    "送教上门服务协议（学校与家长签订，仅送教上门的学生）": (
        "the home-teaching service agreement between school and family (home-taught children only)"
    ),
    "批量打印档案（不加条件时为全部儿童）": "print files in a batch (every child without a filter)",
    "送教上门月度汇总": "monthly home-teaching summary",
    "儿童编号或身份证号": "child number or resident ID",
    "输出的 PDF 文件": "the PDF file to write",
    "完整打印身份证号和电话（默认打码）": "print ID and phone numbers in full (masked by default)",
    "完整打印身份证号（默认打码）": "print ID numbers in full (masked by default)",
    "只打印该乡镇（街道）的儿童": "only the children of this township",
    "只打印该学校（就读或学籍学校）的儿童": "only the children of this school (attending or enrolled)",
    "输出文件夹（按乡镇分文件夹）": "output folder (one folder per township)",
    "合并为一个带书签的 PDF": "merge into one PDF with bookmarks",
    # special_ed/services/revert_cli.py
    "撤销一条记录的上一次保存（恢复保存前的内容）": "revert a record's last save (put back what it held before)",
    "child：儿童（含监护人）；assessment：评估；plan：学期计划；lesson：教案；visit：送教记录": (
        "child: a child (with guardians); assessment: a progress assessment; plan: a term plan; "
        "lesson: a lesson plan; visit: a home visit"
    ),
    "记录编号（儿童也可用身份证号）": "the record's number (a child's resident ID also works)",
    "确认撤销（不加时只显示上一次保存改了什么）": "do revert (without it, only show what the last save changed)",
    "直接送到这台打印机（每名儿童一个打印任务），不另存 PDF": (
        "send the files straight to this printer (one print job per child) instead of saving PDFs"
    ),
    "双面打印：long 长边装订、short 短边装订（偶数页的装订边距在右侧）": (
        "print on both sides: long (bound on the long edge) or short (the binding margin is on the right of even pages)"
    ),
    "并行进程数（默认：CPU 核数）": "processes in parallel (default: the number of CPU cores)",
    "月份，如 2026-10": "month, e.g. 2026-10",
    "按送教小组或乡镇汇总": "summarise by team or township",
    # special_ed/services/records_cli.py
    "送教上门达标情况（应送与实送、缺少次数和课时）": (
        "home-teaching compliance (required and delivered, visits and hours short)"
    ),
    "本周待办与已逾期的送教事项": "this week's and overdue home-teaching tasks",
    "送教儿童的五有档案完整情况": "completeness of the five files of children taught at home",
    "学期名称（默认：当前学期）": "term name (default: the current term)",
    "截至日期 YYYY-MM-DD（默认：今天）": "as of YYYY-MM-DD (default: today)",
    "按儿童、送教小组、学校或乡镇汇总": "summarise by child, team, school or township",
    "只列出档案不完整的儿童": "list only children whose files are incomplete",
    # accounts (special_ed/services/accounts_cli.py) and the year's norms and reports
    "登录的账户名（数据库已设账户时必填；密码在提示时输入，或用环境变量 SPECIAL_ED_PASSWORD；尚无账户时操作人为当前系统用户）": "account to log in as (required once the database has accounts; the password is asked for, or read from SPECIAL_ED_PASSWORD; without accounts the system user acts)",
    "送教规范预设（福建、山东、河南、甘肃、宁夏、自定义）与年度课时": "home-teaching norm presets (Fujian, Shandong, Henan, Gansu, Ningxia, custom) and annual class hours",
    "生成县级上报报表（xlsx 或 PDF）；--list 列出全部报表": "make a county report (xlsx or PDF); --list lists them all",
    "账户管理（系统管理员）": "accounts (administrators)",
    "审计记录：校验（--verify）或导出 Excel（系统管理员）": "audit log: verify (--verify) or export to Excel (administrators)",
    "完整导出身份证号、残疾证号和电话（默认打码；督导无此权限；记入审计）": "export full resident IDs, certificate numbers and phones (masked by default; not for viewers; audited)",
    "列出全部预设及其依据文件": "list every preset and its source document",
    "显示现行送教规范": "show the norms in force",
    "采用一个预设（写入设置，所有应送次数和课时随之重算）": "adopt a preset (written to the settings; required visits and class hours are recomputed)",
    "每名送教儿童本学年课时：目标、至今应送、已送": "each home-taught child's class hours this school year: target, due so far, delivered",
    "预设代码：fujian shandong henan gansu ningxia custom": "preset code: fujian shandong henan gansu ningxia custom",
    "学年开始的年份（默认：当前学年）": "the year the school year starts (default: the current school year)",
    "报表名称（见 --list）": "report name (see --list)",
    "列出全部报表及中文名称": "list every report with its Chinese name",
    "输出文件：.xlsx 或 .pdf": "output file: .xlsx or .pdf",
    "学年（开始的年份，如 2026 表示 2026—2027 学年）": "school year (its first year: 2026 means 2026–2027)",
    "只统计一个乡镇（街道）": "count one township (street) only",
    "学期名称（工作量等按学期统计的报表）": "term name (for reports counted by term, such as workload)",
    "月份 YYYY-MM（工作量等按月统计的报表）": "month YYYY-MM (for reports counted by month, such as workload)",
    "季度 YYYY-Qn，如 2026-Q4（控辍保学季度复核表）": "quarter YYYY-Qn, e.g. 2026-Q4 (the dropout quarterly re-check)",
    "新建账户（第一个账户必须是系统管理员）": "create an account (the first must be an administrator)",
    "列出账户": "list accounts",
    "停用账户": "disable an account",
    "重新启用账户": "enable an account again",
    "重置密码（下次登录须修改）": "reset a password (to be changed at the next login)",
    "修改自己（--user）的密码": "change your own (--user) password",
    "窗口无操作多少分钟后锁定（全县各办公室；不带参数则显示）": "minutes without input before a window locks (every office of the county; shown without an argument)",
    "分钟数，1–120": "minutes, 1–120",
    "用户名（登录名）": "user name (login)",
    "角色：admin 系统管理员、coordinator 县特教中心、township 乡镇、school 学校、teacher 送教教师、viewer 督导": "role: admin, coordinator (county centre), township, school, teacher (home teaching), viewer (inspector)",
    "乡镇（街道）名称或代码（township 角色必填）": "township (street) name or code (required for the township role)",
    "学校名称或代码（school 角色必填）": "school name or code (required for the school role)",
    "送教小组名称（teacher 角色必填）": "home-teaching team name (required for the teacher role)",
    "显示名（默认同用户名）": "display name (default: the user name)",
    "从标准输入读取新账户的密码": "read the new account's password from standard input",
    "从标准输入读取新密码": "read the new password from standard input",
    "校验哈希链：发现被删除或改动的记录": "verify the hash chain: find deleted or altered rows",
    "起始日期 YYYY-MM-DD": "from date YYYY-MM-DD",
    "只导出此操作人的记录": "export only this person's rows",
    "结构化评估：量表、逐项评分、领域小计、剖面图": "structured assessments: instruments, item scores, domain subtotals, profile chart",
    "适龄残疾儿童登记与专家委员会评估安置（延缓入学、转介、安置意见书）": "registration and expert-committee placement (deferrals, transfers, placement notices)",
    "控辍保学：疑似辍学立案、劝返记录、动态销号、按乡镇按月统计": "dropout prevention: cases, persuasion records, closing, counts per township per month",
    "列出评估量表（领域、计分）": "list the instruments (domains, scoring)",
    "给量表的一个领域添加题目（本县补充）": "add an item to an instrument's domain (the county's own)",
    "登记一次评估：逐项评分 ITEM=SCORE": "record an administration: scores per item ITEM=SCORE",
    "一名儿童的全部结构化评估": "a child's structured assessments",
    "一次评估的领域小计、与上次比较和目标进展": "an administration's domain subtotals, comparison and goal progress",
    "打印评估结果与剖面图（PDF）": "print the result and its profile chart (PDF)",
    "把方案目标关联到量表领域或题目": "link a scheme goal to instrument domains or items",
    "同时列出每个领域的题目": "also list each domain's items",
    "领域代码（见 instruments）": "domain code (see instruments)",
    "题目内容": "item text",
    "儿童编号": "child number",
    "评估日期 YYYY-MM-DD": "assessment date YYYY-MM-DD",
    "评估人": "assessor",
    "分析与建议": "analysis and suggestions",
    "本学年应查的出生日期范围与登记册中的人数": "the school year's birth-date window and the children registered in it",
    "历次专家委员会会议": "committee sittings",
    "一次会议的委员与每名儿童的结论": "a sitting's members and each child's outcome",
    "登记一次会议及其全部结论（JSON 文件；有任何错误则一条也不写入）": "record a sitting and all its outcomes (JSON file; any error and nothing is written)",
    "按会议批量打印安置意见书（一个 PDF）": "print a sitting's placement notices (one PDF)",
    "转介：把已安置的儿童转到另一种安置方式": "transfer: move a placed child to another placement",
    "自定起始出生日期 YYYY-MM-DD": "own window start (birth date) YYYY-MM-DD",
    "自定截止出生日期 YYYY-MM-DD": "own window end (birth date) YYYY-MM-DD",
    "mainstream / special_school / home（或中文）": "mainstream / special_school / home (or Chinese)",
    "案件台账（含已销号）": "the cases ledger (closed ones included)",
    "由三查问题立案": "open a case from a cross-check finding",
    "为登记册中的儿童立案": "open a case for a registered child",
    "登记一次劝返（日期、人员、内容、结果）": "record a persuasion visit (date, who, what, result)",
    "疑似辍学确认为辍学": "confirm a suspected dropout",
    "动态销号（已安置 / 已返校 / 其他，须写理由）": "close a case (placed / back in school / other, with a reason)",
    "按乡镇、按月的立案、销号和月末未销号数": "cases opened, closed and open at month end per township per month",
    "只列未销号的": "open cases only",
    # county set-up, backup, restore and transfer
    "本县：按国家统计局区划代码建立乡镇（街道）和村（社区），县情资料": "the county: townships and villages from the official division codes, and the county profile",
    "加密备份整个数据库（含审计记录和附件）": "encrypted backup of the whole database (audit log and attachments included)",
    "从备份恢复到空数据库（--db 指定目标）": "restore a backup into an empty database (--db names the target)",
    "把整个数据库复制到另一种空数据库（如 SQLite → PostgreSQL）并逐表核对": "copy the whole database into an empty one of another kind (e.g. SQLite → PostgreSQL), checked table by table",
    "children：全部儿童名册；areas：乡镇和村（社区）及代码；schools：学校；teachers：教师；teams：送教小组": "children: every child; areas: townships and villages with their codes; schools; teachers; teams: home-teaching teams",
    "按 6 位县级区划代码建立本县的乡镇和村（社区），并记录县情资料": "create the county's townships and villages from its 6-digit code, and record its profile",
    "显示本县的县情资料和乡镇、村（社区）数": "show the county profile and the number of townships and villages",
    "按名称或代码查找县级区划代码（不需要数据库）": "find a county code by name or code (no database needed)",
    "按 2023 年统计用区划代码建立本县的全部乡镇（街道）和村（社区）。同一县可再次运行（只补充缺少的）；已有其他县乡镇的数据库会被拒绝。": "Creates every township and village of the county from the 2023 division codes. Running it again for the same county only adds what is missing; a database holding another county's townships is refused.",
    "县级区划代码，6 位数字，如 500237（巫山县）；不知道代码可先用 county search 查找": "county code, 6 digits, e.g. 500237 (Wushan); find it with county search",
    "发文机关（默认：县名＋教育局，北京、重庆为教育委员会）": "issuing authority (default: the county's education bureau; education commission in Beijing and Chongqing)",
    "特殊教育指导中心名称（默认：县名＋特殊教育指导中心）": "name of the special-education centre (default: the county's name + special-education guidance centre)",
    "负责科室的联系电话": "phone of the responsible office",
    "县、市或省的名称（如“巫山”）或代码的开头（如“5002”）": "name of a county, city or province (in Chinese, e.g. the name of Wushan) or the start of a code (e.g. “5002”)",
    "把整个数据库写成一个压缩并加密的备份文件；备份时其他人可以继续工作。": "Writes the whole database into one compressed, encrypted backup file; others can keep working meanwhile.",
    "备份文件（建议以 .sebak 结尾）": "backup file (best ending in .sebak)",
    "从标准输入读取备份密码（否则读环境变量 SPECIAL_ED_BACKUP_PASSPHRASE 或提示输入）": "read the backup passphrase from standard input (else SPECIAL_ED_BACKUP_PASSPHRASE or a prompt)",
    "先完整校验备份文件，再恢复到 --db 指定的空数据库（SQLite 或 PostgreSQL）；旧版本程序的备份恢复后自动升级。": "Verifies the whole backup file, then restores it into the empty database named by --db (SQLite or PostgreSQL); a backup from an older version is upgraded after restoring.",
    "备份文件": "backup file",
    "目标已有数据时替换它（先自动备份现有数据）": "replace data already in the target (backed up first)",
    "复制全部数据（含审计记录）到一个新建的空数据库，核对每张表的行数和摘要后才报告成功。": "Copies all data (audit log included) into a new empty database and reports success only after every table's row count and digest match.",
    "目标数据库 URL，如 postgresql+psycopg://用户@主机/库名": "target database URL, e.g. postgresql+psycopg://user@host/dbname",
}
