"""Hostile transcripts in every container the readers accept, and every export made from them.

``tests/test_hostile.py`` tries one plain-text report in depth. Here the same attack is written
in each input container (the table :data:`CONTAINERS`: one line per container, so a reader
added later only needs its line), all built together as one series with
``mkdocs build --strict``. For each container:

* the model keeps what the transcript says, hostile markup and all, as written, and never
  reads the file's own scripts, styles, comments or notes as speech;
* each page shows it as text: ``<script>``, event-handler attributes, ``javascript:`` and
  ``data:`` URLs, CSS, iframes, Markdown and Jinja never become markup;
* the CSV's cells read as text in a spreadsheet (a formula's first character gets a ``'``),
  while the JSON keeps the exact text;
* the exports stay well formed and hold the text: BibTeX (braces, backslashes), CSL-JSON,
  the page's JSON-LD (``</script>``), WebVTT (``-->`` and ``</v>`` in a cue) and the
  Podcasting 2.0 transcript JSON.

The table must name every file type and reader the readers have, so a container cannot be
added without its line. A reader that does not keep the text yet says why in its line, and
that one test is a strict ``xfail``: it fails the day the reader is fixed, to be taken out.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
import webvtt

from conftest import DESKTOP, build, copy_project, serve_published
from roundtable.citing.exports import FORMULA_STARTS, original_text, spreadsheet_text
from roundtable.readers import READERS
from roundtable.transcript import TRANSCRIPT_SUFFIXES
from sitecheck import crawl_site
from test_hostile import _Elements, visible_text

# --- what an attacker writes -------------------------------------------------------------

SCRIPT = '<script>alert("脚本")</script>'
HANDLER = "<img src=x onerror=alert(1)>"
JS_URL = '<a href="javascript:alert(3)">链接</a>'
DATA_URL = '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==">数据</a>'
CSS = "<style>body{display:none}</style>"
INLINE_CSS = '<b style="position:fixed;inset:0">盖住全页</b>'
IFRAME = '<iframe src="data:text/html,alert(5)"></iframe>'
MD_LINK = "[点我](javascript:alert(6))"
MD_IMAGE = "![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNyk+)"
MD_AUTOLINK = "<javascript:alert(8)>"
JINJA = "{{ 1000 + 337 }}"
JINJA_BLOCK = "{% if true %}执行了{% endif %}"
ENTITY = "&lt;b&gt;实体&lt;/b&gt;"
CUE_BREAKERS = "甲 --> 乙 </v> 丙 <v 冒充者>"
"""What would end a WebVTT cue's timing or voice early, or start another voice."""
TEX = "{\\bf 粗} \\input{/etc/passwd} } 未配对 {"
"""What would end a BibTeX field early or run a TeX command."""
SCRIPT_END = "</script><!--"
"""What would end the JSON-LD's script element early."""
FORMULAS = [
    '=HYPERLINK("http://example.com/x","点我查看")这是一个公式。',
    "+1 我同意。",
    "-25℃ 的时候也一样。",
    "@SUM(1+1) 也是公式。",
    "＝1+1 全角等号。",
    "＋1 全角加号。",
    "－1 全角减号。",
    "＠SUM(1) 全角的 at。",
]
"""Answers that begin as a spreadsheet formula does, ASCII and full-width."""

TITLE = f"{SCRIPT_END} {TEX} {SCRIPT}"
"""What every container's title holds after the words that name its kind."""
HOST = "主持人"
OWN_SCRIPT = 'alert("页面自己的脚本")'
OWN_STYLE = "color: red"
OWN_NOTE = "编辑备注：这不是发言"
"""What a file's own script, style and comment or note hold (:attr:`Container.furniture`)."""
TURNS = [
    (HOST, f"第一问 {SCRIPT} {JS_URL} 算不算文字？"),
    ("张伟", f"我认为 {HANDLER} 和 {DATA_URL} 以及 {CSS} 都是文字。"),
    ("李娜", f"我补充 {IFRAME} 与 {INLINE_CSS} 还有 {ENTITY}。"),
    (HOST, "=1+1 这样开头的问题呢？"),
    ("张伟", "下面几段都以公式的符号开头。"),
    *[("张伟", formula) for formula in FORMULAS],
    (HOST, f"最后 {MD_LINK} 与 {JINJA} 呢？"),
    ("李娜", f"还有 {MD_IMAGE} 和 {MD_AUTOLINK} 以及 {JINJA_BLOCK}。"),
    ("张伟", f"字幕里 {CUE_BREAKERS} 与 {SCRIPT_END} 都是文字。"),
]
"""The panel every container writes: who says what, in order."""
Turns = list[tuple[str, str]]


