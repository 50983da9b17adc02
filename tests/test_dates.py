"""The site's one date rule (dates.py): a metadata date in YYYY, YYYY-MM or YYYY-MM-DD reads
as Chinese text, as an English label, and in each citation style's own form."""

from __future__ import annotations

import pytest

from roundtable import dates
from roundtable.citing import citations
from roundtable.model import SourceRecord


@pytest.mark.parametrize(("date", "chinese", "english"), [
    ("2024", "2024 年", "2024"),
    ("2024-03", "2024 年 3 月", "March 2024"),
    ("2024-03-05", "2024 年 3 月 5 日", "March 5, 2024"),
])
def test_a_date_reads_the_same_way_everywhere_in_each_language(date, chinese, english):
    assert dates.zh(date) == chinese
    assert dates.en(date) == english


def test_each_citation_style_writes_the_date_its_own_way():
    assert dates.apa("2024-03") == "2024, March"
    assert dates.apa("2024-03-05") == "2024, March 5"
    assert dates.chicago("2024-03-05") == "March 5, 2024"
    assert dates.gbt("2024-03-05") == "2024-03-05", "GB/T 7714 writes ISO dates"


def test_the_event_date_is_the_curators_label_else_the_rule():
    assert dates.event_date({"date": "2024-03"}) == "2024 年 3 月"
    assert dates.event_date({"date": "2022-01", "date_label": "2022 年 1 月 12 日晚"}) == (
        "2022 年 1 月 12 日晚")
    assert dates.event_date({}) == "" and dates.event_date_en({}) == ""


def test_a_source_record_shows_its_dates_as_chinese_text():
    record = SourceRecord(publisher="某播客", published="2024-03-05",
                                    retrieved="2024-04")
    rows = {label: value for label, value, _ in citations.source_record_rows(record)}
    assert rows["发布日期"] == "2024 年 3 月 5 日"
    assert rows["本展取得原文的日期"] == "2024 年 4 月"
