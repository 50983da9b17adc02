"""Hostile transcripts: whatever the text holds is shown as text, runs nothing, breaks nothing.

A transcript is untrusted input. The test below writes one whose title, intro, part headings,
question and answers hold HTML, script, Jinja, Markdown and a 200 000-character line, plus a
topic whose name and alias do the same, and builds the project from it with
``mkdocs build --strict``. Every hostile string must then appear literally, character for
character, wherever the exhibit shows that piece of text: page text, ``<title>``, navigation,
tag chips, the search index, the JSON and CSV data; and no page may run a script, open a
dialog or scroll sideways.
"""

from __future__ import annotations

import csv
import html
import html.parser
import io
import json
import re
from pathlib import Path

import markdown
import pytest
import yaml

from conftest import DESKTOP, PHONE, build, copy_project, serve_published
from roundtable.mentions import Mention
from roundtable.pages import pages, render
from sitecheck import broken_links, crawl_site, indexed_documents, read_site, site_pages

SCRIPT = '<script>alert("title")</script>'
IMG = "<img src=x onerror=alert(1)>"
JINJA = "{{ 7*7 }}"
JINJA_BLOCK = "{% if true %}yes{% endif %}"
MD_LINK = "[点我](javascript:alert(2))"
MD_HEADING = "# 不是标题"
MD_STRONG = "**不是粗体**"
MD_EM = "*不是斜体*"
MD_TABLE = "| 甲 | 乙 |"
MD_QUOTE = "> 不是引用"
MD_CODE = "`不是代码`"
LONG = "a" * 200_000

TITLE = f"标题 {SCRIPT} {JINJA} {MD_STRONG}"
INTRO = [
    f"{MD_HEADING} 导语开头是井号,{IMG} 与 {MD_LINK} 都是文字。",
    f"{MD_QUOTE} 导语里的 {JINJA_BLOCK} 和 {MD_TABLE} 以及 {MD_CODE} 也是文字。",
]
# Part headings are short lines without sentence punctuation.
PART_1 = f"第一部分 {IMG}"
PART_2 = f"{MD_TABLE} {MD_STRONG} {JINJA}"
QUESTION_1 = f"{IMG} {JINJA} 问题里的 {SCRIPT} 与 {MD_LINK} {MD_EM} 算不算文字？"
QUESTION_2 = f"{MD_CODE} {MD_QUOTE} 第二问？"
ANSWER_1 = f"首先是张伟博士的回答,他认为 {SCRIPT} 和 {IMG} 都只是文字,<斜体> 也是,{JINJA}。"
ANSWER_2 = f"{MD_HEADING} 他接着说 {MD_STRONG} {MD_EM} {MD_TABLE} {MD_QUOTE} {MD_CODE} {MD_LINK}。"
ANSWER_3 = f"随后,李娜博士谈到一个很长的词:{LONG}。"
ANSWER_4 = f"之后,李娜博士说 {JINJA_BLOCK} 不会执行,{{# 注释 #}} 也不会消失。"
COMMENT = "{# 注释 #}"
# A topic whose name and alias are hostile too (topics are editorial, but still text).
TOPIC_NAME = "<i>斜体</i> *星号*"
TOPIC_ALIAS = "<斜体>"

TRANSCRIPT = "\n\n".join(
    [TITLE, *INTRO, PART_1, QUESTION_1, ANSWER_1, ANSWER_2, ANSWER_3,
     PART_2, QUESTION_2, ANSWER_4]
) + "\n"
TOPICS = {
    "categories": [{"id": "method", "name": "方法 *与* <b>概念</b>", "en": "Methods"}],
    "topics": [
        {
            "id": "hostile",
            "name": TOPIC_NAME,
            "en": "Hostile `topic`",
            "category": "method",
            "aliases": [TOPIC_ALIAS],
            "summary": f"编者注 {SCRIPT} {JINJA}",
        }
    ],
}

