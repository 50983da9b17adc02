"""A long transcript costs work in proportion to its length: counted here, never timed.

The exhibit's code reads synthetic transcripts shaped like the seed (tests/synthetic.py), the
largest four times the size of the smallest, and computes everything the hook computes from
them (the model, the navigation, every page and data file, the search terms), while the work
is counted:

- **passages**: each paragraph becomes one passage per build, however many pages show it;
- **walks**: the collections the pages are made from (every passage, an exhibit's questions,
  parts and passages, a speaker's passages, a topic's passages) are each walked a fixed number
  of times per build. A page that searched every passage for each question, or every part for
  a question's part, would walk them once per question: four times as often in a transcript
  four times as long;
- **topic scans**: each paragraph is scanned for topic names a fixed number of times;
- **Python lines run**, reading and building: one more paragraph costs as many lines of
  Python from 50 to 100 KB as from 100 to 200 KB (the fixed cost of vocabulary, metadata and
  templates left aside), so no work growing with the square of the length hides in code the
  counts above do not watch.

Counts are exact, so a busy machine cannot make these fail, and 200 KB show what a clock
would need megabytes for. Times per megabyte (1 → 4 MB) and per panel (10 → 100) are figures
of ``make bench`` (tests/perf/bench.py), not tests.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from conftest import SEED
from roundtable import site as site_module
from roundtable.mentions import TopicMatcher
from roundtable.model import Transcript
from roundtable.pages.navigation import navigation
from roundtable.pages.pages import generate
from roundtable.search.search_setup import exhibit_terms
from roundtable.site import Site, build_site
from roundtable.transcript import load
from synthetic import write_transcript

KB = 1000
SIZES = (50 * KB, 100 * KB, 200 * KB)
# Walks and scans per item may differ by a rounding's worth between sizes (a first or last
# question has one neighbour); work growing with the length differs by the size ratio, 4.
SLACK = 1.1
T = TypeVar("T")


class _Walked:
    """Mixin: counts, under a family name, every item a walk over the collection visits."""

    family: str
    tally: Counter

    def __iter__(self) -> Iterator:
        for item in super().__iter__():  # type: ignore[misc]
            self.tally[self.family] += 1
            yield item

    def __contains__(self, wanted: object) -> bool:
        for item in self:
            if item is wanted or item == wanted:
                return True
        return False


class WalkedTuple(_Walked, tuple):
    pass


class WalkedList(_Walked, list):
    pass


def walked(items, family: str, tally: Counter):
    """``items`` as a tuple (or list) that counts its walks; ``tally[family]`` sums the visits."""
    result = (WalkedList if isinstance(items, list) else WalkedTuple)(items)
    result.family, result.tally = family, tally
    tally[f"{family} (items)"] += len(result)
    return result


def watch_collections(site: Site, tally: Counter) -> None:
    """Swap every collection the pages are made from for one that counts its walks.

    The site's passages, and the collections derived from them, are computed here as the
    pages would compute them (so their own walks are counted too).
    """
    for tr in site.transcripts:
        object.__setattr__(tr, "parts", walked(tr.parts, "an exhibit's parts", tally))
        tr.__dict__["questions"] = walked(tr.questions, "an exhibit's questions", tally)
    site.__dict__["passages"] = walked(site.passages, "every passage", tally)
    for name, family in (("passages_by_transcript", "an exhibit's passages"),
                         ("passages_by_speaker", "a speaker's passages"),
                         ("mentioned_topics", "a topic's passages")):
        site.__dict__[name] = {key: walked(found, family, tally)
                               for key, found in getattr(site, name).items()}


@dataclass
class Work:
    """What reading and building from one transcript cost, counted."""

    paragraphs: int
    """Paragraphs of the model: intro, questions and answers."""
    passages_built: int
    topic_scans: int
    tally: Counter
    """Visits per family of collections, and their items (``<family> (items)``)."""
    lines: dict[str, int]
    """Lines of Python run to read the transcript (``parse``) and to build from it
    (``build``)."""

    def walks(self, family: str) -> float:
        """How often, on average, each item of a family of collections was visited."""
        return self.tally[family] / self.tally[f"{family} (items)"]


def build_everything(site: Site) -> None:
    """What the hook computes from the model: the navigation, every page and data file, and
    the search terms."""
    navigation(site)
    pages, data = generate(site)
    assert pages and data
    exhibit_terms(site)


class LineCounter:
    """Counts the lines of Python run while it traces (every trace event: each call, line,
    return and exception), this file's own lines left out."""

    def __init__(self) -> None:
        self.count = 0

    def run(self, work: Callable[[], T]) -> tuple[T, int]:
        """``work()``'s result, and the lines it ran."""
        count = 0

        # Two closures, not one method: the file is checked once per call, where a frame is
        # entered, and each line of a frame already let in only counts. The same events as
        # one tracer checking every line, traced a quarter quicker (test_scaling is among
        # make quick's longest modules).
        def in_frame(frame, event: str, arg: object):
            nonlocal count
            count += 1
            return in_frame

        def on_call(frame, event: str, arg: object):
            if frame.f_code.co_filename == __file__:
                return None
            nonlocal count
            count += 1
            return in_frame

        sys.settrace(on_call)
        try:
            result = work()
        finally:
            sys.settrace(None)
        self.count += count
        return result, count


