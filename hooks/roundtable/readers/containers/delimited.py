"""CSV and TSV exports (transcription services, meeting apps, spreadsheets): a record a row.

The header names the columns, in any order and in English or Chinese (``speaker``,
``说话人``, ``发言人``; ``start``, ``开始时间``; ``end``, ``结束时间``; ``text``, ``内容``,
``文本`` …). Without a header the columns are told apart by what they hold: times, a short
recurring name, the longest text. Fields are read by Python's ``csv`` module: quoted fields
with commas, doubled quotes and line breaks. A record's line is its row's first physical
line; the header is set aside as the export's column names.

A speaker column that holds only numbers (``1``, ``2``) is read as the header's word and the
number (``说话人1``, ``Speaker 1``): the label the export means. Times in seconds (``83.5``)
or, when the header says so, milliseconds are read as ``HH:MM:SS``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ...model import TranscriptError
from ..bilingual import script
from ..source import Line, Source, decode
from . import kinds
from .records import Record, join_pieces, place

COLUMN_WORDS = {
    "label": ("speaker", "speaker name", "speakers", "name", "participant", "role", "who",
              "author", "sender", "user", "username", "user name", "nickname", "发送者",
              "發送者", "作者", "用户", "用戶", "昵称", "暱稱", "提问者", "提問者",
              "说话人", "發言人", "发言人", "讲者", "講者", "发言者", "姓名", "角色", "人员",
              "說話人", "讲话人", "说话者", "参会人", "发言人名称"),
    "start": ("start", "start time", "begin", "from", "in", "time", "timestamp", "offset",
              "开始", "开始时间", "開始時間", "起始时间", "时间", "時間", "时间戳", "时间点",
              "开始时刻", "created at", "created", "sent at", "posted at", "发送时间"),
    "end": ("end", "end time", "stop", "to", "out", "结束", "结束时间", "結束時間", "终止时间",
            "结束时刻"),
    "text": ("text", "transcript", "transcription", "content", "utterance", "sentence",
             "words", "speech", "内容", "文本", "文字", "发言内容", "转写内容", "轉寫內容", "正文",
             "句子", "原文", "发言", "內容", "识别结果", "转写文本", "message", "message text",
             "消息", "消息内容", "聊天内容", "发送内容", "發送內容"),
}
ROLE_HEADERS = ("role", "user role", "participant role", "attendee role", "角色", "身份",
                "参会角色", "參會角色")
"""A column stating each sender's part in the event (Host, Panelist, Attendee): the
sender's role when another column names the sender, else the only label there is."""
TIER_HEADERS = ("tier", "tier name", "tier id", "层", "层名", "層")
"""An annotation tool's tier column (ELAN, EXMARaLDA: a tier a speaker, plus tiers for
translations and comments): the speaker's label where no participant column names one
(beside a participant column, a tier with no participant is a comment's or an unknown
voice's: the row names no speaker)."""
TRANSLATION_HEADERS = ("translation", "free translation", "english", "english translation",
                       "译文", "譯文", "翻译", "翻譯", "英文", "英译", "中文翻译", "中译", "中文")
