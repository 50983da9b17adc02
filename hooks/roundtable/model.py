"""The exhibit's model: what a transcript says, once parsed. Knows nothing of MkDocs.

Every object is frozen; ids are stable ASCII strings used in URLs and anchors, while
names and texts stay in the transcript's own Chinese.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

REPORTED = "reported"
"""Mode of a transcript written by a reporter about what was said (the seed)."""
VERBATIM = "verbatim"
"""Mode of a transcript that records the speakers' own words (dialogue, exports, subtitles)."""


@dataclass(frozen=True)
class Fix:
    """The fix a hint names, in a form a program can apply (the tests apply each one)."""

    kind: str
    """``metadata``: YAML to add to the transcript's metadata file; ``label``: text to open
    the named line with; ``convert``: the encoding to convert the file from, to UTF-8;
    ``content``: the file needs the transcript's text."""
    text: str
    metadata: str = ""
    """YAML to add to the metadata as well (a label's speaker named nowhere else)."""
    guess: bool = False
    """The fix names a speaker the tool cannot tell (a guest who has not spoken yet, or an
    example name): it shows the curator what to write, and is a question they answer, never
    a proposal to take unchecked (taken blindly, it publishes the line under a guessed name
    with no warning left at it)."""



def labels_fix(label: str, who: str) -> Fix:
    """The ``labels:`` line that maps a label of the file to a speaker or a role, written so
    that it parses as YAML whatever the label holds (``@handle``, ``: ``, ``#``): quoted
    only where a plain scalar would not read back as itself."""
    return Fix("metadata", f"labels:\n  {_scalar(label)}: {_scalar(who)}")


def labels_map_fix(pairs: dict[str, str]) -> Fix:
    """One ``labels:`` fix that maps several labels of one kind at once (each label of a
    shape the reader did not take for one), written as ``labels_fix`` writes one."""
    lines = [f"  {_scalar(label)}: {_scalar(who)}" for label, who in pairs.items()]
    return Fix("metadata", "labels:\n" + "\n".join(lines))


def _scalar(text: str) -> str:
    import json

    import yaml

    try:
        plain = yaml.safe_load(f"{text}: {text}") == {text: text}
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)

class TranscriptError(Exception):
    """Bad input, reported as ``FILE:LINE: message`` with a hint on how to fix it."""

    def __init__(self, path: str, line: int, message: str, hint: str = "",
                 fix: Fix | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


@dataclass(frozen=True)
class Diagnostic:
    """A decision the reader is unsure of: a warning, ``FILE:LINE: message``, that stops a
    strict build unless the metadata confirms the line."""

    path: str
    line: int
    message: str
    hint: str = ""
    confirmable: bool = True
    """False where confirming the line would publish a mistake (张玮 beside 张伟: a second
    person): only correcting the transcript or the metadata clears it."""
    fix: Fix | None = None
    """The fix the hint names, when a program can apply it."""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


@dataclass(frozen=True)
class SourceRecord:
    """Where the text of an exhibit comes from. Empty fields are unknown, never guessed."""

    publisher: str = ""
    """Who published the text (e.g. 机器之心)."""
    author: str = ""
    """Author or reporter of the text."""
    title: str = ""
    """Title of the published article or recording."""
    published: str = ""
    """Publication date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    url: str = ""
    """Address of the article."""
    recording_url: str = ""
    """Address of a recording of the event."""
    retrieved: str = ""
    """When the copy the exhibit is built from was retrieved, ``YYYY-MM-DD``."""


@dataclass(frozen=True)
class Recording:
    """The recording an exhibit's timed passages can be heard in (the metadata's
    ``recording:``): a media file beside the transcript, a direct media URL, or a video
    platform's page that can only be linked to."""

    file: str = ""
    """Path of a local media file (copied into the site), as found beside the transcript."""
    url: str = ""
    """Address of a media file a browser plays directly (remote: asked of the network)."""
    page: str = ""
    """Address of a platform's page for the recording (a link out, never embedded)."""
    kind: str = "audio"
    """``audio`` or ``video``: which media element plays it."""
    offset: int = 0
    """Seconds into the recording at which the transcript's 00:00:00 falls."""
    duration: int | None = None
    """Length of the recording in seconds, where known (the last passage's end)."""

    @property
    def playable(self) -> bool:
        """Whether the page can play it (a file or a media URL), not only link out."""
        return bool(self.file or self.url)


