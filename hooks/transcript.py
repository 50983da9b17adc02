"""The parser as a command:
``python hooks/transcript.py [--explain | --init | --init-translation] FILE``.

Prints the model as JSON (or, with ``--explain``, every line with what it became and the
rule that decided, and the translation's untranslated and stale ids, exit status 1 while
warnings remain; with ``--init``, writes a starting metadata file beside the transcript; with
``--init-translation``, a translation file to fill in, ``<name>.en.yml``), or
``FILE:LINE: message`` with a hint and status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roundtable.citing.exports import to_json  # noqa: E402  (the published JSON shape)
from roundtable.model import TranscriptError  # noqa: E402
from roundtable.starting_metadata import write_starting_metadata  # noqa: E402
from roundtable.transcript import WARNING_PREFIX, explain, load  # noqa: E402
from roundtable.translation import write_skeleton  # noqa: E402

USAGE = "usage: python hooks/transcript.py [--explain | --init | --init-translation] FILE"
OPTIONS = {"--explain", "--init", "--init-translation"}


def main(argv: list[str]) -> int:
    """``python hooks/transcript.py [--explain | --init | --init-translation] FILE``: the
    model as JSON, every line explained (and the translation's untranslated and stale ids), a
    starting metadata file or a translation file to fill in, written beside the transcript.

    Exit status: 0 when the file reads with nothing to check; 1 when it is refused
    (``FILE:LINE: message`` and a hint) or, with --explain, while warnings remain (so a
    script can wait for a clean file); 2 for a wrong command line."""
    options = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1 or len(options) > 1 or not set(options) <= OPTIONS:
        print(USAGE, file=sys.stderr)
        return 2
    path = Path(args[0])
    try:
        if options == ["--explain"]:
            shown = explain(path)
            sys.stdout.write(shown)
            return 1 if f"\n{WARNING_PREFIX}" in shown else 0
        if options == ["--init"]:
            print(f"wrote {write_starting_metadata(path)}")
            return 0
        if options == ["--init-translation"]:
            print(f"wrote {write_skeleton(load(path), path)}")
            return 0
        transcript = load(path)
    except TranscriptError as error:
        print(error, file=sys.stderr)
        return 1
    except FileExistsError as error:
        print(f"{args[0]}:1: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{args[0]}:1: cannot read the file: {error.strerror}", file=sys.stderr)
        return 1
    for warning in transcript.warnings:
        print(f"{WARNING_PREFIX}{warning}", file=sys.stderr)
    sys.stdout.write(to_json(transcript))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
