"""Turning transcript text into safe HTML and Markdown: the one place text is escaped.

Transcript text is never trusted: it reaches pages only through these functions, as
HTML-escaped text inside raw HTML blocks (where Markdown does not apply) or as
backslash-escaped Markdown in headings.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable

from markupsafe import Markup

from ..mentions import Mention, TopicMatcher

# Everything Python-Markdown or the enabled extensions may read as syntax.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~^=:&\"'$%@])")
SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
CLAUSE_SPLIT = re.compile(r"[,,。;;!！?？]")


def escape_html(text: str) -> Markup:
    """Text made safe inside HTML elements and attributes."""
    return Markup(html.escape(text, quote=True))


def escape_markdown(text: str) -> str:
    """Text made literal inside a Markdown heading or link text."""
    return MARKDOWN_SPECIALS.sub(lambda m: "&#" + str(ord(m.group(1))) + ";", text)


def front_matter_string(text: str) -> str:
    """A YAML scalar holding text that Material prints unescaped (titles): escape, then quote."""
    return json.dumps(html.escape(text, quote=True), ensure_ascii=False)


def theme_text(text: str) -> str:
    """Text Material prints unescaped: navigation section titles (parts, exhibits, categories)
    and tag names. Escaped here, it shows as written."""
    return html.escape(text, quote=True)


def linked_text(
    text: str,
    mentions: list[Mention],
    link: Callable[[str], tuple[str, str]],
    first_only: bool = True,
) -> Markup:
    """Text as HTML, each topic's first mention linked; ``link(topic_id)`` gives (href, title)."""
    out: list[str] = []
    done: set[str] = set()
    position = 0
    for mention in mentions:
        if first_only and mention.topic in done:
            continue
        done.add(mention.topic)
        href, title = link(mention.topic)
        out.append(html.escape(text[position : mention.start]))
        out.append(
            f'<a class="topic-link" href="{html.escape(href)}" title="{html.escape(title)}">'
            f"{html.escape(text[mention.start : mention.end])}</a>"
        )
        position = mention.end
    out.append(html.escape(text[position:]))
    return Markup("".join(out))


def sentences_mentioning(text: str, topic_id: str, matcher: TopicMatcher) -> list[Markup]:
    """The sentences of a text that mention a topic, the mention itself marked."""
    quotes = []
    for sentence in SENTENCE_END.split(text):
        marked = [m for m in matcher.mentions(sentence) if m.topic == topic_id]
        if not marked:
            continue
        out, position = [], 0
        for mention in marked:
            out.append(html.escape(sentence[position : mention.start]))
            out.append(f"<mark>{html.escape(sentence[mention.start : mention.end])}</mark>")
            position = mention.end
        out.append(html.escape(sentence[position:]))
        quotes.append(Markup("".join(out).strip()))
    return quotes


def first_sentence(text: str) -> str:
    """A text's first sentence, as written (what an intro says the panel is about)."""
    return next((s.strip() for s in SENTENCE_END.split(text) if s.strip()), "")


def clause_around(text: str, needle: str) -> Markup | None:
    """The clause of a text holding ``needle`` (a speaker's name in the intro), marked."""
    for clause in CLAUSE_SPLIT.split(text):
        if needle in clause:
            before, _, after = clause.partition(needle)
            return Markup(
                f"{html.escape(before)}<mark>{html.escape(needle)}</mark>{html.escape(after)}"
            )
    return None


def short_title(text: str, limit: int = 30) -> str:
    """A navigation title: the question's first sentence, cut to ``limit`` characters."""
    first = re.split(r"(?<=[?？])", text, maxsplit=1)[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"