"""A column holding each row's text in another language: kept with the row, in brackets."""
MILLISECONDS = re.compile(r"\bms\b|毫秒|millisecond", re.IGNORECASE)
CLOCK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")
SECONDS = re.compile(r"^\d+(?:\.\d+)?$")
ROW_END = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def open_source(path: Path, raw: bytes) -> Source:
    text, encoding = decode(raw, str(path))
    physical = ROW_END.findall(text)
    delimiter = _delimiter(path, physical)
    rows = _rows(physical, delimiter)
    kind = "tsv" if delimiter == "\t" else "csv"
    if not rows:
        return Source(path, (), encoding, kind, untitled=True)
    # A spreadsheet's own title rows above its header (会议主题：…, 导出时间：…) are the file's
    # front matter: kept as plain lines, so the title and byline rules read them.
    above, rows = rows[:_header_index(rows)], rows[_header_index(rows):]
    columns, header = _columns(rows, str(path))
    records, set_aside, front, titled = _above(above, delimiter)
    if header:
        first, _, cells = rows[0]
        set_aside.append((Line(first, delimiter.join(cells)),
                          f"the {kind.upper()} header: the export's column names"))
    body = rows[1:] if header else rows
    word = _speaker_word(rows[0][2][columns["label"]] if header and "label" in columns else "",
                         body, columns)
    typed = kinds.type_column(rows[0][2] if header else [], [c for _, _, c in body],
                              set(columns.values()) if header else set())
    asks: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    read_as: list[tuple[int, str]] = []
    stated: dict[str, Counter[str]] = {}  # a sender's roles as the role column states them
    translations: list[tuple[int, int]] = []
    for first, last, cells in body:
        kind_named = (kinds.kind_of(cells[typed]) if typed is not None and typed < len(cells)
                      else "")
        record = _record(first, last, cells, columns, word)
        reading = kinds.reading(kind_named, record.text if record else "")
        if record is not None and len(records) > len(above) and _translates(
                records[-1], record, _tier(cells, columns)):
            # The row before, rendered in another language (an annotation tool's translation
            # tier, a spreadsheet's English row under each Chinese one): kept with it as its
            # translation, never a turn of its own.
            before = records[-1]
            records[-1] = replace(before, text=f"{before.text} [{record.text}]")
            translations += [(n, before.line) for n in range(first, max(first, last) + 1)]
            continue
        if record is None:
            set_aside.append((Line(first, delimiter.join(cells)),
                              "a row with no text: nobody speaks in it"))
        elif reading == "none":
            set_aside.append((Line(first, delimiter.join(cells)),
                              f"{kinds.REASONS.get(kind_named, kinds.REASONS['none'])}: "
                              f"{cells[typed]!r} in the type column"))
        else:
            if reading == "ask" and not record.label:
                # An anonymous question: the audience's, whoever sent it.
                record = replace(record, label=_audience_word(record.text))
            (asks if reading == "ask" else answers)[record.label] += 1
            read_as.append((record.line, reading))
            records.append(record)
            if "role" in columns and columns["role"] < len(cells):
                stated.setdefault(record.label, Counter())[
                    kinds.role_of(cells[columns["role"]])] += 1
    _one_account_two_people(records, str(path), columns, rows[0][2] if header else [])
    doubts = _unsure_speakers(records[len(above):]) if "label" in columns else ()
    lines, joined = place(records, len(physical))
    joined += translations
    named = ", ".join(f"{role} = {'column ' + str(i + 1) if not header else rows[0][2][i]!r}"
                      for role, i in columns.items() if role not in ("words", "ms"))
    if typed is not None:
        named += f"; kinds of record in {rows[0][2][typed] if header else typed + 1!r}"
    parts = {label: counted.most_common(1)[0][0] for label, counted in stated.items()
             if label and counted.most_common(1)[0][0]}
    if parts:
        named += f"; each sender's role in {rows[0][2][columns['role']]!r}"
    # A label that only asks (a question record's author) is the audience's, unless the
    # role column states otherwise; a sender it states to host or attend is so.
    roles = tuple((label, "audience") for label in asks
                  if label and not answers[label] and label not in parts)
    roles += tuple((label, part) for label, part in parts.items() if part != "speaker")
    hosting = {label for label, part in parts.items() if part == "host"}
    lines_of = {r.line: r.label for r in records}
    # A host's reply moderates (takes a question live, thanks everyone): never stated an
    # answer by the container; the roles layer reads what it does.
    replies = tuple(n for n in _sole_replies(read_as) if lines_of.get(n) not in hosting)
    unsure = _unlisted_senders(records, parts, _listed_people(above))
    notes = (f"columns: {named}",)
    if translations:
        notes += (f"{len(translations)} row(s) read as the translation of the row above them "
                  "(the same times, another language): kept with it",)
    return Source(path, tuple(lines), encoding, kind, tuple(set_aside), tuple(joined),
                  untitled=not above and not titled, notes=notes,
                  front=tuple(front), given_roles=roles, stated_answers=replies,
                  unsure_labels=unsure, doubts=doubts,
                  given_labels=tuple(dict.fromkeys(r.label for r in records[len(above):]
                                                   if r.label)))


SELF_NAMED = re.compile(r"(?:我是|我叫)(?P<name>[\u3400-\u9fff]{2,4}?)(?=[，,。！!；;])")


