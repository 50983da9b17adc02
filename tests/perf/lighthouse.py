"""Lighthouse on the home, a question page and the transcript: `make lighthouse`. Exits 1 if a
target is missed.

The site is built into a temporary folder and served over http on loopback with gzip, as a
static host serves it. Lighthouse 12.2.3 (pinned in package.json; 13 needs a newer Node) runs
Debian's Chromium headless with its default mobile profile (simulated slow 4G, 4× CPU
slowdown, a touch screen: what a phone's styles do to contrast is scored), three times per
page; the median score of each category is compared with the
targets: performance ≥ 95, accessibility, best practices and SEO 100.

    .venv/bin/python tests/perf/lighthouse.py                  # build, serve, run, judge
    .venv/bin/python tests/perf/lighthouse.py --runs 1 --site site
    .venv/bin/python tests/perf/lighthouse.py --keep /tmp/lh   # keep the JSON reports
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from perfkit import CHROMIUM, ROOT, first_question_path, markdown_table, mkdocs_build, serve

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --no-first-run"
)
METRICS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
)


def run_lighthouse(url: str, report: Path) -> dict:
    """One Lighthouse run of ``url``; returns its JSON report."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or not report.is_file():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, int]:
    """Each category's score, 0 to 100 (-1 if Lighthouse could not score it)."""
    result = {}
    for category in CATEGORIES:
        score = report["categories"][category]["score"]
        result[category] = round(score * 100) if score is not None else -1
    return result


def shortfalls(report: dict) -> list[str]:
    """The scored audits that did not pass fully, per category, to know what to fix."""
    lines = []
    audits = report["audits"]
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                shown = audit.get("displayValue", "")
                lines.append(f"{category}: {audit['title']} (score {audit['score']:.2f}) {shown}")
    return lines


def metrics(report: dict) -> str:
    audits = report["audits"]
    return ", ".join(
        f"{audits[name]['title']} {audits[name].get('displayValue', '?')}"
        for name in METRICS
        if name in audits
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median)")
    parser.add_argument("--site", type=Path, help="a built site to use instead of building one")
    parser.add_argument("--keep", type=Path, help="folder to keep the JSON reports in")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `npm ci --ignore-scripts` (or `make lighthouse`)",
              file=sys.stderr)
        return 2

    question = first_question_path()
    pages = {"home": "", "question": question,
             "transcript": question.split("/")[0] + "/transcript/"}
    medians: dict[str, dict[str, float]] = {}
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="exhibit-lighthouse-") as temporary:
        workdir = Path(temporary)
        site = args.site
        if site is None:
            site = workdir / "site"
            mkdocs_build(ROOT, site)
        reports = args.keep or workdir / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        with serve(site) as base:
            for name, path in pages.items():
                runs = []
                for number in range(1, args.runs + 1):
                    report = run_lighthouse(base + path, reports / f"{name}-{number}.json")
                    runs.append(report)
                    print(f"{name} run {number}: {scores(report)}", flush=True)
                medians[name] = {
                    category: statistics.median(scores(r)[category] for r in runs)
                    for category in CATEGORIES
                }
                print(f"  {metrics(runs[-1])}")
                for line in dict.fromkeys(line for r in runs for line in shortfalls(r)):
                    print(f"  - {line}")
        if args.keep is None:
            shutil.rmtree(reports, ignore_errors=True)

    print(f"\nLighthouse 12.2.3, mobile profile, median of {args.runs} runs, "
          f"{datetime.now(UTC):%Y-%m-%d}, {os.cpu_count()} cores:\n")
    rows = []
    for name, path in pages.items():
        row = [f"{name} (`/{path}`)"]
        for category, target in CATEGORIES.items():
            value = medians[name][category]
            row.append(f"{value:g}" + ("" if value >= target else " ✗"))
            if value < target:
                missed.append(f"{name} {category} {value:g} < {target}")
        rows.append(row)
    header = ["page"] + [f"{c} (≥ {t})" for c, t in CATEGORIES.items()]
    print(markdown_table(header, rows))
    if missed:
        print("\nTargets missed: " + "; ".join(missed))
        return 1
    print("\nAll targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
