"""A first line with a colon (issue 26, item 4): a headline whose words before the colon
look like a name or a label (Field Notes: Q&A with Ana Ruiz) is the title when it is set
apart by a blank line, short, no sentence, and its prefix opens no other line; a first line
that is a speaker's turn stays speech."""

from __future__ import annotations

from roundtable.transcript import parse
from test_identity import said, write

TURNS = """
Dana Whitfield: Ana, thanks for joining us. What got you started on field robotics?

Ana Ruiz: I grew up on a farm, and the machines there always broke at the worst time.

Dana Whitfield: And what is hardest today?

Ana Ruiz: Mud. Honestly, mud and dust are harder than any model.
"""


def test_a_headline_whose_prefix_looks_like_a_name_is_the_title(tmp_path):
    transcript = parse(write(tmp_path, "notes.txt", "Field Notes: Q&A with Ana Ruiz\n" + TURNS))
    assert transcript.title == "Field Notes: Q&A with Ana Ruiz"
    assert transcript.title_line == 1
    assert {(5, "Ana Ruiz"), (9, "Ana Ruiz")} <= set(said(transcript))


def test_a_headline_whose_prefix_looks_like_a_label_is_the_title(tmp_path):
    transcript = parse(write(tmp_path, "talk.txt", "Interview: Building Safer Models\n" + TURNS))
    assert transcript.title == "Interview: Building Safer Models"
    assert all(s.name != "Interview" for s in transcript.speakers)


def test_a_chinese_headline_with_a_colon_is_the_title(tmp_path):
    text = ("访谈：端侧推理的一年\n\n林知远：先说说你们今年做了什么？\n\n"
            "周以衡：我们把模型搬到了手机上。\n\n林知远：最难的是什么？\n\n周以衡：内存带宽，不是算力。\n")
    transcript = parse(write(tmp_path, "zh.txt", text))
    assert transcript.title == "访谈：端侧推理的一年"
    assert {(5, "周以衡"), (9, "周以衡")} <= set(said(transcript))


def test_a_first_line_whose_label_opens_later_turns_stays_speech(tmp_path):
    text = ("Dana Whitfield: Welcome everyone\n\n"
            "Ana Ruiz: Thanks for having me, it is good to be here.\n" + TURNS)
    transcript = parse(write(tmp_path, "panel.txt", text))
    assert transcript.title != "Dana Whitfield: Welcome everyone"
    assert 1 in {q.line for q in transcript.questions} | {
        n for p in transcript.intro for n in p.lines}
    assert all(e.line != 1 for e in transcript.excluded)


def test_a_first_line_that_is_a_sentence_stays_speech(tmp_path):
    text = "Ana Ruiz: Thanks. It is good to be here.\n" + TURNS
    transcript = parse(write(tmp_path, "panel.txt", text))
    assert transcript.title != "Ana Ruiz: Thanks. It is good to be here."


def test_a_first_line_run_on_into_the_next_stays_a_turn(tmp_path):
    text = "Ana Ruiz: Field robots\nare mostly about mud, honestly.\n" + TURNS
    transcript = parse(write(tmp_path, "panel.txt", text))
    assert transcript.title != "Ana Ruiz: Field robots"
