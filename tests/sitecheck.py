"""Reading a built site as a reader's browser would: pages, their links, ids and text."""

from __future__ import annotations

import functools
import gzip
import html.parser
import http.server
import json
import posixpath
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class HtmlPage:
    """What one HTML file holds."""

    path: Path
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    text: str = ""


class _Collector(html.parser.HTMLParser):
    def __init__(self, page: HtmlPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag in ("a", "link") and values.get("href"):
            self.page.links.append(values["href"])
        if tag in ("script", "img") and values.get("src"):
            self.page.links.append(values["src"])
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.chunks.append(data)


def read_page(path: Path) -> HtmlPage:
    """Parse one HTML file."""
    page = HtmlPage(path)
    collector = _Collector(page)
    collector.feed(path.read_text(encoding="utf-8"))
    page.text = re.sub(r"\s+", " ", "".join(collector.chunks))
    return page


def read_site(site: Path) -> dict[str, HtmlPage]:
    """Every HTML page of a built site, by its path relative to the site."""
    return {p.relative_to(site).as_posix(): read_page(p) for p in sorted(site.rglob("*.html"))}


def site_prefix(site: Path) -> str:
    """The URL path the site is published under (from its sitemap), e.g. ``/exhibit/``."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return min(paths, key=len) if paths else "/"


def resolve(site: Path, page: str, href: str, prefix: str = "/") -> tuple[str, str] | None:
    """(target file relative to site, fragment) for an internal link; None for external ones.

    Absolute paths (the 404 page uses them) are read below the site's ``prefix``.
    """
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    if parts.path.startswith("/"):
        if not parts.path.startswith(prefix):
            return ("<outside the site>" + parts.path, "")
        page, href = "index.html", href[len(prefix):] or "./"
        parts = urlsplit(href)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if href.split("#")[0].endswith("/") or (site / target).is_dir():
        target = posixpath.join(target, "index.html")
    return target, unquote(parts.fragment)


def broken_links(site: Path, pages: dict[str, HtmlPage]) -> list[str]:
    """Every internal link whose file or anchor does not exist, as 'page -> href'."""
    broken = []
    prefix = site_prefix(site)
    for name, page in pages.items():
        for href in page.links:
            resolved = resolve(site, name, href, prefix)
            if resolved is None:
                continue
            target, fragment = resolved
            if not (site / target).is_file():
                broken.append(f"{name} -> {href} (no file)")
            elif fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else read_page(site / target).ids
                if fragment not in ids:
                    broken.append(f"{name} -> {href} (no anchor)")
    return broken


PAGEFIND_SIGNATURE = b"pagefind_dcd"
"""What a Pagefind fragment (a gzip file) starts with once decompressed, before its JSON."""


def pagefind_records(site: Path) -> list[dict]:
    """Every record of the site's Pagefind bundle, as Pagefind wrote it."""
    records = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(PAGEFIND_SIGNATURE), path
        records.append(json.loads(data[len(PAGEFIND_SIGNATURE):]))
    return records


def indexed_documents(site: Path) -> list[dict]:
    """The documents search runs over: Material's whole index offline, the documents of
    the Pagefind records online (one record a page; the index file keeps only its
    configuration)."""
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    if index["docs"]:
        return index["docs"]
    return [doc for record in pagefind_records(site) for doc in json.loads(record["meta"]["docs"])]


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, relative to it, in order."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def page_url(base: str, name: str) -> str:
    """The address of a page (``topics/clip/index.html``) below ``base``, as links give it."""
    return base + name.removesuffix("index.html")


# --- in a browser: every page opened once, every per-page check recorded --------------------

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_RUN = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                       resultTypes: ['violations']})"""
# The page's width and palette, once two frames are drawn (after a resize, the page's own
# scripts have answered it by then) and the transitions a resize or a change of pointer
# starts (Material's search box widens) have ended: mid-transition a box is briefly wider.
MEASURE = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>
  Promise.allSettled(document.getAnimations()
    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map(a => a.finished)).then(() =>
    requestAnimationFrame(() =>
      done({width: document.documentElement.scrollWidth,
            palette: document.body.getAttribute('data-md-color-scheme') || ''}))))))"""
# Every address but the local server's.
OUTSIDE = re.compile(r"^(?!http://127\.0\.0\.1[:/])")
TOUCH_BELOW = 600
"""A viewport narrower than this (in CSS pixels) is a phone's: a touch screen without hover,
so the crawl checks the styles a phone applies (``@media (hover: none)``) there."""


