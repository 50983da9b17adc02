"""Scoring the readers against the corpus: transcripts written before the rules, each with a
truth file saying what every line is and who says it (tests/corpus/*.truth.tsv)."""

from __future__ import annotations

import functools
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from roundtable.metadata import TOPICS_FILE
from roundtable.model import Fix, Transcript, TranscriptError
from roundtable.readers.containers import read_source
from roundtable.starting_metadata import starting_metadata
from roundtable.transcript import load
from roundtable.translation import translation_path

CORPUS = Path(__file__).parent / "corpus"
SUFFIXES = (".txt", ".md", ".vtt", ".srt")
WILD = sorted(p for p in (CORPUS / "wild").iterdir() if p.suffix in SUFFIXES)
"""Transcripts in the shapes curators bring (meeting-app exports, podcast pages, WeChat
articles, Big5, audience Q&A …), written blind by people who never saw the readers."""
TRANSCRIPTS = sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES) + WILD
HOLDOUT = sorted(p for p in (CORPUS / "holdout").iterdir()
                 if p.suffix in (*SUFFIXES, ".csv", ".tsv", ".docx", ".html", ".ass")
                 and p.with_name(p.stem + ".truth.tsv").is_file())
"""Transcripts written by someone trying the readers blind, after the rules: kept to see
that a new rule does not undo what a file of that kind needed."""
SPEECH = ("question", "answer", "closing")
NOT_SPEECH = ("meta", "heading", "title", "guests", "intro", "narration")
"""Truth roles that are nobody's words: never published as a question, answer or closing.
``narration`` (a live blog's or report's own account, stage directions) came with the blind
development corpus. Its ``timing`` and ``role`` lines (a cue's time, a label alone on its
line) may land with the turn they open, so they are not counted either way."""


def read(path: Path) -> Transcript:
    """What :func:`load` makes of a corpus file, read once per test run: the corpus tests score
    each file under several measures, and reading the 180 holdout files is most of their time.

    Keyed by the bytes of every file ``load`` reads (the transcript, its metadata, the folder's
    topics and the translation), so a file changed during the run is read anew. The model is
    frozen: share it, never change it. A refusal is not kept: it is raised anew each time.
    """
    return _read(path, tuple(_bytes_or_none(p) for p in _inputs(path)))


def _inputs(path: Path) -> tuple[Path, ...]:
    return (path, path.with_suffix(".yml"), path.parent / TOPICS_FILE, translation_path(path))


