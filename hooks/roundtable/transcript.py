"""Reading transcripts into the exhibit's model: the entry points. Knows nothing of MkDocs.

A file is decoded (:mod:`.readers.source`), read by the reader of its family
(:mod:`.readers`: reported speech, dialogue, interview, speech-to-text export, subtitles,
Markdown, talk) into a draft, and assembled into the model with its metadata
(:mod:`.readers.assemble`). Every non-empty line ends up in exactly one place, or in the
``excluded`` list with its reason.

The command ``python hooks/transcript.py [--explain | --init] FILE`` (one floor up, beside
the hook) prints the model as JSON, every line with what it became and the rule that decided,
or writes a starting metadata file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from . import readers
from .metadata import Metadata, load_metadata
from .model import Fix, Transcript, TranscriptError
from .readers.assemble import SpeakerIds, assemble
from .readers.containers import SUFFIXES as CONTAINER_SUFFIXES
from .readers.containers import read_source
from .readers.draft import ANSWER, EXCLUDED, QUESTION, Draft
from .readers.source import Source
from .translation import explain_translation, with_translation

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt", *CONTAINER_SUFFIXES)
"""The files in seeds/ that are transcripts (CSV, TSV, Word and web pages included)."""


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
    try:
        source = read_source(path)
    except (TranscriptError, OSError):
        raise
    except Exception as error:  # a container reader's fault must still name the file
        raise _crash(str(path), error, "its container (the bytes into lines)") from error
    return read_model(source, metadata, ids)[1]


def _crash(where: str, error: Exception, stage: str) -> TranscriptError:
    """A fault inside the readers (a crash, never the curator's doing) as a refusal that
    names the file, the cause and a way round it."""
    return TranscriptError(
        where, 1, f"the readers failed on this file in {stage}: {type(error).__name__}: "
        f"{error} (a fault of the readers, not of the file: please report it)",
        "save the transcript as UTF-8 plain text (.txt), one paragraph a turn opened by its "
        "speaker's label (张伟：…, in English Dana Whitfield: …), and read that copy")


def read_model(source: Source, metadata: Metadata,
               ids: SpeakerIds | None = None) -> tuple[Draft, Transcript]:
    """The draft and the model of a decoded file. When the reader that fits best refuses it
    and another reader reads it whole, the refusal's hint names that reader (a fix tried,
    not guessed): `format: <reader>` in the metadata."""
    try:
        try:
            draft = readers.read(source, metadata)
            return draft, assemble(draft, metadata, ids)
        except TranscriptError:
            raise
        except Exception as crash:  # noqa: BLE001 (any fault becomes FILE:LINE: cause)
            raise _crash(source.where, crash, "reading its turns") from crash
    except TranscriptError as error:
        if not metadata.format and error.path == source.where:
            other = _reader_that_reads(source, metadata, error)
            if other:
                yml = source.path.with_suffix(".yml")
                error.hint = (f"the {other} reader reads this file whole: add `format: {other}` "
                              f"to {yml} and check it with --explain; else: {error.hint}")
                error.fix = Fix("metadata", f"format: {other}")
        raise


def _reader_that_reads(source: Source, metadata: Metadata, error: TranscriptError) -> str:
    """The next reader, by fit, that reads the file into a model without a refusal."""
    for fit, reader in readers.fits(source, metadata)[1:]:
        if fit <= 0:
            continue
        forced = replace(metadata, format=reader.name)
        try:
            transcript = assemble(readers.read(source, forced), forced, SpeakerIds())
        except Exception:  # noqa: BLE001 (a refusal or a fault: this reader does not read it)
            continue
        if transcript.passages():
            return reader.name
    return ""


def load(path: Path, ids: SpeakerIds | None = None) -> Transcript:
    """Parse a transcript with the metadata files and the translation beside it."""
    return with_translation(parse(path, load_metadata(path), ids), path)


def load_series(paths: Iterable[Path]) -> list[Transcript]:
    """Every transcript of a series, sharing speaker ids: one name is one person across
    panels (unless the metadata says otherwise) and two names never share an id."""
    read = [(path, load_metadata(path)) for path in paths]  # each metadata file read once
    ids = SpeakerIds()
    for _, metadata in read:
        for info in metadata.speakers:
            if info.id:
                ids.reserve(info.name, info.id, metadata.path, info.line)
    return [with_translation(parse(path, metadata, ids), path) for path, metadata in read]


def transcripts_in(folder: Path) -> list[Path]:
    """The transcript files of a seeds folder, in name order. A ``README`` (the curators'
    guide, ``seeds/README.md``) is the folder's documentation, never a transcript."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in TRANSCRIPT_SUFFIXES
                  and p.stem.upper() != "README")


def explain(path: Path) -> str:
    """Every line of the file with what it became and the rule that decided."""
    metadata = load_metadata(path)
    source = read_source(path)
    draft, transcript = read_model(source, metadata)
    transcript = with_translation(transcript, path)
    by_line: dict[int, tuple[str, str, str]] = {}
    for block in draft.blocks:
        who = block.who if block.role in (ANSWER, QUESTION) else ""
        for number in block.lines:
            by_line[number] = (block.role, who, block.rule)
    for paragraph, who in zip(transcript.closing, transcript.closing_by, strict=True):
        for number in paragraph.lines:
            by_line[number] = ("closing", who, "the host's last turn asks nothing and nobody "
                               "answers it: a closing remark")
    out = [f"# {path}: read as {draft.format} ({transcript.mode}), {source.encoding}; "
           f"{sum(q.asked for q in transcript.questions)} questions, "
           f"{sum(not q.asked for q in transcript.questions)} sections nobody asked, "
           f"{len(transcript.speakers)} speakers"]
    out.append(f"#   container: {source.container}, encoding {source.encoding}"
               + "".join(f"; {note}" for note in source.notes))
    for fit, reader in readers.fits(source, metadata):
        out.append(f"#   fit {reader.name}: {fit:.2f}")
    joined = dict(source.joined)
    warned: dict[int, list[str]] = {}
    for warning in transcript.warnings:
        if warning.path == str(path):
            warned.setdefault(warning.line, []).append(warning.message)
    for line in source.lines:
        if line.number in joined:
            # A wrapped line's text went into the line it continues; it stands in that
            # line's block (so cited and scored with it), and says where its text went.
            out.append(f"{line.number:>5}  {'joined':<18} {'':<34}  ← its text runs on from "
                       f"line {joined[line.number]}")
            continue
        if not line.text and line.number not in by_line:
            continue
        role, who, rule = by_line.get(line.number, ("?", "", "not placed"))
        shown = "excluded" if role == EXCLUDED else role
        label = f"{shown} {who}".strip()
        out.append(f"{line.number:>5}  {label:<18} {_short(line.text):<34}  ← {rule}")
        # A warning stands where its line does, so a curator sees it in context.
        out += [f"{WARNING_MARK:>7} {message}" for message in warned.get(line.number, [])]
    out += explain_translation(transcript)
    for warning in transcript.warnings:
        out.append(f"{WARNING_PREFIX}{warning}")
    if transcript.warnings:
        out.append(f"# {len(transcript.warnings)} warning(s): a strict build stops until each is "
                   "fixed or its line confirmed")
    return "\n".join(out) + "\n"


WARNING_MARK = "⚠"
"""Marks a warned line in --explain's listing."""


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


WARNING_PREFIX = "warning: "