@dataclass(frozen=True)
class Reference:
    """A checkable public source for a topic."""

    label: str
    """How the source is cited, e.g. ``arXiv:2103.00020``."""
    url: str
    """Where the source can be read."""


@dataclass(frozen=True)
class Hindsight:
    """A dated, editorial note on what happened after the panel."""

    date: str
    """``YYYY`` or ``YYYY-MM``."""
    text: str
    """One sentence, editorial."""


@dataclass(frozen=True)
class Category:
    """A group of topics on the topic index."""

    id: str
    """ASCII id."""
    name: str
    """Chinese display name."""
    en: str
    """English label (editorial)."""


@dataclass(frozen=True)
class Topic:
    """A model, method, field or organisation the panel names."""

    id: str
    """ASCII id; the topic page lives at ``topics/<id>/``."""
    name: str
    """Display name, also the tag name on question pages."""
    en: str
    """English label (editorial)."""
    category: str
    """Id of its :class:`Category`."""
    aliases: tuple[str, ...]
    """Spellings matched in the transcript text."""
    summary: str
    """One-line description as of the panel's date (editorial)."""
    year: int | None = None
    """Year of first release or paper, where there is one."""
    reference: Reference | None = None
    """Canonical public source, where there is one."""
    since: tuple[Hindsight, ...] = ()
    """Dated later developments (editorial hindsight)."""


@dataclass(frozen=True)
class Speaker:
    """A panelist who answers; the moderator is never one."""

    id: str
    """ASCII id; the speaker page lives at ``speakers/<id>/``."""
    name: str
    """Chinese name as written in the transcript."""
    honorific: str = ""
    """Title the transcript gives them in answers (博士, 教授 …), if any."""
    name_en: str = ""
    affiliation: str = ""
    affiliation_en: str = ""
    role: str = ""
    role_en: str = ""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the transcript, where it stands and what it mentions."""

    id: str
    """Stable anchor: question, speaker and rank of the speaker's paragraph in that question."""
    line: int
    """1-based line number in the transcript file."""
    text: str
    """The paragraph as written, with surrounding blanks removed."""
    topics: tuple[str, ...] = ()
    """Ids of the topics mentioned, in order of first mention."""
    number: int = 0
    """Its number in the transcript (¶ n): every paragraph, question or intro, counted in order."""
    time: str = ""
    """When it was said in the recording, ``HH:MM:SS`` (exports and subtitles), else empty."""
    lines: tuple[int, ...] = ()
    """Every line of the file it was read from (labels, timings and merged cues included)."""


@dataclass(frozen=True)
class Answer:
    """Consecutive paragraphs of one speaker under one question."""

    speaker: str
    """Id of the :class:`Speaker`."""
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Question:
    """A moderator's question and the answers it received, in transcript order."""

    id: str
    """Stable ASCII id; the page lives at ``<exhibit>/<id>/``."""
    line: int
    text: str
    answers: tuple[Answer, ...]
    en: str = ""
    """English label (editorial)."""
    topics: tuple[str, ...] = ()
    """Topics the question itself mentions."""
    context: tuple[Paragraph, ...] = ()
    """Further moderator paragraphs that continue the question (dialogue transcripts)."""
    number: int = 0
    """The question's paragraph number in the transcript (¶ n); 0 when nobody asked."""
    time: str = ""
    """When it was asked in the recording, where the source gives it."""
    asker: str = "主持人"
    """Who asks, as the transcript labels them (主持人, 问, Q, Moderator …)."""
    lines: tuple[int, ...] = ()
    """Every line of the file the question was read from."""
    audience: bool = False
    """Asked by someone in the audience (观众A, 现场观众, a device name in subtitles)."""

    @property
    def asked(self) -> bool:
        """False for a section of a talk: answers without a question."""
        return bool(self.text)

    @property
    def all_topics(self) -> tuple[str, ...]:
        """Topics of the question and of every answer paragraph, first mention first."""
        seen: dict[str, None] = dict.fromkeys(self.topics)
        for paragraph in self.context:
            seen.update(dict.fromkeys(paragraph.topics))
        for answer in self.answers:
            for paragraph in answer.paragraphs:
                seen.update(dict.fromkeys(paragraph.topics))
        return tuple(seen)


@dataclass(frozen=True)
class Part:
    """A section of the panel, introduced by a short heading line."""

    id: str
    line: int
    title: str
    questions: tuple[Question, ...]
    en: str = ""
    """English label (editorial). A part with an empty title is the implicit one of a
    transcript without headings."""


