"""The safety net (readers/plausibility.py): a reading that looks implausible is warned at
its line with the cause, never published silently; a plausible reading gains no warning."""

from pathlib import Path

from roundtable.readers.draft import ANSWER, QUESTION, Draft
from roundtable.readers.plausibility import check
from transcript_files import parsed


def _warned(transcript, words: str) -> set[int]:
    return {w.line for w in transcript.warnings if words in w.message}


def test_a_label_only_on_a_running_header_is_no_speaker(tmp_path: Path) -> None:
    # A paginated call transcript whose pages open with the same two header lines and whose
    # turns carry no labels: the header's label is no speaker.
    header = "Document Ref: ACME-2024-Q2\nReport Series: Quarterly Call"
    pages = ["Thanks everyone for joining today.", "Revenue grew in the quarter.",
             "We expect margins to hold next year.", "Thank you all."]
    text = "\n\n".join(f"{header}\n\n{page}" for page in pages) + "\n"
    transcript = parsed(tmp_path, "call.txt", text)
    flagged = [w for w in transcript.warnings if "word for word" in w.message]
    assert flagged and all(w.fix and ": narration" in w.fix.text for w in flagged)


def test_a_disclaimer_credited_to_the_last_speaker_is_warned(tmp_path: Path) -> None:
    # A transcription app's export that prints its disclaimer under the last turn.
    text = ("访谈记录\n\n主持人：您怎么看明年的市场？\n\n周立恒：我们会更谨慎一些。\n\n"
            "主持人：最后一个问题，团队会扩张吗？\n\n周立恒：会，但会很慢。\n\n"
            "主持人：（本文由编辑部根据现场录音整理）\n")
    transcript = parsed(tmp_path, "app.txt", text)
    assert _warned(transcript, "reads as a notice")


def test_a_label_read_inside_another_speakers_turn_is_warned() -> None:
    # A debate record read wrong: the label '乙方' opens two paragraphs credited to 甲方
    # (whose own label opens the others); the reading is given by hand, as a reader that
    # missed the label would leave it.
    lines = {1: "辩论记录", 3: "主持人：请双方开始。", 5: "甲方：我方认为应当普及，理由有三条。",
             6: "乙方：我方认为不应当，因为代价太高。", 7: "甲方：代价可以分摊到十年。",
             8: "乙方：分摊不等于消失，账还是要算。"}
    draft = Draft("debate.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 3, lines[3][4:], "主持人")
    for number in (5, 6, 7, 8):
        draft.add(ANSWER, number, lines[number][3:], "甲方")
    check(draft, lines)
    mine = [w for w in draft.warnings if "not split" in w.message]
    assert [w.line for w in mine] == [6, 8]
    assert all("'乙方'" in w.message and w.fix and w.fix.guess for w in mine)


def test_a_label_of_the_speaker_in_another_script_is_no_other_label() -> None:
    # A bilingual record: the English line repeats the speaker's name in Latin letters.
    lines = {3: "杜衡：我们先开源了模型。", 4: "Du Heng: We open-sourced the model first.",
             5: "杜衡：然后才是数据。", 6: "Du Heng: Then came the data."}
    draft = Draft("bi.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, [3, 4], "我们先开源了模型。", "杜衡")
    draft.add(ANSWER, [5, 6], "然后才是数据。", "杜衡")
    check(draft, lines)
    assert not draft.warnings


def test_a_speaker_whose_answers_are_questions_is_warned_as_asking() -> None:
    # A podcast's co-host read as a guest: four of their five 'answers' ask.
    draft = Draft("pod.txt", "dialogue", "verbatim", "utf-8")
    asked = ["那代价是什么？", "第二点呢？", "为什么是十年？", "你会怎么选？", "我也这么想。"]
    for number, text in enumerate(asked, start=3):
        draft.add(ANSWER, number, text, "小北")
    check(draft, {})
    assert [w.line for w in draft.warnings] == [3, 4, 5, 6]
    assert all(w.fix and "小北: host" in w.fix.text for w in draft.warnings)


def test_a_guest_who_asks_back_now_and_then_is_not_warned() -> None:
    draft = Draft("talk.txt", "dialogue", "verbatim", "utf-8")
    said = ["我们先做芯片。", "你知道为什么吗？", "因为代价低。", "那怎么办？", "做下去。"]
    for number, text in enumerate(said, start=3):
        draft.add(ANSWER, number, text, "许安然")
    check(draft, {})
    assert not draft.warnings


def test_a_plain_interview_gains_no_warning_from_the_checks(tmp_path: Path) -> None:
    text = ("对话某某\n\n记者：您好，先谈谈公司吧？\n\n许安然：好的。我们做芯片。\n\n"
            "记者：版权问题怎么处理？\n\n许安然：版权是大事，我们有法务。\n\n"
            "记者：谢谢。\n\n许安然：谢谢。\n")
    transcript = parsed(tmp_path, "plain.txt", text)
    assert not [w for w in transcript.warnings
                if any(s in w.message for s in ("recurs", "notice", "may be the one"))]
