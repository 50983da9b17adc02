"""Reading the metadata that sits beside a transcript: what the text cannot say itself.

Two YAML files feed a transcript ``seeds/<name>.<ext>``:

* ``seeds/topics.yml``, the topic vocabulary shared by the whole series;
* ``seeds/<name>.yml``, this panel's event facts, source record, speakers, part and
  question ids, and optionally the reader to use, its mode, confirmed lines and extra topics.

Both are optional. Metadata is as strict as the transcript: every key is known, every
typed field checked, and every problem is a :class:`TranscriptError` naming the file, the
line of the offending key and a fix; none ends in a traceback.
"""

from __future__ import annotations

import functools
import re
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import (
    REPORTED,
    VERBATIM,
    Category,
    Hindsight,
    Recording,
    Reference,
    SourceRecord,
    Topic,
    TranscriptError,
)
from .typography import full_width

TOPICS_FILE = "topics.yml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
LINE_KEY = "__line__"
LINES_KEY = "__lines__"
"""Per mapping: the line of each key, so that an error names the key's own line."""

SPEAKER_FIELDS = ("name_en", "affiliation", "affiliation_en", "role", "role_en")
SPEAKER_CHINESE_FIELDS = ("affiliation", "role")
"""The editors' Chinese words about a speaker, shown on pages in the site's typography
(typography.full_width: ``马尔奖(最佳论文奖)`` beside ``；`` reads ``马尔奖（最佳论文奖）``)."""
RECORD_FIELDS = tuple(SourceRecord.__dataclass_fields__)
MODES = (REPORTED, VERBATIM)
EXHIBIT_KEYS = {
    "slug": "the exhibit's URL segment: lowercase letters, digits, hyphens",
    "title": "the exhibit's title: overrides the file's; needed where it has none",
    "title_en": "editorial English title",
    "date": "when the event took place: YYYY, YYYY-MM or YYYY-MM-DD",
    "date_label": "the date in Chinese text when not the rule's form (dates.py)",
    "series": "the series the event belongs to", "series_en": "the series in English",
    "session": "the session within the series", "session_en": "the session in English",
    "host": "who held the event", "host_en": "who held it, in English",
    "format": "the kind of event (直播, 论坛 …)", "format_en": "the kind of event, in English",
    "theme": "the event's theme",
}
TOP_KEYS = {
    "exhibit": "event facts", "source": "the source record", "speakers": "who speaks",
    "parts": "part ids", "questions": "question ids", "topics": "extra topics",
    "categories": "topic categories (topics.yml)", "host_labels": "labels that open questions",
    "format": "the reader to use", "mode": "reported or verbatim", "confirm": "checked lines",
    "recording": "the recording the transcript's times point into",
    "labels": "what a label of the transcript stands for: a speaker's name or a role",
}
LABEL_ROLES = ("host", "audience", "interpreter", "narration")
"""What a label may stand for besides a person (``labels: {某某科技: host}``)."""
RECORDING_KEYS = {
    "file": "a media file beside the transcript in seeds/ (copied into the site)",
    "url": "the address of a media file a browser can play (mp3, m4a, mp4 …)",
    "page": "a video platform's page for the recording (linked to, never embedded)",
    "kind": "audio or video, when the file name does not say",
    "offset": "where the transcript's 00:00:00 falls in the recording: HH:MM:SS or seconds",
    "duration": "the recording's length: HH:MM:SS or seconds (read from a WAV file)",
}
AUDIO_EXTENSIONS = (".wav", ".mp3", ".m4a", ".aac", ".oga", ".ogg", ".opus", ".flac")
VIDEO_EXTENSIONS = (".mp4", ".m4v", ".webm", ".ogv", ".mov")
CLOCK_PATTERN = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]\d)$")
TOPIC_KEYS = ("id", "name", "en", "category", "aliases", "summary", "year", "reference", "since")


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
    """Empty when the metadata gives none: the name is romanised."""
    line: int
    fields: dict[str, str]
    aliases: tuple[str, ...] = ()
    """Other forms the transcript names them by (王主任, 王老师)."""


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
    """The reader to use, when the metadata forces one (``format: dialogue``). The readers
    know their own names and refuse any other at ``format_line`` (so this module, below
    them, never imports them)."""
    format_line: int = 1
    """The line of ``format:`` in the metadata file."""
    confirmed: frozenset[int] = frozenset()
    """Lines of the transcript whose warnings a curator has checked (``confirm: [12, 30]``)."""
    recording: Recording | None = None
    """The recording the transcript's times point into (``recording:``), if any."""
    labels: tuple[tuple[str, str], ...] = ()
    """``labels:``: a label of the transcript and the speaker's name or the role
    (:data:`LABEL_ROLES`) it stands for, in the file's order (``周总: 周立恒``,
    ``口译: interpreter``)."""

    def label_map(self) -> dict[str, str]:
        return dict(self.labels)


