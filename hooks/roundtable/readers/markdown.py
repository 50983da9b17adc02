"""Markdown transcripts, read with markdown-it-py's tokenizer (not regexes over ``#``).

The first level-1 heading is the title; other headings are part headings whatever
punctuation they hold; paragraphs may open with bold labels (``**张伟**：``); list items are
paragraphs of the turn they stand in; a blockquoted 编者按 is the intro; horizontal rules
are excluded.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..metadata import Metadata
from ..model import VERBATIM, TranscriptError
from .base import Reader, is_question, label_name, new_draft
from .draft import ANSWER as ANSWERED
from .draft import INTRO, QUESTION, TITLE, Draft
from .interview import ANSWER, interviewee_of
from .labels import (
    ALONE_SHAPE,
    AUDIENCE,
    DEFAULT_HOST_LABELS,
    alone_label,
    alone_line,
    running_text,
    split_label,
    standalone_labels,
)
from .matter import read_matter
from .names import is_han_name, is_latin_name, title_form
from .source import Line, Source
from .summaries import summary_heading
from .turns import TurnReader, Unit, confirm, host_labels

# Inline marks that wrap words, dropped with their pair only (CommonMark's emphasis and code
# spans): a lone or spaced `*` is the text's own (`{{ 7*7 }}`, `a * b`, `*注`) and stays.
_INLINE_MARKS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),       # **strong**
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),  # __strong__, not snake__case__
    re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"),      # *emphasis*
    re.compile(r"`([^`\n]+)`"),                         # `code`
)
# A callout, Obsidian's and GitHub's alert syntax: a blockquote opening with [!type].
CALLOUT = re.compile(r"^\[![A-Za-z-]+\][+-]?")
# A comment in Obsidian's notes (%% … %%), never rendered.
NOTES_COMMENT = re.compile(r"^%%.*%%$", re.S)
TOC_ENTRY = re.compile(r"^\[[^\]]+\]\(#[^)]*\)$")
# A paragraph that is only images (with their links): ![图1](img/a.png)
IMAGES_ONLY = re.compile(r"^(?:\s*\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$")
FRONT_MATTER_END = ("---", "...")
# A speaker's header line with the time their turn starts and nothing else (**Jane Roe** ·
# 00:04, Jane Roe (00:01:23), Speaker 2 | 1:02:03, 张伟 00:12): a meeting export's.
TIMED_HEADER = re.compile(
    r"^(?P<name>(?:\*\*)?[^\s*·•|｜:：\[(（\d][^*·•|｜:：\[\]()（）]{0,40}?(?:\*\*)?)"
    r"\s*(?:[·•|｜–—-]\s*)?[\[(（]?\d{1,2}:\d{2}(?::\d{2})?[\])）]?$")
SPEAKER_KEYS = ("guests", "speakers", "guest", "speaker", "lecturer", "presenter",
                "嘉宾", "主讲人", "讲者", "主讲")


@dataclass
class _Block:
    kind: str
    """``heading1``, ``heading``, ``paragraph``, ``item`` or ``rule``."""
    lines: list[int]
    text: str
    quoted: bool = False
    """Inside a blockquote (``> 助教注：…``): the notes' own aside, unless its label speaks."""
    callout: bool = False
    """Inside a callout (``> [!tip] 整理者注``): the notes' own aside, whatever it holds."""
    nested: bool = False
    """A list item inside another item (an indented sub-bullet): part of its parent's turn."""
    timed: bool = False
    """A speaker's header with the time of the turn (**Jane Roe** · 00:04), split off the
    words under it."""


