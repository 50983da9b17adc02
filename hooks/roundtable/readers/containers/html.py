"""Saved web pages (``.html``): the main article's blocks, read with the standard library's
``html.parser`` (it tells each piece of text's source line, which an extractor that rebuilds
the document would lose).

* **Never speech**: scripts, styles, templates, ``<noscript>``, SVG, comments, hidden
  elements and the page's head (but its ``<title>``) are no text at all (a content element
  its style hides until the page's script shows it, as WeChat's, is still the article); navigation,
  headers, footers, asides, forms and figure captions are text of the page but not of the
  article, and are set aside with that reason.
* **The article**: the ``<article>`` with the most text, else ``<main>``, else the element
  whose id or class says it holds the content (``js_content`` on a WeChat page), else the
  body. The page's ``<h1>`` (or its ``<title>``) is its title when the article holds none.
* **Blocks**: a paragraph, heading, list item, quote, table cell or ``<br>``-separated
  piece is a line, numbered by the source line its text starts on; whitespace is collapsed
  as a browser does (none between Chinese characters). A short bold lead with no colon
  (``<b>张伟</b> 我认为…``) is read as the label it is. When two blocks start on one source
  line (a page saved on a single line), lines are the blocks' order instead, and
  ``--explain`` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..layout import page_header
from ..names import is_han_name, is_latin_name
from ..source import BLANKS, Line, Source, decode, physical_lines
from .docx import TIME_ONLY, labelled
from .thread import Thread, read_thread

INVISIBLE = {"script", "style", "template", "noscript", "svg", "math", "head", "iframe",
             "object", "canvas", "select", "textarea", "button"}
CHROME = {"nav": "the page's navigation", "header": "the page's header",
          "footer": "the page's footer", "aside": "a sidebar", "form": "a form",
          "figcaption": "a figure caption", "menu": "a menu"}
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
          "figure", "hr", "br", "body", "center", "address", "details", "summary"} | set(CHROME)
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base",
        "embed", "param", "track", "keygen"}
BOLD = {"b", "strong"}
CONTENT_HINT = re.compile(r"(?i)js_content|rich_media_content|article|post[-_]?(?:body|content)"
                          r"|entry[-_]?content|main[-_]?content|^content$|story|transcript")
# Page furniture by its element's class or id, as publishing platforms name it (the tokens
# Mozilla Readability's unlikely-candidates rule reads, and a pull quote's): a subscribe box,
# the comments, share buttons, a pull quote repeating an answer's sentence. Not the article.
FURNITURE = re.compile(r"(?i)^(?:[\w]+[-_])?(?:subscri(?:be|ption)(?:[-_]\w+)?|comments?|"
                       r"comment[-_]?(?:list|section|thread)|share(?:[-_]\w+)?|social|"
                       r"pull[-_]?quote|newsletter[-_]?(?:signup|form)|related(?:[-_]posts)?|"
                       r"paywall|promo|advert(?:isement)?)$")
HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
BOLD_STYLE = re.compile(r"(?i)font-weight\s*:\s*(?:bold|[6-9]00)")
WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# A line break in the source between two Chinese characters is no space (CSS Text 3's
# segment-break rule); a space the author typed there is kept, as a browser keeps it.
BREAK_BETWEEN_WIDE = re.compile(rf"(?<=[{WIDE}])[ \t\r\f]*\n\s*(?=[{WIDE}])")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class _Element:
    tag: str
    index: int
    invisible: bool = False
    chrome: str = ""
    bold: bool = False
    pre: bool = False
    byline: bool = False
    container: str = ""
    """``article``, ``main`` or ``content`` when the element may hold the article."""


@dataclass(eq=False)
class Block:
    """One block of the page's text, where its text starts."""

    line: int
    runs: list[tuple[str, bool]]
    chrome: str
    containers: tuple[tuple[str, int], ...]
    heading: str = ""
    title: bool = False
    byline: bool = False
    """Inside the element a page names its author's byline by (class or rel)."""
    row: int = 0
    """The index of the table row (``<tr>``) the block is a cell of, 0 outside a table."""


# The author's byline by its element's class or rel (hAtom's and HTML's rel="author"
# conventions, the platforms' "byline"/"author-name").
BYLINE = re.compile(r"(?i)^(?:[\w]+[-_])?(?:byline|author(?:[-_]name)?)$")


