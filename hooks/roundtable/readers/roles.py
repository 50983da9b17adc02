"""Roles by behaviour (layer 6 of the reading pipeline): who hosts, whatever the label.

A person tells the host from the guests by what they do, not by the word on the label: the
host asks (most of their turns end in a question), opens the session, introduces the others
and closes it; the guests answer. An outlet's name (``某某科技：``), 记者, a numbered
speaker or a device's name is the host when it behaves as one. :func:`hosts_by_behaviour`
measures that for each label; the turn reader decides where the evidence is clear and warns,
naming the ``labels:`` line that settles it, where it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Words a host uses to open, hand over and close: 欢迎, 有请, 请…谈谈, 感谢, 谢谢各位, 今天的…到这里.  # noqa: E501
HOSTING = re.compile(r"欢迎|歡迎|有请|有請|请[^。，,]{0,8}(?:谈谈|談談|说说|說說|聊聊|介绍|介紹|分享|回答)"  # noqa: E501
                     r"|感谢[^。]{0,10}(?:各位|大家|嘉宾|嘉賓|收听|收聽|观看|觀看)|谢谢各位|謝謝各位"
                     r"|到这里|到這裡|就到这|就到這|下一个问题|下一個問題|下期|本期|今天我们|今天我們"
                     r"|我们的嘉宾|我們的嘉賓|今天的嘉宾|今天的嘉賓|我是[^。]{0,16}主持|时间关系|時間關係"
                     r"|最后请|最後請|请两位|請兩位|请各位|請各位|I'm your host|I am your host"
                     r"|提问环节|提問環節|进入提问|進入提問|请[^。，,]{0,6}提问|請[^。，,]{0,6}提問"
                     r"|散会|散會"
                     # giving the floor and keeping time, as a chair does without asking:
                     # 下面请…, 请3号发言, 时间到, 现在开会 (a meeting's, a hearing's, a court's)
                     r"|下面请|下面請|请[^。，,]{0,10}(?:发言|發言|陈述|陳述|答辩|答辯|作说明|作說明)"
                     r"|時間到|时间到|现在开会|現在開會|现在开庭|現在開庭|休庭|闭庭|閉庭"
                     r"|floor|questions? from"
                     r"|welcome|thank you all|let's start|next question|our guest|today we"
                     r"|thanks for (?:listening|watching|joining)|see you next|thank you so much",
                     re.IGNORECASE)


# Chinese asks with its own words where a recogniser printed no punctuation (Whisper's and
# other speech-to-text output, clauses parted by spaces): a question word in the last
# clause (怎么 · 什么 · 干嘛 · 是不是), or the particle 吗 / 呢 ending it.
_ASKING_WORDS = re.compile(r"怎么|怎样|什么|为什么|为啥|干嘛|多少|哪[里个些儿]|是不是|有没有|能不能"
                           r"|会不会|[吗呢嘛]$")
_PUNCTUATION = re.compile(r"[。，、！；：.,!;:]")

# A work's title in book-title marks, the convention of Chinese print: 《…》, 〈…〉.
_TITLED = re.compile(r"《[^《》]{1,60}》|〈[^〈〉]{1,60}〉")


def asks(text: str) -> bool:
    """A turn that asks something, wherever its question mark stands; in a turn printed
    without any punctuation, its last clause asks by a question word. A title in book-title
    marks (主题：《AI 来了，老板要怎样用？》) asks nobody."""
    if "？" in text or "?" in text:
        return bool(re.search(r"[?？]", _TITLED.sub("", text)))
    clauses = text.split()
    return bool(clauses) and not _PUNCTUATION.search(text) \
        and bool(_ASKING_WORDS.search(clauses[-1]))


@dataclass
class Behaviour:
    """What one label does over the file."""

    label: str
    turns: int = 0
    questions: int = 0
    opens: bool = False
    closes: bool = False
    hosting: int = 0
    """Turns with a host's words (welcome, handing over, thanks, closing)."""

    hosting_only: int = 0
    """Turns that ask nothing but host (welcome, handing over, thanks)."""

    opening: int = 0
    """Turns that ask nothing, before the first words of anyone who never asks: the
    opening, where hosts greet and name themselves (我是老宋。) before the guest speaks."""

    @property
    def asking_share(self) -> float:
        """The part of its turns that a host's: asking, or welcoming, handing over, thanking."""
        return (self.questions + self.hosting_only) / self.turns if self.turns else 0.0


