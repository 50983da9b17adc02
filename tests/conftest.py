"""Shared fixtures: one strict build of the exhibit, a local server, a headless Chromium, and
one crawl of every page that the per-page checks read.

Browser tests use Debian's Chromium (``/usr/bin/chromium``, installed by ``make test``);
Playwright never downloads a browser here. Every test that uses it, through any fixture, is
marked ``browser``: ``make quick`` (``pytest -m "not browser and not system and not sweep"``)
leaves them out, the tests that need Java or npm's tools (marked ``system``) and the
checks that repeat, whole, what a quicker one proves (marked ``sweep``: the whole-corpus sweep
of ``--init``, a second MkDocs build of the seed).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import shared_builds
import warm_python
from shared_builds import built_once
from sitecheck import Crawl, crawl_site, site_pages, site_prefix

if TYPE_CHECKING:
    from roundtable.model import Transcript

ROOT = Path(__file__).resolve().parent.parent
EXHIBIT = "2022-01-last-mile"
"""The seed's exhibit: its pages live under this folder of the site."""
SEED = ROOT / "seeds" / f"{EXHIBIT}.txt"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# One page of each kind; pages of a kind share their template and styles.
ONE_OF_EACH_KIND = [
    "index.html",
    f"{EXHIBIT}/large-or-small/index.html",
    f"{EXHIBIT}/transcript/index.html",
    "speakers/hu-han/index.html",
    "speakers/index.html",
    "topics/clip/index.html",
    "topics/index.html",
    "timeline/index.html",
    "about/index.html",
    "404.html",
]
BROWSER_FIXTURES = {"browser", "phone", "desktop"}
PROJECT_PARTS = ("mkdocs.yml", "hooks", "overrides", "docs", "seeds")
TEST_SITE_URL = "https://exhibit.test/roundtable-exhibit/"
"""The published address test builds are made for (mkdocs.yml has no default: citations
must never name a placeholder host), unless the environment or a test gives another."""


def build(
    project: Path, site: Path, *extra: str, env: dict[str, str] | None = None,
    builder: str = "mkdocs",
) -> subprocess.CompletedProcess:
    """Run a strict MkDocs build of ``project`` into ``site``; never raises on failure.

    ``env`` adds environment variables (e.g. ``SITE_URL``) to the build's; ``SITE_URL`` is
    :data:`TEST_SITE_URL` unless set. ``builder="properdocs"`` builds with ProperDocs.
    """
    command = ["-m", builder, "build", "--strict", "-d", str(site), *extra]
    environment = {"SITE_URL": TEST_SITE_URL, **os.environ, **(env or {})}
    if builder == "mkdocs":
        # A process of its own, forked from one that has imported MkDocs (warm_python.py).
        return warm_python.run(command, cwd=project, env=environment)
    # ProperDocs stands in for MkDocs' own modules when it starts: a fresh interpreter.
    return subprocess.run([sys.executable, *command], cwd=project, capture_output=True,
                          text=True, timeout=600, env=environment)


def transcript_command(*args: str) -> subprocess.CompletedProcess:
    """``python hooks/transcript.py ARGS`` run in this process (its ``main``): the exit status
    and what it printed. Starting Python and importing the readers costs a second a run; the
    command started as its own process, as a curator types it, is tested in test_site."""
    from transcript import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return subprocess.CompletedProcess(["hooks/transcript.py", *args], status, out.getvalue(),
                                       err.getvalue())