def _one_account_two_people(records: list[Record], where: str, columns: dict[str, int],
                            header: list[str]) -> None:
    """Refuse an export whose one sender speaks as two people (a streamer's account that
    carries a connected guest's words too: 我是阿洛 on one row, 我是林知秋 on another), each
    name named again elsewhere in the file: which rows are whose, only the curator can say.

    Raises:
        TranscriptError: at the second person's self-introduction.
    """
    everything = " ".join(r.text for r in records)
    said: dict[str, list[tuple[int, str]]] = {}
    for record in records:
        for match in SELF_NAMED.finditer(record.text):
            name = match.group("name")
            if everything.count(name) >= 2 or name in record.label:
                said.setdefault(record.label, []).append((record.line, name))
    for label, found in said.items():
        names = list(dict.fromkeys(name for _, name in found))
        if label and len(names) >= 2:
            line = next(n for n, name in found if name == names[1])
            column = header[columns["label"]] if header and "label" in columns else "speaker"
            raise TranscriptError(
                where, line, f"the sender {label!r} speaks as two people (我是{names[0]} and "
                f"我是{names[1]}): an account's rows, not one speaker's",
                f"write each of {label!r}'s rows' speaker in the {column!r} column "
                f"({' or '.join(names)})")


TITLES = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)+", re.IGNORECASE)
LIST_SPLIT = re.compile(r"\s*(?:[,，、;；/]|\band\b|&)\s*")


def _listed_people(above: list[tuple[int, int, list[str]]]) -> dict[str, list[str]]:
    """The people the export's ``key,value`` rows above its header list by role
    (``Host:,Maya Feldman``; ``Panelists:,"Dr. Helena Voss, Rahul Mehta"``; ``嘉宾,…``)."""
    listed: dict[str, list[str]] = {}
    for _, _, cells in above:
        filled = [c for c in cells if c]
        if len(filled) != 2:
            continue
        part = kinds.role_of(filled[0].rstrip(":：").strip())
        if part:
            names = [n.strip() for n in LIST_SPLIT.split(filled[1]) if n.strip()]
            listed.setdefault(part, []).extend(names)
    return listed


def _same_person(label: str, name: str) -> bool:
    """A sender's label that writes a listed name, with or without its title, in full or
    by one of its words (Dr. Helena Voss, Helena Voss, Helena)."""
    one, other = (TITLES.sub("", text).casefold().strip() for text in (label, name))
    return bool(one) and (one == other or one in other.split() or other in one
                          or one in other)


def _unlisted_senders(records: list[Record], parts: dict[str, str],
                      listed: dict[str, list[str]]) -> tuple[tuple[int, str, str, str], ...]:
    """A sender whom the role column states to be a panelist (or a host) while none of the
    people the export lists in that role is them (a shared login: Ops Team, 会务组): whose
    words its rows are the file cannot say. ``(line, label, message, hint's first name)``
    for each of its rows."""
    unsure = []
    for record in records:
        part = parts.get(record.label, "")
        people = listed.get(part, [])
        if part in ("speaker", "host") and people and not any(
                _same_person(record.label, person) for person in people):
            names = ", ".join(TITLES.sub("", p) for p in people)
            writes = "host" if part == "host" else "panelist"
            unsure.append((record.line, record.label,
                           f"'{record.label}' writes as a {writes} but is none of those the "
                           f"export lists ({names}): a shared account, whose words these are "
                           "the file does not say",
                           TITLES.sub("", people[0])))
    return tuple(unsure)


UNSURE_SPEAKER = re.compile(r"[?？]|\S\s*/\s*\S")


def _unsure_speakers(records: list[Record]) -> tuple[tuple[int, str, str], ...]:
    """The rows of an export whose rows name their speaker that name none (an empty cell)
    or name one in doubt (``R03?``, ``R03/旁人``: the transcriber's own uncertainty): read as
    continuing the turn before, which the export does not say. ``(line, message, hint)``."""
    if sum(bool(r.label) for r in records) < 2:
        return ()
    doubts = []
    for record in records:
        if not record.label:
            why = "this row names no speaker"
        elif UNSURE_SPEAKER.search(record.label):
            why = f"this row's speaker is marked unsure ({record.label!r})"
        else:
            continue
        doubts.append((record.line, f"{why} while the export's other rows name theirs: whose "
                                    "words these are the file does not say",
                       "give the row its speaker in the file, or confirm the line if it "
                       "continues the turn before"))
    return tuple(doubts)


