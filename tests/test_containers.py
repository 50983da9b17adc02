"""Bytes to text, containers to records, layout repaired (issue 26, layers 1-3).

A transcript arrives in any encoding and container (plain text, CSV/TSV, Word, a saved web
page, lines stamped with times), hard-wrapped and paginated; it reads as the same
transcript, each line numbered as the file has it, and nothing but the speakers' words is
published as speech.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.model import Transcript, TranscriptError
from roundtable.readers.containers import read_source
from roundtable.transcript import explain, parse

SCRIPT = '<script>alert("x")</script>'


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def said(transcript: Transcript) -> list[tuple[int, str, str]]:
    """(line, speaker name, text) of every answer paragraph."""
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker], p.text) for _, _, a, p in transcript.passages()]


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


ENGLISH = (
    "Panel on evaluation\n\n"
    "Moderator: Welcome back \u2014 let\u2019s talk about \u201cagents\u201d. What changed?\n\n"
    "Sarah Chen: It\u2019s the caf\u00e9 effect: everyone tries them.\n\n"
    "Moderator: And next year?\n\n"
    "Sarah Chen: Fewer demos, more audits.\n"
)


# --- bytes to text ----------------------------------------------------------------------

def test_an_english_transcript_in_windows_1252_reads_with_its_quotes_and_accents(tmp_path):
    transcript = parse(write(tmp_path, "panel.txt", ENGLISH.encode("cp1252")))
    assert transcript.encoding == "cp1252"
    assert said(transcript) == said(parse(write(tmp_path, "utf8.txt", ENGLISH)))
    assert "It\u2019s the caf\u00e9 effect" in said(transcript)[0][2]


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_or_without_a_byte_order_mark_read_like_utf8(tmp_path, encoding):
    transcript = parse(write(tmp_path, "panel.txt", ENGLISH.encode(encoding)))
    assert transcript.encoding == encoding
    assert said(transcript) == said(parse(write(tmp_path, "utf8.txt", ENGLISH)))


def test_gb18030_chinese_is_not_taken_for_a_latin_code_page(tmp_path):
    text = "圆桌\n\n主持人：大家好，今天谈什么？\n\n张伟：我们谈模型。\n"
    assert read_source(write(tmp_path, "p.txt", text.encode("gb18030"))).encoding == "gb18030"


def test_lines_are_numbered_as_an_editor_numbers_them_whatever_ends_them(tmp_path):
    """LF, CRLF and a lone CR end lines; a form feed and a missing last newline do not
    change the numbering (str.splitlines would count the form feed as a line end)."""
    raw = "标题\r\n\r\n主持人：问？\r张伟：答一。\n\f张伟：答二。".encode()
    source = read_source(write(tmp_path, "p.txt", raw))
    assert [(line.number, line.text) for line in source.lines] == [
        (1, "标题"), (2, ""), (3, "主持人：问？"), (4, "张伟：答一。"), (5, "张伟：答二。")]


# --- layout repair ----------------------------------------------------------------------

WRAPPED = """\
长文本圆桌实录

主持人：我们先从一个大家都关心的问题开始，大模型在企业里落地最难的是什么
环节？

张伟：我觉得最难的是数据。企业内部的数据分散在很多系统里，格式也不统一，
要让模型真正用起来，先要把这些数据整理成模型能读的样子，这一步往往要花掉
项目一半以上的时间，而且很难外包给别人做。

- 1 -
圆桌实录·内部资料
第二个难点是评测。很多团队上线以后就不再看模型的表现了，其实数据会变，用
户的问题也会变，模型的效果会慢慢下降，需要有人持续盯着这些指标才行。

主持人：那么您的团队是怎么做持续评测的呢？请您具体讲讲。我们都很想知道
答案。

