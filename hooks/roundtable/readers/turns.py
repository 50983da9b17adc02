"""Labelled turns, the grammar dialogue, interviews, exports, subtitles and Markdown share.

A reader cuts its file into :class:`Unit` s (a paragraph, maybe with a label such as
``张伟：`` and a time); :func:`read_turns` decides what each becomes. A host label
(主持人, 记者, Q …) opens a question; a label is a speaker's only when it opens turns (twice or
more), is declared in the metadata or a guest list, or names a person (a label seen once is
a warning). Anything else (``举个例子：``) is text. An unlabelled paragraph continues the turn
before it; before the first turn it is the intro.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..metadata import LABEL_ROLES as ROLE_VALUES
from ..model import Fix, TranscriptError, labels_fix, labels_map_fix
from .asking import chimes_in
from .base import (
    HEADING_MARKER,
    HEADING_MAX,
    heading_marker,
    heading_shape,
    is_question,
    label_name,
)
from .bilingual import paired_labels
from .draft import ANSWER, EXCLUDED, HEADING, INTRO, QUESTION, Draft
from .forms import SHARED_PLACE, fullest_forms, latin_people
from .hint_examples import Examples, examples_for
from .identity import (
    HOST_POSITIONS,
    SPACED_POSITION,
    addressed,
    by_title,
    called_on,
    framed_narrator,
    given_name_fits,
    given_name_of,
    handle_person,
    initials_of,
    keyed_map,
    latin_people_called,
    people_introduced,
    people_named,
    people_stated,
    positioned_person,
    resolve,
    self_named,
    spelled_aliases,
    stated_as_asker,
    stated_map,
    states_people,
    titled_surname,
    written_full_name,
    written_given_name,
)
from .labels import (
    ASK_WORD,
    AUDIENCE,
    DEFAULT_HOST_LABELS,
    HANDLE,
    HELD_ROLE,
    ROLE_PREFIX,
    SPEAKER_NUMBER,
    LabelStats,
    asking_action,
    held_role,
    leading_mark,
    one_off_label,
    posted_role,
    running_text,
    split_label,
    unbold,
    writer_labels,
)
from .matter import CHAIR_ROLE, MATTER_HINT, PAGE_NOTICE, RIGHTS_NOTICE
from .names import (
    COMPOUND_SURNAMES,
    LATIN_TITLES,
    SURNAMES,
    by_surname,
    is_han_name,
    is_latin_name,
    is_transliterated_name,
    name_at_end,
    title_form,
)
from .roles import (
    HOSTING,
    Verdict,
    answering_hosts,
    asks,
    called_forms,
    chairing_turns,
    floor_giver,
    hosts_by_behaviour,
    hosts_by_frame,
    last_sentence,
    one_off_askers,
    shortened_labels,
)

SESSION_ROLES = ("主持人", "主持", "主讲人", "主講人", "主讲", "讲者", "講者", "主讲嘉宾", "报告人")
"""Roles one person holds in a session: a label naming one is that person's, where the file
says who (主讲人：钟予乔). (记者, 嘉宾 name many.)"""
LECTURERS = ("主讲人", "主講人", "主讲", "讲者", "講者", "主讲嘉宾", "报告人")
"""The roles a header gives the one person who speaks in a lecture or a talk."""
# A label by which the export says it could not tell who spoke (Otter's "Unknown Speaker",
# 未知说话人): the words are someone's, but nobody can say whose.
UNKNOWN_SPEAKER = re.compile(r"^(?:unknown(?:\s+speaker)?(?:\s*\d+)?|unidentified(?:\s+speaker)?|"
                             r"未知(?:说话人|發言人|发言人|說話人)?|未识别\S{0,4}|未識別\S{0,4}|"
                             r"(?:说话人|发言人)?未知"
                             # A caption file's bare SPEAKER in capitals (CART style: ">>
                             # SPEAKER:" is someone the captioner could not identify); a
                             # header's "Speaker: Dr. …" names its speaker, 发言人 alone is
                             # a spokesperson.
                             r"|(?-i:SPEAKER))$", re.IGNORECASE)
# A label in a court reporter's capitals: a title and a name, a surname, a role (MS. WHITFIELD,
# GARCÍA MÁRQUEZ, AUDIENCE MEMBER, THE CHAIR), accents and hyphens allowed.
CAPITALS_LABEL = re.compile(r"(?=.*[A-Z])[A-Z\u00c0-\u00de.'’\- ]{2,40}")
# An interpreter's label: the words are the speaker's before, in another language.
INTERPRETER = re.compile(r"^(?:同传|同傳|同声传译|同聲傳譯|口译|口譯|翻译|翻譯|译员|譯員|传译|傳譯"
                         r"|interpreter|interpretation|translator)$", re.IGNORECASE)


# A listener's backchannel said alone: 嗯。 对对。 是的。 Mm-hmm. Right.
BACKCHANNEL = re.compile(r"^(?:(?:嗯|对|對|是|好|哦|噢|啊|呃|mm+|mhm|uh-huh|yeah|right)[的啊呀]?"
                         r"[。.!！，,、\s]*){1,3}$", re.IGNORECASE)
# A few words that open by agreeing (对对对，就是这个意思。 · Yeah, exactly.).
AGREEING = re.compile(r"^(?:(?:嗯|对|對|是|好|没错|沒錯|yeah|yes|right|exactly)[的啊呀]?"
                      r"[，,、\s]*)+[^。.!！?？]*[。.!！]?$", re.IGNORECASE)
# A paragraph wholly in round brackets: what the editors saw, not what anyone said.
# (Square brackets too, a whole line of them: a US hearing's ``[The prepared statement of …
# follows:]``, a TV transcript's ``[BEGIN VIDEO CLIP]``, a court record's ``[Pause]``.)
WHOLLY_BRACKETED = re.compile(r"^(?:[（(][^（）()]{4,160}[）)]|\[[^\[\]]{4,160}\])$")
# An aside set in brackets with who says it (（一旁的钱某补充：…） · （李工插话：…） · (Ann
# Lee, interjecting: …)): where they were, a name, a verb of chiming in, a colon, the words.
ASIDE = re.compile(r"^[（(](?:[^（）()：:，,。]{0,8}?的)?"
                   r"(?P<who>[^（）()：:，,。的\s]{2,8}?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
                   r"(?:也|则|則|又|随即|隨即|在旁|在一旁)?,?\s*"
                   r"(?:补充|補充|插话|插話|接话|接話|插了一句|补了一句|補了一句|插嘴|打断|打斷"
                   r"|interjecting|adding|cutting in)(?:道|说|說)?\s*[:：]\s*(?P<words>.+)[）)]$")
FIRST_PERSON = re.compile(r"我|咱|\b(?:I|we|my|our)\b", re.IGNORECASE)
# A label that hides who speaks: 嘉宾甲, 嘉賓B, 发言人2, SPEAKER_01, Guest A, Speaker 2.
ANONYMOUS = re.compile(r"^(?:嘉宾|嘉賓|来宾|來賓|受访者|受訪者|与谈人|與談人|讲者|講者)"
                       r"\s*[甲乙丙丁戊A-Ea-e1-9一二三四五]$"
                       r"|^(?:说话人|发言人|讲话人|Speaker|发言者|說話人|發言人|SPEAKER)[_\s]*\d+$"
                       r"|^(?:Guest|Panell?ist)\s*[A-E1-9]$", re.IGNORECASE)
# A stage direction handing over the chair, as a parliament's record prints it (Hansard:
# "Senator Brennan then took the chair.", "(The Deputy Chair took the chair.)") or a
# Chinese minute's （改由李明主持）.
TOOK_CHAIR = re.compile(r"^[(\[（]?(?:The\s+)?(?P<who>(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)"
                        r"\s+(?:then\s+|thereupon\s+)?(?:took|assumed|resumed|takes)\s+the\s+chair"
                        r"\.?[)\]）]?$"
                        r"|^[（(](?:改由|由)(?P<zh>[\u3400-\u9fff·]{2,8}?)(?:接替)?主持(?:会议)?[。]?[）)]$")
# A participant a meeting app knows only by the phone number that dialled in.
DIAL_IN = re.compile(r"^\+?\d[\d\s*•·\-–()]{6,}\d$")
# A reporter named by outlet (中新社记者, 香港商报記者, Reuters reporter); 本报/本刊记者 is
# the publication's own interviewer, a host label.
REPORTER = re.compile(r"^(?!本报|本報|本刊|本台|本网|本網)[^\s:：]{1,14}?(?:记者|記者)"
                      r"|^(?:[A-Z][\w.&'-]*\s+){1,4}[Rr]eporter$")
# The host handing the floor over: 有请许老师 · 下面请周总来讲 · 欢迎张伟上台 · 请出我们的主讲人…
HANDOVER = re.compile(r"(?:有请|有請|下面请|下面請|接下来请|接下來請|现在请|現在請|请出|請出"
                      r"|欢迎|歡迎)"
                      r"(?:我们的|我們的)?(?P<who>[^\s，,。！!、：:；;]{2,10}?)"
                      r"(?=来|來|为|為|给|給|上台|登台|发言|發言|分享|开讲|開講|演讲|演講|讲|講|$)")


# A turn that opens by greeting or thanking the room (大家好 · 谢谢邀请 · Hello everyone ·
# Thanks for having me): the languages' own openings of someone taking the floor.
# A sound or stage marker in brackets, a whole heading's text: [Theme music], 【片头音乐】.
STAGE_MARK = re.compile(r"^(?:\[[\d:.]+\]\s*)?[\[【(（][^\]】)）]{1,30}[\]】)）]$")
GREETS = re.compile(r"(?:大家好|各位好|各位[^，,。！!]{0,4}好|你们好|你們好|您好|你好"
                    r"|谢谢|謝謝|感谢|感謝|hi\b|hello\b|thanks?\b"
                    r"|good (?:morning|afternoon|evening)\b)",
                    re.IGNORECASE)


@dataclass
class Unit:
    """A paragraph of a file as a reader cut it."""

    lines: list[int]
    text: str
    """The words, without the label."""
    label: str = ""
    time: str = ""
    heading: bool = False
    """Set by readers whose format marks headings itself (Markdown)."""
    rule: str = ""
    """How the reader found the label, for ``--explain``."""
    raw: str = ""
    """The paragraph as written, label included."""
    voiced: bool = False
    """The label is the container's own speaker field (a WebVTT voice, a CSV's speaker
    column): someone's name for sure, even when it opens one turn only."""


# A file's note on who answers where no label says: 未特别标注的回答均来自宁远舟 · 未标注者均为…
DEFAULT_ANSWERER = re.compile(r"(?:未|没有|沒有)(?:特别|特別)?(?:标注|標注|注明|註明|署名)"
                              r"[^。，,]{0,6}?"
                              r"(?:均|都|皆|一律)?(?:来自|來自|为|為|是|出自)"
                              r"(?P<name>[\u3400-\u9fff]{2,4}?)(?:[。，,；;）)\s]|$)")


# A comment's stamp: a time (3-15 20:02, 2024-03-15 20:02, 20:02, 2h ago, 3小时前) opening a
# line of short fields that ends with a count (赞 388, 12 likes).
STAMP = re.compile(r"^\s*(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}\b"
                   r"|^\s*\d+\s*(?:[smhdw]|min|mins|hours?|days?)\s+ago\b"
                   r"|^\s*\d+\s*(?:分钟|小時|小时|天)前", re.IGNORECASE)
ENDS_WITH_COUNT = re.compile(r"\d[\d,.万kK]*\s*(?:likes?|赞|讚|回复|回覆|replies)?\s*$",
                             re.IGNORECASE)


def record_stamps(units: list[Unit]) -> set[int]:
    """The units that are each record's stamp line (a comment export's 3-15 20:02 来自 iPhone
    赞 388 under every comment): no label, no sentence, a time first and a count last, and a
    word of the same shape recurring on three such lines or more. Nobody's words."""
    found: dict[int, set[str]] = {}
    for index, unit in enumerate(units):
        text = unit.raw or unit.text
        if (unit.label or unit.heading or len(text) > 60 or SENTENCE_MARK.search(text)
                or not STAMP.search(text) or not ENDS_WITH_COUNT.search(text)):
            continue
        found[index] = {w for w in re.split(r"[\s·|｜　]+", text)
                        if w and not re.search(r"\d", w)}
    if len(found) < 3:
        return set()
    counts = Counter(w for words in found.values() for w in words)
    shared = {w for w, n in counts.items() if n >= 3 and n * 4 >= len(found) * 3}
    return {index for index, words in found.items() if words & shared} if shared else set()


def default_answerer(texts: list[str]) -> str:
    """The one person a file says answers wherever no label says who does, or ""."""
    found = {m.group("name") for text in texts for m in DEFAULT_ANSWERER.finditer(text)}
    return found.pop() if len(found) == 1 else ""


NICKNAME = re.compile(r"^(?:[小阿老][\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{2,3}|[A-Za-z][A-Za-z.\-]{1,15})$")  # noqa: E501


UNREAD_LABEL = re.compile(
    r"(?P<label>(?:[^\s：:，。！？、“”]{2,12}[ \u3000]+){1,3}(?P<name>[\u3400-\u9fff]{2,4}"
    r"|[\u3400-\u9fff]{1,6}(?:[·・•][\u3400-\u9fff]{1,6})+))[ \u3000]*[：:]")
"""An affiliation, a space and a Chinese name before a colon (星河智能 刘峥：, as 会议实录 and
roundtable records print a speaker with their company or post)."""


UNREAD_ENCLOSED = re.compile(
    r"[【\[〔［](?P<label>(?:[^\s【】\[\]〔〕［］：:，。！？、“”]{2,12}[ \u3000]+){1,3}"
    r"(?P<name>[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,6}(?:[·・•][\u3400-\u9fff]{1,6})+))"
    r"[】\]〕］]")
"""The same, enclosed in brackets instead of before a colon (【北辰智算 首席科学家 刘峥】…, as
forum records and WeChat 实录 print a speaker with their post)."""


def unread_label(text: str) -> tuple[str, str] | None:
    """``(label, name)`` of a paragraph that opens with an affiliation and a name before a
    colon (UNREAD_LABEL) or in brackets (UNREAD_ENCLOSED), the name read as one; else
    ``None``."""
    match = UNREAD_LABEL.match(text.strip()) or UNREAD_ENCLOSED.match(text.strip())
    if not match:
        return None
    name = match.group("name")
    return (match.group("label"), name) if (is_han_name(name) or not name.isalpha()) else None


ANSWER_MARKER = re.compile(r"[AＡ答]")
"""A label that marks an answer and names no one (the A of Q/A, 答 of 问/答)."""


def host_labels(metadata_labels: tuple[str, ...], host_names: list[str] | tuple[str, ...] = ()
                ) -> tuple[str, ...]:
    """The labels that open questions: the metadata's or the usual ones, and the hosts' names
    when a byline or a page's 【主播】 block gives them (主持人：宋雨 makes 宋雨：… a question)."""
    labels = metadata_labels or DEFAULT_HOST_LABELS
    return (*labels, *(n for n in host_names if n not in labels))




