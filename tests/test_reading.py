"""Reading the exhibit in a browser: following topics, the panel at a glance, any screen.

Each test drives Debian's Chromium through Playwright over the built site, at phone
(390 px) or desktop width, in light or dark, on screen or in print.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import DESKTOP, EXHIBIT, PHONE, ROOT

PANEL_MONTH = "2022-01"


@pytest.fixture(name="vocabulary", scope="module")
def fixture_vocabulary(model):
    return {t.id: t for t in model.topics}


def topic_id(href: str) -> str:
    """The topic a link leads to, from its (absolute) href."""
    found = re.search(r"/topics/([^/#]+)/$", href)
    assert found, f"{href} is not a topic page"
    return found.group(1)


# ---------------------------------------------------------------- follow a topic

PASSAGE_PAGES = [
    f"{EXHIBIT}/large-or-small/",
    f"{EXHIBIT}/general-vs-specialised/",
    "speakers/hu-han/",
    f"{EXHIBIT}/transcript/",
]


@pytest.mark.parametrize("path", PASSAGE_PAGES)
def test_each_topic_is_linked_once_per_paragraph_with_its_summary(desktop, base_url, path,
                                                                  model, vocabulary):
    """First mention per paragraph links to the topic page, its title the one-line summary."""
    desktop.goto(base_url + path)
    paragraphs = desktop.eval_on_selector_all(
        ".md-content p.passage, .md-content .speaker-passage > p, .transcript-question__text",
        """ps => ps.map(p => ({
            text: p.textContent,
            links: [...p.querySelectorAll('a.topic-link')].map(a => ({
                href: a.href, title: a.getAttribute('title'),
                nested: !!a.parentElement.closest('a, code, pre')}))}))""",
    )
    texts = {p.text: p.topics for q in model.questions for a in q.answers for p in a.paragraphs}
    assert paragraphs
    checked = 0
    for paragraph in paragraphs:
        linked = [topic_id(link["href"]) for link in paragraph["links"]]
        assert len(linked) == len(set(linked)), f"a topic linked twice in one paragraph: {linked}"
        for link in paragraph["links"]:
            assert link["title"] == vocabulary[topic_id(link["href"])].summary
            assert not link["nested"], "a topic link inside another link or code"
        source = next((text for text in texts if text in paragraph["text"]), None)
        if source is not None:
            assert set(linked) == set(texts[source]), paragraph["text"][:40]
            checked += 1
    assert checked, "answer paragraphs were found and compared with the model"


def test_chinese_terms_get_links_where_word_boundaries_would_miss_them(desktop, base_url):
    """自监督学习 sits between Chinese characters, where a \\b-based matcher finds nothing."""
    desktop.goto(f"{base_url}{EXHIBIT}/transcript/")
    links = desktop.locator("p.passage a.topic-link[href$='/topics/self-supervised-learning/']")
    around = "a => [a.previousSibling?.textContent.slice(-1), a.nextSibling?.textContent[0]]"
    neighbours = [link.evaluate(around) for link in links.all()]
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert any(cjk.match(before or "") and cjk.match(after or "") for before, after in neighbours)


def test_hovering_a_topic_link_shows_its_summary_and_clicking_opens_the_topic(
    desktop, base_url, vocabulary
):
    desktop.goto(f"{base_url}{EXHIBIT}/large-or-small/")
    link = desktop.locator("p.passage a.topic-link", has_text="大模型").first
    link.hover()
    tooltip = desktop.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert vocabulary["large-model"].summary in tooltip.inner_text()
    link.click()
    desktop.wait_for_url("**/topics/large-model/")
    assert desktop.locator("h1").inner_text() == "大模型"


def test_topic_page_quotes_the_sentence_marks_the_term_and_opens_the_exact_paragraph(
    desktop, base_url, vocabulary
):
    desktop.goto(base_url + "topics/self-supervised-learning/")
    quote = desktop.locator("blockquote.mention").first
    marked = quote.locator("mark").first.inner_text()
    assert marked in vocabulary["self-supervised-learning"].aliases
    sentence = quote.locator("p").first.inner_text()
    assert len(re.findall(r"[。！？!?]", sentence[:-1])) == 0, "one sentence, not the paragraph"
    quote.get_by_role("link", name="阅读原段").click()
    desktop.wait_for_load_state()
    anchor = desktop.evaluate("location.hash.slice(1)")
    target = desktop.locator(f"[id='{anchor}']")
    assert target.evaluate("e => e.matches(':target')")
    assert sentence in target.inner_text(), "the quote comes from the paragraph it opens"
    assert target.evaluate("e => e.getBoundingClientRect().top") < DESKTOP["height"]


def test_topic_page_keeps_the_panels_time_apart_from_hindsight(phone, base_url):
    """The January 2022 description and the later 'since then' note look and say different."""
    phone.goto(base_url + "topics/swin-v2/")
    then = phone.locator(".topic-then")
    since = phone.locator(".hindsight")
    assert "2022 年 1 月" in then.inner_text() and "As of January 2022" in then.inner_text()
    title = since.locator(".hindsight__title").inner_text()
    assert "此后" in title and "Since then (editorial)" in title
    for time in since.locator("li time").all():
        assert re.fullmatch(r"\d{4}(-\d{2})?", time.get_attribute("datetime"))
    style = """e => { const s = getComputedStyle(e);
                      return [s.borderTopStyle, s.borderTopWidth, s.backgroundColor] }"""
    then_style, since_style = then.evaluate(style), since.evaluate(style)
    assert since_style[0] != "none" and since_style[1] != "0px", "hindsight has its own frame"
    assert since_style[2] not in ("rgba(0, 0, 0, 0)", then_style[2]), "and its own background"
    assert then_style != since_style
    assert then.evaluate("e => e.compareDocumentPosition(document.querySelector('.hindsight'))") & 4
    phone.goto(base_url + "topics/large-model/")
    assert phone.locator(".hindsight").count() == 0, "no hindsight where nothing is noted"


def test_every_since_note_is_dated_after_the_panel_and_checkable():
    """Hindsight is public and checkable: dated after the panel, naming a paper or venue."""
    topics = yaml.safe_load((ROOT / "seeds" / "topics.yml").read_text(encoding="utf-8"))["topics"]
    notes = [(t["id"], n) for t in topics for n in t.get("since", [])]
    assert notes
    for topic, note in notes:
        assert re.fullmatch(r"\d{4}-\d{2}", str(note["date"])), topic
        assert str(note["date"]) > PANEL_MONTH, f"{topic}: hindsight predates the panel"
        checkable = re.search(r"arXiv:\d{4}\.\d{4,5}|CVPR|ICLR|ICML|NeurIPS|ECCV|发布|开放",
                              note["text"])
        assert checkable, f"{topic}: {note['text']}"


# ---------------------------------------------------------------- the panel at a glance

def test_home_grid_shows_who_answered_what_and_each_cell_opens_that_answer(
    phone, base_url, model
):
    phone.goto(base_url)
    grid = phone.locator("#who-answered table")
    speakers = [s.name for s in model.speakers]
    header = grid.locator("thead th").all_inner_texts()
    assert [h.split("\n")[0] for h in header[1:]] == speakers
    rows = grid.locator("tbody tr")
    assert rows.count() == len(model.questions)
    targets = []
    for question, row in zip(model.questions, rows.all(), strict=True):
        cells = row.locator("td")
        for speaker, cell in zip(model.speakers, cells.all(), strict=True):
            spoken = sum(len(a.paragraphs) for a in question.answers if a.speaker == speaker.id)
            links = cell.locator("a")
            if not spoken:
                assert links.count() == 0
                continue
            assert links.count() == 1 and str(spoken) in links.inner_text()
            targets.append((links.evaluate("a => a.href"), speaker, question))
    box = grid.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Each question page opened once, for every cell leading there.
    for page_url in dict.fromkeys(href.split("#")[0] for href, _, _ in targets):
        phone.goto(page_url)
        for href, speaker, question in targets:
            if href.split("#")[0] != page_url:
                continue
            heading = phone.locator(f"[id='{href.split('#')[1]}']")
            assert heading.evaluate("e => e.tagName") == "H2"
            assert heading.inner_text().startswith(speaker.name), (href, question.id)
            assert f"/{question.id}/" in phone.url


GAP_BEFORE_UNIT = """a => {
  // How far 段 stands from the number before it, in ems: the site writes 2 项, 1 段.
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT)
  const glyphs = []
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (let i = 0; i < n.length; i++)
      if (n.data[i].trim()) glyphs.push([n, i])
  const box = ([node, i]) => {
    const range = document.createRange()
    range.setStart(node, i)
    range.setEnd(node, i + 1)
    return range.getBoundingClientRect()
  }
  const unit = glyphs.findIndex(([n, i]) => n.data[i] === '段')
  return [a.textContent, (box(glyphs[unit]).left - box(glyphs[unit - 1]).right)
          / parseFloat(getComputedStyle(a).fontSize)]
}"""


def test_the_grid_writes_a_space_between_a_number_and_its_unit(reader, base_url):
    # The cell's link is a flex box: it dropped the space of <span> 段</span> (1段).
    reader.goto(base_url)
    cells = reader.locator("#who-answered td.answer-grid__yes a")
    assert cells.count() > 0
    for text, gap in cells.evaluate_all(f"links => links.map({GAP_BEFORE_UNIT})"):
        assert gap >= 0.2, f"{text!r}: 段 {gap:.2f} em from its number"


def test_topic_cloud_is_sized_by_mentions_with_counts_as_text(desktop, base_url):
    desktop.goto(base_url)
    items = desktop.eval_on_selector_all(
        "#topic-cloud a",
        """as => as.map(a => ({href: a.href, text: a.innerText, label: a.textContent,
             size: parseFloat(getComputedStyle(a).fontSize)}))""",
    )
    assert len(items) > 20
    counted = []
    for item in items:
        topic_id(item["href"])
        count = re.search(r"(\d+)\s*段?$", item["label"].strip())
        assert count, f"no count as text in {item['label']!r}"
        counted.append((int(count.group(1)), item["size"]))
    counted.sort()
    sizes = [size for _, size in counted]
    assert sizes == sorted(sizes), "a topic mentioned more often is never drawn smaller"
    assert sizes[-1] >= 1.8 * sizes[0]
    assert desktop.locator("#topic-cloud a", has_text="大模型").first.evaluate(
        "a => parseFloat(getComputedStyle(a).fontSize)") == sizes[-1]


def test_timeline_places_each_named_work_under_its_year(phone, base_url, vocabulary):
    phone.goto(base_url + "timeline/")
    years = phone.locator(".timeline__year")
    placed: dict[str, int] = {}
    shown_years = []
    for year in years.all():
        label = int(year.locator("h2").inner_text())
        shown_years.append(label)
        for link in year.locator("a.timeline__topic").all():
            placed[topic_id(link.evaluate("a => a.href"))] = label
    assert shown_years == list(range(min(shown_years), max(shown_years) + 1))
    assert placed["bert"] == 2018 and placed["convnext"] == 2022
    for topic, year in placed.items():
        assert vocabulary[topic].year == year
    assert "large-model" not in placed, "undated topics stay off the timeline"
    phone.locator("a.timeline__topic", has_text="ConvNeXt").click()
    phone.wait_for_url("**/topics/convnext/")


def test_home_links_to_the_timeline_by_year(phone, base_url, model):
    """The year strip counts the works of a year the panel names, and opens that year."""
    mentioned = {t for p in model.intro for t in p.topics}
    mentioned |= {t for q in model.questions for t in q.all_topics}
    works_of_2021 = [t.id for t in model.topics if t.year == 2021 and t.id in mentioned]
    assert len(works_of_2021) > 1
    phone.goto(base_url)
    link = phone.locator(".year-strip").locator("a[href*='#y2021']")
    assert re.sub(r"\s+", " ", link.inner_text()).strip() == f"2021 {len(works_of_2021)} 项"
    link.click()
    phone.wait_for_url("**/timeline/#y2021")
    listed = phone.locator("#y2021 a.timeline__topic").evaluate_all(
        "links => links.map(a => a.pathname.split('/').at(-2))")
    assert sorted(listed) == sorted(works_of_2021)


# ---------------------------------------------------------------- English labels

ENGLISH_PAGES = ["", f"{EXHIBIT}/large-or-small/", "speakers/hu-han/", "topics/pangu/",
                 "topics/", "timeline/"]


@pytest.mark.parametrize("path", ENGLISH_PAGES)
def test_english_labels_are_marked_english_and_editorial(desktop, base_url, path):
    desktop.goto(base_url + path)
    # Besides the labels, English is the editors' translation, each block marked as theirs
    # (test_bilingual.py), and the controls of the reading language and of its citation.
    labels = desktop.eval_on_selector_all(
        ".md-content [lang=en]",
        """es => es.filter(e => !(e.matches('.passage__en') && e.querySelector('.translation-mark'))
                          && !e.closest('.reading-choice, .passage__en--missing, '
                                        + '.passage__en--stale, .passage__cite-en'))
                 .map(e => [e.className,
                           e.getAttribute('title') || e.closest('[title]')?.title])""",
    )
    assert labels, "the page has English labels"
    for class_name, title in labels:
        assert "en-label" in class_name and "Editorial" in (title or "")
    unmarked = desktop.eval_on_selector_all(
        ".md-content .en-label",
        """es => es.filter(e => getComputedStyle(e, '::before').content === 'none'
                          && !e.closest('.english-label')?.querySelector('.editorial-mark'))
                 .map(e => e.textContent)""",
    )
    assert unmarked == [], "each English label shows an EN tag or an editorial mark beside it"


def test_english_readers_find_speakers_parts_questions_and_topics(desktop, base_url, model):
    desktop.goto(base_url)
    english = " ".join(desktop.locator(".md-content [lang=en]").all_inner_texts())
    for speaker in model.speakers:
        assert speaker.name_en in english
        # An affiliation already written in English (Autodesk AI Lab) is not repeated.
        assert speaker.affiliation_en in english or speaker.affiliation_en == speaker.affiliation
    for part in model.parts:
        assert part.en in english
    for question in model.questions:
        assert question.en in english
    desktop.goto(base_url + "topics/wudao-2/")
    assert "WuDao 2.0" in desktop.locator("h1 ~ .english-label [lang=en]").inner_text()


def test_question_pages_show_topic_chips_once_after_the_answers(phone, base_url):
    phone.goto(f"{base_url}{EXHIBIT}/most-impressive-2021/")
    assert not phone.locator(".md-tags").is_visible(), "Material's own chips are not doubled"
    chips = phone.locator(".topic-chips a")
    names = chips.all_inner_texts()
    assert names and len(names) == len(set(names))
    last_answer = phone.locator("p.passage").last.bounding_box()
    assert chips.first.bounding_box()["y"] > last_answer["y"]


def test_a_speaker_page_states_each_question_once(reader, base_url, model):
    # It gave a cut heading, then 问： and the whole question right below it.
    speaker = model.speakers[0]
    reader.goto(f"{base_url}speakers/{speaker.id}/")
    article = re.sub(r"\s+", "", reader.locator("article").inner_text())
    answered = [q for q in model.questions if any(a.speaker == speaker.id for a in q.answers)]
    assert answered
    for question in answered:
        start = re.sub(r"\s+", "", question.text)[:12]
        assert article.count(start) == 1, question.id
        heading = reader.locator(f"h3[id='{question.id}']")
        assert re.sub(r"\s+", "", heading.inner_text()).rstrip("¶").endswith(
            re.sub(r"\s+", "", question.text)), "the heading is the whole question"
        assert heading.locator("a").first.evaluate("a => a.href").endswith(f"/{question.id}/")


def test_a_topic_page_says_reference_and_mentions_in_two_words(reader, base_url, model):
    # 出处 stood both for the work's reference (出处 arXiv:2103.00020) and for the list of
    # the panel's mentions (出处 2 处).
    reader.goto(f"{base_url}topics/clip/")
    reference = reader.locator(".topic-facts dt").filter(has_text=re.compile("文献|资料|论文"))
    assert reference.count() == 1
    assert "arXiv" in reference.locator("xpath=following-sibling::dd[1]").inner_text()
    mentions = reader.locator("h2#mentions").inner_text()
    assert re.search(r"提及 \d+ 处", mentions), mentions
    article = reader.locator("article").inner_text()
    assert "出处" not in article, "one word, one meaning: neither is called 出处"


# ---------------------------------------------------------------- any screen

def test_no_page_scrolls_sideways_on_a_phone(crawl):
    """No page is wider than a 390 px phone (measured in the crawl of every page)."""
    wide = [f"{name}: {visit.widths[PHONE['width']]}px" for name, visit in crawl.visits.items()
            if visit.widths[PHONE["width"]] > PHONE["width"]]
    assert crawl.visits and not wide


TAP_PAGES = ["", f"{EXHIBIT}/large-or-small/", "speakers/hu-han/", "topics/swin-v2/",
             "topics/", "timeline/", f"{EXHIBIT}/transcript/"]

# A link inside running text is exempt, as WCAG 2.5.8 exempts inline targets; every other
# link or button is at least 24 px high (stricter than WCAG's spacing alternative, so a
# row of small links never depends on how far apart they happen to fall).
SMALL_TARGETS = """() => {
  const inline = e => getComputedStyle(e).display === 'inline' &&
    e.parentElement.textContent.trim().length > e.textContent.trim().length + 4;
  return [...document.querySelectorAll('.md-content a[href], .md-content button')]
    .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
    .filter(e => e.getBoundingClientRect().height < 24 && !inline(e))
    .map(e => `${e.className || e.tagName} "${e.textContent.trim().slice(0, 20)}"`);
}"""


@pytest.mark.parametrize("path", TAP_PAGES)
def test_tap_targets_are_at_least_24_px_on_a_phone(phone, base_url, path):
    phone.goto(base_url + path)
    assert phone.evaluate(SMALL_TARGETS) == []


CONTRAST = """sel => {
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = e => {
    for (; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll(sel)].slice(0, 5).map(e => {
    const fg = rgb(getComputedStyle(e).color).slice(0, 3), bg = background(e);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return {fg: fg.join(), bg: bg.join(), bgLum: lum(bg), ratio: (a + 0.05) / (b + 0.05)};
  });
}"""

COMPONENTS = {
    "": ["#who-answered thead a", ".answer-grid__yes a", ".answer-grid tbody th a",
         ".topic-cloud a", ".en-label", ".speaker-card__name", ".year-strip__year"],
    "topics/swin-v2/": [".topic-then p", ".hindsight li", ".hindsight__title", ".mention mark",
                        ".editorial-mark"],
    "timeline/": [".timeline__topic", ".timeline__label", ".timeline__ref"],
    f"{EXHIBIT}/transcript/": [".passage__speaker", ".topic-link", "p.passage"],
    "speakers/hu-han/": [".topic-chips a", ".speaker-facts .en-label", ".speaker-intro mark"],
    "topics/": [".topic-index a", ".topic-index__count", ".topic-index__en"],
}


@pytest.mark.parametrize("path", list(COMPONENTS))
def test_custom_components_are_readable_in_dark_mode(browser, base_url, path):
    """The slate scheme recolours every custom component, text keeping a 4.5:1 contrast."""
    seen = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
        page = context.new_page()
        page.goto(base_url + path)
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        for selector in COMPONENTS[path]:
            samples = page.evaluate(CONTRAST, selector)
            assert samples, f"{selector} is on {path or 'the home page'}"
            for sample in samples:
                assert sample["ratio"] >= 4.5, f"{scheme} {selector}: {sample}"
                if scheme == "dark":
                    assert sample["bgLum"] < 0.2, f"{selector} keeps a light background"
            seen[scheme, selector] = samples[0]["fg"], samples[0]["bg"]
        context.close()
    for selector in COMPONENTS[path]:
        assert seen["light", selector] != seen["dark", selector], selector


def test_printing_the_transcript_leaves_only_the_text(browser, base_url, tmp_path):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{base_url}{EXHIBIT}/transcript/")
    page.emulate_media(media="print")
    chrome = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
              ".md-search", ".passage__link", ".headerlink", ".md-content button"]
    shown = page.evaluate(
        """sels => sels.flatMap(s => [...document.querySelectorAll(s)]
             .filter(e => { for (let x = e; x; x = x.parentElement)
                              if (getComputedStyle(x).display === 'none') return false;
                            return true; })
             .map(() => s))""",
        chrome,
    )
    assert shown == [], f"still printed: {sorted(set(shown))}"
    passages = page.locator("p.passage")
    assert passages.count() > 20
    assert all(p.is_visible() for p in passages.all()[:5] + passages.all()[-5:])
    content = page.locator(".md-content").bounding_box()
    assert content["x"] < 60, "the text takes the page width, not a column beside a sidebar"
    pdf = tmp_path / "transcript.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
    context.close()
