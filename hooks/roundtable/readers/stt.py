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
from .labels import split_label
from .names import is_han_name, is_latin_name
from .source import Line, Source
from .summaries import summary_sections
from .turns import TurnReader, Unit, host_labels

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# 说话人1 00:01:23 · 张伟 00:12:30 · 张伟（华岳大学） 00:12:30 · 张伟 [00:12:30]
LABEL_LINE = re.compile(
    # (A room's device may open with its floor or number: 7F大会议室, 3号会议室.)
    rf"^(?P<label>(?:\d{{1,3}}[A-Za-z\u3400-\u9fff]|[^\d\s\[\]:：(（])[^\[\]:：(（]{{0,30}}?"
    r"(?:\s*[（(][^）)\d:：]{1,20}[）)])?)"  # 丁一帆(算法组): a department after the name
    rf"(?:\s+|\s*(?=[\[(（]))"
    rf"[\[(（]?(?P<time>{TIME})[\])）]?\s*[:：]?$"
)
# 00:00:09 说话人1 · [00:06:20] 阮清: the time first, then a label alone (a recurring one).
TIME_THEN_LABEL = re.compile(rf"^[\[(（]?(?P<time>{TIME})[\])）]?\s+"
                             r"(?P<label>[^\s\d:：。，,？?！!、；;“”\"(（]{1,16}(?:\s?\d{1,2})?"
                             r"(?:\s*[（(][^）)\d:：]{1,20}[）)])?)\s*[:：]?$")
# [00:12:30] 张伟：… · 00:12:30 张伟：… · [00:12:30] …
TIME_FIRST = re.compile(rf"^[\[(（]?(?P<time>{TIME})[\])）]?\s+(?P<rest>.+)$")
# The label and the time on the text line: 发言人1（00:03:12）：… · 发言人 1 (00:03:12): … ·
# 说话人1 00:03:12 … · 张伟 [00:12:30]：… · 张伟（主持人）(00:12:30)：…
INLINE = re.compile(
    # (Or a masked phone number that dialled in, 138****6621, as meeting apps show it.)
    r"^(?P<label>\+?\d{3}[\d*]*\*{3,}\d{2,4}|"
    rf"[^\d\s\[\]:：(（][^\[\]:：(（。，,？?！!]{{0,20}}?"
    r"(?:\s*[（(][^）)\d:：]{1,20}[）)])?)\s*"  # 王磊（主持人）(00:00:05)：a role after the name
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
        fit = min(1.0, timed / max(1, len(lines)) * 2.5)
        units, _ = units_of(lines)
        stamped = [unit for unit in units if unit.time]
        if stamped and sum(1 for unit in stamped if unit.label) * 10 < len(stamped):
            # Times and hardly anyone's label (a curator's label settling a record or two):
            # a recording no one labelled (a talk transcribed whole) is read by who speaks,
            # not by labels (talk.py).
            return min(fit, 0.5)
        return fit

    def read(self, source: Source, metadata: Metadata) -> Draft:
        lines = source.content()
        # The app's own summary (概要, 章节, 待办 …) before or after the words: set aside first,
        # so that its chapter times and its `name：view` lines open no turn.
        recurring = _recurring_time_labels(lines)
        summary = summary_sections(lines, lambda text: bool(
            LABEL_LINE.match(text) or INLINE.match(text) or _time_then_label(text, recurring)))
        lines = [line for line in lines if line.number not in summary]
        first = next((line.number for line in lines if LABEL_LINE.match(line.text)
                      or TIME_FIRST.match(line.text) or INLINE.match(line.text)), None)
        draft, rest, matter = begin(source, metadata, self, lines=lines, first_speech=first)
        for line in source.content():
            if line.number in summary:
                draft.exclude(line.number, line.text, summary[line.number])
        units, empty = units_of(rest)
        # A label with its time after it (name(00:03:40): …) is the export's speaker field,
        # a label even on one turn (a meeting room's device, a number that dialled in).
        draft.given_labels.update(u.label for u in units if u.label and u.time
                                  and u.rule.endswith("the time open the line: a turn"))
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
    recurring = _recurring_time_labels(lines)
    for line in lines:
        label_line = LABEL_LINE.match(line.text) or _time_then_label(line.text, recurring)
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


def _recurring_time_labels(lines: list[Line]) -> set[str]:
    """Labels that stand alone after a time on two lines or more (00:00:09 说话人1): the
    file's label lines. A time and a short note seen once (14:05 发布会开始) are not."""
    seen: dict[str, int] = {}
    for line in lines:
        match = TIME_THEN_LABEL.match(line.text)
        if match:
            seen[match.group("label")] = seen.get(match.group("label"), 0) + 1
    recurring = {label for label, count in seen.items() if count >= 2}
    if not recurring:
        return set()
    # Where labels recur after times, a name or a numbered speaker seen once in that shape
    # (00:00:41 说话人2, 00:05:40 柏舟) is one more of them.
    numbered = re.compile(r"(?:说话人|发言人|說話人|發言人|Speaker)\s?\d{1,2}")
    return recurring | {label for label in seen if is_han_name(_named(label))
                        or is_latin_name(_named(label)) or numbered.fullmatch(label)}


def _named(label: str) -> str:
    """The name of a label without its department in brackets: 骆川(感知组) → 骆川."""
    return re.sub(r"\s*[（(][^）)]*[）)]$", "", label)


def _time_then_label(text: str, recurring: set[str]) -> re.Match[str] | None:
    match = TIME_THEN_LABEL.match(text)
    return match if match and match.group("label") in recurring else None
