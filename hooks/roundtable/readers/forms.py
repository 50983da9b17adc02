"""One person in several forms of their name (layer 5 of the reading pipeline, after any reader).

A reader knows that ``Ivy`` is the ``林芷若`` of ``Ivy（林芷若）``, that ``Kevin`` is the
``高凯文`` of ``高凯文 Kevin`` or ``我是高凯文，大家叫我Kevin``, that ``RAMÍREZ-ORTEGA`` and
``DR. RAMÍREZ-ORTEGA`` are the ``Dr. Sofía Ramírez-Ortega`` of the programme, and that
``萨拉希`` is ``哈米德·萨拉希``. :func:`fullest_forms` reads the pairs the file states, whatever
reader read it; :func:`credit_fullest` renames the speakers of a draft to the fullest form.
A form is renamed only when exactly one person fits it, and never a name the metadata declares.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..model import labels_fix
from .draft import ANSWER, EXCLUDED, QUESTION, Block, Draft
from .identity import (
    DOTS,
    POSITION,
    TITLE_END,
    _han_names_in,
    by_title,
    given_name_of,
    handle_person,
    initials_of,
    keyed_map,
    name_opened_by,
    office_holder,
    people_stated,
    position_holder,
    positioned_person,
    romanized_person,
    seated_map,
    self_given_name,
    titled_surname,
    undotted,
    written_fits,
    written_full_name,
    written_given_name,
)
from .labels import SPEAKER_NUMBER
from .names import (
    COMPOUND_SURNAMES,
    NOT_NAME_ENDINGS,
    TITLES,
    is_han_name,
    is_latin_name,
    name_at_end,
)

_HAN_NAME = r"[\u3400-\u9fff]{1,8}(?:[·・•‧][\u3400-\u9fff]{1,8})+|[\u3400-\u9fff]{2,4}"
_LATIN_WORD = r"[A-Z][A-Za-z'\-]{1,15}"
# A nickname: 阿/小/老 before one or two characters or an English name (阿树, 小K, 阿May).
_NICKNAME = r"[小阿老](?:[\u3400-\u9fff]{1,2}|[A-Za-z][a-z]{0,9})(?![A-Za-z])"
# 林芷若（Ivy） · Ivy（林芷若） · 哈米德·萨拉希（Hamid Salahi）: a name, its other form in brackets.
_BRACKETED = re.compile(
    rf"(?P<a>{_NICKNAME}|{_HAN_NAME}|{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})\s*[（(]\s*"
    rf"(?P<b>{_NICKNAME}|{_HAN_NAME}|{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})\s*[）)]")
# A programme's entry: 陳志聰教授（Prof. Stanley Chan，港島大學醫學院） — a Chinese name with a
# title after it, and in brackets its English form with a title before and a position after.
_HAN_TITLE = r"(?:教授|醫生|医生|博士|先生|女士|小姐|老師|老师|律師|律师|院士|主任|總監|总监)"
_BRACKETED_ENTRY = re.compile(
    rf"(?P<a>{_HAN_NAME}){_HAN_TITLE}?\s*[（(]\s*(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Sir)\.?\s+)*"
    rf"(?P<b>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})\s*[，,、;；][^）)]*[）)]")
# Raymond Tse 謝文朗（…）: the English name first, then the Chinese, in a list.
_LATIN_THEN_HAN = re.compile(rf"(?:^|[：:、，,；;\s>*])(?P<b>{_LATIN_WORD}(?:\s+{_LATIN_WORD})?)\s+"
                             rf"(?P<a>[\u3400-\u9fff]{{2,3}})(?=\s*[（(、，,；;]|\s*$)")
# 高凯文 Kevin（…） in a list: a Chinese name and the English one colleagues use.
_SIDE_BY_SIDE = re.compile(rf"(?:^|[：:、，,；;\s>*])(?P<a>[\u3400-\u9fff]{{2,3}})\s+"
                           rf"(?P<b>{_LATIN_WORD})(?=\s*[（(、，,；;]|\s*$)")
# 我是高凯文，大家叫我Kevin · 我是 Ivy，中文名林芷若 · 我叫林芷若，英文名 Ivy.
_SELF_STATED = re.compile(
    rf"(?:我是|我叫)\s*(?P<a>{_HAN_NAME}|{_LATIN_WORD})\s*[，,]\s*"
    rf"(?:(?:大家|同事们?|朋友们?)(?:都|一般)?(?:叫我|喊我|管我叫)|(?:中文名|英文名|本名)(?:叫|是)?)"
    rf"\s*(?P<b>{_HAN_NAME}|{_LATIN_WORD})")
# 老周=周以恒（主持） · Mia＝米娅·卡特琳: a cast list's form and name joined by an equals sign.
_EQUATED = re.compile(
    rf"(?:^|(?<=[：:、，,；;\s]))(?P<a>{_NICKNAME}|{_HAN_NAME}|{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})"
    rf"\s*[=＝]\s*(?P<b>{_NICKNAME}|{_HAN_NAME}|{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})")
# 老周大名周以衡 · 阿杰，本名林杰: a nickname and the full name a text states for it (大名, 本名,
# 真名, 全名, 原名: Chinese's words for a person's real name beside what they are called).
_NAMED_FULLY = re.compile(
    rf"(?P<a>{_NICKNAME})\s*[，,]?\s*(?:大名|本名|真名|全名|原名)(?:叫|是|为|為)?\s*"
    rf"(?P<b>{_HAN_NAME})(?=[，,。；;（(\s]|$)")
# What people call someone, stated by a sentence or a bracket, Chinese's ways of saying it:
# 郑克 … （圈内都叫他“老K”） · 何蔓（大家都叫她何姐） · Leo，也就是黎昂 · 黎昂（Leo，做了…）.
_CALLED_FORM = (r"[“\"「『]?(?P<b>[A-Za-z][A-Za-z\-]{0,15}"
                r"|[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{0,3})[”\"」』]?")
_CALLED = (
    # A list entry or a name, then in its brackets: (someone) calls him/her X.
    re.compile(rf"(?:^\s*(?P<a>{_HAN_NAME})(?=[\s，,（(])[^（(\n]{{0,40}}|(?P<a2>[\u3400-\u9fff]{{2,12}}))"
               rf"[（(][^（()）]{{0,12}}?(?:叫|喊|称|稱|管)(?:他|她)(?:作|为|為|叫)?\s*{_CALLED_FORM}"),
    # X，也就是/即 黎昂: a sentence that says which named person a label's form is.
    re.compile(rf"(?<![A-Za-z\u3400-\u9fff]){_CALLED_FORM}\s*[，,]?\s*(?:也就是|就是|亦即|即)\s*"
               rf"(?P<a>{_HAN_NAME})(?=[，,。；;（(\s]|$)"),
    # 黎昂（Leo，做了…）: a Chinese name, its English name first in its brackets.
    re.compile(rf"(?P<a2>[\u3400-\u9fff]{{2,12}})\s*[（(]\s*(?P<b>{_LATIN_WORD})\s*[，,、;；]"),
)
# A two-character name a list spaces out with a full-width space to align it (郑　克).
_SPACED_PAIR = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff])\u3000([\u3400-\u9fff])"
                          r"(?![\u3400-\u9fff])")
_LATIN_TITLE = re.compile(r"^(?:(?:Professor|Doctor|Prof|Dr|Mr|Mrs|Ms|Mx|Sir)\.?\s+)+",
                          re.IGNORECASE)
# A Latin full name as a programme or a byline writes it: two or three capitalised words, with
# accents and hyphens (Sofía Ramírez-Ortega, Anders Lindqvist).
# A surname's particles stay with it (Ana de la Cruz, Ludwig von Mises, Pieter van den Broek).
# (Latin letters only: a Chinese text runs a name into its position, 副总裁Marcus Liang（梁墨）.)
_LATIN_FULL = re.compile(r"(?<![A-Za-z0-9_\u00c0-\u024f])(?P<name>[A-Z][A-Za-z\u00c0-\u024f'’\-]+"
                         r"(?:\s+(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|ter|ten|bin|al)"
                         r"\s+){0,3}[A-Z][A-Za-z\u00c0-\u024f'’\-]+){1,2})"
                         r"(?![A-Za-z0-9_\u00c0-\u024f])")

_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-. ]*")
"""A label in Latin letters with accents (RAMÍREZ-ORTEGA, PROF. LINDQVIST)."""


def _plain(text: str) -> str:
    """Case and accents folded: RAMÍREZ-ORTEGA and Ramírez-Ortega are one form."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _fuller(a: str, b: str) -> tuple[str, str] | None:
    """``(short form, full name)`` of a pair the file states, when one of them is a Chinese
    full name and the other is not (a nickname, an English name), else None."""
    han_a, han_b = _han_full(a), _han_full(b)
    if han_a and not han_b and _short_form(b):
        return b, a
    if han_b and not han_a and _short_form(a):
        return a, b
    return None


