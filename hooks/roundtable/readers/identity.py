"""Who is who, from the file (layer 5 of the reading pipeline).

A person reading a transcript knows that ``周总`` is the ``周立恒`` the guest list names, that
``麥：`` is 麥詠詩 when she is the only 麥 in the file, that ``Prof. Adeyemi`` and ``Tunde
Adeyemi`` are one man and ``魏德曼`` is ``马库斯·魏德曼``. :func:`resolve` finds, among the
people the file introduces, the one a label's form points at, and only when exactly one fits.
:func:`stated_map` reads what the file states itself: ``发言人2：嘉宾 许安然``, ``发言人2即许安然``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from .labels import numbered_stem, unbold
from .names import (
    COMPOUND_SURNAMES,
    LATIN_TITLES,
    SURNAMES,
    TITLE_END,
    TITLES,
    is_han_name,
    is_latin_name,
    name_at_end,
    named_before_post,
    split_honorific,
    surname_of,
)

DOTS = "·・•‧･."
"""Middle dots that join the parts of a transliterated name (马库斯·魏德曼)."""
_SURNAME_AND_TITLE = re.compile(
    rf"^(?P<surname>{'|'.join(COMPOUND_SURNAMES)}|[{''.join(sorted(SURNAMES))}])"
    rf"(?P<title>{'|'.join(TITLES)}|局|处|總|董|司|哥|姐|生|sir|Sir)?$")


def undotted(name: str) -> str:
    return re.sub(f"[{re.escape(DOTS)}\\s]", "", name)


def _forms(person: str) -> set[str]:
    """The shorter forms a person's name is written in: a transliteration's last part
    (魏德曼), a Latin name's surname (Adeyemi), the name without dots."""
    forms = {person, undotted(person)}
    parts = [p for p in re.split(f"[{re.escape(DOTS)}\\s]+", person) if p]
    if len(parts) > 1:
        forms.add(parts[-1])
    if len(parts) > 1 and re.search(f"[\u3400-\u9fff][{re.escape(DOTS)}][\u3400-\u9fff]", person):
        # (埃琳娜 of 埃琳娜·瓦斯克斯: a transliteration's given name, as a host calls them.)
        forms.add(parts[0])
    return forms


def resolve(label: str, people: Iterable[str]) -> str | None:
    """The one person among ``people`` a label's form names, else None: the name with a
    title (Prof. Adeyemi, 许老师, MS. LI), the surname alone (麥), the surname and a title
    (周总, 王局), the last part of a transliterated or Latin name (魏德曼, Weidmann)."""
    people = [p for p in dict.fromkeys(people) if p]
    bare = re.sub(r"[（(][^）)]*[）)]", "", label).strip()
    latin = LATIN_TITLES.match(bare)
    if latin:
        bare = bare[latin.end():].strip()
    bare, _ = split_honorific(bare)
    if not bare:
        return None
    exact = [p for p in people if bare in _forms(p) or undotted(bare) == undotted(p)]
    if len(exact) == 1:
        return exact[0]
    if re.fullmatch(r"[A-Za-z\u00c0-\u024f'’\- ]+", bare):
        # MS. LI, Prof. ADEYEMI, IBÁÑEZ, GARCÍA MÁRQUEZ: a Latin surname, a double one too,
        # any case, with or without its accents (capitals often drop them).
        words = _folded(bare).split()
        fits = [p for p in people if is_latin_name(p) and len(p.split()) > len(words)
                and _folded(p).split()[-len(words):] == words]
        if not fits:
            # (Senator HALLORAN: a title no list of titles holds, then the surname.)
            fits = [p for p in people if is_latin_name(p)
                    and _folded(p).split()[-1] == words[-1]]
        return fits[0] if len(fits) == 1 else None
    form = _SURNAME_AND_TITLE.match(bare)
    if form:
        fits = [p for p in people if is_han_name(p) and surname_of(p) == form.group("surname")]
        return fits[0] if len(fits) == 1 else None
    return None


_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){2,4}$")


def initials_of(label: str, people: Iterable[str]) -> str | None:
    """The one Latin-named person whose initials the label is (``MO``, ``K.T.``: an English
    Q&A's convention for a name the introduction gives in full), a hyphenated part counted
    or not (Marisol Ortega-Quinn is MO or MOQ)."""
    if not _INITIALS.match(label.strip()):
        return None
    letters = re.sub(r"[.\s]", "", label)

    def initials(person: str) -> set[str]:
        words = person.split()
        return {"".join(w[0] for w in words),
                "".join(part[0] for w in words for part in w.split("-") if part)}

    fits = [p for p in dict.fromkeys(people)
            if p and is_latin_name(p) and len(p.split()) > 1 and letters in initials(p)]
    return fits[0] if len(fits) == 1 else None


def _folded(text: str) -> str:
    """A Latin name compared without case or accents (GARCIA MARQUEZ is García Márquez)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# What a file states about a label, one statement per clause: 发言人2：嘉宾 许安然 ·
# 发言人2即许安然 · SPEAKER_00 = 主播 阿澄（何澄） · Speaker 2 is Xu Anran. A role word before
# the name (主播, 主持人, host) makes the label a host's.
STATED = re.compile(
    r"^(?P<label>(?:说话人|发言人|說話人|發言人|讲话人|SPEAKER|Speaker|speaker)[_\s]*\d+"
    r"|嘉宾[甲乙丙丁]|嘉賓[甲乙丙丁])\s*(?:[:：=＝]|即|为|為|是|is\s)\s*"
    r"(?P<role>主播|主持人|主持|嘉宾|嘉賓|host|guest|the\shost|the\sguest)?\s*"
    r"(?P<name>[\u3400-\u9fff·]{2,8}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    r"\s*(?:[（(](?P<full>[^）)]{2,12})[）)])?\s*[。.]?$")
HOST_ROLES = ("主播", "主持人", "主持", "host")
STATED_AUDIENCE = re.compile(r"^(?:现场|現場|台下)?(?:观众|觀眾|听众|聽眾|网友|網友|提问者|提問者)")
STATED_LOOSELY = re.compile(
    r"^(?P<label>(?:说话人|发言人|說話人|發言人|讲话人|SPEAKER|Speaker|speaker)[_\s]*\d+)"
    r"\s*(?:[=＝]|即|为|為|是)\s*(?P<value>.{2,40})$")


def stated_map(lines: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """Labels the file itself maps to a person: label → (the fullest name given, whether the
    statement calls them a host), from clauses that state only that."""
    found: dict[str, tuple[str, bool]] = {}
    for text in lines:
        for clause in re.split(r"[；;，,、。]\s*", text.strip().lstrip("#>*- ").strip()):
            # A note's own heading before the statement: 【整理说明】发言人1为…
            clause = re.sub(r"^[【\[][^】\]]{1,10}[】\]]\s*", "", clause.strip())
            match = STATED.match(clause)
            loose = STATED_LOOSELY.match(clause)
            if loose and STATED_AUDIENCE.match(loose.group("value")):
                found[loose.group("label").strip()] = ("audience", False)  # 说话人4为现场观众
                continue
            if match:
                full = (match.group("full") or "").strip()
                # 周敏（运营部）: the brackets hold a department, not a fuller name.
                name = full if is_han_name(full) or is_latin_name(full) or "·" in full \
                    else match.group("name").strip()
                name, _ = split_honorific(name)
                if is_han_name(name) or is_latin_name(name) or "·" in name:
                    found[match.group("label").strip()] = (name,
                                                           match.group("role") in HOST_ROLES)
                    continue
            if loose:
                # 说话人2＝星衡科技安全负责人阮清 · 说话人1＝主持人季思远（…发起人）: the person
                # the value names after a position or a role, with its role.
                value = re.sub(r"[（(].*?[）)]", "", loose.group("value"))
                stated = people_stated([value])
                if len(stated) == 1:
                    (name, positions), = stated.items()
                    found[loose.group("label").strip()] = (
                        name, bool(positions & {"主持人", "主持", "主播"}))
    return found

# A transliterated name and its original spelling in brackets: 马库斯·魏德曼（Markus Weidmann）.
SPELLED = re.compile(r"(?P<han>[\u3400-\u9fff]{1,8}(?:[·・•‧][\u3400-\u9fff]{1,8})+|[\u3400-\u9fff]{2,4})"  # noqa: E501
                     r"\s*[（(](?P<latin>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,3})"
                     # (黎某（Leo，做了某某产品）: the name they go by, then what they do)
                     r"(?:[）)]|[，,；;、][^（）()]{1,40}[）)])")


# What stands before a name in running text: a role, a title, 的, 是 (放射科主任马库斯·魏德曼).
BEFORE_NAME = re.compile(r"^.*(?:主任|教授|博士|院长|院長|所长|所長|主编|主編|总裁|總裁|总监|總監|经理|經理"  # noqa: E501
                         r"|创始人|創辦人|研究员|研究員|科学家|科學家|工程师|工程師|医生|醫生|CEO|CTO"
                         r"|的|是|为|為|请到了?|請到了?|邀请了?|邀請了?|和|与|與|及)(?=.)")


def spelled_aliases(texts: Iterable[str]) -> dict[str, str]:
    """The original spellings a file gives in brackets after a name, each (and its last
    word, the surname a label uses: ``Weidmann:``) pointing at the name as the file writes it."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        for match in SPELLED.finditer(text):
            han, latin = BEFORE_NAME.sub("", match.group("han")), match.group("latin")
            if not is_han_name(han) and "·" not in han and "・" not in han:
                # (独立开发者黎某（Leo）: the window took a word's tail before the name.)
                han = name_at_end(han) or han
            if len(undotted(han)) < 2:
                continue
            for form in {latin, latin.split()[-1]}:
                if found.get(form, han) != han:
                    clashes.add(form)
                found[form] = han
    return {form: han for form, han in found.items() if form not in clashes}


