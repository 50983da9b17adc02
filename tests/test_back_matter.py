"""A page's back matter after the last turn (a "listen" link, a notice on the transcript,
staff credits, funders, a disclaimer) is the page's, not the last speaker going on, and a
label seen only there (``Sponsored by:``) is nobody's turn; a speaker's own last short lines
stay speech."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.transcript import parse
from transcript_files import write


def spoken(transcript: Transcript) -> dict[int, str]:
    """Each line published as someone's words: the line and the speaker's name."""
    names = {s.id: s.name for s in transcript.speakers}
    found: dict[int, str] = {}
    for part in transcript.parts:
        for question in part.questions:
            for line in question.lines:
                found[line] = names.get(question.asker, question.asker or "")
            for answer in question.answers:
                for paragraph in answer.paragraphs:
                    found[paragraph.line] = names[answer.speaker]
    return found


PODCAST = [
    "Field Notes, episode 41: Night Trains",
    "",
    "MIRA OKAFOR: Welcome back. My guest rode every sleeper train in Europe last year.",
    "TOMAS REYNE: Not every one, but close.",
    "MIRA OKAFOR: Which route surprised you most?",
    "TOMAS REYNE: The one from Vienna to Rome, because it was full of families.",
    "MIRA OKAFOR: Would you do it again?",
    "TOMAS REYNE: Tomorrow, if I could.",
    "Download the episode",
    "Show notes and the full reading list are on the episode page.",
    "Mira Okafor hosts Field Notes.",
    "Sponsored by: Atlas Rail Pass",
    "Music licensed from Quiet Harbor Audio",
]


def test_a_podcast_page_s_credits_and_sponsor_after_the_last_turn_are_no_one_s_words(
        tmp_path: Path):
    transcript = parse(write(tmp_path, "night-trains.txt", "\n".join(PODCAST) + "\n"))
    read = spoken(transcript)
    assert read[8] == "TOMAS REYNE" or read[8].startswith("Tomas")
    for line in range(9, 14):
        assert line not in read, f"line {line} is the page's back matter"
    assert not any("Sponsored" in s.name for s in transcript.speakers)
    assert {e.line for e in transcript.excluded} >= set(range(9, 14))


def test_a_chinese_interview_page_s_editor_and_source_lines_are_set_aside(tmp_path: Path):
    lines = ["【对话】一位乡村校长的二十年", "",
             "记者：您当初为什么回到村里？",
             "韩秋生：因为我就是从这里走出去的，总想着回来做点事。",
             "记者：现在学校有多少学生？",
             "韩秋生：一百二十多个，比最少的时候多了一倍。",
             "点击阅读原文",
             "韩秋生，现任县第二中心小学校长，从教二十二年。",
             "风险提示：以上内容仅代表受访者个人观点，不代表本平台立场。",
             "策划：李舟　采访：何蔓"]
    transcript = parse(write(tmp_path, "principal.txt", "\n".join(lines) + "\n"))
    read = spoken(transcript)
    assert read[6].startswith("韩")
    for line in range(7, 11):
        assert line not in read, f"line {line} is the page's back matter"


def test_a_speaker_s_last_short_lines_without_a_page_s_mark_stay_speech(tmp_path: Path):
    lines = PODCAST[:8] + ["That's all from the sleeper for today.", "Safe travels, Tomas."]
    read = spoken(parse(write(tmp_path, "short-goodbye.txt", "\n".join(lines) + "\n")))
    assert 9 in read and 10 in read
