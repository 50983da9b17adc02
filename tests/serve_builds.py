"""The builds of ``mkdocs serve --dirty`` (``make serve``), without a server: run as a script
in its own process, it builds a project as ``serve`` does, then applies each edit in turn and
builds again in the same process, as ``serve`` does when a watched file is saved.

    python tests/serve_builds.py PROJECT SITE_DIR SERVE_URL EDITS_JSON

``EDITS_JSON`` is a list of edits, each ``{"file": "seeds/x.txt", "old": "…", "new": "…"}``
(the first occurrence of ``old`` replaced), and optionally ``"shows": "…"``, text the edit
brings to pages. Prints one JSON object a build: the pages it rendered, the transcripts it
parsed, the page templates it rendered and the served pages holding the text it shows.
Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def serve_builds(project: Path, site: Path, serve_url: str,
                 edits: list[dict[str, str]]) -> list[dict]:
    """Run the script in a fresh interpreter; each build's record, first build first."""
    import warm_python  # a process of its own, forked with MkDocs imported (warm_python.py)

    result = warm_python.run([__file__, str(project), str(site), serve_url, json.dumps(edits)],
                             cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if result.returncode != 0:
        raise AssertionError(f"serve builds failed:\n{result.stderr[-4000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _main(project: Path, site: Path, serve_url: str, edits: list[dict[str, str]]) -> None:
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)

    def config():  # type: ignore[no-untyped-def]
        # As serve's builder: the configuration read afresh, its address the server's.
        loaded = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        loaded.site_url = serve_url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    hook = next(module for module in first.plugins.values() if hasattr(module, "_serve"))

    def run(loaded, shown: str = "") -> None:  # type: ignore[no-untyped-def]
        build(loaded, serve_url=serve_url, dirty=True)
        hook._serve.settle()  # the search bundle, written after the build
        holding = sorted(str(p.relative_to(site)) for p in site.rglob("*.html")
                         if shown and shown in p.read_text(encoding="utf-8"))
        print(json.dumps({"rendered": hook._serve.rendered, "parsed": hook._serve.parses.parsed,
                          "generated": hook._serve.generated.rendered, "holding": holding,
                          "pages": len(hook._serve.order)}, ensure_ascii=False), flush=True)

    run(first)
    for edit in edits:
        path = project / edit["file"]
        text = path.read_text(encoding="utf-8")
        assert edit["old"] in text, f"{edit['old']!r} not in {path}"
        path.write_text(text.replace(edit["old"], edit["new"], 1), encoding="utf-8")
        run(config(), edit.get("shows", ""))


if __name__ == "__main__":
    _main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]))
