"""A saved interview page and initials labels: initials resolved to the one full name the file
gives (identity.py, forms.py), a page's furniture by its class (containers/html.py), and the
wholly bold unlabelled questions of the author its byline names. Each on a small invented file."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.identity import initials_of
from roundtable.transcript import parse
from test_identity import said, write


def test_initials_name_the_one_person_whose_initials_they_are() -> None:
    people = ["Ana Beltrán-Ruiz", "Tomas Okafor", "Lab Notes"]
    assert initials_of("AB", people) == "Ana Beltrán-Ruiz"
    assert initials_of("ABR", people) == "Ana Beltrán-Ruiz", "the hyphenated part counted"
    assert initials_of("T.O.", people) == "Tomas Okafor"
    assert initials_of("TO", [*people, "Tara Osei"]) is None, "two fit: no one"
    assert initials_of("Q", people) is None and initials_of("Tomas", people) is None


# A plain-text radio Q&A: the host's intro names the guests in full, the turns use initials.
RADIO = """\
Morning Desk: water rights

HOST: With me are hydrologist Ana Beltrán-Ruiz and farmer Tomas Okafor. Ana, how dry is it?
AB: The driest spring in forty years on our gauges.
TO: And the wells are twenty metres lower than when my father dug them.
HOST: Tomas, what would help most?
TO: A fair share of the river, written down.
AB: And measured, so that nobody has to take anyone's word for it.
"""


def test_initials_labels_are_credited_to_the_full_names_the_intro_gives(tmp_path: Path) -> None:
    transcript = parse(write(tmp_path, "radio.txt", RADIO))
    assert said(transcript) == [(4, "Ana Beltrán-Ruiz"), (5, "Tomas Okafor"),
                                (7, "Tomas Okafor"), (8, "Ana Beltrán-Ruiz")]
    assert not [w for w in transcript.warnings if "names nobody" in w.message]


# A saved blog interview: the author's byline, questions wholly in bold with no label, bold
# initials opening the answers, and the furniture a platform puts in and around a post.
PAGE = """\
<html><head><title>Two bakers</title></head><body>
<main>
<h1>Two bakers on sourdough at scale</h1>
<p class="meta">By <span class="author-name">Yusuf Demir</span></p>
<p>I talked to Ines Carvalho and Piet Vos, who run a bakery that ships nationwide.</p>
<p><b>How did the bakery start?</b></p>
<p><b>IC:</b> In my kitchen, with one oven and a borrowed mixer.</p>
<p><b>PV:</b> And a starter older than both of us.</p>
<aside class="share-buttons"><p>Share this post</p></aside>
<div class="pull-quote"><p>One oven and a borrowed mixer.</p></div>
<p><b>What broke first when you grew?</b></p>
<p><b>PV:</b> The delivery vans, every single one.</p>
<p><b>IC:</b> Then the phone line, on the first snowy Monday.</p>
<div class="newsletter-signup"><p>Get new interviews by email.</p></div>
</main>
<div id="comments"><p>Great read, thanks!</p></div>
</body></html>
"""


def test_bold_unlabelled_questions_are_the_bylines_and_furniture_is_no_speech(
        tmp_path: Path) -> None:
    transcript = parse(write(tmp_path, "bakers.html", PAGE))
    asked = [(q.line, q.asker) for p in transcript.parts for q in p.questions]
    assert asked == [(6, "Yusuf Demir"), (11, "Yusuf Demir")]
    assert said(transcript) == [(7, "Ines Carvalho"), (8, "Piet Vos"), (12, "Piet Vos"),
                                (13, "Ines Carvalho")]
    excluded = {e.line for e in transcript.excluded}
    assert {10, 14, 16} <= excluded, "the pull quote, the signup box and the comments"
    assert not [w for w in transcript.warnings if "host" in w.message], \
        "the page states who asks: no host to confirm"


def test_without_a_byline_bold_questions_are_not_given_an_author(tmp_path: Path) -> None:
    page = PAGE.replace('<span class="author-name">Yusuf Demir</span>', "the editors")
    transcript = parse(write(tmp_path, "bakers.html", page))
    assert "Yusuf Demir" not in {s.name for s in transcript.speakers}
