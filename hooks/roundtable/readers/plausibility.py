"""The safety net: a reading that looks implausible is warned at, never published silently.

After every reader and every shared layer has spoken, and before the model is built, the
draft is looked at as a person would look at it, without knowing the file's shape: a
"speaker" whose label only ever stands on lines the file repeats word for word (a running
header or footer: ``Company Ticker: …`` on every page, ``机密 内部资料`` …) is page
furniture, not a person; a paragraph published as someone's words that is a notice (a link,
a copyright, an AI transcription's disclaimer, an editor's note) is no speech; a speaker whose
"answers" are mostly questions is asking, not answering. Each sign is one warning at the
paragraph's FILE:LINE naming the cause and, where one line decides, the metadata line that
does (``labels: {X: narration}`` / ``{X: host}``). Nothing here changes the reading: a check
that misfires costs a curator a look, never a right line.

Each threshold is set so that no correctly read file of the corpus, the seed or the blind
sets is flagged (tests/test_plausibility.py has one invented file per sign).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..model import Fix, labels_fix
from .draft import ANSWER, HEADING, QUESTION, Block, Draft

SPEECH = (ANSWER, QUESTION)
REPEATS = 3
"""A line printed this often word for word is a running header or footer, not a turn."""
MIN_REPEATED = 6
"""Shorter lines (``好。``, ``Yes.``) recur in real talk."""
LABEL = re.compile(r"^\s*[^\s:：]{1,24}(?:\s[^\s:：]{1,24}){0,3}\s*[:：]")
# Public conventions of a notice: a copyright sign, an editor's ※ or 说明：/编者按：,
# and the sentence a transcription service or publisher prints about the text itself
# (以上内容由 AI 转写生成, 本文由…整理, 本文字稿依…, 风险提示：…), at the paragraph's start.
NOTICE = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4})"
                    r"|all rights reserved|版权所有"
                    r"|^\W*(?:※|说明\s*[:：]|說明\s*[:：]|编者按|編者按|风险提示|風險提示"
                    r"|本文|以上内容|以上內容|以上文字|本文字稿|本逐字稿|this transcript)",
                    re.IGNORECASE)
LINK = re.compile(r"(?:https?://|www\.)\S+")
"""A link said in a sentence is speech; a link alone is the page's."""
MOSTLY = 0.75
"""Of a speaker's answer paragraphs, the share that end in a question mark that makes the
speaker an asker."""
LEAST_ASKED = 4


def check(draft: Draft, lines: dict[int, str]) -> None:
    """Warn at every paragraph the checks find implausible (once per paragraph)."""
    warned = {w.line for w in draft.warnings}
    for at, message, hint, fix in [*_furniture_labels(draft, lines),
                                   *_notices(draft, lines),
                                   *_askers_answering(draft),
                                   *_unlikely_speakers(draft),
                                   *_numbers_the_file_names(draft, lines),
                                   *_other_labels(draft, lines),
                                   *_decorated_or_self(draft),
                                   *_asked_in_answers(draft, lines),
                                   *_initials_as_speech(draft, lines),
                                   *_one_unnamed_voice(draft),
                                   *_questions_handed_on(draft),
                                   *_named_in_full(draft, lines),
                                   *_no_speech_by_mark(draft, lines)]:
        line = at if isinstance(at, int) else at.line
        if line in warned:
            continue
        warned.add(line)
        draft.warn(line, message, hint, fix=fix)


def _at_each_turn(draft: Draft, who: str, roles: tuple[str, ...], message: str, hint: str,
                  fix: Fix) -> Iterator[tuple[Block, str, str, Fix]]:
    """One sign at every paragraph of ``who``'s in ``roles``: the warning each check gives
    where a speaker, not a paragraph, looks wrong."""
    for block in draft.blocks:
        if block.role in roles and block.who == who:
            yield block, message, hint, fix


def _text(lines: dict[int, str], number: int) -> str:
    return lines.get(number, "").strip()


def _says_after_label(text: str) -> bool:
    """A line that opens with a label and says something after it (a label alone on its
    line, ``### 某某：``, repeats by nature)."""
    label = LABEL.match(text)
    return bool(label) and len(re.findall(r"\w", text[label.end():])) >= 2


