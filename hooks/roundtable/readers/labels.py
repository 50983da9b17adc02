"""Labels found by statistics, not by lists (layer 4 of the reading pipeline).

A person reading a transcript sees its labels without knowing the names: a short prefix
before a colon that opens record after record (``某某科技：``, ``发言人3：``, ``嘉宾甲：``,
``Kevin的iPad：``) is a label, whatever it names. A colon in running text (``原因有三点：``,
``举个例子：``) is not: such a prefix reads as the start of a sentence, and it rarely opens
two records. This module counts the prefixes that open records and says which are labels;
:mod:`.identity` says who each one is, :mod:`.roles` what each one does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .matter import marker_line, stage_notes_only, without_post_nominals
from .names import is_han_name, is_latin_name

# --- what a label looks like: the shapes every labelled-turn reader and the title rule
# share (here, below turns.py and title.py, so that neither imports the other)

DEFAULT_HOST_LABELS = ("主持人", "主持", "记者", "编辑", "提问", "问", "Q", "Host", "Moderator",
                       "Interviewer", "主持人提问", "主播")
# A role written before the name in a label: 主持人 林美玲：, 與談人陳志明：.
ROLE_PREFIX = re.compile(r"^(?P<role>主持人|主持|與談人|与谈人|嘉宾|嘉賓|來賓|来宾|讲者|講者|主讲人|主講人)"  # noqa: E501
                         r"\s*[·・]?\s*(?P<name>\S{2,12})$")
SPEAKER_NUMBER = re.compile(r"^(?:说话人|发言人|讲话人|Speaker|发言者|說話人|發言人)\s*\d+$",
                            re.IGNORECASE)
# Someone in the audience: 观众A, 现场观众, 观众（某券商科技部）, 网友提问; in a meeting app's
# subtitles, a device's display name (Kevin的iPad).
AUDIENCE = re.compile(
    r"""(?x)^(?:
        (?:现场|現場|場內|场内|台下|场下|場下|一位|某位?|另一位|后排|後排|前排)?
          (?:现场|現場|网友|網友|观众|觀眾|听众|聽眾|媒体|媒體|记者|記者)(?:提问|提問)
      | (?:现场|現場|場內|场内|台下|场下|場下|一位|某位?|另一位|后排|後排|前排)?的?
          (?:观众|觀眾|听众|聽眾|网友|網友|提问者|提問者|学员|學員|同学|同學|学生|學生)
          (?:提问|提問)?\s*(?:[A-Za-z甲乙丙丁戊己庚辛]|\d{1,2}|[一二三四五六七八九十]号?)?
          (?:\s*[（(][^）)]{0,30}[）)])?
      # 网友 某某 问, 网友某某追问: a web interview's netizen and the verb that asks
      # (the 人民网/强国论坛 访谈 convention), whatever the netizen's ID
      | (?:网友|網友|观众|觀眾|听众|聽眾)\s*[^\s:：]{1,20}?\s*(?:追问|追問|提问|提問|问|問)
      # 台下提问（一位研究生）, 现场提问: where the asker sits and the verb, who in brackets
      | (?:现场|現場|場內|场内|台下|场下|場下)(?:提问|提問)(?:\s*[（(][^）)]{1,30}[）)])?
      # 网友“潮汐”, 网友「小林」: a netizen's handle in quotes (the same convention)
      | (?:网友|網友|观众|觀眾|听众|聽眾)\s*[“「"『][^”」"』]{1,20}[”」"』]
      | (?:观众|觀眾|听众|聽眾|网友|網友|来电|來電)   # 聽眾陳生, 听众Karen: the role word, then who
          (?:[A-Z][A-Za-z]{1,15}
            | [\u3400-\u9fff]{1,2}(?:生|先生|小姐|女士|太|太太|老师|老師|同学|同學)  # 陳生: Mr Chen
            | [\u3400-\u9fff]{2,3})
      | [^\s:：]{1,20}的(?:iPad|iPhone|MacBook|Mac|手机|手機|电脑|電腦|Android|Galaxy
                          |华为|小米|平板)(?:\s?[^\s:：]{1,12}){0,2}  # Kevin的MacBook Pro
      | (?:iPhone|iPad|Android|Galaxy\S*|用户\d+|用戶\d+|访客\d*|訪客\d*|游客\d*|匿名\S{0,8})
      | (?i:(?:an?\s+)?(?:audience(?:\s+member)?|member\s+of\s+the\s+(?:audience|public)
            |questioner|attendee|participant|floor|caller|student)(?:\s*\d{1,2}|\s+[A-Z])?)
    )$""")
# ``**张伟**：``, ``张伟（华岳大学）：``, ``**邵振宇**（星图地图）：``, ``Dr. Sarah Chen:``
LABELLED = re.compile(
    r"""(?x)^
    (?:[-–—]\s*)?                                                # a dash opening a cue line
    (?:\*\*(?P<bold>[^*:：]{1,30})[:：]\*\*\s*(?P<boldtext>.*)$|  # **Q:** the colon in bold
    \*\*(?P<whole>[^*:：]{1,30})[:：]\s*(?P<wholetext>[^*]+?)\s*\*\*\s*$|  # **Q：…？** all bold
    (?P<label>\*\*[^*:：]{1,30}\*\*(?:\s*[（(][^）)]{1,40}[）)])?   # **name** (affiliation)
      | [^\s:：*（(](?:[^:：*（(]|(?<=[^\s*])\*{2,}(?=[^:：*（(\s]*\s*[:：]|\d)){0,29}?
        (?:\s*[（(][^）)]{1,40}[）)])?  # name (affiliation); a masked id (用户138****5678)
        (?:补充|補充|插话|插話|追问|追問|回应|回應|接话|接話)?)  # …补充: how it comes in
    \s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*
    (?P<text>.*)$)"""
)


def unbold(label: str) -> str:
    """The label without its bold markup (``**张伟**`` → ``张伟``), its masked ids kept: a run
    of stars between characters, or after them with no opening pair, hides part of an id
    (``用户138****5678``, ``投资者 1**********6``, ``网友***``: how platforms mask a phone
    number or a user id), and is the label's own."""
    label = re.sub(r"\*\*(?=[^*\s])([^*]+?)(?<=[^*\s])\*\*(?!\*)", r"\1", label)
    return re.sub(r"^\*\*(?!\*)", "", label)


# A number opens a label only as where someone sits or lives (3号座位家长, 5栋的…) or as
# the start of a name that is a word, not a count or a date: an outlet's or a company's name
# (an outlet whose name begins with digits is a convention of Chinese media: 21世纪…, 51…),
# never 3点, 2024年, 10月, 1、, 12: the digits then a unit of time, of counting or a mark.
NUMBERED_NAME = re.compile(
    r"^\d{1,3}(?:号|號|栋|棟|排|座|床)\S"
    r"|^\d{1,4}(?![\d年月日号號时時点點分秒个個条條种種位名岁歲次期届屆天周週楼樓层層级級"
    r"块塊元万萬亿億成倍%％.．、，,:：\s\-])[A-Za-z\u3400-\u9fff]")


# A record wholly in one pair of brackets (【主持人：…】, ［主持：…］, [Chair: …]).
ENCLOSED_TURN = re.compile(r"^(?:【(?P<a>[^【】]+)】|\[(?P<b>[^\[\]]+)\]|〔(?P<c>[^〔〕]+)〕"
                           r"|［(?P<d>[^［］]+)］)$")


# The asker's letter set off by a tab or a run of spaces, no colon: the convention of US
# official briefing transcripts (White House, State Department, Pentagon: ``Q    Thanks…``),
# where every reporter is the same bare ``Q``; 问　… set off by a full-width space likewise.
SPACED_ASKER = re.compile(r"^(?P<label>Q|问|問)(?:\t+|[ \u3000]{2,}|\u3000)(?P<text>\S.*)$")


def split_label(text: str) -> tuple[str, str]:
    """``(label, rest)`` of a line that opens with ``label：``; ``("", text)`` otherwise."""
    spaced = SPACED_ASKER.match(text)
    if spaced:
        return spaced.group("label"), spaced.group("text").strip()
    enclosed = ENCLOSED_TURN.match(text.strip())
    if enclosed:
        # 【主持人：…】: a record set wholly in brackets, its label inside (minutes set the
        # chair's words apart so): the label and the words, without the brackets.
        inner = next(group for group in enclosed.groups() if group)
        label, rest = split_label(inner) if re.search(r"[:：].", inner) else ("", "")
        # ([SLIDE: “…”], [Applause: 30 s]: a note on the room, a caption quoted: no turn.)
        if label and not stage_notes_only(f"[{label}]") \
                and not re.fullmatch(r"[“\"「『‘'].*[”\"」』’']", rest) and not label.isupper():
            return label, rest
    match = LABELLED.match(text)
    if not match:
        described = DESCRIBED.match(text)
        if described and not SENTENCE_MARKS.search(described.group("name")):
            # (The holder's own description nested inside, their seat and party, is dropped:
            # ``The Chair (Mr. Jane Roe (Ottawa Centre, Lib.))`` is the Chair, Jane Roe.)
            what = re.sub(r"\s*[（(][^（）()]*[）)]", "", described.group("what")).strip()
            label = f"{described.group('name').strip()} ({what})" \
                if what != described.group("what") else described.group("label").strip()
            return label, described.group("text").strip()
        return "", text
    if match.group("bold"):
        return match.group("bold").strip(), match.group("boldtext").strip()
    if match.group("whole"):
        # A line set wholly in bold that opens with its label, as blogs set the interviewer's
        # question (**Q：…？**): the label as in **Q：**, its words the rest; a bold sentence
        # whose "label" holds sentence marks (**注意，下面：…**) stays a sentence. (Whether a
        # prefix is a label at all the statistics say, as for any other.)
        label = match.group("whole").strip()
        if SENTENCE_MARKS.search(label):
            return "", text
        return label, match.group("wholetext").strip()
    label = match.group("label").strip()
    # (A comma inside the label's bracket is its affiliation's: Audience member (student,
    # Binhai University):.)
    bare = re.sub(r"[（(][^）)]*[）)]$", "", label)
    if re.search(r"https?$|[。，,！？!?\[\]]", bare) or (
            bare[:1].isdigit() and not NUMBERED_NAME.match(bare)):
        return "", text
    if re.search(r"[\s(（\[]\d{1,2}$", label) and re.match(r"\d{2}", match.group("text")):
        return "", text  # 说话人1 00:01:23: the colon is the time's, not a label's
    if re.search(r"\d{1,2}$", label) and re.match(r"\d{2}(?!\d)", match.group("text")):
        return "", text  # 将于14:00在…举行: a clock time's colon inside a sentence
    return label, match.group("text").strip()


# A label whose description in brackets is long or holds brackets of its own, the way
# parliamentary records describe each person the first time they speak (Hansard): a post and
# who holds it with their seat and party (``The Chair (Mr. Jane Roe (Ottawa Centre, Lib.)):``,
# ``The CHAIR (Senator Jane Roe):``), a witness with post and organisation
# (``Dr. Jane Roe (Professor, Faculty of Law, University of X, As an Individual):``). Later
# turns use the bare form (``The Chair:``, ``Dr. Jane Roe:``); identity.py reads who.
DESCRIBED = re.compile(
    r"^(?P<label>(?P<name>[A-Z\u3400-\u9fff][^:：()（）]{0,30}?)\s*[（(]"
    r"(?P<what>(?:[^（）()]|[（(][^（）()]{1,60}[）)]){4,160})[）)])\s*[:：]\s*(?P<text>.*)$")


# A label in brackets opening a record: 【主持人】…, [张伟] …, 〔嘉宾甲〕：…
# Words inside may be spaced ([Dr. Priya Raman], [严澍 · 澜图科技CTO]) but not a sentence.
BRACKETED = re.compile(r"^[【\[〔［](?P<label>[^】\]〕］\s](?:[^】\]〕］]{0,38}[^】\]〕］\s])?)[】\]〕］]\s*[:：]?\s*(?P<text>.*)$")  # noqa: E501
# What a colon in running text follows: a verb that introduces words or a list, a count,
# an enumerating word (原因有三点：, 他说：, 比如：, 第一：, 结论是：, 具体如下：). People read a
# colon after such words as punctuation inside a sentence, never as a speaker's label.
RUNNING_TEXT = re.compile(
    r"""(?x)(?:
        (?<=\S)[说說讲講道问問答曰称稱写寫]$   # (问： alone is the Q&A label, 他问： a verb)
      | 是$ | 为$ | 為$ | 如下$ | 以下$ | 包括$ | 分别$ | 分別$
      | 有[一二三四五六七八九十两兩几幾\d]+[点點个個条條种種方面]$
      | [一二三四五六七八九十两兩\d]+[点點个個条條种種]$
      | ^(?:比如|例如|譬如|举例|舉例|举个例子|舉個例子|打个比方|打個比方|总之|總之|总结|總結
           |首先|其次|再次|最后|最後|另外|此外|第[一二三四五六七八九十\d]+|一是|二是|三是
           |注意|提示|重点|重點|结论|結論|问题|問題|原因|理由|答案|结果|結果|关键|關鍵
           |换句话说|換句話說|也就是说|也就是說|简单来说|簡單來說|所以|但是|不过|不過|因为|因為)
    )""")
# Sentence punctuation never stands inside a label, nor markup (a saved page's </div>).
SENTENCE_MARKS = re.compile(r"[。，,！？!?；;…“”「」\"<>=]")
LONGEST_LABEL = 24
"""Characters a label may have (a title, a name, an affiliation in brackets)."""
RECURRING = 2
"""Records a prefix must open to be a label by statistics alone."""


ONE_OFF_LABEL = re.compile(r"^(?:[\u3400-\u9fff]|[A-Za-z0-9]){2,10}$")
"""A one-off prefix that may be a label where every record has one: a short run of Han
characters, letters or digits with no space or mark (小宇妈妈, 3号座位家长, Guest2)."""


MASKED_ID = re.compile(r"\s?[0-9A-Za-z]{0,6}\*{2,}[0-9A-Za-z]{0,6}")


def masked_stem(label: str) -> str:
    """The words of a label that holds a masked id (``用户138****5678`` → ``用户``,
    ``Caller 07****21`` → ``Caller``), the id taken out; ``""`` for a label without one."""
    bare = unbold(label).strip()
    if not re.search(r"[^*\s]\s?[0-9A-Za-z]{0,6}\*{2,}", bare):
        return ""
    return MASKED_ID.sub("", bare).strip() or "*"


# The number in a label that seats a speaker by number, in the forms the languages write it:
# 1号陈述人, 一号答辩人, 第二位嘉宾, 正方一辩, 发言人3, P2, A1, No. 4, ①.
_SEAT_NUMBER = re.compile(r"(?:No\.?\s*|第)?(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[①-⑳])"
                          r"(?:号|號|位|辩|辯)?")


def numbered_stem(label: str) -> str:
    """The words of a label that seats its speaker by number, the number taken out
    (``1号陈述人`` → ``#陈述人``, ``正方一辩`` → ``正方#``, ``P3`` → ``P#``); ``""`` for a label
    without one, or with nothing but a number."""
    bare = unbold(label).strip()
    if len(bare) > 12 or running_text(bare):
        return ""
    found = list(_SEAT_NUMBER.finditer(bare))
    if len(found) != 1:
        return ""
    match = found[0]
    kept = bare[:match.start()] + "#" + bare[match.end():]
    words = kept.replace("#", "").strip()
    if not words or not re.fullmatch(r"[A-Za-z\u3400-\u9fff ]{1,10}", words):
        return ""
    # (A name with 一 or 十 in it, 张一鸣, is no seat: a seat's number stands at an end
    # of the label or before 号/辩/位.)
    if not (match.start() == 0 or match.end() == len(bare)
            or re.search(r"[号號位辩辯]$", match.group(0))):
        return ""
    return re.sub(r"\s+", " ", kept)


def _symbol_char(char: str) -> bool:
    # An emoji or a symbol, with what joins and tints it (ZWJ, variation selectors, skin tones)
    return unicodedata.category(char) in ("So", "Sk", "Sm") or char in "\u200d\ufe0e\ufe0f\u20e3"


def leading_mark(label: str) -> str:
    """The symbol a label opens with before a word (``✋ 李同学`` → ``✋``, ``★张伟`` →
    ``★``), else "": a house style's or a note's mark for a kind of speaker (the raised hand
    before each audience asker, a star before each guest), no part of who speaks."""
    end = 0
    while end < len(label) and _symbol_char(label[end]):
        end += 1
    if not end or end == len(label):
        return ""
    rest = label[end:].lstrip()
    return label[:end] if rest and rest[0].isalnum() else ""


def unmarked(label: str) -> str:
    """A label without its leading mark (``✋ 李同学`` → ``李同学``); a label that is
    all symbols (🎤) is left as it is."""
    mark = leading_mark(label)
    return label[len(mark):].strip() if mark else label


def one_off_label(label: str) -> bool:
    """Whether a prefix seen once has a label's shape: short, one word, no sentence."""
    bare = unbold(label).strip()
    # (A pronoun makes it a sentence's start: 我先问一个问题：…)
    return bool(ONE_OFF_LABEL.match(bare)) and not running_text(bare) \
        and not re.search(r"[我你您咱]|大家|他们|她们", bare)


def running_text(label: str) -> bool:
    """Whether a prefix before a colon reads as the start of a sentence, not as a label."""
    bare = unbold(label).strip()
    return (not bare or len(bare) > LONGEST_LABEL or bool(SENTENCE_MARKS.search(bare))
            or bool(RUNNING_TEXT.search(bare)))


def bracketed_label(text: str) -> tuple[str, str]:
    """``(label, rest)`` of a record opening with a bracketed label and words after it."""
    match = BRACKETED.match(text)
    if (not match or not match.group("text") or SENTENCE_MARKS.search(match.group("label"))
            or stage_notes_only(f"[{match.group('label')}]")):
        return "", text  # ([掌声] 谢谢。: a stage note before words is no one's name)
    return match.group("label"), match.group("text")


def names_a_label(prefix: str, labels: Iterable[str]) -> bool:
    """Whether a prefix seen once ends with a recurring label after words of its own
    (对话某某 · 专访某某·某某 · 独家对话 某某 before ``某某：`` turns): a headline naming the
    speaker before its subject (对话某某：…还有多远), not a turn's label."""
    bare = unbold(prefix).strip()
    if ROLE_PREFIX.match(bare) or _ROLE_BEFORE.match(bare):
        return False  # 主持人张伟 then 张伟: a role word before the name, a label
    for label in labels:
        label = unbold(label).strip()
        if len(label) >= 2 and bare.endswith(label) and len(bare) - len(label) >= 2:
            # (A word or two run into the name, 对话 · 专访 · 独家对话: a post set apart by a
            # space before the name, 某某局局长　某某, is the label's own.)
            before = bare[:-len(label)]
            if re.fullmatch(r"[\u3400-\u9fff]{5,12}[·・•‧･.]", before):
                # 对话埃琳娜·瓦斯克斯: a word, then the transliteration's given name (five
                # characters at least: 奥尔加·彼得罗娃 alone is the name).
                return True
            if re.fullmatch(r"[\u3400-\u9fff]{2,4}", before) and not re.search(
                    r"(?:长|任|记|员|师|人|官|总|家|者|士|授|理|监|席|生)$", before):
                return True
    return False


def glued_labels(texts: Iterable[str]) -> set[str]:
    """Labels in brackets glued to the words they open, with no colon ([主持人]各位好…,
    【嘉宾】…), where the file uses them so: two bracketed prefixes or more that each open
    two records or more. Then a bracketed prefix of a label's shape that opens a record once
    is a label too ([网友“潮汐”]…: an asker heard once, quotes around their handle)."""
    opening = Counter()
    for text in texts:
        match = BRACKETED.match(text.strip())
        if match and match.group("text") and not stage_notes_only(f"[{match.group('label')}]"):
            opening[match.group("label").strip()] += 1
    recurring = {label for label, count in opening.items() if count >= RECURRING
                 and not SENTENCE_MARKS.search(label) and not running_text(label)}
    if len(recurring) < 2:
        return set()
    return recurring | {label for label in opening if len(label) <= LONGEST_LABEL
                        and not re.search(r"[。，,！？!?；;…<>=]", label)}


def glued_label(text: str, labels: set[str]) -> tuple[str, str]:
    """``(label, rest)`` of a record opening with one of the file's glued labels."""
    match = BRACKETED.match(text.strip()) if labels else None
    if match and match.group("label").strip() in labels and match.group("text"):
        return match.group("label").strip(), match.group("text").strip()
    return "", text


# The role word a label may carry before the letter, number or name that tells its holder
# apart (嘉宾 A, 嘉宾乙, 观众2, 主持人 林): the label's short form drops it.
_ROLE_BEFORE = re.compile(
    r"(?:主持人|主持|與談人|与谈人|嘉宾|嘉賓|來賓|来宾|讲者|講者|主讲人|主講人|受访者|受訪者"
    r"|专家|專家|代表|观众|觀眾|听众|聽眾|网友|網友|同学|同學|Guest|Speaker|Panelist)"
    r"\s*[·・]?\s*")


# The head word a post ends with, written before its holder's name in council and committee
# records (經濟財政司司長某某, 某某局副局長某某, 某某委員會主任某某, 行政長官某某, 某某部部长某某).
_POST_BEFORE = re.compile(
    r"[\u3400-\u9fff]{1,14}(?:長|长|長官|长官|主任|主席|委員|委员|議員|议员|總監|总监|顧問|顾问"
    r"|秘書|秘书|書記|书记|專員|专员|總裁|总裁|經理|经理|處長|处长|代表)$")


def short_form(short: str, full: str) -> bool:
    """Whether ``short`` is how a file shortens the label ``full`` once it has been given:
    the holder without the role word before it (A of 嘉宾 A, 乙 of 嘉宾乙), or a Han full
    name's surname or given name (林 or 远舟 of 林远舟)."""
    short, full = unbold(short).strip(), unbold(full).strip()
    if not short or short == full or not full.endswith(short) and not full.startswith(short):
        return False
    if full.endswith(short) and _ROLE_BEFORE.fullmatch(full[:-len(short)]):
        return True
    if full.endswith(short) and full[:-len(short)].endswith("\u3000") and len(short) >= 2:
        return True  # 某局副局长　王某某 then 王某某: a post, a full-width space, the name
    if full.endswith(short) and re.fullmatch(r"[\u3400-\u9fff]{2,4}", short) \
            and _POST_BEFORE.search(full[:-len(short)]):
        return True  # 某某司司長王某某 then 王某某: a council's official by post, then by name
    return is_han_name(full) and len(full) >= 3 and 1 <= len(short) <= 2 \
        and (full.startswith(short) or len(short) == 2)


@dataclass
class LabelStats:
    """How often each prefix opens a record of the file, and where."""

    opens: Counter = field(default_factory=Counter)
    first: dict[str, int] = field(default_factory=dict)
    """The index of the first record each prefix opens."""
    last: dict[str, int] = field(default_factory=dict)
    """The index of the last record each prefix opens."""
    records: int = 0
    marks: dict[str, str] = field(default_factory=dict)
    """The symbol each label was written after (✋ before 李同学), where the name read
    from the label dropped it."""

    @classmethod
    def of(cls, labels: Iterable[str], marks: dict[str, str] | None = None) -> LabelStats:
        """Statistics of the labels (``""`` for a record without one), in record order;
        ``marks`` the symbol a label's name was written after, where it was."""
        stats = cls(marks=dict(marks or {}))
        for index, label in enumerate(labels):
            stats.records += 1
            if label:
                stats.opens[label] += 1
                stats.first.setdefault(label, index)
                stats.last[label] = index
        return stats

    def is_label(self, label: str) -> bool:
        """A prefix that opens records again and again and does not read as running text:
        a label, whatever it names (a person, a role, an outlet, a device, 嘉宾甲). A label
        written in full once and then short (嘉宾 A then A) opens its records in both forms,
        so the forms are counted together."""
        if running_text(label):
            return False
        opens = self.opens[label]
        if 0 < opens < RECURRING:
            opens += sum(count for other, count in self.opens.items()
                         if short_form(other, label) or short_form(label, other))
        if 0 < opens < RECURRING and masked_stem(label):
            # Masked ids under one word (听众159****0832, 听众137****4410): each id may
            # open one record, the word before the mask recurs as the label's kind.
            opens = sum(count for other, count in self.opens.items()
                        if masked_stem(other) == masked_stem(label))
        if 0 < opens < RECURRING and (stem := numbered_stem(label)):
            # Seats under one word (1号陈述人 … 5号陈述人, 正方一辩 … 正方四辩, P1 … P6): each
            # seat may speak once, the word round the number recurs as the label's kind.
            kin = [other for other in self.opens if numbered_stem(other) == stem]
            if len(kin) > 1:
                opens = sum(self.opens[other] for other in kin)
        if 0 < opens < RECURRING and (mark := self.mark_of(label)):
            # One mark before several labels (✋ 李同学：, ✋ 一位老师：; ★ 张伟：,
            # ★ 李娜：): each asker may speak once, the mark recurs as the labels' kind.
            # A mark before items that follow each other (📍 成本： 📍 周期： 📍 风险：)
            # is a list's bullet, its "labels" the items' heads: speakers take turns between.
            kin = [other for other in self.opens if self.mark_of(other) == mark]
            places = sorted(self.first[other] for other in kin)
            if len(kin) > 1 and all(b - a > 1 for a, b in zip(places, places[1:], strict=False)):
                opens = sum(self.opens[other] for other in kin)
        return opens >= RECURRING

    def mark_of(self, label: str) -> str:
        return self.marks.get(label) or leading_mark(label)

    def among_labels(self, label: str) -> bool:
        """Whether a prefix opens a record between the first and the last turn of the
        file's recurring labels (not a header's or a footer's key: 时间：, 记录人：)."""
        labels = self.labels()
        return bool(labels) and label in self.first and min(
            self.first[lab] for lab in labels) < self.first[label] < max(
            self.last[lab] for lab in labels)

    def labels(self) -> list[str]:
        """The file's labels, in order of first appearance."""
        return sorted((label for label in self.opens if self.is_label(label)),
                      key=lambda label: self.first[label])

    def share(self) -> float:
        """The part of the records that labels open: near 1 in a labelled transcript."""
        labelled = sum(self.opens[label] for label in self.labels())
        return labelled / self.records if self.records else 0.0


ALONE_SHAPE = re.compile(r"^(?:\*\*)?(?P<label>[^\s:：*（(][^:：*（()]{0,15}?)(?:\*\*)?"
                         r"\s*(?:[（(][^）)]{1,30}[）)])?\s*[:：]?$")


def standalone_labels(texts: list[str], known: Callable[[str], bool]) -> set[int]:
    """The indices of lines that are a label alone on its line, labelling what follows
    (主持人 / 梁思远 / 听众乙（中学生物教师）, each over its words). A short line that is no
    sentence is such a label when the same line recurs as a whole line, or when ``known``
    says its word is a role (主持人, 听众甲); and only in a file where at least two of them
    recur, so a lone heading is never taken for one."""
    candidates: dict[int, str] = {}
    honoured: set[int] = set()
    for index, text in enumerate(texts[:-1]):
        label = alone_label(text)
        # (A record's language or clock mark over a turn, [English] · ● (1105), is no one's
        # label, however often it recurs: the turn under it carries its own.)
        if label and not running_text(label) and texts[index + 1].strip() \
                and not marker_line(text):
            candidates[index] = label
            if without_post_nominals(text.strip()) != text.strip() \
                    or _named_with_affiliation(alone_line(text)) or role_letter(text):
                honoured.add(index)
    counts = Counter(candidates.values())
    recurring = [label for label, count in counts.items() if count >= RECURRING]
    if len(recurring) < 2:
        return set()
    # (A name with honours after its comma, 某某議員, J.P., is someone's even once; so is a
    # person's name with what they do in brackets, 陆某（某大学教授）, which web transcripts set
    # over a speaker's first words and shorten later to 陆教授.)
    return {index for index, label in candidates.items()
            if counts[label] >= RECURRING or known(label) or index in honoured}


_WITH_AFFILIATION = re.compile(
    r"^\**(?P<name>[^（(*]{2,20}?)\**\s*[（(](?P<what>[^）)]{4,40})[）)]$")


def _named_with_affiliation(label: str) -> bool:
    """A person's name followed by what they do in brackets (陆某（某大学教授）, Jane Doe (Acme
    Labs)); not a caption's side (张伟（左）) or a heading."""
    match = _WITH_AFFILIATION.match(label.strip())
    if not match:
        return False
    name = match.group("name").strip()
    return is_han_name(name) or is_latin_name(name)


# A name and what the person does after a vertical bar, the way web articles set a speaker's
# caption (张伟 | 某某科技 CTO, **张伟｜某某科技 CTO**): the same as the bracket form.
_BAR_CAPTION = re.compile(r"^(?P<bold>\*\*)?(?P<name>[^\s:：*|｜丨（(][^:：*|｜丨（()]{0,15}?)"
                          r"\s*[|｜丨]\s*(?P<caption>[^:：*|｜丨（()]{1,30}?)\s*(?P=bold)?$")
# A middle dot with a space either side is such a bar (张伟 · 某某科技), once in the line and
# after a name with no digit (a comment's stamp, 2h ago · Reply · 14 likes, is none); a
# transliterated name's dot, 马库斯·魏德曼, has no space.
_DOT_CAPTION = re.compile(r"^(?P<bold>\*\*)?"
                          r"(?P<name>[^\s\d:：*|｜丨（(·・•][^\d:：*|｜丨（()·・•]{0,15}?)\s+[·・•]\s+(?P<caption>[^:：*|｜丨（()·・•]{1,30}?)\s*(?P=bold)?$")
# A house style's mark before every label alone on its line (▍张伟, ■ 主持人, ● Jane Doe): a
# symbol, no letter, and no part of the name.
_LEADING_MARK = re.compile(
    r"^[\u2580-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff]+\s*(?=\w)")


# What a terminal sets after a name alone on its line and is no part of it: a database's id
# in braces (``{BIO 20178845 <GO>}``). (A time after the name is the stt reader's shape.)
TRAILING_NOISE = re.compile(r"(?:\s*\{[^{}]{1,40}\})+$")
# A role's letter before the name, as financial-terminal and press-conference transcripts set
# it in their Q&A part (``Q - Jane Roe``, ``A - John Doe``): Q asks, A answers.
ROLE_LETTER = re.compile(r"^(?P<letter>[QA])\s+[-–—]\s+(?=\S)")


def role_letter(text: str) -> str:
    """``Q`` or ``A`` when a label alone on its line carries the letter of its role."""
    match = ROLE_LETTER.match(text.strip())
    return match.group("letter") if match else ""


def alone_line(text: str) -> str:
    """A line that may be a label alone on its line in the shape ALONE_SHAPE reads: its
    honours after a comma dropped, a caption after a bar put in brackets, an id in braces
    after it and a role's letter before it dropped."""
    text = text.strip()
    if TRAILING_NOISE.search(text) and TRAILING_NOISE.sub("", text).strip():
        text = TRAILING_NOISE.sub("", text).strip()
    text = ROLE_LETTER.sub("", text)
    text = _LEADING_MARK.sub("", text)
    text = without_post_nominals(text)
    bar = _BAR_CAPTION.match(text) or _DOT_CAPTION.match(text)
    # (A byline's role word before the bar and a name after it, 文丨某某 · 编辑丨某某, is the
    # other way round: a caption describes, it is no bare name.)
    if bar and not is_han_name(bar.group("caption").strip()) \
            and not is_latin_name(bar.group("caption").strip()):
        bold = bar.group("bold") or ""
        text = f"{bold}{bar.group('name').strip()}{bold}（{bar.group('caption').strip()}）"
    return text


def alone_label(text: str) -> str:
    """The label of a line that may be a label alone on its line, else "": a short word,
    maybe in bold, with a bracket and a colon (主持人 · 听众乙（中学生物教师）：), a name with
    its honours after a comma (某某議員, M.H. · Jane Doe, OBE), which are dropped, or with its
    caption after a bar (张伟 | 某某科技 CTO)."""
    match = ALONE_SHAPE.match(alone_line(text))
    return match.group("label").strip() if match else ""


# A role word with its holder in brackets: 主持（何美華）, 嘉賓（梁穎詩博士）, 问1（李振华委员）,
# 追问（李振华委员）, Q (Dr. Osei). The word says what the turn does (asks, hosts, answers,
# audience); the brackets say who. The holder's position or title after the name (委员, 主席,
# 博士, 教授) is not part of the name.
ASK_WORD = re.compile(r"^(?:问|問|追问|追問|提问|提問|Q)\s*\d{0,3}$")
HELD_ROLE = re.compile(r"^(?P<role>[^\s（(]{1,6}?)\s*[（(](?P<who>[^）)]{2,30})[）)]$")
# A question's number before who asks it, no brackets (Q5 Dr Jane Roe:, 问3 李振华委员：):
# committee evidence and hearing records number each member's question so (the UK
# Parliament's oral evidence convention; Chinese 听证 records write 问1). Whoever is numbered
# asks, whatever their label elsewhere.
NUMBERED_ASKER = re.compile(r"^(?P<role>(?:Q|问|問)\s?\d{1,3})\.?(?:\s+|(?=[\u3400-\u9fff]))"
                            r"(?P<who>\S[^（()]{1,30})$")
_HOLDER_TITLE = re.compile(
    r"(?:委员|委員|主席|副主席|秘书|秘書|教授|副教授|博士|老师|老師|先生|女士|小姐|医生|醫生"
    r"|研究员|研究員|主任|院士|工程师|工程師|高级工程师|高級工程師)$")
_LATIN_HOLDER = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?"
                           r"(?P<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2})$")


