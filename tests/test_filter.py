"""Filtering the full transcript by speaker or topic, with the filter kept in the URL.

The filter is the reader's own view of the whole: it hides what does not match, says how
much is shown, can be cleared, survives a reload and a shared link, and without JavaScript
the page still reads whole, with no control that does nothing.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qs, urlsplit

from conftest import EXHIBIT, follow_instantly, open_for_instant_navigation


def transcript_url(base_url: str, query: str = "") -> str:
    return f"{base_url}{EXHIBIT}/transcript/{query}"


def visible_passages(page) -> list[dict[str, str]]:
    """The paragraphs a reader can see, with their speaker and topics."""
    return page.eval_on_selector_all(
        ".md-typeset .passage",
        """nodes => nodes.filter(n => n.checkVisibility())
                         .map(n => ({id: n.id, speaker: n.dataset.speaker || "",
                                     topics: n.dataset.topics}))""",
    )


def visible(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(
        selector,
        "nodes => nodes.filter(n => n.checkVisibility()).map(n => n.id || n.dataset.question)",
    )


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def quiet_speaker(model):
    """The speaker with the fewest paragraphs, and the questions they did not answer."""
    counts = Counter(answer.speaker for q in model.questions for answer in q.answers
                     for _ in answer.paragraphs)
    speaker = model.speaker(min(counts, key=counts.get))
    skipped = [q.id for q in model.questions
               if all(a.speaker != speaker.id for a in q.answers)]
    return speaker, skipped


def test_choosing_a_speaker_shows_only_their_paragraphs_and_puts_it_in_the_url(desktop, base_url,
                                                                             model):
    """Choosing a speaker hides everyone else's paragraphs, the intro, and the questions
    they did not answer; the count says how many remain, the URL names the speaker."""
    speaker, skipped = quiet_speaker(model)
    assert skipped, "the quietest speaker skipped no question: the test would prove little"
    mine = [p.id for _, _, a, p in model.passages() if a.speaker == speaker.id]
    desktop.goto(transcript_url(base_url))
    total = len(visible_passages(desktop))
    desktop.locator("#transcript-filter").get_by_role("button", name=speaker.name).click()

    assert [p["id"] for p in visible_passages(desktop)] == mine
    assert query(desktop) == {"speaker": [speaker.id]}
    assert not set(skipped) & set(visible(desktop, ".transcript-block"))
    assert not desktop.locator("#intro").is_visible()
    count = desktop.locator("#transcript-filter [role=status]").text_content()
    assert str(len(mine)) in count and str(total) in count
    pressed = desktop.locator("#transcript-filter [aria-pressed=true]")
    assert pressed.text_content() == speaker.name


def test_choosing_a_topic_shows_the_paragraphs_that_mention_it(desktop, base_url, model):
    """Choosing a topic keeps exactly the paragraphs that mention it, and the URL says so."""
    counts = Counter(t for _, _, _, p in model.passages() for t in p.topics)
    topic = next(t for t, n in counts.most_common() if 1 < n < len(model.passages()))
    desktop.goto(transcript_url(base_url))
    desktop.locator("#transcript-filter select").select_option(topic)

    shown = visible_passages(desktop)
    assert shown and all(topic in p["topics"].split() for p in shown)
    mentioning = {p.id for p in model.intro if topic in p.topics} | {
        p.id for _, _, _, p in model.passages() if topic in p.topics}
    assert {p["id"] for p in shown} == mentioning
    assert query(desktop) == {"topic": [topic]}


def test_a_filtered_url_restores_the_filter_on_reload(desktop, base_url, model):
    """A shared or reloaded link opens the same filtered view, controls set to match;
    clearing the filter shows everything again and empties the URL's query."""
    speaker, _ = quiet_speaker(model)
    topic = next(t for _, _, a, p in model.passages() if a.speaker == speaker.id
                 for t in p.topics)
    desktop.goto(transcript_url(base_url, f"?speaker={speaker.id}&topic={topic}"))
    expected = [p.id for _, _, a, p in model.passages()
                if a.speaker == speaker.id and topic in p.topics]
    assert [p["id"] for p in visible_passages(desktop)] == expected
    desktop.reload()
    assert [p["id"] for p in visible_passages(desktop)] == expected
    assert desktop.locator("#transcript-filter select").input_value() == topic
    assert desktop.locator("#transcript-filter [aria-pressed=true]").text_content() == speaker.name

    desktop.get_by_role("button", name="清除筛选").click()
    assert len(visible_passages(desktop)) == len(desktop.locator(".md-typeset .passage").all())
    assert query(desktop) == {}


def test_the_filter_works_after_instant_navigation(desktop, instant_base_url, model):
    """Arriving at the transcript by Material's instant navigation, the filter is there."""
    speaker, _ = quiet_speaker(model)
    open_for_instant_navigation(desktop, instant_base_url)
    follow_instantly(desktop, desktop.locator(".md-content").get_by_role("link", name="全文实录")
                     .first, f"{instant_base_url}{EXHIBIT}/transcript/")
    desktop.locator("#transcript-filter").get_by_role("button", name=speaker.name).click()
    assert all(p["speaker"] == speaker.id for p in visible_passages(desktop))


