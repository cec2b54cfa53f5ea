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
        <location filename="../../ui/about.py" line="19" />
        <source>Version {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;Database: {db}</source>
        <translation>版本 {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27" />
        <source>For county special-education coordinators: every school-age child with a disability placed, taught and accounted for — no child left out.</source>
        <translation>为县级特殊教育工作者设计：每一名适龄残疾儿童都得到安置、教育和跟踪——一个都不能少。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="60" />
        <source>Cannot start</source>
        <translation>无法启动</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="61" />
        <source>Welcome — choose a database</source>
        <translation>欢迎使用——请选择数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="66" />
        <source>The application keeps its records in a database. Choose how to start:</source>
        <translation>本软件的数据保存在数据库中。请选择开始方式：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="68" />
        <source>Open the demo county (565 children, for trying things out)</source>
        <translation>打开示范县（565 名儿童，供试用）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69" />
        <source>Create an empty database on this computer</source>
        <translation>在本机新建空数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71" />
        <source>Connect to a server database (PostgreSQL, shared by offices)</source>
        <translation>连接服务器数据库（PostgreSQL，多个办公室共用）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85" />
        <location filename="../../ui/first_run.py" line="141" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106" />
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="115" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141" />
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157" />
        <source>Enter the server's name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="159" />
        <source>Enter the database name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161" />
        <source>Enter the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="171" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="175" />
        <source>Connection succeeded.</source>
        <translation>连接成功。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="179" />
        <source>Connection failed: {0}</source>
        <translation>连接失败：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186" />
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58" />
        <source>Special Education Placement and Home Teaching</source>
        <translation>特教安置与送教上门</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>&amp;New child…</source>
        <translation>新建儿童(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Open or connect a &amp;database…</source>
        <translation>打开或连接数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="188" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="188" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="190" />
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="205" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/default_pages.py" line="23" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="15" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="27" />
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53" />
        <source>The new language applies the next time the application starts.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
</TS>