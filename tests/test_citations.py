"""Attribution and citation: who wrote the text, and how a reader cites it.

The seed is 机器之心's report of a livestream, not the speakers' words: every page says so
before the first answer, every citation names 机器之心 as the text's author, and nothing
presents the report as a speaker's quotation. A verbatim transcript (dialogue) may be quoted.
Each exhibit has a source record whose unknown fields say 未知; citations never invent an
author, a date or an address. Every page carries Highwire ``citation_*`` tags and schema.org
JSON-LD for reference managers, a "引用本页" block (GB/T 7714, APA, Chicago, BibTeX, CSL-JSON)
and, in print, its URL and citation at the foot. Paragraphs are referred to by their number in
the transcript (¶ n), never by a line of the raw file.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from conftest import PHONE, ROOT, SEED, TEST_SITE_URL, build, copy_project, serve
from roundtable.citing import citations
from roundtable.citing.citations import NO_SITE_URL, Citer
from roundtable.site import build_site
from roundtable.transcript import load
from sitecheck import read_page, select_text

EXHIBIT = "2022-01-last-mile"
SITE_NAME = yaml.safe_load(
    "\n".join(line for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
              if line.startswith("site_name:"))
)["site_name"]
QUOTED = re.compile(r"[:：]\s*[“\"「]")
"""A name followed by a colon and an opening quotation mark: ``胡瀚：“…``."""

DIALOGUE = """\
对话体访谈实录

本期访谈的导语。

嘉宾：张伟（某大学）、赵敏（某公司）

上半场

主持人:请介绍一下你的工作

张伟:我做视觉,主要是 Transformer。

我也做一点语言。

赵敏博士:我做语音。

下半场

主持人：最后一个问题,怎么看大模型?

张伟:很有前途。
"""
DIALOGUE_META = """\
exhibit:
  slug: 2023-05-dialogue
  date: "2023-05"
  date_label: 2023 年 5 月
source:
  publisher: 示例出版社
  author: 李记者
  title: 对话体访谈实录
  published: "2023-05-06"
  url: https://news.example.org/dialogue
  recording_url: https://video.example.org/dialogue
  retrieved: "2023-06-01"
"""
DIALOGUE_SLUG = "2023-05-dialogue"


@pytest.fixture(name="model", scope="module")
def fixture_model():
    return load(SEED)


@pytest.fixture(name="citer", scope="module")
def fixture_citer(model) -> Citer:
    return Citer(build_site([model], site_url=TEST_SITE_URL, site_name=SITE_NAME))


@pytest.fixture(name="dialogue_seeds", scope="module")
def fixture_dialogue_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("dialogue-seeds")
    (seeds / "panel.txt").write_text(DIALOGUE, encoding="utf-8")
    (seeds / "panel.yml").write_text(DIALOGUE_META, encoding="utf-8")
    return seeds


@pytest.fixture(name="dialogue", scope="module")
def fixture_dialogue(dialogue_seeds: Path):
    return load(dialogue_seeds / "panel.txt")


def passages_of(transcript):
    """(question, speaker, paragraph, page) for every answer paragraph."""
    return [
        (question, transcript.speaker(answer.speaker), paragraph,
         f"{transcript.slug}/{question.id}.md")
        for _, question, answer, paragraph in transcript.passages()
    ]


# --- reported or verbatim, in the citation text --------------------------------------------


def test_a_reported_passage_is_cited_as_the_reports_account_never_as_a_quote(model, citer):
    """Each answer of the seed is cited as 机器之心's report of the speaker's view: the lead
    opens with 据机器之心报道, the reference's author is 机器之心, a quoted selection is
    introduced as the report's words, and no speaker is followed by a colon and a quote."""
    assert model.reported
    for question, speaker, paragraph, page in passages_of(model):
        cited = citer.passage(model, paragraph, page, question, speaker)
        assert cited.lead.startswith(f"据机器之心报道，{speaker.name}"), cited.lead
        assert f"全文实录 ¶ {paragraph.number}" in cited.lead
        assert cited.quote == f"机器之心的报道转述{speaker.name}的发言："
        assert cited.label == f"据机器之心报道 · {speaker.name}"
        for text in (cited.lead, cited.gbt, cited.apa, cited.chicago):
            assert not QUOTED.search(text.replace(cited.quote, "")), text
            assert paragraph.text[:12] not in text, "the report's text is not copied as a quote"
        assert cited.gbt.startswith("机器之心. ")
        assert cited.apa.startswith("机器之心. (n.d.).")
        assert cited.chicago.startswith("机器之心. ")


