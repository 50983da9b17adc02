"""Who is who across scripts, cases and decoration (issue 26, items 4 and 5): a label in
another case or order than the name the file states (KIM of Dr. Kim Soo-jin, written surname
first; VOSS of a capitals heading's COMMISSIONER ELENA VOSS), a house style's
mark before a label alone on its line (● 韩冰 · 某某书店), and what the file says people are
called (大家都叫她冰姐 · Tony，也就是陶然 · 陶然（Tony，做产品的）).

The files are invented here: a city hall town meeting, a reading club's record and a
podcast's show notes, none shaped like the files the rules were found on.
"""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.forms import called_forms
from roundtable.readers.labels import alone_label
from roundtable.transcript import load


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


TOWN_HALL = """\
CITY OF HARBOURVALE
TOWN MEETING ON HOUSING. GUEST: COMMISSIONER ELENA VOSS
With a visiting scholar, Dr. Kim Soo-jin of Hanbit University

Moderator: Greg Tolliver

TOLLIVER: Welcome, everyone. Commissioner, Dr. Kim, thank you for coming. Elena, how many\
homes does the city need by 2030?

VOSS: About twelve thousand, and we are building at half that pace. Zoning is the slowest part.

TOLLIVER: Dr. Kim, your city went through this a decade ago. What worked?

KIM: Public land. We built on land the city already owned, so the price of land was never\
 the question.

TOLLIVER: Elena, does Harbourvale own enough land for that?

VOSS: Less than we would like, but the old depots and car parks add up to a few hundred homes.

TOLLIVER: Thank you both. That is all the time we have tonight.
"""


def test_a_surname_first_name_and_a_capitals_heading_name_own_their_surname_labels(tmp_path):
    path = tmp_path / "town-hall.txt"
    path.write_text(TOWN_HALL, encoding="utf-8")
    transcript = load(path)
    names = {s.name for s in transcript.speakers}
    # Kim Soo-jin is written surname first; "Dr. Kim" says which word the label writes.
    assert "Kim Soo-jin" in names and "KIM" not in names
    # The heading glues a post before the name: Elena Voss, not "Commissioner Elena Voss".
    assert "Elena Voss" in names and not any("Commissioner" in name for name in names)
    assert said(transcript)[13] == "Kim Soo-jin"
    assert said(transcript)[9] == "Elena Voss"


def test_a_house_mark_and_a_spaced_middle_dot_are_no_part_of_a_label():
    assert alone_label("● 韩冰 · 半亩书店") == "韩冰"
    assert alone_label("■陶然") == "陶然"
    # A transliterated name's dot, with no space either side, stays in the name.
    assert alone_label("马库斯·魏德曼") == "马库斯·魏德曼"


READING_CLUB = """\
半亩书店读书会 · 第十二期记录

本期参加：
韩　冰　半亩书店店长（大家都叫她冰姐）
陶然（Tony，做产品的）
许知远　中学语文老师

● 冰姐 · 半亩书店
这期读的是《江城》，大家先说说最打动自己的一段吧。

● 陶然
我最记得他写学生的那几章，老师和学生之间那种隔着语言的好奇。

● 许知远 · 中学老师
我教书，所以更在意他怎么上课。他不讲标准答案，让学生自己演莎士比亚。

● 冰姐
下一期我们读《寻路中国》，散会。

● 陶然
好。
"""


def test_a_marked_label_alone_is_the_person_the_member_list_says_it_is(tmp_path):
    path = tmp_path / "reading-club.txt"
    path.write_text(READING_CLUB, encoding="utf-8")
    transcript = load(path)
    names = {s.name for s in transcript.speakers}
    assert "韩冰" in names
    assert not any(name.startswith("●") or name == "冰姐" for name in names)
    assert said(transcript)[11] == "陶然"
    assert said(transcript)[14] == "许知远"


def test_what_the_file_says_people_are_called_maps_to_their_names():
    assert called_forms([
        "韩　冰　半亩书店店长（大家都叫她冰姐）",
        "嘉宾是产品经理陶然（Tony，做过两款播客App）。",
        "后面说话的 Mia，也就是米娅，是本期的主播。",
    ]) == {"冰姐": "韩冰", "Tony": "陶然", "Mia": "米娅"}
    # A form said of two people is no one's.
    assert called_forms(["周宁（大家叫他老周）", "周平（大家叫他老周）"]) == {}
