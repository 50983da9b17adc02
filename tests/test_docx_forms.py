"""Word forms: a table whose rows are a field's name and its value (an interview record
sheet, a 会议纪要 form, a company's investor-relations record). The name cells caption;
short values with no sentence (a date, a place, a list of people) are the record's facts,
kept for who is who and never read as speech; a value holding sentences (the minutes, a Q&A
in paragraphs) is read paragraph by paragraph like the body of any document."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import parse


def write_form(path: Path, title: str, rows: list[tuple[str, list[str]]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=2)
    for row, (name, values) in zip(table.rows, rows, strict=True):
        row.cells[0].text = name
        row.cells[1].text = values[0]
        for value in values[1:]:
            row.cells[1].add_paragraph(value)
    document.save(str(path))
    return path


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


# An English oral-history record sheet: facts in short cells, the interview in one cell.
SHEET = [
    ("Interviewer", ["Dana Whitfield"]),
    ("Narrator", ["Omar Haddad"]),
    ("Date", ["12 March 2024"]),
    ("Place", ["Riverside Library, Room 2"]),
    ("Transcript", [
        "Dana Whitfield: When did you first work on the line?",
        "Omar Haddad: In 1979. I was nineteen and the plant still ran three shifts.",
        "Dana Whitfield: What changed when the robots came?",
        "Omar Haddad: The noise went down and so did the number of us. Half the floor left.",
    ]),
]


def test_a_record_sheets_field_names_and_facts_are_no_ones_words(tmp_path):
    path = write_form(tmp_path / "record-sheet.docx", "Oral history record", SHEET)
    transcript = parse(path)
    # Line 1 the title; each row's name cell, then its value's paragraphs.
    gone = excluded(transcript)
    assert {2, 3, 4, 5, 6, 7, 8, 9, 10} <= set(gone)
    assert "field name" in gone[2] and "fact of the record" in gone[3]
    assert said(transcript) == [(12, "Omar Haddad"), (14, "Omar Haddad")]
    assert "Narrator：Omar Haddad" in read_source(path).front


def test_a_meeting_forms_question_and_answer_cell_reads_as_paragraphs(tmp_path):
    path = write_form(tmp_path / "纪要.docx", "产品评审会纪要", [
        ("会议时间", ["2024年6月3日 10:00"]),
        ("会议地点", ["二号楼会议室"]),
        ("参会人员", ["产品部　许嘉", "研发部　石磊"]),
        ("会议内容", ["许嘉：新版本的推理延迟能降到多少？",
                      "石磊：目前实测是两百毫秒以内，下个月还能再压一半。",
                      "许嘉：成本呢？",
                      "石磊：单次调用成本下降了四成，主要靠批处理。"]),
    ])
    transcript = parse(path)
    assert said(transcript) == [(11, "石磊"), (13, "石磊")]
    assert not any(line <= 9 for line, _ in said(transcript))
    assert "参会人员：研发部　石磊" in read_source(path).front


def test_a_two_column_table_of_sentences_is_no_form(tmp_path):
    # A bilingual table (a sentence in each cell) names no fields: every cell stays.
    path = write_form(tmp_path / "bilingual.docx", "对照稿", [
        ("我们先谈成本。", ["We start with cost."]),
        ("然后是人才。", ["Then talent."]),
        ("最后是数据。", ["Finally data."]),
    ])
    source = read_source(path)
    assert source.set_aside == ()
    assert all(line.text for line in source.lines if 2 <= line.number <= 7)
