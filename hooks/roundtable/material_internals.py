"""Every dependency of the exhibit on Material's or jieba's internals, in one place.

Material for MkDocs is in maintenance mode and MkDocs 1.x is unmaintained: the parser, the
model and the pages know neither. What the exhibit needs from their insides — code that is
not a documented option and may change in any release — is listed here, each item with the
version it was checked against. When upgrading, go through this module (hooks/ARCHITECTURE.md,
"Upgrading"); the tests named beside each item fail loudly when an upgrade changes it.

This module imports neither MkDocs nor Material at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MATERIAL_VERSION = "9.8.1"
"""The mkdocs-material release every item below was checked against."""
JIEBA_VERSION = "0.42.1"
"""The jieba release the shared tokenizer set-up was checked against."""
MKDOCS_VERSION = "1.6.1"
"""The MkDocs release the items marked as MkDocs' below were checked against."""


# ------------------------------------------------------------------ search: the indexer
# Material's search plugin (material/plugins/search/plugin.py) cuts Chinese with jieba's
# process-wide tokenizer, `jieba.cut`, while it indexes pages in `on_page_context`; its HTML
# Parser drops elements carrying `data-search-exclude` with their content (and a whole
# section when its heading carries it). Checked: tests/test_jieba_dictionary.py,
# tests/test_search.py (the index holds each passage once). The plugin makes a `Parser()`
# (the module's global, looked up at each page), feeds it `page.content` once, closes it and
# reads `parser.data` (a list of `Section`): read_once_for_search hands it the sections the
# hook read already (tests/test_search_parse_once.py).

SEARCH_EXCLUDE = "data-search-exclude"
"""The attribute Material's search Parser skips, content and all. Parser caveat: it matches
elements by tag name, so an excluded element must not contain an element of its own tag."""


def search_parser():
    """Material's own search Parser (to read a page exactly as the search plugin does)."""
    from material.plugins.search import plugin

    return getattr(plugin.Parser, "material_parser", plugin.Parser)()


_SECTIONS_READ: dict[str, list] = {}
"""Pages' HTML → the sections Material's Parser made of it for the hook, not yet indexed."""


def sections_for_search(content: str) -> list:
    """The sections (``Section``: title, text, element) Material's search Parser makes of a
    page's HTML. The search plugin, indexing the same HTML later in the build, is handed
    them instead of parsing it a second time (:func:`read_once_for_search`)."""
    parser = search_parser()
    parser.feed(content)
    parser.close()
    _SECTIONS_READ[content] = parser.data
    return parser.data


def read_once_for_search() -> None:
    """From now on, the search plugin's Parser takes the sections :func:`sections_for_search`
    made of the same HTML (once each: the plugin may fill in a section's missing title)
    instead of parsing it again; any other HTML it parses as ever. Forgets the sections of
    an earlier build."""
    from material.plugins.search import plugin

    _SECTIONS_READ.clear()
    if hasattr(plugin.Parser, "material_parser"):
        return
    material_parser = plugin.Parser

    class ParserReadingOnce(material_parser):  # type: ignore[misc, valid-type]
        def feed(self, data: str) -> None:
            sections = _SECTIONS_READ.pop(data, None) if not self.rawdata else None
            if sections is None or self.data:
                super().feed(data)
            else:
                self.data = sections
                self.read_before = True

        def close(self) -> None:
            if not getattr(self, "read_before", False):
                super().close()

    ParserReadingOnce.material_parser = material_parser
    plugin.Parser = ParserReadingOnce


def cut_as_indexed(text: str) -> str:
    """``text`` cut as the search plugin cuts what it indexes: each Han run by jieba, its
    words set apart by U+200B (`SearchIndex._segment_chinese`)."""
    from material.plugins.search.plugin import SearchIndex

    return SearchIndex()._segment_chinese(text)


def jieba_main_dictionary() -> Path:
    """jieba's own main dictionary (`DEFAULT_DICT_NAME` beside the package)."""
    import jieba

    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


def use_main_dictionary(path: Path) -> None:
    """Make ``path`` the main dictionary of the shared tokenizer; jieba reads it on its next
    cut or user dictionary and keeps its cache beside it (`Tokenizer.tmp_dir`)."""
    import logging

    import jieba

    # jieba logs every dictionary load ("Building prefix dict …", "Dumping model …") at DEBUG
    # to its own stderr handler: nothing a curator can act on, printed on every build.
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(path.parent)
    jieba.set_dictionary(str(path))


def jieba_cut(text: str) -> list[str]:
    """``text`` cut by the shared tokenizer as Material's search plugin cuts it (`jieba.cut`,
    precise mode)."""
    import jieba

    return list(jieba.cut(text))


