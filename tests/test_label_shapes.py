"""What a label may look like (issue 26, item 4): a label is found by what recurs, whatever
it names, so a name that begins with digits (an outlet or a company: 21财经, 51Talk) is a
label as any other, while a count or a date before a colon (3点：, 2024年：, 10：) is not; a
pull quote set alone on its line between turns (“慢一点，反而更快”) is a part's title, not
the last speaker's words."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.base import heading_shape
from roundtable.readers.labels import LabelStats, short_form, split_label
from roundtable.transcript import parse
from transcript_files import write


def roles(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """Each answer line with its speaker, each question line as ``("question", "")``."""
    names = {s.id: s.name for s in transcript.speakers}
    read: dict[int, tuple[str, str]] = {}
    for _, question, answer, passage in transcript.passages():
        read[passage.line] = ("answer", names[answer.speaker])
        if question is not None and question.number:
            read[question.line] = ("question", "")
    return read


def test_a_name_that_begins_with_digits_is_a_label_and_a_count_or_a_date_is_not():
    assert split_label("21财经：您怎么看？") == ("21财经", "您怎么看？")
    assert split_label("51Talk：我们先说结论。") == ("51Talk", "我们先说结论。")
    assert split_label("3号座位家长：我想问一句。")[0] == "3号座位家长"
    for running in ("3点：第一是成本。", "2024年：营收翻倍。", "10：30 开始", "1、背景：略",
                    "12：00 午餐", "3个原因：成本、人才、数据。"):
        assert split_label(running)[0] == "", running


def test_a_pull_quote_alone_on_its_line_has_a_headings_shape_and_a_quoted_sentence_not():
    assert heading_shape("“慢一点，反而更快”")
    assert heading_shape("「先活下来，再谈理想」")
    assert not heading_shape("“我们当时真的不知道能不能撑过去。”")
    assert not heading_shape("慢一点，反而更快")


PODCAST = """播客 | 第 12 期：小团队怎么做数据库

21财经：今天请到的是一家数据库创业公司的两位合伙人。先说说你们为什么创业？

宋启明：我们在大厂做了八年存储，看到很多客户被迫上云。

21财经：第一个客户是怎么来的？

宋启明：老同事介绍的，一家做物流的公司。

我们给他们免费跑了三个月。

“慢一点，反而更快”

21财经：现在团队多大？

何一帆：我补充一下，研发二十个人，销售只有三个。

21财经：谢谢两位。
"""


def test_an_outlet_label_that_begins_with_digits_asks_and_the_guests_answer(tmp_path):
    transcript = parse(write(tmp_path, "podcast.txt", PODCAST))
    read = roles(transcript)
    assert read[5] == ("answer", "宋启明")
    assert read[9] == ("answer", "宋启明") and read[11] == ("answer", "宋启明")
    assert read[17] == ("answer", "何一帆")
    assert 13 not in read, "the pull quote is a part's title, nobody's words"
    assert read[3][0] == read[15][0] == "question"


def test_a_label_shortened_after_its_first_turn_is_counted_with_its_full_form():
    assert short_form("A", "嘉宾 A") and short_form("乙", "专家乙")
    assert short_form("C", "**专家 C**")
    assert short_form("林", "林远舟") and short_form("远舟", "林远舟")
    assert not short_form("A", "B") and not short_form("舟", "林远舟")
    stats = LabelStats.of(["主持人", "专家 C", "主持人", "C", "主持人", "C"])
    assert stats.is_label("专家 C"), "written in full once, then shortened: one label"
    assert not LabelStats.of(["主持人", "专家 C", "主持人"]).is_label("专家 C")


PANEL = """闭门研讨会速记

主持人：今天两位专家应要求匿名。先请两位说说各自的工作。

专家 C：我在一家券商做量化，主要是因子研究。

专家 D：我在基金公司做风控。

主持人：大模型在你们那里落地了吗？

D：还在试点，只用在研报摘要上。

C：我们用得多一些，写代码和回测。

主持人：最大的顾虑是什么？

C：可解释性，监管会问。

