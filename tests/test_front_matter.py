"""Front matter under its own headings (issue 26, item 8): a file that sets a bio box, a
participants' table or a summary under headings before its first labelled turn has front
matter, not turns: its paragraphs are the intro, never refused as a turn nobody opens."""

from __future__ import annotations

from pathlib import Path

from roundtable.transcript import parse

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
