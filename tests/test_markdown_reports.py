"""A Markdown page that is a report (issue 26, items 7-8): no label recurs at the start of its
paragraphs and its words credit people as reports do (某某表示…, 老周说…, Okafor said…), so
its words go through the shared reading of reported speech; its Markdown (front matter,
rules, raw HTML, an italic footer) is set aside as the page's."""

from __future__ import annotations

from roundtable.model import REPORTED
from roundtable.readers.forms import fullest_forms
from roundtable.transcript import parse
from test_identity import said, write

RECAP = """---
title: 一场关于数据标注的圆桌
author: 编辑部
---

上周六的沙龙在滨江举行，两位嘉宾围绕数据标注的成本和质量展开讨论。

<!-- more -->

## 成本从哪里来

林知远表示，标注的大头不在人力单价，而在返工：规则没写清楚，一批数据要标三遍。

他补充说，团队现在先花一周写标注手册，再开工。

主持人问：自动标注能替代多少人工？

许安然认为，能替代的是简单的框选，难的判断还得靠人，“模型只会越标越自信”。

## 质量怎么保证

许安然反复强调，抽检比全检更重要，关键是抽检的人要换。

---

*本文由编辑部整理，未经嘉宾审阅。*
"""


def test_a_markdown_page_that_reports_is_read_as_a_report(tmp_path):
    transcript = parse(write(tmp_path, "recap.md", RECAP))
    assert transcript.mode == REPORTED
    assert transcript.title == "一场关于数据标注的圆桌"
    assert said(transcript) == [(12, "林知远"), (14, "林知远"), (18, "许安然"), (22, "许安然")]
    excluded = {e.line for e in transcript.excluded}
    assert {1, 3, 4, 8, 24, 26} <= excluded
    assert [q.line for q in transcript.questions if q.asked] == [16]


def test_a_markdown_page_of_labelled_turns_stays_a_record(tmp_path):
    text = ("# 圆桌\n\n**林知远**：标注的大头在返工。\n\n**许安然**：抽检比全检更重要。\n\n"
            "**林知远**：规则要先写清楚。\n")
    transcript = parse(write(tmp_path, "turns.md", text))
    assert transcript.mode != REPORTED
    assert said(transcript) == [(3, "林知远"), (5, "许安然"), (7, "林知远")]


def test_a_nickname_and_the_full_name_a_text_states_for_it_are_one_person():
    assert fullest_forms(["上周约了老周吃饭。老周大名周以衡，我的室友。"]) == {"老周": "周以衡"}
    assert fullest_forms(["阿杰，本名林杰，做了十年推荐系统。"]) == {"阿杰": "林杰"}
