"""WebVTT and SRT subtitles, read with their own libraries (``webvtt-py``, ``srt``).

A speaker comes from a ``<v 张伟>`` voice tag or a ``张伟：`` prefix; a cue without one
continues the speaker before it. Consecutive cues of one speaker become one paragraph,
with the first cue's start time. Cue numbers and timings belong to the paragraph; the
WEBVTT header, NOTE, STYLE and REGION blocks are excluded with their reason.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass

from ..metadata import Metadata
from ..model import VERBATIM, Fix, TranscriptError
from .anonymous_turns import asks_unpunctuated, cast_of, credit_turns
from .asking import chimes_in, put_to_several
from .base import Reader, new_draft
from .draft import TITLE, Block, Draft
from .forms import fullest_forms
from .identity import HOST_POSITIONS, credited_speaker, people_stated
from .labels import DEFAULT_HOST_LABELS, bracketed_label, running_text, split_label
from .matter import stage_notes_only
from .roles import asks, called_forms
from .source import Line, Source
from .turns import BACKCHANNEL, TurnReader, Unit

# Latin scripts are joined with a space, Chinese cues without one.
_LATIN_EDGE = re.compile(r"[A-Za-z0-9,.;:!?]$")


@dataclass
class _Cue:
    lines: list[int]
    text: str
    voice: str
    start: str
    timing_lines: frozenset[int] = frozenset()
    """The lines holding ``-->`` (what comes after them is the cue's text)."""
    begins: float = 0.0
    ends: float = 0.0


class SubtitleReader(Reader):
    name = "subtitles"
    mode = VERBATIM
    extensions = (".vtt", ".srt")
    description = "WebVTT or SRT subtitles, <v 张伟> voices or 张伟： prefixes"

    def fit(self, source: Source, metadata: Metadata) -> float:
        if source.suffix in self.extensions:
            return 1.0
        timings = sum(1 for line in source.content() if "-->" in line.text)
        return 0.9 if timings >= 2 else 0.0

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft = new_draft(source, metadata, self)
        blocks = _blocks(source.lines)
        vtt = source.suffix == ".vtt" or (blocks and blocks[0][0].text.startswith("WEBVTT"))
        cues = _vtt_cues(source, blocks, draft) if vtt else _srt_cues(source, blocks, draft)
        if draft.title is None:
            title = str(metadata.info.get("title") or source.path.stem)
            draft.blocks.insert(0, _title_block(title))
        pieces = []
        for cue in cues:
            if stage_notes_only(_lines_joined(cue.text)):
                # [音乐] [掌声]: the cue is a stage note, its number and timing with it.
                for number in cue.lines:
                    draft.exclude(number, cue.text if number == cue.lines[-1] else "",
                                  "a stage note cue: not speech")
                continue
            pieces += _pieces(cue)
        marked = _marked_turns(cues, draft)
        if marked is not None:
            pieces, host = marked
            host_labels = (*(metadata.host_labels or DEFAULT_HOST_LABELS), host)
        else:
            host_labels = metadata.host_labels or DEFAULT_HOST_LABELS
        pieces = _one_off_prefixes_unlabelled(pieces, draft)
        if pieces and not any(label for _, label, _ in pieces):
            pair = _host_and_guest(draft)
            said = None if pair else _voices_said(pieces)
            if pair:
                # The file's credits name a host and one guest: who asks or turns to the
                # guest by name is the host, the rest the guest (roles by behaviour).
                pieces = _dialogue(draft, pieces, *pair)
            elif said:
                # Two people name themselves in the cues (a host's opening, a guest's
                # greeting): two voices, never one speaker's talk; turns read from what
                # the cues do, with a warning that they were guessed.
                pieces = _conversation(draft, pieces, *said)
                host_labels = (*host_labels, said[0])
            else:
                # A talk's subtitles name nobody: one speaker says every cue, the metadata's
                # or, until the curator names them, one the pages call unknown.
                only = _one_speaker(draft, pieces, metadata)
                pieces = [(cue, only, text) for cue, _, text in pieces]
                draft.format = "talk"
        units: list[Unit] = []
        previous: _Cue | None = None
        speakers = [label for _, label, _ in pieces if label]
        for cue, label, text in pieces:
            last = units[-1] if units else None
            several = last is not None and put_to_several(last.text)
            if (last is not None and not label and not asks(text)
                    and (several or (last.label and chimes_in(text)))):
                # A cue that names nobody right after a question put to several people: one
                # of them answers, and the cues cannot say which. Read on as before (the
                # asker's), with the warning that names the label that settles it.
                # (Who the cues label: a prefix that starts a sentence is no speaker's.)
                others = list(dict.fromkeys(s for s in speakers if s != last.label
                                            and (speakers.count(s) > 1
                                                 or not running_text(s))))
                timing = max(cue.timing_lines, default=cue.lines[0] - 1)
                spoken = next((n for n in cue.lines if n > timing), cue.lines[-1])
                if others and not several:
                    # 对，这个我们也测过: agrees and says "we too", someone else's words.
                    # (the host's label, 主持人 某某, and the name after it ask, not agree)
                    hosts = {rest for s in speakers for word in DEFAULT_HOST_LABELS
                             if re.match(rf"{re.escape(word)}(?![A-Za-z])", s, re.I)
                             for rest in (s, s[len(word):].strip())}
                    others = [o for o in others if o not in hosts] or others
                    choice = " or ".join(f"«{o}：»" for o in others[:3])
                    draft.warn(spoken, f"a cue that names nobody chimes in, agreeing and "
                               f"saying its speaker did the same ({_quote_end(text)}): "
                               f"whose words, after {last.label}'s?",
                               f"open the cue with its speaker's label, {choice}",
                               fix=Fix("label", f"{others[0]}："))
                elif others:
                    choice = " or ".join(f"«{o}：»" for o in others[:3])
                    draft.warn(spoken, f"a cue that names nobody answers a question put to "
                               f"several people ({_quote_end(last.text)}): whose reply?",
                               f"open the cue with its speaker's label, {choice}",
                               fix=Fix("label", f"{others[0]}："))
                units.append(Unit(list(cue.lines), text, last.label, cue.start, raw=text,
                                  rule=f"cue at {cue.start}: no speaker, after a question "
                                  "put to several" if several else f"cue at {cue.start}: "
                                  "no speaker, chiming in", voiced=bool(cue.voice)))
                previous = cue
                continue
            if last is not None and (not label or label == last.label) and not _new_paragraph(
                    previous, cue, last.text):
                last.text = _join(last.text, text)
                last.lines += [n for n in cue.lines if n not in last.lines]
                last.raw = last.text
            else:
                units.append(Unit(list(cue.lines), text, label or (last.label if last else ""),
                                  cue.start, raw=text,
                                  rule=f"cue at {cue.start}: {label or 'no speaker'}",
                                  voiced=bool(cue.voice)))
            previous = cue
        TurnReader(draft, host_labels, trailing_matter=False).read(units)
        return draft


# A caption's change of speaker: ``>>`` (CART and automatic captions, DCMP Captioning Key).
_TURN_MARK = re.compile(r">>\s*")


def _marked_turns(cues: list[_Cue], draft: Draft
                  ) -> tuple[list[tuple[_Cue, str, str]], str] | None:
    """Cues whose turn changes are ``>>`` with no name behind them (three or more, most
    unlabelled): each marked line starts a turn, credited by what the turns do
    (:mod:`.anonymous_turns`); ``(pieces, host)``, or None when the file has no such marks
    or its opening names nobody (then a warning asks for the labels)."""
    segments: list[tuple[_Cue, bool, str]] = []
    for cue in cues:
        if stage_notes_only(_lines_joined(cue.text)):
            continue
        timing = max((i for i, n in enumerate(cue.lines) if n in cue.timing_lines), default=-1)
        numbers = cue.lines[timing + 1:]
        lines = cue.text.splitlines()
        if len(numbers) != len(lines):
            return None
        heads = cue.lines[: timing + 1]
        for index, (number, line) in enumerate(zip(numbers, lines, strict=True)):
            before, mark, after = line.partition(">>")
            own = (heads if index == 0 else []) + [number]
            part = _Cue(own, line, "", cue.start, cue.timing_lines, cue.begins, cue.ends)
            if not mark:
                segments.append((part, False, line.strip()))
                continue
            before = "" if stage_notes_only(before.strip()) else before.strip()
            if before and segments:
                previous = segments[-1]
                segments[-1] = (previous[0], previous[1], _join(previous[2], before))
            segments.append((part, True, _TURN_MARK.sub("", after, count=1).strip()))
    starts = [text for _, marked, text in segments if marked]
    if len(starts) < 3 or sum(1 for text in starts if split_label(text)[0]) * 2 >= len(starts):
        return None
    turns: list[list[tuple[_Cue, str]]] = []
    for part, marked, text in segments:
        if marked or not turns:
            turns.append([])
        turns[-1].append((part, text))
    texts = [" ".join(t for _, t in turn if t) for turn in turns]
    cast = cast_of(texts[0], texts[1:])
    if cast is None:
        first = turns[0][0][0].lines[-1]
        draft.warn(first, "the cues mark each change of speaker with >> and name nobody, and "
                   "the opening names no host (I'm …): read as one unnamed speaker",
                   "open each turn after >> with its speaker's label (>> Name: …)")
        return None
    pieces: list[tuple[_Cue, str, str]] = []
    for turn, text, credit in zip(turns, texts, credit_turns(texts, cast), strict=True):
        label, _ = split_label(turn[0][1])
        who = label or credit.speaker
        draft.introduce(who) if who != cast.host else None
        if credit.doubt and not label:
            spoken = turn[0][0].lines[-1]
            if credit.asks_at_end:
                # Where the question starts: the last of the turn's lines from which it asks.
                spoken = next((part.lines[-1] for index, (part, _) in reversed(list(enumerate(
                    turn))) if asks_unpunctuated(" ".join(w for _, w in turn[index:]))), spoken)
            others = [p for p in (*cast.guests, cast.host) if p != who]
            draft.warn(spoken, f"{credit.doubt} («{text[:40]}…»)",
                       f"open the turn with its speaker's label, «>> {who}: …» or "
                       f"«>> {others[0]}: …»", fix=Fix("label", f"{who}: "))
        for index, (part, words) in enumerate(turn):
            if index == 0 and label:
                words = split_label(words)[1]
            pieces.append((part, who if index == 0 else "", words))
    return pieces, cast.host


def _quote_end(text: str) -> str:
    """The end of a turn, quoted: where its question stands."""
    return f"«…{text[-24:]}»" if len(text) > 24 else f"«{text}»"


def _one_off_prefixes_unlabelled(pieces: list[tuple[_Cue, str, str]], draft: Draft
                                 ) -> list[tuple[_Cue, str, str]]:
    """Where no cue's prefix recurs, none is given by a voice and none names a speaker the
    file or the metadata states, a prefix seen once (Last question:, 最后一个问题：) is the
    sentence's, not a label: the cue's words again with it."""
    labels = [label for cue, label, _ in pieces if label and not cue.voice]
    if not labels or any(cue.voice for cue, _, _ in pieces):
        return pieces
    if any(labels.count(label) > 1 or label in draft.guests or label in draft.labels
           for label in labels):
        return pieces
    return [(cue, "", _unlabelled(cue, text) if label else text)
            for cue, label, text in pieces]


def _unlabelled(cue: _Cue, text: str) -> str:
    """The piece's words with the prefix that was split off them, as the cue writes it."""
    whole = _lines_joined(cue.text)
    for line in [whole, *(line.strip().lstrip("-–— ") for line in cue.text.splitlines())]:
        if line.endswith(text) and len(line) > len(text):
            return line
    return text


def _host_and_guest(draft: Draft) -> tuple[str, str, set[str]] | None:
    """``(host, guest, what the guest is called)`` where the file's credits (a NOTE block, the
    header) name one host and one guest (主持：Rachel Oduya（…）  嘉宾：Tomasz …), else None."""
    texts = [b.text for b in draft.blocks if b.text]
    people = people_stated(texts)
    hosts = [p for p, roles in people.items() if roles & set(HOST_POSITIONS)]
    guests = [p for p in draft.guests if p not in hosts] or [
        p for p, roles in people.items() if p not in hosts and roles]
    if len(hosts) != 1 or len(guests) != 1:
        return None
    guest = guests[0]
    called = called_forms(guest)
    # The guest's other form the file pairs with the name (托马什·维切雷克): its given name.
    for short, full in fullest_forms(texts).items():
        for form in (short, full):
            if guest in (short, full) and form != guest:
                called |= {form, re.split(r"[·・•]", form)[0]}
    return hosts[0], guest, {form for form in called if len(form) >= 2}


def _dialogue(draft: Draft, pieces: list[tuple[_Cue, str, str]], host: str, guest: str,
              called: set[str]) -> list[tuple[_Cue, str, str]]:
    """Each unlabelled piece credited by what it does: a piece that asks, or turns to the
    guest by name, is the host's; the rest the guest's. A piece that is only a listener's
    backchannel (嗯，对 / Yeah, right) could be either's: the guest's, with a warning naming
    the line that settles it."""
    draft.introduce(guest)
    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    result = []
    for cue, _, text in pieces:
        lines = [line.strip().lstrip("-–— ") for line in cue.text.splitlines() if line.strip()]
        if asks(text) or any(form in text for form in called):
            result.append((cue, host, text))
            continue
        if lines and all(BACKCHANNEL.match(line) for line in lines if line in text):
            spoken = next((n for n in cue.lines if n not in cue.timing_lines), cue.lines[0])
            draft.warn(spoken, f"«{text}» alone in a cue that names nobody: {guest}'s, or "
                       f"{host}'s backchannel?", f"if it is {guest}'s, add `confirm: "
                       f"[{spoken}]` to {yml}; if {host}'s, open the cue with «{host}：»",
                       fix=Fix("metadata", f"confirm: [{spoken}]"))
        result.append((cue, guest, text))
    return result


# How Chinese speakers address someone by surname and title (邬博士, 陈老师, 王总): the
# language's convention of address, no person's name.
_ADDRESS_TITLES = "博士|老师|教授|总|先生|女士|医生|律师|导演|主任|院长"
# A cue that announces the question the next cue puts (那我先问个…, 弹幕里有朋友问, 我想请教):
# the asker's lead-in, words of asking in the language, not of any file.
_ANNOUNCES_QUESTION = re.compile(r"(?:问|请教|想知道|好奇)(?:一?个|一下|一句|两个|几个)?"
                                 r"(?:[\u3400-\u9fff]{0,6}问题)?\s*$|问题\s*$")


def _voices_said(pieces: list[tuple[_Cue, str, str]]) -> tuple[str, str, int] | None:
    """``(host, guest, index of the guest's first piece)`` where unlabelled cues hold two
    self-introductions by different names (我是小林 … 我是周然): the first, in the opening,
    is the host's, the second opens the guest's first turn. None otherwise."""
    named: list[tuple[str, int]] = []
    for index, (cue, _, _) in enumerate(pieces):
        for match in SELF_NAMING.finditer(cue.text):
            name = match.group("name")
            if all(name != n for n, _ in named):
                named.append((name, index))
    if len(named) < 2 or named[0][1] > 3:
        return None
    (host, _), (guest, at) = named[0], named[1]
    return host, guest, at


def _conversation(draft: Draft, pieces: list[tuple[_Cue, str, str]], host: str, guest: str,
                  guest_opens: int) -> list[tuple[_Cue, str, str]]:
    """Unlabelled cues of a host and one guest who both said who they are, each credited by
    what it does (roles by behaviour): the cues before the guest's greeting are the host's
    opening; after it, a cue that asks, or that announces the question the next cue asks, or
    that turns to the guest by name (邬博士, 谢谢启航), is the host's, and so is all that
    follows a cue thanking the guest by name (the closing); the cue after a question starts
    the guest's answer, and an answer runs on until the host speaks again. One warning at
    the first cue says the turns were read so, and how to settle a cue."""
    draft.introduce(guest)
    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    called = {form for form in called_forms(guest) if len(form) >= 2}
    called |= {m.group(0) for cue, _, _ in pieces
               for m in re.finditer(rf"{re.escape(guest[0])}(?:{_ADDRESS_TITLES})", cue.text)}
    texts = [text for _, _, text in pieces]
    result: list[tuple[_Cue, str, str]] = []
    closing = False
    after_question = False
    for index, (cue, _, text) in enumerate(pieces):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        # (Naming oneself, 我是…, is no turning to the guest.)
        names_guest = any(form in SELF_NAMING.sub("", text) for form in called)
        if index < guest_opens or closing:
            who = host
        elif after_question or index == guest_opens:
            who = guest  # a question's next cue answers it, whatever its words
        elif (asks(text) or names_guest
              or (_ANNOUNCES_QUESTION.search(text) and asks(following))):
            who = host
        else:
            who = result[-1][1] if result and index > guest_opens else guest
        if who == host and index >= guest_opens and names_guest and re.search("谢谢|感谢", text):
            closing = True  # thanks to the guest by name: the host's closing from here
        after_question = who == host and index >= guest_opens and asks(text) and not closing
        if who == guest and BACKCHANNEL.match(text.strip()) and index > guest_opens:
            # 对对对 alone: the listener's backchannel or the speaker's own, the cue cannot say.
            spoken = cue.lines[-1]  # the cue's words, after its number and timing
            draft.warn(spoken, f"«{text}» alone in a cue that names nobody: {guest}'s, or "
                       f"{host}'s backchannel?", f"if it is {guest}'s, add `confirm: "
                       f"[{spoken}]` to {yml}", fix=Fix("metadata", f"confirm: [{spoken}]"))
        result.append((cue, who, text))
    spoken = pieces[0][0].lines[-1]
    draft.warn(spoken, f"no cue names its speaker, and two people name themselves ({host}, "
               f"{guest}): turns read from what the cues do ({host} asks, {guest} answers); "
               "check each change of speaker",
               f"where a cue is misread, open it with its speaker's label («{host}：» or "
               f"«{guest}：»), or state the speakers in {yml}: host: {host} and speakers: "
               f"[{guest}]")
    return result


UNNAMED = "未署名讲者"
"""The one speaker of subtitles that name nobody, until the metadata names them."""
# (The name ends where its line or sentence does: 我是白露 / 今天请到… is 白露, not 白露今.)
SELF_NAMING = re.compile(r"(?:我是|我叫|我的名字是)\s*(?P<name>[\u3400-\u9fff]{2,3})"
                         r"(?=$|[\s，,。！!、；;])", re.MULTILINE)


def _one_speaker(draft: Draft, pieces: list[tuple[_Cue, str, str]], metadata: Metadata) -> str:
    """The speaker of every cue: the metadata's or a guest list's one speaker, else
    :data:`UNNAMED` with one warning asking for the name (the name a cue gives, if any)."""
    if len(draft.guests) == 1:
        return next(iter(draft.guests))
    # A talk's speaker is the person its credits name (a NOTE block's «Name: Title», 主讲人：…),
    # from the header, NOTE and excluded lines before the first cue.
    first = pieces[0][0].lines[0]
    credited = credited_speaker(b.text for b in draft.blocks
                                if b.text and b.lines and b.lines[0] < first)
    if credited:
        draft.introduce(credited)
        return credited
    said = next((m for cue, _, _ in pieces[:6] if (m := SELF_NAMING.search(cue.text))), None)
    name = said.group("name") if said else "姓名"
    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    draft.warn(first, "no cue names its speaker: read as one speaker's talk, the speaker "
               "unnamed" + (f" (a cue says «{said.group(0)}»)" if said else ""),
               f"name the speaker in {yml}: speakers: [{{name: {name}}}]",
               fix=Fix("metadata", f"speakers:\n  - name: {name}") if said else None)
    draft.introduce(UNNAMED)
    return UNNAMED


PAUSE = 2.0
"""Seconds of silence between two cues of one speaker that start a new paragraph."""
PARAGRAPH = 240
"""Characters after which a speaker's paragraph ends at the next sentence end."""


def _new_paragraph(previous: _Cue | None, cue: _Cue, so_far: str) -> bool:
    """Whether a speaker's next cue starts a paragraph: after a pause, or once the paragraph
    is long and its sentence has ended."""
    if previous is None or previous is cue:
        return False
    paused = cue.begins - previous.ends >= PAUSE
    return paused or (len(so_far) >= PARAGRAPH and so_far[-1:] in "。！？!?.")


def _pieces(cue: _Cue) -> list[tuple[_Cue, str, str]]:
    """(cue, speaker label, words) of a cue: its voice, a 张伟： prefix, or one piece per
    line when lines open with a dash (- 张伟：… / - 李娜：…, two speakers in one cue)."""
    if cue.voice:
        return [(cue, cue.voice, _lines_joined(cue.text))]
    lines = [line.strip() for line in cue.text.splitlines() if line.strip()]
    if len(lines) > 1 and all(line[:1] in "-–—" for line in lines):
        # Each dash line is its own piece, standing for its own line of the file.
        timing = next(i for i, n in enumerate(cue.lines) if n in cue.timing_lines)
        heads, texts = cue.lines[: timing + 1], cue.lines[timing + 1:]
        if len(texts) == len(lines):
            return [(_Cue((heads if i == 0 else []) + [texts[i]], line, "", cue.start,
                          cue.timing_lines, cue.begins, cue.ends),
                     *split_label(line.lstrip("-–— ")))
                    for i, line in enumerate(lines)]
    split = _split_at_bracketed_labels(cue, lines)
    if split:
        return split
    label, text = split_label(_lines_joined(cue.text))
    if not label:
        label, text = bracketed_label(text)  # 【同传】…: a label in brackets
    return [(cue, label, text)]


def _split_at_bracketed_labels(cue: _Cue, lines: list[str]) -> list[tuple[_Cue, str, str]]:
    """A cue whose later line opens with a bracketed name (``[林晓雨] 八成…`` under the last
    speaker's line): the speaker changes there. One piece per run of lines, each standing
    for its own lines of the file; ``[]`` when no later line opens so."""
    starts = [i for i, line in enumerate(lines) if i and bracketed_label(line)[0]]
    timing = next((i for i, n in enumerate(cue.lines) if n in cue.timing_lines), None)
    if not starts or timing is None or len(cue.lines) - timing - 1 != len(lines):
        return []
    heads, numbers = cue.lines[: timing + 1], cue.lines[timing + 1:]
    pieces = []
    for first, end in zip([0, *starts], [*starts, len(lines)], strict=True):
        words = _lines_joined("\n".join(lines[first:end]))
        label, text = split_label(words)
        if not label:
            label, text = bracketed_label(words)
        part = _Cue((heads if first == 0 else []) + numbers[first:end], "\n".join(
            lines[first:end]), "", cue.start, cue.timing_lines, cue.begins, cue.ends)
        pieces.append((part, label, text))
    return pieces


# Chinese cues printed without punctuation, their clauses parted by spaces (Chinese subtitle
# convention, and Whisper's output): the break between two cues parts clauses as well.
_SPACED_CLAUSES = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]")
_CJK_PUNCTUATION = re.compile(r"[。，、！？；：]")