- 2 -
圆桌实录·内部资料
张伟：我们每周抽一批真实的问题，由业务同事打分，分数下降就回头查数据和提
示词，这个办法很笨，但是有效，坚持了一年多以后，大家都习惯了这个节奏。
- 3 -
圆桌实录·内部资料
"""


def test_a_hard_wrapped_paginated_file_reads_as_its_paragraphs(tmp_path):
    """Wrapped lines re-joined, page numbers and the running header set aside, and a
    paragraph cut by a page break read whole."""
    transcript = parse(write(tmp_path, "wrapped.txt", WRAPPED))
    answers = said(transcript)
    assert [(line, who) for line, who, _ in answers] == [(6, "张伟"), (12, "张伟"), (20, "张伟")]
    assert answers[0][2].endswith("而且很难外包给别人做。")
    assert answers[1][2].startswith("第二个难点是评测。")
    assert "其实数据会变，用户的问题" in answers[1][2]
    assert [q.text for q in transcript.questions][1].endswith("我们都很想知道答案。")
    reasons = excluded(transcript)
    assert {10, 18, 22} <= {n for n, r in reasons.items() if "page number" in r}
    assert {11, 19, 23} <= {n for n, r in reasons.items() if "running header" in r}
    assert not any("圆桌实录·内部资料" in text for _, _, text in answers)


def test_explain_says_where_a_wrapped_line_went(tmp_path):
    shown = explain(write(tmp_path, "wrapped.txt", WRAPPED))
    assert "container: text, encoding utf-8" in shown
    assert "hard-wrapped at" in shown
    assert "    7  joined" in shown and "runs on from line 6" in shown


def test_numbered_sections_close_together_are_not_page_numbers(tmp_path):
    text = ("标题\n\n1\n\n主持人：第一问？\n\n张伟：答。\n\n2\n\n"
            "主持人：第二问？\n\n张伟：再答。\n\n3\n")
    source = read_source(write(tmp_path, "p.txt", text))
    assert source.set_aside == () and source.joined == ()


# --- lines stamped with times -----------------------------------------------------------

def test_whisper_range_stamps_read_as_timed_turns(tmp_path):
    text = ("访谈\n\n"
            "[00:00:01.000 --> 00:00:04.000] 主持人：今天聊什么？\n"
            "[00:00:04.000 --> 00:00:09.500] 张伟：聊推理成本。\n"
            "【00:00:10】主持人：为什么？\n"
            "00:00:12 - 张伟：因为贵。\n")
    transcript = parse(write(tmp_path, "whisper.txt", text))
    assert transcript.format == "stt"
    assert [(line, who) for line, who, _ in said(transcript)] == [(4, "张伟"), (6, "张伟")]
    assert [p.text for _, _, _, p in transcript.passages()] == ["聊推理成本。", "因为贵。"]
    assert [q.text for q in transcript.questions] == ["今天聊什么？", "为什么？"]


def test_a_diarised_speaker_in_brackets_after_the_time_is_its_label(tmp_path):
    text = ("播客\n\n[00:00:01.000 --> 00:00:03.000] [SPEAKER_00] 欢迎收听。\n"
            "[00:00:03.000 --> 00:00:05.000] [SPEAKER_01] 谢谢邀请。\n"
            "[00:00:05.000 --> 00:00:07.000] [SPEAKER_00] 先说说你的工作？\n"
            "[00:00:07.000 --> 00:00:09.000] [SPEAKER_01] 我做电池。\n")
    lines = {line.number: line.text for line in read_source(write(tmp_path, "p.txt", text)).lines}
    assert lines[4] == "[00:00:03.000] SPEAKER_01：谢谢邀请。"


# --- delimited exports ------------------------------------------------------------------

CSV_SCRIPT = SCRIPT.replace('"', '""')  # a quote inside a quoted field is doubled
CSV = (
    "\ufeff内容,开始时间,说话人,结束时间\r\n"
    "\"大家好，今天聊医疗影像。第一个问题：假阳性怎么办？\",00:00:02,宋璐,00:00:10\r\n"
    "\"我说三件事，第一，\"\"假阳性\"\"要看场景；\r\n第二，要看阈值。\",00:00:11,许文博,00:00:40\r\n"
    f"\"{CSV_SCRIPT} 也只是文字。\",00:00:41,许文博,00:00:45\r\n"
    ",00:00:46,宋璐,00:00:47\r\n"
    "好，谢谢。那么阈值谁来定？,00:00:48,宋璐,00:00:50\r\n"
    "医生和我们一起定。,00:00:51,许文博,00:00:59\r\n"
)


def test_a_csv_export_reads_a_record_a_row_at_its_first_physical_line(tmp_path):
    """Columns in any order, named in Chinese; quoted commas, doubled quotes and a line
    break inside a field; the header and a row without text set aside."""
    path = write(tmp_path, "会议导出.csv", CSV.encode("utf-8"))
    source = read_source(path)
    assert [(line.number, line.text) for line in source.lines if line.text] == [
        (2, "[00:00:02] 宋璐：大家好，今天聊医疗影像。第一个问题：假阳性怎么办？"),
        (3, "[00:00:11] 许文博：我说三件事，第一，\"假阳性\"要看场景；第二，要看阈值。"),
        (5, f"[00:00:41] 许文博：{SCRIPT} 也只是文字。"),
        (7, "[00:00:48] 宋璐：好，谢谢。那么阈值谁来定？"),
        (8, "[00:00:51] 许文博：医生和我们一起定。"),
    ]
    assert source.joined == ((4, 3),)
    transcript = parse(path)
    assert transcript.title == "会议导出" and transcript.title_line == 0
    assert (5, "许文博", f"{SCRIPT} 也只是文字。") in said(transcript)
    reasons = excluded(transcript)
    assert "header" in reasons[1] and "no text" in reasons[6]
    assert "container: csv, encoding utf-8-sig" in explain(path)


def test_a_tsv_with_an_english_header_and_numbered_speakers(tmp_path):
    tsv = ("Start\tSpeaker\tText\n0:01\t1\tWelcome, what do you build?\n"
           "0:05\t2\tRobots for warehouses.\n0:09\t1\tWhy warehouses?\n0:12\t2\tThey are ready.\n")
    lines = [line.text for line in read_source(write(tmp_path, "export.tsv", tsv)).lines]
    assert lines[1:3] == ["[00:00:01] Speaker 1: Welcome, what do you build?",
                          "[00:00:05] Speaker 2: Robots for warehouses."]


def test_a_csv_without_a_header_is_read_from_what_its_columns_hold(tmp_path):
    rows = ("00:00:01,主持人,今天的第一个问题是什么？\n00:00:05,张伟,是成本。我们先谈成本。\n"
            "00:00:12,主持人,那第二个呢？\n00:00:15,张伟,是人才，人才很难招。\n")
    transcript = parse(write(tmp_path, "rows.csv", rows))
    assert [(line, who) for line, who, _ in said(transcript)] == [(2, "张伟"), (4, "张伟")]
    assert 1 not in excluded(transcript)


def test_title_rows_above_a_spreadsheets_header_are_its_front_matter(tmp_path):
    """Saved from Excel: a title row and an export row, a blank row, then the header (text
    before speaker, a column of row numbers): the header is found, the rows above it read."""
    tsv = ("会议主题：量化方案同步会\n导出时间：2024/03/19\t会议号：638\t\t\n\n"
           "序号\t发言内容\t发言人\t开始时间\n1\t今天就一个议题，INT4 还是 INT8？\t黎朔\t00:00:05\n"
           "2\t我们测过，INT4 掉了两个点。\t季晓峰\t00:00:14\n"
           "3\t那 INT8 呢？\t黎朔\t00:00:21\n4\tINT8 不掉点，但慢。\t季晓峰\t00:00:26\n")
    path = write(tmp_path, "table.tsv", tsv.encode("utf-16"))
    lines = [line.text for line in read_source(path).lines]
    assert lines[:2] == ["会议主题：量化方案同步会", "导出时间：2024/03/19 会议号：638"]
    assert lines[4] == "[00:00:05] 黎朔：今天就一个议题，INT4 还是 INT8？"
    answers = {line: who for line, who, _ in said(parse(path))}
    assert answers[6] == answers[8] == "季晓峰"


def test_a_fault_inside_the_readers_is_a_refusal_at_the_file_never_a_crash(tmp_path,
                                                                              monkeypatch):
    """Whatever breaks inside a container or a reader, the curator sees FILE:LINE: cause and
    a hint that works, not a traceback."""
    import roundtable.readers.containers as containers
    from roundtable import readers

    path = write(tmp_path, "panel.txt", "座谈会\n主持人：第一个问题？\n张伟：回答。\n")

    def broken(*_args):
        return [][0]

    for module, name in ((containers, "open_source"), (readers, "read")):
        with monkeypatch.context() as patched:
            patched.setattr(module, name, broken)
            with pytest.raises(TranscriptError) as caught:
                parse(path)
        assert caught.value.path == str(path) and caught.value.line == 1
        assert "IndexError" in caught.value.message and "UTF-8 plain text" in caught.value.hint


def test_a_csv_with_no_column_of_text_is_refused_at_its_first_row(tmp_path):
    with pytest.raises(TranscriptError) as caught:
        parse(write(tmp_path, "times.csv", "1,2\n3,4\n"))
    assert caught.value.line == 1 and "speaker,start,end,text" in caught.value.hint


# --- Word -------------------------------------------------------------------------------

def write_docx(path: Path, paragraphs: list[list[tuple[str, bool]]]) -> Path:
    import docx

    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    document.save(str(path))
    return path


def test_a_word_document_reads_a_line_per_paragraph_with_its_bold_labels(tmp_path):
    path = write_docx(tmp_path / "访谈.docx", [
        [("模型落地访谈", True)],
        [],
        [("主持人：", True), ("落地最难的是什么？", False)],
        [("张伟", True), (" 是数据。", False)],
        [("张伟", True), ("：", False), (f"还有评测，{SCRIPT}。", False)],
        [],
        [("主持人", True), (" 谢谢。还有补充吗？", False)],
        [("张伟", True), (" 没有了。", False)],
    ])
    transcript = parse(path)
    assert transcript.title == "模型落地访谈"
    assert said(transcript) == [(4, "张伟", "是数据。"), (5, "张伟", f"还有评测，{SCRIPT}。"),
                                (8, "张伟", "没有了。")]
    assert "container: docx" in explain(path)


def test_a_word_transcript_table_reads_a_row_a_turn_and_an_empty_speaker_cell_continues(
        tmp_path):
    """发言人｜发言内容 with no time column: the speaker cell (written as the row's writer
    pleased: 主持人 何岚, then 主持人) opens the row's words; a row whose speaker cell is empty
    continues the speaker above; the speaker cells are set aside, not read as words."""
    import docx

    document = docx.Document()
    document.add_paragraph("校园开放日问答整理")
    rows = [("发言人", "发言内容"),
            ("主持人 何岚", "周老师，今年新开的专业主要培养哪方面的人？"),
            ("周越", "主要是机器人和嵌入式系统，本科就进实验室。"),
            ("", "第二年开始每个学生都有自己的项目，不只是听课。"),
            ("主持人", "那学生要提前准备什么吗？"),
            ("周越", "数学底子打好就够了，编程进来再学也来得及。")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(tmp_path / "开放日.docx"))
    transcript = parse(tmp_path / "开放日.docx")
    # Line 1 the title, 2-3 the header row, then two paragraphs a row (speaker, words).
    assert [(line, who) for line, who, _ in said(transcript)] == [
        (7, "周越"), (9, "周越"), (13, "周越")]
    questions = [q for part in transcript.parts for q in part.questions]
    assert [q.lines[-1] for q in questions] == [5, 11]
    assert {4, 6, 10, 12} <= set(excluded(transcript)), "speaker cells set aside"


def test_a_file_that_is_no_word_document_is_refused_with_a_hint(tmp_path):
    with pytest.raises(TranscriptError) as caught:
        parse(write(tmp_path, "broken.docx", b"not a zip"))
    assert caught.value.line == 1 and ".docx" in caught.value.hint


# --- web pages --------------------------------------------------------------------------

PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>访谈｜某网</title>
<style>p { color: red } 张伟：样式不是发言</style>
<script>var a = "张伟：脚本不是发言";</script></head>
<body>
<nav><a href="/">首页</a> 张伟：导航不是发言</nav>
<article>
<h1>模型落地访谈</h1>
<!-- 张伟：注释不是发言 -->
<p><strong>主持人：</strong>落地最难的是什么？</p>
<p><b>张伟</b> 是数据。</p>
<p>张伟：还有评测，&lt;script&gt;只是文字&lt;/script&gt;。<br>
主持人：谢谢。还有补充吗？</p>
<div hidden>张伟：隐藏的不是发言</div>
<p>张伟：没有了。</p>
</article>
<footer>版权所有</footer>
<script>document.write("张伟：写出来的也不是")</script>
</body></html>
"""