class MarkdownReader(Reader):
    name = "markdown"
    mode = VERBATIM
    extensions = (".md", ".markdown")
    description = "a Markdown transcript: # title, ## headings, **张伟**： labels"

    def fit(self, source: Source, metadata: Metadata) -> float:
        if source.suffix in self.extensions:
            return 1.0
        headings = sum(1 for line in source.content() if re.match(r"^#{1,6}\s", line.text))
        return 0.6 if headings >= 2 else 0.0

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft = new_draft(source, metadata, self)
        front = _front_matter(source, draft)
        blocks = _tokens(source, skip=front)
        report = _as_report(source, metadata, blocks, front)
        if report is not None:
            return report
        if front.get("title") and not any(b.kind == "heading1" for b in blocks):
            draft.add(TITLE, [], str(front["title"]), rule="the front matter's title")
        # Headings go through the shared pass too, as bare lines: a `## 嘉宾介绍` section is the
        # page's guest list, not a part whose items are turns.
        paragraphs = [b for b in blocks if b.kind in ("paragraph", "item", "heading")]
        matter = read_matter([Line(b.lines[0], _plain(b.text) if b.kind == "heading" else b.text)
                              for b in paragraphs] + _html_statements(blocks))
        draft.info.update(matter.info)
        draft.notes += matter.notes
        for name, affiliation, honorific, line in matter.guests:
            draft.introduce(name, affiliation, honorific, line)
        for form, name in matter.aliases.items():
            draft.aliases.setdefault(form, name)
        hosts = host_labels(metadata.host_labels, matter.host_names)
        footer = _footer(blocks)
        alone = _alone_labels(blocks, hosts)
        units: list[Unit] = []
        turn_labels = {split_label(b.text)[0] for b in blocks if b.kind in ("paragraph", "item")
                       and not b.nested and not b.quoted} - {""}
        for index, block in enumerate(blocks):
            first = block.lines[0]
            if block in footer:
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "in italics after the page's last rule: the page's footer "
                                  "(a next-session notice, a credit), not speech")
                continue
            if block.kind == "heading1" and draft.title is None:
                draft.add(TITLE, block.lines, block.text, rule="the first # heading is the title")
            elif index in alone and block.kind == "heading":
                units.append(Unit(block.lines, "", alone[index], raw=_plain(block.text),
                                  rule=f"'{alone[index]}' in a heading over each turn (it "
                                  "recurs so): a label"))
            elif block.kind == "heading" and first in matter.excluded:
                draft.exclude(first, block.text, matter.excluded[first])
            elif (block.kind == "heading" and draft.title is not None
                  and _asks(block.text, metadata) and not _host_follows(blocks, index, hosts)):
                units.append(Unit(block.lines, _plain(block.text), hosts[0],
                                  raw=_plain(block.text), rule="a heading that asks (ends with "
                                  "？, or the metadata's questions match it): the host's question"))
            elif block.kind in ("heading1", "heading"):
                units.append(Unit(block.lines, block.text, heading=True,
                                  rule="a Markdown heading: a part heading"))
            elif block.kind == "rule":
                draft.exclude(first, "---", "a horizontal rule")
            elif block.kind == "html":
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "raw HTML (an image, a layout tag): not speech")
            elif IMAGES_ONLY.match(block.text):
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "an image and its caption: not speech")
            elif block.kind == "item" and TOC_ENTRY.match(block.text):
                draft.exclude(first, block.text, "a table of contents entry")
            elif block.callout or NOTES_COMMENT.match(block.text.strip()):
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "a callout or a comment of the notes (> [!tip] …, %% … %%): "
                                  "the notes' own aside, not speech")
            elif first in matter.excluded:
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  matter.excluded[first])
            elif first in matter.editors_notes:
                draft.add(INTRO, block.lines, _plain(block.text), rule="编者按: the editors' intro")
            elif draft.title is None:
                draft.add(TITLE, block.lines, _plain(block.text), rule="no # heading: the first "
                          "paragraph is the title")
            elif (block.quoted and split_label(block.text)[0]
                  and not _label_recurs(block, blocks)):
                # > 助教注：… in class notes: the note-taker's aside under its own one-off
                # heading word (what was on the board, where the slides are), not anyone's
                # words; a quoted turn keeps its label, and an unlabelled quotation (a saying
                # a speaker quotes) stays in the turn it stands in.
                for number in block.lines:
                    draft.exclude(number, block.text if number == first else "",
                                  "a blockquoted note: the notes' own account, not speech")
            elif index in alone:
                # A label alone on its paragraph (**张伟**, **张伟 | 某某科技 CTO**), the way
                # web articles set a roundtable: it opens the turn of the paragraphs under it.
                units.append(Unit(block.lines, "", alone[index], raw=block.text,
                                  rule=f"'{alone[index]}' alone on its paragraph (it recurs "
                                  "so): a label"))
            else:
                label, rest = split_label(block.text)
                if index - 1 in alone or (block.nested and _under_labelled_item(blocks, index)
                                          and label not in turn_labels):
                    # The words under a label alone: 我想问一句：… is no label. A sub-bullet
                    # under a turn's item (  - 周报：…) goes on with that turn: the list's
                    # nesting says so, unless its label opens turns of its own elsewhere
                    # (  - **陈默**：… replying).
                    label = ""
                text = _plain(rest if label else block.text)
                if block.kind == "item":
                    text = "• " + text
                units.append(Unit(block.lines, text, label.replace("**", "").strip(),
                                  raw=_plain(block.text)))
        units = _without_summaries(units, draft)
        lecturer = _credit_talk_stretch(units, draft, metadata)
        if lecturer:
            hosts = (*hosts, *_askers_beside(lecturer, units, draft))
        answerer = ""
        if any(u.label in ANSWER for u in units):
            opening = [draft.title.text if draft.title else ""]
            opening += [u.text for u in units[: next(i for i, u in enumerate(units) if u.label)]]
            answerer = interviewee_of(draft, metadata, opening)
        # Minutes set as bullets, every turn an item opening with its label: an item under a
        # later heading that opens with none (a conclusion, a task) is the minutes' own text.
        # (A page's property lines above them, Created: …, are no turns.)
        labelled = [u for u in units if u.label and not u.heading]
        first_item = next((i for i, u in enumerate(labelled) if u.text.startswith("• ")),
                          len(labelled))
        bulleted = (len(labelled) - first_item >= 3
                    and all(u.text.startswith("• ") for u in labelled[first_item:]))
        TurnReader(draft, hosts, answerer=answerer, narrated_sections=bulleted).read(units)
        if bulleted:
            _warn_unnamed_items(draft, blocks, units[_first_item_unit(units):])
        return draft


