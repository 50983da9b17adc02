"""From any reader's draft to the model: parts, questions, answers, speakers and ids.

The same for every format, so pages never know which reader ran. Ids come from the metadata
(``match`` entries for parts and questions, ``id`` for speakers) or fall back to ``part<n>``,
``q<n>`` and the romanised name; paragraphs are numbered in reading order (¶ n).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..mentions import TopicMatcher
from ..metadata import Matcher, Metadata
from ..model import (
    Answer,
    Diagnostic,
    Exclusion,
    Fix,
    Paragraph,
    Part,
    Question,
    Speaker,
    Transcript,
    TranscriptError,
)
from .base import is_question
from .draft import ANSWER, EXCLUDED, HEADING, INTRO, QUESTION, TITLE, Block, Draft
from .hint_examples import examples_for
from .labels import SPEAKER_NUMBER
from .names import pinyin_id
from .title import exhibit_title


@dataclass
class SpeakerIds:
    """Ids given to names across the series, so one name keeps one id and two names never
    share one (胡瀚 and 胡翰 both romanise to hu-han)."""

    by_name: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, str] = field(default_factory=dict)

    def reserve(self, name: str, speaker_id: str, where: str, line: int) -> None:
        """An id the metadata gives: reserved before any name is romanised, so a
        romanised id never takes it."""
        owner = self.by_id.get(speaker_id)
        if owner is not None and owner != name:
            raise TranscriptError(where, line, f"speaker id '{speaker_id}' of {name} is already "
                                  f"{owner}'s", "two people never share an id: give one of "
                                  "them another id")
        self.by_id[speaker_id] = name
        self.by_name.setdefault(name, speaker_id)

    def claim(self, name: str, wanted: str, explicit: bool, where: str, line: int,
              warnings: list[Diagnostic]) -> str:
        """The id for ``name``: the one it had, or ``wanted``, suffixed if another name has it."""
        if name in self.by_name and (not explicit or self.by_name[name] == wanted):
            return self.by_name[name]
        owner = self.by_id.get(wanted)
        if owner is not None and owner != name:
            if explicit:
                raise TranscriptError(
                    where, line, f"speaker id '{wanted}' of {name} is already {owner}'s",
                    "two people never share an id: give this speaker another id",
                )
            base, number = wanted, 2
            while f"{base}-{number}" in self.by_id:
                number += 1
            wanted = f"{base}-{number}"
            warnings.append(Diagnostic(
                where, line,
                f"{name} and {owner} would share the id '{base}': {name} gets '{wanted}'",
                f"give {name} an id in the metadata (speakers: - name: {name} id: …)",
            ))
        self.by_name.setdefault(name, wanted)
        self.by_id[wanted] = name
        return wanted


@dataclass
class _Question:
    block: Block | None
    context: list[Block] = field(default_factory=list)
    answers: list[tuple[str, list[Block]]] = field(default_factory=list)


@dataclass
class _Part:
    block: Block | None
    questions: list[_Question] = field(default_factory=list)


def assemble(draft: Draft, metadata: Metadata, ids: SpeakerIds | None = None) -> Transcript:
    """The model of a draft, with the metadata's ids and facts.

    Raises:
        TranscriptError: for a structure no page can show (a heading with nothing under it).
    """
    ids = ids if ids is not None else SpeakerIds()
    where = draft.path
    title, title_line, untitled = exhibit_title(draft, metadata)
    intro: list[Block] = []
    parts: list[_Part] = []
    excluded: list[Exclusion] = []
    previous = ""
    for block in sorted(draft.blocks, key=lambda b: b.line):
        if block.role in (QUESTION, ANSWER, HEADING, INTRO):
            previous, role_before = block.role, previous
        if block.role == EXCLUDED:
            excluded += [Exclusion(n, block.text if n == block.line else "", block.rule)
                         for n in block.lines]
        elif block.role == TITLE:
            continue
        elif block.role == INTRO:
            if parts and block.rule.startswith("编者按"):
                # 编者注 within the panel: the editors' words, never a speaker's.
                excluded.append(Exclusion(block.line, block.text, "an editors' note within "
                                          "the panel: not speech"))
                excluded += [Exclusion(n, "", "an editors' note within the panel: not speech")
                             for n in block.lines[1:]]
                continue
            if parts:
                raise TranscriptError(where, block.line, "an intro paragraph after the panel began",
                                      "move it before the first heading or question")
            intro.append(block)
        elif block.role == HEADING:
            parts.append(_Part(block))
        elif block.role == QUESTION:
            part = parts[-1] if parts else _new(parts, _Part(None))
            last = part.questions[-1] if part.questions else None
            if (last and last.block and not last.answers and last.block.who == block.who
                    and role_before == QUESTION):
                last.context.append(block)
            else:
                part.questions.append(_Question(block))
        elif block.role == ANSWER:
            part = parts[-1] if parts else _new(parts, _Part(None))
            question = part.questions[-1] if part.questions else _new(part.questions,
                                                                       _Question(None))
            if not block.who:
                raise TranscriptError(where, block.line, "a paragraph credited to nobody",
                                      "a reader left it unattributed: report this file")
            if question.answers and question.answers[-1][0] == block.who:
                question.answers[-1][1].append(block)
            else:
                question.answers.append((block.who, [block]))
    if not parts:
        first = intro[0].line if intro else title_line or 1
        shown = examples_for("\n".join(b.text for b in draft.blocks))
        raise TranscriptError(
            where, first, "no question or answer found: everything after the title is intro",
            "check with --explain how the lines were read; answers open with the speaker's "
            f"name ({shown.reporting()}…) or label ({shown.label()}…), questions end with "
            f"{'?' if shown.english else '？'} or open with {shown.label(shown.host)}; "
            "for a talk or subtitles that name nobody, give the speaker in the metadata "
            "(speakers: - name: …)",
            # (Who speaks is the curator's to say: the example name is a question, not a
            # proposal.)
            fix=Fix("metadata", f"speakers:\n  - name: {shown.name}", guess=True),
        )
    # A heading over headings (【正文】 above 一、…): the parts under it hold its text, so the
    # level the model has no room for is set aside with its reason, not refused.
    for index in range(len(parts) - 2, -1, -1):
        if not parts[index].questions and parts[index].block and parts[index + 1].block:
            excluded.append(Exclusion(parts[index].block.line, parts[index].block.text,
                                      "a heading over the headings under it (a section of "
                                      "sections): its parts are read under their own"))
            del parts[index]
    for part in parts:
        if not part.questions:
            raise TranscriptError(
                where, part.block.line if part.block else 1,
                f"part heading «{part.block.text if part.block else ''}» has nothing under it",
                "a heading is followed by a question or answers; is this line a heading?",
            )
    warnings = list(draft.warnings) + untitled
    closing, over_closing = _closing(parts)
    if over_closing is not None:
        # The closing is shown under its own heading (结束语); its heading in the file is
        # no one's words, so it is never a paragraph of the closing.
        excluded += [Exclusion(n, over_closing.text if n == over_closing.line else "",
                               "a heading over the closing remark only: the closing has its "
                               "own heading") for n in over_closing.lines]
    asked_in_order = [q for part in parts for q in part.questions]
    first_answered = next((i for i, q in enumerate(asked_in_order) if q.answers), 0)
    for index, question in enumerate(asked_in_order):
        following = asked_in_order[index + 1] if index + 1 < len(asked_in_order) else None
        opening = index < first_answered  # the hosts setting the scene before anyone answers
        if (question.block and not question.answers and not opening
                and not _remark(question, following)):
                warnings.append(Diagnostic(
                    where, question.block.line, "a question nobody answers",
                    "check the answers below it were read as answers (--explain)",
                ))
    speakers = _speakers(draft, metadata, parts, ids, warnings)
    matcher = TopicMatcher(metadata.topics)
    transcript = Transcript(
        slug=_slug(metadata, Path(where)),
        source=where,
        title=title,
        title_line=title_line,
        intro=tuple(_paragraph(f"intro-{i}", b, matcher) for i, b in enumerate(intro, 1)),
        parts=_parts(parts, metadata, speakers, matcher),
        speakers=tuple(speakers.values()),
        excluded=tuple(sorted(excluded, key=lambda e: e.line)),
        topics=metadata.topics,
        categories=metadata.categories,
        info={**draft.front, **{k: v for k, v in metadata.info.items() if k != "slug"}},
        mode=metadata.mode or draft.mode,
        format=draft.format,
        encoding=draft.encoding,
        record=metadata.record,
        recording=metadata.recording,
        warnings=tuple(w for w in warnings if not _confirmed(w, metadata)),
        closing=tuple(_paragraph(f"closing-{i}", b, matcher)
                      for i, b in enumerate(closing, 1)),
        closing_by=tuple(b.who for b in closing),
        notes=tuple(draft.notes),
    )
    return numbered(transcript)


def _closing(parts: list[_Part]) -> tuple[list[Block], Block | None]:
    """The hosts' last turns when they ask nothing and nobody answers them (thanks,
    goodbye): a closing remark, taken out of the questions (it is no question page); and
    the heading over the closing only, if the file gives it one."""
    closing: list[Block] = []
    while parts and parts[-1].questions:
        last = parts[-1].questions[-1]
        if (last.block is None or last.answers or last.block.audience
                or any(is_question(b.text) for b in [last.block, *last.context])):
            break
        if sum(len(p.questions) for p in parts) == 1:
            break  # the host's only turn: the panel itself, not its closing
        parts[-1].questions.pop()
        if not parts[-1].questions and parts[-1].block is None:
            parts.pop()
        closing[:0] = [last.block, *last.context]
    if parts and not parts[-1].questions:
        # A heading over the closing only (结束语, 三、会议要求): the closing's own.
        return closing, parts.pop().block
    return closing, None


def _remark(question: _Question, following: _Question | None) -> bool:
    """An unanswered host turn that is no question: a one-paragraph remark that asks
    nothing (a welcome), or the host handing over to the audience."""
    handing_over = (following is not None and following.block is not None
                    and following.block.audience and not question.block.audience)
    asks = any(is_question(b.text) for b in [question.block, *question.context])
    return handing_over or (not asks and not question.context)


def _new(items: list, item):
    items.append(item)
    return item


def _confirmed(warning: Diagnostic, metadata: Metadata) -> bool:
    return (warning.confirmable and warning.line in metadata.confirmed
            and not warning.path.endswith((".yml", ".yaml")))


def _paragraph(anchor: str, block: Block, matcher: TopicMatcher) -> Paragraph:
    return Paragraph(anchor, block.line, block.text, matcher.topics_in(block.text),
                     time=block.time, lines=tuple(block.lines))


def _speakers(draft: Draft, metadata: Metadata, parts: list[_Part], ids: SpeakerIds,
              warnings: list[Diagnostic]) -> dict[str, Speaker]:
    """Speakers by name, in order of first answer, enriched by metadata and guest lists."""
    declared = {info.name: info for info in metadata.speakers}
    order: list[str] = []
    first_line: dict[str, int] = {}
    for part in parts:
        for question in part.questions:
            for name, blocks in question.answers:
                if name not in first_line:
                    order.append(name)
                    first_line[name] = blocks[0].line
    text = "\n".join(b.text for b in draft.blocks) + "\n" + "\n".join(
        name for name, guest in draft.guests.items() if guest.line)
    # A listed speaker who only asks (a host the labels make one, 許委員嘉容 read as 許嘉容)
    # has words, the questions: the name the reader gave them is mentioned.
    asking = {block.who for block in draft.blocks if block.role == QUESTION and block.who}
    for info in metadata.speakers:
        if info.name in asking and info.name not in first_line:
            continue
        if info.name not in text and info.name not in first_line:
            raise TranscriptError(metadata.path, info.line,
                                  f"speaker '{info.name}' is never mentioned in {draft.path}",
                                  "check the spelling, or remove the entry")
        if info.name not in first_line:
            warnings.append(Diagnostic(metadata.path, info.line,
                                       f"speaker '{info.name}' has no words in the transcript",
                                       "remove the entry, or check who the answers are credited to"))  # noqa: E501
    # An export whose speakers are numbered (发言人1) cannot say which listed guest is which.
    numbered_only = any(SPEAKER_NUMBER.match(name) for name in first_line)
    # (A listed participant who chairs has words: the questions.)
    # (The list may write the name in capitals: MARGARET OYELARAN asks as Margaret Oyelaran.)
    askers = {block.who.casefold() for block in draft.blocks if block.role == QUESTION
              and block.who}
    for name, guest in draft.guests.items():
        if (name not in first_line and name not in declared and guest.line
                and not numbered_only and name.casefold() not in askers and not guest.attending):
            warnings.append(Diagnostic(
                draft.path, guest.line, f"guest {name} has no words in the transcript",
                "check who the answers are credited to (--explain)",
            ))
    speakers: dict[str, Speaker] = {}
    for name in order:
        info = declared.get(name)
        guest = draft.guests.get(name)
        explicit = bool(info and info.id)
        speaker_id = ids.claim(name, info.id if info and info.id else pinyin_id(name), explicit,
                               metadata.path if explicit else draft.path,
                               info.line if info and explicit else first_line[name], warnings)
        fields = dict(info.fields) if info else {}
        if guest and guest.affiliation:
            fields.setdefault("affiliation", guest.affiliation)
        speakers[name] = Speaker(id=speaker_id, name=name,
                                 honorific=guest.honorific if guest else "", **fields)
    return speakers


def _parts(parts: list[_Part], metadata: Metadata, speakers: dict[str, Speaker],
           matcher: TopicMatcher) -> tuple[Part, ...]:
    part_ids = _ids_by_match(metadata, metadata.parts, [p.block.text if p.block else ""
                                                        for p in parts], "part", "part")
    questions = [(q, p) for p in parts for q in p.questions]
    question_keys = [q.block.text if q.block else (p.block.text if p.block else "")
                     for q, p in questions]
    question_ids = _ids_by_match(metadata, metadata.questions, question_keys, "question", "q")
    frozen_parts = []
    index = 0
    for part_number, part in enumerate(parts):
        frozen_questions = []
        for question in part.questions:
            qid = question_ids[index].id
            en = question_ids[index].en
            index += 1
            rank: dict[str, int] = {}
            answers = []
            for name, blocks in question.answers:
                sid = speakers[name].id
                paragraphs = []
                for block in blocks:
                    rank[sid] = rank.get(sid, 0) + 1
                    paragraphs.append(_paragraph(f"{qid}-{sid}-{rank[sid]}", block, matcher))
                answers.append(Answer(sid, tuple(paragraphs)))
            asked = question.block
            frozen_questions.append(Question(
                id=qid,
                line=asked.line if asked else question.answers[0][1][0].line,
                text=asked.text if asked else "",
                answers=tuple(answers),
                en=en,
                topics=matcher.topics_in(asked.text) if asked else (),
                context=tuple(_paragraph(f"{qid}-context-{i}", b, matcher)
                              for i, b in enumerate(question.context, 1)),
                time=asked.time if asked else "",
                asker=(asked.who or "主持人") if asked else "",
                lines=tuple(asked.lines) if asked else (),
                audience=asked.audience if asked else False,
            ))
        matched = part_ids[part_number]
        frozen_parts.append(Part(matched.id, part.block.line if part.block else
                                 frozen_questions[0].line,
                                 part.block.text if part.block else "",
                                 tuple(frozen_questions), matched.en))
    return tuple(frozen_parts)


def _ids_by_match(metadata: Metadata, matchers: tuple[Matcher, ...], keys: list[str],
                  noun: str, prefix: str) -> list[Matcher]:
    """For each item (by its text), the metadata entry whose ``match`` it contains (of
    several, the one it opens), else ``<prefix><n>``."""
    result: dict[int, Matcher] = {}
    for matcher in matchers:
        hits = [i for i, key in enumerate(keys) if matcher.match in key]
        if len(hits) > 1:
            # --init writes the opening piece of each question; a fix taken after it may make
            # that piece occur inside another question too: the one it opens is meant.
            hits = [i for i in hits if keys[i].startswith(matcher.match)] or hits
        if len(hits) != 1:
            found = "no" if not hits else f"{len(hits)}"
            raise TranscriptError(
                metadata.path, matcher.line,
                f"{noun} match '{matcher.match}' fits {found} {noun}s of the transcript",
                f"choose a piece of text that occurs in exactly one {noun}",
            )
        if hits[0] in result:
            raise TranscriptError(metadata.path, matcher.line,
                                  f"this entry and the one at line {result[hits[0]].line} "
                                  f"match the same {noun}",
                                  "make each match a piece of text only one of them holds")
        result[hits[0]] = matcher
    taken = {m.id for m in matchers}
    for number in range(1, len(keys) + 1):
        if number - 1 not in result:
            fallback = f"{prefix}{number}"
            if fallback in taken:
                owner = next(m for m in matchers if m.id == fallback)
                raise TranscriptError(metadata.path, owner.line,
                                      f"{noun} id '{fallback}' is the fallback id of {noun} "
                                      f"{number}, which has no entry",
                                      f"give {noun} {number} an entry too, or choose another id")
            result[number - 1] = Matcher("", fallback, "", 0)
    return [result[i] for i in range(len(keys))]


def _slug(metadata: Metadata, path: Path) -> str:
    """The exhibit's slug: the metadata's, else the file name made readable and URL-safe."""
    slug = str(metadata.info.get("slug") or "")
    if slug:
        return slug
    stem = path.stem
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", stem):
        return stem
    return pinyin_id(stem) if stem else "exhibit"


def numbered(transcript: Transcript) -> Transcript:
    """The transcript with every paragraph numbered in reading order (¶ 1, ¶ 2 …): intro,
    then each question, its context and its answers."""
    counter = iter(range(1, 1_000_000_000))

    def number(paragraph: Paragraph) -> Paragraph:
        return replace(paragraph, number=next(counter))

    intro = tuple(number(p) for p in transcript.intro)
    parts: list[Part] = []
    for part in transcript.parts:
        questions = []
        for question in part.questions:
            asked = next(counter) if question.text else 0
            questions.append(replace(
                question,
                number=asked,
                context=tuple(number(p) for p in question.context),
                answers=tuple(replace(a, paragraphs=tuple(number(p) for p in a.paragraphs))
                              for a in question.answers),
            ))
        parts.append(replace(part, questions=tuple(questions)))
    closing = tuple(number(p) for p in transcript.closing)
    return replace(transcript, intro=intro, parts=tuple(parts), closing=closing)
