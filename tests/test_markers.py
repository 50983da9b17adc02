"""Turn markers found by statistics (readers/markers.py): whatever prefix opens a file's
records, a bracketed tag before a person alone on a line, a caption file's ``>>`` before its
labels, read without a list of markers; each rule on a small file written here."""

from __future__ import annotations

from roundtable.model import Fix
from roundtable.readers.markers import normalise
from roundtable.readers.source import Line
from roundtable.transcript import load, parse
from test_corpus import apply_fix
from test_identity import said, write

# A video script whose tags this repository names nowhere: 【片花】 lead, 【画外】 voice-over,
# 【采访】 before each person alone on a line, 【主播】 for the reporter's piece to camera.
SCRIPT = """【片名】海上风电的第二个十年
【编导】林素秋　【剪辑】高原

【片花】今年夏天，东部沿海又有三座风电场并网。它们还能建多远？

【画外】清晨五点，运维船离开码头，驶向四十公里外的风场。

【采访】魏承宇　海风科技运维总监
我们现在一台风机一年要出海检修十几次，天气窗口特别短。

【采访】记者　林素秋
那能不能让机器人代替人上去？

【采访】魏承宇　海风科技运维总监
能做一部分。叶片巡检已经交给无人机了，但螺栓紧固还得靠人。

【画外】在另一座风场，工程师正在测试一种新的爬塔机器人。

【采访】邱明珠　海洋大学副教授
深远海的难点不在设备，在于没人愿意长期住在海上。

【主播】记者　林素秋
风电走向深远海，考验的不只是技术。东海报道。
"""


def test_a_tag_before_a_person_alone_on_a_line_labels_the_words_under_it(tmp_path):
    """【采访】name　position over the words: that person's turn, whatever the tag is called."""
    transcript = parse(write(tmp_path, "script.txt", SCRIPT))
    assert said(transcript) == [(8, "魏承宇"), (14, "魏承宇"), (19, "邱明珠")]


def test_tags_that_never_stand_before_a_name_are_narration_and_the_first_is_the_lead(tmp_path):
    """【画外】 never carries a person: its records are set aside as narration; the first
    tagged prose before anyone speaks (【片花】) is the intro; the header's fields are no one's."""
    transcript = parse(write(tmp_path, "script.txt", SCRIPT))
    reasons = {e.line: e.reason for e in transcript.excluded}
    assert "narration" in reasons[6] and "narration" in reasons[17]
    assert [p.lines for p in transcript.intro] == [(4,)]
    assert "header" in reasons[2]
    assert transcript.title == "海上风电的第二个十年"


def test_the_reporter_asks_and_closes_through_the_same_tagged_form(tmp_path):
    """记者　林素秋 under a tag: the byline's reporter, whose turns are questions and the close."""
    transcript = parse(write(tmp_path, "script.txt", SCRIPT))
    questions = [q for part in transcript.parts for q in part.questions]
    assert any(12 in q.lines for q in questions)
    assert [n for p in transcript.closing for n in p.lines] == [22, 23]


def test_bracketed_tags_that_are_the_labels_themselves_are_left_to_the_readers():
    """【主持人】… 【张伟】…: no tag stands before a person alone on a line, so nothing changes."""
    lines = [Line(1, "【主持人】请谈谈你的看法？"), Line(2, "【张伟】我觉得还早。"),
             Line(3, "【主持人】为什么？"), Line(4, "【张伟】数据不够。")]
    assert normalise(lines).lines == lines


CAPTIONS = """ROUGH DRAFT

* * * * *
Realtime captioning is provided to aid communication and is not a verbatim record.
* * * * *

>> Hello and welcome. My name is Ines Halvorsen and I will chair this hour.

>> MODERATOR: Our guests are Dr. Kofi Mensah-Boateng and Professor Maria de la Fuente.
Kofi, where do you start?

>> DR. MENSAH-BOATENG: With the data, always with the data.

>> MODERATOR: Maria?

>> PROFESSOR DE LA FUENTE: With the people who collect it.

>> I would add that the funding decides both.

>> MODERATOR: Thank you both.

* * * * *
This text is not to be distributed without consent.
* * * * *
"""


def test_a_symbol_that_opens_labelled_records_is_the_turn_marker(tmp_path):
    """>> before MODERATOR:, DR. X:, PROFESSOR Y: is dropped: each label opens its turn, a title
    before a surname makes it a person's label even once, credited by the full name the
    chair gives (particles and all)."""
    transcript = parse(write(tmp_path, "captions.txt", CAPTIONS))
    assert said(transcript)[:2] == [(12, "Kofi Mensah-Boateng"), (16, "Maria de la Fuente")]


def test_a_marked_turn_without_a_label_is_warned_and_confirming_it_builds(tmp_path):
    """>> with no label after labelled turns: a new turn nobody is named for, warned at its
    line with the metadata line that settles it; applied, the file builds without it."""
    path = write(tmp_path, "captions.txt", CAPTIONS)
    (tmp_path / "fixed").mkdir()
    warning = next(w for w in parse(path).warnings if w.line == 18)
    assert "no label says whose" in warning.message
    fixed = load(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 18]


def test_separators_and_what_follows_the_last_turn_are_no_ones_words(tmp_path):
    """* * * * * lines are set aside; from the first one after the last turn on, the
    captioner's notice is back matter, never the chair's closing words."""
    transcript = parse(write(tmp_path, "captions.txt", CAPTIONS))
    reasons = {e.line: e.reason for e in transcript.excluded}
    assert reasons[3] == "a separator line"
    assert all("back matter" in reasons[n] for n in (22, 23, 24))
    assert [n for p in transcript.closing for n in p.lines] == [20]


def test_a_bullet_list_is_no_turn_marker():
    """Dashes before list entries that no label follows stay as written."""
    lines = [Line(1, "- 第一，数据"), Line(2, "- 第二，算力"), Line(3, "- 第三，人才")]
    assert normalise(lines).lines == lines


UNIDENTIFIED = """PANEL ON STORAGE

MODERATOR: Welcome. Ana, the first question is yours: what fails first?

ANA PEREIRA: The disks, then the people.

SPEAKER: May I add that the software fails before both?

MODERATOR: Ana, do you agree?

ANA PEREIRA: Partly, yes.
"""


def test_a_bare_speaker_label_in_capitals_is_someone_nobody_identified(tmp_path):
    """SPEAKER: (a caption file's unidentified speaker) is warned at its line, with the
    ``labels:`` line that names them; applied, the turn is theirs without a warning."""
    path = write(tmp_path, "panel.txt", UNIDENTIFIED)
    (tmp_path / "fixed").mkdir()
    warning = next(w for w in parse(path).warnings if w.line == 7)
    assert "nobody knows who speaks" in warning.message and "labels:" in warning.hint
    fixed = load(apply_fix(path, Fix("metadata", "labels:\n  SPEAKER: Jonas Weber"), 7,
                            tmp_path / "fixed"))
    assert (7, "Jonas Weber") in said(fixed)
    assert not [w for w in fixed.warnings if w.line == 7]


def test_a_spaced_stage_note_is_not_speech(tmp_path):
    """[ APPLAUSE ] as caption files space it is a stage note, like [APPLAUSE]."""
    transcript = parse(write(tmp_path, "panel.txt", UNIDENTIFIED + "\n[ APPLAUSE ]\n"))
    assert "stage note" in {e.line: e.reason for e in transcript.excluded}[13]
