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
_BLOCK = re.compile(
    r"(?<=\n\n)<(p|div|ol|ul|dl|aside|blockquote|section|figure|table|h[1-6])\b[^<]*?>"
    r".*?</\1>(?=\n\n)",
    re.DOTALL,
)
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

    def replace(match: re.Match[str]) -> str:
        block, tag = match.group(0), match.group(1)
        opened = len(re.findall(rf"<{tag}[\s>]", block))
        # Closed where it ends, one block, and naming no anchor another way: else it is left
        # to Markdown, as written.
        if opened != block.count(f"</{tag}>") or "\n\n" in block or ' name="' in block:
            return block
        blocks.append(block)
        return PLACEHOLDER.format(len(blocks) - 1)

    text = _BLOCK.sub(replace, markdown)
    ids = frozenset(html.unescape(found) for block in blocks for found in _ID.findall(block))
    return SetAside(text, tuple(blocks), ids)


_PLACEHOLDER = re.compile(r"<!--exhibit-block-(\d+)-->")


def put_back(content: str, blocks: tuple[str, ...]) -> str:
    """The rendered HTML with every placeholder replaced by the block it stands for."""
    if not blocks:
        return content
    return _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], content)
