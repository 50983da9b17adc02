"""Who is who, from the file (layer 5 of the reading pipeline).

A person reading a transcript knows that ``周总`` is the ``周立恒`` the guest list names, that
``麥：`` is 麥詠詩 when she is the only 麥 in the file, that ``Prof. Adeyemi`` and ``Tunde
Adeyemi`` are one man and ``魏德曼`` is ``马库斯·魏德曼``. :func:`resolve` finds, among the
people the file introduces, the one a label's form points at, and only when exactly one fits.
:func:`stated_map` reads what the file states itself: ``发言人2：嘉宾 许安然``, ``发言人2即许安然``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import (
    COMPOUND_SURNAMES,
    LATIN_TITLES,
    SURNAMES,
    TITLES,
    is_han_name,
    is_latin_name,
    name_at_end,
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
    if re.fullmatch(r"[A-Za-z'\- ]+", bare):
        # MS. LI, Prof. ADEYEMI: a Latin surname, any case.
        fits = [p for p in people if is_latin_name(p)
                and p.split()[-1].lower() == bare.split()[-1].lower()]
        return fits[0] if len(fits) == 1 else None
    form = _SURNAME_AND_TITLE.match(bare)
    if form:
        fits = [p for p in people if is_han_name(p) and surname_of(p) == form.group("surname")]
        return fits[0] if len(fits) == 1 else None
    return None


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


def stated_map(lines: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """Labels the file itself maps to a person: label → (the fullest name given, whether the
    statement calls them a host), from clauses that state only that."""
    found: dict[str, tuple[str, bool]] = {}
    for text in lines:
        for clause in re.split(r"[；;，,、。]\s*", text.strip().lstrip("#>*- ").strip()):
            # A note's own heading before the statement: 【整理说明】发言人1为…
            match = STATED.match(re.sub(r"^[【\[][^】\]]{1,10}[】\]]\s*", "", clause.strip()))
            if not match:
                continue
            full = (match.group("full") or "").strip()
            # 周敏（运营部）: the brackets hold a department, not a fuller name.
            name = full if is_han_name(full) or is_latin_name(full) or "·" in full \
                else match.group("name").strip()
            name, _ = split_honorific(name)
            if is_han_name(name) or is_latin_name(name) or "·" in name:
                found[match.group("label").strip()] = (name, match.group("role") in HOST_ROLES)
    return found

# A transliterated name and its original spelling in brackets: 马库斯·魏德曼（Markus Weidmann）.
SPELLED = re.compile(r"(?P<han>[\u3400-\u9fff]{1,8}(?:[·・•‧][\u3400-\u9fff]{1,8})+|[\u3400-\u9fff]{2,4})"  # noqa: E501
                     r"\s*[（(](?P<latin>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,3})[）)]")


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
            if len(undotted(han)) < 2:
                continue
            for form in {latin, latin.split()[-1]}:
                if found.get(form, han) != han:
                    clashes.add(form)
                found[form] = han
    return {form: han for form, han in found.items() if form not in clashes}


# A speaker naming themselves at the start of a turn: 我是邓启明，… · 大家好，我叫许安然 · I'm Nora.
SELF_NAMED = re.compile(r"^(?:[^。！？!?]{0,8}[，,。！!]\s*)?(?:我是|我叫|I'm|I am|This is)\s*"
                        r"(?P<name>[\u3400-\u9fff]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                        r"(?=[，,。.!！\s]|$)")


def self_named(text: str) -> str | None:
    """The name a turn opens by giving its speaker's own, if it does."""
    match = SELF_NAMED.match(text)
    if not match:
        return None
    name = match.group("name")
    return name if is_han_name(name) or is_latin_name(name) else None


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


def title_only(text: str) -> bool:
    """A surname and a title (樊老), not a name."""
    return bool(_SURNAME_AND_TITLE.match(text)) and len(text) < 3


def addressed(text: str, people: Iterable[str]) -> str | None:
    """The person a host's turn turns to: of the people it names (in full, by surname and
    title: 樊老师, 石总), the one named last, when it names one at its end or asks them."""
    people = [p for p in people if is_han_name(p)]
    spots: list[tuple[int, str]] = []
    for person in people:
        for form in {person, *(surname_of(person) + t for t in (*TITLES, "局"))}:
            start = text.rfind(form)
            if start >= 0:
                spots.append((start, person))
    if not spots:
        return None
    return max(spots)[1]