# A speaker naming themselves in a turn's first sentence: 我是邓启明，… · 大家好，我叫许安然 ·
# 各位听众好，欢迎收听《…》，我是罗青。 (after a greeting's clauses) · I'm Nora.
# (Speech recognisers that print no punctuation, Whisper among them, part Chinese clauses
# with a space: 欢迎收听某某 这是第四期 我是林澄; a space after a Han character is a comma.)
SELF_NAMED = re.compile(r"^(?:[^。！？!?]{0,8}(?:[，,。！!]|(?<=[\u3400-\u9fff])\s)\s*"
                        r"|[^。！？!?]{0,40}(?:[，,]|(?<=[\u3400-\u9fff])\s)\s*)?"
                        r"(?:我是|我叫|I'm|I am|This is)\s*"
                        r"(?P<name>[\u3400-\u9fff]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                        r"(?=[，,。.!！\s]|$)")


# What Chinese speakers are called by among friends and on air: 阿 / 小 / 老 and one
# character of the name (阿乔, 小满, 老宋), a convention of the language; the words of that
# shape that are no one's name are left out.
NICKNAME = re.compile(r"[阿小老][\u3400-\u9fff]")
NOT_NICKNAMES = frozenset({"老师", "老板", "老总", "老人", "老大", "老乡", "老家", "小孩", "小组",
                           "小学", "小时", "老婆", "老公", "小姐", "阿姨"})


def self_named(text: str, said: Iterable[str] = ()) -> str | None:
    """The name a turn opens by giving its speaker's own, if it does: a full name, or a
    nickname (阿澈) that ends its sentence (我是阿澈。), as a podcast's hosts give theirs;
    or a given name alone (我是大卫) where what was ``said`` before it writes it after one
    surname only (我的搭档周大卫): that full name, as a co-host introduced by the other
    and then greeting by the given name is called."""
    match = SELF_NAMED.match(text)
    if not match:
        return None
    name = match.group("name")
    if is_han_name(name) or is_latin_name(name):
        return name
    if re.fullmatch(r"[\u3400-\u9fff]{2}", name):
        # (One character before it, or two: a compound surname, 欧阳大卫.)
        runs = [run for before in said
                for run in re.findall(rf"[\u3400-\u9fff]{{1,2}}(?={re.escape(name)})", before)]
        full = {form for run in runs
                for form in [run + name if run in COMPOUND_SURNAMES else run[-1] + name]
                if is_han_name(form)}
        if len(full) == 1:
            return full.pop()
    ends = text[match.end("name"):match.end("name") + 1] in ("。", "！", "!", "，", ",", "")
    nickname = NICKNAME.fullmatch(name) and name not in NOT_NICKNAMES
    return name if nickname and ends else None


# 感谢嘉禾 · 多谢一帆: 谢 after a verb of thanks is the verb, not a surname (the language).
_THANKED = re.compile(r"(?:感|多|致|鸣|答|道|感謝|多謝)(?=[谢謝])")


def _thanked_only(name: str, texts: Iterable[str]) -> bool:
    """A 谢某某 the file writes only as thanks to 某某 (感谢某某): no one's name."""
    if name[0] not in "谢謝":
        return False
    spots = [(text, m.start()) for text in texts for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(_THANKED.search(text[max(0, i - 2):i + 1]) for text, i in spots)


def self_given_name(own: Iterable[str], people: Iterable[str],
                    texts: Iterable[str] = ()) -> str | None:
    """The name a speaker gives as their own in one of their own turns (``我是予明～``, ``Hi
    all, I'm Dana.``) where the label they write under is no name (a chat display name): a
    full name as given; a given name alone, the one person of ``people`` it is the given
    name of. Two names given, or a given name two people share, and it is nobody for sure."""
    texts = list(texts)
    people = {p for p in people if not _thanked_only(p, texts)}
    found: set[str] = set()
    for text in own:
        # (A chat message ends a clause with a tilde or a space as often as a comma.)
        text = re.sub(r"[～~]", "。", text.strip())
        match = SELF_NAMED.match(text)
        if not match:
            # 我是群主周立文 · 我是主持人林澄: a post before the name, the name ends the run.
            run = _SELF_INTRODUCED.search(text.split("。")[0])
            name = name_at_end(run.group("run")) if run else None
            if name and is_han_name(name):
                found.add(name)
            continue
        name = match.group("name")
        if is_han_name(name) or is_latin_name(name):
            found.add(name)
        elif full := given_name_of(name, people):
            found.add(full)
    return found.pop() if len(found) == 1 else None


# A turn that opens by calling on someone, after a connective at most: 那鱼老师，… ·
# 好，韩科长，… · 周总，您… — a surname or nickname of one or two characters, or a full name,
# then a title, then the comma of the vocative (how Chinese speakers hand over the floor).
_CALLED_ON = re.compile(
    rf"^(?:(?:那么?|好的?|来|那就|接下来|下面)[，,]?\s*)?"
    rf"(?P<form>[\u3400-\u9fff]{{1,3}}?(?:{'|'.join(TITLES)}|科长|处长|局长))[，,]")


def called_on(text: str) -> str | None:
    """The name and title a turn opens by calling on (那鱼老师，… → 鱼老师), if it does."""
    match = _CALLED_ON.match(text.strip())
    if not match:
        return None
    form = match.group("form")
    run = form[:-len(split_title(form))] if split_title(form) else form
    # (各位老师，… · 两位老师，…: everyone in the room, no one.)
    return form if run and not re.search(r"[各诸两几众们]|大家", run) else None


def split_title(form: str) -> str:
    """The title a name-and-title form ends with (鱼老师 → 老师), else empty."""
    for title in sorted((*TITLES, "科长", "处长", "局长"), key=len, reverse=True):
        if form.endswith(title) and len(form) > len(title):
            return title
    return ""


# A title after a name or a surname, as a host addresses or introduces someone: 樊清源老师,
# 石黛石总, 樊老师, 石总.
_TITLED = re.compile(rf"(?P<run>[\u3400-\u9fff]{{1,14}}?)(?P<title>{'|'.join(TITLES)}|局|局长)"
                     r"(?![们們])")


def people_named(texts: Iterable[str]) -> list[str]:
    """Full names the texts give with a title after them (…编译器的樊清源老师, 石黛石总: a
    name and then its surname and title), in order of first mention."""
    found: list[str] = []
    for text in texts:
        for match in _TITLED.finditer(text):
            run = match.group("run")
            # 石黛石总: the name, then its own surname before the title.
            if len(run) >= 3 and run[-1] in SURNAMES:
                before = name_at_end(run[:-1])
                if before and surname_of(before) == run[-1]:
                    found.append(before)
                    continue
            name = name_at_end(run)
            if name and len(name) >= 2 and not title_only(name):
                found.append(name)
    return list(dict.fromkeys(found))


# How a host introduces a guest by name, the name ending its clause: 今天的嘉宾是某某 ·
# 我们请到了某某 · 本期邀请到了…的某某.
_INTRODUCING = re.compile(r"(?:嘉宾是|嘉賓是|请到了?|請到了?|邀请到了?|邀請到了?)"
                          r"(?P<run>[^，,。！!？?；;：:]{2,30}?)(?=[，,。！!？?；;]|$)")


def people_introduced(texts: Iterable[str]) -> list[str]:
    """Full names the texts introduce (嘉宾是某某，…), in order of first mention."""
    found: list[str] = []
    for text in texts:
        for match in _INTRODUCING.finditer(text):
            name = name_at_end(match.group("run").strip())
            if name and is_han_name(name) and len(name) >= 2:
                found.append(name)
    return list(dict.fromkeys(found))


def title_only(text: str) -> bool:
    """A surname and a title (樊老), not a name."""
    return bool(_SURNAME_AND_TITLE.match(text)) and len(text) < 3


def addressed(text: str, people: Iterable[str], by_given: Iterable[str] = ()) -> str | None:
    """The person a host's turn turns to: of the people it names (in full, by surname and
    title: 樊老师, 石总), the one named last, when it names one at its end or asks them.
    ``by_given`` are the people a host introduced: called by the given name too (一鸣)."""
    spots: list[tuple[int, str]] = []
    by_given = set(by_given)
    for person in people:
        if is_han_name(person):
            forms = {person, *(surname_of(person) + t for t in (*TITLES, "局"))}
            # 一鸣 of 韦一鸣: a two-character given name, as a host calls the guest they have
            # just introduced (only then: a name on an attendance list may be anyone's word).
            given = person[len(surname_of(person)):]
            if len(given) == 2 and person in by_given:
                forms.add(given)
        elif is_latin_name(person) and " " in person:
            # Ingrid Solvang, or Ingrid as a moderator turns to her.
            forms = {person, person.split()[0]}
        else:
            continue
        for form in forms:
            found = [m.start() for m in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])"
                                                    if form.isascii() else re.escape(form),
                                                    text)]
            if found:
                spots.append((found[-1], person))
    if not spots:
        return None
    return max(spots)[1]


