"""MkDocs hook: thin glue between MkDocs events and the exhibit's pure modules.

Transcripts are read from ``seeds/`` beside ``mkdocs.yml`` when the configuration loads,
so bad input stops the build before anything is written; pages and data files are then
added as virtual files. Nothing generated is written into ``docs/``.
"""

from __future__ import annotations

import html
import json
import logging
import tempfile
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from roundtable.citing.citations import NO_SITE_URL, Citer
from roundtable.citing.timing import recording_file
from roundtable.compiled_templates import CompiledTemplates
from roundtable.material_internals import (
    CONTEXT_PRIORITY,
    ENV_PRIORITY,
    INDEX_REWRITE_PRIORITY,
    SEARCH_INDEX,
    PrunedSections,
    cut_as_indexed,
    forget_previous_search_index,
    is_offline,
    jieba_cut,
    keep_theme_listing,
    read_once_for_search,
    retag,
    search_entries,
)
from roundtable.model import Transcript, TranscriptError
from roundtable.pages.navigation import navigation
from roundtable.pages.pages import generate, with_data_files, with_series, with_source_records
from roundtable.pages.raw_blocks import put_back, set_aside
from roundtable.search.search_fold import index_cut_as_folded, worker_table_script
from roundtable.search.search_index import (
    SearchIndexError,
    passages_apart,
    tags_on_pages_only,
    without_speaker_headings,
)
from roundtable.search.search_pagefind import PagefindError, records, stub_index, write_bundle
from roundtable.search.search_setup import (
    PageText,
    apart_for_search,
    indexed_passages,
    prepare_jieba,
    speaker_headings,
)
from roundtable.search.search_terms import WorkerPatchError, patch_site_worker
from roundtable.site import Site, build_site
from roundtable.transcript import load_series, transcripts_in
from serve_cache import ServeCache

SEEDS = "seeds"
log = logging.getLogger("mkdocs.hooks.exhibit")
# A warning that --strict does not count (mkdocs.yml sets strict): a site built to read
# locally is fine without its published address, yet the builder should hear of it.
site_url_log = logging.getLogger("exhibit.site_url")
if not site_url_log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    site_url_log.addHandler(_handler)
    site_url_log.propagate = False
_state: dict[str, object] = {}
# Holds jieba's dictionaries for as long as MkDocs runs (serve rebuilds reuse it).
_dictionary_dir = tempfile.TemporaryDirectory(prefix="exhibit-jieba-")
# What `mkdocs serve --dirty` keeps between builds to render only the pages an edit changed.
_serve = ServeCache()


def seeds_folder(config: MkDocsConfig) -> Path:
    """Where the transcripts and their metadata live."""
    return Path(config.config_file_path).parent / SEEDS


def read_transcripts(folder: Path) -> list[Transcript]:
    """Every transcript in the folder (.txt, .md, .vtt, .srt), parsed with its metadata
    (under `serve --dirty`, only those whose files changed since the last build)."""
    paths = transcripts_in(folder)
    if not paths:
        raise TranscriptError(str(folder), 0, "no transcript (*.txt, *.md, *.vtt, *.srt) found")
    return _serve.parses.load_series(paths) if _serve.active else load_series(paths)


