"""The site's own Chinese typography, written once: full-width punctuation beside Chinese,
names joined to their titles, quotations cut where a word ends.

Applies to the exhibit's own words (templates' labels, citations' framing, editorial
metadata such as topic summaries). Words quoted from a transcript are never passed through
it: they stay as the transcript has them. Knows nothing of MkDocs.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""CJK ideographs (unified, extension A, compatibility)."""
CJK_TEXT = HAN + "\u3000-\u303f\uff00-\uffef“”‘’"
"""Han and the full-width marks around it: what makes a neighbour "Chinese"."""
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
"""ASCII punctuation and its full-width form in Chinese text."""
_BESIDE_HAN = re.compile(
    rf"(?<=[{CJK_TEXT}])[,:;!?]|[,:;!?](?=[{HAN}])"
)
_BRACKETS = re.compile(r"\(([^()]*)\)")
_ASCII_BESIDE_HAN = re.compile(rf"(?<=[{CJK_TEXT}])[,:;!?()]|[,:;!?()](?=[{CJK_TEXT}])")
_BREAK_AFTER = "，。、；：？！,.;:?! 　」』》）)"
"""Where a cut may fall: after a mark or a space, so no word is split."""
_PARTICLES = "的了着过吗呢吧"
"""Chinese particles, words of their own: in a run of Han with no mark, a cut just before or
after one falls between words (a dictionary would be surer, but costs the build ½ s)."""


_LATIN_CLAUSE = re.compile(r"(?<=[A-Za-z0-9)])([,;!?]) ?(?=[A-Za-z0-9(])")
"""A mark between Latin words (``JSON-LD,Zotero``, ``Facebook,2021``): in Chinese prose it
ends a Chinese clause, and takes the full-width form."""
_LATIN_BRACKETS = re.compile(r"(?<=[A-Za-z0-9])\(([^()]*)\)")
"""Brackets glued to a Latin word (``PaLM(arXiv:2204.02311)``)."""


def full_width(text: str) -> str:
    """ASCII punctuation in Chinese text made full-width: ``主办:`` → ``主办：``, ``研究院(MSRA)``
    → ``研究院（MSRA）``; in Chinese prose (text holding Han) also between Latin words,
    ``BOM,Excel`` → ``BOM，Excel``, ``PaLM(arXiv:2204.02311)`` → ``PaLM（arXiv:2204.02311）``.
    In Latin text (``GB/T 7714-2015, APA (n.d.)``) and in numbers (``1,750``) it stays."""
    text = _BRACKETS.sub(
        lambda m: f"（{m.group(1)}）" if _touches_han(text, m) else m.group(0), text
    )
    if re.search(f"[{HAN}]", text):
        text = _LATIN_BRACKETS.sub(lambda m: f"（{m.group(1)}）", text)
        text = _LATIN_CLAUSE.sub(
            lambda m: m.group(0) if _between_digits(text, m) else FULL_WIDTH[m.group(1)], text
        )
    return _BESIDE_HAN.sub(lambda m: FULL_WIDTH[m.group(0)], text)


def _touches_han(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    inside = match.group(1)
    return bool(re.search(f"[{HAN}]", before + inside + after))


def _between_digits(text: str, match: re.Match[str]) -> bool:
    """``1,750``: a thousands separator, not a clause's end."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return before.isdigit() and after.isdigit()


def ascii_beside_han(text: str) -> list[tuple[int, str]]:
    """(position, mark) of each ASCII punctuation mark :func:`full_width` turns: touching a
    Han character or a full-width mark, or, in Chinese prose, between Latin words or glued
    to one as a bracket; for the tests to find in a page."""
    found = {m.start(): m.group(0) for m in _ASCII_BESIDE_HAN.finditer(text)}
    if re.search(f"[{HAN}]", text):
        for m in _LATIN_CLAUSE.finditer(text):
            if not _between_digits(text, m):
                found.setdefault(m.start(), m.group(1))
        for m in _LATIN_BRACKETS.finditer(text):
            found.setdefault(m.start(), "(")
            found.setdefault(m.end() - 1, ")")
    return sorted(found.items())


def with_title(name: str, title: str) -> str:
    """``陈虞君博士``: a Chinese name and its title, no space; ``Sarah Chen 博士`` keeps one."""
    if not title:
        return name
    joiner = "" if name and re.match(f"[{HAN}]", name[-1]) else " "
    return f"{name}{joiner}{title}"


def cut(text: str, limit: int) -> str:
    """``text`` whole when it fits in ``limit`` characters, else cut after the last mark or
    space that leaves at least half of it, then ``…``; a run with no such place is cut
    between Chinese and Latin or digits (never inside a Latin word or a number), else beside
    a particle (的, 了 …)."""
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    for index in range(len(room) - 1, limit // 2 - 1, -1):
        if room[index] in _BREAK_AFTER:
            return room[: index + 1].rstrip(" ,，、;；:：") + "…"
    for index in range(len(room) - 1, limit // 2 - 1, -1):
        if _script(room[index]) != _script(text[index + 1]):
            return room[: index + 1].rstrip() + "…"
    for index in range(len(room) - 1, limit // 2 - 1, -1):
        if (room[index] in _PARTICLES) != (text[index + 1] in _PARTICLES):
            return room[: index + 1] + "…"
    return room.rstrip() + "…"


def _script(char: str) -> str:
    if re.match(f"[{HAN}]", char):
        return "han"
    return "latin" if char.isalnum() else "other"
