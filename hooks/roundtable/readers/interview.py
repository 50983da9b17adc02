"""Interviews: ``问：``/``答：`` or ``Q:``/``A:``. The answerer is the interviewee, named by the
metadata (its one speaker), a guest list, the title (专访…周敏：…) or the intro (邀请到了…的陈静)."""  # noqa: E501

from __future__ import annotations

import re

from ..metadata import Metadata
from ..model import VERBATIM, TranscriptError
from .base import Reader, begin
from .draft import Draft
from .labels import split_label
from .names import HAN, is_han_name, is_latin_name, name_at_end
from .source import Source
from .turns import TurnReader, Unit

ASK = ("问", "Q", "問", "提问", "提問", "记者", "記者")
ANSWER = ("答", "A", "回答")
# The labels that make a file an interview (Simplified or Traditional).
ASK_LABELS = ASK[:3]
# Where a title or intro names the interviewee: 专访某研究院院长周敏：…, 本期邀请到了…的陈静.
NAMING = re.compile(r"(?:专访|專訪|对话|對話|访谈|訪談|邀请到了?|邀請到了?|邀请|邀請|采访了?|採訪了?|嘉宾是|嘉賓是|我们请到了?|我們請到了?)[|｜\s]*(?P<run>[^，。:：|｜]*?)(?P<end>[：:，。|｜]|$)")  # noqa: E501


class InterviewReader(Reader):
    name = "interview"
    mode = VERBATIM
    description = "an interview: 问：… 答：… (or Q:/A:)"

    def fit(self, source: Source, metadata: Metadata) -> float:
        labels = [split_label(line.text)[0] for line in source.content()]
        asks = sum(1 for label in labels if label in ASK_LABELS)
        answers = sum(1 for label in labels if label in ANSWER[:2])
        if not asks or not answers:
            return 0.0
        return min(1.0, 0.6 + (asks + answers) / max(10, len(labels)))

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, _ = begin(source, metadata, self)
        opening = [draft.title.text if draft.title else ""]
        for line in lines:
            if split_label(line.text)[0]:
                break
            opening.append(line.text)
        interviewee = interviewee_of(draft, metadata, opening)
        first_answer = next((line for line in lines if split_label(line.text)[0] in ANSWER), None)
        if not interviewee:
            raise TranscriptError(
                source.where, first_answer.number if first_answer else 1,
                "who answers? the interviewee is named nowhere the reader looks",
                "list them in the metadata (speakers: - name: 周敏 id: zhou-min), or name them "
                "in a guest list (受访者：周敏（某研究院）)",
            )
        units = []
        for line in lines:
            label, rest = split_label(line.text)
            units.append(Unit([line.number], rest if label else line.text, label,
                              raw=line.text))
        TurnReader(draft, ASK, answerer=interviewee, answer_labels=ANSWER).read(units)
        return draft


def interviewee_of(draft: Draft, metadata: Metadata, opening: list[str]) -> str:
    """The interviewee: the metadata's one speaker, a guest list's one guest, or the person
    the title or the intro names."""
    if len(metadata.speakers) == 1:
        return metadata.speakers[0].name
    if len(draft.guests) == 1:
        return next(iter(draft.guests))
    for text in opening:
        for match in NAMING.finditer(text):
            run = re.sub(rf"[^{HAN}A-Za-z ]", "", match.group("run"))
            name = name_at_end(run) if run and not is_latin_name(run) else run.strip()
            if name and (is_han_name(name) or is_latin_name(name)):
                return name
    return ""
