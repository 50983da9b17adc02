"""Lines that are never speech, in any shape: a page's own furniture at its end (small
invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.matter import END_MARK, TAIL_MARKERS_EN, profile_field
from roundtable.transcript import parse


def read(folder: Path, name: str, text: str) -> Transcript:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return parse(path, load_metadata(path))


def spoken_lines(transcript: Transcript) -> set[int]:
    lines = {p.line for _, _, _, p in transcript.passages()}
    for question in transcript.questions:
        lines.update(question.lines)
    lines.update(getattr(transcript, "closing_lines", ()) or ())
    return lines


PODCAST = """The Tidewater Podcast, episode 12: Where the rivers go

HOST: Welcome back. Today I'm talking with the hydrologist Ines Marlowe. Ines, why do rivers move?

INES MARLOWE: They always have. A river is a slow machine for moving sediment.

HOST: And what changed in the last decade?

INES MARLOWE: Mostly our instruments. We can finally see it happen.

HOST: Thank you, Ines. That's all for this week.

-30-

Further reading: Rivers on the Move, a field guide
"""


def test_a_wire_end_mark_and_an_english_related_line_are_the_pages_not_the_hosts_closing(
        tmp_path):
    transcript = read(tmp_path, "podcast.txt", PODCAST)
    reasons = {e.line: e.reason for e in transcript.excluded}
    assert 13 in reasons  # -30-: an end mark (or a page number)
    assert 15 in reasons
    assert not {13, 15} & spoken_lines(transcript)


def test_english_related_markers_take_a_title_never_sentences():
    assert TAIL_MARKERS_EN.match("Related: Field Notes No. 3 — “Tides: A Primer”")
    assert TAIL_MARKERS_EN.match("See also:")
    assert not TAIL_MARKERS_EN.match("Related work is what we did next.")
    assert not TAIL_MARKERS_EN.match(
        "See also: what I said about prices, which was right. And the rest of it.")
    assert END_MARK.match("###") and END_MARK.match("- 30 -")
    assert not END_MARK.match("### Part two")


PROFILED = """对话｜一位制陶人的二十年

编辑：周某

嘉宾简介：韩立秋，景德镇陶艺工作室主理人，从事柴窑烧制二十年。

问：你为什么坚持柴窑？

韩立秋：柴窑的火是活的。每一窑都不一样，这是电窑给不了的。

问：学徒好招吗？

韩立秋：不好招。愿意守着窑口熬三天三夜的年轻人越来越少了。

分享到：微信 微博
"""


def test_a_profile_field_introduces_someone_and_is_no_speakers_turn(tmp_path):
    transcript = read(tmp_path, "profiled.txt", PROFILED)
    reasons = {e.line: e.reason for e in transcript.excluded}
    assert "profile field" in reasons[5]
    assert "share buttons" in reasons[15]
    assert not {5, 15} & spoken_lines(transcript)
    assert {s.name for s in transcript.speakers} == {"韩立秋"}


def test_profile_fields_are_told_from_a_thing_introduced_or_a_turn():
    assert profile_field("受访者简介：某某，某大学教授。")
    assert profile_field("About the speakers: two researchers from the coast.")
    assert profile_field("Guest bio: a hydrologist.")
    assert not profile_field("产品介绍：这个产品面向工厂。")  # a thing, said in a turn
    assert not profile_field("嘉宾简介：能说说您自己吗？")  # a question


TITLED_PARTS = """Interview: a bakery that only opens at night

INTERVIEWER: How did the night bakery start?

MAREN ODUYA: By accident. We baked for restaurants, and people knocked at three a.m.

INTERVIEWER: Who comes at that hour?

MAREN ODUYA: Nurses, taxi drivers, students. People whose day is upside down.

Pricing: what the night will bear

INTERVIEWER: Do you charge more at night?

MAREN ODUYA: No. The bread costs the same whenever you are hungry.
"""


def test_a_part_title_set_as_theme_and_subtitle_is_a_heading_not_the_answer_before_it(
        tmp_path):
    transcript = read(tmp_path, "night-bakery.txt", TITLED_PARTS)
    assert 11 not in spoken_lines(transcript)
    assert {s.name for s in transcript.speakers} == {"Maren Oduya"}
    assert not [w for w in transcript.warnings if w.line == 11]