@dataclass(frozen=True)
class Exclusion:
    """A non-empty line deliberately left out of the exhibit, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Translation:
    """The editors' English of a transcript, paragraph by paragraph (``<name>.en.yml``).

    Keyed by the ids the site publishes (intro, question, answer, closing paragraphs and part
    titles). Only translations whose fingerprint matches the Chinese they were made from are
    shown; a stale one is shown as missing and warned about."""

    path: str
    """The translation file, for ``FILE:LINE`` messages."""
    english: dict[str, str]
    """Id → the English of each paragraph translated from its current Chinese."""
    stale: tuple[str, ...] = ()
    """Ids whose Chinese changed after they were translated, in reading order."""
    missing: tuple[str, ...] = ()
    """Ids with no English yet, in reading order."""
    translator: str = ""
    """Who translated, as the file says (the exhibit's editors)."""

    def of(self, paragraph_id: str) -> str:
        """The English of a paragraph, or ``""`` when it has none (missing or stale)."""
        return self.english.get(paragraph_id, "")

    def status(self, paragraph_id: str) -> str:
        """``translated``, ``stale`` (the Chinese changed since) or ``missing``."""
        if paragraph_id in self.english:
            return "translated"
        return "stale" if paragraph_id in self.stale else "missing"


# Compared by identity: two parses of one file are two exhibits to the site's checks.
@dataclass(frozen=True, eq=False)
class Transcript:
    """One panel of the series: everything the exhibit shows about it."""

    slug: str
    """ASCII id of the exhibit; its pages live under ``<slug>/``."""
    source: str
    """File the model was read from."""
    title: str
    title_line: int
    intro: tuple[Paragraph, ...]
    parts: tuple[Part, ...]
    speakers: tuple[Speaker, ...]
    """Speakers in order of their first answer."""
    excluded: tuple[Exclusion, ...]
    topics: tuple[Topic, ...] = ()
    """The whole vocabulary the transcript was matched against."""
    categories: tuple[Category, ...] = ()
    info: dict[str, Any] = field(default_factory=dict)
    """Event facts from the metadata file (date, series, host …)."""
    mode: str = REPORTED
    """:data:`REPORTED` (a reporter's account: never quoted as the speakers' words) or
    :data:`VERBATIM` (the speakers' own words)."""
    format: str = ""
    """Name of the reader that read it (``reported``, ``dialogue``, ``subtitles`` …)."""
    encoding: str = "utf-8"
    """How the file was decoded."""
    record: SourceRecord = field(default_factory=SourceRecord)
    """Where the text comes from: publisher, author, date, URLs (unknown stays empty)."""
    warnings: tuple[Diagnostic, ...] = ()
    """Decisions the reader was unsure of and the metadata did not confirm."""
    closing: tuple[Paragraph, ...] = ()
    """The host's closing remark (thanks, goodbye) that asks nothing, after the last answer."""
    closing_by: tuple[str, ...] = ()
    """Who says each paragraph of the closing remark, as the transcript labels them."""
    notes: tuple[str, ...] = ()
    """The source's own notes on how the text was made (（本文根据直播速记整理）), as written."""
    recording: Recording | None = None
    """The recording its times point into, where the metadata names one."""
    translation: Translation | None = None
    """The editors' English, where a translation file sits beside the transcript."""

    # Derived once: pages ask for these per question, so a scan each time grows with the
    # square of the transcript.
    @functools.cached_property
    def questions(self) -> tuple[Question, ...]:
        """Every question, in transcript order."""
        return tuple(q for part in self.parts for q in part.questions)

    @functools.cached_property
    def _speakers_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    @functools.cached_property
    def _parts_by_question(self) -> dict[str, Part]:
        return {q.id: part for part in self.parts for q in part.questions}

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id."""
        return self._speakers_by_id[speaker_id]

    def part_of(self, question: Question) -> Part:
        """The part holding this question."""
        return self._parts_by_question[question.id]

    def passages(self) -> tuple[tuple[Part, Question, Answer, Paragraph], ...]:
        """Every answer paragraph with where it stands, in transcript order."""
        return self._answer_passages

    @functools.cached_property
    def _answer_passages(self) -> tuple[tuple[Part, Question, Answer, Paragraph], ...]:
        return tuple(
            (part, question, answer, paragraph)
            for part in self.parts
            for question in part.questions
            for answer in question.answers
            for paragraph in answer.paragraphs
        )

    @property
    def reported(self) -> bool:
        """Whether the text is a reporter's account rather than the speakers' words."""
        return self.mode == REPORTED
