"""A container's records and the numbered lines they become.

A record is one turn or paragraph as its container holds it: text, an optional label and
start or end time, and the line of the file it starts on (a CSV row's first physical line, a
Word paragraph's index, the source line of a web page's block). :func:`place` renders each
record as the line a plain transcript would hold and puts it at its own number; the lines a
record spans past its first are left blank and said to be joined into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..source import Line

_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


@dataclass(frozen=True)
class Record:
    """One turn or paragraph of a container."""

    line: int
    """The line (row, paragraph, source line) the record starts on, from 1."""
    text: str
    label: str = ""
    start: str = ""
    """``HH:MM:SS`` when the container gives a start time."""
    end: str = ""
    last: int = 0
    """The last line the record spans (a CSV field with line breaks), if past ``line``."""


def rendered(record: Record) -> str:
    """The record as a plain transcript line: ``[00:01:02] 张伟：…`` (the form the readers
    read), a Latin label with ``: ``."""
    time = f"[{record.start}] " if record.start else ""
    if not record.label:
        return time + record.text
    colon = "：" if _WIDE.search(record.label) else ": "
    return f"{time}{record.label}{colon}{record.text}"


def place(records: list[Record], total: int) -> tuple[list[Line], list[tuple[int, int]]]:
    """Lines 1 to ``total`` (at least to the last record), each record's rendering at its
    number, and ``(line, into)`` for the lines a record spans past its first."""
    total = max([total, *(r.last or r.line for r in records)])
    texts = [""] * total
    joined: list[tuple[int, int]] = []
    for record in records:
        texts[record.line - 1] = rendered(record)
        joined += [(n, record.line) for n in range(record.line + 1, (record.last or 0) + 1)]
    return [Line(i, text) for i, text in enumerate(texts, 1)], joined


def join_pieces(pieces: list[str]) -> str:
    """Pieces of one paragraph (a field's lines, a block's text runs) as one line: no space
    between Chinese, a space between words."""
    result = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if result and not (_WIDE.match(piece[0]) or _WIDE.match(result[-1])):
            result += " "
        result += piece
    return result
