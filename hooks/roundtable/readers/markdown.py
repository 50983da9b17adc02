"""Markdown transcripts, read with markdown-it-py's tokenizer (not regexes over ``#``).

The first level-1 heading is the title; other headings are part headings whatever
punctuation they hold; paragraphs may open with bold labels (``**张伟**：``); list items are
paragraphs of the turn they stand in; a blockquoted 编者按 is the intro; horizontal rules
are excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..metadata import Metadata
from ..model import VERBATIM
from .base import Reader, new_draft
from .draft import INTRO, TITLE, Draft
from .interview import ANSWER, interviewee_of
from .matter import read_matter
from .source import Line, Source
from .turns import TurnReader, Unit, host_labels, split_label

_INLINE_MARKS = re.compile(r"(\*\*|__|\*|`)")
TOC_ENTRY = re.compile(r"^\[[^\]]+\]\(#[^)]*\)$")


@dataclass
class _Block:
    kind: str
    """``heading1``, ``heading``, ``paragraph``, ``item`` or ``rule``."""
    lines: list[int]
    text: str


class MarkdownReader(Reader):
    name = "markdown"
    mode = VERBATIM
    extensions = (".md", ".markdown")
    description = "a Markdown transcript: # title, ## headings, **张伟**： labels"

    def fit(self, source: Source, metadata: Metadata) -> float:
        if source.suffix in self.extensions:
            return 1.0
        headings = sum(1 for line in source.content() if re.match(r"^#{1,6}\s", line.text))
        return 0.6 if headings >= 2 else 0.0

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft = new_draft(source, metadata, self)
        blocks = _tokens(source)
        paragraphs = [b for b in blocks if b.kind in ("paragraph", "item")]
        matter = read_matter([Line(b.lines[0], b.text) for b in paragraphs])
        draft.info.update(matter.info)
        draft.notes += matter.notes
        for name, affiliation, honorific, line in matter.guests:
            draft.introduce(name, affiliation, honorific, line)
        units: list[Unit] = []
        for block in blocks:
            first = block.lines[0]
            if block.kind == "heading1" and draft.title is None:
                draft.add(TITLE, block.lines, block.text, rule="the first # heading is the title")
            elif block.kind in ("heading1", "heading"):
                units.append(Unit(block.lines, block.text, heading=True,
                                  rule="a Markdown heading: a part heading"))
            elif block.kind == "rule":
                draft.exclude(first, "---", "a horizontal rule")
            elif block.kind == "item" and TOC_ENTRY.match(block.text):
                draft.exclude(first, block.text, "a table of contents entry")
            elif first in matter.excluded:
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  matter.excluded[first])
            elif first in matter.editors_notes:
                draft.add(INTRO, block.lines, _plain(block.text), rule="编者按: the editors' intro")
            elif draft.title is None:
                draft.add(TITLE, block.lines, _plain(block.text), rule="no # heading: the first "
                          "paragraph is the title")
            else:
                label, rest = split_label(block.text)
                text = _plain(rest if label else block.text)
                if block.kind == "item":
                    text = "• " + text
                units.append(Unit(block.lines, text, label.replace("**", "").strip(),
                                  raw=_plain(block.text)))
        answerer = ""
        if any(u.label in ANSWER for u in units):
            opening = [draft.title.text if draft.title else ""]
            opening += [u.text for u in units[: next(i for i, u in enumerate(units) if u.label)]]
            answerer = interviewee_of(draft, metadata, opening)
        TurnReader(draft, host_labels(metadata.host_labels, matter.host_names),
                   answerer=answerer).read(units)
        return draft


def _tokens(source: Source) -> list[_Block]:
    from markdown_it import MarkdownIt  # the format's own tokenizer

    tokens = MarkdownIt("commonmark").parse(source.text)
    blocks: list[_Block] = []
    in_item = 0
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type in ("heading_open", "paragraph_open") and token.map:
            inline = tokens[index + 1]
            lines = list(range(token.map[0] + 1, token.map[1] + 1))
            lines = [n for n in lines if source.lines[n - 1].text]
            if token.type == "heading_open":
                kind = "heading1" if token.tag == "h1" else "heading"
            else:
                kind = "item" if in_item else "paragraph"
            blocks.append(_Block(kind, lines, inline.content.replace("\n", "")))
        elif token.type == "hr" and token.map:
            blocks.append(_Block("rule", [token.map[0] + 1], "---"))
        elif token.type in ("fence", "code_block", "html_block") and token.map:
            lines = [n for n in range(token.map[0] + 1, token.map[1] + 1)
                     if source.lines[n - 1].text]
            blocks.append(_Block("paragraph", lines, token.content.strip().replace("\n", " ")))
    return blocks


def _plain(text: str) -> str:
    """Inline Markdown marks dropped: the words as a reader sees them."""
    return _INLINE_MARKS.sub("", text).strip()
