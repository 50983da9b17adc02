"""``python -m mkdocs …`` without paying Python's start and MkDocs' imports each time.

A test's build is a process of its own, as a curator's is: its own environment, folder, output
and exit status, and nothing left over from the build before it. Starting that process cost
about a second of CPU before MkDocs read a line (Python, MkDocs, Material, Markdown, Jinja2,
jieba and pypinyin imported), for every one of the twenty-odd builds of ``make quick``.

Here one server process a test process (a pytest-xdist worker) imports those packages once
and forks a child for each command: the child takes the command's folder, environment and
``sys.argv``, sends its output to files, runs the module as ``python -m`` does and exits with
its status. A fork is a fresh process with the imports already done: the build's state (the
hook's modules, jieba's dictionary, logging) starts as empty as in a new interpreter, since
only packages that keep nothing per build are imported ahead. Material's theme module
(``material.templates``) is left out: importing it prints its end-of-life notice depending on
``sys.argv`` and the environment, which the child's own import decides as before.

    python tests/warm_python.py      (started by :func:`run_module`; reads requests on stdin)
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PRELOADED = (
    "click", "yaml", "markdown", "jinja2", "pygments", "babel", "jieba", "pypinyin",
    "mkdocs.commands.build", "mkdocs.config.defaults", "mkdocs.config.config_options",
    "mkdocs.structure.files", "mkdocs.structure.nav", "mkdocs.structure.pages",
    "mkdocs.livereload", "mkdocs.plugins", "mkdocs.contrib.search",
    "material.plugins.search.plugin", "material.plugins.tags.plugin",
    "material.plugins.offline.plugin", "material.extensions.emoji",
    "pymdownx.slugs", "pymdownx.superfences", "pymdownx.highlight", "pymdownx.emoji",
    "markdown.extensions.toc", "markdown.extensions.attr_list", "markdown.extensions.tables",
)
"""Imported once by the server; none of them holds anything one build leaves to the next."""
THEME_MODULE = "material.templates"
HOOKS = Path(__file__).resolve().parent.parent / "hooks"
HOOKS_PRELOADED = (
    "roundtable.transcript", "roundtable.site", "roundtable.citing.citations",
    "roundtable.citing.timing", "roundtable.compiled_templates", "roundtable.material_internals",
    "roundtable.model", "roundtable.pages.navigation", "roundtable.pages.pages",
    "roundtable.pages.raw_blocks", "roundtable.search.search_fold",
    "roundtable.search.search_index", "roundtable.search.search_pagefind",
    "roundtable.search.search_setup", "roundtable.search.search_terms",
)
"""The hook's package (hooks/roundtable/), which keeps nothing at import that a build changes."""


# --- the test's side ---------------------------------------------------------------------------

_server: subprocess.Popen | None = None
_lock = threading.Lock()
CPU: list[float] = []
"""CPU seconds (user + system) of each command this process ran, in order."""


def _started() -> subprocess.Popen:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, encoding="utf-8",
        )
        atexit.register(stop)
    return _server


def stop() -> None:
    """End the server (its stdin closed, it exits); nothing if none was started."""
    global _server
    if _server is not None:
        _server.stdin.close()
        _server.wait()
        _server.stdout.close()
        _server = None


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``python ARGS`` (``-m MODULE …``, ``-c CODE …`` or ``SCRIPT …``) in ``cwd`` with exactly
    ``env``, as ``subprocess.run`` with ``capture_output=True, text=True`` returns it (its
    output decoded as the locale's)."""
    argv = [sys.executable, *args]
    with tempfile.TemporaryDirectory(prefix="warm-python-") as folder, _lock:
        out, err = Path(folder) / "stdout", Path(folder) / "stderr"
        server = _started()
        request = {"args": args, "cwd": str(cwd), "env": env, "stdout": str(out),
                   "stderr": str(err)}
        server.stdin.write(json.dumps(request) + "\n")
        server.stdin.flush()
        reply = server.stdout.readline()
        if not reply:
            raise RuntimeError(f"the warm Python server ended running {argv}")
        answer = json.loads(reply)
        CPU.append(answer["cpu"])
        encoding = locale.getpreferredencoding(False)
        return subprocess.CompletedProcess(argv, answer["returncode"],
                                           out.read_text(encoding=encoding),
                                           err.read_text(encoding=encoding))


# --- the server's side -------------------------------------------------------------------------

def _child(request: dict) -> None:
    """In the forked child: become ``python -m MODULE ARGS`` and run it. Its ``SystemExit``
    or uncaught exception ends the child as it ends an interpreter (threads joined, exit
    handlers run, the traceback printed)."""
    import runpy

    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    for fd, name in ((1, "stdout"), (2, "stderr")):
        target = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    args = request["args"]
    if args[0] == "-m":  # as `python -m`: the folder first on the path, argv[0] the module's
        sys.path[0] = os.getcwd()
        sys.argv = args[1:]
        sys.modules.pop(f"{args[1]}.__main__", None)
        assert THEME_MODULE not in sys.modules, "the theme's import must be the build's own"
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    elif args[0] == "-c":  # as `python -c`: the folder first on the path, argv[0] "-c"
        sys.path[0] = os.getcwd()
        sys.argv = ["-c", *args[2:]]
        exec(compile(args[1], "<string>", "exec"), {"__name__": "__main__"})  # noqa: S102
    else:  # as `python SCRIPT`: the script's folder first on the path
        script = os.path.abspath(args[0])
        sys.path[0] = os.path.dirname(script)
        sys.argv = [args[0], *args[1:]]
        runpy.run_path(script, run_name="__main__")
    raise SystemExit(0)


def _serve() -> None:
    import gc
    import importlib

    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything printed by an import goes to stderr, not into the replies
    for name in PRELOADED:
        importlib.import_module(name)
    # The exhibit's own package, as the hook imports it (from the hooks/ folder the project
    # copies are made of: no test changes a copy's hooks). Its import is a second of CPU.
    sys.path.insert(0, str(HOOKS))
    for name in HOOKS_PRELOADED:
        importlib.import_module(name)
    sys.path.remove(str(HOOKS))
    assert THEME_MODULE not in sys.modules, f"{THEME_MODULE} must not be imported ahead"
    gc.freeze()  # the children's collections leave the imported objects (and their pages) be
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            replies.close()
            _child(request)  # never returns: the child ends as an interpreter does
        _, wait_status, usage = os.wait4(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(wait_status),
                                  "cpu": usage.ru_utime + usage.ru_stime}) + "\n")
        replies.flush()


if __name__ == "__main__":
    _serve()
