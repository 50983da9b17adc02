"""A type column: an export whose rows are records of several kinds (a Q&A tool's questions
and replies, a livestream's speech rows among its 弹幕, gifts and system rows).

A column is the type column when its few distinct values recur down the rows and name kinds
of record: its header says so (``Type``, ``类型``), or most of its values are kinds the
exports of Q&A tools, chat and livestream platforms use (the words below, their public
vocabulary). Each kind is read as what it is, never as a speaker:

* ``ask``: a question record, an ask by its author (the audience's);
* ``answer``: a reply, an answer by its author;
* ``comment``: the audience's chat (弹幕, a super chat): an ask when it asks (a question
  mark), else nobody's speech;
* ``speech``: a speech row (a speech-recognition line);
* ``none``: a gift, a system notice, a like or a vote: nobody's speech.

A value the vocabulary does not hold leaves its rows as they are (read as speech). The
column's header need not say ``Type``: its values decide.

A **role column** (``Role``: Host, Panelist, Attendee, as webinar and meeting platforms
export their participants) states each sender's part, in the same public vocabulary:

* ``host``: the host, co-host or moderator: their rows moderate, whatever their type;
* ``speaker``: a panelist, presenter or guest: who answers;
* ``audience``: an attendee or viewer: who asks.
"""

from __future__ import annotations

import re
from collections import Counter

KINDS = {
    "ask": ("question", "questions", "q", "ask", "提问", "提問", "问题", "問題", "问", "問"),
    "answer": ("reply", "replies", "answer", "response", "a", "回复", "回覆", "回答", "答",
               "答复", "答覆"),
    "comment": ("comment", "chat", "message", "danmaku", "bullet comment", "super chat",
                "superchat", "sc", "弹幕", "彈幕", "评论", "評論", "留言", "醒目留言", "聊天",
                "付费留言"),
    "speech": ("speech", "transcript", "transcription", "utterance", "caption", "subtitle",
               "asr", "语音转写", "語音轉寫", "语音", "語音", "转写", "轉寫", "发言", "發言",
               "字幕", "讲话", "講話"),
    "none": ("gift", "system", "like", "follow", "join", "enter", "notice", "poll", "vote",
             "reaction", "share", "礼物", "禮物", "系统", "系統", "点赞", "點讚", "关注", "關注",
             "进场", "進場", "进入直播间", "公告", "投票", "通知", "上舰", "打赏", "打賞", "分享"),
}
TYPE_HEADERS = ("type", "kind", "category", "record type", "message type", "event type",
                "类型", "類型", "类别", "類別", "消息类型", "消息類型")
# The participant roles webinar and meeting platforms export (Zoom, Teams, Webex: Host,
# Co-host, Panelist, Presenter, Attendee) and their Chinese counterparts (腾讯会议, 飞书).
ROLES = {
    "host": ("host", "co host", "cohost", "moderator", "organizer", "organiser", "chair",
             "主持人", "主持", "联席主持人", "聯席主持人", "主办方", "主辦方"),
    "speaker": ("panelist", "panellist", "panelists", "speaker", "presenter", "guest",
                "嘉宾", "嘉賓", "讲者", "講者", "主讲人", "主講人", "演讲者", "演講者", "分享嘉宾"),
    "audience": ("attendee", "attendees", "audience", "viewer", "观众", "觀眾", "听众", "聽眾",
                 "参会者", "參會者", "与会者", "與會者", "学员", "學員"),
}
MOST = 8
"""A type column has at most this many distinct values."""
ASKS = re.compile(r"[?？]")


def kind_of(value: str) -> str:
    """The kind a type cell names (``ask``, ``answer``, ``comment``, ``speech``, ``none``),
    or ``""`` when it names none the vocabulary knows."""
    word = re.sub(r"[\s_\-]+", " ", value).strip().lower()
    return next((kind for kind, words in KINDS.items() if word in words), "")


def role_of(value: str) -> str:
    """The part a role cell states (``host``, ``speaker``, ``audience``), or ``""``."""
    word = re.sub(r"[\s_\-]+", " ", value).strip().lower()
    return next((role for role, words in ROLES.items() if word in words), "")


def type_column(header: list[str], body: list[list[str]], taken: set[int]) -> int | None:
    """The index of the type column, or None."""
    width = max((len(cells) for cells in body), default=0)
    best: tuple[float, int] | None = None
    for i in range(width):
        if i in taken:
            continue
        values = [cells[i] for cells in body if i < len(cells) and cells[i]]
        distinct = Counter(values)
        if not values or len(values) < 0.8 * len(body) or len(distinct) > MOST \
                or len(distinct) * 2 > len(values):
            continue
        known = sum(1 for value in distinct if kind_of(value))
        named = i < len(header) and header[i].strip().lower() in TYPE_HEADERS
        if known and (named or known * 2 >= len(distinct)):
            share = known / len(distinct) + (1 if named else 0)
            if best is None or share > best[0]:
                best = (share, i)
    return best[1] if best else None


def reading(kind: str, text: str) -> str:
    """What a row of ``kind`` holding ``text`` is: ``ask``, ``answer``, ``speech`` or
    ``none``."""
    if kind == "comment":
        return "ask" if ASKS.search(text) else "none"
    return kind or "speech"


REASONS = {
    "comment": "the audience's chat that asks nothing: not speech",
    "none": "a record of a kind that is nobody's speech (a gift, a system notice)",
}
