"""Valid HTML, and pages that load cleanly: the Nu Html Checker and a browser's console.

The Nu Html Checker (``node_modules/vnu-jar``, pinned in package-lock.json, run on the system's
Java) checks every generated page in one JVM call. The few errors it reports in markup that
Material itself writes are allowed below, each with the reason; anything else fails.
Broken internal links and anchors are checked in test_site.py (sitecheck.py).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT
from sitecheck import site_pages

pytestmark = pytest.mark.system  # Java and node_modules/vnu-jar: `make test` installs them
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class ThemeError:
    """An error in markup the theme writes, which no template of the exhibit controls."""

    message: str
    """A regular expression the checker's message matches."""
    extract: str
    """A piece of the offending markup, so only that element is allowed."""
    why: str


THEME_ERRORS = [
    ThemeError(
        r"^Attribute “autocomplete” is only allowed when the input type is",
        'class="md-toggle"',
        "Material's drawer and search toggles are checkboxes with autocomplete=\"off\", so "
        "browsers do not restore them checked on back navigation; the spec allows the "
        "attribute on text-like inputs only.",
    ),
    ThemeError(
        r"^The value of the “for” attribute of the “label” element must be the ID of a "
        r"non-hidden form control",
        'for="__toc"',
        "Material's table-of-contents title is a label for the __toc toggle, which it writes "
        "only when the page's entry in the navigation has a table of contents; on a section "
        "index page (topics/) the navigation entry is the section, so the label points nowhere. "
        "It only folds the table of contents on small screens.",
    ),
]


def allowed(message: dict) -> bool:
    return any(
        re.search(e.message, message.get("message", "")) and e.extract in message.get("extract", "")
        for e in THEME_ERRORS
    )


@pytest.fixture(name="vnu_messages", scope="module")
def fixture_vnu_messages(site: Path) -> list[dict]:
    """Every error the checker reports on the site's pages."""
    if not VNU.is_file():
        pytest.fail("node_modules/vnu-jar is missing: run `make test`, which runs npm ci")
    if not shutil.which("java"):
        pytest.fail("java is missing: run `make test`, which installs default-jre-headless")
    pages = sorted(str(p) for p in site.rglob("*.html"))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # The checker writes its JSON report to stderr and exits 1 when it found errors.
    report = json.loads(result.stderr)
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]


def describe(message: dict) -> str:
    page = message.get("url", "").split("/site/", 1)[-1]
    extract = " ".join(message.get("extract", "").split())
    return f"{page}:{message.get('lastLine', '?')}: {message['message']} [{extract[:120]}]"


def test_the_nu_html_checker_finds_no_error_but_the_themes_own(vnu_messages):
    errors = [describe(m) for m in vnu_messages if not allowed(m)]
    assert errors == [], "\n".join(errors)


def test_the_checker_runs_and_the_allowed_theme_errors_still_occur(vnu_messages):
    """The allow-list stays short and true: each entry must still match something."""
    for entry in THEME_ERRORS:
        assert any(
            re.search(entry.message, m["message"]) and entry.extract in m.get("extract", "")
            for m in vnu_messages
        ), f"no longer reported, remove it from THEME_ERRORS: {entry.message}"


def test_a_page_with_a_real_error_is_reported(tmp_path: Path):
    """The gate can fail: a page the exhibit might write wrongly is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>x</title></head>'
        '<body><p><span aria-label="3 处">3</span><div>block in p</div></body></html>',
        encoding="utf-8",
    )
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", str(page)],
        capture_output=True, text=True, timeout=120,
    )
    messages = json.loads(result.stderr)["messages"]
    assert any("aria-label" in m["message"] for m in messages)
    assert not any(allowed(m) for m in messages)


# --- the console -----------------------------------------------------------------------

# Hosts a published page may ask anything of: none. (Material's repository link would ask
# GitHub's API for stars and forks; overrides/partials/source.html keeps it a plain link.)
OUTSIDE_ALLOWED: set[str] = set()


def test_no_page_logs_an_error_or_fails_a_request(crawl, site: Path):
    """Every page loads without a console error, a script error or a failed request, at
    desktop width and once narrowed to a phone's (the crawl in conftest.py).

    Requests outside the site are answered with an error here (the tests never use the
    network); only the allowed hosts above may be asked at all.
    """
    assert list(crawl.visits) == site_pages(site), "every page was opened"
    assert crawl.problems == [], "\n".join(crawl.problems)
    assert crawl.outside <= OUTSIDE_ALLOWED, f"pages ask hosts outside the site: {crawl.outside}"