def _bytes_or_none(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@functools.cache
def _read(path: Path, contents: tuple[bytes | None, ...]) -> Transcript:
    return load(path)


def transcripts_in(folder: Path) -> list[Path]:
    """The transcripts of a corpus folder (every file that has a truth file beside it)."""
    return sorted(p for p in folder.iterdir() if not p.name.endswith(".truth.tsv")
                  and p.suffix != ".yml" and p.with_name(p.stem + ".truth.tsv").is_file())


@dataclass
class Truth:
    """A truth file: header facts and, per line, (role, speaker)."""

    facts: dict[str, str]
    lines: dict[int, tuple[str, str]]


def read_truth(path: Path) -> Truth:
    facts: dict[str, str] = {}
    lines: dict[int, tuple[str, str]] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("# "):
            key, _, value = row[2:].partition(":")
            facts[key.strip()] = value.strip()
        elif row and not row.startswith("line\t"):
            number, role, *who = row.split("\t")
            lines[int(number)] = (role, who[0] if who else "")
    return Truth(facts, lines)


def truth_of(transcript_path: Path) -> Truth:
    return read_truth(transcript_path.with_name(transcript_path.stem + ".truth.tsv"))


def placed(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """What the model made of each line: (role, speaker name or asker)."""
    names = {s.id: s.name for s in transcript.speakers}
    result: dict[int, tuple[str, str]] = {transcript.title_line: ("title", "")}
    for p in transcript.intro:
        for n in p.lines:
            result[n] = ("intro", "")
    for part in transcript.parts:
        if part.title:
            result[part.line] = ("heading", "")
        for q in part.questions:
            for n in q.lines:
                result[n] = ("question", q.asker)
            for p in q.context:
                for n in p.lines:
                    result[n] = ("question", q.asker)
            for a in q.answers:
                for p in a.paragraphs:
                    for n in p.lines:
                        result[n] = ("answer", names[a.speaker])
    for p, who in zip(transcript.closing, transcript.closing_by, strict=True):
        for n in p.lines:
            result[n] = ("closing", who)
    for e in transcript.excluded:
        result[e.line] = ("excluded", "")
    return result


@dataclass
class Score:
    """How one transcript was read against its truth."""

    name: str
    answers: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    published_as_speech: list[str] = field(default_factory=list)
    """Lines that are not speech (byline, heading, title …) shown as someone's words."""
    silent: int = 0
    """Of the wrong answer lines and the lines published as speech, those no warning stands
    at: what a curator who reads every warning would still publish wrong."""


def warned_lines(transcript: Transcript) -> set[int]:
    """The lines a warning stands at, with every other line of the paragraph it stands in
    (a warning at a cue's label line is about the words under it too)."""
    at = {w.line for w in transcript.warnings}
    paragraphs = [p.lines for p in transcript.intro + transcript.closing]
    for part in transcript.parts:
        for q in part.questions:
            paragraphs.append(q.lines)
            paragraphs += [p.lines for p in q.context]
            paragraphs += [p.lines for a in q.answers for p in a.paragraphs]
    return at | {n for lines in paragraphs if at & set(lines) for n in lines}


def score(path: Path, transcript: Transcript, asked: frozenset[int] = frozenset()) -> Score:
    """Answer lines credited right; ``?`` in the truth (a line no one can be credited with
    for sure) counts as right only when the reader warns at it (or, after proposals were
    taken, warned at it in an earlier round: ``asked``, the curator was asked)."""
    truth = truth_of(path)
    made = placed(transcript)
    warned = warned_lines(transcript) | asked
    result = Score(path.name)
    for number, (role, who) in sorted(truth.lines.items()):
        got_role, got_who = made.get(number, ("missing", ""))
        if role == "answer" and who == "?":
            result.answers += 1
            if number in warned:
                result.right += 1
            else:
                result.wrong.append(f"{number}: truth unsure, read {got_who} without a warning")
                result.silent += 1
        elif role == "answer":
            result.answers += 1
            if got_role == "answer" and got_who == who:
                result.right += 1
            else:
                result.wrong.append(f"{number}: truth {who}, read {got_role} {got_who}")
                result.silent += number not in warned
        elif role == "intro" and who and got_role in ("question", "closing") and got_who == who:
            continue  # a host's framing before the talk, kept as the host's own words
        elif role in NOT_SPEECH and got_role in SPEECH:
            result.published_as_speech.append(f"{number}: {role} read as {got_role} {got_who}")
            result.silent += number not in warned
        elif role in ("question", "closing") and got_role == "answer":
            # A host's or the audience's words shown as a guest's: as wrong as a footer.
            result.published_as_speech.append(f"{number}: {role} read as {got_who}'s answer")
            result.silent += number not in warned
    return result


def apply_fix(path: Path, fix: Fix, line: int, folder: Path) -> Path:
    """A copy of the transcript (and its metadata) with the fix a hint names applied."""
    from conftest import SEED  # only a ``content`` fix needs the seed

    copy = folder / path.name
    copy.write_bytes(path.read_bytes())
    own = path.with_suffix(".yml")
    if own.is_file():
        copy.with_suffix(".yml").write_bytes(own.read_bytes())
    metadata = fix.text if fix.kind == "metadata" else fix.metadata
    if metadata:
        yml = copy.with_suffix(".yml")
        before = yml.read_text(encoding="utf-8") if yml.is_file() else ""
        yml.write_text(before + metadata + "\n", encoding="utf-8")
    if fix.kind == "label" and is_plain_text(copy):
        lines = read_source(copy).text.split("\n")
        lines[line - 1] = fix.text + lines[line - 1]
        copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif fix.kind == "convert":
        codec = fix.text.lower().replace("-", "_")
        copy.write_text(path.read_bytes().decode(codec), encoding="utf-8")
    elif fix.kind == "content":
        copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


TEXT_SUFFIXES = (".txt", ".md", ".srt", ".vtt")


def is_plain_text(path: Path) -> bool:
    """Whether a ``label`` fix (text put before a line) can be applied to the file as text: a
    Word document, a web page or a delimited export is a container whose lines are its
    records, and rewriting it as text would change its shape (a hint that does not work)."""
    return path.suffix.lower() in TEXT_SUFFIXES


ROUNDS = 3
"""How many times the proposals are applied and the file read again: a fix can bring the
next warning to light (a refusal settled, then a label to confirm)."""


@dataclass
class Proposed:
    """A transcript read after every proposal was taken, with the lines the tool warned at in
    any round (the curator was asked about them) and the label fixes it could not apply."""

    transcript: Transcript
    warned: frozenset[int]
    unusable: list[str] = field(default_factory=list)


def with_proposals(path: Path, folder: Path) -> Proposed | str:
    """The transcript read after a curator took every proposal the tool makes, unchecked:
    the metadata ``--init`` writes, then each warning's and refusal's fix, again until none is
    left. The issue's second measure ("100 % after applying the metadata the tool itself
    proposes"); a refusal no fix settles is kept as its message. A fix that guesses who
    speaks (``Fix.guess``) is a question, not a proposal: it is not taken, and a refusal
    that has only such a fix stays a refusal."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if path.with_suffix(".yml").is_file():
        shutil.copyfile(path.with_suffix(".yml"), copy.with_suffix(".yml"))
    else:
        try:
            copy.with_suffix(".yml").write_text(starting_metadata(copy), encoding="utf-8")
        except TranscriptError:
            pass  # a refused file gets no starting metadata: its refusal's fix comes next
    warned: set[int] = set()
    unusable: list[str] = []
    for _ in range(ROUNDS):
        try:
            transcript = load(copy)
        except TranscriptError as error:
            if not error.fix or error.fix.guess:
                # (a guessed name is a question for the curator: the file stays unread)
                return f"TranscriptError: {error}"
            fixes = [(error.line, error.fix)]
        else:
            warned |= warned_lines(transcript)
            # A fix that guesses who is the curator's question: its warning stays.
            fixes = [(w.line, w.fix) for w in transcript.warnings if w.fix and not w.fix.guess]
            if not fixes:
                return Proposed(transcript, frozenset(warned), unusable)
        unusable += [f"{line}: {fix.text}" for line, fix in fixes
                     if fix.kind == "label" and not is_plain_text(copy)]
        _apply_all(copy, fixes)
    try:
        transcript = load(copy)
    except TranscriptError as error:
        return f"TranscriptError: {error}"
    return Proposed(transcript, frozenset(warned | warned_lines(transcript)), unusable)


def _apply_all(copy: Path, fixes: list[tuple[int, Fix]]) -> None:
    """Every fix at once: metadata merged key by key (two ``labels:`` fixes make one map),
    labels put before their lines, a conversion done once."""
    yml = copy.with_suffix(".yml")
    metadata = (yaml.safe_load(yml.read_text(encoding="utf-8")) if yml.is_file() else None) or {}
    for _, fix in fixes:
        text = fix.text if fix.kind == "metadata" else fix.metadata
        added = yaml.safe_load(text) if text else None
        for key, value in (added or {}).items():
            if isinstance(value, dict) and isinstance(metadata.get(key), dict):
                metadata[key] = {**metadata[key], **value}
            elif isinstance(value, list) and isinstance(metadata.get(key), list):
                metadata[key] = metadata[key] + [v for v in value if v not in metadata[key]]
            else:
                metadata[key] = value
    yml.write_text(yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    labelled = {line: fix.text for line, fix in fixes if fix.kind == "label"
                and is_plain_text(copy)}  # (a container's records are not its lines)
    converted = next((fix.text for _, fix in fixes if fix.kind == "convert"), None)
    if converted:
        copy.write_text(copy.read_bytes().decode(converted.lower().replace("-", "_")),
                        encoding="utf-8")
    if labelled:
        lines = read_source(copy).text.split("\n")
        for line, text in labelled.items():
            lines[line - 1] = text + lines[line - 1]
        copy.write_text("\n".join(lines) + "\n", encoding="utf-8")


def score_all(paths: list[Path] | None = None) -> list[tuple[Path, Score | str]]:
    """Every corpus transcript (or those given) read and scored; a refusal is kept as its
    message."""
    results: list[tuple[Path, Score | str]] = []
    for path in paths if paths is not None else TRANSCRIPTS + HOLDOUT:
        try:
            results.append((path, score(path, read(path))))
        except Exception as error:  # a refusal or a crash: both are a failed read here
            results.append((path, f"{type(error).__name__}: {error}"))
    return results


if __name__ == "__main__":
    import sys

    # corpus_score.py [--proposals] [FOLDER …]: score those folders' transcripts (default: the
    # corpus); with --proposals, after taking every fix the tool proposes (`with_proposals`).
    proposals = "--proposals" in sys.argv
    folders = [Path(arg) for arg in sys.argv[1:] if arg != "--proposals"]
    chosen = [p for folder in folders for p in transcripts_in(folder)] if folders else None
    if proposals:
        scratch = Path(tempfile.mkdtemp(prefix="proposals-"))
        results: list[tuple[Path, Score | str]] = []
        for index, path in enumerate(chosen or TRANSCRIPTS + HOLDOUT):
            (scratch / str(index)).mkdir()
            try:
                made = with_proposals(path, scratch / str(index))
            except Exception as error:  # a crash counts as a failed read, as in score_all
                made = f"{type(error).__name__}: {error}"
            if isinstance(made, Proposed):
                if made.unusable:
                    print(f"{path.name}: label fixes that cannot be applied to a "
                          f"{path.suffix} container: {made.unusable[:3]}")
                results.append((path, score(path, made.transcript, made.warned)))
            else:
                results.append((path, made))
        shutil.rmtree(scratch)
    else:
        results = score_all(chosen)
    total = right = as_speech = silent = 0
    for path, result in results:
        if isinstance(result, str):
            # A refused file's answers are all unread: they count, as wrong.
            total += sum(1 for role, _ in truth_of(path).lines.values() if role == "answer")
            print(f"{path.name}: REFUSED {result.splitlines()[0]}")
            continue
        as_speech += len(result.published_as_speech)
        silent += result.silent
        total += result.answers
        right += result.right
        print(f"{path.name}: {result.right}/{result.answers}"
              + (f"  wrong: {result.wrong[:4]}" if result.wrong else "")
              + (f"  AS SPEECH: {result.published_as_speech}" if result.published_as_speech
                 else ""))
    print(f"total {right}/{total} = {right / max(1, total):.1%} of answer lines right; "
          f"{as_speech} lines published as speech that are not (or a host's as an answer); "
          f"{silent} of the wrong and as-speech lines with no warning at them")
