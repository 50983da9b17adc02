"""What keeps the build quick changes nothing a reader gets.

The theme's navigation is rendered by our copy of Material's partials/nav.html, which renders
each pruned section (a top-level section the page is not in) once per link and reuses it
(material_internals.PrunedSections). A series built with it and built with Material's own
partial must be the same site, byte for byte, online and offline (``.html`` links). How much
quicker the build is, is a figure of ``make bench`` (tests/perf/bench.py), not a test.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build

sys.path.insert(0, str(ROOT / "tests" / "perf"))
from perfkit import synthetic_project  # noqa: E402

PANELS = 3


def html_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_reusing_pruned_navigation_sections_changes_no_page(tmp_path: Path, offline: bool):
    ours = synthetic_project(tmp_path / "ours", PANELS)
    materials = tmp_path / "materials"
    shutil.copytree(ours, materials)
    (materials / "overrides" / "partials" / "nav.html").unlink()
    env = {"OFFLINE": "true"} if offline else {}
    for project in (ours, materials):
        result = build(project, project / "site", env=env)
        assert result.returncode == 0, result.stderr
    built, expected = html_files(ours / "site"), html_files(materials / "site")
    assert len(built) > 8 * PANELS
    assert built.keys() == expected.keys()
    differing = [page for page in built if built[page] != expected[page]]
    assert not differing, f"{len(differing)} pages differ, e.g. {differing[:3]}"
    # The series' pages link to the other exhibits' sections, pruned: the reuse was exercised.
    transcript = "synthetic-002/transcript" + (".html" if offline else "/index.html")
    page = built[transcript].decode("utf-8")
    assert page.count("md-nav__item--pruned") >= PANELS - 1
