"""Three classes of file the readers refused (issue 26, round 10), each read by a general
rule in a shared layer, on small invented files shaped unlike the ones that showed the gap:

* a section of unlabelled first-person paragraphs is the talk of the person its framing line
  names (以下是某某的讲述 · 某某口述 · "X recalls:"); a new framing line hands it on;
* a council's record: an attendance list that gives posts, titles and honours names the
  people, a post label is its holder's, a label alone on its line may carry honours;
* minutes set as bullets: an agenda before any turn, conclusions and tasks under later
  headings are the minutes' own text; a mention (@某某) of a named person is that person.
"""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import framed_narrator
from roundtable.readers.labels import alone_label
from roundtable.readers.matter import ListEntry, posted_entry
from roundtable.transcript import parse
from transcript_files import write


def turns(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """Line → ("question"|"answer", who) of every turn."""
    names = {s.id: s.name for s in transcript.speakers}
    found = {p.line: ("answer", names[a.speaker]) for _, _, a, p in transcript.passages()}
    for question in transcript.questions:
        if question.asked:
            for line in question.lines:
                found[line] = ("question", question.asker)
            for paragraph in question.context:  # (the question's further paragraphs)
                for line in paragraph.lines:
                    found[line] = ("question", question.asker)
    return found


def excluded(transcript: Transcript) -> set[int]:
    return {e.line for e in transcript.excluded}


# --- framing lines -----------------------------------------------------------------------

def test_a_framing_line_names_the_narrator_of_the_section_below():
    assert framed_narrator("以下是周明远的讲述：") == "周明远"
    assert framed_narrator("（以下为韩素音的口述，经本人审定。）") == "韩素音"
    assert framed_narrator("陈晓岚口述，刘畅整理") == "陈晓岚"
    assert framed_narrator("Margaret Okafor recalls:") == "Margaret Okafor"
    # A frame that names no person, and the story's own sentences, frame nothing.
    assert framed_narrator("以下是我们的对话实录：") is None
    assert framed_narrator("我读书的时候做的是机器翻译。") is None


ORAL_HISTORY = """\
一座老厂的三代人

记者｜王一

厂区的烟囱去年拆了。我们找到了在这里干了四十年的两个人。

一、“那时候一天三班倒”

周明远口述：

我十七岁进厂，跟着师傅学钳工。那时候一天三班倒，下了夜班就睡在车间里。

我最得意的是八三年那次技改，我们几个人琢磨了三个月。

（下面是韩素音的讲述，她是周明远的徒弟。）

我进厂的时候，周师傅已经是车间主任了。他说话不多，但手上的活儿谁都服。

二、“厂子没了，手艺还在”

记者：您现在还常回来看看吗？

周明远：常来。站在这儿，我还能听见机床的声音。

采访结束后，周明远带我们走到老车间的门口，站了很久。
"""


def test_unlabelled_first_person_paragraphs_are_the_narrator_the_framing_line_names(tmp_path):
    transcript = parse(write(tmp_path, "oral.txt", ORAL_HISTORY))
    said = turns(transcript)
    assert said[11] == ("answer", "周明远")
    assert said[13] == ("answer", "周明远")
    # The next framing line hands the section on, mid-section.
    assert said[17] == ("answer", "韩素音")
    assert {9, 15} <= excluded(transcript)
    # The labelled Q&A after it reads as before; the writer's closing line is no one's words.
    assert said[23] == ("answer", "周明远")
    assert 25 not in said and 25 in excluded(transcript)


def test_an_english_feature_hands_its_section_to_whoever_recalls(tmp_path):
    feature = """\
The Last Lighthouse Keeper

For forty years the light at Hale Point was kept by hand. We met the two people who kept it.

Part one

Margaret Okafor recalls:

I came out here in 1979 with two suitcases and a cat. I thought I would leave by spring.

The lamp had to be wound every four hours. I still wake at two in the morning without an alarm.

Tomas Reyes recalls:

I was her relief keeper for eleven years. She taught me to read the sea before I read the log.

Part two

Interviewer: Do you miss it?

Margaret Okafor: Every single night.
"""
    transcript = parse(write(tmp_path, "feature.txt", feature))
    said = turns(transcript)
    assert said[9] == ("answer", "Margaret Okafor")
    assert said[11] == ("answer", "Margaret Okafor")
    assert said[15] == ("answer", "Tomas Reyes")
    assert {7, 13} <= excluded(transcript)


# --- a council's record ------------------------------------------------------------------

def test_an_attendance_entry_gives_post_name_title_and_drops_honours():
    assert posted_entry("主席陳大文議員, G.B.S., J.P.") == ListEntry("陳大文", "", "議員", "主席")
    assert posted_entry("發展局局長黃國強先生, J.P.") == ListEntry("黃國強", "發展局局長", "先生")
    assert posted_entry("李小梅議員") == ListEntry("李小梅", "", "議員")
    # A heading of the list, or a title of the record, names nobody.
    assert posted_entry("出席政府官員") is None
    assert posted_entry("城市規劃的公眾諮詢") is None


def test_a_label_alone_on_its_line_may_carry_honours_after_a_comma():
    assert alone_label("陳大文議員, M.H.") == "陳大文議員"
    assert alone_label("Dame Ruth Okoro, DBE") == "Dame Ruth Okoro"
    assert alone_label("主持人") == "主持人"


COUNCIL = """\
城市規劃委員會 特別會議紀錄

出席委員：
主席陳大文議員, G.B.S., J.P.
李小梅議員, M.H.
張志強議員

列席政府官員：
發展局局長黃國強先生, J.P.
規劃署署長何美玲女士

議程一：舊區重建的公眾諮詢

主席：現在開始討論。李小梅議員。

李小梅議員：主席，重建計劃的諮詢期只有六星期，局方會否延長？

發展局局長：主席，我們會把諮詢期延長至三個月，並增加地區論壇。

主席：張志強議員。

張志強議員：主席，受影響的商戶如何安置？

規劃署署長：主席，我們已預留附近兩幅用地，作臨時安置之用。

主席：今天的會議到此結束。
"""


def test_officials_under_their_posts_are_the_people_the_attendance_list_names(tmp_path):
    transcript = parse(write(tmp_path, "council.txt", COUNCIL, "big5"))
    said = turns(transcript)
    assert said[18] == ("answer", "黃國強")
    assert said[24] == ("answer", "何美玲")
    # The members ask, the chair chairs: the list marks who presides.
    assert said[16] == ("question", "李小梅")
    assert said[14] == ("question", "陳大文")
    assert {3, 4, 5, 6, 8, 9, 10} <= excluded(transcript)
    assert {s.name for s in transcript.speakers} == {"黃國強", "何美玲"}


def test_a_district_council_record_with_labels_alone_and_honours_reads_as_dialogue(tmp_path):
    record = """\
區議會交通委員會會議紀錄

主席
各位委員，會議開始。請陳大文議員先發言。

陳大文議員, M.H.
主席，巴士班次減少，居民怨聲載道，署方會否恢復原有班次？

運輸署助理署長
多謝議員。我們會在下月檢討班次，並諮詢區議會。

李小梅議員, J.P.
主席，小巴站的上蓋何時完工？

運輸署助理署長
工程預計年底完成。

主席
多謝各位，會議結束。
"""
    transcript = parse(write(tmp_path, "district.txt", record))
    said = turns(transcript)
    # (A turn under a label alone on its line starts at the label's line.)
    assert said[6][0] == "question" and said[6][1].startswith("陳大文")
    assert said[9] == ("answer", "運輸署助理署長")
    assert said[12][0] == "question" and said[12][1].startswith("李小梅")


def test_a_turn_that_sets_out_enumerated_points_keeps_them(tmp_path):
    record = COUNCIL.replace(
        "李小梅議員：主席，重建計劃的諮詢期只有六星期，局方會否延長？",
        "李小梅議員：主席，就重建計劃，政府可否告知本會：\n\n　　(一)　諮詢期會否延長；及\n\n"
        "　　(二)　會否增加地區論壇？")
    transcript = parse(write(tmp_path, "points.txt", record))
    said = turns(transcript)
    assert said[18] == said[20] == ("question", "李小梅")
    assert not any(p.title and p.line in (18, 20) for p in transcript.parts)


# --- minutes as bullets ------------------------------------------------------------------

MINUTES = """\
# 周会纪要 2024-09-02

参会: 唐婉清, 陆子航, 苏芮

> 主持：唐婉清

## 议题

1. 招聘进度
2. Q3 复盘

## 讨论

- @唐婉清：先说招聘，子航那边还差几个人？
- @陆子航：后端还差两个，本周会再面三位候选人。
- @苏芮：我这边的实习生下周一到岗。
- 唐总：好，那 Q3 复盘我们下次再说。

## 结论

- 后端招聘本周完成终面。
- Q3 复盘顺延到下周。

## 待办

- [ ] 发出终面邀请 @陆子航
- [ ] 准备复盘材料 @苏芮
"""


def test_minutes_read_mentions_and_keep_agenda_conclusions_and_tasks_as_their_own(tmp_path):
    transcript = parse(write(tmp_path, "minutes.md", MINUTES))
    said = turns(transcript)
    assert said[15] == ("answer", "陆子航")
    assert said[16] == ("answer", "苏芮")
    assert said[14] == ("question", "唐婉清")
    # The agenda, the conclusions and the tasks are nobody's words.
    assert {9, 10, 21, 22, 26, 27} <= excluded(transcript)
    assert not ({9, 10, 21, 22, 26, 27} & set(said))
