"""Reading a roundtable transcript into the exhibit's model. Knows nothing of MkDocs.

Two styles of transcript are understood, with rules rather than per-file cases:

* reported speech (the seed): the moderator's questions end with ? or ？; an answer
  paragraph belongs to the speaker its opening clause names ("首先是胡瀚博士的回答…",
  "之后,陈虞君博士谈到…"); a paragraph naming no one there ("他认为…") continues the
  previous speaker;
* dialogue: ``姓名:…`` opens a speaker's turn, ``主持人:…`` a question.

In both, short lines without sentence punctuation are part headings, paragraphs before
the first heading are the intro, ``图片`` placeholders and a trailing ``相关资讯`` block are
excluded with a reason. Every non-empty line ends up in exactly one place.

Run as a command, it prints the model as JSON: ``python hooks/transcript.py FILE``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from .mentions import TopicMatcher
from .metadata import Matcher, Metadata, SpeakerInfo, load_metadata
from .model import (
    REPORTED,
    Answer,
    Exclusion,
    Paragraph,
    Part,
    Question,
    Speaker,
    Transcript,
    TranscriptError,
)

# --- what lines look like --------------------------------------------------------

# Blanks a scraped page leaves around lines, the full-width ideographic space included.
BLANKS = " \t\u3000\u00a0\ufeff\u200b"
IMAGE_PLACEHOLDER = re.compile(r"^(?:图片|\[图片\]|【图片】|\(图片\)|(图片))$")
RELATED_NEWS = re.compile(r"^相关资讯[:：]?$")
QUESTION_END = re.compile(r"[?？]$")
# A heading is short and has no sentence punctuation; quotes and brackets are fine.
HEADING_MAX = 40
SENTENCE_PUNCTUATION = re.compile(r"[。．.!！?？;；:：,，、…]")
HEADING_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]\s*|第.{1,3}部分)")

DEFAULT_HOST_LABELS = ("主持人", "主持", "Host", "Moderator", "Q", "问")
DIALOGUE_LABEL = re.compile(
    r"""(?x)
    ^(?P<label>[\w·・ .\-]{1,24}?)   # a name, optionally with honorific, or a host label
    \s*[:：]\s*                      # ASCII or full-width colon
    (?P<text>.*)$
    """
)

# How a reported-speech answer may open before naming its speaker: "首先是", "之后,", "最后"…
OPENING_CONNECTIVE = re.compile(
    r"^(?:首先|其次|之后|随后|然后|接着|接下来|紧接着|最后|另外|此外|同时|对此|而)[,，、]?\s*"
)
CLAUSE_END = re.compile(r"[,，:：。;；!！?？]")
HONORIFICS = ("博士", "教授", "老师", "研究员", "先生", "女士", "院士", "同学", "总监", "主任")
HAN = r"\u3400-\u9fff"
NAME_BEFORE_HONORIFIC = re.compile(
    rf"(?P<run>[{HAN}]{{2,6}})(?P<honorific>{'|'.join(HONORIFICS)})"
)
# Common Chinese surnames, to find where a name starts in a run such as 首先是胡瀚博士.
# Characters that are also everyday function words (于, 和, 后 …) are left out on purpose.
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝楚虞"
)


@dataclass
class _Line:
    number: int
    text: str


# --- reading the file ------------------------------------------------------------


def read_lines(path: Path) -> list[_Line]:
    """Decode a transcript (UTF-8, BOM or not, LF or CRLF) into numbered, stripped lines."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TranscriptError(
            str(path),
            line,
            "text is not UTF-8",
            f"if it is GB18030/GBK, convert it: iconv -f GB18030 -t UTF-8 '{path}' > utf8.txt",
        ) from error
    lines = [_Line(i, line.strip(BLANKS)) for i, line in enumerate(text.splitlines(), start=1)]
    if not any(line.text for line in lines):
        raise TranscriptError(str(path), 1, "the transcript is empty", "give it a title line")
    return lines


