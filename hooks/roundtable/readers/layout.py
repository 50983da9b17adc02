"""Layout repair: a plain-text file's page furniture set aside and its hard wraps re-joined.

Text saved from Word ("save as text") or copied out of a PDF arrives broken at a fixed
width, with page numbers, page-break markers (a form feed, ``[分页符]``) and the page's
running header between the lines of a turn. Everything here is read from the file's own
statistics, and does nothing to a file that shows none of it:

* a **page number** is a line that says so (``第 3 页``, ``- 3 -``, ``Page 3 of 9``,
  ``3/9``), or a bare number when the file's bare numbers count up one page at a time;
* a **running header** (or footer) is a short line repeated (three times or more) next to
  page breaks or page numbers, or at a page's regular spacing; its first occurrence stays
  when it is the file's first line (the title); one that carries its page's number after a wide gap
  (``Institute — Transcript      Page 2 of 3``) is such a line when its words recur;
* a **hard wrap** is found when many lines stop just short of one width ``W`` (the next
  word, or the next character in Chinese, would not have fitted): such a line is joined
  with the line after it unless that line is indented (a new paragraph) or opens a turn
  after a finished sentence. The width is measured two ways, and the file's own lines say
  which: in display columns (an editor's wrap) or in characters counted with the
  indentation (a PDF's justified lines, where every character takes one cell whatever its
  width: digits and curly quotes too); the measure that more lines fill is the file's.

* a **line-number column** is a number opening the lines that counts up one line at a time
  (a qualitative-research transcript numbered for coding, ``001 R：…``; a deposition's or a
  court record's ``12  Q. …`` that starts again at 1 on each page; a line-numbered code
  listing of a chat log): when most of the file's lines between the first numbered one and
  the last carry it, the column is dropped, so the label after it opens the line as in any
  transcript, and the line's number in the file is what the reader cites.

Page furniture is set aside with its reason; a paragraph that runs on across a page break
is joined across it. A joined line keeps its number, left blank, and ``joined`` says where
its text went, so every line of the file is still accounted for.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .source import BLANKS, Line

PAGE_NUMBER = re.compile(
    r"""(?xi)^(?:
        第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | 共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页
      | [-–—]\s*\d{1,4}\s*[-–—]
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | \d{1,4}\s*/\s*\d{1,4}
    )$"""
)
BARE_NUMBER = re.compile(r"^\d{1,4}$")
# A running header or footer that carries its page's number after a wide gap (a PDF's
# "Institute — Transcript          Page 2 of 3"): the same words on every page, only the
# number changes, so the words are compared without it.
NUMBERED_RUNNING = re.compile(
    r"""(?xi)^(?P<head>\S.{2,79}?)(?:\s{3,}|\t+|\s+[|｜·•–—-]\s+)(?:
        第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | \d{1,4}\s*/\s*\d{1,4} | [-–—]\s*\d{1,4}\s*[-–—] | \d{1,4}
    )$""")
# A running page header that names its page among short fields (a parliament's record:
# "Page 15 — Tuesday, 12 March 2024 — Senate", "Tuesday, 12 March 2024 — Canberra — Page 14").
PAGE_FIELD = re.compile(r"(?i)^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
                        r"|^第\s*\d{1,4}\s*页$")
FIELD_SEPARATOR = re.compile(r"\s+[—–|｜·•]\s+|\s+-\s+")


def page_header(text: str) -> bool:
    """A line of short fields, one of them its page's number: a running page header."""
    fields = [f.strip() for f in FIELD_SEPARATOR.split(text.strip())]
    return (len(fields) >= 2 and any(PAGE_FIELD.match(f) for f in fields)
            and all(0 < len(f) <= 40 and not re.search(r"[。？！?!；;:：]|\.$", f)
                    for f in fields))


