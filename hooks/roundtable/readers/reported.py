"""Reported-speech articles (the seed): a reporter's account of who said what.

The moderator's questions end with ? or ？. An answer paragraph belongs to the person its
first sentence names as the one speaking: a name (with or without 博士, 教授 …) followed by a
reporting verb (认为, 表示, 指出, 坦言, 称, 说 …) or by 则/也/同样, after a framing clause
(谈到隐私时，赵某认为…) or after a quotation (“……”钱某说). A paragraph naming no one there
(他认为…) continues the previous speaker. Short lines without sentence punctuation, or with a
heading marker (一、, 01, 第一部分), are part headings; what comes before the first heading is
the intro.
"""

from __future__ import annotations

import re

from ..metadata import Metadata
from ..model import REPORTED, TranscriptError
from .base import Reader, begin, heading_marker, heading_shape, is_question
from .draft import ANSWER, HEADING, INTRO, QUESTION, Draft
from .names import HAN, HONORIFICS, is_han_name, name_at_end
from .source import Line, Source

VERBS = (
    "回答道", "补充道", "补充到", "认为", "表示", "指出", "坦言", "坦承", "坦陈", "直言", "透露",
    "强调", "补充", "谈到", "谈及", "提到", "说道", "回答", "分享", "介绍", "解释", "觉得", "相信",
    "总结", "回应", "举例", "承认", "预测", "建议", "看来", "分析", "呼吁", "回忆", "感慨", "笑称",
    "直指", "阐述", "主张", "判断", "描述", "讲到", "说", "称", "答",
)
# Words between a name and its verb that keep the name the subject: 钱卓则…补充说, 楚航博士同样觉得.
SUBJECT_MARKERS = ("则", "也", "还", "又", "同样", "首先", "随后", "接着", "进一步", "个人", "本人",
                   "一直", "始终", "最后", "再次", "对此", "对于", "的回答", "在回答")
_HONORIFIC = "|".join(sorted(HONORIFICS, key=len, reverse=True))
_CUE = "|".join(sorted(VERBS + SUBJECT_MARKERS, key=len, reverse=True))
# A name speaking: a run of Han characters ending in a name, an optional honorific, a cue.
SPEAKING = re.compile(rf"(?P<run>[{HAN}]{{2,12}}?)(?P<honorific>{_HONORIFIC})?(?={_CUE})")
# How a paragraph may open before naming its speaker: 首先是, 之后, 最后 …
OPENING_CONNECTIVE = re.compile(
    r"^(?:首先是|首先|其次|之后|随后|然后|接着|接下来|紧接着|最后|另外|此外|同时|对此|而)[,，、]?\s*"
)
PRONOUN_OPENING = re.compile(r"^(?:他|她|他们|她们|对方|后者|前者)")
LEADING_QUOTE = re.compile(r"^[“「\"](?P<quote>.*?)[”」\"](?P<rest>.*)$")
FIRST_SENTENCE = re.compile(r"^.*?(?:[。！!？?](?![”」\"])|$)")
# 胡瀚博士 anywhere in the opening clause names the speaker, unless it is someone's view.
HONORED = re.compile(rf"(?P<run>[{HAN}]{{2,8}}?)(?P<honorific>{_HONORIFIC})(?!的(?:观点|看法|说法|话|意见))")  # noqa: E501
CLAUSE_END = re.compile(r"[,，:：。;；!！?？]")
LABELLED_TURN = re.compile(r"^\**[^\s:：]{1,12}\**\s*[:：]")


