"""What comes after the last turn (after who is who): the host's closing, or the record's
footer, never the last speaker going on.

A labelled-turn reader lets an unlabelled paragraph continue the turn before it. After the
last labelled turn that is often wrong, and a reader of the page sees why:

* **The host's closing**: a paragraph that names two or more of the people who answered, in
  the third person or addressing them (“Thanks to Ana and Ben for their time”, 感谢两位嘉宾
  林某和周某), says nothing of itself in the first person singular (a speaker does not thank
  herself by name), and is the interviewer's: a guest does not sum up the panel. Likewise a
  section under its own heading after the last turn (写在最后, Afterword), opened by no label,
  in a file whose every turn is labelled: the writer's afterword. Both become the closing
  remark of the file's asker; what follows them continues it.
* **The record's footer**: a paragraph that speaks of the record itself (transcripts,
  captions, 实录, 速记) and gives a web address is the service's notice, set aside as matter.

Only paragraphs that no label opened are touched (the rule a labelled-turn reader writes,
``unlabelled: continues …``), so a labelled answer is never taken from its speaker.
"""

from __future__ import annotations

import re

from .base import is_question
from .draft import ANSWER, EXCLUDED, HEADING, QUESTION, Block, Draft
from .names import is_han_name, is_latin_name

CONTINUES = "unlabelled: continues"
# A speaker's own voice: I, my, me, 我 (not 我们: a host says "we" of the publication).
FIRST_PERSON_SINGULAR = re.compile(r"我(?![们們])|\b(?:I|I'm|I've|I'd|my|me|mine)\b")
WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|io|ai|co|cn|tv|fm)\b",
                         re.IGNORECASE)
# What a notice on the record itself speaks of (the transcription service's disclaimer).
# Not a remark but an item or a field: 2. …, 三、…, 抄送：…, Next: …
ITEM_OR_FIELD = re.compile(r"^(?:[\(（]?[\d一二三四五六七八九十]+[.、)）]|[^\s:：。，,]{1,8}[:：])")
THE_RECORD = re.compile(r"\b(?:transcripts?|transcription|captions?|captioning)\b"
                        r"|实录|實錄|速记|速記|转写|轉寫|字幕|文字稿", re.IGNORECASE)


def _forms(name: str) -> set[str]:
    """The forms a paragraph may name a person by: the full name, a Latin name's words
    (first name, surname), a Chinese name's given name."""
    forms = {name}
    if is_latin_name(name):
        forms |= {w for w in re.split(r"[\s.]+", name) if len(w) >= 3 and w[0].isupper()}
    elif is_han_name(name) and len(name) == 3:
        forms.add(name[1:])
    return forms


def _named(text: str, people: set[str]) -> set[str]:
    """Which of ``people`` the text names by one of their forms."""
    found = set()
    for person in people:
        for form in _forms(person):
            pattern = (rf"\b{re.escape(form)}\b" if form.isascii() else re.escape(form))
            if re.search(pattern, text):
                found.add(person)
                break
    return found


def _drop_warnings(draft: Draft, block: Block) -> None:
    """The continuation's warnings at the block (credited … only by continuing): settled."""
    draft.warnings = [w for w in draft.warnings
                      if not (w.line in block.lines and w.message.startswith("credited to"))]


def closing_after_last_turn(draft: Draft) -> None:
    """Unlabelled paragraphs after the last labelled turn: the host's closing (they name the
    panel, or stand under their own heading) or the record's footer (see the module)."""
    blocks = sorted((b for b in draft.blocks if b.role != EXCLUDED), key=lambda b: b.line)
    turns = [i for i, b in enumerate(blocks)
             if b.role in (QUESTION, ANSWER) and not b.rule.startswith(CONTINUES)]
    if not turns:
        return
    askers = [b.who for b in blocks if b.role == QUESTION and not b.audience and b.who]
    answerers = {b.who for b in blocks if b.role == ANSWER and b.who}
    host = askers[-1] if askers else ""
    last = turns[-1]
    under_heading = closing = False
    for block in blocks[last + 1:]:
        if block.role == HEADING:
            under_heading = True
            continue
        first_under_heading, under_heading = under_heading, False
        if block.role not in (QUESTION, ANSWER) or not block.rule.startswith(CONTINUES):
            return
        if WEB_ADDRESS.search(block.text) and THE_RECORD.search(block.text):
            block.role, block.who = EXCLUDED, ""
            block.rule = ("after the last turn, a notice on the record itself with a web "
                          "address (the transcription service's footer): matter, not speech")
            _drop_warnings(draft, block)
            continue
        if block.role != ANSWER or not host or host in answerers:
            continue
        if not closing:
            if (FIRST_PERSON_SINGULAR.search(block.text) or is_question(block.text)
                    or ITEM_OR_FIELD.match(block.text)):
                continue
            named = _named(block.text, answerers - {host})
            if len(named) >= 2:
                why = f"it names {' and '.join(sorted(named))} in the third person"
            elif first_under_heading and blocks[last].role == ANSWER:
                # (The heading's first paragraph: the afterword starts right under it.)
                why = "it opens a section under its own heading, with no label"
            else:
                continue
            closing = True
        else:
            why = "it continues the host's closing"
        block.role, block.who = QUESTION, host
        block.rule = f"after the last turn, unlabelled, {why}: {host}'s closing"
        _drop_warnings(draft, block)
