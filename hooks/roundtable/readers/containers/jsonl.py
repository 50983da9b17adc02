"""JSON records (a speech-recognition API's output, a diarisation tool's segments): a record
an object.

A file whose lines are JSON objects (JSON lines, saved as ``.txt``, ``.jsonl`` or ``.json``),
or one JSON document holding a list of such objects (``{"segments": […]}``,
``{"utterances": […]}``, a bare list), is a file of records when most objects have a text
field. The fields are named as a CSV export's columns are (:data:`.delimited.COLUMN_WORDS`:
``speaker``, ``start``, ``end``, ``text`` …, in either language); times in seconds, or in
milliseconds when the field's name says so (``start_ms``) or the values are too large for a
recording's seconds. An object without a text field (the export's own meta object) is set
aside as the export's metadata. A record whose speaker field is there but empty (``null``) is
a segment the diarisation did not assign: it is kept, unlabelled, and warned, since the turn
it continues may not be its speaker's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..source import Line, Source
from .delimited import _header_role
from .records import Record, place

LISTS = ("segments", "utterances", "results", "items", "transcript", "records", "data",
         "sentences", "paragraphs")
"""Keys under which a JSON document holds its records (the common APIs' names)."""
SHARE = 0.6
"""Of the non-empty lines, the share that must be JSON objects for JSON lines."""
MS_FIELD = re.compile(r"(?:^|_)ms$|millis", re.IGNORECASE)
HOURS_IN_SECONDS = 36 * 3600
"""A time above this is no recording's seconds: the field counts milliseconds."""


def objects(physical: list[str]) -> list[tuple[int, int, dict[str, Any]]] | None:
    """``(first line, last line, object)`` of each record the text holds, or None when the
    text is not JSON records."""
    texts = [(i, t.strip()) for i, t in enumerate(physical, 1) if t.strip()]
    if not texts or texts[0][1][:1] not in "{[":
        return None
    parsed = []
    for number, text in texts:
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if isinstance(value, dict):
            parsed.append((number, number, value))
    if len(texts) >= 2 and len(parsed) >= max(2, SHARE * len(texts)):
        return parsed
    try:
        document = json.loads("\n".join(physical))
    except ValueError:
        return None
    listed = _listed(document)
    if listed is None:
        return None
    # One document: each record's line is where its text stands in the file.
    found, after = [], 0
    for item in listed:
        text = str(item.get(_field(item, "text") or "", ""))
        line = _line_of(physical, json.dumps(text, ensure_ascii=False)[1:-1], after)
        after = max(after, line)
        found.append((line, line, item))
    return found


def _listed(document: Any) -> list[dict[str, Any]] | None:
    if isinstance(document, list) and document and all(isinstance(i, dict) for i in document):
        return document
    if isinstance(document, dict):
        for key in LISTS:
            value = document.get(key)
            if isinstance(value, list) and value and all(isinstance(i, dict) for i in value):
                return value
    return None


def _line_of(physical: list[str], text: str, after: int) -> int:
    for number in range(after + 1, len(physical) + 1):
        if text and text[:20] in physical[number - 1]:
            return number
    return max(1, after)


def _field(item: dict[str, Any], role: str) -> str | None:
    """The key of an object that names ``role`` (``speaker``, ``start``, ``end``, ``text``)."""
    for key in item:
        if _header_role(str(key)) == role:
            return str(key)
    return None


def is_records(found: list[tuple[int, int, dict[str, Any]]]) -> bool:
    """Most objects have a text field: the file is a transcript's records."""
    with_text = [item for _, _, item in found if _field(item, "text")]
    return len(with_text) >= 2 and len(with_text) >= 0.5 * len(found)


def source(path: Path, physical: list[str], encoding: str,
           found: list[tuple[int, int, dict[str, Any]]]) -> Source:
    """The file's records as numbered lines; meta objects set aside, unassigned segments
    warned."""
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    doubts: list[tuple[int, str, str]] = []
    for first, _, item in found:
        text_key = _field(item, "text")
        raw = physical[first - 1].strip() if first <= len(physical) else ""
        text = " ".join(str(item.get(text_key) or "").split()) if text_key else ""
        if not text:
            set_aside.append((Line(first, raw), "a JSON object with no text: the export's "
                                                "metadata, nobody speaks in it"))
            continue
        label_key = _field(item, "label")
        label = str(item.get(label_key) or "").strip() if label_key else ""
        if label_key and not label:
            doubts.append((first, f"the export assigns this segment to no speaker "
                                  f"({label_key}: {item.get(label_key)!r}): read as continuing "
                                  "the turn before it",
                           "if someone else says it, give the segment its speaker in the "
                           "file, or confirm the line"))
        start, end = (_clock(item, _field(item, role)) for role in ("start", "end"))
        records.append(Record(first, text, label, start, end))
    lines, joined = place(records, len(physical))
    taken = {line.number for line, _ in set_aside}
    lines = [Line(line.number, "") if line.number in taken else line for line in lines]
    return Source(path, tuple(lines), encoding, "json", tuple(set_aside), tuple(joined),
                  untitled=True, notes=(f"{len(records)} JSON record(s)",),
                  doubts=tuple(doubts),
                  given_labels=tuple(dict.fromkeys(r.label for r in records if r.label)))


def _clock(item: dict[str, Any], key: str | None) -> str:
    value = item.get(key) if key else None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return ""
    seconds = value / 1000 if MS_FIELD.search(key or "") or value > HOURS_IN_SECONDS else value
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
