"""Search online at series scale: the index as Pagefind records, fetched a query at a time.

Material's search plugin writes one index that every reader downloads whole before the first
result: 1.16 MB gzip at a hundred panels. Online, the same documents (after search_index.py
and search_fold.py have rewritten them) go into a Pagefind bundle instead, one record per
page holding the page's documents, and ``search/search_index.json`` keeps only the
configuration. The search worker (patched with search_online.js) asks Pagefind for the pages
that hold the query's words, loads the best of them, and runs Material's own search, with
the exhibit's fixes, over their documents: one set of query rules, segmentation, folding and
highlighting online and offline, where the zip keeps Material's whole inlined index.

Pagefind does not segment here: its own Chinese segmentation (charabia at index time, the
browser's ``Intl.Segmenter`` at query time) would not agree with the words Material's index
holds. A record's text is its documents' words as the worker indexes them (jieba's cut,
folded to Simplified, split on the search separator), set apart by spaces, in a language
Pagefind neither segments nor stems (``und``). The worker cuts a query's Chinese with the
exhibit's own segmentation over the words the site holds, which it fetches by first character
(:func:`word_lists`), so Pagefind is asked for exactly the words Material's search requires.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .kept import copy_kept_folder, digest, keep_folder
from .search_fold import HAN_RUN, fold_all

BUNDLE = "pagefind"
"""The bundle's folder in the site."""
WORDS = "search/words"
"""The site's Han words, one file per bucket of first characters (:func:`word_lists`)."""
WORD_BUCKETS = 512
"""Han words are bucketed by their first character's code point modulo this: few enough
files to publish, small enough that a query fetches a few hundred bytes of each."""
LOADED = 20
"""The pages a query loads, best first, when more hold its words than ``LOADED_WHOLE``
(search_online.js reads both from the index's configuration): Material lists ten at first.
About 3.5 KB each, gzip, for a question page."""
LOADED_WHOLE = 40
"""Up to this many pages found, a query loads them all: the list is then the one the whole
index gives (a panel's own search, the seed's 大模型 included, is complete)."""
LANGUAGE = "und"
"""The records' language: one Pagefind neither segments nor stems."""
# Pagefind also writes its own search UIs, not used here: they are not published.
_UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*",
           "pagefind-highlight.js", "pagefind-worker.js")
_TAG = re.compile(r"<[^>]+>")
_WHITESPACE = re.compile(r"\s")


class Record(NamedTuple):
    """One page of the site as Pagefind indexes it: every search document of the page."""

    url: str
    """The page's location in the index (``exhibit/question/``; the home page is ``""``)."""
    docs: tuple[dict, ...]
    """Its documents, the page's own first, as Material's search runs over them."""
    words: tuple[tuple[str, ...], ...]
    """Each document's words, as Material's search worker indexes them."""
    weight: float
    """The page's boost in Material's index (question pages ×2, topic pages ×0.5)."""


def words(text: str, separator: re.Pattern[str], table: dict[str, str]) -> list[str]:
    """The words of an indexed title or text as Material's worker tokenizes it: markup
    removed, entities decoded, split on the search separator (U+200B sets jieba's words
    apart), each folded to Simplified and lower-cased."""
    plain = html.unescape(_TAG.sub(" ", text))
    pieces = [piece for piece in separator.split(plain) if piece.strip()]
    return [word.lower() for word in fold_all(pieces, table)]


def records(index: dict, table: dict[str, str]) -> list[Record]:
    """The rewritten index's documents, grouped by page (the page's own document first)."""
    separator = re.compile(index["config"]["separator"])
    pages: dict[str, list[dict]] = {}
    for doc in index["docs"]:
        pages.setdefault(doc["location"].partition("#")[0], []).append(doc)
    result = []
    for url, docs in pages.items():
        docs.sort(key=lambda doc: "#" in doc["location"])  # stable: sections in page order
        found = tuple(
            tuple(words(f"{doc['title']} {doc['text']} {' '.join(doc.get('tags', []))}",
                        separator, table))
            for doc in docs
        )
        result.append(Record(url, tuple(docs), found, float(docs[0].get("boost", 1))))
    return result


