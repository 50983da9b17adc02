"""Writing an invented transcript for a test: the one helper the readers' test files share."""

from __future__ import annotations

from pathlib import Path


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """``text`` saved as ``folder/name`` in ``encoding`` (a BOM for ``utf-8-sig`` and
    ``utf-16``, as those files arrive); the path."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path
