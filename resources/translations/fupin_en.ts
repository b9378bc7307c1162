<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssetEditor</name>
    <message>
        <location filename="../../desktop/views/asset_editor.py" line="+94"/>
        <source>新增资产</source>
        <translation>New asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>资产信息</source>
        <translation>Asset details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>资金来源</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>受益村</source>
        <translation>Beneficiary villages</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>份额（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确权登记</source>
        <translation>Ownership registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置与历史</source>
        <translation>Disposal and history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>元</source>
        <translation>CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>元/年</source>
        <translation>CNY/year</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>资产编码*</source>
        <translation>Asset code*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称*</source>
        <translation>Asset name*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产性质*</source>
        <translation>Nature*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在村*</source>
        <translation>Village*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规模</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产原值（元）*</source>
        <translation>Original value (CNY)*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目年度*</source>
        <translation>Project year*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>竣工日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态*</source>
        <translation>Status*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经营方式</source>
        <translation>Operation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经营主体</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同期限</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>约定年收益（元）</source>
        <translation>Agreed annual income (CNY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管护主体</source>
        <translation>Maintenance body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管护责任人</source>
        <translation>Person responsible for maintenance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>登记类型</source>
        <translation>Registration type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记机关</source>
        <translation>Registering authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>产权所有人及份额</source>
        <translation>Owners and shares</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登记历史</source>
        <translation>Registration history</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>处置资产…</source>
        <translation>Dispose of asset…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>已于 {on} 以“{method}”方式处置，处置收入 {proceeds} 元。原因：{reason}</source>
        <translation>Disposed of on {on} by “{method}”, proceeds {proceeds} CNY. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>资产在册。</source>
        <translation>The asset is on the register.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存后可办理处置。</source>
        <translation>The asset can be disposed of once it is saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>此资产已删除（原因：{reason}），仅供查阅。</source>
        <translation>This asset has been deleted (reason: {reason}); read only.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>待保存</source>
        <translation>Not yet saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新的登记（证书 {no}）将在保存资产时一并写入。</source>
        <translation>The new registration (certificate {no}) will be written when the asset is saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已确权：证书 {no}，{on} 由{body}登记。</source>
        <translation>Registered: certificate {no}, registered by {body} on {on}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待确权：此资产尚未办理确权登记。</source>
        <translation>Unregistered: ownership of this asset has not been registered yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变更（转移）登记…</source>
        <translation>Change (transfer) registration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理确权登记…</source>
        <translation>Register ownership…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改待保存的登记…</source>
        <translation>Correct the unsaved registration…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>
……另有 {n} 项问题</source>
        <translation>
… and {n} more problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合计 {sum} 元 / 原值 {value} 元</source>
        <translation>Total {sum} CNY / original value {value} CNY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>份额合计 {sum}%</source>
        <translation>Shares total {sum}%</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>不能保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+16"/>
        <source>资产处置</source>
        <translation>Asset disposal</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>请先保存或放弃对资产的修改，再办理处置。</source>
        <translation>Save or discard your changes to the asset before disposing of it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>确认处置</source>
        <translation>Confirm disposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定以“{method}”方式处置“{name}”吗？处置后资产退出在册台账，此操作不能撤销。</source>
        <translation>Dispose of “{name}” by “{method}”? The asset will leave the register; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>资产有未保存的修改。是否保存？</source>
        <translation>The asset has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>AssetRegisterView</name>
    <message>
        <location filename="../../desktop/views/asset_register.py" line="+58"/>
        <source>搜索资产名称、编码或经营主体（Ctrl+F）</source>
        <translation>Search asset name, code or operator (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部性质</source>
        <translation>All natures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确权：全部</source>
        <translation>Ownership: all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已确权</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待确权</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含已处置</source>
        <translation>Include disposed</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>新增资产</source>
        <translation>New asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>共 {n} 项资产，原值合计 {total} 元</source>
        <translation>{n} assets, original value {total} CNY in total</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>删除资产</source>
        <translation>Delete asset</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>删除“{code} {name}”？
记录不会被抹去，仍保留在历史中。请填写删除原因：</source>
        <translation>Delete “{code} {name}”?
The record is not erased; it stays in the history. Please give the reason for deleting:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未填写删除原因，资产未删除。</source>
        <translation>No reason given; the asset was not deleted.</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <location filename="../../desktop/views/asset_table_model.py" line="+103"/>
        <source>已确权</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待确权</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+51"/>
        <source>资产编码</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规模</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值（元）</source>
        <translation>Original value (CNY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目年度</source>
        <translation>Project year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经营主体</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>确权</source>
        <translation>Ownership</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <location filename="../../desktop/views/ownership_dialogs.py" line="+121"/>
        <source>资产处置 — {name}</source>
        <translation>Asset disposal — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>元</source>
        <translation>CNY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处置方式*</source>
        <translation>Disposal method*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民会议决议日期</source>
        <translation>Village assembly resolution date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇审核日期</source>
        <translation>Township review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级批复日期</source>
        <translation>County approval date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批复文号</source>
        <translation>Approval document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置日期*</source>
        <translation>Disposal date*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置收入（元）</source>
        <translation>Proceeds (CNY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置后资产退出在册台账，但记录与历史永久保留。</source>
        <translation>After disposal the asset leaves the register, but its record and history are kept permanently.</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../desktop/views/lines_table.py" line="+50"/>
        <source>添加一行（Ctrl+Ins）</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除选中行（Ctrl+Del）</source>
        <translation>Delete selected row (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="+33"/>
        <source>扶贫项目资产管理</source>
        <translation>Poverty Alleviation Project Assets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>资产台账</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划管理</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增资产(&amp;N)</source>
        <translation>&amp;New asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>载入演示数据(&amp;D)…</source>
        <translation>Load &amp;demo data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作员姓名(&amp;O)…</source>
        <translation>&amp;Operator name…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作员：{name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>小（3 个乡镇，40 项资产）</source>
        <translation>Small (3 townships, 40 assets)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县级（12 个乡镇，800 项资产）</source>
        <translation>County (12 townships, 800 assets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>数据库是空的。载入一个虚构的演示县以便试用：</source>
        <translation>The database is empty. Load a fictitious demo county to try the program:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>您的姓名（记入操作日志）：</source>
        <translation>Your name (written to the audit log):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{app} {version}
扶贫项目资产台账、确权登记与收益分配管理。</source>
        <translation>{app} {version}
Register, ownership registration, income and distribution of poverty-alleviation project assets.</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../desktop/views/regions_view.py" line="+42"/>
        <source>12 位数字</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码*</source>
        <translation>Division code*</translation>
    </message>
</context>
<context>
    <name>RegionsView</name>
    <message>
        <location line="+24"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>添加县</source>
        <translation>Add county</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>修改名称或代码…</source>
        <translation>Change name or code…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>添加乡镇…</source>
        <translation>Add township…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加村…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加下级…</source>
        <translation>Add subdivision…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加{level}</source>
        <translation>Add {level}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>修改区划</source>
        <translation>Edit division</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存：{name}（{code}）</source>
        <translation>Saved: {name} ({code})</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/views/ownership_dialogs.py" line="-90"/>
        <source>确权登记</source>
        <translation>Ownership registration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>变更（转移）登记</source>
        <translation>Change (transfer) registration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>产权所有人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份额（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记类型</source>
        <translation>Registration type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确权证书编号*</source>
        <translation>Certificate no.*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记日期*</source>
        <translation>Registration date*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记机关*</source>
        <translation>Registering authority*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准文号</source>
        <translation>Approval document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>产权所有人（份额合计应为 100%）</source>
        <translation>Owners (shares must add up to 100%)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+83"/>
        <source>请输入您的姓名。
每一次修改都会以此姓名记入操作日志。</source>
        <translation>Please enter your name.
Every change is recorded in the audit log under this name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数据库已升级到新版本。
升级前的副本保存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法打开数据库：
{url}

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="-50"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>光伏电站</source>
        <translation>PV plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大棚/温室</source>
        <translation>Greenhouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扶贫车间</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>冷库</source>
        <translation>Cold store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>厂房</source>
        <translation>Factory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>养殖场</source>
        <translation>Livestock farm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>道路/水利/其他</source>
        <translation>Roads/water/other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经营性</source>
        <translation>Operating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公益性</source>
        <translation>Public welfare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到户类</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在建</source>
        <translation>Building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运营</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>闲置</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>损毁</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自营</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出租/承包</source>
        <translation>Leased/contracted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入股/合作</source>
        <translation>Equity/cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托经营</source>
        <translation>Entrusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>财政专项扶贫资金</source>
        <translation>Special fiscal poverty-alleviation funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>衔接资金</source>
        <translation>Linkage (transition) funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整合涉农资金</source>
        <translation>Integrated agricultural funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会帮扶资金</source>
        <translation>Social assistance funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村集体自筹</source>
        <translation>Raised by village collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村集体经济组织</source>
        <translation>Village collective economic organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级</source>
        <translation>County level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始登记</source>
        <translation>Initial registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转移登记</source>
        <translation>Transfer registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更登记</source>
        <translation>Change registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拍卖</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转让</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>置换/转化</source>
        <translation>Exchange/conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停经营</source>
        <translation>Suspension of operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核销</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报废</source>
        <translation>Scrapping</translation>
    </message>
</context>
</TS>
