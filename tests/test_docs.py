"""The documents a newcomer reads: a short README that links three others, each of which
exists and links back, and a curator's guide that lives among the transcripts without being
read as one."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from roundtable.transcript import transcripts_in

README = ROOT / "README.md"
DOCUMENTS = ("seeds/README.md", "hooks/ARCHITECTURE.md", "tests/perf/FIGURES.md")
LINK = re.compile(r"\]\(([^)#\s]+)")
CODE = re.compile(r"`[^`\n]*`")


def links(document: Path) -> set[Path]:
    """The repository files a Markdown document links to (web addresses left out)."""
    return {(document.parent / target).resolve()
            for target in LINK.findall(CODE.sub("", document.read_text(encoding="utf-8")))
            if "://" not in target}


def test_the_readme_starts_short_and_links_the_three_documents():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 150
    assert {ROOT / name for name in DOCUMENTS} <= links(README)
    assert "make serve" in text and "make test" in text


def test_every_link_between_the_documents_lands_on_a_file():
    for document in (README, *(ROOT / name for name in DOCUMENTS)):
        missing = [str(target) for target in links(document) if not target.exists()]
        assert missing == [], document


def test_the_curators_guide_is_not_read_as_a_transcript(tmp_path: Path):
    guide = "# 策展指南\n\n主持人：这不是一场圆桌。\n"
    (tmp_path / "README.md").write_text(guide, encoding="utf-8")
    (tmp_path / "panel.md").write_text("# 圆桌\n", encoding="utf-8")
    assert transcripts_in(tmp_path) == [tmp_path / "panel.md"]
    assert ROOT / "seeds" / "README.md" not in transcripts_in(ROOT / "seeds")


def test_the_figures_carry_their_dates():
    text = (ROOT / "tests/perf/FIGURES.md").read_text(encoding="utf-8")
    assert re.search(r"\b20\d\d-\d\d-\d\d\b", text)
