"""Traditional and Simplified Chinese found alike: 回圈 finds 迴圈, 自監督 finds 自监督.

Search folds every Traditional character to its Simplified form, character by character, on
both sides: the words the index holds (the search worker folds each token it indexes) and the
words a reader types (the worker folds the query first). The folding table comes from OpenCC
(``opencc-purepy``, pinned in requirements.txt) at build time, cut down to the characters that
can matter for this site, and ships inside the patched search worker: the browser fetches
nothing more, from nowhere else.

Folding keeps a text's length, so a match's positions in the folded text are its positions
in the text as shown: the passage is highlighted where it says 迴圈. jieba knows few
Traditional words (回圈 but not 迴圈): :func:`index_cut_as_folded` cuts each Traditional run
of the index where jieba cuts its Simplified form, so that both forms are cut alike.

Knows nothing of MkDocs.
"""

from __future__ import annotations

import functools
import json
import marshal
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


CACHE_DIR = Path(tempfile.gettempdir())
"""Where the table is kept between builds, as jieba keeps its prefix dictionary there."""


@functools.cache
def traditional_to_simplified() -> dict[str, str]:
    """Every Han character OpenCC's ``t2s`` turns into another single character.

    Converting every Han character costs a build about 0.17 s of CPU, a quarter of what the
    exhibit's build spends beyond bare Material's: the table is kept on disk, named by
    OpenCC's version (a pinned package: the same version converts alike), and read back in
    a millisecond. A file that cannot be read is made again."""
    from importlib.metadata import version

    path = CACHE_DIR / f"roundtable-t2s-{version('opencc-purepy')}.marshal"
    try:
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict) and table:
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = opencc_table()
    try:  # written whole, then renamed: a build beside this one never reads half a file
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps(table))
        os.replace(partial, path)
    except OSError:
        pass
    return table


def opencc_table() -> dict[str, str]:
    """:func:`traditional_to_simplified`, converted by OpenCC now."""
    from opencc_purepy import OpenCC

    characters = [chr(c) for start, end in _HAN_BLOCKS for c in range(start, end + 1)]
    # One character a line: OpenCC's phrase dictionary does not reach across lines.
    converted = OpenCC("t2s").convert("\n".join(characters)).split("\n")
    assert len(converted) == len(characters), "OpenCC changed the number of lines"
    return {t: s for t, s in zip(characters, converted, strict=True) if t != s and len(s) == 1}


def folding_table(texts: Iterable[str]) -> dict[str, str]:
    """The part of the table this site needs: every Traditional character whose Simplified
    form is in the texts (a reader may type either), and every one the texts hold."""
    held = set().union(*map(set, texts))  # every character; the table holds Han ones only
    return folding_table_of(held)


def folding_table_of(held: set[str]) -> dict[str, str]:
    """:func:`folding_table` of texts holding these characters."""
    return {t: s for t, s in traditional_to_simplified().items() if t in held or s in held}


def fold(text: str, table: dict[str, str]) -> str:
    """``text`` with each Traditional character of ``table`` in its Simplified form."""
    return text.translate(str.maketrans(table)) if table else text


def fold_all(texts: Iterable[str], table: dict[str, str]) -> list[str]:
    """Each text folded (the translation made once)."""
    translation = str.maketrans(table)
    return [text.translate(translation) for text in texts]


def folded_texts(texts: Iterable[str], table: dict[str, str]) -> list[str]:
    """The texts that folding changes, folded (jieba's main dictionary, cut down to the
    site's words, must hold the words of these too)."""
    texts = list(texts)
    return [folded for text, folded in zip(texts, fold_all(texts, table), strict=True)
            if folded != text]


# A Han run as the search plugin writes it into the index: its words set apart by U+200B.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CUT_RUN = re.compile(f"[{_HAN}][\u200b{_HAN}]*")


def cut_as_folded(text: str, table: dict[str, str], cut: Callable[[str], Iterable[str]]) -> str:
    """Indexed text whose Traditional runs are cut where their Simplified form is cut, when
    jieba knows the Simplified form's words better.

    jieba knows few Traditional words: it cuts 迴|圈 where it keeps 回圈 whole. A run holding
    a character that folds is cut again, as ``cut`` (jieba, as the search plugin calls it)
    cuts the folded run, keeping its own characters, when that gives fewer words: a word
    only the original form holds (著名, whose fold 着名 jieba does not know) stays whole."""
    return _cut_as_folded(text, str.maketrans(table), cut) if table else text


def _cut_as_folded(text: str, translation: dict[int, str],
                   cut: Callable[[str], Iterable[str]]) -> str:
    """:func:`cut_as_folded` with the table's translation made."""
    if text.translate(translation) == text:  # nothing folds: every run stays as it is
        return text

    def recut(match: re.Match) -> str:
        run = match.group(0)
        bare = run.replace("\u200b", "")
        folded = bare.translate(translation)
        if folded == bare:
            return run
        words, start = [], 0
        for word in cut(folded):
            words.append(bare[start : start + len(word)])
            start += len(word)
        if len(words) >= len([w for w in run.split("\u200b") if w]):
            return run
        return "\u200b".join(words) + run[len(run.rstrip("\u200b")):]

    return _CUT_RUN.sub(recut, text)


def index_cut_as_folded(
    index: dict, table: dict[str, str], cut: Callable[[str], Iterable[str]]
) -> dict:
    """The search index with every title and text cut as :func:`cut_as_folded` does."""
    if not table:
        return index
    translation = str.maketrans(table)  # made once, not for each title and text
    docs = [
        {**doc, "title": _cut_as_folded(doc["title"], translation, cut),
         "text": _cut_as_folded(doc["text"], translation, cut)}
        for doc in index["docs"]
    ]
    return {**index, "docs": docs}


def worker_table_script(table: dict[str, str]) -> str:
    """The table as the search worker reads it (search_worker.js, ``exhibitFold``)."""
    pairs = "".join(f"{t}{s}" for t, s in sorted(table.items()))
    return f"var EXHIBIT_FOLD_PAIRS = {json.dumps(pairs, ensure_ascii=False)};\n"
