"""Calm pages: a topic is linked at its first mention in a paragraph and never in a heading or a
question title; the links are quiet until pointed at; their tooltips read at nearly the body's
size; editorial English takes one line per block; one organisation is one topic whatever it
was called; and the stylesheets say each thing once.
"""

from __future__ import annotations

import collections
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import DESKTOP, PHONE, ROOT, SEED
from roundtable.transcript import load

EXHIBIT = "2022-01-last-mile"
STYLESHEETS = sorted((ROOT / "docs" / "assets").glob("*.css"))


@pytest.fixture(name="model", scope="module")
def fixture_model():
    return load(SEED)


class _Links(HTMLParser):
    """Topic links found inside headings and question titles."""

    TITLES = {"h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.misplaced: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in self.TITLES or "transcript-question__text" in classes:
            self.open.append(tag)
        elif tag == "a" and "topic-link" in classes and self.open:
            self.misplaced.append(f"{self.open[-1]} > {dict(attrs).get('href')}")

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()


# --- links ------------------------------------------------------------------------------------


def test_no_topic_is_linked_inside_a_heading_or_a_question_title(site: Path):
    misplaced = []
    for page in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        misplaced += [f"{page.relative_to(site)}: {m}" for m in parser.misplaced]
    assert misplaced == []


def test_question_pages_title_the_question_as_written(site: Path, model):
    for question in model.questions:
        html = (site / EXHIBIT / question.id / "index.html").read_text(encoding="utf-8")
        title = re.search(r'<h1 id="[^"]+" class="question-title">(.*?)</h1>', html, re.S)
        assert title and "<a" not in title.group(1), question.id


def test_a_topic_is_linked_at_its_first_mention_in_each_paragraph_only(site: Path, model):
    """The paragraph naming 18 topics links each once: at its first mention, not again."""
    html = (site / EXHIBIT / "most-impressive-2021" / "index.html").read_text(encoding="utf-8")
    paragraph = next(p for _, _, _, p in model.passages() if len(p.topics) >= 18)
    # The Chinese of the passage (its English, beside it, links nothing).
    passage = re.search(rf'<p class="passage[^"]*" id="{paragraph.id}"[^>]*>(.*?)</p>', html, re.S)
    body = re.search(r'<span class="passage__zh">(.*?)</span>(?=<span class="passage__en|$)',
                     passage.group(1), re.S)
    links = re.findall(r'<a class="topic-link" href="[^"]*/topics/([^/"]+)/"[^>]*>([^<]*)</a>',
                       body.group(1))
    assert [topic for topic, _ in links] == list(paragraph.topics)
    text = re.sub(r"<[^>]+>", "", body.group(1))
    for _topic, shown in links:
        assert text.count(shown) >= 1
    # CLIP and DALL·E come back later in the paragraph, as plain text.
    assert text.count("CLIP") == 2 and [t for t, _ in links].count("clip") == 1


@pytest.mark.browser
def test_topic_links_keep_the_text_colour_over_a_dotted_line_until_pointed_at(desktop,
                                                                             base_url):
    desktop.goto(f"{base_url}{EXHIBIT}/most-impressive-2021/")
    style = """a => { const s = getComputedStyle(a), p = getComputedStyle(a.closest('p'));
                      return [s.color, p.color, s.textDecorationLine, s.textDecorationStyle]; }"""
    link = desktop.locator("p.passage a.topic-link").first
    colour, text_colour, line, dots = link.evaluate(style)
    assert colour == text_colour, "a topic link reads as the text around it"
    assert (line, dots) == ("underline", "dotted"), "yet it is marked, and not by colour alone"
    link.hover()
    desktop.wait_for_function(
        "a => getComputedStyle(a).textDecorationStyle === 'solid'", arg=link.element_handle())
    assert link.evaluate(style)[0] != text_colour


@pytest.mark.browser
def test_a_topic_tooltip_reads_at_nearly_the_body_size(desktop, base_url):
    desktop.goto(f"{base_url}{EXHIBIT}/large-or-small/")
    body = desktop.locator("p.passage").first.evaluate(
        "p => parseFloat(getComputedStyle(p).fontSize)")
    desktop.locator("p.passage a.topic-link").first.hover()
    tooltip = desktop.locator(".md-tooltip2--active .md-tooltip2__inner")
    tooltip.wait_for(state="visible")
    size, weight = tooltip.evaluate(
        "t => [parseFloat(getComputedStyle(t).fontSize), getComputedStyle(t).fontWeight]")
    assert size >= 0.9 * body, f"tooltip {size}px against body {body}px"
    assert int(weight) < 700


# --- English labels ---------------------------------------------------------------------------

CUT_LABELS = """es => es.map(e => {
  // A label is cut when a box that hides its overflow (its own or an ancestor's) is narrower
  // or shorter than the text laid out in it (an ellipsis hides the rest).
  const range = document.createRange()
  range.selectNodeContents(e)
  const lines = [...range.getClientRects()]
  for (let box = e; box && !box.matches('.md-content'); box = box.parentElement) {
    const style = getComputedStyle(box)
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
    const edge = box.getBoundingClientRect()
    if (lines.some(r => r.right > edge.right + 1 || r.left < edge.left - 1
                        || r.bottom > edge.bottom + 1))
      return e.textContent.trim()
  }
  return null
}).filter(Boolean)"""


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", [
    "", f"{EXHIBIT}/large-or-small/", "speakers/hu-han/", "topics/", "topics/moe/", "timeline/",
])
def test_editorial_english_is_shown_whole(browser, base_url, path, viewport):
    # Creator Face-to-Face: the last…, Visual Computing Group, Microsoft Research…: a phone
    # has no hover to reveal a cut label, and a title holding a generic note is no help.
    context = browser.new_context(viewport=viewport, is_mobile=viewport is PHONE,
                                  has_touch=viewport is PHONE)
    page = context.new_page()
    try:
        page.goto(base_url + path)
        labels = page.locator(".md-content .en-label")
        assert labels.count() > 0
        assert labels.evaluate_all(CUT_LABELS) == []
    finally:
        context.close()