def test_a_web_page_reads_its_article_and_never_its_scripts_styles_comments_or_chrome(
        tmp_path):
    path = write(tmp_path, "page.html", PAGE)
    transcript = parse(path)
    assert transcript.title == "模型落地访谈" and transcript.title_line == 8
    assert said(transcript) == [(11, "张伟", "是数据。"),
                                (12, "张伟", "还有评测，<script>只是文字</script>。"),
                                (15, "张伟", "没有了。")]
    assert [(q.line, q.text) for q in transcript.questions] == [
        (10, "落地最难的是什么？"), (13, "谢谢。还有补充吗？")]
    reasons = excluded(transcript)
    assert "navigation" in reasons[6] and "footer" in reasons[17]
    everything = " ".join(line.text for line in read_source(path).lines)
    for hidden in ("样式", "脚本", "注释", "隐藏", "写出来", "导航"):
        assert hidden not in everything


def test_a_page_saved_on_one_line_numbers_its_blocks_in_order(tmp_path):
    one_line = ("<html><body><article><h1>访谈</h1><p>主持人：问什么？</p><p>张伟：答这个。</p>"
                "<p>主持人：还有呢？</p><p>张伟：没有了。</p></article></body></html>")
    path = write(tmp_path, "one.html", one_line)
    assert [(w, t) for _, w, t in said(parse(path))] == [("张伟", "答这个。"), ("张伟", "没有了。")]
    assert [line.number for line in read_source(path).lines if line.text] == [1, 2, 3, 4, 5]
    assert "line N is the page's N-th block" in explain(path)


