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
from collections import Counter

from ..matter import STAGE_NOTE
from ..source import Line

# A whole time: never the first part of a longer one (00:00 of a line holding only 00:00:21).
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?![:.,]?\d)"
OPEN, CLOSE = r"[\[(（【]", r"[\])）】]"
# Any timestamp prefix, with the words after it.
PREFIX = re.compile(
    rf"^(?P<open>{OPEN})?\s*(?P<start>{TIME})"
    rf"(?:\s*(?:-->|->|—>|→|~|～|–|—|-|至|到)\s*(?P<end>{TIME}))?"
    rf"\s*(?P<close>{CLOSE})?(?P<sep>\s*[-–—|｜]\s+|\s*)(?P<rest>\S.*)$"
)
# The forms the speech-to-text reader reads as they are (its TIME_FIRST).
READ_AS_IS = re.compile(rf"^(?:\[{TIME}\]|[(（]{TIME}[)）]|{TIME})\s+(?![-–—|｜]\s)\S")
# A diarised export's speaker in brackets right after the time: [SPEAKER_00], [Speaker 1].
BRACKETED_SPEAKER = re.compile(r"^[\[【(（](?P<label>[^\]】)）\s]{1,20}(?: \d{1,2})?)[\]】)）]\s*"
                               r"(?P<text>\S.*)$")
# A program's log line around its timed output (whisper.cpp's ``whisper_print_timings:``,
# ``llama_model_loader:``): an identifier in snake_case, then a colon. No person's label is
# written so.
LOG_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*:\s")
COMMON_SHARE = 0.3
COMMON_COUNT = 3


def normalise(lines: list[Line]) -> tuple[list[Line], str]:
    """The lines with every timestamp prefix in the readers' form, and a note of how many
    were rewritten ("" when none or the file is not a timestamped one)."""
    texts = [line.text for line in lines if line.text]
    stamped = [m for t in texts if (m := PREFIX.match(t)) and _balanced(m)]
    if len(stamped) < COMMON_COUNT or len(stamped) < len(texts) * COMMON_SHARE:
        return lines, ""
    speakers = _bracketed_speakers([m.group("rest") for m in stamped])
    result, rewritten = [], 0
    for line in lines:
        match = PREFIX.match(line.text)
        if not match or not _balanced(match):
            result.append(line)
            continue
        rest = match.group("rest")
        bracketed = BRACKETED_SPEAKER.match(rest)
        if bracketed and bracketed.group("label") in speakers:
            rest = f"{bracketed.group('label')}：{bracketed.group('text')}"
        elif READ_AS_IS.match(line.text):
            result.append(line)
            continue
        result.append(Line(line.number, f"[{match.group('start')}] {rest}"))
        rewritten += 1
    note = f"{rewritten} timestamped line(s) rewritten to [HH:MM:SS] …" if rewritten else ""
    if speakers:
        note += f"; speakers in brackets after the time: {', '.join(sorted(speakers))}"
    return result, note


def _bracketed_speakers(rests: list[str]) -> set[str]:
    """The bracketed words after the time that recur as speakers do (twice or more, with
    words after them), stage notes ([笑声], [Music]) aside."""
    counts = Counter(m.group("label") for rest in rests if (m := BRACKETED_SPEAKER.match(rest))
                     and not STAGE_NOTE.match(f"[{m.group('label')}]"))
    return {label for label, count in counts.items() if count >= 2}


def _balanced(match: re.Match[str]) -> bool:
    """An opening bracket closed, or none: ``[00:01] 张伟``, not ``[00:01 张伟``."""
    return bool(match.group("open")) == bool(match.group("close"))


def log_lines(lines: list[Line]) -> list[tuple[Line, str]]:
    """The untimed lines of a timestamped file that are the transcribing program's log
    (``whisper_print_timings:     load time = …``): the tool's, never anyone's words."""
    return [(line, "a line of the transcribing program's log (an identifier in snake_case, "
             "then a colon): the tool's, not speech")
            for line in lines if LOG_LINE.match(line.text) and not PREFIX.match(line.text)]
