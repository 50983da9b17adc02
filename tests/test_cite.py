"""Citing a passage: permalinks that stay put, a citation to paste, the paragraph a link names.

A reader copies a citation of a paragraph, or of a sentence they selected in it, and gets
the speaker, the question, the event, its date, the paragraph's number and its published URL,
attributed to the report's author (the seed is 机器之心's report, never the speaker's quote;
tests/test_citations.py specifies attribution, styles and meta data). Opening that URL
scrolls to the paragraph and highlights it. Anchors are made of question, speaker and rank,
so correcting the transcript or adding a paragraph elsewhere moves none of them.
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path

from conftest import DESKTOP, EXHIBIT, SEED, open_for_instant_navigation
from roundtable.transcript import load
from sitecheck import read_page, resolve, select_text


def answers(model):
    """(part, question, speaker, paragraph) for every answer paragraph, in order."""
    return [
        (part, question, model.speaker(answer.speaker), paragraph)
        for part, question, answer, paragraph in model.passages()
    ]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def published_prefix(site: Path) -> str:
    """The absolute address the site is built for (site_url), read from its sitemap."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return min(re.findall(r"<loc>([^<]+)</loc>", sitemap), key=len)


# --- stable anchors ------------------------------------------------------------------------


def paragraph_ids(transcript) -> dict[str, tuple[str, str, str]]:
    """Every paragraph id with (question id, speaker id, text)."""
    return {
        p.id: (q.id, answer.speaker, p.text)
        for _, q, answer, p in transcript.passages()
    }


def test_anchors_survive_a_corrected_typo_and_a_paragraph_added_elsewhere(tmp_path: Path, model):
    """Fixing one paragraph's text and inserting a paragraph in another answer (which
    shifts every later line) leaves every other paragraph's id where it was."""
    before = paragraph_ids(model)
    _, typo_q, typo_speaker, typo_p = answers(model)[1]
    _, grown_q, grown_speaker, grown_p = next(
        a for a in answers(model) if a[1] is not typo_q
    )
    seeds = tmp_path / "seeds"
    shutil.copytree(SEED.parent, seeds)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    # A typo corrected: the paragraph's text changes, its place does not.
    corrected = typo_p.text.replace(typo_p.text[-6:-1], "(已更正)", 1)
    assert corrected != typo_p.text
    lines[typo_p.line - 1] = lines[typo_p.line - 1].replace(typo_p.text, corrected)
    # A paragraph added after another speaker's paragraph: everything below moves two lines.
    lines[grown_p.line - 1:grown_p.line] = [lines[grown_p.line - 1], "", "他还补充了一段新的内容。"]
    (seeds / SEED.name).write_text("\n".join(lines), encoding="utf-8")

    after = paragraph_ids(load(seeds / SEED.name))

    added = set(after) - set(before)
    assert len(added) == 1, added
    (new_id,) = added
    assert after[new_id][:2] == (grown_q.id, grown_speaker.id)
    assert set(before) <= set(after), "an existing anchor disappeared"
    for pid, (question, speaker, text) in before.items():
        assert after[pid][:2] == (question, speaker), pid
        expected = corrected if pid == typo_p.id else text
        assert after[pid][2] == expected, pid
    moved = [p for _, _, _, p in answers(load(seeds / SEED.name)) if p.line > grown_p.line]
    assert moved, "the insertion should shift later lines, or the test proves nothing"


def test_anchors_on_the_pages_are_the_ids_in_the_published_json(site: Path):
    """Each paragraph id of data/<exhibit>.json is an anchor on its question page and on
    the full transcript, and the transcript has no other passage anchors."""
    data = json.loads((site / "data" / f"{EXHIBIT}.json").read_text(encoding="utf-8"))
    transcript = read_page(site / EXHIBIT / "transcript" / "index.html")
    json_ids = {p["id"] for p in data["intro"]}
    for section in data["sections"]:
        for question in section["questions"]:
            page = read_page(site / EXHIBIT / question["id"] / "index.html")
            for answer in question["answers"]:
                for paragraph in answer["paragraphs"]:
                    assert paragraph["id"] in page.ids, (question["id"], paragraph["id"])
                    json_ids.add(paragraph["id"])
            json_ids |= {p["id"] for p in question["context"]}
    html = (site / EXHIBIT / "transcript" / "index.html").read_text(encoding="utf-8")
    passage_ids = set(_passage_ids(html))
    assert passage_ids == json_ids
    assert json_ids <= transcript.ids


