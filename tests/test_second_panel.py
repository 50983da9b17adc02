"""A second panel as a new curator adds it (issue 21): an 8-line timed transcript with no title
line, and metadata giving its title and date, dropped into seeds/ beside the seed. The strict
build carries the metadata's title everywhere, keeps the host's opening as the first question,
reads its date as 2024 年 3 月 wherever it is shown, and the about page is true of every panel."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SECOND_PANEL
from roundtable.init_ids import person_id, proposed_date, question_ids
from roundtable.metadata import load_metadata
from roundtable.readers.source import Line
from roundtable.readers.title import could_be_title
from roundtable.transcript import load
from transcript import main  # the command, hooks/transcript.py

PANEL = SECOND_PANEL
SLUG = "2024-03-edge-ai"
TITLE = "端侧大模型：内存、蒸馏与量化"
FIRST_TURN = "欢迎收听本期节目，今天我们请到两位嘉宾，聊一聊端侧大模型。"


@pytest.fixture(name="panel_site")
def fixture_panel_site(panels_site: Path) -> Path:
    """The second panel beside the seed, built strictly (in one project with the other panels
    curators add: conftest.panels_site)."""
    return panels_site


def page(site: Path, *parts: str) -> str:
    return (site.joinpath(*parts) / "index.html").read_text(encoding="utf-8")


def visible(text: str) -> str:
    """What a reader sees of a page: no script, no style, no tags, no attributes."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)))


# --- the title ------------------------------------------------------------------------


def test_a_timed_first_turn_is_speech_and_the_host_opening_is_the_first_question():
    transcript = load(PANEL / f"{SLUG}.txt")
    assert transcript.title == TITLE and transcript.title_line == 0
    first = transcript.questions[0]
    assert first.asked and first.asker == "主持人" and first.text == FIRST_TURN
    assert first.line == 1 and transcript.warnings == ()


@pytest.mark.parametrize(("line", "title"), [
    ("[00:00:02] 主持人：欢迎收听本期节目", False),
    ("00:00:02 主持人：欢迎收听本期节目", False),
    ("主持人：欢迎收听本期节目，今天聊端侧大模型。", False),
    ("说话人1 00:01:23", False),
    ("王若溪：大家好，我是王若溪。", False),
    ("专访东岳人工智能研究院院长周敏：大模型的下一站", True),
    ("演讲 | 周立群：让大模型走进车间", True),
    ("Creator 面对面 | 大模型的最后一公里路“不太平”", True),
])
def test_a_line_holding_a_time_a_label_or_a_turns_shape_is_never_a_title(line, title):
    others = [Line(2, "主持人：第二个问题？"), Line(3, "王若溪：回答。")]
    assert could_be_title(Line(1, line), [Line(1, line), *others],
                          load_metadata(PANEL / f"{SLUG}.txt")) is title


def test_the_metadatas_title_overrides_a_title_line(tmp_path: Path):
    seed = tmp_path / "2022-01-last-mile.txt"
    seed.write_bytes((ROOT / "seeds" / seed.name).read_bytes())
    yml = (ROOT / "seeds" / "2022-01-last-mile.yml").read_text(encoding="utf-8")
    seed.with_suffix(".yml").write_text(
        yml.replace("exhibit:\n", "exhibit:\n  title: 大模型的最后一公里\n", 1), encoding="utf-8")
    assert load(seed).title == "大模型的最后一公里"


def test_a_title_from_the_file_name_is_a_warning_naming_the_metadata_key(tmp_path: Path):
    copy = tmp_path / f"{SLUG}.txt"
    copy.write_bytes((PANEL / copy.name).read_bytes())  # without its metadata
    transcript = load(copy)
    assert transcript.title == SLUG
    assert [w for w in transcript.warnings if "exhibit: title:" in w.hint]
    assert transcript.questions[0].text == FIRST_TURN, "the first turn stays speech"


def test_h1_title_navigation_and_citations_carry_the_metadatas_title(panel_site: Path):
    home = page(panel_site, SLUG)
    assert f'<h1 id="exhibit">{TITLE}</h1>' in home
    assert re.search(rf"<title>{re.escape(TITLE)} - ", home)
    series = page(panel_site)
    assert re.search(rf'class="md-nav__link"[^>]*>\s*(<span[^>]*>\s*)?{re.escape(TITLE)}',
                     series), "the navigation names the exhibit by its title"
    question = page(panel_site, SLUG, load(PANEL / f"{SLUG}.txt").questions[1].id)
    gbt = re.findall(r'data-cite-gbt="([^"]*)"', question)
    assert gbt and all(g.startswith(TITLE) for g in gbt)
    assert 'class="cite-page__text" data-cite-style="gbt">' + TITLE in question
    for built in (panel_site / SLUG).rglob("*.html"):  # every page of it cites it by its title
        for cited in re.findall(r'data-cite-gbt="([^"]*)"', built.read_text(encoding="utf-8")):
            assert cited.startswith(TITLE), (built, cited)


# --- dates ----------------------------------------------------------------------------


