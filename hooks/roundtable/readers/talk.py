"""A talk: one speaker, no questions. The speaker is the one the metadata or a guest list
declares, or the one the title (演讲 | 周立群：…), a byline (口述：邓某　整理：…) or the intro
(…周立群在…的主题演讲) names. Leading paragraphs about the talk (本文整理自…) are the intro; part
headings are optional.

An account told by one person (口述实录, 自述) is read the same way: its byline's 口述/讲述 key
names the narrator, and the interviewer's few words stand in brackets as a paragraph of their
own (（记者：那时候…？）): the interviewer's question, credited to the one the byline names
as interviewer (整理/采访/记者：…) when the bracket's label is only a role word. A paragraph
wholly in brackets without a label (（笑）, （本文经口述者审阅。）) is a stage or editorial
note, no one's words."""

from __future__ import annotations

import re
from collections import Counter

from ..metadata import Metadata
from ..model import VERBATIM, Fix, TranscriptError
from .base import Reader, begin, heading_marker, heading_shape, is_question
from .draft import ANSWER, HEADING, INTRO, QUESTION, Draft
from .hint_examples import examples_for
from .labels import split_label, standalone_labels
from .matter import read_matter
from .names import HAN, is_han_name, is_latin_name, name_at_end, split_honorific
from .source import Source
from .spoken_qa import SpokenQuestions, few_labels, handover, introduced, opens_questions
from .stt import TIME_FIRST, normal_time
from .turns import host_labels

TITLE_NAME = re.compile(r"(?:^|[|｜丨])\s*(?P<name>[^|｜丨:：\s]{2,20})\s*[:：]")
INTRO_NAME = re.compile(rf"(?P<run>[{HAN}]{{2,20}})在[^。]{{0,40}}?(?:演讲|报告|分享|讲座|致辞|发言)")  # noqa: E501
# A byline under a talk's title: 韦若琳｜衡川人工智能实验室首席科学家 (name, bar, position).
BYLINE = re.compile(r"^\s*(?P<name>[^|｜丨:：\s]{2,20})\s*[|｜丨]\s*\S")
# A byline's key naming who tells the account (口述：邓某, 讲述人：…), the convention of Chinese
# oral-history and first-person accounts; and the keys naming who wrote it down or asked.
NARRATOR_KEY = re.compile(r"(?:^|\s)(?:口述|口述者|口述人|讲述|讲述人|講述|講述人|自述)\s*[:：]\s*"
                          r"(?P<name>[^\s:：|｜]{2,12})")
INTERVIEWER_KEY = re.compile(r"(?:^|\s)(?:整理|采访|採訪|采写|採寫|访谈|訪談|记者|記者|采访整理)"
                             r"\s*[:：]"
                             r"\s*(?P<who>[^:：|｜]{2,30}?)(?=\s{2,}|\u3000\u3000|$)")