def _furniture_labels(draft: Draft, lines: dict[int, str]):
    """A speaker every labelled line of whom the file repeats word for word."""
    counts = Counter(line.strip() for line in lines.values() if len(line.strip()) >= MIN_REPEATED)
    by_speaker: dict[str, list[Block]] = {}
    for block in draft.blocks:
        if block.role in SPEECH and block.who:
            by_speaker.setdefault(block.who, []).append(block)
    for who, blocks in by_speaker.items():
        labelled = [_text(lines, n) for b in blocks for n in b.lines
                    if _says_after_label(_text(lines, n))]
        if not labelled or any(counts[text] < REPEATS for text in labelled):
            continue
        label = LABEL.match(labelled[0]).group(0).strip().rstrip(":：").strip()
        example = labelled[0][:40]
        for block in blocks:
            yield (block,
                   f"'{who}' is credited with these words, but every line its label opens "
                   f"(«{example}») recurs {counts[labelled[0]]} times word for word: a running "
                   "header or footer, not a speaker",
                   f"if '{label}' is the page's furniture, add `labels: {{{label}: narration}}` "
                   "and give the words under it their speaker's label",
                   labels_fix(label, "narration"))


def _notices(draft: Draft, lines: dict[int, str]):
    """A paragraph published as speech that is a notice: a link, a copyright, a disclaimer."""
    for block in draft.blocks:
        if block.role not in SPEECH:
            continue
        body = LABEL.sub("", block.text, count=1).strip()
        link_alone = LINK.search(body) and len(re.findall(r"\w", LINK.sub("", body))) < 6
        if (NOTICE.search(body) or NOTICE.search(block.text) or link_alone) and len(body) < 120:
            yield (block,
                   f"published as {block.who or 'speech'}'s words, this reads as a notice, "
                   f"not speech: «{body[:40]}»",
                   "if it is the page's or the editor's note, put it on a line of its own "
                   "without a speaker's label (it is then set aside as the file's note)", None)


def _askers_answering(draft: Draft):
    """A speaker whose answers are mostly questions: the one asking, read as answering."""
    answers: dict[str, list[Block]] = {}
    for block in draft.blocks:
        if block.role == ANSWER and block.who:
            answers.setdefault(block.who, []).append(block)
    for who, blocks in answers.items():
        asking = [b for b in blocks if re.search(r"[?？]\W*$", b.text.strip())]
        if len(asking) < LEAST_ASKED or len(asking) < MOSTLY * len(blocks):
            continue
        for block in asking:
            yield (block,
                   f"published as {who}'s answer, but {len(asking)} of {who}'s "
                   f"{len(blocks)} answers are questions: {who} may be the one asking",
                   f"if {who} asks here, add `labels: {{{who}: host}}` (or `audience`)",
                   labels_fix(who, "host"))


# A label opening a paragraph: an optional bracketed tag (（同期声）, [CROSSTALK]), then a
# short prefix before a colon; what follows a comma or a bracket in it is the post
# (``ROSALIND PEREIRA, Patient:``, ``拿督陈博士（主评）：``).
OPENING = re.compile(r"^\s*(?:[（(【\[][^）)】\]]{1,8}[）)】\]])?\s*"
                     r"(?P<label>[^:：，。.!?！？;；“”\"「」]{1,60})[:：]\s*(?P<body>.*)")
SENTENCE_WORDS = re.compile(r"[的是有了我你他她们说在和就都也要会把被这那么吗呢吧啊]"
                            r"|\b(?:the|a|is|are|we|i|you|this|that|of|to|and|as)\b",
                            re.IGNORECASE)
ROLE_READINGS = ("host", "audience", "interpreter", "narration", "?")


def _label_of(text: str) -> str:
    """The label a line opens with (markup and post dropped), or ``""``: a prefix of words
    only (a time, a bullet's number or a bracketed id is a container's, not a label)."""
    match = OPENING.match(text.lstrip("*#->•· \t"))
    if not match or len(re.findall(r"\w", match.group("body"))) < 2:
        return ""
    label = re.split(r"[,，(（]", match.group("label"))[0].strip().strip("*").strip()
    if not label or len(label) > 24 or re.search(r"[\d\[〔*#]", label):
        return ""
    return "" if SENTENCE_WORDS.search(label) else label


def _scripts_differ(a: str, b: str) -> bool:
    """A Latin label beside a Chinese name (a bilingual file's translated label)."""
    return bool(re.search(r"[\u4e00-\u9fff]", a)) != bool(re.search(r"[\u4e00-\u9fff]", b))


def _same(a: str, b: str) -> bool:
    a, b = a.casefold().replace(" ", ""), b.casefold().replace(" ", "")
    return bool(a and b) and (a in b or b in a)