def test_a_verbatim_passage_may_be_quoted_as_the_speakers_words(dialogue):
    """In a verbatim record the speaker is quoted (``张伟：“…”``), the lead names the speaker
    first, and the reference's author is the record's author, not the speaker."""
    assert not dialogue.reported
    citer = Citer(build_site([dialogue], site_url=TEST_SITE_URL, site_name="访谈展"))
    question, speaker, paragraph, page = passages_of(dialogue)[0]
    cited = citer.passage(dialogue, paragraph, page, question, speaker)
    assert cited.quote == "张伟："
    assert cited.lead.startswith("张伟（某大学）于2023 年 5 月回答") and "据" not in cited.lead
    assert cited.label == "张伟"
    assert cited.gbt.startswith("李记者. 对话体访谈实录[EB/OL]//访谈展. (2023-05-06): ¶ ")


def test_question_pages_speaker_pages_and_the_transcript_say_which_mode_before_the_first_answer(
    site: Path,
):
    """The mode sentence comes before the first answer paragraph in the page's source, on
    every question page, every speaker page and the transcript."""
    pages = [site / EXHIBIT / "transcript" / "index.html"]
    pages += sorted((site / EXHIBIT).glob("*/index.html"))
    pages += sorted((site / "speakers").glob("*/index.html"))
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        first_answer = min(
            (text.find(marker) for marker in ('data-speaker="', 'class="speaker-passage"')
             if marker in text), default=-1)
        if first_answer < 0:
            continue
        note = text.find('class="mode-note mode-note--reported"')
        assert 0 <= note < first_answer, page
        assert "不是逐字稿" in text[note:first_answer]
        checked += 1
    assert checked >= 6 + 3 + 1


# --- what is known and what is not ---------------------------------------------------------


def test_unknown_fields_stay_unknown_in_every_form(model, citer):
    """The seed's record gives publisher and title only: no date, author or URL is invented.
    GB/T says 出版日期不详, APA n.d., Chicago n.d. with a blank access date; BibTeX, CSL-JSON
    and the meta tags carry no date; the reader's access date is a marked blank."""
    assert model.record.published == "" and model.record.url == ""
    page = citer.page(f"{EXHIBIT}/transcript.md", "全文实录")
    styles = {key: text for key, _, text in page.styles}
    assert "[出版日期不详]" in styles["gbt"] and citations.ACCESS_GBT in styles["gbt"]
    assert "(n.d.)" in styles["apa"]
    assert "n.d." in styles["chicago"] and citations.ACCESS_EN in styles["chicago"]
    without_urls = re.sub(r"https://\S+", "", styles["gbt"] + styles["apa"] + styles["chicago"])
    assert "2022" not in without_urls
    bib = citations.bibtex(page.work)
    assert "year" not in bib and "author = {{机器之心}}" in bib
    item = citations.csl(page.work)
    assert "issued" not in item and item["author"] == [{"literal": "机器之心"}]
    names = [name for name, _ in page.meta]
    assert "citation_publication_date" not in names
    assert ("citation_author", "机器之心") in page.meta


def test_known_fields_are_cited_as_the_record_gives_them(dialogue):
    """A full source record reaches every style: a personal author, the day of publication,
    the publisher, and the article's and recording's addresses in JSON-LD."""
    citer = Citer(build_site([dialogue], site_url=TEST_SITE_URL, site_name="访谈展"))
    page = citer.page(f"{DIALOGUE_SLUG}/transcript.md", "全文实录")
    styles = {key: text for key, _, text in page.styles}
    assert styles["gbt"].startswith("李记者. 对话体访谈实录[EB/OL]//访谈展. (2023-05-06)")
    assert styles["apa"].startswith("李记者. (2023, May 6). 对话体访谈实录.")
    assert "May 6, 2023" in styles["chicago"] and "Accessed" not in styles["chicago"]
    assert {"year = {2023}", "month = {5}"} <= set(
        line.strip().rstrip(",") for line in citations.bibtex(page.work).splitlines())
    assert citations.csl(page.work)["issued"] == {"date-parts": [[2023, 5, 6]]}
    assert ("citation_publication_date", "2023/05/06") in page.meta
    ld = json.loads(page.json_ld)
    assert ld["isBasedOn"]["url"] == "https://news.example.org/dialogue"
    assert ld["isBasedOn"]["author"] == {"@type": "Person", "name": "李记者"}
    assert ld["isBasedOn"]["associatedMedia"]["contentUrl"] == "https://video.example.org/dialogue"