def test_speaker_and_topic_pages_link_to_the_transcript_filtered_for_them(desktop, base_url,
                                                                        model):
    """A speaker page offers the transcript showing only that speaker; a topic page, the
    transcript showing only the paragraphs that mention the topic."""
    speaker, _ = quiet_speaker(model)
    desktop.goto(f"{base_url}speakers/{speaker.id}/")
    desktop.get_by_role("link", name=f"在全文中只看{speaker.name}的发言").click()
    desktop.wait_for_url(f"**/{EXHIBIT}/transcript/?speaker={speaker.id}")
    shown = visible_passages(desktop)
    assert shown and all(p["speaker"] == speaker.id for p in shown)

    topic = next(t for t in model.topics
                 if any(t.id in p.topics for _, _, _, p in model.passages()))
    desktop.goto(f"{base_url}topics/{topic.id}/")
    desktop.get_by_role("link", name=f"在全文中只看提到「{topic.name}」的段落").click()
    desktop.wait_for_url(f"**/{EXHIBIT}/transcript/?topic={topic.id}")
    shown = visible_passages(desktop)
    assert shown and all(topic.id in p["topics"].split() for p in shown)


def test_without_javascript_the_transcript_reads_whole_and_shows_no_filter(browser, base_url,
                                                                          model):
    """With JavaScript off, every paragraph is visible and no filter control is shown."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(transcript_url(base_url, f"?speaker={model.speakers[0].id}"))
    passages = page.locator(".md-typeset .passage")
    every = len(model.intro) + len(model.passages())
    assert passages.count() == every
    assert len(visible_passages(page)) == every
    assert not page.locator("#transcript-filter").is_visible()
    # The controls are in the page, hidden with their box: none can be reached or focused.
    controls = page.locator("#transcript-filter button, #transcript-filter select")
    assert controls.count() > 0
    assert not any(control.is_visible() for control in controls.all())
    context.close()


def test_filter_controls_are_large_enough_to_tap(phone, base_url):
    """On a phone every filter control is at least 24 px tall and the filter fits the screen."""
    phone.goto(transcript_url(base_url))
    controls = phone.locator("#transcript-filter button:visible, #transcript-filter select")
    assert controls.count() >= 3
    for control in controls.all():
        box = control.bounding_box()
        assert box["height"] >= 24 and box["x"] + box["width"] <= 390, box


def test_every_choice_offered_leads_to_paragraphs(desktop, base_url):
    """No speaker or topic is offered that would show nothing: every option counts at least
    one paragraph, for the whole transcript and for each speaker chosen."""
    desktop.goto(transcript_url(base_url))
    desktop.wait_for_selector("#transcript-filter select option[data-name]", state="attached")
    offered = """() => [...document.querySelectorAll('#transcript-filter option[data-name]')]
        .filter(o => !o.hidden && !o.parentElement.hidden)
        .map(o => [o.value, o.textContent])"""
    everything = desktop.evaluate(offered)
    assert everything
    for value, label in everything:
        desktop.locator("#transcript-filter select").select_option(value)
        assert visible_passages(desktop), f"{label} shows nothing"
        assert "（0）" not in label and "(0)" not in label
    desktop.locator("#transcript-filter select").select_option("")
    names = desktop.locator(".transcript-filter__speaker").all_inner_texts()[1:]
    for name in names:
        desktop.locator("#transcript-filter").get_by_role("button", name=name).click()
        assert visible_passages(desktop), f"{name} shows nothing"
        for _, label in desktop.evaluate(offered):
            assert not label.endswith(("（0）", "(0)")), (name, label)


FRAGMENT_NAMES_A_SHOWN_PLACE = """() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return true;
    const named = document.getElementById(id);
    return !!named && named.getClientRects().length > 0;
}"""
"""The URL's fragment is empty or names something the page shows. Material's
navigation.tracking writes the heading in view as the page scrolls (hiding paragraphs scrolls
it), so the fragment after a filter change may be a shown heading; never a hidden place."""


def test_filtering_leaves_no_fragment_that_names_a_hidden_place(desktop, base_url, model):
    """A heading's fragment (written while scrolling, or followed in) goes when the filter
    hides it: the shared link opens the filtered view, not a hidden place."""
    speaker, _ = quiet_speaker(model)
    part = next(p for p in model.parts if p.title)
    desktop.goto(transcript_url(base_url, f"#{part.id}"))
    desktop.locator("#transcript-filter").get_by_role("button", name=speaker.name).click()
    desktop.wait_for_function("() => new URLSearchParams(location.search).has('speaker')")
    assert query(desktop) == {"speaker": [speaker.id]}
    assert desktop.evaluate(FRAGMENT_NAMES_A_SHOWN_PLACE)
    desktop.locator("#transcript-filter select").select_option(
        next(t for _, _, a, p in model.passages() if a.speaker == speaker.id for t in p.topics))
    desktop.wait_for_function("() => new URLSearchParams(location.search).has('topic')")
    assert desktop.evaluate(FRAGMENT_NAMES_A_SHOWN_PLACE)


def test_the_filter_offers_no_silent_speaker_and_no_topic_only_a_question_names(model):
    """A declared speaker without a word, and a topic named only in a question's own words
    (a heading to the filter, never a shown paragraph), are not offered."""
    from dataclasses import replace

    from roundtable.model import Speaker
    from roundtable.pages.pages import filter_choices
    from roundtable.site import build_site

    named = {t for p in model.intro for t in p.topics} | {
        t for _, _, _, p in model.passages() for t in p.topics}
    only_asked = next(t.id for t in model.topics if t.id not in named)
    first = model.parts[0]
    asked = replace(first.questions[0], topics=(*first.questions[0].topics, only_asked))
    panel = replace(
        model,
        speakers=(*model.speakers, Speaker("silent-guest", "沉默嘉宾")),
        parts=(replace(first, questions=(asked, *first.questions[1:])), *model.parts[1:]),
    )
    choices = filter_choices(build_site([panel]), panel)
    assert [s for s, _ in choices["speakers"]] == [s.id for s in model.speakers]
    offered = {t for group in choices["topics"] for t, _ in group["topics"]}
    assert offered == named
