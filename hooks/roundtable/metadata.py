"""Reading the metadata that sits beside a transcript: what the text cannot say itself.

Two YAML files feed a transcript ``seeds/<name>.txt``:

* ``seeds/topics.yml``, the topic vocabulary shared by the whole series;
* ``seeds/<name>.yml``, this panel's event facts, speakers' English names and
  affiliations, part and question ids, and optionally extra ``topics``.

Both are optional; every problem in them is a :class:`TranscriptError` naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import (
    REPORTED,
    VERBATIM,
    Category,
    Hindsight,
    Reference,
    SourceRecord,
    Topic,
    TranscriptError,
)

TOPICS_FILE = "topics.yml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LINE_KEY = "__line__"

SPEAKER_FIELDS = ("name_en", "affiliation", "affiliation_en", "role", "role_en")


@dataclass(frozen=True)
class Matcher:
    """Metadata for the part or question whose text contains ``match``."""

    match: str
    id: str
    en: str
    line: int
    """Line of the entry in its metadata file, for errors."""


@dataclass(frozen=True)
class SpeakerInfo:
    """What the metadata says of one speaker."""

    name: str
    id: str
    line: int
    fields: dict[str, str]


@dataclass(frozen=True)
class Metadata:
    """Everything read from the metadata files of one transcript."""

    path: str = ""
    """The per-transcript file (may not exist)."""
    info: dict[str, Any] = field(default_factory=dict)
    speakers: tuple[SpeakerInfo, ...] = ()
    parts: tuple[Matcher, ...] = ()
    questions: tuple[Matcher, ...] = ()
    host_labels: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    categories: tuple[Category, ...] = ()
    record: SourceRecord = field(default_factory=SourceRecord)
    """Where the text comes from (the ``source`` mapping); unknown fields stay empty."""
    mode: str = ""
    """``reported`` or ``verbatim`` when the metadata overrides the reader's mode."""
    format: str = ""
    """The reader to use, when the metadata forces one (``format: dialogue``)."""
    confirmed: frozenset[int] = frozenset()
    """Lines of the transcript whose warnings a curator has checked (``confirm: [12, 30]``)."""


RECORD_FIELDS = tuple(SourceRecord.__dataclass_fields__)
MODES = (REPORTED, VERBATIM)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records on each mapping the line it starts on."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


# Dates such as 2022-01 must stay strings, not become datetimes.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> dict:
    """Parse a YAML mapping, mappings carrying their line under ``__line__``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise TranscriptError(str(path), 1, "metadata is not UTF-8", "save it as UTF-8") from error
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise TranscriptError(
            str(path), line, f"metadata does not parse: {problem}", "check indentation and quoting"
        ) from error
    if data is None:
        return {LINE_KEY: 1}
    if not isinstance(data, dict):
        raise TranscriptError(str(path), 1, "metadata must be a mapping of keys to values")
    return data


def load_metadata(transcript_path: Path) -> Metadata:
    """Read the shared vocabulary and the transcript's own metadata file, if present."""
    own = transcript_path.with_suffix(".yml")
    shared = transcript_path.parent / TOPICS_FILE
    categories: tuple[Category, ...] = ()
    topics: list[Topic] = []
    alias_owner: dict[str, str] = {}
    if shared.is_file():
        data = read_yaml(shared)
        categories = _read_categories(shared, data)
        topics += _read_topics(shared, data, categories, alias_owner)
    if not own.is_file():
        return Metadata(topics=tuple(topics), categories=categories)
    data = read_yaml(own)
    topics += _read_topics(own, data, categories, alias_owner, known=topics)
    info = {k: v for k, v in _mapping(own, data, "exhibit").items() if k != LINE_KEY}
    return Metadata(
        path=str(own),
        info=info,
        speakers=tuple(_read_speakers(own, data)),
        parts=tuple(_read_matchers(own, data, "parts")),
        questions=tuple(_read_matchers(own, data, "questions")),
        host_labels=tuple(str(label) for label in data.get("host_labels", ())),
        topics=tuple(topics),
        categories=categories,
        record=_read_record(own, data),
        mode=_read_mode(own, data),
        format=str(data.get("format") or ""),
        confirmed=_read_confirmed(own, data),
    )


def _read_confirmed(path: Path, data: dict) -> frozenset[int]:
    value = data.get("confirm") or []
    if not isinstance(value, list) or not all(isinstance(n, int) and n > 0 for n in value):
        raise TranscriptError(str(path), data[LINE_KEY], "'confirm' must be a list of line numbers",
                              "e.g. confirm: [12, 30] — the transcript lines whose warnings "
                              "you checked with --explain")
    return frozenset(value)


