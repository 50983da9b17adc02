"""Notes a record's editor or note-taker writes between the turns (issue 26, layers 4–6):
a bracketed note that hands the following bare answers to someone (（以下为某某的回答）,
(Priya Raman answers)), the writer's own asides set out like labels (我：, 笔者：, My note:),
a label that says in brackets that the speaker asks another (王某（追问李某）：, Ravi Menon
(to Dana Whitfield):) and a Latin alias in a bracket that goes on (顾某（Vera，…）). Each rule
on a small invented file of its own shape, none shaped like the blind files."""

from __future__ import annotations

from roundtable.readers.labels import asking_action, handed_to, writer_labels
from roundtable.transcript import parse
from test_identity import said, write


def test_a_bracketed_note_hands_the_answers_below_to_the_person_it_names():
    assert handed_to("（以下问题由孔令仪回答）") == "孔令仪"
    assert handed_to("【以下为蒋柏川的回答】") == "蒋柏川"
    assert handed_to("（以下回答来自闫冬。）") == "闫冬"
    assert handed_to("【纪晓岚补充】") == "纪晓岚"
    assert handed_to("(Priya Raman answers)") == "Priya Raman"
    assert handed_to("[The following answers are from Tomas Ferreira]") == "Tomas Ferreira"
    assert handed_to("以下问题由孔令仪回答") == "", "running text, not a note in brackets"
    assert handed_to("（笑）") == ""
    assert handed_to("(Audience answers)") == "", "a role word, no person"


MAGAZINE = """\
Two Founders, One Lab: A Q&A

We spoke to the co-founders of a small robotics lab, Priya Raman and Tomas Ferreira, about
building hardware on a shoestring. The interview has been edited for length.

Q: How did the lab start?

A: In a garage, honestly. We had one soldering iron and a lot of optimism.

Q: What was the first product?

A: A sensor board for greenhouses. It sold forty units in the first year.

(Priya Raman answers the following)

Q: Where does the money come from now?

A: Mostly grants, and two paying customers in agriculture.

Q: Is that enough?

A: For now. We are careful about hiring.

(Tomas Ferreira answers)

Q: What comes next?

A: A cheaper board, and a kit for schools.
"""


def test_a_note_between_turns_hands_a_shared_answer_label_on(tmp_path):
    """Two people share A:; each note says whose the answers below are; before the first
    note the answers are the other one's (a note hands them on from someone else)."""
    transcript = parse(write(tmp_path, "magazine.txt", MAGAZINE))
    assert said(transcript) == [(8, "Tomas Ferreira"), (12, "Tomas Ferreira"),
                                (18, "Priya Raman"), (22, "Priya Raman"),
                                (28, "Tomas Ferreira")]
    excluded = {e.line for e in transcript.excluded}
    assert {14, 24} <= excluded, "the notes are the editor's, not speech"


GOV_QA = """\
关于社区养老服务的问答

受访者：蒋柏川（街道办副主任）、闫冬（社区卫生服务中心主任）

问：社区食堂什么时候开？

答：下个月一号开，先试运行两周。

【以下为闫冬的回答】

问：老人在家突发疾病怎么办？

答：可以按床头的呼叫器，中心二十四小时有人值守。

问：上门体检收费吗？

答：六十五岁以上免费，每年一次。
"""


def test_a_note_in_square_brackets_hands_a_bare_answer_mark_to_the_one_it_names(tmp_path):
    transcript = parse(write(tmp_path, "gov.txt", GOV_QA))
    assert said(transcript) == [(7, "蒋柏川"), (13, "闫冬"), (17, "闫冬")], \
        "before the note, the other of the two 受访者; the note itself is no one's words"


def test_the_writers_own_labels_are_asides_unless_they_ask():
    turns = [("张三", "我觉得可以。"), ("我", "这点很关键。"), ("笔者注", "原话如此。"),
             ("My note", "she smiled here.")]
    assert writer_labels(turns, lambda text: text.endswith(("？", "?"))) \
        == {"我", "笔者注", "My note"}
    asking = [("我", "你怎么看？"), ("李四", "挺好的。"), ("我", "那以后呢？")]
    assert writer_labels(asking, lambda text: text.endswith(("？", "?"))) == set(), \
        "a blogger interviewing someone as 我： asks: the interviewer"


LIVE_NOTES = """\
Notes from the Open Data Breakfast, Thursday session

Chair: Dana Whitfield. Panel: Ravi Menon, Helen Okafor.

Dana Whitfield: Ravi, what stops cities publishing their bus data?

Ravi Menon: Mostly liability. Nobody wants to be blamed when the feed is wrong.

My note: this came up at every session this year.

Dana Whitfield: Helen, is that your experience too?

Helen Okafor: Partly. In our case it was the vendor contract, not liability.

Ravi Menon (to Helen Okafor): Did the vendor own the data, then?

Helen Okafor: They claimed to. We renegotiated.

My note: the room laughed at that.
"""


def test_a_note_takers_asides_are_narration_and_an_action_label_asks(tmp_path):
    transcript = parse(write(tmp_path, "notes.txt", LIVE_NOTES))
    excluded = {e.line for e in transcript.excluded}
    assert {9, 19} <= excluded, "My note: is the note-taker's, not speech"
    askers = [(q.line, q.asker) for part in transcript.parts for q in part.questions]
    assert (15, "Ravi Menon") in askers, "(to Helen Okafor) on a turn that asks: a question"
    assert dict(said(transcript))[17] == "Helen Okafor"


def test_a_label_that_says_the_speaker_asks_another():
    assert asking_action("王某（追问李某）", asking=False) == "王某"
    assert asking_action("周总（反问陈工）", asking=False) == "周总"
    assert asking_action("Ravi Menon (to Dana Whitfield)", asking=True) == "Ravi Menon"
    assert asking_action("Ravi Menon (to Dana Whitfield)", asking=False) == "", \
        "addressed, asking nothing: an answer"
    assert asking_action("陶然（星澜大学）", asking=True) == ""


def test_a_latin_alias_in_a_bracket_that_goes_on_is_that_person():
    from roundtable.readers.identity import spelled_aliases
    aliases = spelled_aliases(["设计总监顾澜（Vera，做过好几款爆款App）也在场。"])
    assert aliases.get("Vera") == "顾澜"
