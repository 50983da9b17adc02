"""Who is who, from the file (issue 26, layer 5): a person reading a transcript gathers every
full name the file states (its header, a participants list, a byline, a host's introduction)
with the positions it gives them, and reads 林教授, 贝总 or 蒋局 as the one person they name."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.forms import _dotted_full, _original_spelling, fullest_forms
from roundtable.readers.identity import (
    by_title,
    name_opened_by,
    office_holder,
    people_stated,
    written_full_name,
    written_given_name,
)
from roundtable.transcript import parse
from transcript_files import answer_lines, parsed, write


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def test_people_are_gathered_with_their_positions_wherever_the_file_states_them():
    people = people_stated([
        "主持：华岳大学计算机学院教授　林知远",
        "与会：省算力中心研究员郑怀瑾、数澜科技总监贝思成（线上）、记录 王一",
        "下面有请产品负责人闻人笛女士。",
        "大家好，我是本台科技频道的何清，也是今天的主持人。",
    ])
    assert people["林知远"] >= {"主持", "教授"}
    assert {"郑怀瑾", "贝思成", "闻人笛", "何清"} <= set(people)
    assert "主持人" in people["何清"]


def test_a_surname_and_title_names_the_one_person_of_that_surname():
    people = {"林知远": {"教授"}, "贝思成": {"总监"}, "贝洛": {"局长"}}
    assert by_title("林教授", people) == "林知远"
    assert by_title("林", people) == "林知远"
    assert by_title("贝局", people) == "贝洛", "two 贝: the one whose position has 局"
    assert by_title("贝老师", people) is None, "two 贝 and no position fits: nobody for sure"


def test_a_title_no_list_holds_names_the_one_person_of_that_surname():
    """欧阳馆长 (of 图书馆副馆长): a word ending as Chinese titles end, after the one stated
    person of that surname, is that person; two of the surname and it names nobody for sure."""
    assert by_title("欧阳馆长", {"欧阳楷": set(), "韩啸天": {"教授"}}) == "欧阳楷"
    assert by_title("钟台长", {"钟岳": set(), "钟南": set()}) is None


SYMPOSIUM = """算力调度研讨会纪要

主持：华岳大学计算机学院教授　林知远
与会：省算力中心研究员郑怀瑾，数澜科技总监贝思成

