"""Labels that are symbols or emoji, mapped to people by a legend line of the file, and a mark
that recurs before one-off labels (a raised hand before each asker): the symbol is a label like
any other, the legend says who it is, and a list's bullets stay the speaker's words."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.identity import symbol_legend
from roundtable.readers.labels import LabelStats, leading_mark
from transcript_files import answer_lines, parsed


def test_a_legend_line_pairs_a_symbol_with_a_nickname_a_name_or_the_writer_in_brackets():
    lines = ["Key:", "◆ = Dana｜the show's producer", "▲ = Kofi, guest", "● = me (Priya, editor)"]
    assert symbol_legend(lines, ["◆", "▲", "●"]) == {"◆": "Dana", "▲": "Kofi", "●": "Priya"}
    # (A nickname is a name here: a symbol says nothing itself.)
    assert symbol_legend(["🎙️ = 老K｜主播"], ["🎙️"]) == {"🎙️": "老K"}


def test_a_symbol_the_legend_pairs_twice_or_a_word_label_is_not_mapped_by_it():
    assert symbol_legend(["◆ = Dana", "◆ = Kofi"], ["◆"]) == {}
    assert symbol_legend(["Q = Dana"], ["Q"]) == {}


def test_a_mark_before_one_off_labels_that_alternate_with_others_makes_them_labels():
    assert leading_mark("✋ 李同学") == "✋"
    assert leading_mark("🎤") == ""
    stats = LabelStats.of(["张", "✋ 李同学", "张", "✋ 王老师", "张"])
    assert stats.is_label("✋ 李同学") and stats.is_label("✋ 王老师")
    # Items that follow each other under one mark are a list's heads, no speakers.
    bullets = LabelStats.of(["张", "📍 成本", "📍 周期", "📍 风险", "张"])
    assert not bullets.is_label("📍 成本")


def test_an_invented_reading_club_record_with_symbol_labels_credits_the_legends_people(
        tmp_path: Path):
    # A reading club's shared notes: the organiser keys the symbols once, audience questions
    # are marked with a raised hand, one answer lists its points under a pin.
    transcript = parsed(tmp_path, "club.txt", "\n".join([
        "读书会第12期 文字整理",
        "",
        "符号说明：",
        "🎙️ = 我（周舟，本期主持）",
        "📘 = 老K｜译者",
        "📗 = 沈一｜出版社编辑",
        "",
        "🎙️：这本书翻译了多久？最难的是什么？",
        "📘：前后三年。最难的是术语，作者自己造了很多词，我只好一个个去问。",
        "📗：编辑这边也改了四稿，主要是统一译名。",
        "🎙️：那读者最该注意哪一章？",
        "📘：第五章，讲的是方法，后面几章都建立在它上面。",
        "✋ 中文系同学：译名为什么不沿用旧版？",
        "📗：旧版有不少误译，我们和作者核对过，决定重新定名。",
        "✋ 一位退休老师：会出注释本吗？",
        "📘：在做，明年应该能出来。",
        "🎙️：谢谢两位，今天就到这里。",
        "",
    ]))
    names = {s.id: s.name for s in transcript.speakers}
    answers = {line: names[who] for line, who in answer_lines(transcript).items()}
    assert {answers[n] for n in (9, 12, 16)} == {"老K"}
    assert {answers[n] for n in (10, 14)} == {"沈一"}
    assert not {13, 15} & answers.keys(), "an audience question is no answer"
