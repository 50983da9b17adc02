"""Readers: one module per family of transcript format, all producing the same model.

As Pelican's readers, each knows the files it reads and says how well a file fits it; the
best fit reads the file unless the metadata forces one (``format: dialogue``). Two readers
fitting equally is a warning; none fitting is an error naming the families tried.
"""

from __future__ import annotations

from ..metadata import Metadata
from ..model import Fix, TranscriptError
from .afterword import closing_after_last_turn
from .asking import (
    askers_follow_ups,
    askers_of_one_answerer,
    askers_read_as_answering,
    chairs_read_as_answering,
    dash_marked_questions,
    framing_before_first_question,
    hosts_handing_over,
    questions_asked_back,
)
from .base import Reader
from .dialogue import DialogueReader
from .draft import Draft
from .forms import credit_fullest
from .interview import InterviewReader
from .markdown import MarkdownReader
from .plausibility import check as check_plausibility
from .reported import ReportedReader
from .sections import floor_questions, roles_by_section
from .source import Source
from .stt import SpeechToTextReader
from .subtitles import SubtitleReader
from .talk import TalkReader

READERS: tuple[Reader, ...] = (
    ReportedReader(),
    DialogueReader(),
    InterviewReader(),
    SpeechToTextReader(),
    SubtitleReader(),
    MarkdownReader(),
    TalkReader(),
)
FORMATS = {reader.name: reader for reader in READERS}
# A file type that only its own reader reads; plain text goes to every reader.
OWN_EXTENSIONS = {ext: reader for reader in READERS for ext in reader.extensions if ext != ".txt"}
ENOUGH = 0.3
"""The lowest fit a reader may read a file with unless the metadata forces it."""
CLOSE = 0.05
"""Two fits nearer than this are a tie, and the choice a warning."""


def fits(source: Source, metadata: Metadata) -> list[tuple[float, Reader]]:
    """Every reader that may read the file, with its fit, best first."""
    if source.suffix in OWN_EXTENSIONS:
        own = OWN_EXTENSIONS[source.suffix]
        return [(own.fit(source, metadata), own)]
    scored = [(round(reader.fit(source, metadata), 3), reader) for reader in READERS]
    return sorted(scored, key=lambda pair: -pair[0])


def read(source: Source, metadata: Metadata) -> Draft:
    """The file read by the metadata's reader, or the best fitting one."""
    if metadata.format:
        if metadata.format not in FORMATS:
            raise TranscriptError(metadata.path, metadata.format_line,
                                  f"'format: {metadata.format}' is not one of the choices",
                                  f"use one of: {', '.join(FORMATS)}")
        return _with_joined_lines(FORMATS[metadata.format].read(source, metadata), source,
                                  metadata)
    scored = fits(source, metadata)
    best_fit, best = scored[0]
    # Even a poor fit is read: where it fails, the reader names the line and the cause.
    draft = _with_joined_lines(best.read(source, metadata), source, metadata)
    if best_fit < ENOUGH:
        tried = ", ".join(f"{reader.name} {fit:.2f}" for fit, reader in scored)
        draft.warn(1, f"no reader fits this file well (fits: {tried}); read as {best.name}",
                   "check it with --explain, then add `format: <reader>` to its metadata; "
                   "readers: " + "; ".join(f"{r.name} — {r.description}" for r in READERS),
                   fix=Fix("metadata", f"format: {best.name}"))
    if len(scored) > 1 and scored[1][0] >= ENOUGH and best_fit - scored[1][0] < CLOSE:
        draft.warn(1, f"two readers fit equally: {best.name} ({best_fit:.2f}) and "
                   f"{scored[1][1].name} ({scored[1][0]:.2f}); read as {best.name}",
                   f"add `format: {best.name}` to the metadata if that is right",
                   fix=Fix("metadata", f"format: {best.name}"))
    return draft


def _with_joined_lines(draft: Draft, source: Source, metadata: Metadata | None = None) -> Draft:
    """Each speaker credited by the fullest form of their name the file gives (forms.py), and
    Each block stands for the lines a hard wrap's repair joined into its own (layout.py),
    so a wrapped paragraph is cited, scored and explained by every line it was printed on."""
    credit_fullest(draft, [line.text for line in source.lines] + list(source.front),
                   [info.name for info in metadata.speakers] if metadata else ())
    # Once who is who is known: a turn that asks and is answered next is a question.
    dash_marked_questions(draft)
    questions_asked_back(draft)
    chairs_read_as_answering(draft)
    askers_of_one_answerer(draft)
    # Where headings or a hand-over change who asks: read again within each section.
    roles_by_section(draft)
    floor_questions(draft)
    askers_follow_ups(draft)
    askers_read_as_answering(draft)
    hosts_handing_over(draft)
    if draft.mode == "verbatim":
        framing_before_first_question(draft)
    # After the last labelled turn: the host's closing or the record's footer (afterword.py).
    closing_after_last_turn(draft)
    # The safety net, last: what still looks implausible is warned at (plausibility.py).
    check_plausibility(draft, {line.number: line.text for line in source.lines})
    into: dict[int, list[int]] = {}
    for line, target in source.joined:
        into.setdefault(target, []).append(line)
    if not into:
        return draft
    for block in draft.blocks:
        extra = [n for line in block.lines for n in into.get(line, ())]
        if extra:
            block.lines = sorted({*block.lines, *extra})
    return draft


__all__ = ["READERS", "FORMATS", "Reader", "fits", "read"]
