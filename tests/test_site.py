"""The built exhibit: every page there, every link resolving, every paragraph shown."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXHIBIT, ROOT, SEED, UNDESCRIBED, build, copy_project
from sitecheck import broken_links, pagefind_records, read_page, read_site, resolve

NEWS_SNIPPETS = ("相关资讯", "摩尔线程", "OpenCV-MUSA", "Infini-Transformer", "克莱门特")


@pytest.fixture(name="pages", scope="module")
def fixture_pages(site: Path):
    return read_site(site)


def test_every_kind_of_page_exists(site: Path, model):
    expected = [
        "index.html",
        f"{EXHIBIT}/transcript/index.html",
        "speakers/index.html",
        "topics/index.html",
        "timeline/index.html",
        "about/index.html",
        "404.html",
    ]
    expected += [f"{EXHIBIT}/{q.id}/index.html" for q in model.questions]
    expected += [f"speakers/{s.id}/index.html" for s in model.speakers]
    expected += [
        f"topics/{t}/index.html"
        for t in (
            "clip",
            "dall-e",
            "glide",
            "beit",
            "moco",
            "moe",
            "flan",
            "t0",
            "copilot",
            "pathways",
            "swin-v2",
            "convnext",
            "bert",
            "gpt",
            "switch-transformer",
            "pangu",
            "wudao-2",
            "self-supervised-learning",
            "multimodal",
            "ai-for-science",
            "causal-inference",
        )
    ]
    missing = [path for path in expected if not (site / path).is_file()]
    assert not missing


def test_no_internal_link_or_anchor_is_broken(site: Path, pages):
    assert broken_links(site, pages) == []


def flat(text: str) -> str:
    """Text as a page shows it: runs of white space (no-break spaces too) fold into one."""
    return re.sub(r"\s+", " ", text)


def test_every_paragraph_appears_on_its_question_speaker_and_transcript_pages(pages, model):
    transcript = pages[f"{EXHIBIT}/transcript/index.html"]
    for question in model.questions:
        question_page = pages[f"{EXHIBIT}/{question.id}/index.html"]
        assert flat(question.text) in question_page.text
        assert flat(question.text) in transcript.text
        for answer in question.answers:
            speaker_page = pages[f"speakers/{answer.speaker}/index.html"]
            for paragraph in answer.paragraphs:
                for page in (question_page, speaker_page, transcript):
                    assert flat(paragraph.text) in page.text, f"{paragraph.id} not in {page.path}"
                    assert paragraph.id in page.ids
    for paragraph in model.intro:
        assert flat(paragraph.text) in transcript.text
        assert flat(paragraph.text) in pages["index.html"].text


def test_transcript_page_keeps_the_original_order(site: Path, model):
    html = (site / EXHIBIT / "transcript" / "index.html").read_text(encoding="utf-8")
    positions = [html.index(f'id="{p.id}"') for p in model.intro]
    for question in model.questions:
        positions.append(html.index(f'id="{question.id}"'))
        positions += [html.index(f'id="{p.id}"') for a in question.answers for p in a.paragraphs]
    assert positions == sorted(positions)


def test_the_related_news_block_appears_nowhere(site: Path):
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".xml", ".txt"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            leaked = [s for s in NEWS_SNIPPETS if s in text]
            assert not leaked, f"{path} shows {leaked}"
    # Nor in what search finds online (Pagefind's records are compressed files).
    for record in pagefind_records(site):
        text = record["meta"]["docs"] + record["content"].replace(" ", "")
        assert not [s for s in NEWS_SNIPPETS if s in text], record["url"]


def test_question_page_links_speakers_topics_and_neighbours(pages, model):
    second = model.questions[1]
    page = pages[f"{EXHIBIT}/{second.id}/index.html"]
    assert {"../../speakers/chen-yujun/", "../../speakers/chu-hang/"} <= set(page.links)
    assert (
        f"../{model.questions[0].id}/" in page.links
        and f"../{model.questions[2].id}/" in page.links
    )
    first = pages[f"{EXHIBIT}/{model.questions[0].id}/index.html"]
    assert {"../../topics/clip/", "../../topics/dall-e/", "../../topics/beit/"} <= set(first.links)


def test_question_tags_lead_to_the_topic_page_and_only_there(site: Path, pages):
    """Every tag link on every page opens its topic's page, the same one wherever it is;
    there is no tag index besides the topic pages."""
    html = (site / EXHIBIT / "most-impressive-2021" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../topics/clip/#tag:clip"' in html
    targets: dict[str, set[str]] = {}
    for name, page in pages.items():
        for href in page.links:
            if "#tag:" in href:
                target, fragment = resolve(site, name, href)
                targets.setdefault(fragment, set()).add(target)
    assert targets["tag:clip"] == {"topics/clip/index.html"}
    elsewhere = {tag: found for tag, found in targets.items()
                 if len(found) != 1 or not re.fullmatch(r"topics/[^/]+/index\.html", *found)}
    assert elsewhere == {}
    assert not [name for name in pages if name.startswith("tags/")], "a separate tag index"
    tags = json.loads((site / "tags.json").read_text(encoding="utf-8"))
    assert tags, "Material's tags export is written"


def test_speaker_page_groups_answers_by_question_and_links_back(pages, model):
    page = pages["speakers/hu-han/index.html"]
    answered = [q for q in model.questions if any(a.speaker == "hu-han" for a in q.answers)]
    for question in answered:
        assert f"../../{EXHIBIT}/{question.id}/" in page.links
    assert "微软亚洲研究院" in page.text and "Han Hu" in page.text
    assert f"../../{EXHIBIT}/transcript/#intro-6" in page.links, "who they are, from the intro"
    assert "视觉计算组的主任研究员胡瀚博士" in page.text
    assert "../../topics/swin-v2/" in page.links


def test_topic_page_links_to_every_passage_that_mentions_it(pages, model):
    mentions = [
        (q, p)
        for q in model.questions
        for a in q.answers
        for p in a.paragraphs
        if "clip" in p.topics
    ]
    page = pages["topics/clip/index.html"]
    for question, paragraph in mentions:
        assert f"../../{EXHIBIT}/{question.id}/#{paragraph.id}" in page.links
    assert "arXiv:2103.00020" in page.text and "编者注" in page.text
    assert {"../../speakers/hu-han/", "../../speakers/chu-hang/"} <= set(page.links)


def test_a_topic_named_only_in_the_intro_links_to_the_transcript(pages):
    page = pages["topics/pangu/index.html"]
    assert f"../../{EXHIBIT}/transcript/#intro-1" in page.links


def test_topic_index_lists_topics_by_category_with_counts(pages):
    page = pages["topics/index.html"]
    for category in ("模型与系统", "方法与概念", "领域与应用", "机构与产品"):
        assert category in page.text
    assert "clip/" in page.links and "#tag:" not in " ".join(page.links)


def test_home_presents_event_speakers_parts_and_questions(pages, model):
    home = pages["index.html"]
    for needed in ("2022 年 1 月", "机器之心", "胡瀚", "陈虞君", "楚航", "从第一问读起"):
        assert needed in home.text
    for question in model.questions:
        assert f"{EXHIBIT}/{question.id}/" in home.links
    assert f"data/{EXHIBIT}.json" in home.links


def test_site_language_is_chinese_and_no_external_fonts_or_scripts(site: Path):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in html
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        page = read_page(path)
        external = [
            u
            for u in page.links
            if u.startswith(("http:", "https:", "//")) and (u.endswith(".js") or u.endswith(".css"))
        ]
        assert not external, f"{path} loads {external}"


def test_published_json_is_the_parsers_model(site: Path):
    published = json.loads((site / "data" / f"{EXHIBIT}.json").read_text(encoding="utf-8"))
    command = subprocess.run(
        [sys.executable, str(ROOT / "hooks" / "transcript.py"), str(SEED)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(command.stdout) == published
    assert [len(s["questions"]) for s in published["sections"]] == [1, 4, 1]
    assert {"line": 15, "reason": "image placeholder"} in published["excluded"]


def test_cli_reports_bad_input_as_file_line_message(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("标题\n\n第一部分\n\n他认为,没有问题。\n", encoding="utf-8")
    command = subprocess.run(
        [sys.executable, str(ROOT / "hooks" / "transcript.py"), str(bad)],
        capture_output=True,
        text=True,
    )
    assert command.returncode == 1 and command.stdout == ""
    assert command.stderr.startswith(f"{bad}:3: no question or answer found")
    assert "Traceback" not in command.stderr


def test_bad_input_stops_the_build_with_file_line_and_no_traceback(tmp_path: Path):
    project = copy_project(tmp_path / "project", seeds={"panel.txt": "标题\n\n只有导语。\n"})
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "panel.txt:3: no question or answer found" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists(), "no half-built site"


def test_a_second_transcript_becomes_its_own_exhibit_without_code_changes(panels_site: Path):
    """A transcript without metadata (conftest.UNDESCRIBED_TEXT) dropped into seeds/ beside
    the others: the strict build passes (panels_site) and gives it pages of its own."""
    site = panels_site
    assert UNDESCRIBED == "2022-03-second.txt"
    first_question = site / EXHIBIT / "most-impressive-2021" / "index.html"
    assert first_question.is_file(), "the first exhibit keeps its URLs"
    assert (site / "2022-03-second" / "q1" / "index.html").is_file()
    assert (site / EXHIBIT / "index.html").is_file() and (
        site / "2022-03-second" / "index.html"
    ).is_file()
    series = read_page(site / "index.html")
    assert f"{EXHIBIT}/" in series.links and "2022-03-second/" in series.links
    hu = read_page(site / "speakers" / "hu-han" / "index.html")
    assert "Swin V2 只是开始" in hu.text and "../../2022-03-second/q1/" in hu.links
    assert (site / "speakers" / "wang-fang" / "index.html").is_file()
    about = read_page(site / "about" / "index.html")
    assert {f"../data/{EXHIBIT}.csv", "../data/2022-03-second.csv"} <= set(about.links)
    assert broken_links(site, read_site(site)) == []
