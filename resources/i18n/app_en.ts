<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="56" />
        <source>已更正：请先改正数值</source>
        <translation>Fixed: correct the value first</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="60" />
        <source>“已更正”表示提取的数值有错、已经改正，但这条问题涉及的单元格都还没有改过。请在“改为”中填入改正后的数值，改正和“已更正”一起保存，可一次撤销。
如果原报告本身如此，请选“原报告错误”；如果数值没有问题，请选“不是错误”（这两种都要写明理由）。</source>
        <translation>“Fixed” means the extracted value was wrong and has been corrected, but none of the cells this finding names has been changed yet. Type the corrected value under “Change to”; the correction and “Fixed” are saved together and undone in one step.
If the report itself prints it so, choose “Error in source”; if the numbers are right, choose “Not an error” (both need a reason).</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="66" />
        <source>……另有 {0} 条问题</source>
        <translation>… and {0} more findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="72" />
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="72" />
        <source>现值</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="72" />
        <source>改为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="78" />
        <location filename="../../app/gui/correction_dialog.py" line="80" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="80" />
        <source>{0}（建议 {1}）</source>
        <translation>{0} (suggested {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="99" />
        <source>处理说明（“原报告错误”和“不是错误”必须写明理由）</source>
        <translation>Note (required for “Error in source” and “Not an error”)</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="105" />
        <source>改正并记为“已更正”</source>
        <translation>Correct and mark “Fixed”</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="110" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="122" />
        <source>处理说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="152" />
        <source>选择“{0}”需要在处理说明中写明理由（供日后核查）</source>
        <translation>“{0}” needs a reason in the note (for later audit)</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="167" />
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/correction_dialog.py" line="178" />
        <source>改正至少一个单元格后才能记为“已更正”</source>
        <translation>Correct at least one cell to mark it “Fixed”</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="38" />
        <source>数字键</source>
        <translation>Digit keys</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="38" />
        <source>覆盖输入当前单元格</source>
        <translation>Type over the current cell</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="39" />
        <source>编辑当前单元格</source>
        <translation>Edit the current cell</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="40" />
        <source>确认并移到下一行</source>
        <translation>Confirm and move down</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="41" />
        <source>确认并移到右边 / 左边</source>
        <translation>Confirm and move right / left</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42" />
        <source>显示下一张 / 上一张表</source>
        <translation>Show the next / previous table</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="43" />
        <source>清空所选单元格</source>
        <translation>Empty the selected cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="45" />
        <source>复制所选单元格（制表符分隔）</source>
        <translation>Copy the selected cells (tab-separated)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="47" />
        <source>粘贴从 Excel / WPS 复制的区域（一次撤销）</source>
        <translation>Paste a block copied from Excel / WPS (one undo step)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="48" />
        <source>放弃正在输入的内容</source>
        <translation>Discard what is being typed</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="83" />
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="83" />
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="83" />
        <source>作用</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="88" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="98" />
        <source>（未署名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="101" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="101" />
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="101" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="101" />
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="101" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="106" />
        <source>新导入 {0} 份，更新 {1} 份，未变 {2} 份，失败 {3} 份。</source>
        <translation>{0} imported, {1} updated, {2} unchanged, {3} failed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="109" />
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="111" />
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="115" />
        <source>……另有 {0} 个失败的文件</source>
        <translation>… and {0} more failed files</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="116" />
        <source>以下文件没有导入（点“显示详细信息”查看原因）。</source>
        <translation>These files were not imported (see Show Details for the reasons).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="131" />
        <source>机关和年度</source>
        <translation>Agency and year</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="135" />
        <source>未识别</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="139" />
        <source>机关名称：</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="140" />
        <source>报告年度：</source>
        <translation>Year reported on:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="141" />
        <source>说明（可选）：</source>
        <translation>Note (optional):</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/gui/source_find.py" line="35" />
        <source>在原文中查找</source>
        <translation>Find in the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="42" />
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="43" />
        <source>上一个（Shift+F3）</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="46" />
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="47" />
        <source>下一个（F3 或 Enter）</source>
        <translation>Next (F3 or Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="51" />
        <source>关闭查找（Esc）</source>
        <translation>Close search (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="103" />
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_find.py" line="105" />
        <source>第 {0} / {1} 处</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/findings_model.py" line="44" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="44" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="44" />
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="109" />
        <source> 等 {0} 格</source>
        <translation> and others, {0} cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="110" />
        <source>涉及单元格：{0}{1}</source>
        <translation>Cells: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="112" />
        <source>建议改为：</source>
        <translation>Suggested: </translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="114" />
        <source>（Ctrl+Shift+Enter 采用）</source>
        <translation> (Ctrl+Shift+Enter applies it)</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="116" />
        <source>有 {0} 种可能的读法：对照原文后按 Ctrl+Shift+Enter 选择一种采用</source>
        <translation>{0} possible readings: check the source, then press Ctrl+Shift+Enter to apply one</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="119" />
        <source>，说明：{0}</source>
        <translation>, note: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="120" />
        <source>已处理为“{0}”（{1}，{2}）{3}</source>
        <translation>Decided as “{0}” ({1}, {2}){3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_model.py" line="123" />
        <source>可以：改正单元格后选“已更正”；原报告本身如此选“原报告错误”；数值没有问题选“不是错误”（后两种须写明理由）。</source>
        <translation>You can: correct the cell, then choose “Corrected”; if the report itself says so, choose “Error in source”; if the numbers are right, choose “Not an error” (the last two need a reason).</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="50" />
        <source>处理说明（“原报告错误”和“不是错误”必须写明理由）</source>
        <translation>Note (required for “Error in source” and “Not an error”)</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="51" />
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/findings_pane.py" line="76" />
        <source>发现的问题：{0} 条，未处理 {1} 条</source>
        <translation>Findings: {0}, undecided {1}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../app/gui/source_grid.py" line="192" />
        <source>其余 {0} 个表格过大，未显示</source>
        <translation>{0} more tables are too large and are not shown</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/gui/labels.py" line="12" />
        <source>待审</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="13" />
        <source>审核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="14" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="15" />
        <source>已退回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="18" />
        <source>已更正</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="19" />
        <source>原报告错误</source>
        <translation>Error in source</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="20" />
        <source>不是错误</source>
        <translation>Not an error</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="23" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="24" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="25" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="30" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31" />
        <source>新版本</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="32" />
        <source>修改数值</source>
        <translation>Value edited</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33" />
        <source>修改信息</source>
        <translation>Info edited</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35" />
        <source>处理问题</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../app/gui/launch.py" line="130" />
        <source>审核库是空的</source>
        <translation>The review store is empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="131" />
        <source>审核库中还没有报告。要导入程序自带的示例报告，先试一试吗？</source>
        <translation>The review store has no reports yet. Import the bundled sample reports to try the program?</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch.py" line="169" />
        <source>无法打开审核库</source>
        <translation>Cannot open the review store</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>政府信息公开年度报告审核</source>
        <translation>Government information disclosure report review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>导入报告文件…</source>
        <translation>Import report files…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="171" />
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>导出为 Excel（xlsx）…</source>
        <translation>Export as Excel (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>导出为长表 CSV…</source>
        <translation>Export as long CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>审核人姓名…</source>
        <translation>Reviewer name…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>字号…</source>
        <translation>Font size…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>英文界面（重启后生效）</source>
        <translation>English interface (after restart)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="177" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="184" />
        <source>机关和年度…</source>
        <translation>Agency and year…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="185" />
        <source>单元格历史…</source>
        <translation>Cell history…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="186" />
        <source>报告历史…</source>
        <translation>Report history…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187" />
        <source>显示机器提取的原值</source>
        <translation>Show machine-extracted values</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="188" />
        <source>搜索报告</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="190" />
        <source>下一份报告</source>
        <translation>Next report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191" />
        <source>上一份报告</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="192" />
        <source>下一个未处理的错误</source>
        <translation>Next undecided error</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="193" />
        <source>采用建议值</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194" />
        <source>已更正</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="195" />
        <source>原报告错误</source>
        <translation>Error in source</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196" />
        <source>不是错误</source>
        <translation>Not an error</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="197" />
        <source>撤回处理</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="198" />
        <source>选中同类问题</source>
        <translation>Select findings of the same rule</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>退回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201" />
        <source>重新打开审核</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="202" />
        <source>重复导入：只保留这一份</source>
        <translation>Duplicate import: keep only this one</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>释放他人的审核占用（组长）</source>
        <translation>Release another reviewer's claim (lead)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206" />
        <source>转到报告队列</source>
        <translation>Go to the report queue</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="207" />
        <source>转到原文</source>
        <translation>Go to the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="208" />
        <source>转到表格</source>
        <translation>Go to the tables</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="209" />
        <source>转到问题列表</source>
        <translation>Go to the findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="210" />
        <source>填写处理说明</source>
        <translation>Write a decision note</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214" />
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215" />
        <location filename="../../app/gui/main_window.py" line="615" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274" />
        <source>报告队列</source>
        <translation>Report queue</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="275" />
        <source>原文</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="307" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="311" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="316" />
        <source>审核(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="324" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="326" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="399" />
        <source>（未识别机关）</source>
        <translation>(agency unknown)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="400" />
        <source>{0} 年度</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="400" />
        <source>（未识别年度）</source>
        <translation>(year unknown)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401" />
        <source>{0} 版格式</source>
        <translation>{0} format</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403" />
        <source>由 {0} 审核中（只读）</source>
        <translation>Open by {0} (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="405" />
        <source>{0} 已初审，待复核</source>
        <translation>First review by {0}, awaiting second review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="407" />
        <source>退回原因：{0}</source>
        <translation>Rejected because: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="417" />
        <source>请在左侧选择一份报告，或从“文件”菜单导入报告</source>
        <translation>Choose a report on the left, or import reports from the File menu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="425" />
        <source>无法完成</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="439" />
        <source>队列中的报告都没有未处理的错误</source>
        <translation>No report in the queue has an undecided error</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="464" />
        <source>全部为空</source>
        <translation>all empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="465" />
        <source>读法 {0}：{1}</source>
        <translation>Reading {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="492" />
        <source>“{0}”需要写明理由（{1} 条问题），供日后核查：</source>
        <translation>“{0}” needs a reason ({1} findings), for later audits:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="528" />
        <source>已选中同类问题 {0} 条，可一次处理</source>
        <translation>{0} findings of the same rule selected; decide them at once</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="542" />
        <source>初审完成，待另一位审核人复核</source>
        <translation>First review done; another reviewer approves it</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547" />
        <source>已批准，已打开下一份待审报告</source>
        <translation>Approved; the next report to review is open</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="549" />
        <source>已批准；队列中没有待审的报告了</source>
        <translation>Approved; no report in the queue is waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="552" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="552" />
        <source>{0} {1} 格</source>
        <translation>{0}: {1} cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="554" />
        <source>确认空单元格</source>
        <translation>Confirm empty cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="555" />
        <source>这份报告有 {0} 个空单元格：{1}。

空单元格导出时为空，校验时按 0 计算。确认它们在原报告中确实为空（或无法填写）并批准吗？确认会记入报告历史。</source>
        <translation>This report has {0} empty cells: {1}.

Empty cells are exported empty and count as 0 in the checks. Confirm that they are empty in the source (or cannot be filled) and approve? The confirmation is recorded in the report history.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="629" />
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="629" />
        <source>整个窗口的字号（磅）：</source>
        <translation>Font size of the whole window (points):</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445" />
        <location filename="../../app/gui/main_window.py" line="481" />
        <source>请先在问题列表中选择一条问题</source>
        <translation>Choose a finding in the list first</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="563" />
        <source>退回报告</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="563" />
        <source>退回原因：</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="571" />
        <source>已保留这一份，重复的其他副本已退回</source>
        <translation>This copy kept; the other copies were sent back</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="601" />
        <source>请先选择一个单元格</source>
        <translation>Choose a cell first</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="604" />
        <source>单元格历史：{0}</source>
        <translation>Cell history: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="608" />
        <source>报告历史：{0}</source>
        <translation>Report history: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="616" />
        <source>政府信息公开工作年度报告审核工具 {0}

从年度报告中提取表格数据，按模板的勾稽关系校验，审核修正后导出。
审核库：{1}</source>
        <translation>Annual information disclosure report review {0}

Extracts the tables of annual reports, checks them against the template's arithmetic, and exports them once reviewed.
Review store: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="621" />
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="621" />
        <source>审核人姓名（记入每条修改历史）：</source>
        <translation>Reviewer name (written into every history entry):</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/queue_model.py" line="43" />
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="43" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="43" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="43" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="43" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="44" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="96" />
        <source>文件：{0}（{1}）</source>
        <translation>File: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="99" />
        <source>由 {0} 审核中</source>
        <translation>Open by {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="101" />
        <source>同一机关同一年度还导入了另一份报告（见问题列表）</source>
        <translation>Another report of the same agency and year was imported (see the findings)</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="154" />
        <source>{0} 重复</source>
        <translation>{0} duplicate</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="164" />
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="164" />
        <source>网页</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="164" />
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_model.py" line="165" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="61" />
        <source>搜索机关、文件名或年度</source>
        <translation>Search agency, file name or year</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="64" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="68" />
        <source>所有人</source>
        <translation>Everyone's</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="69" />
        <source>我正在审核的</source>
        <translation>Open by me</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="70" />
        <source>无人审核的</source>
        <translation>Open by nobody</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="71" />
        <source>只看有错误的</source>
        <translation>Only with errors</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="73" />
        <source>全部问题类型</source>
        <translation>All kinds of problem</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="76" />
        <source>只列出有这类问题的报告（需逐份校验，报告多时要等一会儿）</source>
        <translation>Only reports with this kind of problem (each report is checked; with many reports this takes a moment)</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="129" />
        <source>Word 重复</source>
        <translation>Word duplicate</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="164" />
        <source>{0} 份</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="177" />
        <source>{0}：修改 {1} 份，待复核 {2} 份，已批准 {3} 份，正在审核 {4} 份</source>
        <translation>{0}: edited {1}, awaiting second review {2}, approved {3}, open now {4}</translation>
    </message>
    <message>
        <location filename="../../app/gui/queue_pane.py" line="224" />
        <source>已批准 {0} / {1}</source>
        <translation>Approved {0} / {1}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="170" />
        <source>本报告由 {0} 审核中，您只能查看，输入没有保存</source>
        <translation>{0} has this report open: you can only view it, and what you typed was not saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="173" />
        <source>本报告{0}，已锁定，输入没有保存；如需修改请先“重新打开审核”（Ctrl+Shift+R）</source>
        <translation>This report is {0} and locked; the input was not saved. To change it, reopen the review first (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="174" />
        <source>已审定</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="191" />
        <location filename="../../app/gui/record_table_model.py" line="291" />
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="256" />
        <location filename="../../app/gui/record_table_model.py" line="367" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="257" />
        <source>{0}（原 {1}）</source>
        <translation>{0} (was {1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="359" />
        <source>（已处理）</source>
        <translation> (decided)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="363" />
        <source>来源：“{0}”（{1}）</source>
        <translation>Source: “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="368" />
        <source>机器提取值：{0}</source>
        <translation>Machine value: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="373" />
        <source>按原文读取</source>
        <translation>read as printed</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="374" />
        <source>由勾稽关系推断</source>
        <translation>inferred from the table's arithmetic</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="375" />
        <source>原文有数字但位置不确定</source>
        <translation>numbers seen, placement uncertain</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_table_model.py" line="376" />
        <source>审核人修改</source>
        <translation>edited by a reviewer</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <location filename="../../app/gui/report_session.py" line="136" />
        <source>修改 {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="137" />
        <source>修改 {0} 个单元格</source>
        <translation>Edit {0} cells</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="143" />
        <source>这条问题没有建议的修正</source>
        <translation>This finding has no suggested fix</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="147" />
        <source>应用建议：{0}</source>
        <translation>Apply suggestion: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="156" />
        <source>采用读法 {0}</source>
        <translation>Apply reading {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="165" />
        <source>撤回处理</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="166" />
        <location filename="../../app/gui/report_session.py" line="186" />
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="167" />
        <location filename="../../app/gui/report_session.py" line="187" />
        <source>{0}：{1} 条问题</source>
        <translation>{0}: {1} findings</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_session.py" line="238" />
        <source>本报告没有未处理的错误</source>
        <translation>This report has no undecided errors</translation>
    </message>
</context>
<context>
    <name>SourceSwitcher</name>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="78" />
        <source>按原版式显示原文</source>
        <translation>Show the source as published</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="79" />
        <source>原版式</source>
        <translation>As published</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="80" />
        <source>在文字和原版式（PDF 页面、网页和 Word 的表格）之间切换（F6）</source>
        <translation>Switch between the text and the source as published (PDF pages, web page and Word tables) (F6)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="86" />
        <source>放大原文</source>
        <translation>Zoom in on the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="90" />
        <source>缩小原文</source>
        <translation>Zoom out of the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="94" />
        <source>在原文中查找…</source>
        <translation>Find in the source…</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="97" />
        <source>查找下一个</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="100" />
        <source>查找上一个</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="103" />
        <source>原文页面适合宽度</source>
        <translation>Fit the source pages to the width</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="105" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="187" />
        <source>第 {0} / {1} 页 · {2}%</source>
        <translation>Page {0} / {1} · {2}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="190" />
        <source>{0} 个表格</source>
        <translation>{0} tables</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="194" />
        <source>（所选单元格在原文中没有可标出的位置）</source>
        <translation> (the selected cell has no place that can be marked in the source)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="236" />
        <source>找到的文字不在表格中（按 F6 在文字中查看）</source>
        <translation>The text found is not in a table (F6 shows it in the text)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="240" />
        <source>找到的文字无法在页面上标出（按 F6 在文字中查看）</source>
        <translation>The text found cannot be marked on the page (F6 shows it in the text)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="265" />
        <source>这份报告是纯文本文件，没有原版式可显示</source>
        <translation>This report is a plain-text file: there is no published layout to show</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="274" />
        <source>原文件按当前程序读出的文字与导入时不同，表格无法与单元格对应，请使用文字视图（F6）</source>
        <translation>The file now reads differently from when it was imported, so its tables cannot be matched to the cells; use the text view (F6)</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="281" />
        <source>无法按原版式显示 {0}：{1}</source>
        <translation>Cannot show {0} as published: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/source_switcher.py" line="276" />
        <source>原文件中没有表格，只有文字可显示</source>
        <translation>The file has no tables: only its text can be shown</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/gui/transfer.py" line="39" />
        <source>导入报告文件</source>
        <translation>Import report files</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="40" />
        <source>报告文件 ({0});;所有文件 (*)</source>
        <translation>Report files ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="48" />
        <source>导入文件夹（包括子文件夹）</source>
        <translation>Import folder (with subfolders)</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="59" />
        <source>正在导入报告…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="59" />
        <location filename="../../app/gui/transfer.py" line="147" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="60" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="85" />
        <source>正在导入报告：{0} / {1}</source>
        <translation>Importing reports: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="90" />
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="118" />
        <source>导出已批准的记录</source>
        <translation>Export approved records</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="131" />
        <source>导出已取消，没有写入文件：{0}</source>
        <translation>Export cancelled, no file written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="146" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="148" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="164" />
        <source>正在导出：{0} / {1} 行</source>
        <translation>Exporting: {0} / {1} rows</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="180" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="134" />
        <source>没有已批准的报告，导出的文件只有表头：{0}</source>
        <translation>No approved reports: the file holds only the header: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/transfer.py" line="136" />
        <source>已导出 {0} 行：{1}</source>
        <translation>Exported {0} rows: {1}</translation>
    </message>
</context>
</TS>