# Each hostile piece, and where the exhibit must show it literally.
EVERYWHERE_IT_GOES = [SCRIPT, IMG, JINJA, JINJA_BLOCK, COMMENT, MD_LINK, MD_HEADING,
                      MD_STRONG, MD_EM, MD_TABLE, MD_QUOTE, MD_CODE]


@pytest.fixture(name="hostile_site", scope="module")
def fixture_hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(
        root / "project",
        seeds={
            "hostile.txt": TRANSCRIPT,
            "topics.yml": yaml.safe_dump(TOPICS, allow_unicode=True, sort_keys=False),
        },
    )
    site = root / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    # Strict mode fails on any warning; an error that still built would be logged like this.
    assert not re.search(r"^(WARNING|ERROR)\s+-", result.stderr, re.M), result.stderr
    return site


@pytest.fixture(name="data", scope="module")
def fixture_data(hostile_site: Path) -> dict:
    return json.loads((hostile_site / "data" / "hostile.json").read_text(encoding="utf-8"))


def page_text(site: Path, page: str) -> str:
    """The text a reader sees in a page's content (tags dropped, entities decoded)."""
    return visible_text((site / page).read_text(encoding="utf-8"))


def visible_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def question_page(data: dict, number: int) -> str:
    questions = [q for part in data["sections"] for q in part["questions"]]
    return f"hostile/{questions[number]['id']}/index.html"


# --- the model keeps every line, as written --------------------------------------------


def test_the_build_keeps_every_line_as_written(data):
    assert data["title"] == TITLE
    assert [p["text"] for p in data["intro"]] == INTRO
    assert [part["title"] for part in data["sections"]] == [PART_1, PART_2]
    questions = [q for part in data["sections"] for q in part["questions"]]
    assert [q["text"] for q in questions] == [QUESTION_1, QUESTION_2]
    answers = [p["text"] for q in questions for a in q["answers"] for p in a["paragraphs"]]
    assert answers == [ANSWER_1, ANSWER_2, ANSWER_3, ANSWER_4]


def test_every_link_and_anchor_of_the_hostile_site_resolves(hostile_site: Path):
    assert broken_links(hostile_site, read_site(hostile_site)) == []


def test_the_about_page_lists_this_exhibits_data_files_under_its_title(hostile_site: Path):
    about = (hostile_site / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="../data/hostile.json"' in about and 'href="../data/hostile.csv"' in about
    assert TITLE in visible_text(about)


def test_csv_holds_the_text_unchanged(hostile_site: Path):
    csv.field_size_limit(len(LONG) * 2)  # the 200 000-character paragraph is one field
    rows = list(csv.DictReader(io.StringIO(
        (hostile_site / "data" / "hostile.csv").read_text(encoding="utf-8"))))
    texts = [row["text"] for row in rows]
    for text in [*INTRO, QUESTION_1, ANSWER_1, ANSWER_2, ANSWER_3, ANSWER_4]:
        assert text in texts
    assert {row["part"] for row in rows} >= {PART_1, PART_2}


# --- pages show it as text -------------------------------------------------------------


def test_every_hostile_string_is_literal_text_on_the_transcript_page(hostile_site: Path):
    text = page_text(hostile_site, "hostile/transcript/index.html")
    for piece in [TITLE, *INTRO, PART_1, PART_2, QUESTION_1, QUESTION_2,
                  ANSWER_1, ANSWER_2, ANSWER_3, ANSWER_4]:
        assert piece in text, piece[:60]


def test_question_page_shows_question_answers_title_and_tags_literally(hostile_site: Path, data):
    page = (hostile_site / question_page(data, 0)).read_text(encoding="utf-8")
    text = visible_text(page)
    for piece in [QUESTION_1, ANSWER_1, ANSWER_2, ANSWER_3, PART_1]:
        assert piece in text, piece[:60]
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))
    assert title.startswith(render.short_title(QUESTION_1))
    chips = re.search(r'<ul class="topic-chips">(.*?)</ul>', page, re.S)
    assert chips and TOPIC_NAME in visible_text(chips.group(1))


def nav_text(page: str) -> str:
    """The text of the site navigation (Material's primary sidebar) in a page."""
    return visible_text(page.split("md-nav--primary", 1)[1].split('data-md-type="toc"', 1)[0])