def _first_item_unit(units: list[Unit]) -> int:
    """The index of the first unit that is a labelled list item."""
    return next((i for i, u in enumerate(units) if u.label and u.text.startswith("• ")),
                len(units))


def _warn_unnamed_items(draft: Draft, blocks: list[_Block], units: list[Unit]) -> None:
    """In minutes set as bullets, one turn an item opening with its label, an item of its own
    (not a sub-bullet) that opens with none and that the reading credited to a speaker by
    continuing the turn above (- 有人提出：…): a new entry, whose speaker the notes do not
    name. It warns at its line with the fix."""
    items = {b.lines[0] for b in blocks if b.kind == "item" and not b.nested and not b.quoted}
    after_first = {u.lines[0] for u in units if not u.heading}
    for block in draft.blocks:
        first = block.lines[0] if block.lines else 0
        # (The turn reader's rule for words that no label of a speaker opens.)
        if first in items and first in after_first and block.role in (ANSWERED, QUESTION) \
                and block.who and block.rule.startswith("unlabelled: continues"):
            draft.warn(first, f"a list item of its own that names no speaker, credited to "
                       f"{block.who} only because it follows their item: whose words?",
                       f"open the item with its speaker's label (- **{block.who}**：…) if "
                       "they said it; if the notes do not say who, confirm this line",
                       fix=confirm(first))


