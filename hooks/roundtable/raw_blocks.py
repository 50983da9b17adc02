"""Passages set aside while a generated page's Markdown is rendered, and put back after.

The generated pages are mostly passages written as HTML (``<p class="passage" …>`` on
question and transcript pages, ``<blockquote class="… passage" …>`` quoted on speaker and
topic pages). Python-Markdown passes such a block-level element through as it is, yet it and
MkDocs each read it first with ``html.parser`` (where it ends; which ids it holds): at a
hundred panels that was a fifth of the build. Each passage is replaced by a comment naming
it, which Markdown passes through the same way, and put back into the rendered HTML; its ids
are listed for MkDocs' anchor check. The HTML is the same (tests/test_build_speed.py).

Knows nothing of MkDocs.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

# A passage's element, alone between blank lines: a passage paragraph, or a quoted passage.
# Its text and attribute values are escaped by the templates (no ``<`` or ``"`` inside), so
# the first closing tag of its kind closes it.
_BLOCK = re.compile(
    r'(?<=\n\n)(?:<p class="passage"[^<]*?>.*?</p>'
    r'|<blockquote class="(?:mention|speaker-passage) passage"[^<]*?>.*?</blockquote>)'
    r"(?=\n\n)",
    re.DOTALL,
)
_ID = re.compile(r'\sid="([^"]*)"')
PLACEHOLDER = "<!--exhibit-passage-{}-->"


class SetAside(NamedTuple):
    """A page's Markdown with its passages replaced by placeholders, and what they held."""

    markdown: str
    blocks: tuple[str, ...]
    ids: frozenset[str]
    """Every ``id`` in the blocks set aside, as an HTML parser reads it (entities decoded)."""


def set_aside(markdown: str) -> SetAside:
    """``markdown`` with each passage element replaced by a placeholder comment."""
    blocks: list[str] = []

    def replace(match: re.Match[str]) -> str:
        block = match.group(0)
        # Nested in its own kind, or naming an anchor another way: left to Markdown.
        nested = (block.count("<blockquote") > 1 if block.startswith("<blockquote")
                  else block.count("<p ") + block.count("<p>") > 1)
        if nested or ' name="' in block:
            return block
        blocks.append(block)
        return PLACEHOLDER.format(len(blocks) - 1)

    text = _BLOCK.sub(replace, markdown)
    ids = frozenset(html.unescape(found) for block in blocks for found in _ID.findall(block))
    return SetAside(text, tuple(blocks), ids)


_PLACEHOLDER = re.compile(r"<!--exhibit-passage-(\d+)-->")


def put_back(content: str, blocks: tuple[str, ...]) -> str:
    """The rendered HTML with every placeholder replaced by the passage it stands for."""
    if not blocks:
        return content
    return _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], content)
