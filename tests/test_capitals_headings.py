"""A line in capitals among turns written in mixed case heads what follows (a hearing's
``STATEMENT OF …``, a select committee's ``EXAMINATION OF WITNESSES``, a play's ``ACT TWO``),
its wrapped second line too; a whole line in square brackets between turns is a note (``[The
written evidence follows:]``, ``[BEGIN VIDEO CLIP]``), not the last speaker going on; the
lower-case tail of a wrapped sentence is never a heading."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.turns import capitals_heading
from roundtable.transcript import load
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def spoken_lines(transcript: Transcript) -> set[int]:
    lines = {n for part in transcript.parts for q in part.questions for n in q.lines}
    return lines | {n for _, _, a, p in transcript.passages() for n in p.lines}


# An invented select committee's oral evidence, colon labels, a heading in capitals wrapped
# over two lines between the panels, and the clerk's bracketed note.
EVIDENCE = """Coastal Transport Committee: oral evidence
Chair: Good morning. We begin with the ferry operators.
Dana Ortiz: Thank you, Chair. Our fleet carried two million people last year.
Chair: How many sailings were cancelled?
Dana Ortiz: About four in a hundred, mostly in the winter storms.
[The written evidence of Harbour Lines follows:]
EXAMINATION OF WITNESSES, PROFESSOR ALAN REED, UNIVERSITY
OF THE NORTH
Chair: Professor Reed, is four in a hundred high?
Alan Reed: It is typical for an exposed coast, and lower than ten years ago.
Chair: Thank you both.
"""


def test_a_wrapped_heading_in_capitals_and_a_bracketed_note_are_not_speech(tmp_path):
    transcript = load(write(tmp_path, "evidence.txt", EVIDENCE))
    spoken = spoken_lines(transcript)
    assert not {6, 7, 8} & spoken
    assert said(transcript)[10] == "Alan Reed"
    assert said(transcript)[5] == "Dana Ortiz"


def test_capitals_that_end_a_sentence_or_stand_alone_are_no_heading_line():
    assert capitals_heading("STATEMENT OF DR. JANE ROE, DIRECTOR,")
    assert capitals_heading("OF THE NORTH")
    assert not capitals_heading("NO WAY!")  # shouted speech ends a sentence
    assert not capitals_heading("OK")
    assert not capitals_heading("Act Two")
