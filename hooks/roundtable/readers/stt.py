"""Speech-to-text exports, in the shapes meeting and transcription apps write.

* a label-and-time line, then the words: ``说话人1 00:01:23`` / ``张伟 00:12:30``;
* the time first, then a label: ``[00:12:30] 张伟：…`` or ``00:12:30 张伟：…``.

The time stays on the paragraph. Fillers (``嗯。``) are the speaker's words. Without a host
label every turn is an answer; the pages then show the conversation without questions.
"""

from __future__ import annotations

import re

from ..metadata import Metadata
from ..model import VERBATIM
from .base import Reader, begin
from .draft import Draft
from .source import Line, Source
from .turns import TurnReader, Unit, host_labels, split_label

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# 说话人1 00:01:23 · 张伟 00:12:30 · 张伟（华岳大学） 00:12:30 · 张伟 [00:12:30]
LABEL_LINE = re.compile(
    rf"^(?P<label>[^\d\s\[\]:：(（][^\[\]:：(（]{{0,30}}?)(?:\s+|\s*(?=[\[(（]))"
    rf"[\[(（]?(?P<time>{TIME})[\])）]?\s*[:：]?$"
)
# [00:12:30] 张伟：… · 00:12:30 张伟：… · [00:12:30] …
TIME_FIRST = re.compile(rf"^[\[(（]?(?P<time>{TIME})[\])）]?\s+(?P<rest>.+)$")
# The label and the time on the text line: 发言人1（00:03:12）：… · 发言人 1 (00:03:12): … ·
# 说话人1 00:03:12 … · 张伟 [00:12:30]：…
INLINE = re.compile(
    rf"^(?P<label>[^\d\s\[\]:：(（][^\[\]:：(（。，,？?！!]{{0,20}}?)\s*"
    rf"(?:[\[(（]\s*(?P<time>{TIME})\s*[\])）]|\s(?P<bare>{TIME}))\s*[:：]?\s*(?P<text>\S.*)$"
)


def normal_time(time: str) -> str:
    """``HH:MM:SS`` (fractions dropped, hours added): 1:23 → 00:01:23."""
    pieces = re.split(r"[.,]", time)[0].split(":")
    if len(pieces) == 2:
        pieces.insert(0, "0")
    return ":".join(f"{int(p):02d}" for p in pieces)


class SpeechToTextReader(Reader):
    name = "stt"
    mode = VERBATIM
    description = "a speech-to-text export: 说话人1 00:01:23, or [00:12:30] 张伟：…"

    def fit(self, source: Source, metadata: Metadata) -> float:
        lines = source.content()
        if not lines:
            return 0.0
        timed = sum(1 for line in lines if LABEL_LINE.match(line.text)
                    or TIME_FIRST.match(line.text) or INLINE.match(line.text))
        return min(1.0, timed / max(1, len(lines)) * 2.5)

    def read(self, source: Source, metadata: Metadata) -> Draft:
        lines = source.content()
        first = next((line.number for line in lines if LABEL_LINE.match(line.text)
                      or TIME_FIRST.match(line.text) or INLINE.match(line.text)), None)
        draft, rest, matter = begin(source, metadata, self, first_speech=first)
        units, empty = units_of(rest)
        for line, reason in empty:
            draft.exclude(line.number, line.text, reason)
        TurnReader(draft, host_labels(metadata.host_labels, matter.host_names)).read(units)
        return draft


def units_of(lines: list[Line]) -> tuple[list[Unit], list[tuple[Line, str]]]:
    """Each turn's paragraphs (the first carries the label, its line and the time), and the
    label lines left with no words (a repeated label joins the turn it repeats)."""
    units: list[Unit] = []
    empty: list[tuple[Line, str]] = []
    pending: list[Line] = []
    label, time = "", ""
    for line in lines:
        label_line = LABEL_LINE.match(line.text)
        if label_line:
            new_label = label_line.group("label").strip()
            if pending and new_label != label:
                empty += [(p, "a speaker label with no words under it") for p in pending]
                pending = []
            pending.append(line)
            label, time = new_label, normal_time(label_line.group("time"))
            continue
        inline = INLINE.match(line.text)
        if inline and not pending:
            units.append(Unit([line.number], inline.group("text"), inline.group("label").strip(),
                              normal_time(inline.group("time") or inline.group("bare")),
                              raw=line.text, rule=f"'{inline.group('label').strip()}' and the "
                              "time open the line: a turn"))
            continue
        line_time, text = "", line.text
        time_first = TIME_FIRST.match(line.text)
        if time_first:
            line_time, text = normal_time(time_first.group("time")), time_first.group("rest")
        own_label, words = split_label(text)
        if pending:
            units.append(Unit([p.number for p in pending] + [line.number], text, label, time,
                              raw=text, rule=f"'{pending[-1].text}' opens {label}'s turn"))
            pending = []
        elif own_label:
            units.append(Unit([line.number], words, own_label, line_time, raw=text))
        else:
            units.append(Unit([line.number], text, "", line_time, raw=text))
    empty += [(p, "a speaker label with no words under it") for p in pending]
    return units, empty
