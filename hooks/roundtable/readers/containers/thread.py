"""A threaded comment page saved as HTML (a forum thread, an AMA, a Q&A site's answers): the
comments become records, each labelled by its account, and the thread says who answers whom.

A comment is an element whose class names it one (``comment``, ``reply``, ``post`` as forum
and comment platforms mark them) holding an author element (class ``author``, ``username``,
``user``, ``poster``, or a link to ``/user/…``, ``/u/…``, ``/member/…``) and its words. How
deep it sits comes from its class (``depth-2``, ``level-1``, ``indent-3``: flat markup) or
else from how many comments enclose it. The page's structure then states the roles:

* a reply to a comment, by the post's author or by an account the post names as taking part
  (``Priya Venkataraman (u/halden_priya)``, ``@handle``), is that account's answer;
* an account that only starts threads and never answers one is the audience's;
* the post's author is the person the post names in its own first person (``I'm Dr. …``,
  ``我是…``), an account the post names is that name: the accounts read as people;
* a moderator's pinned notice (``stickied``, ``[M]``, ``distinguished``) and a deleted comment
  (``[deleted]``, ``[removed]``) are nobody's words in the conversation.

The comment's header (its author, points, time) is set aside as the comment's furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..names import is_han_name, is_latin_name

COMMENT_CLASS = re.compile(r"(?i)^(?:comment|reply|post|answer)$")
AUTHOR_CLASS = re.compile(r"(?i)^(?:author|username|user-?name|user|poster|commenter)$")
USER_LINK = re.compile(r"(?i)/(?:user|u|member|members|people|profile)/[^/]+/?$")
DEPTH_CLASS = re.compile(r"(?i)^(?:depth|level|indent|nest(?:ed)?)[-_]?(\d+)$")
PINNED = re.compile(r"(?i)\bstickied\b|\bpinned\b|\[M\]|distinguished|置顶|置頂")
PINNED_CLASS = re.compile(r"(?i)^(?:stickied|pinned|distinguished|moderator)$")
DELETED = re.compile(r"^\s*\[(?:deleted|removed)\]\s*$|^\s*(?:该评论已删除|此评论已删除)\s*$",
                     re.IGNORECASE)
OP_CLASS = re.compile(r"(?i)^(?:submitter|op|is-?op|original-?poster)$")
# An account the post names with its person: Priya Venkataraman (u/halden_priya) · 林某（@lin）
NAMED_ACCOUNT = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}|[\u3400-\u9fff·]{2,6})"
                           r"\s*[(（]\s*(?:u/|@)(?P<handle>[\w-]{2,40})\s*[)）]")
WHITESPACE = re.compile(r"\s+")
INLINE = {"a", "b", "strong", "i", "em", "span", "code", "sup", "sub", "small", "u", "s",
          "del", "ins", "mark", "abbr", "cite", "q", "time", "font", "bdi", "bdo"}
# The post's author naming themselves: I'm Dr. Ana Lee · My name is … · 我是林某.
POSTER_NAMED = re.compile(r"(?:\bI[’']m|\bI am|\bMy name is|我是|我叫)\s*"
                          r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
                          r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,3}|[\u3400-\u9fff·]{2,4}?)"
                          r"(?=[\s,.;!，。；！]|$)")


@dataclass
class Comment:
    """One comment of the thread."""

    depth: int
    author: str = ""
    header_line: int = 0
    """The line of the comment's header (its author's name)."""
    header: str = ""
    words: list[tuple[int, str]] = field(default_factory=list)
    """The comment's paragraphs, each at the line it starts on."""
    op: bool = False
    pinned: bool = False


@dataclass
class _Open:
    tag: str
    comment: Comment | None = None
    author: bool = False
    linked: bool = False
    """An author element that is a link to the account's page (or classed ``author``)."""


