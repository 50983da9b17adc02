"""Front matter before the turns (issue 26, item 8): a prefix seen once before the labels
start recurring, naming nobody the file introduces, is front matter — also when the host is
found only by behaviour and the labels are read again (a title's capitalised words before its
colon are not a speaker's label)."""

from __future__ import annotations

from roundtable.transcript import parse
from test_identity import said, write

CAPTIONS = """Picking Robots Today: Lessons from Two Years | Panel | Lakeside Forum 2024
Lakeside Forum
1.2K views  Streamed live on May 3, 2024
>> MARA VOSS: Welcome. Tom, what surprised you most?
>> TOM BREDE: How much of the work is exceptions, not picks.
>> MARA VOSS: What do you mean by exceptions?
>> TOM BREDE: Torn labels, crushed boxes, items in the wrong bin.
>> MARA VOSS: And how do you handle them now?
>> TOM BREDE: A person reviews them from a queue, twenty a minute.
>> MARA VOSS: Thank you, Tom.
"""


def test_a_titles_words_before_its_colon_stay_front_matter_when_hosts_are_read_again(
        tmp_path):
    transcript = parse(write(tmp_path, "panel.txt", CAPTIONS))
    assert said(transcript) == [(5, "Tom Brede"), (7, "Tom Brede"), (9, "Tom Brede")]
    assert all(s.name != "Picking Robots Today" for s in transcript.speakers)
