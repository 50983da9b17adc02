"""Speaker and topic pages across a long series: grouped by exhibit, newest first, and split
into one page per exhibit before they grow too long to read (tests/perf/FIGURES.md:
no page over 300 KB of HTML at 100 panels, measured by `make bench`)."""

from __future__ import annotations

import re
import sys

import pytest

from conftest import ROOT, SEED
from exhibit import read_transcripts
from roundtable.pages.pages import SPEAKER_PASSAGES, TOPIC_MENTIONS, TOPIC_PAGE_BYTES, generate
from roundtable.site import build_site

sys.path.insert(0, str(ROOT / "tests" / "perf"))
from perfkit import synthetic_metadata, synthetic_transcript  # noqa: E402

PANELS = 14
"""The bench's variants are a month apart from January 2022: two years."""


@pytest.fixture(name="series", scope="module")
def fixture_series(tmp_path_factory: pytest.TempPathFactory):
    """The seed and 13 variants of it (the bench's generator), and every page made of them."""
    seeds = tmp_path_factory.mktemp("long-series")
    text, metadata = SEED.read_text("utf-8"), SEED.with_suffix(".yml").read_text("utf-8")
    (seeds / SEED.name).write_text(text, encoding="utf-8")
    (seeds / SEED.with_suffix(".yml").name).write_text(metadata, encoding="utf-8")
    (seeds / "topics.yml").write_bytes((ROOT / "seeds" / "topics.yml").read_bytes())
    for number in range(2, PANELS + 1):
        stem = f"synthetic-{number:03d}"
        (seeds / f"{stem}.txt").write_text(synthetic_transcript(text, number), encoding="utf-8")
        (seeds / f"{stem}.yml").write_text(synthetic_metadata(metadata, number), encoding="utf-8")
    site = build_site(read_transcripts(seeds))
    pages, _ = generate(site)
    return site, pages


def links_in(page: str) -> list[str]:
    return re.findall(r'href="([^"?]+)', page)


def by_year(transcripts) -> dict[str, list]:
    years: dict[str, list] = {}
    for transcript in sorted(transcripts, key=lambda t: t.info["date"], reverse=True):
        years.setdefault(transcript.info["date"][:4], []).append(transcript)
    return years


def test_a_speaker_of_many_panels_lists_them_by_year_newest_first_a_page_each(series):
    site, pages = series
    (speaker, transcripts), *_ = site.speakers
    assert len(transcripts) == PANELS
    assert len(site.passages_by_speaker[speaker.id]) > SPEAKER_PASSAGES
    path = site.urls.speaker(speaker)
    main = pages[path]
    assert 'class="speaker-passage passage"' not in main, "the passages are on the exhibits' pages"
    years = by_year(transcripts)
    assert list(years) == ["2023", "2022"]
    assert [main.index(f'<p class="speaker-year">{year} 年') for year in years] == sorted(
        main.index(f'<p class="speaker-year">{year} 年') for year in years)
    wanted = [site.urls.href(path, site.urls.speaker_in(speaker, t.slug))
              for held in years.values() for t in held]
    assert [link for link in links_in(main) if link in wanted] == wanted
    for transcript in transcripts:
        page = pages[site.urls.speaker_in(speaker, transcript.slug)]
        assert transcript.title in page.split("<dl")[0], "the page says which panel it is"
        anchors = re.findall(r'class="speaker-passage passage" id="([^"]+)"', page)
        assert anchors == [p.anchor for p in site.passages_by_speaker[speaker.id]
                           if p.transcript is transcript]


