"""``mkdocs serve --dirty`` (``make serve``): a rebuild renders only the pages an edit changed.

MkDocs keeps the process, and so this module's state, alive between the builds of ``serve``.
With ``--dirty`` it skips every page whose ``File.is_modified()`` is false, leaving its HTML
from the build before in the site folder. MkDocs can only tell that by time stamps, and every
page here is generated; so each page gets a fingerprint, the digest of everything its HTML is
made from, and a page is skipped only when its fingerprint is the one it was last built with:

- its own Markdown as generated (a hand-written page's, with what the hook adds to it);
- what every page shows of the others: the navigation and every page's title (a
  hand-written page's whole Markdown, whose heading may be its title); a page listing tags
  (a topic's) also the front matter of every page that may carry them;
- the site's settings: ``mkdocs.yml``, the site's address, online or offline, the files of the
  site (a link resolves against them), the theme's overrides, the hook's templates, and the
  series' metadata files (source records and facts every citation names).

Editing a panel's transcript thus re-renders that panel's pages and the speaker, topic and
series pages whose Markdown quotes the edit (and, when a question's topics change, the topic
pages listing its tags); a title, a question's wording, a metadata file, ``topics.yml``, a
hand-written page or ``mkdocs.yml`` changes what every page shows, and renders them all.

A skipped page still takes part in the build: its Markdown, front matter, HTML, table of
contents and anchors are put back (the navigation shows its title, tag listings list it, the
search index keeps its entries, links to its anchors are checked). Without ``--dirty`` (and in
``mkdocs build``) nothing here is used: every page is built, as before.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from roundtable.incremental import ParseCache, digest, file_digest
from roundtable.material_internals import WORKER_GLOB
from roundtable.pages.page_memo import PageMemo
from roundtable.search.search_setup import JiebaForRebuilds

TEMPLATES = Path(__file__).parent / "roundtable" / "pages" / "templates"
log = logging.getLogger("mkdocs.hooks.exhibit")
AFTER_BUILD_DONE = "Search index written"
"""Logged when the work a serve build left for after it (the search bundle) is done."""


@dataclass
class BuiltPage:
    """A page as its last build left it: what a skipped page is given back."""

    fingerprint: str
    markdown: str
    meta: dict[str, Any]
    toc: Any
    title_from_render: str | None
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]]
    """Links to other pages' anchors, by the linked page's source path."""
    content: str = ""
    """Its HTML as the search set-up read it: after the tag listings, before indexing."""
    search_entries: list[dict] = field(default_factory=list)


TAG_LISTING = "<!-- material/tags"
"""Where Material's tags plugin puts a listing of the pages carrying a tag."""
_TITLE = re.compile(r"^title:.*$", re.MULTILINE)
_LISTING = re.compile(r"<!-- material/tags\b(.*?)-->", re.DOTALL)
_INCLUDED = re.compile(r"include:\s*\[([^\]]*)\]")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def listed_tags(markdown: str) -> list[str] | None:
    """The tags a page's listings include, each as its front matter writes it (in JSON
    quotes); ``None`` when a listing includes every tag."""
    tags: list[str] = []
    for listing in _LISTING.finditer(markdown):
        included = _INCLUDED.search(listing.group(1))
        if included is None:
            return None
        tags += _QUOTED.findall(included.group(1))
    return tags


def front_matter(markdown: str) -> str:
    """The YAML block a page starts with, or nothing."""
    if not markdown.startswith("---\n"):
        return ""
    end = markdown.find("\n---\n", 3)
    return markdown[: end + 5] if end >= 0 else ""


def title_line(markdown: str) -> str:
    """The front matter's ``title:`` line, or nothing."""
    found = _TITLE.search(front_matter(markdown))
    return found.group(0) if found else ""