PAGE_BREAK = re.compile(
    r"""(?xi)^[-=_*~\s<>\[\]【】（）()]*(?:
        分页符|分页|page\s*break|new\s*page|--\s*page\s*\d+\s*--|\f
    )[-=_*~\s<>\[\]【】（）()\d]*$"""
)
# A stage note in brackets ([Laughter], 【掌声】) ends what stands before it too.
SENTENCE_END = re.compile(r"[。！？!?…．.;；:：”」』\"')）\]】]$")
# A label: a word before a colon, or a transcript's capitals with a title (PROF. NAKASHIMA-BELL:).
TURN_OPENING = re.compile(r"^(?:[^\s:：，,。]{1,20}|[A-Z][A-Z.'’\- ]{1,30}"
                          r"|(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.\s|[A-Z][\w'’\-]+\s){1,3}[A-Z][\w'’\-]+)"
                          r"\s?[:：]")
# A list's next entry, which a wrap never starts: a bullet, or a person and a comma before
# what they do (``Ms. Grace Li, Chief Compliance Officer``) as a participants list sets them.
LIST_ENTRY = re.compile(r"^(?:[•·▪◦*]\s|(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'’\-]+"
                        r"(?:\s+[A-Z][\w'’\-]+){1,2},)")
# A person's name and a comma, in any case, a title maybe before it (PRIYA RAMANATHAN, …
# · DR. SAMUEL OKAFOR, … · Ana García Márquez, …): a list's entry when the line above opens
# so too (one such line alone may be a wrapped sentence's ``New York, where``).
NAMED_ENTRY = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|DR|PROF|MR|MRS|MS|MISS)\.?\s+)?"
                         r"[A-Z\u00c0-\u00de][\w'’\-]+(?:\s+[A-Z\u00c0-\u00de][\w'’\-]+){1,3},\s")
# A numbered list's row, a seat and what follows it in columns (1号　赵子涵　…, 一辩　李想,
# ③　某某, No. 2  Jane Roe): a list's entry when the line above opens so too.
SEATED_ENTRY = re.compile(r"^\s*(?:No\.?\s*|第)?(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])"
                          r"(?:号|號|位|名|辩|辯)?(?:\u3000|\t| {2,})\S")
PAGE_LINES = 15
"""Fewest lines between two page numbers: a page holds more."""
RIGHT_SET = 20
"""Leading spaces that set a bare number at a page's right edge (its page number)."""
HEADER_MAX = 80
HEADER_REPEATS = 3
"""Occurrences of a line that make it a running header by its regular spacing alone (two
suffice beside page breaks)."""
MIN_WRAP_WIDTH = 30
"""Display columns below which a file's longest lines are no wrap width (short lines)."""
WRAPPED_SHARE = 0.3
"""Share of the lines followed by another line that must stop just short of the width."""
MIN_WRAPPED = 5
Filler = Callable[[int, int, str, str], bool]
"""Whether line ``a`` (index, then text) stops where the wrap would have, before line ``b``."""
MIN_WRAP_CHARS = 15
"""Characters below which a file's longest lines are no wrap width."""


