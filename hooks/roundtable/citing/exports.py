"""The model as data people can reuse: the published JSON and CSV. Knows nothing of MkDocs."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

from ..model import Paragraph, Question, Transcript
from ..site import Passage, Site
from .citations import TRANSLATOR_EN

SCHEMA = Path(__file__).parent / "schema" / "exhibit.schema.json"
"""The JSON Schema every published ``data/<exhibit>.json`` follows (published beside it)."""
SCHEMA_PATH = "data/exhibit.schema.json"
"""Where the site publishes the schema."""
CSV_COLUMNS = (
    "id", "number", "kind", "part", "question_id", "question", "speaker", "speaker_id", "text",
    "topics", "topic_names", "time", "line", "permalink",
)
"""The CSV's columns, in order (described on the about page)."""
TRANSLATION_COLUMN = "text_en"
"""The CSV column an exhibit with a translation adds last: the editors' English of the row."""
LIST_SEPARATOR = ";"
"""Joins several values in one CSV cell: topic ids and topic names hold spaces, never ``;``."""
FORMULA_STARTS = frozenset("=+-@\t\r" "＝＋－＠")
"""What makes a spreadsheet read a cell as a formula (CWE-1236, OWASP "CSV Injection"):
Excel, LibreOffice and WPS evaluate a cell that begins with ``= + - @``, a tab or a carriage
return. The full-width ``＝＋－＠`` are here too: a Chinese input method types them, East
Asian spreadsheets take full-width signs for ASCII ones in places, no program's import of a
file can be checked here, and a paragraph that opens with one is rare enough to pay the ``'``."""
TEXT_MARK = "'"
"""Put before a cell that would read as a formula: spreadsheets then read the cell as text."""


def to_data(transcript: Transcript) -> dict[str, Any]:
    """The model as plain data: the published JSON. Keep these fields and meanings stable."""

    translation = transcript.translation

    def english(data: dict[str, Any], key: str, paragraph_id: str) -> dict[str, Any]:
        # Present only where there is fresh English: an exhibit without keeps its JSON.
        if translation is not None and translation.of(paragraph_id):
            data[key] = translation.of(paragraph_id)
        return data

    def paragraph(p: Paragraph) -> dict[str, Any]:
        data = {"id": p.id, "number": p.number, "line": p.line, "text": p.text,
                "topics": list(p.topics)}
        if p.time:
            data["time"] = p.time
        return english(data, "text_en", p.id)

    def question(q: Question) -> dict[str, Any]:
        data: dict[str, Any] = {"id": q.id, "number": q.number, "line": q.line, "text": q.text,
                                "asked": q.asked}
        if q.asked:
            data["asker"] = q.asker
        if q.audience:
            data["audience"] = True
        if q.time:
            data["time"] = q.time
        return english(data, "text_en", q.id) if q.asked else data

    data = {
        "slug": transcript.slug,
        "source": Path(transcript.source).name,
        "title": transcript.title,
        "mode": transcript.mode,
        "format": transcript.format,
        "encoding": transcript.encoding,
        "record": dataclasses.asdict(transcript.record),
        "info": transcript.info,
        "speakers": [
            {k: v for k, v in vars(s).items() if v != "" or k in ("id", "name")}
            for s in transcript.speakers
        ],
        "intro": [paragraph(p) for p in transcript.intro],
        "sections": [
            {
                "id": part.id,
                "title": part.title,
                "en": part.en,
                **english({}, "title_en", part.id),
                "line": part.line,
                "questions": [
                    {
                        **question(q),
                        "en": q.en,
                        "topics": list(q.topics),
                        "context": [paragraph(p) for p in q.context],
                        "answers": [
                            {
                                "speaker": a.speaker,
                                "paragraphs": [paragraph(p) for p in a.paragraphs],
                            }
                            for a in q.answers
                        ],
                    }
                    for q in part.questions
                ],
            }
            for part in transcript.parts
        ],
        "topics": [
            {"id": t.id, "name": t.name, "en": t.en, "category": t.category}
            for t in transcript.topics
        ],
        # Excluded lines by number only: their text (scraped news) must not reach the site.
        "excluded": [{"line": e.line, "reason": e.reason} for e in transcript.excluded],
    }
    # Present only when the text has them, so an exhibit without keeps its JSON as it was.
    if transcript.closing:
        data["closing"] = [{"by": who or "主持人", "paragraph": paragraph(p)}
                           for p, who in zip(transcript.closing, transcript.closing_by,
                                             strict=True)]
    if transcript.notes:
        data["notes"] = list(transcript.notes)
    if translation is not None:
        data["translation"] = {
            "language": "en",
            "translator": TRANSLATOR_EN,
            "file": Path(translation.path).name,
            "untranslated": list(translation.missing),
            "stale": list(translation.stale),
        }
    return data


