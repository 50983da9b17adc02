"""Shapes a person reads without a list, each read by one general rule
(a report's 问/答 after its narration, ...), tested on small files written here."""

from __future__ import annotations

from roundtable.transcript import parse
from test_identity import said, write

LECTURE_REPORT = """讲座回顾：推理的边界

4月18日下午，学院举办第3期讲坛。北辰大学教授吴明远作了报告，二百余名师生到场。

吴明远首先回顾了专家系统的兴衰。他指出，规则写得越多，系统越脆弱。

谈到统计学习，吴明远认为，机器第一次能从数据里学到判断。

互动环节

问（硕士生 林同学）：老师，大模型是真的会推理吗？

答：这两者的边界没有我们想的那么清楚。

问（博士生 宋同学）：形式化验证会被取代吗？

答：恰恰相反，模型生成的越多，越需要证明。
"""


def test_a_reports_answer_marker_after_a_question_is_the_one_the_report_credits(tmp_path):
    """问（…）：…？ / 答：… after a report's narration: no refusal, the 答 is the lecturer's."""
    transcript = parse(write(tmp_path, "lecture.txt", LECTURE_REPORT))
    assert (13, "吴明远") in said(transcript)
    assert (17, "吴明远") in said(transcript)
    assert not [w for w in transcript.warnings if w.line in (13, 17)], "one speaker: sure"


KEYNOTE = """大会主论坛演讲实录

让机器学会怀疑
——在大会主论坛上的演讲

韩若琪｜某某实验室首席科学家

编者按：本文根据韩若琪在大会主论坛的演讲整理。

各位上午好。先做个小调查：在座有多少人被模型骗过？好，差不多所有人。

一、幻觉是统计的必然

所以我的第一个观点是：幻觉不会被彻底消灭。

二、校准

我们的方法并不复杂：奖励恰当的拒答。谢谢大家。

主持人：感谢韩老师的分享。
"""


def test_a_talk_whose_byline_names_the_speaker_is_hers_across_its_headings(tmp_path):
    """No refusal: the byline (姓名｜职位) names the one speaker; colons inside her sentences
    (先做个小调查：, 所以我的第一个观点是：) are seen once each, so they are no labels; the
    host's closing line is the host's, the subtitle above the byline nobody's speech."""
    transcript = parse(write(tmp_path, "keynote.txt", KEYNOTE))
    assert said(transcript) == [(10, "韩若琪"), (14, "韩若琪"), (18, "韩若琪")]
    assert transcript.closing_by == ("主持人",)
    assert transcript.warnings == ()


BRACKETED_VOICES = """WEBVTT

00:00:01.000 --> 00:00:04.000
[许婧] 欢迎，我是主持人许婧。先请严总介绍一下？

00:00:04.000 --> 00:00:05.000
[掌声]

00:00:05.000 --> 00:00:09.000
[严澍 · 澜图科技CTO] 大家好，我是澜图科技的严澍。

00:00:09.000 --> 00:00:12.000
[许婧] Priya, would you like to introduce yourself?

00:00:12.000 --> 00:00:15.000
[Dr. Priya Raman] Sure. I lead the open-model program.

00:00:15.000 --> 00:00:18.000
[许婧] 严总，收入从哪里来？

00:00:18.000 --> 00:00:21.000
[严澍] 第一年几乎没有收入。[笑声]

00:00:21.000 --> 00:00:23.000
[许婧] 谢谢两位，到此结束。

00:00:23.000 --> 00:00:24.000
[掌声][音乐]
"""


def test_names_in_brackets_with_spaces_are_labels_and_a_cue_of_stage_notes_is_none(tmp_path):
    """[Dr. Priya Raman] and [严澍 · 澜图科技CTO] open turns (a position after a spaced dot is
    the affiliation); [掌声][音乐], two notes in one cue, is no part heading and no refusal."""
    transcript = parse(write(tmp_path, "panel.vtt", BRACKETED_VOICES))
    assert said(transcript) == [(9, "严澍"), (15, "Priya Raman"), (21, "严澍")]
    assert {s.name: s.affiliation for s in transcript.speakers}["严澍"] == "澜图科技CTO"


