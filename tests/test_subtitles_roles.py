"""Subtitles whose cues name nobody, where the file's credits name a host and one guest
(a fansub's NOTE line): who asks or turns to the guest by name is the host, the rest the
guest, a lone backchannel cue is warned at its line with the line that settles it."""

from __future__ import annotations

from corpus_score import placed
from roundtable.readers.identity import people_stated
from roundtable.transcript import load
from test_identity import said, write

FANSUB = """WEBVTT

NOTE
字幕组出品 仅供学习交流
主持：Nora Vance（诺拉·万斯）  嘉宾：Piotr Zielinski（彼得·杰林斯基），材料学家

00:00:01.000 --> 00:00:03.000
彼得，欢迎来到节目。
Piotr, welcome to the show.

00:00:03.200 --> 00:00:06.000
谢谢邀请。
Thanks for having me.

00:00:06.200 --> 00:00:09.000
电池的瓶颈到底在哪里？
Where is the bottleneck for batteries?

00:00:09.200 --> 00:00:12.000
在界面上，不在材料本身。
At the interfaces, not in the materials themselves.

00:00:12.200 --> 00:00:13.000
嗯，对。
Yeah, right.

00:00:13.200 --> 00:00:16.000
- 所以是工艺问题？
- 没错。
- So it is a process problem?
- Exactly.

00:00:16.200 --> 00:00:19.000
最后一个问题：你会劝学生做什么？
Last question: what would you tell a student to work on?

00:00:19.200 --> 00:00:22.000
去做测量，好的测量比好的模型少。
Measurement. Good measurements are rarer than good models.
"""


def test_a_credit_line_with_two_keys_side_by_side_names_both_people():
    people = people_stated(["主持：Nora Vance（诺拉·万斯）  "
                            "嘉宾：Piotr Zielinski（彼得·杰林斯基），材料学家"])
    assert people == {"Nora Vance": {"主持"}, "Piotr Zielinski": {"嘉宾"}}


def test_unnamed_cues_are_the_hosts_where_they_ask_or_turn_to_the_guest_else_the_guests(
        tmp_path):
    transcript = load(write(tmp_path, "fansub.vtt", FANSUB))
    assert {who for _, who in said(transcript)} == {"Piotr Zielinski"}
    askers = {q.asker for q in transcript.questions if q.asked}
    assert askers == {"Nora Vance"}, "the Latin names the labels would write, kept"
    made = placed(transcript)
    assert {made[n] for n in (12, 20, 29, 31, 38)} == {("answer", "Piotr Zielinski")}, \
        "a dash cue splits: 没错 / Exactly are the guest's"
    assert {made[n] for n in (16, 28, 30, 34, 35)} == {("question", "Nora Vance")}, \
        "asking or turning to Piotr by name; the one-off 'Last question:' is no label"
    assert made[8][0] == "intro", "her welcome, naming the guest as she calls him, opens"


def test_a_lone_backchannel_cue_is_warned_and_confirming_it_settles_it(tmp_path):
    path = write(tmp_path, "fansub.vtt", FANSUB)
    warning = next(w for w in load(path).warnings if w.line == 24)
    assert "backchannel" in warning.message and warning.fix.text == "confirm: [24]"
    path.with_suffix(".yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    settled = load(path)
    assert 24 not in [w.line for w in settled.warnings]
    assert placed(settled)[24] == ("answer", "Piotr Zielinski")


def test_the_name_a_cue_gives_for_a_talk_that_names_nobody_ends_with_its_line(tmp_path):
    path = write(tmp_path, "talk.srt", "1\n00:00:01,000 --> 00:00:03,000\n欢迎来到节目，我是白露\n"
                 "今天聊一聊电池\n\n2\n00:00:03,200 --> 00:00:06,000\n电池的难处在界面上。\n")
    warning = next(w for w in load(path).warnings if "names its speaker" in w.message)
    assert warning.fix.text == "speakers:\n  - name: 白露"


# A podcast's captions (WebVTT, punctuated, no labels, no credits): the host names herself
# in the opening, the guest in his greeting; questions, a question announced by the cue
# before it, and thanks by name at the end (invented file).
PODCAST = """WEBVTT

00:00:01.000 --> 00:00:04.000
欢迎收听本期节目，我叫唐宁

00:00:04.200 --> 00:00:07.000
今天请来了研究城市交通的范启明老师

00:00:07.500 --> 00:00:10.000
各位听众好，我是范启明

00:00:10.200 --> 00:00:13.000
做交通仿真做了十来年

00:00:13.500 --> 00:00:16.000
那我想先请教一个问题

00:00:16.200 --> 00:00:19.000
为什么早高峰的拥堵总是在同一个路口？

00:00:19.500 --> 00:00:23.000
因为信号配时跟不上车流的变化

00:00:23.200 --> 00:00:26.000
路口的通行能力就卡在那里

00:00:26.500 --> 00:00:29.000
今天就到这里，谢谢范老师

00:00:29.200 --> 00:00:32.000
我们下期再见
"""


def test_unlabelled_cues_with_two_self_introductions_are_a_host_and_a_guest(tmp_path):
    """Two people name themselves: never one unnamed speaker's talk. The opening and the
    questions (with the cue that announces one) are the host's, the rest the guest's, and
    a warning at the first cue says the turns were read from what the cues do."""
    transcript = load(write(tmp_path, "podcast.vtt", PODCAST))
    read = placed(transcript)
    assert read[9] == read[12] == ("answer", "范启明"), "the guest's greeting is his"
    assert read[15] == read[18] == ("question", "唐宁"), "the announced question is the host's"
    assert read[21] == read[24] == ("answer", "范启明")
    assert read[27][1] == read[30][1] == "唐宁"
    assert any("two people name themselves" in w.message and w.line <= 4
               for w in transcript.warnings)