@dataclass
class TurnReader:
    """Reads units into a draft's blocks."""

    draft: Draft
    host_labels: tuple[str, ...] = DEFAULT_HOST_LABELS
    answerer: str = ""
    """Who answers an ``答：``/``A:`` label (the interviewee)."""
    answer_labels: tuple[str, ...] = ("答", "A", "回答")
    counts: Counter = field(default_factory=Counter)
    stats: LabelStats = field(default_factory=LabelStats)
    asking_once: set[str] = field(default_factory=set)
    answering_once: set[str] = field(default_factory=set)
    floor_askers: set[str] = field(default_factory=set)
    """A bare Q/问 label read as the audience's while the host is read by behaviour."""
    """Prefixes that open one record only, right after a turn that asks: its answer."""
    unnamed_warned: set[str] = field(default_factory=set)
    """Numbered speakers already warned as never named (one warning each)."""
    texts: list[str] = field(default_factory=list)
    """Every line of the file as read (the lists of who takes part among them)."""
    """Prefixes that open one record only, a question (a parent's 小宇妈妈：…？)."""
    host_names: dict[str, str] = field(default_factory=dict)
    """A host label's person, where the file states it (SPEAKER_00 = 主播 何澄)."""
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    """Labels such as 王总 that fit several guests (王芳, 王磊)."""
    statements: set[int] = field(default_factory=set)
    """Units after the last turn that state who the labels are: the file's note."""
    floor: str = ""
    """The person a host handed the floor to (有请许老师), who keeps it across headings."""
    talk_at: int = -1
    """The unit a talk before the first labelled turn starts at (see _self_named_talk)."""
    trailing_matter: bool = True
    """Whether a line after the last turn that is no sentence is the page's matter (not in
    subtitles, whose cues are all speech)."""
    alone: set[str] = field(default_factory=set)
    """Labels that stand alone on their line above the words (蒋局长：⏎ 同志们…)."""
    roster: dict[str, str] = field(default_factory=dict)
    """Role labels a participants list at the file's head gives one person each
    (审判长：韩立群): that person's turns, whatever the label's role turns out to be."""
    narrated_entries: bool = False
    """A timed record whose entries mostly open with no label (a live blog: 14:05 场内灯光暗下,
    14:08 唐某回顾了…): its entries are read one by one, an unlabelled one never continuing
    the turn before."""
    self_introduced: set[str] = field(default_factory=set)
    """Anonymous labels the roster names by their own first words (发言人2 → 我是邵一鸣)."""
    chairs: dict[str, str] = field(default_factory=dict)
    """Who holds each presiding role a list of members marks (chair → the member marked
    (Chair)), by the role in lower case (matter.py): ``CHAIR:`` is that member's."""
    directions: set[int] = field(default_factory=set)
    """Units that are a stage direction handing the chair over: narration."""
    latin_named: set[str] = field(default_factory=set)
    """The Latin full names the file writes anywhere (forms.latin_people)."""
    stage_directions: int = 0
    """Paragraphs wholly in brackets (stage directions) the file holds."""
    mixed_case: bool = False
    """Most paragraphs hold lower-case letters: a line in capitals is a heading."""
    people: dict[str, set[str]] = field(default_factory=dict)
    narrated_sections: bool = False
    """Every turn of the file opens with its label (an interview's 问：/答：), so a section
    that opens unlabelled is narrated by the record's writer, not a turn continuing."""
    held_forms: dict[str, str] = field(default_factory=dict)
    """Short forms the file gives the held hosts' names (何美華（May）): May → 何美華."""
    held_hosts: set[str] = field(default_factory=set)
    """People a label names as a role's holder and whose role asks (主持（何美華）, 问1（李振华
    委员）): their other labels (May, 李委员) are a host's too."""
    """Everyone the file names anywhere with their positions and roles (identity.py): the
    header, a participants list, a byline, a host's introduction, the full-name labels."""
    full_forms: dict[str, str] | None = None
    """Each short form of a name the file gives with its full form (forms.py), once read."""

    def _stated_role(self, label: str) -> tuple[str, str] | None:
        """A role label (主讲人, 主持人) that the file gives to exactly one person it names
        (主讲人：钟予乔): that person's turns, a host's if the role hosts."""
        holders = [p for p, positions in self.people.items() if label in positions
                   or (label in HOST_POSITIONS and positions & set(HOST_POSITIONS))]
        if len(holders) != 1 or label not in SESSION_ROLES:
            return None
        return ("host" if label in HOST_POSITIONS else "speaker"), holders[0]

    def _named_guest(self, name: str) -> bool:
        """Whether a guest list or the metadata names the person a guest: a list of who
        attended (参会人：…) names the host as well, so it alone does not."""
        guest = self.draft.guests.get(name)
        return guest is not None and not guest.attending

    def _group_member(self, bare: str) -> tuple[str, str] | None:
        """``(group word, person)`` of a label naming one member of a group the file's
        other labels number or gather (生（许某）beside 生1, 生2, 生（齐）; 观众（林某）beside
        观众1, 观众2; a jury's 评委（某某）beside 评委A, 评委B): that member, by name."""
        match = HELD_ROLE.match(bare)
        if not match:
            return None
        role, who = match.group("role"), match.group("who").strip()
        if not (re.fullmatch(r"[\u3400-\u9fff]{2,4}", who)
                and (who[:2] in COMPOUND_SURNAMES or who[0] in SURNAMES)):
            return None
        others = [label for label in self.stats.labels()
                  if label != bare and label.startswith(role) and len(label) > len(role)]
        return (role, who) if len(others) >= 2 else None

    def _listed_host(self, handle: str) -> bool:
        """Whether the file's list of who takes part gives a handle the host's role
        (主持人：@某账号)."""
        key = re.compile(rf"^\s*(?:{'|'.join(HOST_POSITIONS)}|Host|Moderator)\s*[:：]\s*@?"
                         rf"{re.escape(handle)}\s*$")
        return any(key.match(text) for text in self.texts)

    def _stated_lecturer(self) -> str:
        """The one person the file names as its lecturer (主讲人：许明川), or ""."""
        holders = [p for p, positions in self.people.items() if positions & set(LECTURERS)]
        return holders[0] if len(holders) == 1 else ""

    def _stated_hosts(self) -> list[str]:
        return [p for p, positions in self.people.items() if positions & set(HOST_POSITIONS)]

    def kind(self, label: str) -> tuple[str, str]:
        """``('host'|'audience'|'speaker'|'interpreter'|'narration'|'text', name)`` of a
        label: the metadata's ``labels:`` first, then the label's words, then statistics."""
        bare = unbold(label).strip()
        name, _, _ = label_name(bare)
        mapped = self.draft.labels.get(bare) or self.draft.labels.get(name)
        if mapped in ("host", "audience"):
            return mapped, self.host_names.get(bare, name) if mapped == "host" else bare
        if mapped in ("interpreter", "narration"):
            return mapped, bare
        if mapped:
            if mapped in self.host_labels and mapped not in self.draft.guests:
                return "host", mapped  # (a person the file lists as a host: ACTING CHAIR)
            return "speaker", mapped
        if bare.lower() in self.chairs:
            return "host", self.chairs[bare.lower()]
        if any(INTERPRETER.match(position) for position in self.people.get(name, ())):
            # 孙瑶： where the file says 现场翻译：孙瑶: she renders the words of the turn
            # before, as 翻译： does (the words are that speaker's, interpreted).
            return "interpreter", bare  # CHAIR: the member the list marks (Chair)
        posted = posted_role(bare) or (("", HANDLE.match(bare).group("handle"))
                                       if HANDLE.match(bare) else None)
        if posted:
            # 问@网友 / 答@嘉宾 / @主持账号: the word says what the post does, the handle who
            # posts; the handle is the person the file's list or the handle's own parts name.
            asking, handle = posted
            if self._listed_host(handle):
                return "host", handle  # 主持人：@某账号 in the list of who takes part
            if asking:
                return "audience", handle
            person = handle_person(handle, self.texts, self._everyone())
            return "speaker", person or handle
        held = held_role(bare) or self._group_member(bare)
        if held:
            # 问1（李振华委员）, 主持（何美華）: the word says what the turn does, the brackets
            # who does it (labels.held_role).
            role, person = held
            if ASK_WORD.match(role) or role in self.host_labels or role.startswith("主持"):
                return "host", person
            if AUDIENCE.match(role):
                return "audience", person
            return "speaker", person
        prefixed = ROLE_PREFIX.match(name)
        if prefixed and prefixed.group("role").startswith("主持") \
                and is_han_name(prefixed.group("name")):
            return "host", prefixed.group("name")  # 主持人 韩笑: the role word says it
        placed = positioned_person(bare, [*self._everyone(), *self.stats.labels()]) \
            if not held else None
        if placed:
            # 住院医师王梦瑶, 刘建波主治医师（…）: a position and a name are that person; the
            # file's header or behaviour says whether they host.
            # (主持人　某单位秘书长　某某: the session's role word first says it too.)
            return ("host" if placed in self._stated_hosts() or placed in self.held_hosts
                    else "speaker"), placed
        if self.held_forms.get(name) in self.held_hosts:
            # May for 何美華 (主持：何美華（May）), whose labelled turns host: a host's short form.
            return "host", self.held_forms[name]
        if bare in self.roster and bare not in self.host_labels:
            # The file's key or participants list says who the label is (EQ = Eleanor
            # Quist, 原告苏晴为“原”); what they do says whether they host, unless the
            # file states that person's label a host's (主持：May（何美華） · then M = May).
            person = self.roster[bare]
            if person != bare and person not in self.roster:
                stated = self.kind(person)
                if stated[0] == "host":
                    return stated
                # (Joe, whom 主持：何嘉（Joe） names: the full form the file gives, a host.)
                if self.full_forms is None:
                    self.full_forms = fullest_forms(self.texts)
                full = self.full_forms.get(person, person)
                if full in self._stated_hosts() and not self._named_guest(full):
                    return "host", full
            return "speaker", person
        if INTERPRETER.match(bare):
            return "interpreter", bare
        if UNKNOWN_SPEAKER.match(bare):
            return "speaker", bare  # someone spoke; _speaker_turn warns that nobody knows who
        role = self._stated_role(name)
        if role and name not in self.draft.guests:
            return role
        prefixed = ROLE_PREFIX.match(name)
        if prefixed and (is_han_name(prefixed.group("name")) or prefixed.group("name")
                         in self.draft.guests):
            if prefixed.group("role").startswith("主持"):
                return "host", prefixed.group("name")
            return "speaker", prefixed.group("name")
        if bare in self.host_labels or (bare.rstrip("1234567890") in self.host_labels
                                         and not SPEAKER_NUMBER.match(bare)) \
                or name in self.host_labels:
            return "host", self.roster.get(bare, name)
        if AUDIENCE.match(bare) and name not in self.draft.guests:
            return "audience", bare
        if DIAL_IN.match(label.strip()):
            # A phone that dialled in (+86 755 ****3318): someone speaks, known by the number
            # (its masking stars are no bold markup).
            return "speaker", label.strip()
        if REPORTER.match(bare) and name not in self.draft.guests:
            # 中新社记者, 第一财经记者: reporters ask (an interview's one reporter is its
            # host: read() makes it so when nobody else hosts).
            return "audience", bare
        if bare in self.answer_labels and self.answerer:
            return "speaker", self.answerer
        if name in self.draft.aliases:
            # 小安 for 安宁, whom the page's list of hosts names: a host's short form.
            person = self.draft.aliases[name]
            return ("host" if person in self.host_labels or person in self.held_hosts
                    else "speaker"), person
        hosts = [h for h in self.host_labels if is_han_name(h) or is_latin_name(h)]
        hosts += [h for h in self._stated_hosts() if h not in hosts]
        hosts += [h for h in sorted(self.held_hosts) if h not in hosts]
        if name in hosts and not self._named_guest(name):
            return "host", name  # 唐悦, who said she hosts (我是…唐悦，也是今天的主持人)
        if name not in self.draft.guests and name not in hosts:
            # 麥 for 麥詠詩, 周总 for 周立恒, Prof. Adeyemi, 魏德曼: the one person the file
            # introduces whom the label's form names (identity.py); else the one person the
            # file names anywhere (蒋局长 for the 副局长蒋卫东 of its 主持： line).
            person = resolve(name, [*self.draft.guests, *hosts]) or by_title(
                name, self._everyone())
            if person:
                return ("host" if person in hosts else "speaker"), person
        if name in self.draft.guests or SPEAKER_NUMBER.match(name):
            return "speaker", name
        surname = title_form(name)
        if surname:
            # 张总 is the one guest surnamed 张; with two such guests it is nobody's for sure.
            same = by_surname(surname, self.draft.guests)
            if len(same) == 1:
                return "speaker", same[0]
            if len(same) > 1:
                self.ambiguous[name] = same
        if is_han_name(name) or is_transliterated_name(name) \
                or (is_latin_name(name) and (" " in name or self.counts[name] > 1
                                                         or LATIN_TITLES.match(bare))):
            # (A title before a Latin surname is a person's label even once: DR. MENSAH:.)
            return "speaker", name
        given = given_name_of(name, [*self.draft.guests, *hosts, *self._everyone(),
                                     *self.latin_named])
        if given and not running_text(name):
            # Marcus for the Marcus Liang of the guest list, 一鸣 for 韦一鸣: a given name
            # alone that fits exactly one person the file names is that person's label, even
            # seen once.
            return ("host" if given in hosts else "speaker"), given
        if not running_text(name) and bare == name and (
                written_given_name(name, self.texts) or (
                    len(name) > 1 and written_full_name(name, self.texts))
                or (re.fullmatch(r"[A-Z][a-z\u00e0-\u024f'’\-]+", name)
                    and resolve(name, self.latin_named))):
            # 小陈, 王总, 一鸣, Lindgren heard once: the head or the tail of one full name the
            # file writes (its lead's 创始人王立军此前…, a caption, the moderator's "With me
            # are … Tomas Lindgren") is that person's label; the name it stands for is given
            # in the pass after every reader (forms.py).
            return "speaker", name
        either = given_name_fits(name, [*self.draft.guests, *hosts, *self._everyone(),
                                        *self.latin_named])
        if len(either) > 1 and not running_text(name):
            # 晓雨 where the file names 林晓雨 and 陈晓雨: someone speaks, and which of them
            # the file does not say; warned, never guessed.
            self.ambiguous[name] = sorted(either)
            return "speaker", name
        if name in self.alone and len(self.alone) >= 3 and not running_text(name):
            # A file whose labels stand alone on their lines (three or more of them): one
            # more such line is a label, even seen once (产业处同志：).
            return "speaker", name
        if name in self.draft.given_labels and not running_text(name):
            # The container gives it as a record's speaker (a chat message's header, a
            # speaker field): a label even when it opens one record only.
            return "speaker", name
        if self.stats.is_label(name):
            # A prefix that opens turn after turn and reads as no sentence is a label,
            # whatever it names (小林, Kevin, 某某科技, 嘉宾甲, 发言人3): who it is and what
            # it does (host or guest) are read from the file (roles.py), not from the word.
            return "speaker", name
        if name in self.asking_once | self.answering_once and self._labelled_throughout() \
                and one_off_label(name) and self.stats.among_labels(name):
            # A record whose every line opens with its speaker's label (labels recur): a
            # prefix of a label's shape seen once, opening a question, is one more speaker
            # asking (小宇妈妈：…？), not the last speaker's sentence; roles.py says whether
            # they are the audience. (A prefix that asks nothing — 现场演示：, 下一步： —
            # stays text: a heading's or a note's word.)
            return "speaker", name
        if ASK_WORD.match(bare):
            # 追问：, 问3：, Q2: the word says the turn asks, even seen once (a write-up's
            # follow-up question under 追问： between its reporters' 媒体： turns).
            return "host", bare
        if name in self.hosting_once and self._labelled_throughout() \
                and one_off_label(name) and self.stats.among_labels(name):
            return "host", name
        if self._unnamed_in_capitals(name, bare):
            # PANELIST:, SPEAKER FROM THE FLOOR: in a record whose labels are all capitals
            # (a court reporter's MS. WHITFIELD:): someone speaks, whom the label does not
            # name; _speaker_turn warns with the labels: line that says who.
            return "speaker", bare
        return "text", bare

    def _hosting_positioned(self, label: str) -> str:
        """The person of a label that opens with the host's role word, then a post and a
        name (主持人　某联盟秘书长　某某), else ""."""
        bare = unbold(label).strip()
        if not bare.startswith(HOST_POSITIONS):
            return ""
        placed = positioned_person(bare, [*self._everyone(), *self.stats.labels()])
        return placed if placed and not bare.startswith(placed) else ""

    def _unnamed_in_capitals(self, name: str, bare: str) -> bool:
        """A prefix in capitals, as every recurring label of the file is written, that
        opens a record between the file's turns and names no one the file names: a turn
        whose speaker the record leaves unnamed (PANELIST, PARTICIPANT), not running text
        (running text is not set in capitals before a colon)."""
        labels = self.stats.labels()
        return (bool(CAPITALS_LABEL.fullmatch(bare)) and len(labels) >= 2
                and all(CAPITALS_LABEL.fullmatch(label) for label in labels)
                and self.stats.among_labels(name) and not running_text(name))

    def _labelled_throughout(self) -> bool:
        """Whether recurring labels (two or more) open two thirds of the records any prefix
        opens between them, six or more: a minutes-like record where a one-off prefix is a
        label too."""
        labels = self.stats.labels()
        if len(labels) < 2:
            return False
        # (A header's keys before the first turn — 时间：, 到会：, 议题： — are no turns.)
        labelled = sum(self.stats.opens[label] for label in labels)
        prefixed = labelled + sum(count for label, count in self.stats.opens.items()
                                  if label not in labels and self.stats.among_labels(label))
        return labelled >= 6 and labelled >= 2 * prefixed / 3

    def _everyone(self) -> dict[str, set[str]]:
        """The people the file names, the guests and the full names its labels give."""
        found = {name: set() for name in self.draft.guests}
        found.update({name: set() for name, count in self.counts.items()
                      if count and is_han_name(name) and not titled_surname(name)})
        for name, positions in self.people.items():
            found.setdefault(name, set()).update(positions)
        for name in self.roster.values():
            found.setdefault(name, set())  # (评委1 = 谭牧: 谭总 is that person too)
        return found

    def read(self, units: list[Unit]) -> None:
        units = _numbers_joined(self._label_lines_joined(units), self.draft)
        self._bilingual_pairs(units)
        self.texts = [b.text for b in self.draft.blocks] + [u.raw or u.text for u in units]
        self.people = people_stated(self.texts)
        units = self._participants(units)
        self.latin_named = latin_people([b.text for b in self.draft.blocks]
                                        + [u.raw or u.text for u in units])
        self.default_answerer = default_answerer([b.text for b in self.draft.blocks]
                                                 + [u.raw or u.text for u in units])
        if not self.answerer:
            # 答：/A: in a file whose guest list names one guest (答辩人：林思远): the answer
            # role's label is that guest's, as an interview's is its interviewee's.
            named = [n for n, guest in self.draft.guests.items() if not guest.attending]
            self.answerer = named[0] if len(named) == 1 else ""
        self.counts = Counter(label_name(u.label)[0] for u in units if u.label)
        self.counts.update(label_name(split_label(u.text)[0])[0] for u in units
                           if u.label in self.answer_labels and split_label(u.text)[0])
        # A record that repeats an earlier one (a page's <title> again as its <h1>) opens no
        # second turn: its prefix is counted once.
        seen_texts: list[str] = []
        labels_once = []
        for unit in units:
            whole = unit.raw or unit.text
            repeated = len(whole) >= 6 and any(
                whole.startswith(t) or t.startswith(whole) for t in seen_texts if len(t) >= 6)
            labels_once.append(label_name(unit.label)[0] if unit.label and not repeated else "")
            seen_texts.append(whole)
        self.stats = LabelStats.of(labels_once, {
            label_name(unit.label)[0]: mark for unit in units
            if unit.label and (mark := leading_mark(unbold(unit.label).strip()))})
        timed = [unit for unit in units if unit.time]
        self.narrated_entries = (len(timed) >= NARRATED_ENTRIES
                                 and sum(1 for unit in timed if unit.label) * 2 < len(timed))
        self.asking_once = {label for unit, label in zip(units, labels_once, strict=True)
                            if label and self.stats.opens[label] == 1 and asks(unit.text)}
        # A prefix seen once on a record that asks nothing but uses a host's words (时间关系，
        # 最后两个问题。 · Last question, please.) and is followed by someone's question:
        # a staffer or a chair cutting in to run the floor, a host's turn.
        self.hosting_once = {
            label for index, (unit, label) in enumerate(zip(units, labels_once, strict=True))
            if label and self.stats.opens[label] == 1 and not asks(unit.text)
            and HOSTING.search(unit.text) and index + 1 < len(units)
            and asks(units[index + 1].text)}
        # (A prefix seen once on a record right after a labelled turn that asks, the
        # record not asking back: the one who answers it, 项目方：…, 校方回应：….)
        self.answering_once = {
            label for index, (unit, label) in enumerate(zip(units, labels_once, strict=True))
            if label and self.stats.opens[label] == 1 and index and units[index - 1].label
            and is_question(units[index - 1].text) and not asks(unit.text)}
        for unit, counted in zip(units, labels_once, strict=True):
            if unit.label and not counted:
                self.counts[label_name(unit.label)[0]] -= 1
        for form, name in spelled_aliases([u.raw or u.text for u in units]).items():
            self.draft.aliases.setdefault(form, name)
        self._stated(units)
        self._self_named(units)
        self.held_hosts = {kind[1] for u in units if u.label and held_role(u.label)
                           and (kind := self.kind(u.label))[0] == "host"}
        # 主持人　某单位秘书长　某某: the session's role word before a post and a name says
        # who hosts, and so does the bare name that labels them later.
        self.held_hosts |= {person for u in units if u.label
                            and (person := self._hosting_positioned(u.label))}
        if self.held_hosts:
            self.held_forms = {form: full for form, full in fullest_forms(
                [b.text for b in self.draft.blocks] + [u.raw or u.text for u in units]).items()
                if full in self.held_hosts}
        kinds = [self.kind(u.label) if u.label else ("", "") for u in units]
        kinds = self._front_prefixes(units, kinds)
        kinds = self._role_worded_hosts(units, kinds)
        if self.narrated_entries:
            # A live blog's entry headed by a post and a name (修复师某某：…) is that person's
            # words: the name ends the label, whatever post comes before it.
            kinds = [("speaker", person) if u.label and u.time and kind in ("", "text")
                     and (person := name_at_end(label_name(u.label)[0])) else (kind, name)
                     for u, (kind, name) in zip(units, kinds, strict=True)]
        has_host = any(kind == "host" for kind, _ in kinds)
        kinds, asked_from_floor = self._askers_under_ask_word(units, kinds)
        self.floor_askers = asked_from_floor
        if asked_from_floor:
            has_host = False
        if not has_host:
            # (Read again from the labels once hosts are known: a line stating who takes part
            # — 講者：陳志聰教授（…） — stays intro, never the turn of the role's holder.)
            # (Nor a prefix seen once before the turns begin, naming nobody: a title's
            # words before its colon, Shipping AI Safely: What Works.)
            taking_part = {i for i, (kind, _) in enumerate(kinds) if kind == "text"
                           and ("says who takes part" in units[i].rule
                                or "before the turns begin" in units[i].rule)}
            kinds = [kinds[i] if i in taking_part else reread for i, reread in
                     enumerate(self._hosts_by_behaviour(units, kinds))]
            has_host = any(kind == "host" for kind, _ in kinds)
            if asked_from_floor and not has_host:
                # Nobody else hosts: the asking label is the interviewer after all.
                kinds = [("host", name) if kind == "audience" and name in asked_from_floor
                         else (kind, name) for kind, name in kinds]
                has_host = True
        kinds = self._named_by_hand_overs(units, kinds)
        kinds = self._roles_by_behaviour(units, kinds)
        if has_host:
            kinds = self._askers_beside_host(units, kinds)
        reporters = {name for u, (kind, name) in zip(units, kinds, strict=True)
                     if kind == "audience" and REPORTER.match(name)}
        if not has_host and len(reporters) == 1:
            # One outlet's reporter and nobody else hosting: the interviewer.
            kinds = [("host", name) if name in reporters else (kind, name)
                     for kind, name in kinds]
            has_host = True
        kinds = self._opening_announcements(units, kinds)
        kinds = self._chair_changes(units, kinds)
        # A record its container states to be the one reply to a question (a Q&A export's
        # reply) is an answer by its author, even when the author hosts.
        kinds = [("speaker", name) if kind == "host" and unit.lines
                 and unit.lines[0] in self.draft.stated_answers else (kind, name)
                 for unit, (kind, name) in zip(units, kinds, strict=True)]
        kinds = self._host_answers_guest(units, kinds)
        kinds = self._floor_giver(units, kinds)
        # (我：…, 记者注：…: the writer's own asides set out as labels, unless the metadata
        # maps the label: narration, whatever the roles made of them.)
        asides = writer_labels([(u.label, u.text) for u in units if u.label], is_question)
        kinds = [("narration", u.label) if u.label in asides
                 and not self.draft.labels.get(unbold(u.label).strip()) else kind
                 for u, kind in zip(units, kinds, strict=True)]
        # (戴某（反问黎某）：…: a speaker whose label says they ask another: a question.)
        kinds = [("guest-asks", name) if kind == "speaker" and u.label
                 and asking_action(u.label, asks(u.text)) else (kind, name)
                 for u, (kind, name) in zip(units, kinds, strict=True)]
        for unit, (kind, name) in zip(units, kinds, strict=True):
            if kind == "guest-asks":
                continue  # (the guest's label still reads as the guest)
            if unit.label and kind in ("host", "audience", "speaker", "interpreter", "narration"):
                bare = unbold(unit.label).strip()
                self.draft.label_reading[bare] = (
                    "?" if name in self.ambiguous else name if kind == "speaker" else kind)
        last_turn = max((i for i, (kind, _) in enumerate(kinds)
                         if kind in ("host", "speaker", "audience")), default=-1)
        first_turn = min((i for i, (kind, _) in enumerate(kinds)
                          if kind in ("host", "speaker", "audience")), default=-1)
        current: tuple[str, str] = ("", "")
        started = False
        opening = self._host_opening(units, kinds)
        talk_at, talk_by = self._self_named_talk(units, kinds, first_turn)
        self.talk_at = talk_at
        if talk_by:
            # The labels put questions to the speaker: the audience's, whatever they name.
            # (The speaker's own label answers them.)
            kinds = [("audience", name) if kind == "speaker" and name != talk_by
                     else (kind, name) for kind, name in kinds]
            # (Then the unlabelled paragraphs under the askers' questions are that speaker's.)
            self.default_answerer = self.default_answerer or talk_by
        # Most paragraphs in mixed case: a line in capitals stands out as a heading.
        self.mixed_case = sum(1 for u in units if re.search(r"[a-z]", u.text)) * 2 > len(units)
        self.stage_directions = sum(1 for u in units if not u.label
                                    and WHOLLY_BRACKETED.match(u.raw or u.text))
        # A rights line the matter layer set aside after the last turn (© 2024 …) begins the
        # page's footer: what stands below it is the page's too.
        after = units[last_turn].lines[-1] if last_turn >= 0 else 0
        footer_at = min((b.line for b in self.draft.blocks if b.role == EXCLUDED
                         and b.line > after and b.rule == RIGHTS_NOTICE), default=0)
        # So does a separator after the last turn (a horizontal rule, * * *): the record
        # ends there, and what stands below it (links, credits, a disclaimer) is the page's.
        ruled_at = min([b.line for b in self.draft.blocks if b.role == EXCLUDED
                        and b.line > after and (SEPARATOR.match(b.text) or (
                            BRACKETED_NOTE.match(b.text) and END_NOTE.search(b.text)))]
                       + [u.lines[0] for u in units[last_turn + 1:] if u.lines
                          and not u.label and SEPARATOR.match(u.raw or u.text)], default=0)
        back_at = back_matter_at(units, kinds, [b.line for b in self.draft.blocks
                                                if b.role == EXCLUDED]) \
            if self.trailing_matter else len(units)
        after_heading = False
        # Framing lines the matter layer already set aside as the editors' note (（以下为某某
        # 的讲述。…）): each still hands the unlabelled paragraphs below it to its narrator.
        frames = sorted((b.line, who) for b in self.draft.blocks if b.role == EXCLUDED
                        and (who := framed_narrator(b.text)))
        stamps = record_stamps(units)
        for index, (unit, (kind, name)) in enumerate(zip(units, kinds, strict=True)):
            if index >= back_at and started and index > first_turn >= 0:
                for number in unit.lines:
                    self.draft.exclude(number, (unit.raw or unit.text) if number == unit.lines[0]
                                       else "",
                                       "after the last turn, the page's back matter (a link, "
                                       "a notice, credits, a disclaimer: no one's words): "
                                       "not speech")
                continue
            if index in stamps:
                for number in unit.lines:
                    self.draft.exclude(number, (unit.raw or unit.text)
                                       if number == unit.lines[0] else "",
                                       "a comment's own line (its time, client, likes), "
                                       "recurring under the records: not speech")
                continue
            while frames and unit.lines and frames[0][0] < unit.lines[0]:
                narrator = self._framed_person(frames.pop(0)[1])
                if started and not unit.label:
                    self.draft.introduce(narrator)
                    current, after_heading, self.floor = ("speaker", narrator), False, narrator
            if field_list(unit.raw or f"{unit.label}：{unit.text}"):
                # 审判长：韩立群　审判员：卢静 · 原告（签名）：　原告委托诉讼代理人（签名）：
                for number in unit.lines:
                    self.draft.exclude(number, (unit.raw or f"{unit.label}：{unit.text}")
                                       if number == unit.lines[0] else "",
                                       "roles and names side by side (a signature block, "
                                       "a list of who took part): not speech")
                continue
            if index in self.directions:
                for number in unit.lines:
                    self.draft.exclude(number, unit.raw or unit.text if number == unit.lines[0]
                                       else "", "a stage direction (someone takes the chair): "
                                       "narration, not speech")
                continue
            if kind == "narration":
                for number in unit.lines:
                    self.draft.exclude(number, unit.raw or unit.text if number == unit.lines[0]
                                       else "", f"'{unit.label}' is narration (labels:): "
                                       "not speech")
                continue
            if kind == "interpreter" and current[0]:
                # An interpreter renders the words of the turn before: they are that
                # speaker's words, shown as interpretation (the rule says so).
                role = QUESTION if current[0] in ("host", "audience", "guest-asks") else ANSWER
                block = self.draft.add(role, unit.lines, unit.text, who=current[1],
                                       time=unit.time, rule=f"'{unit.label}' interprets: "
                                       f"{current[1]}'s words, interpreted")
                block.audience = current[0] == "audience"
                continue
            if not started and index in opening:
                # The host's opening before anyone else speaks, introducing the guests and
                # asking nobody (Joining me are …), a guest's turn right after it: the
                # session's introduction.
                self.draft.add(INTRO, unit.lines, unit.text, time=unit.time,
                               rule=f"{name}'s opening introduces the guests and asks "
                               "nothing, before anyone else speaks: intro")
                continue
            if kind == "guest-asks":
                self.draft.add(QUESTION, unit.lines, unit.text or "", who=name, time=unit.time,
                               rule=f"{name} turns to the host with a question, and the host "
                               "answers it: a question")
                current, started, after_heading = ("guest-asks", name), True, False
                continue
            if kind in ("host", "audience"):
                block = self.draft.add(QUESTION, unit.lines, unit.text or "", who=name,
                                       time=unit.time, rule=unit.rule or (
                                           f"'{unit.label}：' is a host label: a question"
                                           if kind == "host" else
                                           f"'{unit.label}：' is someone in the audience: "
                                           "a question"))
                block.audience = kind == "audience"
                current, started, after_heading = (kind, name), True, False
                continue
            if unit.label in self.answer_labels:
                # A：韩雪：… names which of several interviewees answers.
                inner, rest = split_label(unit.text)
                if inner and self.kind(inner)[0] == "speaker":
                    kind, name = self.kind(inner)
                    unit.text, unit.label = rest, inner
            if kind == "speaker":
                self._speaker_turn(unit, name)
                current, started, after_heading = ("speaker", name), True, False
                continue
            text = unit.raw or (f"{unit.label}：{unit.text}" if unit.label else unit.text)
            narrator = None if unit.label or unit.heading else framed_narrator(text)
            if narrator:
                # 以下是某某的讲述： · （以下为某某的讲述。…）: the framing line is the
                # article's, and the unlabelled paragraphs under it are the narrator's (the
                # next framing line hands the section on).
                narrator = self._framed_person(narrator)
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       f"a framing line: the paragraphs below are "
                                       f"{narrator}'s own telling (not speech itself)")
                self.draft.introduce(narrator)
                current, started, after_heading = ("speaker", narrator), True, False
                self.floor = narrator
                continue
            if (index > last_turn and not unit.label and not unit.heading
                    and BRACKETED_NOTE.match(text) and self.trailing_matter):
                # [END OF INTERVIEW], （完）: a note closing the record, no heading of a part
                # with nothing under it.
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "a note in brackets after the last turn: the record's "
                                       "own note, not speech")
                if END_NOTE.search(text) and not ruled_at:
                    # （本期节目完）, [Transcript ends]: the record says it has ended.
                    ruled_at = unit.lines[0]
                continue
            if unit.heading or self._is_heading(text, units, kinds, index, has_host):
                if not started and self._heads_front_matter(units, kinds, index, first_turn,
                                                            has_host):
                    # A heading before the first labelled turn with no turn under it (a bio
                    # box's 【人物简介】, a minutes' 参会人 and 摘要) heads the file's front
                    # matter: its paragraphs are the intro, like any before the turns.
                    for number in unit.lines:
                        self.draft.exclude(number, text if number == unit.lines[0] else "",
                                           "a heading of the front matter, before the first "
                                           "turn: not speech")
                    self._doubt_front_matter(units, kinds, index + 1, first_turn, has_host)
                    continue
                if not started and opening and STAGE_MARK.search(unit.raw or text):
                    # A sound marker before the hosts' opening ([Theme music]) opens no
                    # section: the opening after it is still the intro.
                    for number in unit.lines:
                        self.draft.exclude(number, text if number == unit.lines[0] else "",
                                           "a sound or stage marker before the hosts' opening: "
                                           "not speech")
                    continue
                self.draft.add(HEADING, unit.lines, heading_text(text) if not unit.heading
                               else text, rule=unit.rule or "a heading (marker or shape, before "
                               "a turn)")
                after_heading = True
                if not started:
                    started = True
                continue
            if (talk_by and talk_at < index < first_turn and not unit.label
                    and not unit.heading and not_a_sentence(unit.raw or unit.text)):
                # A short line with no sentence inside the talk, before the questions (What
                # we use now, 三、提问): a heading of the talk's, not its words.
                self.draft.add(HEADING, unit.lines, unit.raw or unit.text,
                               rule="a line that is no sentence inside a talk: its heading")
                continue
            if talk_by and (index == talk_at or not started and index >= talk_at):
                # The talk itself, from its speaker's own 我是…: theirs, not the intro.
                self.draft.introduce(talk_by)
                self.draft.add(ANSWER, unit.lines, text, who=talk_by, time=unit.time,
                               rule=f"unlabelled, after {talk_by} names themselves in a file "
                               "whose labels only ask: the talk is theirs")
                current, started, after_heading = ("speaker", talk_by), True, False
                self.floor = talk_by
                continue
            if not started:
                self.draft.add(INTRO, unit.lines, text, time=unit.time,
                               rule="before the first turn: intro")
                continue
            if index in self.statements:
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "after the last turn, the file's note on who its labels "
                                       "are (read as the label map): not speech")
                continue
            if index > last_turn and self.trailing_matter and (
                    not_a_sentence(text) or (len(text) <= 60 and PAGE_NOTICE.search(text))
                    or page_credits(text)
                    or BRACKETED_NOTE.match(text)):
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "after the last turn, a line that is no sentence or a "
                                       "page's notice: matter (a footer, a credit), not speech")
                continue
            if (index > last_turn and self.trailing_matter and not unit.heading
                    and 0 < ruled_at <= unit.lines[0]):
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "after the last turn, below the rule or note that "
                                       "ends the record: the page's matter (links, credits), "
                                       "not speech")
                continue
            if (index > last_turn and self.trailing_matter and not unit.label
                    and not unit.heading and 0 < footer_at < unit.lines[0]):
                # Once the page's footer has begun after the last turn (a copyright line),
                # what follows it is the footer too (the service's notice on its transcripts):
                # the turn ended where the footer began.
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "after the last turn, below the page's footer: matter "
                                       "(a notice), not speech")
                continue
            if (self.narrated_sections and after_heading and kind in ("", "text")
                    and not FIRST_PERSON.search(text) and not is_question(text)):
                # A record whose every turn opens with its label (问：/答：): under a new
                # heading, before any label, a paragraph that says nothing in the first
                # person is the record's account of the proceedings (宣布答辩开始, 表决结果).
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       NARRATED)
                continue
            aside = None if unit.label else ASIDE.match(text.strip())
            if aside and aside.group("who") in {name for k, name in kinds if k == "speaker"}:
                # （一旁的某某补充：…） inside another's answer: the editor shows a colleague's
                # aside in brackets, naming who says it; one of the file's speakers, so the
                # words are theirs (the turn before goes on after it).
                who = aside.group("who")
                self.draft.add(ANSWER, unit.lines, text, who=who, time=unit.time,
                               rule=f"an aside in brackets that names {who}, one of the "
                               f"file's speakers, speaking: {who}'s words")
                continue
            narration = self._narration(unit, text, kind) or (
                self._told_of(current[1], text)
                if index > last_turn and current[0] == "speaker" and not unit.label else "")
            if narration:
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "", narration)
                continue
            self._doubtful_continuation(unit, text, current[1], index > last_turn)
            if ((current[0] in ("host", "audience", "guest-asks")
                 or (after_heading and current[0] == "speaker"))
                    and self.default_answerer and not is_question(text)):
                # 未特别标注的回答均来自宁远舟: the file names who answers where no label
                # says; a paragraph under a question, or under a new heading, that asks
                # nothing is that person's.
                who = self.default_answerer
                self.draft.introduce(who)
                self.draft.add(ANSWER, unit.lines, text, who=who, time=unit.time,
                               rule=f"unlabelled after a question: the file states that "
                               f"unmarked answers are {who}'s" if who != talk_by else
                               f"unlabelled after a question put to {who}, whose talk it is: "
                               f"{who}'s answer")
                current, after_heading = ("speaker", who), False
                continue
            handed = self._handed_to(current) if current[0] == "host" else ""
            if handed:
                # 主持人：……下面有请许老师。 then unlabelled paragraphs: the person the host
                # handed over to speaks them (a lecture, a keynote after its introduction).
                self.draft.introduce(handed)
                self.draft.add(ANSWER, unit.lines, text, who=handed, time=unit.time,
                               rule=f"after {current[1]} hands over to {handed}: "
                               f"{handed}'s words")
                current, after_heading = ("speaker", handed), False
                self.floor = handed
                continue
            if current[0] in ("host", "audience", "guest-asks"):
                asked = self.draft.blocks[-1]
                unread = unread_label(text)
                if asked.role == QUESTION and unread:
                    # 星河智能 刘峥：… — an affiliation, a space and a name before a colon (or
                    # in brackets), which the statistics did not take for a label: the line
                    # that makes it one decides (a label put before it would leave it in the
                    # words). Whatever the host's turn did (asked, or asked the guests to
                    # introduce themselves), a label is no continuation of it. Every
                    # paragraph of the file opened so goes in the one map: each such label
                    # is the same kind of label.
                    label, person = unread
                    every = dict(found for t in self.texts if (found := unread_label(t)))
                    turn = ("a turn that already asked its question" if is_question(asked.text)
                            else "its turn")
                    self.draft.warn(unit.lines[0], f"credited to {current[1]} only by continuing "
                                    f"{turn}, yet it opens with '{label}'",
                                    f"if '{label}' is {person}'s label, "
                                    f"add `labels: {{{label}: {person}}}` to the metadata "
                                    "(with every label of that shape); else confirm this line "
                                    "in the metadata", fix=labels_map_fix(every))
                elif asked.role == QUESTION and is_question(asked.text):
                    self.draft.warn(unit.lines[0], f"credited to {current[1]} only by continuing "
                                    "a turn that already asked its question",
                                    "if it is an answer, open it with its speaker's label, e.g. "
                                    f"{self._example_label()}… (a speaker named nowhere "
                                    "else: list them under speakers: in the metadata too); else "
                                    "confirm this line in the metadata", fix=self._label_fix())
                block = self.draft.add(QUESTION, unit.lines, text, who=current[1],
                                       time=unit.time,
                                       rule=f"unlabelled: continues {current[1]}'s question")
                block.audience = current[0] == "audience"
            elif current[0] == "speaker":
                if after_heading and current[1] != self.floor:
                    # (The one the host gave the floor to keeps it across a lecture's headings.)
                    self.draft.warn(unit.lines[0], f"credited to {current[1]} only by continuing "
                                    "across a heading", "label the paragraph with its speaker, "
                                    "or confirm this line in the metadata",
                                    fix=confirm(unit.lines[0]))
                elif unit.label and is_question(unit.text):
                    # 某某的iPad：…？ — a label the reader does not know, asking: likely someone
                    # else's turn (the audience's), never merged into a guest's silently.
                    self.draft.warn(unit.lines[0], f"'{unit.label}：' is no known speaker and "
                                    f"asks a question, yet is credited to {current[1]}",
                                    f"if {unit.label} asks, list the label under host_labels: "
                                    "in the metadata; if it is a guest, under speakers:; else "
                                    "confirm this line", fix=confirm(unit.lines[0]))
                self.draft.add(ANSWER, unit.lines, text, who=current[1], time=unit.time,
                               rule=f"unlabelled: continues {current[1]}'s turn"
                               + (f" ('{unit.label}：' is not a speaker)" if unit.label else ""))
            elif self._stated_lecturer():
                # No turn opened yet, and the header names one lecturer (主讲人：许明川): a
                # lecture's paragraphs are theirs, with the line that confirms it once.
                who = self._stated_lecturer()
                self.draft.introduce(who)
                self.draft.warn(unit.lines[0], f"no label opens this paragraph: read as "
                                f"{who}'s, whom the header names as the lecturer",
                                "if so, confirm this line; else open it with its speaker's "
                                "label", fix=confirm(unit.lines[0]))
                self.draft.add(ANSWER, unit.lines, text, who=who, time=unit.time,
                               rule=f"no turn opened: the lecturer the header names, {who}")
                current, after_heading, self.floor = ("speaker", who), False, who
            elif (not current[0] and len(text) <= SHORT_LINE
                  and not SENTENCE_MARK.search(text) and not FIRST_PERSON.search(text)):
                # Under a heading before anyone speaks, a line that is no sentence (an
                # agenda's item, a topic with its owner: PRD 走查（@某某）) is the record's own
                # list, nobody's words.
                for number in unit.lines:
                    self.draft.exclude(number, text if number == unit.lines[0] else "",
                                       "before any turn, under a heading, a line that is no "
                                       "sentence (an agenda's item, a topic): the record's own")
            else:
                raise TranscriptError(
                    self.draft.path, unit.lines[0],
                    f"a paragraph after a heading that no turn opens: {_quote(text)}",
                    "open it with its speaker's label, e.g. "
                    f"{self._example_label()}…",
                    fix=self._label_fix(),
                )
        if self.narrated_sections:
            self._narrated_headings()
        self._host_summary()
        self._answer_marker_speaker()

    def _answer_marker_speaker(self) -> None:
        """Answers credited to a bare answer marker (``A：`` after ``Q：``, ``答：``) as if it
        were a name, in a file where one other label answers (专家：… then Q/A; Interviewee:
        … then A:): the marker is most likely that answerer's, but the file does not say so
        (a second guest may answer under it). Read as it stands, with the one ``labels:``
        line that makes it theirs, never silently published under a letter."""
        answers = [b for b in self.draft.blocks if b.role == ANSWER and b.who]
        markers = [b for b in answers if ANSWER_MARKER.fullmatch(b.who)]
        if not markers or markers[0].who in self.draft.labels:
            return
        marker = markers[0].who
        others = list(dict.fromkeys(b.who for b in answers
                                    if not ANSWER_MARKER.fullmatch(b.who)))
        if len(others) != 1:
            return
        self.draft.warn(markers[0].line, f"{len(markers)} answers credited to '{marker}', an "
                        f"answer marker, not a person; the file's one other answerer is "
                        f"{others[0]}", f"if {others[0]} answers under '{marker}', add "
                        f"`labels: {{{marker}: {others[0]}}}` to the metadata; else map "
                        f"'{marker}' to who answers", fix=labels_fix(marker, others[0]))

    def _host_summary(self) -> None:
        """The host's turn alone under the file's last heading, three paragraphs or more
        that ask nothing and set out numbered points (三、主持人总结 · 综合大家的意见… 1. …
        2. … 3. …): the chair's own conclusions, his statement, not a closing thank-you."""
        blocks = self.draft.blocks
        last = max((i for i, b in enumerate(blocks) if b.role == HEADING), default=None)
        if last is None:
            return
        turn = [b for b in blocks[last + 1:] if b.role != EXCLUDED]
        if (len(turn) < 3 or any(b.role != QUESTION or b.audience for b in turn)
                or len({b.who for b in turn}) != 1
                or any(is_question(b.text) for b in turn)
                or sum(1 for b in turn if NUMBERED_POINT.match(b.text)) < 2):
            return
        who = turn[0].who
        self.draft.introduce(who)
        for block in turn:
            block.role = ANSWER
            block.rule = (f"{who}'s turn alone under the last heading, {len(turn)} paragraphs "
                          "asking nothing: the host's own summary, his statement")

    def _narrated_headings(self) -> None:
        """A heading over nothing but the record's narration (三、评议及表决 over 表决结果…)
        heads no part of the dialogue: it is set aside with its narration."""
        blocks = self.draft.blocks
        for index, block in enumerate(blocks):
            if block.role != HEADING:
                continue
            after = next((b for b in blocks[index + 1:] if b.role != EXCLUDED), None)
            between = blocks[index + 1:blocks.index(after) if after else len(blocks)]
            # (The last heading, over the record's tasks set aside as matter, heads none.)
            if (after is None or after.role == HEADING) and any(
                    b.rule.startswith(NARRATED) or after is None for b in between):
                block.role, block.rule = EXCLUDED, "a heading over the record's narration only"

    def _bilingual_pairs(self, units: list[Unit]) -> None:
        """A record printing every turn in two languages (bilingual.py): the copy under a
        Latin label is read under the Chinese label of the same person, so both copies are
        one turn of one speaker."""
        bare = [unbold(u.label).strip() for u in units]
        paired = paired_labels(list(zip(bare, (u.text for u in units), strict=True)),
                               [u.raw or u.text for u in units]
                               + [b.text for b in self.draft.blocks])
        for unit, label in zip(units, bare, strict=True):
            if label in paired:
                unit.label = paired[label]
                unit.rule = unit.rule or (f"'{label}：' is '{paired[label]}' in the other "
                                          "language (every turn is printed in both): one turn")

    def _chair_changes(self, units: list[Unit], kinds: list[tuple[str, str]]
                       ) -> list[tuple[str, str]]:
        """A stage direction handing the chair over (``Senator Brennan then took the chair``,
        Hansard's convention) makes the presiding labels (CHAIR, ACTING CHAIR) that person's
        from that line on. In a file that says who presides (a members list marking its
        Chair, or such a direction), a presiding label nobody is known to hold is read as
        the deputy the list marks, if any, with a warning naming the ``labels:`` line."""
        people = [*self.draft.guests, *self.host_labels, *self.people]
        taken = [TOOK_CHAIR.match((u.raw or u.text).strip()) if not u.label else None
                 for u in units]
        if not self.chairs and not any(taken):
            return kinds
        deputy = next((who for role, who in self.chairs.items()
                       if re.match(r"(?i)deputy|vice|副", role)), "")
        holder = ""
        result = list(kinds)
        unsure: dict[str, tuple[int, str]] = {}
        for index, unit in enumerate(units):
            if taken[index]:
                self.directions.add(index)
                who = taken[index].group("who") or taken[index].group("zh")
                holder = resolve(who, people) or ""
                if not holder:
                    holder = who
                    unsure.setdefault(f"@{who}", (unit.lines[0], who))
                continue
            bare = unbold(unit.label).strip()
            if not bare or not CHAIR_ROLE.match(bare) or bare in self.draft.labels:
                continue
            if holder:
                result[index] = ("host", holder)
                unit.rule = (f"'{bare}：' presides after the stage direction handing the chair "
                             f"to {holder}: {holder}'s turn")
            elif bare.lower() not in self.chairs:
                unsure.setdefault(bare, (unit.lines[0], deputy))
                if deputy:
                    result[index] = ("host", deputy)
                    unit.rule = f"'{bare}：' presides, nobody said who: the deputy, {deputy}"
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        for label, (line, guess) in unsure.items():
            if label.startswith("@"):
                presiding = next((unbold(u.label).strip() for u in units
                                  if u.label and CHAIR_ROLE.match(unbold(u.label)
                                                                  .strip())), "CHAIR")
                self.draft.warn(line, f"the chair is handed to '{guess}', whom no list of the "
                                "file names in full: read as written", f"if so, confirm; else "
                                f"add `labels: {{{presiding}: <their full name>}}` to {yml}",
                                fix=labels_fix(presiding, guess))
                continue
            name = guess or "<their name>"
            self.draft.warn(line, f"'{label}' presides, but the file does not say who holds "
                            "the chair here" + (f": read as the deputy, {guess}" if guess
                                                 else ""),
                            f"add `labels: {{{label}: {name}}}` to {yml}",
                            fix=labels_fix(label, name))
        return result

    def _self_named_talk(self, units: list[Unit], kinds: list[tuple[str, str]],
                         first_turn: int) -> tuple[int, str]:
        """A talk, lecture or course by one speaker who names themselves before the first
        labelled turn (你好，我是某某。 · Hi, I'm …), in a file whose every label asks (the
        students' or the audience's questions, 问：): the unit where the talk starts and its
        speaker, or (-1, ""). Issue 26's item 6: a one-speaker file is a talk by the person
        its introduction names; the labelled questions after it are put to that person."""
        turns = [(kind, name) for kind, name in kinds if kind in ("host", "speaker", "audience")]
        if first_turn <= 0 or not turns:
            return -1, ""
        found = [(i, name) for i, unit in enumerate(units[:first_turn])
                 if not unit.label and not unit.heading
                 and (name := self_named(unit.raw or unit.text))]
        names = {name for _, name in found}
        if not names:
            # Or the header or the lead names the talk's speaker (主讲人：…, 演讲嘉宾：…,
            # Speaker: …; 某某带来了题为…的分享): the talk starts with the first paragraph
            # after it that speaks as someone (大家好, 我们…, I, we), naming no one by it.
            named = self._talk_speakers(units[:first_turn],
                                        {name for kind, name in turns if kind == "speaker"})
            if len(named) != 1:
                return -1, ""
            name = next(iter(named))
            found = [(i, name) for i, unit in enumerate(units[:first_turn])
                     if not unit.label and not unit.heading and i > 0
                     and FIRST_PERSON.search(unit.raw or unit.text)
                     and not not_a_sentence(unit.raw or unit.text)
                     and name not in (unit.raw or unit.text)]
            names = {name} if found else set()
        # Every label asks: a label read as a speaker's opens questions only (@某同学：…？);
        # or the talk's speaker answers the questions after the talk under their own label.
        if not all(is_question(units[i].text) or name in names for i, (kind, name)
                   in enumerate(kinds) if kind == "speaker"):
            return -1, ""
        asking = [units[i] for i, (kind, _) in enumerate(kinds) if kind in ("host", "audience")]
        if sum(is_question(u.text) for u in asking) * 2 < len(asking):
            return -1, ""
        labels = {name for kind, name in turns if kind != "speaker"}
        if len(names) != 1 or names & labels:
            return -1, ""
        at, name = found[0]
        # A host introducing the show (我是主持人某某) is no lecturer.
        if HOST_WORD.search(units[at].raw or units[at].text) or any(
                positions & set(HOST_POSITIONS) for person, positions in self.people.items()
                if person == name):
            return -1, ""
        return at, name

    def _talk_speakers(self, units: list[Unit], speaking: set[str]) -> set[str]:
        """The people the file's head names as its talk's speaker: under a key of a talk
        (主讲人, 演讲嘉宾, 分享嘉宾, Speaker, Presenter), or in the lead giving the talk
        (某某带来了题为《…》的分享, 由某某主讲); ``speaking``: the file's speakers' labels."""
        named = {person for person, positions in self.people.items()
                 if any(TALK_KEY.fullmatch(p) for p in positions)}
        for unit in units:
            text = unit.raw or unit.text
            value = re.split(r"[，,；;（(、|｜]", unit.text.strip())[0].strip()
            if unit.label and TALK_KEY.fullmatch(unbold(unit.label).strip()) and (
                    is_han_name(value) or is_latin_name(value)):
                named.add(value)  # Speaker: Ines Valdora, 主讲人：某某（…）
            named |= {person for person in set(self.people) | speaking
                      if re.search(rf"{re.escape(person)}[^。；;]{{0,30}}?{TALK_GIVEN}", text)
                      or re.search(rf"由{re.escape(person)}(?:主讲|主講|分享|演讲|演講)", text)}
        # (A name the identity layer found glued to a word, 某某带, is the same person.)
        return {p for p in named if not any(o != p and o in p for o in named)}

    def _host_opening(self, units: list[Unit], kinds: list[tuple[str, str]]) -> set[int]:
        """The host's turns that open the file before anyone else speaks, when none asks,
        the last names someone who speaks later (With me are …) and a guest speaks right
        after: the session's introduction (indexes of ``units``)."""
        # (A marker before the turns, [Theme music], is no section heading.)
        if any(b.role == HEADING and not STAGE_MARK.search(b.text) for b in self.draft.blocks):
            return set()
        # (Lines before it that are nobody's turn, an export's facts, do not count.)
        first = next((i for i, (kind, _) in enumerate(kinds) if kind and kind != "text"), None)
        if first is None or kinds[first][0] != "host":
            return set()
        host = kinds[first][1]
        run = first
        # (Two hosts may share the opening, a podcast's I'm Maya · And I'm Jonah.)
        while run < len(units) and (kinds[run][0] == "host" or not kinds[run][0]):
            if not kinds[run][0] and kinds[run - 1][0] == "host" \
                    and self._hands_over(units[run - 1].text):
                # 下面有请阙老师。 then unlabelled paragraphs: the person handed the floor
                # speaks them (a lecture after its introduction); the opening ends there.
                break
            run += 1
        texts = [units[i].text for i in range(first, run)]
        speaking = {name for kind, name in kinds[run:] if kind == "speaker" and len(name) >= 2
                    and name != host}
        if (run < len(units) and kinds[run][0] == "text" and not any(asks(t) for t in texts)
                and speaking and sum(name in units[run].text for name in speaking)
                >= min(2, len(speaking))):
            # The host's welcome, then the line that lists who takes part (本期嘉宾：…, a
            # video's guest card): the welcome opens the session before anyone is asked.
            return set(range(first, run))
        # (A Q&A session's welcome is followed by the audience's first question; its
        # guests are named as the host calls them: Helena for Helena Voss.)
        if (run >= len(units) or kinds[run][0] not in ("speaker", "audience")
                or any(asks(t) for t in texts)):
            return set()
        names = [form.casefold() for name in speaking for form in called_forms(name)]
        # The last of them names who speaks next (With me are …), or an earlier one does
        # and whoever speaks next takes the floor by greeting the room (大家好 · 谢谢邀请 ·
        # Hi everyone): a chat's host sends the welcome, the guest, the house rules.
        if any(form in texts[-1].casefold() for form in names):
            return set(range(first, run))
        if (any(form in text.casefold() for text in texts[:-1] for form in names)
                and GREETS.match(units[run].text.strip())):
            return set(range(first, run))
        # Or whoever speaks next thanks the host by name for the introduction (谢谢秀梅 ·
        # Thanks, Maya): a chat's speaker under a contact name with a post after it (秀梅
        # 育华校友会秘书) too, whom the guest calls by the name alone.
        host_forms = called_forms(host) | {part for part in host.split() if len(part) >= 2}
        greeting = units[run].text.strip()
        if GREETS.match(greeting) and any(form in greeting[:24] for form in host_forms):
            return set(range(first, run))
        return set()

    def _named_by_hand_overs(self, units: list[Unit], kinds: list[tuple[str, str]]
                             ) -> list[tuple[str, str]]:
        """An anonymous label (嘉宾甲, 发言人2, Guest B) is the person the host turns to
        each time before it speaks (樊老师，先从您开始 … 嘉宾甲：…): read so when every
        hand-over before its turns names the same person, and no other label is that
        person; with a warning naming the ``labels:`` line that settles it."""
        hosts = [u for u, (kind, _) in zip(units, kinds, strict=True) if kind == "host"]
        anonymous = {unbold(u.label).strip() for u, (kind, _) in
                     zip(units, kinds, strict=True) if kind == "speaker" and u.label
                     and ANONYMOUS.match(unbold(u.label).strip())}
        anonymous -= set(self.draft.labels)
        if not hosts or not anonymous:
            return kinds
        introduced = people_introduced(u.text for u in hosts)
        people = list(dict.fromkeys([*self.draft.guests, *people_named(
            u.text for u in hosts), *introduced, *latin_people_called(
                sorted(latin_people(u.text for u in hosts)), [u.text for u in units])]))
        votes: dict[str, Counter] = {}
        greeted: dict[str, str] = {}  # label → whom the host's turn right before its first ends on
        spoken: set[str] = set()
        for index, (unit, (kind, _)) in enumerate(zip(units, kinds, strict=True)):
            if unit.label:
                spoken.add(unbold(unit.label).strip())
            if kind not in ("host", "speaker") or unbold(unit.label).strip() \
                    in anonymous:
                continue
            # A host turns to someone anywhere in its turn; a guest hands on only at its
            # end (…I'll let Ingrid take it), not by naming whom it agrees with.
            person = addressed(unit.text if kind == "host" else last_sentence(unit.text),
                               people, introduced)
            following = next((u for u in units[index + 1:] if u.label), None)
            if person and following is not None:
                label = unbold(following.label).strip()
                if label in anonymous:
                    votes.setdefault(label, Counter())[person] += 1
                    if kind == "host" and label not in spoken \
                            and addressed(last_sentence(unit.text), people,
                                          introduced) == person:
                        greeted[label] = person
        chosen: dict[str, tuple[str, int, int]] = {}
        for label, counted in votes.items():
            (person, count), total = counted.most_common(1)[0], sum(counted.values())
            # Twice handed the floor, or once as the host's turn ends on greeting them right
            # before their first words (…何老师您好。 SPEAKER_01：…).
            if (count >= 2 or greeted.get(label) == person) and count == total:
                chosen[label] = (person, count, total)
        persons = [person for person, _, _ in chosen.values()]
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        for label, (person, count, total) in chosen.items():
            if persons.count(person) > 1:
                continue  # two labels for one person: nobody can say which is which
            self.draft.aliases[label] = person
            first = next(u for u in units if unbold(u.label).strip() == label)
            self.draft.warn(first.lines[0], f"'{label}' speaks each time the floor is handed to "
                            f"{person} ({count} of {total}): read as {person}",
                            f"if so, add `labels: {{{label}: {person}}}` to {yml}; else "
                            f"`labels: {{{label}: <their name>}}`",
                            fix=labels_fix(label, person))
        return [self.kind(u.label) if u.label else ("", "") for u in units]

    def _narration(self, unit: Unit, text: str, kind: str = "") -> str:
        """Why a paragraph between turns is the writer's narration, not the turn before
        continuing, or "": a paragraph wholly in brackets (（葛一鸣看向一旁的邹岩…）, a stage
        direction); in a timed record (a live blog's entries), an entry headed by what it
        is, not by who speaks (现场演示：…, 价格公布：…), that says nothing in the first person."""
        if not unit.label and text.strip() and not re.search(r"[^\W_]", text):
            return "a line of symbols only (a rule between parts): not speech"
        if not unit.label and WHOLLY_BRACKETED.match(text):
            return "a paragraph wholly in brackets between turns: a stage direction, not speech"
        if (self.narrated_entries and unit.time and not unit.heading
                and (not unit.label or kind in ("", "text"))):
            # A live blog's entry is its own record: one that no label opens is the blog's
            # account (a scene, a figure, a view it retells), never the last speaker going on.
            return ("a timed entry no speaker's label opens, in a record whose entries mostly "
                    "have none (a live blog): the writer's narration, not speech")
        if (unit.label and unit.time and self.trailing_matter and not running_text(unit.label)
                and re.fullmatch(r"[\u3400-\u9fff]{2,6}", unit.label)
                and not FIRST_PERSON.search(unit.text) and not is_question(unit.text)):
            return (f"a timed entry headed '{unit.label}：', no speaker's label, saying nothing "
                    "in the first person: the live record's narration, not speech")
        return ""

    @staticmethod
    def _told_of(speaker: str, text: str) -> str:
        """Why a paragraph after the last turn is the writer's, not the last speaker going
        on, or "": it names that speaker in the third person (采访结束时，何文澜把笔记递给我们)
        and never says 我 of itself (a speaker does not name herself as the subject)."""
        if (len(speaker) >= 2 and speaker in text and not re.search(r"我(?!们|們)", text)
                and not re.search(rf"(?:我是|我叫|叫|是){re.escape(speaker)}", text)):
            return (f"after the last turn, a paragraph that tells of {speaker} in the third "
                    "person: the writer's narration, not speech")
        return ""

    @staticmethod
    def _hands_over(text: str) -> bool:
        """A host's turn whose last sentence gives someone the floor (有请许老师, 下面请周总
        来讲)."""
        last = re.split(r"(?<=[。！!？?])", text.strip().rstrip("。！! "))[-1]
        return not is_question(text) and bool(HANDOVER.search(last))

    def _handed_to(self, current: tuple[str, str]) -> str:
        """The person the host's last turn hands the floor to in its last sentence (有请许老师,
        下面请周总来讲), when the file introduces them or names them in full; else ""."""
        asked = next((b for b in reversed(self.draft.blocks) if b.role == QUESTION), None)
        if asked is None or asked.who != current[1] or is_question(asked.text):
            return ""
        last = re.split(r"(?<=[。！!？?])", asked.text.strip().rstrip("。！! "))[-1]
        match = HANDOVER.search(last)
        if not match:
            return ""
        who = match.group("who").strip()
        kind, name = self.kind(who)
        if kind == "speaker" and (name in self.draft.guests or is_han_name(name)
                                  or is_latin_name(name)):
            return name
        if kind == "speaker":
            # 有请阙老师: a surname and a title, the one person of that surname the file
            # states (主讲人：阙明远　…), whatever the surname.
            return name if name in self.people else by_title(name, self.people) or ""
        return ""

    def _opening_announcements(self, units: list[Unit], kinds: list[tuple[str, str]]
                               ) -> list[tuple[str, str]]:
        """Turns before the host's first one, by a label that never speaks once the host
        has begun (a clerk reading the court's rules, an announcer): the session's opening,
        read as intro, not as answers to nothing. A turn that asks is no announcement (an
        interviewer's first question under the full name she later shortens)."""
        first = next((i for i, (kind, _) in enumerate(kinds) if kind == "host"), None)
        if not first or not any(kind == "speaker" for kind, _ in kinds[first:]):
            # (A host who only closes — 主持人：时间到了，感谢… after everyone — opened
            # nothing: the turns before are the session itself.)
            return kinds
        label_of = [unbold(u.label).strip() if u.label else "" for u in units]
        # (By person: MAYA CHEN, HOST: before and CHEN: after are one speaker.)
        later = {name for i in range(first, len(units)) for name in (label_of[i], kinds[i][1])
                 if name and kinds[i][0] in ("host", "speaker", "audience")}
        result = list(kinds)
        for index in range(first):
            kind, name = kinds[index]
            label = label_of[index]
            # (A label a reader gave, as lecture notes' talk stretch, is no announcer's.)
            if kind == "speaker" and label and label not in later and name not in later \
                    and label not in self.draft.labels and name not in self.draft.guests \
                    and not self._short_form_recurs(name, later) \
                    and not units[index].rule and not is_question(units[index].text) \
                    and not (
                        name in self.people and any(
                            not units[i].label and heading_shape(units[i].text)
                            for i in range(index + 1, first))):
                # (A stated participant's turn in a section of its own, a heading before the
                # host's first turn — 一、病史汇报 — is that section's report, not an opening.)
                result[index] = ("text", units[index].label)
                units[index].rule = (f"'{label}：' speaks only before the host's first turn and "
                                     "never again: the session's opening announcements, intro")
        return result

    def _participants(self, units: list[Unit]) -> list[Unit]:
        """A participants list at the file's head, one ``role：name[，description]`` line
        each (审判长：韩立群 · 原告：苏晴，女，… · 委托诉讼代理人：孙楠，…律师): who takes part,
        never speech, though its role words come back as labels. Read as such when the
        first labelled lines of the file, before anyone asks, mostly give a person's name
        first under labels that differ from line to line; set aside, and each role it gives
        one person (审判长 → 韩立群) read as that person's label."""
        start = next((i for i, u in enumerate(units) if u.label), None)
        if start is None:
            return units
        run: list[int] = []
        for index in range(start, len(units)):
            unit = units[index]
            if not unit.label or _asks(unit.text) or len(unit.text) > 60:
                break
            run.append(index)
        named = {i: _name_first(units[i].text) for i in run}
        named = {i: name for i, name in named.items() if name}
        labels = [unbold(units[i].label).strip() for i in run]
        if len(named) < 3 or len(named) * 2 < len(run) or len(set(labels)) * 4 < len(run) * 3:
            run = self._label_key(units, start)
            if not run:
                return units
            named = {i: name for i in run
                     if (name := _name_first(units[i].text.removeprefix("• ")))}
            labels = [unbold(units[i].label).strip() for i in run]
        given = Counter(labels)
        for index in run:
            unit = units[index]
            label = unbold(unit.label).strip()
            if index in named and given[label] == 1:
                self.roster.setdefault(label, named[index])
            for number in unit.lines:
                self.draft.exclude(number, (unit.raw or f"{unit.label}：{unit.text}")
                                   if number == unit.lines[0] else "",
                                   "a participants list at the head of the file (role：name): "
                                   "who takes part, not speech")
        kept = set(run)
        return [u for i, u in enumerate(units) if i not in kept]

    def _label_key(self, units: list[Unit], start: int) -> list[int]:
        """The file's key to its anonymous labels, listed before they speak (嘉宾 A：某大厂工程
        负责人，要求匿名 · 嘉宾 B：林某，独立开发者…): two or more labelled records at the
        head, each under a label of its own that opens turns again later, each describing
        someone in its first sentence — it neither asks, greets, nor says 我 — as a guest list
        does; the indexes of the run, else []."""
        run: list[int] = []
        for index in range(start, len(units)):
            unit = units[index]
            first = re.split(r"(?<=[。！？!?；;])", unit.text.strip(), maxsplit=1)[0]
            if not unit.label or unit.heading or _asks(unit.text) \
                    or FIRST_PERSON.search(first) or len(first) > 80:
                break
            run.append(index)
        labels = [unbold(units[i].label).strip() for i in run]
        # A key is for labels that name nobody (嘉宾 A, 发言人2, Guest B), or is set as a
        # list (bullets) whose entries mostly open with a person's name (- 甲：林某，…): a
        # named speaker's first words may well describe someone, and minutes set as
        # bullets open with what was done.
        named = [i for i in run if _name_first(units[i].text.removeprefix("• "))]
        if not all(ANONYMOUS.match(label) for label in labels) and not (
                all(units[i].text.startswith("• ") for i in run) and len(named) * 2 > len(run)):
            return []
        # And it names someone, or a line ending on its colon announces it (两位嘉宾：):
        # a meeting's first turns (好，开始。 · 成功率到了九成。) are no key.
        before = units[start - 1].raw or units[start - 1].text if start else ""
        if not named and not re.search(r"[:：]\s*$", before):
            return []
        later = Counter(unbold(u.label).strip() for u in units[run[-1] + 1:]
                        if u.label) if run else Counter()
        if len(run) < 2 or len(set(labels)) != len(labels) or not all(later[label]
                                                                      for label in labels):
            return []
        return run

    def _front_prefixes(self, units: list[Unit], kinds: list[tuple[str, str]]
                        ) -> list[tuple[str, str]]:
        """Before the first turn of a label that recurs, a prefix seen once that names
        nobody the file introduces (``Roundtable Transcript: “Can We Trust…”``, ``Panel 3:``)
        is the page's front matter, not a speaker: a reader sees the turns start where the
        labels start recurring."""
        first = next((i for i, u in enumerate(units) if u.label
                      and self.stats.is_label(label_name(u.label)[0])), None)
        if first is None:
            return kinds
        result = list(kinds)
        for index in range(first):
            kind, name = kinds[index]
            unit = units[index]
            whole = unit.raw or f"{unit.label}：{unit.text}"
            if (kind in ("host", "speaker") and self.counts[label_name(unit.label)[0]] < 2
                    and not re.search(r"[。？！?!]", unit.text) and people_stated([whole])
                    and states_people(whole)):
                # 主持：市工信局副局长　蒋卫东: who takes part, before the turns begin.
                result[index] = ("text", unit.label)
                unit.rule = unit.rule or (f"'{unit.label}：' says who takes part, before the "
                                          "turns begin: intro")
                continue
            if (kind == "speaker" and self.counts[name] < 2 and name not in self.draft.guests
                    and name not in self.draft.aliases.values() and name not in self.people
                    and unbold(unit.label).strip() not in self.draft.labels
                    and not SPEAKER_NUMBER.match(name)
                    and not self._short_form_recurs(
                        name, (label_name(u.label)[0] for u in units[index + 1:] if u.label))):
                result[index] = ("text", unit.label)
                unit.rule = unit.rule or (f"'{unit.label}：' opens nothing again and names nobody "
                                          "the file introduces, before the turns begin: intro")
        return result

    @staticmethod
    def _role_worded_hosts(units: list[Unit], kinds: list[tuple[str, str]]
                           ) -> list[tuple[str, str]]:
        """A person whose label once gives the host's role word (主持人 韩笑, the first cue
        of subtitles) hosts under the bare name too (韩笑：…)."""
        hosts = {name for unit, (kind, name) in zip(units, kinds, strict=True)
                 if kind == "host" and unit.label
                 and (match := ROLE_PREFIX.match(unbold(unit.label).strip()))
                 and match.group("role").startswith("主持")}
        return [("host", name) if kind == "speaker" and name in hosts else (kind, name)
                for kind, name in kinds]

    @staticmethod
    def _short_form_recurs(name: str, labels: Iterable[str]) -> bool:
        """Whether another label is a shorter form of this full name (安德烈 for
        安德烈·索科洛夫, Adeyemi for Tunde Adeyemi): the speaker's turns, under two forms."""
        if not (is_transliterated_name(name) or (is_latin_name(name) and " " in name)):
            return False
        return any(resolve(short, [name]) == name or given_name_of(short, [name]) == name
                   for short in set(labels) - {name} if short)

    def _stated(self, units: list[Unit]) -> None:
        """What the file states before its first turn or after its last one
        (``SPEAKER_00 = 主播 阿澄（何澄）``, ``发言人2：嘉宾 许安然``, a minutes' closing note
        ``发言人1为主持人周敏``): each label read as that person, a host's as a host. A note
        after the last turn that states them is the file's, not speech (set aside)."""
        turns = [i for i, unit in enumerate(units)
                 if unit.label and self.stats.is_label(label_name(unit.label)[0])]
        if not turns:
            return
        opening = [unit.raw or unit.text for unit in units[:turns[0]]]
        found = stated_map(opening)
        # A key the file states for the labels it uses (EQ = Eleanor Quist, 原告苏晴为“原”),
        # wherever it stands outside the turns.
        # (Any label, even one seen once: the key is the file's own word for it.)
        used = {label_name(u.label)[0] for u in units if u.label}
        keyed = keyed_map([u.raw or u.text for i, u in enumerate(units)
                           if i not in set(turns)], used)
        for label, name in keyed.items():
            if label not in found:
                # Who the label is; whether they host is read from what they do.
                self.roster.setdefault(label, name)
        for index in range(turns[-1] + 1, len(units)):
            stated = stated_map([units[index].raw or units[index].text])
            if stated:
                found.update(stated)
                self.statements.add(index)
        for label, (name, host) in found.items():
            if label in self.draft.labels:
                continue  # the metadata's word wins
            self.draft.labels[label] = "host" if host else name
            if host:
                self.host_names[label] = name

    def _self_named(self, units: list[Unit]) -> None:
        """A label that names no person (a meeting room's device) whose first turn
        opens with 我是邓启明 is that person's: read so, with a warning naming the
        ``labels:`` line (someone else may have spoken first at that device)."""
        seen: set[str] = set()
        self._self_introduced(units)
        for unit in units:
            bare = unbold(unit.label).strip()
            if not bare or bare in seen:
                continue
            seen.add(bare)
            name, _, _ = label_name(bare)
            # A numbered speaker keeps its number (the export's own name for them) unless the
            # export named the others and left this one's number (a diarized voice nobody
            # renamed: its own 我是梁子越 names it); a device or a room has none to keep.
            numbered_among_named = SPEAKER_NUMBER.match(name) and any(
                count and (is_han_name(other) or is_latin_name(other))
                for other, count in self.counts.items())
            if (is_han_name(name) or is_latin_name(name)
                    or (SPEAKER_NUMBER.match(name) and not numbered_among_named)
                    or bare in self.answer_labels or name in self.host_labels
                    or AUDIENCE.match(bare) or name in self.draft.labels
                    or bare in self.draft.labels or not self.stats.is_label(name)
                    or (bare in self.roster and bare not in self.self_introduced)):
                # (A label the file's own list or key maps — 4号 → 冉　诚 — is that person,
                # whatever its first turn says of itself: 我是普通的软件工程师.)
                continue
            person = self_named(unit.text)
            if person and person not in self.draft.aliases.values():
                self.draft.aliases[name] = person
                self.draft.warn(unit.lines[0], f"'{bare}' names no person; its first turn "
                                f"says «{self._examples().self_named}{person}»: read as "
                                f"{person}'s turns",
                                f"if every turn of '{bare}' is {person}'s, add `labels: "
                                f"{{{bare}: {person}}}` to the metadata; else label the "
                                "turns that are someone else's",
                                fix=labels_fix(bare, person))
                if SHARED_PLACE.search(bare):
                    self._returns_to_shared(units, bare, person)

    def _returns_to_shared(self, units: list[Unit], bare: str, person: str) -> None:
        """A room's label read as the person who named themselves there: a later turn of
        it, after someone else spoke and with nobody handing the word to that person by
        name, may be anyone in the room: each such turn warns with the ``labels:`` line."""
        previous, spoke = "", False
        before: Unit | None = None
        short = person[1:] if is_han_name(person) and len(person) == 3 else person.split()[0]
        for unit in units:
            label = unbold(unit.label).strip()
            if not label or unit.heading:
                continue
            if label == bare and spoke and previous != bare and before is not None \
                    and previous != person and person not in before.text \
                    and short not in before.text:
                self.draft.warn(unit.lines[0], f"'{bare}' names a room, read as {person}'s "
                                "(who named themselves there earlier); after another speaker "
                                "nobody hands the word to them by name: whose words?",
                                f"if every turn of '{bare}' is {person}'s, add `labels: "
                                f"{{{bare}: {person}}}` to the metadata; else label this turn",
                                fix=labels_fix(bare, person))
            spoke = spoke or label == bare
            previous, before = label, unit

    def _self_introduced(self, units: list[Unit]) -> None:
        """An anonymous label (发言人2, 嘉宾甲, Speaker 3) whose first turn gives its
        speaker's name (大家好，我是邵一鸣。 · 我是小满。) is that person: the export numbers
        a voice, the voice names itself. Whether they host is read from what they do. Only
        where each such label names someone else and nobody else claims the name; the
        metadata's ``labels:`` wins, and where it gives a numbered label as it stands
        (``host_labels: [发言人1]``) the curator keeps the file's numbers as its names."""
        # (A label the metadata gives a role, `labels: {发言人1: host}` as the host warning
        # proposes, says what the voice does, not that its number is its name: the host
        # keeps the name they give themselves, and the others theirs.)
        # (Nor does one naming a voice, `labels: {说话人3: 鱼老师}` as the called-on warning
        # proposes: the others still name themselves. Only a number given as a name, to
        # itself or to another number, keeps the numbers.)
        if any(ANONYMOUS.match(label) for label in self.host_labels) or any(
                ANONYMOUS.match(label) and given not in ROLE_VALUES
                and (given == label or ANONYMOUS.match(given or ""))
                for label, given in self.draft.labels.items()):
            return
        firsts: dict[str, Unit] = {}
        for unit in units:
            bare = unbold(unit.label).strip()
            if bare and not unit.heading:
                firsts.setdefault(bare, unit)
        said = {bare: [u.text for u in units[:units.index(unit)]] for bare, unit in firsts.items()}
        named = {bare: self_named(unit.text, said[bare]) for bare, unit in firsts.items()
                 if ANONYMOUS.match(bare) and self.draft.labels.get(bare, "host") == "host"
                 and bare not in self.roster and bare not in self.host_names}
        persons = [person for person in named.values() if person]
        for bare, person in named.items():
            if person and persons.count(person) == 1 and person not in firsts:
                if self.draft.labels.get(bare) == "host":
                    self.host_names[bare] = person
                    continue
                self.roster[bare] = person
                self.self_introduced.add(bare)
        self._called_on(units)
        self._lone_voice(units)

    def _lone_voice(self, units: list[Unit]) -> None:
        """A numbered voice heard once, in a few words of agreement (对对对，就是这个意思。),
        where the other voices speak again and again: most often a diarizing app's split of
        someone already speaking, and nothing in the file says whose. A warning names the
        ``labels:`` line, proposing the voice that spoke before the listener's reply."""
        turns = [(unbold(unit.label).strip(), unit) for unit in units
                 if unit.label.strip() and not unit.heading]
        counts = Counter(label for label, _ in turns)
        if sum(1 for label, count in counts.items() if count > 1 and ANONYMOUS.match(label)) < 2:
            return
        for index, (label, unit) in enumerate(turns):
            text = unit.text.strip()
            if (counts[label] != 1 or not ANONYMOUS.match(label) or label in self.roster
                    or label in self.draft.labels or len(text) > 16
                    or not AGREEING.match(text) or index < 2):
                continue
            before = turns[index - 2][0] if turns[index - 2][0] != turns[index - 1][0] \
                else turns[index - 1][0]
            given = self.draft.labels.get(before, "")
            who = self.roster.get(before) or (given if given not in ROLE_VALUES else "") \
                or before
            # (The file cannot say whose: the program's own fix only confirms the line as it
            # reads; the curator who knows writes the labels: line.)
            self.draft.warn(unit.lines[0], f"'{label}' speaks once, only «{text}»: a voice "
                            "the app split from someone already speaking? Whose words?",
                            f"if you know, add `labels: {{{label}: <their name>}}` to the "
                            f"metadata (perhaps {who}); else confirm this line",
                            fix=confirm(unit.lines[0]))

    def _called_on(self, units: list[Unit]) -> None:
        """An anonymous label that never names itself, whom another speaker calls on by a
        name and title just before it speaks (那鱼老师，… then 说话人3), each time that name
        opens a turn, is the one called: read so, with a warning naming the ``labels:`` line
        (a diarizing app may have split or merged voices, and the file says no more)."""
        turns = [(unbold(unit.label).strip(), unit) for unit in units
                 if unit.label.strip() and not unit.heading]
        answering: dict[str, set[str]] = {}
        for (label, unit), (after, _) in zip(turns, turns[1:], strict=False):
            form = called_on(unit.text)
            if form and after != label:
                answering.setdefault(form, set()).add(after)
        forms: dict[str, list[str]] = {}
        for form, labels in answering.items():
            if len(labels) == 1:
                forms.setdefault(next(iter(labels)), []).append(form)
        known = [*self.roster.values(), *(label for label, _ in turns)]
        for label, called in forms.items():
            if (len(set(called)) != 1 or not ANONYMOUS.match(label) or label in self.roster
                    or label in self.draft.labels or resolve(called[0], known)):
                continue
            self.roster[label] = called[0]
            self.self_introduced.add(label)
            first = next(unit for bare, unit in turns if bare == label)
            self.draft.warn(first.lines[0], f"'{label}' never names itself; just before it "
                            f"speaks, another speaker calls on «{called[0]}»: read as "
                            f"{called[0]}'s turns",
                            f"if every turn of '{label}' is {called[0]}'s, add `labels: "
                            f"{{{label}: {called[0]}}}` to the metadata; else label the "
                            "turns that are someone else's", fix=labels_fix(label, called[0]))

    def _doubtful_continuation(self, unit: Unit, text: str, who: str, trailing: bool) -> None:
        """An unlabelled paragraph continues the turn before it, but a short line after the
        last turn, or one shaped like a caption or credit, may be the page's: a warning."""
        if trailing and len(text) <= SHORT_LINE and MATTER_HINT.search(text):
            self.draft.warn(unit.lines[0], f"credited to {who} only by continuing after the "
                            "last turn: a footer or a note?", "if it is not speech, delete it "
                            "from the transcript's copy; if it is, confirm this line",
                            fix=confirm(unit.lines[0]))
        elif not trailing and unit.time and BACKCHANNEL.match(text):
            # A timed segment that is only 嗯。/对对。 inside someone's long turn is most often
            # the listener's: an export that marks only changes of speaker cannot say.
            self.draft.warn(unit.lines[0], f"«{text}» alone inside {who}'s turn: the "
                            "listener's backchannel?", "if it is someone else's, label it "
                            f"with their name; if it is {who}'s, confirm this line",
                            fix=confirm(unit.lines[0]))
        elif not trailing and chimes_in(text):
            # 对，我们也… inside someone's turn: agreeing and saying "we too", most often
            # another person's words the record did not label.
            self.draft.warn(unit.lines[0], f"«{text[:24]}…» agrees and says its speaker did "
                            f"the same, credited to {who} only by continuing the turn: someone "
                            "else chiming in?", "if it is someone else's, open the line with "
                            f"their label; if it is {who}'s, confirm this line",
                            fix=confirm(unit.lines[0]))
        elif not trailing and looks_like_matter(text):
            self.draft.warn(unit.lines[0], f"a short line without sentence punctuation, credited "
                            f"to {who} by continuing the turn: a caption or a credit?",
                            "if it is not speech, delete it from the transcript's copy; if it "
                            "is, confirm this line", fix=confirm(unit.lines[0]))

    def _roles_by_behaviour(self, units: list[Unit], kinds: list[tuple[str, str]]
                            ) -> list[tuple[str, str]]:
        """The whole file's behaviour over the label's word (roles.py): a host label that
        mostly answers while another label asks is a speaker, the asker the host; read so
        with a warning naming the ``labels:`` lines that settle it. The metadata's labels win."""
        bare = [unbold(u.label).strip() if u.label else "" for u in units]
        turns = [(label, unit.text) for unit, label, (kind, _) in zip(units, bare, kinds,
                                                                       strict=True)
                 if label and kind in ("host", "speaker") and not unit.heading
                 and label not in self.draft.labels]
        hosts = {label for label, (kind, _) in zip(bare, kinds, strict=True) if kind == "host"}
        answering, asking = answering_hosts(turns, hosts)
        if not answering:
            return kinds
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        people = {label: self._holder(label, name) for label, (_, name) in
                  zip(bare, kinds, strict=True) if label in {*answering, *asking}}
        flipped = []
        for label, (kind, name) in zip(bare, kinds, strict=True):
            if label in answering:
                flipped.append(("speaker", people[label]))
            elif label in asking:
                flipped.append(("host", people[label]))
            else:
                flipped.append((kind, name))
        for label in [*answering, *asking]:
            first = units[bare.index(label)]
            role = "answers" if label in answering else "asks"
            reading = people[label] if label in answering else "host"
            self.draft.warn(first.lines[0], f"{label} mostly {role} over the file: read as "
                            f"{'a speaker (' + reading + ')' if label in answering else 'the host'}"
                            ", whatever its label says", f"if so, add `labels: {{{label}: "
                            f"{reading}}}` to {yml}", fix=labels_fix(label, reading))
        return flipped

    def _holder(self, label: str, name: str) -> str:
        """The one person the file names with a label as their position (主播：戴晓川, 助播：小禾),
        else the name the label was read as."""
        holders = [p for p, positions in self.people.items() if label in positions]
        if len(holders) == 1:
            return holders[0]
        # A header line that is only the label and a name: 主播：戴晓川（…CEO） · 助播：小禾.
        stated = re.compile(rf"^{re.escape(label)}\s*[:：]\s*(?P<name>[\u3400-\u9fff]{{2,4}})"
                            r"\s*(?:[（(][^）)]*[）)])?\s*$")
        found = {m.group("name") for b in self.draft.blocks if (m := stated.match(b.text))}
        return found.pop() if len(found) == 1 else name

    def _hosts_by_behaviour(self, units: list[Unit], kinds: list[tuple[str, str]]
                            ) -> list[tuple[str, str]]:
        """Without a host label, the labels that behave as hosts (roles.py: they ask most
        questions and open, close or hand over) are the hosts. Where the behaviour is clear
        their turns become questions; a label that names a person is read so with a warning
        naming the ``labels:`` line that settles it (a guest who asks a lot reads alike); a
        label that names no person and only asks (an outlet, 本刊) needs none. Where the
        behaviour is not clear, the warning proposes the line and nothing changes."""
        turns = [(name, unit) for unit, (kind, name) in zip(units, kinds, strict=True)
                 if kind in ("speaker", "text") and unit.label and not unit.heading
                 and (kind == "speaker" or self.stats.is_label(name))]
        labels = {name: unbold(unit.label).strip() for unit, name in
                  ((u, n) for n, u in turns)}
        verdicts = hosts_by_behaviour([(name, unit.text) for name, unit in turns])
        if not verdicts:
            # No label asks most questions: read what the turns do, each whole (a cue's
            # label stands on its first line only), over the file (roles.hosts_by_frame).
            verdicts = self._hosts_by_frame(units, kinds, turns)
        elif not any(verdict.clear for verdict in verdicts):
            # The questions alone do not decide when two hosts share them (a podcast's two,
            # one welcoming and closing, the other asking): what every turn does over the
            # file decides, when it finds two hosts among whom every label that asks most.
            # (One label framing alone, a meeting's chair who asks twice, stays a question
            # to the curator.)
            framed = self._hosts_by_frame(units, kinds, turns)
            if len(framed) == 2 and {v.label for v in verdicts} <= {v.label for v in framed}:
                verdicts = framed
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        decided: list[str] = []
        undecided: list[tuple[str, int, str, str, Fix]] = []
        for verdict in verdicts:
            name, label = verdict.label, labels[verdict.label]
            if all(unit.lines[0] in self.draft.stated_answers for who, unit in turns
                   if who == name):
                # The container states every record of this label an answer (a thread's
                # replies by the post's author): what they frame does not make them the host.
                continue
            if self._listed_yet_hosts(name, verdict):
                # The file's list of who takes part names everyone, the moderator among them
                # (PRESENT: MARGARET OYELARAN, Board President …) and says nobody moderates:
                # who opens or closes and asks most of the questions, clearly, hosts. Warned:
                # the list called them one of the panel.
                decided.append(label)
                self.draft.warn(turns[[n for n, _ in turns].index(name)][1].lines[0],
                                f"{label} is in the file's list of who takes part, and opens "
                                f"or closes the session and asks most of the questions "
                                f"({verdict.questions} of {verdict.asked}): read as the host",
                                f"if so, add `labels: {{{label}: host}}` to {yml}; if {label} "
                                f"answers, `labels: {{{label}: {name}}}`",
                                fix=labels_fix(label, "host"))
                continue
            if stated_as_asker(label, self.texts):
                # The file's legend states who asks under this label (访谈员：I = 孙某):
                # stated, not inferred, so nothing to confirm.
                decided.append(label)
                continue
            if name in self.draft.guests and not SPEAKER_NUMBER.match(label):
                # A guest list or the metadata names them a guest (an attendance list too:
                # a meeting's chair who asks is still one of its members; only a host the
                # file states, 我是今天的主持人…, is read as the host, in kind()).
                continue
            own = [unit for who, unit in turns if who == name]
            person = is_han_name(name) or is_latin_name(name) or SPEAKER_NUMBER.match(label)
            first = own[0]
            does = ("opens or closes the session" if verdict.opens_or_closes
                    else "hands over to the others")
            fix = labels_fix(label, "host")
            if verdict.only_hosts or label_name(label)[1].startswith("主持"):
                # Opens, hands over, closes and does nothing else: the moderator. Or the
                # label says so itself, as a meeting app shows the role it gave after the
                # name (王磊（主持人）): nothing to confirm.
                decided.append(label)
                continue
            # Asks most of the questions and opens or closes the session: whatever the
            # label, that is what a host does. Read so, warned where not clear, so a label that
            # mostly asks is never published as a guest's answers without a word.
            hosts_most = (verdict.opens_or_closes and verdict.questions >= 3
                          and verdict.questions * 2 > verdict.asked
                          and not decided)
            if verdict.framed:
                decided.append(label)
                self.draft.warn(first.lines[0], f"{label} opens or closes the session and "
                                "most of its turns frame it (ask, welcome, hand the floor "
                                "over, close) while others answer: read as the host",
                                f"if so, add `labels: {{{label}: host}}` to {yml}; if {label} "
                                "answers, `labels: {" + label + ": <their name>}`", fix=fix)
                continue
            if verdict.clear or (verdict.only_asks and not person) or hosts_most:
                # A label that names nobody (an outlet, 本刊) and only asks is the interviewer;
                # so is one that asks most and that the file states as its author or its
                # publisher (a blog's front matter, a byline, 以下是某某与…的对话).
                decided.append(label)
                if (person or not verdict.only_asks) and not self._stated_as_author(
                        label, person=bool(person)):
                    self.draft.warn(first.lines[0], f"{label} {does} and asks most of the "
                                    f"questions ({verdict.questions} of {verdict.asked}): read "
                                    "as the host", f"if so, add `labels: {{{label}: host}}` to "
                                    f"{yml}; if {label} answers, `labels: {{{label}: "
                                    "<their name>}`", fix=fix)
            else:
                undecided.append((label, first.lines[0], f"{label} {does} and asks most of "
                                  f"the questions ({verdict.questions} of {verdict.asked}): "
                                  "the host?", f"if so, add `labels: {{{label}: host}}` to "
                                  f"{yml}; if {label} is a guest, confirm this line", fix))
        settled: set[str] = set()
        if decided:
            self.host_labels = (*self.host_labels, *decided)
            hosts = [name for name, _ in turns if labels[name] in decided]
            settled = self._one_off_askers(turns, labels, hosts)
        elif self._labelled_throughout():
            # No host by behaviour (a chair who also reports and answers): the one-off
            # prefixes that only ask and are answered (小宇妈妈：…？ 许老师：…) are still
            # the audience's questions.
            settled = self._one_off_askers(turns, labels, [], once_only=True)
            self._warn_undecided(undecided, settled)
            return [self.kind(u.label) if u.label and unbold(u.label).strip()
                    in settled else kind for u, kind in zip(units, kinds, strict=True)]
        self._warn_undecided(undecided, settled)
        if not decided:
            return kinds
        return [self.kind(u.label) if u.label else ("", "") for u in units]

    def _warn_undecided(self, undecided: list[tuple[str, int, str, str, Fix]],
                        settled: set[str]) -> None:
        """The labels whose behaviour looks like a host's but does not decide, each warned
        at its first turn with the ``labels:`` line that settles it; one warning per line and
        cause: a label the one-off askers' reading settled (asking beside the host, the
        audience) is not asked about again."""
        for label, line, message, hint, fix in undecided:
            if label not in settled:
                self.draft.warn(line, message, hint, fix=fix)

    def _listed_yet_hosts(self, name: str, verdict: Verdict) -> bool:
        """A person the file's own list introduces (not the metadata, not a list of who
        attended) whose behaviour is a host's beyond doubt: clear, opening or closing, and
        asking most of the file's questions, three at least."""
        guest = self.draft.guests.get(name)
        return (guest is not None and guest.line > 0 and not guest.attending
                and verdict.clear and verdict.opens_or_closes and verdict.questions >= 3
                and verdict.questions * 2 > verdict.asked)

    def _one_off_askers(self, turns: list[tuple[str, Unit]], labels: dict[str, str],
                        hosts: list[str], once_only: bool = False) -> set[str]:
        """The labels :func:`one_off_askers` finds, read as the audience's (or, where the
        file's key names them, as asking beside the host), each with the line that settles
        it; returns the labels so read (``once_only``: only labels that speak once)."""
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        settled: set[str] = set()
        for name in one_off_askers([(n, u.text) for n, u in turns], hosts):
            label = labels[name]
            if once_only and (self.stats.opens[label] != 1 or is_han_name(name)):
                continue
            if name in self.draft.guests and not SPEAKER_NUMBER.match(label):
                continue
            first = next(unit for who, unit in turns if who == name)
            if label in self.roster and label not in self.self_introduced:
                # The participants list names them (审判员：卢静): one of the panel who asks
                # beside the host, not the audience.
                self.draft.labels.setdefault(label, "host")
                self.host_names.setdefault(label, self.roster[label])
                person = self.roster[label]
                self.draft.warn(first.lines[0], f"{label} ({person}, as the file's key or "
                                "participants list says) speaks only to ask: read as asking "
                                "beside the host", f"if so, add `labels: {{{label}: host}}` to "
                                f"{yml}; if {label} answers, `labels: {{{label}: {person}}}`",
                                fix=labels_fix(label, "host"))
                settled.add(label)
                continue
            # Speaks once or twice, only to ask, and a guest answers: the audience's (or a
            # caller's, a co-organiser's) question, read so with the line that settles it.
            self.draft.labels.setdefault(label, "audience")
            self.draft.warn(first.lines[0], f"{label} speaks only to ask and a guest answers: "
                            "read as a question from the audience", f"if so, add `labels: "
                            f"{{{label}: audience}}` to {yml}; if {label} is a guest, `labels: "
                            f"{{{label}: <their name>}}`",
                            fix=labels_fix(label, "audience"))
            settled.add(label)
        return settled

    def _stated_as_author(self, label: str, person: bool) -> bool:
        """Whether the file states the label as who made it: the author its front matter or
        byline gives, its publisher, or (a label that names no person: an outlet) a name
        its matter before the first turn gives."""
        stated = {self.draft.front.get("author", ""), self.draft.info.get("author", ""),
                  self.draft.info.get("publisher", "")}
        if label in stated - {""}:
            return True
        if person:
            return False
        return any(label in block.text for block in self.draft.blocks
                   if block.role in (INTRO, EXCLUDED))

    def _askers_under_ask_word(self, units: list[Unit], kinds: list[tuple[str, str]]
                               ) -> tuple[list[tuple[str, str]], set[str]]:
        """A bare ``Q``/``问``/``提问`` label asks, but hosts only when nobody else does: where
        it is the only host label and someone else opens the file (a panel's moderator who
        welcomes and then takes questions from the floor, a briefer who calls on reporters),
        the label is the audience's and the host is read by behaviour. Returns the kinds and
        the asking labels so read (empty when the label may be the interviewer)."""
        labelled = [i for i, unit in enumerate(units) if unit.label and not unit.heading
                    and kinds[i][0] in ("host", "speaker", "text")]
        if not labelled:
            return kinds, set()
        bare = {i: unbold(units[i].label).strip() for i in labelled}
        hosts = {kinds[i][1] for i in labelled if kinds[i][0] == "host"}
        asking = {kinds[i][1] for i in labelled if kinds[i][0] == "host"
                  and ASK_WORD.match(bare[i]) and bare[i] not in self.draft.labels}
        if not asking or hosts != asking or kinds[labelled[0]][0] != "speaker":
            return kinds, set()
        return [("audience", name) if kind == "host" and name in asking else (kind, name)
                for kind, name in kinds], asking

    def _floor_giver(self, units: list[Unit], kinds: list[tuple[str, str]]
                     ) -> list[tuple[str, str]]:
        """Where the askers are reporters or the audience (a bare ``Q``/``问``/``提问`` label
        asks whoever it names), the one speaker who gives them the floor (roles.floor_giver)
        chairs: the asking label is the audience, the chair's turns that open, give the floor,
        hand a question on or close are the host's, and the chair's turns that take a question
        stay answers. The metadata's labels win."""
        labelled = [i for i, unit in enumerate(units) if unit.label and not unit.heading
                    and kinds[i][0] in ("host", "speaker", "audience")]
        bare = {i: unbold(units[i].label).strip() for i in labelled}
        askers = {kinds[i][1] for i in labelled if kinds[i][0] == "audience"
                  or (kinds[i][0] == "host" and ASK_WORD.match(bare[i])
                      and bare[i] not in self.draft.labels)}
        if not askers:
            return kinds
        turns = [(kinds[i][1], units[i].text) for i in labelled]
        chair = floor_giver(turns, askers)
        if not chair or chair in askers or bare[labelled[[n for n, _ in turns].index(chair)]] \
                in self.draft.labels or any(kinds[i][0] == "host" and kinds[i][1] not in
                                            (*askers, chair) for i in labelled):
            return kinds  # (a host the file or the metadata states keeps the chair)
        kinds = list(kinds)
        for i, hosting in zip(labelled, chairing_turns(turns, chair, askers), strict=True):
            if kinds[i][1] in askers:
                kinds[i] = ("audience", kinds[i][1])
            elif kinds[i][1] == chair:
                kinds[i] = ("host" if hosting else "speaker", chair)
        return kinds

    def _host_answers_guest(self, units: list[Unit], kinds: list[tuple[str, str]]
                            ) -> list[tuple[str, str]]:
        """A guest who turns to the host by name (沈总，我也想反问一个问题：…？), in their
        turn or in its last paragraph, and whose question the host's next turn answers
        without asking anything back: that paragraph is the guest's question, the host's
        turn that once an answer; the host stays the host."""
        hosts = {name for kind, name in kinds if kind == "host"}
        if len(hosts) != 1:
            return kinds
        host = next(iter(hosts))
        speaking = {name for kind, name in kinds if kind in ("host", "speaker")}
        labelled = [i for i, unit in enumerate(units) if unit.label and not unit.heading]
        kinds = list(kinds)
        for at, i in enumerate(labelled[:-1]):
            following = labelled[at + 1]
            if kinds[i][0] != "speaker" or kinds[following] != ("host", host):
                continue
            # (The guest may answer first and turn to the host in the turn's last paragraph.)
            asking = max(j for j in range(i, following) if not units[j].heading)
            if not asks(units[asking].text) or addressed(units[asking].text, speaking) != host:
                continue
            ends = labelled[at + 2] if at + 2 < len(labelled) else len(units)
            reply = [units[j].text for j in range(following, ends) if not units[j].heading]
            if not reply or asks(reply[-1]) or any(is_question(text) for text in reply):
                continue  # the host answers and asks the guests on: a host's turn
            kinds[asking] = ("guest-asks", kinds[i][1])
            kinds[following] = ("speaker", host)
        return kinds

    def _askers_beside_host(self, units: list[Unit], kinds: list[tuple[str, str]]
                            ) -> list[tuple[str, str]]:
        """With the host known, a participant who speaks once or twice, each time to ask,
        and whom a guest answers (规培医师孙晴：想请教何工…？ then 何远：…) asks beside the
        host: their turn is a question, read so with a warning naming the ``labels:`` line
        that settles it."""
        turns = [(name, unit) for unit, (kind, name) in zip(units, kinds, strict=True)
                 if kind in ("host", "speaker") and unit.label and not unit.heading]
        hosts = sorted({name for name, _ in turns
                        if any(k == ("host", name) for k in kinds)})
        # (Each of their asking turns ends on its question: a guest's "Can you hear me?
        # Good. I want to add…" answers; a caller's closing "OK. Thank you." asks nothing.)
        askers = [name for name in one_off_askers([(n, u.text) for n, u in turns], hosts)
                  if name not in self.draft.labels.values() and name not in hosts
                  and all(is_question(u.text) for n, u in turns if n == name and asks(u.text))]
        if not askers:
            return kinds
        yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
        result = list(kinds)
        for name in askers:
            first = next(unit for who, unit in turns if who == name)
            label = unbold(first.label).strip()
            if label in self.draft.labels:
                continue
            self.draft.warn(first.lines[0], f"{name} speaks only to ask and another speaker "
                            "answers: read as a question beside the host's",
                            f"if so, add `labels: {{{label}: audience}}` to {yml}; if {name} "
                            f"answers, `labels: {{{label}: {name}}}`",
                            fix=labels_fix(label, "audience"))
            for index, (kind, who) in enumerate(kinds):
                if kind == "speaker" and who == name:
                    result[index] = ("audience", name)
        return result

    def _hosts_by_frame(self, units: list[Unit], kinds: list[tuple[str, str]],
                        turns: list[tuple[str, Unit]]) -> list[Verdict]:
        """The hosts :func:`hosts_by_frame` finds, from each labelled turn's whole text (the
        unlabelled paragraphs after it included), as verdicts clear enough to read by."""
        counted = {id(unit) for _, unit in turns}
        # (The audience's questions stand where they were asked: the turn before one gives
        # the floor.)
        asking = {id(unit) for unit, (kind, name) in zip(units, kinds, strict=True)
                  if kind == "audience" and name in self.floor_askers and unit.label
                  and not unit.heading}
        whole: list[tuple[str, str]] = []
        following = False
        for unit, (_, name) in zip(units, kinds, strict=True):
            if id(unit) in counted or id(unit) in asking:
                whole.append((name, unit.text))
                following = True
            elif unit.label or unit.heading:
                following = False
            elif following:
                whole[-1] = (whole[-1][0], whole[-1][1] + unit.text)
        asked = sum(asks(text) for _, text in whole)
        # (A surname label after the full name's, ROE after JANE ROE,
        # is one person's turns: read together, and each form a host when the person is.)
        same = shortened_labels(name for name, _ in whole)
        framed = set(hosts_by_frame([(same.get(name, name), text) for name, text in whole]))
        framed -= {name for unit, (kind, name) in zip(units, kinds, strict=True)
                   if id(unit) in asking}
        return [Verdict(label, sum(asks(t) for who, t in whole if who == label), asked,
                        clear=True, opens_or_closes=True, framed=True)
                for label in dict.fromkeys(name for name, _ in whole)
                if same.get(label, label) in framed]

    def _speaker_turn(self, unit: Unit, name: str) -> None:
        bare = unbold(unit.label).strip()
        label_as_name, affiliation, honorific = label_name(bare)
        spaced = SPACED_POSITION.fullmatch(bare)
        if spaced and spaced.group("name") == name and not affiliation:
            # 某中学副校长　王某某: the post before the name is what the person does, as an
            # affiliation in brackets after it is (a person the record introduces).
            affiliation = spaced.group("position")
        declared = name in self.draft.guests or bare in self.draft.labels  # (labels: maps it)
        # A label read as someone else (白工 for the listed 白朗) was resolved, not mistyped:
        # only a label read as itself can be a slip of a name near it.
        near = self._near_name(name) if not declared and label_as_name == name else ""
        if near:
            # 张玮 beside 张伟: confirming would publish a second person, so it cannot be.
            self.draft.warn(unit.lines[0], f"the label '{bare}' opens a turn only once: did "
                            f"you mean {near}?", f"correct the transcript's copy ({name} → "
                            f"{near}), or, if the source writes both, add `aliases: [{name}]` "
                            f"to {near}'s entry under speakers: in the metadata",
                            confirmable=False,
                            fix=Fix("metadata", f"speakers:\n  - name: {near}\n"
                                    f"    aliases: [{name}]"))
        elif (not declared and not affiliation and self.counts[label_as_name] < 2
                and not SPEAKER_NUMBER.match(name) and bare not in self.answer_labels
                and not self._introduced(name) and not unit.voiced
                and not UNKNOWN_SPEAKER.match(bare) and name not in self.ambiguous
                and not (name == bare and self._unnamed_in_capitals(name, bare))
                and not self._short_form_recurs(name, (n for n, c in self.counts.items() if c))
                and not any(self._short_form_recurs(full, [name])
                            for full, count in self.counts.items() if count and full != name)):
            self.draft.warn(unit.lines[0], f"the label '{bare}' opens a turn only once",
                            f"if {name} is a speaker, list them in the metadata or a guest list "
                            f"({self._examples().guests}…), or confirm this line; else it is text",
                            fix=confirm(unit.lines[0]))
        if SPEAKER_NUMBER.match(name) and bare not in self.draft.labels \
                and name not in self.draft.guests and name not in self.unnamed_warned \
                and any(count and (is_han_name(other) or is_latin_name(other)
                                   or is_transliterated_name(other))
                        for other, count in self.counts.items()):
            # 发言人3 among speakers the export was given names for: a diarized voice left
            # unrenamed, whom the file never names — published under the number, said so.
            self.unnamed_warned.add(name)
            self.draft.warn(unit.lines[0], f"'{bare}' is a numbered speaker the file never "
                            "names, while the others are named",
                            f"if you know who it is, add `labels: {{{bare}: <their name>}}` to "
                            "the metadata; else confirm this line",
                            fix=confirm(unit.lines[0]))
        if not declared and not UNKNOWN_SPEAKER.match(bare) and name == bare \
                and self._unnamed_in_capitals(name, bare) and not self._introduced(name):
            yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
            listed = [g for g in self.draft.guests if g not in self.host_labels]
            example = listed[0] if listed else "<their name>"
            self.draft.warn(unit.lines[0], f"the label '{bare}' names nobody the file names: "
                            "someone speaks, and the record does not say who",
                            f"if you know, add `labels: {{{bare}: {example}}}` to {yml} (the "
                            "name of whoever speaks); else confirm this line",
                            fix=labels_fix(bare, example))
        if UNKNOWN_SPEAKER.match(bare) and bare not in self.draft.labels:
            self.draft.warn(unit.lines[0], f"the label '{bare}' says nobody knows who speaks",
                            f"if you know, add `labels: {{{bare}: <their name>}}` to the "
                            "metadata (or fix this turn's label); else confirm this line",
                            fix=confirm(unit.lines[0]))
        if name in self.ambiguous:
            either = self.ambiguous[name]
            yml = self.draft.path.rsplit(".", 1)[0] + ".yml"
            self.draft.warn(unit.lines[0], f"'{bare}' could be {' or '.join(either)}",
                            f"if it is {either[0]}, add `labels: {{{bare}: {either[0]}}}` to "
                            f"{yml} (or another of them); if the label stands for each in "
                            "turn, write the full name in each label",
                            fix=labels_fix(bare, either[0]))
        self.draft.introduce(name, affiliation, honorific if name == label_as_name else "")
        self.draft.add(ANSWER, unit.lines, unit.text, who=name, time=unit.time,
                       rule=unit.rule or f"'{bare}：' opens {name}'s turn")

    def _introduced(self, name: str) -> bool:
        """Whether the title or the intro names this person in full (…总经理宋岚出席发布会):
        a label seen once is then someone the file announced, not a stray word."""
        if name in self.people:
            return True  # named in the file's header, list, byline or an introduction
        if is_latin_name(name) and any(name.casefold() in block.text.casefold()
                                       for block in self.draft.blocks):
            return True  # DR. MENSAH, whom the host's question introduced in full
        if initials_of(name, latin_people(block.text for block in self.draft.blocks)):
            return True  # MO: the initials of the one Marisol Ortega-Quinn the file names
        return (is_han_name(name) or " " in name) and any(
            name in block.text for block in self.draft.blocks if block.role in (INTRO, "title"))

    def _framed_person(self, name: str) -> str:
        """The person a framing line names, as the file's guest list or labels write them
        (a shorter form resolved only where exactly one person fits)."""
        known = list(self.draft.guests) + [n for n in self.counts if n]
        return name if name in known else resolve(name, known) or name

    def _example_speaker(self) -> str:
        """A name for a hint's example label: a guest who has not spoken yet, else any."""
        spoken = {b.who for b in self.draft.blocks if b.role == ANSWER}
        guests = [g for g in self.draft.guests if g not in spoken] or list(self.draft.guests)
        return guests[0] if guests else self._examples().name

    def _example_label(self) -> str:
        """A hint's example label: 张伟： · Dana Whitfield: (in the file's language)."""
        return self._examples().label(self._example_speaker())

    def _examples(self) -> Examples:
        """A hint's examples in the language of the file's words."""
        return examples_for("\n".join(getattr(self, "texts", ())))

    def _label_fix(self) -> Fix:
        """Open the line with a speaker's label; one the file names nowhere else is listed
        in the metadata too. The name is the hint's example (the file does not say who):
        a question for the curator, not a proposal to take unchecked."""
        example = self._example_speaker()
        listed = "" if example in self.draft.guests else f"speakers:\n  - name: {example}"
        return Fix("label", self._examples().label(example), listed, guess=True)

    def _near_name(self, name: str) -> str:
        """A known speaker one character from a name seen once (张伟 for 张玮), or ""."""
        if self.counts[name] > 1 or not is_han_name(name):
            return ""
        known = set(self.draft.guests) | {n for n, c in self.counts.items() if c > 1}
        for other in sorted(known):
            if (other != name and len(other) == len(name) and is_han_name(other)
                    and sum(a != b for a, b in zip(other, name, strict=True)) == 1):
                return other
        return ""

    def _label_lines_joined(self, units: list[Unit]) -> list[Unit]:
        """A label alone on its line (``张伟：``) opens the turn of the paragraph under it;
        with no words under it, it is excluded with its reason."""
        joined: list[Unit] = []
        seen = Counter(label_name(u.label)[0] for u in units if u.label)
        for unit in units:
            last = joined[-1] if joined else None
            # Under a label alone on its line, a colon in the words (今天就一个题目：…) that
            # opens nothing else and names nobody is the sentence's, not another label.
            inner = label_name(unit.label)[0] if unit.label else ""
            if (inner and last is not None and last.label and not last.text
                    and seen[inner] < 2 and not is_han_name(inner) and not is_latin_name(inner)):
                unit.text, unit.label = unit.raw or f"{unit.label}：{unit.text}", ""
            if (last is not None and last.label and not last.text
                    and framed_narrator(last.raw or last.label)):
                # 以下是某某的讲述： frames the section below; it labels no one paragraph.
                last.text, last.label = last.raw or f"{last.label}：", ""
            if (last is not None and last.label and not last.text and not unit.label
                    and not unit.heading):
                self.alone.add(label_name(last.label)[0])
                last.lines += unit.lines
                last.text, last.raw = unit.text, unit.raw or unit.text
                last.time = last.time or unit.time
                continue
            joined.append(unit)
        for unit in [u for u in joined if u.label and not u.text]:
            for number in unit.lines:
                self.draft.exclude(number, unit.raw or unit.label,
                                   f"the label '{unit.label}' with no words under it")
        return [u for u in joined if not (u.label and not u.text)]

    def _heads_front_matter(self, units: list[Unit], kinds: list[tuple[str, str]],
                            index: int, first_turn: int, has_host: bool) -> bool:
        """Whether the heading at ``index`` stands before the first labelled turn with a
        paragraph under it that is no heading and no turn: the heading of front matter."""
        if not 0 <= index < first_turn or self._stated_lecturer() or index + 1 == self.talk_at:
            # (Under a header that names one lecturer, the paragraphs are the lecture's; so
            # is the heading the talk opens under.)
            return False
        if self.narrated_sections:
            # (A record's narrated procedure: read as it was.)
            return False
        # What stands under it up to the next heading or the first turn: front matter when
        # any of it is a sentence (a guest list whose last entry runs on, 圈内人称…; an
        # overview's bullets), not when all of it is an agenda's short items.
        for at in range(index + 1, first_turn):
            unit = units[at]
            text = unit.raw or unit.text
            if unit.heading or self._is_heading(text, units, kinds, at, has_host):
                return False
            if (len(text) > SHORT_LINE or SENTENCE_MARK.search(text)
                    or FIRST_PERSON.search(text)):
                return True
        return False

    def _doubt_front_matter(self, units: list[Unit], kinds: list[tuple[str, str]], start: int,
                            first_turn: int, has_host: bool) -> None:
        """Front matter is a bio, a list, a summary: told about people, in few paragraphs.
        Paragraphs under its heading that speak as someone (我, we, 各位) or run on for three
        or more are as likely a talk or a report before the first label (a lecture under its
        chapter headings, a resident presenting a case): read as the intro, with a warning
        at the first of them, never silently."""
        body = []
        for at in range(start, first_turn):
            unit = units[at]
            if unit.heading or kinds[at][0] not in ("", "text") or self._is_heading(
                    unit.raw or unit.text, units, kinds, at, has_host):
                break
            body.append(unit)
        spoken = [u for u in body if FIRST_PERSON.search(u.raw or u.text)]
        if body and (spoken or len(body) >= 3):
            first = (spoken or body)[0].lines[0]
            example = examples_for(" ".join(u.text for u in body)).label()
            self.draft.warn(first, "read as the page's front matter (intro) before the first "
                            "turn, though it " + ("speaks as someone" if spoken else
                                                  f"runs on for {len(body)} paragraphs"),
                            f"if these are someone's words, open the paragraph with their "
                            f"label ({example}…); if it is the page's own text, confirm this "
                            f"line", fix=confirm(first))

    def _is_heading(self, text: str, units: list[Unit], kinds: list[tuple[str, str]],
                    index: int, has_host: bool) -> bool:
        if heading_marker(text) is not None:
            # A turn that set out its first point under a marker ((一) 試行計劃涵蓋的…；)
            # goes on with its next one ((二) …；及): an enumeration inside a turn, not a part.
            # So does a turn that announces its points with a colon (政府可否告知本會：).
            last = self.draft.blocks[-1] if self.draft.blocks else None
            if last is None or last.role not in (QUESTION, ANSWER):
                return True
            kind = _marker_kind(last.text.lstrip("• \u3000"))
            announced = last.text.rstrip().endswith(("：", ":")) and _marker_kind(text) in (
                "(一)", "（一）", "1.", "1、", "一、")
            return not (announced or (kind is not None and kind == _marker_kind(text)))
        if re.match(r"[a-z]", text):
            # (A wrapped sentence's tail, ``nine days.``, opens in lower case: no heading does.)
            return False
        if capitals_heading(text) and self.mixed_case and all(
                any(kind in ("host", "speaker") for kind, _ in side)
                for side in (kinds[:index], kinds[index + 1:])):
            # STATEMENT OF DR. JANE ROE, DIRECTOR, … (a hearing), ACT TWO (a play), ORAL
            # ANSWERS TO QUESTIONS (Hansard): a line in capitals where the turns are written
            # in mixed case heads what follows, wherever it stands among the turns (its
            # wrapped second line too; the cover block before the first turn is front matter,
            # END OF TRANSCRIPT after the last heads nothing).
            return True
        if self.stage_directions >= 2 and WHOLLY_BRACKETED.match(text):
            # (SOUNDBITE OF MUSIC), (LAUGHTER): a file whose bracketed lines recur between
            # turns is giving stage directions, not headings.
            return False
        # (A part title inside the conversation: before the first turn, ``Key: value`` is
        # the file's front matter.)
        titled = _titled_heading(text) and any(kind in ("host", "speaker")
                                               for kind, _ in kinds[:index])
        if not (heading_shape(text) or titled) or index + 1 >= len(units):
            return False
        # A short line without punctuation is a heading only where a part can start: before
        # a host's question (or, without a host, before a speaker's turn).
        following = kinds[index + 1][0]
        return following == "host" or (not has_host and following == "speaker"
                                       and units[index + 1].label != units[index - 1].label
                                       if index else False)