def _other_labels(draft: Draft, lines: dict[int, str]):
    """A paragraph that opens with a label other than its speaker's: a turn the reader did
    not split. Two signs, each from the file itself: the label is read as someone else's
    elsewhere (``CORBIN ASHE, Nurse:`` inside the reporter's turn), or the label recurs at
    the start of paragraphs, never read, under a speaker who has a label of their own
    (``正一：…`` twice inside ``反三``'s turns)."""
    openings = Counter(_label_of(text) for text in lines.values())
    reading = draft.label_reading
    mapped = {**reading, **draft.aliases}
    own: dict[str, set[str]] = {}
    for block in draft.blocks:
        if block.role in SPEECH and block.who:
            own.setdefault(block.who, set()).update(_label_of(_text(lines, n))
                                                    for n in block.lines)
    for block in draft.blocks:
        if block.role not in SPEECH or not block.who:
            continue
        for number in block.lines:
            found = _other_label(draft, block, _label_of(_text(lines, number)), openings,
                                 mapped, own)
            if found:
                yield (number, *found[1:])
                break


def _other_label(draft: Draft, block: Block, label: str, openings: Counter,
                 mapped: dict[str, str], own: dict[str, set[str]]):
    reading = draft.label_reading
    if not label or _same(label, block.who) or label in draft.labels \
            or _scripts_differ(label, block.who) or any(
            _same(k, label) and _same(v, block.who) for k, v in mapped.items()):
        return None
    read_as = reading.get(label, "")
    if read_as == "host" and block.role == ANSWER:
        cause = f"its label '{label}' is read as the host's elsewhere"
    elif read_as and read_as not in ROLE_READINGS and not _same(read_as, block.who):
        cause = f"its label '{label}' is {read_as}'s elsewhere"
    elif (not read_as and openings[label] >= 2 and label not in draft.guests
          and any(_same(mine, block.who) for mine in own[block.who] if mine)):
        cause = (f"it opens with the label '{label}' ({openings[label]} paragraphs do), "
                 f"which the reader did not take, while {block.who} has a label of their own")
    else:
        return None
    return (block,
            f"published as {block.who}'s {'answer' if block.role == ANSWER else 'question'}"
            f", but {cause}: a turn not split from the one before it?",
            f"if '{label}' speaks here, add `labels: {{{label}: <who they are>}}` (a name,"
            " or host / audience); if it is the speaker's own words, confirm the line",
            Fix(labels_fix(label, label).kind, labels_fix(label, label).text, guess=True))


# What can be a speaker. A person designation is a name, a numbered or lettered speaker
# label, a role or a post; these are none, whatever the reader took them for:
TIME = re.compile(r"^\[?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\]?$")
"""A clock or media time (``00:00:07``, ``14:05``): a container's column, not a person."""
BRACKETED = re.compile(r"^[\[［【〔(（<《].*[\]］】〕)）>》]$")
"""A whole label in brackets: a stage or language marker (``[Translation]``, ``（同期声）``)."""
# Role words that name an answer or a question, not who gives it: the public convention of
# written interviews and Q&A pages (问/答, Q/A) in both scripts and English.
TURN_WORDS = frozenset({"答", "问", "問", "答复", "答覆", "回答", "回覆", "回复", "提问", "提問",
                        "问题", "問題", "q", "a", "answer", "question", "reply", "response"})
# The keywords of minutes (an action item, a resolution, a topic heading: the public
# convention of scribed meeting minutes, W3C/IRC style and Chinese 纪要 alike).
MINUTES_WORDS = frozenset({"action", "actions", "resolved", "resolution", "decision",
                           "agreed", "topic", "summary", "note", "todo", "决议", "決議",
                           "决定", "決定", "结论", "結論", "备注", "備註", "附注", "議決"})
# Words that mean the one who chairs or hosts (public conventions of hearings, panels,
# committees and shows): such a speaker asks and gives the floor, it does not answer.
HOST_WORDS = re.compile(r"^(?:the\s+|madam\s+|mister\s+|mr\.?\s+|ms\.?\s+)?"
                        r"(?:主持人|主持|主席|司仪|司儀|会议主持|听证主持人|聽證主持人"
                        r"|moderator|chair|chairman|chairwoman|chairperson|host|emcee|mc)$",
                        re.IGNORECASE)


def _label_for(draft: Draft, who: str) -> str:
    """The file's label a speaker was read from (the map's key when the reader mapped it)."""
    for label, reading in draft.label_reading.items():
        if reading == who and label:
            return label
    return who


