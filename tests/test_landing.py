"""Landing on a passage: a link to a paragraph (or a search result, tests/test_search.py)
opens the page at it, highlighted; who says it is on the screen too, at phone and desktop
width, in both palettes. On a question page the speaker's heading and the 据机器之心报道 ·
胡瀚 line are above the screen or under the sticky header by then, and a paragraph that
begins 基于通用性的优点，他认为… does not say who 他 is."""

from __future__ import annotations

import pytest

from conftest import DESKTOP, EXHIBIT, PHONE
from roundtable.citing.citations import passage_label
from sitecheck import assert_who_is_on_screen


def later_passages(model) -> list[tuple[str, str, str]]:
    """(question id, anchor, who) of each passage that is not the first under its speaker's
    heading: the heading is above it."""
    return [
        (question.id, paragraph.id, passage_label(model, model.speaker(answer.speaker)))
        for question in model.questions
        for answer in question.answers
        for paragraph in answer.paragraphs[1:]
    ]


@pytest.fixture(name="landing", params=["phone", "desktop"])
def fixture_landing(browser, request):
    def open_page(scheme: str):
        if request.param == "phone":
            context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                          color_scheme=scheme)
        else:
            context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
        opened.append(context)
        return context.new_page()

    opened: list = []
    yield open_page
    for context in opened:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_passage_landed_on_shows_who_says_it(landing, base_url, model, scheme):
    later = later_passages(model)
    assert later, "the seed has answers of several paragraphs"
    page = landing(scheme)
    for question, anchor, who in later:
        page.goto(f"{base_url}{EXHIBIT}/{question}/#{anchor}")
        page.locator(f"[id='{anchor}'].passage--target").wait_for()
        assert_who_is_on_screen(page, anchor, who)
    assert who.startswith("据机器之心报道 · "), "a report names the reporter first"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_who_stays_on_screen_while_a_long_passage_landed_on_is_read(landing, base_url, model,
                                                                   scheme):
    question, anchor, who = max(
        later_passages(model),
        key=lambda found: len(next(p.text for _, _, _, p in model.passages() if p.id == found[1])))
    page = landing(scheme)
    page.goto(f"{base_url}{EXHIBIT}/{question}/#{anchor}")
    passage = page.locator(f"[id='{anchor}'].passage--target")
    passage.wait_for()
    # Read on: the passage's top goes up under the header, its last lines still on screen.
    page.evaluate("""anchor => {
        // Room below, should the passage end the page: the page itself is not the point.
        document.body.style.paddingBottom = innerHeight + 'px'
        const box = document.getElementById(anchor).getBoundingClientRect()
        scrollBy(0, box.top - 48 + Math.min(120, box.height / 2))
      }""", anchor)
    page.wait_for_function("a => document.getElementById(a).getBoundingClientRect().top < 48",
                           arg=anchor)
    assert_who_is_on_screen(page, anchor, who)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_transcript_shows_who_says_a_passage_landed_on(landing, base_url, model, scheme):
    question, anchor, who = later_passages(model)[0]
    page = landing(scheme)
    page.goto(f"{base_url}{EXHIBIT}/transcript/#{anchor}")
    page.locator(f"[id='{anchor}'].passage--target").wait_for()
    assert_who_is_on_screen(page, anchor, who)


def test_who_is_not_the_passages_words(site, model):
    # Shown on the passage landed on only; kept out of search and of what a selection quotes.
    question, _, who = later_passages(model)[0]
    page = (site / EXHIBIT / question / "index.html").read_text(encoding="utf-8")
    assert f'<span class="passage__who" data-search-exclude>{who}</span>' in page
