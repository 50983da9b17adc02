"""``--init``: a starting metadata file for a new transcript, written from what the readers
found, so that the next panel needs no hand-typed YAML.

It holds the reader that read the file, the host labels and speakers a warning proposed
(applied: a reader's proposal the curator reviews here), every speaker with the id their
pages will have, each question with an id from its text, and the lines still to confirm
(commented out: confirming is the curator's decision, after ``--explain``).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import yaml

from . import readers
from .metadata import load_metadata
from .model import Transcript
from .readers.names import pinyin_id
from .readers.source import read_source
from .transcript import read_model

_FILLER = re.compile(
    r"^(?:好的?|那么?|嗯|请问|我想问|想问一下|接下来|最后一个问题|下面|先请|所以)[，,、。\s]*"
)
_HAN = re.compile(r"[\u3400-\u9fff]")
ID_SYLLABLES = 4
"""Syllables of a question's text its id keeps: short enough for a URL, long enough to read."""


def starting_metadata(path: Path) -> str:
    """The YAML text of a starting metadata file for the transcript at ``path``.

    Raises:
        TranscriptError: the file cannot be read even with the readers' proposals.
    """
    metadata = load_metadata(path)
    source = read_source(path)
    draft, transcript = read_model(source, metadata)
    proposed: dict = {}
    for warning in transcript.warnings:
        fix = warning.fix
        if fix and fix.kind == "metadata" and not fix.text.startswith("confirm"):
            data = yaml.safe_load(fix.text)
            for key, value in data.items():
                if key == "speakers":
                    proposed.setdefault(key, []).extend(value)
                elif key == "labels":
                    proposed.setdefault(key, {}).update(value)
                else:
                    proposed[key] = value
    if proposed:
        host_labels = tuple(proposed.get("host_labels", metadata.host_labels))
        labels = {**metadata.label_map(), **proposed.get("labels", {})}
        metadata = replace(metadata, host_labels=host_labels, labels=tuple(labels.items()),
                           format=proposed.get("format", metadata.format))
        if "speakers" in proposed:
            _write_proposal(path, proposed)
            try:
                metadata = replace(metadata, speakers=load_metadata(path).speakers)
            finally:
                path.with_suffix(".yml").unlink()
        draft, transcript = read_model(source, metadata)
    reader = metadata.format or readers.fits(source, metadata)[0][1].name
    return _yaml(path, transcript, reader, metadata.host_labels, proposed,
                 _label_map(draft, metadata, transcript))


def _label_map(draft, metadata, transcript: Transcript) -> dict[str, str]:
    """Every label of the file and what the reader took it for, with the metadata's own;
    a label read with a warning at one of its turns is left out (written as a comment), so
    the file never silences a warning about a line it did not settle."""
    warned = {w.line for w in transcript.warnings if w.path == draft.path}
    taken = {**draft.label_reading, **metadata.label_map()}
    unsettled = {label for label in draft.label_reading
                 if any(b.line in warned and b.rule.startswith(f"'{label}") for b in draft.blocks)}
    return {label: ("?" if label in unsettled and label not in metadata.label_map() else who)
            for label, who in taken.items()}


def write_starting_metadata(path: Path) -> Path:
    """Write ``<transcript>.yml`` beside the transcript; never over an existing file."""
    target = path.with_suffix(".yml")
    if target.exists():
        raise FileExistsError(f"{target} exists: --init writes a new file only")
    text = starting_metadata(path)
    target.write_text(text, encoding="utf-8")
    return target


def _write_proposal(path: Path, proposed: dict) -> None:
    """The proposed speakers, written so the readers can read the file with them."""
    lines = ["speakers:"] + [f"  - name: {_q(s['name'])}" for s in proposed["speakers"]]
    path.with_suffix(".yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def question_id(text: str, taken: set[str]) -> str:
    """An id from a question's first words: 投诉那类为什么差这么多 → tou-su-na-lei."""
    words = _FILLER.sub("", re.sub(r"^[^\u3400-\u9fffA-Za-z0-9]+", "", text))
    han = "".join(_HAN.findall(words))[:ID_SYLLABLES]
    base = pinyin_id(han) if han else pinyin_id(words[:24]) or "q"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _yaml(path: Path, transcript: Transcript, reader: str, host_labels: tuple[str, ...],
          proposed: dict, labels: dict[str, str] | None = None) -> str:
    out = [f"# Starting metadata for {path.name}, written by `transcript.py --init`.",
           "# Check it against `transcript.py --explain`, fill in what the text cannot say",
           "# (seeds/README.md, \"Metadata keys\"), then build. Ids become URLs: settle them",
           "# before you publish.",
           # Forcing the reader would silence the warnings about how well it fits: a comment.
           f"# format: {reader}   # the reader that read it (uncomment to force it)"]
    if host_labels:
        note = "   # proposed by the reader: check it" if "host_labels" in proposed else ""
        out.append(f"host_labels: [{', '.join(_q(label) for label in host_labels)}]{note}")
    if labels:
        out.append("labels:   # each label of the file: the speaker it names, or host, audience, "
                   "interpreter, narration")
        for label, who in labels.items():
            if who == "?":
                out.append(f"  # {_q(label)}: ?   # the reader could not tell who: write the name")
            else:
                note = "   # read by behaviour: check it" if label in proposed.get(
                    "labels", {}) else ""
                out.append(f"  {_q(label)}: {_q(who)}{note}")
    out += ["exhibit:"]
    if not transcript.title_line:  # a title the file does not hold (subtitles: the file name)
        out.append(f"  title: {_q(transcript.title)}")
    out += ["  # date: \"YYYY-MM-DD\"   # when the event took place, if known",
            "source:", "  # publisher: …   # who published the text, if known", "speakers:"]
    for speaker in transcript.speakers:
        out += [f"  - name: {_q(speaker.name)}", f"    id: {speaker.id}"]
        if speaker.affiliation:
            out.append(f"    affiliation: {_q(speaker.affiliation)}")
    if not transcript.speakers:
        out[-1] = "speakers: []"
    asked = [q for q in transcript.questions if q.asked]
    if asked:
        out.append("questions:")
        taken: set[str] = set()
        for question in asked:
            match = _match(question.text, [q.text for q in asked if q is not question])
            out += [f"  - match: {_q(match)}", f"    id: {question_id(question.text, taken)}"]
    confirmable = [w for w in transcript.warnings if w.confirmable and w.line
                   and not w.path.endswith((".yml", ".yaml"))]
    if confirmable:
        out.append("# Lines to check with --explain; confirm those that are right:")
        out.append(f"# confirm: [{', '.join(str(n) for n in sorted({w.line for w in confirmable}))}]")  # noqa: E501
        out += [f"#   {w.line}: {w.message}" for w in confirmable]
    return "\n".join(out) + "\n"


def _match(text: str, others: list[str]) -> str:
    """The shortest opening piece of a question that no other question holds."""
    for length in range(6, len(text) + 1, 2):
        piece = text[:length]
        if not any(piece in other for other in others):
            return piece
    return text


def _q(text: str) -> str:
    """A YAML scalar: JSON's double-quoted strings are YAML's too."""
    return json.dumps(text, ensure_ascii=False)
