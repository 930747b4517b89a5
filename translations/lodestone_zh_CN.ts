<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admiralty</name>
    <message>
        <source>Completely reliable</source>
        <translation>完全可靠</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>通常可靠</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>比较可靠</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>通常不可靠</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>无法判断可靠性</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>经其他来源证实</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>很可能属实</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>可能属实</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>不太可能属实</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>无法判断真实性</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>批量设置</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Party directive</source>
        <translation>党的指示</translation>
    </message>
    <message>
        <source>Policy &amp; regulation</source>
        <translation>政策法规</translation>
    </message>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Production quota</source>
        <translation>生产配额</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Standards milestone</source>
        <translation>标准进展</translation>
    </message>
    <message>
        <source>Investment project</source>
        <translation>投资项目</translation>
    </message>
    <message>
        <source>Market &amp; price</source>
        <translation>市场价格</translation>
    </message>
    <message>
        <source>Corporate restructuring</source>
        <translation>企业重组</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人事变动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DateRule</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>set by an analyst</source>
        <translation>由分析员设定</translation>
    </message>
    <message>
        <source>no date in the sentence: the report&apos;s year</source>
        <translation>句中没有日期：取报告所在年份</translation>
    </message>
    <message>
        <source>from the document&apos;s metadata (%1)</source>
        <translation>来自文档元数据（%1）</translation>
    </message>
    <message>
        <source>from the copyright line</source>
        <translation>来自版权行</translation>
    </message>
    <message>
        <source>inferred from the copyright year %1</source>
        <translation>根据版权年份 %1 推断</translation>
    </message>
    <message>
        <source>inferred from the copyright year %1, not before %2 (the latest date stated in the text)</source>
        <translation>根据版权年份 %1 推断，不早于 %2（正文中最晚的日期）</translation>
    </message>
    <message>
        <source>relative date in the sentence, counted from the publication date</source>
        <translation>句中的相对日期，按发布日期推算</translation>
    </message>
    <message>
        <source>part of a year named in the sentence</source>
        <translation>句中指明的年内时段</translation>
    </message>
    <message>
        <source>date stated in the sentence</source>
        <translation>句中写明的日期</translation>
    </message>
    <message>
        <source>set by an analyst (%1)</source>
        <translation>由分析员设定（%1）</translation>
    </message>
    <message>
        <source>no date in the sentence: the publication year</source>
        <translation>句中没有日期：取发布年份</translation>
    </message>
    <message>
        <source>undated: the sentence&apos;s date needs a publication date the report lacks</source>
        <translation>无日期：句中日期需要发布日期才能确定，而报告没有发布日期</translation>
    </message>
    <message>
        <source>undated: no date in the sentence and no publication date</source>
        <translation>无日期：句中没有日期，报告也没有发布日期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>from the labelled publication date in the text</source>
        <translation>取自正文中标明的发布日期</translation>
    </message>
    <message>
        <source>from the &quot;updated&quot; date in the text</source>
        <translation>取自正文中的“更新”日期</translation>
    </message>
    <message>
        <source>from the dateline under the headline</source>
        <translation>取自标题下方的日期行</translation>
    </message>
    <message>
        <source>from the news dateline; the year from another date of the report</source>
        <translation>取自新闻电头；年份取自报告中的其他日期</translation>
    </message>
    <message>
        <source>from the date in the report&apos;s URL</source>
        <translation>取自报告网址中的日期</translation>
    </message>
</context>
<context>
    <name>ExportFrame</name>
    <message>
        <source>Exported %1 · Lodestone</source>
        <translation>导出于 %1 · Lodestone</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
</context>
<context>
    <name>ReportHighlighter</name>
    <message>
        <source>Evidence for the event “%1”
%2, %3</source>
        <translation>事件“%1”的证据
%2，%3</translation>
    </message>
    <message>
        <source>The event was rejected by an analyst.</source>
        <translation>该事件已被分析员否定。</translation>
    </message>
    <message>
        <source>Date: %1 (%2 precision)
Rule: %3</source>
        <translation>日期：%1（精确到%2）
规则：%3</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Organisation (detected by its name&apos;s shape): %1</source>
        <translation>机构（根据名称形式识别）：%1</translation>
    </message>
    <message>
        <source>Page furniture (%1): not read for events or organisations</source>
        <translation>页面附属内容（%1）：不用于提取事件或机构</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>actor</source>
        <translation>行为方</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>对象方</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>监管方</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>被提及</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否定</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>%1 in view · %2</source>
        <translation>视图内 %1 · 共 %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Disputed / rejected</source>
        <translation>有争议 / 已否定</translation>
    </message>
    <message>
        <source>Month / quarter / year</source>
        <translation>月 / 季度 / 年</translation>
    </message>
    <message>
        <source>Cluster (count)</source>
        <translation>聚合（数量）</translation>
    </message>
    <message>
        <source>No events loaded</source>
        <translation>未载入事件</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>视图中 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>effective from</source>
        <translation>自此日起生效</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1：数据库错误：%2</translation>
    </message>
    <message>
        <source>%1: internal error: %2</source>
        <translation>%1：内部错误：%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation>没有可导入的文本</translation>
    </message>
    <message>
        <source>binary data, not a document</source>
        <translation>二进制数据，不是文档</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>file is truncated</source>
        <translation>文件不完整（已截断）</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>不支持的格式</translation>
    </message>
    <message>
        <source>cannot be parsed</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is full, the import stopped</source>
        <translation>磁盘已满，导入已停止</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation>数据库已锁定</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>not a Lodestone database</source>
        <translation>不是 Lodestone 数据库</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Lodestone</source>
        <translation>该数据库由更新版本的 Lodestone 写入</translation>
    </message>
    <message>
        <source>the database cannot be written</source>
        <translation>无法写入数据库</translation>
    </message>
    <message>
        <source>the database is locked by another program</source>
        <translation>数据库已被其他程序锁定</translation>
    </message>
    <message>
        <source>no such database</source>
        <translation>数据库不存在</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>List reports.</source>
        <translation>列出报告。</translation>
    </message>
    <message>
        <source>Only reports whose title or text matches (full-text search).</source>
        <translation>仅列出标题或正文与之匹配的报告（全文检索）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Only reports with this verification status: unverified, verified, disputed or rejected.</source>
        <translation>仅列出处于此核实状态的报告：unverified（未核实）、verified（已核实）、disputed（有争议）或 rejected（已否定）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (one of: unverified, verified, disputed, rejected)</source>
        <translation>未知状态“%1”（可选：unverified、verified、disputed、rejected）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>PUBLISHER</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Report id.</source>
        <translation>报告编号。</translation>
    </message>
    <message>
        <source>no report with id %1</source>
        <translation>不存在编号为 %1 的报告</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>List events matching the filter, oldest first.</source>
        <translation>按时间先后列出符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>ORGANISATIONS</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>List organisations.</source>
        <translation>列出机构。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CHINESE</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Show a report&apos;s verification history, oldest first.</source>
        <translation>按时间先后显示报告的核实历史。</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>ANALYST</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Database file (default: $LODESTONE_DB, else lodestone.sqlite in the application data folder).</source>
        <translation>数据库文件（默认为 $LODESTONE_DB，未设置时为应用数据文件夹中的 lodestone.sqlite）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or zh_CN.</source>
        <translation>消息语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error or off.</source>
        <translation>日志级别：trace、debug、info、warn、error 或 off。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Print one JSON document (UTF-8) instead of text.</source>
        <translation>输出一个 JSON 文档（UTF-8），而不是文本。</translation>
    </message>
    <message>
        <source>Only events on or after this date (YYYY-MM-DD).</source>
        <translation>仅限此日期（YYYY-MM-DD）当天及之后的事件。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only events on or before this date (YYYY-MM-DD).</source>
        <translation>仅限此日期（YYYY-MM-DD）当天及之前的事件。</translation>
    </message>
    <message>
        <source>Only events of this category (repeatable): %1.</source>
        <translation>仅限此类别的事件（可多次指定）：%1。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Only events involving this organisation: name, Chinese name or alias (repeatable).</source>
        <translation>仅限涉及此机构的事件：名称、中文名称或别名（可多次指定）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only events backed by at least one verified report.</source>
        <translation>仅限至少有一份已核实报告支持的事件。</translation>
    </message>
    <message>
        <source>Only events whose title or summary, or a backing report, matches the text.</source>
        <translation>仅限标题、摘要或支持报告与该文本匹配的事件。</translation>
    </message>
    <message>
        <source>missing argument (see lodestone %1 --help)</source>
        <translation>缺少参数（参见 lodestone %1 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>invalid date for --%1: &quot;%2&quot; (expected YYYY-MM-DD)</source>
        <translation>--%1 的日期无效：“%2”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (one of: %2)</source>
        <translation>未知类别“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>invalid report id &quot;%1&quot; (expected a positive number)</source>
        <translation>报告编号“%1”无效（应为正整数）</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db 需要指定文件名</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>reports %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>imported  %1  %2, %3, %4
