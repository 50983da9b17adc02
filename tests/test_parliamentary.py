"""Parliamentary and committee records (Hansard style), read by the shared layers: the
record's language, clock and interpretation marks and the house's interjections are matter,
never labels (matter.marker_line); a label's long or nested description in brackets is read
(labels.split_label) and its later bare form is the same person; a post glued before a name
(某某局局長某某, then 某某) is that person (labels.short_form, identity.positioned_person)."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import positioned_person
from roundtable.readers.labels import short_form, split_label, standalone_labels
from roundtable.readers.matter import matter_line
from roundtable.transcript import parse
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_language_clock_and_interpretation_marks_are_the_records_own():
    for marker in ("[English]", "[Translation]", "[Français]", "(譯文)", "● (1432)", "(0915)",
                   "[14:05]", "（下午3時15分）", "（上午十時零二分）",
                   "（以下為英文發言的中文傳譯）",
                   "(Interpretation from French)"):
        assert matter_line(marker), marker
    for interjection in ("Honourable senators: Hear, hear!", "An hon. member: Shame!",
                         "有議員：好！"):
        assert matter_line(interjection), interjection
    # (A member with a name and a question is someone's turn.)
    assert not matter_line("Senator Roe: Is that so?")
    assert not matter_line("[Dr. Jane Roe]")


def test_a_recurring_marker_line_is_no_label_over_the_words_under_it():
    lines = ["[English]", "CHAIR: We begin.", "[Translation]", "Ms Okafor: Thank you.",
             "[English]", "CHAIR: Senator Vance.", "[Translation]", "Ms Okafor: Yes."]
    assert standalone_labels(lines, lambda label: False) == set()


def test_a_labels_nested_or_long_description_is_read_and_its_holder_kept():
    assert split_label("The CHAIR (Senator Ruth Vance (Tasmania, ALP)): We begin.") == (
        "The CHAIR (Senator Ruth Vance)", "We begin.")
    label, words = split_label("Ms Adaeze Okafor (First Assistant Secretary, Digital "
                               "Division, Department of Finance): Thank you, Chair.")
    assert label.startswith("Ms Adaeze Okafor (") and words == "Thank you, Chair."
    # (A sentence with an aside before a colon is no label.)
    assert split_label("We did, as I said (in March, twice): nothing changed.")[0] == ""


def test_a_post_glued_before_a_name_is_that_person():
    assert short_form("陳佳穎", "臺北市政府資訊局局長陳佳穎")
    assert positioned_person("臺北市政府資訊局局長陳佳穎", ["陳佳穎", "林議員"]) == "陳佳穎"
    assert not short_form("局長", "臺北市政府資訊局局長")
    # (A headline that interviews someone by post names no speaker.)
    assert positioned_person("专访某某科技总经理钟某某", ["钟某某"]) is None


SENATE = """\
Senate Standing Committee on Finance and Public Administration
Budget Estimates — Thursday, 6 June 2024

[09:02]
The CHAIR (Senator Ruth Vance (Tasmania, ALP)): I declare open this hearing.
Ms Adaeze Okafor (First Assistant Secretary, Digital Division, Dept of Finance): Thank you.
The program has enrolled two million people this year.
The CHAIR: Thank you. Senator Marsh?
Senator MARSH: How much of the budget went to outside consultants?
Ms Okafor: About a third of it, mostly for security testing.
Honourable senators: Hear, hear!
[09:14]
Senator MARSH: And will that fall next year?
Ms Okafor: We expect it to halve as the work moves in house.
The CHAIR: Thank you, Ms Okafor. We will suspend for morning tea.
"""


def test_an_estimates_hearing_credits_the_officer_and_drops_the_clock_and_the_noise(tmp_path):
    transcript = parse(write(tmp_path, "estimates.txt", SENATE))
    by_line = said(transcript)
    assert by_line[6] == by_line[7] == by_line[10] == by_line[14] == "Adaeze Okafor"
    assert 4 not in by_line and 11 not in by_line and 12 not in by_line, \
        "the clock and the house's interjection are no one's answer"
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "Adaeze Okafor" not in askers


COUNCIL = """\
臺北市議會第十四屆第三次定期大會
市政總質詢紀錄

（下午3時15分）
主席：現在請林議員質詢。
林議員：請問資訊局，市民的個資放在哪裏？有沒有交給外包廠商？
臺北市政府資訊局局長陳佳穎：謝謝議員。個資都放在市府自己的機房，外包廠商只能看去識別化的資料。
林議員：那去年的外洩事件怎麼說？
陳佳穎：那次是廠商的帳號被盜，我們已經終止合約，並且全面改用雙重驗證。
有議員：好！
林議員：請局長下週提出書面報告。
陳佳穎：好，我們會提出。
主席：質詢時間到。
"""


def test_a_council_question_time_credits_the_official_by_post_then_by_name(tmp_path):
    transcript = parse(write(tmp_path, "council.txt", COUNCIL))
    by_line = said(transcript)
    assert by_line[7] == by_line[9] == by_line[12] == "陳佳穎"
    assert 4 not in by_line and 10 not in by_line
