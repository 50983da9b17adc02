"""Plain text: decoded (:mod:`..source`), laid out again (:mod:`..layout`) and its
timestamped lines made one form (:mod:`.timestamped`) and its turn markers (``>>``,
``【解说】``) read (:mod:`..markers`).

Markdown and subtitle files are left as written: their own readers read their structure
(a Markdown paragraph's wrapped lines, a cue's lines and its number).
"""

from __future__ import annotations

from pathlib import Path

from .. import layout, markers
from ..source import BLANKS, Line, Source, decode, physical_lines
from . import bbcode, headed, jsonl, timestamped

OWN_STRUCTURE = (".md", ".markdown", ".vtt", ".srt")


def open_source(path: Path, raw: bytes) -> Source:
    text, encoding = decode(raw, str(path))
    physical = physical_lines(text)
    # Records a plain-text file may hold: JSON objects, or words under header lines.
    found = jsonl.objects(physical)
    if found and jsonl.is_records(found):
        return jsonl.source(path, physical, encoding, found)
    if path.suffix.lower() not in OWN_STRUCTURE:
        headed_source = headed.source(path, physical, encoding)
        if headed_source is not None:
            return headed_source
    doubts: tuple[tuple[int, str, str], ...] = ()
    if path.suffix.lower() in OWN_STRUCTURE:
        repaired = layout.Layout([Line(i, line.strip(BLANKS))
                                  for i, line in enumerate(physical, 1)])
        lines, timed = repaired.lines, ""
    else:
        # Forum markup (BBCode) read first, line for line: the layout sees what it shows.
        marked_up = bbcode.strip([Line(i, line) for i, line in enumerate(physical, 1)])
        repaired = layout.repair([line.text for line in marked_up.lines])
        repaired.set_aside += marked_up.set_aside
        repaired.notes[:0] = marked_up.notes
        lines, timed = timestamped.normalise(repaired.lines)
        marked = markers.normalise(lines)
        lines = marked.lines
        repaired.set_aside += marked.set_aside
        repaired.notes += marked.notes
        doubts = tuple(marked.doubts)
    notes = [*repaired.notes, *([timed] if timed else [])]
    return Source(path, tuple(lines), encoding, "text", tuple(repaired.set_aside),
                  tuple(repaired.joined), notes=tuple(notes),
                  doubts=doubts)
