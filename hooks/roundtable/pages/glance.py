"""The panel at a glance: who answered what, how often each topic comes up, what came when.

Pure data for the home page's grid and topic cloud and for the timeline page; the markup
lives in the templates. Knows nothing of MkDocs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..model import Question, Speaker, Topic, Transcript
from ..urls import answer_anchors

CLOUD_STEPS = 5
"""Number of font sizes in the topic cloud (CSS classes ``cloud--1`` … ``cloud--5``)."""


@dataclass(frozen=True)
class Cell:
    """One speaker under one question: how many paragraphs they spoke, and where it starts."""

    speaker: Speaker
    paragraphs: int
    """0 when the speaker did not answer this question."""
    anchor: str
    """Heading id of their (first) answer on the question page; empty when silent."""


def answer_grid(transcript: Transcript) -> list[tuple[Question, list[Cell]]]:
    """For each question, one cell per speaker, in the transcript's speaker order."""
    rows = []
    for question in transcript.questions:
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        for answer, anchor in zip(question.answers, answer_anchors(question), strict=True):
            counts[answer.speaker] = counts.get(answer.speaker, 0) + len(answer.paragraphs)
            first.setdefault(answer.speaker, anchor)
        rows.append((
            question,
            [Cell(s, counts.get(s.id, 0), first.get(s.id, "")) for s in transcript.speakers],
        ))
    return rows


def cloud_sizes(counts: Mapping[str, int], steps: int = CLOUD_STEPS) -> dict[str, int]:
    """A size step from 1 to ``steps`` for each count, on a log scale between min and max.

    Log, because a few words (大模型) come up ten times as often as most: on a linear scale
    every other topic would share the smallest size.
    """
    if not counts:
        return {}
    low, high = math.log(min(counts.values())), math.log(max(counts.values()))
    if high == low:
        return dict.fromkeys(counts, (steps + 1) // 2)
    return {
        key: 1 + round((math.log(count) - low) / (high - low) * (steps - 1))
        for key, count in counts.items()
    }


class _Mentions(Protocol):
    topics: tuple[str, ...]


def topic_cloud(
    topics: Iterable[Topic], passages: Iterable[_Mentions]
) -> list[tuple[Topic, int, int]]:
    """(topic, passages mentioning it, size step) for each mentioned topic, in vocabulary order."""
    counts = Counter(topic_id for passage in passages for topic_id in passage.topics)
    sizes = cloud_sizes(counts)
    return [(t, counts[t.id], sizes[t.id]) for t in topics if t.id in counts]


@dataclass(frozen=True)
class Year:
    """One year on the timeline, with the works the panel names from it (maybe none)."""

    year: int
    topics: tuple[Topic, ...]


def timeline_years(topics: Iterable[Topic]) -> list[Year]:
    """Every year from the earliest dated topic to the latest, empty years included.

    Empty years stay so the spacing tells the story (nothing named from 2020); topics
    without a year (methods, organisations) are left out.
    """
    dated = [t for t in topics if t.year]
    if not dated:
        return []
    by_year: dict[int, list[Topic]] = {}
    for topic in dated:
        by_year.setdefault(int(topic.year or 0), []).append(topic)
    first, last = min(by_year), max(by_year)
    return [Year(y, tuple(by_year.get(y, ()))) for y in range(first, last + 1)]