def test_navigation_home_speaker_and_topic_pages_show_it_literally(hostile_site: Path, data):
    question = (hostile_site / question_page(data, 0)).read_text(encoding="utf-8")
    for piece in [PART_1, PART_2, render.short_title(QUESTION_1)]:
        assert piece in nav_text(question), piece
    topic = (hostile_site / "topics/hostile/index.html").read_text(encoding="utf-8")
    assert TOPIC_NAME in nav_text(topic)
    assert TOPICS["categories"][0]["name"] in nav_text(topic)
    assert TOPIC_NAME in visible_text(topic.split("md-content", 1)[1])
    assert TOPIC_NAME in html.unescape(re.search(r"<title>(.*?)</title>", topic, re.S).group(1))
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    home_text = visible_text(home)
    for piece in [TITLE, *INTRO, QUESTION_1, QUESTION_2]:
        assert piece in home_text, piece[:60]
    assert html.unescape(re.search(r"<title>(.*?)</title>", home, re.S).group(1)).startswith(TITLE)
    speaker = page_text(hostile_site, "speakers/zhang-wei/index.html")
    assert ANSWER_1 in speaker and ANSWER_2 in speaker


def test_the_footer_link_names_the_next_page_literally(hostile_site: Path, data):
    """What a screen reader announces for "next page" is the title as written."""
    elements = _Elements()
    elements.feed((hostile_site / "index.html").read_text(encoding="utf-8"))
    labels = [a["aria-label"] for tag, a in elements.tags
              if tag == "a" and "md-footer__link--next" in a.get("class", "")]
    assert labels == ["下一页：" + render.short_title(QUESTION_1)]