# libyaml's parser when PyYAML was built with it (it reads YAML several times faster; a
# series reads a metadata file per panel), else PyYAML's own: the same nodes and marks.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """A safe loader that records on each mapping the line it starts on and its keys' lines."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE_KEY] = node.start_mark.line + 1
        mapping[LINES_KEY] = {
            str(key.value): key.start_mark.line + 1 for key, _ in node.value
            if isinstance(key, yaml.ScalarNode)
        }
        return mapping


# Dates such as 2022-01 must stay strings, not become datetimes.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> dict:
    """Parse a YAML mapping, mappings carrying their lines under ``__line__``/``__lines__``."""
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
        return {LINE_KEY: 1, LINES_KEY: {}}
    if not isinstance(data, dict):
        raise TranscriptError(str(path), 1, "metadata must be a mapping of keys to values")
    return data


@functools.lru_cache(maxsize=4)
def _vocabulary(
    path: Path, mtime_ns: int, size: int
) -> tuple[tuple[Category, ...], tuple[Topic, ...], tuple[tuple[str, str], ...]]:
    """The series' vocabulary file, read once however many transcripts share it (a series of
    a hundred panels read it two hundred times): its categories, topics and alias owners.
    Keyed by the file's modification time and size, so an edit is read again."""
    data = read_yaml(path)
    categories = _read_categories(path, data)
    owners: dict[str, str] = {}
    topics = _read_topics(path, data, categories, owners)
    return categories, tuple(topics), tuple(owners.items())


def load_metadata(transcript_path: Path) -> Metadata:
    """Read the shared vocabulary and the transcript's own metadata file, if present."""
    own = transcript_path.with_suffix(".yml")
    shared = transcript_path.parent / TOPICS_FILE
    categories: tuple[Category, ...] = ()
    topics: list[Topic] = []
    alias_owner: dict[str, str] = {}
    if shared.is_file() and shared != own:
        stat = shared.stat()
        categories, shared_topics, owners = _vocabulary(shared, stat.st_mtime_ns, stat.st_size)
        topics += shared_topics
        alias_owner.update(owners)
    if not own.is_file():
        return Metadata(topics=tuple(topics), categories=categories)
    data = read_yaml(own)
    _known_keys(own, data, TOP_KEYS, "top-level key")
    topics += _read_topics(own, data, categories, alias_owner, known=topics)
    return Metadata(
        path=str(own),
        info=_read_exhibit(own, data),
        speakers=tuple(_read_speakers(own, data)),
        parts=tuple(_read_matchers(own, data, "parts")),
        questions=tuple(_read_matchers(own, data, "questions")),
        host_labels=tuple(_strings(own, data, "host_labels")),
        topics=tuple(topics),
        categories=categories,
        record=_read_record(own, data),
        mode=_choice(own, data, "mode", MODES),
        format=_text(own, data, "format"),
        format_line=_line(data, "format"),
        confirmed=_read_confirmed(own, data),
        recording=_read_recording(own, data),
        labels=_read_labels(own, data),
    )


def normalise_alias(alias: str) -> str:
    """The form two aliases are compared in: case and spaces do not count."""
    return re.sub(r"\s+", "", alias).casefold()


# --- checking -------------------------------------------------------------------------