HK_PANEL = """【創科圓桌】AI 走進醫院

主持：何嘉敏（Karmen Ho，智慧醫療協會副主席）
講者：黃詠詩醫生（Dr. Winnie Wong，聯網資訊科技主管）、Raymond Tse 謝文朗（初創聯合創辦人）

Karmen：Winnie，最頭痛的是甚麼？
Dr. Wong：系統整合。醫生不會為了 AI 多開一個視窗。
Karmen：Raymond，你們怎樣打入醫院？
Raymond：好慢。第一份合約用了 18 個月。
Karmen：最後一條問題，五年後會有甚麼不同？
Dr. Wong：文書工作會少一半。
Raymond：它會好似電力一樣，係背景。
Karmen：多謝兩位。
"""


def test_english_names_in_a_mixed_guest_list_credit_the_chinese_name(tmp_path):
    """黃詠詩醫生（Dr. Winnie Wong，…） and Raymond Tse 謝文朗 state the pairs: Dr. Wong is
    Winnie Wong is 黃詠詩; a lone given name (Raymond) is the one English full name it opens."""
    transcript = parse(write(tmp_path, "hk.txt", HK_PANEL))
    assert said(transcript) == [(7, "黃詠詩"), (9, "謝文朗"), (11, "黃詠詩"), (12, "謝文朗")]


def test_a_directory_display_name_last_first_is_the_person_first_last(tmp_path):
    """Teams writes voices as Last, First (Dept): Li, Ruoxi (R&D-SH) is Ruoxi Li of R&D-SH."""
    vtt = "".join(
        f"\n{i + 1:02d}:00.000 --> {i + 1:02d}:05.000\n<v {who}>{text}</v>\n"
        for i, (who, text) in enumerate([
            ("Ma, Jun (HR-BJ)", "欢迎。Ruoxi，真实的提效是多少？"),
            ("Li, Ruoxi (R&D-SH)", "涨了差不多百分之四十。"),
            ("Ma, Jun (HR-BJ)", "Ken 你那边呢？"),
            ("Okada, Ken (APAC Data)", "我们用得少。"),
            ("Ma, Jun (HR-BJ)", "最后，明年会更好吗？"),
            ("Li, Ruoxi (R&D-SH)", "会。"),
            ("Ma, Jun (HR-BJ)", "谢谢两位。"),
        ]))
    transcript = parse(write(tmp_path, "teams.vtt", "WEBVTT\n" + vtt))
    assert [who for _, who in said(transcript)] == ["Ruoxi Li", "Ken Okada", "Ruoxi Li"]
    assert {s.name: s.affiliation for s in transcript.speakers}["Ruoxi Li"] == "R&D-SH"


PODCAST = """Field Notes, episode 12

MAYA CHEN, HOST: This is Field Notes. I'm Maya Chen, with Tobiah Mensah-Lindqvist.
TOBIAH MENSAH-LINDQVIST: Thanks for having me.
CHEN: What does a whale say?
MENSAH-LINDQVIST: Honestly, we don't know yet.
CHEN: And the model found structure?
MENSAH-LINDQVIST: Right, it found a kind of alphabet.
CHEN: Are you sure?
MENSAH-LINDQVIST: Not yet.
CHEN: Thanks for listening.
"""


def test_all_caps_hyphenated_labels_credit_the_full_name_as_prose_writes_it(tmp_path):
    """TOBIAH MENSAH-LINDQVIST and MENSAH-LINDQVIST are the Tobiah Mensah-Lindqvist the host
    names: one person in two cases, credited as prose writes the name."""
    transcript = parse(write(tmp_path, "podcast.txt", PODCAST))
    assert {who for _, who in said(transcript)} == {"Tobiah Mensah-Lindqvist"}