# A media interview's part title set as theme and subtitle (商业化：先把一个工位做透,
# Pricing: what the market will bear): two short phrases around one colon, neither one a
# sentence.
TITLED = re.compile(r"^(?P<theme>[^:：]{1,12})[:：]\s*(?P<subtitle>[^:：]{1,30})$")


CAPITALS_WORD = re.compile(r"[A-Z][A-Z.'’\-]*")


def capitals_heading(text: str) -> bool:
    """A line in Latin capitals, no lower-case letter, that ends no sentence (``STATEMENT
    OF DR. JANE ROE, DIRECTOR,`` · ``PUBLIC ALGORITHMS``): a heading's line where the file's
    turns are written in mixed case; two words at least (a lone ``OK`` may be speech)."""
    words = text.split()
    return (len(words) >= 2 and not re.search(r"[a-z\u3400-\u9fff]", text)
            and not re.search(r"[!?！？…]\s*$|[^A-Z]\.\s*$", text)
            and sum(1 for w in words if CAPITALS_WORD.match(w)) >= max(2, len(words) * 2 // 3))


def _titled_heading(text: str) -> bool:
    """A short line shaped ``theme：subtitle`` without sentence punctuation, read where no
    speaker's, host's or audience's label opened it (its prefix names nobody)."""
    found = TITLED.match(text.strip())
    return (found is not None and len(text) <= HEADING_MAX
            and heading_shape(found.group("theme")) and heading_shape(found.group("subtitle")))


def _marker_kind(text: str) -> str | None:
    """The shape of the enumeration marker opening a line ((一) and (二) share one), else
    None."""
    found = HEADING_MARKER.match(text.strip())
    if not found:
        return None
    return re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", found.group(0))).strip()


BARE_NUMBER = re.compile(r"^(?:0?\d{1,2}|PART\s*\.?\s*0?\d{1,2}|Part\s*\.?\s*0?\d{1,2})[.、．]?$")


def _numbers_joined(units: list[Unit], draft: Draft) -> list[Unit]:
    """A section number alone on its line (01, PART 02) and the short title under it, as a
    WeChat article sets them: the title is the heading, the number is excluded as its mark."""
    kept: list[Unit] = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if (not unit.label and BARE_NUMBER.match(unit.text) and following is not None
                and not following.label and heading_shape(following.text)):
            for number in unit.lines:
                draft.exclude(number, unit.text, "a section number: the heading under it")
            following.heading = True
            following.rule = f"under the section number {unit.text}: a heading"
            continue
        kept.append(unit)
    return kept


_FIELD = re.compile(r"(?P<key>[^\s:：。，,？?！!]{1,16})[:：](?P<gap>[ \t\u3000]*)"
                    r"(?P<name>(?:[\u3400-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
                    r"(?=[ \t\u3000]|$))?(?P<pad>[ \t\u3000]*)")


# A numbered point opening a paragraph: 1. · 2、 · （三） · 一、
NUMBERED_POINT = re.compile(r"^(?:\d{1,2}[.、．)]|[（(][一二三四五六七八九十\d]{1,2}[）)]"
                            r"|[一二三四五六七八九十]{1,2}、)")
NARRATED_ENTRIES = 5
"""The fewest timed entries for a record to be read entry by entry (a live blog)."""
NARRATED = ("under a heading, before any labelled turn, a paragraph in the third person: "
            "the record's narration, not speech")


_FORM_FIELD = re.compile(r"[^\s:：。，,？?！!]{1,16}[:：]\s?[^\s:：。，,；;？?！!“”\"]{1,24}")


def field_list(text: str) -> bool:
    """Two or more ``role：name`` side by side on one line and nothing else (审判长：韩立群
    审判员：卢静), or two or more ``role：`` each followed by a blank to sign on (原告（签名）：
    　　　　原告委托诉讼代理人（签名）：): a form's fields, a signature block. A sentence that
    goes on after its colon (张伟： 我觉得主要是三件事：) is none."""
    fields, at = [], 0
    text = text.strip()
    pieces = re.split(r"\u3000+|[ \t]{2,}|\t", text)
    if len(pieces) >= 2 and all(_FORM_FIELD.fullmatch(piece) for piece in pieces):
        # 答辩秘书：唐一帆　　到会委员：5人　　旁听人数：12人: a form's fields, set apart by
        # wide gaps, each a short value that is no sentence.
        return True
    while at < len(text):
        match = _FIELD.match(text, at)
        if not match or match.end() == at:
            return False
        fields.append(match)
        at = match.end()
    if len(fields) < 2:
        return False
    named = [f for f in fields if f.group("name")]
    if len(named) == len(fields):
        return True
    # Blanks to sign on: no names at all, and the blanks padded as a form pads them.
    return not named and all(len(f.group("gap")) >= 2 or f.end() == len(text)
                             for f in fields)


# Speaking as oneself, or greeting those who listen: a turn, not a list's entry.
FIRST_PERSON = re.compile(r"我|咱|大家好|你好|您好|各位|谢谢|謝謝"
                          r"|\b(?:I|I'm|we|my|our)\b|hello|thank", re.IGNORECASE)


def _name_first(text: str) -> str:
    """The person's name a participants list's value opens with (卢　静, 苏晴，女，…,
    Jun Xu), or ""."""
    head = re.split(r"[，,；;（(。]", text.strip(), maxsplit=1)[0]
    head = re.sub(r"[\s\u3000]+", "", head) if re.search(r"[\u3400-\u9fff]", head) else head
    return head if is_han_name(head) or is_latin_name(head) else ""


def confirm(line: int) -> Fix:
    """The metadata line that confirms a checked line."""
    return Fix("metadata", f"confirm: [{line}]")


BRACKETED_NOTE = re.compile(r"^[（(【\[][^（()）【】\[\]]{4,80}[）)】\]]$")
# Words a host introduces themselves or the show by (主持人, 主播, 本期节目, host): no lecturer.
HOST_WORD = re.compile(r"主持|主播|节目|節目|收听|收聽|\bhost\b|\bshow\b|episode|podcast",
                       re.IGNORECASE)
# The key a page's head names a talk's speaker under (the convention of talk and lecture
# pages: 主讲人, 演讲嘉宾, 分享嘉宾; Speaker, Presenter, Lecturer).
TALK_KEY = re.compile(r"主讲人?|主講人?|演讲嘉宾|演講嘉賓|演讲者|演講者|演讲人|分享嘉宾|分享嘉賓"
                      r"|分享人|分享者|报告人|報告人|讲者|講者|(?i:speaker|presenter|lecturer)")
# The lead's words for giving a talk: 带来了题为…的分享, 作了…的报告, gave a talk.
TALK_GIVEN = (r"(?:带来|帶來|作了|做了|发表了|發表了|进行了|進行了)[^。；;]{0,40}?"
              r"(?:分享|演讲|演講|报告|報告|讲座|講座)|(?i:gave\s+(?:a|the)\s+(?:talk|lecture|keynote))")
# A separator standing alone on its line: a horizontal rule (---, ***, ___, ＝＝＝), * * *.
# A note saying the record has ended, the convention of Chinese and English transcripts:
# （完）, （全文完）, （本期节目完）, [END], [Transcript ends], (End of recording).
END_NOTE = re.compile(r"完[）)】\]]$|结束|結束|\bend(?:s|ed)?\b", re.IGNORECASE)
SEPARATOR = re.compile(r"^\s*(?:[-*_=~—–─━＝]\s*){3,}$")
"""A line wholly in brackets after the last turn: the page's note (（本欄逢星期一刊出）)."""
SHORT_LINE = 40
"""Characters up to which a line after the last turn may be a footer or a note."""
SENTENCE_MARK = re.compile(r"[。！？!?…；;，,、]|\.(?:\s|$)")
NOT_SENTENCE_WORDS = re.compile(r"[\u3400-\u9fffA-Za-z]")


def not_a_sentence(text: str) -> bool:
    """A short line with no sentence punctuation at all: a footer, a credit, a caption."""
    return (len(text) <= SHORT_LINE and not SENTENCE_MARK.search(text)
            and bool(NOT_SENTENCE_WORDS.search(text)))


def page_credits(text: str) -> bool:
    """A paragraph that names several of a page's own things (制作, 后期, 留言, 邮箱, 订阅 …):
    the credits and contact lines under a transcript, not anyone's words."""
    return len(set(PAGE_NOTICE.findall(text)) | set(MATTER_HINT.findall(text))) >= 3 \
        or bool(re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text))


# An item of a numbered list (1. …, 2.4月15日前…, 三）…): a record's own points, not a page's.
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]")


