"""``--init``: a starting metadata file for a new transcript, written from what the readers
found, so that the next panel needs no hand-typed YAML.

It holds the reader that read the file, the host labels and speakers a warning proposed
(applied: a reader's proposal the curator reviews here), the date the file's name or text
gives (marked as a proposal), every speaker with the id their pages will have, each question
with an id from the topics and key terms it names (init_ids.py), and the lines still to
confirm (commented out: confirming is the curator's decision, after ``--explain``).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import yaml

from . import readers
from .init_ids import person_id, proposed_date, question_ids
from .metadata import TOPICS_FILE, load_metadata
from .model import Transcript, TranscriptError
from .readers.containers import read_source
from .transcript import parse, read_model


def starting_metadata(path: Path) -> str:
    """The YAML text of a starting metadata file for the transcript at ``path``.

    Put beside the file unchanged, it reads the file exactly as without it: every line in
    the same place and with the same speaker, and the same warnings. What a warning proposes
    is written commented out beside what it settles (applying it is the curator's decision,
    after ``--explain``), and an inferred label whose line would change the reading (the
    metadata's word wins over what the file says about the label) is a comment too.

    Raises:
        TranscriptError: the file cannot be read.
    """
    metadata = load_metadata(path)
    source = read_source(path)
    draft, transcript = read_model(source, metadata)
    proposed = _proposals(transcript)
    reader = metadata.format or readers.fits(source, metadata)[0][1].name
    header = [line.text for line in source.content()[:10]]
    date = proposed_date(path.name, [transcript.title, *header,
                                     *(p.text for p in transcript.intro)])
    labels = _label_map(draft, metadata, transcript, proposed)

    def text(labels: dict[str, tuple[str, str]], speakers: bool = True,
             questions: bool = True) -> str:
        return _yaml(path, transcript, reader, metadata.host_labels, proposed, date, labels,
                     speakers, questions)

    if path.with_suffix(".yml").is_file():
        return text(labels)  # (read with the curator's own: nothing to compare with)
    return _round_trip(path, transcript, labels, text)


def reading(transcript: Transcript) -> tuple:
    """Where every line of a transcript went and who says it, and the warnings (line and
    message): what a starting metadata file must leave as it is."""
    names = {s.id: s.name for s in transcript.speakers}
    placed: dict[int, tuple[str, str]] = {transcript.title_line: ("title", "")}
    for paragraph in transcript.intro:
        placed.update(dict.fromkeys(paragraph.lines, ("intro", "")))
    for part in transcript.parts:
        if part.title:
            placed[part.line] = ("heading", part.title)
        for question in part.questions:
            placed.update(dict.fromkeys(question.lines, ("question", question.asker)))
            for paragraph in question.context:
                placed.update(dict.fromkeys(paragraph.lines, ("question", question.asker)))
            for answer in question.answers:
                for paragraph in answer.paragraphs:
                    placed.update(dict.fromkeys(paragraph.lines,
                                                ("answer", names[answer.speaker])))
    for paragraph, who in zip(transcript.closing, transcript.closing_by, strict=True):
        placed.update(dict.fromkeys(paragraph.lines, ("closing", who)))
    for excluded in transcript.excluded:
        placed[excluded.line] = ("excluded", "")
    warnings = sorted((w.line, w.message) for w in transcript.warnings
                      if not w.path.endswith((".yml", ".yaml")))
    return tuple(sorted(placed.items())), tuple(warnings)


def _round_trip(path: Path, transcript: Transcript, labels: dict[str, tuple[str, str]],
                text) -> str:
    """The starting metadata, checked by reading a copy of the file with it. Where it reads
    differently, the file is read with every inferred line commented out, then with the
    speakers, the question matches and each label line put back, each kept only when the
    reading stays as it is; what is left out stays as a comment saying so (the metadata's
    word wins over what the file says: the curator decides it with ``--explain``)."""
    wanted = reading(transcript)
    with tempfile.TemporaryDirectory(prefix="init-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        topics = path.parent / TOPICS_FILE
        if topics.is_file():
            shutil.copyfile(topics, Path(folder) / TOPICS_FILE)

        def same(labels: dict[str, tuple[str, str]], speakers: bool, questions: bool) -> bool:
            copy.with_suffix(".yml").write_text(text(labels, speakers, questions),
                                                encoding="utf-8")
            try:
                return reading(parse(copy, load_metadata(copy))) == wanted
            except TranscriptError:
                return False

        if same(labels, True, True):
            return text(labels, True, True)
        kept = {label: (who, note or CHANGES) for label, (who, note) in labels.items()}
        speakers = same(kept, True, False)
        questions = same(kept, speakers, True)
        for label, (who, note) in labels.items():
            trial = {**kept, label: (who, "")}
            if not note and same(trial, speakers, questions):
                kept = trial
        return text(kept, speakers, questions)


CHANGES = "reading the file with this line changes it: check it with --explain"


def _proposals(transcript: Transcript) -> dict:
    """What the warnings propose as metadata (``labels:``, ``host_labels:``, speakers, a
    reader), each with the line it answers; ``confirm`` lines are listed on their own."""
    proposed: dict = {}
    for warning in transcript.warnings:
        fix = warning.fix
        if not fix or fix.kind != "metadata" or fix.text.startswith("confirm"):
            continue
        try:
            data = yaml.safe_load(fix.text)
        except yaml.YAMLError:
            continue  # (a hint whose YAML does not parse proposes nothing here)
        for key, value in (data if isinstance(data, dict) else {}).items():
            if key == "labels" and isinstance(value, dict):
                for label, who in value.items():
                    proposed.setdefault("labels", {}).setdefault(
                        str(label), (str(who), warning.line))
            elif key == "speakers" and isinstance(value, list):
                proposed.setdefault("speakers", []).extend((s, warning.line) for s in value)
            else:
                proposed.setdefault(key, (value, warning.line))
    return proposed


def _label_map(draft, metadata, transcript: Transcript,
               proposed: dict) -> dict[str, tuple[str, str]]:
    """Every label of the file and what the reader took it for, with the metadata's own, each
    with a note: empty for a line to write as it is; a label read with a warning at one of
    its turns, or one a warning proposes a reading for, is a comment (with the proposal), so
    the file never silences a warning about a line it did not settle."""
    warned = {w.line for w in transcript.warnings if w.path == draft.path}
    taken = {**draft.label_reading, **metadata.label_map()}
    own = metadata.label_map()
    asked = proposed.get("labels", {})
    unsettled = {label for label in draft.label_reading
                 if any(b.line in warned and b.rule.startswith(f"'{label}") for b in draft.blocks)}
    result: dict[str, tuple[str, str]] = {}
    for label, who in taken.items():
        if label in own:
            result[label] = (who, "")
        elif label in asked:
            result[label] = (asked[label][0], f"line {asked[label][1]} proposes it: check it "
                             "with --explain")
        elif label in unsettled or who == "?":
            result[label] = ("?", "the reader could not tell who: write the name")
        else:
            result[label] = (who, "")
    for label, (who, line) in asked.items():
        result.setdefault(label, (who, f"line {line} proposes it: check it with --explain"))
    return result


def write_starting_metadata(path: Path) -> Path:
    """Write ``<transcript>.yml`` beside the transcript; never over an existing file."""
    target = path.with_suffix(".yml")
    if target.exists():
        raise FileExistsError(f"{target} exists: --init writes a new file only")
    text = starting_metadata(path)
    target.write_text(text, encoding="utf-8")
    return target


def _yaml(path: Path, transcript: Transcript, reader: str, host_labels: tuple[str, ...],
          proposed: dict, date: tuple[str, str] = ("", ""),
          labels: dict[str, tuple[str, str]] | None = None, speakers: bool = True,
          questions: bool = True) -> str:
    out = [f"# Starting metadata for {path.name}, written by `transcript.py --init`.",
           "# Check it against `transcript.py --explain`, fill in what the text cannot say",
           "# (seeds/README.md, \"Metadata keys\"), then build. Ids become URLs: settle them",
           "# before you publish. A line a warning proposes is a comment: uncomment it when",
           "# it is right.",
           # Forcing the reader would silence the warnings about how well it fits: a comment.
           f"# format: {reader}   # the reader that read it (uncomment to force it)"]
    if host_labels:
        out.append(f"host_labels: [{', '.join(_q(label) for label in host_labels)}]")
    for key, (value, line) in ((k, v) for k, v in proposed.items()
                               if k not in ("labels", "speakers")):
        for text in yaml.safe_dump({key: value}, allow_unicode=True,
                                   default_flow_style=True).strip().splitlines():
            out.append(f"# {text}   # line {line} proposes it: check it with --explain")
    if labels:
        out.append("labels:   # each label of the file: the speaker it names, or host, audience, "
                   "interpreter, narration")
        for label, (who, note) in labels.items():
            if note:
                out.append(f"  # {_q(label)}: {_q(who) if who != '?' else '?'}   # {note}")
            else:
                out.append(f"  {_q(label)}: {_q(who)}")
    out += ["exhibit:"]
    if not transcript.title_line:  # a title the file does not hold: the file's name so far
        # (a comment: the warning that the file holds no title stays until it is written)
        out.append(f"  # title: {_q(transcript.title)}   # the file's name: write the title")
    if date[0]:
        out.append(f"  date: {_q(date[0])}   # proposed from {date[1]}: check it")
    else:
        out.append("  # date: \"YYYY-MM-DD\"   # when the event took place (YYYY or YYYY-MM too)")
    out += ["source:", "  # publisher: …   # who published the text, if known",
            "  # title: …   # the original's title; left out, the source record shows the",
            "  #              exhibit's title and says that the original's is not given",
            "speakers:"]
    speaker_ids: set[str] = set()
    for speaker in transcript.speakers:
        wanted = person_id(speaker.name, speaker.name_en)
        speaker_id, number = wanted, 2
        while speaker_id in speaker_ids:
            speaker_id, number = f"{wanted}-{number}", number + 1
        speaker_ids.add(speaker_id)
        entry = [f"  - name: {_q(speaker.name)}", f"    id: {speaker_id}"]
        if speaker.affiliation:
            entry.append(f"    affiliation: {_q(speaker.affiliation)}")
        if not speakers:  # (declared, they would change the reading: see _round_trip)
            entry = [f"  # {line[2:]}" for line in entry]
            entry[0] += f"   # {CHANGES}"
        out += entry
    for entry, line in proposed.get("speakers", []):
        name = entry.get("name") if isinstance(entry, dict) else entry
        if name and name not in {s.name for s in transcript.speakers}:
            out.append(f"  # - {{name: {_q(str(name))}, id: {person_id(str(name), '')}}}"
                       f"   # line {line} proposes it: check it with --explain")
    if not transcript.speakers and out[-1] == "speakers:":
        out[-1] = "speakers: []"
    asked = [q for q in transcript.questions if q.asked] if questions else []
    if asked:
        out.append("questions:   # ids from the topics and key terms each names: check them")
        for question, question_id in zip(asked, question_ids(asked, transcript.topics),
                                         strict=True):
            match = _match(question.text, [q.text for q in transcript.questions
                                            if q is not question])
            out += [f"  - match: {_q(match)}", f"    id: {question_id}"]
    confirmable = [w for w in transcript.warnings if w.confirmable and w.line
                   and not w.path.endswith((".yml", ".yaml"))]
    if confirmable:
        out.append("# Lines to check with --explain; confirm those that are right:")
        out.append(f"# confirm: [{', '.join(str(n) for n in sorted({w.line for w in confirmable}))}]")  # noqa: E501
        out += [f"#   {w.line}: {w.message}" for w in confirmable]
    return "\n".join(out) + "\n"


def _match(text: str, others: list[str]) -> str:
    """The shortest opening piece of a question that no other question holds: six characters
    and on for Chinese, three whole words and on for a question in a spaced script (six
    letters of English are half a word, and a name there opens more than one question once
    a fix moves the turns)."""
    if re.match(r"[A-Za-z]", text):
        ends = [m.start() for m in re.finditer(r"\s+", text)][2:] + [len(text)]
    else:
        ends = list(range(6, len(text) + 1, 2))
    for length in ends:
        piece = text[:length]
        if not any(piece in other for other in others):
            return piece
    return text


def _q(text: str) -> str:
    """A YAML scalar: JSON's double-quoted strings are YAML's too."""
    return json.dumps(text, ensure_ascii=False)