def held_role(label: str) -> tuple[str, str] | None:
    """``(role word, person)`` of a label that names a role and its holder in brackets, or
    ``None``: ``问1（李振华委员）`` → ``("问1", "李振华")``; ``主持（何美華）`` → ``("主持",
    "何美華")``. A bracket that holds no person's name (张伟（华岳大学）, an affiliation) is
    not such a label."""
    match = HELD_ROLE.match(unbold(label).strip()) \
        or NUMBERED_ASKER.match(unbold(label).strip())
    if not match:
        return None
    role, who = match.group("role"), match.group("who").strip()
    if not (ASK_WORD.match(role) or ROLE_PREFIX.match(f"{role}某某") or AUDIENCE.match(role)
            or role in DEFAULT_HOST_LABELS):
        return None  # 张伟（华岳大学）: a name and where they work
    latin = _LATIN_HOLDER.match(who)
    if latin:
        return role, latin.group("name")
    name = who
    while (shorter := _HOLDER_TITLE.sub("", name)) != name and len(shorter) >= 2:
        name = shorter
    if _HOLDER_TITLE.search(name):
        return None  # 主持人（科主任）: a position, nobody named
    if is_han_name(name) or re.fullmatch(r"[\u3400-\u9fff]{1,8}(?:[·・][\u3400-\u9fff]{1,8})+",
                                         name):
        return role, name
    return None


