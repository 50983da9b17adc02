"""Records under a header line (a chat channel's export, a podcast app's transcript): who and
when on a line of their own, the words on the lines below.

Two forms, told by what recurs, not by any app's name:

* a header line holding a date and time and a short name and nothing else:
  ``[5/14/2024 8:04 PM] amara.l``, ``2024-05-14 20:04 amara.l``, ``amara.l 20:04``;
* a name in brackets and a time, nothing else: ``[amara.l] 20:04:10`` (no date needed:
  the brackets set the name apart);
* a short name alone on its line, right above a line holding only a time
  (``小林`` / ``00:00:03``).

A file is read so when such headers are common (three or more, and a name recurs), each
followed by words. A record's words are the lines under its header up to the next header or
a rule of ``=`` or ``-`` (the export's own footer after it): each line is rendered as the
label's line (``[20:04:00] amara.l：…``), the header's lines joined into the first. A block a
chat export adds under a message (``{Reactions}``, ``{Attachments}`` in braces, and the lines
under it up to a blank line: DiscordChatExporter's plain-text convention) is set aside, as is
a line holding only a link. Before the first header, the first line stays as written (the
title); the rest is front matter (a channel's topic, a show page's guests and chapters), set
aside and read only for who is who. Lines after a closing rule stay as written, for the
matter rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..source import BLANKS, Line, Source
from .records import Record, place

DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
CLOCK = (r"(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
         r"(?:\s*[AaPp]\.?[Mm]\.?)?")
WHEN = rf"(?:{DATE}[ T,]*\s*)?{CLOCK}|{DATE}"
NAME = r"[^\s\[\]【】()（）:：。，,！？!?]{1,30}(?:\s[^\s\[\]【】()（）:：。，,！？!?]{1,30}){0,2}"
# (A chat name may carry its role in brackets: 某群-小鹿（主持）.)
ROLE_AFTER = r"(?:\s*[（(][^）()（]{1,8}[）)])?"
TIME_FIRST = re.compile(rf"^[\[【(（]?\s*(?P<when>{WHEN})\s*[\]】)）]?\s+"
                        rf"(?P<name>{NAME}{ROLE_AFTER})$")
NAME_FIRST = re.compile(rf"^(?P<name>{NAME})\s+[\[【(（]?(?P<when>{WHEN})[\]】)）]?$")
# A name in brackets and a time, nothing else: ``[Jane Doe] 10:02:31`` (a meeting app's saved
# transcript). The brackets set the name apart as a header's, so no date is needed.
NAME_BRACKETED = re.compile(rf"^[\[【](?P<name>{NAME})[\]】]\s+(?P<when>{CLOCK})$")
TIME_ALONE = re.compile(rf"^[\[【(（]?\s*(?P<when>{WHEN})\s*[\]】)）]?$")
SHORT_NAME = re.compile(rf"^(?P<name>{NAME}{ROLE_AFTER})$")
# The avatar a meeting app's transcript pane draws beside each entry, copied as text above
# the name (Teams: ``LW`` / ``Li Wenjing`` / ``0:04``; a dial-in's ``+8``; a Chinese app's one
# or two characters of the name): initials, a number's first digits, or a name's characters.
AVATAR = re.compile(r"^(?:[A-Z]{1,3}|\+\d{1,3}|[\u3400-\u9fff]{1,2})$")
RULE = re.compile(r"^[=\-_*~─━]{5,}$")
BRACED = re.compile(r"^\{[^{}]{1,30}\}$")
LINK = re.compile(r"^(?:https?://|www\.)\S+$")
MIN_HEADERS = 3


@dataclass(frozen=True)
class Header:
    first: int
    """The header's first line (the name line of a name-then-time header)."""
    last: int
    name: str
    when: str
    avatar: int = 0
    """The line of the avatar stacked above the name (initials), or 0."""