def _line(data: dict, key: str) -> int:
    return data.get(LINES_KEY, {}).get(key, data.get(LINE_KEY, 1))


def _fail(path: Path, line: int, message: str, hint: str = "") -> TranscriptError:
    return TranscriptError(str(path), line, message, hint)


def _known_keys(path: Path, data: dict, known: dict | tuple, what: str) -> None:
    for key in data:
        if key not in known and key not in (LINE_KEY, LINES_KEY):
            raise _fail(path, _line(data, key), f"unknown {what} '{key}'",
                        f"the keys are: {', '.join(known)} (seeds/README.md, 'Metadata keys')")


def _mapping(path: Path, data: dict, key: str) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise _fail(path, _line(data, key), f"'{key}' must be a mapping of keys to values")
    return value


def _entries(path: Path, data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _fail(path, _line(data, key), f"'{key}' must be a list of mappings",
                    f"write each entry as '- key: value' under {key}:")
    return value


def _text(path: Path, entry: dict, key: str, required: bool = False) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _fail(path, entry[LINE_KEY], f"entry lacks '{key}'")
        return ""
    if isinstance(value, (dict, list)):
        raise _fail(path, _line(entry, key), f"'{key}' must be text, not a "
                    f"{'mapping' if isinstance(value, dict) else 'list'}")
    return str(value).strip()


def _identifier(path: Path, entry: dict, key: str, required: bool = True) -> str:
    value = _text(path, entry, key, required)
    if value and not ID_PATTERN.match(value):
        raise _fail(path, _line(entry, key), f"'{key}: {value}' is not a readable ASCII id",
                    "use lowercase letters, digits and single hyphens, e.g. swin-v2 "
                    "(no '/', no '..': it becomes a URL)")
    return value


def _date(path: Path, entry: dict, key: str) -> str:
    value = _text(path, entry, key)
    if value and not DATE_PATTERN.match(value):
        raise _fail(path, _line(entry, key), f"'{key}: {value}' is not a date",
                    "write YYYY, YYYY-MM or YYYY-MM-DD, in quotes: \"2022-01\"")
    return value


def _url(path: Path, entry: dict, key: str, required: bool = False) -> str:
    value = _text(path, entry, key, required)
    if value and not URL_PATTERN.match(value):
        raise _fail(path, _line(entry, key), f"'{key}: {value}' is not an http(s) URL",
                    "give the full address, starting with https:// (or leave it out if unknown)")
    return value


def _strings(path: Path, data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) for v in value):
        raise _fail(path, _line(data, key), f"'{key}' must be a list of texts",
                    f"e.g. {key}: [主持人, 记者]")
    return [str(v) for v in value]


def _read_labels(path: Path, data: dict) -> tuple[tuple[str, str], ...]:
    value = data.get("labels") or {}
    pairs = value.items() if isinstance(value, dict) else ()
    pairs = [(k, v) for k, v in pairs if not str(k).startswith("__")]
    if not isinstance(value, dict) or any(isinstance(v, (dict, list)) or v is None
                                          for _, v in pairs):
        raise _fail(path, _line(data, "labels"),
                    "'labels' must map each label to a name or a role",
                    "e.g. labels: {某某科技: host, 周总: 周立恒}; roles: "
                    + ", ".join(LABEL_ROLES))
    return tuple((str(k).strip(), str(v).strip()) for k, v in pairs)


def _choice(path: Path, data: dict, key: str, choices: tuple[str, ...]) -> str:
    value = _text(path, data, key)
    if value and value not in choices:
        raise _fail(path, _line(data, key), f"'{key}: {value}' is not one of the choices",
                    f"use one of: {', '.join(choices)}")
    return value


# --- the sections ---------------------------------------------------------------------


def _read_exhibit(path: Path, data: dict) -> dict[str, Any]:
    entry = _mapping(path, data, "exhibit")
    _known_keys(path, entry, EXHIBIT_KEYS, "exhibit key")
    info = {key: _text(path, entry, key) for key in entry if key not in (LINE_KEY, LINES_KEY)}
    _identifier(path, entry, "slug", required=False)
    _date(path, entry, "date")
    return {key: value for key, value in info.items() if value != ""}


