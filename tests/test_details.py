"""Details a demanding reader trips on, read off the built site: the timeline's sources, the
header's repository link, the transcript filter's choices, per-passage citing on every page
that shows a passage."""

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
