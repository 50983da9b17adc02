"""Who asks, by what the turns do (layer 6, after who is who): a turn that asks is a question
of whoever says it when the next speaker answers it.

The readers make a labelled turn an answer unless its label is a host's. But a guest may put
a question to another guest (许：那我想问予安，…？ then 段 answers), and the interviewer may
open under a label the file uses once (卢一鸣：…？ before 卢：… everywhere else). A reader
of the page sees both as questions: the turn ends by asking, the next turn is someone else's
answer, and either the asker hosts elsewhere in the file or the turn names the one who
answers. This pass runs once the people are known (forms.py), over any reader's draft.
"""

from __future__ import annotations

import re

from ..model import Fix, labels_fix, labels_map_fix
from .base import is_question
from .draft import ANSWER, EXCLUDED, HEADING, INTRO, QUESTION, Block, Draft
from .names import TITLES, is_han_name, is_latin_name, surname_of

# A question put to more than one person (那两位觉得…？, 各位怎么看？, Do you both think…?):
# the language's own ways of addressing several at once. Whoever answers it unlabelled could
# be any of them.
PUT_TO_SEVERAL = re.compile(
    r"两位|兩位|二位|三位|几位|幾位|各位|诸位|諸位|你们|你們|您们|您們|大家"
    r"|\b(?:both of you|you both|each of you|all of you|either of you|you two|you all)\b"
    r"|\bdo (?:you|y'all) both\b", re.IGNORECASE)


def put_to_several(question: str) -> bool:
    """Whether the last sentence of ``question`` asks, and asks more than one person."""
    last = re.split(r"(?<=[。！!；;])", question.strip())[-1]
    return is_question(question) and bool(PUT_TO_SEVERAL.search(last))


# A reply that opens by agreeing (对，… · 没错，… · Right, …) and says the speaker did or
# thinks the same (我们也… · 我也… · we saw that too): someone else chiming in, not the turn
# before going on. The languages' own words for agreeing and for "also".
_AGREEING = re.compile(r"^(?:对对?|對對?|是的|没错|沒錯|同意|确实|確實|嗯，?对|嗯，?對|Right|Yes"
                       r"|Yeah|Exactly|Agreed|Absolutely)[，,。.!！\s]", re.IGNORECASE)
_ALSO = re.compile(r"我们也|我們也|我也|咱们也|咱們也|我这边也|我這邊也|我们这边也|我們這邊也"
                   r"|\b(?:too|as well|also|same here|me too)\b", re.IGNORECASE)


def chimes_in(text: str) -> bool:
    """Whether ``text`` opens by agreeing and says its speaker did the same in its first
    sentence: an interjection that could be anyone's but the one who just spoke."""
    text = text.strip()
    first = re.split(r"(?<=[。！？!?；;])|(?<=[.?!])\s", text)[0]
    return bool(_AGREEING.match(text)) and bool(_ALSO.search(first))


def called(person: str) -> set[str]:
    """The forms a turn addresses a person by: the name, a three-character Chinese name's
    given name (段予安 → 予安), the surname and a title (许老师), a Latin name's first word."""
    forms = {person}
    if is_han_name(person):
        if len(person) == 3:
            forms.add(person[1:])
        forms |= {surname_of(person) + title for title in TITLES}
    elif is_latin_name(person) and " " in person:
        forms.add(person.split()[0])
    return {form for form in forms if len(form) >= 2}


def _turns(draft: Draft) -> list[list[Block]]:
    """The draft's turns in order: consecutive blocks of one speaker and one role; a heading,
    an intro or anything else between two turns ends them (excluded lines do not)."""
    turns: list[list[Block]] = []
    for block in draft.blocks:
        if block.role == EXCLUDED:
            continue
        if block.role not in (QUESTION, ANSWER):
            turns.append([])
            continue
        last = turns[-1] if turns else []
        if last and last[-1].role == block.role and last[-1].who == block.who:
            last.append(block)
        else:
            turns.append([block])
    return [turn for turn in turns if turn]


