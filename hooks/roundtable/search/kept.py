"""What the search set-up makes from the same inputs in every build, kept on disk.

Two steps of a build cost CPU in proportion to what they read and give the same answer for
the same input: cutting jieba's dictionary down to the site's words (0.3 s of the seed's
build) and Pagefind indexing the records (0.2 s, in its own process). Their results are kept
in Jinja's per-user folder in the temporary directory, beside the compiled templates
(compiled_templates.py: created private, refused if anyone else owns it), named by a digest
of everything they are made from, code included: a changed input or a changed step makes
them anew. Each is written whole, then renamed, so a
build beside this one never reads half of one. Knows nothing of MkDocs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import jinja2


def digest(parts: Iterable[str | bytes]) -> str:
    """A name for what ``parts`` make: each part counted by its length, so no two lists of
    parts share a digest by where one ends and the next begins."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hashed.update(b"%d:" % len(data))
        hashed.update(data)
    return hashed.hexdigest()[:32]


def folder() -> Path:
    """Where they are kept: Jinja's private per-user folder."""
    return Path(jinja2.FileSystemBytecodeCache().directory)


def _path(kind: str, key: str) -> Path:
    return folder() / f"roundtable-{kind}-{key}"


def kept_text(kind: str, key: str) -> str | None:
    """The text kept under ``kind`` and ``key``, or None."""
    try:
        return _path(kind, key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def keep_text(kind: str, key: str, text: str) -> None:
    """Keep ``text`` for the next build (nothing is lost if it cannot be written)."""
    path = _path(kind, key)
    try:
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass


def copy_kept_folder(kind: str, key: str, destination: Path) -> bool:
    """Copy the folder kept under ``kind`` and ``key`` to ``destination`` (which must not
    exist); False if none is kept."""
    kept = _path(kind, key)
    if not kept.is_dir():
        return False
    try:  # fresh files, as the step would write them (not the kept copies' times)
        shutil.copytree(kept, destination, copy_function=shutil.copyfile)
    except OSError:
        shutil.rmtree(destination, ignore_errors=True)
        return False
    return True


def keep_folder(kind: str, key: str, source: Path) -> None:
    """Keep a copy of the folder ``source`` for the next build."""
    path = _path(kind, key)
    if path.is_dir():
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(source, partial, copy_function=shutil.copyfile)
        os.rename(partial, path)  # fails if another build kept it first: theirs is the same
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