def _without_summaries(units: list[Unit], draft: Draft) -> list[Unit]:
    """The units left when each section under a summary's heading (## 待办, ## AI 摘要,
    ## Action items: summaries.py) that holds nothing said is set aside with its reason: a
    section holds speech where one of its paragraphs opens with a label that opens turns
    outside it too (**何静**：总结一下…)."""
    starts = [i for i, u in enumerate(units) if u.heading]
    kept: list[Unit] = []
    dropped: set[int] = set()
    for position, start in enumerate(starts):
        if not summary_heading(units[start].text):
            continue
        end = starts[position + 1] if position + 1 < len(starts) else len(units)
        inside = units[start + 1:end]
        outside = {u.label for u in units[:start] + units[end:] if u.label and not u.heading}
        if any(u.label in outside for u in inside):
            continue
        dropped.update(range(start, end))
        for unit in units[start:end]:
            for number in unit.lines:
                draft.exclude(number, unit.raw or unit.text if number == unit.lines[0] else "",
                              "a summary's heading and what stands under it (待办, 摘要, "
                              "Action items): the notes' own, nobody's words" if unit.heading
                              else "under a summary's heading (待办, 摘要, Action items): "
                              "the notes' own, nobody's words")
    kept = [u for i, u in enumerate(units) if i not in dropped]
    return kept


REPORT_FIT = 0.3
"""The reported reader's fit a Markdown page without turns must reach to be read as a
report (the registry's lowest fit, readers/__init__.py)."""


def _as_report(source: Source, metadata: Metadata, blocks: list[_Block],
               front: dict) -> Draft | None:
    """A Markdown page that is a report (a blog post retelling an interview: 老周说，…, 我问他：
    …？, Okafor said…): no label recurs at the start of its paragraphs and the reported
    reader fits its words. Its Markdown is read as a page (the front matter, rules, raw HTML,
    a footer set aside; headings and paragraphs as plain lines on their own line numbers)
    and the words by the reported reader, the shared reading of reported speech."""
    from .reported import ReportedReader  # (the one reader of reported speech)

    spoken = [b for b in blocks if b.kind in ("paragraph", "item")]
    labels = Counter(split_label(b.text)[0].replace("**", "").strip() for b in spoken)
    labels.pop("", None)
    # (Labels on several paragraphs, each once, are a record's too: people's one-line takes.)
    if (any(count > 1 for count in labels.values()) or sum(labels.values()) > 2
            or _alone_labels(blocks, ())):
        return None
    texts = [""] * len(source.lines)
    set_aside: list[tuple[int, str, str]] = []
    footer = _footer(blocks)
    for block in blocks:
        first = block.lines[0]
        if block in footer or block.kind in ("rule", "html") or block.callout \
                or IMAGES_ONLY.match(block.text):
            why = ("in italics after the page's last rule: the page's footer, not speech"
                   if block in footer else "a horizontal rule" if block.kind == "rule"
                   else "raw HTML (an image, a layout tag): not speech"
                   if block.kind == "html" else "an image or a callout of the page: not speech")
            set_aside += [(n, block.text if n == first else "", why) for n in block.lines]
            continue
        texts[first - 1] = _plain(block.text)
    title_line = 0
    if front.get("title") and not any(b.kind == "heading1" for b in blocks):
        # The front matter's title stands on its own line (title: …), as the page's first.
        title_line = next(line.number for line in source.lines
                          if line.text.lstrip().startswith("title:"))
        texts[title_line - 1] = str(front["title"])
    for line in source.lines[:front.get("lines", 0)]:
        if line.text and line.number != title_line:
            set_aside.append((line.number, line.text, "YAML front matter: the page's facts"))
    plain = replace(source, lines=tuple(Line(line.number, text)
                                        for line, text in zip(source.lines, texts, strict=True)),
                    set_aside=())
    reader = ReportedReader()
    if reader.fit(plain, metadata) < REPORT_FIT:
        return None
    try:
        draft = reader.read(plain, metadata)
    except TranscriptError:
        return None  # (what the report reading cannot place, the page's own reading tries)
    for number, text, why in set_aside:
        draft.exclude(number, text, why)
    for line, why in source.set_aside:
        draft.exclude(line.number, line.text, why)
    return draft


