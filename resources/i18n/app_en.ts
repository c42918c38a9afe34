<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="37"/>
        <source>数字键</source>
        <translation>Digit keys</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="37"/>
        <source>覆盖输入当前单元格</source>
        <translation>Type over the current cell</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="38"/>
        <source>编辑当前单元格</source>
        <translation>Edit the current cell</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="39"/>
        <source>确认并移到下一行</source>
        <translation>Confirm and move down</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="40"/>
        <source>确认并移到右边 / 左边</source>
        <translation>Confirm and move right / left</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="41"/>
        <source>显示下一张 / 上一张表</source>
        <translation>Show the next / previous table</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42"/>
        <source>清空所选单元格</source>
        <translation>Empty the selected cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="44"/>
        <source>复制所选单元格（制表符分隔）</source>
        <translation>Copy the selected cells (tab-separated)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="46"/>
        <source>粘贴从 Excel / WPS 复制的区域（一次撤销）</source>
        <translation>Paste a block copied from Excel / WPS (one undo step)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="47"/>
        <source>放弃正在输入的内容</source>
        <translation>Discard what is being typed</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="81"/>
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="81"/>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="81"/>
        <source>作用</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="86"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="96"/>
        <source>（未署名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="104"/>
        <source>新导入 {0} 份，更新 {1} 份，未变 {2} 份，失败 {3} 份。</source>
        <translation>{0} imported, {1} updated, {2} unchanged, {3} failed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="107"/>
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="109"/>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="113"/>
        <source>……另有 {0} 个失败的文件</source>
        <translation>… and {0} more failed files</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="114"/>
        <source>以下文件没有导入（点“显示详细信息”查看原因）。</source>
        <translation>These files were not imported (see Show Details for the reasons).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="129"/>
        <source>机关和年度</source>
        <translation>Agency and year</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="133"/>
        <source>未识别</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="137"/>
        <source>机关名称：</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="138"/>
        <source>报告年度：</source>
        <translation>Year reported on:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="139"/>
        <source>说明（可选）：</source>
        <translation>Note (optional):</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/findings_model.py" line="41"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="41"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="41"/>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="105"/>
        <source>建议：</source>
        <translation>Suggestion: </translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="110"/>
        <source>{0}（{1}，{2}）{3}</source>
        <translation>{0} ({1}, {2}) {3}</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="50"/>
        <source>处理说明（可选）</source>
        <translation>Note on the decision (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="51"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="74"/>
        <source>发现的问题：{0} 条，未处理 {1} 条</source>
        <translation>Findings: {0}, undecided {1}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../app/gui/source_grid.py" line="192"/>
        <source>其余 {0} 个表格过大，未显示</source>
        <translation>{0} more tables are too large and are not shown</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/gui/labels.py" line="12"/>
        <source>待审</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="13"/>
        <source>审核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="14"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="15"/>
        <source>已退回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="18"/>
        <source>已更正</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="19"/>
        <source>原报告错误</source>
        <translation>Error in source</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="20"/>
        <source>不是错误</source>
        <translation>Not an error</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="23"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="24"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="25"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="30"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>新版本</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="32"/>
        <source>修改数值</source>
        <translation>Value edited</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>修改信息</source>
        <translation>Info edited</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35"/>
        <source>处理问题</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../app/gui/launch.py" line="138"/>
        <source>审核库是空的</source>
        <translation>The review store is empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="139"/>
        <source>审核库中还没有报告。要导入程序自带的示例报告，先试一试吗？</source>
        <translation>The review store has no reports yet. Import the bundled sample reports to try the program?</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="177"/>
        <source>无法打开审核库</source>
        <translation>Cannot open the review store</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="58"/>
        <source>政府信息公开年度报告审核</source>
        <translation>Government information disclosure report review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="98"/>
        <source>导入报告文件…</source>
        <translation>Import report files…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="99"/>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100"/>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>导出为 Excel（xlsx）…</source>
        <translation>Export as Excel (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102"/>
        <source>导出为长表 CSV…</source>
        <translation>Export as long CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103"/>
        <source>审核人姓名…</source>
        <translation>Reviewer name…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104"/>
        <source>英文界面（重启后生效）</source>
        <translation>English interface (after restart)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="107"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="112"/>
        <source>机关和年度…</source>
        <translation>Agency and year…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113"/>
        <source>单元格历史…</source>
        <translation>Cell history…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114"/>
        <source>报告历史…</source>
        <translation>Report history…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115"/>
        <source>显示机器提取的原值</source>
        <translation>Show machine-extracted values</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116"/>
        <source>搜索报告</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="118"/>
        <source>下一份报告</source>
        <translation>Next report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119"/>
        <source>上一份报告</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120"/>
        <source>下一个未处理的错误</source>
        <translation>Next undecided error</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121"/>
        <source>采用建议值</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122"/>
        <source>已更正</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123"/>
        <source>原报告错误</source>
        <translation>Error in source</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124"/>
        <source>不是错误</source>
        <translation>Not an error</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="125"/>
        <source>撤回处理</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="126"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127"/>
        <source>退回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128"/>
        <source>重新打开审核</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129"/>
        <source>释放他人的审核占用（组长）</source>
        <translation>Release another reviewer's claim (lead)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>转到报告队列</source>
        <translation>Go to the report queue</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133"/>
        <source>转到原文</source>
        <translation>Go to the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134"/>
        <source>转到表格</source>
        <translation>Go to the tables</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135"/>
        <source>转到问题列表</source>
        <translation>Go to the findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136"/>
        <source>填写处理说明</source>
        <translation>Write a decision note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <location filename="../../app/gui/main_window.py" line="370"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="195"/>
        <source>审核(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <source>（未识别机关）</source>
        <translation>(agency unknown)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="257"/>
        <source>{0} 年度</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="257"/>
        <source>（未识别年度）</source>
        <translation>(year unknown)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="258"/>
        <source>{0} 版格式</source>
        <translation>{0} format</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260"/>
        <source>由 {0} 审核中（只读）</source>
        <translation>Open by {0} (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <source>{0} 已初审，待复核</source>
        <translation>First review by {0}, awaiting second review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <source>退回原因：{0}</source>
        <translation>Rejected because: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>请在左侧选择一份报告，或从“文件”菜单导入报告</source>
        <translation>Choose a report on the left, or import reports from the File menu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>无法完成</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="297"/>
        <source>队列中后面的报告都没有未处理的错误</source>
        <translation>No later report in the queue has undecided errors</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <location filename="../../app/gui/main_window.py" line="311"/>
        <source>请先在问题列表中选择一条问题</source>
        <translation>Choose a finding in the list first</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320"/>
        <source>初审完成，待另一位审核人复核</source>
        <translation>First review done; another reviewer approves it</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>退回报告</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>退回原因：</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="356"/>
        <source>请先选择一个单元格</source>
        <translation>Choose a cell first</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="359"/>
        <source>单元格历史：{0}</source>
        <translation>Cell history: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="363"/>
        <source>报告历史：{0}</source>
        <translation>Report history: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="371"/>
        <source>政府信息公开工作年度报告审核工具 {0}

从年度报告中提取表格数据，按模板的勾稽关系校验，审核修正后导出。
审核库：{1}</source>
        <translation>Annual information disclosure report review {0}

Extracts the tables of annual reports, checks them against the template&apos;s arithmetic, and exports them once reviewed.
Review store: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="376"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="376"/>
        <source>审核人姓名（记入每条修改历史）：</source>
        <translation>Reviewer name (written into every history entry):</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/queue_model.py" line="41"/>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="41"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="41"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="41"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="41"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="94"/>
        <source>由 {0} 审核中</source>
        <translation>Open by {0}</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="57"/>
        <source>搜索机关、文件名或年度</source>
        <translation>Search agency, file name or year</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="60"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="64"/>
        <source>所有人</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="65"/>
        <source>我正在审核的</source>
        <translation>Open by me</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="66"/>
        <source>无人审核的</source>
        <translation>Open by nobody</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="67"/>
        <source>只看有错误的</source>
        <translation>Only with errors</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="138"/>
        <source>{0} 份</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="149"/>
        <source>{0}：修改 {1} 份，待复核 {2} 份，已批准 {3} 份，正在审核 {4} 份</source>
        <translation>{0}: edited {1}, awaiting second review {2}, approved {3}, open now {4}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="170"/>
        <location filename="../../app/gui/record_table_model.py" line="270"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="235"/>
        <location filename="../../app/gui/record_table_model.py" line="348"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="236"/>
        <source>{0}（原 {1}）</source>
        <translation>{0} (was {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="338"/>
        <source>（已处理）</source>
        <translation> (decided)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="344"/>
        <source>来源：“{0}”（{1}）</source>
        <translation>Source: “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="349"/>
        <source>机器提取值：{0}</source>
        <translation>Machine value: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="354"/>
        <source>按原文读取</source>
        <translation>read as printed</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="355"/>
        <source>由勾稽关系推断</source>
        <translation>inferred from the table&apos;s arithmetic</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="356"/>
        <source>原文有数字但位置不确定</source>
        <translation>numbers seen, placement uncertain</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="357"/>
        <source>审核人修改</source>
        <translation>edited by a reviewer</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <location filename="../../app/gui/report_session.py" line="127"/>
        <source>修改 {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="128"/>
        <source>修改 {0} 个单元格</source>
        <translation>Edit {0} cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="134"/>
        <source>这条问题没有建议的修正</source>
        <translation>This finding has no suggested fix</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="138"/>
        <source>应用建议：{0}</source>
        <translation>Apply suggestion: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="146"/>
        <source>处理问题：{0}</source>
        <translation>Decide: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="185"/>
        <source>本报告没有未处理的错误</source>
        <translation>This report has no undecided errors</translation>
    </message>
</context>
<context>
    <name>SourceSwitcher</name>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="58"/>
        <source>按原版式显示原文</source>
        <translation>Show the source as published</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="59"/>
        <source>原版式</source>
        <translation>As published</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="60"/>
        <source>在文字和原版式（PDF 页面、网页和 Word 的表格）之间切换（F6）</source>
        <translation>Switch between the text and the source as published (PDF pages, web page and Word tables) (F6)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="66"/>
        <source>放大原文页面</source>
        <translation>Zoom in on the source pages</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="70"/>
        <source>缩小原文页面</source>
        <translation>Zoom out of the source pages</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="74"/>
        <source>原文页面适合宽度</source>
        <translation>Fit the source pages to the width</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="76"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="158"/>
        <source>第 {0} / {1} 页 · {2}%</source>
        <translation>Page {0} / {1} · {2}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="161"/>
        <source>{0} 个表格</source>
        <translation>{0} tables</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="165"/>
        <source>（所选单元格在原文中没有可标出的位置）</source>
        <translation> (the selected cell has no place that can be marked in the source)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="179"/>
        <source>这份报告是纯文本文件，没有原版式可显示</source>
        <translation>This report is a plain-text file: there is no published layout to show</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="186"/>
        <source>原文件按当前程序读出的文字与导入时不同，表格无法与单元格对应，请使用文字视图（F6）</source>
        <translation>The file now reads differently from when it was imported, so its tables cannot be matched to the cells; use the text view (F6)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="193"/>
        <source>无法按原版式显示 {0}：{1}</source>
        <translation>Cannot show {0} as published: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="188"/>
        <source>原文件中没有表格，只有文字可显示</source>
        <translation>The file has no tables: only its text can be shown</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/gui/transfer.py" line="38"/>
        <source>导入报告文件</source>
        <translation>Import report files</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="39"/>
        <source>报告文件 ({0});;所有文件 (*)</source>
        <translation>Report files ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="47"/>
        <source>导入文件夹（包括子文件夹）</source>
        <translation>Import folder (with subfolders)</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="57"/>
        <source>正在导入报告…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="58"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="66"/>
        <source>正在导入报告：{0} / {1}</source>
        <translation>Importing reports: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="76"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="98"/>
        <source>导出已批准的记录</source>
        <translation>Export approved records</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="112"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="116"/>
        <source>没有已批准的报告，导出的文件只有表头：{0}</source>
        <translation>No approved reports: the file holds only the header: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="118"/>
        <source>已导出 {0} 行：{1}</source>
        <translation>Exported {0} rows: {1}</translation>
    </message>
</context>
</TS>
