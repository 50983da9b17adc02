"""Front matter under its own headings (issue 26, item 8): a file that sets a bio box, a
participants' table or a summary under headings before its first labelled turn has front
matter, not turns: its paragraphs are the intro, never refused as a turn nobody opens."""

from __future__ import annotations

from pathlib import Path

from roundtable.transcript import load, parse

PROFILE = """\
对话韦一帆：小模型的春天

【背景】

今年春天，端侧模型成了发布会上的常客。1985年生的韦一帆在星桥实验室做了八年推理。

【现场】

对话在一间小会议室里进行，窗外在下雨，桌上摆着三台测试手机。

记者：您为什么押注小模型？

韦一帆：因为手机上的算力一年比一年强，很多任务不必上云。

记者：最大的难点是什么？

韦一帆：是评测。大家用的基准都偏向大模型，小模型的长处看不出来。
"""


def test_paragraphs_under_headings_before_the_first_turn_are_the_intro(tmp_path: Path):
    path = tmp_path / "profile.md"
    path.write_text(PROFILE, encoding="utf-8")
    transcript = parse(path)
    intro = " ".join(p.text for p in transcript.intro)
    assert "1985年生" in intro and "窗外在下雨" in intro
    said = [(p.line, a.speaker) for _, _, a, p in transcript.passages()]
    assert [line for line, _ in said] == [13, 17]
    assert {who for _, who in said} == {transcript.speakers[0].id}
    headings = {e.line for e in transcript.excluded}
    assert {3, 7} <= headings, "the front matter's headings are no part of the panel"


LECTURE_BEFORE_QUESTIONS = """\
# 第三讲　检索增强的边界

## 一、为什么要检索

我们先从一个问题说起：模型记住的知识总有截止日期，各位在工作里一定碰到过。

所以我的建议是，把会变的知识放在外面，让模型去查。

最后留一点时间给大家提问。

同学甲：检索回来的内容错了怎么办？

葛老师：那就要在检索之后再做一次核对，这是下一讲的内容。
"""


def test_paragraphs_under_a_heading_that_speak_as_someone_are_the_intro_with_a_warning(
        tmp_path: Path):
    """A lecture under its chapter heading before the first labelled question is no bio
    box: read as the intro, it warns at its first paragraph, never silently; the warning's
    own fix (confirming the line) settles it."""
    path = tmp_path / "lecture.md"
    path.write_text(LECTURE_BEFORE_QUESTIONS, encoding="utf-8")
    transcript = parse(path)
    assert "把会变的知识放在外面" in " ".join(p.text for p in transcript.intro)
    doubts = [w for w in transcript.warnings if "front matter" in w.message]
    assert [w.line for w in doubts] == [5], transcript.warnings
    assert doubts[0].fix is not None and doubts[0].fix.text == "confirm: [5]"
    path.with_suffix(".yml").write_text("confirm: [5]\n", encoding="utf-8")
    assert not [w for w in load(path).warnings if "front matter" in w.message]


def test_a_bio_told_about_someone_under_its_heading_is_the_intro_without_a_warning(
        tmp_path: Path):
    path = tmp_path / "profile.md"
    path.write_text(PROFILE, encoding="utf-8")
    assert not [w for w in parse(path).warnings if "front matter" in w.message]


# A conference panel's record in Markdown: a context section whose first lines are short
# (a date, a place) and whose last runs on in a sentence, then the turns.
CONTEXT_THEN_SENTENCE = """\
# Panel: open weights after the licence debate

## Context

3 May 2024

Hall B

The panel met after the spring release, when three labs had changed their licences.

Moderator: Ana, where does the licence debate stand today?

Ana Ruiz: Closer to a truce than a year ago, mostly because the largest labs now publish
their weights under the same terms.

Moderator: Tomas, does that change your work?

Tomas Berg: Less than you would think. We still test every release ourselves.
"""


def test_short_lines_under_a_heading_then_a_sentence_are_front_matter(
        tmp_path: Path):
    """Not only the paragraph right under the heading decides: short lines first (a date, a
    place, a speakers' list) and a sentence later is front matter, read as the intro, never
    refused as a paragraph no turn opens."""
    path = tmp_path / "panel.md"
    path.write_text(CONTEXT_THEN_SENTENCE, encoding="utf-8")
    transcript = parse(path)
    assert "three labs" in " ".join(p.text for p in transcript.intro)
    said = {p.line: a.speaker for _, _, a, p in transcript.passages()}
    names = {s.id: s.name for s in transcript.speakers}
    assert [names[who] for _, who in sorted(said.items())] == ["Ana Ruiz", "Tomas Berg"]