@dataclass
class Visit:
    """One page as Chromium showed it."""

    url: str
    problems: list[str] = field(default_factory=list)
    """Console errors, script errors, failed requests and HTTP errors, one line each."""
    dialogs: list[str] = field(default_factory=list)
    """Messages of any alert, confirm or prompt the page opened."""
    widths: dict[int, int] = field(default_factory=dict)
    """The document's width (scrollWidth) at each viewport width, in CSS pixels."""
    axe: dict[int, list[str]] = field(default_factory=dict)
    """axe's WCAG 2.1 A/AA violations at each viewport width where it ran, one line per
    failing element."""
    palette: str = ""
    """Material's colour scheme as the page applied it (``default`` or ``slate``)."""


@dataclass
class Crawl:
    """Every page of a site opened once, and what each did."""

    visits: dict[str, Visit]
    """By page, relative to the site (``topics/clip/index.html``)."""
    outside: set[str]
    """Hosts other than the local server that any page asked something of (refused)."""

    @property
    def problems(self) -> list[str]:
        return [problem for visit in self.visits.values() for problem in visit.problems]


class _Tab:
    """The browser tab of a crawl: opens pages and records what each does, as its own."""

    def __init__(self, page, outside: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.page, self.outside, self.visit = page, outside, Visit("")
        self.cdp = page.context.new_cdp_session(page)
        self.touching = False
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self._problem(f"page error: {error}"))
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)
        page.on("dialog", self._on_dialog)

    def _problem(self, text: str) -> None:
        self.visit.problems.append(f"{self.visit.url}: {text}")

    def _on_console(self, message) -> None:  # type: ignore[no-untyped-def]
        # A refused outside request is logged as an error at that request's URL.
        where = (message.location or {}).get("url", "")
        if message.type == "error" and urlsplit(where).hostname not in self.outside:
            self._problem(f"console error: {message.text} ({where})")

    def _on_failed(self, request) -> None:  # type: ignore[no-untyped-def]
        # Leaving a page cancels what it still loads (ERR_ABORTED): not the page's fault.
        failure = request.failure or ""
        if "ERR_ABORTED" in failure or urlsplit(request.url).hostname in self.outside:
            return
        self._problem(f"request failed: {request.url} ({failure})")

    def _on_response(self, response) -> None:  # type: ignore[no-untyped-def]
        if response.status >= 400:
            self._problem(f"HTTP {response.status} for {response.url}")

    def _on_dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.visit.dialogs.append(dialog.message)
        dialog.dismiss()

    def touch(self, width: int) -> None:
        """A touch screen without hover at a phone's width, a mouse at a desktop's."""
        touching = width < TOUCH_BELOW
        if touching != self.touching:
            self.cdp.send("Emulation.setTouchEmulationEnabled",
                          {"enabled": touching, "maxTouchPoints": 1})
            self.touching = touching


    def check(self, visit: Visit, viewports: list[dict[str, int]], axe_here: list[bool]) -> None:
        """Load the page at the first viewport, then resize to each other one; measure the
        page at each, and run axe where ``axe_here`` says."""
        self.visit = visit
        if self.page.viewport_size != viewports[0]:
            self.page.set_viewport_size(viewports[0])
        self.touch(viewports[0]["width"])
        self.page.goto(visit.url, wait_until="load")
        for index, (viewport, run_axe) in enumerate(zip(viewports, axe_here, strict=True)):
            if index:
                self.touch(viewport["width"])
                self.page.set_viewport_size(viewport)
            measured = self.page.evaluate(MEASURE)
            visit.widths[viewport["width"]] = measured["width"]
            visit.palette = measured["palette"]
            if run_axe:
                visit.axe[viewport["width"]] = axe_lines(
                    visit.url, self.page.evaluate(AXE_RUN, WCAG_TAGS))