# What a file writes before a person's name to say who they are: a position (副局长, 董事长兼
# 首席执行官, CEO, 产品副总裁), a role in the session (主持, 主讲人, 记者), each maybe followed by
# a colon and spaces (full-width too): 主持：市工信局副局长　蒋卫东 · 处长白露 · 记者 方晓蕾.
POSITION = (r"局长|处长|科长|部长|厅长|司长|市长|区长|县长|书记|秘书长|主席|董事长|总经理|总裁|总监"
            r"|副总|主任|院长|所长|校长|系主任|教授|研究员|讲师|老师|博士|博士后|工程师|经理|合伙人"
            r"|创始人|創辦人|首席[\u3400-\u9fff]{1,4}官|负责人|負責人|CEO|CTO|CFO|COO|VP"
            # The same positions as Hong Kong and Taiwan print them (技術總監麥浩賢).
            r"|局長|處長|部長|秘書長|董事長|總經理|總裁|總監|院長|所長|校長|研究員|講師|老師"
            r"|工程師|經理"
            # A hospital's ranks (住院医师王梦瑶, 刘建波主治医师, 刘主治 for short).
            r"|(?:副主任|主任|主治|住院|规培|規培|进修|進修|实习|實習)?(?:医师|醫師)|主治|医生|醫生"
            r"|护士长|護士長"
            # An interpreter named by the role (现场翻译：某某, 同传　某某).
            r"|翻译|翻譯|口译|口譯|同传|同傳|译员|譯員"
            r"|主持人|主持|主讲人|主講人|主讲|讲者|講者|嘉宾|嘉賓|记者|記者|编辑|編輯|作者|受访者")
HOST_POSITIONS = ("主持人", "主持")
POST_END = re.compile(rf"(?:{POSITION}|[长長师師员員官授理监監任])$")
# Words (a unit, a post, a role) before a full-width space, then a name alone (职务　姓名).
SPACED_POSITION = re.compile(r"(?P<position>[^\s\u3000:：]{2,40}"
                             r"(?:[\s\u3000]+[^\s\u3000:：]{2,40})*?)"
                             r"\u3000+(?P<name>[\u3400-\u9fff·・]{2,8})")
_POSITIONED = re.compile(rf"(?P<position>{POSITION})\s*[:：]?[\s\u3000]*"
                         r"(?P<run>[\u3400-\u9fff]{2,8})")
_NAME_THEN = re.compile(r"^(?P<name>(?:" + "|".join(COMPOUND_SURNAMES)
                        + r")[\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{2,3}?)"
                        r"(?=$|先生|女士|老师|博士|教授|总|同学|介绍|介紹|发言|發言|来|來|为|為|的|在|说|說|表示"
                        r"|认为|認為|指出|与|與)")


def _name_opening(run: str) -> str | None:
    """The personal name a run of Han characters opens with (周立恒先生介绍… → 周立恒): the
    whole run when it is a name, else a name before an honorific or a verb."""
    if is_han_name(run) or (run[:2] in COMPOUND_SURNAMES and len(run) in (3, 4)):
        return run
    for length in (3, 2):
        head = run[:length]
        if is_han_name(head) and re.match(_NAME_THEN.pattern[_NAME_THEN.pattern.index("(?="):],
                                          run[length:]):
            return head
    return None


def people_stated(texts: Iterable[str]) -> dict[str, set[str]]:
    """Every person the texts name after a position or a role (副局长　蒋卫东, 处长白露, CEO
    沈牧之, 主讲人：钟予乔, 有请…总监邵文女士), or with a title after the name (沈牧之沈总,
    樊清源老师), each with the positions the file gives them, in order of first mention. A
    person reading a file gathers these wherever they stand (a header, a participants list,
    a byline, a host's introduction) to know who 周总 or 蒋局 is."""
    found: dict[str, set[str]] = {}
    texts = list(texts)
    for text in _listed_under_key(texts):
        text = unspaced_key(text)
        # Two keys side by side on one line, spaced apart (a subtitle file's credit line
        # 主持：Rachel Oduya（…）  嘉宾：Tomasz Wieczorek（…）): each read on its own.
        for keyed in filter(None, (_KEYED.match(part) for part in _SIDE_KEYS.split(text))):
            # 主持：市工信局副局长　蒋卫东 · 参加：…处长白露，…: the key is each name's role.
            if _SPOKEN_VALUE.search(re.sub(r"[（(][^）)]*[）)]", "", keyed.group("value"))):
                # 主持人：拉维，你的客户…？ is the host's turn calling on a guest: a list of
                # people neither asks nor exclaims.
                continue
            for item in re.split(r"[、，,；;]", keyed.group("value")):
                latin = _LATIN_ITEM.match(item.strip())
                if latin:
                    # A Latin full name opening the item (Rachel Oduya（瑞秋·奥杜亚）).
                    found.setdefault(latin.group("name"), set()).add(keyed.group("key"))
                    continue
                run = re.sub(r"[（(][^）)]*[）)]|[\s\u3000]", "", item)
                run = re.sub(r"(?:等\d+人|老师|先生|女士)$", "", run)
                apart = _spaced_name(item) or _stage_name(keyed.group("key"), item, texts)
                if apart:
                    found.setdefault(apart, set()).add(keyed.group("key"))
                    continue
                name = name_at_end(run) if run else None
                # 芮卓（…算法工程师）, 早濑凉介（Hayase Ryosuke）: in a list, a short run of
                # Han characters that brackets describe as a person (a position, the
                # original spelling) is a name, whatever its surname.
                name = name or _described_name(item)
                positioned = re.search(f"(?:{POSITION})(?P<name>[\u3400-\u9fff]{{2,3}})$", run)
                # 信息科技教师许嘉明, 年级组长陈海涛: in a list, a word ending as Chinese
                # titles end (…师, …长, …员) before the name is a position the lists lack.
                if not (name and (run == name or re.search(f"(?:{POSITION}|[{TITLE_END}])$",
                                                           run[:-len(name)]))):
                    # 总监贝思成: after a position, the rest of the item is the name, whatever
                    # its surname.
                    name = positioned.group("name") if positioned else None
                if name and not titled_surname(name):
                    found.setdefault(name, set()).add(keyed.group("key"))
                    # 王晓梅（市数据局办公室主任）: the position in brackets is hers too (王主任).
                    found[name].update(m.group(0) for m in re.finditer(
                        f"(?:{POSITION})(?=[）)])", item))
                    # 星河智算董事长兼CEO欧阳靖: every position the item gives before the
                    # name is the person's too (the label 董事长 is that person).
                    found[name].update(m.group(0) for m in re.finditer(
                        f"(?:{POSITION})", run[:-len(name)]))
        for part in _SIDE_KEYS.split(text):
            # 答辩委员会：主席 顾承泽 教授；委员 唐慧敏 副教授、邵鹏 高级工程师（…）: whatever
            # the key, items that set a name apart from a position or an organisation by
            # spaces name their people (the positions beside them are theirs).
            listed = _ANY_KEYED.match(part)
            if not listed or _KEYED.match(part) or re.search(r"[。？！?!]", listed.group("value")):
                continue
            for item in re.split(r"[、，,；;]", listed.group("value")):
                apart = _spaced_name(item)
                # 特邀：赵静老师（计算机学院）: an item that is a name and its title and nothing
                # else names a person under any key, a two-character name too (in running
                # text 谢赵老师 could be a verb's end; a list item holds nothing before it).
                bare = re.sub(r"[（(][^）)]*[）)]|[\s\u3000*]", "", item)
                titled = re.fullmatch(f"(?P<name>[\u3400-\u9fff]{{2,3}})(?:{'|'.join(TITLES)})",
                                      bare)
                if (not apart and titled and is_han_name(titled.group("name"))
                        and not titled_surname(titled.group("name"))):
                    found.setdefault(titled.group("name"), set())
                    continue
                if apart:
                    found.setdefault(apart, set()).update(
                        w for w in re.split(r"[\s\u3000]+", item)
                        if re.fullmatch(f"(?:{POSITION})", w))
        for match in _POSITIONED.finditer(text):
            name = _name_opening(match.group("run"))
            if name and not titled_surname(name):
                found.setdefault(name, set()).add(match.group("position"))
        for match in _SELF_INTRODUCED.finditer(text):
            # 我是澜图科技公共事务部的唐悦，也是今天…的主持人: a host introducing herself.
            name = name_at_end(match.group("run"))
            if name and not titled_surname(name):
                hosting = re.search(r"主持|host", text[match.end():match.end() + 40])
                found.setdefault(name, set()).update({"主持人"} if hosting else set())
        # 沈牧之沈总, 樊清源老师 (a two-character find such as 谢蒋 of 感谢蒋局 is a verb's
        # end and a surname, not a name).
        for name in people_named([text]):
            if len(name) >= 3 and not titled_surname(name):
                found.setdefault(name, set())
    return found


# A list's key alone on its line (受访者：, 参加人员：, Guests:), its items on the lines below.
_SPOKEN_VALUE = re.compile(r"[？?！!]|。.")
_KEY_ALONE = re.compile(r"^\s*(?:\*\*)?(?P<key>[\u3400-\u9fff]{2,6}|[A-Z][a-z]+)(?:\*\*)?\s*[:：]"
                        r"(?:\*\*)?\s*$")


