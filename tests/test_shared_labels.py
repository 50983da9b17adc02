"""A label that names a room, a dial-in line or a shared device stands for whoever speaks
there, not one person: a turn of it is credited to the one person the turn before hands the
word to by name, and any other answer under it warns with the ``labels:`` line that decides
it (small invented files, not shaped like any corpus file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.transcript import parse
from test_corpus import apply_fix

# An English review call in plain labelled lines; two people sit in Room 4B.
CALL = """Quarterly review call

Attendees: Maya Okonjo (chair), Tomas Brandt, and Ines Varga and Leo Park joining from Room 4B.

MAYA OKONJO: Thanks all. Tomas, can you start with the numbers?
TOMAS BRANDT: Revenue is up four percent on the quarter, mostly from the new stores.
MAYA OKONJO: Good. Ines, how did the pilot go?
ROOM 4B: The pilot ran two weeks in three stores and returns fell by a fifth.
MAYA OKONJO: Any objections to extending it to the whole region?
TOMAS BRANDT: Not from finance.
ROOM 4B: None from us either, but the stores will want more staff.
MAYA OKONJO: Noted. Thanks everyone, that is all for today.
"""

# A Chinese meeting with timestamps before the labels; two people share one phone line.
DIAL_IN = """区域门店月度例会纪要

[00:00:05] 周文涛：人都到齐了吧？电话那边是杜若琳和安佳吗？
[00:00:12] 电话接入 2：在的，听得清楚。
[00:00:20] 周文涛：好。若琳，先说说华东几家店的情况？
[00:00:26] 电话接入 2：华东这个月客流回升了，但客单价还是在往下走，我们准备下个月调整陈列。
[00:01:40] 魏子谦：客单价下降是不是跟促销有关？
[00:01:52] 电话接入 2：有一部分关系，促销期间买的基本都是特价品。
[00:02:30] 周文涛：行，今天先到这里，散会。
"""


def read(path: Path) -> Transcript:
    return parse(path, load_metadata(path))


def answered(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_a_room_label_after_the_chair_calls_someone_by_name_is_that_persons(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    transcript = read(path)
    assert answered(transcript)[8] == "Ines Varga"
    assert not [w for w in transcript.warnings if w.line == 8]


def test_a_room_label_nobody_handed_the_word_to_warns_and_its_labels_line_decides(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    transcript = read(path)
    warning = next(w for w in transcript.warnings if w.line == 11)
    assert "ROOM 4B" in warning.message and "labels:" in warning.hint
    (tmp_path / "fixed").mkdir()
    fixed = read(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 11]
    assert answered(fixed)[11] == "Ines Varga"


def test_a_shared_phone_line_is_credited_by_the_hand_over_and_warns_elsewhere(tmp_path):
    path = tmp_path / "dial.txt"
    path.write_text(DIAL_IN, encoding="utf-8")
    transcript = read(path)
    # 若琳，先说说… hands the word to 杜若琳, the one full name the file gives for 若琳.
    assert answered(transcript)[6] == "杜若琳"
    warned = {w.line for w in transcript.warnings if "电话接入 2" in w.message}
    # Asked of two people at once (杜若琳和安佳), and after someone else's question.
    assert warned == {4, 8}


def test_a_person_labelled_turn_after_a_hand_over_is_left_to_its_label(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL.replace("ROOM 4B:", "INES VARGA:"), encoding="utf-8")
    transcript = read(path)
    assert not [w for w in transcript.warnings if "room" in w.message]
    assert answered(transcript)[11] == "Ines Varga"