def _read_record(path: Path, data: dict) -> SourceRecord:
    entry = _mapping(path, data, "source")
    unknown = sorted(set(entry) - set(RECORD_FIELDS) - {LINE_KEY})
    if unknown:
        raise TranscriptError(
            str(path), entry.get(LINE_KEY, data[LINE_KEY]),
            f"'source' has an unknown key '{unknown[0]}'",
            f"the keys are: {', '.join(RECORD_FIELDS)}",
        )
    return SourceRecord(**{key: str(entry[key]).strip() for key in RECORD_FIELDS
                           if entry.get(key) not in (None, "")})


def _read_mode(path: Path, data: dict) -> str:
    mode = str(data.get("mode") or "")
    if mode and mode not in MODES:
        raise TranscriptError(str(path), data[LINE_KEY], f"'mode: {mode}' is not a mode",
                              f"use one of: {', '.join(MODES)}")
    return mode


# ---------------------------------------------------------------------------


def _mapping(path: Path, data: dict, key: str) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise TranscriptError(str(path), data[LINE_KEY], f"'{key}' must be a mapping")
    return value


def _entries(path: Path, data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise TranscriptError(str(path), data[LINE_KEY], f"'{key}' must be a list of mappings")
    return value


def _required(path: Path, entry: dict, key: str, pattern: re.Pattern | None = None) -> str:
    value = entry.get(key)
    if value is None or str(value).strip() == "":
        raise TranscriptError(str(path), entry[LINE_KEY], f"entry lacks '{key}'")
    value = str(value).strip()
    if pattern and not pattern.match(value):
        raise TranscriptError(
            str(path),
            entry[LINE_KEY],
            f"'{key}: {value}' is not a readable ASCII id",
            "use lowercase letters, digits and single hyphens, e.g. swin-v2",
        )
    return value


def _read_categories(path: Path, data: dict) -> tuple[Category, ...]:
    return tuple(
        Category(
            id=_required(path, entry, "id", ID_PATTERN),
            name=_required(path, entry, "name"),
            en=str(entry.get("en", "")),
        )
        for entry in _entries(path, data, "categories")
    )


def _read_topics(
    path: Path,
    data: dict,
    categories: tuple[Category, ...],
    alias_owner: dict[str, str],
    known: list[Topic] | None = None,
) -> list[Topic]:
    """Topics of one file; ``alias_owner`` tracks aliases across files to refuse clashes."""
    category_ids = {c.id for c in categories}
    topic_ids = {t.id for t in known or []}
    topics = []
    for entry in _entries(path, data, "topics"):
        line = entry[LINE_KEY]
        topic_id = _required(path, entry, "id", ID_PATTERN)
        if topic_id in topic_ids:
            raise TranscriptError(str(path), line, f"topic id '{topic_id}' is defined twice")
        topic_ids.add(topic_id)
        category = _required(path, entry, "category")
        if category_ids and category not in category_ids:
            raise TranscriptError(
                str(path),
                line,
                f"topic '{topic_id}' has unknown category '{category}'",
                f"use one of: {', '.join(sorted(category_ids))}",
            )
        name = _required(path, entry, "name")
        aliases = tuple(str(a) for a in entry.get("aliases") or [name])
        for alias in aliases:
            key = normalise_alias(alias)
            if key in alias_owner and alias_owner[key] != topic_id:
                raise TranscriptError(
                    str(path),
                    line,
                    f"alias '{alias}' of topic '{topic_id}' is already claimed by "
                    f"topic '{alias_owner[key]}'",
                    "an alias must point to exactly one topic: remove it from one of them",
                )
            alias_owner[key] = topic_id
        reference = entry.get("reference")
        topics.append(
            Topic(
                id=topic_id,
                name=name,
                en=str(entry.get("en", "")),
                category=category,
                aliases=aliases,
                summary=str(entry.get("summary", "")),
                year=int(entry["year"]) if entry.get("year") else None,
                reference=Reference(str(reference["label"]), str(reference["url"]))
                if reference
                else None,
                since=tuple(
                    Hindsight(str(note["date"]), str(note["text"]))
                    for note in entry.get("since") or []
                ),
            )
        )
    return topics


def normalise_alias(alias: str) -> str:
    """The form two aliases are compared in: case and spaces do not count."""
    return re.sub(r"\s+", "", alias).casefold()


def _read_speakers(path: Path, data: dict) -> list[SpeakerInfo]:
    speakers = []
    for entry in _entries(path, data, "speakers"):
        speakers.append(
            SpeakerInfo(
                name=_required(path, entry, "name"),
                id=_required(path, entry, "id", ID_PATTERN),
                line=entry[LINE_KEY],
                fields={k: str(entry[k]) for k in SPEAKER_FIELDS if entry.get(k)},
            )
        )
    return speakers


def _read_matchers(path: Path, data: dict, key: str) -> list[Matcher]:
    return [
        Matcher(
            match=_required(path, entry, "match"),
            id=_required(path, entry, "id", ID_PATTERN),
            en=str(entry.get("en", "")),
            line=entry[LINE_KEY],
        )
        for entry in _entries(path, data, key)
    ]
