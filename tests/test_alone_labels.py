"""Labels alone on their line or paragraph (issue 26, layer 4): a speaker's name set above
their words, in Markdown as in plain text, maybe with a caption after a bar the first time
(张伟 | 某某科技 CTO). Each rule on a small invented file."""

from __future__ import annotations

from roundtable.readers.labels import alone_label, standalone_labels
from roundtable.transcript import parse
from test_label_shapes import roles, write


def test_a_name_with_its_caption_after_a_bar_is_the_names_label():
    assert alone_label("**葛文澜 | 青石大学副教授**") == "葛文澜"
    assert alone_label("葛文澜｜青石大学副教授") == "葛文澜"
    assert alone_label("**葛文澜**") == "葛文澜"
    assert alone_label("编辑丨葛文澜") != "编辑", "a byline: a role word and a name"


def test_labels_alone_in_paragraphs_count_with_the_next_paragraph_as_their_words():
    texts = ["**葛文澜 | 青石大学副教授**", "我先说两句。", "**邹立**", "我接着说。",
             "**葛文澜**", "好的。", "**邹立**", "再见。"]
    assert standalone_labels(texts, lambda _: False) == {0, 2, 4, 6}


NOTES = """\
# 播客整理稿：开源模型的下一步

整理：小编

**主持人**

欢迎两位。开源模型今年追上来了吗？

**葛文澜 | 青石大学副教授**

追上了一大半。评测上差距已经很小。

**邹立 | 澄川科技工程师**

我同意，但部署还差一些：工具链不够成熟。

**主持人**

那明年最值得关注的是什么？

**葛文澜**

小模型。手机上能跑的模型会越来越多。

**邹立**

我想补充一句：推理框架也会更统一。
"""


def test_a_markdown_roundtable_with_bold_labels_alone_credits_each_paragraph(tmp_path):
    """Bold names alone on their paragraph, the first time with a caption after a bar, the
    host only as 主持人: each paragraph under a label is that speaker's, the host's asks."""
    read = roles(parse(write(tmp_path, "notes.md", NOTES)))
    answers = {line: who for line, (kind, who) in read.items() if kind == "answer"}
    assert answers == {9: "葛文澜", 13: "邹立", 21: "葛文澜", 25: "邹立"}
    assert read[5] == ("question", "") and read[17] == ("question", "")


def test_a_name_with_what_they_do_in_brackets_labels_its_words_even_once():
    """A web transcript sets a guest's name and post over their first words once
    (葛文澜（青石大学副教授）) and shortens it later (葛老师): the first is a label too; a
    photo caption's side (邹立（左）) and a heading are not."""
    texts = ["主持人", "请两位先介绍一下自己。", "葛文澜（青石大学副教授）", "我做材料计算。",
             "邹立（澄湖科技 CTO）", "我做平台。", "主持人", "葛老师怎么看？", "葛老师",
             "我觉得数据最重要。", "主持人", "还有呢？", "葛老师", "还有人。", "主持人", "谢谢。"]
    assert standalone_labels(texts, lambda label: label == "主持人") == {
        0, 2, 4, 6, 8, 10, 12, 14}
    captioned = ["主持人", "先看照片。", "蔡青（左）", "这是现场。", "邹立", "好。", "主持人",
                 "谢谢。", "邹立", "再见。"]
    assert 2 not in standalone_labels(captioned, lambda label: label == "主持人")


def test_a_label_alone_on_its_line_is_read_through_a_trailing_id_and_a_role_letter():
    # A press conference's transcript as a terminal or an archive sets it (invented): the
    # name alone over the words, a database id in braces after it, and in the
    # Q&A part the letter of its role before it.
    assert alone_label("Q - Hana Okafor {ID 55120 <GO>}") == "Hana Okafor"
    assert alone_label("A - Teodor Vlasic {ID 7}") == "Teodor Vlasic"
    assert alone_label("{ID 55120}") != "", "noise alone is left as it is"


def test_a_role_lettered_name_heard_once_still_labels_the_words_under_it():
    # An audience member asks once (invented): the ``Q - `` letter says it is a label even
    # though the name never recurs; the recurring host and guest are labels by recurrence.
    texts = ["Presentation", "Hana Okafor {ID 1}", "Welcome to the briefing.",
             "Teodor Vlasic {ID 2}", "Thank you.",
             "Q - Hana Okafor {ID 1}", "What changes in May?",
             "A - Teodor Vlasic {ID 2}", "The tariffs.",
             "Q - Lena Park", "And for farmers?",
             "A - Teodor Vlasic {ID 2}", "The same rules."]
    found = standalone_labels(texts, lambda _label: False)
    assert {1, 3, 5, 7, 9, 11} <= found
    assert alone_label(texts[9]) == "Lena Park"


# A meeting app's Markdown export (Teams- or Zoom-like): each turn under its speaker's name
# and start time in brackets, no blank line between, and a chat-like one-word turn.
TIMED_EXPORT = """\
# 周会：评测平台迁移

## 纪要

- 迁移在月底前完成。

## 文字记录

**李晓梅** (00:00:05)
大家好，今天主要看评测平台迁移的进度。周涛，你那边现在到哪一步了？

**周涛** (00:00:21)
数据已经迁完了，还剩两个评测任务的脚本要改。
下周二之前可以改完。

**李晓梅** (00:01:02)
好的。回放的延迟问题解决了吗？

**周涛** (00:01:10)
解决了，现在延迟在两秒以内。

**王可** (00:01:30)
嗯。

**李晓梅** (00:01:41)
那今天就到这里，谢谢大家。
"""


def test_a_speakers_timed_header_over_their_words_is_a_label_even_for_a_one_word_turn(
        tmp_path):
    read = roles(parse(write(tmp_path, "meeting.md", TIMED_EXPORT)))
    # (A turn is cited from its header's line.)
    assert read == {9: ("question", ""), 12: ("answer", "周涛"), 16: ("question", ""),
                    19: ("answer", "周涛"), 22: ("answer", "王可")}