def _read_record(path: Path, data: dict) -> SourceRecord:
    entry = _mapping(path, data, "source")
    _known_keys(path, entry, RECORD_FIELDS, "source key")
    values = {key: _text(path, entry, key) for key in RECORD_FIELDS}
    values["url"] = _url(path, entry, "url")
    values["recording_url"] = _url(path, entry, "recording_url")
    values["published"] = _date(path, entry, "published")
    values["retrieved"] = _date(path, entry, "retrieved")
    return SourceRecord(**values)


def _read_recording(path: Path, data: dict) -> Recording | None:
    if not data.get("recording"):
        return None
    entry = _mapping(path, data, "recording")
    _known_keys(path, entry, RECORDING_KEYS, "recording key")
    file, url = _text(path, entry, "file"), _url(path, entry, "url")
    page = _url(path, entry, "page")
    if file and url:
        raise _fail(path, _line(entry, "url"), "a recording is either a 'file' or a 'url'",
                    "keep the one the site should play")
    if not (file or url or page):
        raise _fail(path, _line(data, "recording"), "'recording' names no file, url or page",
                    "give file: (beside the transcript), url: (a media file) or page:")
    if file:
        media = path.parent / file
        if "/" in file or "\\" in file or not media.is_file():
            raise _fail(path, _line(entry, "file"), f"'file: {file}' is not a file beside "
                        "the transcript", f"copy the media file into {path.parent}/ and give "
                        "its name only")
    kind = _choice(path, entry, "kind", ("audio", "video"))
    if not kind and (file or url):
        extension = Path(file or url.split("?")[0].split("#")[0]).suffix.lower()
        kind = ("audio" if extension in AUDIO_EXTENSIONS
                else "video" if extension in VIDEO_EXTENSIONS else "")
        if not kind:
            raise _fail(path, _line(entry, "file" if file else "url"),
                        f"cannot tell whether '{file or url}' is audio or video",
                        "add kind: audio or kind: video")
    duration = _seconds(path, entry, "duration")
    if duration is None and file.lower().endswith(".wav"):
        try:
            with wave.open(str(path.parent / file), "rb") as media:
                duration = media.getnframes() // media.getframerate()
        except (wave.Error, EOFError) as error:
            raise _fail(path, _line(entry, "file"), f"'{file}' is not a readable WAV file: "
                        f"{error}", "export it again, or give duration: HH:MM:SS") from None
    return Recording(file=file, url=url, page=page, kind=kind or "video",
                     offset=_seconds(path, entry, "offset") or 0, duration=duration)


def _seconds(path: Path, entry: dict, key: str) -> int | None:
    """A length of time, as whole seconds or ``HH:MM:SS`` / ``MM:SS``."""
    value = entry.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    match = CLOCK_PATTERN.match(str(value).strip())
    if not match:
        raise _fail(path, _line(entry, key), f"'{key}: {value}' is not a time",
                    f"write HH:MM:SS in quotes (\"00:12:30\") or whole seconds ({key}: 750)")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _read_confirmed(path: Path, data: dict) -> frozenset[int]:
    value = data.get("confirm") or []
    if not isinstance(value, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in value
    ):
        raise _fail(path, _line(data, "confirm"), "'confirm' must be a list of line numbers",
                    "e.g. confirm: [12, 30] — the transcript lines whose warnings you checked "
                    "with --explain")
    return frozenset(value)