@dataclass
class Layout:
    """The repaired lines (numbered as the file's, blank where text moved or was set aside)."""

    lines: list[Line]
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    joined: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def width(text: str) -> int:
    """Display columns: two for a wide (Chinese) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def repair(physical: list[str]) -> Layout:
    """The file's lines with page furniture set aside and hard-wrapped paragraphs joined."""
    texts = [raw.strip(BLANKS) for raw in physical]
    layout = Layout([Line(i, text) for i, text in enumerate(texts, 1)])
    if any("-->" in text for text in texts):
        return layout  # subtitles: bare numbers are cue numbers, the cues their own lines
    numbered = _number_column(texts)
    texts_before = texts
    deeper: set[int] = set()
    number_only: set[int] = set()
    if numbered:
        # (The blanks after the number go too: the column's own spacing, or a hanging
        # indent under the line that opens the turn, which the number column keeps apart.)
        deeper, margin = _set_deeper(texts, numbered)
        number_only = _numbered_blanks(texts, numbered)
        # (Text set deeper than the margin keeps its extra indentation, which the width of
        # its wrapped lines counts.)
        physical = [_unnumbered(raw, margin) if i in numbered
                    else ("" if i in number_only else raw)
                    for i, raw in enumerate(physical)]
        texts = [raw.strip(BLANKS) for raw in physical]
        layout = Layout([Line(i, text) for i, text in enumerate(texts, 1)])
        layout.notes.append(f"a line-number column on {len(numbered)} line(s) dropped")
    furniture = _page_furniture(physical, texts)
    for index, reason in sorted(furniture.items()):
        layout.set_aside.append((layout.lines[index], reason))
        layout.lines[index] = Line(index + 1, "")
    if furniture:
        layout.notes.append(f"{len(furniture)} line(s) of page furniture set aside")
    # (A numbered blank line is a blank line to the joins below, which it separates.)
    for index in sorted(number_only):
        layout.set_aside.append((Line(index + 1, texts_before[index]),
                                 "a line number on a blank line: page furniture, not speech"))
    # Full-width indentation opens a Chinese paragraph; ASCII spaces may be a hanging indent
    # (a wrapped list entry), so they open none.
    indented = [(raw[:1] in ("\u3000", "\t") or i in deeper) and bool(raw.strip(BLANKS))
                for i, raw in enumerate(physical)]
    wrap = _wrap_width(layout.lines, furniture)
    cells = _cell_wrap(physical, layout.lines, furniture)
    if cells and cells[1] > wrap[1]:
        layout.notes.append(f"hard-wrapped at {cells[0]} characters a line (indentation "
                            "counted): wrapped lines re-joined")
        fills = _cell_filler(physical, cells[0])
    else:
        if wrap[0]:
            layout.notes.append(f"hard-wrapped at {wrap[0]} columns: wrapped lines re-joined")
        fills = _column_filler(wrap[0])
    feeds = {i for i, raw in enumerate(physical) if "\f" in raw}
    filler = fills if (wrap[0] or cells) else None
    if deeper:
        # Under a column whose turns are set deeper, a line back at the margin is a wrapped
        # one, however short the line above it stops.
        at_margin = numbered - deeper
        filler = _margin_filler(at_margin, filler)
    _join(layout, filler, indented, furniture, feeds)
    _join_hanging(layout, physical)
    return layout


LINE_NUMBER = re.compile(r"^(?P<n>\d{1,5})"
                         r"(?:[ \t\u3000]+|(?=[^\d\s.,:：、．)）%％年月日号號时時点點分秒]))")
MIN_NUMBERED = 8
"""Lines a number column must open, counting up, to be the file's line numbers."""
NUMBERED_SHARE = 0.6
"""Share of the non-blank lines from the first numbered line to the last that it opens."""


def _number_column(texts: list[str]) -> set[int]:
    """The indices of the lines that open with the file's line numbers, or none: a number
    that counts up by one from line to line (or starts again at 1, a new page's count),
    on most lines of the stretch it runs over. A year, a count or a list's point is no
    column: they do not count up line by line."""
    found = [(i, int(m.group("n"))) for i, text in enumerate(texts)
             if (m := LINE_NUMBER.match(text)) and text[m.end():].strip(BLANKS)]
    if len(found) < MIN_NUMBERED:
        return set()
    steps = sum(1 for (_, a), (_, b) in zip(found, found[1:], strict=False) if b in (a + 1, 1))
    span = [t for t in texts[found[0][0]:found[-1][0] + 1] if t]
    if steps < 0.9 * (len(found) - 1) or len(found) < NUMBERED_SHARE * len(span):
        return set()
    return {i for i, _ in found}


def _gutter(text: str) -> int:
    """Blanks between a line's number and its text."""
    m = LINE_NUMBER.match(text)
    rest = text[m.end("n"):] if m else ""
    return len(rest) - len(rest.lstrip(BLANKS))


def _unnumbered(raw: str, margin: int) -> str:
    """The line without its number and the column's margin after it."""
    text = raw.strip(BLANKS)
    m = LINE_NUMBER.match(text)
    rest = text[m.end("n"):] if m else text
    return rest[min(margin, len(rest) - len(rest.lstrip(BLANKS))):].rstrip(BLANKS)


