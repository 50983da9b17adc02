"""Generating the exhibit's pages from parsed transcripts. Knows nothing of MkDocs.

:func:`generate` returns every page as ``{source path: Markdown}`` and every data file
as ``{path: text}``; the hook hands them to MkDocs. Markup lives in ``templates/``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

import glance
import render
from mentions import TopicMatcher
from model import Category, Question, Speaker, Topic, Transcript
from transcript import to_data
from urls import Urls

TEMPLATES = Path(__file__).parent / "templates"
EDITORIAL = "编者注"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ENGLISH_LABEL_TITLE = "Editorial English label · 英文为编者所加,非嘉宾原话"


@dataclass(frozen=True)
class Passage:
    """A paragraph as shown on the site: where it is, who said it, what it mentions."""

    transcript: Transcript
    kind: str
    """``intro``, ``question`` or ``answer``."""
    anchor: str
    text: str
    line: int
    topics: tuple[str, ...]
    page: str
    """Source path of the page that shows it best (its question page, or the transcript)."""
    question: Question | None = None
    speaker: Speaker | None = None


@dataclass(frozen=True)
class Site:
    """Everything the pages are made from: the exhibits and the shared vocabulary."""

    transcripts: tuple[Transcript, ...]
    urls: Urls
    site_url: str = ""
    """Where the site is published (MkDocs' ``site_url``), for absolute permalinks; may be empty."""

    def permalink(self, page: str, anchor: str) -> str:
        """Absolute URL of a paragraph when the site's address is known, else site-relative."""
        base = self.site_url.rstrip("/") + "/" if self.site_url else ""
        return f"{base}{self.urls.url(page)}#{anchor}"

    @property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for tr in self.transcripts for t in tr.topics}

    @property
    def categories(self) -> tuple[Category, ...]:
        seen: dict[str, Category] = {}
        for transcript in self.transcripts:
            for category in transcript.categories:
                seen.setdefault(category.id, category)
        return tuple(seen.values())

    def passages(self) -> list[Passage]:
        """Every paragraph of every exhibit, intro and questions included, in order."""
        result = []
        for tr in self.transcripts:
            for p in tr.intro:
                result.append(
                    Passage(tr, "intro", p.id, p.text, p.line, p.topics, self.urls.transcript(tr))
                )
            for question in tr.questions:
                page = self.urls.question(tr, question)
                result.append(
                    Passage(tr, "question", question.id, question.text, question.line,
                            question.topics, page, question)
                )
                for p in question.context:
                    result.append(Passage(tr, "question", p.id, p.text, p.line, p.topics,
                                          page, question))
                for answer in question.answers:
                    speaker = tr.speaker(answer.speaker)
                    for p in answer.paragraphs:
                        result.append(Passage(tr, "answer", p.id, p.text, p.line, p.topics,
                                              page, question, speaker))
        return result

    def mentioned_topics(self) -> dict[str, list[Passage]]:
        """Each topic mentioned anywhere, with the passages that mention it."""
        by_topic: dict[str, list[Passage]] = {}
        for passage in self.passages():
            for topic_id in passage.topics:
                by_topic.setdefault(topic_id, []).append(passage)
        order = list(self.topics)
        return dict(sorted(by_topic.items(), key=lambda item: order.index(item[0])))

    def speakers(self) -> list[tuple[Speaker, list[Transcript]]]:
        """Every speaker once, with the exhibits they speak in (same id = same person)."""
        found: dict[str, tuple[Speaker, list[Transcript]]] = {}
        for tr in self.transcripts:
            for speaker in tr.speakers:
                found.setdefault(speaker.id, (speaker, []))[1].append(tr)
        return list(found.values())


def build_site(
    transcripts: list[Transcript], directory_urls: bool = True, site_url: str = ""
) -> Site:
    """The site for these transcripts; refuses two exhibits with one slug."""
    slugs = Counter(t.slug for t in transcripts)
    doubled = [slug for slug, count in slugs.items() if count > 1]
    if doubled:
        raise ValueError(f"two transcripts share the exhibit slug {doubled[0]!r}")
    ordered = tuple(sorted(transcripts, key=lambda t: (str(t.info.get("date", "")), t.slug)))
    urls = Urls(single=len(ordered) == 1, directory_urls=directory_urls)
    return Site(ordered, urls, site_url)


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
    )
    env.filters["md"] = lambda text: Markup(render.escape_markdown(str(text)))
    env.filters["fm"] = lambda text: Markup(render.front_matter_string(str(text)))
    env.filters["short"] = render.short_title
    env.filters["json"] = lambda value: Markup(json.dumps(value, ensure_ascii=False))
    env.filters["tag"] = lambda text: Markup(render.theme_text(str(text)))
    env.filters["en"] = english_label
    env.filters["month_en"] = month_en
    return env


