"""A series of panels: the seed plus two more, one with a guest whose name sounds like the
seed's 胡瀚 (胡翰). Speakers keep one page each; exhibits are listed by date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build, copy_project
from roundtable.transcript import load_series

SERIES = Path(__file__).parent / "series"
SEED_FILES = ("2022-01-last-mile.txt", "2022-01-last-mile.yml", "topics.yml")


def series_seeds(tmp_path: Path, confirm_id: bool) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name in SEED_FILES:
        shutil.copy(ROOT / "seeds" / name, folder / name)
    for path in SERIES.iterdir():
        shutil.copy(path, folder / path.name)
    if confirm_id:
        meta = folder / "2022-03-multimodal.yml"
        meta.write_text(meta.read_text(encoding="utf-8").replace(
            "  - name: 胡翰\n", "  - name: 胡翰\n    id: hu-han-chenghu\n"), encoding="utf-8")
    return folder


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


@pytest.fixture(name="series_site", scope="module")
def fixture_series_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("series")
    folder = series_seeds(tmp / "input", confirm_id=True)
    seeds = {p.name: p.read_bytes() for p in folder.iterdir()}
    project = copy_project(tmp / "project", seeds=seeds)
    result = build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


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


def test_the_series_home_lists_dated_exhibits_first_and_the_undated_last(series_site: Path):
    home = (series_site / "index.html").read_text(encoding="utf-8")
    positions = [home.index(f'href="{slug}/"') for slug in
                 ("2022-01-last-mile", "2022-03-multimodal", "2022-05-agents")]
    assert positions == sorted(positions)


def test_each_exhibit_home_lists_its_own_guests(series_site: Path):
    agents = article(series_site, "2022-05-agents")
    assert "梁思远" in agents and "楚航" in agents and "胡瀚" not in agents


def test_the_header_names_the_series_not_the_seed(series_site: Path):
    page = (series_site / "2022-05-agents" / "index.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "最后一公里" not in title
