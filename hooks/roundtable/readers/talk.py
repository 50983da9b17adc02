"""A talk: one speaker, no questions. The speaker is the one the metadata or a guest list
declares, or the one the title (演讲 | 周立群：…) or the intro (…周立群在…的主题演讲) names.
Leading paragraphs about the talk (本文整理自…) are the intro; part headings are optional."""

from __future__ import annotations

import re
from collections import Counter

from ..metadata import Metadata
from ..model import VERBATIM, Fix, TranscriptError
from .base import Reader, begin, heading_marker, heading_shape, is_question
from .draft import ANSWER, HEADING, INTRO, QUESTION, Draft
from .hint_examples import examples_for
from .labels import split_label
from .matter import read_matter
from .names import HAN, is_han_name, is_latin_name, name_at_end, split_honorific
from .source import Source
from .turns import host_labels

TITLE_NAME = re.compile(r"(?:^|[|｜丨])\s*(?P<name>[^|｜丨:：\s]{2,20})\s*[:：]")
INTRO_NAME = re.compile(rf"(?P<run>[{HAN}]{{2,20}})在[^。]{{0,40}}?(?:演讲|报告|分享|讲座|致辞|发言)")  # noqa: E501
# A byline under a talk's title: 韦若琳｜衡川人工智能实验室首席科学家 (name, bar, position).
BYLINE = re.compile(r"^\s*(?P<name>[^|｜丨:：\s]{2,20})\s*[|｜丨]\s*\S")
OPENING = 8
"""How many lines open a talk: title, subtitle, byline and an editor's note (编者按：本文根据…)."""
EDITORIAL = re.compile(r"本文|以下为|以下是|整理自|演讲实录|内容有删节|编者|经.{0,6}审阅|据.{0,10}整理")  # noqa: E501


class TalkReader(Reader):
    name = "talk"
    mode = VERBATIM
    description = "a talk: one speaker, no questions (演讲 | 周立群：…)"

    def fit(self, source: Source, metadata: Metadata) -> float:
        lines = source.content()
        if len(lines) < 2:
            return 0.0
        # Labels by statistics: a prefix before a colon that recurs marks turns; one seen once
        # is a sentence's colon (先做个小调查：…, 编者按：…) or a host's one closing line.
        # A short prefix seen once (主持人：, 小结：) may still be a turn; a long one is a clause.
        labels = Counter(label for line in lines if (label := split_label(line.text)[0])
                         and heading_marker(line.text) is None and not EDITORIAL.search(label))
        labelled = sum(n for label, n in labels.items() if n > 1 or len(label) <= 4)
        questions = sum(1 for line in lines[1:] if is_question(line.text))
        guests = {name: None for name, *_ in read_matter(lines[:8]).guests}
        speaker = _speaker(lines[0].text, [line.text for line in lines[1:OPENING]], metadata,
                           guests)
        if not speaker or labelled > 1:
            return 0.0
        return max(0.0, 0.75 - questions * 0.1)

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, _ = begin(source, metadata, self)
        title = draft.title.text if draft.title else ""
        speaker = _speaker(title, [line.text for line in lines[:OPENING - 1]], metadata,
                           draft.guests)
        if not speaker:
            # (A title names its speaker before a colon without spaces: 演讲 | 姓名：题目;
            # an English name has them, so an English file is shown the metadata line only.)
            english = examples_for(source.text).english
            raise TranscriptError(
                source.where, lines[0].number if lines else 1, "whose talk is this?",
                "name the speaker in the metadata (speakers: - name: "
                + ("Dana Whitfield)" if english else "…), or in the title as 演讲 | 姓名：题目"),
                fix=Fix("metadata", f"speakers:\n  - name: {examples_for(source.text).name}")
                if english else None,
            )
        draft.introduce(speaker)
        hosts = set(host_labels(metadata.host_labels)) - {speaker}
        speaking = False
        for line in lines:
            text = line.text
            if heading_marker(text) is not None or (speaking and heading_shape(text)):
                draft.add(HEADING, line.number, text, rule="a heading marker, or a short line "
                          "without sentence punctuation")
                speaking = True
            elif split_label(text)[0] in hosts:
                # 主持人：感谢…下面有请下一位 — the host's words around a talk are no part of it.
                draft.add(QUESTION, line.number, text, who=split_label(text)[0],
                          rule="the host's label: the host's words, not the talk's")
            elif not speaking and heading_shape(text) and not is_question(text):
                # A subtitle under the title, before the talk starts: no sentence, no speech.
                draft.add(HEADING, line.number, text, rule="a short line without sentence "
                          "punctuation before the talk starts")
            elif not speaking and (EDITORIAL.search(text) or speaker in text):
                draft.add(INTRO, line.number, text, rule="about the talk, before it starts: intro")
            else:
                speaking = True
                draft.add(ANSWER, line.number, text, who=speaker,
                          rule=f"a talk: every paragraph is {speaker}'s")
        return draft


def _speaker(title: str, opening: list[str], metadata: Metadata,
             guests: dict | None = None) -> str:
    if len(metadata.speakers) == 1:
        return metadata.speakers[0].name
    if guests and len(guests) == 1:
        return next(iter(guests))
    for match in TITLE_NAME.finditer(title):
        name, _ = split_honorific(match.group("name"))
        if is_han_name(name) or is_latin_name(name):
            return name
    for text in opening:
        byline = BYLINE.match(text)
        if byline and is_han_name(byline.group("name")):
            return byline.group("name")
    for text in opening:
        match = INTRO_NAME.search(text)
        if match:
            name = name_at_end(match.group("run"))
            if name:
                return name
    return ""
