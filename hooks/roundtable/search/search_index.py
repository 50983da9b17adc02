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
_SPACES = re.compile(r" {2,}")
# The passage's own link (“¶ 12”) closing its paragraph: the number is the page's, not words
# the passage says, and a result shows the passage without it.
_PASSAGE_LINK = re.compile(r"[\s\u200b]*¶[\s\u200b\d]*(?=</p>$)")


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
    """Indexed HTML as compared with a passage's text: no markup, entities decoded, no
    spaces, cuts or paragraph marks."""
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
    # Each page's paragraphs, in order (document position, the paragraph, its plain text),
    # and by plain text: identical paragraphs (“是的。”) are claimed in reading order.
    paragraphs: dict[str, list[tuple[int, re.Match, str]]] = {}
    by_text: dict[tuple[str, str], list[tuple[int, re.Match]]] = {}
    for position, doc in enumerate(docs):
        page = doc["location"].split("#")[0]
        for match in _BLOCK.finditer(doc["text"]):
            text = plain(match.group(0))
            paragraphs.setdefault(page, []).append((position, match, text))
            by_text.setdefault((page, text), []).append((position, match))
    for same in by_text.values():
        same.reverse()  # popped from the end: first in reading order first
    claimed: set[tuple[int, int]] = set()  # (document position, paragraph start)
    split: dict[int, list[dict]] = {}  # document position → passages taken out of it
    for passage in passages:
        location = f"{passage.page}#{passage.anchor}"
        if location in locations:
            continue
        wanted = _IGNORED.sub("", passage.text)
        same = by_text.get((passage.page, wanted), [])
        while same and (same[-1][0], same[-1][1].start()) in claimed:
            same.pop()
        free = [same.pop()] if same else []
        if not free:  # a page may set a label beside the words: the one paragraph holding them
            free = [
                (position, match)
                for position, match, text in paragraphs.get(passage.page, [])
                if (position, match.start()) not in claimed and wanted and wanted in text
            ][:2]
            if len(free) != 1:
                raise SearchIndexError(
                    f"search index: passage #{passage.anchor} found {len(free)} times in "
                    f"the documents of {passage.page or 'the home page'}, expected once"
                )
        position, match = free[0]
        claimed.add((position, match.start()))
        entry = {
            "location": location,
            "title": cut(f"{passage.who} {PASSAGE_MARK}"),
            "text": _PASSAGE_LINK.sub("", match.group(0)),
            "tags": list(passage.tags),
        }
        if "boost" in docs[position]:
            entry["boost"] = docs[position]["boost"]
        split.setdefault(position, []).append(entry)
        locations.add(location)
    result = []
    for position, doc in enumerate(docs):
        if position in split:
            text, end = [], 0
            for match in _BLOCK.finditer(doc["text"]):
                if (position, match.start()) in claimed:
                    text.append(doc["text"][end : match.start()])
                    end = match.end()
            text.append(doc["text"][end:])
            doc["text"] = _SPACES.sub(" ", "".join(text)).strip()
        result.append(doc)
        result += split.get(position, [])
    return {**index, "docs": result}


def without_speaker_headings(index: dict, headings: Iterable[str]) -> dict:
    """The index without the documents of a speaker's heading on a question page (``胡瀚博士``,
    at ``page#answer-hu-han``) once :func:`passages_apart` has taken its passages out and
    nothing is left of it (the who line under it is kept out of search by the template).

    A result for 胡瀚 showed the person three times, the heading, the who line, then the
    passage titled 胡瀚; the passage's own title says who speaks. A heading whose section
    still holds text keeps its document: that text is found nowhere else."""
    emptied = set(headings)
    docs = [doc for doc in index["docs"]
            if not (doc["location"] in emptied and not plain(doc["text"]))]
    return {**index, "docs": docs}


def tags_on_pages_only(index: dict) -> dict:
    """The index with a page's tags on the page's own document only.

    Material's search plugin gives every section of a page the page's tags, so a word that
    is only a tag of the page matched each of its sections, and a result said “在该页上还有
    N 个符合条件的结果” of sections that do not hold it. The page itself keeps its tags (a
    topic still finds the pages tagged with it), and a passage the topics it mentions
    (:func:`passages_apart`)."""
    passages = {doc["location"] for doc in index["docs"]
                if doc["title"].rstrip().endswith(PASSAGE_MARK)}
    docs = []
    for doc in index["docs"]:
        if "#" in doc["location"] and doc["location"] not in passages and "tags" in doc:
            doc = {key: value for key, value in doc.items() if key != "tags"}
        docs.append(doc)
    return {**index, "docs": docs}