def _set_deeper(texts: list[str], numbered: set[int]) -> tuple[set[int], int]:
    """The numbered lines whose text is set deeper than the column's margin: a court
    reporter's ``Q.``/``A.`` and colloquy indented, their wrapped lines back at the margin
    (a hearing transcript, a deposition, a numbered interview transcript laid out alike).
    Such a line opens a paragraph; one at the margin may continue the line above."""
    gutters = Counter(_gutter(texts[i]) for i in numbered)
    margin = min(gutters)
    if gutters[margin] < MIN_NUMBERED // 2 or len(gutters) < 2:
        return set(), max(gutters, key=gutters.__getitem__)  # every line alike
    deeper = {i for i in numbered if _gutter(texts[i]) > margin + 1}
    # (Where the labelled turns stand at the margin and the deeper lines under them, the
    # deeper ones are a hanging indent, wrapped lines: a line-numbered interview transcript.)
    if _labelled_share(texts, numbered - deeper) > max(0.5, _labelled_share(texts, deeper)):
        return set(), margin
    return deeper, margin


def _labelled_share(texts: list[str], lines: set[int]) -> float:
    """Share of the numbered lines that open with a speaker's label."""
    opening = sum(bool(TURN_OPENING.match(_unnumbered(texts[i], 99).strip(BLANKS)))
                  for i in lines)
    return opening / len(lines) if lines else 0.0


def _numbered_blanks(texts: list[str], numbered: set[int]) -> set[int]:
    """Lines that hold only the column's number (a court record numbers its blank lines
    too): the count runs through them, one more than the numbered line above or one less
    than the one below."""
    counts = {i: int(m.group("n")) for i in numbered if (m := LINE_NUMBER.match(texts[i]))}
    found: set[int] = set()
    last: tuple[int, int] | None = None  # (index, number) of the nearest line counted
    for i, text in enumerate(texts):
        if i in counts:
            last = (i, counts[i])
        elif BARE_NUMBER.match(text) and last is not None and int(text) == last[1] + 1 \
                and i - last[0] == 1:
            found.add(i)
            last = (i, int(text))
    # ... and blank lines at a page's top, counted back from the first numbered line below.
    for i in sorted(counts, reverse=True):
        j, n = i - 1, counts[i] - 1
        while j >= 0 and n >= 1 and j not in counts and BARE_NUMBER.match(texts[j]) \
                and int(texts[j]) == n:
            found.add(j)
            j, n = j - 1, n - 1
    return found


# A list entry's marker: a bullet, or a number or letter with its point (1. 2) a.).
BULLET = re.compile(r"^(?:[•·▪◦‣●○*\-–]|\d{1,2}[.)、]|[a-z][.)])\s+\S")


def _join_hanging(layout: Layout, physical: list[str]) -> None:
    """A list entry wrapped under a hanging indent (``• Priya said…`` then ``  red-team…``
    indented by spaces, as mail programs and editors set wrapped bullets): the indented lines
    that follow an entry with no blank line between continue it, whatever the width."""
    texts = [line.text for line in layout.lines]
    entry = None
    for i, raw in enumerate(physical):
        text = texts[i]
        if not text:
            if not raw.strip(BLANKS):
                entry = None  # a blank line ends the entry (a joined one does not)
            continue
        hanging = raw[:1] == " " and not BULLET.match(text)
        if entry is not None and hanging:
            texts[entry] = _glue(texts[entry], text)
            texts[i] = ""
            layout.joined.append((i + 1, entry + 1))
            continue
        entry = i if BULLET.match(text) and raw[:1] not in (" ", "\t") else None
    layout.lines = [Line(i + 1, text) for i, text in enumerate(texts)]


