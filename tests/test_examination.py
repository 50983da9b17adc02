"""Examination records: ``Q``/``A`` (问/答) turns are roles whose owners the file names
elsewhere — the latest examiner line (``BY MR. X:``, ``公诉人讯问被告人：``) owns the questions,
the witness the file names owns the answers (small invented files: a Chinese 庭审笔录 and a UK
inquiry's examination with no line numbers, not shaped like a deposition export)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.examination import read as examine
from roundtable.readers.source import Line
from roundtable.transcript import parse
from transcript_files import write


def turns(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """Line → ("question"|"answer", who) of every turn."""
    names = {s.id: s.name for s in transcript.speakers}
    found = {p.line: ("answer", names[a.speaker]) for _, _, a, p in transcript.passages()}
    for question in transcript.questions:
        if question.asked:
            for line in question.lines:
                found[line] = ("question", question.asker)
    return found


TRIAL = """\
刑事案件庭审笔录
审判长：现在开庭。下面进行法庭调查，由公诉人讯问被告人。
公诉人讯问被告人：
问：你是什么时候进入该公司工作的？
答：二〇一九年三月，当时做仓库管理员。
问：出库单是谁签字的？
答：一般是我签，有时候主管代签。
问：案发当晚你在哪里？
答：我在家，我妻子可以作证。
辩护人发问被告人：
问：主管代签的情况多吗？
答：一个月大概有两三次。
问：这些代签有没有记录？
答：仓库的登记本上都有。
审判长：法庭调查到此结束。
"""


def test_a_trial_record_gives_the_questions_to_whoever_examines_now(tmp_path: Path) -> None:
    transcript = parse(path := write(tmp_path, "trial.txt", TRIAL), load_metadata(path))
    read = turns(transcript)
    assert read[4] == ("question", "公诉人")
    assert read[5][0] == "answer" and read[5][1] == "被告人"
    assert read[11] == ("question", "辩护人")
    assert read[14][0] == "answer" and read[14][1] == "被告人"
    # The examiner lines are the record's bookkeeping, not anyone's words.
    assert {3, 10} <= {e.line for e in transcript.excluded}


INQUIRY = """\
THE HARBOUR FERRY INQUIRY
Day 14 -- Witness statement and oral evidence
ORAL EVIDENCE OF GRETA VOSKUIJLEN
EXAMINATION BY MR. ADEYEMI
Q. Ms Voskuijlen, you were the duty master on the night of the collision?
A. I was, from eight in the evening.
Q. Who set the speed of the ferry that night?
A. The master on the bridge does. That was me.
Q. Were you told of the fog warning before departure?
A. Not before departure. It came by radio at about nine.
CROSS-EXAMINATION BY MS. OKAFOR
Q. The radio log shows the warning at 8.40. Do you dispute that?
A. I can only say what I heard on the bridge.
MR. ADEYEMI: Chair, the witness has answered that.
THE WITNESS: I would like to add that the log is kept ashore.
Q. Thank you. Nothing further.
"""


def test_an_inquiry_examination_changes_examiner_and_names_the_witness(tmp_path: Path) -> None:
    transcript = parse(path := write(tmp_path, "inquiry.txt", INQUIRY), load_metadata(path))
    read = turns(transcript)
    assert read[5] == ("question", "ADEYEMI") or read[5][1].endswith("ADEYEMI")
    assert read[6][0] == "answer" and "VOSKUIJLEN" in read[6][1].upper()
    assert read[12][0] == "question" and read[12][1].endswith("OKAFOR")
    assert read[13][0] == "answer" and "VOSKUIJLEN" in read[13][1].upper()
    # Counsel's colloquy is an examiner's, never an answer; THE WITNESS is the witness.
    assert read[14][0] == "question" and read[14][1].endswith("ADEYEMI")
    assert read[15][0] == "answer" and "VOSKUIJLEN" in read[15][1].upper()


def test_bare_question_and_answer_marks_without_an_examiner_are_left_alone() -> None:
    lines = [Line(i, text) for i, text in enumerate(
        ["Q: Why did you start?", "A: Curiosity.", "Q: And then?", "A: Luck.",
         "Q: Any advice?", "A: Start small."], 1)]
    examined = examine(lines)
    assert examined.lines == lines and not examined.examiners


NEWS_SCRIPT = """\
EVENING NEWS -- RIVERSIDE FLOODING
ANCHOR: Good evening. The river rose two metres overnight in Millbrook.
(VO) Crews worked through the night to fill sandbags along the embankment.
(SOT) RESIDENT TOM BAXTER: We had an hour's warning. That's all we got.
(VO) The council says its alarm system failed at two in the morning.
(SOT) COUNCILLOR ANNA REYES: We are investigating why the sirens did not sound.
ANCHOR: Councillor, when will residents hear what went wrong?
REYES: Within the week, I promise you that.
"""


def test_a_tv_script_reads_sound_bites_as_speech_and_voice_over_as_narration(
        tmp_path: Path) -> None:
    """An English news script's (SOT) sound bites are their speakers' words and its (VO)
    voice-over no one's turn (the class of a 电视问政 record's （同期声）/（解说） cues)."""
    transcript = parse(path := write(tmp_path, "news.txt", NEWS_SCRIPT), load_metadata(path))
    read = turns(transcript)
    aside = {e.line for e in transcript.excluded}
    assert {3, 5} <= aside
    assert read[4][0] == "answer" and "BAXTER" in read[4][1].upper()
    assert read[6][0] == "answer" and "REYES" in read[6][1].upper()
