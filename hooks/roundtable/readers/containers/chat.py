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
# LINE's notice in the sender's own column: ``某某已收回訊息`` / ``X unsent a message``.
UNSENT = re.compile(r"已?收回(?:了)?(?:一則)?訊息|已撤回|unsent a message", re.IGNORECASE)
PHONE = re.compile(r"^\+?\d[\d\s\-()]{6,}\d$")
MENTION = re.compile(r"@(?P<digits>\d{7,15})\s*(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w'’-]+){0,2}"
                     r"|[\u3400-\u9fff]{2,12})")
MIN_MESSAGES = 3
# A line that is only a date: the day header a log writes once a day, the messages under it
# carrying only their time (LINE's ``2024/05/11（六）``, a copied Slack or Discord day
# divider ``Monday, March 4, 2024``, irssi's ``--- Day changed Mon Mar 04 2024``).
WEEKDAY = (r"(?:[（(]?(?:週|周|星期)?[一二三四五六日天][)）]?|[（(]?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
           r"[a-z]*\.?[)）]?)")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DAY_LINE = re.compile(
    rf"^(?:-+\s*Day changed\s+|-{{2,}}\s*|={{2,}}\s*)?(?:{WEEKDAY},?\s*)?"
    rf"(?:{DATE}|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)"
    rf"\s*(?:{WEEKDAY})?\s*(?:-{{2,}}|={{2,}})?$"
    r"|^-{3}\s+(?:Log opened|Log closed|Day changed)\b.*$")
# A message under a day header: its time alone (``20:01``, ``[8:01 PM]``, ``下午8:01``), then
# the sender; the sender set off by a tab (LINE's text export: time, name, words, each a
# column; an empty name is the app's notice), in angle brackets (an IRC or Matrix log's
# ``<nick> words``), or before a colon (a copied Slack, Discord or QQ line).
TIMED = re.compile(rf"^\u200e?(?:\[(?P<bclock>{CLOCK})\]|(?P<clock>{CLOCK}))"
                   r"(?P<sep>\t|\s+)(?P<rest>.*)$")
NICK = re.compile(r"^<[@+%~&]?(?P<name>[^<>\s]{1,32})>\s?(?P<text>.*)$")
# An IRC client's own lines: an action (``* nick waves``: what the nick did, not words) and
# the server's notices (irssi's ``-!-``, weechat's ``-->``/``<--``/``--``, mIRC's ``***``).
ACTION = re.compile(r"^(?:\*{1,3}\s+\S+\s|-!-|-->|<--|--\s)")


def _opening(raw: str, text: str, timed_ok: bool) -> tuple[str, str, str] | None:
    """(time, sender, words) of a line that opens a message, the sender "" for the app's
    notice; None for a line that goes on with the message above it. A line with only its
    time counts when ``timed_ok`` (the file has day headers) or its sender is set off by a
    tab or angle brackets, which no timed transcript writes."""
    if stamp := STAMP.match(text):
        said_by = SENDER.match(stamp.group("rest"))
        when = stamp.group("clock") or stamp.group("bclock") or ""
        if not said_by:
            return when, "", stamp.group("rest")
        return when, said_by.group("name").strip(), said_by.group("text").strip()
    timed = TIMED.match(raw.strip(" \u3000\u00a0\ufeff\u200b"))
    if not timed:
        return None
    when, rest = timed.group("clock") or timed.group("bclock"), timed.group("rest")
    if timed.group("sep") == "\t":
        name, tab, words = rest.partition("\t")
        if tab:
            return when, name.strip(BLANKS), words.strip(BLANKS)
        return when, "", rest.strip(BLANKS)
    rest = rest.strip(BLANKS)
    if nick := NICK.match(rest):
        return when, nick.group("name"), nick.group("text").strip()
    if ACTION.match(rest):
        return when, "", rest
    if not timed_ok:
        return None
    said_by = SENDER.match(rest)
    if not said_by:
        return when, "", rest
    return when, said_by.group("name").strip(), said_by.group("text").strip()


def source(path: Path, physical: list[str], encoding: str) -> Source | None:
    """The file as chat messages, or None when its lines are not so shaped."""
    texts = [line.strip(BLANKS) for line in physical]
    days = {n for n, t in enumerate(texts, 1) if DAY_LINE.match(t)}
    openings = [_opening(raw, text, bool(days)) if n not in days else None
                for n, (raw, text) in enumerate(zip(physical, texts, strict=True), 1)]
    opened = [o for o in openings if o]
    senders = Counter(o[1] for o in opened if o[1])
    said = sum(senders.values())
    nonblank = sum(1 for t in texts if t)
    # (A quoted message of several lines is the app's one message: its lines are not counted
    # against the file's shape.)
    if said < MIN_MESSAGES or (len(opened) + len(days)) * 2 < nonblank - _quoted_lines(
            texts, openings) or not senders or senders.most_common(1)[0][1] < 2:
        return None
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    plain: dict[int, str] = {}
    sender = ""
    # The message being read: its first line, the lines of its words, its sender and time.
    message: list[tuple[int, str]] = []
    time = ""
    quoted = False

    def close() -> None:
        if message:
            first = message[0][0]
            # Each line of the message at its own number, the time on its first: a line
            # of a message is a paragraph of the sender's turn.
            records.extend(Record(number, words, sender, time if number == first else "")
                           for number, words in message)
            message.clear()

    for number, (text, opening) in enumerate(zip(texts, openings, strict=True), 1):
        if not text:
            continue
        if quoted:
            # Inside a message the app wrapped in double quotes (LINE writes a message of
            # several lines so): every line is the message's, up to the closing quote.
            opening = None
            if text.endswith('"'):
                text, quoted = text[:-1].rstrip(BLANKS), False
            words = text
        elif number in days:
            close()
            sender = ""
            set_aside.append((Line(number, text), "the chat's date line: not speech"))
            continue
        if opening:
            close()
            when, sender, words = opening
            if not sender:
                set_aside.append((Line(number, text), "the chat app's notice (a member joined, "
                                                      "left or was added; encryption): not "
                                                      "speech"))
                continue
            time = clock(when)
            if words.startswith('"') and words.count('"') == 1:
                words, quoted = words[1:].lstrip(BLANKS), True
            elif len(words) > 1 and words.startswith('"') and words.endswith('"') \
                    and words.count('"') == 2:
                words = words[1:-1].strip(BLANKS)
        elif quoted or sender:
            words = text
        elif not quoted:
            # Before the first message: the title a copy may open with.
            plain[number] = text
            continue
        if not words:
            continue
        if why := _no_words(words, sender):
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


def _quoted_lines(texts: list[str], openings: list[tuple[str, str, str] | None]) -> int:
    """How many lines go on inside a message wrapped in double quotes."""
    inside, count = False, 0
    for text, opening in zip(texts, openings, strict=True):
        if inside:
            count += 1
            inside = not text.endswith('"')
        elif opening and opening[2].startswith('"') and opening[2].count('"') == 1:
            inside = True
    return count


def _no_words(words: str, sender: str = "") -> str:
    """Why a message's words are nobody's speech, or ""."""
    if NO_WORDS.match(words) or PLACEHOLDERS.match(words):
        return "what the chat app writes in place of a message (a voice note or picture " \
               "left out, a deleted message): not speech"
    if (RECALLED.search(words) and len(words) <= 30) or (
            sender and words.startswith(sender) and UNSENT.search(words) and len(words) <= 40):
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
