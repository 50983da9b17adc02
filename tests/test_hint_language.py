"""A refusal's or a warning's hint shows its example in the file's own language (issue 26,
item 9): an English file is told `Dana Whitfield: …` or `Dana Whitfield said: …`, never a
Chinese label, and the example applied (the hint's own fix) makes the file read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roundtable.model import TranscriptError
from roundtable.readers.hint_examples import examples_for
from roundtable.transcript import load
from test_corpus import apply_fix

HAN = re.compile(r"[\u3400-\u9fff]")

NOTES = """# Field robotics, a conversation

## Getting started

I grew up on a farm, and the machines there always broke at the worst possible time of year.

Maria Lopez: What is the hardest part of the work today?

Ana Ruiz: Mud, honestly. Mud and dust are harder than any model we have trained so far.

Maria Lopez: And what comes next for your team over the coming two or three years?

Ana Ruiz: Better sensors first, then better models on top of them, in that order for sure.
"""

STORY = """Robots in the Mud: A Panel Recap

The panel met on a rainy Thursday at the Lakeside Forum, and the room was full of engineers \
from farms and factories across the region.

Why do field robots still fail so often?

The honest answer is that the ground keeps changing under them, and no model sees that coming.

Ana Ruiz said the sensors matter more than the models, and that her team spends most of its \
time on them.

What will change in the next five years?

Ben Okafor argued that cheaper lidar will change everything, though he admitted prices have \
fallen slowly.

Ana Ruiz added that she expects better simulation to help, but only if it includes mud and dust.
"""


def refusal(path: Path) -> TranscriptError:
    with pytest.raises(TranscriptError) as refused:
        load(path)
    return refused.value


@pytest.mark.parametrize(("name", "text", "example"), [
    pytest.param("notes.md", NOTES, "Dana Whitfield: …", marks=pytest.mark.xfail(
        strict=True, reason="since round 16 (r16-b) prose under a heading before the first "
        "turn is the page's front matter, read as intro: this file is no longer refused, and "
        "an English file refused at a label is still wanted here")),
    ("story.txt", STORY, "Dana Whitfield said: …"),
], ids=["labelled turns", "reported story"])
def test_an_english_file_refused_is_shown_an_english_example_that_fixes_it(
        tmp_path, name, text, example):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    error = refusal(path)
    assert example in error.hint
    assert not HAN.search(error.hint), error.hint
    assert error.fix is not None and not HAN.search(error.fix.text)
    fixed_folder = tmp_path / "fixed"
    fixed_folder.mkdir()
    fixed = load(apply_fix(path, error.fix, error.line, fixed_folder))
    assert error.line in {n for _, _, _, p in fixed.passages() for n in p.lines}
    assert "Dana Whitfield" in [s.name for s in fixed.speakers]


def test_a_chinese_file_keeps_its_chinese_examples():
    shown = examples_for("主持人：各位好。张伟：谢谢。" * 20)
    assert (shown.label(), shown.reporting(), shown.host) == ("张伟：", "张伟认为，", "主持人")


def test_an_english_file_is_shown_english_labels():
    shown = examples_for("Dana Whitfield: Thanks for coming, everyone, it is good to see you. " * 8)
    assert (shown.label(), shown.reporting(), shown.host) == (
        "Dana Whitfield: ", "Dana Whitfield said: ", "MODERATOR")
