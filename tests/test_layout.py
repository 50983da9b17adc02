"""Layout repair: page furniture printed once, inside a sentence the page break cut."""

from __future__ import annotations

from roundtable.readers.layout import repair


def _set_aside(physical: list[str]) -> dict[int, str]:
    return {line.number: reason for line, reason in repair(physical).set_aside}


def test_a_running_footer_printed_once_beside_its_page_number_is_not_speech():
    # An invented English lecture copied out of a PDF: the footer and the page number
    # stand between the halves of one sentence.
    physical = [
        "MODERATOR: Welcome, everyone, to tonight's talk.",
        "",
        "PROF. HALVORSEN: Thank you. The first thing I want to say is that the",
        "Harbour Institute Evening Lectures",
        "Page 4",
        "tides we measure today are not the tides our grandparents measured.",
    ]
    aside = _set_aside(physical)
    assert 5 in aside and "page number" in aside[5]
    assert "running header or footer" in aside[4]
    joined = " ".join(line.text for line in repair(physical).lines if line.text)
    assert "Harbour Institute" not in joined


def test_a_short_line_after_a_finished_sentence_beside_a_page_number_stays_speech():
    # The sentence before the page break ended: the short line after the number may be a
    # heading or a reply, which later layers read; layout does not drop it.
    physical = [
        "\u3000\u3000今天就讲到这里。",
        "- 2 -",
        "现场提问",
        "观众：老师好，我想问一个问题。",
    ]
    aside = _set_aside(physical)
    assert 3 not in aside
