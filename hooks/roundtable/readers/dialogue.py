"""Dialogue: ``姓名：…`` opens a speaker's turn, ``主持人：…`` a question.

Labels may be bold (``**张伟**：``), carry an affiliation (``张伟（华岳大学）：``), be Latin names
(``Dr. Sarah Chen:``) and use ASCII or full-width colons; a turn runs over the unlabelled
paragraphs after it. See :mod:`.turns` for which labels count.
"""

from __future__ import annotations

import re
from collections import Counter

from ..metadata import Metadata
from ..model import VERBATIM
from .base import Reader, begin, label_name
from .draft import Draft
from .identity import positioned_person
from .labels import (
    ALONE_SHAPE,
    AUDIENCE,
    DEFAULT_HOST_LABELS,
    alone_label,
    alone_line,
    glued_label,
    glued_labels,
    names_a_label,
    split_label,
    standalone_labels,
    unbold,
)
from .matter import listed_people, listing_lines, without_post_nominals
from .names import is_han_name, is_latin_name
from .source import Line, Source
from .turns import TurnReader, Unit, host_labels


class DialogueReader(Reader):
    name = "dialogue"
    mode = VERBATIM
    description = "a verbatim dialogue: 主持人：… 张伟：…"

    def fit(self, source: Source, metadata: Metadata) -> float:
        lines = source.content()[1:]
        listed = listing_lines(lines)  # (an attendance list holds no turns)
        # A label naming someone the list gives (by name, post or role) is a speaker's even
        # when it opens one turn: 區某某議員：, 某某局局長：, 主席：.
        stated = listed_people(lines)
        lines = [line for line in lines if line.number not in listed]
        if not lines:
            return 0.0
        hosts = metadata.host_labels or DEFAULT_HOST_LABELS
        alone = _alone(lines, hosts)
        glued = glued_labels(line.text for line in lines)
        labels = [alone_label(line.text) if i in alone else
                  unbold(_text_and_label(line.text, glued)[1])
                  for i, line in enumerate(lines)]
        # (A name alone on its line with its honours, 某某議員, J.P., is a person's label.)
        stated.update({alone_label(lines[i].text): "" for i in alone
                       if without_post_nominals(lines[i].text.strip()) != lines[i].text.strip()})
        # 问/答 and Q/A are an interview's labels (interview.py). A 问 or Q answered under
        # the answerers' own labels (问：… 部长：…, Q: … DR. LI: …, a translated ministry
        # page's or a press conference's) is this file's: its questions count as turns.
        paired = {"答", "A"} & set(labels)
        labelled = [label for label in labels
                    if label and label not in (("问", "答", "Q", "A") if paired else ())]
        if not labelled:
            return 0.0
        # One person under several labels is one recurring speaker: 刘建波主治医师 and
        # 刘主治, 何远（信息科） and 何远 (a position or an affiliation around the name).
        # (Not a time in brackets: 主持人（00:00:05） is the same label each time anyway.)
        # (The file's own labels are people too: 【某院士 某某】 then 【某某】.)
        people = [positioned_person(label, labelled) or (label_name(label)[0] if not re.search(
            r"\d", label_name(label)[1]) else label) for label in labelled]
        surnames = Counter(p[0] for p in people if is_han_name(p))
        repeated = sum(1 for label, person in zip(labelled, people, strict=True)
                       if labelled.count(label) > 1 or people.count(person) > 1
                       or person in stated or label in stated
                       or (positioned_person(label) and surnames[person[0]] > 1))
        host = any(label in hosts and label not in ("问", "Q") for label in labelled)
        share = repeated / len(lines)
        return min(1.0, share * 1.6 + (0.25 if host else 0.0))

    def read(self, source: Source, metadata: Metadata) -> Draft:
        content = source.content()
        alone_at = _alone(content, metadata.host_labels or DEFAULT_HOST_LABELS)
        alone = {content[i].number for i in alone_at}
        glued = glued_labels(line.text for line in content)
        # (A label the metadata maps is one in brackets too, where the file glues none.)
        mapped = set(metadata.label_map())
        # The first label alone on its line, or glued in brackets to its words, is where the
        # talk starts: no page header after.
        starts = alone | {line.number for line in content
                          if glued_label(line.text, glued)[0]}
        draft, lines, matter = begin(source, metadata, self,
                                     first_speech=min(starts) if starts else None)
        units = []
        started = False
        for line in lines:
            if line.number in alone:
                # A label alone on its line: it opens the turn of the words under it.
                label = ALONE_SHAPE.match(alone_line(line.text)).group(0)
                label = label.rstrip(":：").strip()
                units.append(Unit([line.number], "", label, raw=line.text,
                                  rule=f"'{label}' alone on its line (it recurs so): a label"))
                started = True
                continue
            if units and units[-1].label and not units[-1].text and units[-1].lines[-1] in alone:
                # The words under a label alone on its line are all words (我想问一句：… is
                # no second label).
                text, label = line.text, ""
            else:
                text, label = _text_and_label(line.text, glued, mapped)
            # Before the first turn a time and a title is the page's chapter list (intro).
            chapter = started and not label and CHAPTER.match(line.text)
            started = started or bool(label)
            units.append(Unit([line.number], text, label, raw=line.text, heading=bool(chapter),
                              rule="a chapter marker (a time and a title): a heading"
                              if chapter else ""))
        _headline_first(units)
        TurnReader(draft, host_labels(metadata.host_labels, matter.host_names),
                   chairs=matter.chairs).read(units)
        return draft


