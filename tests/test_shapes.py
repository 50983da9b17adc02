"""The shapes curators bring (tests/corpus/wild/: meeting-app exports, podcast pages, WeChat
articles, Big5, audience Q&A, auto-captions …) dropped into seeds/ beside the seed: the strict
build passes, and what the pages show of audience questions, closing remarks and the source's
own notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import AXE, DESKTOP
from corpus_score import WILD
from roundtable.transcript import load
from sitecheck import axe_violations, served_as_pages

SEED_FILES = ("2022-01-last-mile.txt", "2022-01-last-mile.yml", "topics.yml")


@pytest.fixture(name="shapes_site")
def fixture_shapes_site(panels_site: Path) -> Path:
    """The seed and every wild transcript, with their metadata files, built strictly (in one
    project with the other panels curators add: conftest.panels_site)."""
    return panels_site


def page(site: Path, transcript_path: Path, *parts: str) -> str:
    slug = load(transcript_path).slug
    return (site.joinpath(slug, *parts) / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_shape_builds_strictly_beside_the_seed(shapes_site: Path):
    assert (shapes_site / "2022-01-last-mile" / "index.html").is_file()
    for path in WILD:
        assert (shapes_site / load(path).slug / "transcript" / "index.html").is_file(), path


def test_the_hosts_closing_remark_ends_the_transcript_and_has_no_question_page(shapes_site):
    path = next(p for p in WILD if p.name.startswith("panel_audience_qa_fintech"))
    transcript = load(path)
    closing = transcript.closing[0]
    shown = page(shapes_site, path, "transcript")
    assert '<h2 id="closing">结束语' in shown and closing.text in text_of(shown)
    last_answer = transcript.questions[-1].answers[-1].paragraphs[-1]
    assert shown.index('id="closing"') > shown.index(f'id="{last_answer.id}"')
    assert not any(q.text == closing.text for q in transcript.questions)


def test_audience_questions_are_shown_as_the_audiences(shapes_site: Path):
    path = next(p for p in WILD if p.name.startswith("panel_audience_qa_fintech"))
    transcript = load(path)
    audience = [q for q in transcript.questions if q.audience]
    assert [q.asker for q in audience] == ["观众A", "观众（某券商科技部）", "现场观众"]
    for question in audience:
        shown = text_of(page(shapes_site, path, question.id))
        assert f"观众提问 · {question.asker}" in shown
    zoom = next(p for p in WILD if p.name.startswith("panel_audience_qa_zoom"))
    shown = text_of(page(shapes_site, zoom, "transcript"))
    assert "Kevin的iPad（观众）" in shown


def test_the_sources_own_note_on_how_it_was_made_is_shown_with_the_mode(shapes_site: Path):
    path = next(p for p in WILD if p.name.startswith("meeting_export_feishu"))
    shown = text_of(page(shapes_site, path, "transcript"))
    assert "原文注：（文字记录由飞书妙记自动生成，可能存在转写误差）" in shown


def test_the_pages_of_closing_remarks_and_audience_questions_pass_axe(shapes_site: Path,
                                                                      browser):
    """The transcript with a closing remark and the source's note, and an audience question's
    page, in both palettes: no WCAG 2.1 A/AA violation axe-core finds."""
    if not AXE.is_file():
        pytest.skip("axe-core is installed by `make test` (npm ci)")
    fintech = next(p for p in WILD if p.name.startswith("panel_audience_qa_fintech"))
    feishu = next(p for p in WILD if p.name.startswith("meeting_export_feishu"))
    audience = next(q for q in load(fintech).questions if q.audience)
    names = [f"{load(fintech).slug}/transcript/", f"{load(fintech).slug}/{audience.id}/",
             f"{load(feishu).slug}/transcript/"]
    with served_as_pages(shapes_site, "/roundtable-exhibit/") as base:
        found = []
        for scheme in ("light", "dark"):
            page = browser.new_page(viewport=DESKTOP, color_scheme=scheme)
            for name in names:
                found += axe_violations(page, base + name, AXE)
            page.close()
    assert found == []


def test_an_audience_question_on_the_transcript_has_the_cite_control_answers_have(shapes_site):
    path = next(p for p in WILD if p.name.startswith("panel_audience_qa_zoom"))
    transcript = load(path)
    audience = next(q for q in transcript.questions if q.audience)
    shown = page(shapes_site, path, "transcript")
    cited = re.search(rf'<p class="transcript-question__text" data-number="{audience.number}"'
                      r'[^>]*data-cite-lead="([^"]*)"', shown)
    assert cited and f"{audience.asker}的提问（全文实录 ¶ {audience.number}）" in cited.group(1)


def test_an_audience_question_on_its_own_page_is_cited_as_the_askers_question(shapes_site):
    path = next(p for p in WILD if p.name.startswith("panel_audience_qa_zoom"))
    transcript = load(path)
    audience = next(q for q in transcript.questions if q.audience)
    shown = page(shapes_site, path, audience.id)
    cited = re.search(r'<p class="question-asker"[^>]*data-cite-lead="([^"]*)"', shown)
    assert cited and cited.group(1).startswith(f"{audience.asker}的提问")
