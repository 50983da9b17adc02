"""Containers whose records say what they are (issue 26, layer 2): an Advanced SubStation
Alpha script's events (Name field, Comment events, captions), and a delimited export's type
column (questions, replies, chat, gifts) with key/value rows above its header. Small
invented files."""

from __future__ import annotations

import pytest

from roundtable.model import Transcript, TranscriptError
from roundtable.readers.containers import read_source
from roundtable.transcript import parse
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def asked(transcript: Transcript) -> dict[int, str]:
    return {n: q.asker for part in transcript.parts for q in part.questions for n in q.lines}


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


ASS = """[Script Info]
Title: 芯片夜话 第3期
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Talk,Arial,60
Style: Card,Arial,40

[Events]
Format: Layer, Start, End, Name, Style, MarginL, MarginR, MarginV, Effect, Text
Comment: 0,0:00:00.00,0:00:00.00,,Talk,0,0,0,,角色：小唐=唐一鸣 阿飞=费思远
Dialogue: 0,0:00:01.00,0:00:03.00,,Card,0,0,0,,{\\an8}本期嘉宾：费思远
Dialogue: 0,0:00:04.00,0:00:07.00,小唐,Talk,0,0,0,,欢迎收看。阿飞，\\N先说说你的工作？
Dialogue: 0,0:00:07.50,0:00:12.00,阿飞,Talk,0,0,0,,我做存储芯片，{\\i1}十年了{\\i0}。
Dialogue: 0,0:00:12.20,0:00:15.00,,Talk,0,0,0,,最近在做端侧的缓存。
Dialogue: 0,0:00:15.50,0:00:18.00,小唐,Talk,0,0,0,,缓存为什么重要？
Dialogue: 0,0:00:18.20,0:00:22.00,阿飞,Talk,0,0,0,,因为带宽不够，搬数据最费电。
Dialogue: 0,0:00:22.50,0:00:24.00,,Card,0,0,0,,字幕：某字幕组
"""


def test_an_ass_script_is_read_by_its_format_line_its_names_and_its_events(tmp_path):
    """The Format line names the fields in any order (Name before Style here); the Name
    field is each event's label, its override tags and \\N dropped; the Comment event's
    cast list says who the nicknames are; an event with no Name in a speaker's style
    continues the turn before it."""
    transcript = parse(write(tmp_path, "show.ass", ASS))
    assert transcript.title == "芯片夜话 第3期"
    assert said(transcript) == {15: "费思远", 16: "费思远", 18: "费思远"}
    assert {n: who for n, who in asked(transcript).items()} == {14: "唐一鸣", 17: "唐一鸣"}
    answer = next(p.text for _, _, _, p in transcript.passages())
    assert "{" not in answer and "\\" not in answer and "十年了" in answer


def test_an_ass_scripts_settings_comments_and_captions_are_set_aside(tmp_path):
    """A caption is an event with no Name in a style no named event uses (a guest card, a
    credit): not speech; nor are the Comment event, the styles and the Format lines."""
    transcript = parse(write(tmp_path, "show.ass", ASS))
    reasons = excluded(transcript)
    assert "Comment event" in reasons[12]
    assert "caption" in reasons[13] and "caption" in reasons[19]
    assert "Format line" in reasons[11] and "settings" in reasons[3]
    lines = [line.text for line in read_source(tmp_path / "show.ass").lines]
    assert lines[13] == "[00:00:04] 小唐：欢迎收看。阿飞，先说说你的工作？"


QA = """Q&A export
Event,Spring Town Hall on Hiring
Date,2024-04-02
Event code,#TOWN-24

Type,Content,Author,Votes
Question,Will interns be paid this year?,Ana Ruiz,12
Reply,"Yes, every internship is paid, from June.",Kim Osei (COO),
Question,"Can we work remotely on Fridays?",,9
Reply,"Good one: Kim, over to you, we'll take it live.",Ravi Shah (Host),
Reply,"Fridays stay flexible, agreed with each team lead.",Kim Osei (COO),
Question,Is there a budget for courses?,Bo Lin,4
Reply,"Yes, 1,000 a year each; ask me for the form.",Ravi Shah (Host),
"""


