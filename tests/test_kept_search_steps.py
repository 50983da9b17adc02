"""What the search set-up makes from the same inputs, kept between builds
(hooks/roundtable/search/kept.py): the same inputs read back what was made, never run again;
any changed input makes it anew; what is read back equals what is made."""

from __future__ import annotations

import os
import shutil
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


# Bounded: a curator editing all day makes a new entry per edit; only the most recently used
# stay. The times below are set on the files, never read from a clock: "used at n" is
# a modification time of n seconds.

def used_at(path: Path, seconds: int) -> None:
    os.utime(path, ns=(seconds * 10**9, seconds * 10**9))


def kept_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_keeping_one_more_than_the_bound_removes_the_least_recently_used(
    kept_in: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(kept, "KEPT_PER_KIND", 3)
    for n, key in enumerate(["a1", "b2", "c3"]):
        kept.keep_text("words", key, key)
        used_at(kept_in / f"roundtable-words-{key}", 1000 + n)
    assert kept.kept_text("words", "a1") == "a1", "reading a1 marks it used"
    kept.keep_text("words", "d4", "d4")
    assert kept_names(kept_in) == {"roundtable-words-a1", "roundtable-words-c3",
                                   "roundtable-words-d4"}


def test_pruning_keeps_the_newest_of_its_own_kind_only(kept_in: Path):
    for n in range(5):
        for kind in ("jieba", "jieba-dictionary"):
            kept.keep_text(kind, f"k{n}", "text")
            used_at(kept_in / f"roundtable-{kind}-k{n}", 1000 + n)
    kept.prune("jieba", keep=2)
    assert kept_names(kept_in) == {"roundtable-jieba-k3", "roundtable-jieba-k4",
                                   *(f"roundtable-jieba-dictionary-k{n}" for n in range(5))}


def test_a_kept_folder_is_bounded_and_copying_marks_it_used(kept_in: Path, tmp_path: Path):
    source = tmp_path / "bundle"
    (source / "fragment").mkdir(parents=True)
    (source / "fragment" / "a.pf_fragment").write_bytes(b"x")
    for n, key in enumerate(["f1", "f2"]):
        kept.keep_folder("pagefind", key, source)
        used_at(kept_in / f"roundtable-pagefind-{key}", 1000 + n)
    assert kept.copy_kept_folder("pagefind", "f1", tmp_path / "copy")
    kept.prune("pagefind", keep=1)
    assert kept_names(kept_in) == {"roundtable-pagefind-f1"}
    assert files_in(tmp_path / "copy") == {"fragment/a.pf_fragment": b"x"}


def test_what_a_dead_build_left_half_written_goes_once_old_and_a_live_one_stays(
    kept_in: Path,
):
    dead = kept_in / "roundtable-words-k.4242"
    dead.write_text("half", encoding="utf-8")
    used_at(dead, 1000)
    dead_folder = kept_in / "roundtable-pagefind-k.4242.gone"
    dead_folder.mkdir()
    used_at(dead_folder, 1000)
    writing = kept_in / "roundtable-words-j.4343"
    writing.write_text("being written now", encoding="utf-8")  # the file system's own time
    kept.prune("words")
    kept.prune("pagefind")
    assert kept_names(kept_in) == {"roundtable-words-j.4343"}


def test_a_half_written_entry_is_never_read_as_kept(kept_in: Path):
    (kept_in / "roundtable-words-k.4242").write_text("half", encoding="utf-8")
    (kept_in / "roundtable-pagefind-k.4242").mkdir()
    assert kept.kept_text("words", "k") is None
    assert not kept.copy_kept_folder("pagefind", "k", kept_in.parent / "copy")


def test_a_folder_removed_while_another_build_copies_it_fails_the_copy_whole(
    kept_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    source = tmp_path / "bundle"
    source.mkdir()
    for name in ("a", "b", "c"):
        (source / name).write_bytes(name.encode())
    kept.keep_folder("pagefind", "k1", source)
    copied: list[str] = []
    copy = shutil.copyfile

    def copy_then_prune(src: str, dst: str) -> None:
        # Another build prunes this entry after the first file is copied.
        if copied:
            kept.prune("pagefind", keep=0)
        copied.append(src)
        copy(src, dst)

    monkeypatch.setattr(kept.shutil, "copyfile", copy_then_prune)
    assert not kept.copy_kept_folder("pagefind", "k1", tmp_path / "copy")
    assert not (tmp_path / "copy").exists(), "no half copy left for the build to use"
    assert kept_names(kept_in) == set()
