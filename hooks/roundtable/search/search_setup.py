"""Setting jieba up before Material's search plugin indexes the site.

Two dictionaries (see search_terms.py and jieba_dictionary.py): the exhibit's own terms, kept
whole, and jieba's main dictionary cut down to the words the indexed text can hold. Both are
computed from the model and from each page's rendered HTML. Knows nothing of MkDocs; it
borrows Material's search parser for the rare page whose markup that parser skips.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ..material_internals import SEARCH_EXCLUDE, sections_for_search, use_main_dictionary
from ..site import Site
from ..urls import answer_anchors
from . import jieba_dictionary
from .jieba_dictionary import default_dictionary, restricted_dictionary, write_dictionary
from .kept import digest, keep_text, kept_text
from .search_fold import folded_texts, folding_table, folding_table_of
from .search_index import IndexedPassage
from .search_terms import load_into_jieba, quoted_terms, vocabulary_terms, write_user_dictionary

# Markup that Material's search parser drops with its content, joining the text around it.
_SKIPPED = re.compile(
    rf"<(?:script|style|object)\b|{SEARCH_EXCLUDE}|linenodiv|<!\[CDATA\[", re.IGNORECASE
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADERLINK = re.compile(r"""<a\b[^>]*\bclass="headerlink"[^>]*>[^<]*</a>""")
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_WHITESPACE = re.compile(r"\s+")


# Where two elements meet with nothing between them, Material's search parser joins their
# texts into one word (胡瀚 Han Hu微软亚洲研究院, 1 段1 段, 20172 项). A line break there changes
# nothing a reader sees: after a cell, a term or its description, a block or a list item, or
# between the spans the home page lays out as a flex column (speaker cards, the year strip)
# or separates with " · " (the event facts).
_JOINED = re.compile(
    r"(</(?:td|th|tr|dt|dd|div|p|li|figcaption|h[1-6])>"
    r"|</span>(?=<span(?: class=\"(?:speaker-card|year-strip)__\w+\")?>))"
    r"(?=<[a-zA-Z])"
)


def apart_for_search(content: str) -> str:
    """A page's HTML with a line break wherever the search parser would run two elements'
    texts together (see ``_JOINED``); the page reads the same."""
    return _JOINED.sub("\\1\n", content)


class PageText(NamedTuple):
    """What search indexes of one rendered page."""

    title: str
    meta_title: str
    content: str
    """The page's rendered HTML (its article, before the theme wraps it)."""


def indexed_texts(pages: Iterable[PageText]) -> list[str]:
    """Texts holding every run of Han characters Material's search plugin will cut with
    jieba. Each page's text with its tags removed (tags join the text around them), and
    once more joined wherever the plugin might join it: without permalinks (it drops them
    from headings) nor whitespace (it drops empty paragraphs and list items). A page with
    markup the plugin skips goes through the plugin's own parser, as it indexes it."""
    texts = []
    for page in pages:
        texts += [page.title, page.meta_title]
        if _SKIPPED.search(page.content):
            for section in sections_for_search(page.content):
                texts += ["".join(section.title), "".join(section.text)]
            continue
        content = _COMMENT.sub("", page.content)
        texts.append(html.unescape(_TAG.sub("", content)))
        joined = html.unescape(_TAG.sub("", _HEADERLINK.sub("", content)))
        texts.append(_WHITESPACE.sub("", joined))
    return texts


def exhibit_terms(site: Site) -> set[str]:
    """The words jieba must keep whole: topic vocabulary and quoted terms (search_terms.py)."""
    names = [n for topic in site.topics.values() for n in (topic.name, *topic.aliases)]
    texts = [tr.title for tr in site.transcripts]
    texts += [part.title for tr in site.transcripts for part in tr.parts]
    texts += [passage.text for passage in site.passages]
    return vocabulary_terms(names).union(*(quoted_terms(text) for text in texts))


RESTRICTED_UP_TO = 2_000_000
"""Characters of page HTML up to which cutting the dictionary down pays (the seed's pages
hold 0.8 million). Finding the words costs time in proportion to the pages (each read as
the search plugin reads it: 18 s CPU at 100 panels), loading the whole dictionary about a
second whatever the text; either cuts the text alike."""


