"""A reply nobody can credit: a cue that names nobody right after a question put to several
people warns, with the label that settles it, and never silently continues the asker (small
invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.asking import put_to_several
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