def test_a_live_blogs_time_opens_the_entry_it_stands_beside(tmp_path):
    page = ("<html><body><div class='article'><h1>直播</h1><ul>\n"
            "<li><span>14:03</span><p>主持人：各位好，第一个问题？</p></li>\n"
            "<li><span>14:05</span><p>姜怀远：我先说。</p></li>\n"
            "<li><span>14:09</span><p>主持人：还有呢？</p></li>\n"
            "<li><span>14:10</span><p>姜怀远：没有了。</p></li>\n</ul></div></body></html>")
    lines = {line.number: line.text for line in read_source(write(tmp_path, "l.html", page)).lines}
    assert lines[3] == "14:05 姜怀远：我先说。"


def test_a_line_holding_only_a_time_is_not_split_into_a_time_and_words(tmp_path):
    """``00:00:21`` alone is one time, never ``[00:00] :21``; ``00:00:21.500`` neither."""
    text = ("访谈\n\n00:00:01 主持人：今天聊什么？\n00:00:04 张伟：聊推理成本。\n"
            "00:00:21\n00:00:21.500\n00:00:30 主持人：为什么？\n")
    lines = {line.number: line.text for line in read_source(write(tmp_path, "t.txt", text)).lines}
    assert lines[5] == "00:00:21"
    assert lines[6] == "00:00:21.500"


