<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/income_cells.py" line="+97"/>
        <source>{label}“{value}”不是有效日期，请按 2025-12-20 的格式输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}“{value}”不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}须为不小于 0、最多三位小数的数：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}不能为负数（{value}）。支出与损失请填在成本栏：{costs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}不能为负数：{value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetEditor</name>
    <message>
        <location filename="../../desktop/views/asset_editor.py" line="+99"/>
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
        <location line="+3"/>
        <source>验收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+43"/>
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
        <location line="+26"/>
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
        <location line="+80"/>
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
        <location line="+12"/>
        <location line="+7"/>
        <source>不能保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先保存对资产的修改，再打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
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
    <name>AssetInspectionsTab</name>
    <message>
        <location filename="../../desktop/views/asset_inspections_tab.py" line="+130"/>
        <source>验收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验收类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改 未完/共</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验收组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移交日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移交单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接收单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>回车或双击查看、添加移交单扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增验收…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印验收单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理移交…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>资产照片与资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确权证书扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>移交记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存资产后可录入验收、移交和附件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>尚无合格的竣工验收（或第三方验收、复核）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已于 {on} 验收合格，尚未移交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已于 {on} 验收合格，{h} 移交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>移交单扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>资产移交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交已保存。资产尚未确权登记，是否现在办理确权登记？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <location filename="../../desktop/views/inspection_form.py" line="+63"/>
        <source>输入资产编码或名称，回车选第一项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRegisterView</name>
    <message>
        <location filename="../../desktop/views/asset_register.py" line="+57"/>
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
        <location line="+24"/>
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
        <location line="+2"/>
        <source>打印台账…（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation type="vanished">All townships</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation type="vanished">All villages</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>共 {n} 项资产，原值合计 {total} 元</source>
        <translation>{n} assets, original value {total} CNY in total</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location filename="../../desktop/views/asset_table_model.py" line="+43"/>
        <source>已确权</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待确权</source>
        <translation>Unregistered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+139"/>
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
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="+65"/>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name}（保存后写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共 {n} 个附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，{p} 个待保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择照片或扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>添加附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>打开附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有可以打开此文件的程序。文件已保存在：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>移除附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除附件“{name}”？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/views/plans_view.py" line="+45"/>
        <source>批量生成分配方案草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{q}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按县里的默认政策预设，为尚无该期方案的村各生成一份草稿；已有方案的村跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="+124"/>
        <location line="+133"/>
        <location line="+17"/>
        <source>批量打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第二季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第三季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第四季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>合并为一个 PDF 文件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每村一个 PDF 文件，存入文件夹(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>浏览(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文书(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期间(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>范围(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输出：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存到(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%v / %m 个村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择文书、期间和范围，然后点“开始打印”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>全县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>公示按村张贴，每村一个文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>选择保存文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>文件夹不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>文件夹中已有 PDF 文件，同名的文件将被替换。继续吗？
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件已存在，要替换它吗？
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在读取分配方案……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已完成 {done} / {total} 个村：{village}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>完成：{n} 个村，共 {pages} 页，已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成：{n} 个村，{files} 个文件，已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能打印：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已取消，没有生成任何文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWorker</name>
    <message>
        <location line="-245"/>
        <source>没有符合条件的分配方案。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategorySettingsDialog</name>
    <message>
        <location filename="../../desktop/views/category_settings_dialog.py" line="+32"/>
        <source>自查预警设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>收益率阈值（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>闲置月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同到期提前提醒（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>低于阈值的经营性资产、超过闲置月数没有收益的资产、合同在提醒天数内到期的资产会列入自查预警。设置保存在数据库中，共用数据库的各台电脑与命令行一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>不能保存</source>
        <translation type="unfinished">Cannot save</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/views/dashboard_view.py" line="+112"/>
        <location line="+65"/>
        <source>全县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收益年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在册资产</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确权登记</source>
        <translation type="unfinished">Ownership registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>净收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均收益率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自查预警</source>
        <translation type="unfinished">Self-check warnings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单击查看预警清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各类资产原值（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>历年净收益（万元，横轴为年份后两位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率分布（资产数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率最高的十项资产（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率最低的十项资产（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{scope}扶贫项目资产概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值 {value} 万元，其中经营性 {earning} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已确权 {n} 项，待确权 {m} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year} 年净收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} 年平均收益率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>净收益 ÷ 有收益资产的原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有预警</source>
        <translation type="unfinished"></translation>
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
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="+287"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location line="-179"/>
        <source>选择要导入的{what}文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支持 .xlsx 和 .xls；标题行、合并表头、列的顺序和多余的列都可以。导入前会先预览每一处问题，确认后才保存，且全部成功或全部不保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存空白模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有现成的表？可以先保存一个空白模板，填好后再导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存空白模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{what}模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/views/asset_inspections_tab.py" line="-217"/>
        <source>资产移交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>移交内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移交日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移交清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交单扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存移交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <source>不能保存</source>
        <translation type="unfinished">Cannot save</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../desktop/views/household_editor.py" line="+75"/>
        <source>新增农户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>农户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-168"/>
        <source>（非监测对象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一卡通或银行卡号，只填数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在村</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开户银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>慢性病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在校生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加成员（Ctrl+Ins）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除选中成员（Ctrl+Del）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+92"/>
        <source>享受政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>变更原因（如：风险消除、新识别监测对象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>截止月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>享受政策（变更自下月起生效，历史保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>至今</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>保存后自 {month} 起{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不再享受政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>第 {row} 位成员：{sex}，出生日期 {birth}（由身份证号得出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存农户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>有未保存的修改，放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../desktop/views/household_table_model.py" line="+43"/>
        <source>是</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+2"/>
        <source>户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户主</source>
        <translation type="unfinished">Head of household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户主身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>享受政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行账号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <location filename="../../desktop/views/households_view.py" line="+64"/>
        <source>搜索姓名（从姓开始）、身份证号（或末 4 位）、户编号（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动能力：全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新增农户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 Excel 导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出农户花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出资产台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入资产台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空白花名册模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空白资产台账模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>共 {n} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>农户花名册.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>资产台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>农户花名册模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>资产台账模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存空白模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>空白模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="+163"/>
        <source>导入{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>正在检查每一行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>数据库已有变化，重新检查发现问题，未保存任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已导入：新增 {new}，更新 {changed}，无变化 {unchanged}。{regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeGridModel</name>
    <message>
        <location filename="../../desktop/views/income_grid_model.py" line="+198"/>
        <source>{year} 年按季度登记，请在资产信息的“收益”页修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} {name}，原值 {value} 元，{category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>上年（{year}）：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
与上年相差超过 50%，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code} {name}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>资产编码</source>
        <translation type="unfinished">Asset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation type="unfinished">Asset name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇 / 村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上年净收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>净收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>租金收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>产品销售收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发电收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电价补贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入股分红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土地租金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运维费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保险费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他成本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发电量（kWh）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到账日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
</context>
<context>
    <name>IncomeGridView</name>
    <message>
        <location filename="../../desktop/views/income_grid.py" line="+61"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部乡镇</source>
        <translation type="unfinished">All townships</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找资产编码、名称或村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出收益台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>键入金额即开始编辑；回车下移，Tab 右移。黄色：与上年相差超过 50%，请核对。灰色行按季度登记，请在资产信息中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>共 {rows} 项资产，已填 {n} 项；净收益合计 {net} 元（上年 {prev} 元）{dirty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&#x3000;· 有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>不能保存</source>
        <translation type="unfinished">Cannot save</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已保存 {n} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未保存的收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} 年的收益有未保存的修改。是否保存？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeRowsModel</name>
    <message>
        <location filename="../../desktop/views/income_tab.py" line="+100"/>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第{q}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>全年填 0，季度填 1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>年度“{value}”不是有效年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>期间“{value}”无效：全年填 0，季度填 1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 {row} 行：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>净收益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>租金收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>产品销售收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发电收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电价补贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入股分红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土地租金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运维费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保险费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他成本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发电量（kWh）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到账日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
</context>
<context>
    <name>IncomeTab</name>
    <message>
        <location filename="../../desktop/views/income_tab.py" line="+21"/>
        <source>添加一年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>每年一行（也可按季度登记：期间填 1–4）。收入不能为负数，支出请填在成本栏。黄色：与上年相差超过 50%，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>共 {n} 期，净收益合计 {total} 元</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../desktop/views/inspection_form.py" line="+65"/>
        <source>验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+207"/>
        <source>新增验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-195"/>
        <source>元</source>
        <translation type="unfinished">CNY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>验收检查项（Alt+1…5 切换）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>批复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>资产*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收类型*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收结论*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核定投资额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批复建设内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实际建设内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建设数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第三方机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>验收组成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改要求（Ctrl+R 添加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存并新增（Ctrl+Shift+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>发现的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>
……另有 {n} 项问题</source>
        <translation type="unfinished">
… and {n} more problems</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>不能保存</source>
        <translation type="unfinished">Cannot save</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>未保存的修改</source>
        <translation type="unfinished">Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>验收记录有未保存的修改。是否保存？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>验收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产编码</source>
        <translation type="unfinished">Asset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation type="unfinished">Asset name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核定投资（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改 未完/共</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收组</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../desktop/views/inspections_view.py" line="+69"/>
        <source>搜索资产编码或名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>至</source>
        <translation type="unfinished">to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>新增验收记录（Ctrl+Shift+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印验收单…（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>删除…</source>
        <translation type="unfinished">Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>全部乡镇</source>
        <translation type="unfinished">All townships</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>共 {n} 条验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共 {n} 项整改逾期（截至 {today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逾期整改（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>删除验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除 {on} 对“{code} {name}”的{kind}记录（连同整改和附件）？
此操作不能撤销，删除前的内容保留在操作日志中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导出验收记录</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktop/views/main_window.py" line="+52"/>
        <source>扶贫项目资产管理</source>
        <translation>Poverty Alleviation Project Assets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产台账</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益录入</source>
        <translation>Income entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自查预警</source>
        <translation>Self-check warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收管理</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农户花名册</source>
        <translation>Household roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益分配</source>
        <translation>Income distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划管理</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>批量打印(&amp;P)…</source>
        <translation>Batch &amp;print…</translation>
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
        <source>自查预警设置(&amp;W)…</source>
        <translation>Self-check &amp;warning settings…</translation>
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
        <location line="+58"/>
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
        <location line="+11"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>数据库是空的。载入一个虚构的演示县以便试用：</source>
        <translation>The database is empty. Load a fictitious demo county to try the program:</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="-245"/>
        <source>核对列的对应关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序按列名识别了下面的列。未识别的列请选择它对应的内容，或选“不导入”；您的选择会被记住。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件中的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未识别的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>还缺少必填的列：{cols}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueTableModel</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产编码</source>
        <translation type="unfinished">Asset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation type="unfinished">Asset name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收类型</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="+152"/>
        <location line="+427"/>
        <source>收益分配方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-411"/>
        <location line="+7"/>
        <source>收益来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>资产编码</source>
        <translation type="unfinished">Asset code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>净收益（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本村份额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计入金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation type="unfinished">Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <location line="+298"/>
        <source>金额（元）</source>
        <translation type="unfinished">Amount (CNY)</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>已发放</source>
        <translation type="unfinished">Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>分配规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受益对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>流程记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>分配汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预警（对照政策预设）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+199"/>
        <location line="+8"/>
        <location line="+118"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-322"/>
        <source>修订…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出银行代发文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入银行回单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选中对象标记已发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记异议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理异议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加手工收益行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{t}{v}&#x3000;{p}&#x3000;第{r}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态：{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已被新修订版取代）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>第{r}版修订原因：{x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}&#x3000;{a} → {b}&#x3000;{who}&#x3000;{c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>公示期：{a} 至 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>异议 {d} {by}：{c}；处理：{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>重新计算用时 {ms:.1f} 毫秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>是</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已锁定；尚未到账 {n} 笔，共 {t} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已锁定：显示提交时保存的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>合计 {t} 元 = 收益总额 {p} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计 {t} 元 ≠ 收益总额 {p} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；取整尾差 {r} 元计入{c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受益对象（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则有误，未重新计算：{x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>导出银行代发文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出 {n} 户，合计 {t} 元（含完整银行账号，请妥善保管）：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>添加手工收益行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请填写名称和原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>登记公示异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>异议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>处理公示异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>导入银行回单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Excel 工作簿 (*.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已到账 {n} 户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失败：{x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不在本方案中：{x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>规则已修改，是否保存？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>乡镇</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益总额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已分配（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../desktop/views/plans_view.py" line="+36"/>
        <source>搜索村名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部状态</source>
        <translation type="unfinished">All statuses</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>批量生成草稿…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>政策预设…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批量打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>全部乡镇</source>
        <translation type="unfinished">All townships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{y}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>全部村</source>
        <translation type="unfinished">All villages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>共 {n} 个方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>全县所有村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>批量生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>已生成 {n} 份方案草稿；{k} 个村已有该期方案，未重复生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消，没有生成任何方案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在生成分配方案草稿…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../desktop/views/preset_editor.py" line="+60"/>
        <source>政策预设（县级分配规则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新方案默认使用此预设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最低比例 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最高比例 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{c}权重</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾加权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>慢性病加权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在校生加权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>允许村集体留存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>不提取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 0530-8123456 或 12388；不填则公示上留空手写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 城关镇纪委；不填则印乡镇人民政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每行一项：用途名称：关键词1、关键词2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>救助方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每户保底 / 封顶（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维修管护储备 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公示天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取整尾差计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监督电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监督单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>禁止用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道比例要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>救助权重</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>（默认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{what}：不是有效数值“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>政策预设</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="-117"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+130"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只显示有问题的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存错误报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件内容与问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将要发生的变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{h} 户、{m} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 项资产</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件中共 {counts}：新增 {new}，有变化 {changed}，无变化 {unchanged}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>将新建区划：{names}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;b style=&apos;color:#b91c1c&apos;&gt;有 {n} 处问题（{rows} 行），须改正后重新导入；可保存错误报告，在其中改正。&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有问题的行不能导入，也不会只导入一部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有发现问题。点“导入”保存全部数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（已有记录无变化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将要发生的变化（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/print_preview.py" line="+51"/>
        <source>打印预览 - {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+9"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法保存到 {path}：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationTable</name>
    <message>
        <location filename="../../desktop/views/inspection_lines.py" line="+83"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 2026-07-01，或 +30 表示验收后 30 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如 2026-07-20</source>
        <translation type="unfinished"></translation>
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
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/views/region_picker.py" line="+30"/>
        <source>全部乡镇</source>
        <translation type="unfinished">All townships</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部村</source>
        <translation type="unfinished">All villages</translation>
    </message>
</context>
<context>
    <name>RegionsView</name>
    <message>
        <location filename="../../desktop/views/regions_view.py" line="+24"/>
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
    <name>RulesPanel</name>
    <message>
        <location filename="../../desktop/views/plan_rules.py" line="+145"/>
        <source>提取维修管护储备金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维修管护储备金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>月工资（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>金额（元）</source>
        <translation type="unfinished">Amount (CNY)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>救助帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>村集体留存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>救助帮扶（按权重，向弱劳动能力、无劳动能力户倾斜）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计算方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每户保底 / 封顶（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>取整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取整尾差计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公益岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小型公益事业</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="-471"/>
        <source>将“{title}”由“{a}”改为“{b}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>村民代表会议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公示开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发放日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>修改原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回意见（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>银行批次号（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提交后方案即锁定，修改须生成新修订版。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定{step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <location filename="../../desktop/views/inspection_lines.py" line="-41"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务/角色</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="+1"/>
        <source>预警类型</source>
        <translation>Warning type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产编码</source>
        <translation type="unfinished">Asset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资产名称</source>
        <translation type="unfinished">Asset name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <location filename="../../desktop/views/warnings_view.py" line="+161"/>
        <location line="+51"/>
        <source>全部乡镇</source>
        <translation type="unfinished">All townships</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>搜索资产编码、名称、村或说明</source>
        <translation>Search asset code, name, village or details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预警设置…</source>
        <translation>Warning settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>全部类型（{n}）</source>
        <translation>All types ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>共 {n} 条预警：</source>
        <translation>{n} warnings: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有预警。</source>
        <translation>No warnings.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+84"/>
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
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/export_worker.py" line="+53"/>
        <source>导出验收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在导出验收记录……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/views/returns_export_dialog.py" line="+65"/>
        <location filename="../../desktop/views/tasks.py" line="+46"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已写入 {n} 行……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出 {n} 条验收记录：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出失败：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="+139"/>
        <location line="+4"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>已导出 {n} 行：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_export_dialog.py" line="-12"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>导出收益台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导出收益台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出 {n} 行到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../desktop/views/print_preview.py" line="+33"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../desktop/views/vocab_tr.py" line="-110"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>光伏电站</source>
        <translation>PV plant</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>按户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>固定金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占收益总额比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占剩余金额比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维修管护储备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公益岗位工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小型公益事业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>奖励补助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>救助帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村集体留存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>脱贫户</source>
        <translation>Lifted out of poverty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>监测对象</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一般农户</source>
        <translation>Ordinary household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>弱劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>丧失劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无劳动能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>脱贫不稳定户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>边缘易致贫户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>突发严重困难户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道比例不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道比例超限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>禁止用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不允许村集体留存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非脱贫户或监测对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再享受政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复享受</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资金未分配完</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象不在农户名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村级已提交</source>
        <translation>Submitted by village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇退回</source>
        <translation>Returned by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇已审核</source>
        <translation>Approved by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级已备案</source>
        <translation>Filed by county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示中</source>
        <translation>On public notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>精确到分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取整到元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民代表会议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发放日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行批次号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之儿媳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之女婿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之孙子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之孙女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之父</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄弟姐妹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完工初验</source>
        <translation>Preliminary inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>竣工验收</source>
        <translation>Completion acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第三方验收</source>
        <translation>Third-party acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度巡查</source>
        <translation>Annual inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本合格</source>
        <translation>Basically passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+12"/>
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
        <location line="+13"/>
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
        <source>未确权登记</source>
        <translation>Ownership not registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有收益无合同</source>
        <translation>Income without contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同已到期</source>
        <translation>Contract expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同即将到期</source>
        <translation>Contract expiring soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>闲置（长期无收益）</source>
        <translation>Idle (no income for long)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收益率低于阈值</source>
        <translation>Return below threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运营资产未通过验收</source>
        <translation>Operating asset not accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改逾期</source>
        <translation>Rectification overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>验收后未移交或未确权</source>
        <translation>Not handed over or registered after acceptance</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="-11"/>
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
        <location line="-29"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>村集体经济组织</source>
        <translation>Village collective economic organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县级</source>
        <translation>County level</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-25"/>
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
