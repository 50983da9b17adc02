"""Nothing moves on a phone once the page has painted (Lighthouse's Cumulative Layout Shift).

The transcript holds two boxes that the exhibit's scripts show: the reading language (中文 /
English / 对照, reading-lang.js) and the filter (transcript-filter.js). Both are hidden in the
HTML, so that without JavaScript no dead control shows; with JavaScript on, their space is
kept from the first paint, so the moment a script shows them moves nothing below them. Before,
showing them pushed the whole transcript down by 250 px on a phone after its first paint
(CLS 0.155, the largest loss of the page's Lighthouse score).
"""

from __future__ import annotations

from conftest import EXHIBIT

MOBILE = {"width": 412, "height": 823}  # Lighthouse's mobile screen
SHOWING_SCRIPTS = ("**/assets/reading-lang.js", "**/assets/transcript-filter.js")
SHOWN = "#transcript-filter:not([hidden]) .transcript-filter__count:not(:empty)"
READING_SHOWN = "[data-reading-choice]:not([hidden])"

RECORD_SHIFTS = """
window.__layoutShifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) window.__layoutShifts.push({
    value: entry.value,
    sources: (entry.sources || []).map(s => s.node ? s.node.nodeName + "#" + s.node.id : "?"),
  });
}).observe({type: "layout-shift", buffered: true});
"""

FIRST_HEADING_TOP = "() => document.querySelector('.md-typeset h2').getBoundingClientRect().top"


def mobile_page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=MOBILE, device_scale_factor=1.75, is_mobile=True,
                                  has_touch=True)
    return context, context.new_page()


def test_the_transcript_starts_where_it_stays_once_its_scripts_show_their_controls(
        browser, base_url):
    """The transcript's first heading is at the same height before the reading choice and the
    filter are shown (their scripts held back: the page as first painted) and after."""
    url = f"{base_url}{EXHIBIT}/transcript/"
    context, page = mobile_page(browser)
    for script in SHOWING_SCRIPTS:
        page.route(script, lambda route: route.abort())
    page.goto(url, wait_until="load")
    assert page.locator("#transcript-filter").get_attribute("hidden") is not None
    before = page.evaluate(FIRST_HEADING_TOP)
    context.close()

    context, page = mobile_page(browser)
    page.goto(url)
    page.wait_for_selector(SHOWN)
    page.wait_for_selector(READING_SHOWN)
    after = page.evaluate(FIRST_HEADING_TOP)
    context.close()
    assert abs(after - before) < 1, (before, after)


def test_loading_the_transcript_on_a_slow_phone_shifts_nothing(browser, base_url):
    """Loaded at Lighthouse's mobile size with the CPU slowed four times, the transcript
    records no layout shift worth counting until its controls are shown."""
    context, page = mobile_page(browser)
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.add_init_script(RECORD_SHIFTS)
    page.goto(f"{base_url}{EXHIBIT}/transcript/")
    page.wait_for_selector(SHOWN)
    page.wait_for_selector(READING_SHOWN)
    # Shifts are reported once their frame is drawn: two frames after the controls show.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    shifts = page.evaluate("window.__layoutShifts")
    context.close()
    assert [s for s in shifts if s["value"] > 0.01] == [], shifts