def back_matter_at(units: list[Unit], kinds: list[tuple[str, str]],
                   set_aside: Iterable[int] = ()) -> int:
    """Where a page's back matter begins after the last turn, or ``len(units)``.

    A web page or a saved transcript ends with lines nobody says: a "listen" link, a notice
    on how the transcript was made, the staff's credit lines, the funders, a disclaimer
    (风险提示：…, （本文由…整理）). Each may look like the last speaker going on, or carry a
    label of its own (``Support Provided By:``, ``Notice:``) seen nowhere else. Read from the
    file's end back to the last turn of a recurring label: a block where no line speaks in
    the first person, thanks or asks, that opens with a line of the page's kind (no sentence,
    a note in brackets, a notice or credit, a label seen once) and holds two such lines, is
    the page's, not speech. Lines the matter layer already set aside there (``set_aside``:
    a rights line, 点击阅读原文) count as the page's too."""
    opens = Counter(unbold(u.label).strip() for u in units if u.label)
    start, strong, paged = len(units), [], False
    for index in range(len(units) - 1, -1, -1):
        unit, (kind, _) = units[index], kinds[index]
        text = (unit.text or "").strip()
        label = unbold(unit.label).strip() if unit.label else ""
        if label and kind in ("host", "speaker", "audience") and (
                opens[label] > 1 or not not_a_sentence(text)):
            break  # a speaker's turn (a label seen once only as a page's: Learn more)
        if FIRST_PERSON.search(text) or is_question(text) or unit.heading \
                or HEADING_MARKER.match(text) or LIST_ITEM.match(text):
            break  # speech, or a part of the record (三、总结, 2. …)
        start = index
        pages = (bool(label) or bool(SEPARATOR.match(unit.raw or text))
                 or bool(BRACKETED_NOTE.match(text)) or page_credits(text)
                 or (len(text) <= 60 and bool(PAGE_NOTICE.search(text)))
                 or (len(text) <= SHORT_LINE and bool(MATTER_HINT.search(text))))
        paged = paged or pages
        strong.append(index if pages or not_a_sentence(text) else -1)
    marked = [i for i in strong if i >= 0]
    if start < len(units):
        after = units[start - 1].lines[-1] if start > 0 and units[start - 1].lines else 0
        aside = [line for line in set_aside if line > after]
        marked += [-2] * len(aside)
        paged = paged or bool(aside)
    # (Two short lines alone, See you next week / Bye, may still be speech: one line at
    # least must be the page's own kind.)
    if len(marked) < 2 or not paged or (start > 0 and units[start - 1].heading):
        return len(units)
    # (Lines above the first of the page's kind are still the last speaker's.)
    return min(i for i in marked if i >= 0) if any(i >= 0 for i in marked) else len(units)


def looks_like_matter(text: str) -> bool:
    """A line of 8 to 40 characters with no punctuation, mid-turn: speech is rarely so."""
    return 8 <= len(text) <= SHORT_LINE and not_a_sentence(text) and not is_question(text)


def _asks(text: str) -> bool:
    """A turn that asks something, wherever its question mark stands."""
    return "？" in text or "?" in text


def heading_text(text: str) -> str:
    return text.strip("#* ").strip()


def _quote(text: str, limit: int = 30) -> str:
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"