# A post's role word before the poster's handle (a web interview's 问@网友 / 答@嘉宾, a forum's
# Q: @someone): the word says whether the post asks or answers, the handle who posts. Only a
# handle (an @) is read so: 答辩人 or 问题 are words, not a role and a handle.
# A group share's Q&A numbers its posts (Q1 @河边的鱼, 问2 @某某): the number changes nothing.
POSTED = re.compile(r"^(?P<role>问|問|答|追问|追問|提问|提問|回答|Q|A)\s*(?:\d{1,3}\s*[.、]?)?"
                    r"\s*[:：]?\s*@(?P<handle>[^\s@:：]{1,30})$")
HANDLE = re.compile(r"^@(?P<handle>[^\s@:：]{1,30})$")


def posted_role(label: str) -> tuple[bool, str] | None:
    """``(asks, handle)`` of a label that is a role word and a handle (问@江南小满 →
    ``(True, "江南小满")``, 答@沈知秋-某某 → ``(False, "沈知秋-某某")``), or ``None``."""
    match = POSTED.match(unbold(label).strip())
    if not match:
        return None
    return match.group("role") not in ("答", "回答", "A"), match.group("handle")


# A label closed by a period instead of a colon, as US congressional hearings and the
# Congressional Record set their speakers (``Mr. Smith. Thank you…``, ``The CHAIRMAN. The
# committee will…``) and as some play scripts do (``HAMLET. To be…``): a title and a name, a
# name of two or three words, or one word in capitals, then a period and the words.
PERIOD_LABEL = re.compile(
    r"""(?x)^(?P<lead>\s*)(?P<label>
        (?:The\s+)?(?:(?i:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Sen|Rep|Gen|Col)\.\s+
                    |[A-Z][A-Za-z'’\-]+\s+){0,3}[A-Z][A-Za-z'’\-]+)
    \.[ \t]+(?=\S)""")


