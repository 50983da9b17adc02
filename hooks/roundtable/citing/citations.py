"""How a passage or a page is attributed and cited. Knows nothing of MkDocs.

Every citation names the text's author as the source record gives it: for a reported
transcript (the seed) that is the publication that wrote the report (机器之心), never the
speaker, whose view it only relates. A reported passage is therefore cited as the report's
account ("据机器之心报道，胡瀚…"), never as ``胡瀚：“…”``; a verbatim one may be quoted.

For each page and each passage this module builds the strings a reader pastes, in three
styles (GB/T 7714-2015, APA 7, Chicago 17 bibliography), the BibTeX and CSL-JSON a reference
manager imports, Highwire ``citation_*`` meta tags and schema.org JSON-LD. Nothing is
guessed: an unknown author falls back to the publisher as organisational author (the rule of
GB/T and APA), then to the title; an unknown date is said to be unknown; the reader's own
access date is left as a marked blank; without the site's address (``site_url``) the
permalink is site-relative and the citation says so.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from .. import dates
from ..model import Paragraph, Question, SourceRecord, Speaker, Transcript
from ..site import Passage, Site
from ..typography import cut, full_width
from ..urls import Urls
from . import timing

ACCESS_GBT = "[引用日期待填]"
"""GB/T 7714's access date, which only the reader knows: a blank, clearly marked."""
ACCESS_EN = "Accessed [date of access]"
"""Chicago's access date (needed when the source is undated): a blank, clearly marked."""
UNKNOWN = "未知"
"""What a source record shows for a field the metadata does not give."""
NO_SITE_URL = "本站发布网址未配置，仅有站内路径"
"""Said instead of a permalink's host when the build had no ``site_url``."""
NO_SITE_URL_EN = "the site's address is not configured, path only"
ELLIPSIS_AT = 40
"""Longest question quoted in full in a passage's lead; longer ones are cut with …."""


# --- who wrote the text -----------------------------------------------------------------


def reporter(transcript: Transcript) -> str:
    """Who wrote a reported transcript: the publisher, else the named author, else ``""``."""
    return transcript.record.publisher or transcript.record.author


def according_to(transcript: Transcript) -> str:
    """``据机器之心报道``, or ``据原报道`` when the report's author is unknown."""
    who = reporter(transcript)
    return f"据{who}报道" if who else "据原报道（报道者未注明）"


def reporter_en(transcript: Transcript) -> str:
    """Who wrote a reported transcript, as the metadata names them in English: the host's
    ``host_en`` when the host published the report (``Synced (机器之心)``), else the Chinese."""
    who = reporter(transcript)
    info = transcript.info
    if who and info.get("host") == who and info.get("host_en"):
        return str(info["host_en"])
    return who


def short_en(name: str) -> str:
    """An English name without its Chinese in brackets: ``Synced (机器之心)`` → ``Synced``."""
    return re.sub(r"\s*[(（][^)）]*[\u3400-\u9fff][^)）]*[)）]$", "", name) or name


def according_to_en(transcript: Transcript) -> str:
    """``According to Synced``: the English of :func:`according_to`."""
    who = short_en(reporter_en(transcript))
    return f"According to {who}" if who else "According to the original report"


def name_en(speaker: Speaker) -> str:
    """A speaker's name as the metadata gives it in English, else as written."""
    return speaker.name_en or speaker.name


def passage_label_en(transcript: Transcript, speaker: Speaker | None) -> str:
    """The English label of a translated paragraph: ``According to Synced · Han Hu`` for a
    report, the speaker's name for a verbatim record, the report's own words for the intro."""
    if speaker is None:
        return according_to_en(transcript) if transcript.reported else ""
    if transcript.reported:
        return f"{according_to_en(transcript)} · {name_en(speaker)}"
    return name_en(speaker)


TRANSLATION_MARK = "Editors' translation"
TRANSLATOR_GBT = "本展编者"
"""Who translated, in a GB/T reference."""
TRANSLATOR_EN = "the exhibit's editors"
"""Who translated, in an APA or Chicago reference and an English lead."""
"""How every English block of a transcript is marked: the exhibit's, not the speakers'."""