def _names(draft: Draft, person: str, text: str) -> bool:
    """Whether ``text`` names ``person`` by a form of their name (:func:`called`) or by a
    label that reads as them (老K, for the 郑克 the file labels so)."""
    return any(re.search(re.escape(form), text) for form in called(person)) \
        or any(_named_in(label, text) for label, reading in draft.label_reading.items()
               if reading == person and label != person)


def _answerers_called(draft: Draft) -> set[str]:
    """Those who answer somewhere, by name and by every label read as them (a guest turning
    to the host asks no guest): found once a pass, not once a turn."""
    people = {b.who for b in draft.blocks if b.role == ANSWER and b.who}
    return people | {label for label, reading in draft.label_reading.items()
                     if reading in people}


def _addresses_someone(draft: Draft, speaker: str, text: str, names: set[str]) -> bool:
    """Whether ``text`` opens by calling someone else of the file by name (one of ``names``,
    :func:`_answerers_called`), before its first comma (Mingxuan, … · 明轩，… · Prof. Tang,
    …): the vocative, turning to that person."""
    head = re.split(r"[,，:：、]", text.strip(), maxsplit=1)
    if len(head) < 2 or len(head[0]) > 24:
        return False
    own = {speaker} | {label for label, reading in draft.label_reading.items()
                       if reading == speaker}
    return any(_named_in(name, head[0]) for name in names - own
               if not any(_named_in(name, mine) or _named_in(mine, name) for mine in own))


def questions_asked_back(draft: Draft) -> None:
    """Each answer turn that ends by asking and is answered by the next turn, someone else's,
    made a question of its speaker: when that speaker asks as the host elsewhere, or, in a
    file someone hosts, the turn names the one who answers (a guest asking another guest)."""
    hosts = {b.who for b in draft.blocks if b.role == QUESTION and not b.audience and b.who}
    turns = _turns(draft)
    # Who speaks right after someone else's question somewhere (as read before this pass):
    # a speaker who answers, whatever else they do.
    answering = {turn[0].who for before, turn in zip(turns, turns[1:], strict=False)
                 if before[0].role == QUESTION and turn[0].role == ANSWER
                 and before[0].who != turn[0].who}
    asked_by = [(turn[0].role, turn[0].who) for turn in turns]  # (as read before this pass)
    answerers: set[str] | None = None  # (found again after a turn is made a question)
    for index, (turn, following) in enumerate(zip(turns, turns[1:], strict=False)):
        first, last = turn[0], turn[-1]
        if first.role != ANSWER or following[0].role != ANSWER:
            continue
        asker, answerer = first.who, following[0].who
        words = "".join(block.text for block in turn)
        # A turn that opens by calling someone of the file by name and asks them (Mingxuan,
        # may I ask you…? · 明轩，我问你…？), its remark after the question or not.
        # (Right after someone else's question, turning to a colleague hands that question
        # on: Ibrahim, do you want to take that one? answers it.)
        after_question = index > 0 and asked_by[index - 1][0] == QUESTION \
            and asked_by[index - 1][1] != asker
        if answerers is None:
            answerers = _answerers_called(draft)
        addressed = (not after_question
                     and _addresses_someone(draft, asker, first.text, answerers)
                     and _asks_within(turn))
        if asker == answerer or not (is_question(last.text) or addressed):
            continue
        # (By a form of their name, or of a label that reads as them.)
        names_answerer = addressed or _names(draft, answerer, words)
        # A speaker who answers questions elsewhere comes in on someone else's answer to a
        # third person's question, every paragraph of theirs asking (我插一句，…吗？ / Can I
        # just ask, …?), and that answerer goes on: a follow-up put to them, not an answer.
        # (Someone who never answers a question, an interviewer under a second label, is
        # read by askers_of_one_answerer; a double act's straight man, who asks only his
        # partner, keeps his lines.)
        follows_up = (index > 1 and asker in answering
                      and asked_by[index - 2][0] == QUESTION
                      and asked_by[index - 2][1] not in (asker, answerer)
                      and turns[index - 1][0].who == answerer
                      and turns[index - 1][0].role == ANSWER
                      and all(is_question(block.text) for block in turn))
        # (In a file nobody hosts, a meeting's, every turn is read as said to the record:
        # a colleague asking another is no interview's question.)
        if asker not in hosts and not ((names_answerer or follows_up) and hosts):
            continue
        why = ("asks as the host elsewhere" if asker in hosts
               else f"turns to {answerer}" if names_answerer
               else f"comes in between two turns of {answerer} only to ask")
        asking = turn
        if asker not in hosts and not addressed:
            # A guest who answers first and then turns to another (…剩下的硬骨头是接触。/
            # 我倒想问问老K：…？): the question starts where the turn names who answers.
            naming = [j for j, block in enumerate(turn) if _names(draft, answerer, block.text)]
            asking = turn[naming[0]:] if naming else turn
        for block in asking:
            block.role = QUESTION
            block.rule = (f"{asker} {why}, ends by asking and {answerer} answers next: "
                          f"{asker}'s question")
        answerers = None
        if not any(b.role == ANSWER and b.who == asker for b in draft.blocks):
            # Asks and never answers: no guest, whatever a label introduced.
            draft.guests.pop(asker, None)