def copy_project(destination: Path, seeds: dict[str, bytes | str] | None = None) -> Path:
    """A copy of the project in ``destination``; ``seeds`` replaces seeds/ when given."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(source, destination / part, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, destination / part)
    if seeds is not None:
        shutil.rmtree(destination / "seeds")
        (destination / "seeds").mkdir()
        for name, content in seeds.items():
            target = destination / "seeds" / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
    return destination


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``browser`` every test that opens Chromium, through whichever fixture."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


# --- with pytest-xdist's workers (`make quick`): which worker made which shared build -----------
# (shared_builds.py); a worker hands its list to the controller, which prints them all.

_MADE_BY_WORKER: dict[str, list[str]] = {}


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # in a worker
        workeroutput["built_once"] = [shared_builds.WORKER, list(shared_builds.MADE)]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """In the controller, as a worker ends (pytest-xdist's hook)."""
    worker, built = getattr(node, "workeroutput", {}).get("built_once", ("?", []))
    _MADE_BY_WORKER[worker] = built


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    made = _MADE_BY_WORKER or ({"this process": shared_builds.MADE} if shared_builds.MADE else {})
    if made:
        terminalreporter.write_line(shared_builds.made_by_worker(made))


@pytest.fixture(name="model", scope="session")
def fixture_model() -> Transcript:
    """The seed, parsed with its metadata (shared: read it, never change it)."""
    from roundtable.transcript import load

    return load(SEED)


def last_commit_time() -> int:
    """When the checked-out commit was made: the date `make` gives its builds."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    return int(result.stdout)


@pytest.fixture(name="site", scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exhibit, built once with ``mkdocs build --strict``, dated as `make build` dates it
    (the last commit's time): the reproducibility test builds it again and compares."""
    def make(folder: Path) -> Path:
        site = folder / "site"
        result = build(ROOT, site, env={"SOURCE_DATE_EPOCH": str(last_commit_time())})
        assert result.returncode == 0, result.stderr
        return site

    return built_once(tmp_path_factory, "build", make)


# --- a series of three panels (tests/series/), built once: its tests and serve's share it

SERIES = Path(__file__).parent / "series"
SERIES_SEED_FILES = ("2022-01-last-mile.txt", "2022-01-last-mile.yml", "topics.yml")


def series_seeds(tmp_path: Path, confirm_id: bool) -> Path:
    """The seed and tests/series/ in one seeds folder; ``confirm_id`` gives the homophone
    guest (胡翰) the id the curator would."""
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name in SERIES_SEED_FILES:
        shutil.copy(ROOT / "seeds" / name, folder / name)
    for path in SERIES.iterdir():
        shutil.copy(path, folder / path.name)
    if confirm_id:
        meta = folder / "2022-03-multimodal.yml"
        meta.write_text(meta.read_text(encoding="utf-8").replace(
            "  - name: 胡翰\n", "  - name: 胡翰\n    id: hu-han-chenghu\n"), encoding="utf-8")
    return folder


@pytest.fixture(name="series_project", scope="session")
def fixture_series_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with the three-panel series as its seeds (shared: never change it)."""
    def make(tmp: Path) -> Path:
        folder = series_seeds(tmp / "input", confirm_id=True)
        return copy_project(tmp / "project",
                            seeds={p.name: p.read_bytes() for p in folder.iterdir()})

    return built_once(tmp_path_factory, "series", make)


@pytest.fixture(name="series_site", scope="session")
def fixture_series_site(series_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three-panel series, built once with ``mkdocs build --strict``."""
    def make(folder: Path) -> Path:
        site = folder / "site"
        result = build(series_project, site)
        assert result.returncode == 0, result.stderr
        return site

    return built_once(tmp_path_factory, "series-site", make)


# --- many panels in one project, built once: what curators drop into seeds/ beside the seed

SECOND_PANEL = Path(__file__).parent / "second_panel"
"""A second panel as a new curator adds it (issue 21): timed, no title line, with metadata."""
UNDESCRIBED = "2022-03-second.txt"
UNDESCRIBED_TEXT = """\
Creator 面对面 | 第二场

第二场的导语。

上半场

视觉模型的下一步是什么?

首先是胡瀚博士的回答,他认为 Swin V2 只是开始。

之后,王芳教授谈到 CLIP 的影响。
"""
"""A second transcript with no metadata file, one of whose speakers the seed has too."""
SMALL_SEEDS = {UNDESCRIBED: UNDESCRIBED_TEXT}
"""seeds/ for a build whose check does not depend on what the panels say (Material's worker
changed, Material's notice in the build log): one short panel, a dozen pages, so the build
costs its fixed part (Python, Material, jieba: about 2 s CPU) and little more (the seed's
82 pages about 4 s). ``copy_project(folder, SMALL_SEEDS)``."""
UNTRANSLATED = ("large-or-small", "large-or-small-chu-hang-1")
"""A question of the seed, and its paragraph whose English the panels' project empties."""


def without_english(translation: str, paragraph: str) -> str:
    """The seed's translation file (``<seed>.en.yml``) with ``paragraph``'s English emptied,
    as an editor leaves a paragraph still to translate."""
    entry = rf"(  {paragraph}:.*\n(?:    #.*\n)*    source: \w+\n    en:) >-\n(?:      .*\n)+"
    emptied = re.sub(entry, r'\1 ""\n', translation)
    assert emptied != translation, f"{paragraph} has English to empty"
    return emptied


@pytest.fixture(name="panels_site", scope="session")
def fixture_panels_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's seeds beside every shape curators bring (tests/corpus/wild/, with their
    metadata files), the second panel (tests/second_panel/) and a transcript without metadata
    (:data:`UNDESCRIBED_TEXT`), and the seed's translation with one paragraph still to
    translate (:data:`UNTRANSLATED`), built strictly once (shared: never change it). Each
    panel has its own folder of pages: the shapes', the second panel's, the second
    transcript's and the bilingual tests read theirs, and the series pages all share."""
    return built_once(tmp_path_factory, "panels", make_panels_site)


