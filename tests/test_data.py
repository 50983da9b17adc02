"""Data people can reuse: the published JSON follows a JSON Schema, the CSV opens in a
spreadsheet with its Chinese intact and keeps multi-word topic names whole.

Every ``data/<exhibit>.json`` of the built site, and every golden model, is validated against
``hooks/roundtable/citing/schema/exhibit.schema.json``, which the site publishes beside the data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from pathlib import Path

import jsonschema
import pytest

from conftest import SEED
from corpus_score import CORPUS, TRANSCRIPTS, read
from roundtable.citing.exports import CSV_COLUMNS, SCHEMA, TRANSLATION_COLUMN, to_data
from roundtable.transcript import load

EXHIBIT = "2022-01-last-mile"
WILD_DIR = CORPUS / "wild"
GOLDEN = Path(__file__).parent / "golden"
BOM = b"\xef\xbb\xbf"


@pytest.fixture(name="model", scope="module")
def fixture_model():
    return load(SEED)


@pytest.fixture(name="validator", scope="module")
def fixture_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def problems(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in validator.iter_errors(data)]


def rows(site: Path) -> list[dict[str, str]]:
    """The CSV read as a spreadsheet program reads it: UTF-8, the BOM taken as the encoding mark."""
    text = (site / "data" / f"{EXHIBIT}.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


# --- the JSON and its schema ----------------------------------------------------------------


def test_every_published_json_follows_the_schema(site: Path, validator):
    published = sorted(p for p in (site / "data").glob("*.json") if "schema" not in p.name)
    assert [p.name for p in published] == [f"{EXHIBIT}.json"]
    for path in published:
        assert problems(validator, json.loads(path.read_text(encoding="utf-8"))) == [], path


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.json")))
def test_every_golden_model_follows_the_schema(validator, name: str):
    data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert problems(validator, data) == []


@pytest.mark.parametrize("path", [p for p in TRANSCRIPTS if p.parent.name == "wild"],
                         ids=lambda p: p.name)
def test_the_model_of_every_shape_curators_bring_follows_the_schema(validator, path: Path):
    """Closing remarks, audience questions and the source's own notes are in the JSON."""
    assert problems(validator, to_data(read(path))) == []


def test_closing_remarks_audience_questions_and_notes_are_in_the_data():
    data = to_data(read(WILD_DIR / "panel_audience_qa_fintech.txt"))
    asked = [q for s in data["sections"] for q in s["questions"]]
    assert [q["asker"] for q in asked if q.get("audience")] == [
        "观众A", "观众（某券商科技部）", "现场观众"]
    assert [c["by"] for c in data["closing"]] == ["主持人"]
    assert "closing" not in to_data(load(SEED)) and "notes" not in to_data(load(SEED))
    notes = to_data(read(WILD_DIR / "meeting_export_feishu.txt"))["notes"]
    assert notes == ["（文字记录由飞书妙记自动生成，可能存在转写误差）"]


def test_the_schema_is_published_beside_the_data(site: Path):
    published = site / "data" / "exhibit.schema.json"
    assert published.read_bytes() == SCHEMA.read_bytes()
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="../data/exhibit.schema.json"' in about


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d.pop("mode"), "'mode' is a required property"),
        (lambda d: d.update(mode="paraphrase"), "is not one of"),
        (lambda d: d["speakers"][0].update(id="Hu Han"), "does not match"),
        (lambda d: d["sections"][0]["questions"][0].update(number="1"), "is not of type"),
        (lambda d: d["sections"][0]["questions"][0].pop("asker"), "'asker' is a required"),
        (lambda d: d["intro"][0].update(time="3:05"), "does not match"),
        (lambda d: d["record"].update(published="January 2022"), "does not match"),
        (lambda d: d.update(extra=1), "Additional properties"),
    ],
)
def test_the_schema_rejects_what_the_exports_never_write(validator, model, change, complaint):
    """The schema is no formality: a missing field, a wrong type or a malformed id fails."""
    data = to_data(model)
    assert problems(validator, data) == []
    change(data)
    found = problems(validator, data)
    assert found and any(complaint in line for line in found), found


