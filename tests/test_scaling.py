"""A long transcript builds in time that grows linearly with its size.

Synthetic transcripts are made by repeating the seed's parts, questions and answers, each round's
headings and questions numbered so that every page differs (and the seed's own speakers answer
throughout, as in a long panel). Two sizes are timed and their time per megabyte compared: a
step whose work grows with the square of the input (a search of every passage for every
question, say) makes the larger one's time per megabyte about as many times larger as the
sizes differ (4×) once it dominates, and about 2× already when it costs as much as the linear
work at the larger size (the speaker pages' per-question search did, before it was grouped).
Linear work keeps the two within a few per cent; the ratio allowed, 1.5, leaves room for a busy
machine. CPU time of this process (not wall time) is measured so other processes matter less.

What is timed, and why not a full ``mkdocs build``: the parser alone on 2.5 MB and 10 MB; and
parsing plus generating every page (the exhibit's own modules, which produce all the Markdown
MkDocs then converts) on 1 MB and 4 MB. A full build of 10 MB renders thousands of pages through
Python-Markdown and Material and takes several minutes here, too long for every ``make test``;
MkDocs' per-page work is its own and does not depend on how long the transcript is.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from conftest import SEED
from roundtable import transcript
from roundtable.pages import generate
from roundtable.site import build_site

MB = 1_000_000
RATIO_ALLOWED = 1.5


def synthetic_transcript(size: int) -> str:
    """A reported-speech transcript of about ``size`` bytes (UTF-8), shaped like the seed."""
    text = SEED.read_text(encoding="utf-8")
    lines = [line.strip(transcript.BLANKS) for line in text.splitlines()]
    lines = [line for line in lines if line and not transcript.IMAGE_PLACEHOLDER.match(line)]
    end = next(i for i, line in enumerate(lines) if transcript.RELATED_NEWS.match(line))
    title, *rest = lines[:end]
    first_part = next(i for i, line in enumerate(rest) if transcript.is_heading(line))
    intro, body = rest[:first_part], rest[first_part:]
    out, written, round_ = [title, *intro], 0, 0
    while written < size:
        round_ += 1
        for line in body:
            if transcript.is_heading(line):
                line = f"{line} 第{round_}轮"
            elif transcript.is_question(line):
                line = f"(第{round_}轮){line}"
            out.append(line)
            written += len(line.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def write_transcript(folder: Path, size: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "topics.yml").write_bytes((SEED.parent / "topics.yml").read_bytes())
    path = folder / "panel.txt"
    path.write_text(synthetic_transcript(size), encoding="utf-8")
    return path


def cpu_seconds(work: Callable[[], object]) -> float:
    gc.collect()
    start = time.process_time()
    work()
    return time.process_time() - start


def parse_and_generate(path: Path) -> None:
    pages, data = generate(build_site([transcript.load(path)]))
    assert pages and data


def per_mb_ratio(tmp_path: Path, small: int, large: int, work: Callable[[Path], object]):
    paths = {size: write_transcript(tmp_path / str(size), size) for size in (small, large)}
    work(write_transcript(tmp_path / "warm-up", MB // 20))  # templates compiled, caches warm
    seconds = {size: cpu_seconds(lambda size=size: work(paths[size])) for size in paths}
    per_mb = {size: seconds[size] / (paths[size].stat().st_size / MB) for size in paths}
    return per_mb[large] / per_mb[small], seconds


def test_the_synthetic_transcript_is_the_size_asked_and_parses_whole(tmp_path: Path):
    path = write_transcript(tmp_path, 2 * MB)
    assert 2 * MB <= path.stat().st_size < 2.1 * MB
    model = transcript.load(path)
    seed = transcript.load(SEED)
    rounds = len(model.parts) // len(seed.parts)
    assert rounds > 50
    assert len(model.questions) == rounds * len(seed.questions)
    assert len({q.id for q in model.questions}) == len(model.questions)
    assert {s.name for s in model.speakers} == {s.name for s in seed.speakers}


def test_parsing_10_mb_takes_linear_time(tmp_path: Path):
    ratio, seconds = per_mb_ratio(tmp_path, MB * 5 // 2, 10 * MB, transcript.load)
    assert ratio < RATIO_ALLOWED, f"time per MB grew {ratio:.2f}× from 2.5 to 10 MB: {seconds}"


def test_parsing_and_generating_every_page_takes_linear_time(tmp_path: Path):
    ratio, seconds = per_mb_ratio(tmp_path, 1 * MB, 4 * MB, parse_and_generate)
    assert ratio < RATIO_ALLOWED, f"time per MB grew {ratio:.2f}× from 1 to 4 MB: {seconds}"