# --- recognising a line ----------------------------------------------------------


def is_heading(text: str) -> bool:
    """A part heading: a short line without sentence punctuation."""
    # Numbering such as 一、 or 1. carries punctuation of its own: judge what follows it.
    text = HEADING_NUMBERING.sub("", text) or text
    return 0 < len(text) <= HEADING_MAX and not SENTENCE_PUNCTUATION.search(text)


def is_question(text: str) -> bool:
    """A reported-speech question ends with an ASCII or full-width question mark."""
    return bool(QUESTION_END.search(text))


def opening_clause(text: str) -> str:
    """The part of a paragraph that may name its speaker: its first clause."""
    rest = OPENING_CONNECTIVE.sub("", text, count=1)
    return CLAUSE_END.split(rest, maxsplit=1)[0]


def name_in_run(run: str) -> str | None:
    """The personal name at the end of a run of Han characters (胡瀚 in 首先是胡瀚)."""
    for length in (4, 3):
        if len(run) >= length and run[-length:][:2] in COMPOUND_SURNAMES:
            return run[-length:]
    for length in (3, 2):
        if len(run) >= length and run[-length] in SURNAMES:
            # A three-character candidate whose middle is itself a surname may be a
            # surname-plus-name preceded by a stray character; prefer the known shape.
            return run[-length:]
    return None


@dataclass
class _SpeakerFinder:
    """Names speakers in opening clauses and dialogue labels, learning new ones as it goes."""

    known: dict[str, str] = field(default_factory=dict)
    """Chinese name → honorific seen with it ('' when none yet)."""

    def in_clause(self, clause: str) -> str | None:
        """The speaker named in an opening clause, if any."""
        for name in sorted(self.known, key=len, reverse=True):
            if name in clause:
                match = re.search(rf"{re.escape(name)}({'|'.join(HONORIFICS)})", clause)
                if match and not self.known[name]:
                    self.known[name] = match.group(1)
                return name
        match = NAME_BEFORE_HONORIFIC.search(clause)
        if match:
            name = name_in_run(match.group("run"))
            if name:
                self.known[name] = match.group("honorific")
                return name
        return None

    def in_label(self, label: str) -> str:
        """The speaker a dialogue label names: the label less any honorific."""
        label = label.strip()
        for honorific in HONORIFICS:
            if label.endswith(honorific) and len(label) > len(honorific):
                name = label[: -len(honorific)].strip()
                self.known.setdefault(name, honorific)
                return name
        self.known.setdefault(label, "")
        return label


# --- the parser ------------------------------------------------------------------


@dataclass
class _Builder:
    """Mutable state while walking the lines; frozen into the model at the end."""

    path: str
    metadata: Metadata
    matcher: TopicMatcher
    finder: _SpeakerFinder
    parts: list[dict] = field(default_factory=list)
    intro: list[Paragraph] = field(default_factory=list)
    excluded: list[Exclusion] = field(default_factory=list)
    speaker_order: list[str] = field(default_factory=list)

    @property
    def question(self) -> dict | None:
        questions = self.parts[-1]["questions"] if self.parts else []
        return questions[-1] if questions else None

    def start_part(self, line: _Line) -> None:
        self.parts.append({"line": line.number, "title": line.text, "questions": []})

    def start_question(self, line: _Line) -> None:
        if not self.parts:
            raise TranscriptError(self.path, line.number, "a question before any part heading")
        self.parts[-1]["questions"].append(
            {"line": line.number, "text": line.text, "answers": [], "context": []}
        )

    def add_answer(self, line: _Line, text: str, speaker: str | None) -> None:
        question = self.question
        if question is None:
            raise TranscriptError(
                self.path,
                line.number,
                f"an answer before any question: {_quote(text)}",
                "a question ends with ? or ？ (or opens with 主持人:); is it missing?",
            )
        if speaker is None:
            if not question["answers"]:
                raise TranscriptError(
                    self.path,
                    line.number,
                    f"this paragraph names no speaker and no one has answered yet: {_quote(text)}",
                    "open the first answer with the speaker's name, e.g. 胡瀚博士认为…",
                )
            speaker = question["answers"][-1]["speaker"]
        if speaker not in self.speaker_order:
            self.speaker_order.append(speaker)
        if question["answers"] and question["answers"][-1]["speaker"] == speaker:
            question["answers"][-1]["lines"].append(_Line(line.number, text))
        else:
            question["answers"].append({"speaker": speaker, "lines": [_Line(line.number, text)]})

    def paragraph(self, anchor: str, line: _Line) -> Paragraph:
        return Paragraph(anchor, line.number, line.text, self.matcher.topics_in(line.text))