def test_without_the_sites_address_citations_say_the_link_is_site_relative(model):
    """No site_url: no citation names a host; each says the address is not configured and
    gives the site-relative path. The offline build (.html files) cites directory URLs."""
    citer = Citer(build_site([model], site_url="", site_name=SITE_NAME))
    question, speaker, paragraph, page = passages_of(model)[0]
    cited = citer.passage(model, paragraph, page, question, speaker)
    for text in (cited.gbt, cited.apa, cited.chicago):
        assert "http" not in text
        assert f"{NO_SITE_URL}：{EXHIBIT}/{question.id}/#{paragraph.id}" in text
    page_cite = citer.page(f"{EXHIBIT}/{question.id}.md", "问题")
    assert "citation_public_url" not in dict(page_cite.meta)
    offline = Citer(build_site([model], directory_urls=False, site_url=TEST_SITE_URL))
    assert offline.passage(model, paragraph, page, question, speaker).gbt.endswith(
        f"{TEST_SITE_URL}{EXHIBIT}/{question.id}/#{paragraph.id}")


def test_a_build_without_site_url_warns_yet_passes(
    unaddressed_build: tuple[subprocess.CompletedProcess, Path],
):
    """mkdocs.yml has no placeholder address: without SITE_URL the build (`make build`, as a
    curator runs it) warns, still passes --strict, and its citations are site-relative."""
    result, site = unaddressed_build
    assert result.returncode == 0, result.stderr
    assert "site_url is not set" in result.stderr
    page = (site / EXHIBIT / "large-or-small" / "index.html").read_text(encoding="utf-8")
    assert NO_SITE_URL in page
    assert "example.github.io" not in page and "https://exhibit.test" not in page


def test_json_ld_cannot_close_its_script(tmp_path):
    """Text with ``</script>`` or ``<!--`` stays inside the JSON-LD script."""
    text = citations.script_json({"name": "</script><script>alert(1)</script><!--"})
    assert "<" not in text and json.loads(text)["name"].startswith("</script>")


# --- on every page of the built site -------------------------------------------------------


def meta_tags(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, content in re.findall(r'<meta name="([^"]+)" content="([^"]*)"', text):
        found.setdefault(name, []).append(html.unescape(content))
    return found


def json_lds(text: str) -> list[dict]:
    return [json.loads(block) for block in
            re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)]


def test_every_page_carries_citation_meta_tags_and_json_ld(site: Path):
    """Every page but the 404 page has citation_title, its public URL, the exhibit it is part
    of, and one JSON-LD WebPage that says the same; pages of the transcript's text name
    机器之心 as author and publisher."""
    pages = [p for p in sorted(site.rglob("*.html")) if p.name != "404.html"]
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        tags = meta_tags(text)
        assert tags.get("citation_title", [""])[0], page
        assert tags["DC.relation.ispartof"] == [SITE_NAME], page
        (url,) = tags["citation_public_url"]
        assert url.startswith(TEST_SITE_URL), page
        (ld,) = json_lds(text)
        assert ld["@context"] == "https://schema.org" and ld["@type"] == "WebPage"
        assert ld["url"] == url and ld["isPartOf"]["name"] == SITE_NAME, page
    question = (site / EXHIBIT / "large-or-small" / "index.html").read_text(encoding="utf-8")
    tags = meta_tags(question)
    assert tags["citation_author"] == ["机器之心"] and tags["citation_publisher"] == ["机器之心"]
    assert tags["citation_public_url"] == [f"{TEST_SITE_URL}{EXHIBIT}/large-or-small/"]
    ld = json_lds(question)[0]
    assert ld["isBasedOn"]["publisher"]["name"] == "机器之心"
    assert "url" not in ld["isBasedOn"] and "datePublished" not in ld["isBasedOn"]