def axe_lines(url: str, result: dict) -> list[str]:
    """axe's violations, one readable line per failing element."""
    return [
        f"{url}: {violation['id']} at {node['target']}: "
        + " ".join(node.get("failureSummary", "").split())[:300]
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def axe_violations(page, url: str, axe: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """axe's WCAG 2.1 A/AA violations on one page opened on its own (the crawl's are in
    :class:`Crawl`)."""
    page.goto(url, wait_until="load")
    page.add_script_tag(path=str(axe))
    return axe_lines(url, page.evaluate(AXE_RUN, WCAG_TAGS))


def crawl_site(browser, base_url: str, names: list[str], viewports: list[dict[str, int]], *,
               color_scheme: str = "light", axe: Path | None = None,
               axe_at=lambda name, width: False) -> Crawl:  # type: ignore[no-untyped-def]
    """Open every page once, at the first viewport, then narrow or widen it to each other
    (a phone's width with touch and without hover, as a phone shows it).

    At each width the page's own width is measured and, where ``axe_at(name, width)`` says,
    axe (the script at ``axe``, injected into every page) is run. Throughout, console
    errors, script errors, failed requests, HTTP errors and dialogs are recorded for the
    page that caused them; requests to other hosts are refused and their hosts recorded.
    """
    context = browser.new_context(viewport=viewports[0], color_scheme=color_scheme)
    if axe is not None:
        context.add_init_script(path=str(axe))
    outside: set[str] = set()

    def leave_site(route) -> None:  # type: ignore[no-untyped-def]
        outside.add(urlsplit(route.request.url).hostname or route.request.url)
        route.abort("internetdisconnected")

    context.route(OUTSIDE, leave_site)
    visits = {name: Visit(page_url(base_url, name)) for name in names}
    tab = _Tab(context.new_page(), outside)
    try:
        for name, visit in visits.items():
            axe_here = [axe is not None and axe_at(name, v["width"]) for v in viewports]
            tab.check(visit, viewports, axe_here)
    finally:
        context.close()
    return Crawl(visits, outside)


# --- served as GitHub Pages serves it -------------------------------------------------------


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a site below a path prefix, and its 404.html for anything missing, as Pages does."""

    prefix = "/"

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.path.split("?", 1)[0]
        if not path.startswith(self.prefix):
            return self._not_found()
        self.path = "/" + self.path[len(self.prefix):]
        target = Path(self.translate_path(self.path))
        if not (target.is_file() or (target / "index.html").is_file()):
            return self._not_found()
        return super().send_head()

    def _not_found(self) -> None:
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def served_as_pages(site: Path, prefix: str) -> Iterator[str]:
    """The site served on loopback below ``prefix`` (``/project/``), 404.html for the missing."""
    handler = functools.partial(type("Handler", (PagesHandler,), {"prefix": prefix}),
                                directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def select_text(page, selector: str, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    """Select characters start..end of the longest text run in an element; returns them."""
    return page.evaluate(
        """([selector, start, end]) => {
            const walker = document.createTreeWalker(
                document.querySelector(selector), NodeFilter.SHOW_TEXT);
            let text = null;
            for (let n = walker.nextNode(); n; n = walker.nextNode())
                if (!text || n.length > text.length) text = n;
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, end);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return range.toString();
        }""",
        [selector, start, end],
    )


WHO_ON_SCREEN = """anchor => {
  // Who says the passage a link landed on, as the screen shows it: the label on the passage
  // (a question page's who line, the transcript's speaker label), where it is drawn, whether
  // anything covers it (the sticky header), and the colours it is read in.
  const passage = document.getElementById(anchor)
  const label = [...passage.querySelectorAll('.passage__who, .passage__speaker')]
    .find(e => e.getClientRects().length)
  if (!label) return null
  const box = label.getBoundingClientRect()
  const x = box.left + Math.min(box.width / 2, 20), y = box.top + box.height / 2
  const seen = document.elementFromPoint(x, y)
  const paint = e => {
    for (; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
    }
    return 'rgb(255, 255, 255)'
  }
  // A translucent text colour (Material's greys) as drawn over the background.
  const background = paint(label)
  const [r, g, b, a = 1] = getComputedStyle(label).color.match(/[\\d.]+/g).map(Number)
  const under = background.match(/[\\d.]+/g).map(Number)
  const color = `rgb(${[r, g, b].map((c, i) => c * a + under[i] * (1 - a)).join(', ')})`
  return {text: label.textContent, top: box.top, bottom: box.bottom,
          header: document.querySelector('.md-header').getBoundingClientRect().bottom,
          height: innerHeight, uncovered: !!seen && label.contains(seen), color, background}
}"""
"""Run with ``page.evaluate(WHO_ON_SCREEN, anchor)``."""

CONTRAST = """([a, b]) => {
  const lum = css => {
    const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(v => +v / 255)
      .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [x, y] = [lum(a), lum(b)]
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}"""
"""WCAG's contrast ratio of two opaque CSS colours: ``page.evaluate(CONTRAST, [a, b])``."""


def assert_who_is_on_screen(page, anchor: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """The passage ``anchor`` shows ``expected`` (who says it) on screen: below the sticky
    header, inside the window, uncovered, readable (4.5:1)."""
    who = page.evaluate(WHO_ON_SCREEN, anchor)
    assert who, f"#{anchor} shows no one"
    assert who["text"].strip() == expected, who
    assert who["top"] >= who["header"] - 1 and who["bottom"] <= who["height"], who
    assert who["uncovered"], who
    assert page.evaluate(CONTRAST, [who["color"], who["background"]]) >= 4.5, who