def _alone_labels(blocks: list[_Block], hosts: tuple[str, ...]) -> dict[int, str]:
    """The blocks that are a label alone on their paragraph (labels.standalone_labels over
    the file's paragraphs), by index, with their label. A heading below the title is such a
    paragraph too: a heading mark before a recurring label (``### 某某：`` over each turn, as
    an open-transcript page and many notes apps set them; ``## Q`` / ``## A``) is a label,
    whether or not its colon is there; a heading that does not recur stays a heading."""
    shown = [i for i, b in enumerate(blocks)
             if b.kind in ("paragraph", "heading") and not b.quoted]
    found = standalone_labels([blocks[i].text for i in shown],
                              lambda label: label in hosts or bool(AUDIENCE.match(label)))
    labels = {}
    for position in found:
        match = ALONE_SHAPE.match(alone_line(blocks[shown[position]].text))
        if match:
            labels[shown[position]] = match.group(0).rstrip(":：").replace("**", "").strip()
    if sum(1 for index in labels if blocks[index].timed) >= 2:
        # Where timed headers open the turns, every one does, though its speaker speaks once
        # (a dial-in's one "Right."): the export writes a header only over a turn.
        for index, block in enumerate(blocks):
            label = alone_label(block.text) if block.timed else ""
            if label and index not in labels and not running_text(label):
                labels[index] = label.replace("**", "").strip()
    if sum(1 for index in labels if blocks[index].kind == "heading") >= 2:
        # Where headings open the turns, one more heading in their shape, its colon kept
        # (### 某某：), is a turn too, though that person speaks once (an aide handed the
        # floor), when the file names them outside the heading (a participants line).
        others = "\n".join(b.text for b in blocks if b.kind != "heading")
        for index, block in enumerate(blocks):
            label = alone_label(block.text) if block.kind == "heading" else ""
            if label and index not in labels and block.text.strip().endswith((":", "：")) \
                    and index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph" \
                    and not running_text(label) and label.replace("**", "") in others:
                labels[index] = label.replace("**", "").strip()
    return labels


def _html_statements(blocks: list[_Block]) -> list[Line]:
    """The short statements inside a page's raw HTML before its first paragraph (a Notion
    callout: <aside>💡 … 主持：@某某；记录：@某某。</aside>), one a line: what they state (who
    chairs, who takes notes) is the page's header. The block itself stays excluded."""
    first_text = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"
                       and not b.text.startswith("<")), len(blocks))
    found = []
    for block in blocks[:first_text + 8]:
        if block.kind != "html":
            continue
        plain = re.sub(r"<[^>]+>", " ", block.text)
        for clause in re.split(r"[。；;\n]", plain):
            # (Without the mention signs and the callout's icon: any symbol before the words.)
            clause = re.sub(r"^[^\w]+", "", re.sub(r"[@＠]", "", clause)).strip()
            if 0 < len(clause) <= 30 and re.match(r"^[^：:]{1,6}[：:]\S", clause):
                found.append(Line(block.lines[0], clause))
    return found


WHOLLY_EMPHASISED = re.compile(r"^(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)$")


def _footer(blocks: list[_Block]) -> list[_Block]:
    """The paragraphs after the file's last horizontal rule when every one of them is set in
    italics (``*下节课：…*``): a page's footer, as blogs and notes sites set it."""
    last_rule = max((i for i, b in enumerate(blocks) if b.kind == "rule"), default=None)
    if last_rule is None:
        return []
    after = blocks[last_rule + 1:]
    if after and all(b.kind == "paragraph" and WHOLLY_EMPHASISED.match(b.text.strip())
                     for b in after):
        return after
    return []


def _label_recurs(block: _Block, blocks: list[_Block]) -> bool:
    """Whether a quoted paragraph's label opens other paragraphs too (a turn quoted)."""
    label = split_label(block.text)[0]
    others = [b for b in blocks if b is not block and b.kind in ("paragraph", "item")
              and split_label(b.text)[0] == label]
    if not label or not others:
        return False
    # A label that opens quoted paragraphs only is a turn quoted when it names a person
    # (> **连峥**：…); a word that names nobody (> **结论**：… under each agenda item) is the
    # notes' own heading word.
    name = label_name(label)[0]
    return any(not b.quoted for b in others) or is_han_name(name) or is_latin_name(name)


def _under_labelled_item(blocks: list[_Block], index: int) -> bool:
    """Whether the nearest item above a nested item that is not nested opens with a label."""
    parent = next((b for b in reversed(blocks[:index])
                   if b.kind == "item" and not b.nested), None)
    return parent is not None and bool(split_label(parent.text)[0])


