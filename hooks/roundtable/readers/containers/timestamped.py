"""Lines prefixed by a timestamp: every common form made the one the readers read.

A file whose lines open with a time (a recording app's, a meeting export's, Whisper's
``[00:00:01.000 --> 00:00:04.000]``, a live blog's ``14:05``) is a file of timed records.
The speech-to-text reader already reads ``[00:01:02] 张伟：…`` and ``00:01:02 张伟：…``; this
layer rewrites the other forms to that one, the record's start time kept and its end time
dropped (a paragraph shows where it starts), a broadcast script's frames too
(``[00:00:24:00]``, HH:MM:SS:FF, read to the second): ``[a --> b]``, ``a - b``, ``【a】``, ``(a)``
without a space after it, and a time followed by a dash or bar before the words.

It only acts on a file where timestamped lines are common (three or more, and three in ten
of its lines), so a stray ``10:30 - 11:00`` in an agenda is left as written.
"""

from __future__ import annotations

import re
from collections import Counter

from ..labels import split_label
from ..matter import STAGE_NOTE
from ..source import Line

# A whole time: never the first part of a longer one (00:00 of a line holding only 00:00:21).
# (A broadcast script's SMPTE timecode, [HH:MM:SS:FF] in brackets, is a time whose last field
# counts frames: read to the second.)
TIME = r"\d{1,2}:\d{2}(?::\d{2}(?::\d{2}(?=[\])）】]))?)?(?:[.,]\d{1,3})?(?![:.,]?\d)"
FRAMES = re.compile(r"^(\d{1,2}:\d{2}:\d{2}):\d{2}$")
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
        start = FRAMES.sub(r"\1", match.group("start"))
        result.append(Line(line.number, f"[{start}] {rest}"))
        rewritten += 1
    note = f"{rewritten} timestamped line(s) rewritten to [HH:MM:SS] …" if rewritten else ""
    if speakers:
        note += f"; speakers in brackets after the time: {', '.join(sorted(speakers))}"
    return result, note


def _bracketed_speakers(rests: list[str]) -> set[str]:
    """The bracketed words after the time that recur as speakers do (twice or more, with
    words after them), stage notes ([笑声], [Music]) aside."""
    found = [m for rest in rests if (m := BRACKETED_SPEAKER.match(rest))]
    # A bracketed word with a speaker's label after it (【同期声】某某：…), twice or more:
    # the file's brackets say what kind of record follows (a broadcast script's), not who
    # speaks; its tags are read with the turn markers (markers.py).
    if sum(1 for m in found if split_label(m.group("text"))[0]) >= 2:
        return set()
    counts = Counter(m.group("label") for m in found
                     if not STAGE_NOTE.match(f"[{m.group('label')}]"))
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


# A time standing alone on its line (``01:42``, ``[00:01:42]``): a caption panel's cue time.
LONE_TIME = re.compile(rf"^{OPEN}?\s*(?P<start>{TIME})\s*{CLOSE}?$")


def lone_times(lines: list[Line]) -> tuple[list[Line], list[tuple[Line, str]], str]:
    """A caption list copied off a video page or an app (B站's 字幕列表, YouTube's "Show
    transcript", 飞书妙记's and Otter's exported captions) sets each cue's time alone on its
    line above the cue's words: the time belongs to the words under it, it heads nothing.
    Where such pairs are common (three or more, and the time-then-words pairs are most of
    the file's lone times), the words' line is given its time in the readers' form
    (``[01:42] …``) and the time's line is set aside as the cue's time."""
    texts = [line for line in lines if line.text]
    pairs = [(line, after) for line, after in zip(texts, texts[1:], strict=False)
             if LONE_TIME.match(line.text) and after.number == line.number + 1
             and not LONE_TIME.match(after.text) and not PREFIX.match(after.text)]
    lone = sum(1 for line in texts if LONE_TIME.match(line.text))
    if len(pairs) < COMMON_COUNT or len(pairs) * 2 < lone:
        return lines, [], ""
    # A caption list times most of its lines; a transcript whose turns run on under a time
    # mark now and then ([09:20] over a podcast's section, its labelled turns after it) is
    # no caption list: its marks stay as they are (the layout reads them as clock marks).
    span = [line for line in texts if pairs[0][0].number <= line.number <= pairs[-1][1].number
            and not LONE_TIME.match(line.text)]
    if len(pairs) * 2 < len(span):
        return lines, [], ""
    timed = {after.number: _start(line.text) for line, after in pairs}
    times = {line.number for line, _ in pairs}
    result = [Line(line.number, "") if line.number in times
              else Line(line.number, f"[{timed[line.number]}] {line.text}")
              if line.number in timed else line for line in lines]
    aside = [(line, "a cue's time alone on its line: the time of the words under it, not a "
              "heading") for line, _ in pairs]
    return result, aside, (f"{len(pairs)} caption time(s) alone on their line given to the "
                           "words under them")


def _start(text: str) -> str:
    """A lone time's start, frames dropped."""
    match = LONE_TIME.match(text)
    return FRAMES.sub(r"\1", match.group("start")) if match else ""