林教授：
　　今天就一个题目：跨地域调度到底卡在哪里？先请郑研究员。
郑研究员：
　　卡在网络。跨省专线的时延抖动比算力本身更难调度。
林教授：
　　贝总怎么看？
贝总：
　　我同意一半。企业更在意的是账单能不能看懂。
林教授：
　　好，今天就到这里，谢谢两位。
"""


def test_title_labels_are_read_as_the_people_the_header_names(tmp_path):
    transcript = parse(write(tmp_path, "symposium.txt", SYMPOSIUM))
    assert said(transcript) == [(8, "郑怀瑾"), (12, "贝思成")]
    asked = [q for q in transcript.questions if q.asked]
    assert {q.asker for q in asked} == {"林知远"}, "the 主持 line makes 林教授 the host"
    assert not [w for w in transcript.warnings if "only once" in w.message], \
        "a label the header explains is no stray word"


def test_a_line_that_states_who_takes_part_is_not_a_turn(tmp_path):
    transcript = parse(write(tmp_path, "symposium.txt", SYMPOSIUM))
    intro_lines = {n for p in transcript.intro for n in p.lines}
    assert {3, 4} <= intro_lines


def test_a_role_label_is_the_one_person_the_file_gives_that_role(tmp_path):
    lecture = ("# 第 5 期读书会纪要\n\n- 主讲人：孔令仪（数学系）\n- 主持：宋宁 老师\n\n"
               "**主持：** 欢迎大家，请孔老师开始。\n\n"
               "**主讲人：** 谢谢宋老师。今天讲随机矩阵在深度学习里的用处。\n\n"
               "**提问（学生 江禾）：** 这和谱归一化有什么关系？\n\n"
               "**主讲人：** 关系很直接：谱范数就是最大奇异值。\n")
    transcript = parse(write(tmp_path, "reading.md", lecture))
    assert {who for _, who in said(transcript)} == {"孔令仪"}


def test_a_label_alone_on_its_line_opens_a_turn_even_seen_once(tmp_path):
    ending = "林教授：\n　　好，今天就到这里"
    added = "林教授：\n　　中心的同事补充一下？\n调度组同志：\n　　去年跨省调度了四千卡时。\n"
    minutes = SYMPOSIUM.replace(ending, added + ending)
    transcript = parse(write(tmp_path, "minutes.txt", minutes))
    assert (16, "调度组同志") in said(transcript)


ASR = """转写稿 · 机器人评测周会
【说明】说话人1＝主持人任安之（评测组）；说话人2＝感知组负责人骆川；说话人3为现场观众
00:00:05 说话人1
好，开始。骆川，抓取那边这周怎么样？
00:00:20 说话人2
成功率到了九成，主要改了夹爪的力控。
00:01:02 说话人3
想问一下，透明物体也能抓吗？
00:01:10 说话人2
透明的还不行，深度相机看不清。
00:01:40 说话人1
那下周重点就放在透明物体上？
00:01:48 骆川(感知组)
可以，我们先补数据。
"""


def test_time_first_label_lines_and_the_files_own_note_say_who_each_label_is(tmp_path):
    """A time before the label (00:00:05 说话人1), a department after a name on a label line
    (骆川(感知组) 00:…), and a note mapping labels to people, host and audience."""
    transcript = parse(write(tmp_path, "asr.txt", ASR))
    assert said(transcript) == [(5, "骆川"), (9, "骆川"), (13, "骆川")]
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "任安之" in askers
    assert any(q.audience for q in transcript.questions), "说话人3为现场观众: the audience asks"


def test_a_label_that_opens_and_asks_most_questions_is_read_as_the_host_with_a_warning(
    tmp_path,
):
    """A named label that opens the session, hands over by name and asks most questions is
    the host, whatever its word; read so, and said so (a colleague who asks reads alike)."""
    table = ("序号,说话人,内容\n1,程立,开始吧。小组这周谁先说？\n"
             "2,吴澈,我先说，评测集扩到了两千条。\n"
             "3,程立,扩的是哪类题？\n4,吴澈,主要是多轮对话。\n5,程立,那准确率变了吗？\n"
             "6,吴澈,掉了一个点，在预期内。\n7,程立,好，下周看回归结果？\n8,吴澈,没问题。\n")
    transcript = parse(write(tmp_path, "weekly.csv", table))
    assert {who for _, who in said(transcript)} == {"吴澈"}
    assert any("程立" in w.message and "host" in w.message for w in transcript.warnings)


def test_the_file_states_the_fuller_form_of_a_name_its_labels_shorten():
    """An English or short name beside the full one (Ivy（林芷若）, 高凯文 Kevin, 我是高凯文，
    大家叫我Kevin), a transliteration's original in brackets (哈米德·萨拉希（Hamid Salahi）):
    the short form is the full name; a form two names claim is nobody's."""
    assert fullest_forms(["**本期嘉宾**：Ivy（林芷若），产品负责人"]) == {"Ivy": "林芷若"}
    assert fullest_forms(["嘉宾：唐以宁（部门负责人）、高凯文 Kevin（推理引擎组 TL）"]) == {
        "Kevin": "高凯文"}
    assert fullest_forms(["大家好，我是高凯文，大家叫我Kevin。"]) == {"Kevin": "高凯文"}
    assert fullest_forms(["计算物理系哈米德·萨拉希（Hamid Salahi）教授", "哈米德·萨拉希："]) == {
        "Hamid Salahi": "哈米德·萨拉希"}
    assert fullest_forms(["周敏（运营部）主持"]) == {}
    assert fullest_forms(["Ivy（林芷若）", "Ivy（唐以宁）"]) == {}


