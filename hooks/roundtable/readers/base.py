"""What every reader shares: the reader interface, and the first pass over a file.

A reader (one module per family of format, as Pelican's readers) says how well a file fits
it (:meth:`Reader.fit`, 0 to 1, from cheap signals) and reads it into a :class:`Draft`.
:func:`begin` does what every text reader does first: front and back matter, the title and
the guests the metadata and guest lists introduce.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from ..metadata import Metadata
from ..model import VERBATIM, Fix, labels_fix
from .draft import INTRO, TITLE, Draft
from .labels import unbold
from .matter import Matter, read_matter
from .names import is_han_name, is_latin_name, split_honorific
from .source import Line, Source
from .title import could_be_title

# A heading's own marker: 一、 （一） 1. 01 第一部分 Part 1 【…】 ▌…
HEADING_MARKER = re.compile(
    r"""(?x)^(?:
        [一二三四五六七八九十]+\s*[、.．]           # 一、
      | [（(][一二三四五六七八九十\d]+[）)]          # （一）
      | \d{1,2}\s*[、.．](?!\d)                     # 1、 2.
      | 0\d(?=\s|[\u3400-\u9fff])                   # 01 产品化
      | 第[一二三四五六七八九十\d]+(?:部分|章|节|篇|幕|场|讲|问)  # 第一部分
      | (?:Part|PART|Section)\s*\d+                 # Part 1
      | [■▌▍|｜◆●◉▶]                               # ▌ a graphic marker
    )\s*"""
)
BRACKETED_HEADING = re.compile(r"^[【\[](?P<title>[^】\]]{2,30})[】\]]$")
# A title set between rules of dashes, equals signs or stars (—— 第二场 ——, == Part 2 ==,
# *** 下半场 ***): the plain-text way of setting a section apart.
RULED_HEADING = re.compile(r"^(?P<rule>[—–\-=*~～#]{2,})\s*(?P<title>[^—–\-=*~～#\s]"
                           r"[^\n]{0,48}?)\s*(?P=rule)$")
SENTENCE_PUNCTUATION = re.compile(r"[。．!！?？;；:：,，、…]")
SENTENCE_END = re.compile(r"[。！!？?…；;]$")
HEADING_MAX = 40
PULL_QUOTE = re.compile(r"^[“「『\"]([^“”「」『』\"]{2,38})[”」』\"]$")
QUESTION_END = re.compile(r"[?？][”」』\"']?$")


class Reader(ABC):
    """One family of transcript formats."""

    name: str = ""
    extensions: tuple[str, ...] = (".txt",)
    mode: str = VERBATIM
    description: str = ""

    @abstractmethod
    def fit(self, source: Source, metadata: Metadata) -> float:
        """How well the file fits this family, from 0 (not at all) to 1 (certainly)."""

    @abstractmethod
    def read(self, source: Source, metadata: Metadata) -> Draft:
        """The file as a draft; raises TranscriptError for what it cannot place."""


def heading_marker(text: str) -> str | None:
    """The heading's text without its marker, if the line opens with one."""
    bracketed = BRACKETED_HEADING.match(text) or RULED_HEADING.match(text.strip())
    if bracketed:
        return bracketed.group("title")
    match = HEADING_MARKER.match(text)
    if match and len(text) > match.end() and len(text) <= HEADING_MAX + match.end():
        rest = text[match.end():]
        if not SENTENCE_END.search(rest) or QUESTION_END.search(rest):
            return rest
    return None


def heading_shape(text: str) -> bool:
    """A short line without sentence punctuation (the seed's headings have no marker)."""
    text = HEADING_MARKER.sub("", text) or text
    quoted = PULL_QUOTE.match(text)
    if quoted:
        # A pull quote set as a part's title (“三年后，X 会是默认选项”, the media
        # interview's convention): a phrase in quotes, commas allowed, no sentence ending.
        return len(text) <= HEADING_MAX and not re.search(r"[。．!！?？;；…]", quoted.group(1))
    return 0 < len(text) <= HEADING_MAX and not SENTENCE_PUNCTUATION.search(text)


