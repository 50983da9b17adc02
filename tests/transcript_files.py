"""Writing an invented transcript for a test, and reading it: the helpers the readers' test
files share."""

from __future__ import annotations

from pathlib import Path

from roundtable.metadata import load_metadata
from roundtable.model import Transcript
from roundtable.transcript import parse


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """``text`` saved as ``folder/name`` in ``encoding`` (a BOM for ``utf-8-sig`` and
    ``utf-16``, as those files arrive); the path."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def parsed(folder: Path, name: str, text: str) -> Transcript:
    """``text`` saved as ``folder/name`` and read as the build reads it (its metadata too)."""
    path = write(folder, name, text)
    return parse(path, load_metadata(path))


def answer_lines(transcript: Transcript) -> dict[int, str]:
    """Each line read as an answer, with the id of the speaker it is credited to."""
    return {n: a.speaker for part in transcript.parts for q in part.questions
            for a in q.answers for p in a.paragraphs for n in p.lines}