def test_a_topic_of_many_panels_lists_them_newest_first_a_page_a_year(series):
    site, pages = series
    topic_id, passages = max(site.mentioned_topics.items(), key=lambda item: len(item[1]))
    topic = site.topics[topic_id]
    assert len(passages) > TOPIC_MENTIONS
    path = site.urls.topic(topic)
    main = pages[path]
    assert 'class="mention passage"' not in main
    years = by_year({p.transcript for p in passages})
    for year, held in years.items():
        first = site.urls.topic_in(topic, year)
        assert site.urls.href(path, first) in links_in(main)
        # The year's page, and when it would be too heavy its parts: <year>-2, <year>-3…
        year_pages = [first] + [page for page in pages
                                if re.fullmatch(re.escape(first[:-3]) + r"-\d+\.md", page)]
        held_by = {t.slug: [page for page in year_pages if f"{{: #in-{t.slug} }}" in pages[page]]
                   for t in held}
        assert all(len(found) == 1 for found in held_by.values()), "each panel on one page"
        assert sum(pages[page].count('class="mention passage"') for page in year_pages) == sum(
            p.transcript in held for p in passages)
        for transcript in held:  # the topic's page links each panel to the page holding it
            (page,) = held_by[transcript.slug]
            assert site.urls.href(path, page, f"in-{transcript.slug}") in links_in(main)


def test_a_year_too_heavy_for_one_page_is_cut_into_parts_newest_first(series):
    site, pages = series
    parts = [page for page in pages if re.fullmatch(r"topics/[^/]+/\d{4}-\d+\.md", page)]
    assert parts, "the bench's generator makes a year of a topic heavier than a page"
    for part in parts:
        first = re.sub(r"-\d+\.md$", ".md", part)
        assert first in pages
        order = [m.group(1) for page in (first, part)
                 for m in re.finditer(r"\{: #in-([^ ]+) \}", pages[page])]
        dates = [next(t.info["date"] for t in site.transcripts if t.slug == s) for s in order]
        assert dates == sorted(dates, reverse=True), "newest first, across the parts"
        assert "共 " in pages[part] and site.urls.href(part, first) in links_in(pages[part])


def test_no_page_of_a_speaker_or_topic_holds_more_than_a_page_of_markdown(series):
    _, pages = series
    sizes = {path: len(page.encode("utf-8")) for path, page in pages.items()
             if re.match(r"(speakers|topics)/[^/]+/", path)}
    heaviest = max(sizes, key=sizes.get)
    assert sizes[heaviest] <= TOPIC_PAGE_BYTES, heaviest


def test_a_short_series_keeps_one_page_grouped_by_panel_newest_first():
    folder = ROOT / "tests" / "series"
    site = build_site(read_transcripts(folder) + read_transcripts(ROOT / "seeds"))
    pages, _ = generate(site)
    assert not [path for path in pages if re.match(r"(speakers|topics)/[^/]+/", path)]
    for topic_id, passages in site.mentioned_topics.items():
        exhibits = list(dict.fromkeys(p.transcript for p in passages))
        page = pages[site.urls.topic(site.topics[topic_id])]
        # Each passage under the heading of its panel, the newest panel first.
        headings = [m for t in exhibits for m in re.finditer(f'#in-{t.slug}', page)]
        assert len(headings) == len(exhibits)
        order = sorted(exhibits, key=lambda t: page.index(f"#in-{t.slug}"))
        assert order == sorted(exhibits, key=lambda t: str(t.info.get("date", "")), reverse=True)


def test_the_seed_alone_has_no_pages_per_exhibit():
    pages, _ = generate(build_site(read_transcripts(ROOT / "seeds")))
    assert not [path for path in pages if re.match(r"(speakers|topics)/[^/]+/", path)]


def test_the_pages_of_one_exhibit_or_year_are_kept_out_of_search(series):
    # They quote passages search finds on their own pages (data-search-exclude): the
    # speaker's or topic's own page is found, not one more page per exhibit or year.
    site, pages = series
    (speaker, transcripts), *_ = site.speakers
    assert "exclude: true" not in pages[site.urls.speaker(speaker)].split("---")[1]
    for transcript in transcripts:
        front = pages[site.urls.speaker_in(speaker, transcript.slug)].split("---")[1]
        assert "search:\n  exclude: true" in front
    topic_pages = [page for path, page in pages.items() if path.startswith("topics/")
                   and re.search(r"/\d{4}(-\d+)?\.md$|/\d{4}(-\d+)?/index\.md$", path)]
    assert topic_pages
    for page in topic_pages:
        assert re.search(r"search:\n(  .*\n)*  exclude: true", page.split("---")[1]), page[:200]
