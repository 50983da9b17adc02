"""Forum markup (BBCode) in a plain-text file: a post copied with its raw tags, read as the
structure the tags stand for, line for line, before the layout repair.

BBCode is the markup of bulletin boards (phpBB, Discuz, vBulletin): ``[b]…[/b]``,
``[color=Blue]…[/color]``, ``[quote]…[/quote]``, ``[img]…[/img]``. A file is read so when
closing tags of that vocabulary recur (on three lines or more); otherwise nothing changes.

* Formatting tags (bold, italic, colour, size, font, alignment, links) are removed and their
  text kept: ``[b][color=Blue]冰河[/color][/b]：…`` is the label ``冰河：…`` it shows.
* An image (``[img]…[/img]``, a smiley) is no text: removed with its address.
* A quote block (``[quote]…[/quote]``, on one line or several) is someone else's words: on
  the forum, what a poster quotes is the question put to the guest. Its tags are removed; a
  bold lead inside it (``[b]网友 某某 问：[/b]``) stays the label it is; the lines it holds are
  returned so that ``--explain`` can say so.
* A post's signature: a rule (a line of five or more dashes) near the end of the file, after
  which only a few short lines follow, is the forum's signature separator; the rule and what
  follows are set aside, no one's words.

Every line keeps its number; a line that held only tags becomes blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..source import Line

# The tags of the BBCode vocabulary (phpBB's and Discuz's documented sets).
_TAGS = (r"b|i|u|s|strike|color|colour|size|font|align|center|left|right|indent|url|email"
         r"|quote|code|img|list|\*|hide|free|backcolor|float|p|table|tr|td|sup|sub|media"
         r"|flash|attach|attachimg|hr")
CLOSING = re.compile(rf"(?i)\[/(?:{_TAGS})\]")
TAG = re.compile(rf"(?i)\[/?(?:{_TAGS})(?:=[^\]\n]{{0,80}})?\]")
IMAGE = re.compile(r"(?is)\[(?:img|attachimg|attach|media|flash)(?:=[^\]]*)?\].*?"
                   r"\[/(?:img|attachimg|attach|media|flash)\]")
QUOTE_OPEN = re.compile(r"(?i)\[quote(?:=[^\]\n]*)?\]")
QUOTE_CLOSE = re.compile(r"(?i)\[/quote\]")
RULE = re.compile(r"^[-=_~─━—]{5,}$")
MIN_TAGGED_LINES = 3
SIGNATURE_LINES = 3
"""Most lines a signature below its rule holds."""


@dataclass
class Stripped:
    """The lines with their markup read."""

    lines: list[Line]
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    quoted: list[int] = field(default_factory=list)
    """The lines inside a quote block."""
    notes: list[str] = field(default_factory=list)


def is_bbcode(texts: list[str]) -> bool:
    """The file's lines carry forum markup: closing tags on three lines or more."""
    return sum(1 for text in texts if CLOSING.search(text)) >= MIN_TAGGED_LINES


def strip(lines: list[Line]) -> Stripped:
    """The lines with BBCode read as above (the lines unchanged when they carry none)."""
    if not is_bbcode([line.text for line in lines]):
        return Stripped(list(lines))
    result: list[Line] = []
    quoted: list[int] = []
    inside = False
    for line in lines:
        text = IMAGE.sub("", line.text)
        opens = bool(QUOTE_OPEN.search(text))
        if inside or opens:
            quoted.append(line.number)
        if opens:
            inside = True
        if QUOTE_CLOSE.search(text):
            inside = False
        result.append(Line(line.number, TAG.sub("", text)))
    stripped = Stripped(result, quoted=quoted,
                        notes=["forum markup (BBCode) read: tags removed, lines kept"])
    if quoted:
        stripped.notes.append(f"{len(quoted)} line(s) in quote blocks: someone else's words "
                              f"(line {quoted[0]} first)")
    _signature(stripped)
    return stripped


def _signature(stripped: Stripped) -> None:
    """The forum signature under its rule at the end of the post, set aside."""
    filled = [line for line in stripped.lines if line.text.strip()]
    for index in range(len(filled) - 1, max(-1, len(filled) - SIGNATURE_LINES - 2), -1):
        if RULE.match(filled[index].text.strip()):
            after = filled[index + 1:]
            if not after or len(after) > SIGNATURE_LINES:
                return
            rule_at = filled[index].number
            aside = [line for line in stripped.lines
                     if line.number >= rule_at and line.text.strip()]
            stripped.set_aside += [(line, "a forum post's signature below its rule: "
                                          "not speech") for line in aside]
            gone = {line.number for line in aside}
            stripped.lines = [Line(line.number, "") if line.number in gone else line
                              for line in stripped.lines]
            return


# The signature delimiter of a post or a mail, ``--`` alone on its line (RFC 3676's "-- ",
# which bulletin boards such as PTT print above their site footer).
SIG_DASHES = re.compile(r"^--\s*$")
# A reader's one-line comment under a post, as bulletin boards print it: a verdict mark, the
# account, a colon, the words and a date (PTT's 推/→/噓 push lines, ``推 user: …  04/21 23:52``).
PUSH = re.compile(r"^(?:推|→|噓|嘘)\s*(?P<account>[\w.@-]{2,30})\s*[:：]\s*(?P<words>.*?)"
                  r"(?:\s+(?:\d{1,3}\.){3}\d{1,3})?\s*(?:\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?)?$")
MIN_PUSHES = 2


def post_footer(lines: list[Line]) -> tuple[list[Line], list[tuple[Line, str]], list[str]]:
    """The back matter of a forum post saved as text, set aside: the last ``--`` signature
    delimiter and everything below it when what follows is short (a signature, a site's
    footer) or the readers' comment lines; and a run of two or more comment lines at the end
    of the post. Readers' comments are the page's, not the transcript; nothing else changes."""
    filled = [line for line in lines if line.text.strip()]
    if not filled:
        return lines, [], []
    pushes = [line for line in filled if PUSH.match(line.text.strip())]
    start = None
    for index in range(len(filled) - 1, -1, -1):
        if SIG_DASHES.match(filled[index].text.strip()):
            after = filled[index + 1:]
            others = [line for line in after if not PUSH.match(line.text.strip())]
            if len(others) <= SIGNATURE_LINES and index >= len(filled) // 2:
                start = filled[index].number
            break
    if start is None:
        tail = 0
        while tail < len(filled) and PUSH.match(filled[-1 - tail].text.strip()):
            tail += 1
        if tail < MIN_PUSHES:
            return lines, [], []
        start = filled[-tail].number
    aside = [(line, "a reader's comment under the post (its account, a colon, a date): the "
              "page's, not the transcript" if PUSH.match(line.text.strip()) else
              "the post's signature or its site's footer below the ``--`` delimiter: not "
              "speech") for line in filled if line.number >= start]
    gone = {line.number for line, _ in aside}
    comments = sum(1 for line in pushes if line.number in gone)
    notes = [f"the post's footer set aside from line {start}"
             + (f", with {comments} reader comment(s)" if comments else "")]
    return ([Line(line.number, "") if line.number in gone else line for line in lines],
            aside, notes)