def parse(path: Path, metadata: Metadata | None = None) -> Transcript:
    """Read a transcript file into the model, with its metadata if given.

    Raises:
        TranscriptError: for any input the rules cannot place, naming file and line.
    """
    metadata = metadata if metadata is not None else Metadata()
    where = str(path)
    lines = read_lines(path)
    finder = _SpeakerFinder({info.name: "" for info in metadata.speakers})
    builder = _Builder(where, metadata, TopicMatcher(metadata.topics), finder)

    content = [line for line in lines if line.text]
    news_start = _related_news_start(content)
    if news_start is not None:
        for line in content[news_start:]:
            builder.excluded.append(
                Exclusion(line.number, line.text, "related news scraped with the page")
            )
        content = content[:news_start]

    title, *body = content
    host_labels = metadata.host_labels or DEFAULT_HOST_LABELS
    dialogue = any(_host_text(line.text, host_labels) is not None for line in body)

    for line in body:
        if IMAGE_PLACEHOLDER.match(line.text):
            builder.excluded.append(Exclusion(line.number, line.text, "image placeholder"))
        elif dialogue:
            _dialogue_line(builder, line, host_labels)
        else:
            _reported_line(builder, line)

    if not builder.parts:
        first = body[0].number if body else title.number
        raise TranscriptError(
            where,
            first,
            "no part heading found",
            "a part heading is a short line without sentence punctuation, "
            "e.g. 模型架构当前发展情况, before the first question",
        )
    return _freeze(builder, title, sorted(builder.excluded, key=lambda e: e.line))


def _reported_line(builder: _Builder, line: _Line) -> None:
    if not builder.parts and not is_heading(line.text):
        # Before the first heading everything is intro, rhetorical questions included.
        builder.intro.append(builder.paragraph(f"intro-{len(builder.intro) + 1}", line))
    elif is_heading(line.text):
        builder.start_part(line)
    elif is_question(line.text):
        builder.start_question(line)
    else:
        builder.add_answer(line, line.text, builder.finder.in_clause(opening_clause(line.text)))


def _dialogue_line(builder: _Builder, line: _Line, host_labels: tuple[str, ...]) -> None:
    host_text = _host_text(line.text, host_labels)
    label = DIALOGUE_LABEL.match(line.text)
    if host_text is not None:
        builder.start_question(_Line(line.number, host_text))
    elif label and _is_speaker_label(label.group("label"), builder.finder):
        builder.add_answer(line, label.group("text"), builder.finder.in_label(label.group("label")))
    elif not builder.parts and not is_heading(line.text):
        builder.intro.append(builder.paragraph(f"intro-{len(builder.intro) + 1}", line))
    elif is_heading(line.text):
        builder.start_part(line)
    elif builder.question is not None and not builder.question["answers"]:
        # An unlabelled paragraph after the host's turn continues the question.
        builder.question["context"].append(line)
    else:
        builder.add_answer(line, line.text, None)


