"""What the readers' regular expressions cost a build's import, and what two ways of making
them would save (issue 23; the figures are in FIGURES.md, "Round 21 (r21-f)").

Run from the repository, each mode a fresh process, in rotation:

    .venv/bin/python tests/perf/pattern_probe.py plain   # re.compile, as the readers do
    .venv/bin/python tests/perf/pattern_probe.py lazy    # compiled on first use
    .venv/bin/python tests/perf/pattern_probe.py kept    # rebuilt from compiled code kept on disk

Each prints the CPU of importing ``roundtable.readers`` and of reading the seed, and a digest
of the seed's model, which must be the same in every mode. ``kept`` records the compiled code
on its first run (into the temporary folder), then reads it back. Nothing here is imported by
the site or the tests.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import re
import sys
import tempfile
import time
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parents[2]
KEPT = Path(tempfile.gettempdir()) / f"pattern-probe-{sys.version_info[:3]}-{_sre.MAGIC}.marshal"
compile_re = re.compile


class Lazy:
    """A pattern compiled when first used (each use then goes through ``__getattr__``)."""

    __slots__ = ("args", "compiled")

    def __init__(self, *args: object) -> None:
        self.args, self.compiled = args, None

    def __getattr__(self, name: str) -> object:
        if self.compiled is None:
            self.compiled = compile_re(*self.args)
            USED.append(self)
        return getattr(self.compiled, name)


USED: list[Lazy] = []
MADE: dict[tuple[str, int], tuple] = {}


def compiled_code(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile``, in plain ints (marshal-able)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def main(mode: str) -> None:
    table: dict[tuple[str, int], tuple] = {}
    if mode == "kept" and KEPT.exists():
        table = marshal.loads(KEPT.read_bytes())

    def making(pattern: object, flags: int = 0) -> object:
        if isinstance(pattern, re.Pattern) or not isinstance(pattern, str):
            return compile_re(pattern, flags)
        flags = int(flags)
        if mode == "lazy":
            return Lazy(pattern, flags)
        args = table.get((pattern, flags))
        if args is None:
            args = MADE[(pattern, flags)] = compiled_code(pattern, flags)
        return _sre.compile(pattern, *args)

    sys.path.insert(0, str(ROOT / "hooks"))
    if mode != "plain":
        re.compile = making
    started = time.process_time()
    import roundtable.model  # noqa: F401
    import roundtable.readers  # noqa: F401
    imported = time.process_time()
    re.compile = compile_re
    if mode == "kept" and MADE:
        KEPT.write_bytes(marshal.dumps({**table, **MADE}))
    from exhibit import read_transcripts

    before = time.process_time()
    model = read_transcripts(ROOT / "seeds")
    read = time.process_time()
    same = hashlib.sha256(repr(model).encode()).hexdigest()[:12]
    used = f", {len(USED)} of them used reading the seed" if mode == "lazy" else ""
    recorded = f", {len(MADE)} recorded" if MADE else ""
    print(f"{mode}: import {1000 * (imported - started):.0f} ms CPU, read the seed "
          f"{1000 * (read - before):.0f} ms{used}{recorded}; model {same}")


if __name__ == "__main__":
    main(sys.argv[1])
