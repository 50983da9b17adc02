"""A legend that states who asks settles the host (small invented files): the asker's role
before a label's key (访问者：Z = 周曼) or after it (M = Interviewer) is read, not warned about;
without the legend the same file warns that the label is read as the host."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.readers.identity import stated_as_asker
from roundtable.transcript import parse

NURSES = """\
Night-shift nurses and AI triage: an interview

Key: K = Kim Olsen, charge nurse{legend}

M: Thanks for making time after your shift. When did the triage tool arrive on your ward?
K: Last spring. It flags patients whose vitals drift overnight.
M: How did the team take it at first?
K: With suspicion. It flagged too much in the first month.
M: What changed their minds?
K: A night it caught a sepsis case two hours before we would have.
M: Would you keep it?
K: Yes, with the thresholds we tuned ourselves.
M: Thank you, Kim.
"""

LIBRARY = """\
社区图书馆的夜读计划——口述访谈

{legend}受访者：L = 林秋实（图书馆馆员）

Z：夜读计划是怎么开始的？
L：最开始是几个下夜班的读者问我们能不能晚点关门。
Z：第一年来了多少人？
L：每晚十来个，周五多一些。
Z：经费从哪里来？
L：街道出一半，剩下靠志愿者轮班。
Z：谢谢林老师。
"""


def test_a_legend_states_the_asker_before_or_after_the_key():
    assert stated_as_asker("Z", ["访问者：Z = 周曼（社区报记者）；受访者：L = 林秋实"])
    assert stated_as_asker("M", ["Key: K = Kim Olsen; M = Interviewer"])
    assert stated_as_asker("I", ["注：I=访谈员；R=受访者"])
    assert not stated_as_asker("L", ["访问者：Z = 周曼；受访者：L = 林秋实"]), \
        "the one interviewed is no asker"
    assert not stated_as_asker("M", ["M: the interviewer asked about shifts"]), \
        "a turn mentioning the role is no legend"


@pytest.mark.parametrize(("shape", "legend", "asker"), [
    (NURSES, "; M = Interviewer", "M"),
    (LIBRARY, "访问者：Z = 周曼（社区报记者）；", "Z"),
])
def test_a_stated_asker_is_the_host_without_a_warning(tmp_path: Path, shape: str,
                                                      legend: str, asker: str):
    stated = tmp_path / "stated.txt"
    stated.write_text(shape.format(legend=legend), encoding="utf-8")
    transcript = parse(stated)
    assert not [w for w in transcript.warnings if "read as the host" in w.message]
    assert transcript.questions and all(q.asked for q in transcript.questions)

    unstated = tmp_path / "unstated.txt"
    unstated.write_text(shape.format(legend=""), encoding="utf-8")
    warned = [w for w in parse(unstated).warnings if "read as the host" in w.message]
    assert warned and f"{asker}: host" in warned[0].hint
