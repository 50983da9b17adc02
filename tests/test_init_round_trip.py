"""`--init` writes metadata that changes nothing: put beside the file unchanged, it reads every
line in the same place with the same speaker, with the same warnings (issue 26, item 9: what
`--init` writes never silences a warning about a line it did not settle). What a warning
proposes is written as a comment beside it, for the curator to take."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from corpus_score import CORPUS, placed, read, transcripts_in
from roundtable.model import TranscriptError, labels_fix
from roundtable.starting_metadata import starting_metadata
from roundtable.transcript import load

FOLDERS = [CORPUS, CORPUS / "wild", CORPUS / "holdout", CORPUS / "dev",
           CORPUS / "blind13", CORPUS / "blind14", CORPUS / "blind15"]
BARE = [p for folder in FOLDERS if folder.is_dir() for p in transcripts_in(folder)
        if not p.with_suffix(".yml").is_file()]

CANNOT_ROUND_TRIP: dict[str, str] = {}
"""Files whose own `--init` metadata reads them differently, with the reason (strict xfail)."""


def _warnings(transcript) -> list[tuple[int, str]]:
    return sorted((w.line, w.message) for w in transcript.warnings
                  if not w.path.endswith((".yml", ".yaml")))


@pytest.mark.sweep  # 250 files read twice more: make test; the invented files below stay quick
@pytest.mark.parametrize("path", [
    pytest.param(p, id=f"{p.parent.name}/{p.name}", marks=pytest.mark.xfail(
        strict=True, reason=CANNOT_ROUND_TRIP[p.name]) if p.name in CANNOT_ROUND_TRIP else ())
    for p in BARE])
def test_init_metadata_reads_the_file_as_without_it(path: Path, tmp_path: Path):
    try:
        without = read(path)
    except TranscriptError:
        pytest.skip("refused without metadata: --init writes nothing for it")
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    copy.with_suffix(".yml").write_text(starting_metadata(copy), encoding="utf-8")
    with_init = load(copy)
    assert placed(with_init) == placed(without)
    assert _warnings(with_init) == _warnings(without)


# --- on invented files ------------------------------------------------------------------------

NUMBERED_HOSTS = """\
发言人1 00:00:03
欢迎收听本期节目，我是阿乔。今天的嘉宾是做数据库的老师。
发言人2 00:00:12
大家好，我是魏东来，做了十年数据库。
发言人1 00:00:20
数据库这十年最大的变化是什么？
发言人2 00:00:30
最大的变化是云。以前大家自己买机器，现在都是按量付费，运维的工作也变了。
发言人1 00:01:10
那开源数据库呢？
发言人2 00:01:20
开源数据库现在是主流，很多公司都在用，社区也很活跃。
发言人1 00:02:00
好，今天就聊到这里，谢谢魏老师。
"""


def test_a_host_read_by_behaviour_stays_a_warning_and_its_label_a_comment(tmp_path: Path):
    """The reader reads 发言人1 as the host by what it does and warns, naming `labels:
    {发言人1: host}`: `--init` writes that line as a comment (the curator's to take), so the
    warning stays and the host keeps the name they gave themselves."""
    path = tmp_path / "podcast.txt"
    path.write_text(NUMBERED_HOSTS, encoding="utf-8")
    without = load(path)
    proposed = [w for w in without.warnings if w.fix and "发言人1: host" in w.fix.text]
    assert proposed, "the reader proposes the host's label"
    text = starting_metadata(path)
    assert not (yaml.safe_load(text).get("labels") or {}).get("发言人1")
    assert '# "发言人1": "host"' in text
    path.with_suffix(".yml").write_text(text, encoding="utf-8")
    with_init = load(path)
    assert placed(with_init) == placed(without)
    assert _warnings(with_init) == _warnings(without)


def test_a_file_without_a_title_keeps_its_warning_under_init(tmp_path: Path):
    """The title `--init` proposes (the file's name) is a comment: the warning that the file
    holds no title line stays until the curator writes one."""
    path = tmp_path / "notitle.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\n主持人：欢迎各位。今天聊什么？\n\n"
                    "2\n00:00:04,000 --> 00:00:08,000\n魏东来：聊数据库，这十年变化很大。\n",
                    encoding="utf-8")
    without = load(path)
    text = starting_metadata(path)
    assert "title" not in (yaml.safe_load(text).get("exhibit") or {})
    path.with_suffix(".yml").write_text(text, encoding="utf-8")
    assert _warnings(load(path)) == _warnings(without)


def test_a_labels_fix_parses_as_yaml_whatever_the_label_holds():
    """A handle (`@某某_07`), a colon or a number as a label: the hint's line reads back as
    the label and its speaker, so applying it works."""
    for label in ("@lucas_07", "Q: 1", "123", "#3", "发言人1"):
        assert yaml.safe_load(labels_fix(label, "audience").text) == {
            "labels": {label: "audience"}}
    assert labels_fix("发言人1", "host").text == "labels:\n  发言人1: host"


ENGLISH_PANEL = """\
Building Safer Models

MODERATOR: Corbin, how did your team start on evaluation?

CORBIN ASHE: We started with a red team of four people and a spreadsheet.

MODERATOR: How did the spreadsheet turn into a product?

CORBIN ASHE: Slowly. Customers asked for it, and we wrote it down properly.

MODERATOR: Corbin and Halina, what does a good benchmark look like?

HALINA WOJCIK: One that nobody has trained on yet.
"""


def test_init_matches_an_english_question_by_whole_words(tmp_path: Path):
    """Six letters of English (`Corbin`, `How di`) are half a word and open several
    questions; `--init` writes whole words, enough of them that one question holds them."""
    path = tmp_path / "panel.txt"
    path.write_text(ENGLISH_PANEL, encoding="utf-8")
    without = load(path)
    text = starting_metadata(path)
    matches = [q["match"] for q in yaml.safe_load(text)["questions"]]
    assert matches == ["Corbin, how did", "How did the", "Corbin and Halina,"]
    path.with_suffix(".yml").write_text(text, encoding="utf-8")
    assert placed(load(path)) == placed(without)
