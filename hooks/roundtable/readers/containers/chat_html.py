"""A chat app's history saved as a web page: one element a message, its sender's name, its
time and its words each in an element the app names by class.

The apps' exporters write the same parts under their own class names, read here by what
each part is called (their public markup): Telegram Desktop's ``messages.html``
(``message``, ``from_name``, ``date``, ``text``; ``joined`` for a follow-on message that
shows no sender, ``service`` for the app's notice or date line, ``forwarded`` for a post
passed on from elsewhere, ``reply_to`` for the link to the message answered, ``initials``
for the avatar's letters), DiscordChatExporter's (``chatlog__message-group``,
``chatlog__author``, ``chatlog__timestamp``, ``chatlog__content``), and Slack or Mattermost
archive viewers (``message``, ``username``/``sender``, ``timestamp``, ``message-text``).

A page is read so when three or more of its message elements carry words under a named
sender. Each message's words become a record at the source line they start on, under the
sender's name (a message that shows none is the previous sender's, as the app shows it); a
forwarded post's words are under the name it was forwarded from. The sender's name, the
time, the avatar's letters, the reply link and the app's notices are set aside with their
reasons: none of them is speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..source import BLANKS, Line, Source, physical_lines
from .chat import _no_words
from .headed import clock
from .records import Record, join_pieces, place

MESSAGE = re.compile(r"^(?:message|chatlog__message(?:-group|-container)?|msg|post)$")
SERVICE = re.compile(r"^(?:service|system|chatlog__system-notification)$")
FORWARDED = re.compile(r"^(?:forwarded|chatlog__forwarded|shared[-_]post)$")
PART = {
    "author": re.compile(r"^(?:from_name|chatlog__author(?:-name)?|username|sender|user[-_]name"
                         r"|author)$"),
    "time": re.compile(r"^(?:date|time|timestamp|chatlog__timestamp|message[-_]time)$"),
    "words": re.compile(r"^(?:text|chatlog__content|content|message[-_]text|message__text)$"),
    "avatar": re.compile(r"^(?:initials|userpic(?:_wrap)?|avatar|chatlog__avatar)$"),
    "reply": re.compile(r"^(?:reply_to|chatlog__reference|reply|quote)$"),
}
WHY = {
    "author": "the sender's name, shown above the message: the label of the words below it",
    "time": "the message's time: not speech",
    "avatar": "the avatar's letters: not speech",
    "reply": "the link to the message answered: not speech",
    "service": "the chat app's notice or date line: not speech",
    "other": "the page's furniture around the messages: not speech",
}
MIN_MESSAGES = 3


@dataclass
class _Piece:
    line: int
    text: str
    part: str
    message: int
    forwarded: bool
    service: bool


@dataclass
class _Reader(HTMLParser):
    pieces: list[_Piece] = field(default_factory=list)
    stack: list[tuple[str, str, bool, bool]] = field(default_factory=list)
    messages: int = 0
    current: int = 0

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        tokens = (dict(attrs).get("class") or "").split()
        part, forwarded, service = "", False, False
        if self.stack:
            part, forwarded, service = self.stack[-1][1], self.stack[-1][2], self.stack[-1][3]
        if any(MESSAGE.match(t) for t in tokens):
            self.messages += 1
            self.current = self.messages
            part, forwarded = "", False
            service = any(SERVICE.match(t) for t in tokens)
        if any(FORWARDED.match(t) for t in tokens):
            forwarded = True
        for name, pattern in PART.items():
            if any(pattern.match(t) for t in tokens) and part not in ("words", "reply"):
                part = name
                break
        if tag in ("script", "style", "head", "title"):
            part = "hidden"
        self.stack.append((tag, part, forwarded, service))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data).strip(BLANKS)
        if not text:
            return
        # (The line the text starts on: past the newlines the data opens with.)
        line = self.getpos()[0] + data[:len(data) - len(data.lstrip())].count("\n")
        _, part, forwarded, service = self.stack[-1] if self.stack else ("", "", False, False)
        if part == "hidden":
            return
        self.pieces.append(_Piece(line, text, part or "other",
                                  self.current if self.stack else 0, forwarded, service))


def source(path: Path, text: str, encoding: str) -> Source | None:
    """The page as chat messages, or None when it is not so shaped."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    pieces = [p for p in reader.pieces if p.message]
    named = {p.message for p in pieces if p.part == "author" and not p.service}
    worded = {p.message for p in pieces if p.part == "words" and not p.service}
    if len(named & worded) < MIN_MESSAGES:
        return None
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    senders: list[str] = []
    sender = ""
    by_message: dict[int, list[_Piece]] = {}
    for piece in pieces:
        by_message.setdefault(piece.message, []).append(piece)
    first = min(by_message)
    for piece in reader.pieces:
        if piece.message:
            continue
        if not records and piece.message < first and piece is reader.pieces[0]:
            # The page's header before the first message: the chat's name, its title.
            records.append(Record(piece.line, piece.text))
        else:
            set_aside.append((Line(piece.line, piece.text), WHY["other"]))
    for number in sorted(by_message):
        parts = by_message[number]
        if any(p.service for p in parts):
            set_aside += [(Line(p.line, p.text), WHY["service"]) for p in parts]
            continue
        own = next((p.text for p in parts if p.part == "author" and not p.forwarded), "")
        passed_on = " ".join(p.text for p in parts if p.part == "author" and p.forwarded)
        # (A forwarded post's author line ends with the post's own date: not the name.)
        passed_on = re.sub(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$", "", passed_on).strip()
        sender = own or sender
        if own and own not in senders:
            senders.append(own)
        when = next((clock(p.text) for p in parts if p.part == "time" and not p.forwarded), "")
        words: dict[bool, list[_Piece]] = {False: [], True: []}
        for p in parts:
            if p.part == "words":
                words[p.forwarded].append(p)
            else:
                set_aside.append((Line(p.line, p.text), WHY.get(p.part, WHY["other"])))
        for forwarded, run in words.items():
            label = (passed_on or sender) if forwarded else sender
            if run and label and (why := _no_words(join_pieces([p.text for p in run]))):
                set_aside += [(Line(p.line, p.text), why) for p in run]
            elif run and label:
                records.append(Record(run[0].line, join_pieces([p.text for p in run]), label,
                                      when, last=run[-1].line))
    total = len(physical_lines(text))
    kept = {r.line for r in records}
    set_aside = [(line, why) for line, why in dict(
        ((line.number, (line, why)) for line, why in set_aside)).values()
        if line.number not in kept]
    lines, joined = place(records, total)
    return Source(path, tuple(lines), encoding, "html", tuple(set_aside), tuple(joined),
                  notes=(f"a chat app's page: {len(records)} message(s) by {len(senders)} "
                         f"sender(s); {len(set_aside)} name, time and notice line(s) set "
                         f"aside",),
                  given_labels=tuple(senders))