def _not_a_person(who: str, speakers: set[str], answering: bool) -> str:
    """Why ``who`` cannot be a person's designation, or ``""``."""
    bare = who.strip()
    if TIME.match(bare):
        return "a time"
    if not re.search(r"\w", bare):
        return "a symbol"
    if re.fullmatch(r"[\d\s.,#-]+", bare):
        return "a number alone"
    if BRACKETED.match(bare):
        return "a bracketed marker"
    if len(bare.rstrip(".")) == 1:
        # A lone character another speaker's name opens with: that speaker's avatar
        # initial or an abbreviation the file never uses as a person of its own.
        # (生 beside 生1, A beside A2: a role and its numbered members, not an initial)
        initial = bare.rstrip(".").casefold()
        others = sorted(s for s in speakers if s != who and len(s) > 1
                        and s.casefold().startswith(initial)
                        and not re.fullmatch(r"[\s\d.#-]*|[A-Za-z甲乙丙丁]",
                                             s[len(initial):].strip()))
        if others:
            return f"a lone initial of '{others[0]}'"
    if answering and bare.casefold() in TURN_WORDS:
        # (问 or Q on the questions is the unnamed interviewer: a role, rightly read)
        return "a word for the answer or the question, not for who gives it"
    if bare.casefold() in MINUTES_WORDS:
        return "a keyword of minutes, not a person"
    return ""


def _unlikely_speakers(draft: Draft):
    """A speaker whose designation no person would accept as one (a time, a symbol, a
    bracketed marker, 答, ACTION, an initial of another speaker), and a host's word
    published as answering."""
    speakers = {b.who for b in draft.blocks if b.role in SPEECH and b.who}
    host = {**draft.labels}
    for who in sorted(speakers):
        answering = any(b.role == ANSWER and b.who == who for b in draft.blocks)
        why = _not_a_person(who, speakers, answering)
        label = _label_for(draft, who)
        if why:
            yield from _at_each_turn(
                draft, who, SPEECH,
                f"published as {who}'s words, but '{who}' is {why}: no person's designation",
                f"if the words under '{label}' are someone's, add `labels: {{{label}: "
                f"<who speaks>}}`; if they are no one's, `labels: {{{label}: narration}}`",
                Fix("metadata", labels_fix(label, "narration").text, guess=True))
        elif HOST_WORDS.match(who.strip()) and host.get(label) != who:
            yield from _at_each_turn(
                draft, who, (ANSWER,),
                f"published as {who}'s answer, but '{who}' means the one who chairs or "
                "hosts: the host asks and gives the floor",
                f"if '{label}' hosts here, add `labels: {{{label}: host}}`",
                labels_fix(label, "host"))


NUMBERED = re.compile(r"(?P<n>\d{1,3}|(?<![A-Za-z])[A-Z](?![A-Za-z])|[甲乙丙丁戊])")
"""The number or letter of a numbered speaker label (``1号陈述人``, ``Speaker 2``,
``Witness A``, ``嘉宾甲``)."""
CJK_NAME = r"[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,3}"
LATIN_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
AFTER_NAME = r"(?:$|[\s\u3000,，;；(（、—–-])"


def _listed_name(who: str, lines: dict[int, str], speech: set[int]) -> tuple[int, str]:
    """The name the file states beside a numbered label's number in a list (a line that is
    no turn: ``1号　杭一舟　某公司法务``, ``Speaker 2 — Jane Doe``), with its line."""
    found = NUMBERED.search(who)
    if not found:
        return 0, ""
    before, number, after = who[:found.start()].strip(), found.group("n"), who[found.end():]
    after = after.lstrip("号號").strip()
    label = (rf"(?:{re.escape(who)}|(?:{re.escape(before)}\s*)?{re.escape(number)}"
             rf"\s*(?:号|號|\.|、|\)|）)?\s*(?:{re.escape(after)})?)") if before or after \
        else rf"{re.escape(number)}\s*(?:号|號|\.|、|\)|）)?"
    pattern = re.compile(rf"^[\s\u3000•·*-]*{label}[\s\u3000:：—–-]+"
                         rf"(?P<name>{CJK_NAME}|{LATIN_NAME}){AFTER_NAME}")
    for number_of_line, text in sorted(lines.items()):
        if number_of_line in speech:
            continue
        match = pattern.match(text)
        rest = text[match.end():] if match else ""
        # A list entry says no sentence after the name (a turn line does: ``R：宋老师好，…。``).
        if match and not SENTENCE_WORDS.search(match.group("name")) \
                and len(rest) < 40 and not re.search(r"[。！？!?]", rest):
            name = match.group("name")
            # A value the list gives a second code as well is an attribute (a region, a
            # side, a party: ``A1　北區 …`` and ``A2　北區 …``), not one person's name.
            beside = re.compile(rf"^[\s\u3000•·*-]*[^\s\u3000:：]{{0,6}}{NUMBERED.pattern}"
                                rf"[^\s\u3000:：]{{0,6}}[\s\u3000:：—–-]+"
                                rf"{re.escape(name)}{AFTER_NAME}")
            if any(beside.match(other) for n, other in lines.items()
                   if n != number_of_line and n not in speech):
                return 0, ""
            return number_of_line, (name.replace("\u3000", "").replace(" ", "")
                                    if re.match(r"[\u4e00-\u9fff]", name) else name)
    return 0, ""