def _page_furniture(physical: list[str], texts: list[str]) -> dict[int, str]:
    """Line index → reason, for page numbers, page-break markers and running headers."""
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        if text and PAGE_BREAK.match(text):
            found[i] = "a page-break marker: page furniture, not speech"
        elif text and PAGE_NUMBER.match(text):
            found[i] = "a page number: page furniture, not speech"
        elif text and page_header(text):
            found[i] = "a running page header (its page's number among short fields): not speech"
    bare = [i for i, text in enumerate(texts) if BARE_NUMBER.match(text)]
    values = [int(texts[i]) for i in bare]
    # Bare numbers are page numbers when they count up one at a time (2, 3, 4 …) a page
    # apart, or stand beside a form feed; numbered sections are closer together.
    # (Two suffice when both are set far out to the right, as a printed page sets its number.)
    right_set = all(len(physical[i]) - len(physical[i].lstrip()) >= RIGHT_SET for i in bare)
    counting = (len(bare) >= 3 or (len(bare) == 2 and right_set)) and all(
        b - a == 1 and j - i >= PAGE_LINES
        for a, b, i, j in zip(values, values[1:], bare, bare[1:], strict=False))
    # Numbers set at a page's right edge a page apart are its page numbers even where the
    # count skips (a cover page's 1, then the excerpt's pages 88 and 89).
    counting = counting or (len(bare) >= 2 and right_set and all(
        b > a and j - i >= PAGE_LINES
        for a, b, i, j in zip(values, values[1:], bare, bare[1:], strict=False)))
    for i in bare:
        beside_feed = "\f" in physical[i] or (i + 1 < len(physical) and "\f" in physical[i + 1])
        if counting or beside_feed:
            found[i] = "a page number: page furniture, not speech"
    heads = Counter(m.group("head").strip() for m in map(NUMBERED_RUNNING.match, texts) if m)
    for i, text in enumerate(texts):
        numbered = NUMBERED_RUNNING.match(text)
        if numbered and heads[numbered.group("head").strip()] >= 2 and i not in found:
            found[i] = "a running header or footer with its page number: not speech"
    breaks = set(found) | {i for i, raw in enumerate(physical) if "\f" in raw}
    first = next((i for i, text in enumerate(texts) if text), -1)
    counts = Counter(text for text in texts if text and len(text) <= HEADER_MAX)
    # A header of several lines is found line by line from the break outwards: each line
    # found is a break the next one stands beside.
    settled: set[str] = set()
    while True:
        grew = False
        for text, count in counts.items():
            if count < 2 or text in settled:
                continue
            labelled = bool(TURN_OPENING.match(text))
            if labelled and count < HEADER_REPEATS:
                continue
            places = [i for i, t in enumerate(texts) if t == text]
            near_break = all(_near(i, breaks, texts) for i in places if i != first)
            gaps = [b - a for a, b in zip(places, places[1:], strict=False)]
            regular = (count >= HEADER_REPEATS and max(gaps) - min(gaps) <= 3
                       and min(gaps) >= PAGE_LINES)
            # A line with a label's shape (``Company Name: …``, ``Date: …``) is a header's
            # field only when it comes back word for word beside every page break: a turn
            # is never said again whole at each page's top.
            if (breaks and near_break) or (regular and not labelled):
                settled.add(text)
                grew = True
                for i in places:
                    if i != first or labelled:
                        found[i] = "a running header repeated on every page: not speech"
                        breaks.add(i)
        if not grew:
            break
    _cut_sentence_headers(texts, physical, found)
    return found


# Anything a sentence or a clause ends with: a line that has none of it is a heading, a
# header, a name.
PUNCTUATED = re.compile(r"[。！？!?…；;，,：:、.）)”」』\]】]")