</source>
        <translation>已导入  %1  %2，%3，%4
</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 个机构</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 个机构</translation>
    </message>
    <message>
        <source>duplicate %1 (%2)
</source>
        <translation>重复    %1（%2）
</translation>
    </message>
    <message>
        <source>failed    %1: %2
</source>
        <translation>失败    %1：%2
</translation>
    </message>
    <message>
        <source>the bundled organisation gazetteer cannot be loaded</source>
        <translation>无法加载内置的机构名录</translation>
    </message>
    <message>
        <source>%1 imported, %2, %3 failed (%4 s)
</source>
        <translation>已导入 %1，%2，失败 %3（%4 秒）
</translation>
    </message>
    <message>
        <source>%1 duplicate</source>
        <translation>重复 %1</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>重复 %1</translation>
    </message>
    <message>
        <source>Import files or folders (recursively): text, HTML, Markdown, RSS/Atom, PDF, STIX 2.1 bundles (.json), JSON/CSV report lists.</source>
        <translation>导入文件或文件夹（递归）：文本、HTML、Markdown、RSS/Atom、PDF、STIX 2.1 数据包（.json）、JSON/CSV 报告列表。</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>Load the bundled demo corpus into the database.</source>
        <translation>将内置的演示语料载入数据库。</translation>
    </message>
    <message>
        <source>the demo corpus is missing from this build</source>
        <translation>此版本未包含演示语料</translation>
    </message>
    <message>
        <source>Set a report&apos;s verification; every change is appended to its history.</source>
        <translation>设置报告的核实结果；每次更改都会追加到其历史记录中。</translation>
    </message>
    <message>
        <source>New status: unverified, verified, disputed or rejected (required).</source>
        <translation>新状态：unverified、verified、disputed 或 rejected（必填）。</translation>
    </message>
    <message>
        <source>Source reliability A (completely reliable) to F (cannot be judged).</source>
        <translation>来源可靠性：A（完全可靠）至 F（无法判断）。</translation>
    </message>
    <message>
        <source>Information credibility 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>信息可信度：1（已证实）至 6（无法判断）。</translation>
    </message>
    <message>
        <source>Analyst&apos;s note.</source>
        <translation>分析员备注。</translation>
    </message>
    <message>
        <source>Analyst name (default: $LODESTONE_ANALYST, else the user name).</source>
        <translation>分析员姓名（默认为 $LODESTONE_ANALYST，未设置时为系统用户名）。</translation>
    </message>
    <message>
        <source>--status is required</source>
        <translation>必须指定 --status</translation>
    </message>
    <message>
        <source>invalid reliability &quot;%1&quot; (expected a letter A to F)</source>
        <translation>来源可靠性“%1”无效（应为字母 A 至 F）</translation>
    </message>
    <message>
        <source>invalid credibility &quot;%1&quot; (expected a number 1 to 6)</source>
        <translation>信息可信度“%1”无效（应为数字 1 至 6）</translation>
    </message>
    <message>
        <source>report %1: %2</source>
        <translation>报告 %1：%2</translation>
    </message>
    <message>
        <source>reliability %1</source>
        <translation>来源可靠性 %1</translation>
    </message>
    <message>
        <source>credibility %1</source>
        <translation>信息可信度 %1</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>由 %1 于 %2 设置</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, safe while the app runs.</source>
        <translation>写出数据库的一致性副本；应用运行期间也可安全执行。</translation>
    </message>
    <message>
        <source>The copy to write (replaced atomically).</source>
        <translation>要写入的副本文件（以原子方式替换）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>backup of %1 written to %2 (%3 bytes, %4 ms)
</source>
        <translation>%1 的备份已写入 %2（%3 字节，%4 毫秒）
</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot; (expected 64 to 16000 pixels)</source>
        <translation>--%1 无效：“%2”（应为 64 至 16000 像素）</translation>
    </message>
    <message>
        <source>Export format: stix, csv, json or timelinejs.</source>
        <translation>导出格式：stix、csv、json 或 timelinejs。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Headline of the TimelineJS title slide.</source>
        <translation>TimelineJS 标题页的标题。</translation>
    </message>
    <message>
        <source>--format is required (stix, csv, json or timelinejs)</source>
        <translation>必须指定 --format（stix、csv、json 或 timelinejs）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (one of: stix, csv, json, timelinejs)</source>
        <translation>未知格式“%1”（可选：stix、csv、json、timelinejs）</translation>
    </message>
    <message>
        <source>format %1 is not available yet</source>
        <translation>暂不支持 %1 格式</translation>
    </message>
    <message>
        <source>Lodestone events</source>
        <translation>Lodestone 事件</translation>
    </message>
    <message>
        <source>%1 events exported on %2</source>
        <translation>%2 导出的 %1 个事件</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1 written to %2 (%3)
</source>
        <translation>%1已写入 %2（%3）
</translation>
    </message>
    <message>
        <source>Render a dashboard chart to a file, headless.</source>
        <translation>在无界面模式下将仪表板图表渲染为文件。</translation>
    </message>
    <message>
        <source>Chart: events-by-month, events-by-category, top-organisations or verification-status.</source>
        <translation>图表：events-by-month、events-by-category、top-organisations 或 verification-status。</translation>
    </message>
    <message>
        <source>Image format: png, svg or pdf.</source>
        <translation>图像格式：png、svg 或 pdf。</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>宽度（像素）。</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>高度（像素）。</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation>图表标题。</translation>
    </message>
    <message>
        <source>Device pixel ratio: how large text and lines are drawn (default 2).</source>
        <translation>设备像素比：决定文字和线条的绘制大小（默认 2）。</translation>
    </message>
    <message>
        <source>Bar width of events-by-month: auto, week, month, quarter or year (default auto).</source>
        <translation>events-by-month 的柱形时段：auto、week、month、quarter 或 year（默认 auto）。</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Classification or handling line printed at the top and bottom.</source>
        <translation>印在页面顶部和底部的密级或处理要求。</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot; (one of: events-by-month, events-by-category, top-organisations, verification-status)</source>
        <translation>未知图表“%1”（可选：events-by-month、events-by-category、top-organisations、verification-status）</translation>
    </message>
    <message>
        <source>--chart is required</source>
        <translation>必须指定 --chart</translation>
    </message>
    <message>
        <source>unknown or missing --format (one of: png, svg, pdf)</source>
        <translation>--format 未知或缺失（可选：png、svg、pdf）</translation>
    </message>
    <message>
        <source>invalid --scale &quot;%1&quot; (expected 0.5 to 8)</source>
        <translation>--scale 无效：“%1”（应为 0.5 至 8）</translation>
    </message>
    <message>
        <source>unknown bucket &quot;%1&quot; (one of: auto, week, month, quarter, year)</source>
        <translation>未知时段“%1”（可选：auto、week、month、quarter、year）</translation>
    </message>
    <message>
        <source>%1 (%2) written to %3: %4 x %5 px, %6