def _listed_under_key(texts: list[str]) -> list[str]:
    """The texts, with a list written under a key alone on its line (受访者：, then one person
    a line, up to a blank line) also read as the key's one line (受访者：甲（…）、乙（…）), so
    that a list is read the same whichever way it is typeset."""
    joined: list[str] = []
    for at, text in enumerate(texts):
        joined.append(text)
        key = _KEY_ALONE.match(text)
        if not key:
            continue
        items: list[str] = []
        for below in texts[at + 1:at + 13]:
            if not below.strip() or re.search(r"[:：]", below.split("——")[0]) \
                    or len(below.strip()) > 80 or re.search(r"[。？！?!]", below):
                break
            # 早濑凉介（Hayase Ryosuke）——黑金工作室代表: the dash sets off what they do.
            items.append(re.split(r"\s*(?:——|--|—)\s*", below.strip(" -*•\t"), maxsplit=1)[0])
        if items:
            joined.append(f"{key.group('key')}：" + "、".join(items))
    return joined


# A description in brackets that makes the run before it a person's name: a position
# (…算法工程师, 主任医师) or the name's original spelling (Hayase Ryosuke).
_DESCRIBED = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,4})\s*[（(](?P<what>[^）)]{2,40})[）)]")


def _described_name(item: str) -> str | None:
    """The name an item of a list opens when the brackets after it say who it is."""
    match = _DESCRIBED.match(item.strip(" \u3000*"))
    if not match or titled_surname(match.group("name")) \
            or re.fullmatch(f"(?:{POSITION})", match.group("name")):
        return None
    what = match.group("what").strip()
    if re.fullmatch(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}", what) \
            or re.search(f"(?:{POSITION}|[{TITLE_END}])(?:[、，,].*)?$", what):
        return match.group("name")
    return None


def _spaced_name(item: str) -> str | None:
    """The one name among an item's words set apart by spaces (市网络安全协会 蒋振宇 高级工程师,
    北岸律师事务所 滕雪 律师): the words around it are an organisation and a position."""
    words = [w for w in re.split(r"[\s\u3000]+", re.sub(r"[（(][^）)]*[）)]", "", item)) if w]
    if len(words) < 2:
        return None
    names = [w for w in words if is_han_name(w) and not titled_surname(w)
             and not re.fullmatch(f"(?:{POSITION})", w)
             and not re.search(f"(?:{POSITION}|[{TITLE_END}]|律师|律師)$", w)]
    if not names and len(words) == 2 and named_before_post(*words):
        return words[0]
    return names[0] if len(names) == 1 else None


def _stage_name(key: str, item: str, texts: list[str]) -> str | None:
    """A host's key whose whole value is one short word that opens a turn of the file
    (主持人：晓峰 … 晓峰：各位听众…): the name the host goes by, whatever its shape (a stage
    name, a nickname with no surname)."""
    word = item.strip()
    if key not in HOST_POSITIONS or not re.fullmatch(r"[\u3400-\u9fff]{2,4}", word):
        return None
    opens = re.compile(rf"^\s*(?:\*\*)?{re.escape(word)}(?:\*\*)?\s*[:：]")
    return word if any(opens.match(text) for text in texts) else None


_KEYED = re.compile(rf"^\s*[-*•]?\s*(?:\*\*)?(?P<key>{POSITION}|参加|参会人|參加|出席|與會者"
                    # 特邀嘉宾, 连线嘉宾, 对话嘉宾: a guest key with a word saying which guests.
                    r"|[\u3400-\u9fff]{1,4}?(?:嘉宾|嘉賓)"
                    # 到会/到場: a meeting record's list of who came (会议记录's 到会人员)
                    r"|与会者|与会|與會|列席|参会人员|出席人员|到会|到會|到场|到場|Moderator|Host)"
                    r"(?:嘉宾|嘉賓|人员|人員|名单|名單|领导|領導)?(?:\*\*)?\s*[:：](?:\*\*)?(?P<value>.+)$")
_ANY_KEYED = re.compile(r"^\s*(?:\*\*)?(?P<key>[\u3400-\u9fff（）()]{2,10})(?:\*\*)?\s*[:：]"
                        r"(?:\*\*)?(?P<value>.+)$")
_SIDE_KEYS = re.compile(r"(?:[ \t]{2,}|\u3000+)(?=[^\s:：]{1,8}[:：])")
_LATIN_ITEM = re.compile(r"^(?P<name>[A-Z][a-z\u00e0-\u024f'’\-]+"
                         r"(?: [A-Z][a-z\u00e0-\u024f'’\-]+){1,2})\s*(?:[（(]|$)")
_SELF_INTRODUCED = re.compile(r"(?:我是|我叫)(?P<run>[^，,。！!？?\s]{2,30}?)(?=[，,。！!]|$)")


"""How Chinese titles and positions end (主任委員, 處長, 總監, 教师, 组长)."""


def titled_surname(name: str) -> bool:
    """A surname and a title (沈总好, 蒋局长), not a name."""
    return bool(re.match(rf"^.(?:{'|'.join(TITLES)}|局|处|總)", name)) or title_only(name)


_SPACED_KEY = re.compile(r"^(?P<key>\s*[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,4})"
                         r"(?P<rest>\s*[:：].*)$", re.S)


def unspaced_key(text: str) -> str:
    """A header key typeset with spaces to align (主 持 人：…, 记 录 人：…) as written plainly."""
    spaced = _SPACED_KEY.match(text)
    if not spaced:
        return text
    return re.sub(r"[ \u3000]+", "", spaced.group("key")) + spaced.group("rest")


def by_title(label: str, people: dict[str, set[str]]) -> str | None:
    """The one person a surname-and-title label (蒋局长, 钱总, 白处, 苏) names among the people
    the file states: the only one of that surname, or the only one of that surname whose
    positions share the title's first character (局 of 副局长)."""
    # Any first character, not only a common surname's: the file says who the person is.
    form = re.match(rf"^(?P<surname>{'|'.join(COMPOUND_SURNAMES)}|[\u3400-\u9fff])"
                    rf"(?P<title>{'|'.join(TITLES)}|{POSITION}|局|处|總|sir|Sir)?$", label)
    if not form:
        # A title the lists lack (欧阳馆长 of 副馆长, 钟台长): a word ending as Chinese titles
        # end (…长, …师, …员); it names someone only as the one of that surname below.
        form = re.match(rf"^(?P<surname>{'|'.join(COMPOUND_SURNAMES)}|[\u3400-\u9fff])"
                        r"(?P<title>[\u3400-\u9fff]{0,2}[长長师師员員])$", label)
    if not form:
        return None
    same = [p for p in people if re.fullmatch(r"[\u3400-\u9fff]{2,4}", p)
            and p.startswith(form.group("surname")) and len(p) > len(form.group("surname"))
            and p != label and not titled_surname(p)]
    if len(same) == 1:
        return same[0]
    title = form.group("title") or ""
    fitting = [p for p in same if title and any(title[0] in pos for pos in people[p])]
    return fitting[0] if len(fitting) == 1 else None


def name_opened_by(label: str, people: Iterable[str]) -> str | None:
    """The one person the file states whose Han name a label of two or more characters opens
    (早濑 of 早濑凉介, 司马 of 司马骞): a family name written first and alone, as a record
    calls its people once the list has named them in full, whatever the name's origin."""
    # (A label that reads as a Chinese name itself, 石黛 or 甘露, is that person, not the
    # opening of a longer run a sentence happens to write: 甘露对…)
    if not re.fullmatch(r"[\u3400-\u9fff]{2,3}", label) or titled_surname(label) \
            or is_han_name(label):
        return None
    fits = [p for p in dict.fromkeys(people) if re.fullmatch(r"[\u3400-\u9fff]{3,5}", p)
            and p.startswith(label) and len(p) > len(label) and not titled_surname(p)]
    return fits[0] if len(fits) == 1 else None


def positioned_person(label: str, people: Iterable[str] = ()) -> str | None:
    """The person a label names with a position before or after the name (住院医师王梦瑶,
    刘建波主治医师, 主任医师 张立新), or ``None``: the name is one the file states
    (``people``) or reads as a Chinese name; a surname and a title (张主任) is no such label."""
    bare = re.sub(r"\s*[（(][^）)]*[）)]$", "", unbold(label).strip())
    match = (re.fullmatch(rf"(?:{POSITION})+[\s\u3000·]*(?P<name>[\u3400-\u9fff]{{2,4}})", bare)
             or re.fullmatch(rf"(?P<name>[\u3400-\u9fff]{{2,4}}?)[\s\u3000]*(?:{POSITION})+",
                             bare))
    if not match:
        # 上海某某科技有限公司首席技术官　钱某某: the convention of Chinese official records
        # (会议发言实录, 纪要) of a unit and a post, then a full-width space, then the name. Any
        # words may stand before the space; the last word is the person when it is a name
        # the file states or reads as one.
        spaced = SPACED_POSITION.fullmatch(bare)
        name = spaced.group("name") if spaced else ""
        if spaced and not titled_surname(name) and (
                name in set(people) or is_han_name(name)
                # (a surname no list holds, after words ending as posts end: 校长, 总经理)
                or (re.fullmatch(r"[\u3400-\u9fff]{2,3}", name) and POST_END.search(
                    spaced.group("position")))):
            return name
        # 【中国科学院院士 朱日祥】 then 【朱日祥】: web records (中国网's 实录 style) set the
        # unit and post before a half-width space. The name after it is the person when the
        # file uses it as a label of its own, or reads as a name after a post's ending.
        half = re.fullmatch(r"(?P<position>[^\s:：]{2,40})\s(?P<name>[\u3400-\u9fff·・]{2,8})",
                            bare)
        if half and not titled_surname(half.group("name")) and (
                half.group("name") in set(people)
                or (is_han_name(half.group("name"))
                    and POST_END.search(half.group("position")))):
            return half.group("name")
        # 經濟財政司司長王某某 then 王某某: a council's record glues the post to the name the
        # first time (Macau's and Hong Kong's records, 立法院公報's 部長某某): the name is the
        # tail the file uses as a label or lists of its own, after words ending as posts end.
        for name in sorted(set(people), key=len, reverse=True):
            name = unbold(name).strip()
            post = bare[:-len(name)]
            # (A headline's 专访某某公司CTO某某 names the guest it interviews: no label.)
            if re.fullmatch(r"[\u3400-\u9fff]{2,4}", name) and bare.endswith(name) \
                    and re.fullmatch(r"[\u3400-\u9fff]{2,20}", post) and POST_END.search(post) \
                    and not re.match(r"专访|專訪|对话|對話|访谈|訪談|独家|獨家|访|訪", post):
                return name
        return None
    name = match.group("name")
    if titled_surname(name) or re.fullmatch(f"(?:{POSITION})+", name):
        return None
    people = set(people)
    return name if name in people or (is_han_name(name) and len(name) >= 2) else None


