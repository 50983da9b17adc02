"""The build outlives Material's end of life: ProperDocs builds the same site as MkDocs.

MkDocs 1.x is unmaintained and Material for MkDocs reaches its end of life on 5 May 2027.
ProperDocs (pinned in requirements-test.txt) is a maintained fork of MkDocs 1.6 that runs
the same ``mkdocs.yml``, hooks, theme and plugins. Its build must be the session's MkDocs
build, page by page and byte by byte, but for the generator tag that names the builder
(hooks/ARCHITECTURE.md, "Upgrading"). One extra build: the MkDocs site is the shared one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, build, last_commit_time

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
"""The one line allowed to differ: it names the builder and its version."""


def without_generator(page: bytes) -> bytes:
    return GENERATOR.sub(b'<meta name="generator" content="">', page)


def differences(ours: Path, theirs: Path) -> list[str]:
    """Every file only one site has, and every file whose bytes differ beyond the generator."""
    files = {p.relative_to(ours).as_posix() for p in ours.rglob("*") if p.is_file()}
    others = {p.relative_to(theirs).as_posix() for p in theirs.rglob("*") if p.is_file()}
    found = [f"only in the MkDocs site: {name}" for name in sorted(files - others)]
    found += [f"only in the ProperDocs site: {name}" for name in sorted(others - files)]
    for name in sorted(files & others):
        mine, other = (ours / name).read_bytes(), (theirs / name).read_bytes()
        if mine != other and without_generator(mine) != without_generator(other):
            found.append(f"differs: {name}")
    return found


@pytest.fixture(name="properdocs_site", scope="module")
def fixture_properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    # Dated as the session's MkDocs build is (the last commit's time): the comparison is also
    # make quick's check that two builds of one commit are identical (test_offline).
    result = build(ROOT, site, builder="properdocs",
                   env={"SOURCE_DATE_EPOCH": str(last_commit_time())})
    assert result.returncode == 0, result.stderr
    return site


def test_properdocs_builds_every_page_as_mkdocs_does(site: Path, properdocs_site: Path):
    assert differences(site, properdocs_site) == []


def test_the_generator_tag_names_each_builder(site: Path, properdocs_site: Path):
    home = "index.html"
    assert b'content="mkdocs-1.6.1, mkdocs-material-9.8.1"' in (site / home).read_bytes()
    assert b"ProperDocs 1.6.7" in (properdocs_site / home).read_bytes()


def test_the_comparison_sees_a_changed_byte(tmp_path: Path):
    # The checker checked: two made-up sites that differ in one byte besides the generator.
    for side, text in (("a", "<p>胡瀚</p>"), ("b", "<p>胡翰</p>")):
        page = tmp_path / side / "index.html"
        page.parent.mkdir()
        page.write_bytes(f'<meta name="generator" content="{side}">{text}'.encode())
    (tmp_path / "b" / "extra.css").write_text("")
    assert differences(tmp_path / "a", tmp_path / "b") == [
        "only in the ProperDocs site: extra.css", "differs: index.html"]
