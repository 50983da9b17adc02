"""An email thread answered inline (readers/containers/email.py): quoted questions are the
asker's, the replies under them the sender's, the correspondence around them matter. Each rule
on a small invented thread."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.containers import email
from roundtable.transcript import load, parse
from test_identity import said, write

# A bottom-quoting client: no forwarding, an "On … wrote:" line names the asker, the sender's
# name comes from the header, a colleague is copied.
GMAIL = """\
From: Ines Vidal <ines@tidewater.coop>
Date: Thu, 6 Mar 2025 11:40
To: Marc Dubois <marc@harbourfm.org>
Cc: Paul Okonjo <paul@tidewater.coop>
Subject: Re: three questions for the harbour programme

Marc, my answers below.

On Mon, 3 Mar 2025 at 09:12, Marc Dubois <marc@harbourfm.org> wrote:
> How did the cooperative start?

Eleven boat owners pooled their catch
in a single cold store in 2019.

> Who decides the prices?
> And how often?

The members vote every quarter.
My co-founder Paul, who keeps the books, put it this way:

"Nobody sets a price alone; the ledger is open to every member."

> Where next?

A second store up the coast, if the grant comes through.

Cheers,
Ines

--
Tidewater Fishing Cooperative
Sent from my phone
"""


def test_quoted_questions_are_the_askers_and_the_replies_the_senders(tmp_path: Path) -> None:
    transcript = parse(write(tmp_path, "thread.txt", GMAIL))
    assert [(q.line, q.text.split("?")[0]) for p in transcript.parts for q in p.questions] == [
        (10, "How did the cooperative start"), (15, "Who decides the prices"),
        (23, "Where next")]
    assert said(transcript) == [(12, "Ines Vidal"), (18, "Ines Vidal"),
                                (21, "Paul Okonjo"), (25, "Ines Vidal")]
    assert not transcript.warnings, "the thread states who asks: no host to confirm"


def test_headers_cover_note_sign_off_and_signature_are_no_ones_words(tmp_path: Path) -> None:
    transcript = parse(write(tmp_path, "thread.txt", GMAIL))
    excluded = {e.line for e in transcript.excluded}
    assert {1, 2, 3, 4, 7, 9, 27, 28, 30, 31, 32} <= excluded
    assert transcript.title == "three questions for the harbour programme"


def test_a_quotation_the_headers_cannot_tie_to_one_person_stays_the_writers_and_warns(
        tmp_path: Path) -> None:
    thread = GMAIL.replace("Cc: Paul Okonjo <paul@tidewater.coop>\n", "")
    transcript = parse(write(tmp_path, "thread.txt", thread))
    # (One header line fewer: the quotation stands on line 20.)
    assert (20, "Ines Vidal") in said(transcript)
    assert [w.line for w in transcript.warnings] == [20]
    assert "someone else's words" in transcript.warnings[0].message


# Outlook's top-posting: the reply above a separator, the quoted message's header below it,
# and no attribution line: the asker is the sender of the message replied to.
OUTLOOK = """\
Thanks, all answered inline.

> What did the audit find?
Two gaps in the backup rota, both closed since.

> Will you publish it?
Yes, in the spring report.

Regards,
Dana Whitlock

-----Original Message-----
From: Ruth Ambler <ruth@civicpost.net>
Sent: Friday, 7 February 2025 16:02
To: Whitlock, Dana <dana@county.gov>
Subject: audit questions

Two questions for Monday's piece.
"""


def test_the_asker_is_the_sender_of_the_message_replied_to(tmp_path: Path) -> None:
    transcript = parse(write(tmp_path, "audit.txt", OUTLOOK))
    assert [(q.line, q.asker) for p in transcript.parts for q in p.questions] == [
        (3, "Ruth Ambler"), (6, "Ruth Ambler")]
    # No header above the reply: the one the asker wrote to (Whitlock, Dana), whom the
    # sign-off names.
    assert said(transcript) == [(4, "Dana Whitlock"), (7, "Dana Whitlock")]


def test_a_reply_no_header_or_sign_off_names_is_settled_by_the_labels_line_it_warns(
        tmp_path: Path) -> None:
    path = write(tmp_path, "audit.txt", OUTLOOK.replace("Regards,\nDana Whitlock\n", ""))
    warned = [w for w in parse(path).warnings if "sender" in w.message]
    assert [w.line for w in warned] == [4]
    assert "Reply: Dana Whitlock" in warned[0].fix.text
    write(tmp_path, "audit.yml", warned[0].fix.text + "\n")
    transcript = load(path)
    assert not [w for w in transcript.warnings if "sender" in w.message]
    assert said(transcript) == [(4, "Dana Whitlock"), (7, "Dana Whitlock")]


def test_a_message_with_headers_but_no_inline_answer_is_no_thread(tmp_path: Path) -> None:
    texts = ["From: Ann Lee <a@x.org>", "To: Bo Chan <b@x.org>", "Subject: notes", "",
             "Ann Lee: Shall we start?", "Bo Chan: Yes."]
    assert email.source(tmp_path / "x.txt", texts, "utf-8") is None