def count_work(path: Path) -> Work:
    """Read one transcript and build everything from it, counting the work."""
    built: Counter = Counter()
    tally: Counter = Counter()
    lines = LineCounter()

    class CountedPassage(site_module.Passage):
        def __init__(self, *args, **kwargs) -> None:
            built["passages"] += 1
            super().__init__(*args, **kwargs)

    scan = TopicMatcher._scan

    def counted_scan(matcher: TopicMatcher, text: str):
        built["scans"] += 1
        return scan(matcher, text)

    def build(model: Transcript) -> Site:
        site = build_site([model])
        watch_collections(site, tally)
        build_everything(site)
        return site

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(site_module, "Passage", CountedPassage)
        patch.setattr(TopicMatcher, "_scan", counted_scan)
        model, parse_lines = lines.run(lambda: load(path))
        site, build_lines = lines.run(lambda: build(model))
    return Work(len(site.passages), built["passages"], built["scans"], tally,
                {"parse": parse_lines, "build": build_lines})


@pytest.fixture(name="counted", scope="module")
def fixture_counted(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Work]:
    """The work done for each size, counted."""
    folder = tmp_path_factory.mktemp("scaling")
    # Once first: templates compiled and patterns cached before any size is counted.
    build_everything(build_site([load(write_transcript(folder / "warm-up", 20 * KB))]))
    return {size: count_work(write_transcript(folder / str(size), size)) for size in SIZES}


def test_the_synthetic_transcripts_are_the_size_asked_and_parse_whole(tmp_path: Path):
    path = write_transcript(tmp_path, SIZES[-1])
    assert SIZES[-1] <= path.stat().st_size < 1.05 * SIZES[-1]
    model = load(path)
    seed = load(SEED)
    rounds = len(model.parts) // len(seed.parts)
    assert rounds > 10
    assert len(model.questions) == rounds * len(seed.questions)
    assert len({q.id for q in model.questions}) == len(model.questions)
    assert {s.name for s in model.speakers} == {s.name for s in seed.speakers}


def test_each_paragraph_becomes_one_passage_however_many_pages_show_it(counted):
    for size, work in counted.items():
        assert work.passages_built == work.paragraphs, size


FAMILIES = ["every passage", "an exhibit's passages", "an exhibit's questions",
            "an exhibit's parts", "a speaker's passages", "a topic's passages"]


@pytest.mark.parametrize("family", FAMILIES)
def test_each_collection_is_walked_a_fixed_number_of_times_per_build(counted, family):
    small, large = counted[SIZES[0]], counted[SIZES[-1]]
    assert small.tally[f"{family} (items)"] and small.tally[family], "the pages use it"
    assert large.walks(family) <= SLACK * small.walks(family), (
        f"{family}: each item visited {small.walks(family):.1f} times from {SIZES[0] // KB} KB, "
        f"{large.walks(family):.1f} times from {SIZES[-1] // KB} KB"
    )


def test_each_paragraph_is_scanned_for_topics_a_fixed_number_of_times(counted):
    per_paragraph = {size: w.topic_scans / w.paragraphs for size, w in counted.items()}
    assert per_paragraph[SIZES[-1]] <= SLACK * per_paragraph[SIZES[0]], per_paragraph


@pytest.mark.parametrize("stage", ["parse", "build"])
def test_one_more_paragraph_costs_as_many_lines_of_python_in_a_long_transcript(counted, stage):
    works = [counted[size] for size in SIZES]
    first, second = (
        (later.lines[stage] - earlier.lines[stage]) / (later.paragraphs - earlier.paragraphs)
        for earlier, later in zip(works, works[1:], strict=False)
    )
    assert second <= SLACK * first, (
        f"{stage}: a paragraph costs {first:.0f} lines from {SIZES[0] // KB} to "
        f"{SIZES[1] // KB} KB, {second:.0f} from {SIZES[1] // KB} to {SIZES[2] // KB} KB"
    )
