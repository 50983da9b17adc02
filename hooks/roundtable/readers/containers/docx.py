"""Word documents (``.docx``), read with ``python-docx``: a line per paragraph.

Line N is the document's N-th paragraph in body order, empty paragraphs and the paragraphs
of table cells counted (what Word's navigation and a curator counting paragraphs see). A
paragraph's soft line breaks are joined into it. Bold-label structure is kept: a paragraph
opening with a short bold name and then the words (``**张伟** 我认为…``) is read as the
label it is (``张伟：我认为…``); a bold name with its colon reads as written.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ...model import TranscriptError
from ..source import BLANKS, Line, Source
from ..written_qa import read_written_qa
from .records import join_pieces

BOLD_LABEL_MAX = 12
LABEL_PUNCTUATION = re.compile(r"[。，,！？!?；;、…“”\"'（）()]")
COLONS = ":："
NOTE_ONLY = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
COLONS_IN = re.compile(r"[:：。！？!?]")
TIME_ONLY = re.compile(r"^[\[(（]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])）]?$")
SOFT_BREAK = re.compile(r"[\n\v]")


def open_source(path: Path, raw: bytes) -> Source:
    import docx  # python-docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TranscriptError(str(path), 1, f"not a Word document python-docx can open ({error})",
                              "open it in Word and save it again as a .docx document") from error
    lines = []
    bold_labels = 0
    rosters, listed = _rosters(document)
    rows = _transcript_rows(document)
    fields, facts = _form_fields(document)
    set_aside = []
    for number, element in enumerate(document.element.body.iter(qn("w:p")), 1):
        text, from_bold = paragraph_text(Paragraph(element, document))
        bold_labels += from_bold
        if element in rows:
            kind, label = rows[element]
            if kind == "label" and text:
                set_aside.append((Line(number, text), "the speaker cell of a transcript "
                                  "table's row: its name opens the row's words"))
                text = ""
            elif kind == "time" and text:
                set_aside.append((Line(number, text), "the time cell of a transcript table's "
                                  "row: it stands before the row's words"))
                text = ""
            elif kind == "text" and text:
                time, _, label = label.partition("\t")
                if NOTE_ONLY.fullmatch(text):
                    label = ""  # （众笑） alone in a row: the record's note, nobody's words
                text = (f"[{time}] " if time else "") + (f"{label}：" if label else "") + text
        if element in fields and text:
            set_aside.append((Line(number, text), fields[element]))
            text = ""
        if element in rosters and text:
            set_aside.append((Line(number, text), "a cell of a table of who takes part (its "
                              "header names people, no words said): a list, not speech"))
            text = ""
        lines.append(Line(number, text))
    notes = [f"{len(lines)} paragraphs: line N is the N-th paragraph"]
    # A written interview's numbered questions and bare answers, credited as its header says.
    written = read_written_qa([line.text for line in lines])
    given_roles: tuple[tuple[str, str], ...] = ()
    if written is not None:
        set_aside += [(lines[i], "the written interview's header (who asks, who answers, "
                       "when): the document's front matter, not speech") for i in written.header]
        lines = [Line(line.number, text) for line, text in zip(lines, written.texts,
                                                                strict=True)]
        notes += written.notes
        listed = [*listed, *([written.asker] if written.asker else []), *written.respondents]
        given_roles = ((written.asker, "host"),) if written.asker else ()
    if bold_labels:
        notes.append(f"{bold_labels} bold name(s) without a colon read as labels")
    if set_aside:
        notes.append(f"{len(set_aside)} paragraph(s) of table cells set aside (speaker and "
                     "time cells, participants lists, a form's field names and facts)")
    # (Each row's cells, read by the identity layer for who is who, never as speech.)
    front = tuple("　".join(cell.text.strip() for cell in row.cells)
                  for table in document.tables for row in table.rows
                  if any(p._p in rosters for cell in row.cells for p in cell.paragraphs))
    front += tuple(facts)
    return Source(path, tuple(lines), "utf-8", "docx", notes=tuple(notes),
                  set_aside=tuple(set_aside), front=front,
                  given_labels=tuple(dict.fromkeys(listed)), given_roles=given_roles)


def _transcript_rows(document) -> dict:  # noqa: ANN001 - python-docx's Document
    """Each paragraph of a transcript table (a header row naming a speaker column and a text
    column: 时间｜发言人｜发言内容, Speaker | Text) as ``("label", "")`` for a speaker cell's or
    ``("time", "")`` for a time cell's, ``("text", "time\tlabel")`` for the first words of a
    row's text cell, the row's time and speaker written before them (``[15:31] 张伟：…``).
    A row whose speaker cell is empty continues the row above's speaker (a table's
    continuation row), so its words keep their person whatever reads them."""
    from .delimited import _header_role

    found: dict = {}
    for table in document.tables:
        if len(table.rows) < 2:
            continue
        roles = [_header_role(cell.text.strip()) for cell in table.rows[0].cells]
        if "label" not in roles or "text" not in roles:
            continue
        who, words = roles.index("label"), roles.index("text")
        when = roles.index("start") if "start" in roles else -1
        speaker = ""
        for row in table.rows[1:]:
            cells = row.cells
            if len(cells) <= max(who, words) or cells[who]._tc is cells[words]._tc:
                continue  # a merged row (a section heading across the table): as written
            named = " ".join(p.text.strip() for p in cells[who].paragraphs if p.text.strip())
            if named and len(named) <= BOLD_LABEL_MAX * 2 and not COLONS_IN.search(named):
                speaker = named
                found.update({p._p: ("label", "") for p in cells[who].paragraphs})
            time = cells[when].text.strip() if 0 <= when < len(cells) else ""
            if not TIME_ONLY.match(time):
                time = ""
            elif cells[when]._tc is not cells[who]._tc:
                found.update({p._p: ("time", "") for p in cells[when].paragraphs})
            first = next((p for p in cells[words].paragraphs if p.text.strip()), None)
            if first is not None:
                found[first._p] = ("text", f"{time.strip('[]()（）')}\t{speaker}")
    return found


FIELD_NAME_MAX = 20
"""A form's field name (时间, 参与单位名称及人员姓名, Interviewer) is at most this long."""
FACT_MAX = 40
"""A field's value paragraph no longer than this, with no sentence in it, is a fact."""
SENTENCE_END = re.compile(r"[。！？!?；;]|[.](?:\s|$)")
FORM_ROWS = 3
"""Rows of name ｜ value a table must show to be read as a form."""