def is_question(text: str) -> bool:
    """A line that ends with an ASCII or full-width question mark (a closing quote allowed)."""
    return bool(QUESTION_END.search(text))


def begin(source: Source, metadata: Metadata, reader: Reader,
          lines: list[Line] | None = None, first_speech: int | None = None,
          title: bool = True) -> tuple[Draft, list[Line], Matter]:
    """A draft with what every reader does first: matter excluded, guests introduced and
    the title taken; returns the draft and the lines left to read."""
    content = lines if lines is not None else source.content()
    draft = new_draft(source, metadata, reader)
    matter = read_matter(content, first_speech=first_speech,
                         joined=frozenset(line for line, _ in source.joined))
    draft.info.update(matter.info)
    draft.notes += matter.notes
    for name, affiliation, honorific, line in matter.guests:
        draft.introduce(name, affiliation, honorific, line)
    for name in matter.attendees:
        draft.guests[name].attending = True
    for form, name in matter.aliases.items():
        draft.aliases.setdefault(form, name)
    rest: list[Line] = []
    subject = matter.subject if title else None
    if subject is not None:
        draft.add(TITLE, subject[0], subject[1], rule="an email's subject is the message's title")
    for line in content:
        if subject is not None and line.number == subject[0]:
            continue
        if line.number in matter.excluded:
            draft.exclude(line.number, line.text, matter.excluded[line.number])
        elif title and draft.title is None and not rest and could_be_title(line, content, metadata):
            draft.add(TITLE, line.number, _title_text(line.text), rule="the first line is the title")  # noqa: E501
        elif line.number in matter.editors_notes:
            draft.add(INTRO, line.number, line.text.lstrip("> "), rule="编者按: the editors' intro")
        else:
            rest.append(line)
    return draft, rest, matter


def new_draft(source: Source, metadata: Metadata, reader: Reader) -> Draft:
    """An empty draft that knows the speakers the metadata declares."""
    draft = Draft(source.where, reader.name, reader.mode, source.encoding,
                  labels=metadata.label_map())
    # Hook-up (issue 26, layers 1-3): what the container or the layout repair set aside
    # before any reader, and the title of a container that holds none (a CSV export).
    draft.given_labels.update(source.given_labels)
    draft.stated_answers.update(source.stated_answers)
    for label, role in source.given_roles:
        draft.labels.setdefault(label, role)
    for line, reason in source.set_aside:
        draft.exclude(line.number, line.text, reason)
    yml = source.where.rsplit(".", 1)[0] + ".yml"
    for line_number, label, why, name in source.unsure_labels:
        if label not in draft.labels:
            draft.warn(line_number, why, f"add `labels: {{{label}: <who wrote it>}}` to {yml} "
                       f"(e.g. {name}); if each row differs, give the row's sender in the file",
                       fix=labels_fix(label, name))
    for line_number, message, hint in source.doubts:
        draft.warn(line_number, message, hint, fix=Fix("metadata", f"confirm: [{line_number}]"))
    if source.untitled:
        draft.add(TITLE, [], str(metadata.info.get("title") or source.path.stem),
                  rule=f"a {source.container} export holds no title: the metadata's or the "
                  "file name")
    for info in metadata.speakers:
        draft.introduce(info.name, info.fields.get("affiliation", ""))
        draft.aliases.update(dict.fromkeys(info.aliases, info.name))
    return draft


def _title_text(text: str) -> str:
    return text.lstrip("#").strip() or text


CHECKBOXES = "☐☑☒✅✓✔✗✘❎"


def _undecorated(label: str) -> str:
    """A display name without the emoji and symbols its owner put around it (🌊海风, 小林✨):
    pictures, not part of any name."""
    def picture(char: str) -> bool:
        # Emoji (the pictographs' planes, the dingbats and miscellaneous symbols) and what
        # joins or varies them; never a to-do list's box (□ ☐ ✅ ✔), which marks a line.
        point = ord(char)
        return (point >= 0x1F000 or (0x2600 <= point <= 0x27BF and char not in CHECKBOXES)
                or char in "\ufe0f\u200d")
    start, end = 0, len(label)
    while start < end and picture(label[start]):
        start += 1
    while end > start and picture(label[end - 1]):
        end -= 1
    return label[start:end].strip() or label