def _headline_first(units: list[Unit]) -> None:
    """A prefix that opens one record before any recurring label's, ends with one of them
    after words of its own and heads no sentence (对话某某：…还有多远 above ``某某：`` turns) is
    the page's headline naming the speaker: its line is no turn (labels.names_a_label)."""
    counts = Counter(unit.label for unit in units if unit.label)
    recurring = [label for label, count in counts.items() if count >= 2]
    for index, unit in enumerate(units):
        if unit.label in recurring:
            return
        if (unit.label and unit.text and counts[unit.label] == 1
                and names_a_label(unit.label, recurring)
                and not re.search(r"[。！!；;]", unit.text)):
            units[index] = Unit(unit.lines, unit.raw, "", raw=unit.raw,
                                rule=f"'{unit.label}：' names a speaker before the talk, "
                                "over no sentence: a headline, no turn")


# A podcast's chapter marker in the text: 32:06 为什么需要评测集 · [05:12] 聊聊 Agent
CHAPTER = re.compile(r"^[\[(（【]?\d{1,2}:\d{2}(?::\d{2})?[\])）】]?\s*[^\d\s:：。，,！？!?]"
                     r"[^。，,！？!?：:]{0,30}$")


def _alone(lines: list[Line], hosts: tuple[str, ...]) -> set[int]:
    """Lines that are a label alone on its line (labels.py), a role's word known as such."""
    return standalone_labels([line.text for line in lines],
                             lambda label: label in hosts or bool(AUDIENCE.match(label)))


# The number of a question on a council's order paper before its asker's label:
# 1.　某某議員：… (the record numbers the questions, not the turns).
NUMBERED_TURN = re.compile(r"^\d{1,3}\.[ \t\u3000]+(?=\S)")


def _text_and_label(text: str, glued: set[str] = frozenset(),
                    mapped: set[str] = frozenset()) -> tuple[str, str]:
    """The words of a record and the label opening it: ``label：``, a numbered turn's, or
    one of the file's labels in brackets glued to the words ([主持人]各位好…), or one the
    metadata's ``labels:`` maps (the key a warning proposes for a bracketed post and name)."""
    label, rest = glued_label(text, mapped)
    if label:
        return rest, label
    label, rest = glued_label(text, glued)
    if label or glued:
        # (Where the file glues its labels to the words, a colon is the sentence's or a
        # header key's: 访谈嘉宾：…, 主持人：某台记者 某某 above the talk.)
        return rest, label
    label, rest = split_label(text)
    numbered = NUMBERED_TURN.match(text)
    if not label and numbered:
        # (Only a person's label: 1. 原因：… is a numbered point, not a turn.)
        inner, words = split_label(text[numbered.end():])
        name = label_name(inner)[0] if inner else ""
        if name and (is_han_name(name) or is_latin_name(name)):
            return words, inner
    return (rest, label) if label else (text, "")
