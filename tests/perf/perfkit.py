"""What the benchmark and the Lighthouse run share: project copies, synthetic series, a gzip server.

Not collected by pytest (no ``test_`` prefix): these are measurements, not a specification.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import mimetypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "2022-01-last-mile.txt"
# What a web server (GitHub Pages included) sends compressed.
COMPRESSED_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv", ".map")
GZIP_LEVEL = 6
# Quiet the Material end-of-life banner on every build.
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))
# One definition of the project copy and of Chromium's launch, shared with the tests.
from conftest import CHROMIUM, CHROMIUM_ARGS, copy_project  # noqa: E402, F401


def gzip_size(data: bytes) -> int:
    """Bytes on the wire when a server compresses ``data`` with gzip's default level."""
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


# --- a synthetic series ------------------------------------------------------------

# Only lines ending a sentence are varied: headings, questions and the title keep their shape,
# so the metadata's `match` strings still find every part and question.
_SENTENCE_END = re.compile(r"。$")


def synthetic_transcript(text: str, number: int) -> str:
    """The seed as panel ``number`` of a series: another title, and each paragraph varied."""
    lines = text.splitlines()
    lines[0] = f"{lines[0]}(合成第 {number} 场)"
    varied = []
    for index, line in enumerate(lines):
        if _SENTENCE_END.search(line.rstrip()):
            line = f"{line.rstrip()}(第 {number} 场,第 {index} 段。)"
        varied.append(line)
    return "\n".join(varied) + "\n"


def synthetic_metadata(text: str, number: int) -> str:
    """The seed's metadata for panel ``number``: its own slug, date and English title."""
    data = yaml.safe_load(text)
    exhibit = data["exhibit"]
    exhibit["slug"] = f"synthetic-{number:03d}"
    exhibit["title_en"] = f"{exhibit.get('title_en', 'Panel')} (synthetic panel {number})"
    year, month = 2022 + (number - 1) // 12, (number - 1) % 12 + 1
    exhibit["date"] = f"{year}-{month:02d}"
    exhibit["date_label"] = f"{year} 年 {month} 月"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def synthetic_project(destination: Path, count: int) -> Path:
    """A project with ``count`` panels the size of the seed: the seed and synthetic copies.

    The seed stays as panel 1, as the series would grow from it (the about page links to its
    data); panels 2 to ``count`` are distinct variants with their own slug and metadata.
    """
    project = copy_project(destination)
    text = SEED.read_text(encoding="utf-8")
    metadata = SEED.with_suffix(".yml").read_text(encoding="utf-8")
    for number in range(2, count + 1):
        stem = f"synthetic-{number:03d}"
        (project / "seeds" / f"{stem}.txt").write_text(
            synthetic_transcript(text, number), encoding="utf-8"
        )
        (project / "seeds" / f"{stem}.yml").write_text(
            synthetic_metadata(metadata, number), encoding="utf-8"
        )
    return project


def first_question_path(seed: Path = SEED) -> str:
    """The URL path of the seed's first question page, e.g. ``2022-01-last-mile/q/``."""
    from roundtable.transcript import load

    transcript = load(seed)
    return f"{transcript.slug}/{transcript.questions[0].id}/"


# --- building ----------------------------------------------------------------------


@dataclass(frozen=True)
class BuildRun:
    seconds: float
    """Wall time of ``mkdocs build``, interpreter start-up included."""
    cpu_seconds: float
    """User + system CPU time of the build process."""
    peak_mb: float
    """Peak resident memory of the build process."""
    pages: int
    """HTML pages written."""


def mkdocs_build(project: Path, site: Path) -> BuildRun:
    """Run ``mkdocs build --strict`` as its own process; raise with its log if it fails.

    Not ``-q``: quiet mode hides warnings from the counter ``--strict`` relies on, so a quiet
    strict build passes with broken links.
    """
    if site.exists():
        shutil.rmtree(site)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=BUILD_ENV, stdout=log, stderr=log)
        # wait4 gives this child's own resource usage, not a maximum over every child so far.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            log.seek(0)
            output = log.read().decode("utf-8", "replace")
            raise RuntimeError(f"mkdocs build failed in {project}:\n{output[-5000:]}")
    pages = sum(1 for _ in site.rglob("*.html"))
    return BuildRun(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, pages)


# --- serving -----------------------------------------------------------------------


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder as a static host would: text compressed with gzip, when asked for."""

    _cache: dict[Path, bytes] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and path.suffix in COMPRESSED_TYPES and accepts_gzip):
            super().do_GET()
            return
        body = self._cache.get(path)
        if body is None:
            body = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
            self._cache[path] = body
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type.endswith(("json", "javascript")):
            content_type += "; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` with gzip on a free loopback port; yields the base URL."""
    handler = functools.partial(GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table, ready to paste into tests/perf/FIGURES.md."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# --- the floor: bare Material with the same pages ---------------------------------------

_SEPARATOR = re.compile(r"^\s+separator: (.*)$", re.MULTILINE)


def bare_material_project(project: Path, destination: Path) -> Path:
    """The floor the exhibit's build is measured against: bare Material (no hook, no theme
    overrides) building the very pages the hook generates for ``project``, as Markdown
    files, with the same navigation, theme features, Chinese search (``lang: zh``, the same
    separator) and tags. What our build spends beyond it is the hook's and the overrides'.
    """
    from exhibit import hand_written
    from roundtable.pages.navigation import navigation
    from roundtable.pages.pages import generate
    from roundtable.site import build_site
    from roundtable.transcript import load_series, transcripts_in

    site = build_site(load_series(transcripts_in(project / "seeds")))
    pages, data = generate(site)
    docs = destination / "docs"
    shutil.copytree(project / "docs", docs)
    for path, text in {**pages, **data}.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    for page in docs.rglob("*.md"):
        path = page.relative_to(docs).as_posix()
        if path not in pages:  # hand-written: with what the hook adds to it
            text = page.read_text(encoding="utf-8")
            text = hand_written(text, site, path)
            page.write_text(text, encoding="utf-8")
    ours = (project / "mkdocs.yml").read_text(encoding="utf-8")
    separator = _SEPARATOR.search(ours)
    config = {
        "site_name": "floor",
        "theme": {"name": "material", "language": "zh", "font": False,
                  "features": _theme_features(ours)},
        "plugins": [{"search": {"lang": "zh", **({"separator": yaml.safe_load(
            separator.group(1))} if separator else {})}}, "tags"],
        "markdown_extensions": ["attr_list", {"toc": {"permalink": "¶"}}],
        "nav": navigation(site),
    }
    (destination / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                            encoding="utf-8")
    return destination


def _theme_features(config_text: str) -> list[str]:
    """The ``features:`` list of a mkdocs.yml's theme, read from its text (the file holds
    tags that only MkDocs' loader knows)."""
    block = config_text.split("  features:\n", 1)[1]
    features = []
    for line in block.splitlines():
        if not line.startswith("    - "):
            break
        features.append(line.removeprefix("    - ").strip())
    return features


def plain_build(project: Path, site: Path) -> BuildRun:
    """:func:`mkdocs_build` without ``--strict`` (the floor's pages link to what only the
    hook provides, e.g. the recording's player script)."""
    if site.exists():
        shutil.rmtree(site)
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-d", str(site)],
                                   cwd=project, env=BUILD_ENV, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            log.seek(0)
            raise RuntimeError(f"mkdocs build failed in {project}:\n"
                               f"{log.read().decode('utf-8', 'replace')[-5000:]}")
    pages = sum(1 for _ in site.rglob("*.html"))
    return BuildRun(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, pages)
