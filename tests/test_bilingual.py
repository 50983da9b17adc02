"""Reading the editors' English: 中文 / English / 对照 on question, transcript, speaker and topic
pages, at phone and desktop width, online and from the offline bundle; anchors, search and
citations of the translation. See README, "The editors' English translation"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import AXE, DESKTOP, EXHIBIT, PHONE, UNTRANSLATED
from sitecheck import axe_violations, select_text

QUESTION = "large-or-small"
PARAGRAPH = "large-or-small-chu-hang-1"
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(name="where", scope="module", params=["online", "offline"])
def fixture_where(request) -> dict[str, str]:
    """The addresses of a question page, the transcript, a speaker's and a topic's page: the
    site over http, and the offline bundle opened from disk (file://, .html pages)."""
    if request.param == "online":
        base = request.getfixturevalue("base_url")
        return {"question": f"{base}{EXHIBIT}/{QUESTION}/",
                "transcript": f"{base}{EXHIBIT}/transcript/",
                "speaker": f"{base}speakers/chu-hang/", "topic": f"{base}topics/large-model/"}
    root = request.getfixturevalue("unzipped")
    return {"question": (root / EXHIBIT / f"{QUESTION}.html").as_uri(),
            "transcript": (root / EXHIBIT / "transcript.html").as_uri(),
            "speaker": (root / "speakers" / "chu-hang.html").as_uri(),
            "topic": (root / "topics" / "large-model.html").as_uri()}


@pytest.fixture(name="tab", params=["phone", "desktop"])
def fixture_tab(browser, request) -> Iterator[object]:
    """A fresh reader (nothing chosen yet) at 390 or 1280 px."""
    width = request.param
    options = ({"viewport": PHONE, "is_mobile": True, "has_touch": True} if width == "phone"
               else {"viewport": DESKTOP})
    context = browser.new_context(**options)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.width = width  # type: ignore[attr-defined]
    yield page
    context.close()


def choose(page, label: str) -> None:
    """Choose a reading language the way a reader does: its radio button's label."""
    page.locator("[data-reading-choice] label").filter(has_text=label).click()


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def shown(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


def side_by_side(page, passage: str) -> bool:
    """Whether a passage's Chinese and English stand in two columns, tops aligned."""
    zh, en = box(page, f"{passage} > .passage__zh"), box(page, f"{passage} > .passage__en")
    return en["x"] >= zh["x"] + zh["width"] and abs(en["y"] - zh["y"]) < 40


def one_under_the_other(page, passage: str) -> bool:
    zh, en = box(page, f"{passage} > .passage__zh"), box(page, f"{passage} > .passage__en")
    return en["y"] >= zh["y"] + zh["height"] - 1 and abs(en["x"] - zh["x"]) < 40


# --- reading ------------------------------------------------------------------------------


def test_without_javascript_both_versions_show_and_no_dead_control(browser, base_url: str):
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{base_url}{EXHIBIT}/{QUESTION}/")
        passage = f"#{PARAGRAPH}"
        assert shown(page, f"{passage} > .passage__zh") and shown(page, f"{passage} > .passage__en")
        assert not shown(page, "[data-reading-choice]")
        placed = side_by_side if viewport is DESKTOP else one_under_the_other
        assert placed(page, passage), viewport
        context.close()


def test_a_reader_chooses_the_language_and_it_is_kept_across_pages(tab, where):
    """English hides the Chinese of every translated block and shows every English one, on
    each kind of page; 中文 the reverse; 对照 both, in two columns on a wide screen and one
    under the other on a phone. The choice holds on the next page and the next visit."""
    page = tab
    page.goto(where["question"])
    page.locator("[data-reading-choice]").wait_for()
    assert page.locator("[data-reading-choice] input[value=both]").is_checked()  # the default
    passage = f"#{PARAGRAPH}"
    placed = side_by_side if page.width == "desktop" else one_under_the_other
    assert placed(page, passage)

    choose(page, "English")
    assert not shown(page, f"{passage} > .passage__zh")
    english = page.locator(f"{passage} > .passage__en")
    assert english.is_visible() and english.get_attribute("lang") == "en"
    assert "Editors' translation" in english.inner_text()
    assert english.inner_text().count("Dr Hang Chu") == 1

    for kind in ("transcript", "speaker", "topic"):
        page.goto(where[kind])
        page.locator("[data-reading-choice] input[value=en]").wait_for(state="attached")
        assert page.locator("[data-reading-choice] input[value=en]").is_checked(), kind
        assert page.evaluate("document.documentElement.dataset.reading") == "en"
        blocks = page.locator(".bilingual")
        assert blocks.count() > 0, kind
        for index in range(blocks.count()):
            block = blocks.nth(index)
            assert not block.locator(":scope > .passage__zh").is_visible(), kind
            assert block.locator(":scope > .passage__en").is_visible(), kind

    choose(page, "中文")
    assert page.locator(".passage__en").evaluate_all(
        "els => els.every(e => e.getClientRects().length === 0)")
    assert shown(page, ".bilingual > .passage__zh")
    page.goto(where["question"])
    page.locator("[data-reading-choice] input[value=zh]").wait_for(state="attached")
    assert page.locator("[data-reading-choice] input[value=zh]").is_checked()
    assert not shown(page, f"{passage} > .passage__en")
    choose(page, "对照")
    assert placed(page, passage)


def test_the_choice_holds_across_instant_navigation(desktop, instant_base_url: str):
    page = desktop
    with page.expect_response(lambda response: response.url.endswith("sitemap.xml")) as got:
        page.goto(f"{instant_base_url}{EXHIBIT}/{QUESTION}/")
    got.value.finished()
    choose(page, "English")
    page.evaluate("window.__sameDocument = true")
    page.locator(".source-note a").first.dispatch_event("click")  # to the full transcript
    page.wait_for_url(f"**/{EXHIBIT}/transcript/#{QUESTION}")
    page.locator("#transcript").wait_for()
    assert page.evaluate("window.__sameDocument === true"), "expected instant navigation"
    page.wait_for_function(
        "document.querySelector('[data-reading-choice] input[value=en]')?.checked === true")
    assert not shown(page, f"#{PARAGRAPH} > .passage__zh")
    assert shown(page, f"#{PARAGRAPH} > .passage__en")


@pytest.mark.parametrize("reading", ["en", "zh", "both"])
def test_a_passages_anchor_lands_on_the_version_being_read(tab, where, reading: str):
    """One anchor for both versions: whichever is read, the passage a link names is in view
    and highlighted, with the version being read."""
    page = tab
    page.goto(where["question"])
    page.evaluate(f"localStorage.setItem('exhibit-reading', '{reading}')")
    page.goto(where["transcript"] + f"#{PARAGRAPH}")
    page.wait_for_function(
        f"document.getElementById('{PARAGRAPH}')?.classList.contains('passage--target')")
    for part, expected in ((".passage__zh", reading != "en"), (".passage__en", reading != "zh")):
        element = page.locator(f"#{PARAGRAPH} > {part}")
        assert element.is_visible() == expected, (part, reading)
        if expected:
            top = element.bounding_box()["y"]
            assert 0 <= top < page.viewport_size["height"], (part, top)


@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("reading", ["en", "zh"])
def test_each_reading_passes_axe(browser, base_url: str, width: str, reading: str):
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    for path in (f"{EXHIBIT}/{QUESTION}/", f"{EXHIBIT}/transcript/"):
        page.goto(base_url + path)
        page.evaluate(f"localStorage.setItem('exhibit-reading', '{reading}')")
        page.reload()
        page.locator("[data-reading-choice]").wait_for()
        assert axe_violations(page, base_url + path, AXE) == []
    context.close()


# --- search -------------------------------------------------------------------------------


def test_english_search_finds_words_only_the_translation_has_and_lands_on_the_passage(
    browser, where, model
):
    """self-supervised is in the editors' English only (the Chinese says 自监督): each passage
    whose English holds it is found once, online and offline, and opens at its passage."""
    from test_search import open_search, passage_results, type_keys

    holding = [i for i, text in model.translation.english.items()
               if "self-supervised" in text.lower()]
    chinese = [p.text for p in (*model.intro, *(p for *_, p in model.passages()))]
    assert holding and not any("supervised" in text.lower() for text in chinese)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_search(page, where["question"])
    type_keys(page, "self-supervised")
    found = [r for r in passage_results(page) if r["passage"]]
    assert sorted(r["href"].split("#")[1] for r in found) == sorted(holding)
    link = page.locator("a.md-search-result__link").filter(
        has=page.locator("[data-exhibit-passage]")).first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(f"#{anchor}$"))
    marks = page.locator(f"[id='{anchor}'] .passage__en mark")
    marks.first.wait_for()
    assert {m.lower() for m in marks.all_text_contents()} >= {"self", "supervised"} or \
        "self-supervised" in {m.lower() for m in marks.all_text_contents()}
    context.close()


# --- citing -------------------------------------------------------------------------------


def clipboard(page) -> str:
    page.wait_for_function("document.getElementById('cite-status')?.textContent.length > 0")
    return page.evaluate("navigator.clipboard.readText()")


def test_citing_an_english_passage_cites_the_editors_translation(tab, base_url: str, model):
    page = tab
    page.goto(f"{base_url}{EXHIBIT}/{QUESTION}/")
    choose(page, "English")
    passage = page.locator(f"#{PARAGRAPH}")
    assert not passage.get_by_role("button", name="复制引用").is_visible()
    passage.get_by_role("button", name="Cite translation").click()
    text = clipboard(page)
    assert text.startswith("According to Synced's report, Hang Chu (Autodesk AI Lab) answered")
    assert "The editors' translation of the Chinese original" in text
    assert "本展编者, 译//" in text  # GB/T 7714, the default style: the translator
    assert text.endswith(f"{EXHIBIT}/{QUESTION}/#{PARAGRAPH}")
    assert "“" + model.translation.of(PARAGRAPH)[:20] not in text, "a lead, not a quotation"


def test_a_selection_of_the_english_is_quoted_as_the_reports_translation(tab, base_url: str):
    page = tab
    page.goto(f"{base_url}{EXHIBIT}/{QUESTION}/")
    choose(page, "English")
    words = select_text(page, f"#{PARAGRAPH} > .passage__en", 30, 60)
    button = page.locator(f"#{PARAGRAPH}").get_by_role("button", name="引用所选")
    button.wait_for(state="visible")
    button.click()
    text = clipboard(page)
    assert text.startswith(f"Synced's report of Hang Chu's remarks, translated: “{words}”")
    assert "本展编者, 译" in text


# --- a paragraph without English ------------------------------------------------------------


def test_a_paragraph_without_english_says_so(panels_site: Path):
    """Emptied in the translation file (conftest.panels_site, UNTRANSLATED): the page says it
    is not translated yet, in both languages, and the rest of the page reads as before."""
    assert UNTRANSLATED == (QUESTION, PARAGRAPH)
    html = (panels_site / EXHIBIT / QUESTION / "index.html").read_text(encoding="utf-8")
    block = re.search(rf'<p class="passage bilingual" id="{PARAGRAPH}".*?</p>', html, re.S)[0]
    assert '<span lang="en">This paragraph is not translated yet.</span> 此段尚无英译。' in block
    assert "passage__en--missing" in block and "data-search-exclude" in block
    assert "data-cite-en-lead" not in block  # nothing to cite as a translation
