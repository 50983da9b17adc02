"""Records under a header line (readers/containers/headed.py) and a device's default name
(forms.py): a name in brackets with a time above the words, and a phone named after its
owner. Each rule on a small invented file."""

from __future__ import annotations

from corpus_score import placed
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


# A Chinese meeting app's transcript pane copied as text: each entry's avatar (the first
# characters of the name) stacked above the name and the time, and the app's own notice
# about a member between entries (invented file; not the Teams pane's initials).
PANE = """\
周例会纪要

宋
宋雨晴（主持）
00:00:05
人齐了，先说上线的事。卢川你那边测完了吗？

卢
卢川
00:00:18
测完了，回归用例全过。

宋
宋雨晴（主持）
00:00:40
好。发布窗口定在周四晚上可以吗？

卢
卢川
00:00:52
可以，我周四留守。

卢川 离开了会议
"""


def test_an_avatar_stacked_above_a_name_and_a_time_is_the_headers_and_nobodys_words(tmp_path):
    """The avatar line above each name is the app's picture of the speaker, and the notice
    naming a member (卢川 离开了会议) is the app's: neither is published as speech."""
    found = headers(PANE.splitlines())
    assert [(h.avatar, h.first, h.name) for h in found][:2] == [
        (3, 4, "宋雨晴（主持）"), (8, 9, "卢川")]
    read = placed(parse(write(tmp_path, "weekly.txt", PANE)))
    assert {read[n][0] for n in (3, 8, 13, 18, 23)} == {"excluded"}, \
        "avatar lines and the app's notice are no speech"
    assert read[10] == read[20] == ("answer", "卢川")


def test_a_short_line_above_a_name_that_changes_under_one_name_is_no_avatar():
    """Words that happen to be short (好 / 行) above a header are not its avatar: an avatar
    stays the same for one name."""
    texts = ["好", "莫青", "09:00", "开始吧。", "", "行", "莫青", "09:01", "继续。", "",
             "嗯", "Jon Park", "09:02", "OK.", "", "对", "莫青", "09:03", "散会。"]
    assert all(h.avatar == 0 for h in headers(texts))