def _cut_sentence_headers(texts: list[str], physical: list[str], found: dict[int, str]) -> None:
    """A page's running header (or footer) printed once: a short unpunctuated line set
    beside a page number, between the halves of a sentence that the page break cut (the text
    before the break ends mid-sentence, the text after it is not a new paragraph). A
    sentence does not stop for a different line, so the line is the page's, not speech."""
    for i in sorted(k for k, reason in found.items() if "page number" in reason):
        for step in (1, -1):
            j = i + step
            if not (0 <= j < len(texts)) or j in found or not texts[j]:
                continue
            text = texts[j]
            if len(text) > HEADER_MAX // 2 or PUNCTUATED.search(text) or TURN_OPENING.match(text):
                continue
            before = _next_text(texts, found, min(i, j) - 1, -1)
            after = _next_text(texts, found, max(i, j) + 1, 1)
            if before is None or after is None:
                continue
            cut = not SENTENCE_END.search(texts[before].rstrip())
            runs_on = (physical[after][:1] not in (" ", "\t", "\u3000")
                       and not TURN_OPENING.match(texts[after]))
            if cut and runs_on:
                found[j] = ("a running header or footer beside its page number, inside a "
                            "sentence the page break cut: not speech")


def _next_text(texts: list[str], found: dict[int, str], start: int, step: int) -> int | None:
    """The nearest line with text from ``start`` on that is not page furniture."""
    i = start
    while 0 <= i < len(texts):
        if texts[i] and i not in found:
            return i
        i += step
    return None


def _near(index: int, breaks: set[int], texts: list[str]) -> bool:
    """Within two non-blank lines of a page break or page number."""
    for step in (-1, 1):
        seen, i = 0, index + step
        while 0 <= i < len(texts) and seen < 2:
            if i in breaks:
                return True
            if texts[i]:
                seen += 1
            i += step
    return index in breaks


def _first_token(text: str) -> str:
    """What a wrapping editor would have had to fit: the first word, or one wide character."""
    if text and unicodedata.east_asian_width(text[0]) in "WF":
        return text[0]
    return text.split(" ", 1)[0]


def _fills(before: str, after: str, wrap: int) -> bool:
    """Whether ``before`` stops where a wrap at ``wrap`` columns would have stopped it."""
    token = _first_token(after)
    gap = 0 if unicodedata.east_asian_width(token[:1] or " ") in "WF" else 1
    # Chinese line breaking keeps punctuation off a line's start, so a line may stop one or
    # two characters short.
    return width(before) + gap + width(token) > wrap - 2


def _wrap_width(lines: list[Line], furniture: dict[int, str]) -> tuple[int, int]:
    """The width in columns the file is hard-wrapped at (0 when its lines show no wrap),
    and how many lines fill it."""
    texts = [line.text for line in lines]
    widths = sorted(width(t) for t in texts if t)
    if len(widths) < MIN_WRAPPED * 2:
        return 0, 0
    # The widest line but for one in fifty (a line a wrap left long: a URL, a table).
    wrap = widths[-1 - int(len(widths) * 0.02)]
    if wrap < MIN_WRAP_WIDTH:
        return 0, 0
    pairs = list(_followed(texts, furniture))
    full = sum(1 for a, b in pairs if _fills(texts[a], texts[b], wrap))
    if full >= MIN_WRAPPED and full >= len(pairs) * WRAPPED_SHARE:
        return wrap, full
    return 0, 0


def _cells(raw: str) -> int:
    """Characters on the line as a justified page sets them: indentation counted, every
    character one cell."""
    return len(raw.rstrip(BLANKS))


def _cell_wrap(physical: list[str], lines: list[Line],
               furniture: dict[int, str]) -> tuple[int, int] | None:
    """The number of characters a line holds when the file is a justified page's lines (a
    PDF copied out), and how many lines fill it; None when its lines show no such wrap."""
    texts = [line.text for line in lines]
    sizes = sorted(_cells(physical[i]) for i, t in enumerate(texts) if t)
    if len(sizes) < MIN_WRAPPED * 2:
        return None
    wrap = sizes[-1 - int(len(sizes) * 0.02)]
    if wrap < MIN_WRAP_CHARS:
        return None
    pairs = list(_followed(texts, furniture))
    full = sum(1 for a, _ in pairs if _cells(physical[a]) >= wrap - 1)
    if full >= MIN_WRAPPED and full >= len(pairs) * WRAPPED_SHARE:
        return wrap, full
    return None


