"""The offline bundle: `make offline` zips a site that works from file://, asking nothing of
the network, and two builds of one commit are the same byte for byte."""

from __future__ import annotations

import filecmp
import json
import re
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import AXE, DESKTOP, EXHIBIT, ROOT, build, last_commit_time, make_offline
from sitecheck import axe_violations, broken_links, read_site, resolve

SEARCH_TERM = "自监督"  # a Chinese query that finds passages today


def test_the_zip_holds_the_site_at_its_top(bundle: Path):
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
    assert {
        "index.html",
        "404.html",
        f"{EXHIBIT}/transcript.html",
        f"data/{EXHIBIT}.json",
        "search/search_index.js",
        "assets/vendor/iframe-worker/shim.js",
        "assets/vendor/iframe-worker/LICENSE",
    } <= names
    assert not [n for n in names if n.startswith("/") or ".." in n.split("/")]


def test_offline_pages_link_to_files_not_folders(unzipped: Path):
    """From file:// a link to a folder shows a directory listing, so every link names a file."""
    # 404.html included: in the bundle it is a file beside index.html, opened like the others.
    pages = read_site(unzipped)
    assert "404.html" in pages
    assert broken_links(unzipped, pages) == []
    folder_links = [
        f"{name} -> {href}"
        for name, page in pages.items()
        for href in page.links
        if resolve(unzipped, name, href) is not None and urlsplit(href).path.endswith("/")
    ]
    assert folder_links == []


def test_nothing_a_page_loads_comes_from_the_network(unzipped: Path):
    """Scripts, styles, fonts and icons are all in the bundle (links to read elsewhere may stay)."""
    loaded = re.compile(r"""<(?:script|img|iframe)\b[^>]*\bsrc="([^"]+)"|<link\b([^>]*)>""")
    remote = []
    for path in sorted(unzipped.rglob("*.html")):
        for src, link in loaded.findall(path.read_text(encoding="utf-8")):
            if link and re.search(r'\brel="(canonical|alternate)"', link):
                continue  # names the page's online address; a browser fetches nothing
            url = src or (re.search(r'\bhref="([^"]+)"', link) or [None, ""])[1]
            if urlsplit(url).scheme or url.startswith("//"):
                remote.append(f"{path.relative_to(unzipped)}: {url}")
    assert remote == []


def theme_features(page: Path) -> set[str]:
    """The theme features a built page hands Material's scripts."""
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                       page.read_text(encoding="utf-8"), re.S)
    assert config is not None
    return set(json.loads(config.group(1))["features"])


def test_only_what_needs_a_server_is_switched_off_offline(site: Path, unzipped: Path):
    """One mkdocs.yml: the online site keeps instant navigation; the offline one drops it
    and loads the search worker's shim from the bundle."""
    online, offline = site / "index.html", unzipped / "index.html"
    assert theme_features(online) - theme_features(offline) == {"navigation.instant"}
    assert theme_features(offline) < theme_features(online)
    assert "iframe-worker/shim.js" in offline.read_text(encoding="utf-8")
    assert "iframe-worker" not in online.read_text(encoding="utf-8")


