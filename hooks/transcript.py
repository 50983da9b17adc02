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

from roundtable.transcript import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
