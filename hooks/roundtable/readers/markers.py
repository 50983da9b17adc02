"""Turn markers found by statistics: the prefix that opens a file's records, whatever it is.

Some transcripts open each record with a marker of their own rather than a speaker's label:
a caption file's ``>>`` (the CART convention for a change of speaker, as in the DCMP
Captioning Key and NCRA's CART guidelines), a dash, or a bracketed tag that says what kind
of record follows (a TV script's ``【解说】`` voice-over, ``【同期】`` sound bite, ``【导语】``
lead, as Chinese broadcast scripts write them). No list of these is kept here: a marker is
found because it opens record after record of this file, and what it means is read from
what follows it.

* A **symbol marker** (``>>``, ``-``, ``•`` …) that opens three records or more, half of
  them or more with a label behind it, one of which recurs (``>> MODERATOR:``), marks
  turns: it is dropped, so the label behind it opens the turn as in any dialogue. A record
  it opens without a label after the first labelled one is a new turn nobody is named for:
  a doubt, warned at its line.
  Separator lines (``* * * * *``) are set aside, and from the first one after the last turn
  on, everything is the file's back matter (a captioner's notice).
* A **bracketed tag** is a label-line tag when it stands before a person alone on the line
  (``【同期】魏承宇　海风科技运维总监`` over the words): the line becomes the label
  ``魏承宇（海风科技运维总监）：`` of the paragraph under it. In a file that has such lines,
  a tag that never carries a person (``【解说】``, ``【现场声】``) is a kind of narration:
  its records are set aside with that reason, except the first one before anyone speaks,
  the lead, which is the intro. Tags before everything with short fields (``【标题】…``,
  ``【记者】林素秋　【摄像】…``) are the script's header: the first is the title, the
  others its fields, set aside as no one's words.

A file without such a marker is left exactly as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .labels import (
    AUDIENCE,
    DEFAULT_HOST_LABELS,
    SENTENCE_MARKS,
    LabelStats,
    running_text,
    split_label,
)
from .names import is_han_name, is_latin_name, title_form
from .source import Line

# A bracketed tag of words (no digits: [00:01] is a time, read by containers/timestamped).
# (A timed record's time may come first, kept on the line: [00:00:24] 【同期声】….)
# (A programme record's cue in round brackets, （同期声）市民 孙先生：… or an English
# script's (SOT) MAYOR LEE: … / (VO) …, is read alike: what it means is read from what
# follows it, as for the square ones.)
BRACKET_TAG = re.compile(r"^(?P<time>\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?"
                         r"(?P<open>[【〔［\[（(])(?P<tag>[^\W\d_]{1,8})[】〕］\]）)]\s*"
                         r"(?P<rest>.*)$")
ROUND = "（("
# A run of one to three symbols and a space: >>, -, –, •, » … (never a bracket or a quote).
SYMBOL_MARK = re.compile(r"^(?P<mark>[>»\-–—•·+~]{1,3})\s+(?P<rest>\S.*)$")
# A separator line: symbols alone, three or more (* * * * *, ======, -----).
SEPARATOR = re.compile(r"^(?:[*=\-_~#•·]\s*){3,}$")
FIELD_SPLIT = re.compile(r"[\u3000\t]+|\s{2,}")
SENTENCE_END = re.compile(r"[。！？!?…；;]")
MARKED_RECORDS = 3
"""Records a marker must open to be the file's turn marker."""
LABELLED_SHARE = 0.5
"""Share of a symbol marker's records that a recurring label must follow."""
LABEL_LINES = 2
"""Label lines under bracketed tags that make the tags a script's kinds of record."""


@dataclass
class Marked:
    """The file's lines with its turn markers read: what the readers see instead."""

    lines: list[Line]
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    doubts: list[tuple[int, str, str]] = field(default_factory=list)
    """``(line, message, hint)``: what the markers say but nobody can settle from the file."""
    notes: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    """Labels a speaking marker stands before (【同期声】郭某：…): speakers' labels even when
    seen once, as a container's records' are."""