def test_the_json_keeps_its_fields_and_says_where_the_text_comes_from(model):
    """Old fields stay with their meanings; the mode, format, encoding, source record, ¶
    numbers, times and who asks are added."""
    data = to_data(model)
    assert {"slug", "source", "title", "info", "speakers", "intro", "sections", "topics",
            "excluded"} <= set(data)
    assert data["mode"] == "reported" and data["encoding"] == "utf-8"
    assert set(data["record"]) == {"publisher", "author", "title", "published", "url",
                                   "recording_url", "retrieved"}
    assert data["record"]["publisher"] == model.record.publisher
    numbers = [p["number"] for p in data["intro"]]
    for section in data["sections"]:
        for question in section["questions"]:
            assert question["asked"] is True and question["asker"] == "主持人"
            numbers.append(question["number"])
            for answer in question["answers"]:
                for paragraph in answer["paragraphs"]:
                    assert set(paragraph) >= {"id", "line", "text", "topics", "number"}
                    assert "time" not in paragraph, "the seed has no timings: no empty times"
                    numbers.append(paragraph["number"])
    assert numbers == list(range(1, len(numbers) + 1)), "¶ numbers count every paragraph"


# --- the CSV ---------------------------------------------------------------------------------


def test_the_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8(site: Path):
    raw = (site / "data" / f"{EXHIBIT}.csv").read_bytes()
    assert raw.startswith(BOM) and not raw.startswith(BOM * 2)
    assert "胡瀚".encode() in raw


def test_the_csv_has_ids_names_and_one_row_per_paragraph(site: Path, model):
    table = rows(site)
    assert list(table[0]) == [*CSV_COLUMNS, TRANSLATION_COLUMN]  # the seed is translated
    assert {"id", "number", "part", "question", "speaker", "speaker_id", "text", "topics",
            "topic_names", "time", "permalink"} <= set(CSV_COLUMNS)
    assert [int(row["number"]) for row in table] == list(range(1, len(table) + 1))
    paragraphs = {p.id: p for _, _, _, p in model.passages()}
    answered = [row for row in table if row["kind"] == "answer"]
    assert [row["id"] for row in answered] == list(paragraphs)
    for row in answered:
        speaker = model.speaker(row["speaker_id"])
        assert row["speaker"] == speaker.name
        assert row["text"] == paragraphs[row["id"]].text
        assert row["topics"].split(";") == list(paragraphs[row["id"]].topics) or (
            row["topics"] == "" and not paragraphs[row["id"]].topics)


def test_topics_are_separated_by_semicolons_and_names_with_spaces_stay_whole(site: Path, model):
    names = {t.id: t.name for t in model.topics}
    assert names["swin-v2"] == "Swin Transformer V2"
    with_swin_v2 = [row for row in rows(site) if "swin-v2" in row["topics"].split(";")]
    assert with_swin_v2, "the seed mentions Swin Transformer V2"
    for row in rows(site):
        ids = row["topics"].split(";") if row["topics"] else []
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), row["topics"]
        shown = row["topic_names"].split(";") if row["topic_names"] else []
        assert shown == [names[i] for i in ids]
    assert "Swin Transformer V2" in with_swin_v2[0]["topic_names"].split(";")


def test_csv_downloaded_from_the_site_links_each_paragraph_to_its_page(site: Path,
                                                                       base_url: str, model):
    """Fetched over http, each answer row's absolute permalink opens the paragraph's question
    page at its anchor; the part and question are given as the reader sees them."""
    with urllib.request.urlopen(f"{base_url}data/{EXHIBIT}.csv", timeout=30) as response:
        table = list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig"))))
    by_id = {row["id"]: row for row in table}
    assert len(by_id) == len(table), "ids are unique"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    published = min(re.findall(r"<loc>([^<]+)</loc>", sitemap), key=len)
    pages: dict[str, str] = {}
    for part, question, answer, paragraph in model.passages():
        row = by_id[paragraph.id]
        assert (row["part"], row["question_id"], row["question"], row["speaker_id"]) == (
            part.title, question.id, question.text, answer.speaker)
        assert row["permalink"].startswith(published), row["permalink"]
        path, anchor = row["permalink"][len(published):].split("#")
        assert path == f"{EXHIBIT}/{question.id}/" and anchor == paragraph.id
        if path not in pages:
            with urllib.request.urlopen(base_url + path, timeout=30) as response:
                pages[path] = response.read().decode("utf-8")
        assert f'id="{anchor}"' in pages[path]
    asked = [row for row in table if row["kind"] == "question"]
    assert asked and all(row["speaker"] == "主持人" and not row["speaker_id"] for row in asked)
