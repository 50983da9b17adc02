"""Blocks of HTML set aside while a generated page's Markdown is rendered, put back after.

The generated pages are mostly HTML written into Markdown: passages (``<p class="passage"
…>``, ``<blockquote class="… passage" …>``), lists, asides. Python-Markdown passes a
block-level element alone between blank lines through as it is, yet it and MkDocs each read
it first with ``html.parser`` (where it ends; which ids it holds): at a hundred panels that
was a fifth of the build. Each such element is replaced by a comment naming it, which
Markdown passes through the same way, and put back into the rendered HTML; its ids are
listed for MkDocs' anchor check. The HTML is the same (tests/test_build_speed.py).

Knows nothing of MkDocs.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

# An element alone between blank lines whose tag Markdown renders as a block of HTML: the
# templates write passages, lists and asides so. Text and attribute values are escaped by the
# templates (no ``<`` or ``"`` inside them), so tags can be counted as written.
BLOCK_TAGS = ("p", "div", "ol", "ul", "dl", "aside", "blockquote", "section", "figure",
              "table", "h1", "h2", "h3", "h4", "h5", "h6")
_OPENING = re.compile(rf"<({'|'.join(BLOCK_TAGS)})[\s>]")
_OPENED = {tag: re.compile(rf"<{tag}[\s>]") for tag in BLOCK_TAGS}
_ID = re.compile(r'\sid="([^"]*)"')
PLACEHOLDER = "<!--exhibit-block-{}-->"


class SetAside(NamedTuple):
    """A page's Markdown with its blocks of HTML replaced by placeholders, and what they held."""

    markdown: str
    blocks: tuple[str, ...]
    ids: frozenset[str]
    """Every ``id`` in the blocks set aside, as an HTML parser reads it (entities decoded)."""


def set_aside(markdown: str) -> SetAside:
    """``markdown`` with each block-level element alone between blank lines replaced by a
    placeholder comment."""
    blocks: list[str] = []
    chunks = markdown.split("\n\n")
    # The first and last chunks have no blank line before or after them.
    for index in range(1, len(chunks) - 1):
        chunk = chunks[index]
        opening = _OPENING.match(chunk)
        if opening is None:
            continue
        tag = opening.group(1)
        # Closed where it ends, and naming no anchor another way: else it is left to
        # Markdown, as written.
        closing = f"</{tag}>"
        if (not chunk.endswith(closing) or ' name="' in chunk
                or len(_OPENED[tag].findall(chunk)) != chunk.count(closing)):
            continue
        blocks.append(chunk)
        chunks[index] = PLACEHOLDER.format(len(blocks) - 1)
    text = "\n\n".join(chunks)
    ids = frozenset(html.unescape(found) for block in blocks for found in _ID.findall(block))
    return SetAside(text, tuple(blocks), ids)


_PLACEHOLDER = re.compile(r"<!--exhibit-block-(\d+)-->")


def put_back(content: str, blocks: tuple[str, ...]) -> str:
    """The rendered HTML with every placeholder replaced by the block it stands for."""
    if not blocks:
        return content
    return _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], content)