def _form_fields(document) -> tuple[dict, list[str]]:  # noqa: ANN001 - python-docx's Document
    """The paragraphs of a form's cells that are nobody's words, each with why, and the
    form's facts (``field：value``) for the who-is-who layers.

    A form is a table whose rows are a field's name and its value (a company's 投资者关系
    活动记录表, a 会议纪要 form, an interview record sheet: 时间｜…, 参会人员｜…, Notes｜…):
    the name cell is a caption; a value of short lines with no sentence (a date, a place, a
    list of people, ticked boxes) is the record's facts; a value holding sentences (the
    minutes, the Q&A in numbered paragraphs) stays, read paragraph by paragraph."""
    fields: dict = {}
    facts: list[str] = []
    for table in document.tables:
        pairs = []
        for row in table.rows:
            cells = list({id(c._tc): c for c in row.cells}.values())
            if len(cells) != 2:
                continue
            name = cells[0].text.strip()
            if name and len(name) <= FIELD_NAME_MAX and "\n" not in name \
                    and not SENTENCE_END.search(name) and not COLONS_IN.search(name[:-1]):
                pairs.append(cells)
        if len(pairs) < FORM_ROWS or len(pairs) < len(table.rows) // 2:
            continue
        for name_cell, value in pairs:
            name = name_cell.text.strip().rstrip(COLONS)
            fields.update({p._p: "a form's field name: it captions the cell beside it"
                           for p in name_cell.paragraphs})
            said = [p.text.strip() for p in value.paragraphs if p.text.strip()]
            if said and all(len(t) <= FACT_MAX and not SENTENCE_END.search(t) for t in said):
                fields.update({p._p: f"the form's field {name!r}: a fact of the record, not "
                               "speech" for p in value.paragraphs})
                facts += [f"{name}：{t}" for t in said]
    return fields, facts