def english_label(text: str) -> Markup:
    """An editorial English label: marked as English and as the editors' words, not the panel's."""
    return Markup(
        '<span class="en-label" lang="en" title="{}">{}</span>'
    ).format(ENGLISH_LABEL_TITLE, text)


def month_en(date: str) -> str:
    """``2022-01`` as ``January 2022``; a bare year or anything else as it is."""
    year, _, month = date.partition("-")
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS[int(month) - 1]} {year}"
    return date


class _Renderer:
    """Renders one page at a time, with links relative to that page."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.env = _environment()
        self.topics = site.topics
        self.mentioned = site.mentioned_topics()
        self.matcher = TopicMatcher(
            t for t in self.topics.values() if t.id in self.mentioned
        )

    def page(self, template: str, path: str, **context: Any) -> str:
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

        return self.env.get_template(template).render(
            site=self.site,
            urls=urls,
            path=path,
            link=link,
            text_html=text_html,
            topics=self.topics,
            mentioned=self.mentioned,
            editorial=EDITORIAL,
            citation=citation,
            filter_choices=lambda transcript: filter_choices(self.site, transcript),
            **context,
        )


def generate(site: Site) -> tuple[dict[str, str], dict[str, str]]:
    """All pages (source path → Markdown) and data files (path → text) of the site."""
    r = _Renderer(site)
    urls = site.urls
    pages: dict[str, str] = {}
    data: dict[str, str] = {}
    if not urls.single:
        pages[urls.series_home] = r.page("series.md.j2", urls.series_home)
    for tr in site.transcripts:
        questions = tr.questions
        home = urls.exhibit_home(tr)
        cloud = glance.topic_cloud(site.topics.values(), _own_passages(site, tr))
        pages[home] = r.page(
            "exhibit.md.j2", home, transcript=tr, grid=glance.answer_grid(tr), cloud=cloud,
            years=glance.timeline_years(topic for topic, _, _ in cloud),
        )
        pages[urls.transcript(tr)] = r.page(
            "transcript.md.j2", urls.transcript(tr), transcript=tr
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
            )
        data[urls.data(tr, "json")] = json.dumps(to_data(tr), ensure_ascii=False, indent=2) + "\n"
        data[urls.data(tr, "csv")] = passages_csv(site, tr)
    for speaker, transcripts in site.speakers():
        path = urls.speaker(speaker)
        mine = [p for p in site.passages() if p.speaker and p.speaker.id == speaker.id]
        # Grouped once here: a per-question search of all passages grows with their square.
        by_question: dict[tuple[str, str], list[Passage]] = {}
        for passage in mine:
            by_question.setdefault((passage.transcript.slug, passage.question.id), []).append(
                passage
            )
        pages[path] = r.page(
            "speaker.md.j2",
            path,
            speaker=speaker,
            transcripts=transcripts,
            passages=mine,
            by_question=by_question,
            introductions=[
                (tr, paragraph, render.clause_around(paragraph.text, speaker.name))
                for tr in transcripts
                for paragraph in tr.intro
                if speaker.name in paragraph.text
            ],
        )
    pages[urls.speakers_index] = r.page("speakers.md.j2", urls.speakers_index)
    for topic_id, passages in r.mentioned.items():
        topic = r.topics[topic_id]
        path = urls.topic(topic)
        pages[path] = r.page(
            "topic.md.j2",
            path,
            topic=topic,
            passages=passages,
            quote_lists=[render.sentences_mentioning(p.text, topic_id, r.matcher)
                         for p in passages],
        )
    pages[urls.topics_index] = r.page("topics.md.j2", urls.topics_index)
    pages[urls.timeline] = r.page(
        "timeline.md.j2", urls.timeline,
        years=glance.timeline_years(r.topics[t] for t in r.mentioned),
    )
    return pages, data


def navigation(site: Site) -> list[Any]:
    """The site's navigation, in MkDocs' ``nav`` form, for whatever pages were generated."""
    urls = site.urls
    exhibits: list[Any] = []
    for tr in site.transcripts:
        entries: list[Any] = [{"概览": urls.exhibit_home(tr)}]
        for part in tr.parts:
            questions = [urls.question(tr, q) for q in part.questions]
            entries.append({render.theme_text(part.title): questions})
        entries.append({"全文实录": urls.transcript(tr)})
        exhibits.append({render.theme_text(tr.title): entries} if not urls.single else entries)
    exhibit_nav = exhibits[0] if urls.single else [{"系列": urls.series_home}, *exhibits]
    topics = [site.topics[t] for t in site.mentioned_topics()]
    by_category = [
        {render.theme_text(category.name):
            [urls.topic(t) for t in topics if t.category == category.id]}
        for category in site.categories
        if any(t.category == category.id for t in topics)
    ]
    known = {c.id for c in site.categories}
    by_category += [urls.topic(t) for t in topics if t.category not in known]
    return [
        *exhibit_nav,
        {"嘉宾": [urls.speakers_index, *[urls.speaker(s) for s, _ in site.speakers()]]},
        {"话题": [urls.topics_index, urls.timeline, *by_category]},
        {"关于": urls.about},
    ]


def citation(
    transcript: Transcript, question: Question | None, speaker: Speaker | None
) -> tuple[str, str]:
    """Who speaks and where, for a citation: ``(who, source)``.

    The page script assembles ``who，source URL`` for a paragraph and
    ``who：“selection”——source URL`` for a quote, e.g. ``陈虞君（循环智能）：“…”——《…》，
    问：“…”，机器之心「…」模型专场直播，2022 年 1 月。https://…#anchor``.
    """
    if speaker:
        who = f"{speaker.name}（{speaker.affiliation}）" if speaker.affiliation else speaker.name
    else:
        who = "主持人" if question else "实录导语"
    info = transcript.info
    event = "".join(str(info.get(key, "")) for key in ("series", "session", "format"))
    parts = [f"《{transcript.title}》"]
    if question:
        parts.append(f"问：“{question.text}”")
    parts += [text for text in (event, str(info.get("date_label") or info.get("date", ""))) if text]
    return who, "，".join(parts) + "。"


def filter_choices(site: Site, transcript: Transcript) -> dict[str, Any]:
    """What the transcript filter offers: speakers in order, topics grouped by category."""
    present = {t for p in site.passages() if p.transcript is transcript for t in p.topics}
    topics = [t for t in site.topics.values() if t.id in present]
    groups = [
        {"name": c.name, "topics": [[t.id, t.name] for t in topics if t.category == c.id]}
        for c in site.categories
    ]
    known = {c.id for c in site.categories}
    groups.append({"name": "其他", "topics": [[t.id, t.name] for t in topics
                                             if t.category not in known]})
    return {
        "speakers": [[s.id, s.name] for s in transcript.speakers],
        "topics": [g for g in groups if g["topics"]],
    }


def passages_csv(site: Site, transcript: Transcript) -> str:
    """One row per paragraph: id, part, question, speaker, text, topics, permalink."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "part", "question", "speaker", "text", "topics", "permalink"])
    for passage in site.passages():
        if passage.transcript is not transcript:
            continue
        part = transcript.part_of(passage.question).title if passage.question else ""
        writer.writerow([
            passage.anchor,
            part,
            passage.question.text if passage.question else "",
            _speaker_label(passage),
            passage.text,
            " ".join(site.topics[t].name for t in passage.topics),
            site.permalink(passage.page, passage.anchor),
        ])
    return out.getvalue()


def _own_passages(site: Site, transcript: Transcript) -> list[Passage]:
    return [p for p in site.passages() if p.transcript is transcript]


def _speaker_label(passage: Passage) -> str:
    if passage.speaker:
        return passage.speaker.name
    return "主持人" if passage.kind == "question" else ""


DATA_FILES_MARKER = "<!-- exhibit:data-files -->"
"""Where a hand-written page (docs/about.md) wants the list of every exhibit's data files."""


def with_data_files(markdown: str, site: Site, page: str) -> str:
    """A hand-written page's Markdown with its data-files marker replaced by links to every
    exhibit's JSON and CSV, so the page stays right when another panel joins the series."""
    if DATA_FILES_MARKER not in markdown:
        return markdown
    listing = _Renderer(site).page("data_files.md.j2", page)
    return markdown.replace(DATA_FILES_MARKER, listing.strip())