def load_user_dictionary(path: Path) -> None:
    """Teach the shared tokenizer a user dictionary (``word frequency`` lines)."""
    import jieba

    with path.open("rb") as dictionary:
        jieba.load_userdict(dictionary)


# ---------------------------------------------------------------- search: the index file
# `search/search_index.json` ({"config": …, "docs": [{"location", "title", "text", "tags",
# "boost"}]}) is written by the search plugin's `on_post_build` (priority 0) and inlined
# into `search/search_index.js` by the offline plugin's `on_post_build` (priority -100).

SEARCH_INDEX = "search/search_index.json"
INDEX_REWRITE_PRIORITY = -50
"""The hook rewrites the index between the two (hooks/exhibit.py, on_post_build)."""


# ---------------------------------------------------------------- search: the worker
# The minified worker `assets/javascripts/workers/search.*.min.js` (src/templates/assets/
# javascripts/integrations/search/_/index.ts and query/transform/index.ts upstream) is
# patched after each build (search_terms.patch_worker). Each fix: what it repairs, the
# minified code as Material ships it (identifiers vary between builds, hence the patterns),
# and its replacement. A fix whose code is not found exactly once stops the build.
# Checked: tests/test_search.py (test_the_worker_patch_*).

WORKER_GLOB = "assets/javascripts/workers/search.*.min.js"

WORKER_FIXES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        # search(): each Han run of the query went through Material's segment(), which never
        # tries a slice ending at the last character, falls back to any one-character word
        # (小样本 → 小) and drops what it cannot place (知识蒸馏 → 知识); the segments were
        # joined with "* ", which the transform doubled ("最后**"), and a Han run glued to
        # Latin letters (稀疏MoE) stayed one term. The run now goes through the exhibit's
        # segmentation (search_worker.js), padded with spaces; and a word holding a separator
        # (GPT-3) is split into words first, or lunr's query parser would take the "-" for
        # "must not contain" and the "3" for an optional word.
        "Chinese query segmentation",
        re.compile(
            r'(\w+)=\1\.replace\(new RegExp\("\\\\p\{sc=Han\}\+","gu"\),'
            r'(\w+)=>\[\.\.\.(\w+)\(\2,this\.index\.invertedIndex\)\]\.join\("\* "\)\)'
        ),
        r'\1=exhibitSplit(exhibitFold(\1)).replace(new RegExp("\\\\p{sc=Han}+","gu"),'
        r'\2=>" "+exhibitSegment(\2,this.index.invertedIndex).join(" ")+" ")',
    ),
    (
        # transform(): every term became `term*`, an optional clause, so a query matched
        # wherever any one of its words occurred. Each term is now required (`+term*`), and
        # a bare number must be the whole token (`+3`, not 3*: GPT-3 does not match 30).
        "every query term required",
        re.compile(
            r"\.map\((\w+)=>/\(\^\[\+-\]\|\[~\^\]\\d\+\$\)/\.test\(\1\)\?\1:`\$\{\1\}\*`\)"
        ),
        r""".map(\1=>/(^[+-]|[~^]\\d+$)/.test(\1)?\1:/^\\d+$/.test(\1)?`+${\1}`:`+${\1}*`)""",
    ),
    (
        # The index: each token the worker indexes is folded from Traditional to Simplified
        # (search_fold.py), as the query is above, so that 回圈 finds 迴圈 and 迴圈 finds
        # 回圈. Folding keeps a token's length and its position, so the text shown is
        # highlighted where it holds the word. Material's tokenizer is wrapped, not replaced.
        "Traditional and Simplified folded alike",
        re.compile(r"this\.tokenizer=(\w+),lunr\.tokenizer\.separator="),
        r"this.tokenizer=exhibitFolding(\1),lunr.tokenizer.separator=",
    ),
)
WORKER_SCRIPT = Path(__file__).parent / "search" / "search_worker.js"
"""Functions the fixed worker calls, prepended to it."""


# ---------------------------------------------------------------- search: online, per query
# Online, hooks/roundtable/search/search_online.js wraps the worker's one message listener and its
# postMessage (search_pagefind.py) rather than changing its code. It relies on: the message
# types below; a SETUP's data being {config, docs, options} (the page's setupSearchIndex
# keeps only these and passes the configuration on as it is, so `config.pagefind` reaches
# the worker); the worker answering each SETUP by loading its language scripts again (lunr
# warns through `lunr.utils.warn`) and building a new index; a RESULT's data being
# {items: [[a page's document, its sections' documents…], …]}, each with its `score`.
# The build checks each pattern below is found once in the worker. Checked:
# tests/test_search.py (its query tests run online and offline).

