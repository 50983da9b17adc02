"""English transcripts (issue 26, items 4-6): a participants list's «Name – what they do» is
no key of labels, and captions whose ``>>`` marks each change of speaker without a name are
read by what each turn does, with the names the opening gives."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.anonymous_turns import Cast, asks_unpunctuated, cast_of, credit_turns
from roundtable.readers.identity import keyed_map
from roundtable.transcript import parse
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_a_full_name_before_a_dash_is_the_person_and_what_follows_is_what_they_do():
    lines = ["Maria Lopez – Head of Research, Civic Data Lab", "ML = Maria Lopez"]
    assert keyed_map(lines, ["Maria Lopez"]) == {}
    assert keyed_map(lines, ["ML"]) == {"ML": "Maria Lopez"}, "initials still follow a key"


PANEL = """\
Civic Data Forum: Open Budgets

Speakers:
Maria Lopez – Head of Research, Civic Data Lab
Owen Blake – City Treasurer

Moderator (00:00):
Welcome. Maria, where do open budgets help most?

Maria Lopez (00:12):
In procurement. People see who won a contract and why.

Moderator (00:40):
Owen, what did publishing change for your office?

Owen Blake (00:52):
Fewer requests. The questions we used to answer by letter are answered by the portal.
"""


def test_speakers_listed_with_their_positions_are_credited_by_name(tmp_path):
    credited = set(said(parse(write(tmp_path, "panel.txt", PANEL))).values())
    assert credited == {"Maria Lopez", "Owen Blake"}


def test_a_question_without_its_mark_is_read_from_the_grammar():
    assert asks_unpunctuated("so what does that look like in practice")
    assert asks_unpunctuated("and how many of those reach a customer")
    assert asks_unpunctuated("do you think that holds")
    assert not asks_unpunctuated("nobody writes down what failed")
    assert not asks_unpunctuated("we tried it twice and it worked")


def test_the_cast_is_who_names_themselves_and_whom_the_opening_names_and_the_file_calls():
    opening = ("hello and welcome I'm Sam Ortiz and with me are Prof Priya Nair from "
               "Lakeside Polytechnic and Owen Blake")
    later = ["Priya tell us", "thanks Sam", "Owen go ahead"]
    cast = cast_of(opening, later)
    assert cast == Cast("Sam Ortiz", ["Priya Nair", "Owen Blake"]), \
        "a place the opening names is nobody: the file never calls it by its first word"


def test_each_anonymous_turn_is_credited_by_what_it_does():
    cast = Cast("Sam Ortiz", ["Priya Nair", "Owen Blake"])
    turns = ["I'm Sam Ortiz", "thanks Sam glad to be here", "Owen where do you start",
             "with the data", "yeah right", "Priya is that your view too", "mostly yes"]
    credits = credit_turns(turns, cast)
    assert [c.speaker for c in credits] == [
        "Sam Ortiz", "Priya Nair", "Sam Ortiz", "Owen Blake", "Priya Nair", "Sam Ortiz",
        "Priya Nair"]
    assert credits[1].doubt, "the first answer after an opening that names two is a doubt"
    assert not credits[3].doubt, "the guest the host named answers: sure"
    assert credits[4].doubt, "a backchannel after an answer could be anyone's"


CAPTIONS = """\
1
00:00:00,000 --> 00:00:05,000
>> hello and welcome I'm Sam Ortiz and
with me are Priya Nair and Owen Blake

2
00:00:05,000 --> 00:00:08,000
>> Owen where do you start with a city
budget

3
00:00:08,000 --> 00:00:12,000
>> with the contracts they are the part
people ask about

4
00:00:12,000 --> 00:00:15,000
>> Priya is that your view too

5
00:00:15,000 --> 00:00:19,000
>> mostly yes though I would start with
salaries
"""


def test_captions_marking_turns_with_chevrons_are_credited_to_the_people_named(tmp_path):
    transcript = parse(write(tmp_path, "captions.srt", CAPTIONS))
    credited = said(transcript)
    assert credited[11] == "Owen Blake"
    assert credited[20] == "Priya Nair"
    assert "Sam Ortiz" not in credited.values(), "the host's words are no answer"
    assert "未署名讲者" not in {s.name for s in transcript.speakers}


def test_captions_whose_opening_names_nobody_warn_and_say_how_to_label(tmp_path):
    text = CAPTIONS.replace("I'm Sam Ortiz and\nwith me are Priya Nair and Owen Blake",
                            "thanks for coming\nto the show")
    transcript = parse(write(tmp_path, "captions.srt", text))
    assert any(">> Name:" in w.hint for w in transcript.warnings)


def test_the_label_a_doubt_proposes_settles_the_turn(tmp_path):
    doubtful = CAPTIONS.replace("people ask about", "people ask about\n>> yeah right")
    before = parse(write(tmp_path, "captions.srt", doubtful))
    warned = [w for w in before.warnings if "yeah right" in w.message]
    assert warned and ">> " in warned[0].hint
    settled = doubtful.replace(">> yeah right", ">> Sam Ortiz: yeah right")
    after = parse(write(tmp_path, "captions.srt", settled))
    assert not [w for w in after.warnings if "yeah right" in w.message]
