"""Chinese search: the words jieba must keep whole, and the fixes to Material's search worker.

Material's search plugin segments Chinese text with jieba at build time; the browser then
splits a query greedily into tokens the index holds. Two things go wrong without help:

* jieba cuts terms of this field (大模型, 自监督, 多模态, 最后一公里) into pieces, so a query
  matches only a fragment. A user dictionary built from the topic vocabulary and from the
  terms the transcripts set in quotation marks keeps them whole.
* the search worker's query segmentation (Material 9.8) falls back to one character
  (小样本 → 小), drops what it cannot place, and matches a query wherever any one of its
  words occurs. :func:`patch_worker` has it cut each Chinese run with the exhibit's own
  segmentation (search_worker.js) and require every word; it refuses to guess when
  Material's code is not as listed in material_internals.py.

This module knows nothing of MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..material_internals import (
    WORKER_FIXES,
    WORKER_GLOB,
    WORKER_PROTOCOL,
    WORKER_SCRIPT,
    load_user_dictionary,
)

# A run of Han characters: jieba only ever sees these (Material segments Han runs only).
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
# Text set in quotation marks: 「…」, “…”, 『…』.
QUOTED = re.compile(r"「([^」\n]{1,20})」|“([^”\n]{1,20})”|『([^』\n]{1,20})』")
# Longer quoted runs are phrases or sentences, not terms: indexing them as one token would
# hide their words from search.
MAX_TERM = 8
# High enough that jieba keeps the word whole wherever it occurs, whatever its neighbours.
FREQUENCY = 100_000
FILENAME = "jieba-user-dict.txt"


class WorkerPatchError(RuntimeError):
    """Material's search worker no longer looks as this module expects."""


def is_term(text: str) -> bool:
    """Whether jieba could be told to keep ``text`` whole: 2 to MAX_TERM Han characters."""
    return 2 <= len(text) <= MAX_TERM and HAN.match(text) is not None


def quoted_terms(text: str) -> set[str]:
    """Terms a transcript sets in quotation marks, e.g. “白马非马”, 「专用模型」."""
    found = set()
    for match in QUOTED.finditer(text):
        quoted = next(group for group in match.groups() if group is not None).strip()
        if is_term(quoted):
            found.add(quoted)
    return found


def vocabulary_terms(names: Iterable[str]) -> set[str]:
    """The Chinese topic names and aliases (稀疏 MoE mixes scripts: only 稀疏 is jieba's)."""
    found = set()
    for name in names:
        for piece in re.split(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", name):
            if is_term(piece):
                found.add(piece)
    return found


def user_dictionary(terms: Iterable[str]) -> str:
    """jieba's user dictionary format: one ``word frequency`` per line, sorted."""
    return "".join(f"{term} {FREQUENCY}\n" for term in sorted(set(terms)))


def write_user_dictionary(terms: Iterable[str], folder: Path) -> Path:
    """Write the dictionary into ``folder`` (created if needed); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILENAME
    path.write_text(user_dictionary(terms), encoding="utf-8")
    return path


def load_into_jieba(path: Path) -> None:
    """Teach jieba (the process-wide tokenizer Material's search plugin cuts with) the terms.

    Loaded directly rather than through the plugin's ``jieba_dict_user`` option, which the
    plugin reads in its own ``on_config``: that would tie the hook's ``on_config`` to run
    first, before the offline plugin has switched directory URLs off.
    """
    load_user_dictionary(path)


# ---------------------------------------------------------------------------- the worker

ONLINE_SCRIPT = Path(__file__).with_name("search_online.js")
"""Searching the Pagefind bundle a query at a time (search_pagefind.py), online only."""
MARKER = "/* exhibit: search worker patched for Chinese queries (hooks/roundtable) */\n"


def patch_worker(source: str, prelude: str = "", online: bool = False) -> str:
    """The worker with every fix applied (material_internals.WORKER_FIXES) and the functions
    they call prepended, after ``prelude`` (data they read: the folding table); ``online``
    adds the script that searches the Pagefind bundle (search_online.js). Raises
    :class:`WorkerPatchError` if a fix's code is missing."""
    if source.startswith(MARKER):
        return source
    for name, pattern, replacement in WORKER_FIXES:
        source, count = pattern.subn(replacement, source)
        if count != 1:
            raise WorkerPatchError(
                f"search worker: cannot fix '{name}': expected its code once, found it "
                f"{count} times. Material's search worker has changed; check whether the "
                "bug is fixed upstream and update hooks/roundtable/material_internals.py "
                "(hooks/ARCHITECTURE.md, \"Upgrading\")"
            )
    functions = WORKER_SCRIPT.read_text(encoding="utf-8")
    if online:
        for name, pattern in WORKER_PROTOCOL:
            if len(pattern.findall(source)) != 1:
                raise WorkerPatchError(
                    f"search worker: cannot search online: expected '{name}' once. Material's "
                    "search worker has changed; update "
                    "hooks/roundtable/search/search_online.js and "
                    "material_internals.WORKER_PROTOCOL (hooks/ARCHITECTURE.md, \"Upgrading\")"
                )
        functions += ONLINE_SCRIPT.read_text(encoding="utf-8")
    return MARKER + prelude + functions + source


def patch_site_worker(site_dir: Path, prelude: str = "", online: bool = False) -> Path:
    """Patch the built site's ``assets/javascripts/workers/search.*.min.js`` in place."""
    workers = sorted(site_dir.glob(WORKER_GLOB))
    if len(workers) != 1:
        raise WorkerPatchError(
            f"search worker: expected one {WORKER_GLOB} in {site_dir}, found {len(workers)}"
        )
    path = workers[0]
    path.write_text(patch_worker(path.read_text(encoding="utf-8"), prelude, online),
                    encoding="utf-8")
    return path
