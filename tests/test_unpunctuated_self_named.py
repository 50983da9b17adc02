"""A numbered voice names itself in speech a recogniser printed without punctuation (Whisper
and other speech-to-text tools part Chinese clauses with spaces: 大家好 我是某某 …): the
space after a Han character parts the greeting from the name as a comma would, so the
self-introduction names the voice through the shared layer (turns.TurnReader), whatever the
container."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import self_named
from roundtable.readers.roles import asks, hosts_by_behaviour
from roundtable.transcript import load
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_a_space_after_a_greeting_in_han_characters_parts_it_from_the_name():
    assert self_named("各位晚上好 欢迎来到读书会 我是许明远 今天请来一位译者") == "许明远"
    assert self_named("大家好 我是蒋安禾 这几年一直在翻译") == "蒋安禾"
    # (Latin text keeps its own rule: a space there parts words, not clauses.)
    assert self_named("Well I am Happy to be here") is None


# An invented book-club recording exported by a meeting app with numbered voices and no
# punctuation, only spaces between clauses.
BOOK_CLUB = """社区读书会录音 第三期
说话人1：各位晚上好 欢迎来到社区读书会 我是许明远 今天我们请来了一位译者
说话人2：大家好 我是蒋安禾 这几年一直在翻译北欧的小说
说话人1：翻译的时候最难的是什么
说话人2：最难的是节奏 原文的短句翻成中文很容易变得啰嗦
说话人1：那你怎么处理
说话人2：我会大声读出来 读着别扭就改 改到顺口为止
说话人1：好 今天就到这里 谢谢安禾
"""


def test_numbered_voices_without_punctuation_are_named_by_their_self_introductions(tmp_path):
    transcript = load(write(tmp_path, "book-club.txt", BOOK_CLUB))
    answers = said(transcript)
    assert answers[5] == answers[7] == "蒋安禾"


def test_a_given_name_alone_is_the_full_name_said_before_it_with_one_surname():
    said = ["今天和我的老搭档欧阳若溪一起主持"]
    assert self_named("大家好，我是若溪。", said) == "欧阳若溪"
    # (Nobody wrote it with a surname before: no name to give.)
    assert self_named("大家好，我是若溪。") is None


# An invented campus radio show, numbered voices: the first host introduces the co-host by
# full name, the co-host greets by the given name alone.
RADIO = """校园之声 第九期
发言人1：各位同学晚上好，我是顾清扬，今天还是和搭档宋知秋一起。
发言人2：大家好，我是知秋。
发言人1：今天的嘉宾是图书馆的馆员。
发言人3：大家好，我是韦思远，在图书馆做古籍修复。
发言人2：古籍修复最怕的是什么？
发言人3：最怕潮湿，纸一受潮就会生霉，所以库房要常年控湿。
"""


def test_a_co_host_greeting_by_given_name_is_the_full_name_the_other_host_gave(tmp_path):
    transcript = load(write(tmp_path, "radio.txt", RADIO))
    names = {s.name for s in transcript.speakers}
    assert "发言人2" not in names and "知秋" not in names
    assert said(transcript)[7] == "韦思远"


def test_turns_printed_without_punctuation_ask_by_their_question_words():
    assert asks("我想问一下 这个方案到底要花多少钱")
    assert asks("那你们后来怎么办")
    assert asks("真的有用吗")
    assert not asks("我们后来换了一家供应商 成本降了一半")
    # (A punctuated statement that holds a question word asks nothing.)
    assert not asks("不管怎么说，我们还是做完了。")


def test_two_hosts_of_an_unpunctuated_recording_are_found_by_what_they_ask():
    # An invented gardening call-in show printed by a recogniser without punctuation.
    turns = [("A", "各位听众好 欢迎收听园艺时间 我是主持人"),
             ("B", "大家好 今天我们聊阳台种菜"),
             ("C", "大家好 我在郊区有一块小菜地 种了十年"),
             ("B", "阳台上最适合种什么"),
             ("C", "叶菜最好 生菜和小白菜一个月就能吃"),
             ("A", "那浇水要注意什么"),
             ("C", "早晚各一次 夏天中午不要浇"),
             ("B", "病虫害怎么处理"),
             ("C", "少量的用手抓 多了就用草木灰"),
             ("A", "好 今天就到这里 谢谢收听")]
    assert {v.label for v in hosts_by_behaviour(turns)} == {"A", "B"}


# An invented lecture-hall recording subtitled by a diarizing tool, cues tagged ``Speaker N:``,
# no punctuation; the host's introduction runs over two cues.
CAPTIONS = """1
00:00:01,000 --> 00:00:04,000
Speaker 1: 各位同学下午好 我是方若愚

2
00:00:04,100 --> 00:00:07,000
Speaker 1: 今天请来的是研究湿地鸟类的老师

3
00:00:07,200 --> 00:00:10,000
Speaker 2: 大家好 我是岳星河 在保护区做了八年监测

4
00:00:10,200 --> 00:00:13,000
Speaker 1: 监测主要靠什么

5
00:00:13,200 --> 00:00:17,000
Speaker 2: 靠红外相机 还有每个月一次的人工样线调查

6
00:00:17,200 --> 00:00:20,000
Speaker 1: 今年的数量有变化吗

7
00:00:20,200 --> 00:00:24,000
Speaker 2: 越冬的白鹤多了两成 主要是水位控制得好

8
00:00:24,200 --> 00:00:27,000
Speaker 1: 普通人能怎么帮忙

9
00:00:27,200 --> 00:00:31,000
Speaker 2: 冬天别去滩涂上放无人机 鸟一惊飞就白白耗掉体力
"""


def test_a_numbered_host_who_names_itself_over_two_cues_hosts_under_that_name(tmp_path):
    transcript = load(write(tmp_path, "captions.srt", CAPTIONS))
    assert said(transcript)[17] == said(transcript)[25] == "岳星河"
    assert {q.asker for q in transcript.questions} == {"方若愚"}
