"""Round five of issue 26: shapes a person reads without a list, read by one general rule each
(a report's 问/答 after its narration, ...), tested on small files written here."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.transcript import parse


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


LECTURE_REPORT = """讲座回顾：推理的边界

4月18日下午，学院举办第3期讲坛。北辰大学教授吴明远作了报告，二百余名师生到场。

吴明远首先回顾了专家系统的兴衰。他指出，规则写得越多，系统越脆弱。

谈到统计学习，吴明远认为，机器第一次能从数据里学到判断。

互动环节

问（硕士生 林同学）：老师，大模型是真的会推理吗？

答：这两者的边界没有我们想的那么清楚。

问（博士生 宋同学）：形式化验证会被取代吗？

答：恰恰相反，模型生成的越多，越需要证明。
"""


def test_a_reports_answer_marker_after_a_question_is_the_one_the_report_credits(tmp_path):
    """问（…）：…？ / 答：… after a report's narration: no refusal, the 答 is the lecturer's."""
    transcript = parse(write(tmp_path, "lecture.txt", LECTURE_REPORT))
    assert (13, "吴明远") in said(transcript)
    assert (17, "吴明远") in said(transcript)
    assert not [w for w in transcript.warnings if w.line in (13, 17)], "one speaker: sure"
