"""Metadata is as strict as the transcript: every key known, every typed field checked, every
mistake named at its own line with a fix, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED
from roundtable.citing.exports import to_json
from roundtable.metadata import load_metadata
from roundtable.model import TranscriptError
from roundtable.transcript import load

PANEL = "标题\n\n第一部分\n\n你怎么看?\n\n王芳教授认为这很好。\n"


def panel_with(tmp_path: Path, metadata: str) -> Path:
    (tmp_path / "panel.txt").write_text(PANEL, encoding="utf-8")
    (tmp_path / "panel.yml").write_text(metadata, encoding="utf-8")
    return tmp_path / "panel.txt"


@pytest.mark.parametrize(
    ("metadata", "line", "says"),
    [
        ("exhibit:\n  slug: ../evil\n", 2, "not a readable ASCII id"),
        ("exhibit:\n  slug: a/b\n", 2, "not a readable ASCII id"),
        ("exhibit:\n  date: January\n", 2, "is not a date"),
        ("exhibit:\n  colour: red\n", 2, "unknown exhibit key 'colour'"),
        ("speakers:\n  - name: 王芳\n    id: Wang Fang\n", 3, "not a readable ASCII id"),
        ("speakers:\n  - name: 王芳\n    iid: wang-fang\n", 3, "unknown speaker key 'iid'"),
        ("speakers: 王芳\n", 1, "must be a list of mappings"),
        ("source:\n  url: javascript:alert(1)\n", 2, "not an http(s) URL"),
        ("source:\n  published: yesterday\n", 2, "is not a date"),
        ("source:\n  publisher:\n    name: x\n", 2, "must be text"),
        ("topics:\n  - id: x\n    name: X\n    category: model\n    year: twenty\n", 5,
         "is not a year"),
        ("topics:\n  - id: x\n    name: X\n    category: model\n    reference: arXiv\n", 5,
         "'reference' must be a mapping"),
        ("topics:\n  - id: x\n    name: X\n    category: model\n    reference:\n"
         "      label: a\n      url: ftp://x\n", 7, "not an http(s) URL"),
        ("topics:\n  - id: x\n    name: X\n    category: model\n    since:\n"
         "      - text: later\n", 6, "lacks its date"),
        ("topics:\n  - id: x\n    name: X\n    category: model\n    aliases: 5\n", 5,
         "must be a list of texts"),
        ("mode: quoted\n", 1, "not one of the choices"),
        ("format: pdf\n", 1, "not one of the choices"),
        ("confirm: [first]\n", 1, "list of line numbers"),
        ("parts:\n  - match: 第一部分\n    id: one\n  - match: 一部\n    id: one\n", 4,
         "given twice"),
        ("wat: 1\n", 1, "unknown top-level key 'wat'"),
    ],
)
def test_each_metadata_mistake_is_named_at_its_line_with_a_fix(tmp_path, metadata, line, says):
    path = panel_with(tmp_path, metadata)
    with pytest.raises(TranscriptError) as caught:
        load(path)
    error = caught.value
    assert (error.path, error.line) == (str(tmp_path / "panel.yml"), line), str(error)
    assert says in error.message


def test_a_question_match_held_by_several_questions_means_the_one_it_opens(tmp_path):
    # --init writes each question's opening piece; a later fix can make it occur inside
    # another question as well.
    path = tmp_path / "panel.txt"
    path.write_text("标题\n\n嘉宾：王芳、李雷\n\n主持人：王芳老师，您怎么看开源？\n\n"
                    "王芳：开源很好。\n\n李雷：我也这样看。\n\n"
                    "主持人：刚才王芳老师说开源很好，那闭源呢？\n\n王芳：闭源也有用。\n\n"
                    "李雷：我同意。\n", encoding="utf-8")
    (tmp_path / "panel.yml").write_text(
        "questions:\n  - match: 王芳老师\n    id: open-source\n", encoding="utf-8")
    assert [q.id for q in load(path).questions] == ["open-source", "q2"]
    (tmp_path / "panel.yml").write_text(
        "questions:\n  - match: 开源\n    id: open-source\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="fits 2 questions"):
        load(path)


def test_no_line_bookkeeping_reaches_the_published_json():
    published = to_json(load(SEED))
    assert "__line" not in published
    assert json.loads(published)["info"]["date"] == "2022-01"


def test_a_speaker_id_is_optional_and_then_the_name_is_romanised(tmp_path):
    path = panel_with(tmp_path, "speakers:\n  - name: 王芳\n    affiliation: 某大学\n")
    transcript = load(path)
    assert [(s.id, s.affiliation) for s in transcript.speakers] == [("wang-fang", "某大学")]


def test_confirm_silences_the_warnings_of_the_lines_a_curator_checked(tmp_path):
    text = "标题\n\n第一部分\n\n你怎么看?\n\n李雷认为这很好。\n"
    (tmp_path / "panel.txt").write_text(text, encoding="utf-8")
    assert [w.line for w in load(tmp_path / "panel.txt").warnings] == [7]
    (tmp_path / "panel.yml").write_text("confirm: [7]\n", encoding="utf-8")
    assert load(tmp_path / "panel.txt").warnings == ()


def test_the_format_key_forces_a_reader(tmp_path):
    path = panel_with(tmp_path, "format: talk\nspeakers:\n  - name: 王芳\n")
    transcript = load(path)
    assert transcript.format == "talk"


def test_a_file_name_with_spaces_or_han_gives_a_readable_slug(tmp_path):
    path = tmp_path / "圆桌 第二场.txt"
    path.write_text(PANEL, encoding="utf-8")
    assert load(path).slug == "yuan-zhuo-di-er-chang"


def test_the_seed_metadata_declares_its_source_and_leaves_the_unknown_empty():
    record = load_metadata(SEED).record
    assert record.publisher == "机器之心"
    assert (record.url, record.author, record.published) == ("", "", "")
