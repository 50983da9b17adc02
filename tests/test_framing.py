"""The host's first turn, before anyone answers, that opens with paragraphs asking nobody
anything and only then asks: the opening paragraphs are the session's framing, read as its
introduction; the paragraph that asks stays the host's question (small invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.asking import asks_someone
from roundtable.transcript import parse

# An English evening talk in labelled paragraphs: the moderator welcomes, frames, then asks.
EVENING = """Rivers and Cities: an evening conversation

MODERATOR: Good evening, everyone, and thank you for coming out in the rain.
Tonight we look at what the city owes the river that made it.
Professor Lund, where should a city start?
LUND: With the floodplain maps nobody reads.
MODERATOR: And the money?
LUND: That follows the maps, usually a decade late.
"""

# A Chinese salon whose host asks at once: nothing to take as framing.
SALON = """读书沙龙：城市与河流

主持人：欢迎大家。隆老师，您为什么写这本书？
隆一帆：因为我家门口那条河，二十年里变了三次样子。
主持人：那您觉得城市欠河流什么？
隆一帆：欠一张没人看的洪水图。
"""


def read(path: Path) -> Transcript:
    return parse(path, load_metadata(path))


def test_the_hosts_opening_paragraphs_that_ask_nobody_are_the_introduction(tmp_path):
    path = tmp_path / "evening.txt"
    path.write_text(EVENING, encoding="utf-8")
    transcript = read(path)
    intro = {n for p in transcript.intro for n in p.lines}
    assert {3, 4} <= intro
    first = transcript.parts[0].questions[0]
    assert tuple(first.lines) == (5,) and "Professor Lund" in first.text


def test_a_first_turn_that_asks_at_once_stays_the_question(tmp_path):
    path = tmp_path / "salon.txt"
    path.write_text(SALON, encoding="utf-8")
    transcript = read(path)
    assert not [n for p in transcript.intro for n in p.lines if n >= 3]
    assert transcript.parts[0].questions[0].lines == (3,)


def test_asking_someone_is_a_question_or_an_invitation():
    assert asks_someone("先请三位用一句话介绍一下自己。")
    assert asks_someone("Tell us where it began.")
    assert not asks_someone("各位下午好。今天我们换个角度聊聊。")
