"""`make quick`'s two worker processes share the session's builds (tests/shared_builds.py):
whichever worker asks first builds, the other reads what it built; a build that failed is
tried again by the next to ask. The Makefile runs the fast tier that way."""

from __future__ import annotations

from pathlib import Path

import pytest

import shared_builds
from conftest import ROOT
from shared_builds import built_once, made_by_worker


class Worker:
    """What :func:`built_once` reads of a worker's ``tmp_path_factory``: its base folder, which
    pytest-xdist puts at <run's base>/<worker id>."""

    def __init__(self, run: Path, name: str) -> None:
        self.base = run / name
        self.base.mkdir(parents=True, exist_ok=True)

    def getbasetemp(self) -> Path:
        return self.base


def test_the_second_worker_reads_the_build_the_first_made(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(shared_builds, "WORKER", "gw0")
    monkeypatch.setattr(shared_builds, "MADE", [])
    calls: list[Path] = []

    def make(folder: Path) -> tuple[Path, str]:
        calls.append(folder)
        (folder / "index.html").write_text("built", encoding="utf-8")
        return folder / "index.html", "the build's output"

    first = built_once(Worker(tmp_path, "gw0"), "site", make)
    second = built_once(Worker(tmp_path, "gw1"), "site", make)
    assert len(calls) == 1 and calls[0].is_relative_to(tmp_path)
    assert first == second and second[0].read_text(encoding="utf-8") == "built"
    assert shared_builds.MADE == ["site"]
    # Another build of the run is made on its own, in a folder of its own.
    other = built_once(Worker(tmp_path, "gw1"), "series", make)
    assert len(calls) == 2 and other[0].parent != first[0].parent


def test_a_failed_build_is_tried_again_in_an_empty_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(shared_builds, "WORKER", "gw0")
    monkeypatch.setattr(shared_builds, "MADE", [])

    def failing(folder: Path) -> Path:
        (folder / "half").write_text("", encoding="utf-8")
        raise AssertionError("strict build failed")

    with pytest.raises(AssertionError, match="strict build failed"):
        built_once(Worker(tmp_path, "gw0"), "site", failing)
    found = built_once(Worker(tmp_path, "gw1"), "site", lambda folder: sorted(folder.iterdir()))
    assert found == [] and shared_builds.MADE == ["site"]


def test_the_summary_names_a_build_made_twice():
    assert made_by_worker({"gw0": ["build"], "gw1": ["series"]}) == (
        "session builds made: gw0: build; gw1: series")
    assert made_by_worker({"gw0": ["build"], "gw1": ["build"]}).endswith(
        "(made more than once: build)")


def test_make_quick_runs_two_workers_keeping_each_modules_tests_together():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nquick:", 1)[1].split("\n\n", 1)[0]
    assert "-n $(QUICK_WORKERS) --dist loadfile" in recipe
    assert "\nQUICK_WORKERS ?= 2\n" in makefile
    requirements = (ROOT / "requirements-test.txt").read_text(encoding="utf-8")
    assert "\npytest-xdist==" in requirements
