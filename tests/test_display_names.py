"""A meeting app's display names (issue 26, items 4-5): the person is the name, with what the
app or its owner adds after it stripped — the role the app gave (（主持人）, which makes the
person the host), the English name they go by, an affiliation after a dash. Each rule on a
small invented export (a bracketed time after the label, not the shapes of the corpus)."""

from __future__ import annotations

from roundtable.model import Fix
from roundtable.readers.base import label_name
from roundtable.transcript import load, parse
from test_corpus import apply_fix
from test_identity import said, write


def test_a_display_name_is_the_chinese_name_without_the_english_name_or_the_affiliation():
    assert label_name("赵敏Amy")[0] == "赵敏"
    assert label_name("赵敏 Amy")[0] == "赵敏"
    assert label_name("苏文-北辰算力实验室")[:2] == ("苏文", "北辰算力实验室")
    assert label_name("Kai Zhou - Acme Labs")[:2] == ("Kai Zhou", "Acme Labs")
    assert label_name("研究院-北辰")[0] == "研究院-北辰", "no name before the dash: kept"
    assert label_name("Jean-Luc Picard")[0] == "Jean-Luc Picard", "a hyphen inside a name"


WEBINAR = """线上研讨会：边缘推理的功耗
王磊（主持人）[00:00:05]：欢迎大家，今天请到赵敏和苏文两位。赵老师先讲讲？
赵敏 Amy[00:01:10]：好的。我们发现功耗主要花在内存搬运上。
赵敏 Amy[00:03:40]：所以第一步是把权重压缩到八位。
王磊（主持人）[00:05:02]：苏老师怎么看？
苏文-北辰算力实验室[00:05:30]：我同意，另外调度也很关键。
王磊（主持人）[00:07:00]：谢谢两位。
"""


def test_an_exports_role_in_brackets_hosts_and_decorated_names_are_their_people(tmp_path):
    transcript = parse(write(tmp_path, "webinar.txt", WEBINAR))
    assert said(transcript) == [(3, "赵敏"), (4, "赵敏"), (6, "苏文")]
    questions = [q for part in transcript.parts for q in part.questions]
    assert [(q.line, q.asker, q.audience) for q in questions] == [(2, "王磊", False),
                                                                  (5, "王磊", False)]
    assert not transcript.warnings, "the bracketed 主持人 says who hosts: nothing to confirm"


def test_a_transliterated_names_first_part_is_its_given_name():
    from roundtable.readers.identity import given_name_of
    assert given_name_of("马库斯", ["马库斯·魏德曼", "杜衡"]) == "马库斯·魏德曼"
    assert given_name_of("马库斯", ["马库斯·魏德曼", "马库斯·霍尔"]) is None, "two fit"


ROUNDTABLE = """圆桌：机器人数据从哪里来

主持人 韩笑：欢迎各位。先请安德烈说说，欧洲的机器人数据怎么采？

安德烈·索科洛夫：我们主要靠遥操作，一台设备每天采八小时。

韩笑：宋岩，你们呢？

宋岩：我们更多用仿真，再拿少量真机数据校准。

韩笑：那仿真和真机差多少？

安德烈：差距在接触力上最大，视觉反而还好。

宋岩：我补充一点，摩擦系数也很难仿真。

韩笑：谢谢两位。
"""


def test_a_role_word_before_a_name_hosts_and_a_full_name_seen_once_then_shortened_speaks(
        tmp_path):
    """主持人 韩笑 opens the host's turns (韩笑 alone hosts too); 安德烈·索科洛夫
    opens a turn once, before any label recurs, and is 安德烈 later: the same speaker,
    neither the host's question nor text."""
    transcript = parse(write(tmp_path, "roundtable.txt", ROUNDTABLE))
    assert said(transcript) == [(5, "安德烈·索科洛夫"), (9, "宋岩"), (13, "安德烈·索科洛夫"),
                                (15, "宋岩")]
    questions = [q for part in transcript.parts for q in part.questions]
    assert [(q.line, q.asker) for q in questions] == [(3, "韩笑"), (7, "韩笑"), (11, "韩笑")]
    assert transcript.closing_by == ("韩笑",), "韩笑：谢谢两位。 is the host's closing"
    assert not transcript.warnings