def test_a_table_rows_cells_on_one_source_line_are_one_line_of_the_page(tmp_path):
    """A page's info box written a row a line (``<tr><td>Recorded: …</td><td>Runtime:
    …</td></tr>``, as an episode page or a form prints it) keeps the file's line numbers:
    the row is one line, and the turns below stay at their own source lines."""
    page = ("<html><body>\n<h1>Episode 12: shipping small models</h1>\n"
            "<table class='meta'>\n"
            "<tr><td>Recorded: 2 May 2025</td><td>Runtime: 41 min</td></tr>\n"
            "</table>\n"
            "<p>Host: What surprised you this year?</p>\n"
            "<p>Dana Reyes: How cheap evaluation became.</p>\n"
            "<p>Host: And what still hurts?</p>\n"
            "<p>Dana Reyes: Latency on phones.</p>\n</body></html>\n")
    path = write(tmp_path, "episode.html", page)
    lines = {line.number: line.text for line in read_source(path).lines if line.text}
    assert lines[4] == "Recorded: 2 May 2025 Runtime: 41 min"
    assert "N-th block" not in explain(path)
    assert [(line, who) for line, who, _ in said(parse(path))] == [
        (7, "Dana Reyes"), (9, "Dana Reyes")]


def test_a_posts_signature_under_its_sig_dashes_is_set_aside(tmp_path):
    """A transcript posted to a mailing list or a board ends with ``-- `` and the poster's
    signature: nobody's words, however it is punctuated."""
    text = ("Fireside chat notes\n\nHost: What is next for the lab?\n\n"
            "Mara Quist: More field trials, fewer demos.\n\nHost: Thank you.\n\n"
            "Mara Quist: Thanks for having me.\n\n-- \nJo Park: notes taker, Boston\n"
            "Sent from the meetup list\n")
    transcript = parse(write(tmp_path, "notes.txt", text))
    assert [line for line, _, _ in said(transcript)] == [5, 9]
    assert {11, 12, 13} <= set(excluded(transcript))


def test_readers_comment_lines_at_the_end_of_a_post_are_not_speech(tmp_path):
    """Comment lines as a bulletin board prints them (mark, account, colon, date) under a
    posted talk are the readers', even with no footer above them."""
    text = ("讀書會紀錄\n\n主持：今天聊什麼？\n\n林雅琪：聊開源模型的授權。\n\n"
            "主持：為什麼？\n\n林雅琪：因為很多人沒看條款就商用。\n\n"
            "推 bookworm: 感謝分享 05/02 10:11\n→ lin_yq: 補充：條款請看原文 05/02 10:20\n")
    transcript = parse(write(tmp_path, "club.txt", text))
    assert [line for line, _, _ in said(transcript)] == [5, 9]
    assert "comment" in excluded(transcript)[12]