def test_the_downloads_are_bibtex_and_csl_json_of_the_page(site: Path):
    """"引用本页" offers the page's BibTeX and CSL-JSON as files to save."""
    text = (site / EXHIBIT / "transcript" / "index.html").read_text(encoding="utf-8")
    links = dict((kind, unquote(html.unescape(href))) for href, kind in re.findall(
        r'<a href="(data:[^"]+)" download="[^"]+"[^>]*>([^<]+)</a>', text))
    bib = links["BibTeX"].split(",", 1)[1]
    assert bib.startswith("@misc{2022-01-last-mile-transcript,")
    assert f"url = {{{TEST_SITE_URL}{EXHIBIT}/transcript/}}" in bib
    assert bib.count("{") == bib.count("}")
    (item,) = json.loads(links["CSL-JSON"].split(",", 1)[1])
    assert item["type"] == "webpage" and item["author"] == [{"literal": "机器之心"}]
    assert item["container-title"] == SITE_NAME and "转述报道" in item["note"]


def test_pages_refer_to_paragraph_numbers_never_to_lines_of_the_file(site: Path, model):
    """No page says 第 n 行; the transcript shows every paragraph's ¶ number; question pages
    say which ¶ of the transcript they hold, linked."""
    for page in sorted(site.rglob("*.html")):
        assert not re.search(r"第 ?\d+ ?行", read_page(page).text), page
    transcript = read_page(site / EXHIBIT / "transcript" / "index.html").text
    numbers = [p.number for p in model.intro] + [q.number for q in model.questions] + [
        p.number for _, _, _, p in model.passages()]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    for number in numbers:
        assert f"¶ {number} " in transcript + " ", number
    question = model.questions[1]
    page = read_page(site / EXHIBIT / question.id / "index.html")
    assert f"全文实录 ¶ {question.number}–" in page.text
    assert f"../transcript/#{question.id}" in page.links


def test_the_exhibit_home_and_about_page_show_the_source_record(site: Path):
    """The source record lists publisher and title, and 未知 for what the metadata does not
    give (author, dates, URLs), with the mode of the text."""
    for path in ("index.html", "about/index.html"):
        text = read_page(site / path).text
        assert "来源记录" in text and "转述报道" in text, path
        record = text[text.index("来源记录"):]
        assert re.search(r"发布者 ?机器之心", record)
        for label in ("作者或记者", "发布日期", "原文网址", "录像或录音", "本展取得原文的日期"):
            assert re.search(f"{label} ?未知", record), (path, label)


# --- in the browser: copying, the style chosen, print --------------------------------------


def copied(page) -> str:
    page.wait_for_function("document.getElementById('cite-status')?.textContent.length > 0")
    text = page.evaluate("navigator.clipboard.readText()")
    page.evaluate("document.getElementById('cite-status').textContent = ''")
    return text


def test_copying_a_reported_passage_names_the_report_and_quotes_no_speaker(
    reader, base_url, model
):
    """On the transcript, a reported paragraph is labelled as the report's; "复制引用" names
    机器之心 and holds no quotation of the speaker; "引用所选" quotes the words as the
    report's."""
    question, speaker, paragraph, _ = passages_of(model)[0]
    reader.goto(f"{base_url}{EXHIBIT}/transcript/")
    passage = reader.locator(f"#{paragraph.id}")
    assert passage.locator(".passage__speaker").inner_text() == f"据机器之心报道 · {speaker.name}"
    assert passage.locator(".passage__link").inner_text() == f"¶ {paragraph.number}"
    passage.get_by_role("button", name="复制引用").click()
    text = copied(reader)
    assert "机器之心" in text and text.startswith("据机器之心报道")
    assert not QUOTED.search(text), text
    assert f"{speaker.name}：“" not in text and f"{speaker.name}:“" not in text
    words = select_text(reader, f"#{paragraph.id} .passage__zh", 2, 20)
    passage.get_by_role("button", name="引用所选").click()
    text = copied(reader)
    assert text.startswith(f"机器之心的报道转述{speaker.name}的发言：“{words}”")
    assert text.endswith(f"{TEST_SITE_URL}{EXHIBIT}/{question.id}/#{paragraph.id}")


def test_the_mode_sentence_is_seen_before_the_first_answer(reader, base_url):
    """On a question page the reader meets the mode sentence, visible, above the first
    answer paragraph."""
    reader.goto(f"{base_url}{EXHIBIT}/large-or-small/")
    note = reader.locator(".mode-note")
    assert note.is_visible() and "不是逐字稿" in note.inner_text()
    first = reader.locator(".passage[data-speaker]").first
    assert note.bounding_box()["y"] + note.bounding_box()["height"] <= first.bounding_box()["y"]