@dataclass
class Verdict:
    """A label read as the host, and whether its behaviour is clear enough to decide."""

    label: str
    questions: int
    asked: int
    """Questions asked in the whole file, by anyone."""
    clear: bool
    opens_or_closes: bool
    only_asks: bool = False
    """Every one of its turns asks (at least two): an interviewer, if it names nobody."""
    only_hosts: bool = False
    """It opens and closes the session and every turn welcomes, hands over or thanks: a
    moderator (a press conference's), whether or not it asks anything itself."""
    framed: bool = False
    """Read by what its turns do (:func:`hosts_by_frame`), not by its question marks."""


def behaviours(turns: Sequence[tuple[str, str]]) -> dict[str, Behaviour]:
    """Each label's behaviour, from the labelled turns ``(label, text)`` in file order."""
    seen: dict[str, Behaviour] = {}
    given = {label: _called(label) for label, _ in turns}
    for label, text in turns:
        entry = seen.setdefault(label, Behaviour(label))
        entry.turns += 1
        entry.questions += asks(text)
        # Turning to someone else by the name they are called (繁星你先说一下, 一帆，…你讲
        # 一下): handing over, what a host does.
        hands_over = any(name and name in text for other, name in given.items()
                         if other != label)
        hosting = bool(HOSTING.search(text)) or hands_over
        entry.hosting += hosting
        entry.hosting_only += hosting and not asks(text)
    if turns:
        seen[turns[0][0]].opens = True
        seen[turns[-1][0]].closes = True
    # (Who opens or closes the session frames it, asking or not: the opening lasts until
    # someone else who never asks, a guest, first speaks.)
    framers = {turns[0][0], turns[-1][0]} if turns else set()
    askers = {label for label, text in turns if asks(text)} | framers
    opening_ends = next((i for i, (label, _) in enumerate(turns) if label not in askers),
                        0)
    for label, text in turns[:opening_ends]:
        seen[label].opening += not asks(text)
    return seen


