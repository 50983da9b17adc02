"""The model as data people can reuse: the published JSON and CSV. Knows nothing of MkDocs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from .model import Paragraph, Transcript
from .site import Passage, Site


def to_data(transcript: Transcript) -> dict[str, Any]:
    """The model as plain data: the published JSON. Keep these fields and meanings stable."""

    def paragraph(p: Paragraph) -> dict[str, Any]:
        return {"id": p.id, "line": p.line, "text": p.text, "topics": list(p.topics)}

    return {
        "slug": transcript.slug,
        "source": Path(transcript.source).name,
        "title": transcript.title,
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
                "line": part.line,
                "questions": [
                    {
                        "id": q.id,
                        "line": q.line,
                        "text": q.text,
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


def to_json(transcript: Transcript) -> str:
    """The published JSON of one exhibit."""
    return json.dumps(to_data(transcript), ensure_ascii=False, indent=2) + "\n"


def passages_csv(site: Site, transcript: Transcript) -> str:
    """One row per paragraph: id, part, question, speaker, text, topics, permalink."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "part", "question", "speaker", "text", "topics", "permalink"])
    for passage in site.passages_by_transcript[transcript.slug]:
        part = transcript.part_of(passage.question).title if passage.question else ""
        writer.writerow([
            passage.anchor,
            part,
            passage.question.text if passage.question else "",
            _speaker_label(passage),
            passage.text,
            " ".join(site.topics[t].name for t in passage.topics),
            site.permalink(passage.page, passage.anchor),
        ])
    return out.getvalue()




def _speaker_label(passage: Passage) -> str:
    if passage.speaker:
        return passage.speaker.name
    return "主持人" if passage.kind == "question" else ""