def on_startup(command: str, dirty: bool) -> None:
    _serve.active = command == "serve" and dirty
    if _serve.active:
        # MkDocs warns that a dirty build leaves stale navigation in pages it skips, and a
        # strict build stops at any warning. Here a page is skipped only when nothing it
        # shows changed (serve_cache.py): the warning is answered, not hidden.
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
        keep_theme_listing()  # MkDocs lists the theme's 14,500 files on every build


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _serve.settle()  # the last build's search bundle, before jieba is touched again
    try:
        transcripts = read_transcripts(seeds_folder(config))
        site = build_site(transcripts, directory_urls=config.use_directory_urls,
                          site_url=config.site_url or "", site_name=config.site_name,
                          previous=_state.get("site") if _serve.active else None)
    except (TranscriptError, ValueError) as error:
        raise PluginError(str(error)) from None
    for transcript in transcripts:
        log.info("%s: read as %s (%s), %s", transcript.source, transcript.format,
                 transcript.mode, transcript.encoding)
        for excluded in transcript.excluded:
            log.info("%s:%d: excluded (%s)", transcript.source, excluded.line, excluded.reason)
        # Each a decision the reader was unsure of: a strict build stops here.
        for warning in transcript.warnings:
            log.warning("%s", warning)
    if not site.site_url:
        # `mkdocs serve` sets site_url to its own address; a build needs the published one.
        site_url_log.warning("site_url is not set: permalinks and citations will be site-relative "
                    "(%s). Build with SITE_URL=https://<host>/<path>/", NO_SITE_URL)
    _state["site"] = site
    _state["citer"] = Citer(site)
    config.nav = navigation(site)
    return config


def nav_paths(nav: object) -> set[str]:
    """Every page the navigation lists."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_paths(item) for item in nav))
    return set()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _state["site"]
    pages, data = generate(site, _serve.generated if _serve.active else None)
    listed = nav_paths(config.nav)
    generated = {}
    for path, content in {**pages, **data}.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} would hide a generated page: remove it from docs/")
        # A speaker's or topic's page for one exhibit is reached from their page, not the nav.
        inclusion = (InclusionLevel.NOT_IN_NAV if path.endswith(".md") and path not in listed
                     else InclusionLevel.UNDEFINED)
        generated[path] = File.generated(config, path, content=content, inclusion=inclusion)
        files.append(generated[path])
    for transcript in site.transcripts:
        media = recording_file(transcript)
        if media is not None:  # copied as it is, into the site and the offline zip
            files.append(File.generated(config, site.urls.media(transcript),
                                        abs_src_path=str(media)))
    rendered = pages
    if _serve.active:  # only the pages whose fingerprint changed are rendered
        _serve.plan(files, config, pages, data,
                    lambda markdown, path: hand_written(markdown, site, path), is_offline(config))
        rendered = {path: page for path, page in pages.items() if path not in _serve.skipped}
    # Blocks of HTML kept out of Markdown, put back in on_page_content (raw_blocks.py).
    aside = _state["set_aside"] = {path: set_aside(page) for path, page in rendered.items()}
    for path, held in aside.items():
        generated[path].content_string = held.markdown
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    if _serve.active:  # the pages not rendered again keep their last build's title, HTML…
        _serve.restore(files, config)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return hand_written(markdown, _state["site"], page.file.src_uri)


def hand_written(markdown: str, site: Site, path: str) -> str:
    """A hand-written page's Markdown with what it asks for: every exhibit's data files,
    facts and source records (about.md)."""
    markdown = with_data_files(markdown, site, path)
    markdown = with_series(markdown, site, path)
    return with_source_records(markdown, site, path)


def on_page_content(html_content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    aside = _state.get("set_aside", {}).get(page.file.src_uri)
    if aside is not None:
        html_content = put_back(html_content, aside.blocks)
        if page.present_anchor_ids is not None:  # for MkDocs' check of links to anchors
            page.present_anchor_ids |= aside.ids
    return apart_for_search(html_content)


# First of a page's handlers: jieba is set up before the search plugin cuts the first page.
@event_priority(CONTEXT_PRIORITY)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if "folding" not in _state:
        _prepare_search(config)
    # Every page's citation: meta tags, JSON-LD and the "引用本页" block (overrides/main.html).
    # Titles reach MkDocs HTML-escaped (render.front_matter_string); citations want the text.
    title = html.unescape(page.title or "")
    context["exhibit_cite"] = _state["citer"].page(page.file.src_uri, title)
    return context


# Before the tags plugin renders its listings (material_internals.py).
@event_priority(ENV_PRIORITY)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # Our partials/nav.html renders each pruned section once per link (material_internals).
    env.globals["exhibit_pruned"] = PrunedSections(list(config.theme.get("features", [])))
    _state["files"] = files
    _state.pop("folding", None)
    if _serve.active:  # the tag listings list the pages not rendered again too
        retag(config, _serve.pages_in_order(files))
        env.bytecode_cache = _serve.bytecode
    else:  # compiled once, kept on disk for the next build (compiled_templates.py)
        env.bytecode_cache = CompiledTemplates()
    return env


def _prepare_search(config: MkDocsConfig) -> None:
    """Set jieba up from every page's HTML, once the tag listings are in the pages."""
    files = _state["files"]
    pages = [
        PageText(str(f.page.title), str(f.page.meta.get("title", "")), f.page.content)
        for f in files.documentation_pages()
        if f.page is not None and f.page.content is not None
    ]
    folder = Path(_dictionary_dir.name)
    # The pages jieba's set-up reads through Material's search Parser are not parsed again.
    read_once_for_search()
    if _serve.active:
        _serve.populated(files)
        _state["folding"] = _serve.jieba.prepare(_state["site"], pages, folder)
    else:
        _state["folding"] = prepare_jieba(_state["site"], pages, folder)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if _serve.active:  # kept for the next build, should it skip this page
        _serve.rendered_page(page, search_entries(config))
    return output


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(seeds_folder(config)))
    return server


