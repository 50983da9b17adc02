"""Roles that change by section (layer 6, after who is who): who asks is read per section.

A file's roles are not always fixed for the whole file. Two guests interview each other, one
half each (上半场：甲问，乙答 / Part 2: B interviews A); a panelist answers in the panel and
then moderates the audience's questions; a workshop's discussant questions the author, then
the floor speaks. A reader sees the heading or the hand-over and reads who asks again from
there. This pass does the same: a short unlabelled line that names a speaker of the file with
the language's words for asking (问 · 提问 · asks · interviews · questions) is a heading
stating who asks now, and the behaviour passes of :mod:`.asking` (someone who asks and is
answered by those who never ask; a moderator who gives the floor) run again within each
section, where a speaker's role is fixed, instead of over the whole file, where it is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asking import _asks_within, _turns, askers_of_one_answerer, called, hosts_handing_over
from .draft import ANSWER, EXCLUDED, HEADING, INTRO, QUESTION, Block, Draft

# The languages' words for asking, as a section's heading states who asks in it: 甲问，乙答 ·
# 乙向甲提问 · B asks A · B interviews A · questions from the floor.
_ASKING_NOW = re.compile(r"问|問|提问|提問|发问|發問|采访|採訪|专访|專訪"
                         r"|\b(?:asks?|interviews?|questions?|in conversation with)\b",
                         re.IGNORECASE)
# What parts a heading from its title, in print: a colon, a bar, a dash (上半场：…, Part 2 — …).
_HEADED = re.compile(r"[:：｜|]|—|–|\s-\s")
HEADING_LENGTH = 40
"""Characters up to which an unlabelled line can be a heading stating who asks."""


def _states_who_asks(block: Block, people: set[str]) -> bool:
    """Whether an unlabelled line reads as a heading that says who asks in the section it
    opens: short, no sentence end, parted like a heading, with a word for asking and the
    name (a form of it) of someone who speaks in the file."""
    text = block.text.strip()
    if block.role == HEADING:
        return False
    if block.role == ANSWER and not block.rule.startswith("unlabelled"):
        return False
    if block.role not in (ANSWER, INTRO) or len(text) > HEADING_LENGTH:
        return False
    if text.endswith(("。", "？", "?", "！", "!", "…", ".", "，", ",")):
        return False
    if not _HEADED.search(text) or not _ASKING_NOW.search(text):
        return False
    return any(form in text for person in people for form in called(person))


def headings_stating_who_asks(draft: Draft) -> None:
    """Each unlabelled short line naming a speaker with a word for asking, standing between
    two turns or just before the first (下半场：聂冰问，葛明哲答): a heading, not speech."""
    people = {b.who for b in draft.blocks if b.role in (QUESTION, ANSWER) and b.who}
    speech = [i for i, b in enumerate(draft.blocks) if b.role in (QUESTION, ANSWER)
              and not b.rule.startswith("unlabelled")]
    if not speech:
        return
    first = speech[0]
    for index, block in enumerate(draft.blocks):
        if block.role == INTRO and index < first and any(
                b.role != EXCLUDED for b in draft.blocks[index + 1:first]):
            continue  # (only the line just before the first turn opens a section)
        if _states_who_asks(block, people):
            block.role = HEADING
            block.who = ""
            block.rule = ("a short line naming a speaker with a word for asking: a heading "
                          "that says who asks in the section it opens")


def _sections(draft: Draft) -> list[list[Block]]:
    """The draft's blocks parted at each heading (the heading opens its section)."""
    parts: list[list[Block]] = [[]]
    for block in draft.blocks:
        if block.role == HEADING and parts[-1]:
            parts.append([])
        parts[-1].append(block)
    return parts