def _askers_beside(lecturer: str, units: list[Unit], draft: Draft) -> list[str]:
    """In a lecture's notes, the labels other than the lecturer's whose every turn asks (a
    TA reading out the online questions): they ask, as the host does; the lecturer answers.
    A label the file introduces as a guest, or that may be the lecturer, is left alone."""
    turns: dict[str, list[str]] = {}
    for unit in units:
        if unit.label and not unit.heading and unit.label != lecturer:
            turns.setdefault(unit.label, []).append(unit.text)
    def may_be_lecturer(label: str) -> bool:  # 钟老师 for 钟予安
        name = label_name(label)[0]
        return name in lecturer or title_form(name) == lecturer[:1]

    return [label for label, texts in turns.items()
            if all(is_question(t) for t in texts)
            and label_name(label)[0] not in draft.guests and not may_be_lecturer(label)]


def _credit_talk_stretch(units: list[Unit], draft: Draft, metadata: Metadata) -> str:
    """Lecture notes: the unlabelled paragraphs under headings before the first label are a
    one-speaker stretch, the talk of the one person the front matter, the metadata or the
    title names (钟老师讲座整理 with its lecturer in the front matter)."""
    # A colon once in running text (大家先想一个问题：…) is a sentence's, not a label: a label
    # recurs, or names someone the file introduces.
    counts = Counter(u.label for u in units if u.label)
    known = set(draft.guests) | set(draft.aliases)

    def labelled(unit: Unit) -> bool:
        if not unit.label:
            return False
        name = label_name(unit.label)[0]
        # Seen once, a label still names someone: a person, 庞老师, 同学, 主持人.
        return (counts[unit.label] > 1 or unit.label in known or name in known
                or is_han_name(name) or is_latin_name(name) or bool(title_form(name))
                or bool(AUDIENCE.match(name)) or name in DEFAULT_HOST_LABELS)

    first_label = next((i for i, u in enumerate(units) if labelled(u) and not u.heading),
                       len(units))
    first_heading = next((i for i, u in enumerate(units) if u.heading), None)
    if first_heading is None or first_heading >= first_label:
        return ""
    stretch = [u for u in units[first_heading:first_label] if not u.heading]
    if not stretch or any(is_question(u.text) for u in stretch):
        return ""
    title = [draft.title.text] if draft.title else []
    lecturer = interviewee_of(draft, metadata, title)
    if not lecturer:
        return ""
    for unit in stretch:
        if unit.label:
            unit.text = unit.raw or unit.text
        unit.label = lecturer
        unit.rule = (f"unlabelled under the headings before any turn: the talk of {lecturer}, "
                     "whom the file names as its one speaker")
    return lecturer


def _host_follows(blocks: list[_Block], index: int, hosts: tuple[str, ...]) -> bool:
    """Whether the host asks right under the heading (then the heading only names a part)."""
    following = next((b for b in blocks[index + 1:] if b.kind in ("paragraph", "item",
                                                                   "heading", "heading1")), None)
    if following is None or following.kind not in ("paragraph", "item"):
        return False
    label = split_label(following.text)[0].replace("**", "").strip()
    return label in hosts


def _asks(text: str, metadata: Metadata) -> bool:
    return is_question(_plain(text)) or any(m.match in text for m in metadata.questions)


def _front_matter(source: Source, draft: Draft) -> dict:
    """YAML front matter (``---`` … ``---`` at the top): excluded line by line, its title,
    date and guests seeding the draft's."""
    lines = source.lines
    if not lines or lines[0].text != "---":
        return {}
    end = next((line.number for line in lines[1:] if line.text in FRONT_MATTER_END), None)
    if end is None:
        return {}
    import yaml  # front matter is YAML, read with the library the metadata uses

    try:
        data = yaml.safe_load("\n".join(line.text for line in lines[1:end - 1])) or {}
    except yaml.YAMLError:
        data = {}
    data = data if isinstance(data, dict) else {}
    for line in lines[:end]:
        if line.text:
            draft.exclude(line.number, line.text, "YAML front matter: the page's facts")
    # Who speaks, by the keys a notes page or a blog's front matter uses for it; a value
    # may carry the position in brackets (钟某（某大学 副教授）).
    guests = next((data[key] for key in SPEAKER_KEYS if data.get(key)), [])
    for guest in guests if isinstance(guests, list) else str(guests).split(","):
        entry = str(guest.get("name", "") if isinstance(guest, dict) else guest).strip()
        name, affiliation, _ = label_name(entry) if entry else ("", "", "")
        if name:
            draft.introduce(name, affiliation, line=1)
    for key in ("date", "author", "source"):
        if data.get(key):
            draft.front[key] = str(data[key])
    return {"title": data.get("title"), "lines": end}