def _numbers_the_file_names(draft: Draft, lines: dict[int, str]):
    """A numbered or lettered label published as the speaker while the file lists a name
    beside that number: the label is that person's, and ``labels:`` says so."""
    speech = {n for b in draft.blocks if b.role in SPEECH for n in b.lines}
    speakers = {b.who for b in draft.blocks if b.role in SPEECH and b.who}
    for who in sorted(speakers):
        at, name = _listed_name(who, lines, speech)
        if not name or _same(name, who):
            continue
        label = _label_for(draft, who)
        yield from _at_each_turn(draft, who, SPEECH,
                                 f"published as {who}'s words, while line {at} lists {name} "
                                 "beside that number: the label may be that person's",
                                 f"if '{label}' is {name}, add `labels: {{{label}: {name}}}`",
                                 labels_fix(label, name))


# Marks that decorate a label in a house style (a bar, a square, a bullet, a star, an arrow:
# ``▍苗青``, ``■ 主持人``, ``● Jane``): no person's name holds one, so a speaker that does kept
# the decoration and is not matched with the person it marks.
DECORATION = re.compile(r"[\u2580-\u259f\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf"
                        r"\u2190-\u21ff\u2b00-\u2bff【】〖〗]")
# Words a writer uses for the one taking the notes (a note-taker's own asides: ``我：…``).
FIRST_PERSON = frozenset({"我", "笔者", "记录人", "記錄人", "记录者", "記錄者", "me", "i"})


def _decorated_or_self(draft: Draft):
    """A speaker whose designation kept a label's decoration (``▍苗青``: the bar of a house
    style), and the note-taker's ``我`` credited with answers among other speakers: either
    way the words are not matched with a person the file names."""
    speakers = {b.who for b in draft.blocks if b.role in SPEECH and b.who}
    for who in sorted(speakers):
        label = _label_for(draft, who)
        if DECORATION.search(who) and re.search(r"\w", who):
            bare = DECORATION.sub("", who).strip(" ·・|｜")
            yield from _at_each_turn(draft, who, SPEECH,
                                     f"published as {who}'s words, but '{who}' keeps a label's "
                                     "decoration: the person it marks may be named elsewhere",
                                     f"add `labels: {{{label}: {bare}}}` (or the full name)",
                                     labels_fix(label, bare))
        elif who.strip().casefold() in FIRST_PERSON and len(speakers) >= 3:
            yield from _at_each_turn(
                draft, who, (ANSWER,),
                f"published as an answer of '{who}', the writer's own word for themself: the "
                "note-taker's aside?",
                f"if these are the writer's notes, add `labels: {{{label}: narration}}`",
                labels_fix(label, "narration"))


# A question mark opening a paragraph in a transcript without a colon: ``Q    Thanks, …``
# (the public convention of official briefing transcripts: a bare Q, spaces, the question).
BARE_Q = re.compile(r"^\s*(?:Q|问|問)(?:\s{2,}|\t|\.\s+|[:：]\s*)\S")
# A thanks or a greeting to a named person at a turn's start (谢谢X, 感谢X老师, 请X,
# X你好, Thanks, X / Thank you, X / Hi X): said to X, so not X's own words.
ADDRESS_ZH = re.compile(r"^\W*(?:好[的，,。]?\s*)?(?:谢谢|感谢|多谢|有请|请)"
                        r"(?P<name>[\u4e00-\u9fff]{1,3}?)(?:老师|博士|教授|总|工|先生|女士|"
                        r"同学)?(?=[，,。！!、\s]|$)"
                        r"|^\W*(?P<name2>[\u4e00-\u9fff]{1,3}?)(?:老师|博士|教授|总|工|先生|女士)?"
                        r"(?:你好|您好)")
ADDRESS_EN = re.compile(r"^\W*(?:Thanks|Thank you|Hi|Hello|Over to you|Go ahead)[,\s]+"
                        r"(?P<name>[A-Z][a-z]+)\b")


def _after_label(text: str) -> str:
    label = LABEL.match(text)
    return text[label.end():].strip() if label else text


