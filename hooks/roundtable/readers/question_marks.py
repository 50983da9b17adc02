"""A question marker found by statistics: the unnamed mark that opens an interviewer's turns.

Newspapers print many interviews without names on the turns: each question opens with a
mark of its own (a doubled dash ``――`` in Japanese papers and their Chinese editions, a
bold ``问``, a ``Q``), and the paragraphs between the questions, unmarked, are the one
interviewee's answers. No list of marks is kept here: a mark is a run of one to three
dashes or the like, or a single letter or character before a colon or a space, that opens
three records or more, most of them questions, each followed by a paragraph that no mark
and no label opens. The
marked records become the interviewer's (``问``) turns and the first unmarked paragraph
after each the interviewee's (``答``); the paragraphs after that one stay unlabelled, so the
turn reader continues the answer through them and sets a page's footer after the last one
aside as it does in any file.

A file without such a mark is left exactly as it was.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import heading_marker, is_question
from .labels import split_label
from .source import Line

# A run of dashes (――, ——, --, －－) glued to the words or spaced, or one letter or character
# before a colon or a full stop (问：, Q.): what opens a record before its words.
MARK = re.compile(r"^(?P<mark>[―—\-–－]{1,3}(?=\s*\S)"
                  r"|[^\W\d_][:：.．](?=\s*\S))\s*(?P<rest>\S.*)$")
MARKED_RECORDS = 3
"""Records a mark must open to be the file's question mark."""
ASKING_SHARE = 0.5
"""Share of its records that must ask for a mark to mark questions."""


def question_mark(lines: list[Line]) -> str:
    """The mark that opens the file's questions, or "" when there is none: it opens three
    records or more, at least half of them asking, and unmarked paragraphs stand between
    (someone answers them)."""
    marks = Counter()
    asking = Counter()
    for line in lines:
        match = MARK.match(line.text.strip())
        if match:
            mark = match.group("mark").rstrip(":：.．")
            marks[mark] += 1
            asking[mark] += is_question(match.group("rest"))
    for mark, count in marks.most_common():
        if count < MARKED_RECORDS or asking[mark] < count * ASKING_SHARE:
            continue
        marked = [i for i, line in enumerate(lines) if _mark_of(line.text) == mark]
        # Answered by unmarked, unlabelled paragraphs (吳：… 范：… is a dialogue, not this).
        answers = [lines[i + 1].text for i in marked if i + 1 < len(lines)]
        if any(split_label(text)[0] or _mark_of(text) for text in answers):
            continue
        between = sum(1 for a, b in zip(marked, marked[1:], strict=False) if b - a > 1)
        if between >= len(marked) - 1 and between >= MARKED_RECORDS - 1:
            return mark
    return ""


def _mark_of(text: str) -> str:
    match = MARK.match(text.strip())
    return match.group("mark").rstrip(":：.．") if match else ""


def marked_turns(lines: list[Line], mark: str) -> list[tuple[Line, str, str]]:
    """Each line as ``(line, label, words)``: a marked line is the asker's (``问``), the first
    unmarked paragraph after it that is no heading the answerer's (``答``), every other line
    unlabelled as it was."""
    result: list[tuple[Line, str, str]] = []
    answered = True
    for line in lines:
        text = line.text.strip()
        if _mark_of(text) == mark:
            result.append((line, "问", MARK.match(text).group("rest")))
            answered = False
        elif not answered and text and heading_marker(text) is None:
            result.append((line, "答", text))
            answered = True
        else:
            result.append((line, "", line.text))
    return result
