"""Records a plain-text file holds (issue 26, layer 2): JSON objects from a speech API, and
words under a header line (a chat channel's export, a podcast app's transcript), found by
what recurs in the file, not by any app's name. Small invented files."""

from __future__ import annotations

import json

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import parse
from transcript_files import write


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


SEGMENTS = [
    {"type": "meta", "engine": "asr-x", "channels": 1},
    {"id": 0, "start": 0.0, "end": 4.2, "speaker": "A", "text": "Welcome. What do you build?"},
    {"id": 1, "start": 4.5, "end": 9.0, "speaker": "B", "text": "Drones for farms."},
    {"id": 2, "start": 9.1, "end": 9.8, "speaker": None, "text": "Right."},
    {"id": 3, "start": 10.0, "end": 14.0, "speaker": "A", "text": "Why farms?"},
    {"id": 4, "start": 3725.0, "end": 3730.0, "speaker": "B", "text": "They pay."},
]


def test_json_lines_read_a_record_an_object_with_fields_named_as_columns_are(tmp_path):
    """A meta object set aside; speaker, times and text from the fields named so; a segment
    whose speaker is null kept and warned at its line."""
    lines = [json.dumps(item) for item in SEGMENTS]
    path = write(tmp_path, "export.txt", "\n".join(lines))
    source = read_source(path)
    assert source.container == "json"
    assert [(line.number, line.text) for line in source.lines if line.text] == [
        (2, "[00:00:00] A: Welcome. What do you build?"),
        (3, "[00:00:04] B: Drones for farms."),
        (4, "[00:00:09] Right."),
        (5, "[00:00:10] A: Why farms?"),
        (6, "[01:02:05] B: They pay."),
    ]
    transcript = parse(path)
    assert "metadata" in excluded(transcript)[1]
    assert any(w.line == 4 and "no speaker" in w.message for w in transcript.warnings)


def test_a_json_document_with_a_list_of_segments_reads_the_same(tmp_path):
    items = [{"speaker": "Host", "start_ms": 1000, "text": "Hello, who are you?"},
             {"speaker": "Guest", "start_ms": 5000, "text": "A farmer."},
             {"speaker": "Host", "start_ms": 9000, "text": "Why drones?"},
             {"speaker": "Guest", "start_ms": 65000, "text": "Less walking."}]
    path = write(tmp_path, "export.json.txt", json.dumps({"segments": items}, indent=1))
    texts = [line.text for line in read_source(path).lines if line.text]
    assert texts == ["[00:00:01] Host: Hello, who are you?", "[00:00:05] Guest: A farmer.",
                     "[00:00:09] Host: Why drones?", "[00:01:05] Guest: Less walking."]


CHAT = """\
=====================
Server: Garden Club
Channel: q-and-a
=====================

[3/2/2025 7:00 PM] mod.rin
Welcome! Tonight our guest is Ola Berg (@ola.b). Ask away.

[3/2/2025 7:01 PM] ola.b
Hi everyone, happy to be here.

[3/2/2025 7:02 PM] mod.rin
First: when should tomatoes go out?

[3/2/2025 7:04 PM] ola.b
After the last frost, not before.
Harden them off for a week first.
{Reactions}
🍅 (4)

[3/2/2025 7:05 PM] pea_fan
@ola.b do you prune them?

[3/2/2025 7:06 PM] ola.b
Only the suckers below the first flower.
{Attachments}
https://example.invalid/pic.png

=====================
Exported 6 message(s)
====================="""


def test_a_chat_export_reads_a_message_under_each_header(tmp_path):
    """``[date time] name`` over the words: each line of words is the name's, the header
    joined into the first; reactions and attachments blocks and the rules set aside; a
    member who posts once is still a speaker, since the export says who posted."""
    path = write(tmp_path, "channel.txt", CHAT)
    source = read_source(path)
    assert source.lines[15].text == "[19:04:00] ola.b: After the last frost, not before."
    assert source.lines[16].text == "ola.b: Harden them off for a week first."
    assert (15, 16) in source.joined
    transcript = parse(path)
    reasons = excluded(transcript)
    assert all("block under a message" in reasons[n] for n in (18, 19, 26, 27))
    assert "rule" in reasons[1] and "rule" in reasons[29]
    questions = {n: q.asker for part in transcript.parts for q in part.questions
                 for n in q.lines}
    assert questions[22] == "pea_fan"
    assert (24, "Ola Berg") in said(transcript) and (17, "Ola Berg") in said(transcript)


def test_a_handle_in_brackets_after_a_full_name_is_that_persons(tmp_path):
    """``Ola Berg (@ola.b)`` in the welcome: the handle's messages are Ola Berg's; a handle
    the file names nobody for (pea_fan) stays as it is."""
    transcript = parse(write(tmp_path, "channel.txt", CHAT))
    assert {who for _, who in said(transcript)} == {"Ola Berg"}
    unnamed = CHAT.replace(" (@ola.b)", "")
    assert {who for _, who in said(parse(write(tmp_path, "bare.txt", unnamed)))} == {"ola.b"}


