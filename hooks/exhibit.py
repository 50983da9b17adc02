"""MkDocs hook: thin glue between MkDocs events and the exhibit's pure modules.

Transcripts are read from ``seeds/`` beside ``mkdocs.yml`` when the configuration loads,
so bad input stops the build before anything is written; pages and data files are then
added as virtual files. Nothing generated is written into ``docs/``.
"""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from roundtable.material_internals import (
    ENV_PRIORITY,
    INDEX_REWRITE_PRIORITY,
    SEARCH_INDEX,
    cut_as_indexed,
)
from roundtable.model import Transcript, TranscriptError
from roundtable.navigation import navigation
from roundtable.pages import generate, with_data_files
from roundtable.search_index import SearchIndexError, passages_apart
from roundtable.search_setup import PageText, indexed_passages, indexed_texts, prepare_jieba
from roundtable.search_terms import WorkerPatchError, patch_site_worker
from roundtable.site import Site, build_site
from roundtable.transcript import load

SEEDS = "seeds"
log = logging.getLogger("mkdocs.hooks.exhibit")
_state: dict[str, Site] = {}
# Holds jieba's dictionaries for as long as MkDocs runs (serve rebuilds reuse it).
_dictionary_dir = tempfile.TemporaryDirectory(prefix="exhibit-jieba-")


def seeds_folder(config: MkDocsConfig) -> Path:
    """Where the transcripts and their metadata live."""
    return Path(config.config_file_path).parent / SEEDS


def read_transcripts(folder: Path) -> list[Transcript]:
    """Every ``*.txt`` transcript in the folder, parsed with its metadata."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise TranscriptError(str(folder), 0, "no transcript (*.txt) found")
    return [load(path) for path in paths]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        transcripts = read_transcripts(seeds_folder(config))
        site = build_site(transcripts, directory_urls=config.use_directory_urls,
                          site_url=config.site_url or "")
    except (TranscriptError, ValueError) as error:
        raise PluginError(str(error)) from None
    for transcript in transcripts:
        for excluded in transcript.excluded:
            log.info("%s:%d: excluded (%s)", transcript.source, excluded.line, excluded.reason)
    _state["site"] = site
    config.nav = navigation(site)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages, data = generate(_state["site"])
    for path, content in {**pages, **data}.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} would hide a generated page: remove it from docs/")
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Hand-written pages may ask for every exhibit's data files (docs/about.md does).
    return with_data_files(markdown, _state["site"], page.file.src_uri)


# Last, after the tags plugin renders its listings into pages; still before any page is
# indexed (on_page_context), the first time jieba cuts.
@event_priority(ENV_PRIORITY)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    pages = [
        PageText(str(f.page.title), str(f.page.meta.get("title", "")), f.page.content)
        for f in files.documentation_pages()
        if f.page is not None and f.page.content is not None  # else not rebuilt (serve --dirty)
    ]
    prepare_jieba(_state["site"], indexed_texts(pages), Path(_dictionary_dir.name))
    return env


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(seeds_folder(config)))
    return server


# After the search plugin writes its index, before the offline plugin inlines it
# (material_internals.py).
@event_priority(INDEX_REWRITE_PRIORITY)
def on_post_build(config: MkDocsConfig) -> None:
    index_file = Path(config.site_dir) / SEARCH_INDEX
    try:
        patch_site_worker(Path(config.site_dir))
        if index_file.exists():
            index = json.loads(index_file.read_text(encoding="utf-8"))
            index = passages_apart(index, indexed_passages(_state["site"]), cut_as_indexed)
            index_file.write_text(json.dumps(index, separators=(",", ":")),
                                  encoding="utf-8")
    except (WorkerPatchError, SearchIndexError) as error:
        raise PluginError(str(error)) from None
