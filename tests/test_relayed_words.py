"""Words one speaker passes on for another, and a room's label read as the person who named
themselves there: where the file cannot say whose words a turn holds, the turn warns at its
line with the ``labels:`` line that decides it, and that line applied settles it (small
invented files, not shaped like any corpus file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.transcript import parse
from test_corpus import apply_fix

# A seminar in plain labelled lines: the organiser's secretary reads out what a guest sent.
RELAYED = """Seminar on coastal flooding

Priya Nair: Welcome. Our first speaker is Tomas Eklund, and Hana Sato joins us in writing.
Tomas Eklund: Thank you. The sea walls were sized for a climate we no longer have.
Priya Nair: Hana, what is your view on managed retreat?
Seminar Desk: Hana's audio dropped, so I am relaying her answer on behalf of Hana:
Seminar Desk: Retreat works where the community chooses it early; imposed late it fails.
Priya Nair: Thank you both, that is all for today.
"""

# A Chinese meeting: a room's label whose first turn names its speaker, and who speaks from
# the room again later, when nobody handed the word to anyone by name.
ROOM = """项目周会记录

郑一帆：开始吧，先说进度。
三楼会议室：我是欧阳明，在会议室。接口已经联调完了。
三楼会议室：下周可以提测。
郑一帆：好。测试环境准备好了吗？
韩子墨：环境周三能好。
三楼会议室：那我们周四开始测。
郑一帆：行，散会。
"""


def read(path: Path) -> Transcript:
    return parse(path, load_metadata(path))


def answered(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_an_announced_relay_is_excluded_and_the_relayed_words_warn(tmp_path):
    path = tmp_path / "seminar.txt"
    path.write_text(RELAYED, encoding="utf-8")
    transcript = read(path)
    assert 6 in {e.line for e in transcript.excluded}
    warning = next(w for w in transcript.warnings if w.line == 7)
    assert "labels:" in warning.hint and "Hana Sato" in warning.fix.text


def test_the_labels_line_a_relay_warning_proposes_credits_the_relayed_person(tmp_path):
    path = tmp_path / "seminar.txt"
    path.write_text(RELAYED, encoding="utf-8")
    warning = next(w for w in read(path).warnings if w.line == 7)
    (tmp_path / "fixed").mkdir()
    fixed = read(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 7]
    assert answered(fixed)[7] == "Hana Sato"
    assert 6 not in answered(fixed), "the announcement is still a note, not her words"


def test_a_rooms_return_after_another_speaker_warns(tmp_path):
    path = tmp_path / "room.txt"
    path.write_text(ROOM, encoding="utf-8")
    transcript = read(path)
    made = answered(transcript)
    assert made[4] == made[5] == "欧阳明"
    warned = {w.line for w in transcript.warnings if "三楼会议室" in w.message}
    assert 8 in warned and 5 not in warned, "its own next turn is the same voice"
    warning = next(w for w in transcript.warnings if w.line == 8)
    (tmp_path / "fixed").mkdir()
    fixed = read(apply_fix(path, warning.fix, warning.line, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 8]
    assert answered(fixed)[8] == "欧阳明"
