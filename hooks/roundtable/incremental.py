"""What a rebuild under ``mkdocs serve`` can keep from the build before: transcripts parsed
once per content, and each page's fingerprint, to tell the pages an edit changed from those it
left alone. Knows nothing of MkDocs (the hook's ``serve_cache.py`` applies it).

Every key is a digest of the bytes an output is made from, never a time stamp: a file saved
again unchanged keeps its pages, and two edits within a second are both seen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from .metadata import TOPICS_FILE, Metadata, load_metadata
from .model import Transcript
from .readers.assemble import SpeakerIds
from .transcript import parse
from .translation import translation_path, with_translation


def digest(*parts: str | bytes) -> str:
    """One digest of several parts, each length-prefixed so that no two splits collide."""
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def file_digest(path: Path) -> str:
    """The digest of a file's bytes; of nothing when it does not exist."""
    return digest(path.read_bytes()) if path.is_file() else digest()


_Ids = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


def _snapshot(ids: SpeakerIds) -> _Ids:
    return tuple(ids.by_name.items()), tuple(ids.by_id.items())


def _restore(ids: SpeakerIds, snapshot: _Ids) -> None:
    ids.by_name, ids.by_id = dict(snapshot[0]), dict(snapshot[1])


class ParseCache:
    """:func:`roundtable.transcript.load_series`, remembering each transcript's model by the
    bytes it was read from: the transcript, its metadata file, its translation, the series'
    ``topics.yml`` and the speaker ids the panels before it had claimed. An edit re-reads that
    panel alone, and an unchanged panel keeps the very same model object (pages made from it
    can be kept by identity)."""

    def __init__(self) -> None:
        self._metadata: dict[tuple[str, str, str], Metadata] = {}
        self._models: dict[tuple[str, str, tuple[str, str, str], str, _Ids],
                           tuple[Transcript, _Ids]] = {}
        self.parsed = 0
        """How many transcripts were parsed (not found) by the last :meth:`load_series`."""

    def load_series(self, paths: Iterable[Path]) -> list[Transcript]:
        """Every transcript of a series, sharing speaker ids, as ``load_series`` reads them."""
        paths = list(paths)
        topics = file_digest(paths[0].parent / TOPICS_FILE) if paths else digest()
        read = []
        for path in paths:
            key = (str(path), file_digest(path.with_suffix(".yml")), topics)
            metadata = self._metadata.get(key)
            if metadata is None:
                metadata = self._metadata[key] = load_metadata(path)
            read.append((path, key, metadata))
        ids = SpeakerIds()
        for _, _, metadata in read:
            for info in metadata.speakers:
                if info.id:
                    ids.reserve(info.name, info.id, metadata.path, info.line)
        models, self.parsed = [], 0
        kept_metadata = {key for _, key, _ in read}
        kept_models = set()
        for path, metadata_key, metadata in read:
            key = (str(path), file_digest(path), metadata_key,
                   file_digest(translation_path(path)), _snapshot(ids))
            found = self._models.get(key)
            if found is None:
                transcript = with_translation(parse(path, metadata, ids), path)
                self.parsed += 1
                found = self._models[key] = (transcript, _snapshot(ids))
            else:
                _restore(ids, found[1])
            kept_models.add(key)
            models.append(found[0])
        # Only the series as it is now is kept: an edited panel's old models go.
        self._metadata = {k: v for k, v in self._metadata.items() if k in kept_metadata}
        self._models = {k: v for k, v in self._models.items() if k in kept_models}
        return models