def _cell_filler(physical: list[str], wrap: int) -> Filler:
    # A line one short of the width still fills it: punctuation kept off a line's start
    # moves a character down, and one kept at a line's end hangs one over.
    return lambda a, _b, _before, _after: _cells(physical[a]) >= wrap - 1


def _margin_filler(at_margin: set[int], fills: Filler | None) -> Filler:
    return lambda a, b, before, after: ((b in at_margin and not TURN_OPENING.match(after))
                                        or bool(fills and fills(a, b, before, after)))


def _column_filler(wrap: int) -> Filler:
    return lambda _a, _b, before, after: _fills(before, after, wrap)


def _followed(texts: list[str], furniture: dict[int, str]) -> list[tuple[int, int]]:
    """(line, next line) pairs of text with nothing but page furniture between."""
    pairs = []
    previous = None
    blanks = 0
    for i, text in enumerate(texts):
        if not text:
            blanks += 0 if i in furniture else 1
            continue
        if previous is not None and blanks == 0:
            pairs.append((previous, i))
        previous, blanks = i, 0
    return pairs


# A line that opens with a time ([00:00:24:00]…, 14:05 …): one record of a timed file.
TIMED_RECORD = re.compile(r"^[\[(（【]?\d{1,2}:\d{2}(?::\d{2})*[\])）】]?\s*\S")


def _join(layout: Layout, fills: Filler | None, indented: list[bool], furniture: dict[int, str],
          feeds: set[int]) -> None:
    """Join wrapped lines, and a paragraph cut by page furniture, into the line they
    continue."""
    texts = [line.text for line in layout.lines]
    original = list(texts)  # what each line held, for the tests below, before any join
    # A paragraph cut by a page: blank lines around the furniture do not end it.
    across = set()
    cut = _across_pages(texts, furniture | dict.fromkeys(feeds, ""))
    for a, b in cut:
        if not SENTENCE_END.search(texts[a]) and not indented[b] \
                and not TURN_OPENING.match(texts[b]):
            across.add((a, b))
    pairs = set(_followed(texts, furniture)) if fills else set()
    into: dict[int, int] = {}
    for a, b in sorted(pairs | across, key=lambda pair: pair[1]):
        if indented[b] or not texts[b]:
            continue
        if (a, b) not in across:
            if not fills(a, b, original[a], original[b]):
                continue
            if SENTENCE_END.search(original[a]) and TURN_OPENING.match(original[b]):
                continue
            if LIST_ENTRY.match(original[b]) or (NAMED_ENTRY.match(original[b])
                                                 and NAMED_ENTRY.match(original[a])) or (
                    SEATED_ENTRY.match(original[b]) and SEATED_ENTRY.match(original[a])):
                continue
            if TIMED_RECORD.match(original[b]) and TIMED_RECORD.match(original[a]):
                continue  # a timed record opens its own record, however long the one before
        target = into.get(a, a)
        texts[target] = _glue(texts[target], texts[b])
        texts[b] = ""
        into[b] = target
        layout.joined.append((b + 1, target + 1))
    layout.lines = [Line(i + 1, text) for i, text in enumerate(texts)]


def _across_pages(texts: list[str], furniture: dict[int, str]) -> list[tuple[int, int]]:
    """(last line before, first line after) of every run of page furniture."""
    result = []
    previous = None
    between_furniture = False
    for i, text in enumerate(texts):
        if i in furniture and not text:
            between_furniture = True
        elif text and i in furniture:  # a form feed opening a line of text
            if previous is not None:
                result.append((previous, i))
            previous, between_furniture = i, False
        elif text:
            if previous is not None and between_furniture:
                result.append((previous, i))
            previous, between_furniture = i, False
    return result


def _glue(before: str, after: str) -> str:
    """Two pieces of one paragraph: no space between Chinese, a space between words, and a
    word hyphenated at the wrap joined whole."""
    if not before:
        return after
    if unicodedata.east_asian_width(before[-1]) in "WF" or \
            unicodedata.east_asian_width(after[0]) in "WF":
        return before + after
    if before.endswith("-") and before[-2:-1].isalpha():
        return before + after
    return before + " " + after
