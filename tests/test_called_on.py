"""Numbered voices named by how the others call on them, and a voice heard once (issue 26,
item 5): an anonymous label that never names itself, called on by a name and title just
before each of its turns (那周工，…), is that person, with a warning naming the ``labels:``
line; a numbered voice heard once in a few words of agreement is warned about."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import called_on
from roundtable.transcript import load
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


# A product review meeting recorded by a meeting app: inline numbered labels, the chair names
# herself, one engineer never does and is only called on as 周工.
REVIEW = """门禁系统改造评审会
发言人1：各位好，我是项目经理许晴，今天评审门禁系统的改造方案。
发言人2：我是程明远，施工方的代表，方案是我们出的。
发言人1：程总，先说说工期怎么安排？
发言人2：分三期，每期两周，周末施工，不影响上班。
发言人1：那周工，旧的读卡器还能不能接到新系统上？
发言人3：能接一部分。十年以内的型号协议兼容，更老的只能换掉，大概占三成。
发言人1：好。周工，换下来的读卡器怎么处理？
发言人3：统一回收，交给厂家做环保处理，费用含在报价里。
发言人4：嗯，是这样。
发言人1：好，今天先到这里，谢谢两位。
"""


def test_a_numbered_voice_called_on_by_name_and_title_is_that_person(tmp_path):
    transcript = load(write(tmp_path, "review.txt", REVIEW))
    assert said(transcript)[7] == said(transcript)[9] == "周工"
    assert any(w.line == 7 and "labels: {发言人3: 周工}" in w.hint
               for w in transcript.warnings)


def test_applying_the_labels_line_reads_the_voice_as_that_person(tmp_path):
    write(tmp_path, "review.yml", "labels: {发言人3: 周工, 发言人4: 周工}\n")
    transcript = load(write(tmp_path, "review.txt", REVIEW))
    assert said(transcript)[7] == said(transcript)[10] == "周工"
    assert not any(w.line in (7, 10) for w in transcript.warnings)
    assert said(transcript)[5] == "程明远", "the voice that named itself keeps its name"


def test_a_voice_heard_once_agreeing_is_warned_about(tmp_path):
    transcript = load(write(tmp_path, "review.txt", REVIEW))
    assert any(w.line == 10 and "发言人4" in w.message for w in transcript.warnings)


def test_a_turn_calls_on_a_name_and_title_not_the_room():
    assert called_on("那周工，旧的读卡器还能接吗？") == "周工"
    assert called_on("好，程总，您说。") == "程总"
    assert called_on("各位老师，大家好。") is None
    assert called_on("我们周工做得很好。") is None
