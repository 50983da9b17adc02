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


COUNCIL = """\
市议会交通委员会质询纪要

主席：现在开会，今天质询交通局。请钱委员思远发言。
钱委员思远：谢谢主席。请问林局长，新线路什么时候通车？
林局长德明：预计明年第一季度通车，目前在做联调测试。
钱委员思远：预算是多少？有没有具体数字？
林局长德明：大约两亿元，其中一半用于车站建设。
主席：谢谢钱委员。下面请高委员明哲发言。
高委员明哲：请问局长，票价怎么定？
林局长德明：票价会听证，和现有线路一致。
主席：谢谢高委员。散会。
"""


def test_a_listed_speaker_whom_the_labels_make_an_asker_is_not_refused(tmp_path: Path):
    """`--init` lists everyone the reader credited; a warning's `labels: {X: host}` (or
    `audience`) then makes that label an asker. The listed name (钱思远, read from the label
    钱委员思远, written nowhere as such) still asks: taking both proposals builds, with the
    questions credited to that name, instead of a refusal that the speaker is never
    mentioned."""
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    path.with_suffix(".yml").write_text(
        "labels:\n  钱委员思远: audience\nspeakers:\n  - name: 钱思远\n  - name: 林德明\n",
        encoding="utf-8")
    transcript = load(path)
    assert placed(transcript)[4] == ("question", "钱思远")
    assert placed(transcript)[5] == ("answer", "林德明")
    assert not [w for w in transcript.warnings if "钱思远" in w.message]


def test_taking_the_host_warnings_line_keeps_every_self_given_name(tmp_path: Path):
    """`labels: {发言人1: host}`, the line the host warning proposes, says what the voice
    does; it does not make the export's numbers the names. Taken, the host is still the 阿乔
    who introduced herself and the guest still 魏东来: the fix reads no worse than the file
    without it."""
    path = tmp_path / "podcast.txt"
    path.write_text(NUMBERED_HOSTS, encoding="utf-8")
    without = placed(load(path))
    assert without[4] == ("answer", "魏东来")
    path.with_suffix(".yml").write_text(labels_fix("发言人1", "host").text + "\n",
                                        encoding="utf-8")
    taken = placed(load(path))
    assert taken[4] == ("answer", "魏东来")
    assert taken[6] == ("question", "阿乔")
    assert {line: role for line, (role, _) in taken.items()} \
        == {line: role for line, (role, _) in without.items()}


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
