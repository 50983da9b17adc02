"""A parliament's or a council's hearing record: lists of who takes part headed by what they
are, witnesses written surname first, a members line marking who presides, a stage direction
handing over the chair, and a running page header between turns (small invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.readers.layout import page_header
from roundtable.readers.matter import ListEntry, list_entries
from roundtable.transcript import parse
from transcript_files import write


def read(path: Path) -> Transcript:
    return parse(path, load_metadata(path))


def turns(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """Line → ("question"|"answer", who) of every turn."""
    names = {s.id: s.name for s in transcript.speakers}
    found = {p.line: ("answer", names[a.speaker]) for _, _, a, p in transcript.passages()}
    for question in transcript.questions:
        if question.asked:
            for line in question.lines:
                found[line] = ("question", question.asker)
    return found


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


HEARING = """\
CITY COUNCIL TRANSPORT COMMITTEE
Inquiry into the night bus network

Present
Councillors Ruth Okoro (Chair), Ben Alvarez (Deputy Chair), Lena Fisk and Omar Haddad

Appearing
MARCHETTI, Ms Giulia, Director of Network Planning, Metro Transit Authority
BYRNE, Dr Colm, Senior Analyst, Metro Transit Authority

CHAIR: Welcome. Ms Marchetti, would you open for the authority?
Ms Marchetti: Thank you, Chair. Night ridership has doubled since the new routes began.
Councillor FISK: How many of the new routes run past two in the morning?
Dr Byrne: Four of the nine, and two more from June.
Page 7 — Thursday, 6 June 2024 — Transport Committee
Councillor HADDAD: Who decided which suburbs came first?
Ms Marchetti: The board did, on the planning office's ranking.
CHAIR: I must leave for another meeting.
Councillor Alvarez then took the chair.
ACTING CHAIR: Dr Byrne, is the ranking published?
Dr Byrne: It will be, with the annual report.
ACTING CHAIR: Thank you both. That ends the session.
Committee adjourned at 12:40
"""


def test_lists_of_who_takes_part_are_found_by_shape_and_name_the_speakers(tmp_path):
    transcript = read(write(tmp_path, "hearing.txt", HEARING))
    reasons = excluded(transcript)
    for line in (4, 5, 7, 8, 9):
        assert line in reasons and "list of" in reasons[line], line
    said = turns(transcript)
    # MARCHETTI, Ms Giulia gives the full name that Ms Marchetti: stands for.
    assert said[12] == ("answer", "Giulia Marchetti")
    assert said[14] == ("answer", "Colm Byrne")
    speakers = {s.name for s in transcript.speakers}
    assert {"Giulia Marchetti", "Colm Byrne"} <= speakers


def test_a_members_line_names_the_hosts_and_chair_is_the_member_it_marks(tmp_path):
    said = turns(read(write(tmp_path, "hearing.txt", HEARING)))
    assert said[11] == ("question", "Ruth Okoro")
    assert said[13] == ("question", "Lena Fisk"), "Councillor FISK: by surname, any case"
    assert said[16] == ("question", "Omar Haddad")


def test_a_stage_direction_hands_the_chair_over_and_is_narration(tmp_path):
    transcript = read(write(tmp_path, "hearing.txt", HEARING))
    said = turns(transcript)
    assert said[18] == ("question", "Ruth Okoro")
    assert 19 not in said and "stage direction" in excluded(transcript)[19]
    assert said[20] == ("question", "Ben Alvarez")
    assert 23 not in said, "Committee adjourned at … is narration"
    assert not transcript.warnings


def test_a_running_page_header_between_turns_is_set_aside(tmp_path):
    transcript = read(write(tmp_path, "hearing.txt", HEARING))
    assert "page header" in excluded(transcript)[15]
    assert page_header("Page 15 — Tuesday, 12 March 2024 — Senate")
    assert page_header("Tuesday, 12 March 2024 — Canberra — Page 14")
    assert not page_header("Page 15 — and then I said we would go on.")
    assert not page_header("Page 15")  # (a bare page number is layout's other rule)


def test_a_hearing_page_saved_from_the_web_reads_the_same(tmp_path):
    lines = HEARING.splitlines()
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    page = ("<!DOCTYPE html>\n<html><head><title>Hearing</title></head>\n<body>\n"
            f"{body}\n</body></html>\n")
    transcript = read(write(tmp_path, "hearing.html", page))
    said = turns(transcript)
    assert said[15] == ("answer", "Giulia Marchetti")
    assert said[23] == ("question", "Ben Alvarez")
    assert "page header" in excluded(transcript)[18]


def test_an_acting_chair_nobody_is_said_to_hold_warns_with_the_labels_line_that_settles_it(
        tmp_path):
    text = HEARING.replace("Councillor Alvarez then took the chair.\n", "")
    path = write(tmp_path, "hearing.txt", text)
    transcript = read(path)
    [warning] = [w for w in transcript.warnings if "ACTING CHAIR" in w.message]
    assert warning.line == 19
    assert warning.fix is not None and warning.fix.text == "labels:\n  ACTING CHAIR: Ben Alvarez"
    assert turns(transcript)[19] == ("question", "Ben Alvarez"), "read as the listed deputy"
    path.with_suffix(".yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    fixed = read(path)
    assert not [w for w in fixed.warnings if w.line == 19]
    assert turns(fixed)[19] == ("question", "Ben Alvarez")


def test_list_entries_read_the_forms_a_record_lists_people_in():
    assert list_entries("OKAFOR, Dr Adaeze, Chief Scientist, Standards Office") == [
        ListEntry("Adaeze Okafor", "Chief Scientist, Standards Office", "Dr")]
    members = list_entries("Senators Ada Lee (Chair), Tom Reyes (Deputy Chair) and Mia Ng")
    assert [(m.name, m.role) for m in members] == [
        ("Ada Lee", "Chair"), ("Tom Reyes", "Deputy Chair"), ("Mia Ng", "")]
    assert [(m.name, m.role) for m in list_entries("张伟（主席）、李娜、王强")] == [
        ("张伟", "主席"), ("李娜", ""), ("王强", "")]
    assert list_entries("张伟，市交通局局长")[0].name == "张伟"
    # Names alone in a row are attendees (the host among them), a heading names nobody.
    assert list_entries("Dana Whitlock, Rafael Okafor, Speaker 3, Priya Nandakumar") == []
    assert list_entries("Members in attendance") == []
    assert list_entries("Tuesday, 12 March 2024 — Canberra — Page 14") == []
