"""Interviews: ``问：``/``答：`` or ``Q:``/``A:``. The answerer is the interviewee, named by the
metadata (its one speaker), a guest list, the title (专访…周敏：…) or the intro (邀请到了…的陈静)."""  # noqa: E501

from __future__ import annotations

import re

from ..metadata import Metadata
from ..model import VERBATIM, Fix, TranscriptError
from .base import SPEAKING_HOW, Reader, begin
from .draft import Draft
from .hint_examples import examples_for
from .labels import ASK_WORD, handed_to, held_role, split_label
from .names import HAN, is_han_name, is_latin_name, name_at_end
from .question_marks import marked_turns, question_mark
from .source import Source
from .turns import TurnReader, Unit

ASK = ("问", "Q", "問", "提问", "提問", "记者", "記者")
ANSWER = ("答", "A", "回答")
# The labels that make a file an interview (Simplified or Traditional).
ASK_LABELS = ASK[:3]
# Where a title or intro names the interviewee: 专访某研究院院长周敏：…, 本期邀请到了…的陈静.
NAMING = re.compile(r"(?:专访|專訪|对话|對話|访谈|訪談|邀请到了?|邀請到了?|邀请|邀請|采访了?|採訪了?|嘉宾是|嘉賓是|我们请到了?|我們請到了?)[|｜\s]*(?P<run>[^，。:：|｜]*?)(?P<end>[：:，。|｜]|$)")  # noqa: E501

# How an English title or standfirst names the interviewee (A Conversation with …, An
# Interview with …, Q&A with …, In Conversation: …, We spoke with …): the press's conventions.
NAMING_EN = re.compile(r"(?:[Cc]onversation|[Ii]nterview|Q\s?&\s?A|[Cc]hat|[Ss]it-down"
                       r"|[Tt]alk(?:ing)?|[Ss]poke|[Ss]at down|[Cc]aught up)\s+(?:with|to)\s*:?\s+"
                       r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})")
POSITIONED_NAME = re.compile(r"[\u3400-\u9fff](?:长|長|师|師|员|員|官|裁|监|監|董)"
                             r"(?P<name>[\u3400-\u9fff]{2,4})$")

# A paper's sign-off or byline naming its reporter, a line of its own: （记者　佐佐木遥）,
# 记者：林素秋, 文／林素秋 (the conventions of Chinese and Japanese papers' bylines).
SIGNED = re.compile(r"^[（(]?\s*(?:记者|記者|文|撰文|采访|採訪)\s*[:：/／\s\u3000]\s*"
                    r"(?P<name>[\u3400-\u9fff]{2,5})\s*[）)]?$")


def asked_by(label: str) -> str:
    """The asker a question label names in brackets (问1（李振华委员）, 追问（…）, Q (Dr. Osei)),
    or "": a committee's or a panel's record names each question's asker so."""
    held = held_role(label)
    return held[1] if held and ASK_WORD.match(held[0]) else ""


def signed_reporter(texts: list[str]) -> str:
    """The one reporter a file's sign-off or byline names, or "": who asks an interview
    whose questions carry only a mark."""
    found = {m.group("name") for text in texts if (m := SIGNED.match(text.strip()))}
    return found.pop() if len(found) == 1 else ""


class InterviewReader(Reader):
    name = "interview"
    mode = VERBATIM
    description = "an interview: 问：… 答：… (or Q:/A:)"

    def fit(self, source: Source, metadata: Metadata) -> float:
        content = source.content()
        if question_mark(content):
            # ―― before every question, unmarked answers between: an interview too.
            return 0.9
        labels = [split_label(line.text)[0] for line in content]
        asks = sum(1 for label in labels if label in ASK_LABELS or asked_by(label))
        answers = sum(1 for label in labels if label in ANSWER[:2])
        if not asks or not answers:
            return 0.0
        return min(1.0, 0.6 + (asks + answers) / max(10, len(labels)))

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, _ = begin(source, metadata, self)
        mark = question_mark(lines)
        records = (marked_turns(lines, mark) if mark else
                   [(line, *split_label(line.text)) for line in lines])
        # The opening runs to the first question or answer mark (a title like «Field Notes: Q&A
        # with …» splits as a label, but it is not a turn).
        first_turn = next((i for i, (_, label, _) in enumerate(records)
                           if label in ASK or label in ANSWER or ANSWER_HELD.match(label or "")
                           or asked_by(label or "")), len(records))
        opening = [draft.title.text if draft.title else ""]
        opening += [line.text for line, _, _ in records[:first_turn]]
        handovers = handed_answers(records, source.content(), list(draft.guests))
        interviewee = handovers.get(0) or interviewee_of(draft, metadata, opening)
        first_answer = next((line for line, label, _ in records if label in ANSWER), None)
        if not interviewee:
            english = examples_for(source.text).english
            raise TranscriptError(
                source.where, first_answer.number if first_answer else 1,
                "who answers? the interviewee is named nowhere the reader looks",
                "list them in the metadata (speakers: - name: Dana Whitfield id: "
                "dana-whitfield)" if english else
                "list them in the metadata (speakers: - name: 周敏 id: zhou-min), or name them "
                "in a guest list (受访者：周敏（某研究院）)",
                fix=Fix("metadata", "speakers:\n  - name: "
                        + ("Dana Whitfield" if english else "周敏")),
            )
        held = {line.number: who for line, label, _ in records
                if (who := answered_by(label, " ".join(opening))
                    or handovers.get(line.number, ""))}
        records = [(line, held.get(line.number, label), rest) for line, label, rest in records]
        units = []
        for line, label, rest in records:
            units.append(Unit([line.number], rest if label else line.text, label,
                              raw=line.text if not mark else "",
                              rule=f"'{mark}' opens the file's questions: the interviewer's"
                              if mark and label == "问" else ""))
        asker = signed_reporter([line.text for line in lines]) if mark else ""
        TurnReader(draft, ASK, answerer=interviewee, answer_labels=ANSWER,
                   roster={"问": asker} if asker else {},
                   narrated_sections=not mark).read(units)
        return draft


