"""Accessibility: no WCAG 2.1 A/AA violation that axe-core finds, and a keyboard reaches everything.

axe-core (``node_modules/axe-core``, pinned in package-lock.json and installed by ``make test``)
is injected into each page in Debian's Chromium and run with the WCAG 2.0/2.1 A and AA rules.

Coverage, chosen to keep the run to a couple of minutes on a small machine: **every** page in
the light palette at desktop width, and one page of each kind (home, question, transcript,
speaker, speakers, topic, topic index, timeline, about, 404) in the three other combinations:
light at phone width, dark at phone and at desktop width. The pages of one kind share their
template and styles, so a colour that fails on one fails on its representative too.

Pages are served under the site's URL prefix (``/roundtable-exhibit/``), as published: the 404
page links its assets with absolute paths below that prefix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DESKTOP, PHONE, ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
EXHIBIT = "2022-01-last-mile"
REPRESENTATIVE = [
    "index.html",
    f"{EXHIBIT}/large-or-small/index.html",
    f"{EXHIBIT}/transcript/index.html",
    "speakers/hu-han/index.html",
    "speakers/index.html",
    "topics/clip/index.html",
    "topics/index.html",
    "timeline/index.html",
    "about/index.html",
    "404.html",
]
OTHER_COMBINATIONS = [("light", "phone"), ("dark", "phone"), ("dark", "desktop")]
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


def all_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def page_url(base: str, name: str) -> str:
    return base + (name[: -len("index.html")] if name.endswith("index.html") else name)


def axe_violations(page, url: str) -> list[str]:
    """axe's WCAG 2.1 A/AA violations on one page, one readable line per failing element."""
    page.goto(url)
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                       resultTypes: ['violations']})""",
        WCAG_TAGS,
    )
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"{url}: {violation['id']} at {node['target']}: {summary[:300]}")
    return lines


def new_page(browser, scheme: str, width: str):
    """A page in the given palette (the system preference Material follows) and width."""
    context = browser.new_context(viewport=VIEWPORTS[width], color_scheme=scheme)
    return context, context.new_page()


def test_axe_is_installed():
    assert AXE.is_file(), "node_modules/axe-core is missing: run `make test`, which runs npm ci"


def test_every_page_passes_axe_in_the_light_palette_at_desktop_width(
    browser, site: Path, published_url: str
):
    context, page = new_page(browser, "light", "desktop")
    try:
        problems = []
        for name in all_pages(site):
            problems += axe_violations(page, page_url(published_url, name))
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("scheme", "width"), OTHER_COMBINATIONS)
def test_each_kind_of_page_passes_axe_in_both_palettes_and_widths(
    browser, site: Path, published_url: str, scheme: str, width: str
):
    context, page = new_page(browser, scheme, width)
    try:
        problems = []
        for name in REPRESENTATIVE:
            assert (site / name).is_file(), name
            problems += axe_violations(page, page_url(published_url, name))
            palette = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            assert palette == ("slate" if scheme == "dark" else "default")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


# --- keyboard ------------------------------------------------------------------------

# Records every element that takes focus, with whether a focus indicator is drawn.
RECORD_FOCUS = """() => {
  window.__focused = [];
  document.addEventListener('focusin', event => {
    const el = event.target;
    const drawn = node => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow && style.boxShadow !== 'none');
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
  const controls = [...document.querySelector('.md-content').querySelectorAll(selector)]
    .filter(el => shown(el) && !el.disabled && el.tabIndex >= 0 && !el.closest('[hidden]') &&
                  !el.closest('details:not([open]) > :not(summary)'));  // folded: not tabbable
  controls.forEach((el, i) => { el.dataset.a11yKey = 'c' + i; });
  const search = document.querySelector('.md-search__input');
  if (search) search.dataset.a11yKey = 'search';
  return controls.length;
}"""


def tab_through(page, url: str) -> tuple[int, list[dict]]:
    """Press Tab from the top of the page until focus has passed every control once."""
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # let the page's scripts add their controls
    count = page.evaluate(MARK_CONTROLS)
    page.evaluate(RECORD_FOCUS)
    total = page.evaluate("document.querySelectorAll('a[href], button, input, select').length")
    for _ in range(total + 20):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.dataset.a11yKey === 'c{count - 1}'"):
            break
    return count, page.evaluate("window.__focused")


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
