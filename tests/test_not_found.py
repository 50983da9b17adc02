"""The 404 page: in Chinese, with a search box and the ways on, working at any depth below the
project subpath the site is published under, and passing axe like every other page.

The site is served as GitHub Pages serves it: below its URL prefix (``/roundtable-exhibit/``),
with ``404.html`` and status 404 for any address it does not have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import AXE, DESKTOP, PHONE
from sitecheck import axe_violations, served_as_pages, site_prefix

MISSING = "2022-01-last-mile/no-such-question/"
TITLE = "找不到这个页面"


@pytest.fixture(name="pages_url", scope="module")
def fixture_pages_url(site: Path) -> Iterator[str]:
    """The built site as GitHub Pages serves it, e.g. http://127.0.0.1:N/roundtable-exhibit/."""
    with served_as_pages(site, "/" + site_prefix(site).strip("/") + "/") as url:
        yield url


def test_the_404_page_is_in_chinese_and_links_home_and_to_the_topics_below_the_prefix(
    site: Path,
):
    html = (site / "404.html").read_text(encoding="utf-8")
    prefix = "/" + site_prefix(site).strip("/") + "/"
    assert '<html lang="zh"' in html
    assert f"<title>{TITLE} · " in html
    assert re.search(rf"<h1[^>]*>{TITLE}</h1>", html)
    assert "Not found" not in html
    ways = dict((text, href) for href, text in re.findall(
        r'<a href="([^"]+)">([^<]+)</a>', html.split('class="not-found__ways"')[1]))
    assert ways["展览首页"] == prefix
    assert ways["话题索引"] == f"{prefix}topics/"
    assert ways["全文实录"] == f"{prefix}2022-01-last-mile/transcript/"
    assert re.search(rf'<form class="not-found__search" role="search" action="{prefix}"', html)
    assert '<label for="not-found-query">在本展中搜索</label>' in html
    assert re.search(r'<input type="search" id="not-found-query" name="q"', html)


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_reader_on_a_missing_page_finds_the_topics_and_searches(browser, pages_url: str,
                                                                  viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        response = page.goto(pages_url + MISSING)
        assert response is not None and response.status == 404
        assert page.locator("article h1").inner_text().strip() == TITLE
        page.get_by_role("link", name="话题索引").click()
        page.wait_for_url(pages_url + "topics/")
        assert page.locator("article h1").count() == 1

        page.goto(pages_url + MISSING)
        box = page.get_by_role("searchbox", name="在本展中搜索")
        box.fill("稀疏")
        box.press("Enter")
        page.wait_for_url(re.compile(re.escape(pages_url) + r"(\?q=.*)?$"))
        results = page.locator(".md-search-result__item")
        results.first.wait_for()
        assert page.locator(".md-search__input").input_value() == "稀疏"
        assert "稀疏" in results.first.inner_text()
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize(("scheme", "viewport"),
                         [("light", DESKTOP), ("light", PHONE), ("dark", DESKTOP), ("dark", PHONE)],
                         ids=["light-desktop", "light-phone", "dark-desktop", "dark-phone"])
def test_the_404_page_passes_axe_where_it_is_served(browser, pages_url: str, scheme, viewport):
    """As served for a missing address two folders deep, in both palettes and widths."""
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    try:
        problems = axe_violations(page, pages_url + MISSING, AXE)
        assert page.locator("article h1").inner_text().strip() == TITLE
    finally:
        context.close()
    assert problems == [], "\n".join(problems)