FORMS = """\
Speaker: Dr. Sofía Ramírez-Ortega, Director, Institute for Applied Cognition
Session chair: Prof. Anders Lindqvist, Nordhavn University

PROF. LINDQVIST: Good morning. Please welcome Dr. Ramírez-Ortega. Sofía, what is calibration?

RAMÍREZ-ORTEGA: A model that says ninety percent is right nine times in ten.

PROF. LINDQVIST: And why does it matter in a hospital?

RAMÍREZ-ORTEGA: Because nurses learn quickly to ignore a model that is not.

PROF. LINDQVIST: Does fine-tuning change it?

RAMÍREZ-ORTEGA: Usually for the worse.
"""


def test_a_latin_surname_in_capitals_is_the_full_name_the_programme_gives(tmp_path):
    """RAMÍREZ-ORTEGA: (capitals, accents, a hyphen) is the Dr. Sofía Ramírez-Ortega of the
    programme: credited by that name."""
    transcript = parse(write(tmp_path, "keynote.txt", FORMS))
    assert {who for _, who in said(transcript)} == {"Sofía Ramírez-Ortega"}


LIVE = """\
直播文字回放｜周四技术夜
主播：戴晓川（深流智能创始人）
助播：小禾

助播：家人们晚上好！欢迎来到周四技术夜，有问题直接打在评论区。
主播：大家好，我是晓川。今天就聊一件事：中小企业要不要私有化大模型。
主播：第一条路是直接买一体机，插电就能用。
助播：第一个问题：我们公司就二十个人，有必要私有化吗？
主播：先别急，先把最常见的三类工作列出来。
助播：显卡买4090还是租？
主播：三个月内验证不了价值的，一律先租。
助播：感谢晓川！下周四同一时间见。
"""


def test_a_host_label_that_answers_is_a_speaker_and_the_label_that_asks_hosts(tmp_path):
    """主播 answers the 助播's questions all stream long: whatever the words say, who asks is
    the host and who answers a speaker (the person the header names), read so with a warning
    naming the labels: line."""
    transcript = parse(write(tmp_path, "live.txt", LIVE))
    assert {who for _, who in said(transcript)} == {"戴晓川"}
    assert {q.asker for q in transcript.questions if q.asked} <= {"小禾", "助播"}
    assert any("主播" in w.message and w.fix and "主播: 戴晓川" in w.fix.text
               for w in transcript.warnings)


def test_a_list_typeset_one_person_a_line_under_its_key_names_its_people():
    """A key alone on its line (与会人员：) and one person a line below it, each described in
    brackets by a position or the original spelling: read as the key's one line would be,
    a rare surname (阙) or a family name of two characters (南宫, 皇甫) too."""
    people = people_stated([
        "芯片良率复盘会", "与会人员：", "阙敏（封装工艺工程师）", "皇甫明澈（Huangfu Mingche）",
        "", "阙敏：我先说封装那边。"])
    assert {"阙敏", "皇甫明澈"} <= set(people)
    assert people_stated(["主持人：", "大家好，今天聊良率。", "阙敏（工程师）"]) == {}, \
        "a label alone above speech is no list"


def test_a_label_that_opens_one_listed_name_is_that_person():
    """鬼塚 of 鬼塚俊介, 司马 of 司马骞: a family name written alone once the file has named the
    person in full; two listed people it opens and it is nobody for sure."""
    assert name_opened_by("鬼塚", {"鬼塚俊介": set(), "宫本亚纪": set()}) == "鬼塚俊介"
    assert name_opened_by("石黛", {"石黛石": set()}) is None, "石黛 is a name itself"
    assert name_opened_by("鬼塚", {"鬼塚俊介": set(), "鬼塚亚纪": set()}) is None
    assert name_opened_by("王总", {"王总监": set()}) is None


ROUNDTABLE = """造船厂数字孪生座谈 · 速记
受访嘉宾：
鬼塚俊介（Onizuka Shunsuke）——船舶设计所所长
阙敏（仿真平台负责人）——船厂信息中心

问：两位先说说数字孪生在船坞里做什么？
鬼塚：主要是焊接变形的预测。以前靠老师傅经验，现在每条焊缝都有仿真。
阙工：我们那边管数据。三万个传感器的时间戳对齐，比仿真本身还难。
问：最难的一步是什么？
鬼塚：让老师傅相信模型。
"""