WORKER_PROTOCOL: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("one message listener posting the handler's answer",
     re.compile(r'addEventListener\("message",\w+=>\w+\(null,null,function\*\(\)'
                r'\{postMessage\(yield \w+\(\w+\.data\)\)\}\)\)')),
    ("SETUP (0) answered with READY (1)",
     re.compile(r"case 0:return yield \w+\(\w+\.data\.config\),"
                r"\w+=new \w+\(\w+\.data\),\{type:1\}")),
    ("QUERY (2) answered with RESULT (3)",
     re.compile(r"case 2:let \w+=\w+\.data;try\{return\{type:3,")),
)


# ---------------------------------------------------------------- search: the result list
# The meta line and the list come from partials/search.html; the rest is rendered by
# Material's main bundle (templates/search/index.tsx upstream): a link per
# result with `?h=` set from the terms the document matched, empty for a page shown only as
# the parent of matching sections; the meta line `.md-search-result__meta` set from the
# theme language's `search.result.*` strings. docs/assets/search-results.js rewrites both in
# the page, relying on these class names. Checked: tests/test_search.py (browser).

BUNDLE_GLOB = "assets/javascripts/bundle.*.min.js"
RESULT_CLASSES = (
    "md-search-result__meta",
    "md-search-result__list",
    "md-search-result__item",
    "md-search-result__link",
    "md-search-result__article",
    "md-tags",
    "md-tag",
)


# ---------------------------------------------------------------- the offline plugin
# material/plugins/offline/plugin.py adds its CDN copy of the iframe-worker shim to
# `extra.polyfills` unless one of them already contains "iframe-worker"; it runs its
# on_config at the default priority, so hooks/offline.py runs first (priority 100).
# Checked: tests/test_offline.py.

OFFLINE_PLUGIN = "material/offline"
SHIM_MARK = "iframe-worker"
"""The offline plugin skips its CDN shim when a configured polyfill contains this."""
OFFLINE_CONFIG_PRIORITY = 100


def is_offline(config) -> bool:  # type: ignore[no-untyped-def]
    """Whether a MkDocs configuration has Material's offline plugin enabled (`make offline`)."""
    plugin = config.plugins.get(OFFLINE_PLUGIN)
    return plugin is not None and bool(plugin.config.enabled)


# ---------------------------------------------------------------- the recording's player
# docs/assets/player.js is linked from the content of the pages that hold a player, not from
# extra_javascript (so pages without one stay as they were). It relies on two things of
# Material's instant navigation: it evaluates the <script> elements of each new page's content
# (`M("script", container)` in the bundle), and it follows a same-site link from a click
# listener on the body, which the player's capture-phase listener on the document stops for
# a passage's time. Checked: tests/test_recording.py (instant navigation).

PLAYER_SCRIPT = "assets/player.js"
"""Where the player's script is published; linked from its pages' content."""


# ---------------------------------------------------------------- hook ordering
# hooks/exhibit.py: on_env at ENV_PRIORITY runs before the tags plugin's (100), which renders
# its listings from the tags it collected while pages were read: under `serve --dirty` the
# hook hands it the tags of the pages it skipped first (`retag`). jieba is set up at the
# first page's on_page_context, at CONTEXT_PRIORITY: after the listings are in the pages,
# before the search plugin (priority 0) indexes any page, the first time jieba cuts.
# on_post_build: the worker patch at the default priority, the index rewrite at
# INDEX_REWRITE_PRIORITY (see above).

ENV_PRIORITY = 110
CONTEXT_PRIORITY = 100
SEARCH_PLUGIN = "material/search"
TAGS_PLUGIN = "material/tags"


def search_entries(config) -> list[dict]:  # type: ignore[no-untyped-def]
    """The entries Material's search plugin has indexed so far in this build, in order
    (`SearchIndex.entries`, each ``{"location", "title", "text", …}``)."""
    plugin = config.plugins.get(SEARCH_PLUGIN)
    if plugin is None or not plugin.config.enabled:
        return []
    return plugin.search_index.entries


def forget_previous_search_index(config) -> None:  # type: ignore[no-untyped-def]
    """Under `serve --dirty` the search plugin merges each index into the one before by the
    first page it indexed (`search_index_prev`): wrong when several pages were rebuilt. The
    hook writes the whole index itself; the plugin keeps nothing."""
    plugin = config.plugins.get(SEARCH_PLUGIN)
    if plugin is not None:
        plugin.search_index_prev = None


