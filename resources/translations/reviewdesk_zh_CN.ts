<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicantListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="67"/>
        <source>File no.</source>
        <translation>申报编号</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="68"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="69"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="70"/>
        <source>Declaration</source>
        <translation>回避声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_model.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="73"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="74"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="75"/>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="76"/>
        <source>JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="82"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="124"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="125"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="126"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/attachments.py" line="155"/>
        <source>%1: reviewdesk cannot show this file type.</source>
        <translation>%1：reviewdesk 无法显示这种文件类型。</translation>
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
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="180"/>
        <source>max {max} · step {step}</source>
        <translation>满分 {max} · 步长 {step}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="187"/>
        <source>Guidance</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="188"/>
        <source>Show or hide the guidance (F1)</source>
        <translation>显示或隐藏评分指引（F1）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="190"/>
        <source>{criterion}: guidance</source>
        <translation>{criterion}：评分指引</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="192"/>
        <source>What to look at</source>
        <translation>考察要点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="197"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="198"/>
        <source>of {max}</source>
        <translation>/ {max}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="199"/>
        <source>{criterion} score</source>
        <translation>{criterion} 得分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="201"/>
        <source>From 0 to {max} in steps of {step}; Up and Down keys change it.</source>
        <translation>0 至 {max} 分，步长 {step}；可用上下方向键调整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="206"/>
        <source>{criterion} comment</source>
        <translation>{criterion} 评语</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="211"/>
        <source>Comment (required)</source>
        <translation>评语（必填）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="212"/>
        <source>Explain this unusually low or high score</source>
        <translation>请说明评分畸高或畸低的理由</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="214"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/criterion_editor.py" line="215"/>
        <source>Optional</source>
        <translation>选填</translation>
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
        <source>Declaration needed</source>
        <translation>待作回避声明</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="43"/>
        <source>Withdrawn: not scored</source>
        <translation>须回避（不评分）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="49"/>
        <source>{stage} · potential conflict</source>
        <translation>{stage} · 存在潜在利益关系</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="58"/>
        <source>No deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="62"/>
        <source>Deadline {deadline}</source>
        <translation>截止时间 {deadline}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="73"/>
        <source>overdue by {days} d {hours} h</source>
        <translation>已超期 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="77"/>
        <source>{days} d {hours} h left</source>
        <translation>剩余 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="81"/>
        <source>{hours} h {minutes} min left</source>
        <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="84"/>
        <source>Deadline {deadline} ({left})</source>
        <translation>截止时间 {deadline}（{left}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="98"/>
        <source>The confidentiality pledge is not signed.</source>
        <translation>尚未签署保密承诺。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="102"/>
        <source>{applicant}: no conflict-of-interest declaration yet.</source>
        <translation>{applicant}：尚未作回避声明。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="108"/>
        <source>You withdrew from every applicant: there is nothing to score.</source>
        <translation>您已回避全部申报单位：没有需要评分的单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="117"/>
        <source>{applicant}: the score sheet is not complete.</source>
        <translation>{applicant}：评分表尚未填写完整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/texts.py" line="123"/>
        <source>{applicant}: {code}</source>
        <translation>{applicant}：{code}</translation>
    </message>
</context>
<context>
    <name>ExpertDeskController</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="121"/>
        <source>the expert desk</source>
        <translation>专家评审工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="137"/>
        <source>the package</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="141"/>
        <source>Open a review package</source>
        <translation>打开评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="332"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="359"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/controller.py" line="366"/>
        <source>No package opened yet</source>
        <translation>尚未打开过评审包</translation>
    </message>