def to_json(transcript: Transcript) -> str:
    """The published JSON of one exhibit."""
    return json.dumps(to_data(transcript), ensure_ascii=False, indent=2) + "\n"


def passages_csv(site: Site, transcript: Transcript) -> str:
    """One row per paragraph (intro, questions, answers), in reading order, as UTF-8 with a
    byte-order mark so that spreadsheet programs read the Chinese right; an exhibit with a
    translation adds the editors' English last (``text_en``, empty where there is none).
    Several topics in one cell are joined by ``;``: ids in ``topics``, names in
    ``topic_names``, in one order."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    translation = transcript.translation
    columns = CSV_COLUMNS + ((TRANSLATION_COLUMN,) if translation is not None else ())
    writer.writerow(columns)
    for passage in site.passages_by_transcript[transcript.slug]:
        question = passage.question
        part = transcript.part_of(question).title if question else ""
        row = {
            "id": passage.anchor,
            "number": passage.number or "",
            "kind": passage.kind,
            "part": part,
            "question_id": question.id if question else "",
            "question": question.text if question else "",
            "speaker": _speaker_label(passage),
            "speaker_id": passage.speaker.id if passage.speaker else "",
            "text": passage.text,
            "topics": LIST_SEPARATOR.join(passage.topics),
            "topic_names": LIST_SEPARATOR.join(site.topics[t].name for t in passage.topics),
            "time": passage.time,
            "line": passage.line,
            "permalink": site.permalink(passage.page, passage.anchor),
            TRANSLATION_COLUMN: translation.of(passage.anchor) if translation is not None else "",
        }
        writer.writerow(_cell(row[column]) for column in columns)
    return out.getvalue()


def spreadsheet_text(text: str) -> str:
    """A CSV cell's text as a spreadsheet reads it as text, never as a formula: ``'`` before a
    text that begins with a formula's start, also after spaces (LibreOffice can trim them),
    and before one that begins with ``'`` marks followed by one, so that taking one ``'`` off
    such a cell always gives the text back (:func:`original_text`)."""
    return TEXT_MARK + text if _formula_like(text.lstrip(TEXT_MARK)) else text


def original_text(cell: str) -> str:
    """The text :func:`spreadsheet_text` was given: the JSON's exact text."""
    marked = cell.startswith(TEXT_MARK) and _formula_like(cell[1:].lstrip(TEXT_MARK))
    return cell[1:] if marked else cell


def _formula_like(text: str) -> bool:
    # A tab or CR is a formula start itself, before lstrip() would take it for a space.
    return text[:1] in FORMULA_STARTS or text.lstrip()[:1] in FORMULA_STARTS


def _cell(value: str | int) -> str | int:
    # The numbers the export writes (¶ and line numbers) stay numbers; only text is marked.
    return spreadsheet_text(value) if isinstance(value, str) else value


def schema_json() -> str:
    """The published JSON Schema of ``data/<exhibit>.json``."""
    return SCHEMA.read_text(encoding="utf-8")


def _speaker_label(passage: Passage) -> str:
    if passage.speaker:
        return passage.speaker.name
    if passage.kind == "question" and passage.question is not None:
        return passage.question.asker
    return ""
