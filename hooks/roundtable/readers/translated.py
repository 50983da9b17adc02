"""Translations in brackets: a paragraph followed by its translation, set in brackets, as
blogs, magazines and fan sites print an interview held in another language (an English
answer, then ``[说实话，起因是我们穷。…]``; a Chinese answer, then ``(Honestly, …)``).

A reader sees it without knowing either language: a paragraph wholly in brackets, right
after a paragraph in the other script, about as long as that paragraph would be in its own
script, and the file doing so again and again. Such a bracket is the paragraph's translation:
its text is kept with the paragraph (joined into its line, as a hard wrap's repair joins a
wrapped line), so it is never a turn of its own, never a heading, never the next speaker's.
A bracket that heads itself as a note (``[译注：…]``) is the editor's, not a translation
(matter.py sets it aside); a short one (``[笑]``, ``(Laughter)``) is a stage note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bilingual import script
from .matter import BRACKETED_NOTE
from .source import Line

PAIRS = {"[": "]", "【": "】", "(": ")", "（": "）"}
HAN = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
MIN_PAIRS = 2
"""Translations a file must show before its brackets are read as such."""
MIN_HAN, MIN_WORDS = 6, 4
"""Below these a bracket is a stage note ([笑], (Laughter)), not a translation."""
HAN_PER_WORD = (0.6, 5.0)
"""How many Chinese characters one English word comes to in translation, at the extremes."""
GAP = 2
"""Blank lines at most between a paragraph and its translation."""


@dataclass
class Translated:
    lines: list[Line]
    joined: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _inside(text: str) -> str | None:
    """The words inside a line wholly in one pair of brackets, or None."""
    text = text.strip()
    if len(text) < 3 or text[0] not in PAIRS or text[-1] != PAIRS[text[0]]:
        return None
    inner = text[1:-1]
    # ([a] and [b] is two brackets, not one.)
    depth = 0
    for char in inner:
        if char == text[0]:
            depth += 1
        elif char == PAIRS[text[0]]:
            depth -= 1
            if depth < 0:
                return None
    return inner.strip()


def _plain(text: str) -> str:
    """A line without its Markdown emphasis and quote marks, for counting its words."""
    return re.sub(r"[*_>#`]", "", text)


def is_translation(before: str, bracket: str) -> bool:
    """Whether the line ``bracket`` translates the paragraph ``before``."""
    inner = _inside(bracket)
    if inner is None or _inside(before) is not None or BRACKETED_NOTE.match(bracket.strip()):
        return False
    original = _plain(before)
    theirs, ours = script(original), script(inner)
    if not theirs or not ours or theirs == ours:
        return False
    chinese, latin = (inner, original) if ours == "zh" else (original, inner)
    han, words = len(HAN.findall(chinese)), len(WORD.findall(latin))
    if han < MIN_HAN or words < MIN_WORDS:
        return False
    return HAN_PER_WORD[0] <= han / words <= HAN_PER_WORD[1]


def join(lines: list[Line]) -> Translated:
    """The lines with each bracketed translation joined into the paragraph it translates,
    when the file shows at least :data:`MIN_PAIRS` of them; else the lines as they are."""
    found: list[tuple[int, int]] = []  # (index of the translation, index of its paragraph)
    previous: int | None = None
    blanks = 0
    for index, line in enumerate(lines):
        if not line.text:
            blanks += 1
            continue
        if previous is not None and blanks <= GAP and (
                not found or found[-1][0] != previous) and is_translation(
                lines[previous].text, line.text):
            found.append((index, previous))
        previous, blanks = index, 0
    if len(found) < MIN_PAIRS:
        return Translated(list(lines))
    texts = [line.text for line in lines]
    joined = []
    for index, into in found:
        texts[into] = f"{texts[into]} {texts[index]}"
        texts[index] = ""
        joined.append((lines[index].number, lines[into].number))
    return Translated([Line(line.number, text) for line, text in zip(lines, texts, strict=True)],
                      joined, [f"{len(found)} paragraph(s) in brackets read as the translation "
                               "of the paragraph above them: kept with it"])
