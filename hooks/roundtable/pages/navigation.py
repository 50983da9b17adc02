"""The site's navigation, in MkDocs' ``nav`` form: plain data, computed from the site."""

from __future__ import annotations

from typing import Any

from ..site import Site
from . import render


def navigation(site: Site) -> list[Any]:
    """The site's navigation for whatever pages were generated."""
    urls = site.urls
    exhibits: list[Any] = []
    for tr in site.transcripts:
        entries: list[Any] = [{"概览": urls.exhibit_home(tr)}]
        for part in tr.parts:
            questions = [urls.question(tr, q) for q in part.questions]
            entries.append({render.theme_text(part.title): questions} if part.title
                           else questions)
        entries.append({"全文实录": urls.transcript(tr)})
        exhibits.append({render.theme_text(tr.title): entries} if not urls.single else entries)
    exhibit_nav = exhibits[0] if urls.single else [{"系列": urls.series_home}, *exhibits]
    topics = [site.topics[t] for t in site.mentioned_topics]
    by_category = [
        {render.theme_text(category.name):
            [urls.topic(t) for t in topics if t.category == category.id]}
        for category in site.categories
        if any(t.category == category.id for t in topics)
    ]
    known = {c.id for c in site.categories}
    by_category += [urls.topic(t) for t in topics if t.category not in known]
    return [
        *_flatten_untitled(exhibit_nav),
        {"嘉宾": [urls.speakers_index, *[urls.speaker(s) for s, _ in site.speakers]]},
        {"话题": [urls.topics_index, urls.timeline, *by_category]},
        {"关于": urls.about},
    ]


def _flatten_untitled(entries: list[Any]) -> list[Any]:
    """A part without a title adds its pages to the level above, not an untitled section."""
    flat: list[Any] = []
    for entry in entries:
        if isinstance(entry, list):
            flat.extend(entry)
        elif isinstance(entry, dict):
            flat.append({key: _flatten_untitled(value) if isinstance(value, list) else value
                         for key, value in entry.items()})
        else:
            flat.append(entry)
    return flat