def _host_text(text: str, host_labels: tuple[str, ...]) -> str | None:
    match = DIALOGUE_LABEL.match(text)
    if match and match.group("label").strip() in host_labels:
        return match.group("text").strip(BLANKS)
    return None


def _is_speaker_label(label: str, finder: _SpeakerFinder) -> bool:
    label = label.strip()
    if label in finder.known or any(label.startswith(n) for n in finder.known):
        return True
    han_name = re.fullmatch(rf"[{HAN}]{{2,4}}(?:{'|'.join(HONORIFICS)})?", label)
    latin_name = re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", label)
    return bool(han_name or latin_name)


def _related_news_start(content: list[_Line]) -> int | None:
    """Index of the last 相关资讯 line: everything from there on is scraped news."""
    for index in range(len(content) - 1, 0, -1):
        if RELATED_NEWS.match(content[index].text):
            return index
    return None


def _quote(text: str, limit: int = 30) -> str:
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


# --- freezing into the model -----------------------------------------------------


def _freeze(builder: _Builder, title: _Line, excluded: list[Exclusion]) -> Transcript:
    where, metadata = builder.path, builder.metadata
    speakers = _speakers(builder, where, metadata)
    ids = {s.name: s.id for s in speakers}
    part_ids = _ids_by_match(metadata, builder.parts, "title", "part", "part")
    questions = [q for p in builder.parts for q in p["questions"]]
    question_ids = _ids_by_match(metadata, questions, "text", "question", "q")
    parts = []
    for part in builder.parts:
        frozen_questions = []
        for question in part["questions"]:
            qid = question_ids[id(question)].id
            answers = []
            rank: dict[str, int] = {}
            for answer in question["answers"]:
                sid = ids[answer["speaker"]]
                paragraphs = []
                for line in answer["lines"]:
                    rank[sid] = rank.get(sid, 0) + 1
                    paragraphs.append(builder.paragraph(f"{qid}-{sid}-{rank[sid]}", line))
                answers.append(Answer(sid, tuple(paragraphs)))
            frozen_questions.append(
                Question(
                    id=qid,
                    line=question["line"],
                    text=question["text"],
                    answers=tuple(answers),
                    en=question_ids[id(question)].en,
                    topics=builder.matcher.topics_in(question["text"]),
                    context=tuple(
                        builder.paragraph(f"{qid}-context-{i}", line)
                        for i, line in enumerate(question["context"], start=1)
                    ),
                )
            )
        if not frozen_questions:
            raise TranscriptError(
                where,
                part["line"],
                f"part heading {_quote(part['title'])} has no question under it",
                "a question ends with ? or ？; a heading is a short line without punctuation",
            )
        match = part_ids[id(part)]
        parts.append(Part(match.id, part["line"], part["title"], tuple(frozen_questions), match.en))
    info = dict(metadata.info)
    slug = str(info.pop("slug", "") or Path(where).stem)
    return numbered(Transcript(
        slug=slug,
        source=where,
        title=title.text,
        title_line=title.number,
        intro=tuple(builder.intro),
        parts=tuple(parts),
        speakers=tuple(speakers),
        excluded=tuple(excluded),
        topics=metadata.topics,
        categories=metadata.categories,
        info=info,
        mode=metadata.mode or REPORTED,
        record=metadata.record,
    ))


def numbered(transcript: Transcript) -> Transcript:
    """The transcript with every paragraph numbered in reading order (¶ 1, ¶ 2 …): intro,
    then each question, its context and its answers."""
    counter = iter(range(1, 1_000_000_000))

    def number(paragraph: Paragraph) -> Paragraph:
        return replace(paragraph, number=next(counter))

    intro = tuple(number(p) for p in transcript.intro)
    parts = []
    for part in transcript.parts:
        questions = []
        for question in part.questions:
            asked = next(counter) if question.text else 0
            questions.append(replace(
                question,
                number=asked,
                context=tuple(number(p) for p in question.context),
                answers=tuple(replace(a, paragraphs=tuple(number(p) for p in a.paragraphs))
                              for a in question.answers),
            ))
        parts.append(replace(part, questions=tuple(questions)))
    return replace(transcript, intro=intro, parts=tuple(parts))