def _passage_ids(html: str) -> list[str]:
    # A translated exhibit's passages are also "bilingual": one anchor for both versions.
    return re.findall(r'<p class="passage(?: bilingual)?" id="([^"]*)"', html)


# --- data to take away ---------------------------------------------------------------------


def test_home_and_about_link_to_the_csv(site: Path):
    """Both the home page and the about page offer the CSV for download."""
    for page in ("index.html", "about/index.html"):
        targets = [resolve(site, page, href) for href in read_page(site / page).links]
        assert (f"data/{EXHIBIT}.csv", "") in targets, page


# --- in the browser ------------------------------------------------------------------------


def clipboard(page) -> str:
    page.wait_for_function("document.getElementById('cite-status')?.textContent.length > 0")
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_citation_gives_speaker_question_event_date_and_url(reader, base_url, site, model):
    """"复制引用" copies who spoke, the question, the event, its date and the permalink."""
    part, question, speaker, paragraph = answers(model)[1]
    page_url = f"{published_prefix(site)}{EXHIBIT}/{question.id}/"
    reader.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    passage = reader.locator(f"#{paragraph.id}")
    button = passage.get_by_role("button", name="复制引用")
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    button.click()
    text = clipboard(reader)
    for expected in (speaker.name, speaker.affiliation, question.text, model.title,
                     model.info["date_label"], model.info["series"],
                     f"{page_url}#{paragraph.id}"):
        assert expected in text, expected
    assert reader.get_by_role("status").filter(has_text="已复制").count() == 1


def test_copy_citation_from_the_transcript_links_to_the_question_page(
    reader, base_url, site, model
):
    """On the full transcript, the citation's URL is the paragraph on its question page."""
    _, question, speaker, paragraph = answers(model)[-1]
    reader.goto(f"{base_url}{EXHIBIT}/transcript/")
    reader.locator(f"#{paragraph.id}").get_by_role("button", name="复制引用").click()
    text = clipboard(reader)
    assert text.startswith("据机器之心报道，" + speaker.name)
    assert text.endswith(f"{published_prefix(site)}{EXHIBIT}/{question.id}/#{paragraph.id}")


def test_cite_selection_quotes_the_selected_words(reader, base_url, model):
    """Selecting words in a paragraph offers "引用所选", which copies them in quotation
    marks, as the report's words, with the same citation."""
    _, question, speaker, paragraph = answers(model)[0]
    reader.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    quote_button = reader.locator(f"#{paragraph.id}").get_by_role("button", name="引用所选")
    assert not quote_button.is_visible()
    words = select_text(reader, f"#{paragraph.id} .passage__zh", 4, 24)
    quote_button.wait_for(state="visible")
    quote_button.click()
    text = clipboard(reader)
    assert f"“{words}”" in text
    assert text.startswith(f"机器之心的报道转述{speaker.name}的发言：“{words}”")
    assert model.title in text
    assert text.endswith(f"#{paragraph.id}")


def test_citation_buttons_are_reachable_and_visible_by_keyboard(browser, base_url, model):
    """Tabbing into a paragraph reaches its ¶ link and then its button, both visible."""
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    _, question, _, paragraph = answers(model)[0]
    page.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    page.locator(f"#{paragraph.id} .passage__link").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "复制引用"
    opacity = page.evaluate("getComputedStyle(document.activeElement).opacity")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert float(opacity) == 1 and outline != "none"
    page.keyboard.press("Enter")
    assert f"#{paragraph.id}" in clipboard(page)
    context.close()