def _latin_kept(who: str, label_reading: dict[str, str]) -> bool:
    """A Latin full name (Marcus Liang) that Latin labels alone are read as (Marcus：): the
    file's fuller form in the script the label uses, kept over the Chinese form a bracketed
    pair gives it (Marcus Liang（梁墨）)."""
    labels = [label for label, reading in label_reading.items()
              if reading == who or (label == who and reading == "host")]
    return (is_latin_name(who) and len(who.split()) > 1 and not who.isupper() and bool(labels)
            and all(_LATIN_LETTERS.fullmatch(label) for label in labels))


def _short_form(text: str) -> bool:
    """A name's other form: an English name (Ivy, Hamid Salahi) or a nickname (小K, 阿树),
    not a department or a position in brackets (周敏（运营部）)."""
    return is_latin_name(text) or bool(re.fullmatch(_NICKNAME, text))


def _han_full(name: str) -> bool:
    return is_han_name(name) or any(d in name for d in DOTS[:-1])


def fullest_forms(texts: Iterable[str]) -> dict[str, str]:
    """Short form → full name, for every pair the texts state (brackets, a list's name and
    English name side by side, a speaker naming both forms); a form two names claim is left."""
    texts = list(texts)
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        for pattern in (_BRACKETED, _BRACKETED_ENTRY, _SIDE_BY_SIDE, _LATIN_THEN_HAN,
                        _SELF_STATED, _EQUATED, _NAMED_FULLY):
            for match in pattern.finditer(text):
                pair = _fuller(_trimmed(match.group("a").strip(), texts),
                               _trimmed(match.group("b").strip(), texts))
                if not pair or pair[0] == pair[1]:
                    continue
                short, full = pair
                if found.get(short, full) != full:
                    clashes.add(short)
                found[short] = full
    for short, full in called_forms(texts).items():
        if found.get(short, full) != full:
            clashes.add(short)
        found[short] = full
    return {short: full for short, full in found.items() if short not in clashes}


def called_forms(texts: Iterable[str]) -> dict[str, str]:
    """What the file says people are called → their names (老K → 郑克 of a guest list's
    郑　克 … 圈内都叫他“老K”; Leo → 黎昂 of Leo，也就是黎昂); a form said of two people is left."""
    found: dict[str, set[str]] = {}
    for text in texts:
        text = _SPACED_PAIR.sub(r"\1\2", text)
        for pattern in _CALLED:
            for match in pattern.finditer(text):
                groups = match.groupdict()
                name = (groups.get("a") or name_at_end(groups.get("a2") or "") or "").strip()
                form = match.group("b").strip()
                if not is_han_name(name) or not form or form == name or form in name:
                    continue
                found.setdefault(form, set()).add(name)
    return {form: names.pop() for form, names in found.items() if len(names) == 1}


def _trimmed(name: str, texts: list[str]) -> str:
    """A transliterated name without the words run into it (计算物理系哈米德·萨拉希 is
    哈米德·萨拉希): its first part as long as the file also writes it standing alone (after no
    Chinese character), else at most three characters."""
    parts = re.split(f"([{re.escape(DOTS[:-1])}])", name, maxsplit=1)
    if len(parts) < 3:
        return name
    first, dot, rest = parts
    # A list's entry opening with the whole name, after a bullet and a title at most
    # (●Ts.莫哈末法依扎·阿都拉欣博士（…）): a Malay or Arabic name's long first part is its own.
    entry = re.compile(rf"^\s*(?:[●•○◆■▪*\-]\s*|[A-Za-z]{{1,4}}\.\s*)+{re.escape(name)}"
                       rf"{_TRAILING_TITLE.pattern[:-1]}?\s*[（(]")
    if len(first) > 4 and any(entry.match(text) for text in texts):
        return name
    for size in range(min(len(first), 4), 0, -1):
        candidate = first[-size:] + dot + rest
        alone = re.compile(rf"(?<![\u3400-\u9fff]){re.escape(candidate)}")
        if any(alone.search(text) for text in texts):
            return candidate
    return first[-3:] + dot + rest


