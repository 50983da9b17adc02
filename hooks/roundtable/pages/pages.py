"""Generating the exhibit's pages from parsed transcripts. Knows nothing of MkDocs.

:func:`generate` returns every page as ``{source path: Markdown}`` and every data file
as ``{path: text}``; the hook hands them to MkDocs. Markup lives in ``templates/``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import jinja2
from markupsafe import Markup

from .. import dates
from ..citing import citations, timing
from ..citing.citations import Citer
from ..citing.exports import SCHEMA_PATH, passages_csv, schema_json, to_json
from ..compiled_templates import CompiledTemplates
from ..material_internals import PLAYER_SCRIPT
from ..mentions import TopicMatcher
from ..model import Question, Transcript
from ..site import Passage, Site
from ..typography import with_title
from . import glance, render
from .page_memo import PageMemo

T = TypeVar("T")
TEMPLATES = Path(__file__).parent / "templates"
EDITORIAL = "编者注"
ENGLISH_LABEL_TITLE = "Editorial English label · 英文为编者所加，非嘉宾原话"


# ---------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    # One environment per process: its templates compile once (about half of generate()'s
    # time), and `mkdocs serve` rebuilds reuse them. Templates are package files, not seeds,
    # so nothing a rebuild watches can make them stale.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=CompiledTemplates(),  # and kept on disk for the next build
    )
    env.filters["markdown_literal"] = lambda text: Markup(render.escape_markdown(str(text)))
    env.filters["yaml_string"] = lambda text: Markup(render.front_matter_string(str(text)))
    env.filters["short_title"] = render.short_title
    env.filters["theme_text"] = lambda text: Markup(render.theme_text(str(text)))
    env.filters["english_label"] = english_label
    # The one date rule (dates.py): Chinese text, English labels.
    env.filters["chinese_date"] = dates.zh
    env.globals["event_date"] = dates.event_date
    env.globals["event_date_en"] = dates.event_date_en
    return env


def section_title(transcript: Transcript, question: Question) -> str:
    """A question's text; for a section nobody asked, its part's title, or 开场/正文 before
    any heading (what the transcript calls it, else a plain word, never an invented title)."""
    if question.asked:
        return question.text
    part = transcript.part_of(question)
    if part.title:
        return part.title
    return "正文" if len(transcript.questions) == 1 else "开场"


def unit_of(transcript: Transcript) -> str:
    """问 when the pages are questions, 节 when nobody asks (a talk, an export without host)."""
    return "问" if any(q.asked for q in transcript.questions) else "节"


def english_label(text: str) -> Markup:
    """An editorial English label: marked as English and as the editors' words, not the panel's."""
    return Markup(
        '<span class="en-label" lang="en" title="{}">{}</span>'
    ).format(ENGLISH_LABEL_TITLE, text)


class _CachedCiter:
    """A :class:`Citer` that works out each passage's citation once per build: a passage is
    cited on its question page, its transcript, its speaker's page and on the page of every
    topic it mentions, with the same strings each time (they name the passage's own page)."""

    def __init__(self, citer: Citer) -> None:
        self._citer = citer
        self._passages: dict[tuple, tuple[citations.PassageCitation, tuple]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._citer, name)

    def passage(self, transcript: Transcript, paragraph: Any, page: str,
                question: Question | None = None, speaker: Any = None, closing_by: str = ""
                ) -> citations.PassageCitation:
        # By identity, holding the objects so that no id is reused while cached.
        key = (id(transcript), id(paragraph), page, id(question), id(speaker), closing_by)
        found = self._passages.get(key)
        if found is None:
            found = self._passages[key] = (
                self._citer.passage(transcript, paragraph, page, question, speaker,
                                    closing_by),
                (transcript, paragraph, question, speaker),
            )
        return found[0]

    def passage_en(self, transcript: Transcript, paragraph: Any, page: str,
                   question: Question | None = None, speaker: Any = None
                   ) -> citations.PassageCitation:
        """The citation of a passage's English (the editors' translation), once per build."""
        key = ("en", id(transcript), id(paragraph), page, id(question), id(speaker))
        found = self._passages.get(key)
        if found is None:
            found = self._passages[key] = (
                self._citer.passage_en(transcript, paragraph, page, question, speaker),
                (transcript, paragraph, question, speaker),
            )
        return found[0]


class _Renderer:
    """Renders one page at a time, with links relative to that page."""

    def __init__(self, site: Site, memo: PageMemo | None = None) -> None:
        self.site = site
        self.memo = memo
        self.env = _environment()
        self.citer = _CachedCiter(Citer(site))
        self.topics = site.topics
        self.mentioned = site.mentioned_topics
        self.titles = {id(q): section_title(tr, q) for tr in site.transcripts
                       for q in tr.questions}
        self.matcher = TopicMatcher(
            t for t in self.topics.values() if t.id in self.mentioned
        )
        self.spans = {tr.slug: timing.spans(site, tr) for tr in site.transcripts}

    def span_of(self, transcript: Transcript, paragraph_id: str) -> timing.Span | None:
        """When a passage is heard in its exhibit's recording, for a timed transcript."""
        return self.spans[transcript.slug].get(paragraph_id)

    def player_for(self, transcript: Transcript) -> Transcript | None:
        """The transcript whose player a page of it shows: one with times and a recording."""
        return transcript if transcript.recording and self.spans[transcript.slug] else None

    def title_of(self, question: Question) -> str:
        """What a question page is called: the question, or for a section nobody asked
        (a talk), its part's title."""
        return self.titles[id(question)]

    def page(self, template: str, path: str, derived: Callable[[], dict[str, Any]] | None = None,
             fragment: str = "", **context: Any) -> str:
        """``template`` rendered for ``path``; ``derived`` gives more of its context, worked
        out from ``context`` (and the memo's setting) only when the page is rendered, not
        kept: the memo keys the page by ``context`` alone. ``fragment`` names a part of the
        page rendered apart (the memo's count tells it from the page)."""
        def render() -> str:
            return self._render(template, path,
                                {**context, **derived()} if derived is not None else context)

        if self.memo is not None and template in MEMO_TEMPLATES:
            return self.memo.page(template, path, context, render, name=path + fragment)
        return render()

    def data(self, path: str, transcript: Transcript, make: Callable[[], str]) -> str:
        """A data file of one exhibit, kept by the memo like a page: it is made from the
        transcript and its passages, which the site keeps for as long as the transcript is
        the same object (``build_site``'s ``previous``), and from the memo's setting."""
        if self.memo is None:
            return make()
        return self.memo.page("data", path, {"transcript": transcript}, make)

    def _render(self, template: str, path: str, context: dict[str, Any]) -> str:
        urls = self.site.urls

        def link(target: str, anchor: str = "") -> str:
            return urls.href(path, target, anchor)

        def text_html(text: str) -> Markup:
            return render.linked_text(
                text,
                self.matcher.mentions(text),
                lambda topic_id: (
                    link(urls.topic(self.topics[topic_id])),
                    self.topics[topic_id].summary or self.topics[topic_id].name,
                ),
            )

        context.setdefault("page_player", None)  # the transcript whose recording this page plays
        return self.env.get_template(template).render(
            site=self.site,
            urls=urls,
            path=path,
            link=link,
            text_html=text_html,
            topics=self.topics,
            mentioned=self.mentioned,
            editorial=EDITORIAL,
            citer=self.citer,
            year_label=year_label,
            citations=citations,
            filter_choices=lambda transcript: filter_choices(self.site, transcript),
            title_of=self.title_of,
            unit_of=unit_of,
            with_title=with_title,
            span_of=self.span_of,
            timed=lambda transcript: bool(self.spans[transcript.slug]),
            timing=timing,
            player_script=PLAYER_SCRIPT,
            **context,
        )


MEMO_TEMPLATES = frozenset({"exhibit.md.j2", "transcript.md.j2", "question.md.j2",
                            "speaker.md.j2", "topic.md.j2", "topic_exhibit.md.j2"})
"""The templates that read nothing of the site beyond their context and
:func:`memo_setting`: their pages may be kept from the last build (page_memo.py)."""


def memo_setting(site: Site) -> tuple:
    """What the templates of :data:`MEMO_TEMPLATES` read of the site beyond their context."""
    return (site.urls, site.site_url, site.site_name, tuple(site.topics.values()),
            site.categories, tuple(site.mentioned_topics))


def generate(site: Site, memo: PageMemo | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """All pages (source path → Markdown) and data files (path → text) of the site; with a
    ``memo``, the pages of the last build made from the same kept (``mkdocs serve``)."""
    if memo is not None:
        memo.start(memo_setting(site))
    r = _Renderer(site, memo)
    urls = site.urls
    pages: dict[str, str] = {}
    data: dict[str, str] = {}
    if not urls.single:
        first = site.transcripts[0]
        pages[urls.series_home] = r.page(
            "series.md.j2", urls.series_home,
            exhibits=newest_first(site.transcripts),
            undated=[tr for tr in site.transcripts if not tr.info.get("date")],
            about={tr.slug: (str(tr.info.get("theme", "")), render.first_sentence(tr.intro[0].text)
                             if tr.intro else "") for tr in site.transcripts},
            cloud=glance.topic_cloud(site.topics.values(), site.passages),
            moved={anchor: urls.href(urls.series_home, urls.exhibit_home(first), anchor)
                   for anchor in exhibit_home_anchors(first)},
        )
    for tr in site.transcripts:
        questions = tr.questions
        home = urls.exhibit_home(tr)
        cloud = glance.topic_cloud(site.topics.values(), site.passages_by_transcript[tr.slug])
        pages[home] = r.page(
            "exhibit.md.j2", home, transcript=tr, grid=glance.answer_grid(tr), cloud=cloud,
            years=glance.timeline_years(topic for topic, _, _ in cloud),
        )
        pages[urls.transcript(tr)] = r.page(
            "transcript.md.j2", urls.transcript(tr), transcript=tr, page_player=r.player_for(tr)
        )
        for index, question in enumerate(questions):
            path = urls.question(tr, question)
            pages[path] = r.page(
                "question.md.j2",
                path,
                transcript=tr,
                question=question,
                anchors=glance.answer_anchors(question),
                part=tr.part_of(question),
                number=index + 1,
                previous=questions[index - 1] if index > 0 else None,
                next=questions[index + 1] if index + 1 < len(questions) else None,
                page_player=r.player_for(tr),
            )
        data[urls.data(tr, "json")] = r.data(urls.data(tr, "json"), tr,
                                             functools.partial(to_json, tr))
        data[urls.data(tr, "csv")] = r.data(urls.data(tr, "csv"), tr,
                                            functools.partial(passages_csv, site, tr))
        if r.spans[tr.slug]:
            data[urls.data(tr, "vtt")] = r.data(urls.data(tr, "vtt"), tr,
                                                functools.partial(timing.webvtt, site, tr))
            data[urls.data(tr, "transcript.json")] = r.data(
                urls.data(tr, "transcript.json"), tr,
                functools.partial(timing.podcast_transcript, site, tr))
    data[SCHEMA_PATH] = schema_json()
    year_by_slug = {tr.slug: year_of(tr) for tr in site.transcripts}
    for speaker, transcripts in site.speakers:
        path = urls.speaker(speaker)
        mine = site.passages_by_speaker.get(speaker.id, ())
        # Grouped once here: a per-question search of all passages grows with their square.
        by_question: dict[tuple[str, str], list[Passage]] = {}
        for passage in mine:
            by_question.setdefault((passage.transcript.slug, passage.question.id), []).append(
                passage
            )
        newest = newest_first(transcripts)
        split = too_long(mine, newest, SPEAKER_PASSAGES)
        introductions = [
            (tr, paragraph, render.clause_around(paragraph.text, speaker.name))
            for tr in newest
            for paragraph in tr.intro
            if speaker.name in paragraph.text
        ]
        # What every page of this speaker shares, computed once: per exhibit's page, these
        # walks would grow with the square of the series.
        in_exhibit = _grouped(mine, lambda p: p.transcript.slug)
        raised = _unique(t for p in mine for t in p.topics)
        years = _grouped(newest, year_of)
        counts = Counter({slug: len(held) for slug, held in in_exhibit.items()})
        for exhibit in [None, *(newest if split else ())]:
            page = path if exhibit is None else urls.speaker_in(speaker, exhibit.slug)
            # Each page is given only what it shows (the list of exhibits only when split,
            # one exhibit's answers on its page), so that a page kept by the serve memo
            # (page_memo.py) is kept whatever happens in other exhibits.
            pages[page] = r.page(
                "speaker.md.j2",
                page,
                speaker=speaker,
                transcripts=newest if exhibit is None else [exhibit],
                passages=mine if exhibit is None else in_exhibit.get(exhibit.slug, []),
                by_question=({} if split and exhibit is None else by_question if exhibit is None
                             else {k: v for k, v in by_question.items() if k[0] == exhibit.slug}),
                raised=raised,
                introductions=[i for i in introductions if exhibit in (None, i[0])],
                split=split and exhibit is None,
                exhibit=exhibit,
                years=years if split and exhibit is None else {},
                counts=counts if split and exhibit is None else Counter(),
            )
    pages[urls.speakers_index] = r.page("speakers.md.j2", urls.speakers_index)
    for topic_id, passages in r.mentioned.items():
        topic = r.topics[topic_id]
        path = urls.topic(topic)
        exhibits = newest_first(_unique(p.transcript for p in passages))
        split = too_long(passages, exhibits, TOPIC_MENTIONS)
        years = _grouped(exhibits, year_of)
        in_year = _grouped(passages, lambda p: year_by_slug[p.transcript.slug]) if split else {}
        counts = Counter(p.transcript.slug for p in passages)

        topic_page = functools.partial(_topic_page, r, topic, years, counts)

        # A year's pages first (a heavy year is cut into parts), then the topic's own page,
        # which links each exhibit to the page holding it; listed with the topic's page first.
        year_pages: dict[str, str] = {}
        page_of: dict[str, str] = {}
        for year in (years if split else ()):
            made = _year_parts(topic_page, urls.topic_in(topic, year), years[year], in_year[year],
                               year)
            year_pages.update(made)
            page_of.update({t.slug: page for page, run in made.items() for t in run.exhibits})
        pages[path] = topic_page(path, passages, exhibits=exhibits, split=split, year=None,
                                 page_of=page_of)
        pages.update((page, run.markdown) for page, run in year_pages.items())
    pages[urls.topics_index] = r.page(
        "topics.md.j2", urls.topics_index,
        members={c.id: [t for t in r.mentioned if r.topics[t].category == c.id]
                 for c in site.categories},
    )
    pages[urls.timeline] = r.page(
        "timeline.md.j2", urls.timeline,
        years=glance.timeline_years(r.topics[t] for t in r.mentioned),
    )
    return pages, data


EXHIBIT_HOME_SECTIONS = ("exhibit", "speakers", "glance", "who-answered", "topic-cloud",
                         "intro", "parts", "source", "data")
"""The ids exhibit.md.j2 gives an exhibit home's sections (with the source record's, the
parts' and the intro paragraphs', below)."""


def exhibit_home_anchors(transcript: Transcript) -> list[str]:
    """Every anchor of an exhibit's home: its sections, parts and intro paragraphs. When a
    second panel joins, the first exhibit's home moves from ``/`` to ``/<exhibit>/``, and
    links to ``/#source`` and the like are sent on to these."""
    return [*EXHIBIT_HOME_SECTIONS, f"source-record-{transcript.slug}",
            *(part.id for part in transcript.parts),
            *(f"{part.id}-title" for part in transcript.parts if part.title),
            *(p.id for p in transcript.intro)]


def newest_first(transcripts: Iterable[Transcript]) -> list[Transcript]:
    """Exhibits by date, the newest first; undated ones after every dated one."""
    listed = list(transcripts)
    dated = sorted((t for t in listed if t.info.get("date")),
                   key=lambda t: str(t.info["date"]), reverse=True)
    return dated + [t for t in listed if not t.info.get("date")]


SPEAKER_PASSAGES = 40
"""A speaker's page holding more passages than this, from more than one exhibit, lists the
exhibits by year and gives each exhibit its own page (``urls.speaker_in``): a speaker in
every panel of a hundred would otherwise be one page of megabytes."""
TOPIC_MENTIONS = 60
"""Likewise a topic's page, but a page per year (``urls.topic_in``): it quotes only the
sentences that mention the topic, so a year's fit in one page, and a hundred panels make
ten pages, not a hundred. A year's page only grows while that year's panels are added."""


def _topic_page(r: _Renderer, topic: Any, years: dict[str, list[Transcript]],
                counts: Counter, page: str, shown: Sequence[Passage], **context: Any) -> str:
    """One page of a topic: its own page, or a year's (or part of a year's) when split."""
    if not context["split"]:  # the list of years is shown on a split topic's own page only
        years, counts = {}, Counter()
    # What the page shows of its passages is worked out only when it is rendered: under
    # `mkdocs serve` most topic pages are kept from the build before (page_memo.py). Each
    # exhibit's quotes are a part rendered apart, keyed by that exhibit's passages alone: a
    # page that must be rendered again (it lists an edited exhibit) renders that exhibit's
    # part, and takes the others' from the build before.
    def derived() -> dict[str, Any]:
        by_exhibit = _grouped(shown, lambda p: p.transcript.slug)

        def exhibit_part(transcript: Transcript) -> Markup:
            held = by_exhibit.get(transcript.slug, [])
            return Markup(r.page(
                "topic_exhibit.md.j2", page, fragment=f"#in-{transcript.slug}",
                derived=lambda: {"quote_lists": {
                    p.anchor: render.sentences_mentioning(p.text, topic.id, r.matcher)
                    for p in held}},
                topic=topic, transcript=transcript, passages=held,
            ))

        return {"speakers": _unique(p.speaker for p in shown if p.speaker),
                "exhibit_part": exhibit_part}

    return r.page(
        "topic.md.j2",
        page,
        derived=derived,
        topic=topic,
        passages=shown,
        years=years,
        counts=counts,
        **context,
    )


TOPIC_PAGE_BYTES = 180_000
"""The most Markdown (bytes of UTF-8) a topic's page of one year holds: a heavier year is cut
into parts, each a run of its exhibits, newest first (``topics/<id>/<year>.md``, then
``<year>-2.md``…). The theme adds its navigation and header around it (about 80 KB at a
hundred panels), and every page must stay under 300 KB of HTML (tests/perf/FIGURES.md)."""


class _YearPart(NamedTuple):
    markdown: str
    exhibits: list[Transcript]


def _year_parts(
    topic_page: Callable[..., str], first: str, held: list[Transcript],
    shown: list[Passage], year: str,
) -> dict[str, _YearPart]:
    """A topic's page of one year (``first``), or its parts when the year's page would be
    heavier than :data:`TOPIC_PAGE_BYTES`: as few as keep each part within it, unless a part
    is one exhibit already."""
    weights = Counter(p.transcript.slug for p in shown)
    runs, asked = [held], 1
    while True:
        paths = [first[: -len(".md")] + (f"-{n}.md" if n > 1 else ".md")
                 for n in range(1, len(runs) + 1)]
        made = {}
        for number, (path, run) in enumerate(zip(paths, runs, strict=True), start=1):
            slugs = {t.slug for t in run}
            made[path] = _YearPart(topic_page(
                path, [p for p in shown if p.transcript.slug in slugs], exhibits=run,
                split=False, year=year, part=(number, paths), year_exhibits=held,
            ), run)
        sizes = [len(part.markdown.encode("utf-8")) for part in made.values()]
        count = min(max(asked + 1, -(-sum(sizes) // TOPIC_PAGE_BYTES)), len(held))
        if max(sizes) <= TOPIC_PAGE_BYTES or (
            count <= asked
        ):
            return made
        asked = count
        runs = _balanced_runs(held, [weights[t.slug] for t in held], count)


def _balanced_runs(items: list[T], weights: list[int], count: int) -> list[list[T]]:
    """``items`` in order, cut into at most ``count`` consecutive runs of about equal weight,
    none empty."""
    total = sum(weights)
    runs: list[list[T]] = [[]]
    so_far = 0
    for index, (item, weight) in enumerate(zip(items, weights, strict=True)):
        runs_left, items_left = count - len(runs), len(items) - index
        # The next run starts once this one holds its share, or when the items left are
        # just enough for one in each run left.
        if runs[-1] and runs_left > 0 and (
            so_far + weight / 2 > total * len(runs) / count or items_left <= runs_left
        ):
            runs.append([])
        runs[-1].append(item)
        so_far += weight
    return runs


def year_label(year: str) -> str:
    """How a year of split pages is named: 2023 年, 未注明日期."""
    return "未注明日期" if year == "undated" else f"{year} 年"


def year_of(transcript: Transcript) -> str:
    """The year an exhibit is filed under on a split page: its date's, or 未注明日期."""
    date = str(transcript.info.get("date", ""))
    return date[:4] if re.match(r"\d{4}", date) else "undated"


def too_long(passages: Sequence[Passage], exhibits: Sequence[Transcript], most: int) -> bool:
    """Whether a page of these passages is split, one page per exhibit."""
    return len(exhibits) > 1 and len(passages) > most


def _grouped(items: Iterable[Any], key: Callable[[Any], str]) -> dict[str, list[Any]]:
    """Items by key, each group in the items' order."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def _unique(items: Iterable[T]) -> list[T]:
    """Items once each, in order of first appearance."""
    return list(dict.fromkeys(items))


def filter_choices(site: Site, transcript: Transcript) -> dict[str, Any]:
    """What the transcript filter offers: speakers in order, topics grouped by category; only
    those with paragraphs the filter shows (intro, answers, a question's follow-ups), so no
    choice leads to nothing. A question's own words are headings to the filter, not passages."""
    shown = [p for p in site.passages_by_transcript[transcript.slug]
             if not (p.question and p.anchor == p.question.id)]
    present = {t for p in shown for t in p.topics}
    speaking = {p.speaker.id for p in shown if p.speaker}
    topics = [t for t in site.topics.values() if t.id in present]
    groups = [
        {"name": c.name, "topics": [[t.id, t.name] for t in topics if t.category == c.id]}
        for c in site.categories
    ]
    known = {c.id for c in site.categories}
    groups.append({"name": "其他", "topics": [[t.id, t.name] for t in topics
                                             if t.category not in known]})
    return {
        "speakers": [[s.id, s.name] for s in transcript.speakers if s.id in speaking],
        "topics": [g for g in groups if g["topics"]],
    }


DATA_FILES_MARKER = "<!-- exhibit:data-files -->"
"""Where a hand-written page (docs/about.md) wants the list of every exhibit's data files."""


def with_data_files(markdown: str, site: Site, page: str) -> str:
    """A hand-written page's Markdown with its data-files marker replaced by links to every
    exhibit's JSON and CSV, so the page stays right when another panel joins the series."""
    if DATA_FILES_MARKER not in markdown:
        return markdown
    listing = _Renderer(site).page("data_files.md.j2", page)
    return markdown.replace(DATA_FILES_MARKER, listing.strip())


SERIES_MARKER = "<!-- exhibit:series -->"
"""Where a hand-written page (docs/about.md) wants what the series holds: how many exhibits,
which reported and which verbatim, each one's file and the lines left out of it."""


def with_series(markdown: str, site: Site, page: str) -> str:
    """A hand-written page's Markdown with its series marker replaced by the facts of every
    exhibit, so that the editors' prose beside it needs no edit when a panel joins."""
    if SERIES_MARKER not in markdown:
        return markdown
    excluded: dict[str, list[tuple[str, list[int]]]] = {}
    for transcript in site.transcripts:
        by_reason: dict[str, list[int]] = {}
        for exclusion in transcript.excluded:
            by_reason.setdefault(exclusion.reason, []).append(exclusion.line)
        excluded[transcript.slug] = list(by_reason.items())
    listing = _Renderer(site).page(
        "about_series.md.j2", page, excluded=excluded,
        files={tr.slug: Path(tr.source).name for tr in site.transcripts})
    return markdown.replace(SERIES_MARKER, listing.strip())


SOURCE_RECORDS_MARKER = "<!-- exhibit:source-records -->"
"""Where a hand-written page (docs/about.md) wants every exhibit's source record."""


def with_source_records(markdown: str, site: Site, page: str) -> str:
    """A hand-written page's Markdown with its source-records marker replaced by each
    exhibit's mode and source record (publisher, author, dates, URLs; 未知 where unknown)."""
    if SOURCE_RECORDS_MARKER not in markdown:
        return markdown
    listing = _Renderer(site).page("source_records.md.j2", page)
    return markdown.replace(SOURCE_RECORDS_MARKER, listing.strip())
