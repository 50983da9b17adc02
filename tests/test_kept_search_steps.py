"""What the search set-up makes from the same inputs, kept between builds
(hooks/roundtable/search/kept.py): the same inputs read back what was made, never run again;
any changed input makes it anew; what is read back equals what is made."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from exhibit import read_transcripts
from roundtable.search import kept, search_pagefind, search_setup
from roundtable.search.search_pagefind import Record, write_bundle
from roundtable.search.search_setup import PageText, prepare_jieba
from roundtable.site import build_site


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "kept"
    folder.mkdir()
    monkeypatch.setattr(kept, "folder", lambda: folder)
    return folder


def test_a_digest_tells_where_one_part_ends():
    assert kept.digest(["ab", "c"]) != kept.digest(["a", "bc"])
    assert kept.digest(["ab", "c"]) == kept.digest([b"ab", "c"])


def test_a_kept_text_is_read_back_and_an_unkept_one_is_none(kept_in: Path):
    assert kept.kept_text("words", "k") is None
    kept.keep_text("words", "k", "大模型 30\n")
    assert kept.kept_text("words", "k") == "大模型 30\n"
    assert [p.name for p in kept_in.iterdir()] == ["roundtable-words-k"], "no partial file left"


def written_dictionaries(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in folder.glob("jieba-main-*.txt")}


def test_the_next_build_of_the_same_pages_reads_the_cut_dictionary_back(
    kept_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    site = build_site(read_transcripts(ROOT / "seeds"))
    pages = [PageText("大模型", "", "<p>自监督学习和大模型的最后一公里</p>")]
    first = prepare_jieba(site, pages, tmp_path / "first")
    made = written_dictionaries(tmp_path / "first")
    assert len(made) == 1

    def not_again(*_: object) -> str:
        raise AssertionError("cut again though nothing changed")

    monkeypatch.setattr(search_setup, "restricted_dictionary", not_again)
    assert prepare_jieba(site, pages, tmp_path / "second") == first
    assert written_dictionaries(tmp_path / "second") == made
    with pytest.raises(AssertionError, match="cut again"):
        prepare_jieba(site, [PageText("大模型", "", "<p>强化学习</p>")], tmp_path / "third")


def record(text: str) -> Record:
    doc = {"location": "q/", "title": "问题", "text": text}
    return Record("q/", (doc,), (tuple(text.split()),), 1.0)


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_next_build_of_the_same_records_copies_the_kept_pagefind_bundle(
    kept_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    made = files_in(write_bundle([record("大 模型")], tmp_path / "first"))
    assert any(name.endswith(".pf_meta") for name in made)
    calls: list[Path] = []
    run = search_pagefind._run_pagefind
    monkeypatch.setattr(search_pagefind, "_run_pagefind",
                        lambda exe, pages, bundle: calls.append(bundle) or run(exe, pages, bundle))
    assert files_in(write_bundle([record("大 模型")], tmp_path / "second")) == made
    assert calls == [], "Pagefind ran again for the same records"
    changed = files_in(write_bundle([record("强化 学习")], tmp_path / "third"))
    assert len(calls) == 1 and changed != made
