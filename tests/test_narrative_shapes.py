"""Records where a post and a name label a turn, and narrative shapes (issue 26, items 4, 5
and 8): the convention of Chinese official records, a unit and a post, a full-width space,
then the name (某局副局长　王某某：); a participants table in a Word document; one narrator
with the interviewer's questions in brackets."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.transcript import parse


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def asked(transcript: Transcript) -> list[tuple[int, str]]:
    return [(q.line, q.asker) for part in transcript.parts for q in part.questions if q.asker]


# A county education bureau's symposium: posts before names, the host's role word first.
SYMPOSIUM = """县域教育数字化座谈会记录
主持人　县教育局办公室主任　米兰芝：各位校长好，今天请大家谈谈平板进课堂的情况。先请城关中学。
城关中学副校长　宓晓东：我们用了一年，作业批改快了很多，但老师的备课量也上去了。
米兰芝：备课量上去了，学校有什么办法？
宓晓东：我们在做共享的课件库，一个年级一套。
米兰芝：乡镇学校有什么不一样的困难？
河口镇中心小学校长　禤国平：网络是第一道坎，下雨天经常断。
米兰芝：谢谢两位，今天就到这里。
"""


def test_a_post_then_a_full_width_space_then_a_name_labels_that_person(tmp_path):
    transcript = parse(write(tmp_path, "座谈会.txt", SYMPOSIUM))
    assert said(transcript) == [(3, "宓晓东"), (5, "宓晓东"), (7, "禤国平")]
    assert {q.asker for part in transcript.parts for q in part.questions} == {"米兰芝"}, \
        "主持人 before the post says who hosts, and so does her bare name later"


def test_words_before_a_full_width_space_are_no_label_when_no_name_follows():
    from roundtable.readers.identity import positioned_person

    assert positioned_person("会议议程　第一项") is None, "第一项 is no name"
    assert positioned_person("原因有三点　第一") is None
    assert positioned_person("某某保险股份有限公司智能驾驶保险事业部总经理　宓蕴") == "宓蕴"
    assert positioned_person("某学会秘书长　米兰芝", ["米兰芝"]) == "米兰芝", \
        "a name the file states, whatever its surname"


def write_docx_with_roster(path: Path, turns: list[str], roster: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("校企合作交流会")
    table = document.add_table(rows=len(roster), cols=len(roster[0]))
    for row, cells in zip(table.rows, roster, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for turn in turns:
        document.add_paragraph(turn)
    document.save(str(path))
    return path


def test_a_word_tables_list_of_who_takes_part_is_set_aside_not_read_as_turns(tmp_path):
    path = write_docx_with_roster(tmp_path / "交流会.docx", [
        "主持人：欢迎各位。蔺老师，实习岗位今年够吗？",
        "蔺嘉树：不太够，我们还缺三十个。",
        "主持人：企业这边呢？",
        "甘若溪：我们可以再开二十个岗位。",
        "主持人：谢谢两位。",
    ], [["姓名", "单位"], ["蔺嘉树", "某职业技术学院"], ["甘若溪", "某某制造公司"]])
    transcript = parse(path)
    # Paragraphs: title 1, the table's six cells 2-7, then the turns from 8.
    assert said(transcript) == [(9, "蔺嘉树"), (11, "甘若溪")]
    assert {e.line for e in transcript.excluded} >= set(range(2, 8))


def test_a_word_table_with_a_column_of_words_said_is_no_list_of_who_takes_part(tmp_path):
    from roundtable.readers.containers import read_source

    path = write_docx_with_roster(tmp_path / "记录.docx", ["（完）"],
                                  [["发言人", "内容"], ["蔺嘉树", "不太够。"]])
    assert not any("takes part" in why for _, why in read_source(path).set_aside)


# A first-person account: the byline names who tells it and who asked; the questions stand
# in brackets between the narrator's paragraphs.
ACCOUNT = """我在海岛上修了二十年灯塔
讲述人：符海生　　采访：特约撰稿人　宓小禾

那年我二十三岁，坐了两天船才到岛上。岛上没有淡水，靠雨水和补给船。
（问：一个人守岛，最难熬的是什么？）
是台风天。灯不能灭，发电机坏了就得摸黑去修，浪打上来站都站不住。
（众笑）
后来换了太阳能板，活儿轻了一半。我常跟徒弟说，灯亮着，船就知道家在哪。
（问：现在还回岛上吗？）
每年清明都回去，看看灯，也看看老伙计们。
"""


def test_an_account_told_by_one_person_reads_the_bracketed_questions_as_the_interviewers(
        tmp_path):
    transcript = parse(write(tmp_path, "自述.txt", ACCOUNT))
    assert said(transcript) == [(4, "符海生"), (6, "符海生"), (8, "符海生"), (10, "符海生")]
    assert asked(transcript) == [(5, "宓小禾"), (9, "宓小禾")]
    assert 7 in {e.line for e in transcript.excluded}, "（众笑） is a stage note"


def test_a_transcribing_programs_log_lines_around_timed_records_are_set_aside(tmp_path):
    text = ("模型训练经验分享\n"
            "[00:00:01.000 --> 00:00:04.000] 主持人：欢迎岑立。训练最难的是什么？\n"
            "[00:00:04.000 --> 00:00:09.000] 岑立：是数据清洗。\n"
            "[00:00:09.000 --> 00:00:12.000] 主持人：谢谢。\n"
            "asr_print_stats:     total time = 1200.00 ms\n")
    transcript = parse(write(tmp_path, "asr.txt", text))
    assert said(transcript) == [(3, "岑立")]
    assert 5 in {e.line for e in transcript.excluded}
