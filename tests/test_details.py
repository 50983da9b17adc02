"""Details a demanding reader trips on, read off the built site: the timeline's sources, the
header's repository link, per-passage citing on every page that shows a passage."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import yaml

from conftest import ROOT


def _vocabulary() -> dict[str, dict]:
    data = yaml.safe_load((ROOT / "seeds" / "topics.yml").read_text(encoding="utf-8"))
    return {t["id"]: t for t in data["topics"]}


def test_timeline_links_each_works_source_as_its_topic_page_does(site: Path):
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li class="timeline__item">(.*?)</li>', timeline, re.S)
    referenced = [t for t in _vocabulary().values() if t.get("reference")]
    checked = 0
    for item in items:
        topic_id = re.search(r'href="[^"]*topics/([^/"]+)/"', item).group(1)
        reference = _vocabulary()[topic_id].get("reference")
        if not reference:
            continue
        topic_page = (site / "topics" / topic_id / "index.html").read_text(encoding="utf-8")
        link = f'href="{reference["url"]}"'
        assert link in topic_page, topic_id
        assert re.search(rf'<a class="timeline__ref" {re.escape(link)}[^>]*>'
                         rf'{re.escape(reference["label"])}</a>', unescape(item)), topic_id
        checked += 1
    assert checked and checked <= len(referenced)


def test_the_header_links_a_repository_only_when_given_its_real_address(site: Path):
    """REPO_URL names the repository; without it no page links one (never a placeholder)."""
    import os

    given = os.environ.get("REPO_URL", "")
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]*)"[^>]*class="md-source"', html)
        assert links == ([given] if given else []), page.relative_to(site)
        assert "github.com/example" not in html, page.relative_to(site)


# --- per-passage citing wherever a passage stands -------------------------------------------


def _leads(html: str) -> dict[str, str]:
    """data-cite-lead of each passage on a page that has an id, by id."""
    return {pid: unescape(lead) for pid, lead in re.findall(
        r'class="[^"]*\bpassage\b[^"]*" id="([^"]+)"[^>]*data-cite-lead="([^"]*)"', html)}


def test_speaker_and_topic_pages_cite_each_passage_as_its_own_page_does(site: Path, model):
    """A passage quoted on a speaker or topic page copies the lead of its question page."""
    on_question_pages: dict[str, str] = {}
    for question in model.questions:
        page = site / "2022-01-last-mile" / question.id / "index.html"
        on_question_pages |= _leads(page.read_text(encoding="utf-8"))
    quoted = 0
    for page in [*sorted((site / "speakers").glob("*/index.html")),
                 *sorted((site / "topics").glob("*/index.html"))]:
        html = page.read_text(encoding="utf-8")
        blocks = re.findall(r'<blockquote class="(?:speaker-passage|mention)[^"]*"[^>]*>', html)
        for block in blocks:
            lead = re.search(r'data-cite-lead="([^"]*)"', block)
            assert lead, f"{page.relative_to(site)}: a passage without a citation: {block[:120]}"
            number = re.search(r'data-number="(\d+)"', block).group(1)
            same = [v for v in on_question_pages.values() if f"¶ {number}）" in v]
            if same:
                assert unescape(lead.group(1)) == same[0], page.relative_to(site)
                quoted += 1
    assert quoted > 20


def test_each_passage_on_speaker_and_topic_pages_has_a_visible_copy_button(reader, base_url):
    """"复制引用" beside every quoted passage, shown without hovering on desktop as on touch,
    copying the passage's lead and reference."""
    for path in ("speakers/hu-han/", "topics/clip/"):
        reader.goto(base_url + path)
        reader.wait_for_selector(".md-content blockquote.passage .passage__cite")
        shown = reader.eval_on_selector_all(
            ".md-content blockquote.passage",
            """quotes => quotes.map(q => {
                 const b = q.querySelector('.passage__cite');
                 const style = b && getComputedStyle(b);
                 return !!b && style.opacity === '1' && style.visibility === 'visible'
                        && b.getBoundingClientRect().width >= 24; })""")
        assert shown and all(shown), (path, shown)
        first = reader.locator(".md-content blockquote.passage").first
        lead = first.get_attribute("data-cite-lead")
        first.get_by_role("button", name="复制引用").click()
        reader.wait_for_function(
            "document.getElementById('cite-status')?.textContent.length > 0")
        copied = reader.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(lead + "\n") and "https://" in copied, path
        reader.evaluate("document.getElementById('cite-status').textContent = ''")