SUBTITLES = """1
00:00:01,000 --> 00:00:04,000
主持人 韩笑：欢迎各位来到机器人数据圆桌

2
00:00:04,000 --> 00:00:08,000
先请安德烈说说，欧洲的机器人数据怎么采？

3
00:00:08,500 --> 00:00:12,000
安德烈·索科洛夫：我们主要靠遥操作

4
00:00:12,000 --> 00:00:15,000
一台设备每天采八小时

5
00:00:15,500 --> 00:00:18,000
韩笑：宋岩，你们呢？

6
00:00:18,500 --> 00:00:22,000
宋岩：我们更多用仿真，再拿少量真机数据校准

7
00:00:22,500 --> 00:00:25,000
韩笑：那仿真和真机差多少？

8
00:00:25,500 --> 00:00:29,000
安德烈：差距在接触力上最大，视觉反而还好

9
00:00:29,500 --> 00:00:32,000
宋岩：摩擦系数也很难仿真

10
00:00:32,500 --> 00:00:35,000
韩笑：谢谢两位，今天就到这里
"""


def test_subtitles_host_named_with_the_role_word_once_hosts_under_the_bare_name(tmp_path):
    """The first cue says 主持人 韩笑; later cues say 韩笑 alone: the same host, whose last
    cue closes; the guest's full name in one cue and 安德烈 later are one speaker."""
    transcript = parse(write(tmp_path, "panel.srt", SUBTITLES))
    assert said(transcript) == [(9, "安德烈·索科洛夫"), (21, "宋岩"), (29, "安德烈·索科洛夫"),
                                (33, "宋岩")]
    questions = [q for part in transcript.parts for q in part.questions]
    assert [(q.line, q.asker) for q in questions] == [(1, "韩笑"), (17, "韩笑"), (25, "韩笑")]
    assert transcript.closing_by == ("韩笑",)
    assert [w.message for w in transcript.warnings if "title" not in w.message] == []


RENAMED_BUT_ONE = """产品复盘会记录

主持人：今天复盘一下客服机器人的上线情况，先请张伟说说数据？

张伟：上线两周，自动解决率是百分之六十一。

主持人：用户反馈怎么样？

李娜：投诉主要集中在转人工太慢。

发言人3：对，我们这边也收到了类似的反馈。

李娜：所以下周先把转人工的入口提前。
"""

ALL_NUMBERED = """发言人1：今天聊聊客服机器人，先说说数据？

发言人2：上线两周，自动解决率是百分之六十一。

发言人1：用户反馈怎么样？

发言人2：投诉主要集中在转人工太慢。
"""


def test_a_numbered_speaker_left_among_named_ones_warns_with_the_line_that_names_it(tmp_path):
    path = write(tmp_path, "review.txt", RENAMED_BUT_ONE)
    unnamed = [w for w in parse(path).warnings if "never names" in w.message]
    assert [(w.line, w.fix.text) for w in unnamed] == [(11, "confirm: [11]")]
    assert "labels: {发言人3: <their name>}" in unnamed[0].hint
    for folder, fix in (("named", Fix("metadata", "labels:\n  发言人3: 王芳")),
                        ("confirmed", unnamed[0].fix)):
        (tmp_path / folder).mkdir()
        fixed = load(apply_fix(path, fix, 11, tmp_path / folder))
        assert not [w for w in fixed.warnings if w.line == 11]
        assert (11, "王芳" if folder == "named" else "发言人3") in said(fixed)


def test_an_export_whose_speakers_are_all_numbered_does_not_warn_each_one(tmp_path):
    transcript = parse(write(tmp_path, "numbered.txt", ALL_NUMBERED))
    assert not [w for w in transcript.warnings if "never names" in w.message]
