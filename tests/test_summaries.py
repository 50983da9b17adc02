"""An app's or note-taker's summary (its key points, chapters, each speaker's view, the
to-dos) stands around the words of a meeting export or notes: it restates the meeting and
nobody said it. It is excluded with its reason, by its heading, up to the next heading or
the first line of the file's own turn shape, however much its lines look like turns."""

from __future__ import annotations

from pathlib import Path

from corpus_score import placed
from roundtable.transcript import load


def read(tmp_path: Path, text: str, name: str = "meeting.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load(path)


def line_of(text: str, piece: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if piece in line)


# A meeting app's export: its summary and action items, then speaker-and-time lines.
EXPORT = """供应链周会
2024-03-02 10:00 | 时长 00:12:40

会议摘要
本次会议确认了新仓的启用时间，讨论了两家供应商的报价。

行动项
- 林晓：周五前提交新仓排班表
- 周航：联系两家供应商重新报价

文字记录

林晓 00:00:02
人到齐了，我们开始。周航，报价那边怎么样了？
周航 00:00:40
两家都报了，差价在百分之八左右，我建议再压一轮。
林晓 00:02:10
好，那就再压一轮，今天先到这里。
"""


def test_a_summary_and_its_action_items_before_an_exports_words_are_nobodys(tmp_path):
    transcript = read(tmp_path, EXPORT)
    made = placed(transcript)
    for piece in ("会议摘要", "本次会议确认了", "行动项", "林晓：周五前", "周航：联系两家"):
        number = line_of(EXPORT, piece)
        assert made[number] == ("excluded", ""), piece
        assert "summary" in next(e.reason for e in transcript.excluded if e.line == number)
    assert made[line_of(EXPORT, "差价在百分之八")] == ("answer", "周航")
    assert not any(line_of(EXPORT, "林晓：周五前") in p.lines
                   for p in transcript.intro)


ENGLISH = """Weekly sync
Recorded March 4, 2025

Summary
The team reviewed the launch plan and agreed to move the venue booking forward.

Action Items
Dana Whitfield: send the revised deck
Omar Haddad: book the hall for Friday

Dana Whitfield  00:00:03
Let's start. Omar, where are we on the venue?
Omar Haddad  00:00:15
The hall is free on Friday, and I can hold it until noon tomorrow.
"""


def test_an_english_exports_summary_and_action_items_are_set_aside(tmp_path):
    transcript = read(tmp_path, ENGLISH)
    made = placed(transcript)
    for piece in ("Summary", "The team reviewed", "Action Items", "send the revised deck",
                  "book the hall for Friday"):
        assert made[line_of(ENGLISH, piece)] == ("excluded", ""), piece
    assert made[line_of(ENGLISH, "The hall is free")] == ("answer", "Omar Haddad")


# Key points timed as the words are (00:01:30 排期：…), under their heading: no turn opens.
POINTS = """部门例会

【会议要点】
00:00:05 预算：测试环境需要加机器
00:01:30 排期：下周一提测

方远 00:00:05
今天主要讨论预算，许宁先说说吧？
许宁 00:01:30
预算基本够用，但测试环境要多加两台机器。
方远 00:02:30
好，那排期呢？
许宁 00:02:40
下周一提测。
"""


def test_a_summarys_timed_points_open_no_turn(tmp_path):
    transcript = read(tmp_path, POINTS)
    made = placed(transcript)
    for piece in ("【会议要点】", "00:00:05 预算", "00:01:30 排期"):
        number = line_of(POINTS, piece)
        assert made[number] == ("excluded", ""), piece
        assert "summary" in next(e.reason for e in transcript.excluded if e.line == number)
    assert made[line_of(POINTS, "预算基本够用")] == ("answer", "许宁")


NOTES = """# 设计评审

> 主持：方远　｜　参会：@许宁 @陈默

## 一、接口方案

- **方远**：旧接口什么时候停？
- **许宁**：下个月底。迁移脚本已经写好了。
  - 周报：每周五同步一次迁移进度。
  - **陈默**：监控我这边已经准备好了。
- 有人提出：可以先灰度一周，看看报错率。
- **陈默**：灰度可以，我来盯监控。

> **结论**：下月底停用旧接口，先灰度一周。

## 行动项

- [ ] @许宁 通知两个老客户（3/8）
- [ ] @陈默 配好灰度监控（3/6）

## 二、排期

- **方远**：那排期怎么定？
- **陈默**：周三前给出来。
- **方远**：好，今天就到这里。

## 待办

- [ ] @方远 周三前确认排期
"""


def test_to_do_lists_in_notes_are_the_notes_own_wherever_they_stand(tmp_path):
    transcript = read(tmp_path, NOTES, "notes.md")
    made = placed(transcript)
    for piece in ("## 行动项", "通知两个老客户", "配好灰度监控", "## 待办", "周三前确认排期",
                  "**结论**"):
        number = line_of(NOTES, piece)
        assert made[number] == ("excluded", ""), piece


def test_a_sub_bullet_goes_on_with_the_turn_of_the_item_it_stands_under(tmp_path):
    transcript = read(tmp_path, NOTES, "notes.md")
    made = placed(transcript)
    assert made[line_of(NOTES, "周报：每周五")] == ("answer", "许宁")
    assert "周报" not in {s.name for s in transcript.speakers}
    # (A sub-bullet opening with a label that opens turns of its own is that person's.)
    assert made[line_of(NOTES, "监控我这边")] == ("answer", "陈默")


def test_an_item_of_its_own_with_no_speaker_warns_at_its_line(tmp_path):
    transcript = read(tmp_path, NOTES, "notes.md")
    number = line_of(NOTES, "有人提出")
    assert [w for w in transcript.warnings if w.line == number]


def test_a_summary_heading_with_someone_speaking_under_it_stays_speech(tmp_path):
    text = NOTES.replace("## 待办\n\n- [ ] @方远 周三前确认排期\n",
                         "## 总结\n\n- **方远**：总结一下，下月底停用，先灰度。\n")
    transcript = read(tmp_path, text, "notes.md")
    assert placed(transcript)[line_of(text, "总结一下")][1] == "方远"


# A meeting app's web page copied whole: the assistant's panel (its summary and a timed
# outline), then the caption list, where each cue's time stands alone above its words.
CAPTION_PAGE = """Quarterly review call

Meeting Assistant
Summary
Priya and Tom went over the Q3 numbers and agreed to revisit the hiring plan.
Outline
0:00 Opening
1:05 Hiring plan

Transcript
0:00
Tom Reyes: Thanks for joining, Priya. How did Q3 end up?
0:07
Priya Natarajan: Better than we forecast, mostly thanks to the renewals.
1:05
Tom Reyes: And the hiring plan, do we still need two engineers?
1:12
Priya Natarajan: One now and one in January.
"""


def test_a_caption_lists_lone_times_belong_to_the_words_under_them(tmp_path):
    transcript = read(tmp_path, CAPTION_PAGE)
    made = placed(transcript)
    for piece in ("Meeting Assistant", "Summary", "Priya and Tom went over", "Outline",
                  "0:00 Opening", "1:05 Hiring plan"):
        assert made[line_of(CAPTION_PAGE, piece)] == ("excluded", ""), piece
    lines = CAPTION_PAGE.splitlines()
    for number, text in enumerate(lines, 1):
        if text in ("0:00", "0:07", "1:05", "1:12"):
            assert made[number] == ("excluded", ""), text
            assert "time" in next(e.reason for e in transcript.excluded if e.line == number)
    renewals = line_of(CAPTION_PAGE, "renewals")
    assert made[renewals] == ("answer", "Priya Natarajan")
    assert made[line_of(CAPTION_PAGE, "One now")] == ("answer", "Priya Natarajan")
    assert not any(p.title for p in transcript.parts if p.line == renewals - 1)
    paragraph = next(p for part in transcript.parts for q in part.questions for a in q.answers
                     for p in a.paragraphs if renewals in p.lines)
    assert paragraph.time in ("0:07", "00:07", "00:00:07")


# A 视频 page's chapters in Chinese under an assistant's panel, cues with 张伟： labels.
CHAPTERED = """访谈：城市更新怎么做

智能助手
节目摘要
本期节目中，主持人与规划师讨论了老城区改造。
视频大纲
00:00 开场
02:30 老城区改造

字幕
00:00
王珊：欢迎收看本期节目，今天请到了规划师李默。您怎么看老城区改造？
00:12
李默：我觉得先要把居民留下来，再谈改造。
02:30
王珊：那资金从哪里来？
02:41
李默：一部分靠政府，一部分靠社会资本。
"""


def test_an_assistants_outline_and_summary_before_a_caption_list_are_nobodys(tmp_path):
    transcript = read(tmp_path, CHAPTERED)
    made = placed(transcript)
    for piece in ("智能助手", "节目摘要", "本期节目中", "视频大纲", "00:00 开场", "02:30 老城区"):
        assert made[line_of(CHAPTERED, piece)] == ("excluded", ""), piece
    assert made[line_of(CHAPTERED, "先要把居民")] == ("answer", "李默")
    assert made[line_of(CHAPTERED, "一部分靠政府")] == ("answer", "李默")


# An agenda's two times alone on their lines are no caption list.
AGENDA = """议程

09:30
开幕致辞
10:00
圆桌讨论

主持人：欢迎各位。请问王老师，您怎么看？
王磊：我先说两句。
"""


def test_two_lone_times_in_an_agenda_are_left_as_written(tmp_path):
    from roundtable.readers.containers.timestamped import lone_times
    from roundtable.readers.source import Line

    lines = [Line(i, text) for i, text in enumerate(AGENDA.splitlines(), 1)]
    assert lone_times(lines) == (lines, [], "")


# An oral-history interview whose transcriber marks the tape's time now and then, alone on
# its line, over labelled turns that run on without one.
TAPE_MARKS = """\
Interview with a retired compiler engineer

[00:00]
Q: Where did you start?
A: At a small firm that wrote Fortran compilers for weather models.
Q: Was that work you chose?
A: Not really. It was the only job in town that used a computer.

[12:40]
Q: When did optimisers become your field?
A: In the late seventies, when vector machines arrived.
Q: What changed for you then?
A: Everything we knew about loops had to be unlearned.

[25:05]
Q: Any regrets?
A: Only that we documented so little.
Q: Thank you.
A: Thank you for asking.
"""


def test_time_marks_over_labelled_turns_that_run_on_are_no_caption_list(tmp_path):
    """A caption list times most of its lines; marks over a few turns each are the tape's
    clock, left as written: the labels after them still open their turns."""
    from roundtable.readers.containers.timestamped import lone_times
    from roundtable.readers.source import Line

    lines = [Line(i, text) for i, text in enumerate(TAPE_MARKS.splitlines(), 1)]
    assert lone_times(lines) == (lines, [], "")
