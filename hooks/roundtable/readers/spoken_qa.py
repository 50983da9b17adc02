"""A talk recorded whole by speech-to-text, with no labels (issue 26, items 6 and 9): the host
opens and introduces the speaker, the speaker talks, the host opens the questions, people in
the audience ask and the speaker answers, the host calls on the next and closes.

Nothing in such a file says who speaks; what each record does does. The host's opening runs
up to the record that hands over to the one it introduced (有请樊老师, please welcome Dana);
the talk runs until a record that opens the questions (提问, questions) after the talk's own
close; after it, a record that calls on someone or closes is the host's, the record after a
call is the one called on asking, the records after a question are the speaker's answer, and
a record after an answer that acknowledges it (明白了, 好的 谢谢老师) is the asker's again.
Where a record does not do what its place says (the one called on asks nothing; an answer
turns to ask the speaker), it is warned at its line: a label at the start of the record
(``观众：``, ``主持人：``, the speaker's name) settles it, as it settles any record here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .asking import called
from .base import is_question
from .names import SURNAMES, TITLES, is_han_name
from .stt import TIME_FIRST

# The conventions of handing a talk over and of running its questions, Chinese and English.
# An introduction: the words that present a speaker to a room.
INTRODUCES = re.compile(r"有请|欢迎|歡迎|报告人|報告人|主讲|主講|讲者|講者|嘉宾|嘉賓|演讲人|演講人"
                        r"|\bwelcome\b|\bspeaker\b|\bplease join\b", re.IGNORECASE)
# A record opening the questions: the words for a question period.
OPENS_QUESTIONS = re.compile(r"提问|提問|问答|問答|答疑|互动环节|互動環節|Q\s*&\s*A|\bquestions\b",
                             re.IGNORECASE)
# A talk's own close, the record before the questions open: thanks to the room.
CLOSES_TALK = re.compile(r"(?:谢谢|謝謝|感谢|感謝)(?:大家|各位)\W*$|就讲到这里|就講到這裡"
                         r"|\bthank you(?: all| everyone)?\W*$", re.IGNORECASE)
# The host running the questions: calling on the next asker (那位, 举手, the microphone),
# the last question, the time, the next speaker or the break.
CALLS_ON = re.compile(r"那位|那边|那邊|举手|舉手|麦克风|麥克風|话筒|話筒|再来一个|再來一個"
                      r"|最后一个|最後一個|下一个问题|下一個問題|下一位|时间关系|時間關係|休息|大家的提问|大家的提問"
                      r"|\bnext question\b|\blast question\b|\bover there\b|\bthe mic\b"
                      r"|\bhand (?:up|raised)\b|\bin the back\b", re.IGNORECASE)
# An asker acknowledging an answer (明白了, 好的 谢谢老师, got it).
ACKNOWLEDGES = re.compile(r"^(?:好的?\s*)?(?:明白|懂了|了解|清楚了|谢谢|謝謝|感谢|感謝)"
                          r"|^(?:got it|i see|thanks|thank you)\b", re.IGNORECASE)
# The speaker thanking the asker for the question (谢谢你的问题, thanks for the question).
THANKS_FOR_QUESTION = re.compile(r"(?:谢谢|謝謝|感谢|感謝|thanks? (?:you )?for)\W{0,2}\S{0,6}"
                                 r"(?:问题|問題|提问|提問|question)", re.IGNORECASE)
# An asker's own words: asking, or addressing the speaker (您, 老师好, I'd like to ask).
ASKS = re.compile(r"吗|嗎|呢|想问|想問|请问|請問|问一下|問一下|是不是|有没有|有沒有|怎么|怎麼"
                  r"|为什么|為什麼|什么|什麼|如何|哪|[？?]"
                  r"|\b(?:how|why|what|whether|could you|do you)\b",
                  re.IGNORECASE)
THANKS = re.compile(r"好的?|谢谢|謝謝|感谢|感謝|老师|老師|您|\bthanks?\b|\byou\b|\bso much\b",
                    re.IGNORECASE)
SELF_INTRODUCTION = re.compile(r"我是|我叫|\bI am\b|\bI'm\b|\bmy name is\b", re.IGNORECASE)
_NAME_TITLE = re.compile(rf"(?P<name>[\u3400-\u9fff]{{2,4}})\s*(?:{'|'.join(TITLES)})")

HOST = "主持人"
AUDIENCE = "观众"
HOST_EN, AUDIENCE_EN = "Host", "Audience"


def few_labels(texts: list[str], label_of: Callable[[str], str]) -> bool:
    """Whether records stamped with a time are mostly unlabelled: fewer than a tenth carry a
    label (a curator's label settling one record of a talk recorded whole)."""
    timed = [match.group("rest") for text in texts if (match := TIME_FIRST.match(text))]
    labelled = sum(1 for text in timed if label_of(text))
    return len(timed) >= max(3, len(texts) // 2) and labelled * 10 < len(timed)


def introduced(opening: list[str]) -> str:
    """The person the host's introduction names with a title (来自…的 樊一鸣 研究员), in a
    record that introduces (报告人, 有请), else ""."""
    for text in opening:
        if not INTRODUCES.search(text):
            continue
        for match in _NAME_TITLE.finditer(text):
            run = match.group("name")
            # (The name is the run's end: 所的樊一鸣 → 樊一鸣; spaces set it apart in ASR.)
            for start in range(len(run) - 1):
                name = run[start:]
                if is_han_name(name) and name[0] in SURNAMES:
                    return name
    return ""


def handover(texts: list[str], speaker: str, within: int) -> int:
    """The index of the record that hands the room over to ``speaker``: the first of the
    first ``within`` records naming them in the third person (今天的嘉宾是许澜教授), and the
    records right after it that still name them (有请许老师); -1 if none does."""
    forms = called(speaker) | {speaker}
    found = -1
    for index, text in enumerate(texts[:within]):
        if SELF_INTRODUCTION.search(text):
            break  # (the speaker introducing themselves: the talk has begun)
        if any(form in text for form in forms):
            found = index
        elif found >= 0:
            break
    return found


def opens_questions(text: str, before: str) -> bool:
    """Whether a record opens the questions: it names the question period, after a record
    that closed the talk (谢谢大家) or while it thanks the speaker."""
    return bool(OPENS_QUESTIONS.search(text)) and (
        bool(CLOSES_TALK.search(before)) or bool(re.search(r"谢谢|謝謝|感谢|感謝|thank", text,
                                                            re.IGNORECASE)))


def called_on(text: str, speaker: str) -> str:
    """The person a host's call names by surname and title (周老师), not the speaker; else ""."""
    forms = called(speaker)
    for title in TITLES:
        for match in re.finditer(rf"(?P<surname>[\u3400-\u9fff]){title}", text):
            form = match.group(0)
            if form not in forms and match.group("surname") in SURNAMES:
                return form
    return ""


class SpokenQuestions:
    """Reads the records after the questions open, one at a time, by what each does and
    where it stands: ``read(text)`` gives (role, who, why, unsure) with role ``host``,
    ``audience`` or ``speaker``."""

    def __init__(self, speaker: str, english: bool = False) -> None:
        self.speaker = speaker
        self.host = HOST_EN if english else HOST
        self.audience = AUDIENCE_EN if english else AUDIENCE
        self.state = "called"  # (the record opening the questions calls on the first)
        self.asker = self.audience
        self.next_asker = self.audience

    def host_turn(self, text: str) -> None:
        self.state = "called"
        self.next_asker = called_on(text, self.speaker) or self.audience

    def read(self, text: str) -> tuple[str, str, str, bool]:
        if self.state == "called":
            self.state, self.asker = "asked", self.next_asker
            unsure = not ASKS.search(text)
            return ("audience", self.asker, "the record after the host calls on someone: "
                    "the one called on, asking", unsure)
        if self.state == "asked":
            self.state = "answering"
            return ("speaker", self.speaker, f"the record after a question: {self.speaker}'s "
                    "answer", False)
        if CALLS_ON.search(text) and not SELF_INTRODUCTION.search(text):
            self.host_turn(text)
            return ("host", self.host, "calls on the next asker or closes the questions: "
                    "the host's", False)
        if self.state == "answering" and ACKNOWLEDGES.search(text) \
                and not THANKS_FOR_QUESTION.search(text):
            # (明白了，谢谢 ends the asker's turn; 明白了 所以是… goes on to a follow-up the
            # speaker answers.)
            rest = THANKS.sub("", ACKNOWLEDGES.sub("", text, count=1))
            self.state = "asked" if len(re.sub(r"\W", "", rest)) > 6 else "acknowledged"
            return ("audience", self.asker, "acknowledges the answer: the asker's", False)
        self.state = "answering"
        # (An answer that turns to ask the speaker in the second person may be the asker's.)
        unsure = is_question(text) and bool(re.search(r"您|你|\byou\b", text))
        return ("speaker", self.speaker, f"goes on after the answer: {self.speaker}'s",
                unsure)
