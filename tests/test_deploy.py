"""Deployment: the GitHub Pages workflow, `make deploy`, and a site that works under a project
subpath at the address its environment gives it, its 404 page included."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import DESKTOP, EXHIBIT, ROOT, copy_project
from sitecheck import served_as_pages

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"  # from requirements-test.txt
FORK_PATH = "/a-fork-of-the-exhibit/"
FORK_SITE = f"https://someone.github.io{FORK_PATH}"
FORK_REPO = "https://github.com/someone/a-fork-of-the-exhibit"


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- the GitHub Pages workflow -----------------------------------------------------------------


def test_every_workflow_passes_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert WORKFLOW in workflows
    result = subprocess.run(
        [str(ACTIONLINT), *map(str, workflows)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_builds_strict_on_main_deploys_and_releases_the_zip_on_tags():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"] and triggers["push"]["tags"]
    jobs = workflow["jobs"]
    steps = {name: job.get("steps", []) for name, job in jobs.items()}
    uses = {name: [s.get("uses", "").split("@")[0] for s in job] for name, job in steps.items()}
    runs = {name: " ".join(s.get("run", "") for s in job) for name, job in steps.items()}

    assert "make build" in runs["build"] and "--strict" in (ROOT / "Makefile").read_text()
    assert "actions/upload-pages-artifact" in uses["build"]
    assert "make offline" in runs["build"] and "actions/upload-artifact" in uses["build"]
    assert "make test" in runs["test"]
    assert uses["deploy"] == ["actions/deploy-pages"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    assert "refs/heads/main" in jobs["deploy"]["if"]
    assert "refs/tags/" in jobs["release"]["if"] and "gh release create" in runs["release"]
    assert jobs["release"]["permissions"] == {"contents": "write"}


# --- make deploy, as a fork runs it: its own site and repository URLs -----------------------


@pytest.fixture(name="deployed", scope="module")
def fixture_deployed(tmp_path_factory: pytest.TempPathFactory,
                     ) -> tuple[subprocess.CompletedProcess, Path]:
    """`make deploy` from a fresh clone to a local bare repository, with a fork's site and
    repository URLs in the environment (built once: the deploy test and the fork's tests
    read it). Returns the run and the remote."""
    tmp_path = tmp_path_factory.mktemp("fork")
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "-q", str(remote))
    clone = copy_project(tmp_path / "clone")
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, clone / name)  # keeps the time .venv's install stamp compares
    git(clone, "init", "-q", "-b", "main")
    git(clone, "-c", "user.name=Test", "-c", "user.email=test@localhost", "add", ".")
    git(clone, "-c", "user.name=Test", "-c", "user.email=test@localhost",
        "commit", "-q", "-m", "exhibit")
    git(clone, "remote", "add", "pages", str(remote))
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@localhost",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@localhost",
           "SITE_URL": FORK_SITE, "REPO_URL": FORK_REPO}
    result = subprocess.run(
        ["make", "-s", "deploy", "DEPLOY_REMOTE=pages", f"VENV={ROOT / '.venv'}"],
        cwd=clone, env=env, capture_output=True, text=True, timeout=600,
    )
    return result, remote


def test_make_deploy_pushes_the_site_and_nojekyll_to_gh_pages(deployed):
    result, remote = deployed
    assert result.returncode == 0, result.stdout + result.stderr
    published = set(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {".nojekyll", "index.html", "404.html", f"{EXHIBIT}/large-or-small/index.html",
            f"data/{EXHIBIT}.json", "sitemap.xml"} <= published


# --- a fork's address, under a project subpath ---------------------------------------------


@pytest.fixture(name="fork_site", scope="module")
def fixture_fork_site(deployed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exhibit as a fork publishes it (its own site and repository URLs): the gh-pages
    branch `make deploy` pushed, checked out."""
    result, remote = deployed
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path_factory.mktemp("fork-site") / "site"
    site.mkdir()
    archive = subprocess.run(["git", "archive", "--format=tar", "gh-pages"], cwd=remote,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(site, filter="data")
    return site


@pytest.fixture(name="fork_url", scope="module")
def fixture_fork_url(fork_site: Path) -> Iterator[str]:
    """The fork's site served on loopback under its project subpath."""
    with served_as_pages(fork_site, FORK_PATH) as url:
        yield url


def test_the_site_and_repository_urls_come_from_the_environment(fork_site: Path):
    home = (fork_site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{FORK_SITE}">' in home
    assert f'href="{FORK_REPO}"' in home
    missing = (fork_site / "404.html").read_text(encoding="utf-8")
    assert f'href="{FORK_PATH}assets/' in missing
    assert "example.github.io" not in home + missing


@pytest.mark.browser
def test_pages_and_the_404_page_work_under_a_project_subpath(browser, fork_url: str):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    problems: list[str] = []
    # What the site loads from its own server; the repository's facts come from GitHub's API.
    ours = fork_url.split(FORK_PATH)[0]
    page.on("requestfailed", lambda r: problems.append(f"failed {r.url} {r.failure}")
            if r.url.startswith(ours) else None)
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
            if r.status >= 400 and r.url.startswith(ours) else None)
    try:
        for path in ("", f"{EXHIBIT}/large-or-small/", "topics/swin-v2/"):
            response = page.goto(fork_url + path)
            page.wait_for_load_state("networkidle")
            assert response is not None and response.status == 200, path
            assert page.locator("article h1").count() == 1
        stylesheets = page.evaluate("[...document.styleSheets].map(s => s.href).filter(Boolean)")
        assert any("/assets/stylesheets/main." in href for href in stylesheets)

        missing = fork_url + "no/such/page/"
        response = page.goto(missing)
        page.wait_for_load_state("networkidle")
        assert response is not None and response.status == 404
        problems.remove(f"404 {missing}")  # the one miss asked for; all the 404 page loads is there
        assert page.locator("h1").first.inner_text().strip() == "找不到这个页面"
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")\
            == "sticky"  # Material's stylesheet loaded under the subpath
        page.locator("a.md-header__button.md-logo").click()
        page.wait_for_url(fork_url)
    finally:
        context.close()
    assert problems == []
