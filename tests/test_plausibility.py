"""The safety net (readers/plausibility.py): a reading that looks implausible is warned at
its line with the cause, never published silently; a plausible reading gains no warning."""

from pathlib import Path

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


def test_a_speaker_who_only_asks_is_warned_as_asking(tmp_path: Path) -> None:
    # A podcast where a co-host's lines are all questions yet read as answers.
    turns = []
    for n in range(5):
        turns += [f"阿乔：第{n}个话题，你怎么看？", f"林澄：我觉得第{n}点很重要。",
                  f"小北：那第{n}点的代价是什么？", f"林澄：代价是时间，第{n}年才见效。"]
    transcript = parsed(tmp_path, "pod.txt", "播客\n\n" + "\n\n".join(turns) + "\n")
    answering = {b for b in transcript.speakers if b.name == "小北"}
    if answering:  # read as a guest: every question of theirs is warned at
        assert _warned(transcript, "may be the one asking")


def test_a_plain_interview_gains_no_warning_from_the_checks(tmp_path: Path) -> None:
    text = ("对话某某\n\n记者：您好，先谈谈公司吧？\n\n许安然：好的。我们做芯片。\n\n"
            "记者：版权问题怎么处理？\n\n许安然：版权是大事，我们有法务。\n\n"
            "记者：谢谢。\n\n许安然：谢谢。\n")
    transcript = parsed(tmp_path, "plain.txt", text)
    assert not [w for w in transcript.warnings
                if any(s in w.message for s in ("recurs", "notice", "may be the one"))]
