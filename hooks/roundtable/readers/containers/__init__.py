"""Containers: what holds a transcript's text, each opened by its own small module into the
numbered lines every reader takes (:class:`..source.Source`).

* :mod:`.text`: plain text (``.txt`` and any other suffix), with the layout repair of
  :mod:`..layout` and the timestamped-lines layer of :mod:`.timestamped`;
* :mod:`.delimited`: a CSV or TSV export with a header naming speaker, start, end and text;
* :mod:`.docx`: a Word document, a line per paragraph;
* :mod:`.html`: a saved web page, its main article's blocks;
* :mod:`.ass`: Advanced SubStation Alpha subtitles (Aegisub), a record an event.

A container that yields records (:class:`.records.Record`: text, optional label and times,
the line it starts at) renders each as the line a transcript file would hold
(``[00:01:02] 张伟：…``) at the record's own line number, so that everything after the
container (the readers, the model, ``FILE:LINE`` errors) is shared and honest.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ...model import Fix, TranscriptError
from .. import translated
from ..source import Source
from . import ass, delimited, docx, html, text

CONTAINERS = {
    ".csv": delimited,
    ".tsv": delimited,
    ".docx": docx,
    ".html": html,
    ".htm": html,
    ".ass": ass,
    ".ssa": ass,
}
"""The containers by file suffix; any other file is plain text."""
SUFFIXES = tuple(CONTAINERS)


PARAGRAPHED = (text, docx, html)
"""Containers whose lines are a document's paragraphs (not rows, events or cues): a
paragraph's translation in brackets after it is kept with it (:mod:`..translated`)."""
CUED = (".vtt", ".srt")


def open_source(path: Path, raw: bytes) -> Source:
    """The file's numbered lines, read by the container of its suffix."""
    container = CONTAINERS.get(path.suffix.lower(), text)
    source = container.open_source(path, raw)
    if container not in PARAGRAPHED or path.suffix.lower() in CUED:
        return source
    found = translated.join(list(source.lines))
    if not found.joined:
        return source
    return replace(source, lines=tuple(found.lines), joined=source.joined + tuple(found.joined),
                   notes=source.notes + tuple(found.notes))


def read_source(path: Path) -> Source:
    """Decode a transcript file into numbered lines, by the container of its suffix.

    Raises:
        TranscriptError: the file is empty or in an encoding the exhibit does not read.
    """
    source = open_source(path, path.read_bytes())
    if not any(line.text for line in source.lines):
        raise TranscriptError(str(path), 1, "the transcript is empty",
                              "copy the transcript's text into the file, title first",
                              fix=Fix("content", ""))
    return source


__all__ = ["CONTAINERS", "SUFFIXES", "open_source", "read_source"]