def hosts_by_behaviour(turns: Sequence[tuple[str, str]]) -> list[Verdict]:
    """The labels that behave as hosts: they ask most of the file's questions, most of their
    own turns ask, and they open, close or hand over. Two such labels (a podcast's two hosts)
    are both hosts; a label that mostly answers never is."""
    seen = behaviours(turns)
    if len(seen) < 2 or len(turns) < 4:
        return []
    moderators = [b for b in seen.values() if b.opens and b.closes and b.turns >= 2
                  and b.hosting == b.turns and b.questions * 2 <= b.turns]
    if len(moderators) == 1:
        # Opens, hands over to each speaker, closes, and all its turns do only that.
        entry = moderators[0]
        asked = sum(b.questions for b in seen.values())
        found = [Verdict(entry.label, entry.questions, asked, True, True, only_hosts=True)]
        # Beside it a co-host who greets in the opening and from then on only asks (a
        # radio show's two: one welcomes and closes, the other asks the guests).
        found += [Verdict(b.label, b.questions, asked, True, False, only_asks=True)
                  for b in seen.values() if b is not entry and b.questions >= 2
                  and b.opening and b.questions + b.opening == b.turns][:1]
        return found
    # One-off askers (an audience member, a caller) are left out of the count: a host's
    # share is of the questions the others do not ask once and go.
    once = set(one_off_askers(turns))
    asked = sum(b.questions for b in seen.values() if b.label not in once)
    if asked < 2:
        return []
    ranked = sorted(seen.values(), key=lambda b: -b.questions)
    verdicts: list[Verdict] = []
    for entry in ranked:
        frames = entry.opens or entry.closes or entry.hosting > 0
        only_asks = entry.questions >= 2 and entry.questions == entry.turns
        if verdicts and entry.questions >= 1 and entry.asking_share >= 0.5 and (
                frames or entry.opening):
            # A second host (a podcast's two): asks and hosts as much as it speaks, or
            # greets in the opening before the guest speaks and asks from then on.
            pass
        elif entry.questions < 2 or entry.asking_share < 0.5 or not (frames or only_asks):
            continue
        elif verdicts and entry.questions * 3 < ranked[0].questions:
            break  # far fewer questions than the first host: a guest asking back
        # Clear: three host's turns or more (two are too few to tell a host from a colleague
        # who asks twice), the host's questions most of the file's, and the others answer.
        others = asked - entry.questions
        hosts_often = entry.questions + entry.hosting_only >= 3 and entry.asking_share >= 0.6
        clear = (hosts_often and entry.questions >= 2 and entry.questions * 2 > asked
                 and others <= max(1, (len(turns) - entry.turns) // 4)) if not verdicts else (
            hosts_often or (entry.questions + entry.opening >= 3
                            and entry.questions + entry.opening == entry.turns))
        verdicts.append(Verdict(entry.label, entry.questions, asked, clear,
                                entry.opens or entry.closes, only_asks))
        if len(verdicts) == 2:
            break
    if len(verdicts) == 2 and len(seen) - 2 < 1:
        return verdicts[:1]  # two people both asking, nobody else: one of them answers
    if len(verdicts) == 2 and not verdicts[0].clear and verdicts[1].clear:
        # Two hosts share the questions (a podcast's two): the first is as clear as one host
        # alone when it hosts often and the two ask most of the file's questions together,
        # the others answering.
        first, second = seen[verdicts[0].label], seen[verdicts[1].label]
        both = first.questions + second.questions
        others = asked - both
        if (first.questions + first.hosting_only >= 3 and first.asking_share >= 0.6
                and both * 2 > asked
                and others <= max(1, (len(turns) - first.turns - second.turns) // 4)):
            verdicts[0].clear = True
    return verdicts


ASKER_THANKS = 60
"""Characters up to which a one-off asker's turn after their answered question, asking
nothing, is their closing word (a thank-you), not an answer."""


def one_off_askers(turns: Sequence[tuple[str, str]], hosts: Sequence[str] = ()) -> list[str]:
    """Labels that speak once or twice, every time to ask, neither open nor close the
    session, and are answered by someone other than the host: the audience's, a caller's or
    a reporter's questions (Otter's "Speaker 3", a co-organiser who jumps in)."""
    seen = behaviours(turns)
    found: list[str] = []
    late: list[str] = []
    for label, entry in seen.items():
        if label in hosts or entry.opens or entry.closes or entry.turns > 2:
            continue
        places = [i for i, (who, _) in enumerate(turns) if who == label]
        asking = [i for i in places if asks(turns[i][1])]
        # A short turn after their own answered question that asks nothing (a caller's
        # "OK. Thank you.") is the asker's closing, not an answer: it does not count against.
        closing = [i for i in places if i not in asking and asking and i > asking[0]
                   and len(turns[i][1]) <= ASKER_THANKS]
        if not asking or len(asking) + len(closing) != entry.turns:
            continue
        if any(i and turns[i - 1][0] in hosts and asks(turns[i - 1][1]) for i in asking):
            continue  # it speaks when the host asks it (Femi, can you hear us?): a guest
        answered = all(i + 1 < len(turns) and turns[i + 1][0] not in (label, *hosts)
                       for i in asking)
        answerers = {turns[i + 1][0] for i in asking if i + 1 < len(turns)}
        # Answered by someone who answers elsewhere too (a guest), not by one more asker.
        if answered and all(seen[a].turns > seen[a].questions for a in answerers):
            found.append(label)
        elif entry.turns == 1 and all(i + 1 < len(turns) and turns[i + 1][0] in hosts
                                      for i in asking):
            # One question the host answers (请问 slides 可以分享吗 · 稍后我会整理好): the
            # audience's too, in a file whose audience asks the guests elsewhere.
            late.append(label)
    return found + late if found else []


def _called(label: str) -> str:
    """What others call a label's person in a turn: a three-character Chinese name's given
    name (孟繁星 → 繁星), a two-character name whole; "" for a label that is no name."""
    if re.fullmatch(r"[\u3400-\u9fff]{3}", label):
        return label[1:]
    return label if re.fullmatch(r"[\u3400-\u9fff]{2}", label) else ""


def answering_hosts(turns: Sequence[tuple[str, str]], host_labels: Iterable[str]
                    ) -> tuple[list[str], list[str]]:
    """``(hosts who answer, askers who host)``: a label read as the host by its word (主播,
    主持人) whose turns mostly answer (three or more, a third or fewer ask or host), where
    another label mostly asks and hosts (two or more turns, most of them) — a live stream's
    主播 who answers the 助播's questions. Empty unless both are found: whatever the word,
    who asks is the host and who answers is a speaker."""
    seen = behaviours(turns)
    hosts = set(host_labels)
    framing = framing_turns(turns)
    answering = [b.label for b in seen.values() if b.label in hosts and b.turns >= 3
                 and b.asking_share <= 1 / 3 and not _presides(b.label, turns, framing)]
    asking = [b.label for b in seen.values() if b.label not in hosts and b.turns >= 2
              and b.questions >= 2 and b.asking_share >= 0.6]
    return (answering, asking) if answering and asking else ([], [])


FRAMING_SHARE = 0.6
"""The part of a label's turns that frame the talk (ask, open, welcome, hand over, close)
for it to be read as a host by its frame."""


def _presides(label: str, turns: Sequence[tuple[str, str]], framing: list[bool]) -> bool:
    """Whether a label presides without asking: it opens or closes the session and most of
    its turns frame it (give the floor, keep time, move the agenda on), the way a hearing's
    主持人, a court's 审判长, a defence's 主持人 or a debate's chair runs the room while
    others put the questions. Such a label hosts, whoever asks."""
    own = [i for i, (who, _) in enumerate(turns) if who == label]
    if len(own) < 3 or not (0 in own or len(turns) - 1 in own):
        return False
    return sum(framing[i] for i in own) >= max(FRAMING_SHARE * len(own), len(own) - 1)
BRIEFER = 0.75
"""How much shorter than the others' a host's usual turn is: hosts ask briefly, guests
answer at length."""


def called_forms(label: str) -> set[str]:
    """What others call a label's person in a turn: the label, a Chinese name's given name
    (孟繁星 → 繁星), a Latin full name's first word (Kofi Mensah-Boateng → Kofi)."""
    forms = {label} if len(label) >= 2 else set()
    given = _called(label)
    if given:
        forms.add(given)
    words = label.split()
    if len(words) > 1 and all(re.fullmatch(r"[A-Z][\w'\-]+", w) for w in words):
        forms.add(words[0])
    return forms


def last_sentence(text: str) -> str:
    """The turn's last sentence, where a speaker hands the floor on."""
    pieces = [p for p in re.split(r"(?<=[。！？!?])|(?<=\.)\s+", text.strip()) if p.strip()]
    return pieces[-1] if pieces else ""


def framing_turns(turns: Sequence[tuple[str, str]]) -> list[bool]:
    """For each turn ``(label, whole text)``, whether it frames the talk as a host does: it
    opens or closes the file, stands before the first words of anyone who never asks (the
    opening), asks, uses a host's words, turns to another speaker by name in its last
    sentence, or is followed by someone speaking for the first time (handing the floor)."""
    labels = list(dict.fromkeys(label for label, _ in turns))
    forms = {label: called_forms(label) for label in labels}
    never_ask = {label for label in labels
                 if not any(asks(text) for who, text in turns if who == label)}
    opening_ends = min((i for i, (who, _) in enumerate(turns) if who in never_ask),
                       default=0)
    first_turn = {label: min(i for i, (who, _) in enumerate(turns) if who == label)
                  for label in labels}
    framing = []
    for index, (label, text) in enumerate(turns):
        last = last_sentence(text)
        names_next = any(form in last for other in labels if other != label
                         for form in forms[other])
        hands_to_new = (index + 1 < len(turns) and turns[index + 1][0] != label
                        and first_turn[turns[index + 1][0]] == index + 1)
        framing.append(index in (0, len(turns) - 1) or index < opening_ends or asks(text)
                       or bool(HOSTING.search(text)) or names_next or hands_to_new)
    return framing


def hosts_by_frame(turns: Sequence[tuple[str, str]]) -> list[str]:
    """The labels that host by what their turns do over the whole file, with or without
    question marks: a label that opens or closes the talk, most of whose turns frame it
    (:func:`framing_turns`) and whose usual turn is clearly shorter than the others' (a
    moderator who hands over by name, two podcast hosts who open, ask, remark and close).
    At most two, and never every label that speaks twice: someone must answer."""
    if len(turns) < 4:
        return []
    framing = framing_turns(turns)
    labels = list(dict.fromkeys(label for label, _ in turns))
    spoken = {label: [i for i, (who, _) in enumerate(turns) if who == label] for label in labels}
    found = []
    for label in labels:
        own = spoken[label]
        if len(own) < 2 or not (0 in own or len(turns) - 1 in own):
            continue
        share = sum(framing[i] for i in own) / len(own)
        others = sorted(len(text) for who, text in turns if who != label)
        usual = sorted(len(turns[i][1]) for i in own)[(len(own) - 1) // 2]
        briefer = bool(others) and usual <= BRIEFER * others[len(others) // 2]
        # Or it never answers: none of its turns follows someone else's question.
        answers = any(i and turns[i - 1][0] != label and asks(turns[i - 1][1]) for i in own)
        if share >= FRAMING_SHARE and (briefer or not answers):
            found.append((share, label))
    hosts = [label for _, label in sorted(found, key=lambda pair: -pair[0])[:2]]
    answering = [label for label in labels if label not in hosts and len(spoken[label]) >= 2
                 and sum(framing[i] for i in spoken[label]) / len(spoken[label]) < FRAMING_SHARE]
    return hosts if answering else []


HAND_OVER = 60
"""The longest turn, in characters, that only gives the floor (Sarah. · Go ahead, Luis. ·
请这位记者。 · Next, the gentleman in the back.)."""


HAND_OVER_SHARE = 0.25
"""The most a hand-over is of the usual turn's length (the median of the non-askers')."""


def floor_giver(turns: Sequence[tuple[str, str]], askers: Iterable[str]) -> str:
    """The one label that gives the floor to the askers (reporters labelled ``Q`` or ``问``,
    the audience): two or more of its turns are short, ask nothing and are followed at once by
    an asker's question. A press briefing's spokesperson, a news conference's 发言人 calling on
    reporters, a town hall's chair. ``""`` when no label or more than one does so."""
    asking = set(askers)
    # (Short beside the file's usual turn, too: in Chinese a whole answer fits in sixty
    # characters, 我们差不多，另外还多一类…; a hand-over is a fraction of a usual turn.)
    lengths = sorted(len(text.strip()) for label, text in turns if label not in asking)
    usual = lengths[len(lengths) // 2] if lengths else 0
    counts: dict[str, int] = {}
    for (label, text), (following, _) in zip(turns, turns[1:], strict=False):
        if label not in asking and following in asking and not asks(text) \
                and len(text.strip()) <= min(HAND_OVER, usual * HAND_OVER_SHARE):
            counts[label] = counts.get(label, 0) + 1
    givers = [label for label, count in counts.items() if count >= 2]
    return givers[0] if len(givers) == 1 else ""


def chairing_turns(turns: Sequence[tuple[str, str]], chair: str, askers: Iterable[str]
                   ) -> list[bool]:
    """For each turn, whether it is the chair's hosting (opening, giving the floor, handing a
    question to a colleague, closing) rather than the chair's own answer: the chair answers
    only right after an asker's question, and keeps that question (the next turn is the
    chair's again, an asker's or the end), never handing it to someone else."""
    asking = set(askers)
    hosting = []
    for index, (label, _) in enumerate(turns):
        if label != chair:
            hosting.append(False)
            continue
        after_question = index > 0 and turns[index - 1][0] in asking
        following = turns[index + 1][0] if index + 1 < len(turns) else ""
        hands_on = following not in ("", chair) and following not in asking
        hosting.append(not after_question or hands_on)
    return hosting


def shortened_labels(labels: Iterable[str]) -> dict[str, str]:
    """Each label that is the last (or first) word of exactly one longer label, mapped to
    it: the full name at the first turn and the surname after, as US event transcripts set
    labels (``JANE ROE-HILL:`` then ``ROE-HILL:``; ``WANG LEI:`` then ``WANG:``), read as one
    person while roles are read (identity.py says who, later)."""
    labels = list(dict.fromkeys(labels))
    found: dict[str, str] = {}
    for short in labels:
        if " " in short.strip() or len(short) < 2:
            continue
        # (The family name may come first: TANG WEIYI, then TANG.)
        longer = [label for label in labels if label != short and len(label.split()) > 1
                  and short.casefold() in (label.split()[-1].casefold(),
                                           label.split()[0].casefold())]
        if len(longer) == 1:
            found[short] = longer[0]
    return found