TWO_HOSTS = """硅基漫游 番外

说话人A 00:00:03
哈喽大家好，欢迎收听，我是老柯。今天还有小芒，和我们的嘉宾。
说话人C 00:00:12
对，绍棠老师，先跟大家打个招呼吧？
说话人B 00:00:19
大家好，我是孟绍棠，在穹步机器人负责算法。
说话人A 00:00:27
那我们直接开始。机器人为什么没有互联网？
说话人B 00:00:38
因为每一条数据都要花钱、花人去采。
说话人C 00:01:20
那现在主流的采法是什么？
说话人B 00:01:27
遥操作是目前最主流的，一个人一天采三四百条。
说话人A 00:02:05
几十万条，那就是上千万的成本。
说话人B 00:02:09
还不止，换一个夹爪数据就不通用。
说话人A 00:02:21
那仿真呢？
说话人B 00:02:26
仿真能解决一部分问题，比如导航。
说话人C 00:03:02
人类视频靠谱吗？
说话人B 00:03:10
很有希望，但现在还早。
说话人A 00:03:31
那穹步现在的策略是什么？
说话人B 00:03:35
三条腿走路：遥操作、仿真、人类视频。
"""


def test_two_hosts_who_share_the_questions_are_both_hosts(tmp_path):
    """说话人A opens, welcomes and asks; 说话人C asks as often: together they ask every
    question and the guest answers, so neither host's words are published as answers."""
    transcript = parse(write(tmp_path, "podcast.txt", TWO_HOSTS))
    assert {who for _, who in said(transcript)} == {"孟绍棠"}


MINUTES = """推进会会议记录

主 持 人：王晓梅（市数据局办公室主任）
参会人员：市数据局局长张建华、数据资源处处长刘蕴
记 录 人：杜若宁

王主任：今天听一下平台的进展。刘处，有什么意见？
刘处：总体符合预期，但脱敏规则要修订。
王主任：好。下面请张局讲话。
张局：我讲三点意见。第一，安全是底线。
"""


def test_a_chair_named_by_surname_and_bracketed_position_is_the_stated_host(tmp_path):
    """主 持 人 (spaced to align) states the host, 王晓梅, whose bracketed position is 主任:
    王主任 is she, and her turns are the host's, not a guest's answers."""
    transcript = parse(write(tmp_path, "minutes.txt", MINUTES))
    assert said(transcript) == [(8, "刘蕴"), (10, "张建华")]


LISTED = """【創科圓桌】AI 走進醫院

主持：何嘉敏（Karmen Ho，協會副主席）
講者：陳志聰教授（Prof. Stanley Chan，醫學院放射科）
　　　黃詠詩醫生（Dr. Winnie Wong，聯網資訊科技主管）

以下為圓桌節錄，經編輯整理：

Karmen：首先想問 Stanley，AI 讀片用得有幾普遍？
陳教授：仍然係試點階段。
Karmen：Winnie，最頭痛的是甚麼？
Dr. Wong：系統整合。
Karmen：最後，五年後會點？
陳教授：不懂用 AI 的醫生會被取代。
Dr. Wong：文書工作會少一半。
Karmen：多謝兩位。
"""


def test_a_line_stating_who_takes_part_is_never_the_turn_of_the_role_it_names(tmp_path):
    """講者：陳志聰教授（…） and its indented second line say who takes part: intro, not
    陳志聰's first answer, even after the host is found by behaviour."""
    transcript = parse(write(tmp_path, "listed.txt", LISTED))
    assert said(transcript) == [(10, "陳志聰"), (12, "黃詠詩"), (14, "陳志聰"), (15, "黃詠詩")]


AMA = """# AMA 回顾

> 以下精选 3 个问题，由运营组整理。未特别标注的回答均来自宁远舟。

### Q1：@深夜调参侠：栖光最开始是为了解决什么问题？

我的显卡跑不动 70B 模型，所以另起炉灶。

### Q2：@Ferris_Z：量化为什么选分组量化？

**连峥**：这个我来答。分组量化在 4bit 下困惑度基本不掉。

### Q3：@小熊猫：长上下文有什么计划。

下一步是分页 KV 缓存加 CPU 卸载。
"""


