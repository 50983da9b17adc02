"""A heading mark before a recurring label is a label: Markdown transcripts that set each
speaker's name as a heading over their turn (``### 某某：`` on open-transcript pages,
``#### Dana Whitfield`` in a podcast's show notes), colon or none. A heading that does not
recur stays a part heading; one more heading in the labels' shape, its colon kept, is a turn
of someone the file names (small invented files, not shaped like any blind file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.transcript import parse

PODCAST = """\
# Episode 41: Open data in small towns

Guests: Dana Whitfield (city clerk), Sam Ortiz (her deputy)

## Part one

#### Lee Harmon
Welcome back. Dana, your town published every contract online last spring. Why?

#### Dana Whitfield
Because people kept asking for them one by one, and answering each request took longer
than publishing them all.

#### Lee Harmon
How many requests a month were you getting?

#### Dana Whitfield:
Forty or so. Sam kept the count, he can tell you the rest.

#### Sam Ortiz:
Forty-two on average, and most were the same six contracts.

#### Lee Harmon
And what changed after you published?

#### Dana Whitfield
The requests stopped. We spend that time fixing the data instead.
"""


def test_headings_over_each_turn_are_labels(tmp_path: Path):
    path = tmp_path / "episode.md"
    path.write_text(PODCAST, encoding="utf-8")
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    said = {(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()}
    assert (10, "Dana Whitfield") in said
    assert (17, "Dana Whitfield") in said, "a label heading with its colon"
    assert (20, "Sam Ortiz") in said, "one turn, in the labels' shape, of a named guest"
    assert (26, "Dana Whitfield") in said
    assert all(name != "Part one" for _, name in said)
    assert {q.asker for q in transcript.questions if q.asked} <= {"Lee Harmon"}
