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