def retag(config, pages) -> None:  # type: ignore[no-untyped-def]
    """Material's tags plugin collects each page's tags as the page is read
    (`MappingManager.add` in its on_page_markdown); a page `serve --dirty` skips is never
    read. Collect every page's tags again, in the order a full build reads them, before the
    plugin renders its listings (its on_env, priority 100)."""
    plugin = config.plugins.get(TAGS_PLUGIN)
    if plugin is None or not plugin.config.enabled:
        return
    plugin.mappings.data.clear()
    for page in pages:
        if plugin.filter(page.file):
            plugin.mappings.add(page, page.markdown or "")


# ---------------------------------------------------------------- MkDocs: the theme's files
# MkDocs' build (mkdocs/commands/build.py of MKDOCS_VERSION) calls
# `Files.add_files_from_theme(env, config)` on every build, right after listing docs/: it
# lists every file of the theme's folders through the Jinja loader (`env.list_templates`,
# Material's 14,500, its icons included, each matched against a dozen patterns) and adds
# those the patterns let through (60-odd) that docs/ does not hold, each from the first
# theme folder holding it. Under `serve --dirty` the listing is kept between builds
# (`keep_theme_listing`) for as long as no folder of the theme changed: a file added to or
# removed from a folder changes that folder's mtime, and every folder's is compared. The
# files are made anew each build, as MkDocs makes them. Checked: tests/test_serve.py.

_THEME_LISTINGS: dict[tuple, tuple[dict[str, int], list[tuple[str, str]]]] = {}
"""A theme's folders and settings → their folders' mtimes and its files (path, folder)."""


def _folder_times(roots: list[str]) -> dict[str, int]:
    """Every folder under ``roots`` (as Jinja's loader walks them) with its mtime."""
    import os

    times = {}
    for root in roots:
        for folder, _, _ in os.walk(root, followlinks=True):
            times[folder] = os.stat(folder).st_mtime_ns
    return times


def _unchanged(times: dict[str, int]) -> bool:
    import os

    try:
        return all(os.stat(folder).st_mtime_ns == time for folder, time in times.items())
    except OSError:  # a folder removed
        return False


def theme_listing_key(env, config) -> tuple | None:  # type: ignore[no-untyped-def]
    """What MkDocs' listing of the theme's files depends on besides the folders' contents;
    None when the environment's loader is not the folders MkDocs' theme makes."""
    import jinja2
    from mkdocs import utils

    if type(env.loader) is not jinja2.FileSystemLoader:
        return None
    return (tuple(env.loader.searchpath), tuple(config.theme.dirs),
            tuple(config.theme.static_templates), tuple(utils.markdown_extensions))


def keep_theme_listing() -> None:
    """From now on (this process: `serve --dirty`), MkDocs' listing of the theme's files is
    kept between builds while no folder of the theme changes."""
    from mkdocs.structure.files import File, Files

    if hasattr(Files.add_files_from_theme, "listing_kept"):
        return
    listing_afresh = Files.add_files_from_theme

    def add_files_from_theme(self, env, config) -> None:  # type: ignore[no-untyped-def]
        key = theme_listing_key(env, config)
        if key is None:
            return listing_afresh(self, env, config)
        kept = _THEME_LISTINGS.get(key)
        if kept is None or not _unchanged(kept[0]):
            times = _folder_times(list(env.loader.searchpath))  # before: a change meanwhile
            found = Files([])                                    # is seen next build
            listing_afresh(found, env, config)
            kept = _THEME_LISTINGS[key] = (times, [(f.src_uri, f.src_dir) for f in found])
        for path, folder in kept[1]:
            # As MkDocs: the theme's files do not override docs/'s.
            if self.get_file_from_path(path) is None:
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    add_files_from_theme.listing_kept = True  # type: ignore[attr-defined]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]


# ---------------------------------------------------------------- copied partials


@dataclass(frozen=True)
class CopiedPartial:
    """A theme partial copied into ``overrides/`` and changed there."""

    ours: str
    """Our copy, from the project's root."""
    upstream: str
    """The original, from Material's ``templates/`` folder."""
    changes: tuple[tuple[str, str], ...]
    """Each change as (Material's text, ours); applied in order, each found exactly once."""


# Material opens each partial with this comment; ours replace it with one saying what changed.
UPSTREAM_HEADER = re.compile(
    r"\A\{#-\n  This file was automatically generated - do not edit\n-#\}\n"
)
OUR_HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)

