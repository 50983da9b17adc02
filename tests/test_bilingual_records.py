"""A bilingual record (issue 26, layers 4–5): every turn printed in the language it was
spoken in and in translation, each copy under its own language's label, is one turn of one
person; a dialogue across languages (two people taking turns) is not read so."""

from __future__ import annotations

from roundtable.readers.bilingual import paired_labels, same_person
from roundtable.readers.labels import split_label
from roundtable.transcript import load
from test_identity import said, write

PROCEEDINGS = """圆桌实录：城市数据开放

主持人：严若溪（本地大学）｜嘉宾：祁明远（数港科技）、玛丽亚·索伦森（Maria Sorensen，北欧数据联盟）

主持人 严若溪：各位好。数据开放以后，隐私靠什么保障？先请祁博士。

Moderator Yan Ruoxi: Good afternoon. Once data is open, what protects privacy? Dr Qi first.

祁明远：我认为要先分级，再开放。我们去年先开放了交通数据。

Qi: I think data must be graded before it is opened. Last year we opened traffic data.

Sorensen: I agree, with one caveat. Grading is done once, but data is combined many times.

索伦森：我同意，但有一个保留。分级只做一次，数据却会被组合很多次。

严若溪：那组合以后的风险谁来评估？

Yan Ruoxi: Then who assesses the risk once data is combined?

祁明远：我们请第三方每季度评估一次，结果公开。

Qi: We ask a third party to assess it every quarter, and publish the results.

严若溪：感谢两位，本场到此结束。

Yan Ruoxi: Thank you both. That concludes this session.
"""


def test_both_copies_of_a_turn_are_one_speakers_whatever_the_order_of_the_languages(
        tmp_path):
    transcript = load(write(tmp_path, "proceedings.txt", PROCEEDINGS))
    credited = dict(said(transcript))
    assert credited[9] == credited[11] == "祁明远", "Qi: is 祁明远 in English"
    assert credited[13] == credited[15] == "玛丽亚·索伦森", "English first for her"
    asked = [(line, q.asker) for part in transcript.parts for q in part.questions
             for line in [*q.lines, *(n for p in q.context for n in p.lines)]]
    assert {line for line, _ in asked} >= {5, 7, 17, 19}, "the host's copies are questions"
    assert [line for p in transcript.closing for line in p.lines] == [25, 27]


def test_labels_name_one_person_by_pinyin_by_the_file_or_as_the_audience():
    assert same_person("主持人 严若溪", "Moderator Yan Ruoxi", [])
    assert same_person("祁明远", "Qi", [])
    assert same_person("索伦森", "Sorensen", ["玛丽亚·索伦森（Maria Sorensen，北欧数据联盟）"])
    assert not same_person("索伦森", "Sorensen", [])
    assert same_person("观众", "Audience member (student, Binhai University)", [])


def test_a_dialogue_across_languages_keeps_its_two_people():
    turns = [("王芳", "你们为什么选择开源？"), ("Tom Hale", "Because our users asked for it."),
             ("王芳", "社区贡献多吗？"), ("Tom Hale", "More than we expected, mostly fixes."),
             ("王芳", "下一步呢？"), ("Tom Hale", "A stable release by the end of the year.")]
    assert paired_labels(turns, []) == {}


def test_a_comma_inside_a_labels_bracket_is_its_affiliations():
    assert split_label("Audience member (graduate student, Binhai University): A question.") \
        == ("Audience member (graduate student, Binhai University)", "A question.")
    assert split_label("我们有三点，第一：先分级")[0] == ""