_TITLE_ONLY = re.compile(r"(?i)^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|Sen|Rep|Gen|Col|St)$")


def period_labels(lines: list[str]) -> dict[int, str]:
    """The lines of a file whose labels end with a period (``Mr. Smith. Thank you``), each
    rewritten with a colon (``Mr. Smith: Thank you``), or none. The period is the label's
    only where the file shows it so: at least two such prefixes, each opening two lines or
    more, and each with a name's shape (two words at least, or one in capitals), so that a
    sentence's ``Yes.`` or ``Thank you.`` is never a label."""
    found: dict[int, re.Match[str]] = {}
    for index, line in enumerate(lines):
        match = PERIOD_LABEL.match(line)
        if not match:
            continue
        words = match.group("label").split()
        if len(words) == 1 and not (words[0].isupper() and len(words[0]) >= 2) \
                or _TITLE_ONLY.match(match.group("label")):
            continue  # (MS. WHITFIELD: …: a title's period inside a colon's label)
        found[index] = match
    counts = Counter(match.group("label") for match in found.values())
    recurring = {label for label, count in counts.items() if count >= RECURRING}
    if len(recurring) < 2:
        return {}
    return {index: f"{match.group('lead')}{match.group('label')}: {lines[index][match.end():]}"
            for index, match in found.items() if match.group("label") in recurring}