def latin_people(texts: Iterable[str]) -> set[str]:
    """Every Latin full name the texts write, without its title (Professor Kenji
    Nakashima-Bell is Kenji Nakashima-Bell); a run opened by a contraction (I’m Ellen
    Fairweather) is the name after it, and a title with a surname alone is no full name."""
    people = set()
    for text in texts:
        for match in _LATIN_FULL.finditer(text):
            words = match.group("name").split()
            while words and re.search(r"['’]", words[0]):
                words = words[1:]
            # And I'm Jonah · So it's Maya: a contraction inside the run opens the name after
            # it (O'Brien is no contraction).
            contracted = [i for i, word in enumerate(words)
                          if re.fullmatch(r"[A-Za-z]+['’](?:m|s|re|ve|ll|d)", word)]
            if contracted:
                words = words[contracted[-1] + 1:]
            name = _LATIN_TITLE.sub("", " ".join(words))
            if len(name.split()) > 1:
                people.add(name)
    return people


def _latin_full(name: str, people: set[str], texts: Iterable[str] = ()) -> str | None:
    """The one full Latin name whose surname a label writes in any case, with or without a
    title (PROF. LINDQVIST, RAMÍREZ-ORTEGA, Dr. Ramírez-Ortega); a name written surname first
    (Tang Weiyi, Kim Min-ho) where the file calls its holder by a title and that first word
    (Professor Tang)."""
    bare = _LATIN_TITLE.sub("", name).strip()
    if not bare or not re.fullmatch(r"[^\W\d_][\w'’\-. ]*", bare):
        return None
    words = bare.split()
    if len(words) > 1 and not bare.isupper():
        return None  # a full name already, as written
    texts = list(texts)
    if len(words) == 1:
        # DR. ARJUN MEHTA ON THE …: a heading's run of capitals goes on past the surname.
        people = {_capitals_cut_after(p, words[0]) for p in people}
    people = {_capitals_trimmed(p, texts) for p in people}
    fits = {p for p in people if _plain(p.split()[-1]) == _plain(words[-1])
            and (len(words) == 1 or _plain(p) == _plain(bare)
                 or _plain(p).endswith(" " + _plain(bare)))}  # DE LA CRUZ, particles and all
    if not fits and len(words) == 1 and _called_by_title(words[0], texts):
        # TANG of Professor Tang Weiyi: a Chinese, Korean or Japanese name in Latin letters is
        # often written surname first; the file's "Professor Tang" says which word it is.
        fits = {p for p in people if len(p.split()) == 2
                and _plain(p.split()[0]) == _plain(words[0])}
    # Physicist Vera Kowalczyk and Vera Kowalczyk: a capitalised word before a name the file
    # also writes alone (an occupation opening a sentence) is no part of it.
    fits = {p for p in fits if not any(o != p and _plain(p).endswith(" " + _plain(o))
                                       for o in fits)}
    # One person written in two cases (a label's TOBIAH MENSAH-LINDQVIST, the host's Tobiah
    # Mensah-Lindqvist) is one fit: the form prose writes, else the capitals title-cased.
    if len({_plain(p) for p in fits}) != 1:
        return None
    written = sorted(fits, key=lambda p: (p.isupper(), p))[0]
    return _title_cased(written) if written.isupper() else written