def headers(texts: list[str]) -> list[Header]:
    """The record headers of the lines (``texts[i]`` is line ``i + 1``), when they are the
    file's regular shape; else none."""
    found: list[Header] = []
    index = 0
    while index < len(texts):
        text = texts[index]
        below = texts[index + 1] if index + 1 < len(texts) else ""
        alone = TIME_ALONE.match(below)
        one_line = TIME_FIRST.match(text) or NAME_FIRST.match(text)
        # (A time with no date before a name is a meeting export's turn line, which the
        # speech-to-text reader reads as it stands; a chat export's header carries a date.)
        bracketed = NAME_BRACKETED.match(text)
        if one_line and re.search(DATE, one_line.group("when")) and _words_below(texts, index + 1):
            found.append(Header(index + 1, index + 1, one_line.group("name"),
                                one_line.group("when")))
        elif bracketed and _words_below(texts, index + 1):
            found.append(Header(index + 1, index + 1, bracketed.group("name"),
                                bracketed.group("when")))
        elif (alone and SHORT_NAME.match(text) and not TIME_ALONE.match(text)
              and _words_below(texts, index + 2)):
            found.append(Header(index + 1, index + 2, text, alone.group("when")))
            index += 1
        index += 1
    found = _with_avatars(texts, found)
    names = Counter(h.name for h in found)
    if len(found) < MIN_HEADERS or not names or names.most_common(1)[0][1] < 2:
        return []
    # One form only: the form most headers take (a chapter list's time lines are no names).
    forms = Counter(h.last > h.first for h in found)
    two_line = forms.most_common(1)[0][0]
    return [h for h in found if (h.last > h.first) == two_line]


def _with_avatars(texts: list[str], found: list[Header]) -> list[Header]:
    """Name-over-time headers stacked under an avatar line (initials, a dial-in's digits)
    when most of them are, and each name keeps one avatar: the avatar line joins its header
    (it is the app's picture of the speaker, nobody's words)."""
    stacked = [h for h in found if h.last > h.first]
    above = {h.first: texts[h.first - 2] for h in stacked
             if h.first >= 2 and AVATAR.match(texts[h.first - 2])
             and (h.first < 3 or not texts[h.first - 3])}
    if len(above) < MIN_HEADERS or len(above) * 2 < len(stacked):
        return found
    avatars: dict[str, set[str]] = {}
    for h in stacked:
        if h.first in above:
            avatars.setdefault(h.name, set()).add(above[h.first])
    if any(len(seen) > 1 for seen in avatars.values()):
        return found  # the line above changes under one name: words, not its avatar
    return [Header(h.first, h.last, h.name, h.when, h.first - 1) if h.first in above else h
            for h in found]


def _words_below(texts: list[str], index: int) -> bool:
    """The line at ``index`` holds words (not another header, not a time)."""
    if index >= len(texts):
        return False
    text = texts[index]
    return bool(text) and not TIME_ALONE.match(text) and not TIME_FIRST.match(text) \
        and not RULE.match(text)


# What a chat app writes in place of what is no text, in square brackets: a sticker or an
# emoji by its name ([鼓掌], [玫瑰][玫瑰], [Thumbs Up]), a picture, a file, a shared link
# ([图片], [链接] a card's title): the apps' own convention, whatever the word inside.
PLACEHOLDERS = re.compile(r"^(?:\s*[\[【][^\[\]【】\s]{1,8}[\]】])+\s*$")
CARD = re.compile(r"^[\[【][^\[\]【】\s]{1,4}[\]】]\s*[^。！？!?]*$")
QUOTED = re.compile(r"[\"“「『]([^\"”」』]{1,40})[\"”」』]")


def _no_words(text: str, names: set[str]) -> str:
    """Why a message's first line is nobody's words, or "": a placeholder for a sticker,
    a picture or a shared card, or the app's notice about a member it names in quotes
    (\"某某\" 撤回了一条消息, "某某" joined: what the app says, quoting the member's name)."""
    bare = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf"))
    if PLACEHOLDERS.match(bare):
        return "a chat app's placeholder (a sticker, an emoji, a picture): not speech"
    if CARD.match(text):
        return "a chat app's shared card (a link, a file) under its placeholder: not speech"
    quoted = QUOTED.search(text)
    if quoted and quoted.group(1) in names and len(QUOTED.sub("", text).strip()) <= 16:
        return "the chat app's notice about a member it names in quotes: not speech"
    return ""


def _notice_naming(text: str, names: set[str]) -> bool:
    """A line that opens with a member's display name exactly as its headers write it,
    followed by a few words with no punctuation (``Li Wenjing 已停止转录``, ``Ana Ruiz left
    the meeting``): the app's notice about the member; nobody says their own display name."""
    for name in names:
        rest = text[len(name):] if text.startswith(name) else None
        if rest and rest[:1].isspace() and len(rest.strip()) <= 24 and not re.search(
                r"[，。！？,.!?：:；;]", rest):
            return True
    return False


def _quoted_message(text: str, names: set[str]) -> bool:
    """A line that is only an earlier message quoted whole with its sender's name
    (「陈某：…」, "Tony: …"), as a reply quotes what it answers."""
    match = re.match(r"^[「『\"“](?P<name>[^：:「」]{1,30})[：:]\s*.+[」』\"”]$", text)
    return bool(match) and match.group("name").strip() in names