def _tokens(source: Source, skip: dict) -> list[_Block]:
    from markdown_it import MarkdownIt  # the format's own tokenizer

    # Front matter lines are blanked, so that every other line keeps its number.
    text = "\n".join("" if line.number <= skip.get("lines", 0) else line.text
                     for line in source.lines)
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[_Block] = []
    in_item = in_quote = 0
    callouts: list[bool] = []
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            in_quote += 1
            opening = tokens[index + 2] if index + 2 < len(tokens) else None
            callouts.append(bool(opening is not None and opening.type == "inline"
                                 and CALLOUT.match(opening.content)) or any(callouts))
        elif token.type == "blockquote_close":
            in_quote -= 1
            callouts.pop()
        elif token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type in ("heading_open", "paragraph_open") and token.map:
            inline = tokens[index + 1]
            lines = list(range(token.map[0] + 1, token.map[1] + 1))
            lines = [n for n in lines if source.lines[n - 1].text]
            if token.type == "heading_open":
                kind = "heading1" if token.tag == "h1" else "heading"
            else:
                kind = "item" if in_item else "paragraph"
            pieces = _split_at_labels(kind, lines, inline.content)
            for piece in pieces:
                piece.quoted = bool(in_quote)
                piece.callout = bool(callouts and callouts[-1])
                piece.nested = in_item > 1
            blocks += pieces
        elif token.type == "hr" and token.map:
            blocks.append(_Block("rule", [token.map[0] + 1], "---"))
        elif token.type in ("fence", "code_block", "html_block") and token.map:
            lines = [n for n in range(token.map[0] + 1, token.map[1] + 1)
                     if source.lines[n - 1].text]
            kind = "html" if token.type == "html_block" else "paragraph"
            blocks.append(_Block(kind, lines, token.content.strip().replace("\n", " ")))
    return blocks


def _split_at_labels(kind: str, lines: list[int], content: str) -> list[_Block]:
    """A paragraph whose later lines open with a label (``**李娜：**`` under ``**张伟：**``,
    no blank line between) is one turn a line: a block for each."""
    pieces = content.split("\n")
    if kind == "heading1" or kind == "heading" or len(pieces) != len(lines):
        return [_Block(kind, lines, content.replace("\n", ""))]
    blocks: list[_Block] = []
    for number, piece in zip(lines, pieces, strict=True):
        timed = TIMED_HEADER.match(piece.strip())
        if timed and kind == "paragraph" and len(pieces) > 1:
            # A meeting export's speaker header over the words, no blank line between
            # (**Jane Roe** · 00:04, Jane Roe (00:01:23), Speaker 2  0:03: Fireflies', Otter's,
            # Teams' Markdown): the name is a label alone on its line, the time no word.
            blocks.append(_Block(kind, [number], timed.group("name").strip(), timed=True))
            blocks.append(_Block(kind, [], ""))
            continue
        if blocks and (not split_label(piece)[0] or not blocks[-1].lines):
            if not blocks[-1].lines:
                blocks[-1].text = ""
            blocks[-1].lines.append(number)
            blocks[-1].text += piece
        else:
            blocks.append(_Block(kind, [number], piece))
    return [block for block in blocks if block.lines]


def _plain(text: str) -> str:
    """Inline Markdown marks dropped: the words as a reader sees them."""
    for marks in _INLINE_MARKS:
        text = marks.sub(r"\1", text)
    return text.strip()
