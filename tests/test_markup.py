"""Lightweight markup in a text file, read as the structure it stands for: a forum post's
BBCode (labels in bold and colour, quote blocks holding the asker's question, a signature),
a transcript kept as a table (a header naming speaker and text columns, rows as records), a
legend mapping the table's labels to people, and a notes page's callouts and comments.

The files here are invented; each rule is checked line for line."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import explain, parse


def said(transcript: Transcript) -> dict[int, str]:
    """Answer lines and who is credited with them."""
    names = {s.id: s.name for s in transcript.speakers}
    return {n: names[a.speaker] for _, _, a, p in transcript.passages() for n in p.lines}


def asked(transcript: Transcript) -> dict[int, str]:
    """Question lines and who asks them."""
    return {n: q.asker for part in transcript.parts for q in part.questions for n in q.lines}


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


# --- BBCode -----------------------------------------------------------------------------

FORUM_POST = """[align=center][b]【网聊】第三期：聊聊嵌入式开发——对话罗文川[/b][/align]

[color=Gray]说明：根据聊天记录整理。嘉宾在聊天室的ID是 luowc，下面统一写成罗文川。[/color]

[b][color=Blue]石头[/color][/b]：大家好，欢迎罗文川老师。先请罗老师说说怎么入的行？
[b][color=Red]罗文川[/color][/b]：大家好[img]smilies/smile.gif[/img]。大学时做电子设计竞赛，就一直做下来了。
[b][color=Blue]石头[/color][/b]：下面是网友在帖子里提的问题。
[quote][b]网友 小蜜蜂 问：[/b]单片机现在还值得学吗？[/quote]
[b][color=Red]罗文川[/color][/b]：值得，底层的东西永远有用。
[quote][b]网友 阿南2010 问：[/b]做嵌入式要不要学Linux？[/quote]
[b]luowc[/b]：（刚才断线了）要学，现在的板子大多跑Linux。
[b][color=Blue]石头[/color][/b]：好，今天就到这里，谢谢罗老师！

[size=2]------------------------------[/size]
[size=2]签名：代码写给人看。[/size]
"""


def test_bbcode_labels_and_quotes_read_as_the_turns_they_stand_for(tmp_path):
    """Tags removed line for line; a quote block's bold lead is the netizen's label, whose
    question the guest answers; an image is no text; the signature is no one's words."""
    path = tmp_path / "forum.txt"
    path.write_bytes(FORUM_POST.encode("gbk"))
    source = read_source(path)
    assert source.lines[5].text == "罗文川：大家好。大学时做电子设计竞赛，就一直做下来了。"
    transcript = parse(path)
    assert said(transcript) == {6: "罗文川", 9: "罗文川", 11: "罗文川"}
    questions = asked(transcript)
    assert questions[5] == "石头" and questions[8] != "石头" and "小蜜蜂" in questions[8]
    assert "阿南2010" in questions[10]
    reasons = excluded(transcript)
    assert "signature" in reasons[14] and "signature" in reasons[15]
    assert "forum markup (BBCode)" in explain(path)


def test_an_editors_note_saying_how_a_chat_id_is_written_maps_that_label(tmp_path):
    """`ID是 luowc，下面统一写成罗文川`: the one turn under the chat ID is 罗文川's."""
    path = tmp_path / "forum.txt"
    path.write_bytes(FORUM_POST.encode("gbk"))
    assert said(parse(path))[11] == "罗文川"


def test_a_file_with_square_brackets_but_no_bbcode_is_left_as_it_is(tmp_path):
    text = "[会议纪要]\n\n主持人：[开场] 欢迎。请问张老师怎么看？\n张伟：[笑] 我觉得可以。\n"
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    assert [line.text for line in read_source(path).lines][:4] == [
        "[会议纪要]", "", "主持人：[开场] 欢迎。请问张老师怎么看？", "张伟：[笑] 我觉得可以。"]


# --- transcript tables ------------------------------------------------------------------

TABLE_NOTES = """# 访谈：仓库里的机器人

> [!info] 访谈信息
> 图例：🅰️ = 林晓　🅱️ = 孙默

## 一、开始

| 时间 | 发言人 | 内容 |
| --- | --- | --- |
| 00:01 | 🅰️ | 你们的机器人现在每天搬多少箱？ |
| 00:09 | 🅱️ | 大概三万箱。<br>高峰期会翻一倍。 |
> [!tip] 整理者注
> 三万箱是他们一个仓的数字。

## 二、以后

| 03:10 | 🅰️ | 明年打算怎么扩？ |
| 03:15 | 🅱️ | 先把南方的三个仓做完。 |

%% 待办：核对仓库数量 %%
"""


def test_a_markdown_table_whose_header_names_speaker_and_text_is_read_a_turn_a_row(tmp_path):
    """Header and rule rows set aside; a cell's <br> breaks one paragraph; rows under a
    later heading without a header of their own continue the table; the legend maps each
    label to its person; the callout and the %% comment are the notes' own aside."""
    path = tmp_path / "notes.md"
    path.write_text(TABLE_NOTES, encoding="utf-8")
    transcript = parse(path)
    assert said(transcript) == {11: "孙默", 18: "孙默"}
    assert asked(transcript)[10] == "林晓" and asked(transcript)[17] == "林晓"
    paragraph = next(p for _, _, _, p in transcript.passages() if p.line == 11)
    assert paragraph.text == "大概三万箱。高峰期会翻一倍。"
    reasons = excluded(transcript)
    assert "header" in reasons[8] and "header" in reasons[9]
    assert "callout" in reasons[12] and "callout" in reasons[13] and "comment" in reasons[20]


def test_a_table_in_a_plain_text_file_keeps_its_times(tmp_path):
    text = ("机器人访谈\n\n| Time | Speaker | Text |\n|---|---|---|\n"
            "| 00:05 | 主持人 | 你们每天搬多少箱？ |\n| 00:12 | 孙默 | 大概三万箱。 |\n"
            "| 00:20 | 主持人 | 明年呢？ |\n| 00:24 | 孙默 | 再翻一倍。 |\n")
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    lines = {line.number: line.text for line in read_source(path).lines}
    assert lines[5] == "[00:00:05] 主持人：你们每天搬多少箱？" and lines[3] == ""
    assert said(parse(path)) == {6: "孙默", 8: "孙默"}


def test_a_table_whose_header_names_no_speaker_or_text_is_not_a_transcript(tmp_path):
    text = ("# 价格表\n\n| 型号 | 价格 |\n| --- | --- |\n| A1 | 100 |\n\n"
            "**张伟**：这是我们的价格。\n\n**李娜**：贵吗？\n")
    path = tmp_path / "prices.md"
    path.write_text(text, encoding="utf-8")
    assert "transcript table" not in explain(path)