def _addressed_to_self(block: Block, text: str, label: str) -> str:
    """The name a turn opens by thanking or greeting, when it is the speaker's own (their
    name, or the label they were read from: ``谢谢主席`` under the chair's label)."""
    body = LABEL.sub("", text, count=1) if _says_after_label(text) else text
    if label and label != block.who and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", label) \
            and re.match(rf"^\W*(?:谢谢|感谢|多谢){re.escape(label)}(?=[，,。！!、\s]|$)", body):
        return label
    who = block.who.replace(" ", "")
    match = ADDRESS_EN.match(body)
    if match and match.group("name") in block.who.split():
        return match.group("name")
    match = ADDRESS_ZH.match(body)
    name = match and (match.group("name") or match.group("name2"))
    if name and len(who) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", who) \
            and (name == who or (len(name) >= 2 and name in who)):
        return name
    return ""


def _asked_in_answers(draft: Draft, lines: dict[int, str]):
    """An answer paragraph that opens as a question does in a briefing transcript
    (``Q    …``), or with a thanks or a greeting to the very speaker it is credited to
    (``Thanks, Lauren.`` under Lauren): the asker's words read into the answerer's turn."""
    for block in draft.blocks:
        if block.role != ANSWER or not block.who:
            continue
        for number in block.lines:
            text = _text(lines, number)
            if BARE_Q.match(text) and block.who.casefold() not in TURN_WORDS:
                yield (number,
                       f"published as {block.who}'s answer, but it opens with «{text[:2]}», "
                       "the mark of a question: the asker's words?",
                       "open the asker's paragraph with `Q:` (or the asker's name and a "
                       "colon) so that it is read as a question", None)
                break
            name = _addressed_to_self(block, text, _label_for(draft, block.who)) \
                if number == block.lines[0] else ""
            if name:
                yield (number,
                       f"published as {block.who}'s answer, but it thanks or greets "
                       f"{name}, {block.who} themself: someone else's words?",
                       "open the paragraph with its speaker's label and a colon", None)
                break


# A thanks or a welcome to a person by name and title anywhere in a line (谢谢邬博士,
# 有请王老师, thank you, Dr. Lee): someone in the room other than the one thanking.
THANKS_TO = re.compile(r"(?:谢谢|感谢|多谢|有请|欢迎)[\u4e00-\u9fff]{1,3}?"
                       r"(?:老师|博士|教授|总|工|先生|女士)"
                       r"|\b(?:thank you|thanks|welcome),?\s+(?:Dr|Mr|Ms|Mrs|Professor)\.?\s+[A-Z]")


ASKS = re.compile(r"[?？吗呢](?=\s|$)|请问|我(?:先|想)?问")
"""A question in a cue without punctuation: its final particle, or the words that ask."""


def _one_unnamed_voice(draft: Draft):
    """Every word of a file credited to the reader's one unnamed speaker (subtitles that name
    nobody), while that voice asks and thanks a named person as well as answering: two or
    more voices read as one, so no line's speaker is known."""
    from .subtitles import UNNAMED
    speakers = {b.who for b in draft.blocks if b.role in SPEECH and b.who}
    if speakers != {UNNAMED}:
        return
    blocks = [b for b in draft.blocks if b.role in SPEECH]
    thanks = next((b for b in blocks if THANKS_TO.search(b.text)), None)
    asks = [b for b in blocks if ASKS.search(b.text)]
    if not thanks or not asks:
        return
    for block in blocks:
        yield (block,
               f"published as {UNNAMED}'s words, but the one voice of this file both asks "
               f"(line {asks[0].line}) and thanks a named person (line {thanks.line}): "
               "two or more speakers read as one",
               "open each cue with its speaker's label and a colon (主持人：/ the guest's "
               "name：)", None)


def _initials_as_speech(draft: Draft, lines: dict[int, str]):
    """Lines of one to three capitals (or a dial-in's ``+8``) published as speech, where the
    file prints such lines at least three times: the avatar initials of a meeting app's pane
    copy (``LW`` above ``Li Wenjing``), not words."""
    speech = [(b, n) for b in draft.blocks if b.role in SPEECH for n in b.lines]
    initials = {n: _after_label(_text(lines, n)) for _, n in speech}
    initials = {n: text for n, text in initials.items()
                if re.fullmatch(r"[A-Z]{1,3}|\+\d{1,3}", text)
                and text not in ("OK", "NO", "YES", "A", "I", "Q")}
    if len(set(initials.values())) < 3:
        return
    for number, text in sorted(initials.items()):
        yield (number,
               f"published as speech, «{text}» reads as a speaker's avatar "
               "initials printed above the name, not words",
               "delete the initials lines (or keep only the name and time above each entry)",
               None)


# ---------------------------------------------------------------------------------------------
# Round 22: signs that recurred across three unseen sets (22, 23, 24), none of them a shape's.