def make_panels_site(folder: Path) -> Path:
    """:func:`fixture_panels_site`'s project in ``folder``, built; its site."""
    from corpus_score import WILD

    project = copy_project(folder / "project")
    for path in [*WILD, *(p.with_suffix(".yml") for p in WILD), *SECOND_PANEL.iterdir()]:
        if path.is_file():
            shutil.copy(path, project / "seeds" / path.name)
    (project / "seeds" / UNDESCRIBED).write_text(UNDESCRIBED_TEXT, encoding="utf-8")
    translation = project / "seeds" / f"{EXHIBIT}.en.yml"
    translation.write_text(without_english(translation.read_text(encoding="utf-8"),
                                           UNTRANSLATED[1]), encoding="utf-8")
    site = project / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


# --- `make build` as a curator runs it, without SITE_URL, built once: the build log's tests and
# the citations' (site-relative without an address) read the same build

def make_build(project: Path, **env: str) -> subprocess.CompletedProcess:
    """`make build` in a copy of the project made by :func:`project_with_makefile`, its virtual
    environment the shared one (taken as up to date: nothing is installed), without the
    variables the tests may inherit."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("NO_MKDOCS_2_WARNING", "SITE_URL", "SOURCE_DATE_EPOCH")}
    return subprocess.run(
        ["make", "-s", "-o", ".venv/.site", "build"], cwd=project, capture_output=True,
        text=True, timeout=600, env={**environment, **env},
    )


def project_with_makefile(folder: Path, seeds: dict[str, bytes | str] | None = None) -> Path:
    """A copy of the project with its Makefile, using the shared virtual environment;
    ``seeds`` replaces seeds/ when given (:func:`copy_project`)."""
    project = copy_project(folder, seeds)
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    shutil.copy2(ROOT / "requirements.txt", project / "requirements.txt")
    (project / ".venv").symlink_to((ROOT / ".venv").resolve(), target_is_directory=True)
    return project


@pytest.fixture(name="unaddressed_build", scope="session")
def fixture_unaddressed_build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess, Path]:
    """`make build` without SITE_URL (shared: never change it): the result, and the site."""
    def make(folder: Path) -> tuple[subprocess.CompletedProcess, Path]:
        project = project_with_makefile(folder / "project")
        return make_build(project), project / "site"

    return built_once(tmp_path_factory, "unaddressed", make)


# --- the offline bundle (`make offline`), built once: its tests and the search tests share it

BUNDLE = "roundtable-exhibit-offline.zip"


def make(*args: str) -> subprocess.CompletedProcess:
    """Run a Makefile target in the project, which dates the build itself; never raises."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run(
        ["make", "-s", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def make_offline(dist: Path) -> Path:
    """`make offline` with its output in ``dist``; returns the zip."""
    result = make("offline", f"DIST={dist}")
    assert result.returncode == 0, result.stderr
    return dist / BUNDLE


@pytest.fixture(name="bundle", scope="session")
def fixture_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, "dist", make_offline)