def normalise(lines: list[Line]) -> Marked:
    """The lines with the file's turn marker read (unchanged when it has none)."""
    marked = _symbol_markers(lines)
    if marked is not None:
        return marked
    marked = _bracketed_tags(lines)
    return marked if marked is not None else Marked(lines)


def _symbol_markers(lines: list[Line]) -> Marked | None:
    opened = [(i, m) for i, line in enumerate(lines) if (m := SYMBOL_MARK.match(line.text))]
    counts = Counter(m.group("mark") for _, m in opened)
    if not counts:
        return None
    mark, count = counts.most_common(1)[0]
    if count < MARKED_RECORDS:
        return None
    rests = [m.group("rest") for _, m in opened if m.group("mark") == mark]
    labels = [split_label(rest)[0] for rest in rests]
    stats = LabelStats.of(labels)
    labelled = sum(1 for label in labels if label and not running_text(label))
    if not stats.labels() or labelled < count * LABELLED_SHARE:
        return None  # a list's bullets, a dialogue's dashes that carry no labels
    result = Marked(list(lines))
    labelled_before = False
    for index, match in opened:
        if match.group("mark") != mark:
            continue
        line = lines[index]
        rest = match.group("rest")
        result.lines[index] = Line(line.number, rest)
        if split_label(rest)[0]:
            labelled_before = True
        elif labelled_before:
            result.doubts.append((
                line.number, f"'{mark}' opens a new turn here, but no label says whose: "
                "read as the turn before it continuing",
                f"add the speaker's label after '{mark}' (e.g. {mark} NAME: …), or confirm "
                "this line in the metadata"))
    last = max(index for index, match in opened if match.group("mark") == mark)
    fence = next((i for i in range(last + 1, len(lines)) if SEPARATOR.match(lines[i].text)),
                 None)
    for index, line in enumerate(lines):
        if fence is not None and index >= fence and line.text:
            reason = ("after the last turn, from the separator under it on: the file's back "
                      "matter (a captioner's or publisher's notice), not speech")
        elif SEPARATOR.match(line.text):
            reason = "a separator line"
        else:
            continue
        result.set_aside.append((line, reason))
        result.lines[index] = Line(line.number, "")
    result.notes.append(f"'{mark}' opens {count} records, labels behind it: the turn marker "
                        "(dropped, the label opens the turn)")
    return result


@dataclass
class _Tagged:
    index: int
    tag: str
    rest: str
    time: str = ""
    round: bool = False


