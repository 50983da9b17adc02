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


def test_a_list_of_people_in_capitals_keeps_its_entries_apart_under_a_hard_wrap():
    # An invented hearing saved as text at 60 columns: each entry opens with a name and a
    # comma, as the entry above does; a wrap never starts a line so twice.
    physical = [
        "CITY COUNCIL OF MARLOW -- SPECIAL COMMITTEE ON PUBLIC LIGHTING",
        "",
        "COUNCILLOR JOAN PEMBERTON-ASH, Committee Chair and member for",
        "Riverside Ward",
        "ÉTIENNE LAFLEUR, Head of Street Lighting, Marlow Works Dept",
        "SIOBHAN MCCREADY, resident and organiser, Dark Skies Marlow",
        "",
        "THE CHAIR: The first item is the replacement of the sodium lamps",
        "on the High Street, which the works department has costed at",
        "four hundred thousand pounds over three years, as the paper says.",
        "MR. LAFLEUR: That is right, and the figure includes the poles that",
        "need replacing anyway, which is most of them on the older streets.",
    ]
    texts = {line.number: line.text for line in repair(physical).lines}
    assert texts[5].startswith("ÉTIENNE LAFLEUR,") and texts[6].startswith("SIOBHAN")
    # (A wrapped entry still joins its own line: Riverside Ward is the Chair's.)
    assert texts[3].endswith("Riverside Ward") and not texts[4]


def test_a_line_number_column_that_counts_up_is_dropped_so_the_labels_open_the_lines():
    # An invented court record: every line numbered, the count starting again at 1 on the
    # next page; the number is the record's furniture, the label after it opens the turn.
    physical = ["Page 7"] + [f"{n:>2}  {text}" for n, text in enumerate([
        "THE COURT: Counsel, you may proceed.",
        "MS. ORTEGA: Thank you, Your Honour. Mr. Lind, where",
        "were you on the night of the ninth?",
        "THE WITNESS: At the depot, until about eleven.",
        "MS. ORTEGA: Who else was there?",
    ], 21)] + ["Page 8"] + [f"{n:>2}  {text}" for n, text in enumerate([
        "THE WITNESS: Only the night guard.",
        "MS. ORTEGA: Did you speak to him?",
        "THE WITNESS: Briefly, about the gate.",
        "MS. ORTEGA: Nothing further.",
    ], 1)]
    texts = [line.text for line in repair(physical).lines]
    assert "THE COURT: Counsel, you may proceed." in texts
    assert "THE WITNESS: Only the night guard." in texts
    assert not any(text[:1].isdigit() for text in texts)


def test_numbers_that_do_not_count_up_line_by_line_are_the_words_not_a_column():
    # Years and counts opening lines (an invented timeline) are no line numbers.
    physical = [f"{year} {text}" for year, text in [
        (1998, "the lab opens"), (2003, "first grant"), (2004, "second grant"),
        (2010, "the move"), (2015, "the merger"), (2016, "new building"),
        (2020, "remote work"), (2023, "the model"), (2024, "the report")]]
    assert [line.text for line in repair(physical).lines] == physical


def test_a_running_header_of_label_shaped_fields_at_every_page_break_is_not_speech():
    # An invented Chinese 会议实录 copied out of a PDF: each page opens with the meeting's
    # name and date as fields (each with a colon, a label's shape) under 第 N 页; the header
    # recurs word for word, which no speaker's turn does, and the answer runs on across it.
    header = ["会议名称：城市更新圆桌", "会议日期：2025年5月8日"]
    physical = header + [
        "",
        "主持人：请钟老师先谈谈老街区的改造。",
        "",
        "钟启明：好的。老街区改造最难的不是房子，而是住在里面的人，他们",
        "第 1 页",
    ] + header + [
        "的生活方式要被尊重。",
        "",
        "主持人：谢谢钟老师。",
        "第 2 页",
    ] + header + [
        "钟启明：不客气。",
        "第 3 页",
    ]
    aside = _set_aside(physical)
    for number, text in enumerate(physical, 1):
        if text in header:
            assert "running header" in aside[number], (number, text)
    texts = [line.text for line in repair(physical).lines if line.text]
    assert ("钟启明：好的。老街区改造最难的不是房子，而是住在里面的人，"
            "他们的生活方式要被尊重。") in texts
    assert not any(text.startswith("会议") for text in texts)


def test_a_label_shaped_line_said_twice_is_speech_not_a_header():
    # Two identical short turns beside page numbers are too few to be a running header.
    physical = ["Q: Thank you.", "Page 1", "A: More to say here, really.", "Q: Thank you.",
                "Page 2", "A: Fine."]
    assert 1 not in _set_aside(physical) and 4 not in _set_aside(physical)