def clock(when: str) -> str:
    """``HH:MM:SS`` of a header's time: ``8:04 PM`` → ``20:04:00``, ``下午8:04`` too."""
    match = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", when)
    if not match:
        return ""
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    afternoon = re.search(r"[Pp]\.?[Mm]|下午|晚上", when)
    morning = re.search(r"[Aa]\.?[Mm]|上午|凌晨", when)
    if afternoon and hours < 12:
        hours += 12
    elif morning and hours == 12:
        hours = 0
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def source(path: Path, physical: list[str], encoding: str) -> Source | None:
    """The file as records under headers, or None when its lines are not so shaped."""
    texts = [line.strip(BLANKS) for line in physical]
    found = headers(texts)
    if not found:
        return None
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    joined: list[tuple[int, int]] = []
    plain: dict[int, str] = {}
    starts = {h.first: h for h in found}
    avatars = {h.avatar for h in found if h.avatar}
    for n in sorted(avatars):
        set_aside.append((Line(n, texts[n - 1]), "the avatar a meeting app draws beside a "
                                                 "transcript entry (initials): not speech"))
    first_header = min(h.avatar or h.first for h in found)
    title = next((n for n in range(1, first_header)
                  if texts[n - 1] and not RULE.match(texts[n - 1])), 0)
    front: list[str] = []
    for number in range(1, first_header):
        text = texts[number - 1]
        if RULE.match(text):
            set_aside.append((Line(number, text), "a rule: the export's frame"))
        elif number == title or not text:
            plain[number] = text
        else:
            # Before the first record: the page's or the export's front matter (a guest
            # list, chapters, the channel's topic), no one's words; its statements of who is
            # who (Leo（梁一舟）) are still read.
            set_aside.append((Line(number, text), "front matter before the first record "
                                                  "(guests, chapters, notes): not speech"))
            front.append(text)
    names = {h.name for h in found}
    number = first_header
    header: Header | None = None
    opened = False
    in_block = False
    while number <= len(texts):
        text = texts[number - 1]
        if number in avatars:
            number += 1
            continue
        if number in starts:
            header, opened, in_block = starts[number], False, False
            number = header.last + 1
            continue
        if header is None:
            if RULE.match(text):
                set_aside.append((Line(number, text), "a rule: the export's frame"))
            else:
                plain[number] = text
        elif RULE.match(text):
            # The export's footer: what follows is no message's words.
            header = None
            set_aside.append((Line(number, text), "a rule: the export's frame"))
        elif not text:
            in_block = False
        elif BRACED.match(text) or in_block:
            in_block = True
            set_aside.append((Line(number, text), "a chat export's block under a message "
                                                  "(reactions, attachments): not speech"))
        elif LINK.match(text):
            set_aside.append((Line(number, text), "a link alone on its line: not speech"))
        elif (not texts[number - 2] and (number == len(texts) or not texts[number])
              and _notice_naming(text, names)):
            # (Standing alone between blank lines, under no header of its own.)
            set_aside.append((Line(number, text), "the app's notice about a member it names "
                                                  "(started or stopped transcribing, "
                                                  "joined, left): not speech"))
        elif not opened and (why := _no_words(text, names)):
            set_aside.append((Line(number, text), why))
        elif _quoted_message(text, names):
            set_aside.append((Line(number, text), "a reply's quotation of an earlier message "
                                                  "(「name：…」, the chat apps' quote): that "
                                                  "message's words, already in the record"))
        else:
            records.append(Record(number, text, header.name,
                                  "" if opened else clock(header.when)))
            if not opened:
                joined += [(n, number) for n in range(header.first, header.last + 1)]
            opened = True
        number += 1
    opened_at = {n for n, _ in joined}
    for h in found:
        if h.first not in opened_at:
            for n in range(h.first, h.last + 1):
                set_aside.append((Line(n, texts[n - 1]), "a message with no words: "
                                                         "nobody speaks in it"))
    lines, _ = place(records, len(texts))
    lines = [Line(line.number, plain.get(line.number, line.text)) for line in lines]
    speakers = ", ".join(sorted(Counter(h.name for h in found)))
    return Source(path, tuple(lines), encoding, "text", tuple(set_aside), tuple(joined),
                  notes=(f"{len(found)} record header(s) (a name and a time on their own "
                         f"lines); speakers: {speakers}",),
                  front=tuple(front), given_labels=tuple(dict.fromkeys(h.name for h in found)))