def _sole_replies(read_as: list[tuple[int, str]]) -> tuple[int, ...]:
    """The lines of replies that are the only reply to the question before them: answers by
    their authors, whoever they are. (Of two replies to one question, the first may be a host
    handing it to the second's author: left to the roles layer.)"""
    sole = []
    for i, (line, reading) in enumerate(read_as):
        before = read_as[i - 1][1] if i else ""
        after = read_as[i + 1][1] if i + 1 < len(read_as) else ""
        if reading == "answer" and before == "ask" and after != "answer":
            sole.append(line)
    return tuple(sole)


def _audience_word(text: str) -> str:
    return "观众" if re.search(r"[\u3400-\u9fff]", text) else "Audience"


def _above(above: list[tuple[int, int, list[str]]], delimiter: str
           ) -> tuple[list[Record], list[tuple[Line, str]], list[str], bool]:
    """The rows above the header: a spreadsheet's own title rows (会议主题：…) and
    ``key,value`` rows (``Event,…``, ``参会人,…``) kept as plain lines for the title, byline
    and who-is-who rules, but for a ``key,value`` row whose value holds no words (a date, a
    code: the export's facts, set aside). The first ``key,value`` row whose value reads as a
    title gives the title (its value alone; a lone row above it is the export's own name)."""
    records: list[Record] = []
    set_aside: list[tuple[Line, str]] = []
    front: list[str] = []
    keyed = {first: [c for c in cells if c] for first, _, cells in above}
    keyed = {first: cells for first, cells in keyed.items()
             if len(cells) == 2 and len(cells[0]) <= KEY_LENGTH
             and not re.search(r"[:：]", cells[0].rstrip(":："))}
    title = next((first for first, (_, value) in keyed.items() if _titled(value)), 0)
    for first, last, cells in above:
        filled = [c for c in cells if c]
        spans = last if last > first else 0
        if first == title:
            records.append(Record(first, filled[1], last=spans))
        elif (first in keyed and not _worded(filled[1])) or (title and first < title):
            set_aside.append((Line(first, delimiter.join(cells)),
                              "the export's own header row (its facts): not speech"))
            front.append(": ".join(filled))
        else:
            records.append(Record(first, " ".join(filled), last=spans))
    return records, set_aside, front, bool(title)


def _worded(value: str) -> bool:
    return len(re.findall(r"[A-Za-z]{2,}|[\u3400-\u9fff]", value)) >= 2 \
        and not re.match(r"^[#@]?[\w\-./:]+$", value, re.ASCII)


KEY_LENGTH = 30
"""A key of an export's ``key,value`` header row is at most this long."""


def _titled(value: str) -> bool:
    """A value that reads as a title: words, not a date, a time, a number or a code."""
    return _worded(value) and not re.search(r"\d{4}-\d{1,2}-\d{1,2}", value)


HEADER_SEARCH = 6
"""Rows at the top of an export searched for its header (title rows may stand above it)."""


def _header_index(rows: list[tuple[int, int, list[str]]]) -> int:
    """The row that names the columns: the first of the top rows with a cell naming the
    text and another naming a speaker or a time; 0 when none does (no header, or row 1).
    The export's own ``key,value`` rows above it (however many: an event's facts) are
    passed over before the search counts its rows."""
    preamble = next((i for i, (_, _, cells) in enumerate(rows)
                     if sum(1 for c in cells if c) > 2), len(rows))
    for index, (_, _, cells) in enumerate(rows[:preamble + HEADER_SEARCH]):
        roles = {_header_role(cell) for cell in cells if cell}
        # (A header naming the speaker and the time names its columns, whatever it calls
        # the text: 说话人, 时间, 转录文本.)
        if ("text" in roles and roles & {"label", "start"}) or {"label", "start"} <= roles:
            return index
    return 0


def _delimiter(path: Path, physical: list[str]) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    first = next((line for line in physical if line.strip()), "")
    try:
        return csv.Sniffer().sniff(first, delimiters=",\t;|").delimiter
    except csv.Error:
        return ","


def _rows(physical: list[str], delimiter: str) -> list[tuple[int, int, list[str]]]:
    """``(first line, last line, cells)`` of every non-empty row."""
    reader = csv.reader(iter(physical), delimiter=delimiter)
    rows = []
    done = 0
    for cells in reader:
        first, done = done + 1, reader.line_num
        cells = [cell.strip().lstrip("\ufeff") for cell in cells]
        if any(cells):
            rows.append((first, done, cells))
    return rows


