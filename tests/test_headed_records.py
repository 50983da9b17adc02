"""Records under a header line (readers/containers/headed.py) and a device's default name
(forms.py): a name in brackets with a time above the words, and a phone named after its
owner. Each rule on a small invented file."""

from __future__ import annotations

from roundtable.readers.containers.headed import headers
from roundtable.transcript import parse
from test_identity import said, write


def test_a_name_in_brackets_and_a_time_alone_on_a_line_is_a_records_header():
    texts = ["[莫青] 09:00", "各位早。", "", "[Jon Park] 09:01", "Morning.", "",
             "[莫青] 09:02", "开始吧。"]
    found = headers(texts)
    assert [(h.first, h.name, h.when) for h in found] == [
        (1, "莫青", "09:00"), (4, "Jon Park", "09:01"), (7, "莫青", "09:02")]
    assert headers(["[注] 本文 09:00 发布", "正文。"] * 3) == [], "a note is no header"


CALL = """\
[莫青] 14:00:05
先过一下进度。Lena 你那边怎么样？

[Lena's iPad] 14:00:20
数据清洗做完了，下周可以开始标注。

[莫青] 14:01:02
好，标注要多久？

[Lena's iPad] 14:01:10
大概两周，人手够的话十天。

[Jon Park] 14:01:40
I can lend two people for the labelling.

[莫青] 14:02:00
好，就这么定了。"""


def test_a_call_saved_with_bracketed_names_credits_a_device_to_the_owner_called_on(tmp_path):
    """No title, no date: the bracketed headers are the records; a device named after its
    owner (Lena's iPad), whom the host calls on by name, speaks as Lena."""
    transcript = parse(write(tmp_path, "call.txt", CALL))
    who = dict(said(transcript))
    assert (who[4], who[10], who[13]) == ("Lena", "Lena", "Jon Park")


def test_a_device_whose_owner_the_words_never_name_keeps_its_label(tmp_path):
    text = CALL.replace("Lena 你那边怎么样？", "谁先说说？")
    transcript = parse(write(tmp_path, "call.txt", text))
    assert "Lena's iPad" in [who for _, who in said(transcript)]


def test_a_device_named_again_is_not_its_owner_called_on(tmp_path):
    """The host naming the device (Lena's iPad, please unmute) calls on the device, not on a
    person: whoever holds it stays the device's label."""
    text = CALL.replace("Lena 你那边怎么样？", "Lena's iPad 好像一直举着手，请开麦？")
    transcript = parse(write(tmp_path, "call.txt", text))
    assert "Lena's iPad" in [who for _, who in said(transcript)]
