"""A label the file's own legend maps to a name in brackets after it: a research
transcript's pseudonym (``P3 (nurse; pseudonym "Ana Reyes")``, ``受访者：B（…化名“李女士”）``)
or an ``即`` (``B（即李梅）``). The label's turns are that person's, not a code's
(small invented files, not shaped like any blind file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.identity import keyed_map
from roundtable.transcript import parse


def test_a_bracket_after_a_label_that_gives_a_pseudonym_maps_the_label():
    assert keyed_map(['Participants: P3 (ward nurse, 12 years; pseudonym "Ana Reyes"); '
                      'I (interviewer)'], ["P3", "I"]) == {"P3": "Ana Reyes"}
    assert keyed_map(["受访者：B（社区医生，男；文中化名“周医生”）"], ["B"]) == {"B": "周医生"}
    assert keyed_map(["嘉宾：B（即李梅，工程师）"], ["B"]) == {"B": "李梅"}


def test_a_bracket_that_gives_no_name_maps_nothing():
    assert keyed_map(["访谈者：R（研究者）"], ["R"]) == {}
    assert keyed_map(["我们叫他A（他当时即将离职）"], ["A"]) == {}, "即将 is not 即"


UX_INTERVIEW = """\
Usability study — session notes, round 2
Participants: P3 (ward nurse, 12 years; pseudonym "Ana Reyes"); I (interviewer, UX team)

I: Thanks for joining again. Last time you mentioned the handover screen. How has it been?
P3: Better than I expected. We used to print the list, now we read it on the tablet.
I: What still slows you down?
P3: Logging in. Every time the tablet sleeps we lose a minute, and at night that adds up.
I: Anything you would change first?
P3: Keep the session open while the ward is busy. That is all I would ask.
"""


def test_a_research_interview_credits_the_pseudonym_its_legend_gives(tmp_path: Path):
    path = tmp_path / "session.txt"
    path.write_text(UX_INTERVIEW, encoding="utf-8")
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    answered = {names[a.speaker] for _, _, a, _ in transcript.passages()}
    assert answered == {"Ana Reyes"}