@dataclass
class _Page(HTMLParser):
    blocks: list[Block] = field(default_factory=list)
    stack: list[_Element] = field(default_factory=list)
    runs: list[tuple[str, bool]] = field(default_factory=list)
    start: int = 0
    count: int = 0
    title: Block | None = None
    in_title: bool = False
    in_byline: bool = False

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "title":
            self.in_title = True
        if tag in BLOCKS:
            self._flush()
            if tag == "p":
                self._close("p")  # a <p> ends an open one, as browsers do
        if tag in VOID:
            return
        parent = self.stack[-1] if self.stack else _Element("", -1)
        self.count += 1
        hint = " ".join((values.get("id", ""), values.get("class", "")))
        content = any(CONTENT_HINT.search(h) for h in hint.split())
        element = _Element(
            tag, self.count,
            # A page's content element hidden by its style (WeChat's js_content is
            # ``visibility: hidden`` until the page's script has laid it out) is shown by
            # that script: a saved copy's style does not hide the article itself.
            invisible=parent.invisible or (tag in INVISIBLE and tag != "head") or (
                tag == "head") or "hidden" in values
            or (bool(HIDDEN_STYLE.search(values.get("style", ""))) and not content)
            or values.get("aria-hidden") == "true",
            chrome=parent.chrome or CHROME.get(tag, "") or (
                "page furniture (a subscribe box, comments, sharing, a pull quote)"
                if any(FURNITURE.match(h) for h in hint.split()) else ""),
            bold=parent.bold or tag in BOLD or bool(BOLD_STYLE.search(values.get("style", ""))),
            pre=parent.pre or tag == "pre",
            byline=parent.byline or values.get("rel") == "author"
            or any(BYLINE.match(h) for h in hint.split()),
            container=("article" if tag == "article" else "main" if tag == "main"
                       else "content" if content else ""),
        )
        self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in BLOCKS:
            self._flush()
        self._close(tag)

    def _close(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        line = self.getpos()[0]
        if self.in_title:
            text = " ".join(data.split())
            if text and self.title is None:
                self.title = Block(line + _leading_newlines(data), [(text, False)], "", (),
                                   title=True)
            return
        top = self.stack[-1] if self.stack else _Element("", -1)
        if top.invisible:
            return
        if top.pre:
            # Preformatted text keeps its lines: each is a block at its own line.
            for offset, piece in enumerate(data.split("\n")):
                if offset:
                    self._flush()
                if piece.strip():
                    if not self.runs:
                        self.start = line + offset
                    self.runs.append((piece, top.bold))
            return
        if not data.strip() and not self.runs:
            return
        if not self.runs:
            self.start = line + _leading_newlines(data)
        self.runs.append((data, top.bold))
        self.in_byline = self.in_byline or top.byline

    def _flush(self) -> None:
        if not "".join(text for text, _ in self.runs).strip():
            self.runs = []
            return
        context = [e for e in self.stack if e.container]
        chrome = next((e.chrome for e in reversed(self.stack) if e.chrome), "")
        heading = next((e.tag for e in reversed(self.stack) if e.tag in ("h1", "h2", "h3")), "")
        row = next((e.index for e in reversed(self.stack) if e.tag == "tr"), 0)
        self.blocks.append(Block(self.start, self.runs, chrome,
                                 tuple((e.container, e.index) for e in context), heading,
                                 byline=self.in_byline, row=row))
        self.runs = []
        self.in_byline = False

    def close(self) -> None:
        super().close()
        self._flush()


def _leading_newlines(data: str) -> int:
    stripped = data.lstrip()
    return data[: len(data) - len(stripped)].count("\n")


def open_source(path: Path, raw: bytes) -> Source:
    text, encoding = _decoded(raw, str(path))
    page = _Page()
    page.feed(text)
    page.close()
    article = _article(page.blocks)
    kept = [b for b in page.blocks if b.chrome == "" and _within(b, article)]
    aside = [b for b in page.blocks if b not in kept]
    if not any(b.heading == "h1" for b in kept[:1]):
        title = next((b for b in page.blocks if b.heading == "h1" and b not in kept), page.title)
        if title is not None:
            kept.insert(0, title)
            if title in aside:
                aside.remove(title)
    total = len(physical_lines(text))
    kept = _merge_short_leads(kept)
    aside = _one_aside_a_line(aside, kept)
    kept = _one_list_a_line(_one_row_a_line(kept))
    by_order = len({b.line for b in kept + aside}) < len(kept + aside)
    notes = [f"the article: {article[0] + ' element' if article else 'the page body'}"]
    if by_order:
        # Blocks share source lines: they are numbered in order instead, all of them.
        ordered = sorted(kept + aside, key=lambda b: (b.line, not b.title))
        number = {id(b): i for i, b in enumerate(ordered, 1)}
        total = len(ordered)
        notes.append("blocks share source lines: line N is the page's N-th block")
    else:
        number = {id(b): b.line for b in kept + aside}
    texts = [""] * total
    asker = _bold_questions_author(kept)
    for block in kept:
        texts[number[id(block)] - 1] = _text(block)
        if asker and _whole_bold(block):
            texts[number[id(block)] - 1] = f"{asker}: {_text(block)}"
    if asker:
        notes.append(f"paragraphs wholly in bold with no label: the byline's {asker} asks")
    set_aside = [(Line(number[id(b)], _text(b)),
                  f"{b.chrome or 'outside the article'}: not the transcript")
                 for b in aside if not b.title]
    for block in kept:
        if not block.title and not block.heading and page_header(_text(block)):
            # A saved record's running header between its paragraphs (layout.py's rule).
            texts[number[id(block)] - 1] = ""
            set_aside.append((Line(number[id(block)], _text(block)), "a running page header "
                              "(its page's number among short fields): not speech"))
    thread = None if by_order else read_thread(text, "\n".join(t for t in texts if t))
    if thread is not None and not _thread_is_the_page(thread, texts):
        thread = None
    if thread is not None:
        # A threaded comment page: each comment a record labelled by its account (thread.py).
        taken = {line for line, _, _ in thread.records} | {line for line, _, _ in
                                                            thread.set_aside}
        set_aside = [(line, why) for line, why in set_aside if line.number not in taken]
        for line, account, words in thread.records:
            texts[line - 1] = f"{account}: {words}"
        for line, words, why in thread.set_aside:
            texts[line - 1] = ""
            set_aside.append((Line(line, words), why))
        set_aside.sort(key=lambda pair: pair[0].number)
        notes.append(f"a comment thread: {len(thread.records)} comments' paragraphs, each "
                     "labelled by its account; replies by the post's author or the accounts it "
                     "names are their answers")
    lines = tuple(Line(i, t) for i, t in enumerate(texts, 1))
    if thread is not None:
        accounts = tuple(dict.fromkeys(account for _, account, _ in thread.records))
        return Source(path, lines, encoding, "html", tuple(set_aside), notes=tuple(notes),
                      given_labels=accounts,
                      given_roles=tuple((a, "audience") for a in thread.audience)
                      + tuple(thread.names.items()),
                      stated_answers=thread.answers)
    # The page's own structure states who asks: its byline's author, the wholly bold questions.
    return Source(path, lines, encoding, "html", tuple(set_aside), notes=tuple(notes),
                  given_labels=(asker,) if asker else (),
                  given_roles=((asker, "host"),) if asker else ())


def _thread_is_the_page(thread: Thread, texts: list[str]) -> bool:
    """Whether the comment thread is what the page is for (an AMA, a forum's interview
    thread): the post's author or the accounts it names answer in it, and its words outweigh
    the rest of the article. Comments under an article are the readers', not the
    transcript."""
    taken = {line for line, _, _ in thread.records} | {line for line, _, _ in thread.set_aside}
    rest = sum(len(t) for n, t in enumerate(texts, 1) if t and n not in taken)
    said = sum(len(words) for _, _, words in thread.records)
    return bool(thread.answers) and said > rest


def _whole_bold(block: Block) -> bool:
    """Every word of the block in bold, with no label of its own (``**Why now?**``)."""
    words = [(text, bold) for text, bold in block.runs if text.strip()]
    return bool(words) and all(bold for _, bold in words) and not block.heading \
        and not block.title and not re.match(r"^[^:：]{1,30}[:：]", _text(block))


def _bold_questions_author(kept: list[Block]) -> str:
    """An interview page's asker: when paragraphs open with a bold label (``**MO:** …``)
    and others are wholly bold, unlabelled and ask, the wholly bold ones are the questions
    of the one author the page's byline names."""
    labelled_leads = sum(1 for b in kept if b.runs and not _whole_bold(b)
                         and next((bold for t, bold in b.runs if t.strip()), False)
                         and re.match(r"^[^:：]{1,30}[:：]", _text(b)))
    asking = [b for b in kept if _whole_bold(b) and _text(b).rstrip().endswith(("?", "？"))]
    # (``By`` before the name: the English byline's own word.)
    names = {re.sub(r"^[Bb][Yy]\s+", "", _text(b)) for b in kept if b.byline}
    if labelled_leads < 2 or not asking or len(names) != 1:
        return ""
    name = next(iter(names))
    return name if is_latin_name(name) or is_han_name(name) else ""


def _one_aside_a_line(aside: list[Block], kept: list[Block]) -> list[Block]:
    """Set-aside blocks that share a source line (a footer's ``…邮编<br />技术支持…``) are
    one set-aside line, so the page's lines keep the file's numbers; a line that also holds a
    kept block is left to numbering by order."""
    kept_lines = {b.line for b in kept}
    merged: dict[int, Block] = {}
    result: list[Block] = []
    for block in aside:
        first = merged.get(block.line)
        if first is None or block.line in kept_lines or block.title or first.title:
            merged.setdefault(block.line, block)
            result.append(block)
            continue
        joined = Block(first.line, [*first.runs, (" ", False), *block.runs], first.chrome,
                       first.containers, first.heading)
        result[result.index(first)] = joined
        merged[block.line] = joined
    return result


SHORT_ITEM = 40
"""Characters a list item or a link may have to share its source line with others."""


def _one_list_a_line(blocks: list[Block]) -> list[Block]:
    """Short blocks on one source line, one after the other, that are no sentence (a related
    links list written ``<li>…</li><li>…</li>``), are one line of the page, so the page's
    lines keep the file's numbers; a line that holds turns or a paragraph of words is left
    to numbering by order (a page written on one line)."""
    def short(block: Block) -> bool:
        # (A link's words: short, no sentence's end, no label's colon.)
        text = "".join(text for text, _ in block.runs).strip()
        return len(text) <= SHORT_ITEM and not re.search(r"[。？！?!:：；;]", text)

    result: list[Block] = []
    previous: Block | None = None
    for block in blocks:
        last = result[-1] if result else None
        if (last is not None and previous is not None and last.line == block.line
                and not block.title and not last.title and not block.heading
                and not last.heading and short(previous) and short(block)):
            result[-1] = Block(last.line, [*last.runs, (" ", False), *block.runs],
                               last.chrome, last.containers, last.heading)
        else:
            result.append(block)
        previous = block
    return result


def _one_row_a_line(blocks: list[Block]) -> list[Block]:
    """The cells of one table row written on one source line (``<tr><td>时间：…</td>
    <td>来源：…</td></tr>``, a page's info box or a form) are one line of the page, as the
    file prints them, so the page's lines keep the file's numbers."""
    result: list[Block] = []
    for block in blocks:
        last = result[-1] if result else None
        if (last is not None and block.row and last.row == block.row
                and last.line == block.line and not last.title and not block.title):
            result[-1] = Block(last.line, [*last.runs, (" ", False), *block.runs],
                               last.chrome, last.containers, last.heading,
                               byline=last.byline, row=last.row)
        else:
            result.append(block)
    return result


def _merge_short_leads(blocks: list[Block]) -> list[Block]:
    """A time alone in its block, on the source line of the block after it, opens that
    block: a live blog's ``<span>14:05</span><p>…</p>`` is one entry, ``14:05 …``."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if (last is not None and not last.title and last.line == block.line
                and TIME_ONLY.match(_text(last)) and not last.heading):
            merged[-1] = Block(last.line, [*last.runs, (" ", False), *block.runs], block.chrome,
                               block.containers, block.heading)
        else:
            merged.append(block)
    return merged


def _decoded(raw: bytes, where: str) -> tuple[str, str]:
    """The page's text: in the charset its ``<meta>`` declares when that reads it, else as
    any transcript file is decoded."""
    declared = META_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return raw.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(raw, where)


def _article(blocks: list[Block]) -> tuple[str, int] | None:
    """The element holding the article: the article, main or content element with the most
    text, by that order of preference."""
    for kind in ("article", "main", "content"):
        sizes: dict[tuple[str, int], int] = {}
        for block in blocks:
            for container in block.containers:
                if container[0] == kind:
                    sizes[container] = sizes.get(container, 0) + len(_text(block))
        if sizes:
            return max(sizes, key=lambda c: sizes[c])
    return None


def _within(block: Block, article: tuple[str, int] | None) -> bool:
    return article is None or article in block.containers


def _text(block: Block) -> str:
    """A block's text with whitespace collapsed as a browser does (and none between Chinese
    characters); a short bold lead read as a label."""
    runs = [(re.sub(r"\s+", " ", BREAK_BETWEEN_WIDE.sub("", text)), bold)
            for text, bold in block.runs]
    text, _ = labelled(runs)
    return re.sub(r"\s+", " ", text).strip(BLANKS)