def _bracketed_tags(lines: list[Line]) -> Marked | None:
    tagged = [_Tagged(i, m.group("tag"), m.group("rest"), m.group("time") or "",
                      m.group("open") in ROUND)
              for i, line in enumerate(lines) if (m := BRACKET_TAG.match(line.text))]
    # A round bracket opens a stage direction as often as a cue ((笑), (applause)): it is a
    # cue only where it comes back, a kind of record (two records or more).
    rounds = Counter(t.tag for t in tagged if t.round)
    tagged = [t for t in tagged if not t.round or rounds[t.tag] >= LABEL_LINES]
    if len(tagged) < MARKED_RECORDS:
        return None
    following = {t.index: _next_text(lines, t.index) for t in tagged}
    persons = {t.index: person for t in tagged
               if (person := _person_line(t.rest)) and following[t.index] is not None
               and not BRACKET_TAG.match(following[t.index])}
    # A tag with the speaker's label after it on its line (【同期声】郭某：…): the tag says
    # the record is someone's words, the label whose. A tag that does so twice or more is a
    # speaking tag as a label line's is.
    inline = {t.index for t in tagged if t.index not in persons and _labelled(t.rest)}
    inline_tags = Counter(t.tag for t in tagged if t.index in inline)
    inline = {t.index for t in tagged if t.index in inline and inline_tags[t.tag] >= LABEL_LINES}
    if len(persons) + len(inline) < LABEL_LINES:
        return None  # the tags are the labels themselves (【主持人】…): the readers read them
    speaking_tags = {t.tag for t in tagged if t.index in persons or t.index in inline}
    result = Marked(list(lines))
    header = True
    lead_taken = False
    for item in tagged:
        line = lines[item.index]
        if item.index in persons:
            name, position = persons[item.index]
            label = f"{name}（{position}）：" if position else f"{name}："
            result.lines[item.index] = Line(line.number, label)
            header = False
            continue
        fields = _fields(line.text)
        # (A script's header stands before its first turn: a labelled record, or any record
        # after a labelled line, is past it.)
        if item.index in inline or any(_labelled(earlier.text)
                                       for earlier in lines[:item.index]):
            header = False
        if header and (len(fields) > 1 or not SENTENCE_END.search(item.rest)):
            if len(fields) == 1 and item.index == _first_text(lines):
                # The first line: the script's title under its tag.
                result.lines[item.index] = Line(line.number, item.rest)
            else:
                result.set_aside.append((line, "the script's header: 【…】 fields (" + "、".join(
                    tag for tag, _ in fields) + "), no one's words"))
                result.lines[item.index] = Line(line.number, "")
            continue
        header = False
        if item.tag in speaking_tags:
            result.lines[item.index] = Line(line.number, item.time + item.rest)
            if item.index in inline:
                label, words = split_label(item.rest)
                # (A cue's label is often a post and a name spaced apart, 市民 孙先生 ·
                # RESIDENT JOHN DOE: it names the person, the post kept beside the name.)
                person = _person_line(re.sub(r"\s+", "\u3000", label))
                if person and person[1]:
                    label = f"{person[0]}（{person[1]}）"
                    result.lines[item.index] = Line(line.number, f"{item.time}{label}：{words}")
                result.labels.append(label)
            continue
        if not lead_taken and not any(i < item.index for i in {*persons, *inline}) \
                and not any(_labelled(earlier.text) for earlier in lines[:item.index]):
            # The first record before anyone speaks (an anchor's lead): the intro.
            lead_taken = True
            result.lines[item.index] = Line(line.number, item.time + item.rest)
            continue
        result.set_aside.append((line, f"【{item.tag}】 never stands before a person's name in "
                                       "this file, where 【" + "】【".join(sorted(speaking_tags))
                                + "】 does: narration (a voice-over, a scene), not speech"))
        result.lines[item.index] = Line(line.number, "")
    result.notes.append(f"bracketed tags open {len(tagged)} records, {len(persons)} of them a "
                        f"person's label line, {len(inline)} a labelled turn: the others read "
                        "as header, lead or narration")
    return result


def _labelled(rest: str) -> bool:
    """Whether the words after a tag open with a speaker's label (郭某（种粮大户）：…)."""
    label, words = split_label(rest)
    return bool(label) and bool(words) and len(label) <= 24 and not running_text(label)


def _person_line(rest: str) -> tuple[str, str] | None:
    """``(name, position)`` of a line that is only a person with their position, in either
    order (魏承宇　海风科技运维总监 · 记者　林素秋 · 李先生　现场观众)."""
    parts = [p for p in FIELD_SPLIT.split(rest.strip()) if p]
    if not 1 <= len(parts) <= 2 or any(len(p) > 20 or SENTENCE_MARKS.search(p)
                                       or SENTENCE_END.search(p) for p in parts):
        return None
    named = [p for p in parts if _names_person(p) and not _role_word(p)]
    if not named:
        return None
    if len(named) == 2:
        named = [min(named, key=len)]
    name = named[0]
    position = next((p for p in parts if p != name), "")
    return name, position


def _names_person(text: str) -> bool:
    return is_han_name(text) or is_latin_name(text) or bool(title_form(text))


def _role_word(text: str) -> bool:
    return text in DEFAULT_HOST_LABELS or bool(AUDIENCE.match(text))


def _fields(text: str) -> list[tuple[str, str]]:
    """``【编导】林素秋　【剪辑】高原`` as its ``(tag, value)`` fields."""
    found = re.findall(r"[【〔［\[]([^\W\d_]{1,8})[】〕］\]]\s*([^【〔［\[]*)", text)
    return [(tag, value.strip()) for tag, value in found]


def _next_text(lines: list[Line], index: int) -> str | None:
    return next((line.text for line in lines[index + 1:] if line.text), None)


def _first_text(lines: list[Line]) -> int:
    return next((i for i, line in enumerate(lines) if line.text), -1)
