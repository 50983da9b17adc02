"""Finding where a text mentions a topic, by the topics' aliases.

One compiled pattern serves every paragraph: aliases are tried longest first, so
自监督学习 wins over 监督学习 and 稀疏 MoE over MoE.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Topic


@dataclass(frozen=True)
class Mention:
    """One occurrence of a topic alias in a text."""

    start: int
    end: int
    topic: str
    """Id of the topic."""


def _alias_pattern(alias: str) -> str:
    """Regex for one alias: spaces optional, ASCII words not glued to other ASCII letters."""
    pieces = [re.escape(piece) for piece in alias.split()]
    # Transcripts write "悟道 2.0" and "悟道2.0", "Swin V2" and "SwinV2" alike.
    body = r"\s*".join(pieces)
    # Chinese counts as a word character for \b, so guard only the ASCII edges.
    if re.match(r"[A-Za-z0-9]", alias):
        body = r"(?<![A-Za-z0-9])" + body
    if re.search(r"[A-Za-z0-9]$", alias):
        body = body + r"(?![A-Za-z0-9])"
    return body


class TopicMatcher:
    """Finds topic mentions in texts."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        owners: dict[str, str] = {}
        for topic in topics:
            for alias in topic.aliases:
                owners.setdefault(alias, topic.id)
        self._owners = {alias.casefold(): topic for alias, topic in owners.items()}
        self._squashed = {re.sub(r"\s+", "", a): t for a, t in self._owners.items()}
        ordered = sorted(owners, key=lambda a: (-len(re.sub(r"\s+", "", a)), a))
        self._pattern = (
            re.compile("|".join(_alias_pattern(a) for a in ordered), re.IGNORECASE)
            if ordered
            else None
        )
        # The same paragraphs are shown on many pages (question, transcript, speaker, topic
        # pages): scan each text once per matcher. Per instance, so no matcher outlives its site.
        self._cached = functools.lru_cache(maxsize=None)(self._scan)

    def mentions(self, text: str) -> list[Mention]:
        """Every non-overlapping mention, left to right (longest alias at each place)."""
        return list(self._cached(text))

    def _scan(self, text: str) -> tuple[Mention, ...]:
        if self._pattern is None:
            return ()
        found = []
        for match in self._pattern.finditer(text):
            key = re.sub(r"\s+", "", match.group(0)).casefold()
            found.append(Mention(match.start(), match.end(), self._squashed[key]))
        return tuple(found)

    def topics_in(self, text: str) -> tuple[str, ...]:
        """Ids of the topics a text mentions, in order of first mention."""
        return tuple(dict.fromkeys(m.topic for m in self.mentions(text)))