# --- one organisation, one topic --------------------------------------------------------------


def test_meta_and_facebook_are_one_topic_with_both_names(site: Path, model):
    vocabulary = yaml.safe_load((ROOT / "seeds" / "topics.yml").read_text(encoding="utf-8"))
    claims = [t["id"] for t in vocabulary["topics"]
              if {"Meta", "Facebook"} & set(t.get("aliases", []))]
    assert claims == ["meta"]
    assert not (site / "topics" / "facebook").exists()
    meta = (site / "topics" / "meta" / "index.html").read_text(encoding="utf-8")
    assert "Facebook" in meta
    said_facebook = [p for _, _, _, p in model.passages() if "Facebook" in p.text]
    assert said_facebook and all("meta" in p.topics for p in said_facebook)


# --- the stylesheets --------------------------------------------------------------------------


def _declarations(css: str) -> list[tuple[str, str, str]]:
    """(at-rule context, selector, property) of every declaration, comments dropped."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found, stack, buffer = [], [], ""
    for char in css:
        if char == "{":
            stack.append(" ".join(buffer.split()))
            buffer = ""
        elif char == "}":
            selectors = stack.pop()
            if not selectors.startswith("@"):
                properties = {d.split(":", 1)[0].strip() for d in buffer.split(";") if ":" in d}
                for selector in re.split(r",(?![^(]*\))", selectors):
                    for prop in properties:
                        found.append((" ".join(stack), " ".join(selector.split()), prop))
            buffer = ""
        else:
            buffer += char
    return found


def test_no_stylesheet_rule_sets_what_another_rule_already_set():
    """A selector sets each property once per media context across the exhibit's stylesheets:
    no rule quietly overriding an earlier one (.hindsight, .passage:target and mark were)."""
    seen = collections.defaultdict(list)
    for sheet in STYLESHEETS:
        for declaration in _declarations(sheet.read_text(encoding="utf-8")):
            seen[declaration].append(sheet.name)
    assert len(seen) > 300, "the stylesheets were read"
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_the_duplicate_finder_finds_a_duplicate():
    css = (".a { color: red } @media print { .a { color: blue } } .b, .a { color: green }"
           " :is(.c, .d) .e { color: red }")
    counts = collections.Counter(_declarations(css))
    assert counts[("", ".a", "color")] == 2 and counts[("@media print", ".a", "color")] == 1
    assert counts[("", ":is(.c, .d) .e", "color")] == 1