</source>
        <translation>%1（%2）已写入 %3：%4 x %5 像素，%6
</translation>
    </message>
    <message>
        <source>Organisation names in labels and captions: en, zh or both (default both, e.g. &quot;Baogang Group 包钢集团&quot;).</source>
        <translation>标签和说明中的机构名称：en（英文）、zh（中文）或 both（中英文并列，默认，例如“Baogang Group 包钢集团”）。</translation>
    </message>
    <message>
        <source>unknown --org-names &quot;%1&quot; (one of: en, zh, both)</source>
        <translation>未知的 --org-names 值“%1”（可选：en、zh、both）</translation>
    </message>
    <message>
        <source>The import stopped: %1 not attempted. Free some space and run the same import again; what was stored is reported as duplicate.
</source>
        <translation>导入已停止：%1未尝试导入。请释放磁盘空间后再次运行同一导入；已保存的内容会报告为重复。
</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>over the limits for one file</source>
        <translation>超出单个文件的处理限额</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Print at most this many rows (default: all).</source>
        <translation>最多输出这么多行（默认：全部）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Skip this many rows first (default 0).</source>
        <translation>先跳过这么多行（默认 0）。</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot; (expected a whole number, 0 or more)</source>
        <translation>无效的 --%1 &quot;%2&quot;（应为 0 或更大的整数）</translation>
    </message>
    <message>
        <source>Show one report with its text and extracted entities, or correct its publication date, URL or publisher.</source>
        <translation>显示一份报告及其正文和抽取出的实体，或更正其发布日期、网址或发布方。</translation>
    </message>
    <message>
        <source>Only undated events: no day known (the report has no publication date and the sentence no date).</source>
        <translation>只列出无日期的事件：日期未知（报告没有发布日期，句中也没有日期）。</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>（计划中）</translation>
    </message>
    <message>
        <source>(effective from)</source>
        <translation>（自此日起生效）</translation>
    </message>
    <message>
        <source>Correct the publication date (YYYY-MM-DD, YYYY-MM or YYYY); the report&apos;s events are resolved against it again.</source>
        <translation>更正发布日期（YYYY-MM-DD、YYYY-MM 或 YYYY）；报告中的事件将据此重新确定日期。</translation>
    </message>
    <message>
        <source>Correct the report&apos;s URL.</source>
        <translation>更正报告的网址。</translation>
    </message>
    <message>
        <source>Correct the report&apos;s publisher.</source>
        <translation>更正报告的发布方。</translation>
    </message>
    <message>
        <source>Analyst name for the correction history (default: $LODESTONE_ANALYST, else the user name).</source>
        <translation>记入更正历史的分析员姓名（默认为 $LODESTONE_ANALYST，未设置时为用户名）。</translation>
    </message>
    <message>
        <source>Why the correction was made (kept in the history).</source>
        <translation>更正的原因（记入历史）。</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>无效的日期“%1”（应为 YYYY-MM-DD、YYYY-MM 或 YYYY）</translation>
    </message>
    <message>
        <source>report %1: published %2, URL %3, publisher %4; %5 events
</source>
        <translation>报告 %1：发布于 %2，网址 %3，发布方 %4；%5 个事件
</translation>
    </message>
    <message>
        <source>Re-read and re-extract every stored report with the current rules (publication dates, URLs, publishers, organisations, events), keeping analyst corrections, rejections and verification. Progress on stderr.</source>
        <translation>用当前规则重新读取并抽取所有已存储的报告（发布日期、网址、发布方、机构、事件），保留分析员的更正、否决和核实结果。进度输出到标准错误。</translation>
    </message>
    <message>
        <source>failed    %1
</source>
        <translation>失败      %1
</translation>
    </message>
    <message>
        <source>%1 reports reprocessed, %2 failed: %3 publication dates changed, events %4 -&gt; %5 (%6 corrected or rejected by an analyst kept) (%7 s)
</source>
        <translation>已重新处理 %1 份报告，%2 份失败：%3 个发布日期有变化，事件 %4 -&gt; %5（保留分析员更正或否决的 %6 个）（%7 秒）
</translation>
    </message>
    <message>
        <source>duplicate %1 (duplicate of report %2: the same article, %3% shared)
</source>
        <translation>重复    %1（与报告 %2 重复：同一篇文章，%3% 相同）
</translation>
    </message>
    <message>
        <source>no new report</source>
        <translation>无新报告</translation>
    </message>
    <message>
        <source>everything it holds is known already</source>
        <translation>其中内容均已存在</translation>
    </message>
    <message>
        <source>Export events, organisations and reports. stix writes one STIX 2.1 bundle (reports with their full text, verification and history, organisations, events with corrections, relationships) that another Lodestone imports without loss; csv, json and timelinejs write the events with their reports&apos; title, URL, publisher, date and grades.</source>
        <translation>导出事件、机构和报告。stix 写出一个 STIX 2.1 数据包（含全文、核实状态及其历史的报告，机构，含更正的事件，关系），另一个 Lodestone 可无损导入；csv、json 和 timelinejs 写出事件及其报告的标题、URL、发布方、日期和评级。</translation>
    </message>
    <message>
        <source>STIX: the team or analyst who shares the bundle, named as its creator (default: $LODESTONE_ANALYST, else the user name).</source>
        <translation>STIX：共享该数据包的团队或分析员，作为其创建者（默认：$LODESTONE_ANALYST，否则为用户名）。</translation>
    </message>
    <message>
        <source>STIX: what the author is: individual (default), group or organization.</source>
        <translation>STIX：创建者的类型：individual（个人，默认）、group（团队）或 organization（组织）。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>unknown author class &quot;%1&quot; (one of: individual, group, organization)</source>
        <translation>未知的创建者类型“%1”（可选：individual、group、organization）</translation>
    </message>
    <message>
        <source>%1, %2 and %3 written to %4 (%5)
</source>
        <translation>已将%1、%2和%3写入 %4（%5）
