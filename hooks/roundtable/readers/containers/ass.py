"""Advanced SubStation Alpha subtitles (``.ass``, ``.ssa``: Aegisub's scripts): a record an
event.

The script's sections are ``[Script Info]`` (``Key: value`` lines, ``;`` comments),
``[V4+ Styles]`` (``[V4 Styles]`` in SSA) and ``[Events]``. In the events section a
``Format:`` line names the fields, in any order; each ``Dialogue:`` line gives them, its last
field (``Text``) taking the rest of the line, commas and all. A dialogue event becomes a
record: its text without override tags (``{\\i1}``, ``{\\an8}``) and with ``\\N``/``\\n`` as
line breaks, its ``Start`` as the time, its ``Name`` (``Actor`` in older scripts) as the
label. So a script whose Name field says who speaks is read by its labels, and everything
after the container (who is who, roles) is shared.

What is not speech is set aside with its reason: the script's header (``Title:`` is kept as
the title), its styles and ``Format:`` lines; a ``Comment:`` event, the script's own note to
its makers, which may state who is who (``老周=周以恒``), so its text is read by the identity
layer as front matter, never as speech; and an on-screen caption (a sign, a guest card, a
credit). A caption is told by the file's own regularity, not its words: when the script names
its speakers, an event with no Name in a style that no named event uses is a caption; an
event with no Name in a speaker's style stays, unlabelled, and continues the turn before it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..source import BLANKS, Line, Source, decode, physical_lines
from .records import Record, join_pieces, place

SUFFIXES = (".ass", ".ssa")
SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")
EVENT = re.compile(r"^(?P<kind>Dialogue|Comment|Picture|Sound|Movie|Command)\s*:\s*(?P<rest>.*)$")
OVERRIDE = re.compile(r"\{[^{}]*\}")
BREAK = re.compile(r"\\[Nn]")
# Fields of the events' ``Format:`` line, by what they hold (SSA's ``Marked`` too).
DEFAULT_FORMAT = ("Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV",
                  "Effect", "Text")


def open_source(path: Path, raw: bytes) -> Source:
    text, encoding = decode(raw, str(path))
    physical = [line.strip(BLANKS) for line in physical_lines(text)]
    section = ""
    fields: tuple[str, ...] = DEFAULT_FORMAT
    title = 0
    plain: dict[int, str] = {}
    set_aside: list[tuple[Line, str]] = []
    front: list[str] = []
    events: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(physical, 1):
        if not line:
            continue
        header = SECTION.match(line)
        event = EVENT.match(line)
        if header:
            section = header.group("name").strip().lower()
            set_aside.append((Line(number, line), f"the script's [{header.group('name')}] "
                                                  "section header"))
        elif section == "events" and line.lower().startswith("format:"):
            fields = tuple(f.strip() for f in line.split(":", 1)[1].split(","))
            set_aside.append((Line(number, line), "the events' Format line: the field names"))
        elif section == "events" and event:
            values = event.group("rest").split(",", len(fields) - 1)
            row = dict(zip((f.lower() for f in fields), (v.strip() for v in values),
                           strict=False))
            words = _words(row.get("text", ""))
            if event.group("kind") == "Dialogue" and words:
                events.append((number, row))
            elif event.group("kind") == "Comment" and words:
                front.append(words)
                set_aside.append((Line(number, line), "a Comment event: the script's own note "
                                                      "to its makers, not speech"))
            else:
                set_aside.append((Line(number, line), "an event with no words: not speech"))
        elif section == "script info" and line.lower().startswith("title:") and not title:
            title = number
            plain[number] = line.split(":", 1)[1].strip()
        else:
            set_aside.append((Line(number, line), f"the script's {section or 'header'}: "
                                                  "settings, not speech"))
    speech_styles = {row.get("style", "") for _, row in events if _label(row)}
    records: list[Record] = []
    captions = 0
    for number, row in events:
        label = _label(row)
        if speech_styles and not label and row.get("style", "") not in speech_styles:
            captions += 1
            set_aside.append((Line(number, physical[number - 1]),
                              f"an on-screen caption (style {row.get('style', '')!r}, which no "
                              "named speaker's event uses): not speech"))
            front.append(_words(row.get("text", "")))
            continue
        records.append(Record(number, _words(row.get("text", "")), label,
                              _clock(row.get("start", ""))))
    lines, _ = place(records, len(physical))
    lines = [Line(line.number, plain.get(line.number, line.text)) for line in lines]
    named = sorted({r.label for r in records if r.label})
    return Source(path, tuple(lines), encoding, "ass", tuple(set_aside),
                  untitled=not title, front=tuple(front),
                  notes=(f"{len(records)} dialogue event(s), {captions} caption(s) set aside; "
                         f"names: {', '.join(named) or 'none'}",),
                  given_labels=tuple(dict.fromkeys(r.label for r in records if r.label)))


def _label(row: dict[str, str]) -> str:
    return row.get("name", row.get("actor", "")).strip()


def _words(text: str) -> str:
    """An event's text as words: override tags dropped, its line breaks joined."""
    text = OVERRIDE.sub("", text).replace("\\h", " ")
    return join_pieces(BREAK.split(text))


def _clock(cell: str) -> str:
    """``H:MM:SS.cc`` as ``HH:MM:SS``."""
    match = re.match(r"^(\d+):(\d{2}):(\d{2})", cell)
    if not match:
        return ""
    hours, minutes, seconds = (int(g) for g in match.groups())
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"
