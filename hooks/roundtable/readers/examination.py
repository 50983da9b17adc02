"""Examination records: ``Q.``/``A.`` turns whose owners the file names elsewhere.

A court or deposition transcript (US, UK, Hong Kong), an inquiry's examination record or a
Chinese 庭审笔录 writes its turns as roles, not names: ``Q.`` (问) is whoever examines now,
named by the latest examiner line (``BY MS. LEE:``, ``EXAMINATION BY MR. CHAN``, a
``公诉人讯问被告人：`` line, a ``由辩护人发问`` announcement), and ``A.`` (答) is the witness the
file names once (``DEPOSITION OF …``, ``TESTIMONY OF …``, the examined party after 讯问/询问/发问).
Each Q line becomes the examiner's labelled turn and each A line the witness's; the examiner
lines, which are the record's own bookkeeping, are set aside. ``THE WITNESS:`` colloquy is the
witness's, by name when the file names the witness.

A file without an examiner line and at least three Q and three A marks is left as it was
(bare 问/答 interviews are read by the label and marker layers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .source import Line

# The US/UK/HK court reporter's examiner line (a public convention of the shape): ``BY MR.
# SMITH:``, ``CROSS-EXAMINATION BY MS. WONG``, ``Examination by Mr Lee``.
EXAMINER_EN = re.compile(
    r"^(?:(?:RE-?|FURTHER\s+)?(?:DIRECT\s+|CROSS[- ]|RE-?)?EXAMINATION\s+)?BY\s+"
    r"(?P<name>(?:MR|MS|MRS|MISS|DR|MX)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s*[:：.]?$", re.I)
# 庭审笔录: ``公诉人讯问被告人：``, ``审判长问证人：``; and an announcement inside a turn:
# ``现在由辩护人向被告人发问``.
EXAMINER_ZH = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,8}?)(?:向(?P<to0>[\u4e00-\u9fff]{2,6}?))?"
    r"(?:讯问|询问|發問|发问|詢問|訊問|问|問)(?P<to>[\u4e00-\u9fff]{0,6})[：:]$")
ANNOUNCED_ZH = re.compile(
    r"由(?P<name>[\u4e00-\u9fff]{2,6}?)(?:向(?P<to>[\u4e00-\u9fff]{2,6}?))?"
    r"(?:讯问|询问|发问|發問|詢問|訊問)")
MARK = re.compile(r"^(?P<mark>Q|A|问|答|問)\s*[.:：．]\s*(?P<rest>\S.*)$")
ASKS = ("Q", "问", "問")
# Where the file names its witness: the cover's ``DEPOSITION OF …`` and the like.
WITNESS_EN = re.compile(
    r"\b(?:DEPOSITION|TESTIMONY|EVIDENCE|EXAMINATION|STATEMENT)\s+OF\s+"
    r"(?P<name>[A-Z][A-Z.'’ -]+?[A-Z])"
    r"(?:\s*,\s*(?:PH\.?D|M\.?D|J\.?D|ESQ|JR|SR)\.?)?\s*$", re.I)
THE_WITNESS = re.compile(r"^THE WITNESS\s*:\s*(?P<rest>.*)$", re.I)
MARKS_NEEDED = 3
"""Q marks and A marks a file needs for its marks to be turns."""


@dataclass
class Examined:
    lines: list[Line]
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    examiners: list[str] = field(default_factory=list)
    """Who examines, in order: hosts, their objections and colloquy too."""


def _examiner(text: str) -> tuple[str, str] | None:
    """``(examiner, examined)`` when the line names who examines from now on."""
    m = EXAMINER_EN.match(text)
    if m:
        return m.group("name").strip(), ""
    m = EXAMINER_ZH.match(text)
    if m:
        return m.group("name"), (m.group("to0") or m.group("to") or "")
    m = ANNOUNCED_ZH.search(text)
    if m:
        return m.group("name"), m.group("to") or ""
    return None


def _witness(lines: list[Line]) -> str:
    for line in lines:
        m = WITNESS_EN.search(line.text.strip())
        if m:
            return m.group("name").strip()
    return ""


def read(lines: list[Line]) -> Examined:
    """The lines with Q/A marks turned into the examiner's and the witness's labelled turns."""
    marks = [m.group("mark") for line in lines if (m := MARK.match(line.text.strip()))]
    asked = sum(mark in ASKS for mark in marks)
    if asked < MARKS_NEEDED or len(marks) - asked < MARKS_NEEDED:
        return Examined(lines)
    if not any(_examiner(line.text.strip()) for line in lines):
        return Examined(lines)
    named = _witness(lines)
    witness = named
    result = Examined([])
    examiner = ""
    for line in lines:
        text = line.text.strip()
        found = _examiner(text)
        mark = MARK.match(text)
        if found and not mark and (EXAMINER_EN.match(text) or EXAMINER_ZH.match(text)):
            examiner = found[0]
            result.examiners.append(examiner)
            witness = named or found[1] or witness
            result.lines.append(Line(line.number, ""))
            result.set_aside.append((line, "an examiner line: who asks the Q lines below"))
            continue
        if found:  # an announcement inside a turn: the next Q lines are that examiner's
            examiner, witness = found[0], named or found[1] or witness
            result.examiners.append(examiner)
        if mark and examiner:
            asking = mark.group("mark") in ASKS
            who = examiner if asking else (witness or ("答" if mark.group("mark") == "答"
                                                      else "THE WITNESS"))
            result.lines.append(Line(line.number, f"{who}: {mark.group('rest')}"))
            continue
        m = THE_WITNESS.match(text)
        if m and named:
            result.lines.append(Line(line.number, f"{named}: {m.group('rest')}"))
            continue
        result.lines.append(line)
    result.examiners = list(dict.fromkeys(result.examiners))
    result.notes.append("an examination record: Q lines read as the examiner's (the latest "
                        "examiner line), A lines as the witness's"
                        + (f" ({named})" if named else ""))
    return result