def _bare(cell: str) -> str:
    return re.sub(r"[\s_\-]+", " ", re.sub(r"[（(][^）)]*[）)]", "", cell)).strip().lower()


def _header_role(cell: str) -> str:
    """The role a header cell names, or ""."""
    name = re.sub(r"[\s_\-]+", " ", re.sub(r"[（(][^）)]*[）)]", "", cell)).strip().lower()
    if name in kinds.TYPE_HEADERS:
        return ""  # Message type, 消息类型: the kinds of record (kinds.py), not their text
    for role, words in COLUMN_WORDS.items():
        if name in words:
            return role
    for role, words in COLUMN_WORDS.items():
        if any(len(word) > 3 and word in name for word in words):
            return role
    return ""


def _columns(rows: list[tuple[int, int, list[str]]], where: str) -> tuple[dict[str, int], bool]:
    """Column index by role (``label``, ``start``, ``end``, ``text``) and whether the first
    row is a header."""
    header = rows[0][2]
    named: dict[str, int] = {}
    for i, cell in enumerate(header):
        role = _header_role(cell)
        if role and role not in named:
            named[role] = i
    roles = [i for i, cell in enumerate(header) if _bare(cell) in ROLE_HEADERS]
    if roles and named.get("label") in roles:
        # The sender's name stands in another column: this one states each sender's role.
        others = [i for i, cell in enumerate(header) if i not in roles
                  and _header_role(cell) == "label"]
        if others:
            named["label"], named["role"] = others[0], roles[0]
    elif roles:
        named["role"] = roles[0]
    if named.get("role") == named.get("label"):
        named.pop("role", None)
    for i, cell in enumerate(header):
        if _bare(cell) in TIER_HEADERS and "tier" not in named:
            named["tier"] = i
            named.setdefault("label", i)
        elif _bare(cell) in TRANSLATION_HEADERS and "translation" not in named \
                and i != named.get("text"):
            named["translation"] = i
    if "text" not in named and "label" in named and len(rows) > 1:
        # The header names who speaks but calls the text by a word not known here (转录文本,
        # Verbatim): its text is the longest of the columns the header leaves unnamed, never
        # a short code column beside the speaker's (访谈编号, 段落).
        body = [cells for _, _, cells in rows[1:]]
        unnamed = [i for i in range(len(header)) if i not in named.values()]
        lengths = {i: sum(len(cells[i]) for cells in body if i < len(cells)) / len(body)
                   for i in unnamed}
        if lengths and max(lengths.values()) > 20:
            named["text"] = max(lengths, key=lambda i: lengths[i])
    if "text" in named:
        if "start" in named and MILLISECONDS.search(header[named["start"]]):
            named["ms"] = 1
        return named, True
    guessed = _guess_columns(rows)
    if "text" not in guessed:
        raise TranscriptError(
            where, rows[0][0], "no column of this export holds the text",
            "give it a header row naming its columns, e.g. speaker,start,end,text "
            "(说话人,开始时间,结束时间,内容)")
    # A first row whose times are no times is a header in words not known here.
    time_column = guessed.get("start")
    is_header = time_column is not None and not _seconds(header[time_column])
    return guessed, is_header