def roles_by_section(draft: Draft) -> None:
    """Where headings part the file into two or more sections with speech, and someone's
    role differs between them (they answer in one and ask in another), who asks is read
    again within each section by the behaviour passes (:func:`askers_of_one_answerer`,
    :func:`hosts_handing_over`). Files whose roles are the same throughout are untouched."""
    headings_stating_who_asks(draft)
    parts = [part for part in _sections(draft)
             if sum(b.role in (QUESTION, ANSWER) for b in part) >= 2]
    if len(parts) < 2:
        return
    asking = [{b.who for b in part if b.role in (QUESTION, ANSWER) and b.who
               and _asks(b.text)} for part in parts]
    speaking = [{b.who for b in part if b.role in (QUESTION, ANSWER) and b.who}
                for part in parts]
    # Someone who asks in one section and speaks without asking in another: roles change.
    # (Counted per person, not per pair of sections: a long record has many sections.)
    asks_somewhere = set().union(*asking)
    speaks_without_asking = set().union(*(said - asked
                                          for said, asked in zip(speaking, asking, strict=True)))
    changing = bool(asks_somewhere & speaks_without_asking)
    if not changing:
        return
    guests = dict(draft.guests)
    for part in parts:
        section = replace(draft, blocks=part, guests=dict(draft.guests))
        askers_of_one_answerer(section)
        hosts_handing_over(section)
    # A moderator's opening of a later section (好，下半场由我来主持…) is no introduction of
    # the file: the host's word there, as a question's place in the session.
    spoken = False
    for block in draft.blocks:
        if block.role == INTRO and spoken:
            block.role = QUESTION
            block.rule = (f"{block.who} opens a later section asking nobody, as its "
                          "moderator: the host's")
        spoken = spoken or block.role in (QUESTION, ANSWER)
    # (A speaker who hosts one section and answers in another stays a guest.)
    answering = {b.who for b in draft.blocks if b.role == ANSWER}
    draft.guests.clear()
    draft.guests.update({name: guest for name, guest in guests.items()
                         if name in answering or not any(
                             b.who == name and b.role == QUESTION for b in draft.blocks)})


def _asks(text: str) -> bool:
    return bool(re.search(r"[?？]", text))


# A host opening the floor to the audience: the languages' words for the floor and its
# questions (questions from the floor, open the floor, Q&A, 观众提问, 现场提问, 提问环节).
_FLOOR = re.compile(r"\bfloor\b|\bquestions from\b|\bQ\s*&\s*A\b|\baudience\b"
                    r"|观众|觀眾|听众|聽眾|现场提问|現場提問|台下|提问环节|提問環節"
                    r"|互动环节|互動環節|自由提问|自由提問", re.IGNORECASE)


def floor_questions(draft: Draft) -> None:
    """After a host's turn that opens the floor (Let us take questions from the floor. ·
    下面进入观众提问环节), a turn by someone who had not spoken before it, that asks and is
    answered by someone else next, is a question from the audience, whatever its label
    (Participant (N. N., Oxford): reads as a name). A panelist who spoke before keeps their
    turns: they answer the floor."""
    turns = _turns(draft)
    spoken = [b for b in draft.blocks if b.role in (QUESTION, ANSWER)]
    if not spoken:
        return
    framing = " ".join(b.text for b in draft.blocks[:draft.blocks.index(spoken[0])]
                       if b.role != EXCLUDED)
    before: set[str] = set()
    floor_open = 0
    for index, turn in enumerate(turns):
        first = turn[0]
        # (Someone the file's introduction names, before the turns, is a panelist.)
        introduced = any(form in framing for form in called(first.who))
        if first.role == QUESTION and not first.audience and _FLOOR.search(
                " ".join(b.text for b in turn)):
            floor_open = first.line
        elif (floor_open and first.role == ANSWER and first.who and first.who not in before
              and not introduced
              and index + 1 < len(turns) and turns[index + 1][0].who != first.who
              and _asks_within(turn)):
            for block in turn:
                block.role = QUESTION
                block.audience = True
                block.rule = (f"{first.who} first speaks after the host opens the floor, asks "
                              "and someone else answers: a question from the audience")
            if not any(b.role == ANSWER and b.who == first.who for b in draft.blocks):
                draft.guests.pop(first.who, None)
        before |= {b.who for b in turn}
        if first.role == HEADING:
            floor_open = 0
