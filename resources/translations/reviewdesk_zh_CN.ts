<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="94"/>
        <source>Loading scoring forms…</source>
        <translation>正在加载评分表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/main_window.py" line="107"/>
        <source>%n scoring form(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 张评分表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="120"/>
        <source>Criterion</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="121"/>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="122"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="123"/>
        <source>Guidance</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="132"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="133"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="134"/>
        <source>Veto items</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="170"/>
        <source>Expert desk</source>
        <translation>评审专家工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="172"/>
        <source>Open the review package you received to declare, read the materials and score. Until then, here are the scoring forms.</source>
        <translation>打开您收到的评审包，完成声明、阅读材料并评分。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="177"/>
        <source>Panel chair desk</source>
        <translation>专家组组长工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="179"/>
        <source>Open your chair package to import the experts&apos; score files and consolidate the grades. Until then, here are the scoring forms.</source>
        <translation>打开组长评审包，导入专家评分文件并汇总评定等次。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="184"/>
        <source>Commission desk</source>
        <translation>委员会工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="186"/>
        <source>Set up a round from these scoring forms, build the packages and publish the results.</source>
        <translation>依据这些评分表设立评审批次、生成评审包并发布结果。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="195"/>
        <source>reviewdesk — International S&amp;T Cooperation Base review</source>
        <translation>reviewdesk — 北京国际科技合作基地评审</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="199"/>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Scoring forms</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="200"/>
        <source>Selected scoring form</source>
        <translation>所选评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="216"/>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="223"/>
        <source>About reviewdesk</source>
        <translation>关于 reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="225"/>
        <source>reviewdesk %1
Offline expert review of Beijing&apos;s International S&amp;T Cooperation Bases.</source>
        <translation>reviewdesk %1
北京国际科技合作基地离线专家评审系统。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="29"/>
        <source>International S&amp;T Cooperation Base review</source>
        <translation>北京国际科技合作基地评审</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>Choose the role you work in today. Your key and the package you open decide what you may do.</source>
        <translation>请选择您本次的工作角色。您的密钥和所打开的评审包决定您可以进行的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>Expert</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>Open a review package, declare, read the materials and score the applicants offline.</source>
        <translation>打开评审包，签署声明，离线阅读材料并为申报单位评分。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>Panel chair</source>
        <translation>专家组组长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Import the experts&apos; score files, lead the discussion and decide each grade.</source>
        <translation>导入专家评分文件，主持讨论并评定每个单位的等次。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="58"/>
        <source>Commission</source>
        <translation>委员会工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>Set up rounds, build packages, import the panels&apos; results and publish them.</source>
        <translation>设立评审批次，生成评审包，导入各专家组结果并发布。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>Change role</source>
        <translation>切换角色</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="146"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="157"/>
        <source>&amp;About reviewdesk</source>
        <translation>关于 reviewdesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="77"/>
        <source>Round kind</source>
        <translation>评审类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="78"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="79"/>
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="80"/>
        <source>Criteria</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="81"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="82"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="27"/>
        <source>Recognition</source>
        <translation>认定申报评审</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="28"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="35"/>
        <source>Park</source>
        <translation>园区类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="36"/>
        <source>Research</source>
        <translation>科研类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="37"/>
        <source>Platform</source>
        <translation>平台类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="38"/>
        <source>Enterprise</source>
        <translation>企业类</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/reviewdesk/gui/messages.py" line="19"/>
        <source>Something went wrong that reviewdesk did not expect.</source>
        <translation>reviewdesk 遇到了意外错误。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="20"/>
        <source>The work was cancelled; nothing was changed.</source>
        <translation>操作已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="21"/>
        <source>{path} is not valid JSON: {reason}.</source>
        <translation>{path} 不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="22"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="23"/>
        <source>{path} is larger than the {limit} bytes allowed for this kind of file.</source>
        <translation>{path} 超过此类文件允许的 {limit} 字节上限。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="26"/>
        <source>The scoring form {path} is invalid at {field}: {reason}.</source>
        <translation>评分表 {path} 在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="29"/>
        <source>No scoring form matches “{ref}”.</source>
        <translation>没有与“{ref}”匹配的评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="30"/>
        <source>“{ref}” matches more than one scoring form; give more of its fingerprint.</source>
        <translation>“{ref}”匹配到多张评分表，请提供更长的指纹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="33"/>
        <source>{path} does not follow the score-sheet layout at {where}: {reason}.</source>
        <translation>{path} 在 {where} 处不符合评分表格式：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="36"/>
        <source>The database {path} was written by a newer version of reviewdesk (schema {found}; this version knows up to {supported}). Install the newer version to open it; the database was not changed.</source>
        <translation>数据库 {path} 由更新版本的 reviewdesk 写入（结构版本 {found}；本版本最高支持 {supported}）。请安装新版本后再打开；数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="42"/>
        <source>{path} is not a reviewdesk database; it was not changed.</source>
        <translation>{path} 不是 reviewdesk 数据库，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="47"/>
        <source>Unexpected error ({code}).</source>
        <translation>意外错误（{code}）。</translation>
    </message>
</context>
</TS>
