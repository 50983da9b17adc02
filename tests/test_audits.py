"""What the Lighthouse audits ask of every page, checked on the built HTML.

`make lighthouse` runs Lighthouse itself; these keep its findings fixed without a browser.
"""

from __future__ import annotations

import re
from pathlib import Path

DIALOG = re.compile(r"<[^>]*\brole=\"dialog\"[^>]*>")


def test_every_dialog_has_an_accessible_name(site: Path):
    """Material's search dialog is named, so a screen reader announces what opened."""
    pages = sorted(site.rglob("*.html"))
    dialogs = [(page, tag) for page in pages for tag in DIALOG.findall(page.read_text("utf-8"))]
    assert dialogs, "the search dialog is on every page"
    unnamed = [f"{page.relative_to(site)}: {tag}" for page, tag in dialogs
               if not re.search(r'\baria-label(?:ledby)?="[^"]+"', tag)]
    assert unnamed == []


def test_citation_buttons_keep_their_contrast_on_a_touch_screen(phone, base_url: str):
    """On touch screens the cite button is always shown, fully opaque: faded, it fails 4.5:1."""
    phone.goto(base_url + "2022-01-last-mile/most-impressive-2021/")
    phone.wait_for_selector(".passage__cite")
    assert phone.evaluate("matchMedia('(hover: none)').matches"), "the phone has no hover"
    opacities = phone.eval_on_selector_all(
        ".passage__cite", "buttons => buttons.map(b => getComputedStyle(b).opacity)"
    )
    assert opacities and set(opacities) == {"1"}