@pytest.fixture(name="unzipped", scope="session")
def fixture_unzipped(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle unzipped into an unrelated folder, as a reader would."""
    folder = tmp_path_factory.mktemp("somewhere") / "unzipped here"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder)
    return folder


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(folder: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler,
          ) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Serve a folder on a free loopback port; returns the base URL and the server."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(name="base_url", scope="session")
def fixture_base_url(site: Path) -> Iterator[str]:
    """The built exhibit served over http on loopback."""
    url, server = serve(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(name="instant_base_url", scope="session")
def fixture_instant_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The exhibit built for the very address it is served at. Material's instant
    navigation only follows links its sitemap lists, by site_url, so it is live here as
    it is online (and not on ``base_url``, whose site_url is elsewhere)."""
    site = tmp_path_factory.mktemp("instant") / "site"
    url, server = serve(site)
    result = build(ROOT, site, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()
    server.server_close()


BROWSER_TIMEOUT_MS = 180_000
"""How long a browser test waits for a state before it fails. Every wait is for a state (an
element, a URL, a result shown), never for a time; this only bounds a wait that will never
end. Playwright's default, 30 s, was reached on a machine busy with other builds while the
state was still on its way (the first search loads Pagefind and its WebAssembly)."""


@pytest.fixture(name="browser", scope="session")
def fixture_browser() -> Iterator[object]:
    """Debian's Chromium, headless, driven by Playwright; each context it opens waits up to
    :data:`BROWSER_TIMEOUT_MS` for a state."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs it")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        new_context = browser.new_context

        def patient_context(*args: object, **kwargs: object) -> object:
            context = new_context(*args, **kwargs)
            context.set_default_timeout(BROWSER_TIMEOUT_MS)
            context.set_default_navigation_timeout(BROWSER_TIMEOUT_MS)
            return context

        browser.new_context = patient_context
        yield browser
        browser.close()


def open_for_instant_navigation(page, url: str) -> None:  # type: ignore[no-untyped-def]
    """Open ``url`` and wait until Material's instant navigation can follow links: it
    follows in place only the links of its sitemap, and a click before the sitemap has
    arrived loads the next page anew."""
    with page.expect_response(lambda response: response.url.endswith("sitemap.xml")) as got:
        page.goto(url)
    got.value.finished()
    page.wait_for_function("() => window.document$ !== undefined")
    # Material's document$ replays the page it holds to each new subscriber, then emits each
    # page instant navigation puts in place: counted here, with the address it came for.
    page.evaluate("""() => { window.__exhibitArrivals = [];
        window.document$.subscribe(() => window.__exhibitArrivals.push(location.href)); }""")


def follow_instantly(page, link, url: str) -> None:  # type: ignore[no-untyped-def]
    """Click ``link`` on a page opened with :func:`open_for_instant_navigation` and wait
    until instant navigation has put the page at ``url`` in place (its document$ has emitted
    it); fails if the browser loaded the page anew instead."""
    link.click()
    page.wait_for_url(url)
    arrived = page.wait_for_function(
        """url => window.__exhibitArrivals === undefined ? "reloaded"
                 : window.__exhibitArrivals.slice(1).includes(url) ? "instant" : false""",
        arg=url,
    ).json_value()
    assert arrived == "instant", "expected instant navigation, not a page load"


@pytest.fixture(name="phone")
def fixture_phone(browser) -> Iterator[object]:
    """A fresh page at 390 px wide."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(name="reader", params=["desktop", "phone"])
def fixture_reader(browser, request) -> Iterator[object]:
    """A page whose clipboard the test may read, at desktop and at phone width."""
    if request.param == "phone":
        context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                      has_touch=True)
    else:
        context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(name="desktop")
def fixture_desktop(browser) -> Iterator[object]:
    """A fresh page at desktop width."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


# --- the site as published: below its URL prefix (quality gates) -------------------------


@pytest.fixture(name="published_url", scope="session")
def fixture_published_url(site: Path) -> Iterator[str]:
    """The built site served below its published prefix, e.g. http://127.0.0.1:N/exhibit/.

    Material's 404 page links its assets with absolute paths below that prefix, so only
    served this way does it load as it will online.
    """
    with serve_published(site) as url:
        yield url


@contextlib.contextmanager
def serve_published(site: Path) -> Iterator[str]:
    """Serve a built site below the URL prefix it is built for; yields its address."""
    prefix = site_prefix(site).strip("/") or "site"
    with tempfile.TemporaryDirectory(prefix="published-") as root:
        mount = Path(root, prefix)
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(site, target_is_directory=True)
        url, server = serve(Path(root))
        try:
            yield f"{url}{prefix}/"
        finally:
            server.shutdown()
            server.server_close()


# --- one crawl of the published site feeds every per-page check ----------------------------


@pytest.fixture(name="crawl", scope="session")
def fixture_crawl(browser, site: Path, published_url: str) -> Crawl:
    """Every page of the exhibit opened once in Chromium as published, in the light palette:
    loaded at desktop width, then narrowed to a phone's (390 px).

    Recorded for each page: what it logged, failed to load or asked of other hosts, how wide
    it is at either width, and axe's WCAG findings, at desktop width on every page and at
    phone width on one page of each kind (when axe-core is installed).
    """
    return crawl_site(
        browser, published_url, site_pages(site), [DESKTOP, PHONE],
        axe=AXE if AXE.is_file() else None,
        axe_at=lambda name, width: width == DESKTOP["width"] or name in ONE_OF_EACH_KIND,
    )
