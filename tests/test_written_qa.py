"""Written interviews and Word revisions: a document returned with tracked changes reads as
accepted, and a written Q&A's numbered questions and bare answer labels are credited as the
document's own header and note say."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.written_qa import read_written_qa
from roundtable.transcript import explain, parse

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def said(transcript) -> list[tuple[int, str, str]]:  # noqa: ANN001
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker], p.text) for _, _, a, p in transcript.passages()]


def tracked_docx(path: Path, paragraphs: list[str]) -> Path:
    """A Word document whose paragraphs may carry ``+[inserted]`` and ``-[deleted]`` tracked
    revisions, written as Word writes them (w:ins around runs, w:del around w:delText)."""
    import re

    import docx
    from lxml import etree

    document = docx.Document()
    for text in paragraphs:
        paragraph = document.add_paragraph()
        for piece in re.split(r"([+-]\[[^\]]*\])", text):
            if not piece:
                continue
            if piece[:2] in ("+[", "-["):
                kind = "ins" if piece[0] == "+" else "del"
                wrapper = etree.SubElement(paragraph._p, f"{{{W}}}{kind}")
                wrapper.set(f"{{{W}}}id", "1")
                wrapper.set(f"{{{W}}}author", "Editor")
                run = etree.SubElement(wrapper, f"{{{W}}}r")
                tag = "t" if kind == "ins" else "delText"
                etree.SubElement(run, f"{{{W}}}{tag}").text = piece[2:-1]
            else:
                paragraph.add_run(piece)
    document.save(str(path))
    return path


def test_a_tracked_insertion_is_text_and_a_tracked_deletion_is_not(tmp_path):
    """A panel transcript sent back by its speakers with their corrections tracked reads as
    it would with the corrections accepted."""
    path = tracked_docx(tmp_path / "panel.docx", [
        "Evaluation panel",
        "Moderator: What changed this year?",
        "Dana Reyes: Benchmarks -[stopped mattering]+[matter less] than field trials.",
        "Moderator: And next year?",
        "Dana Reyes: Cheaper audits.+[ Much cheaper.]",
    ])
    assert said(parse(path)) == [
        (3, "Dana Reyes", "Benchmarks matter less than field trials."),
        (5, "Dana Reyes", "Cheaper audits. Much cheaper.")]


EMAILED = [
    "Q&A with the founders of Lumen Robotics",
    "Interviewer: Sam Ortiz, The Ledger",
    "Note: Questions 1-2 are answered by CTO Priya Nair, question 3 by CFO Tom Becker.",
    "1. Why build grippers rather than arms?",
    "A: Because the hand is where robots still fail.",
    "2. What does a gripper cost today?",
    "A: Under two thousand dollars at volume.",
    "3. When do you expect to break even?",
    "A: In 2027, if orders hold.",
]


def test_a_written_qa_gives_questions_to_the_interviewer_and_answers_as_the_note_assigns():
    """An e-mailed Q&A (not a magazine reply): ``Interviewer:`` names who asks, the note
    names who answers which questions; ``A:`` is no one's name."""
    written = read_written_qa(EMAILED)
    assert written is not None and written.asker == "Sam Ortiz"
    assert written.texts[3] == "Sam Ortiz：1. Why build grippers rather than arms?"
    assert [written.texts[i].split("：")[0] for i in (4, 6, 8)] == [
        "Priya Nair", "Priya Nair", "Tom Becker"]
    assert written.header == (1, 2)


def test_a_written_qa_in_a_word_document_builds_with_the_note_s_respondents(tmp_path):
    path = tracked_docx(tmp_path / "lumen.docx", EMAILED)
    transcript = parse(path)
    assert [(line, who) for line, who, _ in said(transcript)] == [
        (5, "Priya Nair"), (7, "Priya Nair"), (9, "Tom Becker")]
    assert {e.line for e in transcript.excluded} >= {2, 3}
    assert "as the document's note assigns them" in explain(path)


def test_numbered_questions_without_bare_answers_are_no_written_interview():
    """A numbered agenda whose items are answered by named speakers is left as it is."""
    assert read_written_qa(["Agenda", "1. Budget?", "Ann Lee: Approved.",
                            "2. Hiring?", "Ann Lee: Two roles."]) is None