class _Elements(html.parser.HTMLParser):
    """Every start tag of a page with its attributes, and the text inside its scripts (JSON-LD,
    data that never runs, apart)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.json_ld: list[str] = []
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        data = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        self._in_script = (self.json_ld if data else self.scripts) if tag == "script" else None

    def handle_endtag(self, tag: str) -> None:
        self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script.append(data)


def test_no_markup_is_made_from_the_text(hostile_site: Path):
    """No script, image, handler, javascript: link or Markdown element comes from the text."""
    for path in hostile_site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        name = path.relative_to(hostile_site).as_posix()
        elements = _Elements()
        elements.feed(page)
        assert not any("alert(" in script for script in elements.scripts), name
        for data in elements.json_ld:  # the citation's data holds the text, as JSON, whole
            assert isinstance(json.loads(data), dict), name
        for tag, attrs in elements.tags:
            handlers = [a for a in attrs if a.startswith("on")]
            assert not handlers, f"{name}: <{tag} {handlers}> made from the text"
            assert not (tag == "img" and attrs.get("src") == "x"), name
            for attribute in ("href", "src", "action", "formaction"):
                assert not attrs.get(attribute, "").strip().lower().startswith("javascript:"), name
        assert "<i>斜体</i>" not in page and "<斜体>" not in page, name
        assert "49" not in visible_text(page).replace(LONG, ""), name
        for tag in ("strong", "em", "code", "h1", "h2", "h3", "blockquote", "td", "li"):
            for inner in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page, re.S):
                words = visible_text(inner)
                for made in ("不是粗体", "不是斜体", "不是代码", "不是标题", "不是引用"):
                    if words.strip().startswith(made):
                        pytest.fail(f"{name}: <{tag}> made from the text: {words[:60]}")


def test_search_index_holds_the_text_escaped_so_it_shows_literally(hostile_site: Path):
    docs = indexed_documents(hostile_site)
    raw = json.dumps(docs, ensure_ascii=False)
    assert SCRIPT not in raw and IMG not in raw and "<斜体>" not in raw
    shown = " ".join(visible_text(doc["title"] + " " + doc["text"]) for doc in docs)
    shown = shown.replace("\u200b", "")  # Chinese search: the index separates words so
    for piece in [TITLE, QUESTION_1, ANSWER_1, PART_1, TOPIC_NAME]:
        assert piece in shown, piece[:60]


# --- in a browser ----------------------------------------------------------------------


@pytest.fixture(name="hostile_url", scope="module")
def fixture_hostile_url(hostile_site: Path):
    """The hostile site served below its URL prefix, as published."""
    with serve_published(hostile_site) as url:
        yield url


def test_no_page_runs_the_text_breaks_or_scrolls_sideways(browser, hostile_site: Path,
                                                          hostile_url: str):
    """Every page opened once at phone width, then widened to a desktop's: no dialog, no
    script error, no failed request, never wider than the screen."""
    visited = crawl_site(browser, hostile_url, site_pages(hostile_site), [PHONE, DESKTOP])
    assert len(visited.visits) > 10
    for name, visit in visited.visits.items():
        for width, scrolled in visit.widths.items():
            assert scrolled - width <= 1, f"{name} is {scrolled - width}px too wide at {width}px"
    assert [d for visit in visited.visits.values() for d in visit.dialogs] == []
    assert visited.problems == [] and visited.outside == set()


# Every image of the page has loaded or failed: an onerror handler would have run by now.
IMAGES_SETTLED = "() => [...document.images].every(image => image.complete)"


def test_searching_the_text_shows_it_literally_and_runs_nothing(desktop, hostile_url: str):
    dialogs: list[str] = []
    desktop.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    desktop.goto(hostile_url)
    desktop.keyboard.press("/")
    desktop.keyboard.type("onerror")
    desktop.wait_for_selector(".md-search-result__item")
    shown = desktop.inner_text(".md-search-result").replace("\u200b", "")
    assert IMG in shown, "the markup shows as the text it is"
    assert desktop.evaluate("document.querySelectorAll('.md-search-result img').length") == 0
    desktop.wait_for_function(IMAGES_SETTLED)
    assert dialogs == []


# --- the escaping functions ------------------------------------------------------------

HOSTILE = [SCRIPT, IMG, JINJA, JINJA_BLOCK, COMMENT, MD_LINK, MD_HEADING, MD_STRONG, MD_EM,
           MD_TABLE, MD_QUOTE, MD_CODE, "a & b &amp; c", "\\*", "<!-- x -->", "&lt;", "'\""]


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_markdown_makes_a_heading_show_its_text(text: str):
    out = markdown.markdown("## " + render.escape_markdown(text) + " {: #x }",
                            extensions=["attr_list", "toc"])
    assert out.startswith('<h2 id="x">')
    assert visible_text(out) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_html_and_front_matter_keep_text_literal(text: str):
    assert html.unescape(str(render.escape_html(text))) == text
    assert "<" not in render.escape_html(text) and '"' not in render.escape_html(text)
    loaded = yaml.safe_load("title: " + render.front_matter_string(text))["title"]
    assert html.unescape(loaded) == text and "<" not in loaded


def test_linked_text_escapes_around_and_inside_a_mention():
    text = f"{SCRIPT}<斜体>{IMG}"
    start = text.index("<斜体>")
    out = str(render.linked_text(
        text, [Mention(start, start + 4, "t")], lambda _: ('x" onclick="y', "<t>")))
    assert "<script>" not in out and "<img" not in out and 'onclick="' not in out
    assert visible_text(out) == text


def test_quotes_and_clauses_escape_what_they_mark():
    clause = render.clause_around(f"{IMG} 张伟博士 {SCRIPT}", "张伟")
    assert "<img" not in clause and "<script>" not in clause
    assert visible_text(str(clause)) == f"{IMG} 张伟博士 {SCRIPT}"


def test_templates_do_not_evaluate_text_as_jinja():
    """Jinja sees transcript text only as data: rendering never re-reads it as a template."""
    env = pages._environment()
    out = env.from_string("{{ text }}|{{ text | markdown_literal }}").render(
        text=JINJA_BLOCK + JINJA + COMMENT)
    shown = visible_text(out).split("|")
    assert shown[0] == JINJA_BLOCK + JINJA + COMMENT
    assert "49" not in out
