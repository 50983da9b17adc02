"""Turn changes that name nobody: who speaks each turn, read from what the turns do.

Captions often mark a change of speaker and never say who: the ``>>`` of CART and of
automatic captions (the DCMP Captioning Key's convention), with the names only in what the
people say (``I'm Dana Okafor … my guests are …``, ``thanks Dana``, ``so Ravi …``). A
person reading them follows the conversation:

* the turn that opens is the host's; the host is the one who names themselves there
  (``I'm …``, ``my name is …``), and the guests are the other full names the opening gives
  whose first name the file calls on its own elsewhere (so a place, ``Aachen Battery Works``,
  is nobody);
* a turn that asks, or that turns to a guest by name, is the host's;
* any other turn answers: it is the guest the host's last turn named, then the next guest
  it named; where the host named nobody or several, the guests in the order the opening
  gave them, with a warning at the line naming the ``labels:``-free fix (open the turn with
  its speaker's label);
* a turn that is only a listener's backchannel (``yeah fair``) after a guest's answer could
  be anyone's: a guest's, with a warning.

Questions in lower-case captions without punctuation are found by the language's own
interrogative openings (what, why, how, is that …: English grammar, not a list of people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# An English self-introduction: I'm / I am / my name is / this is, then a full name.
_SELF_NAMED = re.compile(r"\b(?:I'm|I’m|I am|my name is|this is)\s+(?:Dr\.?\s+)?"
                         r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})")
_FULL_NAME = re.compile(r"(?<![\w'’])(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})"
                        r"(?![\w'’])")
# English questions without their mark (a grammar's closed class, not a list of people): a
# wh-word with its auxiliary (what does, how many, what's), a closing why, or an auxiliary
# opening the clause (is that …, do you …). A wh-word alone (nobody publishes what failed)
# is a relative clause's.
_ASKING = re.compile(
    r"\b(?:what|why|how|who|which|where|when)(?:['’]s|\s+(?:does|do|did|is|are|was|were|can"
    r"|could|would|will|should|has|have|about|many|much|long|far|if|else))\b"
    r"|\bwhy\s*$"
    r"|(?:^|\b(?:so|and|but|now|okay)\s+)(?:is|are|do|does|did|can|could|would|will|have|has)"
    r"\s+(?:you|that|it|this|they|we|there)\b", re.IGNORECASE)
_BACKCHANNEL = re.compile(r"^(?:yeah|yes|yep|right|sure|ok|okay|mm-?hmm|uh-huh|exactly|true"
                          r"|fair|fair enough|absolutely|totally|wow|oh|ah|um|uh|no|nope)"
                          r"(?:[\s,.!]+(?:yeah|yes|right|sure|ok|okay|exactly|true|fair"
                          r"|enough|absolutely|totally|that's fair|wow))*[\s.!]*$",
                          re.IGNORECASE)


def asks_unpunctuated(text: str) -> bool:
    """A turn that asks, with or without its question mark (captions drop punctuation)."""
    if "?" in text or "？" in text:
        return True
    tail = re.split(r"[.!]\s+", text.strip())[-1]
    return bool(_ASKING.search(tail[-160:]))


# A title before a name, with or without its point (Dr Ravi Menon, Prof. Lee).
_TITLE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+")


@dataclass
class Cast:
    """Who the opening turn names: its speaker, the host, and the guests in order."""

    host: str
    guests: list[str] = field(default_factory=list)

    def given(self, name: str) -> str:
        return name.split()[0]


def cast_of(opening: str, later: list[str]) -> Cast | None:
    """The host who names themselves in the opening and the guests it names (full names whose
    first name the later turns call alone), else None."""
    said = _SELF_NAMED.search(opening)
    if not said:
        return None
    host = said.group("name")
    rest = " ".join(later)
    guests = []
    for match in _FULL_NAME.finditer(_TITLE.sub("", opening)):
        name = match.group("name")
        if name == host or host in name or name in guests:
            continue
        first = name.split()[0]
        if re.search(rf"(?<![\w'’]){re.escape(first)}(?![\w'’])", rest):
            guests.append(name)
    return Cast(host, guests) if guests else None


@dataclass
class Credit:
    """One turn's speaker, and a doubt to warn about (empty when sure)."""

    speaker: str
    doubt: str = ""
    asks_at_end: bool = False
    """An answer ending in a question: the doubt stands where the question starts."""


def _calls(text: str, name: str) -> int:
    """Where the turn calls a person by first name, or -1."""
    found = re.search(rf"(?<![\w'’]){re.escape(name.split()[0])}(?![\w'’])", text)
    return found.start() if found else -1


def credit_turns(turns: list[str], cast: Cast) -> list[Credit]:
    """The speaker of each turn (the first is the opening, the host's)."""
    credits = [Credit(cast.host)]
    waiting: list[str] = list(cast.guests)  # who the host's last turn put the question to
    named = False
    last = cast.host
    for text in turns[1:]:
        called = sorted((g for g in cast.guests if _calls(text, g) >= 0),
                        key=lambda g: _calls(text, g))
        thanks_host = _calls(text, cast.host) >= 0
        answering = last == cast.host and credits[-1].speaker == cast.host and len(credits) > 1
        if called and not thanks_host or asks_unpunctuated(text) and not thanks_host \
                and not answering:
            credits.append(Credit(cast.host))
            # The guest named, then the others (a question put to both names one first).
            waiting = called + [g for g in cast.guests if g not in called]
            named = len(called) == 1
            last = cast.host
            continue
        if last != cast.host and _BACKCHANNEL.match(text.strip()):
            others = [g for g in cast.guests if g != last]
            who = others[0] if others else last
            credits.append(Credit(who, f"«{text.strip()}» after {last}'s answer: "
                                  f"{who}'s, or {cast.host}'s?"))
            continue
        who = next((g for g in waiting if g != last), None)
        if who is None:
            who = next((g for g in cast.guests if g != last), cast.guests[0])
        doubt = "" if named and last == cast.host else (
            f"a turn that names nobody, after {last}'s, where the host put the question to "
            f"no one guest: read as {who}'s, in the order the opening names "
            f"{' and '.join(cast.guests)}")
        if answering and asks_unpunctuated(text):
            # An answer that ends asking: the host's follow-up whose >> the captions lost.
            # The turn after it answers it: this guest again.
            doubt = doubt or (f"{who}'s answer ends with a question "
                              f"(«…{text[-40:]}»): {cast.host}'s follow-up, its >> missing?")
            credits.append(Credit(who, doubt, asks_at_end=True))
            waiting = [who] + [g for g in cast.guests if g != who]
            named = False
            last = cast.host
            continue
        credits.append(Credit(who, doubt))
        if who in waiting:
            waiting.remove(who)
        named = False
        last = who
    return credits
