"""Plain text: decoded (:mod:`..source`), laid out again (:mod:`..layout`) and its
timestamped lines made one form (:mod:`.timestamped`) and its turn markers (``>>``,
``【解说】``) read (:mod:`..markers`).

Markdown and subtitle files are left as written: their own readers read their structure
(a Markdown paragraph's wrapped lines, a cue's lines and its number).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .. import examination, layout, markers
from ..labels import split_label
from ..source import BLANKS, Line, Source, decode, physical_lines
from ..summaries import summary_sections
from . import bbcode, chat, email, headed, jsonl, table, timestamped
from .records import rendered

OWN_STRUCTURE = (".md", ".markdown", ".vtt", ".srt")


def open_source(path: Path, raw: bytes) -> Source:
    text, encoding = decode(raw, str(path))
    physical = physical_lines(text)
    # Records a plain-text file may hold: JSON objects, or words under header lines.
    found = jsonl.objects(physical)
    if found and jsonl.is_records(found):
        return jsonl.source(path, physical, encoding, found)
    if path.suffix.lower() not in OWN_STRUCTURE:
        # An email thread answered inline: quoted questions, replies under them.
        thread = email.source(path, physical, encoding)
        if thread is not None:
            return thread
        # A chat app's export: a dated line a message, the sender before a colon.
        messages = chat.source(path, physical, encoding)
        if messages is not None:
            return messages
        headed_source = headed.source(path, physical, encoding)
        if headed_source is not None:
            return headed_source
    doubts: tuple[tuple[int, str, str], ...] = ()
    examiners: list[str] = []
    cued: list[str] = []
    if path.suffix.lower() in OWN_STRUCTURE:
        # (Markdown keeps its indentation: a sub-bullet nests under its item by it.)
        keep_indent = path.suffix.lower() in (".md", ".markdown")
        repaired = layout.Layout([Line(i, _indented(line) if keep_indent else line.strip(BLANKS))
                                  for i, line in enumerate(physical, 1)])
        lines, timed = repaired.lines, ""
    else:
        # Forum markup (BBCode) read first, line for line: the layout sees what it shows.
        marked_up = bbcode.strip([Line(i, line) for i, line in enumerate(physical, 1)])
        # A post's footer under its ``--`` and the readers' comment lines: not the post.
        kept, footer, footnotes = bbcode.post_footer(marked_up.lines)
        marked_up.lines, marked_up.set_aside = kept, [*marked_up.set_aside, *footer]
        marked_up.notes += footnotes
        repaired = layout.repair([line.text for line in marked_up.lines])
        repaired.set_aside += marked_up.set_aside
        repaired.notes[:0] = marked_up.notes
        lines = repaired.lines
        lines, timed = timestamped.normalise(lines)
        if timed:
            logged = timestamped.log_lines(lines)
            aside = {line.number for line, _ in logged}
            lines = [Line(line.number, "") if line.number in aside else line for line in lines]
            repaired.set_aside += logged
        examined = examination.read(lines)
        lines = examined.lines
        repaired.set_aside += examined.set_aside
        repaired.notes += examined.notes
        examiners = examined.examiners
        marked = markers.normalise(lines)
        lines = marked.lines
        repaired.set_aside += marked.set_aside
        repaired.notes += marked.notes
        doubts = tuple(marked.doubts)
        cued = marked.labels
        # A caption list's times alone on their lines (字幕列表, YouTube's panel), read after
        # the turn markers (``>>``) that may open their words: the app's summary and outline
        # before it (视频总结, 视频大纲) set aside first, then each time given to its words.
        summary = summary_sections([line for line in lines if line.text], _opens_cue)
        lines, cue_times, cue_note = timestamped.lone_times(lines)
        if cue_times:
            repaired.set_aside += [(line, why) for line in lines
                                   if (why := summary.get(line.number))]
            lines = [Line(line.number, "") if line.number in summary else line for line in lines]
            repaired.set_aside += cue_times
            repaired.notes.append(cue_note)
    notes = [*repaired.notes, *([timed] if timed else [])]
    # A transcript kept as a table (| 时间 | 发言人 | 内容 |): its rows are records, each the
    # line a labelled transcript holds (in Markdown without the time, which would hide the
    # label from the Markdown reader's label rule).
    found = table.read(list(lines))
    given: tuple[str, ...] = ()
    if found is not None and found.records:
        markdown = path.suffix.lower() in (".md", ".markdown")
        by_line = {r.line: rendered(replace(r, start="", end="") if markdown else r)
                   for r in found.records}
        aside = {line.number for line, _ in found.set_aside}
        lines = [Line(line.number, "" if line.number in aside
                      else by_line.get(line.number, line.text)) for line in lines]
        repaired.set_aside += found.set_aside
        named = ", ".join(f"{role} = column {i + 1}" for role, i in found.columns.items())
        notes.append(f"a transcript table: {len(found.records)} row(s) read as records "
                     f"({named})")
        given = found.labels
    given = (*given, *dict.fromkeys(cued))
    return Source(path, tuple(lines), encoding, "text", tuple(repaired.set_aside),
                  tuple(repaired.joined), notes=tuple(notes),
                  doubts=doubts, given_labels=given,
                  # (Whoever examines asks: a Q line's owner, and an objection's.)
                  given_roles=tuple((name, "host") for name in examiners))


def _opens_cue(text: str) -> bool:
    """Whether a line opens the words after an app's summary: a cue's time alone on its
    line, or a time with a speaker's label after it."""
    if timestamped.LONE_TIME.match(text):
        return True
    match = timestamped.PREFIX.match(text)
    return bool(match and split_label(match.group("rest"))[0])


def _indented(line: str) -> str:
    """A Markdown line without its blanks at the end, keeping the spaces and tabs that open
    it (its nesting); a line of blanks only is empty."""
    if not line.strip(BLANKS):
        return ""
    return line.rstrip(BLANKS).lstrip(BLANKS.replace(" ", "").replace("\t", ""))