def test_the_date_reads_2024_nian_3_yue_wherever_it_is_shown(panel_site: Path):
    home = visible(page(panel_site, SLUG))
    assert "2024 年 3 月" in home
    series = page(panel_site)
    entry = series[series.index(f'id="{SLUG}"'):]
    assert "<span>2024 年 3 月</span>" in entry[:entry.index("</li>")]
    transcript = page(panel_site, SLUG, "transcript")
    leads = re.findall(r'data-cite-lead="([^"]*)"', transcript)
    assert leads and all("2024 年 3 月" in lead for lead in leads)


def test_no_page_shows_a_raw_iso_month(panel_site: Path):
    # Not "JSON Schema 2020-12", a specification's name.
    raw = re.compile(r"(?<![\w-])(?<!Schema )\d{4}-\d{2}(?![\w-])")
    for built in panel_site.rglob("*.html"):
        shown = raw.findall(visible(built.read_text(encoding="utf-8")))
        assert not shown, (built, shown)


# --- the about page and the site's description ----------------------------------------


def test_the_about_page_is_true_of_every_panel(panel_site: Path):
    about = visible(page(panel_site, "about"))
    counted = re.search(r"本站现有 (\d+) 场：(\d+) 场是转述报道，(\d+) 场是逐字记录", about)
    assert counted, "the about page counts the panels by mode"
    total, reported, verbatim = map(int, counted.groups())
    assert total == len(list(panel_site.glob("*/transcript/index.html"))) > 2
    assert (reported, verbatim) == (about.count("：转述报道，各段是"),
                                    about.count("：逐字记录，各段是发言者的原话")), (
        "the count agrees with the mode each panel's entry gives")
    assert reported + verbatim == total
    assert "Creator 面对面 | 大模型的最后一公里路“不太平” （2022 年 1 月）：转述报道" in about
    assert f"{TITLE} （2024 年 3 月）：逐字记录" in about
    assert "2022-01-last-mile.txt" in about and f"{SLUG}.txt" in about
    assert "image placeholder （第 15、65 行）" in about, "the seed's left-out lines"
    assert "每一行都收入了展览" in about
    assert f"来源记录 · {TITLE}" in about


def test_the_editors_prose_says_nothing_a_new_panel_can_falsify():
    prose = (ROOT / "docs" / "about.md").read_text(encoding="utf-8")
    for claim in ("一篇", "一场中文", "模型专场直播的文章", "图片` 占位"):
        assert claim not in prose, claim
    description = yaml.safe_load(
        (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0]
        .replace("!ENV ", ""))["site_description"]
    assert not re.search(r"\d{4}|(?<!每)一场", description), description


def test_a_panels_closing_remark_has_the_cite_control_answers_have(panel_site: Path):
    transcript = page(panel_site, SLUG, "transcript")
    closing = re.search(r'<p class="passage closing-remark" id="closing-1"[^>]*>', transcript)
    assert closing, "the closing remark is a passage"
    lead = "主持人在播客（2024 年 3 月）上的结束语（全文实录 ¶ 8）。"
    assert f'data-cite-lead="{lead}"' in closing.group(0)
    assert 'data-cite-quote="主持人："' in closing.group(0)


# --- --init ---------------------------------------------------------------------------


def test_init_proposes_readable_ids_the_date_and_no_source_title(tmp_path: Path, capsys):
    copy = tmp_path / f"{SLUG}.txt"
    copy.write_bytes((PANEL / copy.name).read_bytes())
    shutil.copy(ROOT / "seeds" / "topics.yml", tmp_path / "topics.yml")
    assert main(["--init", str(copy)]) == 0
    text = copy.with_suffix(".yml").read_text(encoding="utf-8")
    written = yaml.safe_load(text)
    assert [s["id"] for s in written["speakers"]] == ["wang-ruoxi", "li-mingyuan"]
    ids = [q["id"] for q in written["questions"]]
    assert ids[2] == "distillation-vs-quantization"
    assert len(set(ids)) == len(ids) and all(len(i.split("-")) <= 4 for i in ids)
    assert written["exhibit"]["date"] == "2024-03"
    assert re.search(r'date: "2024-03"\s+# proposed from the file\'s name', text)
    assert "title" not in (written.get("source") or {}), "the original's title is not guessed"


def test_init_ids_come_from_english_names_and_whole_words():
    assert person_id("陈虞君", "Yujun Chen") == "chen-yujun"
    assert person_id("王若溪") == "wang-ruoxi"
    assert person_id("欧阳文杰") == "ouyang-wenjie"
    assert person_id("Sarah Chen") == "sarah-chen"
    transcript = load(ROOT / "seeds" / "2022-01-last-mile.txt")
    ids = question_ids(transcript.questions, transcript.topics)
    assert len(set(ids)) == len(ids)
    for question_id in ids:
        assert question_id not in {"question", "speaker", "q", "model"}, question_id


def test_init_proposes_the_date_an_intro_gives_when_the_name_gives_none():
    assert proposed_date("panel.txt", ["标题", "2024 年 3 月，两位嘉宾做客直播间。"]) == (
        "2024-03", "the text (2024 年 3 月)")
    assert proposed_date("panel.txt", ["「2021-2022 年度 AI 技术趋势洞察」"]) == ("", "")
    assert proposed_date("20240305-panel.txt", [])[0] == "2024-03-05"