def test_short_labels_are_the_people_a_list_under_its_key_names_in_full(tmp_path):
    transcript = parse(write(tmp_path, "shipyard.txt", ROUNDTABLE))
    assert {who for _, who in said(transcript)} == {"鬼塚俊介", "阙敏"}


SALON = """# 数据治理沙龙纪要

本期沙龙在城西图书馆举行，约四十人参加。

报告人：阎书白　省数据研究院研究员

阎书白从数据确权谈起。他认为，确权不是目的，流通才是。

他举了医保数据的例子：脱敏之后仍可能被重新识别。

报告人：戚蔓　云帆科技数据总监

戚蔓介绍了企业内部的数据目录建设，强调先有目录，再谈共享。
"""


def test_a_speaker_keys_paragraph_that_only_names_a_person_heads_that_persons_paragraphs(
    tmp_path,
):
    """报告人：某某　职务 above a record's third-person paragraphs: the key (发言人, 主讲人,
    报告人) names no one; the name its paragraph states speaks what follows, and the
    heading itself is nobody's words."""
    transcript = parse(write(tmp_path, "salon.txt", SALON))
    assert said(transcript) == [(7, "阎书白"), (9, "阎书白"), (13, "戚蔓")]
    assert all(s.name != "报告人" for s in transcript.speakers)


# A magazine's profile interview: a headline naming the guest before its subject, a
# transliterated name given in full once, then labels by the family name and by the given one.
HEADLINE = """《远方》人物
专访奥尔加·彼得罗娃：一个翻译家的四十年
编辑：许蔓
奥尔加·彼得罗娃是俄罗斯翻译家，译过三十多部中国小说。
记者：您是怎么开始学中文的？
彼得罗娃：大学二年级，选了一门中文课，就再也没停下来。
记者：翻译最难的是什么？
彼得罗娃：是节奏。意思可以查字典，节奏只能靠耳朵。
记者：奥尔加，您现在还在翻译吗？
奥尔加：还在，每天早上译两页，下午散步。
记者：下一本译什么？
奥尔加：一部写黄河的长篇，明年出版。
"""


def test_a_headline_naming_the_guest_before_its_subject_is_no_turn(tmp_path):
    transcript = parse(write(tmp_path, "profile.txt", HEADLINE))
    by_line = dict(said(transcript))
    assert 2 not in by_line, "专访某某：subject is the page's headline"
    assert by_line[6] == by_line[8] == by_line[10] == by_line[12] == "奥尔加·彼得罗娃"


def test_a_transliterations_given_and_family_names_are_the_full_names_forms():
    from roundtable.readers.identity import resolve
    people = ["奥尔加·彼得罗娃", "许蔓"]
    assert resolve("奥尔加", people) == resolve("彼得罗娃", people) == "奥尔加·彼得罗娃"
    assert resolve("马库斯", ["马库斯·魏德曼", "马库斯·李"]) is None, "two of that name"


def test_a_role_word_before_a_name_seen_once_is_still_a_label():
    from roundtable.readers.labels import names_a_label
    assert names_a_label("对话奥尔加·彼得罗娃", ["彼得罗娃"])
    assert not names_a_label("主持人许蔓", ["许蔓"])
    assert not names_a_label("彼得罗娃", ["彼得罗娃"])
    assert not names_a_label("奥尔加·彼得罗娃", ["彼得罗娃"]), "the full name is a label"
    assert not names_a_label("市文旅局局长　方敏之", ["方敏之"]), "a post, then the name"


