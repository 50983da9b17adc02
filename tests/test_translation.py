"""The editors' English beside a transcript: the translation file, its fingerprints, the
curator's commands, and the build's warning when the Chinese changes under a translation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEED, build, copy_project
from conftest import transcript_command as run_command
from roundtable.model import TranscriptError
from roundtable.transcript import load
from roundtable.translation import (
    comment_rows,
    fingerprint,
    read_translation,
    skeleton,
    translatables,
    translation_path,
)

SEED_TRANSLATION = translation_path(SEED)
SERIES = ROOT / "tests" / "series"


def seed_copy(folder: Path) -> Path:
    """The seed transcript with its metadata, vocabulary and translation, in ``folder``."""
    for name in ("2022-01-last-mile.txt", "2022-01-last-mile.yml", "topics.yml",
                 "2022-01-last-mile.en.yml"):
        shutil.copy(ROOT / "seeds" / name, folder / name)
    return folder / SEED.name


def entry_line(path: Path, paragraph_id: str) -> int:
    """The line of a paragraph's entry in a translation file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(f"  {paragraph_id}:"))


# --- the seed's translation -------------------------------------------------------------


def test_the_seed_is_translated_whole_from_its_current_chinese(model):
    """Every paragraph, question and part title of the seed has fresh English."""
    translation = model.translation
    assert translation is not None
    assert translation.missing == () and translation.stale == ()
    assert set(translation.english) == {piece.id for piece in translatables(model)}
    assert not [w for w in model.warnings if w.path.endswith(".en.yml")]


def test_translatables_are_the_ids_the_pages_publish(model):
    """Intro, part titles, questions and answers, in reading order, by their anchors."""
    ids = [piece.id for piece in translatables(model)]
    assert ids[:7] == [*(p.id for p in model.intro), model.parts[0].id]
    assert ids[7:9] == ["most-impressive-2021", "most-impressive-2021-hu-han-1"]
    assert len(ids) == len(set(ids))


def test_the_seed_keeps_names_and_terms_of_the_metadata_and_reported_speech_reported(model):
    """Names as name_en gives them, topics' English names, third person throughout: the
    English relates what the report says, it never quotes a speaker."""
    english = model.translation.english
    everything = " ".join(english.values())
    for speaker in model.speakers:
        assert speaker.name_en in everything
    for term in ("Swin Transformer V2", "Mixture of Experts (MoE)", "self-supervised",
                 "masked image modeling", "Recurrent AI", "Synced"):
        assert term in everything
    chinese = {piece.id: piece.text for piece in translatables(model) if piece.kind == "answer"}
    for paragraph_id, text in english.items():
        assert not re.search(r"\bI\b|\bmy\b|\bme\b", text), paragraph_id  # no first person
        if re.search("(?<!其)他|博士", chinese.get(paragraph_id, "")):  # the report names them
            assert re.search(r"\b(He|he|his|Dr)\b", text), paragraph_id


# --- the file ---------------------------------------------------------------------------


def test_a_fingerprint_changes_with_the_text_but_not_with_its_spacing():
    assert fingerprint("卷积和 Transformer 都挺好") == fingerprint("卷积和  Transformer\n都挺好")
    assert fingerprint("卷积和 Transformer 都挺好") != fingerprint("卷积和 Transformer 都很好")
    assert re.fullmatch(r"[0-9a-f]{8}", fingerprint("大模型"))


def test_a_changed_chinese_paragraph_makes_its_translation_stale_at_its_line(tmp_path: Path):
    """The English is not shown, and the warning names the entry's FILE:LINE and the fix."""
    seed = seed_copy(tmp_path)
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("卷积和 Transformer 都挺好", "卷积和 Transformer 都很好"),
                    encoding="utf-8")
    transcript = load(seed)
    stale_id = "convolution-vs-transformer-hu-han-1"
    assert transcript.translation.stale == (stale_id,)
    assert transcript.translation.of(stale_id) == ""
    path = translation_path(seed)
    [warning] = [w for w in transcript.warnings if w.path == str(path)]
    assert warning.line == entry_line(path, stale_id)
    assert stale_id in warning.message and "not shown" in warning.message
    now = fingerprint(transcript.questions[2].answers[0].paragraphs[0].text)
    assert f"source: {now}" in warning.hint and not warning.confirmable


def test_an_id_the_transcript_does_not_have_is_warned_about_at_its_line(tmp_path: Path):
    seed = seed_copy(tmp_path)
    path = translation_path(seed)
    path.write_text(path.read_text(encoding="utf-8") + "  no-such-question:\n    en: Hello\n",
                    encoding="utf-8")
    transcript = load(seed)
    [warning] = [w for w in transcript.warnings if w.path == str(path)]
    assert warning.line == entry_line(path, "no-such-question")
    assert "'no-such-question' is no paragraph" in warning.message