def states_people(text: str) -> bool:
    """Whether a line is a statement of who takes part (主持：…局长　蒋卫东, 参加：…), a key
    and names, rather than someone's words."""
    return bool(_KEYED.match(text))


def given_name_of(label: str, people: Iterable[str]) -> str | None:
    """The one person among ``people`` whose given name a label writes alone: a 一鸣 of a
    韦一鸣 (two characters after the surname), a Marcus of a Marcus Liang (the first of a
    Latin full name's words). A guest introduced in full is then called by the given name,
    as friends and hosts call them; two people it could be and it is nobody for sure."""
    fits = given_name_fits(label, people)
    return fits.pop() if len(fits) == 1 else None


def given_name_fits(label: str, people: Iterable[str]) -> set[str]:
    """Everyone among ``people`` whose given name a label writes alone (see
    :func:`given_name_of`): two of them (林晓雨 and 陈晓雨 for 晓雨) and the label is
    either's."""
    label = label.strip()
    people = list(people)
    # 安德烈 of 安德烈·索科洛夫: a transliterated name's first part is its given name.
    dotted = {p for p in people if re.search(f"[{re.escape(DOTS[:-1])}]", p)
              and re.split(f"[{re.escape(DOTS[:-1])}]", p)[0] == label} \
        if re.fullmatch(r"[\u3400-\u9fff]{2,8}", label) else set()
    if re.fullmatch(r"[\u3400-\u9fff]{2}", label):
        return dotted | {p for p in people if p != label and is_han_name(p)
                         and p[len(surname_of(p)):] == label}
    if dotted:
        return dotted
    if re.fullmatch(r"[A-Z][a-z\u00e0-\u024f'\-]+", label):
        return {p for p in people if is_latin_name(p) and len(p.split()) > 1
                and p.split()[0] == label}
    return set()


# The head of a name as people call someone by it: 小陈, 老王, 阿梁 (a nickname's prefix and
# the surname), 王总, 许老师, 鲁局 (the surname and a title or a post's first character).
_HEAD_FORM = re.compile(
    rf"^(?:[小老阿](?P<called>{'|'.join(COMPOUND_SURNAMES)}|[{''.join(sorted(SURNAMES))}])"
    rf"|(?P<surname>{'|'.join(COMPOUND_SURNAMES)}|[{''.join(sorted(SURNAMES))}])"
    rf"(?:{'|'.join(TITLES)}|{POSITION}|局|处|處|總|董|工|sir|Sir)?)$")


def _own_words(label: str, text: str) -> str:
    """A line with the label's own turn label cut off: the line a label opens is that
    person's words, not a statement of their name."""
    if re.match(rf"^\s*(?:\*\*)?{re.escape(label)}(?:\*\*)?\s*[:：]", text):
        return re.split(r"[:：]", text, maxsplit=1)[1]
    return text


def _name_placed(text: str, start: int, end: int) -> bool:
    """Whether a run of a text that reads as a name stands where a name stands: after a
    post, a role or no Han character (CEO庞一鸣, 创始人王立军此前, ▲ 庞一鸣), or before no Han
    character, an honorific or a verb of saying (庞一鸣（左）, 陈思琪。, 王立军表示)."""
    before, after = text[:start], text[end:]
    return (not re.search(r"[\u3400-\u9fff]$", before)
            or bool(re.search(f"(?:{POSITION}|[{TITLE_END}]|家|人)$", before))
            or not re.match(r"[\u3400-\u9fff]", after)
            or bool(re.match(_NAME_THEN.pattern[_NAME_THEN.pattern.index("(?=") + 3:-1], after)))


def written_full_name(label: str, texts: Iterable[str],
                      counts: dict[str, int] | None = None) -> str | None:
    """The one full name opened by a head label (范, 欧阳; 王总, 许老师, 小陈, 老王: the
    surname with a title or a nickname's prefix) that the file writes: in its title,
    byline, lead, a caption or a host's words, wherever it stands. Of the names the surname
    opens in the texts, the one written most, when it is written at least twice or is the
    only one; a file that names two people of the surname as often names nobody for sure
    (``counts`` gathers every name it weighed, to say whom in a warning)."""
    head = _HEAD_FORM.match(label)
    if not head:
        return None
    surname = head.group("called") or head.group("surname")
    counted: dict[str, int] = {}
    for text in texts:
        text = _own_words(label, text)
        for match in re.finditer(rf"(?={re.escape(surname)}([\u3400-\u9fff]{{1,2}}))", text):
            # A two-character name where no Han character follows it (张昊；), else three
            # (王立军此前: a name run into the sentence).
            name = surname + match.group(1)
            if len(name) == len(surname) + 1 and head.group("surname") == label:
                continue  # (a bare surname label: the old reading, three characters only)
            if head.group("surname") != label and not _name_placed(
                    text, match.start(), match.start() + len(name)):
                continue  # (老周 is no 周都会 of 每周都会: a name stands where names stand)
            if is_han_name(name) and name != label and not titled_surname(name):
                counted[name] = counted.get(name, 0) + 1
    if not counted:
        return None
    if counts is not None:
        counts.update(counted)
    most = max(counted.values())
    top = [name for name, count in counted.items() if count == most]
    if len(top) != 1 or (most < 2 and len(counted) > 1):
        return None
    return top[0]


def written_given_names(label: str, texts: Iterable[str]) -> set[str]:
    """Every full name the file writes whose given name a label is (一鸣 of the 庞一鸣 an
    introduction, a byline or a caption writes; 嘉树 of 韩嘉树): the label after a surname,
    anywhere in the texts but the label's own turns. A label that reads as a name itself
    (明澈: 明 is a surname too) is another's given name only when the file never writes it
    but after that one surname; two full names and the label is either's."""
    if not re.fullmatch(r"[\u3400-\u9fff]{2}", label) or _HEAD_FORM.match(label) \
            or re.fullmatch(f"(?:{POSITION})", label):
        return set()  # (主席 is a post: 谢谢主席 thanks the chair, it names no 谢主席)
    found: set[str] = set()
    alone, mentions = False, 0
    for text in texts:
        text = _own_words(label, text)
        for match in re.finditer(re.escape(label), text):
            before = text[:match.start()]
            surname = next((s for s in COMPOUND_SURNAMES if before.endswith(s)),
                           before[-1:] if before[-1:] in SURNAMES else "")
            name = surname + label
            # (工程师张昊: a post's last character is no surname of the name after it.)
            # (谢谢一鸣: a verb's doubled character is no surname either.)
            start = match.start() - len(surname)
            if surname and is_han_name(name) and not re.search(f"(?:{POSITION})$", before) \
                    and before[-2:-1] != surname \
                    and _name_placed(text, start, match.end()):
                found.add(name)
                mentions += 1
            else:
                alone = True
    if is_han_name(label) and (alone or len(found) != 1 or mentions < 2):
        return set()
    return found


def written_fits(label: str, texts: Iterable[str]) -> list[str]:
    """The full names a head or given-name label could be when the file writes more than
    one that fits (晓雨 of 林晓雨 and 陈晓雨, 王总 of 王立军 and 王海燕), in order; else
    empty. Then nobody is guessed: a warning names the ``labels:`` line that decides."""
    texts = list(texts)
    given = written_given_names(label, texts)
    if len(given) > 1:
        return sorted(given)
    head = _HEAD_FORM.match(label)
    if not head or not head.group("called") and label == head.group("surname"):
        return []  # (a bare surname label names anyone of that surname: no key decides)
    counts: dict[str, int] = {}
    if written_full_name(label, texts, counts) is None and len(counts) > 1:
        return sorted(counts, key=lambda name: (-counts[name], name))
    return []


def written_given_name(label: str, texts: Iterable[str]) -> str | None:
    """The one full name the file writes whose given name the label is (see
    :func:`written_given_names`), else None."""
    fits = written_given_names(label, texts)
    return fits.pop() if len(fits) == 1 else None


def position_holder(label: str, people: dict[str, set[str]]) -> str | None:
    """The one person the file gives a position that a label is (董事长 for the 董事长兼CEO
    of its list of guests), when no one else holds it; a role many hold (记者, 嘉宾) or the
    host's names nobody by itself."""
    if label in HOST_POSITIONS or not re.fullmatch(f"(?:{POSITION})", label):
        return None
    if label in ("嘉宾", "嘉賓", "记者", "記者", "编辑", "編輯", "作者", "受访者"):
        return None
    holders = [p for p, positions in people.items() if label in positions]
    return holders[0] if len(holders) == 1 else None