def page_html(record: Record) -> str:
    """The page Pagefind indexes for a record: its words in a body weighted as Material
    weights the page, each section's under a heading with its anchor; and its documents,
    as JSON, in the ``docs`` meta (outside the body: not indexed)."""
    blocks = []
    for doc, found in zip(record.docs, record.words, strict=True):
        anchor = doc["location"].partition("#")[2]
        text = html.escape(" ".join(found))
        blocks.append(f'<h2 id="{html.escape(anchor)}">{text}</h2>' if anchor
                      else f"<p>{text}</p>")
    # Pagefind collapses the whitespace of a meta's text: the JSON keeps its own escaped.
    docs = _WHITESPACE.sub(lambda space: f"\\u{ord(space.group(0)):04x}",
                           json.dumps(record.docs, ensure_ascii=False, separators=(",", ":")))
    return (
        f'<!DOCTYPE html><html lang="{LANGUAGE}"><head><meta charset="utf-8"></head><body>'
        f'<main data-pagefind-body data-pagefind-weight="{min(record.weight, 10):g}">'
        f'{"".join(blocks)}</main>'
        f'<div data-pagefind-meta="docs">{html.escape(docs, quote=False)}</div>'
        "</body></html>"
    )


def word_lists(all_records: Iterable[Record]) -> dict[int, list[str]]:
    """The Han words the records hold, bucketed by first character (``WORD_BUCKETS``).

    The worker cuts a Chinese query as Material's search does, into words the index holds
    (search_worker.js, ``exhibitSegment``): it needs to know which words exist, and which
    start with a given piece, for the characters typed, and no more."""
    found: set[str] = set()
    for record in all_records:
        for doc_words in record.words:
            for word in doc_words:
                found.update(HAN_RUN.findall(word))
    buckets: dict[int, list[str]] = {}
    for word in sorted(found):
        buckets.setdefault(ord(word[0]) % WORD_BUCKETS, []).append(word)
    return buckets


def stub_index(index: dict) -> dict:
    """What Material's search still fetches online: the configuration, and no document. The
    configuration's ``pagefind`` (Material's page passes the configuration on to the worker
    as it is, and drops any other key) tells search_online.js where the records are."""
    config = {**index["config"], "pagefind": f"{BUNDLE}/", "loaded": LOADED,
              "loaded_whole": LOADED_WHOLE}
    return {"config": config, "docs": []}


class PagefindError(RuntimeError):
    """Pagefind could not index the records."""


def _run_pagefind(executable: Path, pages: dict[str, str], bundle: Path) -> None:
    """Pagefind's bundle of ``pages`` (path: HTML) written into ``bundle``."""
    with tempfile.TemporaryDirectory(prefix="exhibit-pagefind-") as temporary:
        for relative, text in pages.items():
            path = Path(temporary) / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        run = subprocess.run(
            [str(executable), "--site", temporary, "--output-path", str(bundle),
             "--force-language", LANGUAGE, "--silent"],
            capture_output=True, text=True, check=False,
        )
        if run.returncode != 0:
            raise PagefindError(f"pagefind: {run.stderr.strip() or run.stdout.strip()}")
    for pattern in _UNUSED:
        for path in bundle.glob(pattern):
            path.unlink()


def write_bundle(all_records: list[Record], site_dir: Path) -> Path:
    """Write the Pagefind bundle into ``site_dir/pagefind`` and the word lists into
    ``site_dir/search/words``; returns the bundle's folder.

    The records are written as pages into a temporary folder and indexed there by Pagefind's
    own binary (the ``pagefind-bin`` wheel), in one run: its Python API answers one request
    every tenth of a second, minutes for a series."""
    from pagefind_bin import get_executable

    bundle = site_dir / BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    executable = Path(get_executable())
    pages = {Path(record.url, "index.html").as_posix(): page_html(record) for record in all_records}
    # Pagefind's bundle is the same for the same pages, binary and code (kept.py).
    key = digest([str(executable), str(executable.stat().st_mtime_ns),
                  Path(__file__).read_bytes(), *(part for item in pages.items() for part in item)])
    if not copy_kept_folder("pagefind", key, bundle):
        _run_pagefind(executable, pages, bundle)
        keep_folder("pagefind", key, bundle)
    folder = site_dir / WORDS
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for bucket, listed in word_lists(all_records).items():
        (folder / f"{bucket}.txt").write_text("\n".join(listed) + "\n", encoding="utf-8")
    return bundle

