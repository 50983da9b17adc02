"""What keeps the build quick changes nothing a reader gets.

The theme's navigation is rendered by our copy of Material's partials/nav.html, which renders
each pruned section (a top-level section the page is not in) once per link and reuses it
(material_internals.PrunedSections). A series built with it and built with Material's own
partial must be the same site, byte for byte, online and offline (``.html`` links).

The passages of a generated page are set aside while MkDocs renders its Markdown and put back
into the HTML (roundtable/pages/raw_blocks.py): each page must render to the same HTML, with the
same anchors for MkDocs' link check, as its Markdown rendered whole.

How much quicker the build is, is a figure of ``make bench`` (tests/perf/bench.py), not a test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build
from exhibit import read_transcripts
from roundtable.pages.pages import generate
from roundtable.pages.raw_blocks import put_back, set_aside
from roundtable.site import build_site
from test_hostile import TOPICS as HOSTILE_TOPICS
from test_hostile import TRANSCRIPT as HOSTILE_TRANSCRIPT

PANELS = 3
"""The series of tests/series/ beside the seed: three exhibits."""


def html_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_reusing_pruned_navigation_sections_changes_no_page(
    tmp_path: Path, offline: bool, series_project: Path, series_site: Path,
):
    # The three-panel series (tests/series/); online, ours is the session's build of it.
    materials = tmp_path / "materials"
    shutil.copytree(series_project, materials)
    (materials / "overrides" / "partials" / "nav.html").unlink()
    env = {"OFFLINE": "true"} if offline else {}
    ours_site = series_site
    if offline:
        ours = shutil.copytree(series_project, tmp_path / "ours")
        ours_site = ours / "site"
        result = build(ours, ours_site, env=env)
        assert result.returncode == 0, result.stderr
    result = build(materials, materials / "site", env=env)
    assert result.returncode == 0, result.stderr
    built, expected = html_files(ours_site), html_files(materials / "site")
    assert len(built) > 8 * PANELS
    assert built.keys() == expected.keys()
    differing = [page for page in built if built[page] != expected[page]]
    assert not differing, f"{len(differing)} pages differ, e.g. {differing[:3]}"
    # The series' pages link to the other exhibits' sections, pruned: the reuse was exercised.
    transcript = "2022-03-multimodal/transcript" + (".html" if offline else "/index.html")
    page = built[transcript].decode("utf-8")
    assert page.count("md-nav__item--pruned") >= PANELS - 1


def rendered(markdown: str, path: str, config) -> tuple[str, set[str]]:  # type: ignore[no-untyped-def]
    """A page's HTML and anchors, as MkDocs renders its Markdown."""
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    file = File(path, src_dir=None, dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls)
    file.content_string = markdown
    page = Page(None, file, config)
    page.read_source(config)
    page.render(config, Files([file]))
    return page.content or "", set(page.present_anchor_ids or ())


def generated_pages(tmp_path: Path) -> dict[str, str]:
    """Every page of the seed with the test series, and of the hostile transcript."""
    series = tmp_path / "series"
    series.mkdir()
    for folder in (ROOT / "seeds", ROOT / "tests" / "series"):
        for path in folder.iterdir():
            shutil.copy(path, series / path.name)
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "hostile.txt").write_text(HOSTILE_TRANSCRIPT, encoding="utf-8")
    (hostile / "topics.yml").write_text(
        yaml.safe_dump(HOSTILE_TOPICS, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pages: dict[str, str] = {}
    for name, folder in (("series", series), ("hostile", hostile)):
        made, _ = generate(build_site(read_transcripts(folder)))
        pages.update({f"{name}:{path}": markdown for path, markdown in made.items()})
    return pages


def test_passages_set_aside_from_markdown_render_to_the_same_page(tmp_path: Path):
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    pages = generated_pages(tmp_path)
    set_aside_count = 0
    for key, markdown in pages.items():
        path = key.split(":", 1)[1]
        aside = set_aside(markdown)
        set_aside_count += len(aside.blocks)
        whole, anchors = rendered(markdown, path, config)
        content, found = rendered(aside.markdown, path, config)
        assert put_back(content, aside.blocks) == whole, key
        assert found | aside.ids == anchors, key
    assert set_aside_count > len(pages), "most pages quote passages"
