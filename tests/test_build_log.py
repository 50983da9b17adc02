"""What a curator reads when they build: the build's own warnings, not Material's notices.

Material for MkDocs 9.8 prints a yellow end-of-life banner whenever MkDocs runs
(``material/templates/__init__.py``), unless ``NO_MKDOCS_2_WARNING`` is set. It concerns
whoever maintains the code, not the panel being built, so the Makefile sets it (README,
"Upgrading Material"); the build's warnings still reach the curator.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import material

from conftest import ROOT, SMALL_SEEDS, make_build, project_with_makefile

BANNER = "reaches end of life"
BANNER_SOURCE = Path(material.__file__).parent / "templates" / "__init__.py"


def test_the_banner_is_materials_and_the_variable_named_is_the_one_that_silences_it():
    source = BANNER_SOURCE.read_text(encoding="utf-8")
    assert BANNER in source and 'os.getenv("NO_MKDOCS_2_WARNING")' in source


def test_make_build_prints_the_builds_warnings_without_materials_end_of_life_banner(
    tmp_path: Path, unaddressed_build: tuple[subprocess.CompletedProcess, Path],
):
    # Without SITE_URL the build warns (strict still passes): a real warning must get through.
    result, _ = unaddressed_build
    assert result.returncode == 0, result.stderr
    assert BANNER not in result.stderr + result.stdout
    # jieba's notes on loading its dictionary are no business of the curator's either.
    assert "prefix dict" not in result.stderr and "Dumping model" not in result.stderr
    assert "site_url is not set" in result.stderr
    # A curator who wants Material's notice gets it by emptying the variable. Material prints
    # it whatever the panels are: a project of one short panel shows it as the seed's would.
    shown = make_build(project_with_makefile(tmp_path / "project", SMALL_SEEDS),
                       NO_MKDOCS_2_WARNING="")
    assert shown.returncode == 0, shown.stderr
    assert BANNER in shown.stderr


def test_the_readme_says_where_the_banner_comes_from_and_how_it_is_silenced():
    # The README, or the documents it is being cut into (the curator's guide, the architecture).
    documents = [ROOT / "README.md", ROOT / "seeds" / "README.md",
                 ROOT / "hooks" / "ARCHITECTURE.md"]
    readme = "\n".join(d.read_text(encoding="utf-8") for d in documents if d.is_file())
    assert "NO_MKDOCS_2_WARNING" in readme and "material/templates/__init__.py" in readme
