"""What the search set-up makes from the same inputs in every build, kept on disk.

Two steps of a build cost CPU in proportion to what they read and give the same answer for
the same input: cutting jieba's dictionary down to the site's words (0.3 s of the seed's
build) and Pagefind indexing the records (0.2 s, in its own process). Their results are kept
in Jinja's per-user folder in the temporary directory, beside the compiled templates
(compiled_templates.py: created private, refused if anyone else owns it), named by a digest
of everything they are made from, code included: a changed input or a changed step makes
them anew. Each is written whole under a name of its own, then renamed, so a build beside
this one never reads half of one.

Kept entries are bounded: after keeping one, only the :data:`KEPT_PER_KIND` most recently
used of its kind stay (reading one marks it used by its modification time), and what a
build that died left half-written goes once it is an hour old. An entry is taken out of
its name by a rename before it is deleted, so a build copying it either copies all of it
or fails and makes its own. Knows nothing of MkDocs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import jinja2

# Enough for a curator switching between a few sites and the test suite's projects (about a
# dozen of each kind per run), small enough to stay a few MB: a dictionary is about 50 KB,
# a bundle 0.3 MB for the seed and 3 MB for 100 panels.
KEPT_PER_KIND = 24
# A partial entry older than this belongs to a build that died, not to one still writing it.
PARTIAL_LIFETIME_SECONDS = 3600


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


def _mark_used(path: Path) -> None:
    try:  # pruning keeps the most recently used entries, told by their modification time
        os.utime(path)
    except OSError:
        pass


def kept_text(kind: str, key: str) -> str | None:
    """The text kept under ``kind`` and ``key``, or None."""
    path = _path(kind, key)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    _mark_used(path)
    return text


def keep_text(kind: str, key: str, text: str) -> None:
    """Keep ``text`` for the next build (nothing is lost if it cannot be written)."""
    path = _path(kind, key)
    try:
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return
    prune(kind)


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
    _mark_used(kept)
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
        return
    _mark_used(path)  # copytree gave it the source folder's time
    prune(kind)


def _remove(path: Path) -> None:
    """Delete ``path``, first renamed out of the way: a build copying the folder under its
    kept name then fails to find the rest and makes its own, never takes half of it."""
    gone = path.with_name(f"{path.name}.{os.getpid()}.gone")
    try:
        os.rename(path, gone)
    except OSError:
        return  # another build removed it first
    if gone.is_dir():
        shutil.rmtree(gone, ignore_errors=True)
    else:
        gone.unlink(missing_ok=True)


def prune(kind: str, keep: int | None = None) -> None:
    """Keep only the ``keep`` (:data:`KEPT_PER_KIND`) most recently used entries of ``kind``,
    and remove partial ones (written, or being removed, by a build) older than
    :data:`PARTIAL_LIFETIME_SECONDS`."""
    keep = KEPT_PER_KIND if keep is None else keep
    # A key is a digest: no hyphen or dot, so "jieba" never takes "jieba-dictionary"'s entries.
    whole = re.compile(rf"roundtable-{re.escape(kind)}-[0-9A-Za-z_]+")
    partial = re.compile(rf"{whole.pattern}\.\d+(\.gone)?")
    entries: list[tuple[int, str, Path]] = []
    partials: list[tuple[int, Path]] = []
    try:
        listed = list(os.scandir(folder()))
    except OSError:
        return
    for item in listed:
        try:
            changed = item.stat(follow_symlinks=False).st_mtime_ns
        except OSError:
            continue  # removed meanwhile
        if whole.fullmatch(item.name):
            entries.append((changed, item.name, Path(item.path)))
        elif partial.fullmatch(item.name):
            partials.append((changed, Path(item.path)))
    entries.sort(reverse=True)
    for _, _, path in entries[keep:]:
        _remove(path)
    oldest_live = time.time_ns() - PARTIAL_LIFETIME_SECONDS * 10**9
    for changed, path in partials:
        if changed < oldest_live:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