def test_the_style_chosen_in_cite_this_page_is_used_by_the_paragraphs(desktop, base_url, model):
    """Choosing APA in "引用本页" makes "复制引用" copy the APA reference with its in-text
    form (para. n); the choice holds on the next page."""
    desktop.context.grant_permissions(["clipboard-read", "clipboard-write"])
    question, _, paragraph, _ = passages_of(model)[0]
    desktop.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    desktop.locator(".cite-page summary").click()
    desktop.get_by_role("radio", name="APA").check()
    copied(desktop)
    desktop.locator(f"#{paragraph.id}").get_by_role("button", name="复制引用").click()
    text = copied(desktop)
    assert "机器之心. (n.d.)." in text and f"(机器之心, n.d., para. {paragraph.number})" in text
    desktop.goto(f"{base_url}{EXHIBIT}/transcript/")
    desktop.locator(".cite-page summary").click()
    assert desktop.get_by_role("radio", name="APA").is_checked()
    desktop.get_by_role("button", name="复制 GB/T 7714 格式的本页引用").click()
    assert copied(desktop).startswith("机器之心. Creator 面对面")


def test_print_adds_the_page_url_and_its_citation_at_the_foot(desktop, base_url, model):
    """Printed, a page ends with its URL and its GB/T citation, and each paragraph shows its
    ¶ number; the on-screen "引用本页" block is not printed."""
    question = model.questions[0]
    desktop.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    desktop.emulate_media(media="print")
    foot = desktop.locator(".print-cite")
    assert foot.is_visible() and not desktop.locator(".cite-page").is_visible()
    text = foot.inner_text()
    assert f"{TEST_SITE_URL}{EXHIBIT}/{question.id}/" in text and "机器之心. " in text
    number = desktop.locator(".passage[data-speaker]").first.evaluate(
        "el => getComputedStyle(el, '::before').content")
    assert number.startswith('"¶ ')


# --- a verbatim transcript -----------------------------------------------------------------


@pytest.fixture(name="dialogue_url", scope="module")
def fixture_dialogue_url(tmp_path_factory: pytest.TempPathFactory, dialogue_seeds: Path
                         ) -> Iterator[str]:
    """A one-panel exhibit of a verbatim dialogue, built and served."""
    root = tmp_path_factory.mktemp("dialogue")
    project = copy_project(root / "project", seeds={
        "panel.txt": DIALOGUE, "panel.yml": DIALOGUE_META,
        "topics.yml": (SEED.parent / "topics.yml").read_text(encoding="utf-8"),
    })
    result = build(project, root / "site")
    assert result.returncode == 0, result.stderr
    url, server = serve(root / "site")
    yield url
    server.shutdown()
    server.server_close()


def test_a_verbatim_transcript_is_quoted_as_the_speakers_words(reader, dialogue_url, dialogue):
    """A dialogue marked verbatim says so before the first answer, labels paragraphs with the
    speaker's name and quotes a selection as ``张伟：“…”``, citing its author and date."""
    question, speaker, paragraph, _ = passages_of(dialogue)[0]
    reader.goto(f"{dialogue_url}{DIALOGUE_SLUG}/transcript/")
    assert "逐字记录" in reader.locator(".mode-note").inner_text()
    passage = reader.locator(f"#{paragraph.id}")
    assert passage.locator(".passage__speaker").inner_text() == "张伟"
    words = select_text(reader, f"#{paragraph.id}", 0, 3)
    passage.get_by_role("button", name="引用所选").click()
    text = copied(reader)
    assert text.startswith(f"张伟：“{words}”")
    assert "李记者. 对话体访谈实录[EB/OL]" in text and "(2023-05-06)" in text
    reader.goto(dialogue_url)
    record = reader.locator(".source-record").inner_text()
    assert "逐字记录" in record and "2023 年 6 月 1 日" in record and "未知" not in record


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_citation_block_opened_passes_axe(browser, base_url, scheme):
    """Opened, "引用本页" (styles, copy buttons, style choice, downloads), with the mode note
    and the source record, has no WCAG 2.1 A/AA violation at phone width, in either palette."""
    from conftest import AXE
    from sitecheck import WCAG_TAGS

    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url)
    page.locator(".cite-page summary").click()
    page.get_by_role("radio", name="Chicago").wait_for()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """tags => axe.run({include: [['.cite-page'], ['.mode-note'], ['.source-record']]},
                           {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
        WCAG_TAGS,
    )
    context.close()
    problems = [f"{v['id']} at {n['target']}" for v in result["violations"] for n in v["nodes"]]
    assert problems == []