@pytest.mark.parametrize(("text", "line", "message"), [
    ("language: en\nwords: {}\n", 2, "unknown key 'words'"),
    ("language: fr\nparagraphs: {}\n", 1, "'language: fr' is not supported"),
    ("paragraphs:\n  intro-1: [a, b]\n", 2, "'intro-1' must be a mapping"),
    ("paragraphs:\n  intro-1:\n    source: 864bb941\n    english: Since\n", 4,
     "unknown key 'english' in 'intro-1'"),
])
def test_a_malformed_translation_file_is_refused_at_its_line(
    tmp_path: Path, model, text: str, line: int, message: str
):
    path = tmp_path / "x.en.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TranscriptError) as refused:
        read_translation(path, model)
    assert (refused.value.path, refused.value.line) == (str(path), line)
    assert message in refused.value.message and refused.value.hint


def test_an_entry_without_english_is_untranslated_not_an_error(tmp_path: Path, model):
    path = tmp_path / "x.en.yml"
    path.write_text(f'paragraphs:\n  intro-1:\n    source: {fingerprint(model.intro[0].text)}\n'
                    '    en: ""\n  intro-2:\n    source: 0\n    en: In the year ahead\n',
                    encoding="utf-8")
    translation, warnings = read_translation(path, model)
    assert "intro-1" in translation.missing and translation.stale == ("intro-2",)
    assert [w.line for w in warnings] == [5]


def test_a_panel_without_a_translation_file_reads_as_before():
    """tests/series has panels with none: no translation, no warning about one."""
    for name in ("2022-03-multimodal.txt", "2022-05-agents.txt"):
        transcript = load(SERIES / name)
        assert transcript.translation is None
        assert not [w for w in transcript.warnings if w.path.endswith(".en.yml")]


# --- the curator's commands --------------------------------------------------------------


def test_init_translation_writes_every_id_with_its_chinese_and_an_empty_entry(tmp_path: Path):
    seed = seed_copy(tmp_path)
    translation_path(seed).unlink()
    run = run_command("--init-translation", str(seed))
    assert run.returncode == 0, run.stderr
    written = translation_path(seed)
    assert run.stdout.strip() == f"wrote {written}"
    text = written.read_text(encoding="utf-8")
    transcript = load(seed)  # reads the skeleton back: all untranslated, nothing to warn
    assert transcript.translation.english == {}
    assert len(transcript.translation.missing) == len(translatables(transcript))
    assert not [w for w in transcript.warnings if w.path == str(written)]
    data = yaml.safe_load(text)["paragraphs"]
    for piece in translatables(transcript):
        assert data[piece.id] == {"source": fingerprint(piece.text), "en": ""}
    # The Chinese stands above each entry, as comments (cut by characters).
    comments = "".join(line.strip()[2:] for line in text.splitlines()
                       if line.startswith("    # "))
    assert transcript.intro[0].text in comments
    assert "胡瀚博士回答道:卷积和 Transformer 都挺好" in comments
    assert run_command("--init-translation", str(seed)).returncode == 1, "never overwrites"


def test_the_skeleton_of_the_seed_has_the_fingerprints_of_the_seed_translation(model):
    """The seed's translation was made from the skeleton: fingerprints agree entry by entry."""
    ours = yaml.safe_load(SEED_TRANSLATION.read_text(encoding="utf-8"))["paragraphs"]
    fresh = yaml.safe_load(skeleton(model))["paragraphs"]
    assert {k: v["source"] for k, v in ours.items()} == {k: v["source"]
                                                         for k, v in fresh.items()}


def test_explain_lists_untranslated_and_stale_ids_and_exits_non_zero_on_stale(tmp_path: Path):
    seed = seed_copy(tmp_path)
    run = run_command("--explain", str(seed))
    assert run.returncode == 0, run.stdout
    assert "30 of 30 translated, 0 untranslated, 0 stale" in run.stdout
    path = translation_path(seed)
    text = path.read_text(encoding="utf-8")
    # intro-2 emptied, the Chinese of the last answer changed.
    text = re.sub(r"(  intro-2:.*\n(?:    #.*\n)*    source: \w+\n    en:) >-\n(?:      .*\n)+",
                  r'\1 ""\n', text)
    path.write_text(text, encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "推荐关注神经科学方面的进展", "推荐关注脑科学方面的进展"), encoding="utf-8")
    run = run_command("--explain", str(seed))
    assert run.returncode == 1
    assert "28 of 30 translated, 1 untranslated, 1 stale" in run.stdout
    assert re.search(r"untranslated intro-2 \(line 5\)", run.stdout)
    assert re.search(r"stale +bottlenecks-and-outlook-hu-han-1 \(line 63\)", run.stdout)
    line = entry_line(path, "bottlenecks-and-outlook-hu-han-1")
    assert f"warning: {path}:{line}: the translation of 'bottlenecks-and-outlook-hu-han-1'" \
        in run.stdout