def _speakers(builder: _Builder, where: str, metadata: Metadata) -> list[Speaker]:
    """Speakers in order of first answer, enriched by the metadata; unknown metadata names fail."""
    by_name: dict[str, SpeakerInfo] = {info.name: info for info in metadata.speakers}
    full_text = "\n".join(
        [p.text for p in builder.intro]
        + [q["text"] for part in builder.parts for q in part["questions"]]
        + [line.text for part in builder.parts for q in part["questions"]
           for a in q["answers"] for line in a["lines"]]
    )
    for info in metadata.speakers:
        if info.name not in full_text:
            raise TranscriptError(
                metadata.path,
                info.line,
                f"speaker '{info.name}' is never mentioned in {where}",
                "check the spelling, or remove the entry",
            )
    speakers = []
    used_ids: set[str] = set()
    for name in builder.speaker_order:
        info = by_name.get(name)
        speaker_id = info.id if info else _pinyin_id(name)
        while speaker_id in used_ids:
            speaker_id += "-2"
        used_ids.add(speaker_id)
        speakers.append(
            Speaker(
                id=speaker_id,
                name=name,
                honorific=builder.finder.known.get(name, ""),
                **(info.fields if info else {}),
            )
        )
    return speakers


def _pinyin_id(name: str) -> str:
    """An ASCII id for a speaker the metadata does not list: 胡瀚 → hu-han."""
    if re.fullmatch(r"[A-Za-z0-9 .\-]+", name):
        return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    from pypinyin import lazy_pinyin  # only needed for speakers without metadata

    syllables = lazy_pinyin(name, errors="ignore")
    return "-".join(s.lower() for s in syllables if s.isalnum()) or "speaker"


def _ids_by_match(
    metadata: Metadata, items: list[dict], key: str, noun: str, prefix: str
) -> dict[int, Matcher]:
    """Give each item the metadata entry whose ``match`` it contains, else ``<prefix><n>``."""
    matchers = metadata.parts if noun == "part" else metadata.questions
    result: dict[int, Matcher] = {}
    for matcher in matchers:
        hits = [item for item in items if matcher.match in item[key]]
        if len(hits) != 1:
            found = "no" if not hits else f"{len(hits)}"
            raise TranscriptError(
                metadata.path,
                matcher.line,
                f"{noun} match '{matcher.match}' fits {found} {noun}s of the transcript",
                f"choose a piece of text that occurs in exactly one {noun}",
            )
        if id(hits[0]) in result:
            raise TranscriptError(metadata.path, matcher.line, f"two entries match the same {noun}")
        result[id(hits[0])] = matcher
    taken = {m.id for m in matchers}
    for number, item in enumerate(items, start=1):
        if id(item) not in result:
            fallback = f"{prefix}{number}"
            if fallback in taken:
                raise TranscriptError(metadata.path, 1, f"{noun} id '{fallback}' is reserved")
            result[id(item)] = Matcher("", fallback, "", item["line"])
    return result


def load(path: Path) -> Transcript:
    """Parse a transcript with the metadata files beside it."""
    return parse(path, load_metadata(path))


def main(argv: list[str]) -> int:
    """``python hooks/transcript.py FILE``: the model as JSON, or ``FILE:LINE: message``."""
    if len(argv) != 1:
        print("usage: python hooks/transcript.py FILE", file=sys.stderr)
        return 2
    try:
        transcript = load(Path(argv[0]))
    except TranscriptError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{argv[0]}:1: cannot read the file: {error.strerror}", file=sys.stderr)
        return 1
    from .exports import to_json  # exports import the site, which imports the model only

    sys.stdout.write(to_json(transcript))
    return 0
