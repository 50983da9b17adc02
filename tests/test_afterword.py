"""What comes after the last labelled turn (readers/afterword.py): a paragraph that names the
panel, or opens a section under its own heading, is the host's closing, not the last guest
going on; a notice on the record itself with a web address is matter; a guest who goes on in
the first person keeps the paragraph (small invented files)."""

from __future__ import annotations

from roundtable.model import Transcript
from transcript_files import answer_lines, parsed

# A Chinese radio talk in labelled turns; the presenter's sign-off after the last answer opens
# with no label and names both guests.
RADIO = """城市夜话：老街区的新生意

主持人：两位好。先说说，老街区的店为什么难做？
林一帆：房租不算高，难的是客流不稳定，工作日几乎没人。
许南星：还有一点，年轻人不知道这里有什么。
主持人：那你们各自怎么应对？
林一帆：周末做市集，把人先引进来。
许南星：我们做线上地图，每家店写一段故事。

谢谢一帆和南星今晚的分享。下周同一时间，我们聊聊社区食堂。
"""

# An English Markdown interview: the writer's afterword under its own heading after the
# last answer, with no label, then the site's credit line.
AFTERWORD = """# Two cartographers on mapping floods

**Interviewer:** What do your maps show that others miss?

**Ines Varga:** Where water goes after the storm drains give up.

**Tomas Reed:** And which streets flood twice a year without anyone reporting it.

**Interviewer:** Who uses them?

**Tomas Reed:** Insurers, mostly, and a few city engineers.

## Afterword

Both now work for the same regional agency, on opposite floors of one building.
"""

# The same shape, but the guest goes on in the first person under the heading: still theirs.
GOES_ON = AFTERWORD.replace(
    "Both now work for the same regional agency, on opposite floors of one building.",
    "I should add that my own maps started as a hobby.")

# A podcast export whose transcription service adds its notice after the last turn.
PODCAST = """Garden Hour, episode 12

HOST: Welcome back. Mara, what do we plant in October?
MARA: Garlic, and more of it than you think.
HOST: Thanks, Mara. See you next week.

Automated transcripts by notes-example.net may contain errors.
"""


def closing_lines(transcript: Transcript) -> set[int]:
    return {n for p in transcript.closing for n in p.lines}


def test_a_paragraph_naming_the_panel_after_the_last_answer_is_the_hosts_closing(tmp_path):
    transcript = parsed(tmp_path, "radio.txt", RADIO)
    assert 10 not in answer_lines(transcript)
    assert 10 in closing_lines(transcript)
    assert answer_lines(transcript)[8] == "xu-nan-xing"


def test_an_afterword_under_its_own_heading_is_the_hosts_closing_without_a_warning(tmp_path):
    transcript = parsed(tmp_path, "afterword.md", AFTERWORD)
    assert 15 not in answer_lines(transcript)
    assert 15 in closing_lines(transcript)
    assert not [w for w in transcript.warnings if w.line == 15]


def test_a_guest_going_on_in_the_first_person_under_a_heading_keeps_the_paragraph(tmp_path):
    transcript = parsed(tmp_path, "goes-on.md", GOES_ON)
    assert answer_lines(transcript).get(15) == "tomas-reed"
    assert [w for w in transcript.warnings if w.line == 15]


def test_a_notice_on_the_transcript_with_a_web_address_is_matter(tmp_path):
    transcript = parsed(tmp_path, "podcast.txt", PODCAST)
    assert 7 not in closing_lines(transcript) | set(answer_lines(transcript))
    assert 7 in {e.line for e in transcript.excluded}


# A Markdown show page: the host's sign-off, a rule, then the page's links and credit. None
# of it below the rule is the host's closing.
RULED = """# Bread at altitude

**Host:** Why does bread fail in the mountains?

**Oren Pell:** Water boils early, so the crumb sets before the rise is done.

**Host:** What do you change first?

**Oren Pell:** Less yeast, a cooler proof, and a hotter oven at the start.

**Host:** That's our hour. Thank you, Oren.

---

Recipes we talked about:
- The rye loaf, in the shop's newsletter
- The starter guide, in episode nine

Music by the Lowland Quartet, used with permission.
"""

# A Chinese radio show whose record says it has ended; the theme song's credit follows.
ENDED = """茶馆夜谈 第三期

主持人：今天请到制茶师傅，先说说春茶和秋茶差在哪？
顾远山：春茶鲜，秋茶香，做法上秋茶要多晒半天。
主持人：好，今天就聊到这里，谢谢顾师傅。

（本期节目到此结束）

片尾曲：《晚风》，演唱小岚。
本节目内容仅代表嘉宾个人观点，不构成任何建议。
"""


def test_what_follows_a_rule_after_the_last_turn_is_the_pages_matter(tmp_path):
    transcript = parsed(tmp_path, "ruled.md", RULED)
    spoken = closing_lines(transcript) | set(answer_lines(transcript))
    assert not spoken & {15, 16, 17, 19}
    assert {15, 16, 17, 19} <= {e.line for e in transcript.excluded}
    assert 11 in closing_lines(transcript)


def test_what_follows_the_records_end_note_is_the_pages_matter(tmp_path):
    transcript = parsed(tmp_path, "ended.txt", ENDED)
    spoken = closing_lines(transcript) | set(answer_lines(transcript))
    assert not spoken & {9, 10}
    assert 5 in closing_lines(transcript)
