"""Reading transcripts into the exhibit's model: the entry points. Knows nothing of MkDocs.

A file is decoded (:mod:`.readers.source`), read by the reader of its family
(:mod:`.readers`: reported speech, dialogue, interview, speech-to-text export, subtitles,
Markdown, talk) into a draft, and assembled into the model with its metadata
(:mod:`.readers.assemble`). Every non-empty line ends up in exactly one place, or in the
``excluded`` list with its reason.

As a command: ``python hooks/transcript.py [--explain] FILE`` prints the model as JSON, or
every line with what it became and the rule that decided.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from . import readers
from .metadata import Metadata, load_metadata
from .model import Transcript, TranscriptError
from .readers.assemble import SpeakerIds, assemble
from .readers.draft import ANSWER, EXCLUDED, QUESTION, Draft
from .readers.source import read_source

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt")
"""The files in seeds/ that are transcripts."""


def draft_of(path: Path, metadata: Metadata | None = None) -> Draft:
    """What the reader made of a file, before the model: blocks with their rules."""
    metadata = metadata if metadata is not None else Metadata()
    return readers.read(read_source(path), metadata)


def parse(path: Path, metadata: Metadata | None = None,
          ids: SpeakerIds | None = None) -> Transcript:
    """Read a transcript file into the model, with its metadata if given.

    Raises:
        TranscriptError: for any input the readers cannot place, naming file and line.
    """
    metadata = metadata if metadata is not None else Metadata()
    return assemble(draft_of(path, metadata), metadata, ids)


def load(path: Path, ids: SpeakerIds | None = None) -> Transcript:
    """Parse a transcript with the metadata files beside it."""
    return parse(path, load_metadata(path), ids)


def load_series(paths: Iterable[Path]) -> list[Transcript]:
    """Every transcript of a series, sharing speaker ids: one name is one person across
    panels (unless the metadata says otherwise) and two names never share an id."""
    read = [(path, load_metadata(path)) for path in paths]  # each metadata file read once
    ids = SpeakerIds()
    for _, metadata in read:
        for info in metadata.speakers:
            if info.id:
                ids.reserve(info.name, info.id, metadata.path, info.line)
    return [parse(path, metadata, ids) for path, metadata in read]


def transcripts_in(folder: Path) -> list[Path]:
    """The transcript files of a seeds folder, in name order."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in TRANSCRIPT_SUFFIXES)


def explain(path: Path) -> str:
    """Every line of the file with what it became and the rule that decided."""
    metadata = load_metadata(path)
    source = read_source(path)
    draft = readers.read(source, metadata)
    transcript = assemble(draft, metadata)
    by_line: dict[int, tuple[str, str, str]] = {}
    for block in draft.blocks:
        who = block.who if block.role in (ANSWER, QUESTION) else ""
        for number in block.lines:
            by_line[number] = (block.role, who, block.rule)
    out = [f"# {path}: read as {draft.format} ({transcript.mode}), {source.encoding}; "
           f"{sum(q.asked for q in transcript.questions)} questions, "
           f"{sum(not q.asked for q in transcript.questions)} sections nobody asked, "
           f"{len(transcript.speakers)} speakers"]
    for fit, reader in readers.fits(source, metadata):
        out.append(f"#   fit {reader.name}: {fit:.2f}")
    for line in source.lines:
        if not line.text and line.number not in by_line:
            continue
        role, who, rule = by_line.get(line.number, ("?", "", "not placed"))
        shown = "excluded" if role == EXCLUDED else role
        label = f"{shown} {who}".strip()
        out.append(f"{line.number:>5}  {label:<18} {_short(line.text):<34}  ← {rule}")
    for warning in transcript.warnings:
        out.append(f"warning: {warning}")
    return "\n".join(out) + "\n"


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: list[str]) -> int:
    """``python hooks/transcript.py [--explain] FILE``: the model as JSON, or every line
    explained; ``FILE:LINE: message`` and status 1 for input it cannot place."""
    explaining = "--explain" in argv
    args = [a for a in argv if a != "--explain"]
    if len(args) != 1:
        print("usage: python hooks/transcript.py [--explain] FILE", file=sys.stderr)
        return 2
    path = Path(args[0])
    try:
        if explaining:
            sys.stdout.write(explain(path))
            return 0
        transcript = load(path)
    except TranscriptError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{args[0]}:1: cannot read the file: {error.strerror}", file=sys.stderr)
        return 1
    from .exports import to_json  # the published JSON shape

    for warning in transcript.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sys.stdout.write(to_json(transcript))
    return 0
