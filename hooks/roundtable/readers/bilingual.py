"""A bilingual record: every turn printed twice, in the language it was spoken in and in
translation (a forum's proceedings, a bilingual interview page), each copy under the label
of its own language (``方敏哲：`` then ``Fang:``, ``Aalto:`` then ``阿尔托：``).

A reader sees the pairs: two labelled paragraphs side by side, one in Chinese and one in a
Latin script, over and over, and the two labels name one person — the Latin one is the
Chinese name's pinyin (``Ling Wei`` for 凌薇, ``Fang`` for 方敏哲), or the file writes the two
side by side (``亨里克·阿尔托（Henrik Aalto，…）``), or both are the audience. A dialogue
across languages (a Chinese host and an English guest taking turns) pairs up as well, but
its labels name two people, so it is not read as one. :func:`paired_labels` gives, for each
Latin label of such a record, the Chinese label of the same person; the turn reader then
reads both copies as one turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .labels import AUDIENCE, ROLE_PREFIX

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
MIN_PAIRS = 3
"""Pairs enough to call a file bilingual, not a dialogue that switches language once."""
PAIRED_SHARE = 0.6
"""The part of the labelled paragraphs that must stand in pairs."""


def script(text: str) -> str:
    """``zh`` for Chinese text (a Han character stands for a word of some four letters),
    ``latin`` for text in a Latin script, ``""`` for neither."""
    han, latin = len(_HAN.findall(text)), len(_LATIN.findall(text))
    if han and han * 4 >= latin:
        return "zh"
    return "latin" if latin else ""


def _han_name(label: str) -> str:
    """The name in a Chinese label, without a role before it (主持人 凌薇 → 凌薇) or an
    affiliation after it."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", label).strip()
    prefixed = ROLE_PREFIX.match(bare)
    return prefixed.group("name") if prefixed else bare


def _spellings(han: str) -> set[str]:
    """The pinyin a Latin label may write a Chinese name in: whole (lingwei), the surname
    alone (fang), the given name before the surname (minzhefang)."""
    from pypinyin import lazy_pinyin  # only needed for bilingual files

    syllables = [s for s in lazy_pinyin(han) if s.isalpha() and s.isascii()]
    if len(syllables) != len(han) or not 2 <= len(syllables) <= 4:
        return set()
    return {"".join(syllables), syllables[0], "".join(syllables[1:]) + syllables[0]}


def same_person(han_label: str, latin_label: str, texts: Sequence[str]) -> bool:
    """Whether a Chinese label and a Latin one name one person: both the audience, the
    Latin one ends in the Chinese name's pinyin, or the file writes the Latin name in
    brackets after the Chinese one (阿尔托 … （Henrik Aalto，…）)."""
    unbracketed = [re.sub(r"\s*[（(][^）)]*[）)]$", "", label)
                   for label in (han_label, latin_label)]
    if all(AUDIENCE.match(label) for label in unbracketed):
        return True
    han = _han_name(han_label)
    letters = re.sub(r"[^a-z]", "", latin_label.lower())
    if letters and any(letters.endswith(s) for s in _spellings(han)):
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'\-]+", latin_label)
    if not words or not han:
        return False
    beside = re.compile(rf"{re.escape(han)}\s*[（(]\s*[A-Za-z][^）)，,；;]*\b"
                        rf"{re.escape(words[-1])}\b")
    return any(beside.search(text) for text in texts)


def paired_labels(turns: Sequence[tuple[str, str]], texts: Sequence[str]) -> dict[str, str]:
    """For a bilingual record's paragraphs ``(label, text)`` in file order (``""`` for an
    unlabelled one), each Latin label mapped to the Chinese label of the same person; ``{}``
    for a file that is no such record. ``texts`` are the file's lines, where it may write a
    name in both scripts."""
    pairs: list[tuple[str, str]] = []
    labelled = sum(1 for label, _ in turns if label)
    index = 0
    while index + 1 < len(turns):
        (first, one), (second, other) = turns[index], turns[index + 1]
        scripts = {script(one), script(other)}
        if first and second and scripts == {"zh", "latin"}:
            pairs.append((first, second) if script(one) == "zh" else (second, first))
            index += 2
        else:
            index += 1
    if len(pairs) < MIN_PAIRS or len(pairs) * 2 < PAIRED_SHARE * labelled:
        return {}
    mapped: dict[str, set[str]] = {}
    for han, latin in pairs:
        mapped.setdefault(latin, set()).add(han)
    if any(len(hans) > 1 for hans in mapped.values()):
        return {}  # one Latin label beside two Chinese ones: two people, not one in two scripts
    found = {latin: hans.pop() for latin, hans in mapped.items()}
    agreeing = {latin: han for latin, han in found.items() if same_person(han, latin, texts)}
    # Most pairs of labels must be seen to name one person: a Chinese host and an English
    # guest taking turns name two. A pair not seen so keeps its two labels.
    if len(agreeing) * 3 < len(found) * 2:
        return {}
    return agreeing
