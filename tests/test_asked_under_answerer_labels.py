"""问 (or Q) answered under the answerers' own labels, not 答 (``问：…`` then ``行长：…``, once
``邹行长：…``; a ministry's translated panel page, a 答记者问 release): the file is a dialogue
whose questions are 问's, the answerer's surname-and-post label is the full name the file
writes with that post, and a translation's source line and disclaimer after the last turn is
no one's words (small invented files, not shaped like any blind file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import Metadata
from roundtable.readers.dialogue import DialogueReader
from roundtable.readers.matter import matter_line
from roundtable.transcript import parse, read_source

RELEASE = """\
邹明远行长就小微企业贷款答记者问

发布时间：2025年3月4日

问：今年小微企业贷款的增速目标是多少？
行长：我们的目标是不低于百分之十五，比去年略高。
重点放在县域，县域的小微企业拿贷款最难。
问：利率还会继续下降吗？
邹行长：利率由市场决定，我们能做的是把融资的中间环节压下来。
问：不良率上升怎么办？
行长：不良率是要看的，但不能因为怕不良就不放贷。我们会用数据把风险提前识别出来。
问：谢谢行长。
来源：某某银行官网。本文仅供参考，以官网原文为准。
"""


def test_questions_answered_under_a_post_label_are_a_dialogue(tmp_path: Path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    said = {(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()}
    assert {(6, "邹明远"), (9, "邹明远"), (11, "邹明远")} <= said
    assert 13 in {e.line for e in transcript.excluded}, "the source line is the page's"


def test_a_translation_disclaimer_is_matter():
    assert matter_line("原文：example.gov（英文）。译文仅供参考，如有出入，以英文原文为准。")
    assert matter_line("来源：某某银行官网。本文仅供参考，以官网原文为准。")
    assert matter_line("原文的意思其实是，我们不必自己造模型。") is None, "speech about 原文"


MUSEUM = """\
市博物馆新馆开放问答（据馆方英文稿译出）

以下为问答部分，有删节。

问：新馆最大的变化是什么？
院长：最大的变化是库房对公众开放了一部分。过去百分之九十五的藏品观众看不到。
现在观众可以隔着玻璃看修复师工作。
问：开放库房会不会影响文物安全？
院长：我们做了两年的评估。温湿度是单独控制的，玻璃也是防弹的。
问：门票会涨价吗？
周院长：不会。基本陈列还是免费，特展按场次定价。
特展的收入全部用于修复。
问：请现场提一个问题。
观众：儿童有专门的导览吗？
院长：有，周末有两场，需要提前预约。
问：谢谢院长。
"""


def test_the_questions_count_as_the_dialogues_turns(tmp_path: Path):
    """Nearly every record opens with a recurring label (问 six times): the dialogue reader
    fits the file strongly, though 问 is answered by 院长, not 答 (without counting 问, a
    page with long continuation paragraphs went to the report reader and was refused)."""
    path = tmp_path / "museum.txt"
    path.write_text(MUSEUM, encoding="utf-8")
    assert DialogueReader().fit(read_source(path), Metadata()) >= 0.8
    transcript = parse(path)
    assert {q.asker for q in transcript.questions if q.asked} <= {"问", "观众"}