# A paragraph that is one bracket holding a label and words: （记者：那时候…？）.
ASIDE = re.compile(r"^[（(](?P<label>[^（）():：\s]{1,12})\s*[:：]\s*(?P<words>[^（）()]+)[）)]$")
WHOLE_BRACKET = re.compile(r"^[（(][^（）()]*[）)]$")
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
        # (An account's byline — 口述：某某　整理：… — and a list's key with nothing after it
        # on its line — 相关阅读： — mark no turn; labels alone on their lines are counted
        # below.)
        labels = Counter(label for line in lines
                         if (label := split_label(line.text)[0]) and split_label(line.text)[1]
                         and heading_marker(line.text) is None and not EDITORIAL.search(label)
                         and not NARRATOR_KEY.search(line.text))
        labelled = sum(n for label, n in labels.items() if n > 1 or len(label) <= 4)
        # (Labels alone on their lines over each turn's words — 主持人 / 梁某 — mark turns too.)
        labelled += len(standalone_labels([line.text for line in lines], lambda _: False))
        questions = sum(1 for line in lines[1:] if is_question(line.text))
        guests = {name: None for name, *_ in read_matter(lines[:8]).guests}
        speaker = _speaker(lines[0].text, [line.text for line in lines[1:OPENING]], metadata,
                           guests, _narrator([line.text for line in lines[:OPENING]]))
        # (A talk recorded whole, a record or two labelled by the curator: spoken_qa.py.)
        if few_labels([line.text for line in lines], lambda text: split_label(text)[0]):
            labelled = 0
        if not speaker or labelled > 1:
            return 0.0
        return max(0.0, 0.75 - questions * 0.1)

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, _ = begin(source, metadata, self)
        title = draft.title.text if draft.title else ""
        speaker = _speaker(title, [line.text for line in lines[:OPENING - 1]], metadata,
                           draft.guests,
                           _narrator([line.text for line in source.content()[:OPENING]]))
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
        interviewer = _interviewer([line.text for line in source.content()[:OPENING]])
        speaking = False
        # A talk recorded whole (spoken_qa.py): the host's introduction up to the record that
        # hands over to the speaker, and the questions after the record that opens them.
        timed = [_timed(line.text) for line in lines]
        recorded = few_labels([line.text for line in lines], lambda text: split_label(text)[0])
        intro_end = handover([text for _, text in timed], speaker, OPENING) if recorded else -1
        if any(split_label(text)[0] for _, text in timed[:intro_end + 1]) \
                or intro_end >= len(timed) - 1:
            intro_end = -1  # (labelled records say who speaks themselves)
        questions: SpokenQuestions | None = None
        before = ""
        for index, line in enumerate(lines):
            time, text = timed[index]
            if index <= intro_end:
                draft.add(INTRO, line.number, text, time=time,
                          rule=f"the host's introduction, up to the record that hands over "
                          f"to {speaker}")
                continue
            if questions is None and recorded and speaking and not split_label(text)[0] \
                    and opens_questions(text, before):
                questions = SpokenQuestions(speaker, examples_for(source.text).english)
                questions.host_turn(text)
                draft.add(QUESTION, line.number, text, who=questions.host, time=time,
                          rule="opens the questions after the talk: the host's")
                continue
            before = text
            if questions is not None:
                self._question_period(draft, questions, line.number, text, time, hosts)
                continue
            if time:
                # A record stamped with its time in the recording is speech, never a heading.
                label, words = split_label(text)
                host = label in hosts and bool(words)
                draft.add(QUESTION if host else ANSWER, line.number, words if host else text,
                          who=label if host else speaker, time=time,
                          rule="the host's label: the host's words, not the talk's" if host
                          else f"a talk: every record is {speaker}'s")
                speaking = speaking or not host
                continue
            text = line.text
            aside = ASIDE.match(text)
            if aside and split_honorific(aside.group("label"))[0] != speaker:
                # （记者：…？）: the interviewer's words in brackets inside the account.
                label = aside.group("label")
                who = interviewer if interviewer and (label in hosts or label in ROLE_ASKERS) \
                    else label
                draft.add(QUESTION, line.number, text, who=who,
                          rule=f"a bracket holding '{label}：' and words inside the account: "
                          f"{who}'s question, not the account")
                speaking = True
                continue
            if WHOLE_BRACKET.match(text) and speaking:
                draft.exclude(line.number, text, "a paragraph wholly in brackets with no "
                              "one's label (（笑）, an editor's note): not the account")
                continue
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

    def _question_period(self, draft: Draft, questions: SpokenQuestions, number: int,
                         text: str, time: str, hosts: set[str]) -> None:
        """One record after the questions opened: a label settles who speaks; else what the
        record does and where it stands (spoken_qa.py), warned where that is unsure."""
        label, words = split_label(text)
        if label and words:
            if label in hosts or label in (questions.host, "主持人", "Host", "Moderator"):
                questions.host_turn(words)
                draft.add(QUESTION, number, words, who=label, time=time,
                          rule="the host's label")
            elif split_honorific(label)[0] == questions.speaker:
                questions.state = "answering"
                draft.add(ANSWER, number, words, who=questions.speaker, time=time,
                          rule="the speaker's label")
            else:
                questions.state, questions.asker = "asked", label
                block = draft.add(QUESTION, number, words, who=label, time=time,
                                  rule=f"'{label}' asks from the audience")
                block.audience = True
            return
        role, who, why, unsure = questions.read(text)
        if role == "speaker":
            draft.add(ANSWER, number, text, who=who, time=time, rule=why)
        else:
            block = draft.add(QUESTION, number, text, who=who, time=time, rule=why)
            block.audience = role == "audience"
        if unsure:
            draft.warn(number, f"a record of the questions read as {who}'s ({why}), "
                       "but it does not do what its place says",
                       f"open the record with who speaks ({questions.audience}：…, "
                       f"{questions.host}：…, {questions.speaker}：…), or confirm the line "
                       "once --explain shows it right")


def _timed(text: str) -> tuple[str, str]:
    """A record's time (HH:MM:SS) and words, where a time opens it; else ("", the text)."""
    match = TIME_FIRST.match(text)
    if match:
        return normal_time(match.group("time")), match.group("rest").strip()
    return "", text


# The role words a bracketed aside may carry instead of the asker's name.
ROLE_ASKERS = ("记者", "記者", "问", "問", "编者", "編者", "采访者", "採訪者", "笔者", "筆者")


def _interviewer(opening: list[str]) -> str:
    """The one an account's byline names as having asked or written it down (整理：本刊记者
    沈某), by the name at the end of what the key gives, else ""."""
    for text in opening:
        match = INTERVIEWER_KEY.search(text)
        if match:
            words = re.split(r"[\s\u3000]+", match.group("who").strip())
            name = words[-1] if words else ""
            # (本刊记者　沈某: a name after the post a space sets apart, whatever its surname.)
            if is_han_name(name) or is_latin_name(name) or (
                    len(words) > 1 and re.fullmatch(r"[\u3400-\u9fff]{2,4}", name)):
                return name
    return ""


def _narrator(opening: list[str]) -> str:
    """The one a byline names as telling the account (口述：邓某), else ""."""
    for text in opening:
        match = NARRATOR_KEY.search(text)
        if match:
            name, _ = split_honorific(match.group("name"))
            if is_han_name(name) or is_latin_name(name):
                return name
    return ""


def _speaker(title: str, opening: list[str], metadata: Metadata,
             guests: dict | None = None, narrator: str = "") -> str:
    if len(metadata.speakers) == 1:
        return metadata.speakers[0].name
    if narrator:
        return narrator
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
    # (A host's introduction recorded with the talk: 今天的报告人是…的 樊一鸣 研究员.)
    return introduced(opening)
