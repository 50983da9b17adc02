"""Long synthetic transcripts shaped like the seed, for counting work (test_scaling.py) and
timing it (``make bench``).

Written from the seed as parsed, not from its file, so they keep the seed's shape whatever
the reader: its title and intro, then its parts, questions and answers again and again, each
round's headings and questions numbered so that every page differs, and the seed's own
speakers answering throughout, as in a long panel.
"""

from __future__ import annotations

import functools
from pathlib import Path

from conftest import SEED
from roundtable.transcript import load


@functools.cache
def _seed_lines() -> tuple[tuple[str, ...], tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """The seed's opening lines (title, intro) and, per part, its heading and each question
    with its answer lines."""
    seed = load(SEED)
    opening = (seed.title, *(p.text for p in seed.intro))
    body = []
    for part in seed.parts:
        for index, question in enumerate(part.questions):
            answers = tuple(p.text for a in question.answers for p in a.paragraphs)
            body.append((part.title if index == 0 else "", question.text, answers))
    return opening, tuple(body)


def synthetic_transcript(size: int) -> str:
    """A reported-speech transcript of about ``size`` bytes (UTF-8), shaped like the seed."""
    opening, body = _seed_lines()
    out, written, round_ = list(opening), 0, 0
    while written < size:
        round_ += 1
        for heading, question, answers in body:
            lines = [f"{heading} 第{round_}轮"] if heading else []
            lines += [f"(第{round_}轮){question}", *answers]
            out += lines
            written += sum(len(line.encode("utf-8")) + 2 for line in lines)
    return "\n\n".join(out) + "\n"


def write_transcript(folder: Path, size: int) -> Path:
    """A synthetic transcript of about ``size`` bytes in ``folder``, beside the seed's topics."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "topics.yml").write_bytes((SEED.parent / "topics.yml").read_bytes())
    path = folder / "panel.txt"
    path.write_text(synthetic_transcript(size), encoding="utf-8")
    return path
