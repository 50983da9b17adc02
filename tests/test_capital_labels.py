"""English transcripts labelled in capitals, as court reporters and captioners set them
(issue 26, items 4, 5, 6 and 9): a title and a surname (MR. IBÁÑEZ), a bare surname
(HOLLISTER), a double surname with accents (GARCÍA MÁRQUEZ), a list of who takes part that
gives the full names and who moderates, and a label that names nobody (PARTICIPANT).

The files are invented here: a library forum's session and a school board's hearing, neither
shaped like the files the rules were found on.
"""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.transcript import load


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def asked(transcript: Transcript) -> dict[int, str]:
    return {q.line: q.asker for part in transcript.parts for q in part.questions if q.line}


def warnings_at(transcript: Transcript) -> dict[int, str]:
    return {w.line: w.message for w in transcript.warnings}


FORUM = """\
DIGITAL LIBRARIES FORUM
Session 3: Keeping the Web
Aula Magna, 4 March 2025

ON THE PANEL:
PROF. LUCÍA GARCÍA MÁRQUEZ, University of Salamanca
MR. TOBIAS IBÁÑEZ, Head of Collections, National Library
WEN HOLLISTER, Web Preservation Society
RUTH ABERNATHY, Editor, The Ledger, moderator

MS. ABERNATHY: Good evening. Professor, how much of the old web can we still read?

GARCÍA MÁRQUEZ: Less than people think. Links rot within a few years; most pages were never saved.

MS. ABERNATHY: Tobias, what does your library keep?

MR. IBÁÑEZ: We harvest the national domain twice a year. It is a sample, not a copy.

HOLLISTER: And the sample misses what sits behind logins, which is now most of it.

MS. ABERNATHY: Wen, can volunteers close that gap?

HOLLISTER: Partly. Volunteers rescue sites about to close, but only those somebody notices.

PARTICIPANT: Could the libraries share their harvests?

MR. IBÁÑEZ: We already do, under a common agreement among the national libraries.

KOWALSKI: In my country the law changed in 2019, and sharing became possible.

GARCÍA MÁRQUEZ: The law is the obstacle, not the will.

MS. ABERNATHY: That is all we have time for. Thank you all.
"""


def test_capital_labels_are_the_listed_people_by_title_surname_and_double_surname(tmp_path):
    path = tmp_path / "forum.txt"
    path.write_text(FORUM, encoding="utf-8")
    transcript = load(path)
    who = said(transcript)
    assert who[13] == who[31] == "Lucía García Márquez"
    assert who[17] == who[27] == "Tobias Ibáñez"
    assert who[19] == who[23] == "Wen Hollister"


def test_the_moderator_the_list_names_after_a_comma_asks(tmp_path):
    path = tmp_path / "forum.txt"
    path.write_text(FORUM, encoding="utf-8")
    transcript = load(path)
    assert asked(transcript)[11] == asked(transcript)[15] == asked(transcript)[21]
    assert 11 not in said(transcript) and 33 not in said(transcript)
    # (PARTICIPANT: someone of the floor who asks.)
    assert 25 in asked(transcript)


def test_a_capital_label_that_names_nobody_is_warned_with_the_line_that_names_them(tmp_path):
    path = tmp_path / "forum.txt"
    path.write_text(FORUM, encoding="utf-8")
    transcript = load(path)
    # KOWALSKI: a surname the list does not give, once: someone speaks, not the one before.
    assert "names nobody" in warnings_at(transcript)[29]
    assert said(transcript)[29] != "Tobias Ibáñez"
    fix = next(w.fix for w in transcript.warnings if w.line == 29)
    assert fix.text.startswith("labels:\n  KOWALSKI:")
    # The line the warning proposes, with the name the curator knows: that person's turn.
    path.with_suffix(".yml").write_text("labels:\n  KOWALSKI: Anna Kowalski\n",
                                        encoding="utf-8")
    settled = load(path)
    assert 29 not in warnings_at(settled)
    assert said(settled)[29] == "Anna Kowalski"


HEARING = """\
RIVERBEND SCHOOL BOARD
Public hearing on the library budget

Present:
MARGARET OYELARAN, Board President
DR. PAUL DESROSIERS-KLEIN, Superintendent
ANNIKA SVENSSON, Head Librarian

MS. OYELARAN: The hearing is open. Dr. Desrosiers-Klein, why cut the library first?

DR. DESROSIERS-KLEIN: It is not first. Every department lost four percent.

MS. OYELARAN: Ms. Svensson, what does four percent mean for you?

MS. SVENSSON: It means one fewer assistant, so the library closes at three instead of five.

MS. OYELARAN: Is there no other line to cut?

DR. DESROSIERS-KLEIN: Transport is already at its minimum.

MS. SVENSSON: Then the afternoon hours go.

MS. OYELARAN: Thank you both. The hearing is closed.
"""


def test_the_one_who_opens_asks_and_closes_hosts_though_the_list_names_her(tmp_path):
    # The list names everyone present, the president among them, and says nobody moderates:
    # what her turns do says she asks.
    path = tmp_path / "hearing.txt"
    path.write_text(HEARING, encoding="utf-8")
    transcript = load(path)
    questions = asked(transcript)
    assert {9, 13, 17} <= set(questions)
    who = said(transcript)
    assert who[11] == who[19] == "Paul Desrosiers-Klein"
    assert who[15] == who[21] == "Annika Svensson"
    assert not {9, 13, 17, 23} & set(who)