def _rosters(document) -> tuple[set, list[str]]:  # noqa: ANN001 - python-docx's Document
    """The paragraphs of every table whose header row names a person column (姓名, Name,
    发言人) and no column of words said — a participants list (参会嘉宾名单), whose cells are
    nobody's turns — and the people its person column names. A table with a text column is
    a transcript table and stays."""
    from .delimited import _header_role

    found: set = set()
    people: list[str] = []
    for table in document.tables:
        if not table.rows:
            continue
        roles = [_header_role(cell.text.strip()) for cell in table.rows[0].cells]
        if "label" in roles and "text" not in roles:
            found.update(p._p for row in table.rows for cell in row.cells
                         for p in cell.paragraphs)
            column = roles.index("label")
            people += [row.cells[column].text.strip() for row in table.rows[1:]
                       if len(row.cells) > column and row.cells[column].text.strip()]
    return found, people


def paragraph_text(paragraph) -> tuple[str, bool]:  # noqa: ANN001 - python-docx's Paragraph
    """The paragraph's text on one line, and whether a bold name was read as its label.

    A document returned with tracked changes reads as it would once they are accepted: a
    tracked insertion (``w:ins``, ``w:moveTo``) is its text, a tracked deletion (``w:del``,
    ``w:moveFrom``) is not; comments live outside the body and are no text."""
    from docx.text.run import Run

    runs = [(run.text, _bold(run, paragraph))
            for run in (Run(r, paragraph) for r in _visible_runs(paragraph._p))]
    return labelled(runs)


def _visible_runs(element) -> list:  # noqa: ANN001 - an lxml element of python-docx
    """The paragraph's own runs in order, inside insertions and hyperlinks too, but not
    those of a deletion, of a nested paragraph (a text box's) or of a fallback copy."""
    from docx.oxml.ns import qn

    hidden = {qn("w:del"), qn("w:moveFrom"),
              "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
    paragraph_tag = qn("w:p")
    runs = []
    for run in element.iter(qn("w:r")):
        parent = run.getparent()
        while parent is not None and parent is not element:
            if parent.tag in hidden or parent.tag == paragraph_tag:
                break
            parent = parent.getparent()
        else:
            runs.append(run)
    return runs


def labelled(runs: list[tuple[str, bool]]) -> tuple[str, bool]:
    """Runs of ``(text, bold)`` as one line; a short bold lead followed by words, with no
    colon of its own, becomes a label with one."""
    lead, i = "", 0
    while i < len(runs) and (runs[i][1] or not runs[i][0].strip()):
        lead += runs[i][0]
        i += 1
    text = join_pieces(SOFT_BREAK.split("".join(t for t, _ in runs))).strip(BLANKS)
    rest = "".join(t for t, _ in runs[i:])
    name = lead.strip(BLANKS)
    if (name and rest.strip(BLANKS) and rest[:1] in " \t\u3000\u00a0"
            and len(name) <= BOLD_LABEL_MAX and name[-1] not in COLONS
            and rest.strip(BLANKS)[:1] not in COLONS and not LABEL_PUNCTUATION.search(name)):
        words = join_pieces(SOFT_BREAK.split(rest)).strip(BLANKS)
        if TIME_ONLY.match(words):
            return f"{name} {words}", False  # a name and its time: the export's label line
        return f"{name}：{words}", True
    return text, False


def _bold(run, paragraph) -> bool:  # noqa: ANN001 - python-docx's Run and Paragraph
    if run.bold is not None:
        return bool(run.bold)
    style_bold = run.style.font.bold if run.style is not None else None
    if style_bold is not None:
        return bool(style_bold)
    return bool(paragraph.style is not None and paragraph.style.font.bold)
