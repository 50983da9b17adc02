"""Delimited exports whose rows carry a translation: an annotation tool's translation tier
(ELAN, EXMARaLDA: a ``-en`` tier under each speaker's tier, the same times), a transcription
app's bilingual export (each Chinese row followed by its English row), a spreadsheet with an
English column. The translation is kept with the row it renders, in brackets: never a second
turn, never the next speaker's."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import parse


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def said(transcript: Transcript) -> list[tuple[int, str, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker], p.text) for _, _, a, p in transcript.passages()]


# A headerless CSV from a transcription app's bilingual export: start, end, speaker, text,
# each Chinese row followed by its English row with the same times.
BILINGUAL_ROWS = """\
00:00:01,00:00:06,主持人,欢迎各位。请问您为什么从大厂出来创业？
00:00:01,00:00:06,主持人,"Welcome, everyone. Why did you leave the big company to start your own?"
00:00:07,00:00:15,赵一鸣,因为我想做的东西在大厂里排不上优先级，只能自己出来做。
00:00:07,00:00:15,赵一鸣,"Because what I wanted to build was never a priority there, so I left."
00:00:16,00:00:19,主持人,那融资顺利吗？
00:00:16,00:00:19,主持人,Was fundraising smooth?
00:00:20,00:00:30,赵一鸣,不太顺利，前后见了四十多家机构才拿到第一笔钱。
00:00:20,00:00:30,赵一鸣,"Not really, we met over forty funds before the first money came in."
"""


def test_a_headerless_bilingual_export_keeps_each_english_row_with_its_chinese_row(tmp_path):
    path = write(tmp_path, "bilingual.csv", BILINGUAL_ROWS)
    source = read_source(path)
    assert (2, 1) in source.joined and (8, 7) in source.joined
    transcript = parse(path)
    assert [(line, who) for line, who, _ in said(transcript)] == [(3, "赵一鸣"), (7, "赵一鸣")]
    first = said(transcript)[0][2]
    assert first.startswith("因为我想做的东西") and "[Because what I wanted" in first
    assert [q.asker for q in transcript.parts[0].questions] == ["主持人", "主持人"]


# EXMARaLDA-style tier export: the tier names the speaker, a translation tier is named
# for the tier it renders (A-en), and no participant column.
TIERS = """\
Tier\tStart\tEnd\tText
A\t0.0\t4.2\t你们的模型现在主要用在哪些地方？
A-en\t0.0\t4.2\tWhere is your model mainly used now?
B\t4.5\t12.0\t主要是客服和质检，其次是一些内部的写作工具。
B-en\t4.5\t12.0\tMostly customer service and quality checks, then some internal writing tools.
A\t12.3\t15.0\t质检具体指什么？
A-en\t12.3\t15.0\tWhat does quality checking mean exactly?
B\t15.2\t24.0\t就是把通话录音转写出来，再让模型挑出违规的话术。
B-en\t15.2\t24.0\tWe transcribe recorded calls and let the model flag non-compliant scripts.
"""


def test_an_annotation_tiers_translation_tier_is_kept_with_the_tier_it_renders(tmp_path):
    transcript = parse(write(tmp_path, "tiers.tsv", TIERS))
    assert [(line, who) for line, who, _ in said(transcript)] == [(4, "B"), (8, "B")]
    assert "[Mostly customer service" in said(transcript)[0][2]


def test_a_spreadsheets_english_column_is_kept_in_brackets_after_the_text(tmp_path):
    sheet = ("说话人,开始时间,内容,English\n"
             "记者,00:00:02,这个产品什么时候上线？,When does the product launch?\n"
             "钱蕾,00:00:05,预计明年三月，先在两个城市试点。,"
             "\"Next March, piloting in two cities first.\"\n")
    lines = [line.text for line in read_source(write(tmp_path, "sheet.csv", sheet)).lines]
    assert lines[2] == ("[00:00:05] 钱蕾：预计明年三月，先在两个城市试点。 "
                        "[Next March, piloting in two cities first.]")


def test_a_headerless_export_with_a_column_in_each_language_keeps_both(tmp_path):
    rows = ("00:00:02,记者,这个产品什么时候上线？,When does the product launch?\n"
            "00:00:05,钱蕾,预计明年三月，先在两个城市试点。,\"Next March, piloting in two "
            "cities first.\"\n00:00:09,记者,价格会是多少？,What will it cost?\n")
    lines = [line.text for line in read_source(write(tmp_path, "side.csv", rows)).lines]
    assert lines[1] == ("[00:00:05] 钱蕾：预计明年三月，先在两个城市试点。 "
                        "[Next March, piloting in two cities first.]")


def test_two_voices_at_the_same_time_in_two_languages_are_two_turns(tmp_path):
    # An overlap: another speaker's row with the same times is no translation.
    rows = ("00:00:01,00:00:05,主持人,接下来请两位嘉宾各说一句话。\n"
            "00:00:06,00:00:09,Tom,Thanks for having me here tonight.\n"
            "00:00:06,00:00:09,李娜,谢谢主持人，很高兴来到这里。\n")
    source = read_source(write(tmp_path, "overlap.csv", rows))
    assert source.joined == ()
    assert source.lines[2].text.startswith("[00:00:06] 李娜：")