</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>Title printed at the top.</source>
        <translation>印在顶部的标题。</translation>
    </message>
    <message>
        <source>How dates are written: readable (4 Apr 2025, the default) or iso (2025-04-04).</source>
        <translation>日期写法：readable（2025年4月4日，默认）或 iso（2025-04-04）。</translation>
    </message>
    <message>
        <source>Timeline lanes: category (default), organisation or single.</source>
        <translation>时间线泳道：category（按类别，默认）、organisation（按机构）或 single（单一泳道）。</translation>
    </message>
    <message>
        <source>unknown --dates &quot;%1&quot; (one of: readable, iso)</source>
        <translation>未知的 --dates &quot;%1&quot;（可选：readable、iso）</translation>
    </message>
    <message>
        <source>unknown --lanes &quot;%1&quot; (one of: category, organisation, single)</source>
        <translation>未知的 --lanes &quot;%1&quot;（可选：category、organisation、single）</translation>
    </message>
    <message>
        <source>Render the timeline — a date range, lanes and filter of your choosing — to PNG, SVG or PDF with axis, lane and event labels, legend, title, filter subtitle and sources footer, headless.</source>
        <translation>在无界面模式下将时间线（日期范围、泳道和筛选条件均可自选）渲染为 PNG、SVG 或 PDF，含时间轴、泳道与事件标签、图例、标题、筛选条件副标题和来源脚注。</translation>
    </message>
    <message>
        <source>Format: png, svg or pdf (default: from the --out suffix).</source>
        <translation>格式：png、svg 或 pdf（默认取 --out 的扩展名）。</translation>
    </message>
    <message>
        <source>Only this lane (repeatable): a category key with --lanes category, an organisation name or alias with --lanes organisation.</source>
        <translation>只画此泳道（可重复）：--lanes category 时为类别键，--lanes organisation 时为机构名称或别名。</translation>
    </message>
    <message>
        <source>Paper size, landscape: a4 (default), a3, letter or slide (16:9).</source>
        <translation>纸张大小（横向）：a4（默认）、a3、letter 或 slide（16:9）。</translation>
    </message>
    <message>
        <source>Resolution of a PNG, in dots per inch (default 300).</source>
        <translation>PNG 的分辨率，单位为每英寸点数（默认 300）。</translation>
    </message>
    <message>
        <source>Width in pixels (instead of --page and --dpi).</source>
        <translation>宽度，单位为像素（代替 --page 和 --dpi）。</translation>
    </message>
    <message>
        <source>Height in pixels (instead of --page and --dpi).</source>
        <translation>高度，单位为像素（代替 --page 和 --dpi）。</translation>
    </message>
    <message>
        <source>unknown --page &quot;%1&quot; (one of: a4, a3, letter, slide)</source>
        <translation>未知的 --page &quot;%1&quot;（可选：a4、a3、letter、slide）</translation>
    </message>
    <message>
        <source>invalid --dpi &quot;%1&quot; (expected 36 to 1200)</source>
        <translation>无效的 --dpi &quot;%1&quot;（应为 36 到 1200）</translation>
    </message>
    <message>
        <source>invalid --width/--height (expected 64 to 16000 pixels)</source>
        <translation>无效的 --width/--height（应为 64 到 16000 像素）</translation>
    </message>
    <message>
        <source>--lane needs --lanes category or --lanes organisation</source>
        <translation>--lane 需要 --lanes category 或 --lanes organisation</translation>
    </message>
    <message>
        <source>no organisation is called &quot;%1&quot; (see lodestone orgs)</source>
        <translation>没有名为 &quot;%1&quot; 的机构（见 lodestone orgs）</translation>
    </message>
    <message>
        <source>timeline (%1) written to %2: %3 x %4 px, %5 lanes, %6 events, %7 labels
</source>
        <translation>时间线（%1）已写入 %2：%3 x %4 像素，%5 条泳道，%6 个事件，%7 个标签
</translation>
    </message>
    <message>
        <source>Write the briefing PDF — title page with key figures, the timeline, the four charts, the event table and the numbered sources — for the filter, headless.</source>
        <translation>在无界面模式下按筛选条件写出简报 PDF：含关键数字的标题页、时间线、四张图表、事件表和编号的来源列表。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>the briefing is a PDF: --out must end in .pdf</source>
        <translation>简报是 PDF 文件：--out 必须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>briefing written to %1: %2 pages, %3 events, %4 sources
</source>
        <translation>简报已写入 %1：%2 页，%3 个事件，%4 个来源
</translation>
    </message>
</context>
<context>
    <name>lodestone</name>
    <message>
        <source>Critical minerals briefing</source>
        <translation>关键矿产简报</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>无事件</translation>
    </message>
    <message>
        <source>events match the filter</source>
        <translation>个事件符合筛选条件</translation>
    </message>
    <message>
        <source>source reports, %1 verified</source>
        <translation>份来源报告，其中 %1 份已核实</translation>
    </message>
    <message>
        <source>events without a verified report</source>
        <translation>个事件缺少已核实的报告</translation>
    </message>
    <message>
        <source>period covered</source>
        <translation>覆盖时段</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>one bar per %1</source>
        <translation>按%1汇总</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <extracomment>page title: the event table&apos;s page %1 of %2 pages</extracomment>
        <translation>事件（第 %1 页，共 %2 页）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Sources (%1 of %2)</source>
        <extracomment>page title: the source list&apos;s page %1 of %2 pages</extracomment>
        <translation>来源（第 %1 页，共 %2 页）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>显示范围：%1</translation>
    </message>
</context>
<context>
    <name>lodestone::AboutDialog</name>
    <message>
        <source>About Lodestone</source>
        <translation>关于 Lodestone</translation>
    </message>
    <message>
        <source>Intelligence dashboard for China&apos;s rare-earth and critical-minerals supply chain.</source>
        <translation>面向中国稀土与关键矿产供应链的情报分析仪表板。</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>spdlog</source>
        <translation>spdlog</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>lodestone::AnalystName</name>
    <message>
        <source>Analyst Name</source>
        <translation>分析员姓名</translation>
    </message>
    <message>
        <source>Your name, recorded with every verification and correction:</source>
        <translation>您的姓名（每次核实和更正时都会一并记录）：</translation>
    </message>
</context>
<context>
    <name>lodestone::BriefingTables</name>
    <message>
        <source>… more events match the filter; export CSV for the full list</source>
        <translation>… 另有更多事件符合筛选条件；如需完整列表，请导出 CSV</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Verification [sources]</source>
        <translation>核实状态 [来源]</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>（无标题报告）</translation>
    </message>
    <message>
        <source>No reports back the events of this filter.</source>
        <translation>当前筛选出的事件没有任何报告支持。</translation>
    </message>
</context>
<context>
    <name>lodestone::ChartBuilder</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Events over time by category</source>
        <translation>各类别事件随时间的分布</translation>
    </message>
    <message>
        <source>Events by category</source>
        <translation>各类别事件数量</translation>
    </message>
    <message>
        <source>Organisations with the most events</source>
        <translation>事件最多的机构</translation>
    </message>
    <message>
        <source>Verification status of events and reports</source>
        <translation>事件与报告的核实状态</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年Q%1</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <translation>yy年M月d日</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>lodestone::ChartCaptions</name>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>all dates (%1 – %2)</source>
        <translation>全部日期（%1 – %2）</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>verified reports only</source>
        <translation>仅限已核实报告</translation>
    </message>
    <message>
        <source>reports: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>verified and unverified reports</source>
        <translation>已核实和未核实的报告</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>匹配“%1”</translation>
    </message>
    <message>
        <source> in the whole database</source>
        <translation>（整个数据库）</translation>
    </message>
    <message>
        <source>Includes unverified reports: %1 of %2 events are not backed by a verified report</source>
        <translation>含未核实报告：%2 个事件中有 %1 个没有已核实报告支持</translation>
    </message>
    <message>
        <source>one bar per %1</source>
        <translation>按%1汇总</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 个机构</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 个机构</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>Sources: %1 (%2 verified)</source>
        <translation>来源：%1（其中 %2 份已核实）</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 份报告</translation>
    </message>
</context>
<context>
    <name>lodestone::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>导出简报包</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1×（屏幕）</translation>
    </message>
    <message>
        <source>2× (slides, default)</source>
        <translation>2×（幻灯片，默认）</translation>
    </message>
    <message>
        <source>3× (print)</source>
        <translation>3×（打印）</translation>
    </message>
    <message>
        <source>Text scale:</source>
        <translation>文字缩放：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>optional, e.g. OFFICIAL – handle within team</source>
        <translation>可选，例如：内部 – 仅限团队内使用</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>lodestone::ChartsPanel</name>
    <message>
        <source>Bars per:</source>
        <translation>柱形时段：</translation>
    </message>
    <message>
        <source>Briefing PDF…</source>
        <translation>简报 PDF…</translation>
    </message>
    <message>
        <source>Export the briefing pack: charts, event table and numbered sources</source>
        <translation>导出简报包：图表、事件表和编号的来源</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chart as an image with title and sources</source>
        <translation>将图表连同标题和来源复制为图像</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Charts could not be loaded: %1</source>
        <translation>无法加载图表：%1</translation>
    </message>
    <message>
        <source>%1 unverified</source>
        <translation>%1 个未核实</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2：%3 / %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 (%5%)</source>
        <translation>%1 · %2：%3 / %4（%5%）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.

%2</source>
        <translation>无法将图表写入 %1。