def translation_sentence(transcript: Transcript) -> str:
    """The English sentence beside the mode note of a translated exhibit."""
    if transcript.reported:
        who = short_en(reporter_en(transcript)) or "the reporter"
        return (f"The English is the exhibit editors' translation of {who}'s report, paragraph "
                f"by paragraph. It relates what {who} reported; it is not the speakers' words, "
                "and the Chinese is the text of record.")
    return ("The English is the exhibit editors' translation of the record, paragraph by "
            "paragraph, not the speakers' own words; the Chinese is the text of record.")


def speaker_label(speaker: Speaker) -> str:
    """``胡瀚（微软亚洲研究院（MSRA）…）``: a speaker with affiliation, as citations name them,
    in the citation's one bracket style (full-width, the affiliation's own brackets too)."""
    if not speaker.affiliation:
        return speaker.name
    return f"{speaker.name}（{full_width(speaker.affiliation)}）"


def mode_sentence(transcript: Transcript) -> str:
    """The sentence every transcript-based page shows before the first answer."""
    if transcript.reported:
        who = reporter(transcript) or "报道者"
        return (
            f"本场实录是{who}的转述报道，不是逐字稿：各段是报道者对嘉宾发言的概述，"
            f"不是嘉宾的原话。引用时请写明“{according_to(transcript)}”，"
            "不要把这些文字加上引号当作嘉宾原话。"
        )
    return "本场实录是逐字记录：各段是发言者的原话，可以加引号直接引用，并注明出处。"


def passage_label(transcript: Transcript, speaker: Speaker) -> str:
    """The label before a paragraph on the full transcript: ``据机器之心报道 · 胡瀚`` for a
    report, the speaker's name for a verbatim record."""
    return f"{according_to(transcript)} · {speaker.name}" if transcript.reported else speaker.name


def speaker_label_en(speaker: Speaker) -> str:
    """``Han Hu (Visual Computing Group, Microsoft Research Asia (MSRA))``."""
    affiliation = speaker.affiliation_en or speaker.affiliation
    return f"{name_en(speaker)} ({affiliation})" if affiliation else name_en(speaker)


def event_en(transcript: Transcript) -> str:
    """The event in the metadata's English: series and session, and the month.
    ``Synced … livestream series, Models session (January 2022)``; empty when not given."""
    info = transcript.info
    name = ", ".join(str(info[key]) for key in ("series_en", "session_en") if info.get(key))
    date = dates.event_date_en(info)
    if name and date:
        return f"{name} ({date})"
    return name


def cut_words(text: str, limit: int) -> str:
    """English cut where a word ends, with …, when longer than ``limit``."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


ELLIPSIS_AT_EN = 60
"""Longest English question quoted in full in a translation's lead."""


def event(transcript: Transcript) -> str:
    """``机器之心「…」模型专场直播（2022 年 1 月）``: the event, from the metadata only."""
    info = transcript.info
    name = "".join(str(info.get(key, "")) for key in ("series", "session", "format"))
    date = dates.event_date(info)
    if name and date:
        return f"{name}（{date}）"
    return name or date


