<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AllDocumentsSearch</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="185"/>
        <source>Reading the documents…</source>
        <translation>正在读取材料…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="195"/>
        <source>Reading document %1 of %2…</source>
        <translation>正在读取第 %1 份材料（共 %2 份）…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="219"/>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="226"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="234"/>
        <source>Not found in any document</source>
        <translation>所有材料中均未找到</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="236"/>
        <source>Matches: %1 · documents: %2</source>
        <translation>匹配 %1 处 · 涉及材料 %2 份</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="267"/>
        <source>Find in all documents (Ctrl+F)</source>
        <translation>在全部材料中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="268"/>
        <source>Find in all of this applicant&apos;s documents</source>
        <translation>在该申报单位的全部材料中查找</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/all_search.py" line="269"/>
        <source>Results in all documents</source>
        <translation>全部材料中的查找结果</translation>
    </message>
</context>
<context>
    <name>ApplicantDetail</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="228"/>
        <source>Scores per criterion and expert</source>
        <translation>各专家各指标得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="229"/>
        <source>The chosen expert&apos;s comments and opinion</source>
        <translation>所选专家的说明和意见</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="231"/>
        <source>Choose an expert&apos;s column to read their comments, opinion and vetoes.</source>
        <translation>选择某位专家所在列，查看其说明、总体意见和否决项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="256"/>
        <source>trimmed mean</source>
        <translation>去掉最高最低分后的平均分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="258"/>
        <source>mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="261"/>
        <source>Panel score {score} ({method}, {n} of {m} sheets count)</source>
        <translation>专家组得分 {score}（{method}，{m} 份中计入 {n} 份）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="267"/>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="271"/>
        <source>Recommendation: {r}</source>
        <translation>认定建议：{r}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="277"/>
        <source>Override reason: {reason}</source>
        <translation>调整理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="299"/>
        <source>(not counted)</source>
        <translation>（未计入）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="300"/>
        <source>Revision {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="303"/>
        <source>Declared a potential conflict of interest</source>
        <translation>已声明存在潜在利益关系</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="305"/>
        <source>Declared a disqualifying conflict of interest</source>
        <translation>已声明须回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="310"/>
        <source>{criterion}: {score}</source>
        <translation>{criterion}：{score}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="315"/>
        <source>Overall opinion:</source>
        <translation>总体意见：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="322"/>
        <source>Veto claimed: {item}</source>
        <translation>提出否决项：{item}</translation>
    </message>
</context>
<context>
    <name>ApplicantListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="68"/>
        <source>File no.</source>
        <translation>申报编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="69"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="70"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="71"/>
        <source>Declaration</source>
        <translation>回避声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ApplicantProblemsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="227"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="228"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="229"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ApplicantsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="240"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="241"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="242"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="243"/>
        <source>Host institution</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="244"/>
        <source>Contact</source>
        <translation>联系邮箱</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../src/reviewdesk/gui/app.py" line="84"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="520"/>
        <source>Excluded: {reason}</source>
        <translation>回避：{reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="74"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="75"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="76"/>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="77"/>
        <source>JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="83"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="125"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="126"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="127"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="157"/>
        <source>%1: reviewdesk cannot show this file type.</source>
        <translation>%1：reviewdesk 无法显示这种文件类型。</translation>
    </message>
</context>
<context>
    <name>BandPlot</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/band_plot.py" line="43"/>
        <source>Experts&apos; totals {totals}; panel score {score}</source>
        <translation>专家总分 {totals}；专家组得分 {score}</translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="65"/>
        <source>Build packages writes one package per expert and one per chair into a folder per panel; the hand-over list (who gets which file, its fingerprint) then appears here. An earlier build&apos;s list is in its output folder (handover-….pdf).</source>
        <translation>“生成评审包”会为每位专家和每位组长各生成一个评审包，按专家组分文件夹存放；随后交接清单（谁领取哪个文件及其指纹）将显示于此处。此前生成的清单保存在当次的输出文件夹中（handover-….pdf）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="104"/>
        <source>Build {build} of {when}: %n package(s); its hand-over list (PDF) is in that build&apos;s output folder.</source>
        <translation>
            <numerusform>{when} 的第 {build} 次生成：共 %n 个评审包；其交接清单（PDF）保存在当次的输出文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="123"/>
        <source>Where the packages go</source>
        <translation>评审包的存放位置</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="156"/>
        <source>Nothing stops the build.</source>
        <translation>没有妨碍生成评审包的问题。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="165"/>
        <source>Choose the folder for the packages first.</source>
        <translation>请先选择存放评审包的文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="177"/>
        <source>Building the packages…</source>
        <translation>正在生成评审包…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="192"/>
        <source>Build {build}: %n package(s) in {out}</source>
        <translation>
            <numerusform>第 {build} 次生成：共 %n 个评审包，位于 {out}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="196"/>
        <source>The packages are built; hand them over with the list below.</source>
        <translation>评审包已生成，请按下方清单交接。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="230"/>
        <source>Save the hand-over list</source>
        <translation>保存交接清单</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/build_page.py" line="251"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ChairBlockers</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="32"/>
        <source>{applicant}: flag to resolve in writing — {flag}{about}</source>
        <translation>{applicant}：待书面处理的提示——{flag}{about}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="36"/>
        <source>{applicant}: veto claim {item} to confirm or dismiss</source>
        <translation>{applicant}：否决项 {item} 待确认或驳回</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="40"/>
        <source>{applicant}: a decision was refused ({subject}); decide it again</source>
        <translation>{applicant}：一项决定未被接受（{subject}），请重新决定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="44"/>
        <source>Alarm: {expert} signed two different files as revision {revision}</source>
        <translation>警报：{expert} 对第 {revision} 版签署了两份不同的文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="48"/>
        <source>{applicant}: tied in the ranking with {subject}; set the order</source>
        <translation>{applicant}：与 {subject} 排名并列，请确定先后顺序</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="52"/>
        <source>A manual order cannot be used ({subject})</source>
        <translation>一项人工排序无法使用（{subject}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="56"/>
        <source>{applicant}: {expert}&apos;s signed file arrived after the paper sheet</source>
        <translation>{applicant}：{expert} 的签名评分文件在纸质评分表之后送达</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="60"/>
        <source>This version is finalised: reopen it to change anything</source>
        <translation>此版本已定稿；如需修改，请重新开启</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="73"/>
        <source>{position}. {ref} {name} — {score}, {grade}</source>
        <translation>{position}. {ref} {name}——{score}，{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="80"/>
        <source>(tied: the rules cannot separate them; set a manual order)</source>
        <translation>（并列：按规则无法区分，请确定人工排序）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="85"/>
        <source>below {other}: {rule}</source>
        <translation>列于 {other} 之后：{rule}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="91"/>
        <source>published as {grade}: beyond the Excellent quota</source>
        <translation>公布为{grade}：超出优秀比例限额</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="97"/>
        <source>not ranked: a veto is confirmed</source>
        <translation>不参与排名：否决项已确认</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="99"/>
        <source>not ranked: too few sheets</source>
        <translation>不参与排名：有效评分表不足</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="107"/>
        <source>Excellent quota: not used in this round.</source>
        <translation>优秀比例限额：本轮未设。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="111"/>
        <source>Excellent quota: at most {percent}% of {graded} graded = {allowed}; decided Excellent: {count}.</source>
        <translation>优秀比例限额：已评定等级 {graded} 个，至多 {percent}%，即 {allowed} 个；已评为优秀 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="124"/>
        <source>Beyond the quota: {refs}</source>
        <translation>超出限额：{refs}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="130"/>
        <source>Tied across the limit, awaiting a manual order: {refs}</source>
        <translation>在限额处并列，待人工排序：{refs}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="139"/>
        <source>lower panel score</source>
        <translation>专家组得分较低</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="141"/>
        <source>equal score, lower mean on {criterion}</source>
        <translation>得分相同，{criterion} 平均分较低</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="145"/>
        <source>equal score, fewer experts gave Excellent</source>
        <translation>得分相同，评为优秀的专家较少</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/blockers.py" line="148"/>
        <source>placed by the panel&apos;s manual order</source>
        <translation>按专家组人工排序确定</translation>
    </message>
</context>
<context>
    <name>ChairDeskController</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="126"/>
        <source>the panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="130"/>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="137"/>
        <source>Open a chair package</source>
        <translation>打开组长包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="237"/>
        <source>the chair package</source>
        <translation>组长包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="304"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
</context>
<context>
    <name>ChairTexts</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="68"/>
        <source>Insufficient sheets</source>
        <translation>有效评分表不足</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="70"/>
        <source>{mark} {grade} (override; computed {computed})</source>
        <translation>{mark} {grade}（已调整；计算等级为{computed}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="82"/>
        <source>Range of totals too wide</source>
        <translation>总分极差过大</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="83"/>
        <source>Outlier</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="84"/>
        <source>Grades far apart</source>
        <translation>专家等级差距过大</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="85"/>
        <source>Veto claim to decide</source>
        <translation>否决项待决定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="86"/>
        <source>Missing sheet</source>
        <translation>缺少评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="87"/>
        <source>Late sheet</source>
        <translation>逾期评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="88"/>
        <source>Revised sheet</source>
        <translation>修改过的评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="89"/>
        <source>Potential conflict of interest</source>
        <translation>潜在利益关系</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="92"/>
        <source>Too few sheets for a grade</source>
        <translation>有效评分表不足，无法评定等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="111"/>
        <source>highest {max}, lowest {min}: {range} apart (limit {threshold})</source>
        <translation>最高 {max}，最低 {min}，相差 {range}（上限 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="115"/>
        <source>{who}: total {total}, panel median {median}, {deviation} apart (limit {threshold})</source>
        <translation>{who}：总分 {total}，专家组中位数 {median}，相差 {deviation}（上限 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="123"/>
        <source>from {best} to {worst}</source>
        <translation>从{best}到{worst}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="134"/>
        <source>{who}: {reason}</source>
        <translation>{who}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="138"/>
        <source>{who}, revision {revision}</source>
        <translation>{who}，第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="142"/>
        <source>{who}: revision {latest} replaces {revisions}</source>
        <translation>{who}：第 {latest} 版取代第 {revisions} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="146"/>
        <source>{counted} of at least {min_sheets} sheets count</source>
        <translation>计入 {counted} 份，至少需要 {min_sheets} 份</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="162"/>
        <source>no sheet received</source>
        <translation>未收到评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="164"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="169"/>
        <source>replaced by a later revision</source>
        <translation>已被较新版本取代</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="172"/>
        <source>expert not assigned to this applicant</source>
        <translation>专家未被分配评审该单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="175"/>
        <source>declared a disqualifying conflict</source>
        <translation>已声明须回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="178"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="179"/>
        <source>incomplete</source>
        <translation>未填写完整</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="180"/>
        <source>does not validate</source>
        <translation>未通过核验</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="187"/>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="190"/>
        <source>No expert claimed this veto item.</source>
        <translation>没有专家提出该否决项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="193"/>
        <source>A veto claim is settled by confirming or dismissing it, not by a note.</source>
        <translation>否决项须通过确认或驳回来处理，不能只写说明。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="196"/>
        <source>This flag is no longer raised.</source>
        <translation>该提示已不再出现。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="199"/>
        <source>There is no computed grade to override (too few sheets count).</source>
        <translation>没有可调整的计算等级（计入的评分表不足）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="202"/>
        <source>A confirmed veto means Unqualified: dismiss the veto instead of overriding.</source>
        <translation>否决项一经确认即为不合格；如有异议，请驳回否决项，而不是调整等级。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="206"/>
        <source>This is not a recognition round: there is no recommendation to override.</source>
        <translation>本轮不是认定评审，没有可调整的认定建议。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="215"/>
        <source>Flag not resolved</source>
        <translation>提示未处理</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="216"/>
        <source>Veto claim not decided</source>
        <translation>否决项未决定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="219"/>
        <source>Decision refused</source>
        <translation>决定未被接受</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="231"/>
        <source>{mark} {open} open</source>
        <translation>{mark} {open} 项待处理</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="234"/>
        <source>{mark} {total} resolved</source>
        <translation>{mark} {total} 项已处理</translation>
    </message>
</context>
<context>
    <name>ChairWorkspace</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="220"/>
        <source>Version {n}, finalised</source>
        <translation>第 {n} 版，已定稿</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="222"/>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="226"/>
        <source>Reopen &amp;for a new version…</source>
        <translation>重新开启新版本(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="226"/>
        <location filename="../../ui/chair_workspace.ui" line="178"/>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="230"/>
        <source>%n item(s) still open</source>
        <translation>
            <numerusform>尚有 %n 项待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="230"/>
        <source>ready to finalise</source>
        <translation>可以定稿</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="251"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="255"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="336"/>
        <source>Find a file no. or name (Ctrl+F)</source>
        <translation>按编号或名称查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="337"/>
        <source>Panel matrix</source>
        <translation>专家组评分汇总表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="338"/>
        <source>Experts against the panel</source>
        <translation>各专家与专家组得分的比较</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/workspace.py" line="339"/>
        <source>What stops finalising</source>
        <translation>妨碍定稿的事项</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="26"/>
        <source>Panel chair desk</source>
        <translation>专家组组长工作台</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="36"/>
        <source>Change &amp;role</source>
        <translation>切换角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="43"/>
        <source>Open the chair package the commission sent you (a .rdx file), or drop it on this window. Then import the experts&apos; score files, settle every flag and finalise the panel&apos;s signed result.</source>
        <translation>请打开评审委员会发给您的组长包（.rdx 文件），或将其拖放到此窗口。然后导入专家评分文件，处理每一项提示，并对专家组结果签名定稿。</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="57"/>
        <source>&amp;Open chair package…</source>
        <translation>打开组长包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="69"/>
        <source>Recently opened &amp;panels:</source>
        <translation>最近打开的专家组(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="153"/>
        <source>&amp;Import score files…</source>
        <translation>导入评分文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="158"/>
        <source>&amp;Paper sheet…</source>
        <translation>纸质评分表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="163"/>
        <source>Import &amp;log…</source>
        <translation>导入记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="168"/>
        <source>&amp;Meeting view</source>
        <translation>会议投影(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="183"/>
        <source>Close pa&amp;nel</source>
        <translation>关闭专家组(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="205"/>
        <source>Only with open fla&amp;gs</source>
        <translation>仅显示有待处理提示的(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="225"/>
        <source>Still missing</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="239"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="249"/>
        <source>Ranking and quota</source>
        <translation>排名与比例限额</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="262"/>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/chair_workspace.ui" line="266"/>
        <source>Scores and opinions</source>
        <translation>评分与意见</translation>
    </message>
</context>
<context>
    <name>CommissionTexts</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="42"/>
        <source>not listed</source>
        <translation>不列入名单</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="43"/>
        <source>root</source>
        <translation>根密钥</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="44"/>
        <source>operational</source>
        <translation>业务密钥</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="45"/>
        <source>audit</source>
        <translation>审计密钥</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="46"/>
        <source>chair</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="47"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="54"/>
        <source>being set up</source>
        <translation>设置中</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="55"/>
        <source>packages issued</source>
        <translation>评审包已发放</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="63"/>
        <source>same institution</source>
        <translation>同一单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="64"/>
        <source>same e-mail domain</source>
        <translation>同一邮箱域名</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="65"/>
        <source>declared relation</source>
        <translation>已申报关联</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="72"/>
        <source>the column is missing</source>
        <translation>缺少此列</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="73"/>
        <source>the column appears twice</source>
        <translation>此列重复出现</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="76"/>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="77"/>
        <source>not a valid file number: {detail}</source>
        <translation>不是有效的编号：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="80"/>
        <source>the same file number is already in row {detail}</source>
        <translation>与第 {detail} 行编号重复</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="83"/>
        <source>not a category: {detail}</source>
        <translation>不是有效的类别：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="84"/>
        <source>not an e-mail address: {detail}</source>
        <translation>不是有效的邮箱地址：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="87"/>
        <source>the text cannot be used: {detail}</source>
        <translation>文字无法使用：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="90"/>
        <source>more than {detail} rows</source>
        <translation>超过 {detail} 行</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="97"/>
        <source>no file for this applicant</source>
        <translation>该申报单位没有任何材料</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="98"/>
        <source>belongs to no applicant</source>
        <translation>不属于任何申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="99"/>
        <source>does not open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="100"/>
        <source>two files with the same name</source>
        <translation>有两个同名文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="105"/>
        <source>a folder named after no applicant</source>
        <translation>文件夹名称不是任何申报单位的编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="108"/>
        <source>the name starts with no applicant&apos;s file number</source>
        <translation>文件名不以任何申报单位的编号开头</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="111"/>
        <source>a type no viewer shows (PDF, PNG, JPEG only)</source>
        <translation>阅读器无法显示的文件类型（仅支持 PDF、PNG、JPEG）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="114"/>
        <source>not a PDF</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="115"/>
        <source>empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="116"/>
        <source>cut off (an interrupted copy?)</source>
        <translation>文件不完整（可能复制中断）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="119"/>
        <source>damaged inside</source>
        <translation>文件内部已损坏</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="120"/>
        <source>protected by a password</source>
        <translation>文件设有密码保护</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="121"/>
        <source>a file name that cannot be shown</source>
        <translation>文件名无法显示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="132"/>
        <source>{text}: {detail}</source>
        <translation>{text}：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="139"/>
        <source>same institution ({detail})</source>
        <translation>同一单位（{detail}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="142"/>
        <source>same e-mail domain ({detail})</source>
        <translation>同一邮箱域名（{detail}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="145"/>
        <source>declared relation ({detail})</source>
        <translation>已申报关联关系（{detail}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="157"/>
        <source>{applicant}: too few experts ({detail} assigned/minimum)</source>
        <translation>{applicant}：专家人数不足（已分配/最少 {detail}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="160"/>
        <source>{applicant}: {expert} is assigned despite a conflict: {detail}</source>
        <translation>{applicant}：{expert} 存在利益冲突却被分配评审：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="163"/>
        <source>{applicant}: {expert} is not a member of the panel</source>
        <translation>{applicant}：{expert} 不是本专家组成员</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="166"/>
        <source>{applicant} is not in the panel</source>
        <translation>{applicant} 不在本专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="169"/>
        <source>No roster is published yet.</source>
        <translation>尚未发布名单。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="172"/>
        <source>The key {expert} is no operational key of the roster.</source>
        <translation>密钥 {expert} 不是名单中的业务密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="175"/>
        <source>The round has no panels.</source>
        <translation>本轮评审尚无专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="178"/>
        <source>The round has no applicants.</source>
        <translation>本轮评审尚无申报单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="181"/>
        <source>{applicant} is in no panel.</source>
        <translation>{applicant} 未分入任何专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="184"/>
        <source>Panel {panel}: no scoring form for its category ({detail}).</source>
        <translation>专家组 {panel}：其类别（{detail}）尚无评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="187"/>
        <source>Panel {panel} has no chair.</source>
        <translation>专家组 {panel} 尚无组长。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="190"/>
        <source>Panel {panel} has no experts.</source>
        <translation>专家组 {panel} 尚无专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="193"/>
        <source>Panel {panel}: {expert} is not in the roster as {detail}.</source>
        <translation>专家组 {panel}：名单中 {expert} 的身份不是 {detail}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="196"/>
        <source>Panel {panel}: {detail} is revoked in the roster.</source>
        <translation>专家组 {panel}：{detail} 在名单中已被吊销。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="199"/>
        <source>Panel {panel}: the roster does not list {detail} on this panel.</source>
        <translation>专家组 {panel}：名单未将 {detail} 列入本专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="202"/>
        <source>Panel {panel}: {applicant} has no experts assigned.</source>
        <translation>专家组 {panel}：{applicant} 尚未分配专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="205"/>
        <source>{applicant} has no materials.</source>
        <translation>{applicant} 没有申报材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="208"/>
        <source>{applicant}: the file {expert} is gone.</source>
        <translation>{applicant}：文件 {expert} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="211"/>
        <source>{applicant}: the file {expert} changed since it was checked.</source>
        <translation>{applicant}：文件 {expert} 在检查后已被改动。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="224"/>
        <source>confirmed</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="226"/>
        <source>dismissed</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="227"/>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="232"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="233"/>
        <source>already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="234"/>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="248"/>
        <source>{applicant} {field}: the chair claims {claimed}, recomputed {recomputed}</source>
        <translation>{applicant} {field}：组长报为 {claimed}，重新计算为 {recomputed}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="260"/>
        <source>The new key file&apos;s passphrase:</source>
        <translation>新密钥文件的口令：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="261"/>
        <source>The same passphrase again:</source>
        <translation>再次输入同一口令：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/texts.py" line="262"/>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>两次输入的口令不一致，未生成任何密钥。</translation>
    </message>
</context>
<context>
    <name>CommissionWorkspace</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="180"/>
        <source>The commission&apos;s working folder</source>
        <translation>委员会工作文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="185"/>
        <source>The commission&apos;s operational key file</source>
        <translation>委员会业务密钥文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="147"/>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="198"/>
        <source>Choose the working folder first.</source>
        <translation>请先选择工作文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="141"/>
        <source>Read the screen again from the database</source>
        <translation>从数据库重新读取本页内容</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="151"/>
        <source>Read again from the database.</source>
        <translation>已从数据库重新读取。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="156"/>
        <source>No database is open. Choose the working folder (or a database address) and press Open or create; the commission&apos;s rounds are listed here.</source>
        <translation>尚未打开数据库。请选择工作文件夹（或填写数据库地址），然后点击“打开或新建”；本委员会的评审轮次将列于此处。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="160"/>
        <source>No round yet: create the first one with the form beside this list.</source>
        <translation>尚无评审轮次，请在右侧“新建评审轮次”中创建第一个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="163"/>
        <source>No database open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="213"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="220"/>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="313"/>
        <source>Round {ref} created with the built-in forms.</source>
        <translation>评审轮次 {ref} 已创建，并采用内置评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="326"/>
        <source>Roster: version {version}, valid until {until}.</source>
        <translation>名单：第 {version} 版，有效期至 {until}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="331"/>
        <source>Roster: none published yet.</source>
        <translation>名单：尚未发布。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="337"/>
        <source>{count} keys known, {unconfirmed} not confirmed.</source>
        <translation>已登记 {count} 个密钥，其中 {unconfirmed} 个尚未确认。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="348"/>
        <source>Version {version} is published ({signed} of {needed} signatures).</source>
        <translation>第 {version} 版已发布（已有 {signed}/{needed} 个签名）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="351"/>
        <source>Draft version {version}: {signed} of {needed} signatures ({names}).</source>
        <translation>第 {version} 版草稿：已有 {signed}/{needed} 个签名（{names}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="387"/>
        <source>The screen now shows the current state.</source>
        <translation>界面已刷新为最新状态。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="423"/>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="458"/>
        <source>Choose the commission&apos;s key file on the Home tab first.</source>
        <translation>请先在“首页”选择委员会密钥文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/workspace.py" line="468"/>
        <source>the commission&apos;s key</source>
        <translation>委员会密钥</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="19"/>
        <source>Commission desk</source>
        <translation>委员会工作台</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="39"/>
        <source>Round:</source>
        <translation>评审轮次：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="63"/>
        <source>&amp;1 Home</source>
        <translation>首页(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="69"/>
        <source>Working folder and database</source>
        <translation>工作文件夹和数据库</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="75"/>
        <source>Working &amp;folder:</source>
        <translation>工作文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="91"/>
        <location filename="../../ui/commission_workspace.ui" line="1490"/>
        <location filename="../../ui/commission_workspace.ui" line="1810"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="100"/>
        <source>Database &amp;URL:</source>
        <translation>数据库地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="114"/>
        <source>Commission &amp;key file:</source>
        <translation>委员会密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="130"/>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="154"/>
        <source>&amp;Open or create</source>
        <translation>打开或新建(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="208"/>
        <source>Rounds of this commission</source>
        <translation>本委员会的评审轮次</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="229"/>
        <source>New round</source>
        <translation>新建评审轮次</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="235"/>
        <location filename="../../ui/commission_workspace.ui" line="1318"/>
        <source>R&amp;ef:</source>
        <translation>编号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="249"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="263"/>
        <source>Kin&amp;d:</source>
        <translation>类型(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="277"/>
        <location filename="../../ui/commission_workspace.ui" line="1019"/>
        <source>Dead&amp;line:</source>
        <translation>截止时间(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="310"/>
        <source>&amp;Create round</source>
        <translation>创建评审轮次(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="336"/>
        <source>Change &amp;role</source>
        <translation>切换角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="346"/>
        <source>&amp;2 Keys and roster</source>
        <translation>密钥与名单(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="383"/>
        <source>Keys the commission knows</source>
        <translation>委员会登记的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="403"/>
        <source>&amp;Import requests…</source>
        <translation>导入注册申请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="441"/>
        <source>Roster versions</source>
        <translation>名单各版本</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="506"/>
        <source>Role and panels</source>
        <translation>角色和专家组</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="512"/>
        <source>Ro&amp;le:</source>
        <translation>角色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="526"/>
        <source>&amp;Panels:</source>
        <translation>专家组(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="540"/>
        <source>Ins&amp;titution:</source>
        <translation>所在单位(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="554"/>
        <source>E-&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="581"/>
        <source>&amp;Assign</source>
        <translation>保存分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="591"/>
        <source>Fingerprint read back by phone</source>
        <translation>电话核对指纹</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="597"/>
        <source>Confirmed &amp;by:</source>
        <translation>核对人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="624"/>
        <source>&amp;Confirm fingerprint</source>
        <translation>确认指纹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="634"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="640"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="667"/>
        <source>Re&amp;voke</source>
        <translation>吊销(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="677"/>
        <source>Publish the roster</source>
        <translation>发布名单</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="683"/>
        <source>Version &amp;note:</source>
        <translation>版本说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="712"/>
        <source>&amp;Draft new version</source>
        <translation>起草新版本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="719"/>
        <source>&amp;Sign with a root key…</source>
        <translation>用根密钥签名(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="754"/>
        <source>The commission&apos;s own keys</source>
        <translation>委员会自有密钥</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="760"/>
        <source>How man&amp;y roots:</source>
        <translation>根密钥数量(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="785"/>
        <source>needed to si&amp;gn:</source>
        <translation>签名所需数量(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="836"/>
        <source>Create root &amp;keys…</source>
        <translation>生成根密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="843"/>
        <source>Key &amp;holder:</source>
        <translation>密钥持有人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="872"/>
        <source>Create &amp;operational key…</source>
        <translation>生成业务密钥(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="879"/>
        <source>Create a&amp;udit key…</source>
        <translation>生成审计密钥(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="910"/>
        <source>&amp;3 Round set-up</source>
        <translation>评审设置(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="938"/>
        <source>Scoring form per category</source>
        <translation>各类别的评分表</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="960"/>
        <location filename="../../ui/commission_workspace.ui" line="1346"/>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="974"/>
        <source>Built-&amp;in form:</source>
        <translation>内置评分表(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1003"/>
        <source>Use &amp;built-in form</source>
        <translation>采用内置评分表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1010"/>
        <source>Import form &amp;file…</source>
        <translation>导入评分表文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1041"/>
        <source>Sa&amp;ve deadline</source>
        <translation>保存截止时间(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1077"/>
        <source>Import &amp;applicants…</source>
        <translation>导入申报单位(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1146"/>
        <source>Check &amp;materials folder…</source>
        <translation>检查材料文件夹(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1188"/>
        <source>&amp;4 Panels and assignment</source>
        <translation>专家组与分配(&amp;4)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1226"/>
        <source>Panels</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1248"/>
        <source>P&amp;lace applicants</source>
        <translation>分入申报单位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1255"/>
        <source>P&amp;ropose assignment</source>
        <translation>自动分配(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1264"/>
        <source>Members and chair</source>
        <translation>成员和组长</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1270"/>
        <source>Mem&amp;bers:</source>
        <translation>成员(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1286"/>
        <source>C&amp;hair:</source>
        <translation>组长(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1302"/>
        <source>&amp;Save members and chair</source>
        <translation>保存成员和组长(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1312"/>
        <source>New panel</source>
        <translation>新建专家组</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1332"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1373"/>
        <source>&amp;Create panel</source>
        <translation>创建专家组(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1407"/>
        <source>Assignment &amp;table (applicants × experts; Space toggles)</source>
        <translation>分配表(&amp;T)（申报单位 × 专家；空格键切换）</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1446"/>
        <source>Chec&amp;k before building:</source>
        <translation>生成前检查(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1466"/>
        <source>&amp;5 Build packages</source>
        <translation>生成评审包(&amp;5)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1474"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1503"/>
        <source>&amp;Check readiness</source>
        <translation>检查是否就绪(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1510"/>
        <source>B&amp;uild packages</source>
        <translation>生成评审包(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1517"/>
        <location filename="../../ui/commission_workspace.ui" line="1660"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1562"/>
        <source>What stops the build</source>
        <translation>妨碍生成的问题</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1589"/>
        <source>Hand-over list</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1611"/>
        <source>O&amp;pen hand-over PDF</source>
        <translation>打开交接清单 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1618"/>
        <source>Sa&amp;ve a copy…</source>
        <translation>另存一份(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1645"/>
        <source>&amp;6 Results</source>
        <translation>评审结果(&amp;6)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1653"/>
        <source>&amp;Import result bundles…</source>
        <translation>导入结果包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1671"/>
        <source>&amp;Reload results</source>
        <translation>刷新结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1712"/>
        <source>Imported bundles</source>
        <translation>已导入的结果包</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1748"/>
        <source>The round&apos;s results</source>
        <translation>本轮评审结果</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1772"/>
        <source>Publication</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1780"/>
        <source>Commission &amp;name:</source>
        <translation>委员会名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1794"/>
        <source>Publish &amp;to:</source>
        <translation>发布到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1823"/>
        <source>Writes the results workbook (XLSX, every raw score), the public notice PDF, one summary page per applicant and the round&apos;s archive of signed files into the folder above.</source>
        <translation>在上方文件夹中写入结果工作簿（XLSX，含全部原始评分）、公示名单 PDF、每个申报单位一页的结果摘要，以及本轮全部签名文件的归档。</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1826"/>
        <source>Publish: results workbook, public notice PDF, summaries and archive</source>
        <translation>发布结果工作簿、公示名单 PDF、结果摘要和归档</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1829"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/commission_workspace.ui" line="1836"/>
        <source>Stop publis&amp;hing</source>
        <translation>停止发布(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="9"/>
        <location filename="../../ui/conflict_dialog.ui" line="14"/>
        <source>Conflict-of-interest declaration</source>
        <translation>回避声明</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="26"/>
        <source>Before this applicant&apos;s materials open, declare whether you have a conflict of interest with it: a current or recent job, a joint project, a family tie, a financial interest or anything else that could make you less than impartial.</source>
        <translation>查阅该申报单位的材料之前，请声明您与其是否存在利益冲突：现任或近期任职、合作项目、亲属关系、经济利益，或其他可能影响您公正评审的关系。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="32"/>
        <source>My declaration</source>
        <translation>我的声明</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="36"/>
        <source>&amp;No conflict of interest</source>
        <translation>无利益冲突(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="41"/>
        <source>A &amp;potential conflict, which I describe below (I still review)</source>
        <translation>存在潜在利益关系，说明如下（仍参加评审）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="46"/>
        <source>&amp;A disqualifying conflict: I withdraw and do not score this applicant</source>
        <translation>存在须回避的利益冲突：本人回避，不对该单位评分(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="54"/>
        <source>&amp;What is the relationship? (Required for a potential conflict.)</source>
        <translation>具体是什么关系？（存在潜在利益关系时必填）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="74"/>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="88"/>
        <source>D&amp;eclare</source>
        <translation>提交声明(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="177"/>
        <source>Change a submitted declaration?</source>
        <translation>更改已提交的声明？</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="180"/>
        <source>Your declaration for {applicant} is part of revision {revision} of your score file, which you have submitted.</source>
        <translation>您对 {applicant} 的回避声明已包含在您已提交的评分文件第 {revision} 版中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="188"/>
        <source>You will no longer score this applicant: your scores, comments and veto items for it leave your next revision and no longer count. They stay only in revision {revision}, which the chair replaces with the next.</source>
        <translation>您将不再评审该申报单位：您对其所评分数、意见和一票否决项不再计入下一版，也不再有效。它们只保留在第 {revision} 版中，而组长收到下一版后即以新版为准。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="195"/>
        <source>You will have to score this applicant before you can submit again.</source>
        <translation>再次提交之前，您须为该申报单位评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="199"/>
        <source>Your package then has changes not yet submitted: the chair keeps revision {revision} until you submit again.</source>
        <translation>更改后，您的评审包将有尚未提交的修改；在您再次提交之前，组长保留的仍是第 {revision} 版。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="205"/>
        <source>&amp;Change the declaration</source>
        <translation>更改声明(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="201"/>
        <source>max {max} · step {step}</source>
        <translation>满分 {max} · 步长 {step}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="208"/>
        <source>Guidance</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="209"/>
        <source>Show or hide the guidance (F1)</source>
        <translation>显示或隐藏评分指引（F1）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="211"/>
        <source>{criterion}: guidance</source>
        <translation>{criterion}：评分指引</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="213"/>
        <source>What to look at</source>
        <translation>考察要点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="219"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="220"/>
        <source>of {max}</source>
        <translation>/ {max}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="221"/>
        <source>{criterion} score</source>
        <translation>{criterion} 得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="184"/>
        <source>From 0 to {max} in steps of {step}; Up and Down keys change it.</source>
        <translation>0 至 {max} 分，步长 {step}；可用上下方向键调整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="224"/>
        <source>{criterion} comment</source>
        <translation>{criterion} 评语</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="229"/>
        <source>Comment (required)</source>
        <translation>评语（必填）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="230"/>
        <source>Explain this unusually low or high score</source>
        <translation>请说明评分畸高或畸低的理由</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="232"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="233"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>CriterionScoresModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="137"/>
        <source>{name} (not counted)</source>
        <translation>{name}（未计入）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/detail.py" line="142"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="245"/>
        <source>Flags ({n})</source>
        <translation>提示（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="255"/>
        <source>Computed: {computed}. Decided: {decided}.</source>
        <translation>计算等级：{computed}。决定等级：{decided}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="283"/>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="424"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="283"/>
        <source>Nothing written yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="317"/>
        <source>{name}: {evidence}</source>
        <translation>{name}：{evidence}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="409"/>
        <source>Typing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="435"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="436"/>
        <source>&amp;Write a note resolving the chosen flag:</source>
        <translation>处理所选提示的说明(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="437"/>
        <source>Reco&amp;rd the note</source>
        <translation>记录说明(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="438"/>
        <source>Flags of this applicant</source>
        <translation>该申报单位的提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="439"/>
        <source>Veto claims</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="440"/>
        <source>Veto i&amp;tem:</source>
        <translation>否决项(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="441"/>
        <source>&amp;Verdict:</source>
        <translation>结论(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="442"/>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="443"/>
        <source>Record the verdi&amp;ct</source>
        <translation>记录结论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="445"/>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="446"/>
        <source>Confirm: the applicant is Unqualified</source>
        <translation>确认：该单位评为不合格</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="447"/>
        <source>Dismiss: the claim does not hold</source>
        <translation>驳回：否决理由不成立</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="448"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="449"/>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="450"/>
        <source>Reason for an &amp;override:</source>
        <translation>调整等级的理由(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="452"/>
        <source>Accept the computed grade</source>
        <translation>采用计算等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="455"/>
        <source>Override: {grade}</source>
        <translation>调整为：{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="457"/>
        <source>Record the gr&amp;ade decision</source>
        <translation>记录等级决定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="458"/>
        <source>R&amp;ecommendation:</source>
        <translation>认定建议(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="459"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="461"/>
        <source>Accept the computed recommendation</source>
        <translation>采用计算得出的建议</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="464"/>
        <source>Record the recommendation</source>
        <translation>记录认定建议</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="465"/>
        <source>Panel opinion (saved as you type)</source>
        <translation>专家组意见（输入时自动保存）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/decision_panel.py" line="466"/>
        <source>Panel opinion</source>
        <translation>专家组意见</translation>
    </message>
</context>
<context>
    <name>DeskStanding</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="110"/>
        <source>Changes not submitted</source>
        <translation>有修改尚未提交</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="113"/>
        <source>You changed scores or declarations after submitting revision {revision}, and have not submitted the changes.</source>
        <translation>您在提交第 {revision} 版之后修改了评分或声明，这些修改尚未提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="119"/>
        <source>They are saved on this computer, but the chair has only revision {revision}. Submit now, or close and submit later before the deadline.</source>
        <translation>修改已保存在本机，但组长手中只有第 {revision} 版。请立即提交，或先关闭、在截止时间前再提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="123"/>
        <source>&amp;Submit now…</source>
        <translation>立即提交(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="125"/>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_desk.py" line="125"/>
        <source>C&amp;lose anyway</source>
        <translation>仍然关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ExpertDesk</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="19"/>
        <source>Expert</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="20"/>
        <source>Panel chair</source>
        <translation>专家组组长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="21"/>
        <source>Commission staff</source>
        <translation>委员会工作人员</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="22"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="30"/>
        <source>Not declared yet</source>
        <translation>尚未声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="31"/>
        <source>No conflict</source>
        <translation>无利益冲突</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="32"/>
        <source>Potential conflict</source>
        <translation>存在潜在利益关系</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="33"/>
        <source>Disqualifying (withdrawn)</source>
        <translation>须回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="41"/>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="155"/>
        <source>Declaration needed</source>
        <translation>待作回避声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="43"/>
        <source>Withdrawn: not scored</source>
        <translation>须回避（不评分）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="52"/>
        <source>{stage} (changed since revision {revision})</source>
        <translation>{stage}（第 {revision} 版后已修改）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="58"/>
        <source>{stage} · potential conflict</source>
        <translation>{stage} · 存在潜在利益关系</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="67"/>
        <source>No deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="71"/>
        <source>Deadline {deadline}</source>
        <translation>截止时间 {deadline}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="83"/>
        <source>overdue by {days} d {hours} h</source>
        <translation>已超期 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="87"/>
        <source>{days} d {hours} h left</source>
        <translation>剩余 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="91"/>
        <source>{hours} h {minutes} min left</source>
        <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="94"/>
        <source>Deadline {deadline} ({left})</source>
        <translation>截止时间 {deadline}（{left}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="108"/>
        <source>The confidentiality pledge is not signed.</source>
        <translation>尚未签署保密承诺。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="112"/>
        <source>{applicant}: no conflict-of-interest declaration yet.</source>
        <translation>{applicant}：尚未作回避声明。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="118"/>
        <source>You withdrew from every applicant: there is nothing to score.</source>
        <translation>您已回避全部申报单位：没有需要评分的单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="127"/>
        <source>{applicant}: the score sheet is not complete.</source>
        <translation>{applicant}：评分表尚未填写完整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="133"/>
        <source>{applicant}: {code}</source>
        <translation>{applicant}：{code}</translation>
    </message>
</context>
<context>
    <name>ExpertDeskController</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="144"/>
        <source>the expert desk</source>
        <translation>专家评审工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="162"/>
        <source>the package</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/controller.py" line="139"/>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="166"/>
        <source>Open a review package</source>
        <translation>打开评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="431"/>
        <source>Package for another identity</source>
        <translation>评审包属于其他身份密钥</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="433"/>
        <source>{file} was not made for your identity “{name}”.</source>
        <translation>{file} 不是为您的身份密钥“{name}”制作的。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="439"/>
        <source>If you have the identity file it was made for (for example from your enrolment), import it: this computer then uses that identity, and the one here now is kept in the home folder. Otherwise ask the commission for a package made for your identity.</source>
        <translation>如果您持有该评审包对应的身份密钥文件（例如登记时保存的文件），请导入。导入后本机将使用该身份密钥，现有的身份密钥保留在数据文件夹中。否则，请向评审委员会索取为您的身份密钥制作的评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="445"/>
        <source>&amp;Import that identity…</source>
        <translation>导入该身份密钥(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="474"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="518"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="527"/>
        <source>No package opened yet</source>
        <translation>尚未打开过评审包</translation>
    </message>
</context>
<context>
    <name>ExpertStanding</name>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="44"/>
        <source>%n applicants</source>
        <translation>
            <numerusform>%n 家申报单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="45"/>
        <source>%n applicants scored</source>
        <translation>
            <numerusform>已评 %n 家申报单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="46"/>
        <source>%n with a veto claimed</source>
        <translation>
            <numerusform>其中 %n 家勾选了一票否决项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="47"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>回避 %n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="48"/>
        <source>%n experts</source>
        <translation>
            <numerusform>%n 位专家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="49"/>
        <source>%n panel chairs</source>
        <translation>
            <numerusform>%n 位组长</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="69"/>
        <source>overdue by {days} d {hours} h</source>
        <translation>已超期 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="73"/>
        <source>{days} d {hours} h left</source>
        <translation>剩余 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="76"/>
        <source>{hours} h {minutes} min left</source>
        <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="83"/>
        <source>No deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="84"/>
        <source>Deadline {when} ({left})</source>
        <translation>截止时间 {when}（{left}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="92"/>
        <source>Declared {done} of {all}</source>
        <translation>已声明 {done}/{all}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="95"/>
        <source>scored {done} of {all}</source>
        <translation>已评分 {done}/{all}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="98"/>
        <source>complete {done}</source>
        <translation>已完成 {done}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="101"/>
        <source>submitted {done}</source>
        <translation>已提交 {done}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="109"/>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="282"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="115"/>
        <source>Changes not yet submitted since revision {revision}: the chair has only revision {revision}. Submit again so that your latest scores count.</source>
        <translation>第 {revision} 版之后的修改尚未提交，组长手中只有第 {revision} 版。请再次提交，使最新评分生效。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="131"/>
        <source>Withdrawn</source>
        <translation>已回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="133"/>
        <source>{grade} (veto claimed)</source>
        <translation>{grade}（已勾选一票否决项）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="137"/>
        <source>Not yet: every criterion needs a score</source>
        <translation>暂无（各项指标均评分后给出）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="152"/>
        <source>{number}. {name} ({key})</source>
        <translation>{number}. {name}（{key}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="161"/>
        <source>Withdrawn after revision {revision}</source>
        <translation>第 {revision} 版后已回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="165"/>
        <source>In revision {revision}</source>
        <translation>已含于第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="169"/>
        <source>Changed since revision {revision}</source>
        <translation>第 {revision} 版后已修改</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="172"/>
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="254"/>
        <source>{round} · {panel} · opened {when}</source>
        <translation>{round} · {panel} · {when} 打开</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="261"/>
        <source>{round} · {panel}</source>
        <translation>{round} · {panel}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="265"/>
        <source>declared {done} of {all}</source>
        <translation>已声明 {done}/{all}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="268"/>
        <source>complete {done} of {all}</source>
        <translation>已完成 {done}/{all}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/standing_view.py" line="274"/>
        <source>revision {revision} submitted</source>
        <translation>已提交第 {revision} 版</translation>
    </message>
</context>
<context>
    <name>ExpertWorkspace</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="246"/>
        <source>There is no identity on this computer yet: create one or import yours first.</source>
        <translation>本机尚无身份密钥：请先新建，或导入您已有的身份文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="250"/>
        <source>Your identity is set up. Before a package can be checked, pin the commission&apos;s root key from the roster they gave you.</source>
        <translation>身份密钥已设置。核验评审包之前，请根据委员会提供的名册固定委员会根密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="254"/>
        <source>Your identity is set up and the commission&apos;s root key is pinned.</source>
        <translation>身份密钥已设置，委员会根密钥已固定。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="261"/>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="521"/>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="262"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="269"/>
        <source>Checking the signatures and the roster…</source>
        <translation>正在核验签名和名册…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="270"/>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="271"/>
        <source>Keeping an encrypted copy on this computer…</source>
        <translation>正在本机保存加密副本…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="272"/>
        <source>Recording the round and your applicants…</source>
        <translation>正在记录评审轮次和您负责的申报单位…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="273"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="359"/>
        <source>Round {round} · panel {panel}</source>
        <translation>评审轮次 {round} · 评审组 {panel}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="365"/>
        <source>{round_name} · {panel_name}</source>
        <translation>{round_name} · {panel_name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="374"/>
        <source>{kind} · {deadline} · {applicants} · expert {name}</source>
        <translation>{kind} · {deadline} · 共 {applicants} · 评审专家 {name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="332"/>
        <source>{ref} {name}: withdrawn (disqualifying conflict)</source>
        <translation>{ref} {name}：须回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="336"/>
        <source>You declared a disqualifying conflict of interest with this applicant: its materials stay closed and you do not score it. The declaration is signed into your score file.</source>
        <translation>您已声明与该申报单位存在须回避的利益冲突：其材料不予开放，您也不对其评分。该声明将签入您的评分文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="343"/>
        <source>Your declaration: {text}</source>
        <translation>您的声明：{text}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="348"/>
        <location filename="../../ui/expert_workspace.ui" line="287"/>
        <source>Change &amp;declaration…</source>
        <translation>修改回避声明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="353"/>
        <location filename="../../ui/expert_workspace.ui" line="241"/>
        <source>The materials and the score sheet of this applicant open after you declare whether you have a conflict of interest with it.</source>
        <translation>请先就是否与该申报单位存在利益冲突作出回避声明，声明后方可查阅其材料并评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="360"/>
        <location filename="../../ui/expert_workspace.ui" line="249"/>
        <source>&amp;Declare conflict of interest…</source>
        <translation>作出回避声明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="369"/>
        <source>Declared: {declaration}</source>
        <translation>已声明：{declaration}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="384"/>
        <source>Materials</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="405"/>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="502"/>
        <source>Submit scores</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="504"/>
        <source>This applicant&apos;s score sheet (PDF)…</source>
        <translation>本单位评分表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="506"/>
        <source>All my score sheets (PDF)…</source>
        <translation>我的全部评分表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="508"/>
        <source>Close package</source>
        <translation>关闭评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="510"/>
        <source>Next applicant</source>
        <translation>下一个申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="511"/>
        <source>Previous applicant</source>
        <translation>上一个申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="513"/>
        <source>Show or hide the applicant list</source>
        <translation>显示或隐藏申报单位列表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="514"/>
        <source>Check what is missing, then sign (Ctrl+Enter)</source>
        <translation>检查尚缺内容，然后签署（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="515"/>
        <source>Applicants assigned to you</source>
        <translation>分配给您的申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="516"/>
        <source>Recently opened packages</source>
        <translation>最近打开的评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="517"/>
        <source>Opening progress</source>
        <translation>打开进度</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="26"/>
        <source>Expert desk</source>
        <translation>评审专家工作台</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="36"/>
        <source>Change &amp;role</source>
        <translation>切换角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="43"/>
        <source>Open the review package the commission sent you (a .rdx file), or drop it on this window. Your passphrase unlocks it; nothing is sent anywhere.</source>
        <translation>打开委员会发给您的评审包（.rdx 文件），或将其拖放到本窗口。评审包用您的口令解锁，不会向任何地方发送数据。</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="58"/>
        <source>&amp;Open package…</source>
        <translation>打开评审包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="63"/>
        <source>Set up &amp;identity…</source>
        <translation>设置身份密钥(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="68"/>
        <source>&amp;Trust the commission&apos;s root key…</source>
        <translation>固定委员会根密钥(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="80"/>
        <source>Recently opened &amp;packages:</source>
        <translation>最近打开的评审包(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="165"/>
        <source>&amp;Submit scores…</source>
        <translation>提交评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="170"/>
        <source>Export my score sheets (&amp;PDF)…</source>
        <translation>导出我的评分表（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="177"/>
        <source>&amp;Close package</source>
        <translation>关闭评审包(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="201"/>
        <source>&amp;Applicants assigned to you:</source>
        <translation>分配给您的申报单位(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/expert_workspace.ui" line="222"/>
        <source>Choose an applicant in the list to declare, read its materials and score it.</source>
        <translation>在列表中选择一家申报单位，作出回避声明、查阅材料并评分。</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="80"/>
        <source>Finalise the panel</source>
        <translation>专家组结果定稿</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="83"/>
        <source>Finalising signs the panel&apos;s result with your key and encrypts it to the commission and the audit office: every expert&apos;s score file as received, the paper sheets, your decisions and the signed import log. The panel report (PDF) and the workbook (XLSX) are written beside it. After this, changes need a new version.</source>
        <translation>定稿时，用您的密钥对专家组结果签名，并加密发送给评审委员会和审计方；结果包含收到的每份专家评分文件原件、纸质评分表、您的各项决定以及已签名的导入记录。专家组报告（PDF）和工作簿（XLSX）保存在同一位置。定稿后如需修改，须开启新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="90"/>
        <source>&amp;Save in:</source>
        <translation>保存位置(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="91"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="92"/>
        <source>&amp;Finalise and sign</source>
        <translation>定稿并签名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="100"/>
        <source>Where to save the result</source>
        <translation>结果保存位置</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="112"/>
        <source>Finalising…</source>
        <translation>正在定稿…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="132"/>
        <source>Version {n} is finalised.</source>
        <translation>第 {n} 版已定稿。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="133"/>
        <source>Fingerprint (read it out to the commission):</source>
        <translation>指纹（请向评审委员会宣读核对）：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="136"/>
        <source>Files written in {folder}:</source>
        <translation>已生成的文件（保存在 {folder}）：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/finalise.py" line="145"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="96"/>
        <source>&amp;Create identity</source>
        <translation>新建身份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="97"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="98"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="134"/>
        <source>✓ The two passphrases match.</source>
        <translation>✓ 两次输入的口令一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="136"/>
        <source>✗ The two passphrases differ.</source>
        <translation>✗ 两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="141"/>
        <source>Strength: weak (about {bits} bits)</source>
        <translation>强度：弱（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="142"/>
        <source>Strength: fair (about {bits} bits)</source>
        <translation>强度：中（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="143"/>
        <source>Strength: strong (about {bits} bits)</source>
        <translation>强度：强（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="146"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="147"/>
        <source>a well-known password</source>
        <translation>是常见密码</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="148"/>
        <source>repeats or runs of characters</source>
        <translation>含重复或连续字符</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="149"/>
        <source>one kind of character only</source>
        <translation>只有一类字符</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="154"/>
        <source> — {reasons}</source>
        <translation> —— {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="154"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="176"/>
        <source>Making your keys and protecting them with your passphrase…</source>
        <translation>正在生成密钥并用您的口令加密保护…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="181"/>
        <source>Identity file</source>
        <translation>身份文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="200"/>
        <source>Opening the identity file with your passphrase…</source>
        <translation>正在用您的口令打开身份文件…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="233"/>
        <source>Your identity “{name}” was imported. Its file: {path}</source>
        <translation>已导入您的身份“{name}”。文件位置：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="235"/>
        <source>Your identity “{name}” was created. Its file: {path}</source>
        <translation>已新建您的身份“{name}”。文件位置：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="240"/>
        <source>Fingerprint: {digits}</source>
        <translation>指纹：{digits}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="257"/>
        <source>Save the enrolment request</source>
        <translation>保存登记申请</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="267"/>
        <source>Writing the enrolment request…</source>
        <translation>正在写入登记申请…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="277"/>
        <source>Your request must prove your key to the commission&apos;s key. First pin the commission&apos;s keys from the roster they gave you; the request is saved next.</source>
        <translation>登记申请须向评审委员会的密钥证明您持有自己的密钥。请先根据委员会提供的名册固定委员会根密钥，随后即保存登记申请。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="290"/>
        <source>Enrolment request saved: {path}</source>
        <translation>登记申请已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9"/>
        <source>Your identity</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="14"/>
        <source>Set up reviewdesk on this computer</source>
        <translation>在本机设置 reviewdesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="24"/>
        <source>Your identity is a pair of keys kept in a file protected by your passphrase: the commission sends your review packages to it, and your score files are signed with it. Create one now, or import the identity file you already have.</source>
        <translation>您的身份是一对密钥，保存在由您的口令保护的文件中：委员会向它发送评审包，您的评分文件也由它签名。请现在新建，或导入您已有的身份文件。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="30"/>
        <source>Create a new identity</source>
        <translation>新建身份</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="31"/>
        <source>New keys for you; then send the enrolment request to the commission.</source>
        <translation>为您生成新密钥，然后将登记申请交给委员会。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="36"/>
        <source>Import an identity file</source>
        <translation>导入身份文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="37"/>
        <source>Use the identity file you made earlier or on another computer.</source>
        <translation>使用您此前或在其他电脑上生成的身份文件。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="51"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="62"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="71"/>
        <location filename="../../ui/first_run_dialog.ui" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="105"/>
        <source>Repe&amp;at passphrase:</source>
        <translation>再次输入口令(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="122"/>
        <source>Choose a passphrase of several words that you will remember: it cannot be recovered. Nobody, not even the commission, can open your identity without it.</source>
        <translation>请选择由几个词组成、您能记住的口令：口令一旦遗忘无法找回。没有它，任何人（包括委员会）都无法打开您的身份。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="132"/>
        <source>Identity &amp;file:</source>
        <translation>身份文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="143"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="161"/>
        <source>The file is copied unchanged into reviewdesk&apos;s folder and keeps its passphrase.</source>
        <translation>该文件将原样复制到 reviewdesk 的文件夹中，口令保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="177"/>
        <source>Fingerprint of your keys (read it to the commission when they call to check it):</source>
        <translation>您的密钥指纹（委员会来电核对时请读给对方）：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="190"/>
        <source>Send the enrolment request to the commission (on a USB stick or by e-mail): it holds only your public keys. The commission adds you to its roster and then sends you your review packages.</source>
        <translation>请将登记申请交给委员会（U 盘或电子邮件）：其中只含您的公钥。委员会将您加入名册后，会向您发送评审包。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="198"/>
        <source>&amp;Export enrolment request…</source>
        <translation>导出登记申请(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="252"/>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="261"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="277"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="218"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="219"/>
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="220"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>HandoverModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="297"/>
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="298"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="299"/>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="301"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="306"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="307"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="311"/>
        <source>chair package</source>
        <translation>组长评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="311"/>
        <source>package</source>
        <translation>专家评审包</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="190"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="191"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="192"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="193"/>
        <source>Changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="194"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="198"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="198"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="203"/>
        <source>added: {added}; revoked: {revoked}</source>
        <translation>新增：{added}；吊销：{revoked}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="145"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="155"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="156"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="157"/>
        <source>Fit to pane</source>
        <translation>适合窗格</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="157"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="158"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="158"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="160"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="161"/>
        <location filename="../../src/reviewdesk/gui/viewer/image_pane.py" line="162"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="315"/>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="420"/>
        <source>Import score files</source>
        <translation>导入评分文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="318"/>
        <source>Choose the experts&apos; score files, a whole folder (every .rdx file in it and its subfolders, e.g. a USB stick), or drop them here. Each file is checked on its own: a bad file never stops the good ones, and importing a file again changes nothing.</source>
        <translation>请选择专家的评分文件或整个文件夹（包括其中及各子文件夹内的所有 .rdx 文件，例如 U 盘），也可将其拖放到此处。每个文件单独核验；有问题的文件不影响其他文件导入，重复导入同一文件不会改变任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="324"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="325"/>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="326"/>
        <source>&amp;Stop importing</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="327"/>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="328"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="329"/>
        <source>One verdict per file</source>
        <translation>每个文件的导入结论</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="343"/>
        <source>Choose score files</source>
        <translation>选择评分文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="351"/>
        <source>Choose a folder of score files</source>
        <translation>选择存放评分文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="384"/>
        <source>Looking for score files…</source>
        <translation>正在查找评分文件…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="393"/>
        <source>Checked {done} of {total} files</source>
        <translation>已核验 {done}/{total} 个文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="415"/>
        <source>Import stopped. The files checked so far are kept.</source>
        <translation>导入已停止，已核验的文件予以保留。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="444"/>
        <source>No file imported yet.</source>
        <translation>尚未导入文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="450"/>
        <source>{verdict}: {n}</source>
        <translation>{verdict} {n} 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="453"/>
        <source>%n file(s): </source>
        <translation>
            <numerusform>共 %n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="453"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="459"/>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="470"/>
        <source>Export the verdicts</source>
        <translation>导出导入结论</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="472"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="237"/>
        <source>Import log</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="240"/>
        <source>Every file given to the import, in order, with its verdict. Each entry is chained to the one before by its hash, so none can be removed or changed unnoticed; the result bundle carries this log to the commission.</source>
        <translation>按顺序列出每个导入的文件及其结论。每条记录都通过哈希值与前一条相连，任何删除或改动都会被发现；结果包会将此记录一并提交评审委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="245"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="246"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="268"/>
        <source>Export the import log</source>
        <translation>导出导入记录</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="279"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="74"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="89"/>
        <source>Revision {n} from {name} stored</source>
        <translation>已存入{name}的第{n}版评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="93"/>
        <source>{name}: two different files claim revision {n}; nothing was imported</source>
        <translation>{name}：两个不同的文件都声称是第{n}版，均未导入</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="99"/>
        <source>{name}: the same signed file was imported before; nothing changed</source>
        <translation>{name}：同一份已签名文件此前已导入，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="135"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="136"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="137"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="138"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="139"/>
        <source>File SHA-256</source>
        <translation>文件 SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="140"/>
        <source>Entry hash</source>
        <translation>记录哈希值</translation>
    </message>
</context>
<context>
    <name>ImportVerdictModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="90"/>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="93"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="97"/>
        <source>Older revision ignored</source>
        <translation>旧版本，已忽略</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="101"/>
        <source>Alarm: two versions of one revision</source>
        <translation>警报：同一版本有两份不同文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="103"/>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="117"/>
        <source>Revision {n} stored</source>
        <translation>已保存第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="121"/>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="103"/>
        <source>The same signed file was imported before: nothing changed</source>
        <translation>此签名文件此前已导入，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="125"/>
        <location filename="../../src/reviewdesk/gui/chair/log_dialog.py" line="107"/>
        <source>A newer revision of this expert&apos;s scores is held</source>
        <translation>已有该专家较新版本的评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="167"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="168"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="169"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="170"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="171"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/import_dialog.py" line="172"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="137"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="138"/>
        <source>Panels</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="139"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="140"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="145"/>
        <source>revoked: {reason}</source>
        <translation>已吊销：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="146"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="146"/>
        <source>NOT confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="150"/>
        <source>Revoked on {when}: {reason}</source>
        <translation>于 {when} 吊销：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="154"/>
        <source>Confirmed by {who} on {when}</source>
        <translation>由 {who} 于 {when} 确认</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="157"/>
        <source>Read the fingerprint back with its holder by phone, then confirm it.</source>
        <translation>请通过电话与持有人逐组核对指纹，然后确认。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="178"/>
        <source>{panels}; chair of {chaired}</source>
        <translation>{panels}；兼任组长：{chaired}</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="101"/>
        <source>No key yet. Make the root keys and the commission&apos;s own keys (on the right, below), then import the experts&apos; and chairs&apos; enrolment requests.</source>
        <translation>尚无密钥。请先在右侧下方生成根密钥和委员会自有密钥，再导入专家和组长的注册申请。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="106"/>
        <source>No roster version yet: draft one and sign it with the root keys.</source>
        <translation>尚无名单版本。请起草新版本，并用根密钥签名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="118"/>
        <source>Chair o&amp;f:</source>
        <translation>兼任组长(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="120"/>
        <source>panels this expert also chairs (never one they score in)</source>
        <translation>该专家兼任组长的专家组（不得是其参与评审的专家组）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="124"/>
        <source>An expert may chair other panels than the ones they score in. Saving keeps the panels written here; clear the field to end the chair duty.</source>
        <translation>专家可兼任其参评专家组以外其他专家组的组长。保存时保留此处填写的专家组；清空此栏即解除组长职务。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="180"/>
        <source>Choose a key in the list.</source>
        <translation>请在列表中选择一个密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="189"/>
        <source>Revoked: {reason}</source>
        <translation>已吊销：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="191"/>
        <source>Fingerprint confirmed by {who}.</source>
        <translation>指纹已由 {who} 核对确认。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="194"/>
        <source>Not confirmed: read this fingerprint back with its holder by phone, then confirm it.</source>
        <translation>尚未确认：请通过电话与密钥持有人逐组核对此指纹，然后确认。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="225"/>
        <source>{name}: fingerprint confirmed.</source>
        <translation>{name}：指纹已确认。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="250"/>
        <source>{name}: role and panels saved.</source>
        <translation>{name}：角色和专家组已保存。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="266"/>
        <source>{name} is revoked; the next roster version lists it.</source>
        <translation>{name} 已吊销，下一版名单将列明。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="276"/>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="331"/>
        <source>Enrolment requests</source>
        <translation>注册申请</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="277"/>
        <source>Enrolment requests (*.json);;All files (*)</source>
        <translation>注册申请 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="319"/>
        <source> (already imported)</source>
        <translation>（此前已导入）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="321"/>
        <source>{name}{state} — fingerprint to read back by phone:
{groups}</source>
        <translation>{name}{state}——请通过电话逐组核对的指纹：
{groups}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="349"/>
        <source>Root key {n} of {count}: a file on its own medium</source>
        <translation>第 {n} 把根密钥（共 {count} 把）：请存放在单独的介质上</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="369"/>
        <source>Making the root keys…</source>
        <translation>正在生成根密钥…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="382"/>
        <source>{count} root keys made; {threshold} must sign each roster. Keep each file on its own medium, apart from the others.</source>
        <translation>已生成 {count} 把根密钥，每版名单须有 {threshold} 把签名。请将每个文件分别存放在单独的介质上，彼此分开保管。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="391"/>
        <source>Write the key holder&apos;s name first.</source>
        <translation>请先填写密钥持有人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="395"/>
        <source>The operational key file</source>
        <translation>业务密钥文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="397"/>
        <source>The audit key file</source>
        <translation>审计密钥文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="418"/>
        <source>{name}: key made in {path}; its fingerprint is shown here.</source>
        <translation>{name}：密钥已生成于 {path}，其指纹显示在此处。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="459"/>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="475"/>
        <source>A root key file</source>
        <translation>根密钥文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="476"/>
        <source>Key files (*.age);;All files (*)</source>
        <translation>密钥文件 (*.age);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="480"/>
        <source>a root key</source>
        <translation>根密钥</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/keys_page.py" line="510"/>
        <source>Roster version {version} published: {path}</source>
        <translation>第 {version} 版名单已发布：{path}</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="478"/>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="485"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="479"/>
        <source>Counted</source>
        <translation>计入数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="480"/>
        <source>Mean offset</source>
        <translation>平均偏差</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="481"/>
        <source>Outlier</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="482"/>
        <source>Trimmed</source>
        <translation>被去掉</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="486"/>
        <source>Applicants with a panel score where the expert&apos;s sheet counted</source>
        <translation>该专家评分表被计入且有专家组得分的单位数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="487"/>
        <source>Mean of (expert&apos;s total − panel score): + more lenient, − stricter</source>
        <translation>（专家总分 − 专家组得分）的平均值：正值偏宽，负值偏严</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="488"/>
        <source>How often the expert&apos;s total was flagged as an outlier</source>
        <translation>该专家总分被提示为偏离的次数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="489"/>
        <source>How often the trimmed mean dropped the expert&apos;s total</source>
        <translation>该专家总分作为最高分或最低分被去掉的次数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="170"/>
        <source>Loading scoring forms…</source>
        <translation>正在加载评分表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/main_window.py" line="183"/>
        <source>%n scoring form(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 张评分表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="198"/>
        <source>Criterion</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="199"/>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="200"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="201"/>
        <source>Guidance</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="210"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="211"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="212"/>
        <source>Veto items</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="248"/>
        <source>Expert desk</source>
        <translation>评审专家工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="250"/>
        <source>Open the review package you received to declare, read the materials and score. Until then, here are the scoring forms.</source>
        <translation>打开您收到的评审包，完成声明、阅读材料并评分。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="255"/>
        <source>Panel chair desk</source>
        <translation>专家组组长工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="257"/>
        <source>Open your chair package to import the experts&apos; score files and consolidate the grades. Until then, here are the scoring forms.</source>
        <translation>打开组长评审包，导入专家评分文件并汇总评定等次。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="262"/>
        <source>Commission desk</source>
        <translation>委员会工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="264"/>
        <source>Set up a round from these scoring forms, build the packages and publish the results.</source>
        <translation>依据这些评分表设立评审批次、生成评审包并发布结果。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="273"/>
        <source>reviewdesk — International S&amp;T Cooperation Base review</source>
        <translation>reviewdesk — 北京国际科技合作基地评审</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Scoring forms</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="278"/>
        <source>Selected scoring form</source>
        <translation>所选评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="294"/>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="304"/>
        <source>About reviewdesk</source>
        <translation>关于 reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="306"/>
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
        <location filename="../../ui/main_window.ui" line="125"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="135"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;Open package…</source>
        <translation>打开评审包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="155"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>&amp;About reviewdesk</source>
        <translation>关于 reviewdesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="255"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="256"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="257"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="267"/>
        <source>There are no materials to show.</source>
        <translation>没有可显示的申报材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="466"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="500"/>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="501"/>
        <source>The attachment is decrypted in memory; nothing is written to disk.</source>
        <translation>附件仅在内存中解密，不会写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="508"/>
        <source>“%1” cannot be shown in reviewdesk.</source>
        <translation>reviewdesk 无法显示“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="511"/>
        <source>It is a %1 of %2. reviewdesk shows PDF documents and PNG or JPEG images; to keep the materials confidential, other files are not opened in another program.</source>
        <translation>该文件为%1，大小 %2。reviewdesk 可显示 PDF 文档和 PNG、JPEG 图片；为保证材料保密，其他文件不会用其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="527"/>
        <source>“%1” cannot be shown.</source>
        <translation>无法显示“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="528"/>
        <source>The file is damaged, or it is not really a %1.</source>
        <translation>文件已损坏，或并非真正的%1。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="534"/>
        <source>“%1” is protected by a password.</source>
        <translation>“%1”设有密码保护。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="536"/>
        <source>reviewdesk cannot show password-protected PDF files. Ask the commission for a copy without a password.</source>
        <translation>reviewdesk 无法显示设有密码的 PDF 文件。请向委员会索取未加密码的版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="543"/>
        <source>Find in all documents</source>
        <translation>在全部材料中查找</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="544"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="545"/>
        <source>Selected attachment</source>
        <translation>所选附件</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="183"/>
        <source>Applicant {n} of {total}</source>
        <translation>第 {n} 个，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="187"/>
        <source>Panel score {score}</source>
        <translation>专家组得分 {score}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="189"/>
        <source>No panel score: too few sheets</source>
        <translation>无专家组得分：有效评分表不足</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="193"/>
        <source>{grade} (decided by the panel; computed {computed})</source>
        <translation>{grade}（专家组决定；计算等级为{computed}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="197"/>
        <source>{grade} (after the Excellent quota)</source>
        <translation>{grade}（按优秀比例限额调整）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="198"/>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="213"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="213"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="215"/>
        <source>{item} veto claim {verdict}: {reason}</source>
        <translation>否决项 {item} {verdict}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="219"/>
        <source>No flags were raised.</source>
        <translation>无任何提示。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="220"/>
        <source>(no panel opinion yet)</source>
        <translation>（尚无专家组意见）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="225"/>
        <source>Meeting view</source>
        <translation>会议投影视图</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="226"/>
        <source>Flags and how the panel settled them</source>
        <translation>提示及专家组处理情况</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="227"/>
        <source>Panel opinion</source>
        <translation>专家组意见</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/meeting_view.py" line="229"/>
        <source>→ next   ← previous   Home first   End last   Esc leave the meeting view</source>
        <translation>→ 下一个   ← 上一个   Home 第一个   End 最后一个   Esc 退出会议投影视图</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="84"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="84"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="93"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="93"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="98"/>
        <source>Opening the attachment</source>
        <translation>正在打开附件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="99"/>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
</context>
<context>
    <name>MyScoresDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="218"/>
        <source>{round} · {panel}</source>
        <translation>{round} · {panel}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="223"/>
        <source>Check your scores before signing</source>
        <translation>签名前请核对评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="225"/>
        <source>This is what your signature will cover. Check every total and grade; to change one, open the applicant. Signing makes a new revision of your score file.</source>
        <translation>以下即您签名所确认的内容。请逐一核对总分和等级；如需修改，请打开相应申报单位。签名后将生成评分文件的新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="229"/>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="239"/>
        <location filename="../../ui/my_scores_dialog.ui" line="9"/>
        <source>My scores</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="231"/>
        <source>All your applicants with total, grade, declaration and veto items. Click a column heading to sort; press Enter on a row to open that applicant.</source>
        <translation>您评审的全部申报单位及其总分、等级、回避声明和一票否决项。点击列标题可排序；在某一行按回车键即可打开该申报单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="238"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../ui/my_scores_dialog.ui" line="44"/>
        <source>&amp;Open this applicant</source>
        <translation>打开该申报单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/my_scores_dialog.ui" line="54"/>
        <source>&amp;Sign and save…</source>
        <translation>签名并保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/my_scores_dialog.ui" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MyScoresModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="73"/>
        <source>File no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="74"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="75"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="76"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="77"/>
        <source>Declaration</source>
        <translation>回避声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="78"/>
        <source>Veto items</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="79"/>
        <source>Score file</source>
        <translation>评分文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="112"/>
        <source>{sofar} so far</source>
        <translation>目前 {sofar}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="118"/>
        <source>{kind}: {text}</source>
        <translation>{kind}：{text}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/my_scores.py" line="123"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PackageStoring</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/storing.py" line="143"/>
        <source>Checking and storing the package… {percent} %</source>
        <translation>正在校验并保存评审包…… {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/storing.py" line="153"/>
        <source>The package is checked and stored on this computer.</source>
        <translation>评审包已校验完毕，并已保存在本机。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/storing.py" line="166"/>
        <source>The package was not stored: {reason}</source>
        <translation>评审包未能保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/storing.py" line="170"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
</context>
<context>
    <name>PanelMatrixModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="209"/>
        <source>Total given by {name}</source>
        <translation>{name} 给出的总分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="216"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="217"/>
        <source>Sheets</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="218"/>
        <source>Panel</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="223"/>
        <source>File no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="224"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="225"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="226"/>
        <source>Sheets counted of those assigned</source>
        <translation>计入的评分表 / 分配的专家数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="227"/>
        <source>Panel score</source>
        <translation>专家组得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="228"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="229"/>
        <source>Recommendation</source>
        <translation>认定建议</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="230"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="231"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="264"/>
        <source>{name}: total {total}, {grade}</source>
        <translation>{name}：总分 {total}，{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="269"/>
        <source>Dropped by the trimmed mean (shown in brackets)</source>
        <translation>作为最高分或最低分被去掉（以括号标示）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="272"/>
        <source>Paper sheet, entered by the chair</source>
        <translation>纸质评分表，由组长录入</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="278"/>
        <source>{name} is not assigned to this applicant</source>
        <translation>{name} 未被分配评审该单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="287"/>
        <source>{name}: sheet not counted ({why})</source>
        <translation>{name}：评分表未计入（{why}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="291"/>
        <source>missing</source>
        <translation>未收到</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="293"/>
        <source>{name}: no sheet received yet</source>
        <translation>{name}：尚未收到评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="313"/>
        <source>{grade} → {published} (quota)</source>
        <translation>{grade} → {published}（比例限额）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="327"/>
        <source>{position} (tied)</source>
        <translation>{position}（并列）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="333"/>
        <source>not ranked: veto</source>
        <translation>不参与排名：否决</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="334"/>
        <source>not ranked: too few sheets</source>
        <translation>不参与排名：有效评分表不足</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="342"/>
        <source>No flags</source>
        <translation>无提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/matrix_model.py" line="344"/>
        <source>Override: {reason}</source>
        <translation>调整等级：{reason}</translation>
    </message>
</context>
<context>
    <name>PanelsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="278"/>
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="279"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="280"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="281"/>
        <source>Chair</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="283"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="289"/>
        <source>Applicants</source>
        <translation>申报单位</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/panels_page.py" line="91"/>
        <source>No panel yet: create one below.</source>
        <translation>尚无专家组，请在下方新建。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/panels_page.py" line="93"/>
        <source>Choose a panel in the list on the left, or create one below it.</source>
        <translation>请在左侧列表中选择一个专家组，或在其下方新建。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/panels_page.py" line="96"/>
        <source>No applicant in this panel yet. Place applicants puts every applicant in the panel of its category; Propose assignment then chooses the experts.</source>
        <translation>本专家组尚无申报单位。“分入申报单位”会将各申报单位分入其类别对应的专家组，再由“自动分配”选定专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/panels_page.py" line="214"/>
        <source>No problem: every applicant has enough experts and none has a conflict.</source>
        <translation>没有问题：每个申报单位的专家人数均已足够，且无利益冲突。</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="155"/>
        <source>Paper sheet entered by the chair</source>
        <translation>组长录入纸质评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="158"/>
        <source>For an assigned expert who scored on paper. The sheet is checked exactly like a signed one, marked everywhere as “entered by the chair” with your note, and signed with your key when the panel is finalised.</source>
        <translation>用于以纸质方式评分的已分配专家。该评分表与签名评分表执行完全相同的核验，在各处均标注“由组长录入”并附您的说明，专家组结果定稿时以您的密钥签名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="163"/>
        <source>&amp;Applicant:</source>
        <translation>申报单位(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="164"/>
        <source>&amp;Expert:</source>
        <translation>专家(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="165"/>
        <source>Chair&apos;s &amp;note:</source>
        <translation>组长说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="167"/>
        <source>e.g. paper sheet handed in at the meeting, signed by the expert</source>
        <translation>例如：纸质评分表于会上提交，已由专家本人签字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="169"/>
        <source>E&amp;nter the sheet</source>
        <translation>录入评分表(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="170"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="221"/>
        <source>Not entered — the sheet is not complete: {count} matters, listed under “Still to do”.</source>
        <translation>未录入——评分表尚不完整：共{count}项，见“待完成事项”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="232"/>
        <source>{mark} Entered for {expert} (entered by the chair).</source>
        <translation>{mark} 已为 {expert} 录入（由组长录入）。</translation>
    </message>
</context>
<context>
    <name>PaperSheetForm</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/paper_sheet.py" line="75"/>
        <source>Entered by the chair: stored when you press “Enter the sheet”</source>
        <translation>由组长录入：按“录入评分表”后保存</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="62"/>
        <source>Opening your identity…</source>
        <translation>正在打开您的身份…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="89"/>
        <source>Enter your passphrase to open {what}.</source>
        <translation>请输入口令以打开{what}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="91"/>
        <source>Enter your passphrase to unlock your identity for this session.</source>
        <translation>请输入口令，为本次使用解锁您的身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="94"/>
        <source>Identity file: {path}</source>
        <translation>身份文件：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="99"/>
        <source>This is the demo: its passphrases are public, printed by “reviewdesk demo” and written in {readme}.</source>
        <translation>这是演示：演示口令是公开的，已由“reviewdesk demo”打印，并写在 {readme} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="104"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="9"/>
        <source>Unlock your identity</source>
        <translation>解锁您的身份</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="36"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="74"/>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="88"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="304"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="319"/>
        <source>Page %1 has no text to copy; it may be a scanned image.</source>
        <translation>第 %1 页没有可复制的文字，可能是扫描图像。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="323"/>
        <source>The text of page %1 was copied.</source>
        <translation>已复制第 %1 页的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="328"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="329"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="330"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="331"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="332"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="333"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="334"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="335"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="336"/>
        <source>Copy page text</source>
        <translation>复制本页文字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="336"/>
        <source>Copy page</source>
        <translation>复制本页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="338"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="339"/>
        <source>Page (Home, End, Page Up, Page Down)</source>
        <translation>页码（Home、End、Page Up、Page Down）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="340"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="341"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="342"/>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
</context>
<context>
    <name>PdfSearchBar</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="173"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="175"/>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="180"/>
        <source>Result %1 of %2</source>
        <translation>第 %1 个结果，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="203"/>
        <source>Find a word first; then the text around it can be copied.</source>
        <translation>请先查找词语，然后才能复制其前后的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="207"/>
        <source>The text around result %1 was copied.</source>
        <translation>已复制第 %1 个结果前后的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="225"/>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="233"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="226"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="227"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="229"/>
        <source>Copy the text around the result</source>
        <translation>复制结果前后的文字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="229"/>
        <source>Copy result</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="232"/>
        <source>Find in this document (F3: next)</source>
        <translation>在本材料中查找（F3 查找下一处）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="234"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../ui/pledge_dialog.ui" line="9"/>
        <location filename="../../ui/pledge_dialog.ui" line="14"/>
        <source>Confidentiality pledge</source>
        <translation>保密承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.ui" line="31"/>
        <source>Your agreement is recorded with the date and signed into every score file you submit for this package.</source>
        <translation>您的同意将连同日期一并记录，并签入您为本评审包提交的每一份评分文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.ui" line="37"/>
        <source>I have &amp;read this pledge and I agree to it.</source>
        <translation>我已阅读并同意以上承诺(&amp;R)。</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.ui" line="44"/>
        <source>Refuse and &amp;close the package</source>
        <translation>不同意并关闭评审包(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.ui" line="54"/>
        <source>&amp;Sign the pledge</source>
        <translation>签署承诺(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="68"/>
        <source>Refuse the pledge?</source>
        <translation>拒绝签署保密承诺？</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="69"/>
        <source>Without the pledge you cannot read or score this package.</source>
        <translation>不签署保密承诺，就无法阅读或评审此评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="72"/>
        <source>The package closes; its materials stay encrypted and unread, and nothing is sent to anyone. You can open it again from the start page and sign the pledge then. If you cannot take part in this review, tell the commission.</source>
        <translation>评审包将关闭，材料保持加密、不会被读取，也不会向任何人发送任何内容。您可以在首页再次打开评审包并签署承诺。如您无法参加本次评审，请告知评审委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="77"/>
        <source>&amp;Refuse and close</source>
        <translation>拒绝并关闭(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="78"/>
        <source>&amp;Back to the pledge</source>
        <translation>返回承诺书(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="90"/>
        <source>{round} · {panel}; package from {sender}.</source>
        <translation>{round} · {panel}；评审包发送人：{sender}。</translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/private_notes.py" line="57"/>
        <source>Not saved yet…</source>
        <translation>尚未保存…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/private_notes.py" line="74"/>
        <source>Saved, encrypted, {time}</source>
        <translation>已加密保存，{time}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/private_notes.py" line="89"/>
        <source>Private notes — {ref}</source>
        <translation>私人备注 — {ref}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/private_notes.py" line="92"/>
        <source>My private notes on {ref} {name}</source>
        <translation>我对 {ref} {name} 的私人备注</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/private_notes.py" line="94"/>
        <source>Private notes, only for you</source>
        <translation>私人备注，仅您本人可见</translation>
    </message>
    <message>
        <location filename="../../ui/private_notes_dialog.ui" line="9"/>
        <source>Private notes</source>
        <translation>私人备注</translation>
    </message>
    <message>
        <location filename="../../ui/private_notes_dialog.ui" line="20"/>
        <source>Only you can read these notes. They are kept encrypted with your key on this computer and are never put into your score file, your PDF or anything the chair receives.</source>
        <translation>这些备注仅您本人可读。备注用您的密钥加密保存在本机，绝不会写入评分文件、PDF 或组长收到的任何材料。</translation>
    </message>
    <message>
        <location filename="../../ui/private_notes_dialog.ui" line="41"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/i18n.py" line="36"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/i18n.py" line="37"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="346"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="347"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="348"/>
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="349"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="351"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="355"/>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="357"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="362"/>
        <source>Quota</source>
        <translation>比例限制</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="363"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="364"/>
        <source>Override</source>
        <translation>等次调整</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="398"/>
        <source>{computed} → {grade}: {reason}</source>
        <translation>{computed} → {grade}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="407"/>
        <source>recommendation changed: {reason}</source>
        <translation>推荐意见已调整：{reason}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="69"/>
        <source>Import result bundles… checks the chairs&apos; result bundles and lists each here with its verdict: accepted, or refused with its reasons.</source>
        <translation>“导入结果包…”会核验各组长的结果包，并将每个结果包的结论列于此处：予以接收，或拒收并说明理由。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="74"/>
        <source>No panel result accepted yet: import the chairs&apos; result bundles.</source>
        <translation>尚未接收任何专家组的结果，请导入各组长的结果包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="110"/>
        <source>Panels without an accepted result: {panels}</source>
        <translation>尚无已接收结果的专家组：{panels}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="114"/>
        <source>Every panel&apos;s result is in.</source>
        <translation>所有专家组的结果均已接收。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="116"/>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="124"/>
        <source>Result bundles</source>
        <translation>结果包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="125"/>
        <source>Result bundles (*.rdx);;All files (*)</source>
        <translation>结果包 (*.rdx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="136"/>
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>正在核验 %n 个结果包…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="150"/>
        <source>{accepted} bundle(s) accepted or already there, {refused} refused.</source>
        <translation>{accepted} 个结果包已接收或此前已导入，{refused} 个被拒收。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="158"/>
        <source>Where the publications go</source>
        <translation>发布文件的存放位置</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="165"/>
        <source>Choose the folder for the publications first.</source>
        <translation>请先选择存放发布文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="178"/>
        <source>Publishing…</source>
        <translation>正在生成发布文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="200"/>
        <source>%n summary page(s)</source>
        <translation>
            <numerusform>%n 份单位结果摘要</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="202"/>
        <source>archive of %n file(s)</source>
        <translation>
            <numerusform>含 %n 个文件的归档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/results_page.py" line="205"/>
        <source>Written to {folder}: {files}</source>
        <translation>已写入 {folder}：{files}</translation>
    </message>
</context>
<context>
    <name>RosterPinDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="95"/>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="135"/>
        <source>Call the commission and ask them to read out the fingerprint. Then type the &amp;last group of five digits of each key here:</source>
        <translation>请致电评审委员会，请对方宣读指纹，然后在此输入每个密钥指纹的最后一组五位数字(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="139"/>
        <source>Last group of each fingerprint</source>
        <translation>各指纹的最后一组数字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="140"/>
        <source>e.g. 12345</source>
        <translation>例如 12345</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="149"/>
        <source>Roster file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="173"/>
        <source>Pinning the root key…</source>
        <translation>正在固定根密钥…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="200"/>
        <source>{label}, version {version}</source>
        <translation>{label}，第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="205"/>
        <source>from {start} until {end}</source>
        <translation>自 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="211"/>
        <source>{experts}, {chairs}</source>
        <translation>{experts}，{chairs}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="216"/>
        <source>{threshold} of {count} root keys must sign.</source>
        <translation>{count} 个根密钥中须有 {threshold} 个签名。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="9"/>
        <source>Trust the commission&apos;s root key</source>
        <translation>固定委员会根密钥</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="14"/>
        <source>Pin the commission&apos;s root key</source>
        <translation>固定委员会根密钥</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="20"/>
        <source>reviewdesk trusts no key on first sight. Open the roster file the commission gave you, then compare the root key&apos;s fingerprint below, group by group, with the one the commission reads to you by phone or shows you in person.</source>
        <translation>reviewdesk 不会轻信初次见到的任何密钥。请打开委员会提供的名册文件，然后将下方根密钥的指纹与委员会通过电话读给您或当面出示的指纹逐组核对。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="28"/>
        <source>Roster &amp;file:</source>
        <translation>名册文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="39"/>
        <source>&amp;Open roster…</source>
        <translation>打开名册(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="46"/>
        <source>What the roster says</source>
        <translation>名册内容</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="50"/>
        <source>Roster:</source>
        <translation>名册：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="61"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="72"/>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="83"/>
        <source>Root keys and their fingerprints:</source>
        <translation>根密钥及其指纹：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="98"/>
        <source>I &amp;compared every group of digits with the commission and they are the same.</source>
        <translation>我已与委员会逐组核对全部数字，完全一致(&amp;C)。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="128"/>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="142"/>
        <source>&amp;Trust this root key</source>
        <translation>固定此根密钥(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="87"/>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="135"/>
        <source>Sto&amp;p checking</source>
        <translation>停止检查(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="121"/>
        <source>No applicant yet. Import applicants… reads the list (XLSX or CSV: name, category, host institution, field, partner countries, contact).</source>
        <translation>尚无申报单位。“导入申报单位…”可读取名单（XLSX 或 CSV，含名称、类别、依托单位、领域、合作国别、联系方式）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="126"/>
        <source>Every applicant&apos;s materials are there and open.</source>
        <translation>各申报单位的材料齐全，均可正常打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="129"/>
        <source>Check materials folder… lists here every file that is missing, extra or cannot be opened, before any package is built.</source>
        <translation>“检查材料文件夹…”会在生成评审包之前，将缺少、多余或无法打开的文件逐一列于此处。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="188"/>
        <source>A scoring form file</source>
        <translation>评分表文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="189"/>
        <source>Scoring forms (*.json);;All files (*)</source>
        <translation>评分表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="225"/>
        <source>Deadline saved.</source>
        <translation>截止时间已保存。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="232"/>
        <source>The applicant list</source>
        <translation>申报单位名单</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="233"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="244"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="257"/>
        <source>%n applicant(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个申报单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="262"/>
        <source>%n problem(s) in the list; nothing was imported. Fix the sheet and import it again.</source>
        <translation>
            <numerusform>名单中有 %n 处问题，未导入任何内容。请修改表格后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="274"/>
        <source>The materials folder</source>
        <translation>申报材料文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="284"/>
        <source>Checking {folder}…</source>
        <translation>正在检查 {folder}…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/round_page.py" line="298"/>
        <source>{files} file(s) recorded; {problems} problem(s).</source>
        <translation>已登记 {files} 个文件；发现 {problems} 处问题。</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="125"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="126"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="127"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="128"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="187"/>
        <source>Scoring form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="301"/>
        <source>Total {total} of {max}</source>
        <translation>总分 {total} / {max}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="309"/>
        <source>Grade: {grade} (veto claimed)</source>
        <translation>等级：{grade}（已勾选一票否决项）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="312"/>
        <source>Grade: when every criterion has a score</source>
        <translation>等级：各项均评分后给出</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="315"/>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="319"/>
        <source>Status: {stage}</source>
        <translation>状态：{stage}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="347"/>
        <source>Nothing is missing: the sheet is complete.</source>
        <translation>已无缺项：评分表已填写完整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="350"/>
        <source>Still to do ({count})</source>
        <translation>待完成事项（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="352"/>
        <source>Still to do</source>
        <translation>待完成事项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="379"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="384"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="392"/>
        <source>Nothing entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="400"/>
        <source>Veto items: tick only with evidence</source>
        <translation>一票否决项：须有证据方可勾选</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="403"/>
        <source>Overall opinion (required)</source>
        <translation>评审意见（必填）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="405"/>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="406"/>
        <source>Overall opinion</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="408"/>
        <source>Your overall opinion of the applicant: strengths, weaknesses, advice</source>
        <translation>对申报单位的总体评价：优势、不足与建议</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="410"/>
        <source>What is still missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="47"/>
        <source>Submitted (revision {revision})</source>
        <translation>已提交（第 {revision} 版）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="51"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="52"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="53"/>
        <source>Complete, not submitted</source>
        <translation>已填完，未提交</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="57"/>
        <source>{stage} (revision {revision})</source>
        <translation>{stage}（第 {revision} 版）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="66"/>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="69"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="103"/>
        <source>A comment is required: the score is below {low}.</source>
        <translation>需填写评语：得分低于 {low} 分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="107"/>
        <source>A comment is required: the score is {high} or more.</source>
        <translation>需填写评语：得分达到 {high} 分及以上。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="120"/>
        <source>At most {max} points ({score} is too high).</source>
        <translation>最高 {max} 分（{score} 超出上限）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="123"/>
        <source>The score {score} is outside 0–{max}.</source>
        <translation>得分 {score} 超出 0–{max} 的范围。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="127"/>
        <source>Must be a multiple of {step} ({score} is not).</source>
        <translation>须为 {step} 的倍数（{score} 不符合）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="132"/>
        <source>“{text}” is not a score: type digits with at most one decimal point, e.g. 20 or 20.5.</source>
        <translation>“{text}”不是有效分数：请只输入数字，最多一个小数点，如 20 或 20.5。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="137"/>
        <source>The score is not a number.</source>
        <translation>得分不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="147"/>
        <source>{criterion}: no score yet.</source>
        <translation>{criterion}：尚未评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="155"/>
        <source>The overall opinion is missing.</source>
        <translation>尚未填写评审意见。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="157"/>
        <source>{criterion} is not on this form.</source>
        <translation>{criterion} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="161"/>
        <source>{item}: a ticked veto item needs its evidence.</source>
        <translation>{item}：已勾选的否决项须填写证据。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="165"/>
        <source>{item} is not a veto item of this form.</source>
        <translation>{item} 不是本评分表的否决项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="169"/>
        <source>{item} is ticked twice.</source>
        <translation>{item} 被重复勾选。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="172"/>
        <source>Problem: {code}</source>
        <translation>问题：{code}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="26"/>
        <source>Expert desk</source>
        <translation>评审专家工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="27"/>
        <source>Panel chair desk</source>
        <translation>专家组组长工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="28"/>
        <source>Commission desk</source>
        <translation>委员会工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="29"/>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="30"/>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="31"/>
        <source>Materials: the document</source>
        <translation>申报材料：文档</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="32"/>
        <source>Materials: the image</source>
        <translation>申报材料：图片</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="33"/>
        <source>Materials</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="37"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="38"/>
        <source>Next or previous field</source>
        <translation>转到下一项或上一项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="41"/>
        <source>Enter on an applicant</source>
        <translation>在申报单位上按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="42"/>
        <source>Declare, or go to its score sheet</source>
        <translation>作回避声明，或转到其评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="45"/>
        <source>Enter in a search field</source>
        <translation>在查找框中按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="46"/>
        <source>Next result (Shift+Enter: previous)</source>
        <translation>转到下一处结果（Shift+Enter 转到上一处）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="49"/>
        <source>Esc in a search field</source>
        <translation>在查找框中按 Esc</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="50"/>
        <source>Back to the document, or clear the search</source>
        <translation>返回文档，或清除查找内容</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="53"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="54"/>
        <source>The button or field with that letter</source>
        <translation>转到标有该字母的按钮或输入框</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="65"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="110"/>
        <source>Everywhere</source>
        <translation>各处通用</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="137"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="139"/>
        <source>The keys that work on the screen you are on.</source>
        <translation>以下为当前界面可用的按键。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="145"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="146"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/shortcuts_dialog.py" line="179"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>StandingBar</name>
    <message>
        <location filename="../../ui/standing_bar.ui" line="21"/>
        <source>&amp;My scores…</source>
        <translation>我的评分(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/standing_bar.ui" line="26"/>
        <source>Private &amp;notes…</source>
        <translation>私人备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/standing_bar.ui" line="46"/>
        <source>Review and submit…</source>
        <translation>核对并提交…</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="181"/>
        <source>Save the signed score file</source>
        <translation>保存已签名的评分文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="189"/>
        <source>Signing and writing your score file…</source>
        <translation>正在签署并写入评分文件…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="202"/>
        <source>Save my score sheets as PDF</source>
        <translation>将我的评分表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="214"/>
        <source>Making the PDF of your score sheets…</source>
        <translation>正在生成评分表 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="219"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="252"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="263"/>
        <source>PDF saved: {path}</source>
        <translation>PDF 已保存：{path}</translation>
    </message>
</context>
<context>
    <name>SubmitCheckDialog</name>
    <message>
        <location filename="../../ui/submit_check_dialog.ui" line="9"/>
        <source>Not ready to submit</source>
        <translation>尚不能提交</translation>
    </message>
    <message>
        <location filename="../../ui/submit_check_dialog.ui" line="14"/>
        <source>Your scores cannot be signed yet</source>
        <translation>您的评分尚不能签署</translation>
    </message>
    <message>
        <location filename="../../ui/submit_check_dialog.ui" line="20"/>
        <source>These are still &amp;missing. Choose a line and press Enter (or double-click it) to go there:</source>
        <translation>以下内容尚缺(&amp;M)。选中一行后按回车（或双击）即可前往：</translation>
    </message>
    <message>
        <location filename="../../ui/submit_check_dialog.ui" line="39"/>
        <source>&amp;Go there</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/submit_check_dialog.ui" line="45"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SubmitDoneDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="113"/>
        <source>Nothing changed since revision {revision}: its signed file was written again.</source>
        <translation>自第 {revision} 版以来没有改动：已再次写出该版已签名的文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="116"/>
        <source>Revision {revision} of your scores is signed and written.</source>
        <translation>您的评分第 {revision} 版已签署并写出。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="121"/>
        <source>Fingerprint: {digits}</source>
        <translation>指纹：{digits}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="125"/>
        <source>Give this file to your panel chair. If you change anything afterwards, submitting again signs revision {next}; the chair keeps only the latest.</source>
        <translation>请将此文件交给专家组组长。此后如有修改，再次提交将签署第 {next} 版；组长只采用最新一版。</translation>
    </message>
    <message>
        <location filename="../../ui/submit_done_dialog.ui" line="9"/>
        <source>Score file written</source>
        <translation>评分文件已写出</translation>
    </message>
    <message>
        <location filename="../../ui/submit_done_dialog.ui" line="20"/>
        <source>Written to:</source>
        <translation>写入位置：</translation>
    </message>
    <message>
        <location filename="../../ui/submit_done_dialog.ui" line="33"/>
        <source>Fingerprint of the signed file (the chair can read it back to you):</source>
        <translation>已签名文件的指纹（组长可读给您核对）：</translation>
    </message>
    <message>
        <location filename="../../ui/submit_done_dialog.ui" line="64"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="59"/>
        <source>Retry saving</source>
        <translation>重新保存</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="60"/>
        <source>Change scores (new revision)</source>
        <translation>修改评分（生成新版本）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="62"/>
        <source>The submitted revision stays as signed; your changes become the next one.</source>
        <translation>已提交的版本保持签名时的内容不变；您的修改将成为下一个版本。</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="82"/>
        <source>Round kind</source>
        <translation>评审类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="83"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="84"/>
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="85"/>
        <source>Criteria</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="86"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="87"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>TieOrderButtons</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="77"/>
        <source>Change the manual order of {refs}…</source>
        <translation>修改 {refs} 的人工排序…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="79"/>
        <source>Set the order of {refs}…</source>
        <translation>确定 {refs} 的排序…</translation>
    </message>
</context>
<context>
    <name>TieOrderDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="107"/>
        <source>Order of tied applicants</source>
        <translation>并列申报单位的排序</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="114"/>
        <source>The rules cannot separate these applicants. Put them in the order the panel decided, best first, and write why.</source>
        <translation>按规则无法区分以下申报单位的名次。请按专家组议定的顺序排列（排名靠前者在上），并写明理由。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="120"/>
        <source>Tied applicants, best first</source>
        <translation>并列的申报单位（排名靠前者在上）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="127"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="128"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="138"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="141"/>
        <source>Reason for the order</source>
        <translation>排序理由</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/tie_order_dialog.py" line="153"/>
        <source>Remove the manual &amp;order</source>
        <translation>撤销人工排序(&amp;O)</translation>
    </message>
</context>
<context>
    <name>VerdictsModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="317"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="318"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="319"/>
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="321"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/commission/models.py" line="325"/>
        <source>Reasons and discrepancies</source>
        <translation>原因与不一致之处</translation>
    </message>
</context>
<context>
    <name>VetoEditor</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="72"/>
        <source>Give the evidence for this veto item.</source>
        <translation>请填写该否决项的证据。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="80"/>
        <source>Veto item {item}</source>
        <translation>否决项 {item}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="83"/>
        <source>Evidence: what in the materials shows this</source>
        <translation>证据：材料中的哪些内容表明这一点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="84"/>
        <source>{item} evidence</source>
        <translation>{item} 证据</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="30"/>
        <source>Recognition</source>
        <translation>认定申报评审</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="31"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="40"/>
        <source>Park</source>
        <translation>园区类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="41"/>
        <source>Research</source>
        <translation>科研类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="42"/>
        <source>Platform</source>
        <translation>平台类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/models/template_model.py" line="43"/>
        <source>Enterprise</source>
        <translation>企业类</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="37"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="38"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="39"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="40"/>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="57"/>
        <source>Recommend recognition</source>
        <translation>建议认定</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/chair/texts.py" line="58"/>
        <source>Do not recommend</source>
        <translation>不建议认定</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/reviewdesk/gui/messages.py" line="20"/>
        <source>Something went wrong that reviewdesk did not expect.</source>
        <translation>reviewdesk 遇到了意外错误。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="9"/>
        <source>The work was cancelled; nothing was changed.</source>
        <translation>操作已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="10"/>
        <source>{path} is not valid JSON: {reason}.</source>
        <translation>{path} 不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="11"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="12"/>
        <source>{path} is larger than the {limit} bytes allowed for this kind of file.</source>
        <translation>{path} 超过此类文件允许的 {limit} 字节上限。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="16"/>
        <source>{path} is not an ordinary file (a folder, a named pipe or a device cannot be read or written here); give the path of a file.</source>
        <translation>{path} 不是普通文件（此处不能读写文件夹、命名管道或设备），请指定一个文件的路径。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="21"/>
        <source>{path} cannot be written: the disk is full. Make room or choose another place; nothing was left half-written.</source>
        <translation>无法写入 {path}：磁盘已满。请腾出空间或另选位置；没有留下写了一半的文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="26"/>
        <source>{path} cannot be written: the disk or folder is read-only. Choose another place.</source>
        <translation>无法写入 {path}：该磁盘或文件夹为只读，请另选位置。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="30"/>
        <source>{path} cannot be used: permission denied. Check who owns it and who may read or change it.</source>
        <translation>无法使用 {path}：没有访问权限。请检查其所有者以及读写权限。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="35"/>
        <source>{path} cannot be written: {folder} is a file where a folder should be.</source>
        <translation>无法写入 {path}：{folder} 应为文件夹，实际却是一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="38"/>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="41"/>
        <source>A passphrase is needed but there is no terminal to ask for it; give it with --passphrase-file FILE (its first line).</source>
        <translation>需要输入口令，但没有可供输入的终端；请用 --passphrase-file 文件 提供口令（读取文件第一行）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="46"/>
        <source>The first line of {path} is empty; it must hold the passphrase.</source>
        <translation>{path} 的第一行为空，该行应为口令。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="49"/>
        <source>No passphrase was given (the input ended); nothing was done.</source>
        <translation>未输入口令（输入已结束），未进行任何操作。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="52"/>
        <source>The operating system refused the work: {reason}.</source>
        <translation>操作系统拒绝执行此操作：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="55"/>
        <source>Stopped at your request (Ctrl-C).</source>
        <translation>已按您的要求停止（Ctrl-C）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="56"/>
        <source>{path} is the package being read; write the score file under another name.</source>
        <translation>{path} 是正在读取的评审包，请将评分文件另存为其他名称。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="60"/>
        <source>The scoring form {path} is invalid at {field}: {reason}.</source>
        <translation>评分表 {path} 在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="63"/>
        <source>No scoring form matches “{ref}”.</source>
        <translation>没有与“{ref}”匹配的评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="64"/>
        <source>“{ref}” matches more than one scoring form; give more of its fingerprint.</source>
        <translation>“{ref}”匹配到多张评分表，请提供更长的指纹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="67"/>
        <source>{path} does not follow the score-sheet layout at {where}: {reason}.</source>
        <translation>{path} 在 {where} 处不符合评分表格式：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="70"/>
        <source>{path} is not saved as UTF-8 text (it looks like {encoding}; the first character that is not UTF-8 is on line {line}). Save it again as UTF-8 — in Excel: Save As → “CSV UTF-8 (Comma delimited)” — and try again.</source>
        <translation>{path} 不是以 UTF-8 文本保存的（看起来是 {encoding}；第一个非 UTF-8 字符在第 {line} 行）。请另存为 UTF-8——在 Excel 中：另存为 →“CSV UTF-8（逗号分隔）”——然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="76"/>
        <source>{path} cannot be read as a list of applicants ({reason}). Save it again from the spreadsheet program as .xlsx or as “CSV UTF-8” and try again.</source>
        <translation>无法将 {path} 读取为申报单位名单（{reason}）。请在电子表格程序中另存为 .xlsx 或“CSV UTF-8”格式后重试。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="81"/>
        <source>{path} already holds files; choose an empty folder for the archive. Nothing was written.</source>
        <translation>{path} 中已有文件，请为归档选择一个空文件夹。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="85"/>
        <source>Round {round} cannot be published yet: no accepted result for panel(s) {missing}. Nothing was written.</source>
        <translation>评审轮次 {round} 暂不能发布：专家组 {missing} 尚无已接受的结果。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="90"/>
        <source>The archive needs a commission key to take the score files out of the result bundles: give --identity, or --no-archive.</source>
        <translation>生成归档需要委员会密钥，以便从结果包中取出评分文件：请使用 --identity，或使用 --no-archive。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="95"/>
        <source>The result bundle {path} was refused; nothing of it was stored. {reason}</source>
        <translation>结果包 {path} 未被接受，其内容均未保存。{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="98"/>
        <source>{count} of {total} result bundle(s) were refused; nothing of them was stored.</source>
        <translation>{total} 个结果包中有 {count} 个被拒绝，其内容均未保存。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="102"/>
        <source>The database holds {count} rounds; name one with --round.</source>
        <translation>数据库中有 {count} 个评审轮次，请用 --round 指明。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="106"/>
        <source>{path} does not follow the chair-decisions layout at {where}: {reason}.</source>
        <translation>{path} 在 {where} 处不符合组长决定的格式：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="109"/>
        <source>The database {path} was written by a newer version of reviewdesk (schema {found}; this version knows up to {supported}). Install the newer version to open it; the database was not changed.</source>
        <translation>数据库 {path} 由更新版本的 reviewdesk 写入（结构版本 {found}；本版本最高支持 {supported}）。请安装新版本后再打开；数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="115"/>
        <source>{path} is not a database file; it was not changed.</source>
        <translation>{path} 不是数据库文件，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="118"/>
        <source>{path} is a database of another program, not of reviewdesk; it was not changed.</source>
        <translation>{path} 是其他程序的数据库，不是 reviewdesk 的数据库，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="122"/>
        <source>The database {path} is damaged ({reason}); restore it from a backup. It was not changed.</source>
        <translation>数据库 {path} 已损坏（{reason}），请从备份恢复。数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="126"/>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>无法打开数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="130"/>
        <source>Your reviewdesk folder {path} is open in another reviewdesk ({program}, process {pid} on {host}, since {since}). Close that window or wait for that command to finish, then try again; nothing was changed.</source>
        <translation>您的 reviewdesk 文件夹 {path} 正由另一个 reviewdesk 使用（{program}，进程 {pid}，计算机 {host}，自 {since} 起）。请先关闭那个窗口或等待该命令结束，然后重试；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="136"/>
        <source>Your reviewdesk folder {path} cannot be reserved for this program ({reason}); nothing was changed.</source>
        <translation>无法为本程序锁定您的 reviewdesk 文件夹 {path}（{reason}）；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="141"/>
        <source>The database {path} is empty (0 bytes): the declarations, drafts and submission records it held are gone, so it was left as it is and nothing was changed. The store {store} still holds {packages} package(s) as received and {score_files} signed score file(s) ({names}): restore the database from a backup, or move the empty file away and open the packages again to start afresh — keep the signed score files, they are what you submitted.</source>
        <translation>数据库 {path} 为空（0 字节）：其中的声明、草稿和提交记录已经丢失，因此保持原样，未作任何更改。存储区 {store} 仍保存着 {packages} 个原样收到的评审包和 {score_files} 个已签名的评分文件（{names}）：请从备份恢复数据库，或将该空文件移走后重新打开评审包从头开始——请保留已签名的评分文件，它们就是您已提交的内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/files.py" line="150"/>
        <source>The database {path} needs the driver {driver}, which is not installed.</source>
        <translation>数据库 {path} 需要驱动程序 {driver}，但尚未安装。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="9"/>
        <source>The database server {path} refused the login ({reason}). Check the user name and the password (in the address, or in the user&apos;s .pgpass file); nothing was changed.</source>
        <translation>数据库服务器 {path} 拒绝登录（{reason}）。请检查用户名和密码（写在数据库地址中，或在该用户的 .pgpass 文件中）；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="14"/>
        <source>The database server {path} has no database named {database}. Ask its administrator to create an empty one (reviewdesk sets it up on first use); nothing was changed.</source>
        <translation>数据库服务器 {path} 上没有名为 {database} 的数据库。请联系服务器管理员新建一个空数据库（reviewdesk 首次使用时会自行完成初始化）；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="19"/>
        <source>The database {path} could not be brought up to date ({reason}); it was left as it was.</source>
        <translation>数据库 {path} 未能升级到当前版本（{reason}），已保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="23"/>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} 已存在；未被覆盖。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="24"/>
        <source>The passphrase must not be empty; nothing was written.</source>
        <translation>口令不能为空；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="27"/>
        <source>A passphrase work factor of 2^{factor} was asked for; an identity file uses 2^{minimum} to 2^{maximum} (2^18 unless told otherwise), so nothing was written.</source>
        <translation>所要求的口令计算强度为 2^{factor}；身份文件的口令计算强度须在 2^{minimum} 至 2^{maximum} 之间（默认 2^18），因此未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="32"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的口令不一致；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="35"/>
        <source>A {key} public key in {path} is refused: {reason}.</source>
        <translation>{path} 中的一个 {key} 公钥被拒绝：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="38"/>
        <source>The identity in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中的身份在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="41"/>
        <source>The passphrase for the identity file {path} is wrong.</source>
        <translation>身份文件 {path} 的口令不正确。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="44"/>
        <source>{path} is not an identity file (it is not an age file).</source>
        <translation>{path} 不是身份文件（不是 age 文件）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="47"/>
        <source>{path} is encrypted to a key, not to a passphrase; it is not an identity file.</source>
        <translation>{path} 是用密钥而不是口令加密的；它不是身份文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="50"/>
        <source>The identity file {path} is damaged or was altered ({age_code}); restore it from your backup.</source>
        <translation>身份文件 {path} 已损坏或被改动（{age_code}）；请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="55"/>
        <source>{path} opens with this passphrase but does not hold a reviewdesk identity.</source>
        <translation>{path} 能用此口令打开，但其中不是 reviewdesk 身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="58"/>
        <source>{path} is not a valid enrolment request: {reason}.</source>
        <translation>{path} 不是有效的登记申请：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="61"/>
        <source>The enrolment request {path} of {name} does not prove that its sender holds the encryption key it lists (it was made without the commission&apos;s key, or by an older version); it cannot be accepted. Ask {name} for a new request.</source>
        <translation>{name} 的登记申请 {path} 未能证明申请人持有其所列的加密密钥（申请未使用委员会的密钥生成，或由旧版本生成），不能接受。请 {name} 重新提交登记申请。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="67"/>
        <source>The enrolment request {path} proves its encryption key to another commission key ({verifier}), not to yours ({expected}); check it with that key or ask for a new request.</source>
        <translation>登记申请 {path} 是针对另一个委员会密钥（{verifier}）证明其加密密钥的，而不是您的密钥（{expected}）。请用该密钥核验，或请申请人重新提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="73"/>
        <source>The enrolment request {path} of {name} does not prove that its sender holds the encryption key it lists: the proof does not match (another person&apos;s key, or the request was altered). It cannot be accepted.</source>
        <translation>{name} 的登记申请 {path} 未能证明申请人持有其所列的加密密钥：证明不符（密钥属于他人，或申请已被改动），不能接受。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="79"/>
        <source>{path} is not a valid signed envelope: {reason}.</source>
        <translation>{path} 不是有效的签名信封：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="82"/>
        <source>{path} holds a {found}, not the expected {expected}.</source>
        <translation>{path} 中是 {found}，而不是应有的 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="85"/>
        <source>A signature in {path} does not match the contents (key {keyid}): the file was altered.</source>
        <translation>{path} 中的一个签名与内容不符（密钥 {keyid}）：文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="89"/>
        <source>{path} is signed by a key that is not trusted here (key {keyid}).</source>
        <translation>{path} 的签名密钥在本机不受信任（密钥 {keyid}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="92"/>
        <source>{path} carries {found} valid signatures of trusted keys; {needed} are required.</source>
        <translation>{path} 带有 {found} 个受信任密钥的有效签名；需要 {needed} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="96"/>
        <source>{path} is signed by {name}, whose key was revoked: {reason}.</source>
        <translation>{path} 由 {name} 签名，其密钥已被吊销：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="99"/>
        <source>{path} is signed by {name} as {role}; only {expected} may sign it.</source>
        <translation>{path} 由 {name} 以 {role} 身份签名；只有 {expected} 可以签署。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="102"/>
        <source>{path} is signed by {name}, who does not serve on panel {panel}.</source>
        <translation>{path} 由 {name} 签名，但其不在评审组 {panel} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="105"/>
        <source>The roster {path} is invalid at {field}: {reason}.</source>
        <translation>名册 {path} 在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="108"/>
        <source>The roster {path} lists a refused key at {field}: {reason}.</source>
        <translation>名册 {path} 在 {field} 处列有被拒绝的密钥：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="111"/>
        <source>The roster {path} lists the same key for {name} and for {other}.</source>
        <translation>名册 {path} 为 {name} 和 {other} 列出了同一个密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="114"/>
        <source>The roster {path} lists {name} both as an expert and as the chair of panel {panel}; a person may chair one panel and score in another, never both in one.</source>
        <translation>名册 {path} 将 {name} 同时列为专家组 {panel} 的评审专家和组长；同一人可在一个专家组任组长、在另一个专家组评分，但不能在同一专家组兼任。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="119"/>
        <source>The roster {path} lists {name} as {section}, but the key was made for the role {role}.</source>
        <translation>名册 {path} 将 {name} 列为 {section}，但该密钥是为角色 {role} 生成的。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="123"/>
        <source>The roster {path} is version {version}, older than version {highest} already accepted; it was not used.</source>
        <translation>名册 {path} 为第 {version} 版，早于已接受的第 {highest} 版；未被采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="128"/>
        <source>The roster {path} differs from the version {version} already accepted under the same number. Contact the commission; nothing was changed.</source>
        <translation>名册 {path} 与已接受的同一版本号（第 {version} 版）内容不同。请联系委员会；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="133"/>
        <source>The roster {path} expired at {expires_at} (UTC); ask the commission for a current one.</source>
        <translation>名册 {path} 已于 {expires_at}（UTC）过期；请向委员会索取现行名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/storage.py" line="137"/>
        <source>The trust file {path} is damaged at {field}: {reason}.</source>
        <translation>信任文件 {path} 在 {field} 处已损坏：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="10"/>
        <source>This score sheet is no longer stored.</source>
        <translation>该评分表已不在本地存储中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="11"/>
        <source>Revision {revision} of this sheet was submitted and cannot change; start a new revision to change it.</source>
        <translation>该评分表第 {revision} 版已提交，不能再修改；如需修改，请生成新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="16"/>
        <source>This sheet is still a draft: change it directly, no new revision is needed.</source>
        <translation>该评分表仍是草稿，可直接修改，无需生成新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="19"/>
        <source>A newer revision ({latest_revision}) of this sheet exists; open that one.</source>
        <translation>该评分表已有更新的版本（第 {latest_revision} 版），请打开该版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="22"/>
        <source>The sheet is not complete yet; see the list of what is still missing.</source>
        <translation>评分表尚未填写完整，请查看待完成事项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="25"/>
        <source>This revision was already submitted in another score file.</source>
        <translation>该版本已通过另一个评分文件提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="28"/>
        <source>You are not assigned to review applicant {applicant}.</source>
        <translation>您未被分配评审申报单位 {applicant}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="31"/>
        <source>You declared a disqualifying conflict of interest with applicant {applicant}, so you do not score it.</source>
        <translation>您已声明与申报单位 {applicant} 存在须回避的利益冲突，因此不对其评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="36"/>
        <source>Applicant {applicant} is not part of round {round}.</source>
        <translation>申报单位 {applicant} 不属于评审批次 {round}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="39"/>
        <source>No expert with key {expert} is known here.</source>
        <translation>本地没有密钥为 {expert} 的专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="40"/>
        <source>Criterion {criterion} is not on this scoring form.</source>
        <translation>评分项 {criterion} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="43"/>
        <source>Veto item {item} is not on this scoring form.</source>
        <translation>否决项 {item} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="46"/>
        <source>The stored scoring form {sha256} does not match its fingerprint.</source>
        <translation>本地存储的评分表 {sha256} 与其指纹不符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="50"/>
        <source>{path} is not a reviewdesk exchange file (it does not start with RDX1).</source>
        <translation>{path} 不是 reviewdesk 交换文件（开头不是 RDX1）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="53"/>
        <source>{path} is cut short inside its header. Copy it again.</source>
        <translation>{path} 不完整：文件头被截断。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="56"/>
        <source>{path} is cut short: blob {blob} ({part}) is incomplete. Copy it again.</source>
        <translation>{path} 不完整：数据块 {blob}（{part}）被截断。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="59"/>
        <source>{path} is a kind of reviewdesk file ({kind}) this version does not know.</source>
        <translation>{path} 是本版本不认识的 reviewdesk 文件类型（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="62"/>
        <source>{path} is empty: it holds no blobs.</source>
        <translation>{path} 是空的：不含任何数据块。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="63"/>
        <source>{path} claims {count} blobs; at most {limit} are allowed.</source>
        <translation>{path} 声称含 {count} 个数据块；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="66"/>
        <source>Blob {blob} of {path} claims {size} bytes, more than the {limit} allowed.</source>
        <translation>{path} 的数据块 {blob} 声称有 {size} 字节，超过允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="69"/>
        <source>Blob {blob} of {path} is empty.</source>
        <translation>{path} 的数据块 {blob} 是空的。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="70"/>
        <source>{path} is larger than the {limit} bytes an exchange file may have.</source>
        <translation>{path} 超过交换文件允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="73"/>
        <source>{path} has {size} unexpected bytes after its last blob.</source>
        <translation>{path} 在最后一个数据块之后多出 {size} 个字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="76"/>
        <source>{path} must be a regular file (not a pipe or a device).</source>
        <translation>{path} 必须是普通文件（不能是管道或设备）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="79"/>
        <source>{path} changed on disk after it was opened; open it again.</source>
        <translation>{path} 在打开后被改动；请重新打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="82"/>
        <source>{path} is a {found} file, not the {expected} file expected here.</source>
        <translation>{path} 是{found}文件，不是此处需要的{expected}文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="85"/>
        <source>{path} is a {kind} file, which cannot be opened this way.</source>
        <translation>{path} 是{kind}文件，不能以这种方式打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="88"/>
        <source>The signed manifest in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中已签名的清单在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="91"/>
        <source>{path} was made by a newer reviewdesk (manifest version {version}).</source>
        <translation>{path} 由更新版本的 reviewdesk 生成（清单版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="94"/>
        <source>{path} is labelled a {container} file but its signed manifest says {manifest}: it was altered.</source>
        <translation>{path} 标为{container}文件，但其签名清单写的是{manifest}：文件已被篡改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="99"/>
        <source>The manifest would take {size} bytes; at most {limit} are allowed.</source>
        <translation>清单将占 {size} 字节；最多允许 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="102"/>
        <source>The assignment table in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中的分配表在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="105"/>
        <source>The score sheets in {path} are invalid at {field}: {reason}.</source>
        <translation>{path} 中的评分表在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="108"/>
        <source>The consolidation for {path} is not valid JSON: {reason}.</source>
        <translation>{path} 的汇总结果不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="113"/>
        <source>{path} contains text that cannot be shown safely at {field}: {reason}.</source>
        <translation>{path} 在 {field} 处含有无法安全显示的文字：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="116"/>
        <source>A text for applicant {applicant} cannot be signed: {reason} (at {field}). Delete that character and submit again.</source>
        <translation>申报单位 {applicant} 的一段文字无法签名：{reason}（位置 {field}）。请删除该字符后重新提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="121"/>
        <source>A name or label cannot be signed into the package: {reason} (at {field}). Correct it and build the package again.</source>
        <translation>有名称或标签无法签入评审包：{reason}（位置 {field}）。请更正后重新生成评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="126"/>
        <source>The document contains an image of {width} × {height} pixels, more than the {limit} million pixels reviewdesk shows; such a file can exhaust the computer&apos;s memory. Ask the commission for a copy with smaller images.</source>
        <translation>该文档含有一幅 {width} × {height} 像素的图像，超过 reviewdesk 可显示的上限（{limit} 百万像素）；此类文件可能耗尽计算机内存。请向评审委员会索取图像较小的副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="132"/>
        <source>The document contains compressed content that expands to more than {limit} MiB; such a file can exhaust the computer&apos;s memory. Ask the commission for another copy.</source>
        <translation>该文档含有解压后超过 {limit} MiB 的压缩内容；此类文件可能耗尽计算机内存。请向评审委员会另行索取副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="137"/>
        <source>{path} names a sender other than the key that signed it.</source>
        <translation>{path} 声明的发送者与签名密钥不符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="140"/>
        <source>{path} holds {container} content blobs but its signed manifest lists {manifest}: blobs were added or removed.</source>
        <translation>{path} 含 {container} 个内容数据块，但签名清单列出 {manifest} 个：有数据块被增删。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="145"/>
        <source>Blob {blob} of {path} was altered or replaced after signing ({which}).</source>
        <translation>{path} 的数据块 {blob} 在签名后被改动或替换（{which}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="148"/>
        <source>Blob {blob} of {path} holds what was signed as blob {signed_as}: the blobs were put in another order after signing. Ask for the file again; nothing was stored.</source>
        <translation>{path} 的数据块 {blob} 中是签名时的数据块 {signed_as}：签名后数据块的顺序被调换。请重新索取该文件；未存储任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="153"/>
        <source>Blob {blob} of {path} is a second copy of blob {copy_of}: a blob was copied over another after signing. Ask for the file again; nothing was stored.</source>
        <translation>{path} 的数据块 {blob} 是数据块 {copy_of} 的副本：签名后有数据块被另一数据块覆盖。请重新索取该文件；未存储任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="158"/>
        <source>The scores could not be signed into {path}: other submissions of this package kept coming in at the same time. Try again; no score file was written.</source>
        <translation>无法将评分签入 {path}：同一评审包的其他提交同时不断到来。请重试；未写入任何评分文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="163"/>
        <source>{path} was not made for you: its signed manifest does not list your key.</source>
        <translation>{path} 不是发给您的：其签名清单中没有您的密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="166"/>
        <source>{path} was made under roster version {needed}; you have version {have}. Import the newer roster first.</source>
        <translation>{path} 依据第 {needed} 版名册生成；您的名册是第 {have} 版。请先导入新版名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="171"/>
        <source>The roster inside {path} is version {roster}, not the {manifest} it names.</source>
        <translation>{path} 内的名册是第 {roster} 版，而非清单所写的第 {manifest} 版。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="174"/>
        <source>The scoring form inside {path} is not the one its manifest names.</source>
        <translation>{path} 内的评分表模板与清单所写的不一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="177"/>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="198"/>
        <source>{path} belongs to round {found}, not to round {expected}.</source>
        <translation>{path} 属于评审批次 {found}，不属于 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="180"/>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="201"/>
        <source>{path} belongs to panel {found}, not to panel {expected}.</source>
        <translation>{path} 属于专家组 {found}，不属于 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="183"/>
        <source>{path} is addressed to a key the roster does not list in that role.</source>
        <translation>{path} 的收件密钥未以相应角色列入名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="186"/>
        <source>{path} is addressed to {name}, who is not on panel {panel}.</source>
        <translation>{path} 发给 {name}，但其不在专家组 {panel} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="189"/>
        <source>{path} was made for another person; it cannot be opened with your key.</source>
        <translation>{path} 是为他人制作的；不能用您的密钥打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="192"/>
        <source>{path} scores a different package than the one this expert was sent.</source>
        <translation>{path} 评的是另一份评审包，而不是发给该专家的那一份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="195"/>
        <source>{path} comes from an expert who is not assigned here, or claims another.</source>
        <translation>{path} 来自未分配到此处的专家，或冒称他人。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="204"/>
        <source>{path} was scored on a different scoring form than this panel uses.</source>
        <translation>{path} 使用的评分表与本专家组不同。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="207"/>
        <source>{path} scores applicants that were not assigned to this expert.</source>
        <translation>{path} 对未分配给该专家的申报单位打了分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="210"/>
        <source>Alarm: {path} is a different revision {revision} from the same expert than the one already imported. Nothing was imported; ask the expert which one they signed.</source>
        <translation>警告：{path} 是同一专家的另一个第 {revision} 版，与已导入的不同。未导入任何内容；请向专家确认其签署的是哪一份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="215"/>
        <source>The result bundle {path} carries two score files of the same expert.</source>
        <translation>结果包 {path} 含同一专家的两份评分文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="218"/>
        <source>To check {path} beyond its layout, give your identity file (--identity).</source>
        <translation>要检查 {path} 的布局以外内容，请提供您的身份文件（--identity）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="221"/>
        <source>To check who signed {path}, give the signed roster (--roster).</source>
        <translation>要检查 {path} 的签名者，请提供已签名的名册（--roster）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="224"/>
        <source>The roster was not checked against your pinned root keys (--trust).</source>
        <translation>名册未经您固定的根密钥核验（--trust）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="227"/>
        <source>{path} is not a reviewdesk exchange file, roster or enrolment request.</source>
        <translation>{path} 不是 reviewdesk 交换文件、名册或注册申请。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="230"/>
        <source>No commission root key is pinned yet, so {path} cannot be checked. Pin the root from the commission&apos;s roster first (after comparing its fingerprint).</source>
        <translation>尚未固定委员会根密钥，无法核验 {path}。请先从委员会名册固定根密钥（核对指纹后）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="235"/>
        <source>Other commission root keys are already pinned in {path}; the roster {roster} is not signed by them and was not used.</source>
        <translation>{path} 中已固定其他委员会根密钥；名册 {roster} 未经其签名，未被采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="240"/>
        <source>{path} is a package for another expert (key {reviewer}).</source>
        <translation>{path} 是发给另一位专家（密钥 {reviewer}）的评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="243"/>
        <source>The package {digest} was never opened here; open the package file again.</source>
        <translation>本机从未打开过评审包 {digest}，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="246"/>
        <source>No checked copy of the package {digest} is kept on this computer: its copy was cut short or refused, and the file it was opened from is no longer there. Open the package file again.</source>
        <translation>本机没有保存评审包 {digest} 经校验的副本：保存过程被中断或被拒绝，而当初打开它的文件已不在原处。请重新打开该评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="252"/>
        <source>The stored copy {path} is not the package it should be; open the package file again.</source>
        <translation>本地保存的副本 {path} 与应有的评审包不一致，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="256"/>
        <source>The roster this package was checked with ({path}) is missing or altered; open the package file again.</source>
        <translation>核验该评审包所用的名册（{path}）缺失或被改动，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="261"/>
        <source>{path} asks to score applicant {applicant} ({category}) on the form {form}, which is for another category. Contact the commission.</source>
        <translation>{path} 要求用评分表 {form} 为申报单位 {applicant}（{category}）评分，但该评分表属于其他类别。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="266"/>
        <source>{path} is for a {kind} round but carries the form {form} of another kind of round. Contact the commission.</source>
        <translation>{path} 属于{kind}轮次，却附带了其他轮次类型的评分表 {form}。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="271"/>
        <source>{path} scores applicant {applicant} on another form than a package opened before; nothing was changed. Contact the commission.</source>
        <translation>{path} 为申报单位 {applicant} 指定的评分表与此前打开的评审包不同；未作任何更改。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="276"/>
        <source>{path} says round {round} is a {found} round, but it was opened before as a {stored} round; nothing was changed.</source>
        <translation>{path} 称轮次 {round} 为{found}轮次，但此前打开时为{stored}轮次；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="281"/>
        <source>{path} carries a form {form} version {version} whose rules differ from the one already stored under that name; nothing was changed.</source>
        <translation>{path} 附带的评分表 {form}（版本 {version}）与本机已保存的同名同版本评分表规则不同；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="286"/>
        <source>Sign the confidentiality pledge before the materials open.</source>
        <translation>请先签署保密承诺，再查阅评审材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="289"/>
        <source>Declare any conflict of interest with applicant {applicant} before its materials open.</source>
        <translation>请先就申报单位 {applicant} 作出回避声明，再查阅其材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="293"/>
        <source>You declared a disqualifying conflict of interest with applicant {applicant}: its materials stay closed and you do not score it.</source>
        <translation>您已声明与申报单位 {applicant} 存在须回避的利益冲突：其材料不予开放，您也不对其评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="298"/>
        <source>{path} has no attachment number {number}.</source>
        <translation>{path} 中没有编号为 {number} 的附件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="301"/>
        <source>Round {round} is not known here.</source>
        <translation>本机不知道评审轮次 {round}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="302"/>
        <source>Say what the potential conflict of interest with {applicant} is.</source>
        <translation>请说明与 {applicant} 存在何种潜在利益关系。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="305"/>
        <source>Your private note on {applicant} is longer than the {limit} characters allowed.</source>
        <translation>您对 {applicant} 的私人备注超过了允许的 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="309"/>
        <source>The declaration for {applicant} is longer than the {limit} characters allowed.</source>
        <translation>对 {applicant} 的声明超过了允许的 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="313"/>
        <source>The scores cannot be submitted yet ({problems}); nothing was signed or written.</source>
        <translation>尚不能提交评分（{problems}）；未签署、未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="317"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="318"/>
        <source>The demo index {path} is damaged ({reason}); make the demo again with --force.</source>
        <translation>演示索引 {path} 已损坏（{reason}）；请使用 --force 重新生成演示。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="321"/>
        <source>{path} already holds files that are not a reviewdesk demo; choose another folder.</source>
        <translation>{path} 中已有不属于 reviewdesk 演示的文件；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="10"/>
        <source>{path} is damaged or was altered: part of it does not decrypt (chunk {chunk}). Ask the sender for a new copy.</source>
        <translation>{path} 已损坏或被改动：其中一部分无法解密（数据段 {chunk}）。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="15"/>
        <source>{path} was altered: its encryption header does not check out. Ask the sender for a new copy.</source>
        <translation>{path} 已被改动：其加密文件头校验不通过。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="20"/>
        <source>{path} is not encrypted to your key: it was meant for someone else, or your identity is not the one it was sent to.</source>
        <translation>{path} 不是加密给您的密钥的：它是发给别人的，或者您使用的身份不是接收方的身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="25"/>
        <source>{path} is cut short ({part}); copy it again from the original.</source>
        <translation>{path} 不完整（{part}）；请从原件重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="28"/>
        <source>{path} has extra data after its end; it was altered or badly copied.</source>
        <translation>{path} 末尾有多余数据；文件被改动或复制出错。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="31"/>
        <source>{path} ends in a way no honest encryption produces; it was altered.</source>
        <translation>{path} 的结尾不是正常加密所能产生的；文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="34"/>
        <source>{path} is damaged: its encryption header is invalid ({reason}).</source>
        <translation>{path} 已损坏：其加密文件头无效（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="37"/>
        <source>{path} uses an encryption version this reviewdesk does not know ({version}).</source>
        <translation>{path} 使用了本版 reviewdesk 不认识的加密版本（{version}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="41"/>
        <source>{path} is a text-armored age file that is damaged ({reason}).</source>
        <translation>{path} 是已损坏的文本封装 age 文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="44"/>
        <source>{path} is a text-armored age file; reviewdesk exchange files are binary. Ask the sender for the original file.</source>
        <translation>{path} 是文本封装的 age 文件，而 reviewdesk 交换文件应为二进制格式。请向发送方索取原始文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="49"/>
        <source>The passphrase does not open {path}.</source>
        <translation>该口令无法打开 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="50"/>
        <source>The encryption header of {path} is larger than the {limit} bytes allowed; the file was refused.</source>
        <translation>{path} 的加密头超过允许的 {limit} 字节，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="55"/>
        <source>A {kind} key is not valid: {reason}.</source>
        <translation>{kind} 密钥无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="56"/>
        <source>Nobody to encrypt to: no recipient key was given; nothing was written.</source>
        <translation>未指定任何接收方密钥，无法加密，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="59"/>
        <source>{path} holds more data than the {limit} bytes its manifest announces; it was refused.</source>
        <translation>{path} 所含数据超过其清单声明的 {limit} 字节，已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="63"/>
        <source>Post-quantum and classic recipient keys cannot be mixed in one file; nothing was written.</source>
        <translation>同一文件不能混用抗量子密钥与传统密钥，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="67"/>
        <source>A passphrase-protected file can have no other recipient; {path} was refused.</source>
        <translation>口令保护的文件不能再有其他接收方，{path} 已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="70"/>
        <source>The encryption header of {path} is invalid ({type}: {reason}).</source>
        <translation>{path} 的加密头无效（{type}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="73"/>
        <source>The encryption header of {path} holds an entry larger than the {limit} bytes allowed; the file was refused.</source>
        <translation>{path} 的加密头中有条目超过允许的 {limit} 字节，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="78"/>
        <source>{path} is encrypted to more than the {limit} recipients allowed; the file was refused.</source>
        <translation>{path} 的接收方超过允许的 {limit} 个，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="82"/>
        <source>{path} asks for a passphrase work factor of 2^{log_n}, more than the 2^{limit} this computer allows; the file was refused.</source>
        <translation>{path} 要求的口令计算强度为 2^{log_n}，超出本机允许的上限 2^{limit}，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="87"/>
        <source>Applicant {applicant} appears twice in one ranking.</source>
        <translation>申报单位 {applicant} 在同一排名中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="90"/>
        <source>The database address {path} is not a valid SQLAlchemy URL.</source>
        <translation>数据库地址 {path} 不是有效的 SQLAlchemy URL。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="171"/>
        <source>{path} is the key of {name}, which is not a root key of this roster; it cannot sign it.</source>
        <translation>{path} 是“{name}”的密钥，不是本名册的根密钥，不能签署。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="235"/>
        <source>The roster draft {path} holds other content than the commission&apos;s current draft of version {version}.</source>
        <translation>名册草稿 {path} 的内容与委员会当前第 {version} 版名册草稿不同。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="93"/>
        <source>Expert {expert} has two different sheets numbered revision {revision}.</source>
        <translation>专家 {expert} 有两份编号同为第 {revision} 版的不同评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="96"/>
        <source>Expert {expert} is assigned twice to the same applicant.</source>
        <translation>专家 {expert} 被重复分配给同一申报单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="99"/>
        <source>Applicant {applicant} has a grade but no panel score; the ranking was not made.</source>
        <translation>申报单位 {applicant} 有等次但没有专家组得分，未能生成排名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="103"/>
        <source>Entry {sequence} of the import log cannot be changed or deleted: the log only grows.</source>
        <translation>导入日志第 {sequence} 条不可修改或删除：日志只能追加。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="107"/>
        <source>The import log is broken at entry {sequence} ({reason}): an entry was altered, removed or inserted.</source>
        <translation>导入日志在第 {sequence} 条处断裂（{reason}）：有条目被修改、删除或插入。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="112"/>
        <source>The Chinese font for reports is missing ({path}); reinstall reviewdesk.</source>
        <translation>报告所需的中文字体缺失（{path}），请重新安装 reviewdesk。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="115"/>
        <source>The panel report cannot be made: its parts do not belong together ({part} of applicant {applicant}).</source>
        <translation>无法生成专家组评审报告：报告各部分不属于同一专家组（申报单位 {applicant} 的{part}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="120"/>
        <source>The scoring form {ref} needed for the report is not available.</source>
        <translation>生成报告所需的评分表 {ref} 不可用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="123"/>
        <source>There is no score sheet to print.</source>
        <translation>没有可打印的评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="124"/>
        <source>The result of applicant {applicant} was made with another scoring form ({template}) and cannot be ranked here.</source>
        <translation>申报单位 {applicant} 的结果使用了另一张评分表（{template}），不能在此排名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="129"/>
        <source>The sheet of expert {expert} belongs to applicant {applicant}, not to this one.</source>
        <translation>专家 {expert} 的评分表属于申报单位 {applicant}，而非当前单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="133"/>
        <source>The scoring form {path} is larger than the {limit} bytes allowed.</source>
        <translation>评分表 {path} 超过允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="136"/>
        <source>The scoring form {path} cannot be read: {reason}.</source>
        <translation>无法读取评分表 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="139"/>
        <source>The scoring form {template} defines no grade bands.</source>
        <translation>评分表 {template} 未定义等次分数段。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="142"/>
        <source>The scoring form {template} trims more totals than the {sheets} sheets that count.</source>
        <translation>评分表 {template} 去掉的最高、最低分数量超过了有效评分表数（{sheets} 份）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="146"/>
        <source>The scoring form {template} breaks ties on {key}, which is not one of its criteria.</source>
        <translation>评分表 {template} 的并列排序依据 {key} 不是其评分指标。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="150"/>
        <source>{path} is a chair package for another chair (key {chair}).</source>
        <translation>{path} 是发给另一位专家组组长（密钥 {chair}）的组长评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="154"/>
        <source>The stored copy {path} is not the chair package it should be; open the chair package file again.</source>
        <translation>本机保存的副本 {path} 与应有的组长评审包不一致，请重新打开组长评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="159"/>
        <source>The chair package {digest} was never opened here; open the chair package file again.</source>
        <translation>本机从未打开过组长评审包 {digest}，请重新打开组长评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="163"/>
        <source>No panel opened here matches {panel} ({found} found); open the chair package first or name the panel with --panel.</source>
        <translation>本机没有与 {panel} 相符的专家组（找到 {found} 个），请先打开组长评审包，或用 --panel 指明专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="168"/>
        <source>Version {version} of this panel&apos;s result is finalised and cannot be changed; reopen it to start a new version.</source>
        <translation>本专家组结果的第 {version} 版已定稿，不能再修改；如需修改，请重新开启以形成新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="173"/>
        <source>Version {version} of this panel&apos;s result is not finalised yet, so there is nothing to reopen.</source>
        <translation>本专家组结果的第 {version} 版尚未定稿，无需重新开启。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="178"/>
        <source>The panel cannot be finalised yet: {count} matters are unresolved (first: {kind} {subject} {applicant}).</source>
        <translation>专家组结果暂不能定稿：尚有 {count} 项未处理（第一项：{kind} {subject} {applicant}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="183"/>
        <source>There is no alarm number {alarm} in this panel.</source>
        <translation>本专家组没有编号为 {alarm} 的警报。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="187"/>
        <source>Entry {entry} of the chair&apos;s audit trail cannot be changed or deleted: the trail only grows.</source>
        <translation>组长决定记录的第 {entry} 条不能修改或删除：该记录只增不减。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="192"/>
        <source>A reason must be written for this decision ({decision}).</source>
        <translation>此项决定（{decision}）必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="196"/>
        <source>A manual order needs at least two different applicants ({applicants}).</source>
        <translation>人工排序须包含至少两个不同的申报单位（{applicants}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="200"/>
        <source>Expert {expert} is not assigned to applicant {applicant}, so no paper sheet can be entered for them.</source>
        <translation>专家 {expert} 未被分配评审申报单位 {applicant}，不能为其录入纸质评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="205"/>
        <source>A signed score sheet of expert {expert} for applicant {applicant} was already imported; a paper sheet cannot replace it.</source>
        <translation>已导入专家 {expert} 对申报单位 {applicant} 的签名评分表，纸质评分表不能替代。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="210"/>
        <source>There is no paper sheet of expert {expert} for applicant {applicant}.</source>
        <translation>没有专家 {expert} 对申报单位 {applicant} 的纸质评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="214"/>
        <source>The paper sheet in {path} is not complete: {count} problems (first: {first} {where}). Nothing was stored.</source>
        <translation>{path} 中的纸质评分表不完整：共 {count} 处问题（第一处：{first} {where}），未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="219"/>
        <source>{path} names expert {expert}, who is not one (and only one) of this panel&apos;s experts.</source>
        <translation>{path} 中指明的专家 {expert} 不是（或不能唯一对应）本专家组的专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="223"/>
        <source>{path} is not a paper sheet reviewdesk can read ({reason}).</source>
        <translation>{path} 不是可读取的纸质评分表（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="227"/>
        <source>{grade} is not a grade: use excellent, good, qualified or unqualified (优秀, 良好, 合格, 不合格).</source>
        <translation>{grade} 不是有效的等级，请使用 excellent、good、qualified 或 unqualified（优秀、良好、合格、不合格）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="232"/>
        <source>{path} changed while it was being imported; nothing was stored. Import it again.</source>
        <translation>{path} 在导入过程中发生了变化，未保存任何内容，请重新导入。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="236"/>
        <source>The stored copy of a received score file ({file}) is missing or altered; the result bundle was not written.</source>
        <translation>本机保存的已接收评分文件副本（{file}）缺失或已被改动，未生成结果包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="241"/>
        <source>The import log in {path} is not valid at {field}: {reason}.</source>
        <translation>{path} 中的导入日志在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="245"/>
        <source>{path} leaves out a score file its own import log says was received ({file}).</source>
        <translation>{path} 缺少其导入日志记载已接收的评分文件（{file}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="249"/>
        <source>{path} carries a score file its import log does not record ({file}).</source>
        <translation>{path} 携带了导入日志中没有记载的评分文件（{file}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/damage.py" line="253"/>
        <source>{path} counts a score file of expert {expert} that its import log does not record as imported.</source>
        <translation>{path} 计入了专家 {expert} 的一份评分文件，但导入日志中没有该文件的导入记录。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="10"/>
        <source>The chair&apos;s decisions in {path} are not valid at {field}: {reason}.</source>
        <translation>{path} 中组长的决定在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="14"/>
        <source>The paper sheets in {path} are not valid at {field}: {reason}.</source>
        <translation>{path} 中的纸质评分表在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="18"/>
        <source>The chair&apos;s result lists other applicants than the panel&apos;s (missing: {missing}; extra: {extra}).</source>
        <translation>组长提交的结果所列申报单位与本专家组不一致（缺少：{missing}；多出：{extra}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="23"/>
        <source>Expert {expert} was assigned applicant {applicant} but the bundle has neither a counted sheet nor the chair&apos;s written decision on the missing sheet.</source>
        <translation>专家 {expert} 被分配评审 {applicant}，但结果包中既没有计入的评分表，也没有组长就缺少评分表作出的书面决定。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="28"/>
        <source>{path} is signed by {chair}, who is not the chair the commission issued panel {panel}&apos;s chair package to.</source>
        <translation>{path} 由 {chair} 签名，但委员会并未向其发放专家组 {panel} 的组长评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="33"/>
        <source>Applicant {applicant}: the chair claims {field} = {claimed}, the recomputation from the signed sheets gives {recomputed}.</source>
        <translation>申报单位 {applicant}：组长提交的 {field} 为 {claimed}，依据已签名评分表重新计算的结果为 {recomputed}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="38"/>
        <source>{path} carries no import log, so the commission cannot see that no received score file was left out; ask the chair of panel {panel} to finalise again.</source>
        <translation>{path} 未附导入日志，委员会无法确认收到的评分文件没有遗漏；请专家组 {panel} 的组长重新定稿。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="43"/>
        <source>The result of {applicant} is not final: {what} {subject} is still open.</source>
        <translation>{applicant} 的结果尚未定稿：{what} {subject} 仍待处理。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="47"/>
        <source>{path} holds a score file of expert {expert} for package {package}, which the commission never issued to that expert.</source>
        <translation>{path} 中专家 {expert} 的评分文件对应评审包 {package}，委员会从未向该专家发放此评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="52"/>
        <source>The commission issued no packages for round {round}, panel {panel}; this result bundle is not for one of its panels.</source>
        <translation>委员会未为评审轮次 {round} 的专家组 {panel} 发放评审包，此结果包不属于委员会的专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="57"/>
        <source>Version {version} of panel {panel}&apos;s result is not newer than the current version {current}; nothing was stored.</source>
        <translation>专家组 {panel} 结果的第 {version} 版不比现行的第 {current} 版新，未作保存。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="62"/>
        <source>{path} was scored on another form than panel {panel}&apos;s ({found}).</source>
        <translation>{path} 所用评分表与专家组 {panel} 的评分表不同（{found}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="66"/>
        <source>The commission has not published a roster yet; publish one first.</source>
        <translation>委员会尚未发布名册，请先发布名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="71"/>
        <source>The applicant list {path} has {count} problem(s), each named above by row and column; nothing was imported.</source>
        <translation>申报单位名单 {path} 有 {count} 处问题，已在上方逐一列出行和列；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="76"/>
        <source>Applicant {ref} is in no panel yet; place it in a panel first.</source>
        <translation>申报单位 {ref} 尚未分入任何专家组，请先分组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="80"/>
        <source>The round has no applicant {ref}.</source>
        <translation>本轮评审中没有申报单位 {ref}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="81"/>
        <source>Applicant {ref} is of category {category}, which panel {panel} does not review: a package carries one form.</source>
        <translation>申报单位 {ref} 属于 {category} 类别，专家组 {panel} 不评审该类别：一个评审包只含一种评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="86"/>
        <source>{path} already holds files; choose an empty folder for the packages. Nothing was built.</source>
        <translation>{path} 中已有文件，请为评审包选择一个空文件夹。未生成任何评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="90"/>
        <source>{what} was changed by someone else since you opened it; reload it and make your change again. Nothing was saved.</source>
        <translation>自您打开以来，{what} 已被他人修改，请重新加载后再修改。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="95"/>
        <source>The key {name} is not one of the commission&apos;s root or operational keys; the request {path} was not imported.</source>
        <translation>密钥“{name}”不是委员会的根密钥或业务密钥，未导入申请 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="100"/>
        <source>Say who confirmed the fingerprint.</source>
        <translation>请填写核对指纹的人员。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="101"/>
        <source>The request {path} asks for the role {role}; people enrol as expert, chair or audit only.</source>
        <translation>申请 {path} 申请的角色为 {role}；人员只能登记为专家、组长或审计。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="105"/>
        <source>The form {form} is not a {kind} form for category {category}; it was not used.</source>
        <translation>评分表 {form} 不是 {category} 类别的 {kind} 评分表，未采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="109"/>
        <source>Round {ref} has no form for category {category}; choose one first.</source>
        <translation>评审轮次 {ref} 尚无 {category} 类别的评分表，请先选择。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="113"/>
        <source>The key of {name} is revoked already.</source>
        <translation>“{name}”的密钥已被吊销。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="114"/>
        <source>This key is already registered (as {other}); {name} was not added again.</source>
        <translation>该密钥已登记（登记为“{other}”），未重复添加“{name}”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="118"/>
        <source>Nobody has confirmed the fingerprint of {names} by phone yet; confirm them before the roster is drafted.</source>
        <translation>尚无人通过电话核对 {names} 的指纹，请核对后再起草名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="123"/>
        <source>{name} cannot be both an expert and the chair of panel {panel}; a chair does not score in the panel they chair.</source>
        <translation>{name} 不能同时担任专家组 {panel} 的评审专家和组长；组长不在本人主持的专家组内评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="128"/>
        <source>{name} can chair further panels only when listed as an expert; to list the key as a chair alone, give the chair section with its panels.</source>
        <translation>只有列为评审专家的密钥才能另外担任其他专家组的组长；如仅列为组长，请选择“组长”并填写其专家组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="133"/>
        <source>{name} cannot chair panel {panel} and score in it as an expert too.</source>
        <translation>{name} 不能既担任专家组 {panel} 的组长，又在该组担任评审专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="137"/>
        <source>{name} is not listed as {section}; assign the key first.</source>
        <translation>“{name}”未登记为 {section}，请先分配密钥角色。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="141"/>
        <source>{name}&apos;s key was made for the role {role} and cannot be listed as {section}.</source>
        <translation>“{name}”的密钥是为 {role} 角色生成的，不能登记为 {section}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="145"/>
        <source>No key known to the commission has the id {keyid}.</source>
        <translation>委员会登记的密钥中没有编号为 {keyid} 的密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="149"/>
        <source>{name} needs at least one panel to be listed as chair or expert.</source>
        <translation>“{name}”须至少属于一个专家组，才能登记为组长或专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="153"/>
        <source>More than one key starts with {keyid}; give more digits.</source>
        <translation>以 {keyid} 开头的密钥不止一个，请输入更多位数。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="157"/>
        <source>{path} (applicant {applicant}) changed since the materials were checked; check the materials again.</source>
        <translation>{path}（申报单位 {applicant}）在材料检查后发生了变化，请重新检查材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="162"/>
        <source>The materials folder {path} does not exist.</source>
        <translation>材料文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="166"/>
        <source>The materials in {path} have {count} problem(s), each named above; fix them and check again.</source>
        <translation>{path} 中的材料有 {count} 处问题，已在上方逐一列出；请改正后重新检查。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="175"/>
        <source>A panel needs at least one expert per applicant, and no fewer wanted than the minimum (minimum {minimum}, wanted {per_applicant}).</source>
        <translation>每个申报单位至少需要一名专家，且期望人数不得少于最低人数（最低 {minimum}，期望 {per_applicant}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="180"/>
        <source>The round already has a panel {panel}.</source>
        <translation>本轮评审已有专家组 {panel}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="181"/>
        <source>Panel {panel} has no applicants; place applicants in it first.</source>
        <translation>专家组 {panel} 中没有申报单位，请先分组。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="185"/>
        <source>An expert is named twice for panel {panel}.</source>
        <translation>专家组 {panel} 中有专家被重复列出。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="189"/>
        <source>{panel} is not a panel id: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>{panel} 不是有效的专家组编号：只能使用字母、数字、“.”“_”和“-”，以字母或数字开头，最多 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="194"/>
        <source>The round has no panel {panel}.</source>
        <translation>本轮评审中没有专家组 {panel}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="195"/>
        <source>A revocation needs a reason.</source>
        <translation>吊销密钥须填写原因。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="196"/>
        <source>{name} is a root key; a root key is replaced by a root change, not revoked.</source>
        <translation>“{name}”是根密钥；根密钥只能通过更换根密钥替换，不能吊销。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="200"/>
        <source>{count} root keys were asked for; a roster holds 1 to {maximum}.</source>
        <translation>申请生成 {count} 个根密钥；名册可容纳 1 至 {maximum} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="204"/>
        <source>Each root key needs its own file; two of the files given are the same.</source>
        <translation>每个根密钥须单独存放在一个文件中；所给文件中有两个相同。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="208"/>
        <source>{name} is a root key and stays one.</source>
        <translation>“{name}”是根密钥，其角色不能更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="209"/>
        <source>{files} root key files but {passphrases} passphrase files: give one passphrase file per root key.</source>
        <translation>给出了 {files} 个根密钥文件，但只有 {passphrases} 个口令文件：每个根密钥须对应一个口令文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="214"/>
        <source>The commission&apos;s root keys exist already; nothing was made.</source>
        <translation>委员会的根密钥已存在，未生成新密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="218"/>
        <source>The commission has no root keys yet: make them first.</source>
        <translation>委员会尚无根密钥，请先生成。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="222"/>
        <source>{name} has signed this roster draft already.</source>
        <translation>“{name}”已签署过该名册草稿。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="226"/>
        <source>The roster draft {path} carries a signature by {keyid}, which is no root key; it is not used.</source>
        <translation>名册草稿 {path} 带有非根密钥 {keyid} 的签名，不予采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="231"/>
        <source>There is no roster draft to sign; draft one first.</source>
        <translation>没有待签署的名册草稿，请先起草。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="240"/>
        <source>Packages of round {ref} are out already; its applicants, forms and materials can no longer change.</source>
        <translation>评审轮次 {ref} 的评审包已发出，其申报单位、评分表和材料不能再更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="245"/>
        <source>A round {ref} exists already.</source>
        <translation>评审轮次 {ref} 已存在。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="246"/>
        <source>Round {ref} has no applicants yet; import the applicant list first.</source>
        <translation>评审轮次 {ref} 尚无申报单位，请先导入申报单位名单。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="250"/>
        <source>A round needs a name.</source>
        <translation>评审轮次须有名称。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="251"/>
        <source>The round is not ready to build: {count} problem(s), each named above. Nothing was built.</source>
        <translation>本轮评审尚不能生成评审包：有 {count} 处问题，已在上方逐一列出。未生成任何评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="255"/>
        <source>{ref} is not a round id: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, at most 64 characters.</source>
        <translation>{ref} 不是有效的评审轮次编号：只能使用字母、数字、“.”“_”和“-”，以字母或数字开头，最多 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="260"/>
        <source>There is no round {ref}.</source>
        <translation>没有评审轮次 {ref}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="261"/>
        <source>A threshold of {threshold} does not fit {count} root keys: it must be from 1 to {count}.</source>
        <translation>门限 {threshold} 与 {count} 个根密钥不符：应在 1 至 {count} 之间。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="265"/>
        <source>The key {key} cannot open the result bundle {bundle}: the archive needs one of the commission&apos;s operational or audit keys the bundles were sent to. Nothing was written.</source>
        <translation>密钥 {key} 无法打开结果包 {bundle}。归档需要使用结果包发送对象之一，即委员会的业务密钥或审计密钥。未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="270"/>
        <source>{path} is the key of {name}, which the published roster does not list as the commission&apos;s operational key; packages can only be signed with that key. Nothing was built.</source>
        <translation>{path} 是“{name}”的密钥，已发布的名册未将其列为委员会的业务密钥。评审包只能用业务密钥签名。未生成任何评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="276"/>
        <source>None of the {count} result bundle(s) was sent to {path} (the key of {name}): give the commission&apos;s operational or audit key. Nothing was stored.</source>
        <translation>所给的 {count} 个结果包都不是发给 {path}（“{name}”的密钥）的。请使用委员会的业务密钥或审计密钥。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="281"/>
        <source>The commission&apos;s database {path} is empty (0 bytes): everything it held is gone, so it was left as it is and nothing was changed. Restore it from a backup, or move the empty file away and run reviewdesk commission init to start a new one.</source>
        <translation>委员会数据库 {path} 为空（0 字节），其中的全部内容已经丢失，因此保持原样，未作任何更改。请从备份中恢复，或将该空文件移走后运行 reviewdesk commission init 新建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="287"/>
        <source>There is no commission database {path} in the working folder {folder}; give the right folder with --workdir, the database with --db, or create one with reviewdesk commission init.</source>
        <translation>工作目录 {folder} 中没有委员会数据库 {path}。请用 --workdir 指定正确的目录，或用 --db 指定数据库，或运行 reviewdesk commission init 新建。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/commission.py" line="293"/>
        <source>The working folder {path} does not exist; create it with the init command first.</source>
        <translation>工作文件夹 {path} 不存在，请先用 init 命令创建。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="326"/>
        <source>The digits given do not match the last group of the fingerprints of the {roots} root keys in {path}; nothing was pinned. Compare them with the commission again.</source>
        <translation>所填数字与 {path} 中 {roots} 个根密钥指纹的最后一组不一致，未作固定。请再次与委员会核对。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/exchange.py" line="331"/>
        <source>{path} does not follow the layout of a sheets file: {reason}.</source>
        <translation>{path} 不符合评分表文件的格式：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages/__init__.py" line="39"/>
        <source>Unexpected error ({code}).</source>
        <translation>意外错误（{code}）。</translation>
    </message>
</context>
</TS>