def label_name(label: str) -> tuple[str, str, str]:
    """``(name, affiliation, honorific)`` of a turn label: 张伟（华岳大学） → 张伟, 华岳大学."""
    label = _undecorated(unbold(label).strip())
    affiliation = ""
    # A minutes' label that says how the turn comes in (方建国（导师）补充：, 李明插话：,
    # 王芳追问：): the person, the verb only tells how they spoke (the language's own words).
    cut_in = SPEAKING_HOW.match(label)
    if cut_in and (is_han_name(cut_in.group("who")) or cut_in.group("who").endswith(("）", ")"))):
        label = cut_in.group("who")
    # A mention (@周立恒, the notes apps' and chat apps' convention) of someone named in
    # full is that person; a handle that is no name (@新浪教育) stays as written.
    mentioned = label[1:].strip() if label[:1] in "@＠" else ""
    if mentioned and (is_han_name(mentioned) or is_latin_name(mentioned)):
        label = mentioned
    # A meeting app's display name: 叶承泽 (Chengze Ye) | IoT BU — the department after a bar.
    # So is a position after a spaced middle dot: 严澍 · 澜图科技CTO (普丽娅·拉曼 has no spaces).
    # Or after a spaced dash: Kai Zhou - Acme Labs.
    department = re.match(r"^(?P<name>[^|｜]+?)(?:\s*[|｜]\s*|\s+[·•・\-–—]\s+)"
                          r"(?P<dept>[^|｜]{1,30})$", label)
    if department:
        label, affiliation = department.group("name").strip(), department.group("dept").strip()
    # A Chinese name the app shows with what its owner added: the English name they go by
    # (赵敏Amy, 赵敏 Amy) or an affiliation after a dash (苏文-某实验室).
    decorated = DISPLAY_NAME.match(label)
    if decorated and is_han_name(decorated.group("name")):
        return decorated.group("name"), (decorated.group("dept") or affiliation).strip(), ""
    # A directory's display name, Last, First (Dept): Li, Ruoxi (R&D-SH) is Ruoxi Li of R&D-SH.
    inverted = INVERTED.match(label)
    if inverted:
        label = f"{inverted.group('given')} {inverted.group('family')}"
        affiliation = affiliation or (inverted.group("dept") or "").strip()
    # A Chinese name with its romanisation beside it (祁悦 Qi Yue, 叶承泽 (Chengze Ye)) is
    # the Chinese name; the spelling only repeats it.
    spelled = ROMANISED.match(label)
    if spelled:
        return spelled.group("name"), affiliation, ""
    match = re.match(r"^(?P<name>[^（(]+?)\s*[（(](?P<aff>[^）)]+)[）)]$", label)
    if match:
        label, affiliation = match.group("name").strip(), match.group("aff").strip()
    name, honorific = split_honorific(label)
    return name, affiliation, honorific


SPEAKING_HOW = re.compile(r"^(?P<who>[\u3400-\u9fff]{2,4}(?:\s*[（(][^）)]{1,20}[）)])?)\s*"
                          r"(?:补充|補充|插话|插話|追问|追問|回应|回應|接话|接話)$")
# (name@机构 is the chat apps' convention for where a member works: 陈卓然@某机器人.)
DISPLAY_NAME = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,4}?)(?:\s?[A-Z][a-z]{1,15}"
                          r"|\s*[-－—–@＠]\s*(?P<dept>\S.{0,30}))$")
INVERTED = re.compile(r"^(?P<family>[A-Z][A-Za-z'\-]+),\s*(?P<given>[A-Z][A-Za-z'\-]+"
                      r"(?:\s[A-Z][A-Za-z'\-]+)?)\s*(?:[（(](?P<dept>[^）)]{1,30})[）)])?$")
ROMANISED = re.compile(r"^(?P<name>[\u3400-\u9fff·]{2,8})\s*[（(]?\s*"
                       r"[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,3}\s*[）)]?$")
