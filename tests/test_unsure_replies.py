"""A reply nobody can credit: a cue that names nobody right after a question put to several
people warns, with the label that settles it, and never silently continues the asker (small
invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.asking import chimes_in, put_to_several
from roundtable.transcript import parse
from test_corpus import apply_fix

# An invented English webinar's subtitles: names only where the speaker changes.
WEBINAR = """1
00:00:01,000 --> 00:00:04,000
MODERATOR: Welcome. Ruth, where does the water go?

2
00:00:04,500 --> 00:00:08,000
RUTH ABARA: Mostly into the aquifer, if we let it.

3
00:00:08,500 --> 00:00:12,000
MODERATOR: Kofi, do you agree?

4
00:00:12,500 --> 00:00:16,000
KOFI MENSAH: Partly. The clay layer stops most of it.

5
00:00:16,500 --> 00:00:20,000
MODERATOR: So do you both think the wells will last?

6
00:00:20,500 --> 00:00:24,000
Honestly, not past another dry decade.

7
00:00:24,500 --> 00:00:28,000
KOFI MENSAH: I would add one thing. Nobody measures the draw.
"""


def read(path: Path) -> Transcript:
    return parse(path, load_metadata(path))


def test_a_cue_naming_nobody_after_a_question_put_to_both_guests_warns_with_the_label(
        tmp_path):
    path = tmp_path / "webinar.srt"
    path.write_text(WEBINAR, encoding="utf-8")
    transcript = read(path)
    warning = next(w for w in transcript.warnings if w.line == 23)
    assert "put to several" in warning.message
    assert "RUTH ABARA：" in warning.hint and "KOFI MENSAH：" in warning.hint
    # The hint's label, applied, settles the line: it is read as that guest's answer.
    (tmp_path / "fixed").mkdir()
    fixed = read(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 23]
    names = {s.id: s.name for s in fixed.speakers}
    answered = {p.line: names[a.speaker] for _, _, a, p in fixed.passages()}
    assert answered[21] == "Ruth Abara"  # (the cue, from its number line)


def test_a_question_put_to_one_person_is_not_put_to_several():
    assert put_to_several("那两位觉得，现在成熟吗？")
    assert put_to_several("Do you both think so?")
    assert not put_to_several("Kofi, do you agree?")
    assert not put_to_several("各位好。陈老师，您怎么看？")  # greets all, asks one


# An invented English panel's subtitles: a cue that agrees and says "we saw it too" under
# nobody's name, right after one guest's cue.
HARBOUR = """WEBVTT

00:00:01.000 --> 00:00:04.000
HOST: Lena, what did the survey find?

00:00:04.500 --> 00:00:08.000
LENA FOSS: The harbour wall moved two centimetres in a year.

00:00:08.500 --> 00:00:12.000
Right, we saw that on our gauges too, mostly after storms.

00:00:12.500 --> 00:00:16.000
HOST: Arvid, does the port authority agree?

00:00:16.500 --> 00:00:20.000
ARVID HOLM: We do, and we have asked for money to fix it.
"""

# An invented Chinese roundtable in labelled paragraphs: an unlabelled paragraph that agrees
# and says "we too" after a guest's answer.
ROUNDTABLE = """社区养老服务圆桌

主持人：请问两位，社区食堂最难的是什么？
葛文澜：最难的是价格。老人觉得贵，我们觉得已经亏本了。
没错，我们这边也一样，去年补贴一停，两家食堂就关了。
主持人：那怎么办？
葛文澜：只能多找几家企业一起分担。
詹若溪：我同意，而且要让街道出场地。
"""


def test_an_unlabelled_cue_that_chimes_in_after_a_guest_warns_with_the_label(tmp_path):
    path = tmp_path / "harbour.vtt"
    path.write_text(HARBOUR, encoding="utf-8")
    transcript = read(path)
    warning = next(w for w in transcript.warnings if w.line == 10)
    assert "chimes in" in warning.message
    assert "ARVID HOLM：" in warning.hint and "HOST" not in warning.hint
    (tmp_path / "fixed").mkdir()
    fixed = read(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 10]
    names = {s.id: s.name for s in fixed.speakers}
    answered = {p.line: names[a.speaker] for _, _, a, p in fixed.passages()}
    assert answered[9] == "Arvid Holm"


def test_an_unlabelled_paragraph_that_chimes_in_warns_in_a_labelled_record(tmp_path):
    path = tmp_path / "roundtable.txt"
    path.write_text(ROUNDTABLE, encoding="utf-8")
    transcript = read(path)
    warning = next(w for w in transcript.warnings if w.line == 5)
    assert "chiming in" in warning.message


def test_chiming_in_needs_agreement_and_the_same_done_by_the_speaker():
    assert chimes_in("对，这个我们也做过。")
    assert chimes_in("Yes, we found that too.")
    assert not chimes_in("对，所以我们后来改了方案。")  # agrees with themselves, goes on
    assert not chimes_in("我们也做过，但是对象不一样。")  # says the same, agrees with nobody