@dataclass
class _Thread(HTMLParser):
    comments: list[Comment] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)
    post_author: str = ""
    """The author named before the first comment (the post's own header)."""
    runs: list[str] = field(default_factory=list)
    start: int = 0

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def _comment(self) -> Comment | None:
        return next((o.comment for o in reversed(self.stack) if o.comment), None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "img", "meta", "link", "input", "wbr"):
            if tag in ("br", "hr"):
                self._flush()
            return
        values = {name: value or "" for name, value in attrs}
        classes = values.get("class", "").split()
        if tag not in INLINE:
            self._flush()
        opened = _Open(tag)
        if any(COMMENT_CLASS.match(c) for c in classes):
            enclosing = sum(1 for o in self.stack if o.comment)
            stated = next((int(m.group(1)) for c in classes if (m := DEPTH_CLASS.match(c))),
                          None)
            opened.comment = Comment(stated if stated is not None else enclosing,
                                     pinned=any(PINNED_CLASS.match(c) for c in classes))
            self.comments.append(opened.comment)
        comment = opened.comment or self._comment()
        linked = tag == "a" and bool(USER_LINK.search(values.get("href", "")))
        if any(AUTHOR_CLASS.match(c) for c in classes) or linked:
            opened.author = True
            opened.linked = linked or "author" in (c.lower() for c in classes)
            if comment is not None and any(OP_CLASS.match(c) for c in classes):
                comment.op = True
        self.stack.append(opened)

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        text = WHITESPACE.sub(" ", data)
        if not text.strip():
            return
        line = self.getpos()[0] + data[:len(data) - len(data.lstrip())].count("\n")
        comment = self._comment()
        if any(o.author for o in self.stack):
            if comment is None:
                if any(o.linked for o in self.stack) and not self.comments:
                    # (The last account named before the first comment: the post's author.)
                    self.post_author = text.strip()
            elif not comment.author:
                comment.author, comment.header_line = text.strip(), self.getpos()[0]
            return
        if comment is None:
            return
        if not comment.author or self.getpos()[0] == comment.header_line:
            # Still the comment's header (points, time, [S], stickied): its furniture.
            comment.header += text
            return
        if not self.runs:
            self.start = line
        self.runs.append(text)

    def _flush(self) -> None:
        text = "".join(self.runs).strip()
        self.runs = []
        comment = self._comment()
        if text and comment is not None:
            comment.words.append((self.start, text))

    def close(self) -> None:
        super().close()
        self._flush()


@dataclass
class Thread:
    """What the page's thread states: its records and who is who."""

    records: list[tuple[int, str, str]]
    """``(line, account, words)`` for each paragraph of a comment in the conversation."""
    set_aside: list[tuple[int, str, str]]
    """``(line, text, why)``: comment headers, pinned notices, deleted comments."""
    names: dict[str, str]
    """Account → the person the post names it as."""
    audience: tuple[str, ...]
    answers: tuple[int, ...]
    """Lines of replies by the post's author or the accounts it names."""


def read_thread(html: str, post_text: str) -> Thread | None:
    """The page's thread, if it is one: three comments or more, each with its author, and at
    least one reply (a comment deeper than the one before it)."""
    page = _Thread()
    page.feed(html)
    page.close()
    comments = [c for c in page.comments if c.author]
    if len(comments) < 3 or not any(later.depth > earlier.depth for earlier, later
                                    in zip(comments, comments[1:], strict=False)):
        return None
    op = page.post_author or next((c.author for c in comments if c.op), "")
    names = {m.group("handle"): name for m in NAMED_ACCOUNT.finditer(post_text)
             if (name := _person(m.group("name")))}
    if op and op not in names:
        person = next((m.group("name") for m in POSTER_NAMED.finditer(post_text)
                       if is_latin_name(m.group("name")) or is_han_name(m.group("name"))), "")
        if person:
            names[op] = person
    answering = {op, *names} - {""}
    records: list[tuple[int, str, str]] = []
    set_aside: list[tuple[int, str, str]] = []
    answers: list[int] = []
    asked: set[str] = set()
    for comment in comments:
        if comment.header_line:
            set_aside.append((comment.header_line, f"{comment.author} {comment.header}".strip(),
                              "a comment's header (its account, points, time): not speech"))
        deleted = all(DELETED.match(words) for _, words in comment.words)
        if comment.pinned or PINNED.search(comment.header) or deleted:
            why = ("a deleted comment: nobody's words" if deleted else
                   "a moderator's pinned notice: not the conversation")
            set_aside += [(line, words, why) for line, words in comment.words]
            continue
        for line, words in comment.words:
            records.append((line, comment.author, words))
            if comment.depth > 0 and comment.author in answering:
                answers.append(line)
        if comment.author not in answering:
            asked.add(comment.author)
    return Thread(records, set_aside, names, tuple(sorted(asked)), tuple(answers))



def _person(run: str) -> str:
    """The name a run before an account's bracket ends with: the run itself for a Latin name,
    the Chinese name it ends with (同事温若溪 → 温若溪), or ""."""
    if is_latin_name(run):
        return run
    return next((run[-k:] for k in (3, 2, 4) if len(run) >= k and is_han_name(run[-k:])), "")
