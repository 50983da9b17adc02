"""Reading a built site as a reader's browser would: pages, their links, ids and text."""

from __future__ import annotations

import html.parser
import posixpath
import re
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