# A paragraph that puts something to someone: it asks, or it invites (先请三位…, 请您谈谈,
# I'd like to ask, tell us): the languages' own words for handing over.
_INVITES = re.compile(r"请|請|想问|想問|问一下|問一下|问问|問問|\bask\b|\btell us\b|\bover to\b",
                      re.IGNORECASE)


def asks_someone(text: str) -> bool:
    """Whether a paragraph asks or invites someone to speak (see :data:`_INVITES`)."""
    return is_question(text) or bool(_INVITES.search(text))


def framing_before_first_question(draft: Draft) -> None:
    """The host's first turn, before anyone answers, that opens with paragraphs asking nobody
    anything (各位下午好。…下午我们想换个角度…) and only then asks: those opening paragraphs
    are the session's framing, read as its introduction, not as the question."""
    _hosts_opening(draft)
    first: list[Block] = []
    for block in draft.blocks:
        if block.role == EXCLUDED:
            continue
        if block.role in (ANSWER, HEADING):
            break  # (an intro stands before the first heading only)
        if block.role == QUESTION:
            if first and block.who != first[0].who:
                break
            first.append(block)
        elif first:
            break
    framing = []
    for block in first:
        if asks_someone(block.text) or block.text.rstrip().endswith((":", "：")):
            break  # (a paragraph ending in a colon leads into what it asks)
        framing.append(block)
    if not framing or len(framing) == len(first):
        return
    for block in framing:
        block.role = INTRO
        block.rule = (f"{block.who}'s first turn opens by asking nobody anything, then asks: "
                      "the framing, read as the introduction")



def _hosts_opening(draft: Draft) -> None:
    """The file's first turn, read as an answer, by someone the file shows hosting (their
    other turns ask), before anyone has asked and asking nobody itself (女士们、先生们，欢迎
    出席…首先请某某介绍情况): the host's welcome, read as the introduction, never a
    guest's answer. Handing the floor over (先请某某作介绍) asks no question: the welcome
    still."""
    hosts = {b.who for b in draft.blocks if b.role == QUESTION and not b.audience and b.who}
    opening: list[Block] = []
    for block in draft.blocks:
        if block.role in (EXCLUDED, INTRO) or block.role not in (ANSWER, QUESTION, HEADING):
            continue
        if block.role != ANSWER or block.who not in hosts or is_question(block.text) \
                or (opening and block.who != opening[0].who):
            break
        opening.append(block)
    for block in opening:
        block.role = INTRO
        block.rule = (f"{block.who}, who asks elsewhere (the host), opens the session asking "
                      "nobody, before any question: the welcome, read as the introduction")


ASKER_CLOSING = 60
"""Characters up to which an asker's turn that asks nothing, after their question was
answered, is their closing word (明白了，谢谢！), not an answer."""


def _sections(draft: Draft) -> dict[int, int]:
    """Each block's section (by ``id``): how many headings stand before it."""
    count, found = 0, {}
    for block in draft.blocks:
        count += block.role == HEADING
        found[id(block)] = count
    return found