def latin_people_called(found: Iterable[str], texts: Iterable[str]) -> list[str]:
    """The Latin full names among ``found`` that the file treats as people: words it also
    writes in lower case are dropped from the front (a sentence's "And" before a name), and
    the first name must stand alone somewhere too, as people are called by it (Ingrid, of
    Ingrid Solvang; never Atmospheric, of a research institute's name)."""
    texts = list(texts)
    words = {w for text in texts for w in re.findall(r"[a-z][\w'\-]*", text)}
    kept = []
    for name in found:
        parts = name.split()
        while parts and parts[0].lower() in words:
            parts = parts[1:]
        if len(parts) < 2:
            continue
        alone = re.compile(rf"(?<![\w]){re.escape(parts[0])}(?!\s+{re.escape(parts[1])})\b")
        if any(alone.search(text) for text in texts):
            kept.append(" ".join(parts))
    return list(dict.fromkeys(kept))


_QUOTED = "“\"「『‘'"
_UNQUOTED = "”\"」』’'"
_KEY_NAME = (r"(?P<name>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,3}"
             r"|[\u3400-\u9fff]{2,4}(?:[·・•][\u3400-\u9fff]{1,8})?)")


def _full_latin_name(label: str) -> bool:
    """Two capitalised Latin words or more, none all capitals (Jane Roe, not EQ or DR. LI)."""
    words = label.split()
    return len(words) >= 2 and is_latin_name(label) and not any(w.isupper() for w in words)


_KEY_VERB = re.compile(r"写成|寫成|写作|寫作|记作|記作|记为|記為|改为|改為|简称为|簡稱為")
# What a legend writes in brackets after a label before the name the text (or the study)
# gives its holder: a research transcript's pseudonym (T07（…化名“宋老师”）, P3 (pseudonym
# "Ana")), or 即/i.e. (B（即李梅）). The words of the languages' convention, no file's.
_ALIAS_WORD = (r"化名|假名|匿名为|匿名為|代称|代稱|即(?![将將使可便])"
               r"|pseudonym|alias|i\.e\.|a\.k\.a\.")


def _key_shapes_at(text: str, label: str, saying_verb: bool) -> tuple[bool, ...]:
    """For each of :func:`keyed_map`'s six patterns, whether the fixed text it needs
    next to the label stands at some place the label does: a key's sign after it, quotes
    round it, a verb of writing in the text, a roster row's wide gap after it at a line's
    start, a Markdown table's first cell round it. A pattern without it has no match.

    Each check is a pattern with no Han range (cheap to compile) searched in C: a scan of
    the label's every place in Python made a long transcript's reading grow with the square
    of its length (tests/test_scaling.py)."""
    esc = re.escape(label)
    keyed = re.search(rf"{esc}\s*(?:[=＝]|—|–|-|－)", text)
    quoted = re.search(rf"[{_QUOTED}]{esc}[{_UNQUOTED}]", text)
    row = re.search(rf"^[ \t]*{esc}(?:\u3000|\t| {{2,}})", text, re.MULTILINE)
    cell = re.search(rf"^[ \t]*\|[ \t]*(?:\*\*)?{esc}(?:\*\*)?[ \t]*\|", text, re.MULTILINE)
    alias = re.search(rf"{esc}\s*[（(][^）)\n]*?(?:{_ALIAS_WORD})", text, re.IGNORECASE)
    return (bool(keyed), bool(quoted), saying_verb, bool(quoted), bool(row), bool(cell),
            bool(alias))


def symbol_label(label: str) -> bool:
    """Whether a label is made of symbols only (🎤, 👩🏻‍💻 as one ZWJ sequence, ■, ★): no
    letter or digit a name could be written in."""
    return bool(label) and not any(c.isalnum() for c in label)


# A legend's line for a symbol label: the symbol at the line's start, a sign that pairs it
# (=, ＝, →, a dash), then who it stands for up to the first separator a description follows
# (｜ | ， , 、 （ ( ； : or a space): ``🎤 = 主持人``, ``■ → 甲方（某某）``, ``★ = 老K｜CTO``.
_SYMBOL_KEY_SIGN = r"\s*(?:[=＝→]|——|—|–|-|－)\s*"
_KEY_RUN_END = "｜|,，、（(；;:：\\s"
# The writer of the note themself (我（周舟，主持）, 本人（…）, me (Lin, hosting)): the
# legend's first-person word, whose name the bracket after it gives.
_SELF_WORD = re.compile(r"^(?:我|本人|笔者|筆者|小编|小編|博主|楼主|樓主|作者|me|myself|I)$",
                        re.IGNORECASE)
_BRACKETED_RUN = re.compile(r"^\s*[（(](?P<run>[^，,、；;）)\s]{1,8})")
_NICKNAME_RUN = re.compile(r"^(?=.*[A-Za-z\u3400-\u9fff])[^。！？!?“”\"「」]{1,8}$")