PODCAST = """\
第 12 期｜阳台种菜
【嘉宾】
阿禾：社区园丁
【文字稿】

小周
00:00:03
欢迎收听，我是小周。今天请到阿禾，聊聊阳台种菜。阿禾，先说说怎么开始？

阿禾
00:00:15
从一盆香葱开始，最不容易死。

小周
00:01:02
那光照不够怎么办？

阿禾
00:01:10
选叶菜，别选番茄。
还有就是勤转盆。

小周
00:02:00
好，今天就到这里，谢谢阿禾。"""


def test_a_name_line_over_a_time_line_opens_the_words_under_them(tmp_path):
    """The name alone, then the time alone, then the words: the two header lines belong to
    the paragraph they open, and the time is the paragraph's."""
    path = write(tmp_path, "episode.txt", PODCAST)
    source = read_source(path)
    assert source.lines[11].text == "[00:00:15] 阿禾：从一盆香葱开始，最不容易死。"
    assert {(10, 12), (11, 12)} <= set(source.joined)
    transcript = parse(path)
    assert said(transcript) == [(10, "阿禾"), (18, "阿禾"), (21, "阿禾")]


def test_a_few_name_and_time_lines_in_running_text_are_no_records(tmp_path):
    """Two headers are no regular shape: the file is read as it was."""
    text = "小周\n00:00:03\n欢迎收听。\n\n阿禾\n00:00:15\n你好。\n"
    path = write(tmp_path, "short.txt", text)
    assert [line.text for line in read_source(path).lines][:2] == ["小周", "00:00:03"]


SHOW_PAGE = """\
第 13 期｜城市养蜂
【本期嘉宾】
阿Bee（柏晓岚）：社区养蜂人，养了五年
【时间轴】
00:01:10 开场：为什么在楼顶养蜂
00:09:32 蜂蜜能吃吗

小周
00:00:03
欢迎收听，我是小周。今天请到阿Bee。先说说怎么开始？

阿Bee
00:00:15
从一箱意蜂开始。

小周
00:01:02
蜂会蜇邻居吗？

阿Bee
00:01:10
很少，它们忙着采蜜。"""


def test_a_show_pages_guest_list_and_chapters_are_front_matter_that_still_say_who_is_who(
        tmp_path):
    """Before the first record, the guest list and the chapter lines are no one's turns (set
    aside), while ``阿Bee（柏晓岚）`` there still names the nickname label's speaker."""
    transcript = parse(write(tmp_path, "episode.txt", SHOW_PAGE))
    reasons = excluded(transcript)
    assert all("front matter" in reasons[n] for n in (2, 3, 4, 5, 6))
    assert transcript.title == "第 13 期｜城市养蜂"
    assert said(transcript) == [(12, "柏晓岚"), (20, "柏晓岚")]


HOSTED = [
    {"type": "meta", "engine": "asr-x"},
    {"start": 0.0, "speaker": "SPEAKER_00", "text": "各位听众好，欢迎收听《田间》，我是温若。"},
    {"start": 5.0, "speaker": "SPEAKER_00", "text": "今天请到了农科院的柏知远老师。柏老师您好。"},
    {"start": 9.0, "speaker": "SPEAKER_01", "text": "温老师好，各位好。"},
    {"start": 12.0, "speaker": "SPEAKER_00", "text": "无人机打药，真的省事吗？"},
    {"start": 15.0, "speaker": "SPEAKER_01", "text": "省人工，但要算好风速。"},
    {"start": 20.0, "speaker": "SPEAKER_00", "text": "风大了怎么办？"},
    {"start": 24.0, "speaker": "SPEAKER_01", "text": "那天就别飞。"},
]


def test_numbered_speakers_named_by_a_self_introduction_and_the_hosts_greeting(tmp_path):
    """``…，我是温若。`` after a greeting names its numbered label; the host's turn ending
    on ``柏老师您好。`` right before SPEAKER_01 first speaks names SPEAKER_01 柏知远, with a
    warning whose ``labels:`` line settles it."""
    path = write(tmp_path, "asr.txt", "\n".join(json.dumps(item, ensure_ascii=False)
                                               for item in HOSTED))
    transcript = parse(path)
    assert {who for _, who in said(transcript)} == {"柏知远"}
    assert any("SPEAKER_01" in w.message and "柏知远" in w.message and w.fix
               and "SPEAKER_01: 柏知远" in w.fix.text for w in transcript.warnings)
    # Named earlier, but not as the floor passes to SPEAKER_01: nobody for sure.
    greeting = [dict(item) for item in HOSTED]
    greeting[1]["text"] += "今天请到了农科院的柏知远老师。"
    greeting[2]["text"] = "先聊聊无人机。"
    assert {who for _, who in said(parse(write(tmp_path, "plain.txt", "\n".join(
        json.dumps(item, ensure_ascii=False) for item in greeting))))} == {"SPEAKER_01"}