def test_a_file_that_says_whose_unmarked_answers_are_credits_them_so(tmp_path):
    """未特别标注的回答均来自宁远舟: a paragraph under a question that no label opens is his
    (after a heading too), never the host's question continued; a labelled answer is its
    label's."""
    transcript = parse(write(tmp_path, "ama.md", AMA))
    assert said(transcript) == [(7, "宁远舟"), (11, "连峥"), (15, "宁远舟")]


SEMINAR = """研讨会发言纪要

主持人：田立群（学会秘书长）

主持人：
各位专家，下午好。今天请各位谈谈科研范式。先请韩教授？

韩啸天（东湖大学教授）：
模型可以做科研的外骨骼，但不能替学生长肌肉。

主持人：
柏雯博士在企业一线，您怎么看？

柏雯（知衡科技首席科学家）：
模型提出假设很便宜，验证假设很贵。

主持人：
感谢各位专家。今天的发言我们会整理成建议稿。散会。
"""


def test_a_host_label_alone_on_its_line_opens_the_hosts_turn_not_a_list_of_hosts(tmp_path):
    """主持人： alone, then words that speak (a greeting, a question, thanks): the host's turn,
    never a section listing hosts whose lines are set aside, nor a guest's answer continued."""
    transcript = parse(write(tmp_path, "seminar.txt", SEMINAR))
    assert said(transcript) == [(8, "韩啸天"), (14, "柏雯")]
    assert transcript.closing_by == ("田立群",)


def test_a_name_the_file_never_writes_alone_is_the_longer_form(tmp_path):
    """郗 is a surname no list holds: 郗明远 is read as 明远, but every mention of 明远 follows
    郗, so the person is 郗明远."""
    report = LECTURE_REPORT.replace("吴明远", "郗明远")
    transcript = parse(write(tmp_path, "lecture.txt", report))
    assert {who for _, who in said(transcript)} == {"郗明远"}


def test_a_saved_pages_footer_broken_by_br_keeps_the_files_line_numbers(tmp_path):
    """Two set-aside blocks on one source line (…邮编<br />技术支持…) are one set-aside line:
    the article's paragraphs keep the numbers of the file's lines."""
    page = "\n".join([
        "<html><head><title>讲座</title></head><body>",
        '<div class="article">',
        "<h1>讲座回顾</h1>",
        "<p>主持人：请问推理是什么？</p>",
        "<p>吴明远：推理是搜索。</p>",
        "<p>主持人：推理会更好吗？</p>",
        "<p>吴明远：会。</p>",
        "<p>主持人：谢谢。</p>",
        "</div>",
        '<div class="footer">版权所有<br />技术支持：某某软件</div>',
        "</body></html>",
    ])
    transcript = parse(write(tmp_path, "page.html", page))
    assert said(transcript) == [(5, "吴明远"), (7, "吴明远")]


REPORT = """价格战下半场

五月以来，厂商接连宣布降价。记者采访了多位高管。

降价的两种解释

岚山云总经理甘露表示，降价的底气来自推理成本的下降。

追光智能创始人蒋骁认为，这种说法只说对了一半。

星穹云副总裁柯文彬认为，价格战的终点是生态。

此前的闭门会上，柯文彬与蒋骁曾就此有过交锋，双方各执一词。

创业公司的出路

追光智能的选择是退出通用API市场，转向私有化部署。

低价之下的隐忧

研究员黎崇山提醒，低价竞争可能挤压安全投入。
"""


def test_a_reports_headings_by_its_own_statistics_and_two_names_leave_the_owner_open(tmp_path):
    """Two short unpunctuated lines open parts, so 创业公司的出路 does too: the paragraph under
    it is warned about, never silently the last speaker's; a paragraph naming two of the
    report's speakers (柯文彬与蒋骁) is warned about too."""
    transcript = parse(write(tmp_path, "report.txt", REPORT))
    warned = {w.line for w in transcript.warnings}
    credited = dict(said(transcript))
    assert 15 not in credited, "创业公司的出路 is a heading"
    assert 17 in warned, "under a heading, continuing 柯文彬: warned"
    assert 13 not in credited or 13 in warned, "two speakers named: never silently one's"