# Round 18, who is who from the file: labels that are offices, given names and list entries.
BOARD_MINUTES = """\
华川股份2025年度业绩发布会问答纪要
本次会议由公司研究院院长严书恒主持，技术中心主任葛曼青于会后回答记者提问。
记者：今年分红比例会不会提高？
技术中心主任：今年分红比例拟提高到净利润的百分之三十五，具体以董事会决议为准。
记者：可转债什么时候转股？
研究院院长：转股期从明年二月开始，公司会提前公告。
记者：海外工厂的进度如何？
技术中心主任：首期投资已经到位，预计年底试产。
记者：回购还会继续吗？
研究院院长：会继续，额度以公告为准。
"""


def test_an_office_as_a_label_is_the_holder_the_lead_names_after_it():
    """A company's minutes, a government's release, a council's record: the lead names each
    office's holder once (技术中心主任葛曼青), then the turns are labelled by the office alone."""
    texts = BOARD_MINUTES.splitlines()
    assert office_holder("技术中心主任", texts) == "葛曼青"
    assert office_holder("研究院院长", texts) == "严书恒"


def test_an_office_names_its_holder_in_english_and_nobody_when_two_hold_it():
    lead = "The Mayor of Riverton, Ms Dana Whitlock, met the press after the council vote."
    assert office_holder("Mayor of Riverton", [lead, "Mayor of Riverton: Thank you."]) \
        == "Dana Whitlock"
    two = ["技术中心主任葛曼青出席。", "上一任技术中心主任邝立人今日亦到场。"]
    assert office_holder("技术中心主任", two) is None, "two holders: the labels: line decides"
    assert office_holder("技术中心主任", ["技术中心主任：今年分红比例拟提高。"]) is None


def test_a_list_entry_never_lends_its_spelling_to_the_entry_above():
    """A translated interview's credits: each person's line spells its own name; the next
    line's Latin name belongs to the next line's person."""
    texts = ["嘉宾：阿卜杜拉·哈米德（约旦安曼科技大学教授）",
             "翻译：玛丽亚·洛佩斯（Maria Lopez）",
             "哈米德：谢谢邀请。"]
    assert "Maria Lopez" not in {v for k, v in fullest_forms(texts).items() if "哈米德" in k}
    assert _original_spelling("阿卜杜拉·哈米德", texts) is None


def test_a_given_name_after_a_prefix_is_the_one_person_whose_first_part_ends_with_it():
    """穆罕默德阿里·哈桑 is called 阿里, as Chinese papers of Malaysia or the Gulf call a
    Muhammad Ali Hassan."""
    people = {"穆罕默德阿里·哈桑", "莎拉·林"}
    assert _dotted_full("阿里", people) == "穆罕默德阿里·哈桑"
    assert _dotted_full("阿里", people | {"赛义德阿里·卡里姆"}) is None


def test_a_host_calling_on_a_guest_does_not_make_the_guest_a_host():
    people = people_stated(["主持：苏晴", "主持人：德明，您先说说这个项目怎么开始的？"])
    assert "主持" in people["苏晴"]
    assert "德明" not in people


FOCUS_GROUP = """\
社区用车焦点小组记录
主持人：先说说大家平时怎么去上班？
组员1：我坐地铁，单程四十分钟。
组员2：我骑电动车，下雨就很麻烦。
组员（陈立）：我开车，但停车越来越贵。
主持人：如果有共享班车，会考虑吗？
组员1：看价格，十块以内可以。
组员2：要能准点，不然还是骑车。
组员（陈立）：我会试试，省下停车费就划算。
"""


def test_a_group_members_bracketed_name_is_that_person_beside_the_numbered_members(tmp_path):
    """A focus group's 组员（陈立） beside 组员1 and 组员2, a classroom's 生（某某） beside 生1:
    one member of the group, named; the numbered ones stay their labels."""
    transcript = parse(write(tmp_path, "focus.txt", FOCUS_GROUP))
    assert said(transcript) == [(3, "组员1"), (4, "组员2"), (5, "陈立"),
                                (7, "组员1"), (8, "组员2"), (9, "陈立")]