def _called_by_title(word: str, texts: list[str]) -> bool:
    """Whether the file calls someone by a title and ``word`` (Professor Tang, Dr. Kim)."""
    pattern = re.compile(r"\b(?:Professor|Prof|Doctor|Dr|Mr|Mrs|Ms|Mx)\.?\s+"
                         + re.escape(word) + r"\b", re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def _capitals_cut_after(name: str, surname: str) -> str:
    """A run of capitals that goes on past ``surname`` (ARJUN MEHTA ON), cut after it."""
    words = name.split()
    if not name.isupper():
        return name
    cut = [i for i, word in enumerate(words[:-1]) if i and _plain(word) == _plain(surname)]
    return " ".join(words[:cut[0] + 1]) if len(cut) == 1 else name


def _capitals_trimmed(name: str, texts: list[str]) -> str:
    """A name found in a run of capitals without the post glued before it: of COMMUNICATIONS
    LAUREN PIKE (a heading's DIRECTOR FOR COMMUNICATIONS LAUREN PIKE), the shortest tail of
    two or more words whose first word the file also writes in lower case letters, as a
    given name is (Thanks, Lauren); else the name as found."""
    words = name.split()
    if len(words) < 3 or not name.isupper():
        return name
    for start in range(len(words) - 2, 0, -1):
        given = _title_cased(words[start])
        if any(re.search(rf"(?<![\w'’-]){re.escape(given)}(?![\w'’-])", text) for text in texts):
            return " ".join(words[start:])
    return name


def _title_cased(name: str) -> str:
    """MENSAH-LINDQVIST as a name is written: Mensah-Lindqvist (each part after - or ' too)."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.casefold())


def _never_alone(name: str, texts: list[str]) -> str | None:
    """A two-character name the file never writes alone: every one of its mentions (three or
    more) follows the same character, a surname no list holds (郗 of 郗明远, read as 明远 by a
    reader that knows common surnames only). The longer form is the name."""
    if not re.fullmatch(r"[\u3400-\u9fff]{2}", name):
        return None
    before = [text[m.start() - 1] if m.start() else "" for text in texts
              for m in re.finditer(re.escape(name), text)]
    if len(before) < 3 or len(set(before)) != 1 or not re.fullmatch(r"[\u3400-\u9fff]",
                                                                    before[0]):
        return None
    return before[0] + name


def _given_name(label: str, forms: dict[str, str]) -> str | None:
    """The Chinese name of the one English full name a lone given name opens (Raymond is the
    Raymond Tse of 謝文朗, Karmen the Karmen Ho of 何嘉敏)."""
    if not re.fullmatch(_LATIN_WORD, label):
        return None
    fits = {full for short, full in forms.items() if " " in short
            and _plain(short.split()[0]) == _plain(label)}
    return fits.pop() if len(fits) == 1 else None


def _dotted_full(name: str, people: Iterable[str]) -> str | None:
    """The one transliterated name (哈米德·萨拉希) whose last part a label writes (萨拉希), or
    else whose first part, the given name, it writes (海伦娜 of 海伦娜·巴斯克斯-鲁伊斯)."""
    if any(d in name for d in DOTS):
        return None
    dotted = [p for p in people if any(d in p for d in DOTS[:-1])]
    for part in (-1, 0):
        fits = {p for p in dotted if re.split(f"[{re.escape(DOTS)}]", p)[part] == name}
        # (奥尔加·彼得罗娃是俄罗斯 is 奥尔加·彼得罗娃 and the sentence run into it.)
        fits = {p for p in fits if not any(p != q and p.startswith(q) for q in fits)}
        if fits:
            return fits.pop() if len(fits) == 1 else None
    # 法依扎 of 莫哈末法依扎·阿都拉欣: a Malay or Arabic name's given name after a prefix
    # (莫哈末, Mohd), run into the first part as Chinese papers write it.
    fits = {p for p in dotted if len(name) >= 2
            and (first := re.split(f"[{re.escape(DOTS)}]", p)[0]).endswith(name)
            and len(first) > len(name)}
    return fits.pop() if len(fits) == 1 else None


_TRANSLITERATED = re.compile(r"[\u3400-\u9fff]{1,12}(?:[·・•‧][\u3400-\u9fff]{1,8}"
                             r"(?:-[\u3400-\u9fff]{1,8})?)+")
_TRAILING_TITLE = re.compile(r"(?:博士|教授|先生|女士|小姐|医生|醫生|院士|老师|老師)$")


def _transliterated(texts: list[str]) -> set[str]:
    """Every transliterated name the texts write (海伦娜·巴斯克斯-鲁伊斯博士 is
    海伦娜·巴斯克斯-鲁伊斯), without the words run into it before or a title after."""
    return {_trimmed(_TRAILING_TITLE.sub("", m.group(0)), texts) for text in texts
            for m in _TRANSLITERATED.finditer(text)}


def _original_spelling(dotted: str, texts: list[str]) -> str | None:
    """The Latin name a bilingual file gives beside a transliteration: the next line (a
    subtitle's English line, a programme's translation) writes one Latin full name with as
    many parts, hyphenated alike (海伦娜·巴斯克斯-鲁伊斯 beside Helena Vasquez-Ruiz)."""
    parts = re.split(f"[{re.escape(DOTS[:-1])}]", dotted)
    shape = [part.count("-") for part in parts]
    found = set()
    for text, following in zip(texts, texts[1:], strict=False):
        if dotted not in text:
            continue
        if any(undotted(other) != undotted(dotted) and undotted(dotted) not in undotted(other)
               for other in _TRANSLITERATED.findall(following)):
            # (A list's next entry, 拉维·古玛（Ravi Kumar…）, spells its own person, never
            # the one this line names.)
            continue
        names = latin_people([following])
        fits = {n for n in names if [w.count("-") for w in n.split()] == shape}
        if len(fits) == 1:
            found |= fits
    return found.pop() if len(found) == 1 else None


_ROLE_WORDS = rf"(?:{POSITION}|代表|专家|專家|委员|委員|网友|網友|观众|觀眾|听众|聽眾|同学|同學)"
_TITLE_END = TITLE_END
"""A middle word ending as titles end, between a surname and a given name, is a title."""
_LINE_LABEL = re.compile(r"^\s*(?:\*\*)?(?P<label>[^\s:：*]{2,10}?)(?:\*\*)?\s*[:：]")


def _titled_given(label: str, texts: list[str]) -> str | None:
    """The name a label of surname + title + given name writes (溫主任委員士達 is 溫士達,
    陳處長慧玲 is 陳慧玲, as Taiwan's records print officials): the title is a word ending as
    titles end, and the file writes surname + title without that given name elsewhere."""
    if not re.fullmatch(r"[\u3400-\u9fff]{4,9}", label):
        return None
    surname = label[:2] if label[:2] in COMPOUND_SURNAMES else label[0]
    for given_size in (2, 1):
        title = label[len(surname):-given_size]
        if len(title) < 2 or not (title[-1] in _TITLE_END or title in TITLES):
            continue
        given = label[-given_size:]
        titled = surname + title
        if any(re.search(f"{re.escape(titled)}(?!{re.escape(given[0])})", text)
               for text in texts):
            return surname + given
    return None


def _role_suffix(label: str, labels: Iterable[str]) -> str | None:
    """The one other label of the file that is this one after a role word (乙 is the 嘉宾乙 of
    the guest list, 甲方 is 甲方代表… only when one fits)."""
    if not re.fullmatch(r"[\u3400-\u9fff]{1,3}|[A-Za-z]|\d{1,2}", label):
        return None
    # (A letter or a number after a role word, spaced or not, is an anonymised guest's
    # label: **嘉宾 A** first, then **A**.)
    fits = {other for other in labels if other != label and other.endswith(label)
            and re.fullmatch(_ROLE_WORDS + r"\s*", other[:-len(label)])}
    return fits.pop() if len(fits) == 1 else None


def _stated_person(who: str, texts: list[str], stated: dict[str, set[str]],
                   labels: set[str]) -> str | None:
    """The one person the file states (a byline, a lead, a caption, a list, a record's
    convention) that a short label is a form of: surname + title + given name, a surname or
    a surname and a title, the label after a role word. None where none or two fit."""
    if re.fullmatch(r"[A-Za-z]|\d{1,2}", who):
        return _role_suffix(who, labels)
    if who in stated or not re.fullmatch(r"[\u3400-\u9fff]{1,9}", who):
        return None
    return (_titled_given(who, texts) or (by_title(who, stated) if len(who) <= 4 else None)
            or name_opened_by(who, stated) or _role_suffix(who, labels))


# A label that names a device or a room, not a person: it carries a number, or a meeting
# room's, a phone's or a screen's word (CR-Bldg2-4.17 (Surface Hub), 电话用户 138****2207,
# 会议室-北7F-海淀厅).
_DEVICE = re.compile(r"\d|会议室|會議室|电话|電話|手机|手機|Room|Hub|iPhone|iPad|Android|Phone"
                     r"|Zoom|Teams|Rooms|终端|終端")
# A voice naming itself as it speaks from a device: it's Priya, Joel here, this is Kenji,
# 我是法务部孟舒.
_VOICE_EN = re.compile(r"\b(?:[Ii]t's|[Ii]t’s|[Tt]his is|I'm|I’m)\s+(?P<a>[A-Z][a-z]+)\b"
                       r"|(?:^|[,.!]\s*)(?P<b>[A-Z][a-z]+) here\b")
_VOICE_ZH = re.compile(r"(?:我是|我叫)(?P<run>[\u3400-\u9fff]{2,14})")


def _voice(text: str, latin: set[str]) -> str | None:
    """The person a turn says is speaking (a first name completed to the one Latin full name
    the file gives with it: Priya is Priya Raman), else None."""
    for match in _VOICE_ZH.finditer(text):
        # 我是原厂这边的FAE: a description ending in 的 names nobody.
        run = match.group("run")
        name = name_at_end(run) if run[-1] not in NOT_NAME_ENDINGS else None
        if name:
            return name
    for match in _VOICE_EN.finditer(text):
        first = match.group("a") or match.group("b")
        fits = {p for p in latin if p.split()[0] == first}
        if len(fits) == 1:
            return fits.pop()
    return None


# A device's default name, its owner's name and the device: Ethan's iPhone, Kevin的iPad (the
# name phones, tablets and laptops give themselves, which a meeting app shows for whoever
# joins from them).
_OWNED_DEVICE = re.compile(r"^(?P<owner>[A-Z][A-Za-z\-]+|[\u3400-\u9fff]{1,4})(?:'s|’s|的)\s*"
                           r"(?:iPhone|iPad|MacBook|Mac|Android|Galaxy|Pixel|Phone|手机|手機"
                           r"|电脑|電腦)\b")


def _device_owner(label: str, texts: list[str], latin: set[str]) -> str | None:
    """The person a device's default name says owns it, when the file names them in its
    words too (the host calls on them): Ethan's iPhone is Ethan (Ethan Wu if the file gives
    the one full name); else None (a borrowed phone is anyone's)."""
    match = _OWNED_DEVICE.match(label)
    if not match:
        return None
    owner = match.group("owner")
    # The owner called by name, not the device named again (Kevin 的 iPad 好像一直举着手).
    mentioned = re.compile(rf"(?<![A-Za-z\u3400-\u9fff]){re.escape(owner)}(?![a-z])"
                           r"(?!\s*(?:'s|’s|的)\s*(?:iPhone|iPad|MacBook|Mac|Android|Galaxy"
                           r"|Pixel|Phone|手机|手機|电脑|電腦))")
    if not any(mentioned.search(text) for text in texts if label not in text):
        return None
    full = {p for p in latin if p.split()[0] == owner}
    return full.pop() if len(full) == 1 else owner


# A label that names a place or a line anyone there speaks from, by the words meeting and
# call apps give them (a room, a conference terminal, a dial-in line, a phone user), not by
# a number alone: 会议室-3F-某厅, Room 4B, 电话接入 1, 手机用户 5831.
_SHARED = re.compile(r"会议室|會議室|会场|會場|终端|終端|电话接入|電話接入|电话用户|電話用戶"
                     r"|手机用户|手機用戶|(?<![A-Za-z])(?:Room|Rooms|Hub|Dial-?in|Call-?in)"
                     r"(?![a-z])|^(?:iPad|iPhone|Android)\b", re.IGNORECASE)
SHARED_PLACE = _SHARED
"""For other layers: a label naming a room or a line anyone there speaks from."""
# A turn handing over to one person by name: 可欣，你说一下 · 请晓东先说 · Priya, over to you.
# (A name opens the sentence or follows 请, then a comma, 你/您, or 先说/来讲.)
_HANDED_ZH = re.compile(r"(?:^|(?<=[。！？!?；;，,\s]))(?:请|請)?(?P<name>[\u3400-\u9fff]{2,3})"
                        r"(?=[，,]|你|您|(?:先|来|來)(?:说|說|讲|講|谈|談|聊|介绍|介紹))")
_HANDED_EN = re.compile(r"(?:^|(?<=[.?!]\s))(?P<name>[A-Z][a-z]+),")


def _called_person(name: str, texts: list[str], latin: set[str]) -> str | None:
    """The one person a turn calls by ``name``: a full Chinese name, or the given name of
    exactly one full name the file writes (可欣 of 马可欣 in 宋立和马可欣), or the first name of
    one Latin full name."""
    if re.fullmatch(r"[A-Z][a-z]+", name):
        fits = {p for p in latin if p.split()[0] == name}
        return fits.pop() if len(fits) == 1 else None
    if len(name) == 3 and is_han_name(name) and any(name in t for t in texts):
        return name
    if len(name) != 2:
        return None
    fits = {text[m.start() - 1] + name for text in texts
            for m in re.finditer(re.escape(name), text)
            if m.start() and is_han_name(text[m.start() - 1] + name)}
    return fits.pop() if len(fits) == 1 else None


def _handed_to(turn: Block, texts: list[str], latin: set[str], labels: set[str]) -> str | None:
    """The one person, with no label of their own, whom the last sentence of ``turn``
    hands over to by name (the chair calls on someone at a shared room's microphone)."""
    last = re.split(r"(?<=[。！？!?])\s*(?=\S)", turn.text.strip())
    sentence = " ".join(last[-2:])
    found = {person for pattern in (_HANDED_ZH, _HANDED_EN)
             for m in pattern.finditer(sentence)
             if (person := _called_person(m.group("name"), texts, latin))}
    found = {p for p in found if p not in labels and not any(p.endswith(x) and len(x) > 1
                                                             for x in labels)}
    return found.pop() if len(found) == 1 else None


def _credit_shared_labels(draft: Draft, texts: list[str], skip: set[str]) -> None:
    """A room's or a shared line's label (:data:`_SHARED`) stands for whoever speaks there: a
    turn of it is credited to the one person the turn before hands over to by name, and any
    other answer under it warns at its line with the ``labels:`` line that decides it (the
    one person speaking from there, if only one does). Labels in ``skip`` (declared, or a
    voice named itself from them) are left alone."""
    latin = latin_people(texts)
    labels = {b.who for b in draft.blocks if b.who}
    handed: dict[str, list[str]] = {}
    unsure: list[Block] = []
    before: Block | None = None
    for block in draft.blocks:
        if block.role not in (QUESTION, ANSWER):
            continue
        label = block.who
        shared = label and label not in skip and _SHARED.search(label) \
            and not is_han_name(label) and not is_latin_name(label)
        if shared and (before is None or before.who != label):
            person = _handed_to(before, texts, latin, labels) if before is not None else None
            if person:
                block.who = person
                block.rule = (f"{label} names a room or a shared line; the turn before hands "
                              f"over to {person} by name")
                handed.setdefault(label, []).append(person)
            elif block.role == ANSWER:
                unsure.append(block)
        elif shared and before is not None and before.who != block.who:
            unsure.append(block)  # the same label again after a handed-over turn
        elif shared and unsure and unsure[-1] is before:
            unsure.append(block)  # the next paragraph of a turn nobody was handed
        before = block
    for block in unsure:
        label = block.who
        people = sorted(set(handed.get(label, [])))
        who = people[0] if len(people) == 1 else label
        draft.warn(block.lines[-1], f"{label} names a room or a shared line, not a person, "
                   "and no one is handed the word by name before this turn: whose words?",
                   f"if one person speaks from {label}, add `labels: {{{label}: {who}}}` to "
                   "the metadata (their name); else open the line with its speaker's label",
                   fix=labels_fix(label, who))


# A turn saying it passes on someone else's words: 转述 · 转发 · 代发 · 转达 (and their
# traditional forms), "passing on for", "on behalf of", "relaying" (how an assistant, a
# secretary or a group's bot announces the words it posts for a guest).
_RELAY = re.compile(r"转述|轉述|转发|轉發|代发|代發|转达|轉達|代为|代為|passing (?:\w+ )?on for"
                    r"|on behalf of|relaying", re.IGNORECASE)


def _relayed_person(text: str, own: str, people: set[str]) -> str | None:
    """The one other speaker of the file a relay announcement names (by full name, or a
    Chinese full name's given name: 卓然老师 for 陈卓然, or a Latin full name's first name)."""
    found = set()
    for person in people - {own}:
        forms = {person}
        if is_han_name(person) and len(person) == 3:
            forms.add(person[1:])
        if is_latin_name(person):
            forms.add(person.split()[0])
        if any(form in text for form in forms):
            found.add(person)
    return found.pop() if len(found) == 1 else None


def _credit_relays(draft: Draft, texts: list[str], skip: set[str]) -> None:
    """A short turn announcing that its speaker passes on another speaker's words (an
    assistant's account posting a guest's voice message) is the poster's own note, not
    speech: excluded with its reason; the turns of the same label right after it are the
    relayed person's words, which only the curator can confirm: each warns at its line with
    the ``labels:`` line that credits them. Labels in ``skip`` (declared) are left alone."""
    people = {b.who for b in draft.blocks if b.who and b.role == ANSWER} \
        | set(draft.guests) | latin_people(texts)
    relayed: tuple[str, str] | None = None  # (relaying label, relayed person)
    for block in draft.blocks:
        if block.role not in (QUESTION, ANSWER):
            continue
        if relayed and block.who == relayed[0]:
            label, person = relayed
            if block.role == ANSWER:
                draft.warn(block.line, f"{label} passes on {person}'s words here (the turn "
                           "before says so): read as its own",
                           f"if every turn of {label} relays {person}, add `labels: "
                           f"{{{label}: {person}}}` to the metadata; else label this line "
                           f"{person}'s",
                           fix=labels_fix(label, person))
            continue
        relayed = None
        label = block.who
        if not label or label in skip or block.role != ANSWER or len(block.text) > 80 \
                or not _RELAY.search(block.text):
            continue
        person = _relayed_person(block.text, "", people)
        if person == label:
            # The labels map already credits the account to the person it relays (the
            # curator said so): its announcement is still its own note, not their words.
            block.role, block.who = EXCLUDED, ""
            block.rule = f"an announcement that {person}'s words are passed on: a note"
        elif person:
            block.role, block.who = EXCLUDED, ""
            block.rule = f"{label} announces that it passes on {person}'s words: its own note"
            relayed = (label, person)


def credit_device_voices(draft: Draft, texts: list[str], declared: Iterable[str] = ()) -> None:
    """A device's or a room's label credits the person who names themselves speaking from
    it, from that turn on, until another names themselves under the same label: a meeting
    room's screen shared by two, a phone line. Turns before anyone is named keep the label;
    a room's label nobody names themselves from goes to :func:`_credit_shared_labels`."""
    declared = set(declared)
    latin = latin_people(texts)
    current: dict[str, str] = {}
    heard: dict[str, set[str]] = {}
    previous = ""
    spoken_from = {b.who for b in draft.blocks if b.who and _voice(b.text, latin)}
    # A numbered seat the file's list names (4号 → 冉　诚) is that person, not a device
    # whose speakers name themselves (我是普通的软件工程师 names nobody).
    declared |= set(seated_map(texts, spoken_from))
    _credit_shared_labels(draft, texts, declared | spoken_from)
    _credit_relays(draft, texts, declared)
    for block in draft.blocks:
        label, before = block.who, previous
        previous = label
        if not label or label in declared or not _DEVICE.search(label) \
                or SPEAKER_NUMBER.match(label) or re.search(r"spk|SPEAKER|speaker", label) \
                or is_han_name(label) or is_latin_name(label):
            continue
        voice = _voice(block.text, latin)
        if not voice and label not in heard:
            voice = _device_owner(label, texts, latin)
        if voice:
            current[label] = voice
            heard.setdefault(label, set()).add(voice)
        elif len(heard.get(label, ())) > 1 and before != label and block.role == "answer":
            # Two people have spoken from this device, and another turn came between: which
            # one speaks now, the file does not say.
            draft.warn(block.lines[-1], f"{label} is a device two people spoke from "
                       f"({', '.join(sorted(heard[label]))}); credited to {current[label]} "
                       "by the last who named themselves",
                       "confirm it, or move the words under the right speaker's label")
        if label in current:
            block.who = current[label]
            draft.aliases.setdefault(label, current[label])


_BRACKET_CLOSE = re.compile(r"\s*[）)]")


def _closed_after(text: str, label: str) -> bool:
    """Whether ``label`` stands somewhere in ``text`` with a closing bracket after it."""
    start = text.find(label)
    while start >= 0:
        if _BRACKET_CLOSE.match(text, start + len(label)):
            return True
        start = text.find(label, start + 1)
    return False


def handle_names(labels: Iterable[str], texts: list[str]) -> dict[str, str]:
    """Label → full name, for a label (a chat handle, a nickname) that the file writes in
    brackets right after a full name, with or without an ``@``: ``Dr. Amara Lindqvist
    (@amara.l)`` in a welcome or a list of guests, ``梁一舟（leo_l）``. Only the file's own
    labels are looked for, and only a label one full name claims."""
    found: dict[str, str] = {}
    lower_words = {w for text in texts for w in re.findall(r"(?<![\w])[a-z][\w'’\-]*", text)}
    for label in labels:
        if not label or is_han_name(label) or is_latin_name(label) or len(label) > 30:
            continue
        if not any(_closed_after(text, label) for text in texts):
            continue  # never in brackets: its pattern, compiled per label, cannot match
        bracket = rf"\s*[（(]\s*@?{re.escape(label)}\s*[）)]"
        named = re.compile(rf"(?P<latin>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,2}}){bracket}"
                           rf"|(?P<han>[\u3400-\u9fff·]{{2,12}}){bracket}")
        names: set[str] = set()
        for text in texts:
            for match in named.finditer(text):
                if match.group("latin"):
                    words = match.group("latin").split()
                    # A sentence's capitalised first word (Welcome) before a two-word name:
                    # a word the file also writes in lower case.
                    if len(words) == 3 and words[0].lower() in lower_words:
                        words = words[1:]
                    names.add(_LATIN_TITLE.sub("", " ".join(words)))
                else:
                    han = name_at_end(match.group("han")) or ""
                    if _han_full(han):
                        names.add(han)
        if len(names) == 1:
            found[label] = names.pop()
    return found


# A label in Latin letters that could be a pinyin name (Zhiqing Luo, LUO Zhiqing, yanqiu):
# letters, spaces, hyphens and apostrophes only.
_ROMAN_LABEL = re.compile(r"[A-Za-z][A-Za-z'’\- ]{1,40}")


# A label that says a person is about to speak without naming them (发言人, 主讲人, 报告人,
# 讲者, 嘉宾: a Chinese record's words for "speaker"), a heading's key in minutes and reports.
_SPEAKER_KEY = re.compile(r"(?:发言人|發言人|主讲人|主講人|报告人|報告人|讲者|講者|嘉宾|嘉賓"
                          r"|发言嘉宾|發言嘉賓|主讲嘉宾|主講嘉賓)")


def _heading_person(text: str) -> str | None:
    """The person a paragraph is nothing but the statement of: a name, then spaces and who
    they are (某某　某大学副教授), no sentence."""
    text = text.strip().replace("*", "")
    if len(text) > 60 or re.search(r"[。？！?!；;，,：:]", text):
        return None
    words = [w for w in re.split(r"[\s\u3000]+", text) if w]
    name = re.sub(r"(?:先生|女士|老师|老師|教授|博士)$", "", words[0]) if words else ""
    if re.fullmatch(f"(?:{POSITION})", name) or not re.fullmatch(r"[\u3400-\u9fff·]{2,8}", name):
        return None
    # (A surname no list holds, 阎 or 芮, when the words after it end as a position ends.)
    described = len(words) > 1 and re.search(f"(?:{POSITION}|[{TITLE_END}]|家)$", words[-1])
    return name if is_han_name(name) or described else None


def credit_heading_labels(draft: Draft, declared: Iterable[str] = ()) -> None:
    """A speaker key's paragraph that only states a person (**发言人：某某　某大学副教授**,
    above a record's summary of their talk) is a heading: its person speaks the paragraphs
    the same key runs on over, up to the next heading or another speaker, and the heading
    itself is no one's words."""
    declared = set(declared)
    person = ""
    for block in draft.blocks:
        if block.role not in (ANSWER, QUESTION, EXCLUDED):
            person = ""
            continue
        who = block.who.strip("*【[ ")
        if who in declared or not _SPEAKER_KEY.fullmatch(who):
            if block.role != EXCLUDED:
                person = ""
            continue
        named = _heading_person(block.text)
        if named:
            person = named
            block.role, block.who = EXCLUDED, ""
            block.rule = "a speaker key's heading naming who speaks below"
        elif person and block.role == ANSWER:
            block.who = person
            block.rule = block.rule or "below a heading that names its speaker"


def _surname_and_post(label: str, texts: list[str]) -> str | None:
    """The full name a surname-and-post label (黄部长, 李局长, 邹行长) stands for, when the
    file writes that person with the same post after the full name (its title's 黄某某部长在…):
    the one full name of that surname the file writes before that post."""
    # (Any head's post ending in 长 too: 行长, 社长, 台长, 州长.)
    match = re.fullmatch(rf"(?P<surname>[\u3400-\u9fff])"
                         rf"(?P<post>{POSITION}|[\u3400-\u9fff]{{1,2}}[长長])", label)
    if not match:
        return None
    surname, post = match.group("surname"), re.escape(match.group("post"))
    found = {m.group(1) for text in texts
             for m in re.finditer(rf"({re.escape(surname)}[\u3400-\u9fff]{{1,2}}?){post}", text)}
    found = {name for name in found if is_han_name(name) and not titled_surname(name)}
    return found.pop() if len(found) == 1 else None


def _warn_either(draft: Draft, label: str, either: list[str]) -> None:
    """One warning at the label's first turn: it could be any of ``either``, the full names
    the file writes that it is a short form of; the ``labels:`` line decides."""
    first = next((b for b in draft.blocks if b.who == label and b.role in (ANSWER, QUESTION)),
                 None)
    if first is None or any(w.message.startswith(f"'{label}' could be") for w in draft.warnings):
        return  # (the reader warned already, from the people the file lists)
    draft.warn(first.line, f"'{label}' could be {' or '.join(either)}: the file writes both "
               "names and the label is a short form of either",
               f"if it is {either[0]}, add `labels: {{{label}: {either[0]}}}` to the metadata "
               "(or another of them); if it stands for each in turn, write the full name in "
               "each label", fix=labels_fix(label, either[0]))


def credit_fullest(draft: Draft, texts: list[str], declared: Iterable[str] = ()) -> None:
    """Every speaker of the draft credited by the fullest form of their name the file gives."""
    declared = set(declared)
    credit_heading_labels(draft, declared)
    credit_device_voices(draft, texts, declared)
    forms = fullest_forms(texts)
    speakers = {b.who for b in draft.blocks if b.who}
    people = set(draft.guests) | speakers
    latin = latin_people(texts)
    handles = handle_names(speakers - declared, texts)
    renamed: dict[str, str] = {}
    stated: dict[str, set[str]] | None = None  # read once, only when a label needs it
    keyed: dict[str, str] | None = None
    han_names: set[str] | None = None
    joined = "\n".join(texts)
    labels: set[str] = set()
    for who in speakers:
        if who in declared:
            continue
        base = re.sub(r"[（(][^）)]*[）)]\s*$", "", who).strip()
        if forms.get(who) and _latin_kept(who, draft.label_reading):
            continue
        if keyed is None:
            # A key the file states for its labels (a legend's 🎙️ = 周岚, EQ = Eleanor
            # Quist), read once, for the speakers' labels only.
            keyed = keyed_map(texts, speakers)
        full = keyed.get(who) or handles.get(who)
        if full and full == handles.get(who):
            # 戴博士（+60 12-608 3371）: a handle's holder written as a surname and a post, whom
            # the file names in full with that post (主讲人：戴志豪博士).
            full = _surname_and_post(full, texts) or full
        if not full and not (is_han_name(base) or is_latin_name(base)) and "@" + base in joined:
            # @kaito_h（黄凯涛）: a handle the file writes and then, in brackets, its holder.
            full = handle_person(base, texts)
        full = full or forms.get(who) or forms.get(base) \
            or _dotted_full(who, people | set(forms.values()) | _transliterated(texts))
        if not full and " " in base:
            # 远帆机器人 安德烈·科瓦奇 · 【某院士 某某】: a unit or a post, a space, then
            # someone the file names (a guest, another label, a transliterated name).
            full = positioned_person(base, people | _transliterated(texts))
        if not full and _ROMAN_LABEL.fullmatch(base):
            # Zhiqing Luo, a meeting app's pinyin display name, is the 罗芷晴 the file writes.
            if han_names is None:
                han_names = _han_names_in(texts)
            full = romanized_person(base, texts, han_names)
        if full and full not in people and any(d in full for d in DOTS[:-1]):
            full = _original_spelling(full, texts) or full
        if not full and _LATIN_LETTERS.fullmatch(base):
            full = _latin_full(base, latin | {f for f in forms if is_latin_name(f)}, texts) \
                or initials_of(base, latin | people)
            # Dr. Wong → Winnie Wong → 黃詠詩: the English full name a pair gives its Chinese.
            full = forms.get(full or "", full) or _given_name(base, forms)
        if not full and base != who and base in people:
            full = base
        if not full and not forms.get(who):
            full = _never_alone(who, texts)
        if not full:
            if stated is None:
                stated = people_stated(texts)
                labels = speakers | {m.group("label") for text in texts
                                     if (m := _LINE_LABEL.match(text))}
            full = _stated_person(base, texts, stated, labels)
            # 一鸣 of 韦一鸣, Marcus of Marcus Liang; 董事长 of the guest list's 董事长兼CEO
            # 欧阳靖; 范 of the 范景淳 that the title, lead and caption write.
            # A label that is a name itself (林雪) is another person's given name only
            # where that person speaks too; stated names (谢林雪 of 谢谢林雪老师) may be
            # a verb run into the name.
            full = (full or given_name_of(base, people)
                    or (None if is_han_name(base) else given_name_of(base, set(stated) | latin))
                    or position_holder(base, stated) or office_holder(base, texts)
                    or written_full_name(base, texts) or _surname_and_post(base, texts)
                    or written_given_name(base, texts))
        if not full and not is_han_name(base) and not re.search(r"\d", base) and not (
                is_latin_name(base) and " " in base and "." not in base):
            # (发言人2, Speaker 1: a recorder's numbered voice is mapped by its own rules.)
            # A display name (Ming, 🌱小草, Jiahe S.) whose holder names themself in one of
            # their own messages (大家好，我是予明～ · hi all, I'm Dana): that name, or the one
            # full name the file writes it in (黃予明).
            # (The file's guests first: 感谢嘉禾 also writes a 谢嘉禾 no one is.)
            own = [b.text for b in draft.blocks if b.who == who]
            if han_names is None:
                han_names = _han_names_in(texts)
            full = self_given_name(own, set(draft.guests) | latin) \
                or self_given_name(own, han_names | people | latin, texts)
        if full and full != who and undotted(full) != who:
            renamed[who] = full
        elif not full and who == base and (either := written_fits(base, texts)):
            # 晓雨 where the file writes 林晓雨 and 陈晓雨: warned, never guessed.
            _warn_either(draft, who, either)
    if not renamed:
        return
    for block in draft.blocks:
        if block.who in renamed:
            block.who = renamed[block.who]
    for short, full in renamed.items():
        guest = draft.guests.pop(short, None)
        if guest is not None:
            kept = draft.introduce(full, guest.affiliation, guest.honorific, guest.line)
            kept.name = full
        draft.aliases.setdefault(short, full)
    for label, reading in list(draft.label_reading.items()):
        draft.label_reading[label] = renamed.get(reading, reading)
