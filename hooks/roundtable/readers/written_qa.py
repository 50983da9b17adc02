"""Written interviews (a reply to a magazine's questions, an e-mailed Q&A, a press office's
answers): numbered questions with no label and bare answer labels (``答：``, ``A:``), with
who asks and who answers stated once, at the top, by the document itself.

* **Who asks**: the header's interviewer field (``采访记者：《某刊》记者 某某``,
  ``Interviewer: Sam Ortiz, The Ledger``) names the one person whose numbered questions
  they are; the question paragraphs are given that label.
* **Who answers**: a note assigning questions to respondents (``第1—3题由CEO某某回答``,
  ``Questions 1–2 are answered by CTO Priya Nair``) gives each bare answer label under those
  questions its respondent's name. An answer that names its speaker keeps it; with no note
  the bare label stays (and the readers warn about it as they would).

The rule reads the document's own statements: nothing is guessed from a list of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import is_han_name, is_latin_name

# A question's number as written questionnaires print it: ``1.``, ``1、``, ``Q1:``,
# ``问题1：``, ``第1题：`` (the numbering conventions of Chinese and English outlines).
QUESTION = re.compile(r"^\s*(?:Q|问题|第)?\s*(\d{1,2})\s*(?:[.．、)）:：]|题[:：、]?)\s*(\S.*)$")
ASKS = re.compile(r"[？?]\s*[”\"」』)）]?\s*$")
# A bare answer label: 答 / 回答 / A / Answer (the written interview's own markers).
BARE_ANSWER = re.compile(r"^\s*(答|回答|A|Answer)\s*[:：]\s*(.*)$")
# The interviewer field of a written interview's header, in either language.
ASKER_FIELD = re.compile(r"^\s*(?:采访记者|采访人|提问人|记者|Interviewer|Reporter|Questions by)"
                         r"\s*[:：]\s*(.+)$", re.I)
FIELD = re.compile(r"^\s*[^\s:：，。,.]{1,16}\s*[:：]\s*\S")
RANGE = r"(\d{1,2})(?:\s*[—–\-~～至到]\s*(\d{1,2}))?"
ZH_ASSIGNED = re.compile(rf"第?{RANGE}\s*题(?:由)?([^，,；;。第]*?)(?:回答|作答|答复|解答)")
EN_ASSIGNED = re.compile(rf"(?i)questions?\s+{RANGE}\s+(?:are|were|is|was|will be)?\s*"
                         r"answered\s+by\s+([^,;.]+)")
# ``…, question 3 by CFO Tom Becker``: a later clause of the same assigning sentence.
EN_FOLLOWING = re.compile(rf"(?i)questions?\s+{RANGE}\s+by\s+([^,;.]+)")
# Titles a respondent's name is written with after it (博士, 先生…): not part of the name.
ZH_AFTER = re.compile(r"(?:博士|先生|女士|教授|老师|总)$")


@dataclass(frozen=True)
class WrittenQA:
    texts: list[str]
    header: tuple[int, ...]
    """Indexes of the header's fields above the first question (受访方：…, Interviewer:
    …, the assigning note): the document's front matter, nobody's words."""
    asker: str
    respondents: tuple[str, ...]
    notes: tuple[str, ...]


def read_written_qa(texts: list[str]) -> WrittenQA | None:
    """The lines with the written interview's questions and bare answers labelled, or None
    when the document is no written interview (fewer than two numbered questions each
    followed by a bare answer label)."""
    questions = {i: int(m.group(1)) for i, t in enumerate(texts)
                 if (m := QUESTION.match(t)) and ASKS.search(t)}
    answered = [i for i in questions if any(BARE_ANSWER.match(t) for t in
                                            _until_next(texts, i, questions))]
    if len(questions) < 2 or len(answered) < 2:
        return None
    head = texts[:min(questions)]
    asker = next((name for t in head if (m := ASKER_FIELD.match(t))
                  and (name := _last_name(m.group(1)))), "")
    assigned = _assignments(head)
    result = list(texts)
    number = 0
    for i, text in enumerate(texts):
        if i in questions:
            number = questions[i]
            if asker:
                result[i] = f"{asker}：{text.strip()}"
        elif number and (m := BARE_ANSWER.match(text)) and number in assigned:
            result[i] = f"{assigned[number]}：{m.group(2)}"
    notes = []
    if asker:
        notes.append(f"a written interview: its {len(questions)} numbered questions are "
                     f"{asker}'s, the interviewer its header names")
    if assigned:
        notes.append("bare answer labels credited as the document's note assigns them: "
                     + ", ".join(f"Q{n} {who}" for n, who in sorted(assigned.items())))
    # The fields above the first question (受访方：…, 回复日期：…, the note) are the
    # document's header once it names who asks or answers: nobody's words.
    header = tuple(i for i, t in enumerate(head) if FIELD.match(t)) if asker or assigned \
        else ()
    for i in header:
        result[i] = ""
    return WrittenQA(result, header, asker, tuple(dict.fromkeys(assigned.values())), tuple(notes))


def _until_next(texts: list[str], start: int, questions: dict[int, int]) -> list[str]:
    after = []
    for i in range(start + 1, len(texts)):
        if i in questions:
            break
        after.append(texts[i])
    return after


def _assignments(head: list[str]) -> dict[int, str]:
    """Question number → respondent, from the note that assigns them."""
    found: dict[int, str] = {}
    for text in head:
        patterns = [ZH_ASSIGNED, EN_ASSIGNED]
        if EN_ASSIGNED.search(text):
            patterns.append(EN_FOLLOWING)
        for pattern in patterns:
            for m in pattern.finditer(text):
                first, last = int(m.group(1)), int(m.group(2) or m.group(1))
                name = _last_name(m.group(3))
                if name and first <= last <= first + 50:
                    found.update({n: name for n in range(first, last + 1)})
    return found


def _last_name(value: str) -> str:
    """The person a field or clause names, written last after any post or outlet
    (``《某刊》记者 蒲某某``, ``CEO尤某某``, ``CTO Priya Nair``, ``Sam Ortiz, The Ledger``)."""
    value = value.strip()
    for part in re.split(r"\s*[,，(（]\s*", value):
        words = part.split()
        # (A post written before the name in capitals or lower case: CTO, chief scientist.)
        while words and (words[0].isupper() or words[0][:1].islower()):
            words = words[1:]
        if words and is_latin_name(" ".join(words)):
            return " ".join(words)
    han = ZH_AFTER.sub("", re.split(r"\s+", value)[-1]) if value else ""
    for size in (3, 2, 4):
        if len(han) >= size and is_han_name(han[-size:]):
            return han[-size:]
    return ""
