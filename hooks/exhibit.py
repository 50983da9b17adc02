"""MkDocs hook: thin glue between MkDocs events and the exhibit's pure modules.

Transcripts are read from ``seeds/`` beside ``mkdocs.yml`` when the configuration loads,
so bad input stops the build before anything is written; pages and data files are then
added as virtual files. Nothing generated is written into ``docs/``.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from model import Transcript, TranscriptError
from pages import Site, build_site, generate, navigation, with_data_files
from search_terms import (
    WorkerPatchError,
    load_into_jieba,
    patch_site_worker,
    quoted_terms,
    vocabulary_terms,
    write_user_dictionary,
)
from transcript import load

SEEDS = "seeds"
log = logging.getLogger("mkdocs.hooks.exhibit")
_state: dict[str, Site] = {}
# Holds jieba's user dictionary for as long as MkDocs runs (serve rebuilds reuse it).
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


def search_dictionary(site: Site) -> None:
    """Teach jieba the exhibit's terms before search indexes a page (hooks/search_terms.py)."""
    names = [n for topic in site.topics.values() for n in (topic.name, *topic.aliases)]
    texts = [tr.title for tr in site.transcripts]
    texts += [part.title for tr in site.transcripts for part in tr.parts]
    texts += [passage.text for passage in site.passages()]
    terms = vocabulary_terms(names).union(*(quoted_terms(text) for text in texts))
    load_into_jieba(write_user_dictionary(terms, Path(_dictionary_dir.name)))


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
    search_dictionary(site)
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


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(seeds_folder(config)))
    return server


def on_post_build(config: MkDocsConfig) -> None:
    try:
        patch_site_worker(Path(config.site_dir))
    except WorkerPatchError as error:
        raise PluginError(str(error)) from None