%2</translation>
    </message>
    <message>
        <source>Rare-earth supply chain briefing</source>
        <translation>稀土供应链简报</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>正在准备简报…</translation>
    </message>
    <message>
        <source>Briefing not written</source>
        <translation>简报未写入</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>简报已写入 %1</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>The briefing could not be written to %1.

%2</source>
        <translation>无法将简报写入 %1。

%2</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
</context>
<context>
    <name>lodestone::DatabaseMenu</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Databases</source>
        <translation>清除最近打开的数据库(&amp;C)</translation>
    </message>
    <message>
        <source>No Other Recent Databases</source>
        <translation>没有其他最近打开的数据库</translation>
    </message>
    <message>
        <source>Lodestone databases (*.sqlite *.db);;All files (*)</source>
        <translation>Lodestone 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>new-database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database….</source>
        <translation>%1 已存在。请换一个名称，或通过“文件 › 打开数据库…”打开它。</translation>
    </message>
</context>
<context>
    <name>lodestone::DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate format of a day: day, abbreviated month name, year (&quot;4 Apr 2025&quot;); Chinese puts the year first</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>QDate format of a month (&quot;Apr 2025&quot;); Chinese puts the year first</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>a quarter of a year: %1 the quarter (1-4), %2 the year (&quot;Q2 2025&quot;)</extracomment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a range of dates, e.g. &quot;3 Feb 2025 – 7 Feb 2025&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a date with a time: %1 the date (&quot;4 Apr 2025&quot;), %2 the time (&quot;17:45&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lodestone::DateStyleMenu</name>
    <message>
        <source>&amp;Dates</source>
        <translation>日期格式(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Day Month Year (%1)</source>
        <extracomment>%1 is today&apos;s date written this way, e.g. &quot;4 Apr 2025&quot;</extracomment>
        <translation>年月日(&amp;D)（%1）</translation>
    </message>
    <message>
        <source>&amp;ISO 8601 (%1)</source>
        <extracomment>%1 is today&apos;s date written this way, e.g. &quot;2025-04-04&quot;</extracomment>
        <translation>&amp;ISO 8601（%1）</translation>
    </message>
</context>
<context>
    <name>lodestone::EventDetailPanel</name>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reject Event</source>
        <translation>否定事件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark the event as false: it disappears from the timeline, tables and charts</source>
        <translation>将事件标记为不实：它将从时间线、表格和图表中消失</translation>
    </message>
    <message>
        <source>Restore Event</source>
        <translation>恢复事件</translation>
    </message>
    <message>
        <source>Reason (recorded with the correction):</source>
        <translation>理由（随更正一并记录）：</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>选择一个事件以查看详情。</translation>
    </message>
    <message>
        <source>Event %1 is not in the database.</source>
        <translation>数据库中没有事件 %1。</translation>
    </message>
    <message>
        <source>Could not load the event: %1</source>
        <translation>无法加载事件：%1</translation>
    </message>
    <message>
        <source>%1 (%2 precision, rule %3)</source>
        <translation>%1（精确到%2，依据：%3）</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>verified by at least one report</source>
        <translation>至少有一份已核实报告支持</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>REJECTED by an analyst</source>
        <translation>已被分析员否定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>undated (%1): Edit… to date it</source>
        <translation>无日期（%1）：点击“编辑…”为其设定日期</translation>
    </message>
    <message>
        <source>LOW confidence %1: check the evidence</source>
        <translation>置信度低（%1）：请核对证据</translation>
    </message>
    <message>
        <source>PLANNED: dated after the report that states it</source>
        <translation>计划中：日期晚于陈述它的报告</translation>
    </message>
    <message>
        <source>EFFECTIVE FROM this date: after the report that states it</source>
        <translation>自此日起生效：日期晚于陈述它的报告</translation>
    </message>
    <message>
        <source>figures: %1</source>
        <translation>数字：%1</translation>
    </message>
    <message>
        <source>trigger “%1” · %2</source>
        <translation>触发词“%1” · %2</translation>
    </message>
    <message>
        <source>added or edited by an analyst</source>
        <translation>由分析员添加或修改</translation>
    </message>
    <message>
        <source> · confidence %1</source>
        <translation> · 置信度 %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Backing reports</source>
        <translation>依据的报告</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正记录</translation>
    </message>
</context>
<context>
    <name>lodestone::EventEditDialog</name>
    <message>
        <source>This event is false (reject it)</source>
        <translation>此事件不实（否定该事件）</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Why (recorded with the correction)</source>
        <translation>原因（随更正一并记录）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>The date covers the whole month, quarter or year that contains the chosen day, or the days from the first date to the second (Range)</source>
        <translation>日期涵盖所选日期所在的整月、整季度或整年，或从第一个日期到第二个日期之间的各天（日期范围）</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <source>The date range ends (%1) before it starts (%2). Choose a last day on or after the first.</source>
        <translation>日期范围的结束日（%1）早于开始日（%2）。请选择不早于开始日的结束日。</translation>
    </message>
    <message>
        <source>No known date (undated)</source>
        <translation>日期未知（无日期）</translation>
    </message>
    <message>
        <source>The report gives no day for this event; untick to give it the date below</source>
        <translation>报告没有给出此事件的日期；取消勾选即可设为下方的日期</translation>
    </message>
    <message>
        <source>As reported (happened)</source>
        <translation>按报道（已发生）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>自此日起生效</translation>
    </message>
    <message>
        <source>Planned or effective-from: the date lies after the report that states it</source>
        <translation>计划中或自某日起生效：日期晚于陈述它的报告</translation>
    </message>
    <message>
        <source>T&amp;iming:</source>
        <translation>时态(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>lodestone::EventExportController</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>STIX 2.1 数据包 (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS 时间线 (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>Lodestone events</source>
        <translation>Lodestone 事件</translation>
    </message>
    <message numerus="yes">
        <source>%n events exported on %1</source>
        <translation>
            <numerusform>于 %1 导出 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>The events could not be written to %1.

%2</source>
        <translation>无法将事件写入 %1。

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n events written to %1</source>
        <translation>
            <numerusform>已将 %n 个事件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The events could not be exported: %1</source>
        <translation>无法导出事件：%1</translation>
    </message>
</context>
<context>
    <name>lodestone::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Low confidence (%1): check the evidence.
%2</source>
        <translation>置信度低（%1）：请核对证据。
%2</translation>
    </message>
</context>
<context>
    <name>lodestone::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n categor(ies)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>Search reports and events…</source>
        <translation>搜索报告和事件…</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>起：不限</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>止：不限</translation>
    </message>
    <message>
        <source>Events ending on or after this day</source>
        <translation>在此日期当天或之后结束的事件</translation>
    </message>
    <message>
        <source>Events starting on or before this day</source>
        <translation>在此日期当天或之前开始的事件</translation>
    </message>
    <message>
        <source>Organisation…</source>
        <translation>机构…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Verified only</source>
        <translation>仅已核实</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>No report and no event matches the filter: Reset clears it</source>
        <translation>没有报告或事件符合筛选条件：点“重置”清除筛选</translation>
    </message>
</context>
<context>
    <name>lodestone::GuiSession</name>
    <message>
        <source>The file is not a Lodestone (SQLite) database.</source>
        <translation>该文件不是 Lodestone（SQLite）数据库。</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed).</source>
        <translation>数据库已损坏（完整性检查未通过）。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lodestone.</source>
        <translation>该数据库由更新版本的 Lodestone 写入。</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only file or folder).</source>
        <translation>无法写入数据库（文件或文件夹为只读）。</translation>
    </message>
    <message>
        <source>The database is locked by another program.</source>
        <translation>数据库已被其他程序锁定。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Lodestone cannot open %1.</source>
        <translation>Lodestone 无法打开 %1。</translation>
    </message>
    <message>
        <source>Another Lodestone process (process id %1) is using this database. Close it first, or open another database.</source>
        <translation>另一个 Lodestone 进程（进程号 %1）正在使用此数据库。请先将其关闭，或打开其他数据库。</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>文件未作任何改动。</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, before opening another database.</source>
        <translation>正在导入。请等待导入完成或将其取消，然后再打开其他数据库。</translation>
    </message>
</context>
<context>
    <name>lodestone::HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1（原为：%2）</translation>
    </message>
    <message>
        <source>Reliability: %1
Credibility: %2</source>
        <translation>来源可靠性：%1
信息可信度：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>one line of the verification history: %1 the analyst, %2 the action, %3 &quot;old → new&quot;</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>lodestone::ImportController</name>
    <message>
        <source>Preparing import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing reports</source>
        <translation>正在导入报告</translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation>正在导入第 %1 个，共 %2 个
%3</translation>
    </message>
</context>
<context>
    <name>lodestone::ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n 个未尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>The import stopped because the disk is full. The reports imported before that are kept; %n file(s) were not attempted. Free some disk space and import the same files again: the reports already stored will be listed as duplicates.</source>
        <translation>
            <numerusform>磁盘已满，导入已停止。此前已导入的报告均已保留；有 %n 个文件未尝试导入。请释放磁盘空间后重新导入这些文件：已保存的报告将显示为重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>already imported as report %1</source>
        <translation>已作为报告 %1 导入</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>stopped: disk full</source>
        <translation>已停止：磁盘已满</translation>
    </message>
    <message>
        <source>duplicate of report %1: the same article saved differently (%2% shared)</source>
        <translation>与报告 %1 重复：同一篇文章的另一份保存（%2% 相同）</translation>
    </message>
    <message>
        <source>nothing new: everything it holds is known already</source>
        <translation>无新内容：其中内容均已存在</translation>
    </message>
</context>
<context>
    <name>lodestone::MainWindow</name>
    <message>
        <source>Could not load data: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>Correction failed: %1</source>
        <translation>更正失败：%1</translation>
    </message>
    <message>
        <source>Lodestone</source>
        <translation>Lodestone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Corpus</source>
        <translation>载入演示语料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Fit All Events</source>
        <translation>显示全部事件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Lodestone</source>
        <translation>关于 Lodestone(&amp;A)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n 份已核实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Reports (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.xml *.rss *.atom *.pdf *.json *.csv);;All files (*)</source>
        <translation>报告 (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.xml *.rss *.atom *.pdf *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup failed.

%1</source>
        <translation>备份失败。

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export &amp;Events…</source>
        <translation>导出事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Showing the %L1 best-ranked of %L2 matching reports; refine the search to see the others.</source>
        <translation>显示 %L2 份匹配报告中排名最前的 %L1 份；缩小搜索范围可查看其余报告。</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;process Reports…</source>
        <translation>重新处理报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Read every stored report again with the current rules, keeping analysts&apos; corrections</source>
        <translation>用当前规则重新读取所有已存储的报告，保留分析员的更正</translation>
    </message>
    <message>
        <source>&amp;Correct Publication Date, URL, Publisher…</source>
        <translation>更正发布日期、网址、发布方(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>导出时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>No reports match the filter.</source>
        <translation>没有报告符合筛选条件。</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>没有事件符合筛选条件。</translation>
    </message>
</context>
<context>
    <name>lodestone::OrgNamesMenu</name>
    <message>
        <source>&amp;Organisation Names</source>
        <translation>机构名称(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chinese (中文)</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Both (English 中文)</source>
        <extracomment>Both names, English first, e.g. &quot;Baogang Group 包钢集团&quot;</extracomment>
        <translation>中英文并列(&amp;B)</translation>
    </message>
</context>
<context>
    <name>lodestone::ReportMetadataDialog</name>
    <message>
        <source>Set the publication date</source>
        <translation>设定发布日期</translation>
    </message>
    <message>
        <source>Correct Report Metadata</source>
        <translation>更正报告元数据</translation>
    </message>
    <message>
        <source>Now: published %1 (%2 precision; %3). Events dated from it are resolved again when it changes.</source>
        <translation>当前：发布于 %1（精度为%2；%3）。更改后，依据它确定日期的事件将重新确定日期。</translation>
    </message>
    <message>
        <source>Now: no publication date, so its partial and relative dates are undated. Setting one dates them.</source>
        <translation>当前：没有发布日期，因此其中不完整和相对的日期都没有确定。设定发布日期即可确定这些日期。</translation>
    </message>
    <message>
        <source>Why (recorded with the correction)</source>
        <translation>原因（与更正一同记录）</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>Pu&amp;blisher:</source>
        <translation>发布方(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>lodestone::ReportMetadataEditor</name>
    <message>
        <source>Report %1 is not in the database.</source>
        <translation>数据库中没有报告 %1。</translation>
    </message>
    <message>
        <source>Could not correct report %1: %2</source>
        <translation>无法更正报告 %1：%2</translation>
    </message>
    <message>
        <source>Report %1 corrected; its events were resolved again.</source>
        <translation>报告 %1 已更正；其事件已重新确定日期。</translation>
    </message>
</context>
<context>
    <name>lodestone::ReportReader</name>
    <message>
        <source>Select a report to read it.</source>
        <translation>选择一份报告以阅读。</translation>
    </message>
    <message>
        <source>Report %1 is not in the database.</source>
        <translation>数据库中没有报告 %1。</translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation>无法加载报告：%1</translation>
    </message>
    <message>
        <source>(untitled report %1)</source>
        <translation>（无标题报告 %1）</translation>
    </message>
    <message>
        <source>published %1 (%2 precision, rule %3)</source>
        <translation>发布于 %1（精确到%2，依据：%3）</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>发布日期不详</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>语言 %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>格式 %1</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>在网页浏览器中打开 %1</translation>
    </message>
    <message>
        <source>The text was repaired after decoding from %1: %2</source>
        <translation>正文按 %1 解码后经过修复：%2</translation>
    </message>
    <message>
        <source>an unknown encoding</source>
        <translation>未知编码</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the publication date, URL or publisher; the report&apos;s events are dated again</source>
        <translation>更正发布日期、网址或发布方；报告中的事件将重新确定日期</translation>
    </message>
</context>
<context>
    <name>lodestone::ReportTableModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>来源可靠性</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>信息可信度</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1，由 %2 于 %3 标记</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>lodestone::ReprocessController</name>
    <message>
        <source>Reprocess Reports</source>
        <translation>重新处理报告</translation>
    </message>
    <message>
        <source>Read every stored report again with the current rules: publication dates, URLs, publishers, organisations and events are worked out again.

Corrections, rejections and verification made by analysts are kept. Go on?</source>
        <translation>用当前规则重新读取所有已存储的报告：重新确定发布日期、网址、发布方、机构和事件。

分析员所做的更正、否决和核实都会保留。是否继续？</translation>
    </message>
    <message>
        <source>Reading the stored reports…</source>
        <translation>正在读取已存储的报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reprocessing reports</source>
        <translation>正在重新处理报告</translation>
    </message>
    <message>
        <source>Reprocessed %1 of %2 reports</source>
        <translation>已重新处理 %1 / %2 份报告</translation>
    </message>
    <message>
        <source>%1 reports reprocessed: %2 publication dates changed, events %3 → %4 (%5 corrected or rejected by an analyst kept).</source>
        <translation>已重新处理 %1 份报告：%2 个发布日期有变化，事件 %3 → %4（保留分析员更正或否决的 %5 个）。</translation>
    </message>
    <message>
        <source>Cancelled: the reports not reached are as they were.</source>
        <translation>已取消：尚未处理的报告保持原样。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 份失败：%2</translation>
    </message>
</context>
<context>
    <name>lodestone::TagCommand</name>
    <message>
        <source>graded</source>
        <translation>已评级</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n report(s) %1</source>
        <translation>
            <numerusform>将 %n 份报告标记为%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineChart</name>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>显示 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) not shown</source>
        <translation>
            <numerusform>另有 %n 条泳道未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineEmptyState</name>
    <message>
        <source>This database has no reports yet</source>
        <translation>此数据库中还没有报告</translation>
    </message>
    <message>
        <source>Lodestone reads the reports you collect — articles, saved web pages, RSS and Atom feeds, PDFs, JSON or CSV lists — repairs their text, finds the organisations they name and the dated events they describe, and lays those events out here on a timeline, each linked to the sentence that supports it. You then grade and verify the reports and export charts and briefings.</source>
        <translation>Lodestone 读取您收集的报告——文章、保存的网页、RSS 和 Atom 订阅源、PDF、JSON 或 CSV 列表——修复其文本，找出其中提到的机构和带日期的事件，并把这些事件排列在这里的时间线上，每个事件都链接到支持它的原句。随后您可以为报告评级、核实，并导出图表和简报。</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Load the demo corpus</source>
        <translation>载入演示语料</translation>
    </message>
    <message>
        <source>The demo corpus holds short write-ups of real, public rare-earth supply-chain events, so you can try every view before importing your own material.</source>
        <translation>演示语料收录了关于真实、公开的稀土供应链事件的简短报道，便于您在导入自己的材料之前试用各个视图。</translation>
    </message>
    <message>
        <source>…or drop files and folders anywhere on this window.</source>
        <translation>……或将文件和文件夹拖放到此窗口的任意位置。</translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <extracomment>the dates the timeline export shows, e.g. &quot;shown: 1 Jan 2020 – 31 Dec 2024&quot;</extracomment>
        <translation>显示范围：%1</translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineExportDialog</name>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter 横向</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>As on Screen</source>
        <translation>与屏幕一致</translation>
    </message>
    <message>
        <source>The dates the timeline shows now: %1</source>
        <translation>时间线当前显示的日期：%1</translation>
    </message>
    <message>
        <source>Filter / All Events</source>
        <translation>筛选条件 / 全部事件</translation>
    </message>
    <message>
        <source>The filter&apos;s dates, else the first to the last matching event: %1</source>
        <translation>筛选条件的日期；未设日期时为第一个到最后一个匹配事件：%1</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>按类别分泳道</translation>
    </message>
    <message>
        <source>Lanes by organisation</source>
        <translation>按机构分泳道</translation>
    </message>
    <message>
        <source>Single lane</source>
        <translation>单一泳道</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图像</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>optional, e.g. OFFICIAL – handle within team</source>
        <translation>可选，例如：内部 – 仅限团队内使用</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>泳道：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>密级标识：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>lodestone::TimelinePanel</name>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>按类别分泳道</translation>
    </message>
    <message>
        <source>Lanes by organisation</source>
        <translation>按机构分泳道</translation>
    </message>
    <message>
        <source>Single lane</source>
        <translation>单一泳道</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>显示全部事件（Home）</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>无日期（%1）</translation>
    </message>
    <message>
        <source>Show or hide the events with no known day beside the timeline</source>
        <translation>在时间轴旁显示或隐藏日期未知的事件</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>The timeline could not be written to %1.

%2</source>
        <translation>无法将时间线写入 %1。

%2</translation>
    </message>
    <message numerus="yes">
        <source>Timeline written to %1: %n event(s)</source>
        <translation>
            <numerusform>时间线已写入 %1：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the timeline — dates, lanes and filter of your choosing — as PDF, PNG or SVG</source>
        <translation>将时间线（日期、泳道和筛选条件均可自选）导出为 PDF、PNG 或 SVG</translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineView</name>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 – %3&lt;br&gt;&lt;i&gt;Click to zoom in&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 – %3&lt;br&gt;&lt;i&gt;点击放大&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
</context>
<context>
    <name>lodestone::UndatedList</name>
    <message>
        <source>No known date: select it and use Edit… in the event details to date it.</source>
        <translation>日期未知：选中后在事件详情中点击“编辑…”为其设定日期。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (first %1): no day known</source>
        <translation>&lt;b&gt;无日期&lt;/b&gt;（前 %1 个）：日期未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (%1): no day known</source>
        <translation>&lt;b&gt;无日期&lt;/b&gt;（%1）：日期未知</translation>
    </message>
    <message>
        <source>Events whose report has no publication date and whose sentence gives no date. They match the filter except its date range.</source>
        <translation>报告没有发布日期、句中也没有日期的事件。它们符合除日期范围以外的筛选条件。</translation>
    </message>
</context>
<context>
    <name>lodestone::UserGuideDialog</name>
    <message>
        <source>Lodestone User Guide</source>
        <translation>Lodestone 用户指南</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Bring reports in with File › Import Files… or Import Folder…, or drop files and folders on the window. Lodestone repairs their text, finds the organisations and dated events they describe and shows the events on the timeline. An empty database offers the demo corpus to try things out.</source>
        <translation>通过“文件 › 导入文件…”或“导入文件夹…”导入报告，或将文件和文件夹拖放到窗口上。Lodestone 会修复其文本，找出其中描述的机构和带日期的事件，并在时间线上显示这些事件。空数据库会提供演示语料供您试用。</translation>
    </message>
    <message>
        <source>Click a marker to see the event&apos;s details, double-click it to read the report behind it, and grade reports in the Verification panel. The filter bar narrows the timeline, the tables and the charts together.</source>
        <translation>单击标记可查看事件详情，双击可阅读其背后的报告，并在“核实”面板中为报告评级。筛选栏会同时缩小时间线、表格和图表的范围。</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>Mouse wheel, + and −</source>
        <translation>鼠标滚轮、+ 和 −</translation>
    </message>
    <message>
        <source>Zoom the timeline around the cursor</source>
        <translation>以光标为中心缩放时间线</translation>
    </message>
    <message>
        <source>Drag, ← and →</source>
        <translation>拖动、← 和 →</translation>
    </message>
    <message>
        <source>Move along the timeline</source>
        <translation>沿时间线移动</translation>
    </message>
    <message>
        <source>Shift+wheel, ↑ and ↓</source>
        <translation>Shift+滚轮、↑ 和 ↓</translation>
    </message>
    <message>
        <source>Scroll through the lanes</source>
        <translation>在各泳道间滚动</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+拖动</translation>
    </message>
    <message>
        <source>Select a time range (it becomes the date filter)</source>
        <translation>选择时间范围（成为日期筛选条件）</translation>
    </message>
    <message>
        <source>Fit all events in view</source>
        <translation>显示全部事件</translation>
    </message>
    <message>
        <source>Clear the selected event</source>
        <translation>取消选中事件</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>从数据库重新载入</translation>
    </message>
    <message>
        <source>Mark the selected reports verified</source>
        <translation>将选中的报告标记为已核实</translation>
    </message>
    <message>
        <source>Mark them disputed</source>
        <translation>标记为有争议</translation>
    </message>
    <message>
        <source>Mark them rejected</source>
        <translation>标记为已否定</translation>
    </message>
    <message>
        <source>Mark them unverified</source>
        <translation>标记为未核实</translation>
    </message>
    <message>
        <source>Undo or redo a verification change</source>
        <translation>撤销或重做核实更改</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>本指南</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>What the timeline shows</source>
        <translation>时间线上的标记</translation>
    </message>
    <message>
        <source>A &lt;b&gt;hollow circle&lt;/b&gt; is an event whose reports are all still unverified.</source>
        <translation>&lt;b&gt;空心圆&lt;/b&gt;表示该事件的所有报告都尚未核实。</translation>
    </message>
    <message>
        <source>A &lt;b&gt;filled circle&lt;/b&gt; is backed by at least one verified report.</source>
        <translation>&lt;b&gt;实心圆&lt;/b&gt;表示该事件至少有一份已核实的报告支持。</translation>
    </message>
    <message>
        <source>A &lt;b&gt;struck-through, faded marker&lt;/b&gt; is disputed, or rejected (the event or its reports).</source>
        <translation>&lt;b&gt;带删除线的淡色标记&lt;/b&gt;表示有争议或已否定（事件本身或其报告）。</translation>
    </message>
    <message>
        <source>A &lt;b&gt;bar&lt;/b&gt; is an event known only to the month, quarter or year: it spans that whole period.</source>
        <translation>&lt;b&gt;横条&lt;/b&gt;表示只知道月份、季度或年份的事件：它横跨整个时期。</translation>
    </message>
    <message>
        <source>A &lt;b&gt;numbered badge&lt;/b&gt; is a cluster of events too close to tell apart at this zoom; zoom in to separate them.</source>
        <translation>&lt;b&gt;带数字的徽标&lt;/b&gt;表示在当前缩放级别下无法区分的一组事件；放大即可分开。</translation>
    </message>
    <message>
        <source>Colours are categories (policy, export control, quota, partnership…); lanes are categories, organisations or a single lane, as chosen above the timeline.</source>
        <translation>颜色代表类别（政策、出口管制、配额、合作……）；泳道按类别、机构或单一泳道排列，可在时间线上方选择。</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <source>One SQLite file holds the reports, events, organisations and the whole verification history. Copy it with File › Back Up Database… while Lodestone runs; open another one with File › Open Database….</source>
        <translation>一个 SQLite 文件保存了报告、事件、机构以及完整的核实历史。Lodestone 运行时可通过“文件 › 备份数据库…”复制它；通过“文件 › 打开数据库…”打开其他数据库。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>The command line works on the same files: run &lt;tt&gt;lodestone --help&lt;/tt&gt;.</source>
        <translation>命令行使用相同的文件：运行 &lt;tt&gt;lodestone --help&lt;/tt&gt;。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;text beside a marker or bar&lt;/b&gt; is the event&apos;s title, shortened with … where room is short; the selected event and the one under the mouse are always named.</source>
        <translation>标记或条形旁的&lt;b&gt;文字&lt;/b&gt;是事件的标题，空间不足时以 … 缩短；选中的事件和鼠标所指的事件总会显示标题。</translation>
    </message>
    <message>
        <source>&lt;b&gt;File › Export Timeline…&lt;/b&gt; draws the timeline for the dates, lanes and filter you choose — with its axis, lane names, titles, legend and sources — as a PDF, a print-resolution PNG or an SVG.</source>
        <translation>&lt;b&gt;文件 › 导出时间线…&lt;/b&gt;按您选择的日期、泳道和筛选条件绘制时间线（含时间轴、泳道名称、标题、图例和来源），导出为 PDF、打印分辨率的 PNG 或 SVG。</translation>
    </message>
</context>
<context>
    <name>lodestone::VerificationPanel</name>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Verification status of the report</source>
        <translation>报告的核实状态</translation>
    </message>
    <message>
        <source>How reliable the source is, from A (completely reliable) to F (cannot be judged)</source>
        <translation>来源的可靠程度，从 A（完全可靠）到 F（无法判断）</translation>
    </message>
    <message>
        <source>How credible the information is, from 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>信息的可信程度，从 1（经其他来源证实）到 6（无法判断）</translation>
    </message>
    <message>
        <source>Why: sources checked, doubts…</source>
        <translation>理由：已核查的来源、疑点…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>来源可靠性(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>信息可信度(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>分析员：</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>最近更改：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu: undo the last change, %1 says what it was</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu: redo the change undone, %1 says what it was</extracomment>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Verified</source>
        <translation>标记为已核实(&amp;V)</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>标记为有争议(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>标记为已否定(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Unverified</source>
        <translation>标记为未核实(&amp;U)</translation>
    </message>
    <message>
        <source>(asked on first change)</source>
        <translation>（首次更改时询问）</translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>未选择报告。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) selected: changes apply to all of them.</source>
        <translation>
            <numerusform>已选择 %n 份报告：更改将应用于全部所选报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未更改</translation>
    </message>
    <message>
        <source>Mark Reports</source>
        <translation>标记报告</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n report(s) as %1?</source>
        <translation>
            <numerusform>将 %n 份报告标记为“%1”？</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Analyst…</source>
        <translation>更改分析员…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>(untitled report %1)</source>
        <translation>（无标题报告 %1）</translation>
    </message>
</context>
<context>
    <name>usage</name>
    <message>
        <source>Lodestone — rare-earth supply-chain intelligence dashboard

Usage:
  lodestone [--db PATH] [--lang CODE]            open the dashboard
  lodestone &lt;command&gt; [--db PATH] [options]      run one command without a window

Commands:
  import PATH...      import files or folders (text, HTML, Markdown, RSS/Atom, PDF, STIX 2.1, JSON/CSV)
  reports             list reports
  report ID           one report with its text and extracted entities
  events              list events matching a filter, oldest first
  orgs                list organisations
  verify ID           set a report&apos;s verification (appended to its history)
  history ID          a report&apos;s verification history
  export              export events (csv, json, stix, timelinejs)
  export-chart        render a dashboard chart to PNG, SVG or PDF, headless
  export-timeline     render the timeline (range, lanes, filter) to PNG, SVG or PDF, headless
  export-briefing     write the briefing PDF (timeline, charts, events, sources), headless
  demo                load the bundled demo corpus
  backup --out FILE   a consistent copy of the database
  reprocess           re-read and re-extract every stored report with the current rules

Global options:
  --db PATH           database file (default: $LODESTONE_DB, else lodestone.sqlite in the app data folder)
  --lang CODE         interface language, e.g. en or zh_CN
  --log-level LEVEL   log lines on stderr from this level on: trace, debug, info, warn, error, off
                      (default: $LODESTONE_LOG, else off; the log file always records info and above)
  -h, --help          this help; `lodestone &lt;command&gt; --help` describes a command
  -v, --version       versions of Lodestone, Qt, SQLite and spdlog

Exit codes: 0 success, 1 some inputs failed, 2 usage error or unusable database.
</source>
        <translation>Lodestone — 稀土供应链情报分析仪表板

用法：
  lodestone [--db PATH] [--lang CODE]            打开仪表板
  lodestone &lt;command&gt; [--db PATH] [options]      不打开窗口，执行一条命令

命令：
  import PATH...      导入文件或文件夹（文本、HTML、Markdown、RSS/Atom、PDF、STIX 2.1、JSON/CSV）
  reports             列出报告
  report ID           显示一份报告及其正文和抽取出的实体
  events              按时间先后列出符合筛选条件的事件
  orgs                列出机构
  verify ID           设置报告的核实结果（追加到其历史记录）
  history ID          显示报告的核实历史
  export              导出事件（csv、json、stix、timelinejs）
  export-chart        在无界面模式下将仪表板图表渲染为 PNG、SVG 或 PDF
  export-timeline     在无界面模式下将时间线（时间范围、泳道、筛选条件）渲染为 PNG、SVG 或 PDF
  export-briefing     在无界面模式下写出简报 PDF（时间线、图表、事件、来源）
  demo                载入内置的演示语料
  backup --out FILE   写出数据库的一致性副本
  reprocess           用当前规则重新读取并抽取所有已存储的报告

全局选项：
  --db PATH           数据库文件（默认为 $LODESTONE_DB，未设置时为应用数据文件夹中的 lodestone.sqlite）
  --lang CODE         界面语言，例如 en 或 zh_CN
  --log-level LEVEL   在 stderr 上显示从此级别起的日志行：trace、debug、info、warn、error、off
                      （默认为 $LODESTONE_LOG，未设置时为 off；日志文件始终记录 info 及以上级别）
  -h, --help          显示本帮助；`lodestone &lt;command&gt; --help` 说明单条命令
  -v, --version       显示 Lodestone、Qt、SQLite 和 spdlog 的版本

退出码：0 成功，1 部分输入失败，2 用法错误或数据库不可用。
</translation>
    </message>
</context>
</TS>