@pytest.mark.browser
def test_reading_the_unzipped_bundle_from_file_asks_nothing_of_the_network(
    browser, unzipped: Path
):
    """Search (in Chinese), a result, a topic link, a tag and the data file, all from disk."""
    context = browser.new_context(viewport=DESKTOP)
    attempted: list[str] = []

    def block(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    page.on("request", lambda r: None if r.url.startswith("file:") else attempted.append(r.url))
    try:
        page.goto((unzipped / "index.html").as_uri())
        assert page.url.startswith("file:")

        # The navigation leads to the speakers' page.
        page.locator(".md-nav--primary a[href$='speakers/index.html']").first.click()
        page.wait_for_url("**/speakers/index.html")
        assert page.locator("article h1").count() == 1

        # Search: the form is there and finds Chinese text; a result opens its page.
        search = page.locator("input.md-search__input")
        search.click()
        # Chinese is typed through an input method, which ends with a key release: the search
        # reads the field on key release (or once its worker is ready).
        search.fill(SEARCH_TERM)
        search.press("End")
        results = page.locator(".md-search-result__item a")
        results.first.wait_for(state="attached", timeout=20_000)
        results.first.click()
        page.wait_for_load_state()
        assert page.url.startswith("file:") and ".html" in page.url
        assert SEARCH_TERM in page.locator("article").inner_text()

        # A question page's topic link, then a tag, open their pages.
        page.goto((unzipped / EXHIBIT / "large-or-small.html").as_uri())
        page.locator("article a[href*='topics/']:not(.md-tag)").first.click()
        page.wait_for_url("**/topics/*.html")
        assert page.locator("article h1").count() == 1
        # Question pages keep their tag chips hidden (the topic chips after the answers
        # stand in for them); a topic page's tag listing leads back to its questions.
        page.goto((unzipped / "topics" / "moe.html").as_uri())
        page.locator("h3[id^='tag:'] + ul a").first.click()
        page.wait_for_url(f"**/{EXHIBIT}/*.html")
        assert page.locator("article h1.question-title").count() == 1

        # The data file the home page links to opens as JSON.
        page.goto((unzipped / "index.html").as_uri())
        page.locator(f"a[href$='data/{EXHIBIT}.json']").first.click()
        page.wait_for_url(f"**/data/{EXHIBIT}.json")
        data = json.loads(page.locator("body").inner_text())
        assert data["slug"] == EXHIBIT
    finally:
        context.close()
    assert attempted == []


@pytest.mark.browser
def test_search_from_file_folds_traditional_and_simplified_alike(browser, unzipped: Path):
    # The folding table ships inside the search worker: a Traditional query finds the
    # Simplified panel from disk too, with no request.
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto((unzipped / "index.html").as_uri())
        search = page.locator("input.md-search__input")
        search.click()
        search.fill("多模態")
        search.press("End")
        passages = page.locator(".md-search-result__article[data-exhibit-passage]")
        passages.first.wait_for(state="attached", timeout=20_000)
        assert "多模态" in passages.first.text_content().replace("\u200b", "")
    finally:
        context.close()


def test_two_builds_of_one_commit_are_identical(bundle: Path, site: Path, tmp_path: Path):
    """The offline site and the zip: same commit, same bytes, every date the last commit's.
    The first build of each is the session's (``bundle``, ``site``), made earlier in another
    folder. The online site is built again by test_properdocs (compared byte for byte but the
    generator line) and below, in the slower tier."""
    again = make_offline(tmp_path / "dist")
    assert differing(bundle.parent / "offline-site", again.parent / "offline-site") == []
    assert again.read_bytes() == bundle.read_bytes()
    commit = last_commit_time()
    with zipfile.ZipFile(bundle) as archive:
        times = {info.date_time for info in archive.infolist()}
    year, month, day, hour, minute, second = time.gmtime(commit)[:6]
    assert times == {(year, month, day, hour, minute, second - second % 2)}  # zip: 2 s steps
    day = time.strftime("%Y-%m-%d", time.gmtime(commit))
    assert set(re.findall(r"<lastmod>([^<]+)<", (site / "sitemap.xml").read_text())) == {day}


# A second MkDocs build of the seed (about 4 s of CPU) proves nothing make quick lacks:
# test_properdocs builds the same commit again, in another process and folder, dated alike,
# and compares every file byte for byte but the generator line naming the builder.
@pytest.mark.sweep
def test_two_online_builds_of_one_commit_are_identical(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(last_commit_time()))
    sites = [site, tmp_path / "again"]
    result = build(ROOT, sites[1])
    assert result.returncode == 0, result.stderr
    assert differing(*sites) == []


def differing(one: Path, two: Path) -> list[str]:
    """Files that differ, or exist on one side only, between two folders."""
    found = []
    comparison = filecmp.dircmp(one, two)
    stack = [(comparison, "")]
    while stack:
        here, prefix = stack.pop()
        found += [prefix + n for n in here.left_only + here.right_only]
        for name in here.common_files:
            if (Path(here.left) / name).read_bytes() != (Path(here.right) / name).read_bytes():
                found.append(prefix + name)
        stack += [(sub, f"{prefix}{name}/") for name, sub in here.subdirs.items()]
    return sorted(found)


@pytest.mark.browser
def test_the_404_page_opened_from_the_bundle_is_styled_and_passes_axe(browser, unzipped: Path):
    """From the unzipped bundle, 404.html loads its styles and scripts from beside it, like
    every other page: nothing fails to load, and axe finds nothing."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
    try:
        url = (unzipped / "404.html").as_uri()
        page.goto(url, wait_until="load")
        assert failed == [], failed
        # Material's stylesheet applied: the header takes the palette's indigo.
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header'))"
                               ".backgroundColor")
        assert header not in ("", "rgba(0, 0, 0, 0)")
        page.get_by_role("link", name="话题索引").click()
        page.wait_for_url("**/topics/index.html")
        # Last: axe reads stylesheets by XHR, which file:// refuses (its requests, not the page's).
        assert axe_violations(page, url, AXE) == []
    finally:
        context.close()