</context>
<context>
    <name>ExpertWorkspace</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="145"/>
        <source>There is no identity on this computer yet: create one or import yours first.</source>
        <translation>本机尚无身份密钥：请先新建，或导入您已有的身份文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="149"/>
        <source>Your identity is set up. Before a package can be checked, pin the commission&apos;s root key from the roster they gave you.</source>
        <translation>身份密钥已设置。核验评审包之前，请根据委员会提供的名册固定委员会根密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="153"/>
        <source>Your identity is set up and the commission&apos;s root key is pinned.</source>
        <translation>身份密钥已设置，委员会根密钥已固定。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="160"/>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="392"/>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="161"/>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="168"/>
        <source>Checking the signatures and the roster…</source>
        <translation>正在核验签名和名册…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="169"/>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="170"/>
        <source>Keeping an encrypted copy on this computer…</source>
        <translation>正在本机保存加密副本…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="171"/>
        <source>Recording the round and your applicants…</source>
        <translation>正在记录评审轮次和您负责的申报单位…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="172"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="239"/>
        <source>Round {round} · panel {panel}</source>
        <translation>评审轮次 {round} · 评审组 {panel}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="247"/>
        <source>{round_name} · {panel_name}</source>
        <translation>{round_name} · {panel_name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="253"/>
        <source>{kind} · {deadline} · {count} applicants · expert {name}</source>
        <translation>{kind} · {deadline} · 共 {count} 家申报单位 · 评审专家 {name}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="139"/>
        <source>{ref} {name}: withdrawn (disqualifying conflict)</source>
        <translation>{ref} {name}：须回避</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="143"/>
        <source>You declared a disqualifying conflict of interest with this applicant: its materials stay closed and you do not score it. The declaration is signed into your score file.</source>
        <translation>您已声明与该申报单位存在须回避的利益冲突：其材料不予开放，您也不对其评分。该声明将签入您的评分文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="150"/>
        <source>Your declaration: {text}</source>
        <translation>您的声明：{text}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="155"/>
        <location filename="../../ui/expert_workspace.ui" line="287"/>
        <source>Change &amp;declaration…</source>
        <translation>修改回避声明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="160"/>
        <location filename="../../ui/expert_workspace.ui" line="241"/>
        <source>The materials and the score sheet of this applicant open after you declare whether you have a conflict of interest with it.</source>
        <translation>请先就是否与该申报单位存在利益冲突作出回避声明，声明后方可查阅其材料并评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="167"/>
        <location filename="../../ui/expert_workspace.ui" line="249"/>
        <source>&amp;Declare conflict of interest…</source>
        <translation>作出回避声明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="176"/>
        <source>Declared: {declaration}</source>
        <translation>已声明：{declaration}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="191"/>
        <source>Materials</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/applicant_view.py" line="208"/>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="379"/>
        <source>Submit scores</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="381"/>
        <source>This applicant&apos;s score sheet (PDF)…</source>
        <translation>本单位评分表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="383"/>
        <source>All my score sheets (PDF)…</source>
        <translation>我的全部评分表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="385"/>
        <source>Close package</source>
        <translation>关闭评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="386"/>
        <source>Check what is missing, then sign (Ctrl+Enter)</source>
        <translation>检查尚缺内容，然后签署（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="387"/>
        <source>Applicants assigned to you</source>
        <translation>分配给您的申报单位</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="388"/>
        <source>Recently opened packages</source>
        <translation>最近打开的评审包</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/workspace.py" line="389"/>
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
        <translation>信任委员会根密钥(&amp;T)…</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="87"/>
        <source>&amp;Create identity</source>
        <translation>新建身份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="88"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="89"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="125"/>
        <source>✓ The two passphrases match.</source>
        <translation>✓ 两次输入的口令一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="127"/>
        <source>✗ The two passphrases differ.</source>
        <translation>✗ 两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="132"/>
        <source>Strength: weak (about {bits} bits)</source>
        <translation>强度：弱（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="133"/>
        <source>Strength: fair (about {bits} bits)</source>
        <translation>强度：中（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="134"/>
        <source>Strength: strong (about {bits} bits)</source>
        <translation>强度：强（约 {bits} 位）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="137"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="138"/>
        <source>a well-known password</source>
        <translation>是常见密码</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="139"/>
        <source>repeats or runs of characters</source>
        <translation>含重复或连续字符</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="140"/>
        <source>one kind of character only</source>
        <translation>只有一类字符</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="145"/>
        <source> — {reasons}</source>
        <translation> —— {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="145"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="167"/>
        <source>Making your keys and protecting them with your passphrase…</source>
        <translation>正在生成密钥并用您的口令加密保护…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="172"/>
        <source>Identity file</source>
        <translation>身份文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="188"/>
        <source>Opening the identity file with your passphrase…</source>
        <translation>正在用您的口令打开身份文件…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="221"/>
        <source>Your identity “{name}” was imported. Its file: {path}</source>
        <translation>已导入您的身份“{name}”。文件位置：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="223"/>
        <source>Your identity “{name}” was created. Its file: {path}</source>
        <translation>已新建您的身份“{name}”。文件位置：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="228"/>
        <source>Fingerprint: {digits}</source>
        <translation>指纹：{digits}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="237"/>
        <source>Save the enrolment request</source>
        <translation>保存登记申请</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="247"/>
        <source>Writing the enrolment request…</source>
        <translation>正在写入登记申请…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/first_run_dialog.py" line="255"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="104"/>
        <source>Loading scoring forms…</source>
        <translation>正在加载评分表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reviewdesk/gui/main_window.py" line="117"/>
        <source>%n scoring form(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 张评分表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="132"/>
        <source>Criterion</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="133"/>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="134"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="135"/>
        <source>Guidance</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="144"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="145"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="146"/>
        <source>Veto items</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="182"/>
        <source>Expert desk</source>
        <translation>评审专家工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="184"/>
        <source>Open the review package you received to declare, read the materials and score. Until then, here are the scoring forms.</source>
        <translation>打开您收到的评审包，完成声明、阅读材料并评分。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="189"/>
        <source>Panel chair desk</source>
        <translation>专家组组长工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="191"/>
        <source>Open your chair package to import the experts&apos; score files and consolidate the grades. Until then, here are the scoring forms.</source>
        <translation>打开组长评审包，导入专家评分文件并汇总评定等次。打开评审包之前，可先查看各类评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="196"/>
        <source>Commission desk</source>
        <translation>委员会工作台</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="198"/>
        <source>Set up a round from these scoring forms, build the packages and publish the results.</source>
        <translation>依据这些评分表设立评审批次、生成评审包并发布结果。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="207"/>
        <source>reviewdesk — International S&amp;T Cooperation Base review</source>
        <translation>reviewdesk — 北京国际科技合作基地评审</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="211"/>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Scoring forms</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="212"/>
        <source>Selected scoring form</source>
        <translation>所选评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="228"/>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="235"/>
        <source>About reviewdesk</source>
        <translation>关于 reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/main_window.py" line="237"/>
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
    <name>MaterialsViewer</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="143"/>
        <source>There are no materials to show.</source>
        <translation>没有可显示的申报材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="259"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="293"/>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="294"/>
        <source>The attachment is decrypted in memory; nothing is written to disk.</source>
        <translation>附件仅在内存中解密，不会写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="301"/>
        <source>“%1” cannot be shown in reviewdesk.</source>
        <translation>reviewdesk 无法显示“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="304"/>
        <source>It is a %1 of %2. reviewdesk shows PDF documents and PNG or JPEG images; to keep the materials confidential, other files are not opened in another program.</source>
        <translation>该文件为%1，大小 %2。reviewdesk 可显示 PDF 文档和 PNG、JPEG 图片；为保证材料保密，其他文件不会用其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="320"/>
        <source>“%1” cannot be shown.</source>
        <translation>无法显示“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="321"/>
        <source>The file is damaged, or it is not really a %1.</source>
        <translation>文件已损坏，或并非真正的%1。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="327"/>
        <source>“%1” is protected by a password.</source>
        <translation>“%1”设有密码保护。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="329"/>
        <source>reviewdesk cannot show password-protected PDF files. Ask the commission for a copy without a password.</source>
        <translation>reviewdesk 无法显示设有密码的 PDF 文件。请向委员会索取未加密码的版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="336"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/materials_viewer.py" line="337"/>
        <source>Selected attachment</source>
        <translation>所选附件</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="82"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="82"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="91"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="91"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="96"/>
        <source>Opening the attachment</source>
        <translation>正在打开附件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/message_pane.py" line="97"/>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="61"/>
        <source>Opening your identity…</source>
        <translation>正在打开您的身份…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="88"/>
        <source>Enter your passphrase to open {what}.</source>
        <translation>请输入口令以打开 {what}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="90"/>
        <source>Enter your passphrase to unlock your identity for this session.</source>
        <translation>请输入口令，为本次使用解锁您的身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="93"/>
        <source>Identity file: {path}</source>
        <translation>身份文件：{path}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="98"/>
        <source>This is the demo: its passphrases are public, printed by “reviewdesk demo” and written in {readme}.</source>
        <translation>这是演示：演示口令是公开的，已由“reviewdesk demo”打印，并写在 {readme} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/passphrase_dialog.py" line="103"/>
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
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="207"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="222"/>
        <source>Page %1 has no text to copy; it may be a scanned image.</source>
        <translation>第 %1 页没有可复制的文字，可能是扫描图像。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="226"/>
        <source>The text of page %1 was copied.</source>
        <translation>已复制第 %1 页的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="231"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="232"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="233"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="234"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="235"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="236"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="237"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="238"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="239"/>
        <source>Copy page text</source>
        <translation>复制本页文字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="239"/>
        <source>Copy page</source>
        <translation>复制本页</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="241"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="242"/>
        <source>Page (Home, End, Page Up, Page Down)</source>
        <translation>页码（Home、End、Page Up、Page Down）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="243"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="244"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_pane.py" line="245"/>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
</context>
<context>
    <name>PdfSearchBar</name>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="166"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="168"/>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="173"/>
        <source>Result %1 of %2</source>
        <translation>第 %1 个结果，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="196"/>
        <source>Find a word first; then the text around it can be copied.</source>
        <translation>请先查找词语，然后才能复制其前后的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="200"/>
        <source>The text around result %1 was copied.</source>
        <translation>已复制第 %1 个结果前后的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="218"/>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="226"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="219"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="220"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="222"/>
        <source>Copy the text around the result</source>
        <translation>复制结果前后的文字</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="222"/>
        <source>Copy result</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="225"/>
        <source>Find in document (Ctrl+F)</source>
        <translation>在文档中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/viewer/pdf_search.py" line="227"/>
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
        <location filename="../../src/reviewdesk/gui/expert/declaration_dialogs.py" line="63"/>
        <source>{round} · {panel}; package from {sender}.</source>
        <translation>{round} · {panel}；评审包发送人：{sender}。</translation>
    </message>
</context>
<context>
    <name>RosterPinDialog</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="60"/>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="69"/>
        <source>Roster file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="90"/>
        <source>Pinning the root key…</source>
        <translation>正在固定根密钥…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="114"/>
        <source>{label}, version {version}</source>
        <translation>{label}，第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="119"/>
        <source>from {start} until {end}</source>
        <translation>自 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="125"/>
        <source>{experts} experts, {chairs} panel chairs</source>
        <translation>评审专家 {experts} 人，专家组组长 {chairs} 人</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/roster_pin_dialog.py" line="129"/>
        <source>{threshold} of {count} root keys must sign.</source>
        <translation>{count} 个根密钥中须有 {threshold} 个签名。</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="9"/>
        <source>Trust the commission&apos;s root key</source>
        <translation>信任委员会根密钥</translation>
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
        <translation>信任此根密钥(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_pin_dialog.ui" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="182"/>
        <source>Scoring form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="294"/>
        <source>Total {total} of {max}</source>
        <translation>总分 {total} / {max}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="299"/>
        <source>Grade: when every criterion has a score</source>
        <translation>等级：各项均评分后给出</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="302"/>
        <source>Grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="306"/>
        <source>Status: {stage}</source>
        <translation>状态：{stage}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="324"/>
        <source>Nothing is missing: the sheet is complete.</source>
        <translation>已无缺项：评分表已填写完整。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="327"/>
        <source>Still to do ({count})</source>
        <translation>待完成事项（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="329"/>
        <source>Still to do</source>
        <translation>待完成事项</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="356"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="361"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="369"/>
        <source>Nothing entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="377"/>
        <source>Veto items: tick only with evidence</source>
        <translation>一票否决项：须有证据方可勾选</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="380"/>
        <source>Overall opinion (required)</source>
        <translation>评审意见（必填）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="382"/>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="383"/>
        <source>Overall opinion</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="385"/>
        <source>Your overall opinion of the applicant: strengths, weaknesses, advice</source>
        <translation>对申报单位的总体评价：优势、不足与建议</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/scoring_form.py" line="387"/>
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
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="96"/>
        <source>A comment is required: the score is below {low}.</source>
        <translation>需填写评语：得分低于 {low} 分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="100"/>
        <source>A comment is required: the score is {high} or more.</source>
        <translation>需填写评语：得分达到 {high} 分及以上。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="110"/>
        <source>The score {score} is outside 0–{max}.</source>
        <translation>得分 {score} 超出 0–{max} 的范围。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="114"/>
        <source>The score {score} is not a multiple of {step}.</source>
        <translation>得分 {score} 不是 {step} 的整数倍。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="118"/>
        <source>The score is not a number.</source>
        <translation>得分不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="128"/>
        <source>{criterion}: no score yet.</source>
        <translation>{criterion}：尚未评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="136"/>
        <source>The overall opinion is missing.</source>
        <translation>尚未填写评审意见。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="138"/>
        <source>{criterion} is not on this form.</source>
        <translation>{criterion} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="142"/>
        <source>{item}: a ticked veto item needs its evidence.</source>
        <translation>{item}：已勾选的否决项须填写证据。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="146"/>
        <source>{item} is not a veto item of this form.</source>
        <translation>{item} 不是本评分表的否决项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="150"/>
        <source>{item} is ticked twice.</source>
        <translation>{item} 被重复勾选。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/texts.py" line="153"/>
        <source>Problem: {code}</source>
        <translation>问题：{code}</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="168"/>
        <source>Save the signed score file</source>
        <translation>保存已签名的评分文件</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="176"/>
        <source>Signing and writing your score file…</source>
        <translation>正在签署并写入评分文件…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="189"/>
        <source>Save my score sheets as PDF</source>
        <translation>将我的评分表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="201"/>
        <source>Making the PDF of your score sheets…</source>
        <translation>正在生成评分表 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="239"/>
        <source>reviewdesk</source>
        <translation>reviewdesk</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="250"/>
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
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="111"/>
        <source>Nothing changed since revision {revision}: its signed file was written again.</source>
        <translation>自第 {revision} 版以来没有改动：已再次写出该版已签名的文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="114"/>
        <source>Revision {revision} of your scores is signed and written.</source>
        <translation>您的评分第 {revision} 版已签署并写出。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="119"/>
        <source>Fingerprint: {digits}</source>
        <translation>指纹：{digits}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/expert/submission.py" line="123"/>
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
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="57"/>
        <source>Retry saving</source>
        <translation>重新保存</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="58"/>
        <source>Change scores (new revision)</source>
        <translation>修改评分（生成新版本）</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/summary_bar.py" line="60"/>
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
    <name>VetoEditor</name>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="69"/>
        <source>Give the evidence for this veto item.</source>
        <translation>请填写该否决项的证据。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="74"/>
        <source>Veto item {item}</source>
        <translation>否决项 {item}</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="77"/>
        <source>Evidence: what in the materials shows this</source>
        <translation>证据：材料中的哪些内容表明这一点</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/gui/scoring/veto_editor.py" line="78"/>
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
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/reviewdesk/gui/messages.py" line="20"/>
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
        <source>{path} is not saved as UTF-8 text (it looks like {encoding}; the first character that is not UTF-8 is on line {line}). Save it again as UTF-8 — in Excel: Save As → “CSV UTF-8 (Comma delimited)” — and try again.</source>
        <translation>{path} 不是以 UTF-8 文本保存的（看起来是 {encoding}；第一个非 UTF-8 字符在第 {line} 行）。请另存为 UTF-8——在 Excel 中：另存为 →“CSV UTF-8（逗号分隔）”——然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="42"/>
        <source>{path} does not follow the chair-decisions layout at {where}: {reason}.</source>
        <translation>{path} 在 {where} 处不符合组长决定的格式：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="45"/>
        <source>The database {path} was written by a newer version of reviewdesk (schema {found}; this version knows up to {supported}). Install the newer version to open it; the database was not changed.</source>
        <translation>数据库 {path} 由更新版本的 reviewdesk 写入（结构版本 {found}；本版本最高支持 {supported}）。请安装新版本后再打开；数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="51"/>
        <source>{path} is not a database file; it was not changed.</source>
        <translation>{path} 不是数据库文件，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="54"/>
        <source>{path} is a database of another program, not of reviewdesk; it was not changed.</source>
        <translation>{path} 是其他程序的数据库，不是 reviewdesk 的数据库，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="58"/>
        <source>The database {path} is damaged ({reason}); restore it from a backup. It was not changed.</source>
        <translation>数据库 {path} 已损坏（{reason}），请从备份恢复。数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="62"/>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>无法打开数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="65"/>
        <source>The database {path} needs the driver {driver}, which is not installed.</source>
        <translation>数据库 {path} 需要驱动程序 {driver}，但尚未安装。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="68"/>
        <source>The database {path} could not be brought up to date ({reason}); it was left as it was.</source>
        <translation>数据库 {path} 未能升级到当前版本（{reason}），已保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="72"/>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} 已存在；未被覆盖。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="73"/>
        <source>The passphrase must not be empty; nothing was written.</source>
        <translation>口令不能为空；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="76"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的口令不一致；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="79"/>
        <source>A {key} public key in {path} is refused: {reason}.</source>
        <translation>{path} 中的一个 {key} 公钥被拒绝：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="82"/>
        <source>The identity in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中的身份在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="85"/>
        <source>The passphrase for the identity file {path} is wrong.</source>
        <translation>身份文件 {path} 的口令不正确。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="88"/>
        <source>{path} is not an identity file (it is not an age file).</source>
        <translation>{path} 不是身份文件（不是 age 文件）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="91"/>
        <source>{path} is encrypted to a key, not to a passphrase; it is not an identity file.</source>
        <translation>{path} 是用密钥而不是口令加密的；它不是身份文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="94"/>
        <source>The identity file {path} is damaged or was altered ({age_code}); restore it from your backup.</source>
        <translation>身份文件 {path} 已损坏或被改动（{age_code}）；请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="99"/>
        <source>{path} opens with this passphrase but does not hold a reviewdesk identity.</source>
        <translation>{path} 能用此口令打开，但其中不是 reviewdesk 身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="102"/>
        <source>{path} is not a valid enrolment request: {reason}.</source>
        <translation>{path} 不是有效的登记申请：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="105"/>
        <source>{path} is not a valid signed envelope: {reason}.</source>
        <translation>{path} 不是有效的签名信封：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="108"/>
        <source>{path} holds a {found}, not the expected {expected}.</source>
        <translation>{path} 中是 {found}，而不是应有的 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="111"/>
        <source>A signature in {path} does not match the contents (key {keyid}): the file was altered.</source>
        <translation>{path} 中的一个签名与内容不符（密钥 {keyid}）：文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="115"/>
        <source>{path} is signed by a key that is not trusted here (key {keyid}).</source>
        <translation>{path} 的签名密钥在本机不受信任（密钥 {keyid}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="118"/>
        <source>{path} carries {found} valid signatures of trusted keys; {needed} are required.</source>
        <translation>{path} 带有 {found} 个受信任密钥的有效签名；需要 {needed} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="122"/>
        <source>{path} is signed by {name}, whose key was revoked: {reason}.</source>
        <translation>{path} 由 {name} 签名，其密钥已被吊销：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="125"/>
        <source>{path} is signed by {name} as {role}; only {expected} may sign it.</source>
        <translation>{path} 由 {name} 以 {role} 身份签名；只有 {expected} 可以签署。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="128"/>
        <source>{path} is signed by {name}, who does not serve on panel {panel}.</source>
        <translation>{path} 由 {name} 签名，但其不在评审组 {panel} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="131"/>
        <source>The roster {path} is invalid at {field}: {reason}.</source>
        <translation>名册 {path} 在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="134"/>
        <source>The roster {path} lists a refused key at {field}: {reason}.</source>
        <translation>名册 {path} 在 {field} 处列有被拒绝的密钥：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="137"/>
        <source>The roster {path} lists the same key for {name} and for {other}.</source>
        <translation>名册 {path} 为 {name} 和 {other} 列出了同一个密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="140"/>
        <source>The roster {path} lists {name} as {section}, but the key was made for the role {role}.</source>
        <translation>名册 {path} 将 {name} 列为 {section}，但该密钥是为角色 {role} 生成的。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="144"/>
        <source>The roster {path} is version {version}, older than version {highest} already accepted; it was not used.</source>
        <translation>名册 {path} 为第 {version} 版，早于已接受的第 {highest} 版；未被采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="149"/>
        <source>The roster {path} differs from the version {version} already accepted under the same number. Contact the commission; nothing was changed.</source>
        <translation>名册 {path} 与已接受的同一版本号（第 {version} 版）内容不同。请联系委员会；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="154"/>
        <source>The roster {path} expired at {expires_at} (UTC); ask the commission for a current one.</source>
        <translation>名册 {path} 已于 {expires_at}（UTC）过期；请向委员会索取现行名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="158"/>
        <source>The trust file {path} is damaged at {field}: {reason}.</source>
        <translation>信任文件 {path} 在 {field} 处已损坏：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="162"/>
        <source>This score sheet is no longer stored.</source>
        <translation>该评分表已不在本地存储中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="163"/>
        <source>Revision {revision} of this sheet was submitted and cannot change; start a new revision to change it.</source>
        <translation>该评分表第 {revision} 版已提交，不能再修改；如需修改，请生成新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="168"/>
        <source>This sheet is still a draft: change it directly, no new revision is needed.</source>
        <translation>该评分表仍是草稿，可直接修改，无需生成新版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="171"/>
        <source>A newer revision ({latest_revision}) of this sheet exists; open that one.</source>
        <translation>该评分表已有更新的版本（第 {latest_revision} 版），请打开该版本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="174"/>
        <source>The sheet is not complete yet; see the list of what is still missing.</source>
        <translation>评分表尚未填写完整，请查看待完成事项。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="177"/>
        <source>This revision was already submitted in another score file.</source>
        <translation>该版本已通过另一个评分文件提交。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="180"/>
        <source>You are not assigned to review applicant {applicant}.</source>
        <translation>您未被分配评审申报单位 {applicant}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="183"/>
        <source>You declared a disqualifying conflict of interest with applicant {applicant}, so you do not score it.</source>
        <translation>您已声明与申报单位 {applicant} 存在须回避的利益冲突，因此不对其评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="188"/>
        <source>Applicant {applicant} is not part of round {round}.</source>
        <translation>申报单位 {applicant} 不属于评审批次 {round}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="191"/>
        <source>No expert with key {expert} is known here.</source>
        <translation>本地没有密钥为 {expert} 的专家。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="192"/>
        <source>Criterion {criterion} is not on this scoring form.</source>
        <translation>评分项 {criterion} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="195"/>
        <source>Veto item {item} is not on this scoring form.</source>
        <translation>否决项 {item} 不在本评分表中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="198"/>
        <source>The stored scoring form {sha256} does not match its fingerprint.</source>
        <translation>本地存储的评分表 {sha256} 与其指纹不符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="202"/>
        <source>{path} is not a reviewdesk exchange file (it does not start with RDX1).</source>
        <translation>{path} 不是 reviewdesk 交换文件（开头不是 RDX1）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="205"/>
        <source>{path} is cut short inside its header. Copy it again.</source>
        <translation>{path} 不完整：文件头被截断。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="208"/>
        <source>{path} is cut short: blob {blob} ({part}) is incomplete. Copy it again.</source>
        <translation>{path} 不完整：数据块 {blob}（{part}）被截断。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="211"/>
        <source>{path} is a kind of reviewdesk file ({kind}) this version does not know.</source>
        <translation>{path} 是本版本不认识的 reviewdesk 文件类型（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="214"/>
        <source>{path} is empty: it holds no blobs.</source>
        <translation>{path} 是空的：不含任何数据块。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="215"/>
        <source>{path} claims {count} blobs; at most {limit} are allowed.</source>
        <translation>{path} 声称含 {count} 个数据块；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="218"/>
        <source>Blob {blob} of {path} claims {size} bytes, more than the {limit} allowed.</source>
        <translation>{path} 的数据块 {blob} 声称有 {size} 字节，超过允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="221"/>
        <source>Blob {blob} of {path} is empty.</source>
        <translation>{path} 的数据块 {blob} 是空的。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="222"/>
        <source>{path} is larger than the {limit} bytes an exchange file may have.</source>
        <translation>{path} 超过交换文件允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="225"/>
        <source>{path} has {size} unexpected bytes after its last blob.</source>
        <translation>{path} 在最后一个数据块之后多出 {size} 个字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="228"/>
        <source>{path} must be a regular file (not a pipe or a device).</source>
        <translation>{path} 必须是普通文件（不能是管道或设备）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="231"/>
        <source>{path} changed on disk after it was opened; open it again.</source>
        <translation>{path} 在打开后被改动；请重新打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="234"/>
        <source>{path} is a {found} file, not the {expected} file expected here.</source>
        <translation>{path} 是{found}文件，不是此处需要的{expected}文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="237"/>
        <source>{path} is a {kind} file, which cannot be opened this way.</source>
        <translation>{path} 是{kind}文件，不能以这种方式打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="240"/>
        <source>The signed manifest in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中已签名的清单在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="243"/>
        <source>{path} was made by a newer reviewdesk (manifest version {version}).</source>
        <translation>{path} 由更新版本的 reviewdesk 生成（清单版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="246"/>
        <source>{path} is labelled a {container} file but its signed manifest says {manifest}: it was altered.</source>
        <translation>{path} 标为{container}文件，但其签名清单写的是{manifest}：文件已被篡改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="251"/>
        <source>The manifest would take {size} bytes; at most {limit} are allowed.</source>
        <translation>清单将占 {size} 字节；最多允许 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="254"/>
        <source>The assignment table in {path} is invalid at {field}: {reason}.</source>
        <translation>{path} 中的分配表在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="257"/>
        <source>The score sheets in {path} are invalid at {field}: {reason}.</source>
        <translation>{path} 中的评分表在 {field} 处无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="260"/>
        <source>The consolidation for {path} is not valid JSON: {reason}.</source>
        <translation>{path} 的汇总结果不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="263"/>
        <source>{path} names a sender other than the key that signed it.</source>
        <translation>{path} 声明的发送者与签名密钥不符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="266"/>
        <source>{path} holds {container} content blobs but its signed manifest lists {manifest}: blobs were added or removed.</source>
        <translation>{path} 含 {container} 个内容数据块，但签名清单列出 {manifest} 个：有数据块被增删。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="271"/>
        <source>Blob {blob} of {path} was altered or replaced after signing ({which}).</source>
        <translation>{path} 的数据块 {blob} 在签名后被改动或替换（{which}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="274"/>
        <source>{path} was not made for you: its signed manifest does not list your key.</source>
        <translation>{path} 不是发给您的：其签名清单中没有您的密钥。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="277"/>
        <source>{path} was made under roster version {needed}; you have version {have}. Import the newer roster first.</source>
        <translation>{path} 依据第 {needed} 版名册生成；您的名册是第 {have} 版。请先导入新版名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="282"/>
        <source>The roster inside {path} is version {roster}, not the {manifest} it names.</source>
        <translation>{path} 内的名册是第 {roster} 版，而非清单所写的第 {manifest} 版。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="285"/>
        <source>The scoring form inside {path} is not the one its manifest names.</source>
        <translation>{path} 内的评分表模板与清单所写的不一致。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="288"/>
        <location filename="../../src/reviewdesk/messages.py" line="309"/>
        <source>{path} belongs to round {found}, not to round {expected}.</source>
        <translation>{path} 属于评审批次 {found}，不属于 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="291"/>
        <location filename="../../src/reviewdesk/messages.py" line="312"/>
        <source>{path} belongs to panel {found}, not to panel {expected}.</source>
        <translation>{path} 属于专家组 {found}，不属于 {expected}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="294"/>
        <source>{path} is addressed to a key the roster does not list in that role.</source>
        <translation>{path} 的收件密钥未以相应角色列入名册。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="297"/>
        <source>{path} is addressed to {name}, who is not on panel {panel}.</source>
        <translation>{path} 发给 {name}，但其不在专家组 {panel} 中。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="300"/>
        <source>{path} was made for another person; it cannot be opened with your key.</source>
        <translation>{path} 是为他人制作的；不能用您的密钥打开。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="303"/>
        <source>{path} scores a different package than the one this expert was sent.</source>
        <translation>{path} 评的是另一份评审包，而不是发给该专家的那一份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="306"/>
        <source>{path} comes from an expert who is not assigned here, or claims another.</source>
        <translation>{path} 来自未分配到此处的专家，或冒称他人。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="315"/>
        <source>{path} was scored on a different scoring form than this panel uses.</source>
        <translation>{path} 使用的评分表与本专家组不同。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="318"/>
        <source>{path} scores applicants that were not assigned to this expert.</source>
        <translation>{path} 对未分配给该专家的申报单位打了分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="321"/>
        <source>Alarm: {path} is a different revision {revision} from the same expert than the one already imported. Nothing was imported; ask the expert which one they signed.</source>
        <translation>警告：{path} 是同一专家的另一个第 {revision} 版，与已导入的不同。未导入任何内容；请向专家确认其签署的是哪一份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="326"/>
        <source>The result bundle {path} carries two score files of the same expert.</source>
        <translation>结果包 {path} 含同一专家的两份评分文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="329"/>
        <source>To check {path} beyond its layout, give your identity file (--identity).</source>
        <translation>要检查 {path} 的布局以外内容，请提供您的身份文件（--identity）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="332"/>
        <source>To check who signed {path}, give the signed roster (--roster).</source>
        <translation>要检查 {path} 的签名者，请提供已签名的名册（--roster）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="335"/>
        <source>The roster was not checked against your pinned root keys (--trust).</source>
        <translation>名册未经您固定的根密钥核验（--trust）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="338"/>
        <source>{path} is not a reviewdesk exchange file, roster or enrolment request.</source>
        <translation>{path} 不是 reviewdesk 交换文件、名册或注册申请。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="341"/>
        <source>No commission root key is pinned yet, so {path} cannot be checked. Pin the root from the commission&apos;s roster first (after comparing its fingerprint).</source>
        <translation>尚未固定委员会根密钥，无法核验 {path}。请先从委员会名册固定根密钥（核对指纹后）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="346"/>
        <source>Other commission root keys are already pinned in {path}; the roster {roster} is not signed by them and was not used.</source>
        <translation>{path} 中已固定其他委员会根密钥；名册 {roster} 未经其签名，未被采用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="351"/>
        <source>{path} is a package for another expert (key {reviewer}).</source>
        <translation>{path} 是发给另一位专家（密钥 {reviewer}）的评审包。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="354"/>
        <source>The package {digest} was never opened here; open the package file again.</source>
        <translation>本机从未打开过评审包 {digest}，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="357"/>
        <source>The stored copy {path} is not the package it should be; open the package file again.</source>
        <translation>本地保存的副本 {path} 与应有的评审包不一致，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="361"/>
        <source>The roster this package was checked with ({path}) is missing or altered; open the package file again.</source>
        <translation>核验该评审包所用的名册（{path}）缺失或被改动，请重新打开评审包文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="366"/>
        <source>{path} asks to score applicant {applicant} ({category}) on the form {form}, which is for another category. Contact the commission.</source>
        <translation>{path} 要求用评分表 {form} 为申报单位 {applicant}（{category}）评分，但该评分表属于其他类别。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="371"/>
        <source>{path} is for a {kind} round but carries the form {form} of another kind of round. Contact the commission.</source>
        <translation>{path} 属于{kind}轮次，却附带了其他轮次类型的评分表 {form}。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="376"/>
        <source>{path} scores applicant {applicant} on another form than a package opened before; nothing was changed. Contact the commission.</source>
        <translation>{path} 为申报单位 {applicant} 指定的评分表与此前打开的评审包不同；未作任何更改。请联系委员会。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="381"/>
        <source>{path} says round {round} is a {found} round, but it was opened before as a {stored} round; nothing was changed.</source>
        <translation>{path} 称轮次 {round} 为{found}轮次，但此前打开时为{stored}轮次；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="386"/>
        <source>{path} carries a form {form} version {version} whose rules differ from the one already stored under that name; nothing was changed.</source>
        <translation>{path} 附带的评分表 {form}（版本 {version}）与本机已保存的同名同版本评分表规则不同；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="391"/>
        <source>Sign the confidentiality pledge before the materials open.</source>
        <translation>请先签署保密承诺，再查阅评审材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="394"/>
        <source>Declare any conflict of interest with applicant {applicant} before its materials open.</source>
        <translation>请先就申报单位 {applicant} 作出回避声明，再查阅其材料。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="398"/>
        <source>You declared a disqualifying conflict of interest with applicant {applicant}: its materials stay closed and you do not score it.</source>
        <translation>您已声明与申报单位 {applicant} 存在须回避的利益冲突：其材料不予开放，您也不对其评分。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="403"/>
        <source>{path} has no attachment number {number}.</source>
        <translation>{path} 中没有编号为 {number} 的附件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="406"/>
        <source>Round {round} is not known here.</source>
        <translation>本机不知道评审轮次 {round}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="407"/>
        <source>Say what the potential conflict of interest with {applicant} is.</source>
        <translation>请说明与 {applicant} 存在何种潜在利益关系。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="410"/>
        <source>The declaration for {applicant} is longer than the {limit} characters allowed.</source>
        <translation>对 {applicant} 的声明超过了允许的 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="414"/>
        <source>The scores cannot be submitted yet ({problems}); nothing was signed or written.</source>
        <translation>尚不能提交评分（{problems}）；未签署、未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="418"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="419"/>
        <source>The demo index {path} is damaged ({reason}); make the demo again with --force.</source>
        <translation>演示索引 {path} 已损坏（{reason}）；请使用 --force 重新生成演示。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="422"/>
        <source>{path} already holds files that are not a reviewdesk demo; choose another folder.</source>
        <translation>{path} 中已有不属于 reviewdesk 演示的文件；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="427"/>
        <source>{path} is damaged or was altered: part of it does not decrypt (chunk {chunk}). Ask the sender for a new copy.</source>
        <translation>{path} 已损坏或被改动：其中一部分无法解密（数据段 {chunk}）。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="432"/>
        <source>{path} was altered: its encryption header does not check out. Ask the sender for a new copy.</source>
        <translation>{path} 已被改动：其加密文件头校验不通过。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="437"/>
        <source>{path} is not encrypted to your key: it was meant for someone else, or your identity is not the one it was sent to.</source>
        <translation>{path} 不是加密给您的密钥的：它是发给别人的，或者您使用的身份不是接收方的身份。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="442"/>
        <source>{path} is cut short ({part}); copy it again from the original.</source>
        <translation>{path} 不完整（{part}）；请从原件重新复制。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="445"/>
        <source>{path} has extra data after its end; it was altered or badly copied.</source>
        <translation>{path} 末尾有多余数据；文件被改动或复制出错。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="448"/>
        <source>{path} ends in a way no honest encryption produces; it was altered.</source>
        <translation>{path} 的结尾不是正常加密所能产生的；文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="451"/>
        <source>{path} is damaged: its encryption header is invalid ({reason}).</source>
        <translation>{path} 已损坏：其加密文件头无效（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="454"/>
        <source>{path} uses an encryption version this reviewdesk does not know ({version}).</source>
        <translation>{path} 使用了本版 reviewdesk 不认识的加密版本（{version}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="458"/>
        <source>{path} is a text-armored age file that is damaged ({reason}).</source>
        <translation>{path} 是已损坏的文本封装 age 文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="461"/>
        <source>{path} is a text-armored age file; reviewdesk exchange files are binary. Ask the sender for the original file.</source>
        <translation>{path} 是文本封装的 age 文件，而 reviewdesk 交换文件应为二进制格式。请向发送方索取原始文件。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="466"/>
        <source>The passphrase does not open {path}.</source>
        <translation>该口令无法打开 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="467"/>
        <source>The encryption header of {path} is larger than the {limit} bytes allowed; the file was refused.</source>
        <translation>{path} 的加密头超过允许的 {limit} 字节，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="472"/>
        <source>A {kind} key is not valid: {reason}.</source>
        <translation>{kind} 密钥无效：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="473"/>
        <source>Nobody to encrypt to: no recipient key was given; nothing was written.</source>
        <translation>未指定任何接收方密钥，无法加密，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="476"/>
        <source>{path} holds more data than the {limit} bytes its manifest announces; it was refused.</source>
        <translation>{path} 所含数据超过其清单声明的 {limit} 字节，已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="480"/>
        <source>Post-quantum and classic recipient keys cannot be mixed in one file; nothing was written.</source>
        <translation>同一文件不能混用抗量子密钥与传统密钥，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="484"/>
        <source>A passphrase-protected file can have no other recipient; {path} was refused.</source>
        <translation>口令保护的文件不能再有其他接收方，{path} 已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="487"/>
        <source>The encryption header of {path} is invalid ({type}: {reason}).</source>
        <translation>{path} 的加密头无效（{type}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="490"/>
        <source>The encryption header of {path} holds an entry larger than the {limit} bytes allowed; the file was refused.</source>
        <translation>{path} 的加密头中有条目超过允许的 {limit} 字节，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="495"/>
        <source>{path} is encrypted to more than the {limit} recipients allowed; the file was refused.</source>
        <translation>{path} 的接收方超过允许的 {limit} 个，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="499"/>
        <source>{path} asks for a passphrase work factor of 2^{log_n}, more than this computer allows; the file was refused.</source>
        <translation>{path} 要求的口令计算强度为 2^{log_n}，超出本机允许范围，文件已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="504"/>
        <source>Applicant {applicant} appears twice in one ranking.</source>
        <translation>申报单位 {applicant} 在同一排名中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="507"/>
        <source>The database address is not a valid SQLAlchemy URL.</source>
        <translation>数据库地址不是有效的 SQLAlchemy URL。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="510"/>
        <source>Expert {expert} has two different sheets numbered revision {revision}.</source>
        <translation>专家 {expert} 有两份编号同为第 {revision} 版的不同评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="513"/>
        <source>Expert {expert} is assigned twice to the same applicant.</source>
        <translation>专家 {expert} 被重复分配给同一申报单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="516"/>
        <source>Applicant {applicant} has a grade but no panel score; the ranking was not made.</source>
        <translation>申报单位 {applicant} 有等次但没有专家组得分，未能生成排名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="520"/>
        <source>Entry {sequence} of the import log cannot be changed or deleted: the log only grows.</source>
        <translation>导入日志第 {sequence} 条不可修改或删除：日志只能追加。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="524"/>
        <source>The import log is broken at entry {sequence} ({reason}): an entry was altered, removed or inserted.</source>
        <translation>导入日志在第 {sequence} 条处断裂（{reason}）：有条目被修改、删除或插入。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="529"/>
        <source>The Chinese font for reports is missing ({path}); reinstall reviewdesk.</source>
        <translation>报告所需的中文字体缺失（{path}），请重新安装 reviewdesk。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="532"/>
        <source>The scoring form {ref} needed for the report is not available.</source>
        <translation>生成报告所需的评分表 {ref} 不可用。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="535"/>
        <source>There is no score sheet to print.</source>
        <translation>没有可打印的评分表。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="536"/>
        <source>The result of applicant {applicant} was made with another scoring form ({template}) and cannot be ranked here.</source>
        <translation>申报单位 {applicant} 的结果使用了另一张评分表（{template}），不能在此排名。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="541"/>
        <source>The sheet of expert {expert} belongs to applicant {applicant}, not to this one.</source>
        <translation>专家 {expert} 的评分表属于申报单位 {applicant}，而非当前单位。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="545"/>
        <source>The scoring form {path} is larger than the {limit} bytes allowed.</source>
        <translation>评分表 {path} 超过允许的 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="548"/>
        <source>The scoring form {path} cannot be read: {reason}.</source>
        <translation>无法读取评分表 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="551"/>
        <source>The scoring form {template} defines no grade bands.</source>
        <translation>评分表 {template} 未定义等次分数段。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="554"/>
        <source>The scoring form {template} trims more totals than the {sheets} sheets that count.</source>
        <translation>评分表 {template} 去掉的最高、最低分数量超过了有效评分表数（{sheets} 份）。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="558"/>
        <source>The scoring form {template} breaks ties on {key}, which is not one of its criteria.</source>
        <translation>评分表 {template} 的并列排序依据 {key} 不是其评分指标。</translation>
    </message>
    <message>
        <location filename="../../src/reviewdesk/messages.py" line="564"/>
        <source>Unexpected error ({code}).</source>
        <translation>意外错误（{code}）。</translation>
    </message>
</context>
</TS>
