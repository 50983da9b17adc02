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
from .base import Reader, is_question, new_draft
from .draft import INTRO, TITLE, Draft
from .interview import ANSWER, interviewee_of
from .labels import split_label
from .matter import read_matter
from .source import Line, Source
from .turns import TurnReader, Unit, host_labels

# Inline marks that wrap words, dropped with their pair only (CommonMark's emphasis and code
# spans): a lone or spaced `*` is the text's own (`{{ 7*7 }}`, `a * b`, `*注`) and stays.
_INLINE_MARKS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),       # **strong**
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),  # __strong__, not snake__case__
    re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"),      # *emphasis*
    re.compile(r"`([^`\n]+)`"),                         # `code`
)
TOC_ENTRY = re.compile(r"^\[[^\]]+\]\(#[^)]*\)$")
# A paragraph that is only images (with their links): ![图1](img/a.png)
IMAGES_ONLY = re.compile(r"^(?:\s*\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$")
FRONT_MATTER_END = ("---", "...")


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
        front = _front_matter(source, draft)
        blocks = _tokens(source, skip=front)
        if front.get("title") and not any(b.kind == "heading1" for b in blocks):
            draft.add(TITLE, [], str(front["title"]), rule="the front matter's title")
        # Headings go through the shared pass too, as bare lines: a `## 嘉宾介绍` section is the
        # page's guest list, not a part whose items are turns.
        paragraphs = [b for b in blocks if b.kind in ("paragraph", "item", "heading")]
        matter = read_matter([Line(b.lines[0], _plain(b.text) if b.kind == "heading" else b.text)
                              for b in paragraphs])
        draft.info.update(matter.info)
        draft.notes += matter.notes
        for name, affiliation, honorific, line in matter.guests:
            draft.introduce(name, affiliation, honorific, line)
        for form, name in matter.aliases.items():
            draft.aliases.setdefault(form, name)
        hosts = host_labels(metadata.host_labels, matter.host_names)
        units: list[Unit] = []
        for index, block in enumerate(blocks):
            first = block.lines[0]
            if block.kind == "heading1" and draft.title is None:
                draft.add(TITLE, block.lines, block.text, rule="the first # heading is the title")
            elif block.kind == "heading" and first in matter.excluded:
                draft.exclude(first, block.text, matter.excluded[first])
            elif (block.kind == "heading" and draft.title is not None
                  and _asks(block.text, metadata) and not _host_follows(blocks, index, hosts)):
                units.append(Unit(block.lines, _plain(block.text), hosts[0],
                                  raw=_plain(block.text), rule="a heading that asks (ends with "
                                  "？, or the metadata's questions match it): the host's question"))
            elif block.kind in ("heading1", "heading"):
                units.append(Unit(block.lines, block.text, heading=True,
                                  rule="a Markdown heading: a part heading"))
            elif block.kind == "rule":
                draft.exclude(first, "---", "a horizontal rule")
            elif block.kind == "html":
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "raw HTML (an image, a layout tag): not speech")
            elif IMAGES_ONLY.match(block.text):
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "an image and its caption: not speech")
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
        TurnReader(draft, hosts, answerer=answerer).read(units)
        return draft


def _host_follows(blocks: list[_Block], index: int, hosts: tuple[str, ...]) -> bool:
    """Whether the host asks right under the heading (then the heading only names a part)."""
    following = next((b for b in blocks[index + 1:] if b.kind in ("paragraph", "item",
                                                                   "heading", "heading1")), None)
    if following is None or following.kind not in ("paragraph", "item"):
        return False
    label = split_label(following.text)[0].replace("**", "").strip()
    return label in hosts


def _asks(text: str, metadata: Metadata) -> bool:
    return is_question(_plain(text)) or any(m.match in text for m in metadata.questions)


def _front_matter(source: Source, draft: Draft) -> dict:
    """YAML front matter (``---`` … ``---`` at the top): excluded line by line, its title,
    date and guests seeding the draft's."""
    lines = source.lines
    if not lines or lines[0].text != "---":
        return {}
    end = next((line.number for line in lines[1:] if line.text in FRONT_MATTER_END), None)
    if end is None:
        return {}
    import yaml  # front matter is YAML, read with the library the metadata uses

    try:
        data = yaml.safe_load("\n".join(line.text for line in lines[1:end - 1])) or {}
    except yaml.YAMLError:
        data = {}
    data = data if isinstance(data, dict) else {}
    for line in lines[:end]:
        if line.text:
            draft.exclude(line.number, line.text, "YAML front matter: the page's facts")
    guests = data.get("guests") or data.get("speakers") or []
    for guest in guests if isinstance(guests, list) else str(guests).split(","):
        name = str(guest.get("name", "") if isinstance(guest, dict) else guest).strip()
        if name:
            draft.introduce(name, line=1)
    for key in ("date", "author", "source"):
        if data.get(key):
            draft.front[key] = str(data[key])
    return {"title": data.get("title"), "lines": end}


def _tokens(source: Source, skip: dict) -> list[_Block]:
    from markdown_it import MarkdownIt  # the format's own tokenizer

    # Front matter lines are blanked, so that every other line keeps its number.
    text = "\n".join("" if line.number <= skip.get("lines", 0) else line.text
                     for line in source.lines)
    tokens = MarkdownIt("commonmark").parse(text)
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
            blocks += _split_at_labels(kind, lines, inline.content)
        elif token.type == "hr" and token.map:
            blocks.append(_Block("rule", [token.map[0] + 1], "---"))
        elif token.type in ("fence", "code_block", "html_block") and token.map:
            lines = [n for n in range(token.map[0] + 1, token.map[1] + 1)
                     if source.lines[n - 1].text]
            kind = "html" if token.type == "html_block" else "paragraph"
            blocks.append(_Block(kind, lines, token.content.strip().replace("\n", " ")))
    return blocks


def _split_at_labels(kind: str, lines: list[int], content: str) -> list[_Block]:
    """A paragraph whose later lines open with a label (``**李娜：**`` under ``**张伟：**``,
    no blank line between) is one turn a line: a block for each."""
    pieces = content.split("\n")
    if kind == "heading1" or kind == "heading" or len(pieces) != len(lines):
        return [_Block(kind, lines, content.replace("\n", ""))]
    blocks: list[_Block] = []
    for number, piece in zip(lines, pieces, strict=True):
        if blocks and not split_label(piece)[0]:
            blocks[-1].lines.append(number)
            blocks[-1].text += piece
        else:
            blocks.append(_Block(kind, [number], piece))
    return blocks


def _plain(text: str) -> str:
    """Inline Markdown marks dropped: the words as a reader sees them."""
    for marks in _INLINE_MARKS:
        text = marks.sub(r"\1", text)
    return text.strip()