# --- one line per container ------------------------------------------------------------


def _paragraphs(title: str, lines: list[str]) -> str:
    return "\n\n".join([title, *lines]) + "\n"


def _reported(turns: Turns) -> list[str]:
    """A reporter's paragraphs: a speaker's first paragraph says who, the next continue."""
    lines, previous = [], ""
    for who, text in turns:
        lines.append(text if who in (HOST, previous) else f"{who}博士认为，{text}")
        previous = who
    return lines


def _cue_time(seconds: int, mark: str) -> str:
    return f"00:{seconds // 60:02d}:{seconds % 60:02d}{mark}000"


def _cues(turns: Turns, mark: str, text: Callable[[str, str], str]) -> list[str]:
    """One cue per turn, 5 s apart, 3 s long: the 2 s pauses keep a speaker's cues apart."""
    return [line for index, (who, said) in enumerate(turns) for line in (
        str(index + 1),
        f"{_cue_time(5 * index + 1, mark)} --> {_cue_time(5 * index + 4, mark)}",
        text(who, said), "")]


def _delimited(turns: Turns, delimiter: str) -> str:
    """A transcription service's export: a header row, then speaker, times and text."""
    out = io.StringIO()
    rows = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    rows.writerow(["speaker", "start", "end", "text"])
    for index, (who, text) in enumerate(turns):
        rows.writerow([who, _cue_time(5 * index + 1, ".")[:8], _cue_time(5 * index + 4, ".")[:8],
                       text])
    return out.getvalue()


def _web_page(title: str, turns: Turns) -> str:
    """A saved article page: its own script, style and comment around the panel's text."""
    body = "\n".join(f"<p><b>{html.escape(who)}：</b>{html.escape(text)}</p>"
                     for who, text in turns)
    return (f"<!DOCTYPE html>\n<html><head><title>{html.escape(title)}</title>\n"
            f"<style>{OWN_STYLE}</style>\n<script>{OWN_SCRIPT}</script>\n</head>\n<body>\n"
            f"<!-- {OWN_NOTE} -->\n<article>\n<h1>{html.escape(title)}</h1>\n{body}\n"
            "</article>\n</body></html>\n")