def _guess_columns(rows: list[tuple[int, int, list[str]]]) -> dict[str, int]:
    """Roles from what the columns hold: times, a short recurring name, the longest text."""
    body = [cells for _, _, cells in rows[1:]] or [rows[0][2]]
    width = max(len(cells) for cells in body)
    columns = [[cells[i] if i < len(cells) else "" for cells in body] for i in range(width)]
    roles: dict[str, int] = {}
    timed = [i for i, col in enumerate(columns)
             if sum(_seconds(cell) is not None for cell in col) >= 0.8 * len(col)]
    for role, i in zip(("start", "end"), timed, strict=False):
        roles[role] = i
    rest = [i for i in range(width) if i not in timed]
    if not rest:
        return roles
    lengths = {i: sum(len(c) for c in columns[i]) / len(body) for i in rest}
    roles["text"] = max(rest, key=lambda i: lengths[i])
    other = _translation_column(columns, [i for i in rest if i != roles["text"]], lengths,
                                roles["text"])
    if other is not None:
        roles["text"], roles["translation"] = min(roles["text"], other), max(roles["text"],
                                                                             other)
        rest = [i for i in rest if i != other]
    short = [i for i in rest if i != roles["text"] and lengths[i] <= 20
             and len(set(columns[i])) <= max(10, len(body) // 3)]
    if short:
        roles["label"] = short[0]
    return roles


def _translation_column(columns: list[list[str]], candidates: list[int],
                        lengths: dict[int, float], text: int) -> int | None:
    """Of a headerless export's columns, the one holding the text column's rows in another
    script (a Chinese column beside an English one, each row about as long): the
    translation, kept with the text."""
    theirs = Counter(script(c) for c in columns[text] if c).most_common(1)
    for i in candidates:
        ours = Counter(script(c) for c in columns[i] if c).most_common(1)
        if theirs and ours and ours[0][0] and theirs[0][0] and ours[0][0] != theirs[0][0] \
                and lengths[i] >= 0.3 * lengths[text] and lengths[i] > 10:
            return i
    return None


TRANSLATION_TIER = re.compile(r"^(?P<tier>.+?)[\s_\-.@/]+[A-Za-z]{2,12}$")
"""A tier named for the tier it translates: ``INT-en``, ``A_gloss``, ``S1 translation``."""


def _tier(cells: list[str], columns: dict[str, int]) -> str:
    i = columns.get("tier")
    return cells[i] if i is not None and i < len(cells) else ""


def _translates(before: Record, record: Record, tier: str) -> bool:
    """Whether a row is the row before it in another language: the same start and end, the
    same speaker (or a tier named for the speaker's: ``INT-en`` under ``INT``), the other
    script."""
    if not before.start or (before.start, before.end) != (record.start, record.end):
        return False
    theirs, ours = script(before.text), script(record.text)
    if not theirs or not ours or theirs == ours or "[" in before.text[-1:]:
        return False
    named = TRANSLATION_TIER.match(tier)
    return record.label == before.label or bool(named and named.group("tier") == before.label)


def _seconds(cell: str) -> float | None:
    """The cell as seconds, if it is a time: ``01:02:03``, ``1:02.5``, ``83.5``."""
    clock = CLOCK.match(cell)
    if clock:
        hours, minutes, seconds, fraction = clock.groups()
        return (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
                + (float(f"0.{fraction}") if fraction else 0.0))
    return float(cell) if SECONDS.match(cell) else None


def _clock(cell: str, milliseconds: bool) -> str:
    seconds = _seconds(cell)
    if seconds is None:
        return ""
    whole = int(seconds / 1000 if milliseconds and not CLOCK.match(cell) else seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _speaker_word(header_cell: str, body: list[tuple[int, int, list[str]]],
                  columns: dict[str, int]) -> str:
    """What a numbered speaker is called: the header's word (``说话人`` → ``说话人1``,
    ``Speaker`` → ``Speaker 1``), else by the text's script."""
    word = re.sub(r"[（(][^）)]*[）)]", "", header_cell).strip()
    if not word:
        text = columns.get("text", 0)
        chinese = any(re.search(r"[\u3400-\u9fff]", cells[text]) for _, _, cells in body[:20]
                      if text < len(cells))
        word = "说话人" if chinese else "Speaker"
    return word if re.search(r"[\u3400-\u9fff]$", word) else word.capitalize() + " "


def _record(first: int, last: int, cells: list[str], columns: dict[str, int],
            speaker_word: str) -> Record | None:
    def cell(role: str) -> str:
        i = columns.get(role)
        return cells[i] if i is not None and i < len(cells) else ""

    words = join_pieces(re.split(r"\r\n|\r|\n", cell("text")))
    if not words:
        return None
    rendering = join_pieces(re.split(r"\r\n|\r|\n", cell("translation")))
    if rendering:
        words = f"{words} [{rendering}]"
    label = join_pieces(cell("label").splitlines()).rstrip(":：")
    if label.isdigit():
        # The export numbers its speakers: its own word for them and the number.
        label = f"{speaker_word}{label}"
    ms = "ms" in columns
    return Record(first, words, label, _clock(cell("start"), ms), _clock(cell("end"), ms),
                  last if last > first else 0)