def test_a_type_column_names_kinds_of_record_never_speakers(tmp_path):
    """Questions ask by their author (an empty author is the audience), replies answer by
    theirs: the one reply to a question is an answer even when the host writes it; the
    host handing a question over to the next reply's author asks."""
    transcript = parse(write(tmp_path, "qa.csv", QA))
    assert said(transcript) == {8: "Kim Osei", 11: "Kim Osei", 13: "Ravi Shah"}
    questions = asked(transcript)
    assert questions[7] == "Ana Ruiz" and questions[12] == "Bo Lin"
    assert questions[10] == "Ravi Shah"
    assert "Reply" not in {s.name for s in transcript.speakers}


def test_key_value_rows_above_an_exports_header_are_its_facts_and_title(tmp_path):
    """``Event,…`` gives the title (its value alone); ``Date,…`` and ``Event code,…`` hold no
    words: set aside, never read as a speaker's turn."""
    transcript = parse(write(tmp_path, "qa.csv", QA))
    assert transcript.title == "Spring Town Hall on Hiring"
    reasons = excluded(transcript)
    assert {1, 3, 4} <= set(reasons)
    assert "Event" not in {s.name for s in transcript.speakers}


LIVE = """时间,类型,发送者,内容
20:00:01,系统,,直播开始
20:00:05,弹幕,路人甲,来了
20:00:09,语音转写,小周讲科技,大家好，我是小周。今天请到了陈思远老师。陈老师先聊聊你的研究？
20:00:20,语音转写,小周讲科技,大家好，我是陈思远，谢谢小周。我研究电池的寿命。
20:00:31,礼物,路人乙,赠送 火箭 ×1
20:00:35,弹幕,路人丙,电池能用几年？
20:00:40,语音转写,小周讲科技,弹幕问电池能用几年？陈老师？
20:00:48,语音转写,小周讲科技,一般八年左右，看怎么充。
"""


def test_chat_gifts_and_system_rows_are_nobodys_speech_and_a_chat_question_asks(tmp_path):
    """In a livestream export, a gift, a system row and chat that asks nothing are set
    aside with their reason; chat that asks is its sender's question."""
    path = write(tmp_path, "live.csv", LIVE.replace(",小周讲科技,大家好，我是陈思远",
                                                    ",陈思远,大家好，我是陈思远")
                 .replace(",小周讲科技,一般", ",陈思远,一般"))
    transcript = parse(path)
    reasons = excluded(transcript)
    assert "nobody's speech" in reasons[2] and "nobody's speech" in reasons[6]
    assert "asks nothing" in reasons[3]
    assert asked(transcript)[7] == "路人丙"
    assert said(transcript) == {5: "陈思远", 9: "陈思远"}


def test_one_sender_speaking_as_two_people_is_refused_with_a_hint_that_works(tmp_path):
    """Every speech row carries the streamer's account, the guest's too: which rows are
    whose only the curator can say. The refusal stands at the second self-introduction
    and names the column to fill; filled so, the file reads."""
    path = write(tmp_path, "live.csv", LIVE)
    with pytest.raises(TranscriptError) as refused:
        parse(path)
    assert refused.value.line == 5
    assert "'发送者'" in refused.value.hint and "陈思远" in refused.value.hint
    fixed = LIVE.replace(",小周讲科技,大家好，我是陈思远", ",陈思远,大家好，我是陈思远") \
        .replace(",小周讲科技,一般", ",陈思远,一般")
    transcript = parse(write(tmp_path, "live.csv", fixed))
    assert said(transcript) == {5: "陈思远", 9: "陈思远"}
    assert asked(transcript)[4] == "小周讲科技"
