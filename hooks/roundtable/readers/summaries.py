"""An app's or a note-taker's summary around the transcript: never anyone's words.

Meeting and transcription apps export their own account with the words: an AI summary, the
chapters, each speaker's points, the to-dos (腾讯会议's 智能纪要, 飞书妙记, 钉钉闪记, Zoom's
Meeting summary and Next steps, Otter's Summary and Action items), set under a heading of
its own before the transcript (or after it); a meeting's notes end with a to-do list. Its
lines may look like turns (``韩立：灰度期间…``, ``□ 孟繁星：5月20日前…``), but they restate,
and nobody said them. A section is such a summary by its heading; it runs until the
file's next heading that is no summary's, or the first line of the file's own turn shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .source import Line

# The headings meeting apps and notes templates give their summaries (the apps' own words,
# in Chinese, traditional Chinese and English): what the section is, never a sentence.
SUMMARY_WORDS = (
    r"(?:AI\s*|智能|会议|會議|全文|内容|內容|视频|視頻|节目|節目)?(?:概要|摘要|总结|總結|速览|速覽|要点"
    r"|要點|重点|重點|结论|結論|大纲|大綱)|(?:AI\s*|智能)(?:纪要|紀要)"
    r"|章节速览|章節速覽|智能章节|智能章節|发言人观点|發言人觀點|发言总结|關鍵詞|关键词"
    r"|待办|待辦|待办事项|待辦事項|待办清单|待辦清單|行动项|行動項|后续行动|後續行動|会议决议|會議決議"
    r"|(?:AI\s+|Meeting\s+)?Summary|Quick\s+recap|Key\s+(?:points|takeaways)|Takeaways"
    r"|Highlights|Action\s+items|Next\s+steps|Outline|Decisions|Chapters|Key\s+moments"
)
SUMMARY_HEADING = re.compile(
    r"^[#*\s▌■◆●—\-=|｜]*[【\[]?\s*(?:" + SUMMARY_WORDS + r")\s*"
    # (智能纪要（以下内容由AI生成，仅供参考）: the app's caveat in brackets after it)
    r"(?:[（(][^）)]{0,60}[）)])?\s*[】\]]?[\s*:：—\-=|｜]*$", re.IGNORECASE)
# A heading of another kind: in brackets, between rules, a Markdown heading, or a short line
# after a blank one that no sentence mark ends (文字记录, —— 逐字稿 ——, Transcript).
MARKED_HEADING = re.compile(r"^(?:[【\[][^】\]]{1,30}[】\]]|[—\-=]{2,}.{1,30}?[—\-=]{2,}"
                            r"|#{1,6}\s.*)$")
BARE_HEADING = re.compile(r"^[^\s。，,！!？?；;:：、]{1,16}$")
TODO_ITEM = re.compile(r"^\s*(?:[-*+]\s*)?(?:\[[ xX]\]|[□☐☑☒✅])")
"""A to-do list's item (``- [ ] …``, ``□ …``): a task, whoever it names."""


def summary_heading(text: str) -> bool:
    """Whether a line is the heading of an app's or note-taker's summary (【全文概要】,
    AI 摘要, 待办事项, ## Action items)."""
    return bool(SUMMARY_HEADING.match(text.strip()))


def summary_sections(lines: list[Line], opens_turn: Callable[[str], bool]) -> dict[int, str]:
    """The lines of the summary sections among the non-empty ``lines``, with why each is set
    aside; ``opens_turn`` says whether a line opens a turn in the file's own shape (a label
    and a time on its line), which ends a section."""
    found: dict[int, str] = {}
    inside = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        after_blank = index == 0 or lines[index - 1].number < line.number - 1
        panel = index > 0 and _panel_title(lines[index - 1],
                                           lines[index - 2] if index > 1 else None)
        if summary_heading(text) and (after_blank or MARKED_HEADING.match(text) or inside
                                      or panel):
            if panel and not inside:
                # (AI小助手, Summary by Copilot: the panel's own title above its heading.)
                found[lines[index - 1].number] = ("the title of an app's summary panel: not "
                                                  "speech")
            inside = True
            found[line.number] = ("the heading of an app's or note-taker's summary (概要, 待办, "
                                  "Summary …): not speech")
            continue
        if not inside:
            continue
        if opens_turn(line.text):
            inside = False
            continue
        if MARKED_HEADING.match(text) or (after_blank and BARE_HEADING.match(text)):
            inside = False
            if index + 1 < len(lines) and opens_turn(lines[index + 1].text):
                # 文字记录, —— 逐字稿 ——: the app's divider between its summary and the words.
                found[line.number] = ("the heading of the words after the app's summary "
                                      "(文字记录, Transcript): not speech")
            continue
        found[line.number] = ("an app's or note-taker's summary, key points or to-dos: it "
                              "restates the meeting, nobody's words")
    return found


def _panel_title(line: Line, before: Line | None) -> bool:
    """Whether a line is the title of an app's panel set above its summary's heading: a short
    line with no sentence mark, after a blank line, naming the machine (AI小助手, AI
    assistant, 智能助手, Copilot)."""
    after_blank = before is None or before.number < line.number - 1
    return (after_blank and bool(PANEL_TITLE.match(line.text.strip()))
            and bool(MACHINE.search(line.text)))


PANEL_TITLE = re.compile(r"^[^。，,！!？?；;:：、]{1,24}$")
# What names a machine's panel: AI, an assistant, a copilot (the apps' own words).
MACHINE = re.compile(r"AI|助手|助理|Copilot|Assistant|Companion", re.IGNORECASE)
