"""Lines prefixed by a timestamp: every common form made the one the readers read.

A file whose lines open with a time (a recording app's, a meeting export's, Whisper's
``[00:00:01.000 --> 00:00:04.000]``, a live blog's ``14:05``) is a file of timed records.
The speech-to-text reader already reads ``[00:01:02] 张伟：…`` and ``00:01:02 张伟：…``; this
layer rewrites the other forms to that one, the record's start time kept and its end time
dropped (a paragraph shows where it starts): ``[a --> b]``, ``a - b``, ``【a】``, ``(a)``
without a space after it, and a time followed by a dash or bar before the words.

It only acts on a file where timestamped lines are common (three or more, and three in ten
of its lines), so a stray ``10:30 - 11:00`` in an agenda is left as written.
"""

from __future__ import annotations

import re

from ..source import Line

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
OPEN, CLOSE = r"[\[(（【]", r"[\])）】]"
# Any timestamp prefix, with the words after it.
PREFIX = re.compile(
    rf"^(?P<open>{OPEN})?\s*(?P<start>{TIME})"
    rf"(?:\s*(?:-->|->|—>|→|~|～|–|—|-|至|到)\s*(?P<end>{TIME}))?"
    rf"\s*(?P<close>{CLOSE})?(?P<sep>\s*[-–—|｜]\s+|\s*)(?P<rest>\S.*)$"
)
# The forms the speech-to-text reader reads as they are (its TIME_FIRST).
READ_AS_IS = re.compile(rf"^[\[(（]?{TIME}[\])）]?\s+(?![-–—|｜]\s)\S")
COMMON_SHARE = 0.3
COMMON_COUNT = 3


def normalise(lines: list[Line]) -> tuple[list[Line], str]:
    """The lines with every timestamp prefix in the readers' form, and a note of how many
    were rewritten ("" when none or the file is not a timestamped one)."""
    texts = [line.text for line in lines if line.text]
    stamped = [m for t in texts if (m := PREFIX.match(t)) and _balanced(m)]
    if len(stamped) < COMMON_COUNT or len(stamped) < len(texts) * COMMON_SHARE:
        return lines, ""
    result, rewritten = [], 0
    for line in lines:
        match = PREFIX.match(line.text)
        if match and _balanced(match) and not READ_AS_IS.match(line.text):
            result.append(Line(line.number, f"[{match.group('start')}] {match.group('rest')}"))
            rewritten += 1
        else:
            result.append(line)
    note = f"{rewritten} timestamped line(s) rewritten to [HH:MM:SS] …" if rewritten else ""
    return result, note


def _balanced(match: re.Match[str]) -> bool:
    """An opening bracket closed, or none: ``00:01 张伟`` and ``[00:01] 张伟``, not ``[00:01 张伟``."""
    return bool(match.group("open")) == bool(match.group("close"))
