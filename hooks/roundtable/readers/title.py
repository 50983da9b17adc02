"""The exhibit's title, decided in one place.

The title is, in this order: the metadata's (``exhibit: title:``); else the line a reader knows
is a title (the file's first line, a Markdown ``#`` heading, a WebVTT header); else the file's
name, with a warning naming ``exhibit: title:``. A first line that holds a time, a speaker's
label or a turn's shape (``[00:00:02] 主持人：欢迎收听本期节目…``) is never a title: it stays
speech, so the host's opening is not lost to the H1.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..metadata import Metadata
from ..model import Diagnostic, Fix
from .draft import Draft
from .labels import AUDIENCE, DEFAULT_HOST_LABELS, ROLE_PREFIX, SPEAKER_NUMBER, split_label, unbold
from .names import is_han_name, is_latin_name, split_honorific
from .source import Line

# A time where a title never has one: [00:00:02] …, 00:01:23 …, 张伟 00:12:30, (00:03:12).
TIME_OPENING = re.compile(r"^[\[(（【]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])）】]?(?:\s|$)")
CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")
ANSWER_LABELS = ("答", "A", "回答")
TITLE_KEY = "exhibit: title:"
"""The metadata key that gives a title (README, "Metadata keys")."""


def could_be_title(line: Line, content: list[Line], metadata: Metadata) -> bool:
    """Whether a file's first line may be its title: not a line holding a time, nor one
    opening with a speaker's label (a host or answer label, a numbered speaker, a declared
    speaker, a person's name, or a label that opens other lines of the file)."""
    text = line.text.strip().lstrip("\ufeff")
    if TIME_OPENING.match(text) or CLOCK.search(text):
        return False
    label, _ = split_label(text)
    if not label:
        return True
    label = re.sub(r"\s*[（(][^）)]*[）)]$", "", unbold(label)).strip()
    name, _ = split_honorific(label)
    declared = {info.name for info in metadata.speakers}
    declared |= {alias for info in metadata.speakers for alias in info.aliases}
    labels = (*(metadata.host_labels or DEFAULT_HOST_LABELS), *ANSWER_LABELS)
    if (label in labels or name in declared or label in declared
            or SPEAKER_NUMBER.match(label) or AUDIENCE.match(label)):
        return False
    if _headline(line, text, content):
        return True
    if ROLE_PREFIX.match(label) or is_han_name(name) or is_latin_name(name):
        return False
    # The same label opening another line: a turn, as every line after it — unless that
    # line repeats this one (a saved page's <title> and its <h1>: one title, twice).
    return not any(split_label(other.text.strip())[0] == split_label(text)[0]
                   and not _repeats(other.text.strip(), text)
                   for other in content if other.number != line.number)


# How long a headline runs, at most: a title is a phrase, a turn's first words a sentence.
HEADLINE_MAX_CHARS = 60
HEADLINE_MAX_WORDS = 12
SENTENCE_INSIDE = re.compile(r"[.!?。！？…;；](?:\s|$)|[。！？；]")


def _headline(line: Line, text: str, content: list[Line]) -> bool:
    """A first line set apart by a blank line, short, with no sentence in it, whose prefix
    before the colon opens no other line (Field Notes: Q&A with Ana Ruiz · 专访：端侧推理的
    一年): a headline with a colon, however name-like its prefix; a turn's label recurs, or
    its words are a sentence (Moderator: Welcome everyone, …)."""
    following = next((other for other in content if other.number > line.number), None)
    if following is not None and following.number == line.number + 1:
        return False  # (the next line follows at once: a turn's next line, not a headline's)
    if len(text) > HEADLINE_MAX_CHARS or len(text.split()) > HEADLINE_MAX_WORDS:
        return False
    if SENTENCE_INSIDE.search(text) or re.search(r"[,，、]", split_label(text)[1]):
        return False
    prefix = split_label(text)[0]
    return not any(split_label(other.text.strip())[0] == prefix
                   for other in content if other.number != line.number)


def _repeats(one: str, other: str) -> bool:
    """Whether two lines say the same thing, one maybe with a site's name after it."""
    return one.startswith(other) or other.startswith(one)


def exhibit_title(draft: Draft, metadata: Metadata) -> tuple[str, int, list[Diagnostic]]:
    """(title, the line it stands on or 0, warnings): the metadata's title, else the file's
    own, else the file's name with a warning naming ``exhibit: title:``."""
    given = str(metadata.info.get("title") or "").strip()
    found = draft.title
    line = found.line if found is not None else 0
    if given:
        return given, line, []
    stem = Path(draft.path).stem
    if found is not None and found.text.strip() and found.text.strip() != stem:
        return found.text, line, []
    # A subtitle file's reader puts the file's name in as its title: the same case.
    warning = Diagnostic(
        draft.path, line or 1,
        f"no title line: the exhibit is titled by the file's name «{stem}»",
        f"give the title in the metadata, {metadata.path or Path(draft.path).with_suffix('.yml')}"
        f": {TITLE_KEY} …", confirmable=False,
        fix=Fix("metadata", f"exhibit:\n  title: {json.dumps(stem, ensure_ascii=False)}"),
    )
    return stem, line, [warning]