def prepare_jieba(site: Site, pages: list[PageText], folder: Path) -> dict[str, str]:
    """Give jieba the exhibit's terms and a main dictionary, both written into ``folder``:
    for a site of a few panels, jieba's dictionary cut down to the words of the indexed
    texts (:func:`indexed_texts`) and of their Simplified forms (search_fold.py); past
    ``RESTRICTED_UP_TO``, the whole of it. Returns the folding table for the index and the
    search worker."""
    terms = exhibit_terms(site)
    whole = default_dictionary().read_bytes()
    if sum(len(page.content) for page in pages) <= RESTRICTED_UP_TO:
        indexed = indexed_texts(pages)
        table = folding_table([*indexed, *terms])
        folded = folded_texts(indexed, table)
        dictionary = _restricted_as_kept(whole, [*indexed, *folded, *sorted(terms)])
    else:
        # The table needs only the characters the pages hold: their HTML holds them all.
        shown = [text for page in pages for text in (page.title, page.meta_title, page.content)]
        table = folding_table([*shown, *terms])
        dictionary = whole.decode("utf-8")
    use_main_dictionary(write_dictionary(dictionary, folder))
    load_into_jieba(write_user_dictionary(terms, folder))
    return table


def _restricted_as_kept(whole: bytes, texts: list[str]) -> str:
    """:func:`restricted_dictionary` of the dictionary ``whole`` and ``texts``, kept between
    builds by all of them and the code that cuts it (kept.py): the same site's next build
    reads it back instead of splitting jieba's 350 000 lines again."""
    code = Path(jieba_dictionary.__file__).read_bytes()
    key = digest([code, whole, *texts])
    dictionary = kept_text("jieba-dictionary", key)
    if dictionary is None:
        dictionary = restricted_dictionary(whole.decode("utf-8"), texts)
        keep_text("jieba-dictionary", key, dictionary)
    return dictionary


class JiebaForRebuilds:
    """:func:`prepare_jieba` for a process that builds the site again and again (``mkdocs
    serve``): the same folding table, and jieba cutting the same tokens, from what changed.

    Each page's characters are kept by its text, so a rebuild reads only the pages it
    rendered again. jieba gets its whole main dictionary, once: it cuts every text exactly as
    the dictionary cut down to a build's words does (jieba_dictionary.py), so that an edit
    bringing a new word needs no new dictionary; only new exhibit terms (a new quoted term or
    topic alias) make jieba load its dictionaries again."""

    def __init__(self) -> None:
        self._held: dict[tuple[str, str, str, bool], frozenset[str]] = {}
        self._terms: set[str] | None = None

    def prepare(self, site: Site, pages: list[PageText], folder: Path) -> dict[str, str]:
        terms = exhibit_terms(site)
        restricted = sum(len(page.content) for page in pages) <= RESTRICTED_UP_TO
        held: dict[tuple[str, str, str, bool], frozenset[str]] = {}
        for page in pages:
            key = (*page, restricted)
            found = self._held.get(key)
            if found is None:
                # As prepare_jieba reads a page: the indexed texts, or past RESTRICTED_UP_TO
                # the page's HTML, which holds every character they hold.
                texts = (indexed_texts([page]) if restricted
                         else [page.title, page.meta_title, page.content])
                found = frozenset("".join(texts))
            held[key] = found
        self._held = held
        table = folding_table_of(set().union(*held.values(), *map(set, terms)))
        if terms != self._terms:
            dictionary = default_dictionary().read_bytes().decode("utf-8")
            use_main_dictionary(write_dictionary(dictionary, folder))
            load_into_jieba(write_user_dictionary(terms, folder))
            self._terms = terms
        return table


def indexed_passages(site: Site) -> list[IndexedPassage]:
    """Every passage, as the search index locates it on its own page (search_index.py)."""
    return [
        IndexedPassage(
            site.urls.url(passage.page),
            passage.anchor,
            passage.speaker.name if passage.speaker else "导语" if passage.kind == "intro"
            else "主持人",
            passage.text,
            tuple(site.topics[t].name for t in passage.topics if t in site.topics),
        )
        for passage in site.passages
    ]


def speaker_headings(site: Site) -> list[str]:
    """The location of each speaker's heading on each question page, as the index writes
    locations (``exhibit/question/#answer-hu-han``; search_index.without_speaker_headings)."""
    return [
        f"{site.urls.url(site.urls.question(transcript, question))}#{anchor}"
        for transcript in site.transcripts
        for question in transcript.questions
        for anchor in answer_anchors(question)
    ]
