"""`make serve` (``mkdocs serve --dirty``): a curator's edit renders the pages it changed, not
the series, and what is served is what a fresh build of the same files makes, byte for byte.

The builds run as serve runs them (tests/serve_builds.py: one process, the configuration read
afresh each time); what each build rendered is counted, never timed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import warm_python
from conftest import TEST_SITE_URL
from serve_builds import serve_builds

AGENTS = "seeds/2022-05-agents.txt"
MULTIMODAL = "seeds/2022-03-multimodal.txt"
# 梁思远's answer to the agents panel's second question, and a sentence of 胡翰's answer to
# the multimodal panel's first.
AGENTS_ANSWER = "梁思远：第一是规划。"
AGENTS_EDITED = AGENTS_ANSWER + "补一句。"
MULTIMODAL_ANSWER = "首先是胡翰博士的回答，"
MULTIMODAL_EDITED = MULTIMODAL_ANSWER + "提到 Transformer，"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(name="served", scope="module")
def fixture_served(series_project: Path, tmp_path_factory: pytest.TempPathFactory
                   ) -> tuple[list[dict], Path]:
    """The three-panel series served, edited four times (the last two edits undoing the
    first two); served at the address the shared build of the series is made for, so that
    the end can be compared with it."""
    tmp = tmp_path_factory.mktemp("serve")
    project = tmp / "project"
    shutil.copytree(series_project, project)
    builds = serve_builds(project, tmp / "served", TEST_SITE_URL, [
        # A proofreader's edit to one answer.
        {"file": AGENTS, "old": AGENTS_ANSWER, "new": AGENTS_EDITED, "shows": "补一句"},
        # The same file saved again, unchanged.
        {"file": AGENTS, "old": AGENTS_EDITED, "new": AGENTS_EDITED},
        # Another panel's answer now names a topic the seed names too.
        {"file": MULTIMODAL, "old": MULTIMODAL_ANSWER, "new": MULTIMODAL_EDITED,
         "shows": "回答，提到"},
        # Both edits undone.
        {"file": MULTIMODAL, "old": MULTIMODAL_EDITED, "new": MULTIMODAL_ANSWER},
        {"file": AGENTS, "old": AGENTS_EDITED, "new": AGENTS_ANSWER},
    ])
    return builds, tmp / "served"


def test_the_first_build_renders_every_page(served):
    builds, _ = served
    assert len(builds[0]["rendered"]) == builds[0]["pages"] > 90
    assert builds[0]["parsed"] == 3


def test_an_edited_answer_renders_its_question_transcript_and_speaker_pages_only(served):
    builds, _ = served
    assert builds[1]["parsed"] == 1, "only the edited panel is read again"
    generated = builds[1]["generated"]
    assert "2022-05-agents/q2.md" in generated
    assert not [p for p in generated if p.startswith(("2022-01-last-mile/", "2022-03-multimodal/"))]
    assert sorted(builds[1]["rendered"]) == [
        "2022-05-agents/q2.md", "2022-05-agents/transcript.md", "speakers/liang-si-yuan.md",
    ]


def test_a_file_saved_unchanged_renders_nothing(served):
    builds, _ = served
    assert builds[2]["parsed"] == 0
    assert builds[2]["generated"] == []
    assert builds[2]["rendered"] == []


def test_a_new_mention_renders_the_topics_pages_but_no_other_panels(served):
    builds, _ = served
    rendered = builds[3]["rendered"]
    assert "2022-03-multimodal/q1.md" in rendered
    assert "topics/transformer.md" in rendered
    assert not [p for p in rendered if p.startswith(("2022-01-last-mile/", "2022-05-agents/"))]
    assert len(rendered) < builds[3]["pages"] / 4


def test_each_edit_is_served(served):
    builds, _ = served
    assert builds[1]["holding"] == ["2022-05-agents/q2/index.html",
                                    "2022-05-agents/transcript/index.html",
                                    "speakers/liang-si-yuan/index.html"]
    assert "2022-03-multimodal/q1/index.html" in builds[3]["holding"]


def test_the_served_site_is_a_fresh_builds_of_the_same_files_byte_for_byte(served, series_site):
    _, served_site = served
    served_files, fresh_files = tree(served_site), tree(series_site)
    assert sorted(served_files) == sorted(fresh_files)
    different = [path for path in fresh_files if served_files[path] != fresh_files[path]]
    assert different == []


def test_make_serve_shows_an_edit_with_its_warnings_and_a_build_stays_strict(tmp_path: Path):
    """An edit that makes a paragraph's translation stale is a warning: `make serve` serves the
    edit and prints it (not strict), `make build` and the tests' builds stop on it (strict)."""
    import os
    import subprocess

    root = Path(__file__).parent.parent
    dry_run = subprocess.run(["make", "-n", "serve"], cwd=root, capture_output=True, text=True,
                             check=True).stdout
    assert "STRICT=false" in next(line for line in dry_run.splitlines() if "mkdocs serve" in line)
    for value, strict in (("false", False), (None, True)):
        env = {k: v for k, v in os.environ.items() if k != "STRICT"}
        if value is not None:
            env["STRICT"] = value
        probe = ("from mkdocs.config import load_config; "
                 "print(load_config('mkdocs.yml').strict)")
        probed = warm_python.run(["-c", probe], cwd=root, env=env)
        assert probed.returncode == 0, probed.stderr
        shown = probed.stdout.split()[-1]
        assert shown == str(strict), (value, shown)



