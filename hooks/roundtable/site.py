"""The site aggregate: every exhibit of the series, and what the pages are made from.

Beside the model, computed once per build: the passages (every paragraph with where it
stands), the topics each one mentions and the speakers across exhibits. Knows nothing of
MkDocs.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from .model import Category, Question, Speaker, Topic, Transcript
from .urls import Urls


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
    number: int = 0
    """The paragraph's number in its transcript (¶ n)."""
    time: str = ""
    """When it was said in the recording (``HH:MM:SS``), where the source gives it."""

    @property
    def id(self) -> str:
        """Its anchor, as a paragraph's ``id``: a passage is cited like the paragraph it is."""
        return self.anchor


@dataclass(frozen=True)
class Site:
    """Everything the pages are made from: the exhibits and the shared vocabulary."""

    transcripts: tuple[Transcript, ...]
    urls: Urls
    site_url: str = ""
    """Where the site is published (MkDocs' ``site_url``), for absolute permalinks; may be empty."""
    site_name: str = ""
    """The site's name (MkDocs' ``site_name``): the exhibit a citation says the page is in."""
    reused: dict[str, tuple[Urls, Transcript, tuple[Passage, ...]]] = field(
        default_factory=dict, compare=False, repr=False)
    """The passages of the last build's exhibits (``mkdocs serve``): an exhibit whose model
    is the very same object keeps its passages, so that pages made from them can be kept."""

    def permalink(self, page: str, anchor: str = "") -> str:
        """Absolute URL of a page (or paragraph) when the site's address is known, else
        site-relative."""
        base = self.site_url.rstrip("/") + "/" if self.site_url else ""
        return f"{base}{self.urls.url(page)}" + (f"#{anchor}" if anchor else "")

    @functools.cached_property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for tr in self.transcripts for t in tr.topics}

    @functools.cached_property
    def categories(self) -> tuple[Category, ...]:
        seen: dict[str, Category] = {}
        for transcript in self.transcripts:
            for category in transcript.categories:
                seen.setdefault(category.id, category)
        return tuple(seen.values())

    @functools.cached_property
    def passages(self) -> tuple[Passage, ...]:
        """Every paragraph of every exhibit, intro and questions included, in order.

        Built once per site: pages, exports and search all read this one tuple.
        """
        result: list[Passage] = []
        for tr in self.transcripts:
            urls, earlier, passages = self.reused.get(tr.slug, (None, None, ()))
            if earlier is tr and urls == self.urls:
                result += passages
                continue
            for p in tr.intro:
                result.append(Passage(tr, "intro", p.id, p.text, p.line, p.topics,
                                      self.urls.transcript(tr), number=p.number, time=p.time))
            for question in tr.questions:
                page = self.urls.question(tr, question)
                if question.text:
                    result.append(Passage(tr, "question", question.id, question.text,
                                          question.line, question.topics, page, question,
                                          number=question.number, time=question.time))
                for p in question.context:
                    result.append(Passage(tr, "question", p.id, p.text, p.line, p.topics,
                                          page, question, number=p.number, time=p.time))
                for answer in question.answers:
                    speaker = tr.speaker(answer.speaker)
                    for p in answer.paragraphs:
                        result.append(Passage(tr, "answer", p.id, p.text, p.line, p.topics,
                                              page, question, speaker, p.number, p.time))
        return tuple(result)

    @functools.cached_property
    def passages_by_transcript(self) -> dict[str, tuple[Passage, ...]]:
        """Each exhibit's passages, by slug."""
        grouped: dict[str, list[Passage]] = {tr.slug: [] for tr in self.transcripts}
        for passage in self.passages:
            grouped[passage.transcript.slug].append(passage)
        return {slug: tuple(found) for slug, found in grouped.items()}

    @functools.cached_property
    def passages_by_speaker(self) -> dict[str, tuple[Passage, ...]]:
        """Each speaker's answer passages across the series, by speaker id."""
        grouped: dict[str, list[Passage]] = {}
        for passage in self.passages:
            if passage.speaker:
                grouped.setdefault(passage.speaker.id, []).append(passage)
        return {sid: tuple(found) for sid, found in grouped.items()}

    @functools.cached_property
    def mentioned_topics(self) -> dict[str, list[Passage]]:
        """Each topic mentioned anywhere, with the passages that mention it, in vocabulary
        order."""
        by_topic: dict[str, list[Passage]] = {}
        for passage in self.passages:
            for topic_id in passage.topics:
                by_topic.setdefault(topic_id, []).append(passage)
        order = {topic_id: index for index, topic_id in enumerate(self.topics)}
        return dict(sorted(by_topic.items(), key=lambda item: order[item[0]]))

    @functools.cached_property
    def speakers(self) -> tuple[tuple[Speaker, tuple[Transcript, ...]], ...]:
        """Every speaker once, with the exhibits they speak in (same id = same person)."""
        found: dict[str, tuple[Speaker, list[Transcript]]] = {}
        for tr in self.transcripts:
            for speaker in tr.speakers:
                found.setdefault(speaker.id, (speaker, []))[1].append(tr)
        return tuple((speaker, tuple(trs)) for speaker, trs in found.values())


def build_site(
    transcripts: list[Transcript], directory_urls: bool = True, site_url: str = "",
    site_name: str = "", previous: Site | None = None,
) -> Site:
    """The site for these transcripts; refuses two exhibits with one slug.

    Exhibits are ordered by date; an undated exhibit comes after every dated one. Given the
    ``previous`` build's site, an unchanged exhibit keeps its passages (the very objects).
    """
    slugs = Counter(t.slug for t in transcripts)
    doubled = [slug for slug, count in slugs.items() if count > 1]
    if doubled:
        raise ValueError(f"two transcripts share the exhibit slug {doubled[0]!r}")
    ordered = tuple(sorted(
        transcripts, key=lambda t: (not t.info.get("date"), str(t.info.get("date", "")), t.slug)
    ))
    urls = Urls(single=len(ordered) == 1, directory_urls=directory_urls)
    reused = {} if previous is None else {
        tr.slug: (previous.urls, tr, previous.passages_by_transcript[tr.slug])
        for tr in previous.transcripts
    }
    return Site(ordered, urls, site_url, site_name, reused)