def symbol_legend(lines: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """Symbol labels a legend line of the file pairs with a name: a social-media note's
    ``👩🏻‍💻 = 老K｜某厂负责人``, a minutes' ``■ = 甲方代表``, a blog's ``★ → 沈一``. The name
    may be a nickname or a role (老K, 沈一, 主持人): a symbol says nothing itself, so what
    the file's own key pairs with it is all there is. ``我（周舟，…）`` is the writer, named in
    the bracket. Only a label with one such line is mapped."""
    found: dict[str, set[str]] = {}
    symbols = sorted({lab for lab in labels if symbol_label(lab)}, key=len, reverse=True)
    if not symbols:
        return {}
    for line in lines:
        stripped = line.strip()
        for label in symbols:
            if not stripped.startswith(label):
                continue
            rest = stripped[len(label):]
            sign = re.match(_SYMBOL_KEY_SIGN, rest)
            if not sign or rest[:1] == "-" and rest[1:2] != " " and rest[1:2] != "-":
                break
            tail = rest[sign.end():]
            run = re.match(f"[^{_KEY_RUN_END}]+", tail)
            if not run:
                break
            name = run.group(0)
            if _SELF_WORD.match(name):
                inner = _BRACKETED_RUN.match(tail[run.end():])
                name = inner.group("run") if inner else ""
            if name and _NICKNAME_RUN.match(name) and not symbol_label(name):
                found.setdefault(label, set()).add(name)
            break
    return {label: names.pop() for label, names in found.items() if len(names) == 1}


def keyed_map(lines: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """Labels a key the file states maps to a person, for labels the file uses: a speaker
    key's ``EQ = Eleanor Quist`` (initials, an oral history's convention), an abbreviation
    line's ``原告苏晴为“原”`` or ``（下称“原代”）`` after a name (a court record's 以下简称),
    ``“原” 指 苏晴``. Only a label that turns out to open turns is mapped, and only to the
    one person the file's key gives it."""
    found: dict[str, set[str]] = {}
    text = "\n".join(lines)
    saying_verb = bool(_KEY_VERB.search(text))
    for label in sorted({lab for lab in labels if lab}, key=len, reverse=True):
        if _full_latin_name(label):
            # A label that is a full name already (Jane Roe) is the person: what a list
            # writes after it (Jane Roe – Chief Executive Officer) is what they do.
            continue
        # Each pattern below holds the label, compiled anew per label (the Han ranges make
        # that cost milliseconds); a pattern whose fixed part stands nowhere beside the
        # label cannot match, so it is not compiled at all (the result is the same).
        possible = _key_shapes_at(text, label, saying_verb)
        if not any(possible):
            continue
        esc = re.escape(label)
        quoted = rf"[{_QUOTED}]{esc}[{_UNQUOTED}]"
        patterns = (
            # EQ = Eleanor Quist · 原代＝孙楠 · EQ: Eleanor Quist inside a key's list · a cast
            # line's 甲－某某 (a full-width dash, as a programme writes it)
            rf"(?:^|[\s;；,，、(（：:])(?<![\w]){esc}(?![\w])\s*(?:[=＝]|—|–|-|－)\s*{_KEY_NAME}",
            # “原” 指 苏晴 · "EQ" is Eleanor Quist
            rf"{quoted}\s*(?:指|即|为|為|是|=|＝|is|for)\s*{_KEY_NAME}",
            # an editor's note: ID 是 hanjs，下面统一写成韩嘉树 · X 以下记作 Y (the label,
            # then within its clause the verb that says how the text writes it)
            rf"(?<![\w.]){esc}(?![\w.])[^。！？\n；;]{{0,10}}?"
            rf"(?:写成|寫成|写作|寫作|记作|記作|记为|記為|改为|改為|简称为|簡稱為)\s*{_KEY_NAME}",
            # 原告苏晴为“原” · 孙楠（以下简称“原代”） · Eleanor Quist ("EQ")
            rf"(?P<run>[\u3400-\u9fff]{{2,20}}|[A-Z][A-Za-z'\- ]+?)\s*[（(]?\s*"
            rf"(?:为|為|简称|簡稱|下称|下稱|以下简称|以下簡稱)?\s*{quoted}",
            # a roster's row set as a table with wide gaps: 评委1　某某　某某资本合伙人 ·
            # Juror 2<tab>Jane Roe<tab>…: the label, the person, what they do
            rf"^[ \t]*{esc}(?:\u3000|\t| {{2,}})+{_KEY_NAME}(?=\u3000|\t| {{2,}}|[ \t]*$)",
            # the same roster as a Markdown table's row: | Speaker A | 某某 | 主持 |
            rf"^[ \t]*\|[ \t]*(?:\*\*)?{esc}(?:\*\*)?[ \t]*\|[ \t]*{_KEY_NAME}[ \t]*\|",
            # a legend's bracket after the label that gives the name its holder goes by:
            # 受访者：T07（初中教师，女；化名“宋老师”） · P3 (teacher; pseudonym "Ana") ·
            # B（即李梅，工程师）
            rf"(?:^|[\s;；,，、：:])(?<![\w]){esc}(?![\w])\s*[（(][^）)\n]*?"
            rf"(?i:{_ALIAS_WORD})\s*(?:为|為|是|叫|:|：)?\s*[{_QUOTED}]?{_KEY_NAME}"
            rf"(?![\w\u3400-\u9fff])",
        )
        for index, pattern in enumerate(patterns):
            if not possible[index]:
                continue
            for match in re.finditer(pattern, text, re.MULTILINE):
                if index != 3:
                    name = match.group("name").strip()
                else:
                    run = re.sub(r"(?:以下|下)?(?:为|為|简称|簡稱|称|稱)$", "",
                                 match.group("run").strip())
                    name = (name_at_end(run) or "") if re.match(r"[\u3400-\u9fff]", run) \
                        else run
                    if not re.search(rf"(?:为|為|简称|簡稱|下称|下稱|[（(])\s*{quoted}",
                                     match.group(0)):
                        continue
                if name and name != label and (is_han_name(name) or is_latin_name(name)
                                               or "·" in name):
                    found.setdefault(label, set()).add(name)
    for label, name in symbol_legend(text.splitlines(), labels).items():
        found.setdefault(label, set()).add(name)
    result = {label: names.pop() for label, names in found.items() if len(names) == 1}
    for label, name in seated_map(text.splitlines(), labels).items():
        result.setdefault(label, name)
    return result


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九", 0)}
# A seat's number as a list writes it at a row's start: 1号, 一号, 第一, No. 1, ①, 1., 1、.
_SEAT = (r"(?:No\.?\s*|第)?(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])"
         r"(?:号|號|位|名|辩|辯)?")
# A name in a roster's column: two to four Han characters, a two-character one often padded
# to three with a full-width space (宁　涛, the convention of Chinese name lists); or a
# Latin name.
_ROSTER_NAME = (r"(?P<name>[\u3400-\u9fff]\u3000[\u3400-\u9fff](?=[\u3000\s（(，,、]|$)"
                r"|[\u3400-\u9fff]{2,4}(?=[\u3000\s（(，,、]|$)"
                r"|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2}(?=[\s(,]|$))")
_SEAT_ROW = re.compile(rf"^[\s\u3000]*{_SEAT}(?P<words>[^\s\u3000:：、.．)）\d]{{0,6}}?)"
                       rf"(?:[\s\u3000:：、.．)）]+){_ROSTER_NAME}")


def seat_number(text: str) -> int | None:
    """The number a seat is written with (3, 三, 第三, ③, No. 3) as an int, else None."""
    match = re.search(r"\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳]", text)
    if not match:
        return None
    num = match.group(0)
    if num.isascii():
        return int(num)
    if "①" <= num <= "⑳":
        return ord(num) - ord("①") + 1
    if num == "十":
        return 10
    if num.startswith("十"):
        return 10 + _CN_DIGITS.get(num[1], 0)
    if "十" in num:
        tens, _, ones = num.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(num) if len(num) == 1 else None


def seated_map(lines: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """Labels that seat a speaker by number (``1号陈述人``, ``正方一辩``, ``发言人3``, ``P2``),
    mapped through the list the file gives of its seats: a row that opens with the same
    number in any form (``1号　林晓岚　…``, ``① 林晓岚``, ``No. 1  Jane Roe``), under a
    heading that holds the label's words (听证陈述人（按抽签顺序）：, 正方：) or in the
    file's one numbered list whatever its heading (答辩学生： for 1号答辩人), or a row
    that writes the label's words itself (一辩　张三 for 正方一辩 under 正方). Only a number
    the list gives to exactly one name is mapped; a padded name (宁　涛) loses its padding."""
    lines = list(lines)
    seated = {}
    for label in {unbold(lab).strip() for lab in labels if lab}:
        stem = numbered_stem(label)
        number = seat_number(label) if stem else None
        if number is None:
            continue
        words = [w for w in re.split(r"#", stem) if w.strip()]
        seated[label] = (number, [re.sub(r"^[号號位名辩辯]|[号號位名辩辯]$", "", w).strip()
                                  for w in words])
    if not seated:
        return {}
    # The rows, in runs of consecutive lines: a list is two rows or more under the line
    # that heads it (a numbered heading among the turns, 二、体验探究, is no list).
    runs: list[tuple[str, list[re.Match[str]]]] = []
    heading, run = "", []
    for line in lines:
        # (A roster's row is a fragment: a turn that opens with the label and speaks,
        # 1号陈述人：有可能，…。, is no row of it.)
        row = _SEAT_ROW.match(line) if not re.search(r"[。！？!?]", line) else None
        if row:
            run.append(row)
            continue
        if run:
            runs.append((heading, run))
            run = []
        if line.strip():
            heading = line.strip()
    if run:
        runs.append((heading, run))
    # (One numbered list in the whole file is the list of seats, whatever its heading calls
    # them: 答辩学生： for the 1号答辩人 who speak.)
    lists = sum(1 for _, rows in runs if len(rows) >= 2)
    found: dict[str, set[str]] = {}
    for heading, rows in runs:
        for row in rows:
            number = seat_number(row.group("num"))
            # (The column of a numbered list under its heading is the name, whatever surname
            # it carries — 杭一舟, 戈立群: the list's shape says so, not a list of surnames.)
            name = row.group("name").replace("\u3000", "")
            for label, (seat, words) in seated.items():
                if seat != number:
                    continue
                own = all(w and w in row.group("words") for w in words)
                if own or (len(rows) >= 2 and (lists == 1 or all(w and w in heading
                                                                  for w in words))):
                    found.setdefault(label, set()).add(name)
    return {label: names.pop() for label, names in found.items() if len(names) == 1}


# The roles of whoever asks, as a legend writes them before a label's key (访谈员：I = 孙某 ·
# Interviewer: Q = Jane Roe): the languages' own words for an interviewer, a moderator, a host.
_ASKER_ROLE = (r"访谈员|訪談員|访谈者|訪談者|访问者|訪問者|采访者|採訪者|采访人|採訪人|主持人|主持"
               r"|提问者|提問者|Interviewer|Moderator|Host|Facilitator")


def stated_as_asker(label: str, lines: Iterable[str]) -> bool:
    """Whether the file's legend states ``label`` as the one who asks: an asker's role, then
    the label's key (``访谈员：I = 孙某``, ``Interviewer: Q = Jane Roe``), or the key, then
    the role (``I=访谈员；R=受访者``).
    Then the host is stated, not inferred: nothing to confirm."""
    esc = re.escape(label)
    before = re.compile(rf"(?:^|[\s;；,，、(（。])(?:{_ASKER_ROLE})\s*[:：]?\s*(?<!\w){esc}(?!\w)"
                        rf"\s*(?:[=＝]|—|–)", re.IGNORECASE | re.MULTILINE)
    # … or the key first, the role after it: 注：I=访谈员；R=受访者 · Q = Interviewer.
    after = re.compile(rf"(?:^|[\s;；,，、(（：:。])(?<!\w){esc}(?!\w)\s*(?:[=＝]|—|–)\s*"
                       rf"(?:{_ASKER_ROLE})(?!\w)", re.IGNORECASE | re.MULTILINE)
    return any(before.search(text) or after.search(text) for text in lines)


# A talk's credit line: the speaker's full name, then a colon or a dash and the talk's title
# (TED's and most conference pages' "Name: Title" convention), or a key that says who speaks
# (主讲人：…, Speaker: …).
_CREDIT_LINE = re.compile(r"^(?:NOTE\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}"
                          r"|[\u3400-\u9fff]{2,4}(?:[·・•][\u3400-\u9fff]{1,8})?)"
                          r"\s*(?:[:：]|\s[—–-])\s*\S")
_SPEAKER_KEY = re.compile(r"^(?:NOTE\s+)?(?:主讲人|主講人|主讲|主講|讲者|講者|演讲者|演講者|演讲人"
                          r"|Speaker|Presenter|Lecturer)\s*[:：]\s*(?P<name>[^，,（(|·]{2,40})")
# Someone the credits name for work on the text, not for speaking: reviewed by, 校对：….
_CREW = re.compile(r"(?:(?:reviewed|translated|transcribed|subtitled|captioned|edited|timed)"
                   r"\s+by|翻译|翻譯|校对|校對|字幕|听译|聽譯|整理|审校|審校|编辑|編輯)"
                   r"\s*[:：]?\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}"
                   r"|[\u3400-\u9fff]{2,4})", re.IGNORECASE)


def credited_speaker(texts: Iterable[str]) -> str | None:
    """The one person a talk's credits name as its speaker: a credit line «Name: Title», or a
    key (主讲人：…, Speaker: …); a name the credits give for work on the text (Transcript
    reviewed by …, 校对：…) is never the speaker, and two candidates name nobody for sure."""
    found: list[str] = []
    crew: set[str] = set()
    for text in texts:
        text = text.strip()
        crew |= {m.group("name").strip() for m in _CREW.finditer(text)}
        for match in (_SPEAKER_KEY.match(text), _CREDIT_LINE.match(text)):
            if not match:
                continue
            name = match.group("name").strip()
            name = _LATIN_TITLE_WORDS.sub("", name).strip()
            if is_latin_name(name) and " " in name or is_han_name(name) \
                    or re.fullmatch(r"[\u3400-\u9fff]{1,8}[·・•][\u3400-\u9fff]{1,8}", name):
                found.append(name)
                break
    people = [name for name in dict.fromkeys(found) if name not in crew]
    return people[0] if len(people) == 1 else None


_LATIN_TITLE_WORDS = re.compile(r"^(?:(?:Professor|Doctor|Prof|Dr|Mr|Mrs|Ms|Mx)\.?\s+)+")


def handle_person(handle: str, texts: Iterable[str], people: Iterable[str] = ()) -> str | None:
    """The one person a chat or web handle is, from what the file states: a list that writes
    the handle and then, in brackets, who holds it (``@handle（…首席科学家 沈知秋）``), else the
    one person the file names (``people``) that one of the handle's parts is, the parts split
    at ``-``, ``_`` or ``|`` and without a title (沈知秋-某机构 → 沈知秋, 某校梁栋老师 → 梁栋).
    Two people it could be and it is nobody for sure."""
    texts = list(texts)
    esc = re.escape(handle)
    listed: set[str] = set()
    for text in texts:
        for match in re.finditer(rf"@?{esc}\s*[（(](?P<inside>[^）)]{{2,60}})[）)]", text):
            inside = re.sub(r"[\s\u3000]+$", "", match.group("inside"))
            latin = re.search(r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})$", inside)
            name = latin.group("name") if latin else name_at_end(
                re.sub(r"[\s\u3000]", "", inside))
            if name and (is_han_name(name) or is_latin_name(name)):
                listed.add(name)
    if len(listed) == 1:
        return listed.pop()
    if listed:
        return None
    people = set(people)
    fits: set[str] = set()
    for part in re.split(r"[-_|｜·]", handle):
        bare, _ = split_honorific(part.strip())
        for candidate in {bare, name_at_end(bare) or ""}:
            if candidate and candidate in people:
                fits.add(candidate)
    return fits.pop() if len(fits) == 1 else None


# A framing line handing a section to one narrator, the conventions of Chinese long-form
# journalism's 口述/自述 sections (以下是某某的讲述 · （以下为某某的口述。…） · 某某口述) and of
# English features ("Jane Doe recalls:", "In Jane Doe's words:"): the unlabelled first-person
# paragraphs below it are that person's, until the next framing line.
_FRAMED_HAN = re.compile(
    r"^[（(]?\s*(?:以下|下面|接下来|接下來)(?:是|为|為|係|由)?\s*"
    r"(?P<name>[\u3400-\u9fff·・]{2,8}?)\s*(?:的|之)?\s*"
    r"(?:讲述|講述|口述|自述|回忆|回憶|叙述|敘述|讲的|講的)"
    r"|^[（(]?\s*(?P<teller>[\u3400-\u9fff·・]{2,8}?)\s*(?:口述|自述)(?:[，,；;\s]|$)")
_FRAMED_LATIN = re.compile(
    r"^\(?(?:In\s+)?(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"(?:’s|'s\s+words|’s\s+words|\s+recalls|\s+remembers|\s+tells\s+it)\s*[:：.]?\)?$")


def framed_narrator(text: str) -> str | None:
    """The person a framing line hands the section to (以下是何某的讲述：), or None.

    The line must be short (a frame, not a paragraph of the story) and the name a person's."""
    text = text.strip().rstrip("：:")
    if not text or len(text) > 80:
        return None
    found = _FRAMED_HAN.match(text)
    if found:
        name = (found.group("name") or found.group("teller")).strip()
        if is_han_name(undotted(name)) or any(dot in name for dot in "·・"):
            return name
        return None
    found = _FRAMED_LATIN.match(text)
    if found and is_latin_name(found.group("name")):
        return found.group("name")
    return None


def _han_names_in(texts: Iterable[str]) -> set[str]:
    """Every run of two to four Han characters in the texts that reads as a full name."""
    found: set[str] = set()
    for text in texts:
        for run in re.findall(r"[\u3400-\u9fff]{2,}", text):
            for start in range(len(run) - 1):
                for size in (2, 3, 4):
                    piece = run[start:start + size]
                    # A doubled character (谢谢佳琪, 看看) is a word, not a surname's start.
                    if start and run[start - 1] == run[start]:
                        break
                    if len(piece) == size and is_han_name(piece):
                        found.add(piece)
    return found


@functools.lru_cache(maxsize=4096)
def _spellings(name: str) -> set[tuple[str, str]]:
    """(surname, given name) as Hanyu Pinyin without tones, every reading of a character
    that has several (单 shan/dan): 罗芷晴 → (luo, zhiqing)."""
    from pypinyin import Style, pinyin  # only needed for display names in pinyin

    split = 2 if name[:2] in COMPOUND_SURNAMES else 1
    readings = pinyin(name, style=Style.NORMAL, heteronym=True)
    # Readings of the surname part and of the given part, joined per part.
    surnames = {""}
    for options in readings[:split]:
        surnames = {s + o.lower() for s in surnames for o in options}
    givens = {""}
    for options in readings[split:]:
        givens = {g + o.lower() for g in givens for o in options}
    return {(s, g) for s in surnames for g in givens}


def romanized_person(label: str, texts: Iterable[str],
                     names: Iterable[str] | None = None) -> str | None:
    """The one full Chinese name the file writes that a pinyin display name spells: a
    meeting app shows ``Zhiqing Luo`` or ``LUO Zhiqing`` (given name and surname in either
    order, syllables joined, hyphenated or spaced) while the host introduces 罗芷晴. A bare
    given name (``yanqiu``, a chat handle) spells a full name too when exactly one full
    name of the file has it. Two names it could spell and it is nobody for sure."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", label).strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z'’\- ]{1,40}", bare):
        return None
    words = [re.sub(r"['’\-]", "", w).lower() for w in bare.split()]
    if not 1 <= len(words) <= 3 or any(len(w) < 2 for w in words):
        return None
    fits: set[str] = set()
    for name in _han_names_in(texts) if names is None else names:
        for surname, given in _spellings(name):
            if len(words) == 1:
                if words[0] == given and len(name) - len(surname_of(name)) == 2:
                    fits.add(name)
            elif ("".join(words[:-1]) == given and words[-1] == surname) \
                    or (words[0] == surname and "".join(words[1:]) == given):
                fits.add(name)
    return fits.pop() if len(fits) == 1 else None


# After an office's title in running text, the holder's name: 教育局局长陈某某今日… ·
# The Secretary for Education, Mr Kevin Yeung, said… · 公司总经理 张某某出席.
_LATIN_HOLDER = re.compile(r"^,?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?"
                           r"(?P<name>[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){1,2})")


# What follows a holder's name in a lead sentence: the day, a conjunction, what they did.
_AFTER_HOLDER = re.compile(r"^(?:今日|今天|昨日|昨天|日前|早前|本日|于|於"
                           r"|联同|聯同|连同|連同|及|和|与|與|出席|表示|指出|致辞|致辭|主持|会见|會見|率领|率領|$)")


def _holder_opening(run: str) -> str | None:
    """The name a run after an office's title opens with (莫某某今日… → 莫某某)."""
    for length in (3, 2, 4):
        head = run[:length]
        if is_han_name(head) and _AFTER_HOLDER.match(run[length:]):
            return head
    return _name_opening(run)


def office_holder(label: str, texts: Iterable[str]) -> str | None:
    """The one person a label that is an office's title (數碼政策專員, 教育局局长, Secretary for
    Education) names: the name the file writes right after that title in its running text,
    as a government's release, a minutes' lead or a company's report names an office's
    holder once and then labels them by the office. Two names after the title, or none, and
    the label names nobody for sure (the curator's ``labels:`` line decides)."""
    label = label.strip()
    # (An English office is written with a linking word, Secretary for Education, Mayor of
    # Riverton; two capitalised words are a person's name, never an office.)
    latin = bool(re.fullmatch(r"[A-Z][A-Za-z'\-]+(?:\s[A-Za-z][A-Za-z'\-]+){1,6}", label)
                 and re.search(r"\s(?:of|for|on|and|the)\s", label))
    if not latin and not (re.fullmatch(r"[\u3400-\u9fff]{3,20}", label)
                          and POST_END.search(label)):
        return None
    if not latin and label in HOST_POSITIONS:
        return None
    found: set[str] = set()
    opening = re.compile(rf"^\s*(?:\*\*)?{re.escape(label)}(?:\*\*)?\s*[:：]")
    for text in texts:
        if opening.match(text):
            text = re.split(r"[:：]", text, maxsplit=1)[1]  # the office's own words
        for match in re.finditer(re.escape(label), text):
            after = text[match.end():match.end() + 40]
            if latin:
                held = _LATIN_HOLDER.match(after)
                name = held.group("name") if held else None
            else:
                run = re.match(r"[\s\u3000]?(?P<run>[\u3400-\u9fff]{2,8})", after)
                name = _holder_opening(run.group("run")) if run else None
                if name and (titled_surname(name) or re.search(f"(?:{POSITION})$", name)):
                    name = None
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 else None