# After the search plugin writes its index, before the offline plugin inlines it
# (material_internals.py). Online, the documents go into a Pagefind bundle, fetched a query
# at a time, and the index keeps only its configuration (search_pagefind.py); the offline
# zip keeps the whole index, inlined.
@event_priority(INDEX_REWRITE_PRIORITY)
def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    index_file = site_dir / SEARCH_INDEX
    online = not is_offline(config)
    if "folding" not in _state:  # no page was rendered (serve --dirty)
        _prepare_search(config)
    folding = _state["folding"]
    try:
        patch_site_worker(site_dir, worker_table_script(folding), online=online)
        if not index_file.exists():
            return
        index = json.loads(index_file.read_text(encoding="utf-8"))
        if _serve.active:  # every page's entries, skipped or rendered, in build order
            forget_previous_search_index(config)
            # As the plugin serialises them (json.dumps' default=str).
            index["docs"] = json.loads(json.dumps(_serve.search_entries(), default=str))
        if online and _serve.active:
            # The page an edit changed is served now; the Pagefind bundle follows, on a
            # thread the next build waits for (serve_cache.py).
            _write_index(index_file, stub_index(index))
            site = _state["site"]
            _serve.later(lambda: _search_index(index, site, folding, site_dir))
            return
        _write_index(index_file, _search_index(index, _state["site"], folding,
                                               site_dir if online else None))
    except (WorkerPatchError, SearchIndexError, PagefindError) as error:
        raise PluginError(str(error)) from None


def _search_index(index: dict, site: Site, folding: dict[str, str],
                  bundle_into: Path | None) -> dict:
    """The index with each passage apart and cut as folded; with ``bundle_into``, its
    documents written as a Pagefind bundle there, and the index its configuration alone."""
    index = passages_apart(index, indexed_passages(site), cut_as_indexed)
    index = without_speaker_headings(index, speaker_headings(site))
    index = tags_on_pages_only(index)
    index = index_cut_as_folded(index, folding, jieba_cut)
    if bundle_into is not None:
        write_bundle(records(index, folding), bundle_into)
        index = stub_index(index)
    return index


def _write_index(index_file: Path, index: dict) -> None:
    # As UTF-8, not \u escapes: Chinese text is 43 % smaller raw (and the offline plugin
    # inlines this file as it is).
    index_file.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False),
                          encoding="utf-8")


def on_shutdown() -> None:
    _serve.settle()