# --- the work cited ---------------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    """What a page or a passage cites: the fields every style is written from."""

    title: str
    """Title of the text (the report's own title for transcript pages)."""
    container: str
    """The exhibit it is read in (the site's name)."""
    url: str
    """Permalink: absolute, or site-relative when the site's address is unknown."""
    absolute: bool
    """Whether :attr:`url` is absolute."""
    author: str = ""
    """Author, or the publisher as organisational author; empty when neither is known."""
    organisation: bool = True
    """Whether the author is an organisation (never inverted into family, given names)."""
    publisher: str = ""
    published: str = ""
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty when unknown."""
    title_en: str = ""
    """An editorial English rendering of the title, given in brackets (APA, Chicago)."""
    locator: int = 0
    """The paragraph cited (¶ n), 0 for a whole page."""
    note: str = ""
    """What the text is: a report, or a verbatim record."""
    source_url: str = ""
    """The original article, where known."""
    recording_url: str = ""
    """A recording of the event, where known."""
    key: str = ""
    """Citation key (BibTeX, CSL-JSON id)."""
    kind: str = "article"
    """``article`` (the transcript's text) or ``page`` (written by the exhibit's editors)."""
    translator: str = ""
    """Who translated the text cited, for a translation (the exhibit's editors); its
    :attr:`title` is then the translation's."""

    @property
    def link(self) -> str:
        """The permalink as a reader can use it, flagged when it is only site-relative."""
        return self.url if self.absolute else f"（{NO_SITE_URL}：{self.url}）"


def gbt(work: Work) -> str:
    """GB/T 7714-2015, an electronic resource read in the exhibit (``[EB/OL]//…``)."""
    head = f"{work.author}. {work.title}" if work.author else work.title
    date = f"({dates.gbt(work.published)})" if work.published else "[出版日期不详]"
    where = f": ¶ {work.locator}" if work.locator else ""
    # A translation names its translator after the title, before the work it is read in
    # (GB/T 7714-2015 8.1.3: 其他责任者, "译").
    by = f". {TRANSLATOR_GBT}, 译" if work.translator else ""
    return f"{head}[EB/OL]{by}//{work.container}. {date}{where}{ACCESS_GBT}. {work.link}"


def apa(work: Work) -> str:
    """APA 7: a web page with an organisational or unknown author; undated is ``n.d.``."""
    date = f"({dates.apa(work.published)})" if work.published else "(n.d.)"
    title = work.title + (f" [{work.title_en}]" if work.title_en else "")
    if work.translator:  # APA 7, 9.39: the translator after the title, "Trans."
        title += f" ({work.translator}, Trans.)"
    if work.author:
        return f"{work.author}. {date}. {title}. {work.container}. {work.link}"
    return f"{title}. {date}. {work.container}. {work.link}"


def apa_in_text(work: Work) -> str:
    """APA's in-text citation, where the paragraph number goes: ``(机器之心, n.d., para. 12)``."""
    who = (short_en(work.author) if work.translator else work.author) or _short(work.title, 20)
    date = work.published[:4] if work.published else "n.d."
    where = f", para. {work.locator}" if work.locator else ""
    return f"({who}, {date}{where})"


def chicago(work: Work) -> str:
    """Chicago 17, bibliography form; undated sources carry an access date (left blank)."""
    title = work.title.replace("“", "‘").replace("”", "’")
    title = f"“{title}{'.' if not work.title_en else ''}”" + (
        f" [{work.title_en}]." if work.title_en else ""
    )
    date = dates.chicago(work.published) if work.published else "n.d."
    where = f", par. {work.locator}" if work.locator else ""
    access = "" if work.published else f" {ACCESS_EN}."
    if work.translator:  # Chicago 17, 14.103: "Translated by" after the title
        title += f" Translated by {work.translator}."
    head = f"{work.author}. {title}" if work.author else title
    place = f"{work.container}, {date}{where}"
    place += "" if place.endswith(".") else "."
    return f"{head} {place}{access} {work.link}" + ("." if work.absolute else "")


def bibtex(work: Work) -> str:
    """A BibTeX ``@misc`` entry (``url``, ``howpublished``), as BibTeX and biblatex read it."""
    fields = []
    if work.author:
        # Double braces: an organisation is one name, never split into family and given.
        fields.append(("author", "{" + _tex(work.author) + "}"))
    fields.append(("title", "{" + _tex(work.title) + "}"))
    fields.append(("howpublished", _tex(work.container)))
    if work.publisher:
        fields.append(("publisher", _tex(work.publisher)))
    if work.published:
        fields.append(("year", work.published[:4]))
        if len(work.published) >= 7:
            fields.append(("month", str(int(work.published[5:7]))))
    if work.absolute:
        fields.append(("url", work.url))
    notes = [work.note] + ([] if work.absolute else [f"{NO_SITE_URL}：{work.url}"])
    fields.append(("note", _tex("；".join(n for n in notes if n))))
    fields.append(("language", "chinese"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{work.key},\n{body}\n}}\n"


def csl(work: Work) -> dict:
    """A CSL-JSON item (``webpage``), as Zotero, Mendeley and citeproc import it."""
    item: dict = {"id": work.key, "type": "webpage", "title": work.title,
                  "container-title": work.container, "language": "zh-CN"}
    if work.author:
        item["author"] = [{"literal": work.author}]
    if work.publisher:
        item["publisher"] = work.publisher
    if work.published:
        item["issued"] = {"date-parts": [[int(p) for p in work.published.split("-")]]}
    if work.absolute:
        item["URL"] = work.url
    notes = [work.note] + ([] if work.absolute else [f"{NO_SITE_URL}：{work.url}"])
    item["note"] = "；".join(n for n in notes if n)
    return item


def highwire(work: Work) -> list[tuple[str, str]]:
    """Highwire Press ``citation_*`` meta tags (and Dublin Core's ``isPartOf``), in order."""
    tags = [("citation_title", work.title)]
    if work.author:
        tags.append(("citation_author", work.author))
    if work.publisher:
        tags.append(("citation_publisher", work.publisher))
    if work.published:
        tags.append(("citation_publication_date", work.published.replace("-", "/")))
    tags.append(("citation_language", "zh"))
    if work.absolute:
        tags.append(("citation_public_url", work.url))
        tags.append(("citation_abstract_html_url", work.url))
    tags.append(("DC.relation.ispartof", work.container))
    return tags


def json_ld(work: Work, page_title: str, site_url: str) -> dict:
    """schema.org JSON-LD: this page, its author and publisher, the exhibit it is part of
    and the report it reproduces."""
    page: dict = {"@context": "https://schema.org", "@type": "WebPage", "name": page_title,
                  "inLanguage": "zh"}
    if work.absolute:
        page["url"] = work.url
    exhibit: dict = {"@type": "WebSite", "name": work.container}
    if site_url:
        exhibit["url"] = site_url
    page["isPartOf"] = exhibit
    if work.kind == "article":
        text: dict = {"@type": "Article", "name": work.title, "inLanguage": "zh"}
        if work.author:
            text["author"] = {"@type": "Organization" if work.organisation else "Person",
                              "name": work.author}
        if work.publisher:
            text["publisher"] = {"@type": "Organization", "name": work.publisher}
        if work.published:
            text["datePublished"] = work.published
        if work.source_url:
            text["url"] = work.source_url
        if work.recording_url:
            text["associatedMedia"] = {"@type": "MediaObject", "contentUrl": work.recording_url}
        text["description"] = work.note
        page["isBasedOn"] = text
        for name in ("author", "publisher"):
            if name in text:
                page[name] = text[name]
    return page


def script_json(data: object) -> str:
    """JSON safe inside ``<script>``: no ``</script>``, no HTML comment, no ``&`` entity."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def data_uri(text: str, media_type: str) -> str:
    """A ``data:`` URI for a download link: works offline and asks nothing of a server."""
    return f"data:{media_type};charset=utf-8,{quote(text, safe='')}"


# --- per passage and per page -----------------------------------------------------------


@dataclass(frozen=True)
class PassageCitation:
    """What a passage's copy buttons copy, written by the build into data attributes."""

    lead: str
    """Who, where and which paragraph, in a sentence: never a quotation of a reporter's text
    as the speaker's words."""
    quote: str
    """What precedes a quoted selection: ``张伟：`` (verbatim) or the report's attribution."""
    gbt: str
    apa: str
    chicago: str
    label: str
    """The speaker label shown on the transcript (``据机器之心报道 · 胡瀚``)."""


@dataclass(frozen=True)
class PageCitation:
    """A page's citation in every form: styles to paste, downloads, meta tags, JSON-LD."""

    work: Work
    page_title: str
    site_url: str
    styles: tuple[tuple[str, str, str], ...] = field(default=())
    """(key, style name, citation) for GB/T 7714, APA 7 (with its in-text form) and Chicago."""

    @property
    def gbt(self) -> str:
        return gbt(self.work)

    @property
    def explanation(self) -> str:
        """What the block's citations rest on, and what they leave to the reader."""
        work = self.work
        said = [work.note + "。"]
        if work.author and work.organisation and work.kind == "article":
            said.append("作者未注明，以发布者为机构作者。")
        elif not work.author:
            said.append("作者未注明，题名置前。")
        if not work.published:
            said.append("发布日期未知，不作推测。")
        said.append("访问日期请自行填写。")
        if not work.absolute:
            said.append(f"{NO_SITE_URL}。")
        return "".join(said)

    @property
    def meta(self) -> list[tuple[str, str]]:
        return highwire(self.work)

    @property
    def json_ld(self) -> str:
        return script_json(json_ld(self.work, self.page_title, self.site_url))

    @property
    def bibtex_uri(self) -> str:
        return data_uri(bibtex(self.work), "application/x-bibtex")

    @property
    def csl_uri(self) -> str:
        return data_uri(json.dumps([csl(self.work)], ensure_ascii=False, indent=2) + "\n",
                        "application/vnd.citationstyles.csl+json")

    @property
    def file_stem(self) -> str:
        return self.work.key


class Citer:
    """Citations for one site: pages by source path, passages by paragraph."""

    def __init__(self, site: Site) -> None:
        self.site = site
        # The exhibit a page is part of: the site's name, else the exhibit's own title.
        self.site_name = site.site_name or (site.transcripts[0].title if site.transcripts
                                            else "")
        # Permalinks are the published, directory-style addresses even in the offline
        # build (``.html`` files): a path on a reader's disk means nothing to anyone else.
        self.published = Urls(single=site.urls.single, directory_urls=True)

    # --- addresses ------------------------------------------------------------------

    def permalink(self, page: str, anchor: str = "") -> tuple[str, bool]:
        """(URL, absolute?) of a page or a paragraph."""
        path = self.published.url(page) + (f"#{anchor}" if anchor else "")
        base = self.site.site_url
        return (base.rstrip("/") + "/" + path, True) if base else (path or "./", False)

    # --- works ----------------------------------------------------------------------

    def article(self, transcript: Transcript, page: str, anchor: str = "", locator: int = 0,
                key: str = "") -> Work:
        """The transcript's text, read in the exhibit at ``page`` (and ``anchor``)."""
        record = transcript.record
        url, absolute = self.permalink(page, anchor)
        return Work(
            title=record.title or transcript.title,
            container=self.site_name,
            url=url,
            absolute=absolute,
            author=record.author or record.publisher,
            organisation=not record.author,
            publisher=record.publisher,
            published=record.published,
            title_en=str(transcript.info.get("title_en", "")),
            locator=locator,
            note=self.note(transcript),
            source_url=record.url,
            recording_url=record.recording_url,
            key=key or _key(page, anchor),
        )

    def editorial(self, page: str, title: str, based_on: Transcript | None = None) -> Work:
        """A page written by the exhibit's editors (topics, timeline, about …)."""
        url, absolute = self.permalink(page)
        note = "本展编者整理的页面" + (f"，所引文字出自{self.note(based_on)}" if based_on else "")
        return Work(title=title, container=self.site_name, url=url, absolute=absolute,
                    note=note, key=_key(page), kind="page")

    def note(self, transcript: Transcript) -> str:
        """What the transcript is, for a citation's note."""
        what = f"；活动：{event(transcript)}" if event(transcript) else ""
        if transcript.reported:
            who = reporter(transcript) or "报道者（未注明）"
            return f"{who}所作的转述报道，非逐字稿{what}"
        return f"逐字记录{what}"

    # --- passages -------------------------------------------------------------------

    def passage(self, transcript: Transcript, paragraph: Paragraph | Passage | Question,
                page: str, question: Question | None = None, speaker: Speaker | None = None,
                closing_by: str = "") -> PassageCitation:
        """What the copy buttons of one paragraph copy; ``page`` is where its anchor lives.
        A question cited as itself (an audience question) is both ``paragraph`` and
        ``question``; ``closing_by`` names who spoke a closing remark."""
        work = self.article(transcript, page, paragraph.id, paragraph.number)
        where = f"（全文实录 ¶ {paragraph.number}）" if paragraph.number else ""
        # 在…模型专场直播（2022 年 1 月）上; with only a date, 于 2023 年 5 月.
        name = event(transcript)
        dated_only = name and name == dates.event_date(transcript.info)
        at = (f"于{name}" if dated_only else f"在{name}上") if name else ""
        asked = (f"回答“{cut(question.text, ELLIPSIS_AT)}”" if question and question.text
                 else "发言")
        if speaker and transcript.reported:
            lead = (f"{according_to(transcript)}，{speaker_label(speaker)}{at}{asked}时的观点"
                    f"{where}。")
            quote = f"{reporter(transcript) or '原报道'}的报道转述{speaker.name}的发言："
        elif speaker:
            lead = f"{speaker_label(speaker)}{at}{asked}{where}。"
            quote = f"{speaker.name}："
        elif closing_by:
            if transcript.reported:
                lead = f"{according_to(transcript)}，{closing_by}{at}的结束语{where}。"
                quote = f"{reporter(transcript) or '原报道'}的报道转述{closing_by}的结束语："
            else:
                lead = f"{closing_by}{at}的结束语{where}。"
                quote = f"{closing_by}："
        elif question:
            asker = question.asker or "主持人"
            if transcript.reported:
                lead = f"{according_to(transcript)}，{asker}{at}的提问{where}。"
                quote = f"{reporter(transcript) or '原报道'}的报道转述{asker}的提问："
            else:
                lead = f"{asker}{at}的提问{where}。"
                quote = f"{asker}："
        else:
            # 机器之心报道的导语（全文实录 ¶ 1）: the report's own opening, not a speaker's.
            opening = f"{reporter(transcript)}报道" if reporter(transcript) else "原报道"
            lead = (f"{opening}的导语{where}。" if transcript.reported
                    else f"实录的导语{where}。")
            quote = (f"{reporter(transcript) or '原报道'}的报道写道：" if transcript.reported
                     else "实录导语：")
        label = passage_label(transcript, speaker) if speaker else ""
        return PassageCitation(
            lead=lead + self.moment(transcript, paragraph, page),
            quote=quote,
            gbt=gbt(work),
            apa=f"{apa(work)}\n文内引用：{apa_in_text(work)}",
            chicago=chicago(work),
            label=label,
        )

    def passage_en(self, transcript: Transcript, paragraph: Paragraph | Passage, page: str,
                   question: Question | None = None, speaker: Speaker | None = None
                   ) -> PassageCitation:
        """What the copy buttons of a paragraph's English copy: the editors' translation of
        the original, cited as a translation (translator after the title in every style),
        and for a report still the report's account, never the speaker's quotation."""
        original = self.article(transcript, page, paragraph.id, paragraph.number)
        author = reporter_en(transcript) if original.organisation else original.author
        work = replace(original, author=author or original.author, translator=TRANSLATOR_EN,
                       title=original.title_en or original.title, title_en="",
                       key=original.key + "-en")
        where = f" (transcript ¶ {paragraph.number})" if paragraph.number else ""
        name = event_en(transcript)
        at = f" at the {name}" if name else ""
        translation = transcript.translation
        asked_text = ""
        if question is not None and question.asked:
            asked_text = (translation.of(question.id) if translation else "") or question.en
        asked = f"answered “{cut_words(asked_text, ELLIPSIS_AT_EN)}”" if asked_text else "spoke"
        reporter_name = short_en(reporter_en(transcript)) or "the original report"
        if speaker and transcript.reported:
            lead = (f"{according_to_en(transcript)}'s report, {speaker_label_en(speaker)} "
                    f"{asked}{at}{where}.")
            quote = f"{reporter_name}'s report of {name_en(speaker)}'s remarks, translated: "
        elif speaker:
            lead = f"{speaker_label_en(speaker)} {asked}{at}{where}."
            quote = f"{name_en(speaker)}, translated: "
        elif question:
            if transcript.reported:
                lead = f"{according_to_en(transcript)}'s report, the question asked{at}{where}."
                quote = f"{reporter_name}'s report of the question, translated: "
            else:
                lead = f"The question asked{at}{where}."
                quote = "The question, translated: "
        else:
            lead = (f"The introduction of {reporter_name}'s report{where}." if transcript.reported
                    else f"The introduction of the record{where}.")
            quote = (f"{reporter_name}'s report, translated: " if transcript.reported
                     else "The record's introduction, translated: ")
        lead += (" The editors' translation of the Chinese original; the Chinese is the text "
                 "of record.")
        moment = self.moment(transcript, paragraph, page, english=True)
        lead += f" {moment}" if moment else ""
        return PassageCitation(
            lead=lead,
            quote=quote,
            gbt=gbt(work),
            apa=f"{apa(work)}\nIn-text: {apa_in_text(work)}",
            chicago=chicago(work),
            label=passage_label_en(transcript, speaker),
        )

    @functools.cached_property
    def _spans(self) -> dict[str, dict[str, timing.Span]]:
        return {tr.slug: timing.spans(self.site, tr) for tr in self.site.transcripts}

    def moment(self, transcript: Transcript, paragraph: Paragraph, page: str,
               english: bool = False) -> str:
        """Where a timed passage is heard, for its citation: ``录音 00:12:30：`` and the link
        that opens ``page`` there (``?t=750#anchor``) or the platform's page at that time;
        ``实录时间 00:12:30`` without a recording; empty for an untimed passage. In English
        for the citation of the editors' translation (the moment is the original's)."""
        span = self._spans[transcript.slug].get(paragraph.id) if paragraph.time else None
        recording = transcript.recording
        if span is None:
            return ""
        if recording is None:
            return (f"Transcript time {paragraph.time}." if english
                    else f"实录时间 {paragraph.time}。")
        video = recording.kind == "video"
        if recording.playable:
            url, absolute = self.permalink(page, paragraph.id)
            link = timing.moment_href(url, span.start, paragraph.id)
            if not absolute:
                link = f"({NO_SITE_URL_EN}: {link})" if english else f"（{NO_SITE_URL}：{link}）"
        else:
            link = timing.platform_link(recording.page, span.start)
        if english:
            return f"{'Video' if video else 'Recording'} at {timing.clock(span.start)}: {link}"
        return f"{'录像' if video else '录音'} {timing.clock(span.start)}：{link}"

    # --- pages ----------------------------------------------------------------------

    @functools.cached_property
    def _subjects(self) -> dict[str, Transcript | None]:
        """Each generated page's transcript: pages made of the transcript's text."""
        urls = self.site.urls
        found: dict[str, Transcript | None] = {}
        for tr in self.site.transcripts:
            found[urls.exhibit_home(tr)] = tr
            found[urls.transcript(tr)] = tr
            for question in tr.questions:
                found[urls.question(tr, question)] = tr
        return found

    def page(self, path: str, title: str) -> PageCitation:
        """The citation of the page at source path ``path``, titled ``title``."""
        transcript = self._subjects.get(path)
        if transcript is not None:
            work = self.article(transcript, path)
        else:
            based_on = self._speaker_exhibit(path)
            work = self.editorial(path, _EDITORIAL_KINDS.get(path.split("/")[0], "") + title
                                  if not path.endswith("index.md") else title, based_on)
        styles = (
            ("gbt", "GB/T 7714-2015", gbt(work)),
            ("apa", "APA 第 7 版", f"{apa(work)}\n文内引用：{apa_in_text(work)}"),
            ("chicago", "Chicago 第 17 版", chicago(work)),
        )
        return PageCitation(work, title, self.site.site_url, styles)

    def _speaker_exhibit(self, path: str) -> Transcript | None:
        """The exhibit a speaker page quotes, when it quotes one only."""
        for speaker, transcripts in self.site.speakers:
            if self.site.urls.speaker(speaker) == path and len(transcripts) == 1:
                return transcripts[0]
        return None


def number_range(question: Question) -> str:
    """``¶ 7–10``: the paragraphs of the transcript a question page shows."""
    numbers = [n for n in (question.number, *(p.number for p in question.context),
                           *(p.number for a in question.answers for p in a.paragraphs)) if n]
    if not numbers:
        return ""
    first, last = min(numbers), max(numbers)
    return f"¶ {first}" if first == last else f"¶ {first}–{last}"


TITLE_FROM_EXHIBIT = "（即本展标题：元数据未注明原文标题）"
"""Said after a source record's title when it is the exhibit's own, the original's not given."""


def source_record_rows(record: SourceRecord, exhibit_title: str = ""
                       ) -> list[tuple[str, str, str]]:
    """(label, value, kind) per field of a source record; ``kind`` is ``url``, ``text`` or
    ``unknown`` (an empty field, shown as 未知). A title the metadata does not give is the
    exhibit's, as citations name it, and says so."""
    title = record.title or (exhibit_title + TITLE_FROM_EXHIBIT if exhibit_title else "")
    rows = [
        ("发布者", record.publisher, "text"),
        ("作者或记者", record.author, "text"),
        ("标题", title, "text"),
        ("发布日期", dates.zh(record.published), "text"),
        ("原文网址", record.url, "url"),
        ("录像或录音", record.recording_url, "url"),
        ("本展取得原文的日期", dates.zh(record.retrieved), "text"),
    ]
    return [(label, value, kind if value else "unknown") for label, value, kind in rows]


# --- helpers ----------------------------------------------------------------------------


def _key(page: str, anchor: str = "") -> str:
    stem = re.sub(r"(^|/)index\.md$|\.md$", "", page).strip("/") or "home"
    return re.sub(r"[^A-Za-z0-9]+", "-", stem + (f"-{anchor}" if anchor else "")).strip("-")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_EDITORIAL_KINDS = {"speakers": "嘉宾：", "topics": "话题："}
"""What an editorial page's title is prefixed with in a citation (``嘉宾：胡瀚``)."""
# BibTeX counts every brace, escaped or not, to find where a field ends: a lone ``\}`` in a
# title would end it there. The text commands keep each field's braces balanced.
_TEX = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
        "%": r"\%", "&": r"\&",
        "$": r"\$", "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"}


def _tex(text: str) -> str:
    return "".join(_TEX.get(char, char) for char in text)