ENDS_ASKING = re.compile(r"[?？][\s\"'”’」』)）\]*]*$")
HANDED_ON_SHARE = 0.5
"""Of a speaker's answers, the share that are questions another speaker answers next which
makes the speaker the one asking (a guest asks now and then; an interviewer mostly does)."""


def _questions_handed_on(draft: Draft):
    """Answers that end in a question another speaker answers next, from a speaker most of
    whose answers do: the asker's turns read as answers (a host whose label was not taken, a
    guest who interviews another in one half of a programme, ``Q`` lines merged into the
    answer before them). Only in a file read with an asker at all: in a meeting where no one
    hosts, peers' questions are their own contributions."""
    speech = [b for b in draft.blocks if b.role in SPEECH]
    if not any(b.role == QUESTION for b in speech):
        return
    handed: dict[str, list[Block]] = {}
    answers = Counter(b.who for b in speech if b.role == ANSWER and b.who)
    for block, after in zip(speech, speech[1:], strict=False):
        if block.role == after.role == ANSWER and block.who and after.who \
                and block.who != after.who and ENDS_ASKING.search(block.text.strip()):
            handed.setdefault(block.who, []).append(block)
    for who, blocks in handed.items():
        if len(blocks) < 2 or len(blocks) < HANDED_ON_SHARE * answers[who]:
            continue
        label = _label_for(draft, who)
        for block in blocks:
            yield (block,
                   f"published as {who}'s answer, but it ends in a question the next speaker "
                   f"answers, as {len(blocks)} of {who}'s {answers[who]} answers do: "
                   f"{who} may be the one asking here",
                   f"if {who} asks here, add `labels: {{{label}: host}}` (or open the asker's "
                   "paragraphs with `Q:`)", Fix(labels_fix(label, "host").kind,
                                                labels_fix(label, "host").text, guess=True))


# Words that stand before or inside a name but are none of it (a title, a role word of a
# programme or a list's heading): the public conventions of English transcripts and minutes.
NOT_NAME_WORDS = frozenset({"mr", "ms", "mrs", "dr", "prof", "professor", "sir", "madam", "the",
                            "and", "chair", "session", "paper", "minutes", "present", "q", "a",
                            "host", "hosts", "guest", "guests", "speaker", "speakers",
                            "moderator", "panel", "panelist", "panelists", "interviewer",
                            "discussant", "authors", "on", "of", "with", "by", "at",
                            # (a greeting or a thanks before a first name: ``Hi Sam``)
                            "hi", "hello", "hey", "dear", "thanks", "thank", "welcome", "yes",
                            "ok", "okay", "so", "well", "good", "morning", "evening"})
