"""A chat app's message export, one message a line: a date and time, the sender, the words.

The forms the apps write when a chat is exported or copied as text, told by what recurs:

* WhatsApp on Android: ``14/03/2024, 20:21 - Sender: words`` (day or month first, 24 h or
  ``8:21 pm``), on iOS ``[14/03/2024, 20:21:05] Sender: words``;
* a copied Telegram, Slack, Discord, QQ or 钉钉 message line: ``[2024-03-14 20:21] Sender:
  words``, ``2024/3/14 20:21:05 Sender：words``.

(A header line holding only the sender and the time, the words on the lines below, as
WeChat's 聊天记录 and QQ copy it, is :mod:`.headed`'s form.)

A file is read so when dated message lines are its regular shape (three or more, and most of
its lines that open with a date). A line that opens with no date continues the message above
it (a message of several lines). A dated line with no ``Sender:`` is the app's own notice
(``X joined using this group's invite link``, ``Messages … are end-to-end encrypted``,
``X left``): set aside, as are what the app writes in place of words (``<Media omitted>``,
``This message was deleted``, ``[图片]``, ``撤回了一条消息``) and a message of emoji only (a
reaction). Each message becomes a record (its time, the sender as its label, its words); a
sender that is a bare phone number is a label like any other, and where a message mentions
that number (``@60126083371``, WhatsApp's mention) followed by a name, the name is read as
who the number is (front matter for the identity layer: ``戴博士（+60 12-608 3371）``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..names import is_han_name, is_latin_name, title_form
from ..source import BLANKS, Line, Source
from .headed import PLACEHOLDERS, clock
from .records import Record, place

DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
CLOCK = (r"(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?"
         r"(?:[\s\u202f]*[AaPp]\.?[Mm]\.?)?")
# ``14/03/2024, 20:21 - `` (Android) · ``[14/03/2024, 20:21:05] `` (iOS) · ``[2024-03-14 20:21] ``
STAMP = re.compile(rf"^\u200e?(?:\[(?P<bdate>{DATE}),?\s+(?P<bclock>{CLOCK})\]\s*"
                   rf"|(?P<date>{DATE}),?\s+(?P<clock>{CLOCK})\s+(?:[-–—]\s+)?)(?P<rest>.*)$")
# The sender, then a colon: a contact's name, a nickname, a phone number (+60 12-608 3371).
SENDER = re.compile(r"^(?P<name>[^:：\n]{1,40}?)\s?[:：]\s*(?P<text>.*)$")
# What the apps write in place of a message's words (their public wording): a file or
# voice note left out of the export, a deleted or recalled message.
NO_WORDS = re.compile(
    r"^(?:<(?:Media omitted|attached:[^>]*|[^<>]{1,30} omitted)>|‎?(?:image|audio|video|sticker|"
    r"GIF|document) omitted|This message was deleted\.?|You deleted this message\.?|"
    r"此消息已删除|此訊息已刪除|消息已删除|\[(?:图片|圖片|语音|語音|视频|視頻|表情|文件|Photo|"
    r"Sticker|Voice message)\])$", re.IGNORECASE)
RECALLED = re.compile(r"撤回了一条消息|撤回了一則訊息|recalled a message|unsent a message",
                      re.IGNORECASE)
PHONE = re.compile(r"^\+?\d[\d\s\-()]{6,}\d$")
MENTION = re.compile(r"@(?P<digits>\d{7,15})\s*(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w'’-]+){0,2}"
                     r"|[\u3400-\u9fff]{2,12})")
MIN_MESSAGES = 3


def source(path: Path, physical: list[str], encoding: str) -> Source | None:
    """The file as chat messages, or None when its lines are not so shaped."""
    texts = [line.strip(BLANKS) for line in physical]
    stamps = [STAMP.match(t) for t in texts]
    dated = [m for m in stamps if m]
    senders = Counter(s.group("name").strip() for m in dated
                      if (s := SENDER.match(m.group("rest"))))
    said = sum(senders.values())
    nonblank = sum(1 for t in texts if t)
    if said < MIN_MESSAGES or len(dated) * 2 < nonblank or not senders \
            or senders.most_common(1)[0][1] < 2:
        return None
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    plain: dict[int, str] = {}
    sender = ""
    # The message being read: its first line, the lines of its words, its sender and time.
    message: list[tuple[int, str]] = []
    time = ""

    def close() -> None:
        if message:
            first = message[0][0]
            # Each line of the message at its own number, the time on its first: a line
            # of a message is a paragraph of the sender's turn.
            records.extend(Record(number, words, sender, time if number == first else "")
                           for number, words in message)
            message.clear()

    for number, (text, stamp) in enumerate(zip(texts, stamps, strict=True), 1):
        if not text:
            continue
        if stamp:
            close()
            said_by = SENDER.match(stamp.group("rest"))
            if not said_by:
                sender = ""
                set_aside.append((Line(number, text), "the chat app's notice (a member joined, "
                                                      "left or was added; encryption): not "
                                                      "speech"))
                continue
            sender = said_by.group("name").strip()
            time = clock(stamp.group("clock") or stamp.group("bclock") or "")
            words = said_by.group("text").strip()
        elif sender:
            words = text
        else:
            # Before the first message: the title a copy may open with.
            plain[number] = text
            continue
        if why := _no_words(words):
            set_aside.append((Line(number, text), why))
            continue
        if message and message[-1][0] != number - 1:
            # (A placeholder between lines of one message: its words go on as a new record.)
            close()
        message.append((number, words))
    close()
    lines, joined = place(records, len(texts))  # (none: a record a line)
    lines = [Line(line.number, plain.get(line.number, line.text)) for line in lines]
    return Source(path, tuple(lines), encoding, "text", tuple(set_aside), tuple(joined),
                  notes=(f"a chat export: {said} message(s) by "
                         f"{len(senders)} sender(s); {len(set_aside)} notice(s) and "
                         f"placeholder(s) set aside",),
                  front=tuple(_mentioned(texts, list(senders))),
                  given_labels=tuple(senders))


def _no_words(words: str) -> str:
    """Why a message's words are nobody's speech, or ""."""
    if NO_WORDS.match(words) or PLACEHOLDERS.match(words):
        return "what the chat app writes in place of a message (a voice note or picture " \
               "left out, a deleted message): not speech"
    if RECALLED.search(words) and len(words) <= 30:
        return "the chat app's notice of a recalled message: not speech"
    if not any(unicodedata.category(ch)[0] in "LN" for ch in words):
        return "a reaction of emoji or signs only: not speech"
    return ""


def _name_first(run: str) -> str:
    """The name a run of words opens with: a Latin name as written, or the longest Chinese
    name or surname-and-title (戴博士) its first characters make; "" when none."""
    if is_latin_name(run) or re.fullmatch(r"[A-Z][\w.'’-]*", run):
        return run
    return next((run[:k] for k in range(min(len(run), 5), 1, -1)
                 if title_form(run[:k]) or is_han_name(run[:k])), "")


def _mentioned(texts: list[str], senders: list[str]) -> list[str]:
    """``name（number）`` for each sender that is a phone number a message mentions by its
    digits right before a name (WhatsApp writes a mention as ``@`` and the number's digits)."""
    phones = {re.sub(r"\D", "", s): s for s in senders if PHONE.match(s)}
    stated: list[str] = []
    for text in texts:
        for match in MENTION.finditer(text):
            phone = phones.get(match.group("digits"))
            name = _name_first(match.group("name"))
            if phone and name:
                stated.append(f"{name}（{phone}）")
    return list(dict.fromkeys(stated))
