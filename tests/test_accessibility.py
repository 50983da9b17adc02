"""Accessibility: no WCAG 2.1 A/AA violation that axe-core finds, and a keyboard reaches everything.

axe-core (``node_modules/axe-core``, pinned in package-lock.json and installed by ``make test``)
is injected into each page in Debian's Chromium and run with the WCAG 2.0/2.1 A and AA rules.

Coverage: **every** page in the light palette at desktop width (in the one crawl of the site
that every per-page check reads, conftest.py), and one page of each kind (home, question,
transcript, speaker, speakers, topic, topic index, timeline, about, 404) in the three other
combinations: light at phone width (in the same crawl), dark at phone and at desktop width.
The pages of one kind share their template and styles, so a colour that fails on one fails
on its representative too.

Pages are served under the site's URL prefix (``/roundtable-exhibit/``), as published: the 404
page links its assets with absolute paths below that prefix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import AXE, DESKTOP, EXHIBIT, ONE_OF_EACH_KIND, PHONE
from sitecheck import crawl_site, page_url, site_pages

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(name="dark_crawl", scope="module")
def fixture_dark_crawl(browser, published_url: str):
    """One page of each kind in the dark palette, axe run at desktop and at phone width."""
    return crawl_site(browser, published_url, ONE_OF_EACH_KIND, [DESKTOP, PHONE],
                      color_scheme="dark", axe=AXE, axe_at=lambda name, width: True)


@pytest.mark.system
def test_axe_is_installed():
    assert AXE.is_file(), "node_modules/axe-core is missing: run `make test`, which runs npm ci"


def test_every_page_passes_axe_in_the_light_palette_at_desktop_width(crawl, site: Path):
    assert AXE.is_file(), "node_modules/axe-core is missing: run `make test`, which runs npm ci"
    assert list(crawl.visits) == site_pages(site)
    unchecked = [name for name, visit in crawl.visits.items() if DESKTOP["width"] not in visit.axe]
    assert unchecked == [], "axe did not run there"
    assert {visit.palette for visit in crawl.visits.values()} == {"default"}
    problems = [line for visit in crawl.visits.values() for line in visit.axe[DESKTOP["width"]]]
    assert problems == [], "\n".join(problems)


def test_each_kind_of_page_passes_axe_in_the_light_palette_at_phone_width(crawl, site: Path):
    assert all((site / name).is_file() for name in ONE_OF_EACH_KIND)
    problems = [line for name in ONE_OF_EACH_KIND
                for line in crawl.visits[name].axe[PHONE["width"]]]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_each_kind_of_page_passes_axe_in_the_dark_palette(dark_crawl, site: Path, width: str):
    assert all((site / name).is_file() for name in ONE_OF_EACH_KIND)
    assert {visit.palette for visit in dark_crawl.visits.values()} == {"slate"}
    problems = [line for visit in dark_crawl.visits.values()
                for line in visit.axe[WIDTHS[width]["width"]]]
    assert problems == [], "\n".join(problems)


# --- keyboard ------------------------------------------------------------------------

# Records every element that takes focus, with whether a focus indicator is drawn around a
# box the reader can see (a focused element of no size, e.g. a closed list, shows nothing).
RECORD_FOCUS = """() => {
  window.__focused = [];
  document.addEventListener('focusin', event => {
    const el = event.target;
    const drawn = node => {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return box.width > 0 && box.height > 0 && style.visibility === 'visible' &&
             (outline || (style.boxShadow && style.boxShadow !== 'none'));
    };
    // A visually hidden radio or checkbox (Material's palette switch) shows focus on the
    // label beside it.
    const labels = [...(el.labels || [])];
    if (el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL') {
      labels.push(el.nextElementSibling);
    }
    window.__focused.push({key: el.dataset.a11yKey || '', tag: el.tagName,
                           text: (el.textContent || el.getAttribute('aria-label') || '')
                                   .trim().slice(0, 40),
                           visible: Boolean(drawn(el) || labels.some(drawn))});
  });
}"""

# Every control a keyboard user must reach in the page's main content, in document order.
MARK_CONTROLS = """() => {
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const shown = el => el.getClientRects().length > 0 &&
                     getComputedStyle(el).visibility !== 'hidden';
  // A group of radio buttons (the reading language) is one stop, its checked button: the
  // arrow keys choose within it.
  const otherRadio = el => el.type === 'radio' && !el.checked &&
    document.querySelector(`input[type=radio][name="${el.name}"]:checked`);
  const controls = [...document.querySelector('.md-content').querySelectorAll(selector)]
    .filter(el => shown(el) && !el.disabled && el.tabIndex >= 0 && !el.closest('[hidden]') &&
                  !el.closest('details:not([open]) > :not(summary)') &&  // folded: not tabbable
                  !otherRadio(el));
  controls.forEach((el, i) => { el.dataset.a11yKey = 'c' + i; });
  const search = document.querySelector('.md-search__input');
  if (search) search.dataset.a11yKey = 'search';
  return controls.length;
}"""


# The page's scripts have added their controls: citation buttons on every passage, the
# transcript filter where there is one, the search box's input-method watch.
SCRIPTS_READY = """() => {
  const filter = document.getElementById('transcript-filter');
  return [...document.querySelectorAll('.md-typeset .passage[id]')]
           .every(p => p.querySelector('.passage__tools'))
    && (!filter || filter.dataset.ready === 'true')
    && document.querySelector('.md-search__input')?.dataset.exhibitIme === '1';
}"""


def tab_through(page, url: str) -> tuple[int, list[dict]]:
    """Press Tab from the top of the page until focus has passed every control once."""
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function(SCRIPTS_READY)
    count = page.evaluate(MARK_CONTROLS)
    page.evaluate(RECORD_FOCUS)
    total = page.evaluate("document.querySelectorAll('a[href], button, input, select').length")
    last = f"c{count - 1}"
    reached = f"window.__focused.some(f => f.key === '{last}')"
    # Five presses between looks; what is focused after the last control is left out.
    for _ in range(0, total + 20, 5):
        for _ in range(5):
            page.keyboard.press("Tab")
        if page.evaluate(reached):
            break
    focused = page.evaluate("window.__focused")
    keys = [f["key"] for f in focused]
    return count, focused[: keys.index(last) + 1] if last in keys else focused


@pytest.mark.parametrize(
    "name",
    ["index.html", f"{EXHIBIT}/large-or-small/index.html", f"{EXHIBIT}/transcript/index.html"],
)
def test_tab_reaches_every_control_in_order_with_a_visible_focus(
    desktop, published_url: str, name: str
):
    count, focused = tab_through(desktop, page_url(published_url, name))
    assert count > 5
    keys = [f["key"] for f in focused if f["key"].startswith("c")]
    assert keys == [f"c{i}" for i in range(count)], "controls skipped or out of order"
    assert "search" in [f["key"] for f in focused], "the search box is not reachable by Tab"
    invisible = [f for f in focused if not f["visible"]]
    assert invisible == [], f"focus not visible on: {invisible[:10]}"


def test_transcript_filters_are_keyboard_operable(desktop, published_url: str):
    page = desktop
    page.goto(page_url(published_url, f"{EXHIBIT}/transcript/index.html"))
    page.wait_for_selector(".transcript-filter__speaker")
    page.focus(".transcript-filter__speaker >> nth=1")
    page.keyboard.press("Enter")
    hidden = page.evaluate("document.querySelectorAll('.passage[hidden]').length")
    assert hidden > 0, "a speaker button pressed with Enter filters nothing"
    page.focus(".transcript-filter__topic")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.querySelector('.transcript-filter__topic').value") != ""


def test_search_opens_from_the_keyboard_and_leads_to_a_result(desktop, published_url: str):
    page = desktop
    page.goto(published_url)
    page.wait_for_load_state("load")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("Swin")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("Boolean(document.activeElement.closest('.md-search-result'))")
    before = page.url
    page.keyboard.press("Enter")
    page.wait_for_function("url => location.href !== url", arg=before)
    assert "Swin" in page.inner_text(".md-content")