D：数据不能出内网。
"""


def test_an_anonymised_guest_shortened_to_a_letter_is_the_guest_of_the_full_label(tmp_path):
    read = roles(parse(write(tmp_path, "panel.txt", PANEL)))
    assert read[5] == read[13] == read[17] == ("answer", "专家 C")
    assert read[7] == read[11] == read[19] == ("answer", "专家 D")


SALON = """读书沙龙第 3 期

何清：欢迎两位。先请韩东说说，这本书为什么值得读？

韩东：因为它讲的是失败的项目，这种书太少了。

何清：陆一鸣呢？

陆一鸣：我喜欢它的结构，每章一个决定。

何老师，我反过来问您一句：您做了十年读书节目，最怕哪种嘉宾？

何清：（笑）最怕只背书评的嘉宾。读没读过，一听就知道。

何清：好，回到书上。韩东，书里哪一章你最有共鸣？

韩东：第七章，关于砍掉一个做了两年的功能。

何清：谢谢两位。
"""


def test_a_guest_who_asks_the_host_is_answered_by_the_host_once(tmp_path):
    read = roles(parse(write(tmp_path, "salon.txt", SALON)))
    assert read[9] == ("answer", "陆一鸣")
    assert read[11] == ("question", ""), "the guest's paragraph to the host asks"
    assert read[13] == ("answer", "何清"), "the host answers that question, once"
    assert read[15] == ("question", "") and read[17] == ("answer", "韩东"), "and hosts on"
    assert read[5] == ("answer", "韩东")


def test_a_host_who_replies_with_a_question_of_their_own_still_asks(tmp_path):
    asking_back = SALON.replace("（笑）最怕只背书评的嘉宾。读没读过，一听就知道。",
                                "（笑）你猜呢？")
    read = roles(parse(write(tmp_path, "salon.txt", asking_back)))
    assert read.get(13, ("question", ""))[0] == "question"


BLOG = """---
title: 和一位独立游戏开发者聊聊
author: 阿木
---

# 和一位独立游戏开发者聊聊

**阿木**：你好，先介绍一下自己吧？

**宋启明**：我做独立游戏六年了，上线过三款。

**阿木**：第一款赚钱了吗？

**宋启明**：没有，亏了两年的积蓄。

**阿木**：那为什么还坚持？

**宋启明**：因为第二款回本了。

**阿木**：谢谢你的分享。
"""


def test_the_author_the_front_matter_names_who_asks_is_the_host_without_a_warning(tmp_path):
    transcript = parse(write(tmp_path, "blog.md", BLOG))
    read = roles(transcript)
    assert read[10] == read[14] == ("answer", "宋启明") and read[8] == ("question", "")
    assert not [w.message for w in transcript.warnings if "host" in w.message]
    unstated = parse(write(tmp_path, "blog2.md", BLOG.replace("author: 阿木", "author: 别人")))
    assert [w.message for w in unstated.warnings if "阿木" in w.message], \
        "a label the file does not state as its author is read as the host with a warning"


def test_an_outlet_label_the_intro_names_asks_as_the_interviewer_without_a_warning(tmp_path):
    stated = PODCAST.replace("\n\n21财经：今天",
                             "\n\n以下是21财经与两位合伙人的对话：\n\n21财经：今天", 1)
    transcript = parse(write(tmp_path, "stated.txt", stated))
    assert not [w.message for w in transcript.warnings if "21财经" in w.message]
    assert [w.message for w in parse(write(tmp_path, "bare.txt", PODCAST)).warnings
            if "21财经" in w.message], "without the intro's word: read so, with a warning"


def test_an_asker_labelled_by_where_they_sit_and_the_verb_is_the_audience():
    from roundtable.readers.labels import AUDIENCE
    assert AUDIENCE.match("台下提問（一位研究生）") and AUDIENCE.match("现场提问")
    assert AUDIENCE.match("网友“潮汐”") and AUDIENCE.match("網友「小林」")
    assert not AUDIENCE.match("台下") and not AUDIENCE.match("提问")
