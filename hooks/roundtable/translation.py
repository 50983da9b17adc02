"""The editors' English beside a transcript: reading, checking and starting a translation file.

A translation is optional. It sits beside the transcript as ``<name>.en.yml`` and maps each
paragraph id the site publishes (intro, questions, a question's follow-ups, answers, the
closing remark, part titles) to its English and to a short fingerprint of the Chinese it was
made from::

    language: en
    paragraphs:
      most-impressive-2021-hu-han-1:
        source: 3f9a0c1e        # fingerprint of the Chinese (see fingerprint())
        en: According to Synced, Han Hu said …

When the Chinese of a paragraph changes, its fingerprint no longer matches: the English is not
shown (the page says the translation is out of date) and the build warns with the entry's
``FILE:LINE``. Knows nothing of MkDocs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .metadata import LINE_KEY, LINES_KEY, read_yaml
from .model import Diagnostic, Transcript, TranscriptError, Translation

SUFFIX = ".en.yml"
"""A translation file's name: the transcript's, with this in place of its extension."""
TOP_KEYS = ("language", "paragraphs")
ENTRY_KEYS = ("source", "en")
FINGERPRINT_LENGTH = 8
"""Hex digits of the fingerprint: enough to notice an edit, short enough to copy by hand."""
COMMENT_WIDTH = 40
"""Characters of Chinese per comment line of a skeleton."""
_SPACES = re.compile(r"\s+")


class Translatable(NamedTuple):
    """A piece of the transcript a translation file can translate."""

    id: str
    kind: str
    """``intro``, ``part``, ``question``, ``answer`` or ``closing``."""
    text: str
    """Its Chinese, as the transcript gives it."""
    line: int


def translation_path(transcript_path: Path) -> Path:
    """Where the translation of a transcript is kept: ``seeds/x.txt`` → ``seeds/x.en.yml``."""
    return transcript_path.with_name(transcript_path.stem + SUFFIX)


def fingerprint(text: str) -> str:
    """A short fingerprint of Chinese text. Runs of spaces count as one, so re-flowing a
    paragraph does not make its translation stale; any other change does."""
    normal = _SPACES.sub(" ", unicodedata.normalize("NFC", text).strip())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def translatables(transcript: Transcript) -> list[Translatable]:
    """Everything a translation can hold, in reading order, by the ids the pages publish."""
    found = [Translatable(p.id, "intro", p.text, p.line) for p in transcript.intro]
    for part in transcript.parts:
        if part.title:
            found.append(Translatable(part.id, "part", part.title, part.line))
        for question in part.questions:
            if question.asked:
                found.append(Translatable(question.id, "question", question.text, question.line))
            found += [Translatable(p.id, "question", p.text, p.line) for p in question.context]
            found += [Translatable(p.id, "answer", p.text, p.line)
                      for answer in question.answers for p in answer.paragraphs]
    found += [Translatable(p.id, "closing", p.text, p.line) for p in transcript.closing]
    return found


def read_translation(path: Path, transcript: Transcript
                     ) -> tuple[Translation, tuple[Diagnostic, ...]]:
    """The translation in ``path`` checked against the transcript, and its warnings: a stale
    entry, an entry without a fingerprint, an id the transcript does not have.

    Raises:
        TranscriptError: for a file that is not a translation file (``FILE:LINE``).
    """
    data = read_yaml(path)
    where = str(path)
    lines = data.get(LINES_KEY, {})
    for key in data:
        if key not in TOP_KEYS and key not in (LINE_KEY, LINES_KEY):
            raise TranscriptError(where, lines.get(key, 1), f"unknown key '{key}'",
                                  f"a translation file holds only: {', '.join(TOP_KEYS)}")
    language = str(data.get("language", "en"))
    if language != "en":
        raise TranscriptError(where, lines.get("language", 1),
                              f"'language: {language}' is not supported",
                              "only English translations are read (language: en)")
    entries = data.get("paragraphs") or {}
    if not isinstance(entries, dict):
        raise TranscriptError(where, lines.get("paragraphs", 1),
                              "'paragraphs' must be a mapping of paragraph ids to entries",
                              "write each entry as `<id>:` with `source:` and `en:` under it")
    entry_lines = entries.get(LINES_KEY, {})
    pieces = {piece.id: piece for piece in translatables(transcript)}
    english: dict[str, str] = {}
    stale: set[str] = set()
    warnings: list[Diagnostic] = []
    for key, entry in entries.items():
        if key in (LINE_KEY, LINES_KEY):
            continue
        line = entry_lines.get(str(key), 1)
        entry = _entry(where, line, str(key), entry)
        text, given = entry
        piece = pieces.get(str(key))
        if piece is None:
            warnings.append(Diagnostic(
                where, line, f"'{key}' is no paragraph of {Path(transcript.source).name}",
                "the ids are listed by `hooks/transcript.py --explain`; an id renamed in the "
                "metadata must be renamed here too", confirmable=False))
            continue
        if not text:
            continue
        now = fingerprint(piece.text)
        if given != now:
            stale.add(piece.id)
            said = (f"was made from other Chinese (source: {given}, now {now})" if given
                    else "has no `source:` fingerprint of the Chinese it translates")
            warnings.append(Diagnostic(
                where, line, f"the translation of '{key}' {said}: it is not shown",
                f"check the English against line {piece.line} of the transcript, correct it, "
                f"then set `source: {now}`", confirmable=False))
            continue
        english[piece.id] = text
    order = list(pieces)
    translation = Translation(
        path=where,
        english=english,
        stale=tuple(i for i in order if i in stale),
        missing=tuple(i for i in order if i not in english and i not in stale),
    )
    return translation, tuple(warnings)


def _entry(where: str, line: int, key: str, entry: object) -> tuple[str, str]:
    """(English, fingerprint) of one entry; an entry with an empty ``en`` is untranslated."""
    if entry is None:
        return "", ""
    if not isinstance(entry, dict):
        raise TranscriptError(where, line, f"'{key}' must be a mapping with `source:` and `en:`",
                              "see the file `hooks/transcript.py --init-translation` writes")
    keys = entry.get(LINES_KEY, {})
    for name in entry:
        if name not in ENTRY_KEYS and name not in (LINE_KEY, LINES_KEY):
            raise TranscriptError(where, keys.get(name, line), f"unknown key '{name}' in '{key}'",
                                  f"an entry holds only: {', '.join(ENTRY_KEYS)}")
    values = []
    for name in ("en", "source"):
        value = entry.get(name)
        if isinstance(value, (dict, list)):
            raise TranscriptError(where, keys.get(name, line), f"'{name}' of '{key}' must be text")
        values.append("" if value is None else _SPACES.sub(" ", str(value)).strip())
    return values[0], values[1]


def with_translation(transcript: Transcript, transcript_path: Path) -> Transcript:
    """The transcript with the translation beside it, if there is one, and its warnings."""
    path = translation_path(transcript_path)
    if not path.is_file():
        return transcript
    translation, warnings = read_translation(path, transcript)
    return replace(transcript, translation=translation,
                   warnings=transcript.warnings + warnings)


# --- the curator's tools ----------------------------------------------------------------


def skeleton(transcript: Transcript) -> str:
    """A translation file to fill in: every id, its Chinese as a comment, its fingerprint,
    and an empty English entry."""
    name = Path(transcript.source).name
    out = [
        f"# The editors' English translation of {name}, paragraph by paragraph.",
        "# Each key is a paragraph id the site publishes. `source` is a fingerprint of the",
        "# Chinese the English translates: when that Chinese changes, the build warns and the",
        "# English is not shown until it is checked and the fingerprint updated. Keep reported",
        "# speech reported (\"According to …, X said …\"), names and terms as the metadata and",
        "# topics.yml give them. An empty `en` reads on the site as \"not translated yet\".",
        "language: en",
        "paragraphs:",
    ]
    for piece in translatables(transcript):
        out.append(f"  {piece.id}:  # {piece.kind}, line {piece.line}")
        out += [f"    # {row}" for row in comment_rows(piece.text)]
        out.append(f"    source: {fingerprint(piece.text)}")
        out.append('    en: ""')
    return "\n".join(out) + "\n"


def comment_rows(text: str) -> list[str]:
    """The Chinese cut into comment lines of about ``COMMENT_WIDTH`` characters where a reader
    would cut it: after a punctuation mark if one is near the end, else between characters,
    never inside a Latin word or number (``Transformer``, ``2.0``), never before a closing
    mark, never ending a row with a space. Joined again, the rows are the text."""
    rows, start = [], 0
    while start < len(text):
        end = min(start + COMMENT_WIDTH, len(text))
        if end < len(text):
            end = _break_before(text, start, end)
        rows.append(text[start:end])
        start = end
    return rows


_BREAK_AFTER = set("。，、；：！？）」』”,;:!?)")
_NO_BREAK_BEFORE = _BREAK_AFTER | set("·…—")
_NO_BREAK_AFTER = set("（「『“(《")


def _break_before(text: str, start: int, end: int) -> int:
    """Where the row from ``start`` ends, at ``end`` or before it: the last break after a
    punctuation mark in the row's second half, else the last place between two characters
    that does not split a word or strand a mark; ``end`` itself when there is none."""
    half = start + max(1, (end - start) // 2)
    for at in range(end, half, -1):
        if text[at - 1] in _BREAK_AFTER and text[at] not in _NO_BREAK_BEFORE:
            return at
    for at in range(end, start + 1, -1):
        before, after = text[at - 1], text[at]
        if before.isspace() or before in _NO_BREAK_AFTER or after in _NO_BREAK_BEFORE:
            continue
        if _latin(before) and _latin(after):
            continue
        return at
    return end


def _latin(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".-_'%")


def write_skeleton(transcript: Transcript, transcript_path: Path) -> Path:
    """Write the skeleton beside the transcript; never over an existing file."""
    target = translation_path(transcript_path)
    if target.exists():
        raise FileExistsError(f"{target} exists: --init-translation writes a new file only")
    target.write_text(skeleton(transcript), encoding="utf-8")
    return target


def explain_translation(transcript: Transcript) -> list[str]:
    """``--explain``'s lines on the translation: how much is translated, what is not, what is
    stale (each with its line in the transcript)."""
    translation = transcript.translation
    if translation is None:
        return []
    pieces = {piece.id: piece for piece in translatables(transcript)}
    out = [f"# translation {translation.path}: {len(translation.english)} of {len(pieces)} "
           f"translated, {len(translation.missing)} untranslated, "
           f"{len(translation.stale)} stale"]
    out += [f"#   untranslated {i} (line {pieces[i].line})" for i in translation.missing]
    out += [f"#   stale        {i} (line {pieces[i].line})" for i in translation.stale]
    return out
