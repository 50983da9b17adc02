"""Benchmark the exhibit's build: `make bench`. Prints figures and a Markdown table; not a test.

For the exhibit (a series of 1 panel) and for series of 20 and 100 panels the size of the
seed (the seed and synthetic variants of it, each with its own slug and metadata, built in a
temporary folder),
it measures the build's wall time, CPU time and peak memory, the time per page, the ratio of
its CPU time to bare Material's building the same pages (paired runs), the hook's own share
of the build, the time from editing the seed under ``make serve`` (``mkdocs serve --dirty``)
to the page serving the edit, at each series size, the
compressed weight of a question page on first load, and at each series size the largest
page, the search index and a reader's first search (bytes fetched until the first result for
自监督, time from typing to it). For one long
panel (synthetic transcripts of 1, 2 and 4 MB, shaped like the seed) it measures the CPU time
per MB of reading the transcript and of generating everything from it: flat when the work is
linear (tests/test_scaling.py counts that work; this times it).

    .venv/bin/python tests/perf/bench.py                 # everything
    .venv/bin/python tests/perf/bench.py --series 20     # fewer series sizes
    .venv/bin/python tests/perf/bench.py --runs 5        # more runs of the exhibit's build
    .venv/bin/python tests/perf/bench.py --long 1 4      # long transcripts of these MB only

Wall times depend on what else runs on the machine: the script prints the load average, and
the CPU time next to each wall time, which contention inflates far less.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from perfkit import (
    BUILD_ENV,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    SEED,
    BuildRun,
    bare_material_project,
    copy_project,
    first_question_path,
    gzip_size,
    markdown_table,
    mkdocs_build,
    plain_build,
    serve,
    synthetic_project,
)

# CPU time of this process: the hook timings are not inflated by other work on the machine.
CLOCK = time.process_time
TARGETS = {
    "exhibit_seconds": 2.0,
    "hook_share": 0.10,
    "series_100_cpu_seconds": 30.0,
    "first_search_bytes": 200 * 1024,  # the search's fetches until its first result, 100 panels
    "page_kb": 150.0,
    "page_bytes": 300 * 1024,  # the largest HTML page of any series size
}


# --- the hook's own share ----------------------------------------------------------------


def hook_timing(project: Path, site: Path) -> dict[str, float]:
    """Build in this process, timing the hook's import and each of its events separately.

    Times are CPU times of this process (the build is single-threaded), which other work on
    the machine inflates far less than wall time.

    The hook's events are wrapped with timers from outside, so the hook carries no benchmark
    code. Its share includes everything it calls (parsing, model, page templates), not the
    Markdown rendering MkDocs then does on the pages it generated.
    """
    import logging

    from mkdocs.commands import build
    from mkdocs.config import config_options, load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    timings: dict[str, float] = defaultdict(float)
    load_hook = config_options.Hooks._load_hook

    def timed_load(self, name: str, path: str):  # type: ignore[no-untyped-def]
        start = CLOCK()
        try:
            return load_hook(self, name, path)
        finally:
            timings["import"] += CLOCK() - start

    config_options.Hooks._load_hook = timed_load  # type: ignore[method-assign]
    os.chdir(project)
    start = CLOCK()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
    hook_modules = set(config["hooks"])
    for event, methods in config.plugins.events.items():
        for index, method in enumerate(methods):
            if getattr(method, "__module__", None) in hook_modules:
                methods[index] = _timed(method, f"on_{event}", timings)
    build.build(config)
    timings["build"] = CLOCK() - start
    return dict(timings)


def _timed(method, name: str, timings: dict[str, float]):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = CLOCK()
        try:
            return method(*args, **kwargs)
        finally:
            timings[name] += CLOCK() - start

    return wrapper


def measure_hook_share(project: Path, site: Path) -> dict[str, float]:
    """Run :func:`hook_timing` in a fresh interpreter, as a build would be."""
    result = subprocess.run(
        [sys.executable, __file__, "--hook-timing", str(project), str(site)],
        capture_output=True,
        text=True,
        env=BUILD_ENV,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"in-process build failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


BUILT = "Documentation built in"

# --- a long panel --------------------------------------------------------------------------

MB = 1_000_000


def cpu_seconds(work) -> tuple[object, float]:  # type: ignore[no-untyped-def]
    """``work()``'s result and the CPU seconds it took this process, garbage collected first."""
    gc.collect()
    start = CLOCK()
    result = work()
    return result, CLOCK() - start


