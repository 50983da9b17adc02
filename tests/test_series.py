"""A series of panels: the seed plus two more, one with a guest whose name sounds like the
seed's 胡瀚 (胡翰). Speakers keep one page each; exhibits are listed by date."""

from __future__ import annotations

from pathlib import Path

from conftest import build, copy_project, series_seeds
from roundtable.transcript import load_series


def test_two_names_that_romanise_alike_never_share_an_id_and_the_curator_is_asked(tmp_path):
    folder = series_seeds(tmp_path, confirm_id=False)
    seed, multimodal, agents = load_series(sorted(folder.glob("*.txt")))
    hu = {s.name: s.id for s in seed.speakers + multimodal.speakers if s.name.startswith("胡")}
    assert hu == {"胡瀚": "hu-han", "胡翰": "hu-han-2"}
    assert any("胡翰" in w.message and "hu-han" in w.message for w in multimodal.warnings)
    assert not seed.warnings


def test_the_same_name_in_two_panels_is_one_person(tmp_path):
    folder = series_seeds(tmp_path, confirm_id=True)
    seed, multimodal, agents = load_series(sorted(folder.glob("*.txt")))
    assert {s.id for s in seed.speakers} & {s.id for s in multimodal.speakers} == {"chen-yujun"}
    assert "chu-hang" in {s.id for s in agents.speakers}, "楚航 needs no metadata to be one"


def test_without_an_id_for_the_homophone_guest_the_strict_build_stops(tmp_path: Path):
    folder = series_seeds(tmp_path / "input", confirm_id=False)
    project = copy_project(tmp_path / "project",
                           seeds={p.name: p.read_bytes() for p in folder.iterdir()})
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "2022-03-multimodal.txt:" in result.stderr and "hu-han-2" in result.stderr


def article(site: Path, page: str) -> str:
    """The page's own content, without the navigation every page carries."""
    html = (site / page / "index.html").read_text(encoding="utf-8")
    return html.split("<article", 1)[1].split("</article>", 1)[0]


def test_no_speaker_page_is_replaced(series_site: Path):
    seed_hu = article(series_site, "speakers/hu-han")
    other_hu = article(series_site, "speakers/hu-han-chenghu")
    assert "胡瀚" in seed_hu and "胡翰" not in seed_hu
    assert "胡翰" in other_hu and "澄湖大学" in other_hu


def test_a_speaker_of_two_panels_has_one_page_listing_both(series_site: Path):
    chen = article(series_site, "speakers/chen-yujun")
    assert "2022-01-last-mile/" in chen and "2022-03-multimodal/" in chen


def test_the_series_home_lists_the_newest_exhibit_first_and_the_undated_last(series_site: Path):
    home = article(series_site, ".")
    positions = [home.index(f'href="{slug}/"') for slug in
                 ("2022-03-multimodal", "2022-01-last-mile", "2022-05-agents")]
    assert positions == sorted(positions)


def _entry(home: str, slug: str) -> str:
    start = home.index(f'<h3 class="series-exhibit__title" id="{slug}">')
    return home[start:home.index("</li>", start)]


def test_the_series_home_says_of_each_exhibit_when_who_how_many_and_what_about(
    series_site: Path, tmp_path: Path,
):
    """Date (or 未知), every guest linked, the number of questions, and what it is about in
    the metadata's theme (marked as the editors') or the intro's first sentence (marked)."""
    import re

    home = article(series_site, ".")
    exhibits = load_series(sorted(series_seeds(tmp_path, True)
                                  .glob("*.txt")))
    for exhibit in exhibits:
        entry = _entry(home, exhibit.slug)
        assert (exhibit.info.get("date_label") or "日期未知") in entry, exhibit.slug
        for speaker in exhibit.speakers:
            assert f'href="speakers/{speaker.id}/">{speaker.name}</a>' in entry
        assert f"<span>{len(exhibit.questions)} 问</span>" in entry
        if exhibit.info.get("theme"):
            assert 'class="editorial-mark"' in entry and exhibit.info["theme"] in entry
        opening = re.search(r'series-exhibit__from">导语</span> (.*?) <a', entry)
        assert opening and opening.group(1) in exhibit.intro[0].text, exhibit.slug
        assert re.match(r".+[。？！?!]$", opening.group(1)), "one whole sentence"
    assert 'id="series-speakers"' in home and 'id="series-topic-cloud"' in home
    for speaker in {s.id for e in exhibits for s in e.speakers}:
        assert f'href="speakers/{speaker}/"' in home.split('id="series-speakers"')[1]


def test_anchors_of_the_first_exhibits_old_home_lead_to_their_new_place(series_site: Path):
    """Before the second panel, / was the first exhibit's home: each of its anchors is on
    the series home or sent on to the same anchor of /<exhibit>/."""
    import json
    import re
    from html import unescape

    from sitecheck import read_page

    home = (series_site / "index.html").read_text(encoding="utf-8")
    moved = json.loads(unescape(re.search(r'data-moved-anchors="([^"]*)"', home).group(1)))
    series_ids = read_page(series_site / "index.html").ids
    first_home = read_page(series_site / "2022-01-last-mile" / "index.html")
    content = article(series_site, "2022-01-last-mile")
    old = {i for i in first_home.ids if f'id="{i}"' in content} - series_ids
    assert {"source", "glance", "who-answered", "data", "intro"} <= old
    assert {i: moved.get(i) for i in old} == {i: f"2022-01-last-mile/#{i}" for i in old}


def test_a_link_to_an_old_home_anchor_opens_it_in_its_new_place(series_site: Path, desktop):
    from conftest import serve

    url, server = serve(series_site)
    try:
        desktop.goto(url + "#source")
        desktop.wait_for_url("**/2022-01-last-mile/#source")
        assert desktop.locator("#source").is_visible()
    finally:
        server.shutdown()
        server.server_close()


def test_each_exhibit_home_lists_its_own_guests(series_site: Path):
    agents = article(series_site, "2022-05-agents")
    assert "梁思远" in agents and "楚航" in agents and "胡瀚" not in agents


def test_the_header_names_the_series_not_the_seed(series_site: Path):
    page = (series_site / "2022-05-agents" / "index.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "最后一公里" not in title


def test_the_series_home_says_once_that_the_undated_come_last(series_site: Path):
    home = article(series_site, ".")
    assert home.count("未注明日期的 1 场排在最后") == 1