# --- an editor's or a note-taker's note that hands the following answers to someone: where
# two or more people share one bare answer mark (A：, 答：, Guest:), the record says in a note
# between the turns whose answers follow. Conventions of Chinese and English print interviews:
# （以下问题由X回答）, （以下回答来自X）, 【以下为X的回答】, 【X补充】, (X answers), [Answers
# below are X's], (The following answers are from X).
_HAN_WHO = r"(?P<who>[\u3400-\u9fff·]{2,8}?)"
_LATIN_WHO = r"(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
HANDOVER_NOTES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"^以下(?:的)?(?:问题|問題|回答|答复|答覆|部分|内容|內容|几个问题|幾個問題)?(?:均|都|皆)?"
    rf"(?:由|請|请){_HAN_WHO}(?:来|來)?(?:回答|作答|解答|答复|答覆|回应|回應|答)$",
    rf"^以下(?:的)?(?:回答|答复|答覆|内容|內容|部分)?(?:均|都|皆)?(?:来自|來自|出自|为|為|是)"
    rf"{_HAN_WHO}(?:的(?:回答|答复|答覆|观点|觀點|部分))?$",
    rf"^{_HAN_WHO}(?:补充|補充|接着回答|接著回答|回答|作答)$",
    rf"^{_LATIN_WHO}\s+(?:answers|responds|replies|takes\s+(?:the\s+)?(?:following|next)"
    rf"(?:\s+questions?)?)(?:\s+(?:below|from\s+here|the\s+following(?:\s+questions?)?))?$",
    rf"^(?:the\s+)?(?:following|next|remaining)\s+(?:answers?|questions?)\s+(?:are|is|were)?"
    rf"\s*(?:answered\s+by|from|by)\s+{_LATIN_WHO}$",
    rf"^answers?\s+below\s+(?:are|is|by|from)\s+{_LATIN_WHO}(?:’s|'s)?$",
))
_NOTE_BRACKETS = re.compile(r"^\s*(?:（(?P<a>[^（）]{2,40})）|\((?P<b>[^()]{2,60})\)"
                            r"|【(?P<c>[^【】]{2,40})】|\[(?P<d>[^\[\]]{2,60})\]"
                            r"|［(?P<e>[^［］]{2,40})］)\s*$")