# An answer mark naming who answers in brackets (A (Menon):, 答（王某）：): a colleague who
# joined, while the bare mark stays the interviewee's.
ANSWER_HELD = re.compile(r"^(?:答|回答|A)\s*[（(]\s*(?P<who>[^（）()]{1,30}?)\s*[）)]$")


def answered_by(label: str, opening: str) -> str:
    """The person an answer mark names in brackets, as the opening names them in full (A
    (Menon) → Ravi Menon when the intro says so), or ""."""
    match = ANSWER_HELD.match(label.strip())
    if not match:
        return ""
    who = match.group("who").strip()
    if re.fullmatch(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*", who):
        full = re.search(rf"(?:[A-Z][\w’'.-]+\s+){{1,2}}{re.escape(who)}(?![\w’'-])", opening)
        return full.group(0) if full and is_latin_name(full.group(0)) else who
    full = re.search(rf"[{HAN}]{{0,2}}{re.escape(who)}", opening) if len(who) == 1 else None
    name = full.group(0) if full and is_han_name(full.group(0)) else who
    return name if is_han_name(name) else ""


def handed_answers(records: list, content: list, guests: list[str] = ()) -> dict[int, str]:
    """Who answers each bare answer mark after an editor's note that hands the answers on
    (（以下问题由某某回答）, (Dana Whitfield answers)): two people share one mark, and the
    note says whose the answers below are, until the next note. Under key 0, who answers
    before the first note, when the notes and the ``某某补充：`` labels (or else the file's
    list of ``guests``) name exactly two people: the other of the two (a note hands the
    answers on from someone else). Empty when no note hands answers over. (The notes are
    read from the whole ``content``: the matter layer sets a bracketed note aside before the
    records.)"""
    notes = {line.number: who for line in content if (who := handed_to(line.text))}
    if not notes:
        return {}
    owner, found, named = "", {}, []
    walk = sorted([(line.number, label) for line, label, _ in records if line.number not in notes]
                  + [(number, "") for number in notes])
    for number, label in walk:
        if number in notes:
            owner = notes[number]
            named.append(owner)
            continue
        if label in ANSWER and owner:
            found[number] = owner
        cut_in = SPEAKING_HOW.match(label or "")
        if cut_in and is_han_name(cut_in.group("who")):
            named.append(cut_in.group("who"))
    people = list(dict.fromkeys(named))
    if len(people) == 1 and len(guests) == 2 and people[0] in guests:
        people = list(guests)  # (答问人：甲、乙, and a note hands the answers to 乙)
    first = notes[min(notes)]
    if len(people) == 2 and any(label in ANSWER and line.number not in found
                                for line, label, _ in records):
        found[0] = next(who for who in people if who != first)
    return found


def interviewee_of(draft: Draft, metadata: Metadata, opening: list[str]) -> str:
    """The interviewee: the metadata's one speaker, a guest list's one guest, or the person
    the title or the intro names."""
    if len(metadata.speakers) == 1:
        return metadata.speakers[0].name
    if len(draft.guests) == 1:
        return next(iter(draft.guests))
    for text in opening:
        english = NAMING_EN.search(text)
        if english and is_latin_name(english.group("name")):
            return english.group("name")
        for match in NAMING.finditer(text):
            run = re.sub(rf"[^{HAN}A-Za-z ]", "", match.group("run"))
            name = name_at_end(run) if run and not is_latin_name(run) else run.strip()
            if name and (is_han_name(name) or is_latin_name(name)):
                return name
            # 北斗精机社长田岛隆一: after a position (a word ending as titles end, …长, …师,
            # …员), the rest of the run is the name, whatever its surname (a Japanese or
            # transliterated name the surname lists lack).
            after = POSITIONED_NAME.search(run)
            if after:
                return after.group("name")
    return ""