def _read_categories(path: Path, data: dict) -> tuple[Category, ...]:
    return tuple(
        Category(id=_identifier(path, entry, "id"), name=_text(path, entry, "name", True),
                 en=_text(path, entry, "en"))
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
        _known_keys(path, entry, TOPIC_KEYS, "topic key")
        topic_id = _identifier(path, entry, "id")
        if topic_id in topic_ids:
            raise _fail(path, line, f"topic id '{topic_id}' is defined twice")
        topic_ids.add(topic_id)
        category = _text(path, entry, "category", True)
        if category_ids and category not in category_ids:
            raise _fail(path, _line(entry, "category"),
                        f"topic '{topic_id}' has unknown category '{category}'",
                        f"use one of: {', '.join(sorted(category_ids))}")
        name = _text(path, entry, "name", True)
        aliases = tuple(_strings(path, entry, "aliases")) or (name,)
        for alias in aliases:
            key = normalise_alias(alias)
            if key in alias_owner and alias_owner[key] != topic_id:
                raise _fail(path, line, f"alias '{alias}' of topic '{topic_id}' is already "
                            f"claimed by topic '{alias_owner[key]}'",
                            "an alias must point to exactly one topic: remove it from one of them")
            alias_owner[key] = topic_id
        topics.append(Topic(
            id=topic_id, name=name, en=_text(path, entry, "en"), category=category,
            # Summaries and notes are the editors' words: the site's typography applies.
            aliases=aliases, summary=full_width(_text(path, entry, "summary")),
            year=_year(path, entry), reference=_reference(path, entry),
            since=_since(path, entry),
        ))
    return topics


def _year(path: Path, entry: dict) -> int | None:
    value = entry.get("year")
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
        raise _fail(path, _line(entry, "year"), f"'year: {value}' is not a year",
                    "write the year of first release or paper as four digits, e.g. year: 2021")
    return value


def _reference(path: Path, entry: dict) -> Reference | None:
    value = entry.get("reference")
    if value in (None, ""):
        return None
    if not isinstance(value, dict):
        raise _fail(path, _line(entry, "reference"), "'reference' must be a mapping",
                    "reference:\n      label: \"arXiv:2103.00020\"\n      url: https://arxiv.org/abs/…")
    _known_keys(path, value, ("label", "url"), "reference key")
    return Reference(_text(path, value, "label", True), _url(path, value, "url", True))


def _since(path: Path, entry: dict) -> tuple[Hindsight, ...]:
    notes = _entries(path, entry, "since")
    result = []
    for note in notes:
        _known_keys(path, note, ("date", "text"), "since key")
        date = _date(path, note, "date")
        if not date:
            raise _fail(path, note[LINE_KEY], "a 'since' note lacks its date",
                        "every note says when: date: \"2022-04\"")
        result.append(Hindsight(date, full_width(_text(path, note, "text", True))))
    return tuple(result)


def _read_speakers(path: Path, data: dict) -> list[SpeakerInfo]:
    speakers = []
    seen: dict[str, int] = {}
    for entry in _entries(path, data, "speakers"):
        _known_keys(path, entry, ("name", "id", "aliases", *SPEAKER_FIELDS), "speaker key")
        name = _text(path, entry, "name", True)
        speaker_id = _identifier(path, entry, "id", required=False)
        if speaker_id and speaker_id in seen:
            raise _fail(path, _line(entry, "id"), f"speaker id '{speaker_id}' is given twice",
                        f"the entry at line {seen[speaker_id]} has it already")
        if speaker_id:
            seen[speaker_id] = entry[LINE_KEY]
        speakers.append(SpeakerInfo(
            name=name, id=speaker_id, line=entry[LINE_KEY],
            fields={k: full_width(v) if k in SPEAKER_CHINESE_FIELDS else v
                    for k in SPEAKER_FIELDS if (v := _text(path, entry, k))},
            aliases=tuple(_strings(path, entry, "aliases")),
        ))
    return speakers


def _read_matchers(path: Path, data: dict, key: str) -> list[Matcher]:
    matchers = []
    for entry in _entries(path, data, key):
        _known_keys(path, entry, ("match", "id", "en"), f"{key[:-1]} key")
        matchers.append(Matcher(match=_text(path, entry, "match", True),
                                id=_identifier(path, entry, "id"),
                                en=_text(path, entry, "en"), line=entry[LINE_KEY]))
    seen: dict[str, int] = {}
    for matcher in matchers:
        if matcher.id in seen:
            raise _fail(path, matcher.line, f"{key[:-1]} id '{matcher.id}' is given twice",
                        f"the entry at line {seen[matcher.id]} has it already")
        seen[matcher.id] = matcher.line
    return matchers