NAME_RUN = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:[ _](?:[A-Z][\w'’-]*\.?|[A-Z]\.))"
                      r"{1,3}(?!\w)")


def _stated_names(lines: dict[int, str]):
    """Runs of two or more capitalised words the file prints (``P. Szabó``, ``DR. ARJUN
    MEHTA``, ``Brigitte_Aalto``), titles and role words dropped, a sentence's stop ending one."""
    for number, text in sorted(lines.items()):
        for match in NAME_RUN.finditer(text):
            run: list[str] = []
            for word in re.split(r"[ _]", match.group(0)):
                # (a contraction, ``I'm``, ``Here's``, opens a sentence, not a name)
                if word.rstrip(".").casefold() in NOT_NAME_WORDS \
                        or re.search(r"['’](?:m|s|re|ll|ve|d)$|n['’]t$", word):
                    if len(run) >= 2:
                        yield number, run
                    run = []
                    continue
                ends = word.endswith(".") and len(word) > 2
                run.append(word[:-1] if ends else word)
                if ends:
                    if len(run) >= 2:
                        yield number, run
                    run = []
            if len(run) >= 2:
                yield number, run


def _short_for(who: str, words: list[str]) -> bool:
    """``who`` is the surname of the stated name (its last word; any word when the label is
    written in capitals, the transcript convention ``SURNAME:`` of either name order), or its
    initials (``DR`` for ``Dev Ramanathan``)."""
    folded = [w.casefold() for w in words]
    if who.isupper() and len(who) <= 3 and len(words) == len(who) \
            and all(len(w) > 2 and w[0].isupper() for w in words):
        return "".join(w[0] for w in words) == who
    return who.casefold() == folded[-1] or (who.isupper() and who.casefold() == folded[0])


def _named_in_full(draft: Draft, lines: dict[int, str]):
    """A speaker published under a surname or initials while the file states the person's
    full name (a list of those present, a paper's authors, a caption): the page names a
    person by half a name, or as someone other than the full-named speaker beside them."""
    speakers = {b.who for b in draft.blocks if b.role in SPEECH and b.who}
    # The names a file states stand on lines no turn holds (a list of those present, a
    # paper's authors, a title): in a turn, ``Thanks Maya`` is a sentence, not a name.
    speech = {n for b in draft.blocks if b.role in SPEECH for n in b.lines}
    stated = {n: text for n, text in lines.items() if n not in speech}
    for who in sorted(speakers):
        bare = who.strip()
        if not re.fullmatch(r"[^\W\d_][\w'’-]+", bare) or re.search(r"[\u3000-\u9fff]", bare):
            continue
        found = next(((n, w) for n, w in _stated_names(stated)
                      if _short_for(bare, w)
                      and " ".join(w).casefold() != bare.casefold()), None)
        if not found:
            continue
        at, words = found
        full = " ".join(words) if not " ".join(words).isupper() \
            else " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
        label = _label_for(draft, who)
        short = labels_fix(label, full)
        yield from _at_each_turn(
            draft, who, SPEECH,
            f"published as {who}'s words, while line {at} names {full}: '{who}' may be that "
            "person's short label",
            f"if '{label}' is {full}, add `labels: {{{label}: {full}}}`",
            Fix(short.kind, short.text, guess=True))


MARKUP_HEADING = re.compile(r"^\s*(?:#{1,6}\s|<h[1-6]\b)")
"""A Markdown or HTML heading: the file's own mark of a section title, not a turn."""
LIST_ITEM = re.compile(r"^\s*[-*•]\s")
PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
WORDLESS = re.compile(r"[\d\s:.,\-–—/\[\]()（）]*")
"""A paragraph of times and numbers only: a cue's stamp or a page's number, no words."""
LEAST_PAIRS = 3


def _no_speech_by_mark(draft: Draft, lines: dict[int, str]):
    """Paragraphs the file itself marks as no turn, published as speech: a heading line
    (``## …``, ``<h2>``) read as an answer; a page's number alone; a list or a link under a
    heading no turn opens after it, read as the last speaker's (a newsletter's reading list,
    a notes file's closing bullets); and, where a stamp and a line alternate at least three
    times, the stamp read as the speech and the words as a heading."""
    blocks = draft.blocks
    after_heading = False
    speakers = {b.who for b in blocks if b.role in SPEECH and b.who}
    # (a ``#`` in a plain text file is the speaker's character, not a heading's mark)
    marked_up = draft.path.lower().endswith((".md", ".markdown", ".html", ".htm"))
    last_turn = max((b.line for b in blocks if b.role in SPEECH and b.lines
                     and _says_after_label(_text(lines, b.lines[0]))), default=0)
    for block in blocks:
        first = _text(lines, block.lines[0]) if block.lines else ""
        if block.role == HEADING:
            after_heading = True
            continue
        if block.role not in SPEECH:
            continue
        if marked_up and len(block.lines) == 1 and MARKUP_HEADING.match(first) and (
                block.role == ANSWER or not ENDS_ASKING.search(block.text.strip())):
            yield (block, f"published as {block.who or 'speech'}'s words, but it is a heading "
                   f"of the file: «{first[:40]}»",
                   "if it opens a section, keep it as a heading line with no speaker's label "
                   "before it; if someone says it, put it under their label", None)
        elif PAGE_NUMBER.fullmatch(block.text):
            yield (block, f"published as {block.who or 'speech'}'s words, «{block.text.strip()}»"
                   " is a page's number", "delete the page numbers (and running headers) "
                   "that a PDF copy left between the turns", None)
        elif after_heading and block.line > last_turn and len(speakers) >= 2 \
                and (LIST_ITEM.match(first) or LINK.search(first)):
            yield (block, f"published as {block.who or 'speech'}'s words, but it is a list or "
                   "a link under a heading no turn opens: the page's, not speech",
                   "if it is no one's, move it out of the talk (or into the file's notes)", None)
        if _says_after_label(first):
            after_heading = False
    pairs = [(b, blocks[i + 1]) for i, b in enumerate(blocks[:-1])
             if b.role in SPEECH and WORDLESS.fullmatch(b.text)
             and blocks[i + 1].role == HEADING]
    if len(pairs) >= LEAST_PAIRS:
        for stamp, words in pairs:
            yield (stamp, f"published as {stamp.who or 'speech'}'s words, «{stamp.text.strip()}»"
                   " holds no words while the line after it is read as a heading: the stamp and "
                   "the words swapped", "open each cue with its speaker's label and a colon, "
                   "or give the file's times on the line before the words", None)
            yield (words.line, "read as a heading, but it follows a stamp published as speech: "
                   "these are the words said at that time", "open each cue with its speaker's "
                   "label and a colon", None)