def askers_follow_ups(draft: Draft) -> None:
    """The other turns of someone who asks and never answers (a caller, a questioner from the
    floor, a judge): after their first question, a turn that ends by asking is a follow-up
    question, a short one that asks nothing after an answer is their thanks; both are the
    asker's, never an answer. Someone who speaks when another asks, or says anything else,
    is a speaker who asked once, and keeps their answers."""
    turns = _turns(draft)
    # (A heading between two turns parts them: what follows one answers nothing before it.)
    sections = _sections(draft)
    headed = {i for i, turn in enumerate(turns)
              if i and sections[id(turn[0])] != sections[id(turns[i - 1][0])]}
    for who in dict.fromkeys(turn[0].who for turn in turns if turn[0].role == QUESTION):
        if not who:
            continue
        own = [i for i, turn in enumerate(turns) if turn[0].who == who]
        asked = [i for i in own if turns[i][0].role == QUESTION]
        answered = [i for i in own if turns[i][0].role == ANSWER]
        if not answered:
            continue
        kinds = {}
        for i in answered:
            words = "".join(block.text for block in turns[i])
            before = turns[i - 1] if i and i not in headed else []
            if before and before[0].role == QUESTION and before[0].who != who:
                break  # it speaks when someone asks: an answer
            if not any(j < i for j in asked):
                break  # it spoke before it asked anything
            if is_question(turns[i][-1].text) and i + 1 < len(turns) \
                    and turns[i + 1][0].who != who:
                kinds[i] = "asks again after its question"
            elif (not is_question(words) and len(words) <= ASKER_CLOSING and before
                  and before[0].role == ANSWER):
                kinds[i] = "closes its answered question"
            else:
                break
        else:
            audience = any(b.audience for i in asked for b in turns[i])
            for i, why in kinds.items():
                for block in turns[i]:
                    block.role = QUESTION
                    block.audience = audience
                    block.rule = (f"{who} asks and never answers; this turn {why}: "
                                  f"{who}'s question")


def _asks_within(turn: list[Block]) -> bool:
    """Whether a turn asks somewhere, at its end or before a remark that follows the
    question (…这是在什么数据上测的？田里光照和实验室差别很大。)."""
    return any(re.search(r"[?？][”」』\"']?(?:\s|$|[\u3400-\u9fffA-Za-z])", b.text)
               for b in turn)


def askers_of_one_answerer(draft: Draft) -> None:
    """A record where some answer and the others ask (an examining committee, judges, a panel
    of interviewers, a Live's handles putting questions to its speaker and guest, whatever
    their labels): the answerers are the speakers who never ask, one of them speaking two or
    more times (several of them: in a record that opens with a question, or speaking when
    asked, not among themselves). Someone who asks anywhere is an asker when their first
    turn asks, every turn of theirs that asks (at its end or before a remark) is answered
    next by an answerer, and every other turn of theirs is a short word right after an
    answer (好，这个回答我满意。): the turns that ask are their questions (the short words
    are their closing, :func:`askers_follow_ups`). Someone who answers at length is a
    speaker who asked once, and keeps their answers."""
    turns = _turns(draft)
    spoken: dict[str, list[int]] = {}
    for index, turn in enumerate(turns):
        spoken.setdefault(turn[0].who, []).append(index)
    if "" in spoken:
        return
    # (A chair read as the host already, who never asks, answers nothing either.)
    never_ask = {who for who, own in spoken.items()
                 if not any(is_question(b.text) for i in own for b in turns[i])
                 and any(turns[i][0].role == ANSWER for i in own)}
    if not any(len(spoken[who]) >= 2 for who in never_ask):
        return
    if sum(len(spoken[who]) >= 2 for who in never_ask) > 1:
        # Several answer: the record opens with a question, or they answer when asked
        # (three turns in four right after a turn that asks); a meeting opened by someone's
        # statement, whose people talk among themselves, has no questioner, however much
        # one of them asks.
        theirs = [i for who in never_ask for i in spoken[who] if i]
        after_asking = sum(1 for i in theirs if _asks_within(turns[i - 1]))
        if turns[0][0].who in never_ask and after_asking * 4 < len(theirs) * 3:
            return
    asking: list[int] = []
    for who, own in spoken.items():
        mine = [i for i in own if turns[i][0].role == ANSWER]
        # (Or the record's first turn gives someone the floor, 先请陈博士。: the opening of
        # one who asks, as a moderator's is.)
        opens = (own[0] == 0 and not _asks_within(turns[0])
                 and bool(_INVITES.search("".join(b.text for b in turns[0])))
                 and turns[1][0].who in never_ask)
        if who in never_ask or not mine or not (_asks_within(turns[own[0]]) or opens):
            continue
        asks = [i for i in mine if _asks_within(turns[i])]
        answered = all(i + 1 < len(turns) and turns[i + 1][0].who in never_ask for i in asks)
        closing = all(i and turns[i - 1][0].who in never_ask
                      and len("".join(b.text for b in turns[i])) <= ASKER_CLOSING
                      for i in mine if i not in asks and not (opens and i == 0))
        if answered and closing:
            asking += ([0] if opens else []) + asks
    if len(asking) < 2:
        return
    for i in asking:
        answerer = turns[i + 1][0].who
        for block in turns[i]:
            block.role = QUESTION
            block.rule = (f"{block.who} ends by asking and {answerer}, who answers and never "
                          f"asks, answers next: {block.who}'s question")