def measure_long_transcripts(workdir: Path, sizes_mb: list[float]) -> dict[float, dict]:
    """CPU time of reading a synthetic transcript of each size and of generating from it
    everything the hook generates (navigation, pages, data files, search terms).

    MkDocs' own per-page work (Markdown, theme) is left out: it is the same per page however
    long the transcript, and the builds above show it.
    """
    from roundtable.pages.navigation import navigation
    from roundtable.pages.pages import generate
    from roundtable.search.search_setup import exhibit_terms
    from roundtable.site import build_site
    from roundtable.transcript import load
    from synthetic import write_transcript

    def build(model):  # type: ignore[no-untyped-def]
        site = build_site([model])
        navigation(site)
        pages, _ = generate(site)
        exhibit_terms(site)
        return pages

    # Templates compiled and patterns cached before anything is timed.
    build(load(write_transcript(workdir / "long-warm-up", MB // 20)))
    figures: dict[float, dict] = {}
    for size in sizes_mb:
        path = write_transcript(workdir / f"long-{size}", int(size * MB))
        megabytes = path.stat().st_size / MB
        model, parse = cpu_seconds(lambda path=path: load(path))
        pages, generation = cpu_seconds(lambda model=model: build(model))
        figures[size] = {"mb": megabytes, "parse": parse, "generate": generation,
                         "pages": len(pages), "questions": len(model.questions)}  # type: ignore[attr-defined]
    return figures

# --- mkdocs serve ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_for(condition, timeout: float, interval: float = 0.05) -> float:  # type: ignore[no-untyped-def]
    """Seconds until ``condition()`` is true; raises after ``timeout``."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"gave up after {timeout:.0f} s")
        time.sleep(interval)
    return time.perf_counter() - start


def measure_serve_rebuild(workdir: Path, project: Path, edits: int = 3) -> dict[str, float]:
    """Edit the seed (panel 1) of ``project`` under a running ``mkdocs serve --dirty`` (as
    `make serve` runs it); time until the page serves the edit.

    The edit appends a marker to the first answer paragraph of the first question, as a
    proofreader would. Returns medians: the time from saving the file to the served question
    page showing the marker, the build time MkDocs logs, the CPU the server spent until the
    page served the edit, and until the search bundle, written after the build, was done.
    """
    from roundtable.transcript import load
    from serve_cache import AFTER_BUILD_DONE

    seed = project / "seeds" / SEED.name
    transcript = load(seed)
    question = transcript.questions[0]
    line = question.answers[0].paragraphs[0].line
    port = free_port()
    log_path = workdir / f"serve-{project.name}.log"

    def read_log() -> str:
        return log_path.read_text("utf-8", "replace")

    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty",
             "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**BUILD_ENV, "STRICT": "false"},  # as `make serve` runs it
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        # MkDocs serves under site_url's path (/roundtable-exhibit/): take the URL it prints.
        serving = re.compile(r"Serving on (http://\S+)")
        startup = wait_for(lambda: serving.search(read_log()), timeout=900, interval=0.2)
        base = serving.search(read_log()).group(1)  # type: ignore[union-attr]
        page = base.rstrip("/") + "/" + first_question_path(seed)
        wait_for(lambda: fetch(page) is not None, timeout=60, interval=0.2)
        wait_for(lambda: AFTER_BUILD_DONE in read_log(), timeout=600)
        latencies: list[float] = []
        cpu: list[float] = []
        cpu_all: list[float] = []
        for number in range(1, edits + 1):
            marker = f"校对标记{number}号"
            lines = seed.read_text(encoding="utf-8").split("\n")
            lines[line - 1] = lines[line - 1].rstrip() + marker
            built_before = read_log().count(BUILT)
            done_before = read_log().count(AFTER_BUILD_DONE)
            cpu_before = process_cpu(process.pid)
            seed.write_text("\n".join(lines), encoding="utf-8")
            latencies.append(wait_for(lambda m=marker: m in (fetch(page) or ""), timeout=600))
            cpu.append(process_cpu(process.pid) - cpu_before)
            wait_for(lambda n=built_before: read_log().count(BUILT) > n, timeout=600)
            wait_for(lambda n=done_before: read_log().count(AFTER_BUILD_DONE) > n, timeout=600)
            cpu_all.append(process_cpu(process.pid, children=True) - cpu_before)
            # Let the reload settle before the next edit, so rebuilds do not overlap.
            time.sleep(1)
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
    builds = [
        float(row.split(BUILT)[1].split()[0]) for row in read_log().splitlines() if BUILT in row
    ]
    return {
        "startup": startup,
        "edit_to_page": statistics.median(latencies),
        "logged_rebuild": statistics.median(builds[1:]) if len(builds) > 1 else float("nan"),
        "rebuild_cpu": statistics.median(cpu),
        "rebuild_cpu_with_search": statistics.median(cpu_all),
    }


def process_cpu(pid: int, children: bool = False) -> float:
    """CPU seconds (user + system) a running process has used so far (Linux /proc); with
    ``children``, and its children it has waited for (Pagefind's indexer)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / os.sysconf("SC_CLK_TCK")


# --- page weight -------------------------------------------------------------------------

KINDS = {".html": "HTML", ".css": "CSS", ".js": "JS", ".json": "JSON", ".xml": "XML"}


def measure_page_weight(site: Path, path: str) -> dict[str, object]:
    """What a first visit to ``path`` fetches, by kind, gzip-compressed as a server sends it.

    Every request the page makes until the network is idle is counted, from a cold cache.
    """
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        page = context.new_page()
        page.on("request", lambda request: requested.append(request.url))
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(1500)
        browser.close()
    sizes: dict[str, int] = defaultdict(int)
    raw: dict[str, int] = defaultdict(int)
    files = []
    for url in dict.fromkeys(requested):
        if url.startswith("data:"):
            continue
        if not url.startswith(base):
            # Asked of another host: nothing here answers it, so it weighs nothing, but say so.
            sizes["external requests"] += 0
            files.append((url, "external", 0, 0))
            continue
        relative = url[len(base) :].split("#")[0].split("?")[0]
        file = site / relative
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            continue
        data = file.read_bytes()
        kind = KINDS.get(file.suffix, "other")
        compressed = gzip_size(data) if kind != "other" else len(data)
        sizes[kind] += compressed
        raw[kind] += len(data)
        files.append((relative or "index.html", kind, len(data), compressed))
    return {"compressed": dict(sizes), "raw": dict(raw), "files": files}


def largest_page(site: Path) -> tuple[str, int]:
    """The site's largest HTML page: its path and size in bytes."""
    path = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    return path.relative_to(site).as_posix(), path.stat().st_size


def measure_first_search(site: Path, query: str = "自监督") -> dict[str, object]:
    """A reader's first visit: the home page opens (until the network is idle), the query is
    typed into the search box; what the browser fetched until the first result shows (gzip,
    as a server sends it), in all and for the search alone (after the page had loaded:
    Material's worker and its language scripts come with every page), and the time from
    typing to that result."""
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        # The context hears the search worker's requests too (Pagefind's files).
        context.on("request", lambda request: requested.append(request.url))
        page.goto(base, wait_until="networkidle")
        loaded = len(requested)
        page.locator("[data-md-component=search-query]").click()
        started = page.evaluate("performance.now()")
        page.locator("[data-md-component=search-query]").fill(query)
        page.keyboard.press("End")  # an input method ends with a key release
        page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=120_000)
        typed_to_result = (page.evaluate("performance.now()") - started) / 1000
        browser.close()

    def weight(urls: list[str]) -> int:
        total = 0
        for url in dict.fromkeys(urls):
            relative = (url[len(base):].split("#")[0].split("?")[0] if url.startswith(base)
                        else None)
            file = site / relative if relative is not None else None
            if file is not None and file.is_dir():
                file = file / "index.html"
            if file is not None and file.is_file():
                data = file.read_bytes()
                total += gzip_size(data) if file.suffix in KINDS else len(data)
        return total

    searched = [url for url in requested[loaded:] if url not in requested[:loaded]]
    return {"bytes": weight(requested), "search_bytes": weight(searched),
            "requests": len(dict.fromkeys(requested)), "search_requests": len(searched),
            "seconds": typed_to_result}


# --- the run -----------------------------------------------------------------------------


def floor_note(paired: tuple[float, float, float]) -> str:
    """Our build's CPU against bare Material's with the same pages (paired runs)."""
    ours, floor, floor_mb = paired
    return (f"bare Material with the same pages {floor:.2f} s CPU, {floor_mb:.0f} MB peak: "
            f"×{ours / floor:.2f}")


def kb(size: float) -> str:
    return f"{size / 1024:.1f} KB"


def busy(run: BuildRun, target: str) -> str:
    """A note when only the machine's load makes a build miss its wall-time target."""
    if run.cpu_seconds < TARGETS[target] <= run.seconds:
        return f" (its CPU time, {run.cpu_seconds:.2f} s, is within: the machine is busy)"
    return ""


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="builds of the exhibit (median)")
    parser.add_argument("--series", type=int, nargs="*", default=[20, 100],
                        help="series sizes to build besides the exhibit (a series of 1)")
    parser.add_argument("--long", type=float, nargs="*", default=[1, 2, 4], metavar="MB",
                        help="sizes of one long synthetic transcript, in MB")
    parser.add_argument("--skip-serve", action="store_true")
    parser.add_argument("--skip-weight", action="store_true")
    parser.add_argument(
        "--hook-timing", nargs=2, metavar=("PROJECT", "SITE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    # A plain `kill` still stops the `mkdocs serve` started below and removes the temp folder.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.hook_timing:
        print(json.dumps(hook_timing(Path(args.hook_timing[0]), Path(args.hook_timing[1]))))
        return 0

    load = os.getloadavg()
    print(f"# Benchmark · {datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores · "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}", flush=True)
    rows: list[list[str]] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="exhibit-bench-") as temporary:
        workdir = Path(temporary)

        print(f"\n## Builds (mkdocs build --strict; exhibit: median of {args.runs}), each "
              "paired with bare Material building the same pages (tests/perf/perfkit.py, "
              "bare_material_project)", flush=True)
        site = workdir / "site"
        # Paired runs, ours then the floor, so that both see the same load.
        floor_project = bare_material_project(ROOT, workdir / "floor-1")
        ours_runs, floor_runs = [], []
        for _ in range(args.runs):
            ours_runs.append(mkdocs_build(ROOT, site))
            floor_runs.append(plain_build(floor_project, workdir / "floor-1-site"))
        exhibit = sorted(ours_runs, key=lambda r: r.seconds)[len(ours_runs) // 2]
        floors = {1: (statistics.median(r.cpu_seconds for r in ours_runs),
                      statistics.median(r.cpu_seconds for r in floor_runs),
                      max(r.peak_mb for r in floor_runs))}
        builds = [("the exhibit", exhibit)]
        print(f"- the exhibit: {exhibit.seconds:.2f} s wall, {exhibit.cpu_seconds:.2f} s CPU, "
              f"{exhibit.peak_mb:.0f} MB peak, {exhibit.pages} pages; {floor_note(floors[1])}",
              flush=True)
        # The exhibit is the series of one panel: the seed.
        series: dict[int, BuildRun] = {1: exhibit}
        sites: dict[int, Path] = {1: site}
        projects: dict[int, Path] = {1: ROOT}
        for count in sorted(set(args.series) - {1}):
            project = synthetic_project(workdir / f"series-{count}", count)
            run = mkdocs_build(project, workdir / f"series-{count}-site")
            floor = plain_build(bare_material_project(project, workdir / f"floor-{count}"),
                                workdir / f"floor-{count}-site")
            floors[count] = (run.cpu_seconds, floor.cpu_seconds, floor.peak_mb)
            series[count] = run
            sites[count] = workdir / f"series-{count}-site"
            projects[count] = project
            builds.append((f"{count} panel{'s' if count > 1 else ''}", run))
            print(f"- {count} panels: {run.seconds:.2f} s wall, "
                  f"{run.cpu_seconds:.2f} s CPU, {run.peak_mb:.0f} MB peak, {run.pages} pages; "
                  f"{floor_note(floors[count])}", flush=True)
        for (name, run), count in zip(builds, sorted(floors), strict=True):
            rows.append([
                f"build, {name}",
                f"{run.seconds:.2f} s wall ({run.cpu_seconds:.2f} s CPU), {run.peak_mb:.0f} MB "
                f"peak, {run.pages} pages, {1000 * run.seconds / run.pages:.0f} ms/page; "
                f"{floor_note(floors[count])}",
            ])
        if exhibit.seconds >= TARGETS["exhibit_seconds"]:
            failures.append("the exhibit builds in under 2 s" + busy(exhibit, "exhibit_seconds"))
        if 100 in series and series[100].cpu_seconds >= TARGETS["series_100_cpu_seconds"]:
            failures.append(f"100 panels build in under 30 s CPU "
                            f"({series[100].cpu_seconds:.1f} s)")
        if len(series) > 1:
            counts = sorted(series)
            small, large = counts[0], counts[-1]
            slope = (series[large].cpu_seconds - series[small].cpu_seconds) / (large - small)
            fixed = series[small].cpu_seconds - slope * small
            cpu_ratio = series[large].cpu_seconds / series[small].cpu_seconds
            growth = (
                f"{slope:.2f} s CPU per panel on top of {fixed:.2f} s fixed "
                f"({small}→{large} panels: ×{cpu_ratio:.1f} CPU, "
                f"pages ×{series[large].pages / series[small].pages:.1f})"
            )
            mid = [c for c in counts if small < c < large]
            for count in mid:
                predicted = fixed + slope * count
                growth += (f"; {count} panels {series[count].cpu_seconds:.2f} s CPU against "
                           f"{predicted:.2f} s if linear")
            print(f"- growth: {growth}", flush=True)
            rows.append(["growth with panels", growth])

        print("\n## Search and pages at each series size", flush=True)
        for count, built in sorted(sites.items()):
            name, size = largest_page(built)
            index = built / "search" / "search_index.json"
            data = index.read_bytes() if index.is_file() else b""
            bundle = [p for p in (built / "pagefind").rglob("*") if p.is_file()]
            line = (f"largest page {kb(size)} ({name}); search index {kb(len(data))} raw, "
                    f"{kb(gzip_size(data))} gzip; Pagefind bundle {len(bundle)} files, "
                    f"{kb(sum(p.stat().st_size for p in bundle))}")
            if not args.skip_weight:
                first = measure_first_search(built)
                line += (f"; first search for 自监督: the search fetched "
                         f"{kb(first['search_bytes'])} ({first['search_requests']} requests), "
                         f"{kb(first['bytes'])} with the page (gzip), typing → first result "
                         f"{first['seconds']:.2f} s")
            print(f"- {count} panel{'s' if count > 1 else ''}: {line}", flush=True)
            rows.append([f"search and pages, {count} panel{'s' if count > 1 else ''}", line])
            if (count == 100 and not args.skip_weight
                    and first["search_bytes"] > TARGETS["first_search_bytes"]):
                failures.append(f"a first search fetches at most 200 KB at 100 panels "
                                f"({kb(first['search_bytes'])})")
            if size > TARGETS["page_bytes"]:
                failures.append(f"no page over 300 KB at {count} panels ({name}: {kb(size)})")

        if args.long:
            print("\n## One long panel: CPU time per MB, reading and generating", flush=True)
            long = measure_long_transcripts(workdir, sorted(args.long))
            for f in long.values():
                print(f"- {f['mb']:.2f} MB ({f['questions']} questions, {f['pages']} pages): "
                      f"read {f['parse']:.2f} s ({f['parse'] / f['mb']:.2f} s/MB), generate "
                      f"{f['generate']:.2f} s ({f['generate'] / f['mb']:.2f} s/MB)", flush=True)
            first, last = long[min(long)], long[max(long)]
            growth = {stage: (last[stage] / last["mb"]) / (first[stage] / first["mb"])
                      for stage in ("parse", "generate")}
            per_mb = ", ".join(
                f"{f['mb']:.0f} MB {f['generate'] / f['mb']:.2f} s" for f in long.values())
            print(f"- per MB, {first['mb']:.0f} → {last['mb']:.0f} MB: reading ×"
                  f"{growth['parse']:.2f}, generating ×{growth['generate']:.2f} "
                  "(×1.00 is linear; work growing with the square would give ×"
                  f"{last['mb'] / first['mb']:.0f})", flush=True)
            rows.append(["one long panel, generating (CPU per MB)",
                         f"{per_mb}: ×{growth['generate']:.2f} per MB from {first['mb']:.0f} to "
                         f"{last['mb']:.0f} MB (reading ×{growth['parse']:.2f})"])

        print("\n## The hook's own share (in-process build, hook events timed)", flush=True)
        share = measure_hook_share(ROOT, workdir / "hook-site")
        hook_total = sum(v for k, v in share.items() if k != "build")
        events = ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in share.items() if k != "build")
        fraction = hook_total / share["build"]
        print(f"- hook {1000 * hook_total:.0f} ms of a {share['build']:.2f} s build = "
              f"{100 * fraction:.1f} % ({events}) — {verdict(fraction < TARGETS['hook_share'])}",
              flush=True)
        rows.append(["hook's share of the exhibit's build",
                     f"{100 * fraction:.1f} % ({1000 * hook_total:.0f} ms of "
                     f"{share['build']:.2f} s; {events})"])
        if fraction >= TARGETS["hook_share"]:
            failures.append("the hook takes under 10 % of the build")
        if 100 in series:
            share100 = measure_hook_share(
                synthetic_project(workdir / "hook-100", 100), workdir / "hook-100-site"
            )
            total100 = sum(v for k, v in share100.items() if k != "build")
            print(f"- 100 panels: hook {total100:.2f} s of {share100['build']:.2f} s = "
                  f"{100 * total100 / share100['build']:.1f} %", flush=True)
            rows.append(["hook's share, 100 panels",
                         f"{100 * total100 / share100['build']:.1f} % ({total100:.2f} s of "
                         f"{share100['build']:.2f} s)"])

        if not args.skip_serve:
            print("\n## make serve (mkdocs serve --dirty): editing the seed, panel 1 of the "
                  "series (median of 3 edits)", flush=True)
            for count, project in sorted(projects.items()):
                if project == ROOT:
                    project = copy_project(workdir / "serve-project")
                rebuild = measure_serve_rebuild(workdir, project)
                panels = f"{count} panel{'s' if count > 1 else ''}"
                figure = (f"{rebuild['edit_to_page']:.2f} s from saving to the page serving the "
                          f"edit (rebuild {rebuild['logged_rebuild']:.2f} s, "
                          f"{rebuild['rebuild_cpu']:.2f} s CPU; with the search bundle after it "
                          f"{rebuild['rebuild_cpu_with_search']:.2f} s CPU); first build and "
                          f"serve {rebuild['startup']:.1f} s")
                print(f"- {panels}: {figure}", flush=True)
                rows.append([f"`make serve`, edit → page, {panels}", figure])

        if not args.skip_weight:
            question = first_question_path()
            print(f"\n## First load of a question page (/{question}), gzip", flush=True)
            weight = measure_page_weight(site, question)
            compressed = weight["compressed"]
            core = sum(compressed.get(kind, 0) for kind in ("HTML", "CSS", "JS"))
            for relative, kind, size, packed in weight["files"]:
                print(f"  {kind:8} {kb(packed):>10} gzip {kb(size):>10} raw  {relative}")
            others = ", ".join(
                f"{kind} {kb(v)}" if kind != "external requests" else
                f"{sum(1 for f in weight['files'] if f[1] == 'external')} external requests"
                for kind, v in compressed.items() if kind not in ("HTML", "CSS", "JS")
            )
            print(f"- HTML + CSS + JS: {kb(core)} compressed — "
                  f"{verdict(core / 1024 < TARGETS['page_kb'])}; "
                  f"also fetched: {others or 'nothing'}", flush=True)
            parts = ", ".join(f"{k} {kb(compressed.get(k, 0))}" for k in ("HTML", "CSS", "JS"))
            rows.append(["question page, first load (gzip)",
                         f"{kb(core)} HTML + CSS + JS ({parts}); also fetched: "
                         f"{others or 'nothing'}"])
            if core / 1024 >= TARGETS["page_kb"]:
                failures.append("a question page weighs under 150 KB compressed")

        index = site / "search" / "search_index.json"
        if index.is_file():
            data = index.read_bytes()
            print(f"\n## Search index: {kb(len(data))} raw, {kb(gzip_size(data))} gzip", flush=True)
            rows.append(["search index (exhibit)",
                         f"{kb(len(data))} raw, {kb(gzip_size(data))} gzip"])

    print("\n## Markdown for tests/perf/FIGURES.md\n")
    print(f"Measured {datetime.now(UTC):%Y-%m-%d} on {os.cpu_count()} cores, load average "
          f"{load[0]:.1f} at the start.\n")
    print(markdown_table(["measure", "figure"], rows))
    print()
    if failures:
        print("Targets missed: " + "; ".join(failures))
    else:
        print("All targets met.")
    # Figures, not a gate: wall times swing with the machine's load.
    return 0


if __name__ == "__main__":
    sys.exit(main())