def test_without_the_clipboard_api_the_citation_is_still_copied(browser, base_url, model):
    """When the browser refuses the clipboard API (as from file://), copying falls back."""
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));"
    )
    page = context.new_page()
    _, question, _, paragraph = answers(model)[0]
    page.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    page.locator(f"#{paragraph.id}").get_by_role("button", name="复制引用").click()
    assert clipboard(page).endswith(f"{EXHIBIT}/{question.id}/#{paragraph.id}")
    context.close()


def test_offline_copy_cites_the_published_address(browser, site: Path, model):
    """Opened from disk, the citation names the published URL, not a file path."""
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    _, question, _, paragraph = answers(model)[0]
    page.goto((site / EXHIBIT / question.id / "index.html").as_uri())
    page.locator(f"#{paragraph.id}").get_by_role("button", name="复制引用").click()
    page.wait_for_function("document.getElementById('cite-status')?.textContent.length > 0"
                           " || document.getElementById('cite-manual')")
    manual = page.locator("#cite-manual textarea")
    text = manual.input_value() if manual.count() else page.evaluate(
        "navigator.clipboard.readText()")
    assert text.endswith(f"{published_prefix(site)}{EXHIBIT}/{question.id}/#{paragraph.id}")
    context.close()


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """selector => { const box = document.querySelector(selector).getBoundingClientRect();
                         return box.top >= 0 && box.bottom <= innerHeight; }""",
        selector,
    )


def starts_in_viewport(page, selector: str) -> bool:
    """Whether an element too tall to show whole below the header starts near the top of
    the screen and fills the rest of it."""
    return page.evaluate(
        """selector => { const box = document.querySelector(selector).getBoundingClientRect();
                         return box.top >= 0 && box.top < innerHeight / 3
                           && box.bottom > innerHeight; }""",
        selector,
    )


def test_opening_a_permalink_scrolls_to_and_highlights_the_paragraph(reader, base_url, model):
    """Opening …#<id> shows that paragraph, highlighted, and no other."""
    _, _, _, paragraph = answers(model)[-2]
    reader.goto(f"{base_url}{EXHIBIT}/transcript/#{paragraph.id}")
    target = reader.locator(f"#{paragraph.id}")
    reader.wait_for_function(
        f"document.getElementById('{paragraph.id}').classList.contains('passage--target')"
    )
    assert reader.locator(".passage--target").count() == 1
    # Its start at least: with its English beside it, a passage may be taller than a phone.
    assert in_viewport(reader, f"#{paragraph.id}") or starts_in_viewport(
        reader, f"#{paragraph.id}")
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    plain = reader.locator(".passage:not(.passage--target)").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    assert background != plain


def test_a_permalink_followed_by_instant_navigation_highlights_too(
    desktop, instant_base_url, model
):
    """Following a ¶ link from the transcript (Material swaps the page without reloading)
    lands on the question page with that paragraph highlighted and in view."""
    _, question, _, paragraph = answers(model)[-1]
    open_for_instant_navigation(desktop, f"{instant_base_url}{EXHIBIT}/transcript/")
    desktop.evaluate("window.__sameDocument = true")
    # Clicked where it stands, without scrolling to it first: scrolling would have Material's
    # navigation.tracking rewrite the address a moment later, racing the click.
    desktop.locator(f"#{paragraph.id} .passage__link").dispatch_event("click")
    desktop.wait_for_url(f"**/{EXHIBIT}/{question.id}/#{paragraph.id}")
    desktop.wait_for_function(
        f"document.getElementById('{paragraph.id}')?.classList.contains('passage--target')"
    )
    assert desktop.evaluate("window.__sameDocument === true"), "expected instant navigation"
    assert desktop.locator(".passage--target").count() == 1
    assert in_viewport(desktop, f"#{paragraph.id}")


def test_citation_controls_are_not_printed(desktop, base_url, model):
    """Printing a page prints the text, not the buttons."""
    _, question, _, paragraph = answers(model)[0]
    desktop.goto(f"{base_url}{EXHIBIT}/{question.id}/")
    desktop.emulate_media(media="print")
    assert not desktop.locator(f"#{paragraph.id} .passage__tools").is_visible()