class ReportedReader(Reader):
    name = "reported"
    mode = REPORTED
    description = "a reporter's account: 胡瀚博士认为…, 孙某坦言…, then 他认为…"

    def fit(self, source: Source, metadata: Metadata) -> float:
        lines = source.content()
        if len(lines) < 3:
            return 0.0
        questions = sum(1 for line in lines if is_question(line.text))
        labelled = sum(1 for line in lines if LABELLED_TURN.match(line.text))
        names = {n for n in (i.name for i in metadata.speakers)}
        named = 0
        for line in lines:
            found = _speaker_in(line.text, names)
            if found:
                named += 1
                names.add(found[0])
        if questions == 0 or named == 0:
            return 0.1 if named else 0.0
        score = min(1.0, 0.5 + named / max(4, len(lines) / 4))
        return max(0.0, score - labelled / len(lines))

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, matter = begin(source, metadata, self)
        host = matter.host_name or "主持人"
        known = set(draft.guests)
        found = {line.number: _speaker_in(line.text, known) for line in lines}
        counts: dict[str, int] = {}
        for hit in found.values():
            if hit:
                counts[hit[0]] = counts.get(hit[0], 0) + 1
        intro_text = ""
        has_heading = any(_is_heading(line.text) for line in lines)
        started = False
        question_open = False
        answered: list[str] = []
        for line in lines:
            text = line.text
            if not started and (has_heading and not _is_heading(text)):
                draft.add(INTRO, line.number, text, rule="before the first heading: intro")
                intro_text += text
                continue
            if not started and not has_heading and not is_question(text):
                draft.add(INTRO, line.number, text, rule="before the first question: intro")
                intro_text += text
                continue
            started = True
            if _is_heading(text) and not is_question(text):
                draft.add(HEADING, line.number, heading_marker(text) and text or text,
                          rule="a heading marker, or a short line without sentence punctuation")
                continue
            if is_question(text):
                draft.add(QUESTION, line.number, text, who=host,
                          rule="ends with a question mark: the moderator's question")
                question_open, answered = True, []
                continue
            if not question_open:
                raise TranscriptError(
                    source.where, line.number, f"an answer before any question: {_quote(text)}",
                    "a question ends with ? or ？; is the question above missing its mark?",
                )
            hit = found[line.number]
            if hit:
                name, why = hit
                confirmed = (name in known or counts.get(name, 0) > 1 or name in intro_text
                             or "honorific" in why)
                if not confirmed:
                    draft.warn(line.number, f"{name} is named as a speaker only here",
                               f"if {name} is a panelist, list them under speakers: in the "
                               "metadata (or confirm this line); else the paragraph is misread")
                draft.introduce(name, honorific=_honorific_in(text, name))
                answered.append(name)
                draft.add(ANSWER, line.number, text, who=name, rule=why)
                continue
            if not answered:
                raise TranscriptError(
                    source.where, line.number,
                    f"this paragraph names no speaker and no one has answered yet: {_quote(text)}",
                    "open the first answer with the speaker's name, e.g. 胡瀚博士认为… or "
                    "赵婉清表示…; or list the speakers in the metadata",
                )
            draft.add(ANSWER, line.number, text, who=answered[-1],
                      rule=f"names no speaker: continues {answered[-1]}")
        return draft


def _is_heading(text: str) -> bool:
    return heading_marker(text) is not None or heading_shape(text)


def _speaker_in(text: str, known: set[str]) -> tuple[str, str] | None:
    """(name, rule) of the person the paragraph's first sentence has speaking, if any."""
    text = OPENING_CONNECTIVE.sub("", text, count=1)
    if PRONOUN_OPENING.match(text):
        return None
    quoted = LEADING_QUOTE.match(text)
    if quoted:
        after = quoted.group("rest").lstrip()
        hit = _speaking(after[:20], known, anchored=True)
        if hit:
            return hit[0], f"“…” then {hit[0]} speaks: the quotation is theirs"
        text = after
    sentence = FIRST_SENTENCE.match(text).group(0)
    clause = CLAUSE_END.split(text, maxsplit=1)[0]
    for match in HONORED.finditer(clause):
        name = _known_or_name(match.group("run"), known)
        if name:
            return name, f"{name}{match.group('honorific')} opens the paragraph (honorific)"
    hit = _speaking(sentence, known)
    return hit


def _speaking(text: str, known: set[str], anchored: bool = False) -> tuple[str, str] | None:
    """The first name followed by a reporting verb or a subject marker."""
    best: tuple[int, str] | None = None
    for name in known:
        for match in re.finditer(rf"{re.escape(name)}(?:{_HONORIFIC})?(?={_CUE})", text):
            if (not anchored or match.start() == 0) and (best is None or match.start() < best[0]):
                best = (match.start(), name)
            break
    for match in SPEAKING.finditer(text):
        name = _known_or_name(match.group("run"), known)
        if not name:
            continue
        start = match.end("run") - len(name)
        if anchored and start != 0:
            continue
        if best is None or start < best[0]:
            best = (start, name)
        break
    if best is None:
        return None
    return best[1], f"{best[1]} + a reporting verb: {best[1]} speaks"


def _known_or_name(run: str, known: set[str]) -> str | None:
    for name in sorted(known, key=len, reverse=True):
        if run.endswith(name):
            return name
    name = name_at_end(run)
    return name if name and is_han_name(name) else None


def _honorific_in(text: str, name: str) -> str:
    match = re.search(rf"{re.escape(name)}({_HONORIFIC})", text)
    return match.group(1) if match else ""


def _quote(text: str, limit: int = 30) -> str:
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


__all__ = ["ReportedReader", "Line"]
