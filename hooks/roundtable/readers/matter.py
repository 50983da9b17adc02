"""Front and back matter: what surrounds the speech and is never speech.

Bylines and facts (来源, 作者, 记者 with a date, 编辑, 时间, 地点, 关键词, 原文链接 …) become the
transcript's facts and are excluded with their reason; a guest list (嘉宾：A（机构）、B（机构）)
introduces the speakers; a trailing 相关资讯/推荐阅读 block and ``图片`` placeholders are excluded;
编者按 is the editors' intro. Shared by every reader, which then reads only what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import is_han_name, is_latin_name, name_at_end, split_honorific
from .source import Line

# Keys of lines that state a fact about the text, and the info key each fills.
FACT_KEYS = {
    "来源": "publisher", "本文来源": "publisher", "出品": "publisher", "主办": "organiser",
    "作者": "author", "文": "author", "撰文": "author", "记者": "author", "采访": "author",
    "编辑": "editor", "责任编辑": "editor", "编审": "editor", "审校": "editor", "校对": "editor",
    "排版": "editor", "策划": "editor", "整理": "transcriber", "文字整理": "transcriber",
    "文字记录": "transcriber", "速记": "transcriber", "译者": "translator", "翻译": "translator",
    "时间": "date", "日期": "date", "会议时间": "date", "发布时间": "published",
    "发布日期": "published", "时长": "duration", "会议时长": "duration",
    "地点": "place", "会议地点": "place", "关键词": "keywords", "关键字": "keywords",
    "原文链接": "url", "原文地址": "url", "链接": "url", "原文": "url", "图片来源": "image credit",
    "图源": "image credit", "封面来源": "image credit", "转载": "rights", "版权声明": "rights",
    "声明": "rights", "采访者": "author", "采写": "author",
}
GUEST_KEYS = ("嘉宾", "嘉宾介绍", "对话嘉宾", "与会嘉宾", "出席嘉宾", "圆桌嘉宾", "参会人", "参会人员", "与会者",  # noqa: E501
              "主讲人", "主讲嘉宾", "演讲者", "演讲嘉宾", "讲者", "受访者", "受访嘉宾", "分享嘉宾")
HOST_KEYS = ("主持人", "主持", "Moderator", "Host")
EDITORS_NOTE = re.compile(r"^(?:>\s*)?(?:【编者按】|编者按\s*[:：]?|编者注\s*[:：]|导语\s*[:：]|导读\s*[:：])")  # noqa: E501
# Everything from such a line on is the page's surroundings, not the transcript.
TAIL_MARKERS = re.compile(
    r"^[#*\s]*(?:相关资讯|相关阅读|推荐阅读|延伸阅读|往期回顾|往期推荐|热门文章|更多阅读|精彩推荐"
    r"|参考链接|参考资料|参考文献|相关链接)[:：]?[*\s]*$"
)
IMAGE_PLACEHOLDER = re.compile(r"^(?:图片|\[图片\]|【图片】|\(图片\)|（图片）|\[image\]|<图片>)$", re.I)  # noqa: E501
# 作者：林晓 · 受访者｜周敏 · **嘉宾**：…
LABEL = re.compile(r"^\**(?P<key>[^\s:：*｜|丨]{1,8})\**\s*[:：｜|丨]\s*(?P<value>.*)$")
# 记者 林晓 2024年3月18日 · 36氪 记者 林晓 2024年3月18日 (a publisher may come first)
BYLINE_NO_COLON = re.compile(
    r"^(?:(?P<publisher>[^\s:：]{1,12})\s+)?(?P<key>记者|作者|文|撰文|编辑|责编|采访|采写)\s+"
    r"(?P<value>[\u3400-\u9fff·]{2,4}(?:[\s、，,]+[\u3400-\u9fff·]{2,4})*)"
    r"(?P<date>\s+\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)?$"
)
# A line that is only a link, maybe numbered: 1. https://…
LINK_LINE = re.compile(r"^(?:\[?\d{1,3}[\].、)]?\s*)?(?:\S{0,30}[:：]\s*)?https?://\S+$")
# A person and what they do: 张伟，启明大学化学系教授 · 周敏 天枢机器人研究院院长 · 张伟（启明大学）
PERSON_AND_ROLE = re.compile(
    r"^(?P<name>[\u3400-\u9fff·]{2,4}|[A-Z][A-Za-z.\- ]{1,40}?)\s*"
    r"(?:[（(](?P<paren>[^）)]{1,60})[）)]|[，,、\s]+(?P<role>[^。？！?!；;]{2,60}))$"
)
# A whole line in brackets or emphasis about how the text was made: （本文根据速记整理）.
EDITORIAL_NOTE = re.compile(
    r"^(?:[（(](?P<a>[^（）()]*)[）)]|[*_]{1,2}(?P<b>[^*_]*)[*_]{1,2})$"
)
EDITORIAL_WORDS = re.compile(r"本文|代表|整理|审阅|审定|删节|速记|转载|授权|编辑|校对|确认后发布|未经")  # noqa: E501
SENTENCE = re.compile(r"[。？！?!；;]")
URL = re.compile(r"https?://\S+")


@dataclass
class Matter:
    """What the shared pass decided about the lines around the speech."""

    excluded: dict[int, str] = field(default_factory=dict)
    """Line → why it is left out (a fact's line says which fact)."""
    info: dict[str, str] = field(default_factory=dict)
    guests: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(name, affiliation, honorific, line) from guest lists."""
    editors_notes: set[int] = field(default_factory=set)
    """Lines of 编者按 and the like: intro, in the editors' voice."""
    host_name: str = ""


def read_matter(lines: list[Line], *, first_speech: int | None = None) -> Matter:
    """Classify the front and back matter of the non-empty ``lines``.

    Facts are read only before ``first_speech`` (the line the reader's first turn opens, when
    it knows) or in the back matter, so that an answer opening with 时间：… stays speech.
    """
    matter = Matter()
    tail = _tail_start(lines)
    list_open: tuple[int, str] | None = None
    """(line that may continue a one-guest-a-line list, what the list is)."""
    skip: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text
        if line.number in skip:
            continue
        if tail is not None and index >= tail:
            matter.excluded[line.number] = "related news scraped with the page"
            continue
        if IMAGE_PLACEHOLDER.match(text):
            matter.excluded[line.number] = "image placeholder"
            continue
        if EDITORS_NOTE.match(text):
            matter.editors_notes.add(line.number)
            continue
        note = EDITORIAL_NOTE.match(text)
        if note and EDITORIAL_WORDS.search(note.group("a") or note.group("b") or ""):
            matter.excluded[line.number] = "editors' note on how the text was made"
            continue
        in_front = first_speech is None or line.number < first_speech
        if LINK_LINE.match(text) and (in_front or index > len(lines) * 0.6):
            matter.excluded[line.number] = "a link, not speech"
            continue
        if list_open is not None and line.number == list_open[0]:
            person = _person(text)
            if person:
                matter.guests.append((*person, line.number))
                matter.excluded[line.number] = f"{list_open[1]}: introduces a speaker"
                list_open = (lines[index + 1].number if index + 1 < len(lines) else 0,
                             list_open[1])
                continue
            list_open = None
        guests = _guest_list(text)
        if guests is not None:
            matter.guests += [(*guest, line.number) for guest in guests]
            matter.excluded[line.number] = "guest list: introduces the speakers"
            continue
        label = LABEL.match(text)
        if label and label.group("key") in GUEST_KEYS and not label.group("value").strip():
            # 嘉宾介绍： then one guest a line.
            matter.excluded[line.number] = "guest list: introduces the speakers"
            list_open = (lines[index + 1].number if index + 1 < len(lines) else 0,
                         "guest list")
            continue
        fact = _fact(text)
        if fact and (in_front or index > len(lines) * 0.6):
            key, value = fact
            if key == "host":
                matter.host_name = value
            elif value:
                matter.info.setdefault(key, value)
            matter.excluded[line.number] = f"byline: {key}"
            if (not value and key == "keywords" and index + 1 < len(lines)
                    and _short_fact(lines[index + 1].text)):
                # 关键词： then the keywords on the next line.
                value_line = lines[index + 1]
                matter.info.setdefault(key, value_line.text)
                matter.excluded[value_line.number] = f"byline: {key}"
                skip.add(value_line.number)
    return matter


def _tail_start(lines: list[Line]) -> int | None:
    """Index of the last tail marker in the second half of the file."""
    for index in range(len(lines) - 1, len(lines) // 2 - 1, -1):
        if index > 0 and TAIL_MARKERS.match(lines[index].text):
            return index
    return None


def _fact(text: str) -> tuple[str, str] | None:
    match = BYLINE_NO_COLON.match(text)
    if match and (match.group("publisher") is None or match.group("date")):
        return FACT_KEYS.get(match.group("key"), "author"), match.group("value")
    match = LABEL.match(text)
    if not match:
        return None
    key, value = match.group("key"), match.group("value").strip()
    if key in HOST_KEYS:
        person = _person(value) if not _names_only(value) else (_bare_name(value), "", "")
        return ("host", person[0]) if person else None
    if key not in FACT_KEYS:
        return None
    # A fact is short and is not a sentence: 记者：您怎么看？ is a question, not a byline.
    if URL.search(value) or (len(value) <= 60 and not SENTENCE.search(value)):
        return FACT_KEYS[key], value
    return None


def _guest_list(text: str) -> list[tuple[str, str, str]] | None:
    match = LABEL.match(text)
    if not match or match.group("key") not in GUEST_KEYS:
        return None
    value = match.group("value").replace("**", "")
    if SENTENCE.search(value):
        return None
    guests = []
    for item in re.split(r"[、，,；;]|\s+和\s*|以及", value):
        item = item.strip()
        if not item:
            continue
        person = _person(item)
        if person:
            guests.append(person)
            continue
        found = re.match(r"^(?P<name>[^（(]+?)\s*[（(](?P<aff>.+)[）)]$", item)
        name, affiliation = (found.group("name"), found.group("aff")) if found else (item, "")
        name, honorific = split_honorific(name.strip())
        if not (is_han_name(name) or is_latin_name(name)):
            # "清澜大学教授赵婉清": the name closes the description.
            tail = name_at_end(name)
            if tail is None:
                continue
            affiliation = affiliation or name[: -len(tail)]
            name = tail
        guests.append((name, affiliation.strip(), honorific))
    return guests or None


def _short_fact(text: str) -> bool:
    return len(text) <= 60 and not SENTENCE.search(text) and not LABEL.match(text)


def _person(text: str) -> tuple[str, str, str] | None:
    """(name, affiliation, honorific) of 张伟，启明大学教授 / 周敏 某研究院院长 / 张伟（某大学）."""
    match = PERSON_AND_ROLE.match(text.replace("**", "").strip())
    if not match:
        return None
    name, honorific = split_honorific(match.group("name").strip())
    if not (is_han_name(name) or is_latin_name(name)):
        return None
    return name, (match.group("paren") or match.group("role") or "").strip(), honorific


def _bare_name(value: str) -> str:
    value = re.sub(r"[（(][^）)]*[）)]", "", value).replace("**", "").strip()
    return split_honorific(value)[0]


def _names_only(value: str) -> bool:
    value = re.sub(r"[（(][^）)]*[）)]", "", value).replace("**", "").strip()
    name, _ = split_honorific(value)
    return bool(value) and (is_han_name(name) or is_latin_name(name))