def _word_document(title: str, turns: Turns) -> bytes:
    """A Word document: the title, then a paragraph a turn opening with its bold name."""
    import docx  # python-docx, as the reader

    document = docx.Document()
    document.add_paragraph(title)
    for who, text in turns:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{who}：").bold = True
        paragraph.add_run(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _ass_script(title: str, turns: Turns) -> str:
    """An Aegisub script: its header, a style, a comment event (the makers' note), then one
    dialogue event a turn, the Name field saying who speaks."""
    fields = "Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"
    events = [f"Comment: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,{OWN_NOTE}"] + [
        f"Dialogue: 0,{_cue_time(5 * i + 1, '.')[1:-1]},{_cue_time(5 * i + 4, '.')[1:-1]},"
        f"Default,{who},0,0,0,,{text}" for i, (who, text) in enumerate(turns)]
    return "\n".join(["[Script Info]", f"Title: {title}", "ScriptType: v4.00+", "",
                      "[V4+ Styles]", "Format: Name, Fontname, Fontsize",
                      "Style: Default,Noto Sans CJK SC,48", "", "[Events]",
                      f"Format: {fields}", *events]) + "\n"


def _vtt_text(text: str) -> str:
    # WebVTT's own escaping: a cue reads & and < as markup, and > closes its tags.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Container:
    """How one input container writes the panel, and what its metadata must say."""

    file: str
    """The transcript's name in seeds/; its stem is the exhibit's slug."""
    write: Callable[[str, Turns], str | bytes]
    """The file's text (or bytes), from the title and the turns."""
    metadata: str = ""
    """The metadata file beside it, when the container needs one."""
    kind: str = "圆桌 "
    """The words the title opens with (a talk or an interview names its speaker there)."""
    asks: bool = True
    """Whether the container writes the host's questions."""
    furniture: tuple[str, ...] = ()
    """What the file's own markup holds, written beside the panel (its scripts, styles,
    comments, notes): never read as speech."""
    timed: bool = False
    """Whether its passages have times (then the site exports WebVTT and podcast JSON)."""
    loses_text: str = ""
    """Why the reader does not keep the text as written yet (a known fault, not a choice)."""


CONTAINERS = [
    Container("plain-dialogue.txt", lambda title, turns: _paragraphs(
        title, [f"{who}：{text}" for who, text in turns])),
    Container("plain-reported.txt", lambda title, turns: _paragraphs(title, _reported(turns))),
    Container("plain-interview.txt", lambda title, turns: _paragraphs(
        title, [f"{'问' if who == HOST else '答'}：{text}" for who, text in turns]),
        kind="专访张伟："),
    Container("plain-talk.txt", lambda title, turns: _paragraphs(
        title, [text for who, text in turns if who != HOST]),
        metadata="format: talk\n", kind="演讲 | 张伟：", asks=False),
    Container("plain-stt.txt", lambda title, turns: "\n".join(
        [title, "", *(f"[{_cue_time(5 * i, '')[:8]}] {who}：{text}"
                      for i, (who, text) in enumerate(turns))]) + "\n", timed=True),
    Container("subtitles-srt.srt", lambda title, turns: "\n".join(
        _cues(turns, ",", lambda who, text: f"{who}：{text}")),
        # SRT has no title: the metadata gives it.
        metadata=f"exhibit:\n  title: {json.dumps('圆桌 ' + TITLE, ensure_ascii=False)}\n",
        timed=True),
    Container("subtitles-vtt.vtt", lambda title, turns: "\n".join(
        [f"WEBVTT - {title}", "", "STYLE", f"::cue {{ {OWN_STYLE} }}", "",
         f"NOTE {OWN_NOTE}", "",
         *_cues(turns, ".", lambda who, text: f"<v {who}>{_vtt_text(text)}</v>")]),
        # The header is free text (no escapes); a cue's text is markup, escaped.
        furniture=(OWN_STYLE, OWN_NOTE), timed=True),
    Container("markdown.md", lambda title, turns: _paragraphs(
        f"# {title}", [f"<!-- {OWN_NOTE} -->", f"<script>{OWN_SCRIPT}</script>",
                       f"<style>{OWN_STYLE}</style>",
                       *(f"**{who}**：{text}" for who, text in turns)]),
        furniture=(OWN_NOTE, OWN_SCRIPT, OWN_STYLE)),
    # A delimited export has no title: the metadata gives it, as for SRT.
    Container("export-csv.csv", lambda title, turns: _delimited(turns, ","),
              metadata=f"exhibit:\n  title: {json.dumps('圆桌 ' + TITLE, ensure_ascii=False)}\n",
              timed=True),
    Container("export-tsv.tsv", lambda title, turns: _delimited(turns, "\t"),
              metadata=f"exhibit:\n  title: {json.dumps('圆桌 ' + TITLE, ensure_ascii=False)}\n",
              timed=True),
    Container("web-page.html", _web_page, furniture=(OWN_SCRIPT, OWN_STYLE, OWN_NOTE)),
    Container("word.docx", _word_document),
    Container("subtitles-ass.ass", _ass_script, furniture=(OWN_NOTE,), timed=True,
              loses_text="the .ass format reads any {…} in an event's text as override tags "
              "and has no escape for a brace: {{ 7*7 }} and {\\bf 粗} cannot be written in it"),
]
"""Every input container, with how it writes the panel. A reader that accepts a new
container (CSV/TSV, HTML, docx …) adds its line here."""
IDS = [Path(c.file).stem for c in CONTAINERS]
SAME_CONTAINER = {".markdown": ".md", ".htm": ".html", ".ssa": ".ass"}
"""File suffixes that name a container the table already writes under another suffix."""


def slug(container: Container) -> str:
    return Path(container.file).stem


def said(container: Container) -> list[str]:
    """Everything the container's transcript says, each piece as written."""
    return [container.kind + TITLE] + [
        text for who, text in TURNS if container.asks or who != HOST]


# --- one build of them all ---------------------------------------------------------------


@pytest.fixture(name="hostile_series", scope="module")
def fixture_hostile_series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every container's panel built as one series with ``mkdocs build --strict``."""
    seeds: dict[str, str | bytes] = {}
    for container in CONTAINERS:
        seeds[container.file] = container.write(container.kind + TITLE, TURNS)
        if container.metadata:
            seeds[f"{slug(container)}.yml"] = container.metadata
    root = tmp_path_factory.mktemp("hostile-containers")
    site = root / "site"
    result = build(copy_project(root / "project", seeds=seeds), site)
    assert result.returncode == 0, result.stderr
    assert not re.search(r"^(WARNING|ERROR)\s+-", result.stderr, re.M), result.stderr
    return site


def exhibit_data(site: Path, container: Container) -> dict:
    return json.loads((site / "data" / f"{slug(container)}.json").read_text(encoding="utf-8"))


def model_texts(data: dict) -> list[str]:
    """Every text of an exhibit's JSON a page shows: title, parts, questions, paragraphs."""
    paragraphs = [p["text"] for p in data["intro"]]
    texts = [data["title"]]
    for part in data["sections"]:
        texts.append(part["title"])
        for question in part["questions"]:
            texts.append(question["text"])
            paragraphs += [p["text"] for p in question["context"]]
            paragraphs += [p["text"] for a in question["answers"] for p in a["paragraphs"]]
    paragraphs += [c["paragraph"]["text"] for c in data.get("closing", [])]
    return [text for text in texts + paragraphs if text]


def exhibit_pages(site: Path, container: Container) -> list[Path]:
    return sorted((site / slug(container)).rglob("index.html"))


def test_the_table_holds_every_container_and_reader_there_is(hostile_series: Path):
    """A container or reader added to the readers fails here until the table has its line."""
    suffixes = {SAME_CONTAINER.get(suffix, suffix) for suffix in TRANSCRIPT_SUFFIXES}
    assert suffixes <= {Path(c.file).suffix for c in CONTAINERS}
    read_as = {exhibit_data(hostile_series, c)["format"] for c in CONTAINERS}
    assert {reader.name for reader in READERS} <= read_as


# --- the model keeps the text ----------------------------------------------------------


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_the_model_keeps_every_hostile_line_as_written(hostile_series: Path, container,
                                                       request: pytest.FixtureRequest):
    if container.loses_text:
        request.applymarker(pytest.mark.xfail(reason=container.loses_text, strict=True))
    texts = model_texts(exhibit_data(hostile_series, container))
    for piece in said(container):
        assert any(piece in text for text in texts), piece


WITH_FURNITURE = [c for c in CONTAINERS if c.furniture]


@pytest.mark.parametrize("container", WITH_FURNITURE, ids=[slug(c) for c in WITH_FURNITURE])
def test_a_files_own_scripts_styles_and_comments_are_never_speech(hostile_series: Path,
                                                                   container):
    texts = model_texts(exhibit_data(hostile_series, container))
    page = (hostile_series / slug(container) / "transcript" / "index.html").read_text("utf-8")
    for piece in container.furniture:
        assert not any(piece in text for text in texts), piece
        assert piece not in visible_text(page), piece


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_answers_that_begin_as_formulas_keep_their_text_in_the_json(hostile_series: Path,
                                                                    container):
    """The JSON is the exact text: no ``'`` or other mark is added to it."""
    texts = model_texts(exhibit_data(hostile_series, container))
    for formula in FORMULAS:
        assert formula in texts, formula
    assert not any(text.startswith("'") for text in texts)


# --- the CSV reads as text in a spreadsheet ------------------------------------------------


def spreadsheet_rows(site: Path, container: Container) -> list[dict[str, str]]:
    """The CSV read as a spreadsheet program reads it: UTF-8 after its BOM, cells by RFC 4180."""
    text = (site / "data" / f"{slug(container)}.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def reads_as_formula(cell: str) -> bool:
    """Whether a spreadsheet would take the cell for a formula: its first character, or the
    first after spaces (LibreOffice can trim them), is a formula's start."""
    return cell[:1] in FORMULA_STARTS or cell.lstrip()[:1] in FORMULA_STARTS


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_no_csv_cell_reads_as_a_formula(hostile_series: Path, container):
    """Every cell reads as text; the numbers the export writes are plain numbers."""
    rows = spreadsheet_rows(hostile_series, container)
    assert rows
    for row in rows:
        for column, cell in row.items():
            assert not reads_as_formula(cell), (column, cell)
        assert row["number"].isdigit() and row["line"].isdigit(), row
        assert re.fullmatch(r"(\d\d:\d\d:\d\d)?", row["time"]), row["time"]


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_a_formula_cell_is_the_text_after_one_mark(hostile_series: Path, container):
    """A paragraph that begins as a formula is written ``'`` + its text: taking the mark off
    gives the JSON's text back; every other cell is the text as it is."""
    rows = spreadsheet_rows(hostile_series, container)
    cells = [row["text"] for row in rows]
    for formula in FORMULAS:
        assert "'" + formula in cells, formula
    by_id = {p["id"]: p["text"] for p in _json_paragraphs(exhibit_data(hostile_series, container))}
    answers = [row for row in rows if row["kind"] == "answer"]
    assert answers
    for row in answers:
        assert original_text(row["text"]) == by_id[row["id"]]
    if container.asks:
        question = next(row for row in rows if row["kind"] == "question"
                        and original_text(row["text"]).startswith("=1+1"))
        assert question["text"] == "'=1+1 这样开头的问题呢？"


def _json_paragraphs(data: dict) -> list[dict]:
    return [p for part in data["sections"] for q in part["questions"]
            for a in q["answers"] for p in a["paragraphs"]]


@pytest.mark.parametrize("text", [
    "=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1", "\t", "\r\n-1", " =1", "\u3000＝1",
    "\n@x", "＋1", "－1", "＠x", "'=1", "'' =1", "' @x",
])
def test_every_formula_start_gets_the_text_mark_and_gives_the_text_back(text: str):
    """Tabs, carriage returns and leading spaces too; a text already opening with ``'``
    before a formula's start gets one more, so one rule gives every text back."""
    cell = spreadsheet_text(text)
    assert cell == "'" + text
    assert not reads_as_formula(cell)
    assert original_text(cell) == text


@pytest.mark.parametrize("text", [
    "胡瀚博士认为", "", "'", "''", "'引号", "1+1", "2022-01", "a=b", " 空格开头", "#标签", "*",
])
def test_text_that_no_spreadsheet_reads_as_a_formula_is_written_as_it_is(text: str):
    assert spreadsheet_text(text) == text
    assert original_text(text) == text


# --- pages show it as text -----------------------------------------------------------------


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_the_transcript_page_shows_every_text_literally(hostile_series: Path, container):
    page = (hostile_series / slug(container) / "transcript" / "index.html").read_text("utf-8")
    shown = visible_text(page)
    for text in model_texts(exhibit_data(hostile_series, container)):
        assert text in shown, text[:60]


def markup_made(site: Path, path: Path) -> list[str]:
    """What a page holds that the text made into markup: a script that alerts, a handler,
    a ``javascript:`` or ``data:`` page link, a style, an iframe, an image, Jinja evaluated."""
    page = path.read_text(encoding="utf-8")
    name = path.relative_to(site).as_posix()
    elements = _Elements()
    elements.feed(page)
    made = [f"{name}: a script that alerts" for script in elements.scripts if "alert(" in script]
    for tag, attrs in elements.tags:
        links = [attrs.get(a, "").strip().lower() for a in ("href", "src", "action", "formaction")]
        if (tag in ("iframe", "style") or any(a.startswith("on") for a in attrs)
                or "position:fixed" in attrs.get("style", "")
                or (tag == "img" and (attrs.get("src") == "x" or attrs.get("alt") == "图"))
                or any(link.startswith(("javascript:", "data:text/html", "data:image/svg"))
                       for link in links)):
            made.append(f"{name}: <{tag} {attrs}>")
    if "1337" in visible_text(page):
        made.append(f"{name}: Jinja evaluated")
    if "<b>实体</b>" in page:
        made.append(f"{name}: an entity in the text made a tag")
    return made


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_no_page_of_the_exhibit_makes_markup_from_the_text(hostile_series: Path, container):
    pages = exhibit_pages(hostile_series, container)
    assert len(pages) >= 3, "home, transcript and a question page at least"
    assert [m for path in pages for m in markup_made(hostile_series, path)] == []


def test_no_page_the_exhibits_share_makes_markup_from_the_text(hostile_series: Path):
    """Speaker pages quote every container's answers; the series home lists their questions."""
    exhibits = {slug(container) for container in CONTAINERS}
    shared = [path for path in hostile_series.rglob("*.html")
              if path.relative_to(hostile_series).parts[0] not in exhibits]
    assert any("speakers" in path.parts for path in shared)
    assert [m for path in shared for m in markup_made(hostile_series, path)] == []


# --- the exports stay well formed --------------------------------------------------------


def downloads(site: Path, container: Container) -> dict[str, str]:
    """The transcript page's "引用本页" downloads, by their link text: BibTeX, CSL-JSON."""
    page = (site / slug(container) / "transcript" / "index.html").read_text(encoding="utf-8")
    return {kind: unquote(html.unescape(href)).split(",", 1)[1] for href, kind in re.findall(
        r'<a href="(data:[^"]+)" download="[^"]+"[^>]*>([^<]+)</a>', page)}


def bibtex_fields(entry: str) -> dict[str, str]:
    """An entry's fields read as BibTeX reads them: a braced value ends at the brace that
    balances its first, whatever backslash stands before a brace inside it."""
    head = re.match(r"@misc\{([A-Za-z0-9-]+),\n", entry)
    assert head, entry[:80]
    fields, at = {}, head.end()
    while True:
        field = re.compile(r"\s*(\w+) = \{").match(entry, at)
        if not field:
            break
        depth, end = 1, field.end()
        while depth:
            assert end < len(entry), f"field {field.group(1)} never closes"
            depth += {"{": 1, "}": -1}.get(entry[end], 0)
            end += 1
        fields[field.group(1)] = entry[field.end():end - 1]
        at = end + (1 if entry[end:end + 1] == "," else 0)
    assert entry[at:].strip() == "}", f"after the fields: {entry[at:][:80]!r}"
    return fields


_TEX_TEXT = {r"\textbackslash{}": "\\", r"\textbraceleft{}": "{", r"\textbraceright{}": "}",
             r"\^{}": "^", r"\~{}": "~"}


def tex_text(value: str) -> str:
    """The text a TeX-escaped BibTeX value prints."""
    pattern = "|".join(re.escape(k) for k in _TEX_TEXT) + r"|\\([%&$#_])"
    return re.sub(pattern, lambda m: _TEX_TEXT.get(m.group(0)) or m.group(1), value)


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_bibtex_keeps_its_braces_balanced_and_the_title_whole(hostile_series: Path,
                                                             container):
    fields = bibtex_fields(downloads(hostile_series, container)["BibTeX"])
    title = exhibit_data(hostile_series, container)["title"]
    assert fields["title"].startswith("{") and fields["title"].endswith("}")
    assert tex_text(fields["title"][1:-1]) == title
    assert "\\input" not in fields["title"] and "\\bf" not in fields["title"]


@pytest.mark.parametrize("container", CONTAINERS, ids=IDS)
def test_csl_json_and_json_ld_hold_the_title_exactly(hostile_series: Path, container):
    """The CSL-JSON download parses and names the title as written; every JSON-LD block of
    every page of the exhibit parses whole (no ``</script>`` cut it short)."""
    title = exhibit_data(hostile_series, container)["title"]
    (item,) = json.loads(downloads(hostile_series, container)["CSL-JSON"])
    assert item["title"] == title
    titles = []
    for path in exhibit_pages(hostile_series, container):
        elements = _Elements()
        elements.feed(path.read_text(encoding="utf-8"))
        assert len(elements.json_ld) == 1, path
        data = json.loads(elements.json_ld[0])
        assert "</script" not in elements.json_ld[0].lower()
        titles.append(data.get("isBasedOn", {}).get("name"))
    assert title in titles


TIMED = [c for c in CONTAINERS if c.timed]


def vtt_unescaped(text: str) -> str:
    """A cue's text with WebVTT's three escapes read back."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.mark.parametrize("container", TIMED, ids=[slug(c) for c in TIMED])
def test_webvtt_cues_hold_the_text_and_nothing_ends_them_early(hostile_series: Path,
                                                               container):
    """The exported WebVTT reads back with webvtt-py cue for cue, in reading order: each cue's
    text is the passage's and its voice the speaker's; no cue line holds ``-->``, and the
    only tags are the voice's own."""
    exported = (hostile_series / "data" / f"{slug(container)}.vtt").read_text(encoding="utf-8")
    timed = [row for row in spreadsheet_rows(hostile_series, container) if row["time"]]
    cues = list(webvtt.from_buffer(io.StringIO(exported)))
    assert [vtt_unescaped(cue.text) for cue in cues] == [
        original_text(row["text"]) for row in timed]
    assert [cue.voice for cue in cues] == [row["speaker"] for row in timed]
    assert container.loses_text or any(CUE_BREAKERS in vtt_unescaped(c.text) for c in cues)
    for cue in exported.split("\n\n")[2:]:
        timing, *text = cue.splitlines()[1:]
        assert "-->" in timing and not any("-->" in line for line in text), cue
        assert not any("<" in re.sub(r"^<v [^<>]+>|</v>$", "", line) for line in text), cue


@pytest.mark.parametrize("container", TIMED, ids=[slug(c) for c in TIMED])
def test_the_podcast_transcript_is_json_holding_every_text(hostile_series: Path, container):
    exported = (hostile_series / "data" / f"{slug(container)}.transcript.json").read_text("utf-8")
    bodies = [segment["body"] for segment in json.loads(exported)["segments"]]
    for paragraph in _json_paragraphs(exhibit_data(hostile_series, container)):
        assert paragraph["text"] in bodies


# --- in a browser ----------------------------------------------------------------------


@pytest.fixture(name="hostile_series_url", scope="module")
def fixture_hostile_series_url(hostile_series: Path):
    with serve_published(hostile_series) as url:
        yield url


def test_no_container_page_runs_the_text(browser, hostile_series: Path,
                                         hostile_series_url: str):
    """Each container's transcript and question pages open without a dialog, a script
    error or a request elsewhere."""
    names = [path.relative_to(hostile_series).as_posix()
             for container in CONTAINERS for path in exhibit_pages(hostile_series, container)]
    visited = crawl_site(browser, hostile_series_url, names, [DESKTOP])
    assert [d for visit in visited.visits.values() for d in visit.dialogs] == []
    assert visited.problems == [] and visited.outside == set()