LECTURE_RECORD = """\
北辰讲坛第七期实录

主讲人：阙明远　北辰大学物理系教授
与谈人：眭晓岚　海川研究院研究员

主持人：各位同学晚上好，今天请到了阙老师来讲量子计算。下面有请阙老师。

今天我想讲三件事。第一，量子比特为什么难做；第二，纠错为什么重要；第三，我们离实用还有多远。

先说第一件。超导比特对温度极其敏感，稍有扰动就会退相干。

主持人：谢谢阙老师。下面请眭晓岚研究员谈谈她的看法。

眭晓岚：谢谢阙老师。我从材料的角度补充一点，比特的寿命很大程度上取决于材料缺陷。

阙明远：眭老师说得对，材料是绕不过去的。

主持人：两位觉得十年内能看到实用的量子计算机吗？

眭晓岚：我比较谨慎，专用的也许可以，通用的还很远。

阙明远：我同意，先出现的会是解决特定问题的专用机器。
"""


def test_a_lecture_handed_to_a_listed_speaker_of_a_rare_surname_is_theirs(tmp_path):
    """主讲人：阙明远　北辰大学物理系教授 (name, a space, a post: 阙 and 眭 are no common
    surnames, yet the list says who the speakers are); the host's 下面有请阙老师 hands the
    floor to him, so the unlabelled talk after it is 阙明远's, not the host's opening."""
    assert set(people_stated(["主讲人：阙明远　北辰大学物理系教授"])) == {"阙明远"}
    transcript = parse(write(tmp_path, "lecture.txt", LECTURE_RECORD))
    assert {s.name for s in transcript.speakers} == {"阙明远", "眭晓岚"}
    assert said(transcript) == [(8, "阙明远"), (10, "阙明远"), (14, "眭晓岚"), (16, "阙明远"),
                                (20, "眭晓岚"), (22, "阙明远")]
    assert {e.line for e in transcript.excluded} >= {3, 4}  # the list, kept as the record's


def test_a_guest_list_of_uncommon_surnames_makes_a_label_heard_once_a_speaker(tmp_path):
    """The same lecture cut short: each listed guest speaks once, under their own label. The
    guest list (与谈人：眭晓岚　海川研究院研究员) names them whatever the surname, so a label
    heard once is theirs, not the host's closing going on."""
    short = LECTURE_RECORD[:LECTURE_RECORD.index("主持人：两位觉得")]
    transcript = parse(write(tmp_path, "lecture.txt", short))
    assert said(transcript) == [(8, "阙明远"), (10, "阙明远"), (14, "眭晓岚"), (16, "阙明远")]
    assert not transcript.closing


# A magazine's founders' interview, labelled by given names only; the lead names each in full
# once, after a post and run into the sentence (首席科学家杜明澈，都…), where no list stands.
FOUNDERS_BY_GIVEN_NAMES = """对话｜两位创始人谈国产数据库

本刊记者 方舟

星图数据的两位创始人，首席执行官韩嘉树与首席科学家杜明澈，都出身于同一所大学的数据库实验室。杜明澈说，那几年他们几乎住在机房。以下是访谈整理。

问：当初为什么要自己做数据库？

嘉树：因为我们在上一家公司被授权费卡了脖子，一年光许可费就要几百万。

明澈：技术上，分布式事务这几年也成熟了，时机正好。

问：下一步？

嘉树：出海，先去东南亚。
"""


def test_a_given_name_label_is_the_one_full_name_the_file_writes_it_in(tmp_path):
    transcript = parsed(tmp_path, "founders.txt", FOUNDERS_BY_GIVEN_NAMES)
    assert answer_lines(transcript) == {9: "han-jia-shu", 11: "du-ming-che", 15: "han-jia-shu"}
    assert {s.name for s in transcript.speakers} >= {"韩嘉树", "杜明澈"}
    assert "明澈" not in {s.name for s in transcript.speakers}, "one person, not two speakers"


def test_a_given_name_that_reads_as_a_name_itself_needs_the_surname_every_time():
    # 明澈 could be a 明 named 澈: it is 杜明澈's given name only where the file never writes
    # it otherwise, and says so more than once; a post's last character is no surname.
    assert written_given_name("明澈", ["首席科学家杜明澈，都…", "杜明澈说…"]) == "杜明澈"
    assert written_given_name("明澈", ["首席科学家杜明澈，都…", "明澈说…"]) is None
    assert written_given_name("张昊", ["平台研发部工程师张昊；", "张昊：好"]) is None
    assert written_given_name("主席", ["谢谢主席。", "谢谢主席。"]) is None


