"""A transcript kept as a table in a text file (Markdown's pipe table, an ASCII table in
notes): a delimited export inside the text, read as records, a row a turn.

A table is a transcript when its header row names a text column and a speaker or time column,
in the words a CSV export's header uses (:data:`.delimited.COLUMN_WORDS`, either language:
``| 时间 | 发言人 | 内容 |``, ``| Speaker | Text |``), and a rule row (``| --- | --- |``)
follows it. Every later row with as many cells is a record, also under a later heading
without a header of its own (a notes page's sections continue the one table); a cell's
``<br>`` breaks are one paragraph. The header and rule rows are set aside as the table's
column names; other lines stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..source import Line
from .delimited import _clock, _header_role
from .records import Record, join_pieces

ROW = re.compile(r"^\|.*\|$|^[^|]+(?:\|[^|]*){2,}$")
RULE_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
CELL_BREAK = re.compile(r"(?i)<br\s*/?>")
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@dataclass
class Table:
    """The table's records and the rows set aside."""

    records: list[Record] = field(default_factory=list)
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.label for r in self.records if r.label))


def cells(text: str) -> list[str]:
    """A row's cells, its outer pipes dropped (``\\|`` is a pipe inside a cell)."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in UNESCAPED_PIPE.split(inner)]


def read(lines: list[Line]) -> Table | None:
    """The transcript table of the lines, or None when they hold none."""
    texts = [line.text.strip() for line in lines]
    for index, text in enumerate(texts[:-1]):
        if not ROW.match(text) or not RULE_ROW.match(texts[index + 1]):
            continue
        header = cells(text)
        columns: dict[str, int] = {}
        for i, cell in enumerate(header):
            role = _header_role(cell)
            if role and role not in columns:
                columns[role] = i
        if "text" not in columns or not {"label", "start"} & set(columns):
            continue
        return _rows(lines, index, len(header), columns)
    return None


def _rows(lines: list[Line], header: int, width: int, columns: dict[str, int]) -> Table:
    table = Table(columns=columns)
    for line in lines[header:header + 2]:
        table.set_aside.append((line, "the table's header: its column names"))
    for line in lines[header + 2:]:
        text = line.text.strip()
        if RULE_ROW.match(text) or (ROW.match(text) and len(cells(text)) == width
                                    and [_header_role(c) for c in cells(text)]
                                    == [_header_role(c) for c in cells(lines[header].text)]):
            table.set_aside.append((line, "the table's header: its column names"))
            continue
        if not ROW.match(text) or len(cells(text)) != width:
            continue
        row = cells(text)

        def cell(role: str, row: list[str] = row) -> str:
            i = columns.get(role)
            return row[i] if i is not None else ""

        words = join_pieces(CELL_BREAK.split(cell("text")))
        if not words:
            table.set_aside.append((line, "a row with no text: nobody speaks in it"))
            continue
        table.records.append(Record(line.number, words, cell("label").rstrip(":："),
                                    _clock(cell("start"), False), _clock(cell("end"), False)))
    return table