def handed_to(text: str) -> str:
    """The person a note between turns hands the following answers to, or "": a paragraph
    wholly in brackets that says whose the answers below are (（以下问题由某某回答）,
    【以下为某某的回答】, 【某某补充】, (Dana Whitfield answers)). Only a note wholly in
    brackets: the same words in running text are somebody's sentence."""
    bracketed = _NOTE_BRACKETS.match(text)
    if not bracketed:
        return ""
    note = next(group for group in bracketed.groups() if group).strip().rstrip("。.：:")
    for pattern in HANDOVER_NOTES:
        match = pattern.match(note)
        if not match:
            continue
        who = match.group("who").strip()
        if is_han_name(who) or (" " in who and is_latin_name(who)) \
                or re.fullmatch(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z][\w’'-]+", who):
            return who
    return ""


# --- the writer's own voice dressed as a label: a note-taker's or an editor's asides set out
# like turns (我：…, 笔者：…, 记者注：…, 编者按：…, My note: …, Editor's note: …). A word
# that says it is a note (…注, …按, note) is never a speaker; the writer's first person (我,
# 笔者, 本人) is a speaker only where it asks (a blogger interviewing someone as 我：…？), so a
# first-person label none of whose turns asks is the writer commenting: narration.
WRITER_NOTE_LABEL = re.compile(
    r"^(?:记者注|記者注|编者注|編者注|编者按|編者按|编注|編注|笔者注|筆者注|作者注|译者注|譯者注"
    r"|记录人注|記錄人注|记录者注|整理者注|整理注|小编注|小編注"
    r"|(?:my|editor[’']?s|author[’']?s|ed\.|transcriber[’']?s|note[- ]?taker[’']?s)\s+notes?"
    r")$", re.IGNORECASE)
# (A bare 注：/Note: is left out: a header's field says so too, Note: "…" in an export.)
WRITER_SELF_LABEL = re.compile(r"^(?:我|笔者|筆者|本人|小编|小編|Me|Myself)$")


def writer_labels(turns: Iterable[tuple[str, str]],
                  asks: Callable[[str], bool]) -> set[str]:
    """The labels (of ``(label, text)`` turns) that are the writer's own asides, not anyone's
    speech: a note word always; the writer's first person when none of its turns ``asks``."""
    turns = list(turns)
    found = {label for label, _ in turns if WRITER_NOTE_LABEL.match(unbold(label).strip())}
    selves = {label for label, _ in turns if WRITER_SELF_LABEL.match(unbold(label).strip())}
    found |= {label for label in selves
              if not any(asks(text) for other, text in turns if other == label)}
    return found


# --- a label that says in brackets what the turn does to someone: 戴某（反问黎某）：, 王某
# （问李某）：, 周某（向陈某提问）：, Dana (to Ravi):, Ravi (asking Dana): the speaker puts a
# question to another (an asking verb always; an English "to X" where the turn asks).
ACTION_LABEL = re.compile(
    r"^(?P<who>[^（(]{1,30}?)\s*[（(]\s*(?:(?P<asks>反问|反問|追问|追問|提问|提問|转问|轉問|问|問"
    r"|向\S{1,12}?(?:提问|提問|发问|發問))|(?P<to>to|asks?|asking|questions?(?:\s+(?:to|for))?)"
    r"\s)\s*(?P<whom>[^）()]{0,30})[）)]$", re.IGNORECASE)


def asking_action(label: str, asking: bool) -> str:
    """The speaker of a label whose bracket says they put a question to someone (戴某（反问
    黎某）, Dana (to Ravi) on a turn that ``asking``), or ""."""
    match = ACTION_LABEL.match(unbold(label).strip())
    if not match:
        return ""
    if match.group("to") and match.group("to").lower() == "to" and not asking:
        return ""
    return match.group("who").strip()
