"""A numbered or anonymous speaker the host introduces by name and then calls on by the
given name (identity.people_introduced, identity.addressed; turns' hand-over rule). On a
small invented file."""

from __future__ import annotations

from roundtable.readers.identity import addressed, people_introduced
from roundtable.transcript import load
from test_identity import said, write


def test_a_host_introducing_a_guest_names_them_and_calls_them_by_the_given_name():
    texts = ["今天我们请到了韦一鸣，他做了十年芯片设计。一鸣，先说两句？"]
    assert people_introduced(texts) == ["韦一鸣"]
    assert addressed(texts[0], ["韦一鸣"], by_given=["韦一鸣"]) == "韦一鸣"
    assert addressed("一鸣，先说两句？", ["韦一鸣"]) is None, "listed, not introduced"
    assert people_introduced(["欢迎收听本期节目。"]) == []


TALK = """\
芯片闲谈 第七期

主持人：欢迎收听芯片闲谈。今天我们请到了韦一鸣，他做了十年芯片设计。一鸣，先跟大家打个招呼吧。
发言人2：大家好，很高兴来聊聊。
主持人：这两年做芯片最难的是什么？
发言人2：流片太贵了，一次失败就是几千万。
主持人：那小公司怎么办？
发言人2：先做 IP，再做整片。
主持人：谢谢一鸣，今天就到这里。
"""


def test_a_numbered_speaker_the_host_introduces_and_greets_is_that_person(tmp_path):
    """发言人2 speaks right after the host introduces 韦一鸣 and ends on 一鸣，…: read as
    韦一鸣, with a warning naming the labels: line that settles it."""
    transcript = load(write(tmp_path, "talk.txt", TALK))
    assert {who for _, who in said(transcript)} == {"韦一鸣"}
    assert any("发言人2: 韦一鸣" in w.fix.text for w in transcript.warnings if w.fix)
