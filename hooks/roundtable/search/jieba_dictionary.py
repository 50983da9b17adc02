"""jieba's main dictionary cut down to the words the site's text can hold.

jieba builds its prefix dictionary from 350 000 words (about 0.55 s of CPU from its cache,
a quarter of the exhibit's build) though the exhibit's text holds a few thousand of them.
:func:`restricted_dictionary` keeps every entry whose word occurs in the given texts, so
jieba cuts those texts exactly as with the whole dictionary:

* jieba only ever looks up substrings of the text it cuts: a word that occurs nowhere in
  the texts can never be part of a cut, nor can its prefixes add one.
* jieba scores a cut by ``log(freq) - log(total)``, and ``total`` is the sum of every
  entry's frequency: one placeholder entry, a symbol jieba never cuts, carries the
  frequency of the dropped words so that ``total`` stays the same.
* a user word that is also a dictionary word changes ``total`` by the difference of its
  frequencies: the user terms count as texts, so their dictionary entries are kept.

This module knows nothing of MkDocs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from itertools import compress, repeat
from pathlib import Path

from ..material_internals import jieba_main_dictionary

# U+3013 GETA MARK: no Han character (Material hands jieba runs of Han only) and outside
# the characters jieba's cut ever looks up, so this entry never matches any text.
PLACEHOLDER = "〓"
# The parts of an entry as jieba reads it (``word freq [tag]``). The dictionary holds
# 350 000 lines: each step over them is one pass in C, as a Python loop would cost about
# what the smaller dictionary saves.
WORD = re.compile(r"^[^ \n]+", re.MULTILINE)
FREQUENCY = re.compile(r"^[^ \n]+ ([0-9]+)", re.MULTILINE)


def default_dictionary() -> Path:
    """jieba's own main dictionary (dict.txt, beside the package)."""
    return jieba_main_dictionary()


def _entries(dictionary: str) -> tuple[list[str], list[str], list[str]]:
    """Each entry's line, word and frequency."""
    lines = dictionary.splitlines()
    if set(map(str.count, lines, repeat(" "))) == {2}:  # all "word freq tag", as jieba ships
        fields = " ".join(lines).split(" ")
        words, frequencies = fields[0::3], fields[1::3]
    else:
        words, frequencies = WORD.findall(dictionary), FREQUENCY.findall(dictionary)
    if not len(lines) == len(words) == len(frequencies) or not all(
        map(str.isdigit, frequencies)
    ):
        raise ValueError("jieba dictionary: a line is not 'word frequency [tag]'")
    return lines, words, frequencies


def restricted_dictionary(dictionary: str, texts: Iterable[str]) -> str:
    """The entries of ``dictionary`` (jieba's format) whose word occurs in one of ``texts``,
    in their order, then the placeholder that keeps jieba's ``total`` unchanged."""
    lines, words, frequencies = _entries(dictionary)
    longest = max(map(len, words), default=0)
    alphabet = set("".join(words))
    # Only runs of characters some word is made of can hold a word: cut the texts elsewhere.
    texts = list(texts)
    foreign = set("".join(texts)) - alphabet
    outside = re.compile(f"[{re.escape(''.join(sorted(foreign)))}]+") if foreign else None
    runs = {run for text in texts for run in (outside.split(text) if outside else (text,))}
    occurring = {
        run[start:end]
        for run in runs
        for start in range(len(run))
        for end in range(start + 1, min(len(run), start + longest) + 1)
    }
    keep = list(map(occurring.__contains__, words))
    kept = list(compress(lines, keep))
    dropped = sum(map(int, frequencies)) - sum(map(int, compress(frequencies, keep)))
    if dropped:
        kept.append(f"{PLACEHOLDER} {dropped}")
    return "".join(f"{line}\n" for line in kept)


def write_dictionary(text: str, folder: Path) -> Path:
    """Write a main dictionary into ``folder``, named after its content: jieba caches its
    prefix dictionary by file name, so one name must never hold two dictionaries."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"jieba-main-{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return path