def test_an_edited_answer_generates_its_panels_data_only(served):
    builds, _ = served
    data = [path for path in builds[1]["generated"] if path.startswith("data/")]
    assert data == ["data/2022-05-agents.json", "data/2022-05-agents.csv"]
    assert not [path for path in builds[2]["generated"] if path.startswith("data/")]


@pytest.fixture(name="seven_panels", scope="module")
def fixture_seven_panels(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seed and six panels made from it (perfkit), generated with the serve memo, then
    again after the seed's first answer is edited: the memo, the site and its pages and
    data files after the edit."""
    sys.path.insert(0, str(Path(__file__).parent / "perf"))
    from perfkit import SEED, synthetic_metadata, synthetic_transcript

    from roundtable.incremental import ParseCache
    from roundtable.pages.page_memo import PageMemo
    from roundtable.pages.pages import generate
    from roundtable.site import build_site
    from roundtable.transcript import load, transcripts_in

    seeds = tmp_path_factory.mktemp("seven") / "seeds"
    shutil.copytree(SEED.parent, seeds)
    text, metadata = SEED.read_text(encoding="utf-8"), SEED.with_suffix(".yml").read_text(
        encoding="utf-8")
    for number in range(2, 8):  # hu-han answers 7 times a panel: 49 > SPEAKER_PASSAGES
        (seeds / f"synthetic-{number:03d}.txt").write_text(
            synthetic_transcript(text, number), encoding="utf-8")
        (seeds / f"synthetic-{number:03d}.yml").write_text(
            synthetic_metadata(metadata, number), encoding="utf-8")
    parses, memo = ParseCache(), PageMemo()

    def generated(previous=None):  # type: ignore[no-untyped-def]
        site = build_site(parses.load_series(transcripts_in(seeds)), previous=previous)
        return site, generate(site, memo)

    site, _ = generated()
    seed = seeds / SEED.name
    line = load(seed).questions[0].answers[0].paragraphs[0].line
    lines = text.split("\n")
    lines[line - 1] += "补一句。"
    seed.write_text("\n".join(lines), encoding="utf-8")
    site, (pages, data) = generated(site)
    return memo, site, pages, data


def test_a_speakers_pages_in_other_exhibits_are_kept_when_their_first_exhibit_is_edited(
        seven_panels):
    """A speaker in every panel has a page per exhibit; the speaker is the oldest panel's
    ``Speaker`` (``Site.speakers``), renewed when that panel is edited. Their pages in the
    other panels are kept all the same (keyed by who the speaker is), and every page the
    memo hands back is the page a build without it makes."""
    from roundtable.pages.pages import generate

    memo, site, pages, data = seven_panels
    speakers_elsewhere = [path for path in pages
                          if path.startswith("speakers/") and "/synthetic-" in path]
    assert speakers_elsewhere, "the seed's speakers have a page in each panel"
    assert not [path for path in memo.rendered if "synthetic-" in path]
    assert (pages, data) == generate(site)


def test_a_topic_page_listing_every_exhibit_renders_again_the_edited_exhibits_part_only(
        seven_panels):
    """A topic's page (or its year's) quotes each exhibit's mentions in a part of its own,
    kept by that exhibit's passages: an edit to one panel renders that panel's part of each
    page quoting it, and takes the other panels' parts from the build before."""
    memo, site, pages, _ = seven_panels
    seed = site.transcripts[0].slug
    parts = [name for name in memo.rendered if name.startswith("topics/") and "#in-" in name]
    assert parts, "the topics the seed mentions render its part again"
    assert {name.partition("#in-")[2] for name in parts} == {seed}
    shared = [path for path in pages if path.startswith("topics/")
              and f'{{: #in-{seed} }}' in pages[path] and "{: #in-synthetic-" in pages[path]]
    assert shared, "some topic page quotes the seed and other panels"
    assert {f"{path}#in-{seed}" for path in shared} <= set(parts)




def test_the_theme_is_listed_again_only_when_a_folder_of_it_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Under `make serve`, MkDocs' listing of the theme's files (Material's 14,500) is kept
    between builds (material_internals.keep_theme_listing): the files each build adds are
    those MkDocs lists afresh; a file added to a folder of the theme is listed again."""
    import jinja2
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files, get_files

    from conftest import copy_project
    from roundtable.material_internals import keep_theme_listing

    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    # Both restored after the test: the listing is kept for this test's builds only.
    monkeypatch.setattr(Files, "add_files_from_theme", Files.add_files_from_theme)
    listings: list[int] = []
    list_templates = jinja2.Environment.list_templates

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        listings.append(1)
        return list_templates(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "list_templates", counted)

    def theme_files() -> list[tuple[str, str | None, str]]:
        files = get_files(config)
        files.add_files_from_theme(config.theme.get_env(), config)
        return [(f.src_uri, f.abs_src_path, f.dest_uri) for f in files]

    afresh = theme_files()
    assert len(listings) == 1 and len(afresh) > 50
    keep_theme_listing()
    assert theme_files() == afresh
    assert theme_files() == afresh
    assert len(listings) == 2, "listed once more, then kept"
    (project / "overrides" / "partials" / "added.css").write_text("a {}", encoding="utf-8")
    with_added = theme_files()
    assert len(listings) == 3
    assert [f for f in with_added if f not in afresh] == [
        ("partials/added.css", str(project / "overrides" / "partials" / "added.css"),
         "partials/added.css")]