BRIEFER = 0.75
"""How much shorter than the others' answers an asker's usual turn is, at most."""
ASKER_SHARE = 0.5
"""The part of someone's answer turns that must end by asking, each answered next by
someone else, for their answers to be an asker's by behaviour."""


def _label_of(draft: Draft, person: str) -> str:
    """The file's label that reads as ``person`` (the one ``labels:`` maps), else the name."""
    labels = [label for label, reading in draft.label_reading.items() if reading == person]
    return labels[0] if len(labels) == 1 else person


def askers_read_as_answering(draft: Draft) -> None:
    """The last word on roles by behaviour: someone whose turns were read as answers but who
    behaves as an asker over the file (two or more of their turns, half of them at least,
    end by asking and someone else speaks next, and their usual turn is no longer than the
    others' answers) is never published as a guest's answers without a word: one warning
    at their first such turn names the ``labels:`` line that makes them the host (or, for
    someone who neither opens nor closes and asks beside a host, the audience). Nothing is
    read differently here: where the readers could not decide, the curator does.

    Guards, so that a meeting's people are not asked about: a chair who opens and closes but
    whose turns are long statements and reports asks in fewer than half of them, or speaks
    at more length than those who answer; and in a record where most people who speak twice
    ask like that, everybody asks and answers, and no one is singled out."""
    turns = _turns(draft)
    if len(turns) < 4:
        return
    spoken: dict[str, list[int]] = {}
    for index, turn in enumerate(turns):
        spoken.setdefault(turn[0].who, []).append(index)
    given = set(draft.labels) | set(draft.labels.values())

    def words(i: int) -> str:
        return "".join(block.text for block in turns[i])

    def usual(lengths: list[int]) -> int:
        return sorted(lengths)[(len(lengths) - 1) // 2] if lengths else 0

    found: list[tuple[str, list[int]]] = []
    for who, own in spoken.items():
        answers = [i for i in own if turns[i][0].role == ANSWER]
        if not who or who in given or len(answers) < 2:
            continue
        # A turn that asks (at its end or before a remark) or turns to the next speaker
        # by name, and someone else speaks next at more length: handing the floor over
        # (a guest asking back rhetorically goes on longer than the reply).
        asking = [i for i in answers if i + 1 < len(turns) and turns[i + 1][0].who != who
                  and len(words(i + 1)) > len(words(i))
                  and (_asks_within(turns[i]) or any(
                      form in words(i) for form in called(turns[i + 1][0].who)))]
        others = [len(words(i)) for i, turn in enumerate(turns)
                  if turn[0].role == ANSWER and turn[0].who != who]
        if (len(asking) >= 2 and len(asking) >= ASKER_SHARE * len(answers)
                and others
                and usual([len(words(i)) for i in answers]) <= BRIEFER * usual(others)):
            found.append((who, asking))
    twice = sum(1 for own in spoken.values() if len(own) >= 2)
    if not found or len(found) * 2 > twice:
        return
    hosts = {b.who for b in draft.blocks if b.role == QUESTION and not b.audience and b.who}
    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    for who, asking in found:
        label = _label_of(draft, who)
        own = spoken[who]
        warned = {w.line for w in draft.warnings}
        if any(line in warned for i in own for b in turns[i] for line in b.lines):
            continue  # a reader asked about this person already
        frames = own[0] == 0 or own[-1] == len(turns) - 1
        if not hosts and not frames:
            # Nobody hosts and they neither open nor close: a meeting's colleague asking
            # the one who presents, whose words go to the record like everyone's.
            continue
        role = "audience" if hosts and not frames else "host"
        first = turns[asking[0]][0]
        draft.warn(first.line, f"{who}'s turns were read as answers, yet {len(asking)} of "
                   f"their {sum(turns[i][0].role == ANSWER for i in own)} end by asking and "
                   "someone else speaks next: an asker (the host, the audience)?",
                   f"if {who} asks, add `labels: {{{label}: {role}}}` to {yml}; if "
                   f"{who} answers, confirm this line", fix=labels_fix(label, role))


def _host_fix(draft: Draft, person: str) -> tuple[str, Fix]:
    """The ``labels:`` text and fix that make ``person`` the host: every label of the file
    that reads as them (TOM BRASCIA (Program Chair) and TOM BRASCIA both), else the name."""
    labels = [label for label, reading in draft.label_reading.items() if reading == person]
    labels = labels or [person]
    shown = ", ".join(f"{label}: host" for label in labels)
    return "`labels: {" + shown + "}`", labels_map_fix(dict.fromkeys(labels, "host"))


STATED_ROLES = ("host", "audience", "interpreter", "narration")
"""What a ``labels:`` line can make a label instead of a speaker."""


def _answers_a_question(turns: list[list[Block]], i: int) -> bool:
    """Whether turn ``i`` speaks right after someone else's question: an answer."""
    return bool(i) and turns[i - 1][0].role == QUESTION and turns[i - 1][0].who != turns[i][0].who


def _named_in(person: str, text: str) -> bool:
    """Whether ``text`` names ``person`` by a form :func:`called` gives, by a four-character
    Chinese name's compound surname (歐陽同學), or by a Latin name's word: a question that
    takes up what they said (歐陽同學提到…) answers their turn, which gave no floor."""
    forms = called(person)
    if re.fullmatch(r"[\u3400-\u9fff]{4}", person):
        forms.add(person[:2])
    if is_latin_name(person):
        forms |= {word for word in re.split(r"[\s.\-]+", person) if len(word) >= 3}
    return any(re.search(rf"\b{re.escape(form)}\b" if form.isascii() else re.escape(form),
                         text) for form in forms)


def _welcome(turns: list[list[Block]], draft: Draft, host: str, asking=asks_someone) -> None:
    """The host's first turn, when it opens the file and asks nobody anything (``asking``
    says what asks): the welcome, read as the introduction, as it reads once ``labels:``
    names them the host."""
    if turns[0][0].who != host or any(asking(block.text) for block in turns[0]):
        return
    for block in turns[0]:
        block.role = INTRO
        block.rule = (f"{host}, read as the host, opens the session asking nobody, before "
                      "any question: the welcome, read as the introduction")


def hosts_handing_over(draft: Draft) -> None:
    """Someone whose turns were read as answers who gives the floor to the file's askers: a
    turn of theirs that answers nothing is followed by someone else's question (Left aisle,
    go ahead. · 下面进入提问环节。), they open the file or host elsewhere (their other turns
    ask), they never speak right after a question, and their usual turn is briefer than the
    others' answers. That is the moderator of a talk or a panel taking questions, whatever
    the label says: every turn of theirs that opens the file, hands over, asks and is
    answered by someone else, or closes (their last, with only short words after it) is the
    host's, never an answer. Where a turn of theirs does anything else, nothing changes and
    one warning names the ``labels:`` line that makes them the host. Someone who was not yet
    read as hosting anywhere is read so with a warning. (A meeting nobody asks in has no one
    to hand the floor to: its chair is never touched.)"""
    turns = _turns(draft)
    if len(turns) < 4:
        return
    # (A label the metadata maps to a name says who, not what they do: only a role stated
    # there, or the label itself, is the curator's word.)
    given = {label for label, reading in draft.labels.items() if reading in STATED_ROLES}
    hosts = {b.who for b in draft.blocks if b.role == QUESTION and not b.audience and b.who}

    def words(i: int) -> str:
        return "".join(block.text for block in turns[i])

    def usual(lengths: list[int]) -> int:
        return sorted(lengths)[(len(lengths) - 1) // 2] if lengths else 0

    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    first_turn: dict[str, int] = {}
    for index, turn in enumerate(turns):
        first_turn.setdefault(turn[0].who, index)
    for who in dict.fromkeys(turn[0].who for turn in turns):
        own = [i for i, turn in enumerate(turns) if turn[0].who == who]
        answers = [i for i in own if turns[i][0].role == ANSWER]
        if not who or who in given or not answers:
            continue
        if any(_answers_a_question(turns, i) for i in own):
            continue  # it speaks when asked: a speaker
        others = [len(words(i)) for i, turn in enumerate(turns)
                  if turn[0].role == ANSWER and turn[0].who != who]
        if not others or usual([len(words(i)) for i in own]) > BRIEFER * usual(others):
            continue
        # Giving the floor is brief (a statement before someone's question is not), to the
        # audience or to someone speaking for the first time (not back to a host who asks
        # on), and the question does not take up what they said by naming them.
        handing = [i for i in answers if i + 1 < len(turns) and turns[i + 1][0].who != who
                   and turns[i + 1][0].role == QUESTION
                   and (turns[i + 1][0].audience or i + 1 == first_turn[turns[i + 1][0].who])
                   and len(words(i)) <= BRIEFER * usual(others)
                   and not _named_in(who, words(i + 1))]
        if not handing or not (who in hosts or own[0] == 0):
            continue
        last = own[-1]
        closing = (last in answers and not is_question(words(last))
                   and all(len(words(j)) <= ASKER_CLOSING for j in range(last + 1, len(turns))))
        kinds: dict[int, str] = {}
        for i in answers:
            if i in handing:
                kinds[i] = "gives the floor to the next question"
            elif i == 0:
                kinds[i] = "opens the file"
            elif is_question(turns[i][-1].text) and i + 1 < len(turns) \
                    and turns[i + 1][0].who != who:
                kinds[i] = "asks and someone else answers"
            elif i == last and closing:
                kinds[i] = "closes the file"
        first = turns[handing[0]][0]
        if len(kinds) < len(answers):
            if not any(w.line == first.line for w in draft.warnings):
                line, fix = _host_fix(draft, who)
                draft.warn(first.line, f"{who}'s turns were read as answers, yet this one "
                           "gives the floor to someone else's question: the host?",
                           f"if {who} hosts, add {line} to {yml}; if {who} answers, "
                           "confirm this line", fix=fix)
            continue
        for i, why in kinds.items():
            for block in turns[i]:
                block.role = QUESTION
                block.rule = (f"{who} never answers a question and gives the floor to the "
                              f"askers; this turn {why}: the host's")
        # (Their opening, whatever it asks, is the welcome: as the labelled host's reads.)
        _welcome(turns, draft, who, asking=lambda text: False)
        if not any(b.role == ANSWER and b.who == who for b in draft.blocks):
            draft.guests.pop(who, None)
        if who not in hosts:
            line, fix = _host_fix(draft, who)
            draft.warn(first.line, f"{who} opens the file, gives the floor to the askers "
                       "and never answers a question: read as the host",
                       f"if so, add {line} to {yml}; if {who} answers, map the label to "
                       "their name instead", fix=fix)


# A paragraph opened by a dash run, no label (——为什么坚持用本地模型？): Chinese magazine and
# game-media interviews mark the interviewer's questions so (a public convention of the
# shape; English transcripts sometimes do with "--" or "—").
DASH_OPENED = re.compile(r"^\s*(?:——|──|－－|--|—)\s*(?=\S)")


def dash_marked_questions(draft: Draft) -> None:
    """Unlabelled paragraphs read as the previous speaker going on that open with a dash
    run, two or more of them, most ending by asking, in a file whose labelled turns never
    open so: the interviewer's questions, marked by the dash instead of a label. The last
    paragraph of the introduction, just before the first turn, opens so too when it is the
    first question (——先请两位介绍一下…). Read as questions of the unnamed host."""
    speech = [b for b in draft.blocks if b.role in (QUESTION, ANSWER)]
    marked = [b for b in speech if b.rule.startswith("unlabelled: continues")
              and DASH_OPENED.match(b.text)]
    labelled = [b for b in speech if not b.rule.startswith("unlabelled")]
    if len(marked) < 2 or any(DASH_OPENED.match(b.text) for b in labelled):
        return
    if sum(is_question(b.text) for b in marked) * 2 < len(marked):
        return
    first = draft.blocks.index(speech[0])
    before = [b for b in draft.blocks[:first] if b.role != EXCLUDED]
    if before and before[-1].role == INTRO and DASH_OPENED.match(before[-1].text):
        marked.insert(0, before[-1])
    for block in marked:
        block.role = QUESTION
        block.who = ""
        block.text = DASH_OPENED.sub("", block.text, count=1)
        block.rule = ("opens with a dash, no label, like the file's other unlabelled "
                      "questions: the interviewer's question")
    # (A warning that a marked paragraph is credited to the speaker before it is settled.)
    settled = {line for block in marked for line in block.lines}
    draft.warnings[:] = [w for w in draft.warnings
                         if not (w.line in settled and "credited to" in w.message)]


def chairs_read_as_answering(draft: Draft) -> None:
    """Someone whose turns were read as answers who chairs a hearing: they open and close the
    file, never ask anything, never speak right after a turn that asks, each of their turns
    gives the floor (請林部長。, 下一位請…發言。) and their usual turn is no longer than the
    others'; while others in the file ask and are answered by a third person (members
    questioning a minister). Their turns are the chair's, read
    as the host's, with one warning naming the ``labels:`` line. A meeting's chair who
    reports, answers or asks is untouched; so is one where nobody else asks."""
    turns = _turns(draft)
    if len(turns) < 5:
        return
    # (A label the metadata maps to a name says who, not what they do: only a role stated
    # there, or the label itself, is the curator's word.)
    given = {label for label, reading in draft.labels.items() if reading in STATED_ROLES}

    def words(i: int) -> str:
        return "".join(block.text for block in turns[i])

    def usual(lengths: list[int]) -> int:
        return sorted(lengths)[(len(lengths) - 1) // 2] if lengths else 0

    chair = turns[0][0].who
    own = [i for i, turn in enumerate(turns) if turn[0].who == chair]
    if not chair or chair in given or own[-1] != len(turns) - 1 or len(own) < 3:
        return
    if any(turns[i][0].role != ANSWER or _asks_within(turns[i]) for i in own):
        return
    if any(i and _asks_within(turns[i - 1]) for i in own):
        return  # it speaks when asked: it answers
    others = [len(words(i)) for i, turn in enumerate(turns) if turn[0].who != chair]
    # (No longer than the others' usual turn: a hearing's answers run short too, 委員好。)
    if not others or usual([len(words(i)) for i in own]) > usual(others):
        return
    # Others ask and a third person answers them (not the chair).
    askers = {turns[i][0].who for i in range(len(turns) - 1)
              if turns[i][0].who != chair and _asks_within(turns[i])
              and turns[i + 1][0].who not in (chair, turns[i][0].who)}
    if not askers:
        return
    for i in own:
        for block in turns[i]:
            block.role = QUESTION
            block.rule = (f"{chair} opens and closes, never asks or answers, and gives the "
                          "floor to the others while they question each other: the chair's")
    # (A chair's opening gives the floor, 請林部長。, and asks nothing: the welcome still.)
    _welcome(turns, draft, chair, asking=is_question)
    draft.guests.pop(chair, None)
    yml = draft.path.rsplit(".", 1)[0] + ".yml"
    line, fix = _host_fix(draft, chair)
    draft.warn(turns[own[1]][0].line, f"{chair} opens and closes, never asks or answers and "
               "gives the floor to the others: read as the chair (the host)",
               f"if so, add {line} to {yml}; if {chair} speaks for themselves, map the label "
               "to their name instead", fix=fix)
