"""An email thread saved as text (a written interview answered inline): the messages' header
blocks, quoted lines and replies read into records.

A thread is split into messages at a separator (``-----Original Message-----``,
``---------- Forwarded message ---------``, ``Begin forwarded message:``, a rule of
underscores: the mail programs' own) or a header block (two or more header fields, one of
them the sender's: ``From:``/``Sent:``/``To:``/``Cc:``/``Subject:``, 发件人/收件人/主题, the
RFC 5322 names mail programs print). A file is read so only when one message answers inline:
a paragraph quoted with ``>`` followed by an unquoted paragraph of its own. Then:

* a ``>``-quoted paragraph that a reply follows is the quoted message's author's: the person
  an ``On … wrote:`` line names above it, else the sender of the message it replies to (the
  next header block down the thread), else the reply's single addressee;
* an unquoted paragraph after a quoted one is the reply's sender's (``From:``);
* everything else is correspondence, set aside with its reason: header blocks and
  separators (the first block stays, for the subject the matter rules make the title), the
  cover note before the first quote, the messages with no inline answer, the quoted
  paragraphs no reply follows, a sign-off (``Best,`` and a name), a signature below ``--``
  and a notice under a capitalised heading (``CONFIDENTIALITY NOTICE:``);
* a paragraph in quotation marks after one the writer ends with a colon (``… asked me to add
  this in her words:``) is someone else's words: the person of the thread's headers the
  introducing paragraph names (by full or first name), when it names exactly one; else the
  writer's, with a warning.

A reply or a quotation whose author the thread does not name gets a label of its own
(``Reply``, ``Quoted``), warned with the ``labels:`` line that names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..matter import EMAIL_FIELD, EMAIL_SENDER
from ..source import BLANKS, Line, Source
from .records import Record, join_pieces, place

# The separators mail programs write above a quoted or forwarded message (Outlook, Gmail,
# Apple Mail, and the Chinese clients' 原始邮件/转发的邮件).
SEPARATOR = re.compile(r"^(?:-{2,}\s*(?:Original Message|Forwarded message|原始邮件|原始郵件"
                       r"|转发的邮件|轉寄的郵件)\s*-{2,}|Begin forwarded message:|_{10,})$",
                       re.IGNORECASE)
# The attribution line above a bottom-quoted message (Gmail, Apple Mail, Thunderbird): "On
# <date>, <name> <address> wrote:", which a mail program may wrap over two lines.
WROTE = re.compile(r"^On\s.+\bwrote:$|写道[:：]$|寫道[:：]$", re.IGNORECASE)
QUOTE = re.compile(r"^(?P<marks>(?:>\s?)+)(?P<text>.*)$")
SIGNATURE = re.compile(r"^--\s?$|^Sent from my \w+")
# A notice under a capitalised heading (CONFIDENTIALITY NOTICE:, DISCLAIMER:): a company's
# boilerplate, no one's answer.
NOTICE = re.compile(r"^[A-Z][A-Z\-]{3,}(?:\s[A-Z][A-Z\-]+){0,3}\s*:")
# A sign-off: a word or three and a comma (Best, / Kind regards, / Thanks!), then a name.
SIGN_OFF = re.compile(r"^[A-Z][a-z]+(?:\s[a-z]+){0,2}\s*[,!]$")
ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+")
OPENING_QUOTE = "“\"‘«「『"
CLOSING_QUOTE = "”\"’»」』"


@dataclass
class Paragraph:
    lines: list[int]
    texts: list[str]
    depth: int
    """How many ``>`` mark it: 0 for the message's own words."""


@dataclass
class Message:
    header: list[int] = field(default_factory=list)
    sender: str = ""
    addressees: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    body: list[int] = field(default_factory=list)


