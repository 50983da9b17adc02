"""Builds that many test modules read, made once per run however many processes run the tests.

`make quick` runs the fast tier in two pytest-xdist workers (``-n 2 --dist loadfile``): each
module's tests stay in one worker, so a module's own fixtures are made once; but a
session-scoped fixture is made in every worker that asks for it, and the session's builds
(the exhibit, the series, the panels, ``make build`` and ``make offline``) are read by
modules in both. :func:`built_once` makes each of them once: the first worker to ask builds
into a folder of the run's that both workers see, holding a lock on it; the other waits on
the lock (a state, not a time) and reads what was built. The result is pickled beside the
folder (a path, or a finished process with its output). Without workers a build is made as
before, in the test session's own temporary folder.

Which worker made which build is printed at the end of the run (conftest's
``pytest_terminal_summary``): each name appears once, or a build was made twice.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")
WORKER = os.environ.get("PYTEST_XDIST_WORKER")
"""This process's xdist worker id (``gw0``, ``gw1``); None when pytest runs without workers."""
MADE: list[str] = []
"""The shared builds this process made (not read from another worker)."""


def built_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], T]) -> T:
    """``make(folder)`` run once in this test run, in an empty ``folder`` named after
    ``name``; its result, made here or by another worker. ``make`` that fails fails here and
    is left for the next worker that asks to try again (and fail with its own message)."""
    if WORKER is None:
        MADE.append(name)
        return make(factory.mktemp(name))
    # Each worker's base folder is <run's base>/<worker id>: the run's is theirs in common.
    shared = factory.getbasetemp().parent / "built-once"
    shared.mkdir(exist_ok=True)
    result = shared / f"{name}.pickle"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if result.exists():
            return pickle.loads(result.read_bytes())
        folder = shared / name
        if folder.exists():  # what a failed attempt left
            shutil.rmtree(folder)
        folder.mkdir()
        made = make(folder)
        result.write_bytes(pickle.dumps(made))
        MADE.append(name)
        return made


def made_by_worker(by_worker: dict[str, list[str]]) -> str:
    """The summary line: which worker made which shared build, and any made twice."""
    names = [name for built in by_worker.values() for name in built]
    twice = sorted({name for name in names if names.count(name) > 1})
    shown = "; ".join(f"{worker}: {', '.join(built) or 'none'}"
                      for worker, built in sorted(by_worker.items()))
    return (f"session builds made: {shown}"
            + (f" (made more than once: {', '.join(twice)})" if twice else ""))
