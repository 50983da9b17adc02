"""What a record states about itself (issue 26, layers 2 and 5): an export's role column
(host, panelist, attendee) and its header under any number of the event's facts; a
paragraph's translation in brackets kept with it; a bracketed name anywhere in a subtitle
cue; a given name two stated people share, warned with the line that settles it. Small
invented files, none shaped like the blind set's."""

from __future__ import annotations

from pathlib import Path

from corpus_score import placed
from roundtable.readers.containers import read_source
from roundtable.readers.translated import is_translation
from roundtable.transcript import load


def write(folder: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_text(content, encoding=encoding)
    return path


def with_metadata(path: Path, yaml: str) -> Path:
    path.with_suffix(".yml").write_text(yaml, encoding="utf-8")
    return path


def roles(path: Path) -> dict[int, tuple[str, str]]:
    return placed(load(path))


# A meeting app's chat export (TSV): seven lines of the meeting's facts above its header, a
# 发送内容 column, a role column, no column of record types.
CHAT = "\n".join([
    "会议名称\t城市更新圆桌",
    "会议号\t884-221-907",
    "开始时间\t2024-06-01 14:00",
    "主持人\t郑晚晴",
    "嘉宾\t韩立秋、邵一帆",
    "参会人数\t36",
    "导出时间\t2024-06-01 16:10",
    "时间\t发送者\t角色\t发送内容",
    "14:01:10\t郑晚晴\t主持人\t各位好，今天由韩立秋和邵一帆两位回答大家的问题。",
    "14:02:30\t观众小马\t观众\t老城区的停车怎么解决？",
    "14:03:05\t韩立秋\t嘉宾\t先挖潜，把单位大院的车位错峰开放。",
    "14:04:40\t观众阿梅\t观众\t加装电梯谁来出钱？",
    "14:05:10\t郑晚晴\t主持人\t这个问题一帆最熟，稍后请他现场讲。",
    "14:09:00\t会务组\t嘉宾\t政府补一部分，业主按楼层分摊其余的。",
    "14:10:30\t观众小马\t观众\t今天的课件会发吗？",
    "14:10:50\t郑晚晴\t主持人\t会的，会后发到群里。谢谢大家。",
    "",
])


def test_an_exports_header_is_found_under_its_facts_and_a_role_column_states_who_hosts(
        tmp_path):
    """Seven key/value rows stand above the header (more than a title's few): the header is
    still found; 发送内容 is the text; 角色 states each sender's part: the host's rows
    moderate (her welcome opens, her reply to the last question is no guest's answer), the
    audience asks, the panelist answers."""
    read = roles(write(tmp_path, "chat.tsv", CHAT))
    assert read[11] == ("answer", "韩立秋")
    assert read[10] == ("question", "观众小马") and read[12] == ("question", "观众阿梅")
    assert read[9][0] == "intro"
    assert read[16][0] != "answer" and read[13][0] != "answer"
    transcript = load(tmp_path / "chat.tsv")
    assert transcript.title == "城市更新圆桌"
    assert "郑晚晴" not in {s.name for s in transcript.speakers}


def test_a_sender_the_role_column_makes_a_panelist_but_the_list_does_not_name_is_warned(
        tmp_path):
    """会务组 answers as a 嘉宾, and the export lists its 嘉宾 by name: a shared account,
    whose words the file does not say. Warned at its row with the ``labels:`` line that
    settles it; with that line the answer is the person's and the warning gone."""
    path = write(tmp_path, "chat.tsv", CHAT)
    warned = [w for w in load(path).warnings if w.line == 14]
    assert warned and "会务组" in warned[0].message and "labels:" in warned[0].hint
    fixed = with_metadata(path, warned[0].fix.text + "\n")
    transcript = load(fixed)
    assert not [w for w in transcript.warnings if w.line == 14]
    assert placed(transcript)[14] == ("answer", "韩立秋")


def test_a_role_column_alone_is_the_label_column(tmp_path):
    """Where no other column names the sender, 角色 is the label (主持人, 嘉宾A)."""
    path = write(tmp_path, "roles.csv", "角色,内容\n主持人,第一个问题，成本怎么降？\n"
                 "嘉宾A,靠规模。\n主持人,第二个问题，人才从哪来？\n嘉宾A,自己培养。\n")
    read = roles(path)
    assert read[3][0] == "answer" and read[5][0] == "answer"
    assert read[2][0] == "question"


# An English interview's answers with their Chinese translation in parentheses, the other
# way round from a blog's brackets: a Chinese interview translated into English after each.
TRANSLATED = """对谈：城市里的树

主持人：您为什么一直研究行道树？

(Host: Why have you kept studying street trees?)

蒋岳：因为树是城市里最慢的基础设施，种下去要三十年才看得出对错。

(Jiang Yue: Trees are a city's slowest infrastructure; it takes thirty years to know.)

主持人：那现在最常见的错误是什么？

(Host: So what is the most common mistake now?)

蒋岳：树坑太小。根没有地方长，树活不长。

(Jiang Yue: Pits that are too small. The roots have nowhere to grow, so the trees die young.)

（笑）

（注：树坑指人行道上为树留出的种植池。）
"""


def test_a_translation_in_brackets_after_a_paragraph_is_kept_with_it(tmp_path):
    """Each parenthesised English paragraph translates the Chinese one above it: it is part
    of that turn (the host's question stays one question, the guest's translation no new
    turn); a short stage note and a bracketed 注： are nobody's words."""
    transcript = load(write(tmp_path, "trees.txt", TRANSLATED))
    read = placed(transcript)
    assert read[5] == ("question", read[3][1]) and read[13] == ("question", read[11][1])
    assert read[7] == ("answer", "蒋岳") and read[9] == ("answer", "蒋岳")
    assert read[15] == ("answer", "蒋岳") and read[17] == ("answer", "蒋岳")
    answer = next(p.text for _, _, _, p in transcript.passages() if 7 in p.lines)
    assert "slowest infrastructure" in answer
    assert read[21][0] == "excluded"
    assert "Host" not in {s.name for s in transcript.speakers}


def test_what_a_translation_in_brackets_is_and_is_not():
    english = "Because trees are the slowest infrastructure in a city, it takes thirty years."
    assert is_translation(english, "[因为树是城市里最慢的基础设施，种下去要三十年才看得出对错。]")
    assert not is_translation(english, "[笑]")  # a stage note, not a translation
    assert not is_translation(english, "[译注：基础设施指道路、管线等公共设施。]")
    assert not is_translation("树坑太小。根没有地方长，树活不长。", "[树坑太小，根长不开。]")


def test_one_bracket_after_a_paragraph_is_no_pattern(tmp_path):
    """A file that does it once shows no translation habit: the bracket stays its own line."""
    text = TRANSLATED.split("\n\n(Jiang Yue")[0] + "\n\n蒋岳：对。\n"
    assert read_source(write(tmp_path, "once.txt", text)).joined == ()


CUES = """1
00:00:01,000 --> 00:00:04,000
[主持人] 欢迎收看 今天请到两位 许青和王澜
欢迎二位

2
00:00:04,000 --> 00:00:08,000
[主持人] 许青先说说 你们的芯片卖得怎么样？
[许青] 还不错 今年翻了一倍

3
00:00:08,000 --> 00:00:12,000
主要是车厂在买
[王澜] 我补充一句 车厂之外还有机器人

4
00:00:12,000 --> 00:00:15,000
[主持人] 王澜你们呢？为什么是机器人？
[王澜] 因为机器人也要算力
"""


def test_a_bracketed_name_on_a_later_line_of_a_cue_changes_the_speaker_there(tmp_path):
    """The change falls on a cue's second line: the lines before are the last speaker's,
    the bracketed name's line and what follows the named speaker's."""
    read = roles(write(tmp_path, "chips.srt", CUES))
    assert read[8][0] == "question" and read[9] == ("answer", "许青")
    assert read[13] == ("answer", "许青") and read[14] == ("answer", "王澜")
    assert read[18][0] == "question" and read[19] == ("answer", "王澜")


SHARED = """1
00:00:01,000 --> 00:00:05,000
主持：邱然　嘉宾：宋一鸣（材料学）、韦一鸣（电化学）

2
00:00:05,000 --> 00:00:08,000
[主持人] 两位一鸣 谁先说说固态电池？

3
00:00:08,000 --> 00:00:12,000
[一鸣] 我先来 界面阻抗还是最大的难题

4
00:00:12,000 --> 00:00:15,000
[主持人] 宋一鸣你同意吗？

5
00:00:15,000 --> 00:00:18,000
[宋一鸣] 同意 但是工艺也在进步

6
00:00:18,000 --> 00:00:21,000
[韦一鸣] 我补充 成本也要降

7
00:00:21,000 --> 00:00:24,000
[主持人] 成本能降多少？

8
00:00:24,000 --> 00:00:27,000
[韦一鸣] 五年内降一半

9
00:00:27,000 --> 00:00:30,000
[宋一鸣] 我看也差不多
"""


def test_a_given_name_two_stated_people_share_is_warned_never_guessed(tmp_path):
    """一鸣 fits 宋一鸣 and 韦一鸣 alike: the turn is warned with the ``labels:`` line that
    settles it, and is nobody's answer for sure until then; with that line it is theirs."""
    path = write(tmp_path, "battery.srt", SHARED)
    transcript = load(path)
    warned = [w for w in transcript.warnings if "一鸣" in w.message and w.fix]
    assert len(warned) == 1 and "宋一鸣" in warned[0].message and "韦一鸣" in warned[0].message
    assert "labels:" in warned[0].hint
    assert placed(transcript)[10][1] not in ("宋一鸣", "韦一鸣")
    fixed = load(with_metadata(path, "labels:\n  一鸣: 韦一鸣\n"))
    assert placed(fixed)[10] == ("answer", "韦一鸣")
    assert not [w for w in fixed.warnings if "could be" in w.message]


CARD = """1
00:00:01,000 --> 00:00:04,000
[主持人] 欢迎收看《造物》 我是主持人叶舟

2
00:00:04,000 --> 00:00:07,000
本期嘉宾：航天工程师 罗青禾 / 建筑师 贝宁

3
00:00:07,000 --> 00:00:10,000
[主持人] 罗青禾 火箭回收难在哪？

4
00:00:10,000 --> 00:00:13,000
[罗青禾] 难在最后几秒的姿态控制

5
00:00:13,000 --> 00:00:16,000
[主持人] 贝宁 房子能回收吗？

6
00:00:16,000 --> 00:00:19,000
[贝宁] 构件可以 拆下来再用
"""


def test_the_hosts_welcome_before_the_guest_card_opens_the_session(tmp_path):
    """The host's first cue asks nothing and the next line lists who takes part: the
    welcome is the introduction, not a question."""
    read = roles(write(tmp_path, "card.srt", CARD))
    assert read[3][0] == "intro"
    assert read[11][0] == "question" and read[15] == ("answer", "罗青禾")
