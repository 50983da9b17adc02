"""One search document per passage, on the page that shows it best.

Material's search plugin indexes a page by sections, one per heading: a question page's
answer by a speaker is one document, however many paragraphs it holds, and a result opens
at the speaker's heading. :func:`passages_apart` takes each passage out of the section that
holds it, on its own page (its question page, or the transcript for the introduction), into
a document of its own whose location is the passage's anchor: a result then opens at the
passage, and a query lists each passage that holds it once. The passage's copies on the
transcript, speaker and topic pages are kept out of the index by the templates
(``data-search-exclude``).

Works on the index as data (``{"config": …, "docs": […]}``); knows nothing of MkDocs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

PASSAGE_MARK = "¶"
"""Ends the title of a passage's document: the result list counts passages by it."""

_BLOCK = re.compile(r"<p>.*?</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_IGNORED = re.compile(r"[\s\u200b¶]+")


class SearchIndexError(ValueError):
    """A passage could not be found where its page's search document should hold it."""


class IndexedPassage(NamedTuple):
    """What the index needs to know of a passage."""

    page: str
    """The URL of its page, as the index writes locations (e.g. ``exhibit/question/``)."""
    anchor: str
    who: str
    """Who says it, for the result's title: a speaker's name, 主持人, or 导语."""
    text: str
    """Its text, as the transcript gives it."""
    tags: tuple[str, ...]
    """The names of the topics it mentions."""


def plain(text: str) -> str:
    """Text as compared: no markup, entities decoded, no spaces, cuts or paragraph marks."""
    return _IGNORED.sub("", html.unescape(_TAG.sub("", text)))


def passages_apart(
    index: dict, passages: Iterable[IndexedPassage], cut: Callable[[str], str] = str
) -> dict:
    """The index with each passage in a document of its own (see the module's docstring).

    A passage whose anchor already is a document (a question, the heading of its page)
    stays as it is. ``cut`` segments a title as the indexer segments text. Raises
    :class:`SearchIndexError` when a passage's text is not found once in its page's
    documents: the pages and the index no longer agree, and guessing would index it twice
    or not at all.
    """
    docs: list[dict] = [dict(doc) for doc in index["docs"]]
    locations = {doc["location"] for doc in docs}
    split: dict[int, list[dict]] = {}  # position of a section → passages taken out of it
    for passage in passages:
        location = f"{passage.page}#{passage.anchor}"
        if location in locations:
            continue
        wanted = plain(passage.text)
        blocks = [
            (position, block)
            for position, doc in enumerate(docs)
            if doc["location"].split("#")[0] == passage.page
            for block in _BLOCK.findall(doc["text"])
        ]
        # The paragraph itself; failing that, the one paragraph holding its text (a page
        # may set a label beside the words).
        found = [(p, b) for p, b in blocks if plain(b) == wanted] or [
            (p, b) for p, b in blocks if wanted and wanted in plain(b)
        ]
        if len(found) != 1:
            raise SearchIndexError(
                f"search index: passage #{passage.anchor} found {len(found)} times in the "
                f"documents of {passage.page or 'the home page'}, expected once"
            )
        position, block = found[0]
        section = docs[position]
        section["text"] = section["text"].replace(block, "", 1).strip()
        entry = {
            "location": location,
            "title": cut(f"{passage.who} {PASSAGE_MARK}"),
            "text": block,
            "tags": list(passage.tags),
        }
        if "boost" in section:
            entry["boost"] = section["boost"]
        split.setdefault(position, []).append(entry)
        locations.add(location)
    result = []
    for position, doc in enumerate(docs):
        result.append(doc)
        result += split.get(position, [])
    return {**index, "docs": result}