def person(value: str) -> list[str]:
    """The display names of a header field's value (``Tomasz Brennan <t@x.com>; Ann Li``),
    ``Last, First`` turned round; an address alone gives nothing."""
    names = []
    for part in re.split(r";|>\s*,", value):
        name = ADDRESS.sub("", part).strip().strip("'\"").strip()
        if "," in name:
            last, _, first = name.partition(",")
            name = f"{first.strip()} {last.strip()}"
        if name:
            names.append(name)
    return names


def _attributed(text: str) -> str:
    """The name an ``On … wrote:`` line gives."""
    text = ADDRESS.sub("", re.sub(r"(?i)\s*wrote:$|\s*[寫写]道[:：]$", "", text)).strip(" ,")
    words = re.split(r"\s+", text)
    name: list[str] = []
    for word in reversed(words):
        if not re.match(r"^[A-Z][\w'’\-.]*$", word) or word in ("AM", "PM") or word[:3] in (
                "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
            break
        name.insert(0, word)
    return " ".join(name) if name else text.split()[-1] if text.split() else ""


def messages(texts: list[str]) -> tuple[list[Message], list[int]]:
    """The thread's messages and the separator lines between them."""
    found: list[Message] = [Message()]
    separators: list[int] = []
    index = 0
    while index < len(texts):
        text = texts[index]
        if SEPARATOR.match(text):
            separators.append(index + 1)
            found.append(Message())
            index += 1
            continue
        block = []
        while index + len(block) < len(texts) and EMAIL_FIELD.match(texts[index + len(block)]):
            block.append(index + len(block))
        keys = {EMAIL_FIELD.match(texts[i]).group("key") for i in block}  # type: ignore[union-attr]
        if len(block) >= 2 and keys & set(EMAIL_SENDER):
            current = found[-1]
            if current.header or any(texts[i - 1] for i in current.body):
                current = Message()
                found.append(current)
            for i in block:
                match = EMAIL_FIELD.match(texts[i])
                assert match
                key, value = match.group("key"), match.group("value")
                current.header.append(i + 1)
                if key in EMAIL_SENDER:
                    current.sender = next(iter(person(value)), "")
                elif key in ("To", "收件人"):
                    current.addressees = person(value)
                elif key.lower() == "cc" or key == "抄送":
                    current.copied = person(value)
            index += len(block)
            continue
        found[-1].body.append(index + 1)
        index += 1
    return [m for m in found if m.header or m.body], separators


def paragraphs(message: Message, texts: list[str]) -> list[Paragraph]:
    """The message body's paragraphs: split at blank lines and where quoting starts or stops."""
    result: list[Paragraph] = []
    for number in message.body:
        text = texts[number - 1]
        quoted = QUOTE.match(text)
        depth = quoted.group("marks").count(">") if quoted else 0
        words = quoted.group("text").strip() if quoted else text
        if not words:
            if result and result[-1].texts:
                result.append(Paragraph([], [], -1))
            continue
        if not result or result[-1].depth != depth:
            result.append(Paragraph([], [], depth))
        result[-1].lines.append(number)
        result[-1].texts.append(words)
    return [p for p in result if p.lines]


def answers_inline(paragraphs: list[Paragraph]) -> bool:
    """A quoted paragraph followed by an unquoted one: a message that answers inline."""
    return any(p.depth > 0 and q.depth == 0
               for p, q in zip(paragraphs, paragraphs[1:], strict=False))


@dataclass
class Reading:
    records: list[Record] = field(default_factory=list)
    set_aside: list[tuple[Line, str]] = field(default_factory=list)
    unsure: list[tuple[int, str, str, str]] = field(default_factory=list)
    doubts: list[tuple[int, str, str]] = field(default_factory=list)
    quoted: set[int] = field(default_factory=set)
    """The lines of the quoted paragraphs read as records (the questions)."""


def source(path: Path, physical: list[str], encoding: str) -> Source | None:
    """The file as an email thread's records, or None when no message answers inline."""
    texts = [line.strip(BLANKS) for line in physical]
    found, separators = messages(texts)
    if not any(m.sender for m in found):
        return None
    split = [paragraphs(m, texts) for m in found]
    if not any(answers_inline(p) for p in split):
        return None
    people = list(dict.fromkeys(n for m in found for n in (m.sender, *m.addressees, *m.copied)
                                if n))
    reading = Reading()

    def aside(numbers: list[int], why: str) -> None:
        reading.set_aside += [(Line(n, texts[n - 1]), why) for n in numbers if texts[n - 1]]

    aside(separators, "an email's separator above an earlier message: not speech")
    for position, (message, paras) in enumerate(zip(found, split, strict=True)):
        if position:
            aside(message.header, "an email's header (sender, recipients, date): not speech")
        if not answers_inline(paras):
            aside([n for p in paras for n in p.lines],
                  "a message of the thread with no inline answers: correspondence around "
                  "the interview, not speech")
            continue
        below = next((m for m in found[position + 1:] if m.sender), None)
        _read_message(message, paras, texts, below, people, reading)
    lines, joined = place(reading.records, len(texts))
    records_at = {r.line for r in reading.records}
    joined_lines = {n for n, _ in joined}
    aside_lines = {line.number for line, _ in reading.set_aside}
    # The first header block stays as written: the matter rules take its subject as the title.
    lines = [line if line.number in records_at or line.number in joined_lines
             or line.number in aside_lines else Line(line.number, texts[line.number - 1])
             for line in lines]
    lines = [Line(line.number, "") if line.number in aside_lines else line for line in lines]
    senders = sorted({r.label for r in reading.records})
    # Whose quoted paragraphs the replies answer asks: the thread states the interviewer.
    askers = {r.label for r in reading.records if r.line in reading.quoted}
    repliers = {r.label for r in reading.records if r.line not in reading.quoted}
    return Source(path, tuple(lines), encoding, "text", tuple(reading.set_aside),
                  tuple(joined),
                  notes=(f"an email thread answered inline: {len(found)} message(s), "
                         f"{len(reading.records)} quoted or replied paragraph(s) as records; "
                         f"writers: {', '.join(senders)}",),
                  front=tuple(people), given_labels=tuple(senders),
                  given_roles=tuple((label, "host") for label in sorted(askers - repliers)),
                  unsure_labels=tuple(reading.unsure), doubts=tuple(reading.doubts))


def _read_message(message: Message, paras: list[Paragraph], texts: list[str],
                  below: Message | None, people: list[str], reading: Reading) -> None:
    """One inline-answered message's paragraphs into records and what is set aside."""
    asker = below.sender if below else ""
    asker = asker or (message.addressees[0] if len(message.addressees) == 1 else "")
    first_quote = next(i for i, p in enumerate(paras) if p.depth > 0)
    writer = message.sender or _unheaded_writer(paras, below)
    if not writer:
        writer = "Reply"
        addressed = below.addressees if below else []
        reading.unsure.append((paras[first_quote + 1].lines[0], writer,
                               "a reply whose sender the thread does not name",
                               addressed[0] if len(addressed) == 1 else "the reply's writer"))
    # The signature: below a line of "--", or from a notice under a capitalised heading.
    end = len(paras)
    for i, para in enumerate(paras):
        if i > first_quote and para.depth == 0 and (
                SIGNATURE.match(para.texts[0]) or NOTICE.match(para.texts[0])):
            end = i
            break
    last_answer = max(i for i, p in enumerate(paras[:end]) if p.depth == 0)
    if last_answer > first_quote and _sign_off(paras[last_answer]):
        reading.set_aside += [(Line(n, texts[n - 1]), "an email's sign-off: not speech")
                              for n in paras[last_answer].lines]
        paras = [*paras[:last_answer], Paragraph([], [], -2), *paras[last_answer + 1:]]
    attributed = ""
    for i, para in enumerate(paras):
        if para.depth == -2:
            continue
        where = para.lines
        if i >= end:
            reading.set_aside += [(Line(n, texts[n - 1]), "an email's signature or notice: "
                                   "not speech") for n in where]
        elif para.depth == 0 and i < first_quote:
            if WROTE.search(para.texts[-1]):
                attributed = _attributed(" ".join(para.texts))
            reading.set_aside += [(Line(n, texts[n - 1]), "the reply's cover note before its "
                                   "first quoted question: correspondence, not speech")
                                  for n in where]
        elif para.depth == 0 and WROTE.search(para.texts[-1]) and i + 1 < len(paras) \
                and paras[i + 1].depth > 0:
            attributed = _attributed(" ".join(para.texts))
            reading.set_aside += [(Line(n, texts[n - 1]), "an email's attribution line "
                                   "(On … wrote:): not speech") for n in where]
        elif para.depth > 1 or (para.depth == 1 and not any(
                q.depth == 0 for q in paras[i + 1:end] if q.depth != -2)):
            reading.set_aside += [(Line(n, texts[n - 1]), "a quoted earlier message no reply "
                                   "answers: correspondence, not speech") for n in where]
        elif para.depth == 1:
            label = attributed or asker
            if not label:
                label = "Quoted"
                reading.unsure.append((where[0], label, "a quoted question whose author "
                                       "the thread does not name", "the asker"))
            reading.records.append(Record(where[0], join_pieces(para.texts), label,
                                          last=where[-1]))
            reading.quoted.add(where[0])
        else:
            label = _colleague(paras, i, writer, people, texts, reading)
            reading.records.append(Record(where[0], join_pieces(para.texts), label,
                                          last=where[-1]))


def _unheaded_writer(paras: list[Paragraph], below: Message | None) -> str:
    """A reply with no header of its own: the one addressee of the message it answers, when
    the reply's sign-off gives that person's name (``Regards,`` / ``Dana Whitlock``)."""
    if below is None or len(below.addressees) != 1:
        return ""
    addressee = below.addressees[0]
    mine = [p for p in paras if p.depth == 0 and _sign_off(p)]
    signed = set(" ".join(mine[-1].texts[1:] or mine[-1].texts[0].split(",")[1:]).split()) \
        if mine else set()
    return addressee if signed & set(addressee.split()) else ""


def _sign_off(para: Paragraph) -> bool:
    """``Best,`` and a name (or ``Thanks, Tomasz`` on one line): the writer's sign-off."""
    first = para.texts[0]
    if len(para.texts) == 1:
        return bool(re.match(r"^[A-Z][a-z]+(?:\s[a-z]+){0,2}\s*,\s*[A-Z][\w'’\-]+$", first)) \
            or bool(SIGN_OFF.match(first))
    return len(para.texts) == 2 and bool(SIGN_OFF.match(first)) \
        and len(para.texts[1].split()) <= 3 and para.texts[1][:1].isupper()


def _colleague(paras: list[Paragraph], i: int, writer: str, people: list[str],
               texts: list[str], reading: Reading) -> str:
    """The writer's, unless the paragraph is in quotation marks after one the writer ends
    with a colon: then the one person of the thread the introducing paragraph names."""
    para = paras[i]
    whole = join_pieces(para.texts)
    if i == 0 or not (whole[:1] in OPENING_QUOTE and whole.rstrip()[-1:] in CLOSING_QUOTE):
        return writer
    before = paras[i - 1]
    if before.depth != 0 or not before.texts[-1].rstrip().endswith((":", "：")):
        return writer
    said = join_pieces(before.texts)
    named = [p for p in people if p != writer and (
        p in said or re.search(rf"\b{re.escape(p.split()[0])}\b", said))]
    if len(named) == 1:
        return named[0]
    reading.doubts.append((
        para.lines[0],
        f"a paragraph in quotation marks that {writer} introduces as someone else's words "
        f"(line {before.lines[0]}), and the thread's headers name "
        + ("no one it could be" if not named else "several it could be: " + ", ".join(named)),
        "confirm it as the writer's, or put the person's name in the introducing paragraph "
        "as the thread's headers give it"))
    return writer