# A trade paper's 访谈 of a founder and his operations manager, labelled 王总 and 小陈: their
# full names stand once in the lead, run into the sentence, in no list and after no colon.
BOSS_AND_JUNIOR = """专访｜云栖物流：把冷链做进县城

记者 李航

云栖物流成立于2019年，创始人王立军此前在一家快递公司做了十年区域经理。和他一起接受采访的，是公司运营经理陈思琪。

记者：为什么选择县城？

王总：大城市的冷链已经很卷了，县城的生鲜损耗率还在百分之二十以上，这是机会。

小陈：我补充一下，县城的仓租只有市区的三分之一。

记者：明年的计划呢？

王总：再开三十个县。
"""


def test_a_surname_with_a_title_or_a_nicknames_prefix_is_the_one_name_the_file_writes(tmp_path):
    transcript = parsed(tmp_path, "coldchain.txt", BOSS_AND_JUNIOR)
    assert answer_lines(transcript) == {9: "wang-li-jun", 11: "chen-si-qi", 15: "wang-li-jun"}
    assert written_full_name("老王", ["创始人王立军此前…", "老王：…"]) == "王立军"
    assert written_full_name("张工", ["局长张建华、工程师张昊；"]) is None, "two 张: nobody"
    # A name stands where names stand: 每周都会 writes no 周都会 for 老周.
    assert written_full_name("老周", ["她每周都会做两次力量训练。"]) is None


# Two partners of one given name (a real coincidence the file remarks on): 晓雨 could be
# either, and the file says no more.
TWO_OF_ONE_GIVEN_NAME = """对话｜社区团购的两位合伙人

记者 方舟

这次我们约到了社区团购平台的两位合伙人林晓雨和陈晓雨，她们同名，是大学同学。

问：为什么做社区团购？

晓雨：因为小区里的老人不会用外卖软件，我们想帮她们买菜。

问：下一步？

晓雨：开到第二个城市。
"""


def test_a_given_name_two_written_names_share_is_warned_and_the_labels_line_decides(tmp_path):
    transcript = parsed(tmp_path, "partners.txt", TWO_OF_ONE_GIVEN_NAME)
    warned = [w for w in transcript.warnings if "晓雨" in w.message]
    assert [w.line for w in warned] == [9]
    assert "林晓雨 or 陈晓雨" in warned[0].message
    assert warned[0].fix and warned[0].fix.text == "labels:\n  晓雨: 林晓雨"
    write(tmp_path, "partners.yml", warned[0].fix.text + "\n")
    decided = parsed(tmp_path, "partners.txt", TWO_OF_ONE_GIVEN_NAME)
    assert answer_lines(decided) == {9: "lin-xiao-yu", 13: "lin-xiao-yu"}
    assert not [w for w in decided.warnings if "晓雨" in w.message]


# An English panel whose moderator introduces the guests in full in her own turn (no list):
# one guest answers once under her first name, the other once under his surname.
PANEL_INTRODUCED_BY_THE_MODERATOR = """Panel: water and the city

Moderator: Welcome. With me are Ayesha Raman, of the flood office, and Tomas Lindgren.

Moderator: Ayesha, what changed after the 2021 floods?

Ayesha: We stopped building walls and started building parks that can hold water.

Moderator: Tomas, does that work in engineering terms?

Lindgren: It does, if the soil drains. Ours mostly does.

Moderator: Thank you both.
"""


def test_a_surname_heard_once_is_the_one_full_name_the_moderator_introduced(tmp_path):
    transcript = parsed(tmp_path, "panel.txt", PANEL_INTRODUCED_BY_THE_MODERATOR)
    assert answer_lines(transcript) == {7: "ayesha-raman", 11: "tomas-lindgren"}
    assert not transcript.warnings