COPIED_PARTIALS: tuple[CopiedPartial, ...] = (
    CopiedPartial(
        "overrides/partials/search.html",
        "partials/search.html",
        (
            (
                '<div class="md-search" data-md-component="search" role="dialog">',
                '<div class="md-search" data-md-component="search" role="dialog" '
                "aria-label=\"{{ lang.t('search') }}\">",
            ),
            (
                '          <ol class="md-search-result__list" role="presentation"></ol>\n',
                '          {% include "partials/search-none.html" %}\n'
                '          <ol class="md-search-result__list" role="presentation"></ol>\n',
            ),
        ),
    ),
    CopiedPartial(
        "overrides/partials/footer.html",
        "partials/footer.html",
        (
            ("{{ direction }}: {{ page.previous_page.title | e }}",
             "{{ direction }}：{{ page.previous_page.title | striptags | e }}"),
            ("{{ direction }}: {{ page.next_page.title | e }}",
             "{{ direction }}：{{ page.next_page.title | striptags | e }}"),
        ),
    ),
    CopiedPartial(
        "overrides/partials/nav.html",
        "partials/nav.html",
        (("      {{ item.render(nav_item, path, 1) }}\n",
          "      {{ exhibit_pruned(item.render, nav_item, path, page, base_url) if exhibit_pruned "
          "is defined else item.render(nav_item, path, 1) }}\n"),),
    ),
    CopiedPartial(
        "overrides/partials/source.html",
        "partials/source.html",
        (('class="md-source" data-md-component="source">', 'class="md-source">'),),
    ),
)


# ---------------------------------------------------------------- the navigation, pruned
# With `navigation.prune`, Material's nav-item.html renders a top-level section the page is not
# in (`render` → `render_pruned`) as one link to its first page, whatever the page: its title,
# the link made relative to the page by MkDocs' `url` filter, and an icon. Nothing else of the
# page enters it (checked against nav-item.html of MATERIAL_VERSION: `nav_item.active`,
# `nav_item.pages`, the features `navigation.tabs`/`navigation.sections` that would make it a
# section rather than pruned). Our copy of partials/nav.html renders such a section once per
# (section, position, link) and reuses it. Checked: tests/test_partials.py (the copy),
# tests/test_build_speed.py (the navigation of every page is Material's own).

UNPRUNED_FEATURES = ("navigation.tabs", "navigation.sections")
"""Features under which nav-item.html renders a top-level section whole, on every page."""


class PrunedSections:
    """Renders Material's top-level navigation items (``item.render(nav_item, path, 1)`` of
    partials/nav.html), each pruned section once per link target. One per build (a theme
    environment's global): the navigation's objects are the build's."""

    def __init__(self, features: list[str]) -> None:
        self.pruning = "navigation.prune" in features and not any(
            feature in features for feature in UNPRUNED_FEATURES)
        self.rendered: dict[tuple[int, str, str], tuple[object, object]] = {}

    def __call__(self, render, nav_item, path: str, page, base_url: str):  # type: ignore[no-untyped-def]
        leaf = self.pruned_link(nav_item, page)
        if leaf is None:
            return render(nav_item, path, 1)
        from mkdocs.utils.templates import url_filter

        href = url_filter({"page": page, "base_url": base_url}, leaf.url)
        key = (id(nav_item), path, href)
        found = self.rendered.get(key)
        if found is None:
            # The item is kept with its rendering: no other object takes its id meanwhile.
            found = self.rendered[key] = (render(nav_item, path, 1), nav_item)
        return found[0]

    def pruned_link(self, nav_item, page):  # type: ignore[no-untyped-def]
        """The page a pruned section links to (`render_pruned`: its first page, through
        first subsections), or None when Material renders this item otherwise on this page."""
        if not self.pruning or page is None or not getattr(nav_item, "children", None):
            return None
        if nav_item.active or page in (getattr(nav_item, "pages", None) or ()):
            return None
        first = nav_item.children[0]
        while getattr(first, "children", None):
            first = first.children[0]
        return first if getattr(first, "url", None) is not None else None


def material_templates() -> Path:
    """The installed Material's templates folder."""
    import material

    return Path(material.__file__).parent / "templates"


def reapply(partial: CopiedPartial, original: str) -> str:
    """Material's partial with our changes applied, without either header comment; raises
    ValueError when a change no longer finds its text exactly once."""
    text = UPSTREAM_HEADER.sub("", original)
    for old, new in partial.changes:
        if text.count(old) != 1:
            raise ValueError(
                f"{partial.upstream}: Material's text for a change of {partial.ours} is found "
                f"{text.count(old)} times: {old!r}"
            )
        text = text.replace(old, new)
    return text


def without_header(ours: str) -> str:
    """Our copy without the comment that opens it."""
    return OUR_HEADER.sub("", ours, count=1)
