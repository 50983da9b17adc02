"""MkDocs hook: thin glue between MkDocs events and the exhibit's pure modules.

Transcripts are read from ``seeds/`` beside ``mkdocs.yml`` when the configuration loads,
so bad input stops the build before anything is written; pages and data files are then
added as virtual files. Nothing generated is written into ``docs/``.
"""

from __future__ import annotations

import html
import logging
import re
import tempfile
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from jieba_dictionary import (
    default_dictionary,
    restricted_dictionary,
    use_main_dictionary,
    write_dictionary,
)
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


# Markup that Material's search parser drops with its content, joining the text around it.
_SKIPPED = re.compile(
    r"<(?:script|style|object)\b|data-search-exclude|linenodiv|<!\[CDATA\[", re.IGNORECASE
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADERLINK = re.compile(r"""<a\b[^>]*\bclass="headerlink"[^>]*>[^<]*</a>""")
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_WHITESPACE = re.compile(r"\s+")


def search_texts(files: Files) -> list[str]:
    """Texts holding every run of Han characters Material's search plugin will cut with
    jieba. Each page's text with its tags removed (tags join the text around them), and
    once more joined wherever the plugin might join it: without permalinks (it drops them
    from headings) nor whitespace (it drops empty paragraphs and list items). A page with
    markup the plugin skips goes through the plugin's own parser, as it indexes it."""
    from material.plugins.search.plugin import Parser

    texts = []
    for file in files.documentation_pages():
        page = file.page
        if page is None or page.content is None:  # not rebuilt (serve --dirty)
            continue
        texts += [str(page.title), str(page.meta.get("title", ""))]
        if _SKIPPED.search(page.content):
            parser = Parser()
            parser.feed(page.content)
            parser.close()
            for section in parser.data:
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
    texts += [passage.text for passage in site.passages()]
    return vocabulary_terms(names).union(*(quoted_terms(text) for text in texts))


def search_dictionary(site: Site, indexed: list[str]) -> None:
    """Set up jieba before search indexes a page: the exhibit's terms (hooks/search_terms.py)
    and a main dictionary cut down to the indexed texts' words (hooks/jieba_dictionary.py)."""
    terms = exhibit_terms(site)
    folder = Path(_dictionary_dir.name)
    full = default_dictionary().read_bytes().decode("utf-8")
    use_main_dictionary(write_dictionary(restricted_dictionary(full, [*indexed, *terms]), folder))
    load_into_jieba(write_user_dictionary(terms, folder))


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
@event_priority(-100)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    search_dictionary(_state["site"], search_texts(files))
    return env


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(seeds_folder(config)))
    return server


def on_post_build(config: MkDocsConfig) -> None:
    try:
        patch_site_worker(Path(config.site_dir))
    except WorkerPatchError as error:
        raise PluginError(str(error)) from None