def _join(before: str, after: str) -> str:
    spaced = (_SPACED_CLAUSES.search(before) and not _CJK_PUNCTUATION.search(before)
              and re.search(r"[\u3400-\u9fff]$", before) and re.match(r"[\u3400-\u9fff]", after))
    return before + (" " if _LATIN_EDGE.search(before) or spaced else "") + after


def _title_block(title: str) -> Block:
    return Block(TITLE, [], title, rule="no title in the file: the metadata's or the file name")


def _lines_joined(text: str) -> str:
    result = ""
    for piece in text.splitlines():
        result = _join(result, piece.strip()) if result else piece.strip()
    return result


def _timings(block: list[Line]) -> frozenset[int]:
    return frozenset(line.number for line in block if "-->" in line.text)


def _blocks(lines: tuple[Line, ...]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _start(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _vtt_cues(source: Source, blocks: list[list[Line]], draft: Draft) -> list[_Cue]:
    import webvtt  # the format's own library

    try:
        parsed = list(webvtt.from_buffer(io.StringIO(source.text)))
    except Exception as error:  # webvtt raises its own MalformedFileError and others
        raise TranscriptError(source.where, 1, f"not a WebVTT file webvtt-py can read: {error}",
                              "check the WEBVTT header and each cue's timing line") from error
    cue_blocks = []
    for block in blocks:
        if block[0].text.startswith("WEBVTT"):
            header = block[0].text[len("WEBVTT"):].strip(" -\t")
            if header:
                draft.add(TITLE, block[0].number, header, rule="the WEBVTT header's title")
                draft.blocks[-1].lines = [block[0].number]
            else:
                draft.exclude(block[0].number, block[0].text, "the WEBVTT header")
            for line in block[1:]:
                draft.exclude(line.number, line.text, "WebVTT header metadata")
        elif block[0].text.startswith(("NOTE", "STYLE", "REGION")):
            kind = block[0].text.split()[0]
            for line in block:
                draft.exclude(line.number, line.text, f"WebVTT {kind} block: not speech")
        elif any("-->" in line.text for line in block):
            cue_blocks.append(block)
        else:
            raise TranscriptError(source.where, block[0].number,
                                  f"a block that is no cue: «{block[0].text[:30]}»",
                                  "each cue needs a timing line (00:00:01.000 --> 00:00:04.000)")
    if len(cue_blocks) != len(parsed):
        raise TranscriptError(source.where, 1, f"found {len(cue_blocks)} cues, webvtt-py read "
                              f"{len(parsed)}", "check the file for a malformed cue")
    # A cue's text is WebVTT markup: &lt; &gt; &amp; (and &nbsp; …) stand for characters.
    return [_Cue([line.number for line in block], html.unescape(cue.text),
                 (cue.voice or "").strip(), _start(cue.start_in_seconds), _timings(block),
                 cue.start_in_seconds, cue.end_in_seconds)
            for block, cue in zip(cue_blocks, parsed, strict=True)]


def _srt_cues(source: Source, blocks: list[list[Line]], draft: Draft) -> list[_Cue]:
    import srt  # the format's own library

    try:
        parsed = list(srt.parse(source.text))
    except srt.SRTParseError as error:
        line = source.text[: error.actual_start].count("\n") + 1
        raise TranscriptError(source.where, line, "not an SRT cue srt can read",
                              "each cue is a number, a timing line and its text") from error
    if len(blocks) != len(parsed):
        raise TranscriptError(source.where, 1, f"found {len(blocks)} blocks, srt read "
                              f"{len(parsed)} cues", "check the file for a malformed cue")
    return [_Cue([line.number for line in block], cue.content, "",
                 _start(cue.start.total_seconds()), _timings(block),
                 cue.start.total_seconds(), cue.end.total_seconds())
            for block, cue in zip(blocks, parsed, strict=True)]