def _folder_digest(folder: Path) -> str:
    parts: list[str | bytes] = []
    for root, dirs, names in sorted(os.walk(folder)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = Path(root, name)
            parts += [str(path.relative_to(folder)), path.read_bytes()]
    return digest(*parts)


class ServeCache:
    """What one ``mkdocs serve --dirty`` process keeps between its builds."""

    def __init__(self) -> None:
        self.active = False
        """Set by ``on_startup`` for ``serve --dirty``; off, every page is built."""
        self.parses = ParseCache()
        self.jieba = JiebaForRebuilds()
        self.generated = PageMemo()
        self.bytecode = CompiledTemplates()
        """The theme's templates compiled once: MkDocs makes its Jinja environment anew for
        each build, and compiling Material's templates was a tenth of a rebuild."""
        self.built: dict[str, BuiltPage] = {}
        self.data: dict[str, str] = {}
        """Each data file's digest, as last written."""
        self.fingerprints: dict[str, str] = {}
        self.skipped: set[str] = set()
        self.order: list[str] = []
        """The pages in the order MkDocs builds them (and the search plugin indexes them)."""
        self.rendered: list[str] = []
        """The pages the last build rendered, in order (what a test or the log counts)."""
        self._texts: dict[str, tuple[str, str]] = {}
        """Each page's Markdown as last fingerprinted, with its digest."""
        self._fronts: list[str] = []
        self._listed: dict[str, str] = {}
        """Pages of tag listings → the digest of the front matters they may list."""
        self._building: dict[str, BuiltPage] = {}
        self._entries_seen = 0
        self._later: threading.Thread | None = None

    # --- before the pages are read --------------------------------------------------------

    def plan(self, files: Files, config: MkDocsConfig, sources: dict[str, str],
             data: dict[str, str], expand: Callable[[str, str], str], offline: bool) -> None:
        """Fingerprint every page and mark the unchanged ones unmodified, so that MkDocs
        skips them; data files likewise, by their content. ``sources`` holds the generated
        pages' Markdown, ``data`` the data files'; ``expand`` adds to a hand-written page what
        the hook adds to it."""
        self.rendered, self._building, self._entries_seen = [], {}, 0
        pages = files.documentation_pages()
        self.order = [f.src_uri for f in pages]
        own = {f.src_uri: sources[f.src_uri] if f.src_uri in sources
               else expand(f.content_string, f.src_uri) for f in pages}
        seeds = Path(config.config_file_path).parent / "seeds"
        fronts = [front_matter(own[path]) for path in self.order]
        shared = digest(
            file_digest(Path(config.config_file_path)),
            str(config.site_url), str(config.repo_url), str(config.use_directory_urls),
            str(offline), repr(config.nav),
            *sorted(f"{f.src_uri}\0{f.dest_uri}" for f in files),
            *(title_line(own[path]) if path in sources else own[path] for path in self.order),
            *(_folder_digest(Path(d)) for d in config.theme.dirs[:1] if config.theme.custom_dir),
            _folder_digest(TEMPLATES),
            *(f"{p.name}\0{file_digest(p)}" for p in sorted(seeds.glob("*.yml"))),
        )
        if fronts != self._fronts:  # what a page of tag listings may list changed
            self._fronts, self._listed = fronts, {}
        self.fingerprints = {
            path: digest(shared, path, self._text_digest(path, text),
                         self._listed_digest(text) if TAG_LISTING in text else "")
            for path, text in own.items()
        }
        self.built = {p: b for p, b in self.built.items() if p in self.fingerprints}
        self.skipped = {p for p, b in self.built.items() if b.fingerprint == self.fingerprints[p]}
        for file in pages:
            _set_modified(file, file.src_uri not in self.skipped)
        written = {path: digest(text) for path, text in data.items()}
        for file in files:
            if file.src_uri in written:
                _set_modified(file, self.data.get(file.src_uri) != written[file.src_uri])
            elif Path(file.src_uri).match(WORKER_GLOB):  # patched after each build: copy afresh
                _set_modified(file, True)
        self.data = written

    def _text_digest(self, path: str, text: str) -> str:
        """The digest of a page's Markdown; a page the memo kept is the very string it was,
        which compares equal at once, and is not digested again."""
        kept = self._texts.get(path)
        if kept is not None and kept[0] == text:
            return kept[1]
        found = digest(text)
        self._texts[path] = (text, found)
        return found

    def _listed_digest(self, listing: str) -> str:
        """The digest of the front matters a page of tag listings may list, worked out once
        for as long as no page's front matter changes."""
        found = self._listed.get(listing)
        if found is None:
            found = self._listed[listing] = digest(*_tagged(listing, self._fronts))
        return found

    def restore(self, files: Files, config: MkDocsConfig) -> None:
        """Give every skipped page back what its last build made of it."""
        for path in self.skipped:
            file = files.get_file_from_path(path)
            if file is None:
                continue
            page = file.page if file.page is not None else Page(None, file, config)
            built = self.built[path]
            page.markdown, page.meta, page.toc = built.markdown, dict(built.meta), built.toc
            page.content = built.content
            page._title_from_render = built.title_from_render
            page.present_anchor_ids = built.present_anchor_ids
            page.links_to_anchors = {
                target: links for uri, links in built.links_to_anchors.items()
                if (target := files.get_file_from_path(uri)) is not None
            }

    # --- while pages are built ------------------------------------------------------------

    def populated(self, files: Files) -> None:
        """Note each rendered page's HTML as the search set-up reads it."""
        for file in files.documentation_pages():
            if file.src_uri not in self.skipped and file.page is not None:
                self._building[file.src_uri] = BuiltPage(
                    self.fingerprints[file.src_uri], "", {}, [], None, None, {},
                    file.page.content or "")

    def rendered_page(self, page: Page, entries: list[dict]) -> None:
        """Keep what MkDocs and the search plugin made of a page just written; ``entries``
        is the search plugin's whole list of entries so far."""
        path = page.file.src_uri
        built = self._building.pop(path)
        built.markdown, built.meta, built.toc = page.markdown or "", dict(page.meta), page.toc
        built.title_from_render = page._title_from_render
        built.present_anchor_ids = page.present_anchor_ids
        built.links_to_anchors = {f.src_uri: links
                                  for f, links in (page.links_to_anchors or {}).items()}
        built.search_entries = entries[self._entries_seen:]
        self._entries_seen = len(entries)
        self.built[path] = built
        self.rendered.append(path)

    def search_entries(self) -> list[dict]:
        """The search index's entries as a full build makes them: every page's, in order."""
        return [entry for path in self.order if path in self.built
                for entry in self.built[path].search_entries]

    # --- after a build ----------------------------------------------------------------------

    def later(self, work: Callable[[], object]) -> None:
        """Run ``work`` on a thread once this build is done, after the last such work."""
        self.settle()

        def run() -> None:
            try:
                work()
            except Exception as error:  # a build error, told as the build would tell it
                log.error("%s", error)
            else:
                log.info(AFTER_BUILD_DONE)

        self._later = threading.Thread(target=run, name="exhibit-after-build")
        self._later.start()

    def settle(self) -> None:
        """Wait for the work :meth:`later` started, if any."""
        if self._later is not None:
            self._later.join()
            self._later = None

    def pages_in_order(self, files: Files) -> Iterable[Page]:
        """Every page, built or skipped, in the order MkDocs builds them."""
        for path in self.order:
            file = files.get_file_from_path(path)
            if file is not None and file.page is not None:
                yield file.page


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept in memory; a template whose source changed (its
    checksum) is compiled again."""

    def __init__(self) -> None:
        self._codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._codes.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._codes[bucket.key] = bucket.bytecode_to_string()


def _tagged(listing: str, fronts: list[str]) -> list[str]:
    """The front matters a page of tag listings may list (each one that names a tag it
    includes, as a tag would be written)."""
    tags = listed_tags(listing)
    return [front for front in fronts if tags is None or any(tag in front for tag in tags)]


def _set_modified(file: File, modified: bool) -> None:
    # MkDocs asks each file whether to rebuild it under --dirty; by time stamps, which a
    # generated file has not. An instance attribute answers instead.
    file.is_modified = (lambda: True) if modified else (lambda: False)  # type: ignore[method-assign]