def test_a_strict_build_stops_on_a_stale_translation_naming_its_file_and_line(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "推荐关注神经科学方面的进展", "推荐关注脑科学方面的进展"), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    line = entry_line(project / "seeds" / SEED_TRANSLATION.name,
                      "bottlenecks-and-outlook-hu-han-1")
    assert (f"seeds/{SEED_TRANSLATION.name}:{line}: the translation of "
            "'bottlenecks-and-outlook-hu-han-1'") in result.stderr


# --- the data export ----------------------------------------------------------------------


def test_the_json_carries_both_texts_and_says_whose_english_it_is(model):
    from roundtable.citing.exports import to_data

    data = to_data(model)
    assert data["translation"] == {"language": "en", "translator": "the exhibit's editors",
                                   "file": SEED_TRANSLATION.name, "untranslated": [],
                                   "stale": []}
    english = model.translation.english
    first = data["sections"][0]
    assert first["title"] == "模型架构当前发展情况"
    assert first["title_en"] == english["current-architectures"]
    question = first["questions"][0]
    assert question["text_en"] == english["most-impressive-2021"]
    assert question["en"] == model.questions[0].en  # the editorial label stays apart
    paragraph = question["answers"][0]["paragraphs"][0]
    assert paragraph["text"].startswith("首先是胡瀚博士的回答")
    assert paragraph["text_en"].startswith("First came Dr Han Hu's answer.")
    assert data["intro"][0]["text_en"] == english["intro-1"]


def test_stale_english_is_left_out_of_the_data_and_listed(tmp_path: Path):
    from roundtable.citing.exports import to_data

    seed = seed_copy(tmp_path)
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "推荐关注神经科学方面的进展", "推荐关注脑科学方面的进展"), encoding="utf-8")
    data = to_data(load(seed))
    assert data["translation"]["stale"] == ["bottlenecks-and-outlook-hu-han-1"]
    last = data["sections"][-1]["questions"][-1]["answers"][-1]["paragraphs"][-1]
    assert "text_en" not in last


def test_a_panel_without_translation_exports_as_before():
    """No translation key, no text_en: the JSON of an untranslated panel keeps its shape."""
    from roundtable.citing.exports import to_json

    text = to_json(load(SERIES / "2022-03-multimodal.txt"))
    assert '"translation"' not in text and "text_en" not in text and "title_en" not in text


def test_the_csv_adds_the_english_last(site: Path, model):
    import csv
    import io

    from roundtable.citing.exports import CSV_COLUMNS, TRANSLATION_COLUMN

    raw = (site / "data" / "2022-01-last-mile.csv").read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert list(table[0]) == [*CSV_COLUMNS, TRANSLATION_COLUMN]
    for row in table:
        assert row[TRANSLATION_COLUMN] == model.translation.of(row["id"]), row["id"]


def test_serves_parse_cache_reads_the_translation_and_again_when_it_changes(tmp_path: Path):
    """`make serve` keeps models between rebuilds: the translation is part of what they are
    read from, so an edit of the English alone is seen at once."""
    from roundtable.incremental import ParseCache

    seed = seed_copy(tmp_path)
    cache = ParseCache()
    [first] = cache.load_series([seed])
    assert first.translation is not None and not first.translation.missing
    [again] = cache.load_series([seed])
    assert again is first and cache.parsed == 0
    path = translation_path(seed)
    text = path.read_text(encoding="utf-8")
    entry = r"(  intro-2:.*\n(?:    #.*\n)*    source: \w+\n    en:) >-\n(?:      .*\n)+"
    path.write_text(re.sub(entry, r'\1 ""\n', text), encoding="utf-8")
    [edited] = cache.load_series([seed])
    assert cache.parsed == 1 and edited.translation.missing == ("intro-2",)


def test_the_chinese_in_a_skeletons_comments_is_cut_where_a_reader_would_cut_it():
    """Never inside a Latin word or a number, never before a closing mark or after an opening
    one, never ending a row with a space; after a punctuation mark where one is near."""
    text = ("自 2018 年谷歌推出 BERT 以来,语言模型就开始朝着「大模型」的方向演进。21 年诸如华为联合"
            "鹏城实验室 2000 亿参数的盘古、谷歌 1.6 万亿参数的 Switch Transformer、智源研究院"
            " 1.75 万亿参数的悟道 2.0 等相继产出。")
    rows = comment_rows(text)
    assert "".join(rows) == text and len(rows) > 2
    for row, after in zip(rows[:-1], rows[1:], strict=True):
        assert not row.endswith(" ") and not row.endswith("「")
        assert after[0] not in "。，、」）"
        assert not (row[-1].isascii() and row[-1].isalnum() and after[0].isascii()
                    and after[0].isalnum()), (row, after)
    assert sum(row[-1] in "。，、」," for row in rows[:-1]) >= len(rows) - 2
