"""A label is the person the file says it is (issue 26, item 5): a role word and a handle
(问@… / 答@…) are an asker and the person the list or the handle's parts name; a list of
who came (到会：…) names the people a surname and a title stand for, whatever the title;
a talk's speaker is the person its credits name; a one-off prefix that asks, in a record
where every line opens with its speaker, is someone asking, not the last speaker's words."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import by_title, credited_speaker, handle_person, people_stated
from roundtable.readers.labels import posted_role
from roundtable.transcript import load, parse
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def test_a_list_of_who_came_names_people_after_any_title_ending_as_titles_end():
    people = people_stated(["到会：村民代表21人；本次到会干部：驻村工程师何建平，妇女主任苏芸，"
                            "调解员邓国梁"])
    assert {"何建平", "苏芸", "邓国梁"} <= set(people)
    assert by_title("何工", people) == "何建平"
    assert by_title("邓师傅", people) is None or by_title("邓师傅", people) == "邓国梁"


def test_a_post_label_is_a_role_word_and_a_handle():
    assert posted_role("问@夜航西飞") == (True, "夜航西飞")
    assert posted_role("A @lin_qiao-lab") == (False, "lin_qiao-lab")
    assert posted_role("答辩人") is None, "a word, no handle"
    assert posted_role("问题") is None


def test_a_handle_is_the_person_its_list_entry_or_its_own_parts_name():
    listed = ["特邀：@山海编辑部_周", "嘉宾：@周砚秋-远山出版（远山出版社总编辑 周砚秋）"]
    assert handle_person("周砚秋-远山出版", listed) == "周砚秋"
    assert handle_person("远山出版_周砚秋", [], ["周砚秋", "林默"]) == "周砚秋"
    assert handle_person("一中林默老师", [], ["周砚秋", "林默"]) == "林默"
    assert handle_person("出版人俱乐部", [], ["周砚秋", "林默"]) is None


def test_a_forum_ama_reads_askers_by_handle_and_answers_as_the_listed_person(tmp_path):
    ama = ("读者问答：独立出版这十年\n"
           "嘉宾：@周砚秋-远山出版（远山出版社总编辑 周砚秋）\n\n"
           "问@夜航西飞：@周砚秋-远山出版 周老师，独立书店还能撑多久？\n"
           "答@周砚秋-远山出版：比大家想的久。我们这几年的合作书店反而多了。\n"
           "问@读书的猫：选题是怎么定的？\n"
           "答@周砚秋-远山出版：先看作者，再看题目。题目可以改，作者换不了。\n")
    transcript = parse(write(tmp_path, "ama.txt", ama))
    assert said(transcript) == {5: "周砚秋", 7: "周砚秋"}
    askers = {q.asker for q in transcript.questions if q.asked}
    assert askers == {"夜航西飞", "读书的猫"}


def test_a_talks_speaker_is_the_person_its_credits_name_never_the_crew():
    assert credited_speaker(["NOTE", "Tomas Berglund: The quiet math of bridges",
                             "Subtitles translated by Mei Tanaka"]) == "Tomas Berglund"
    assert credited_speaker(["主讲人：钟予乔（物理系）", "字幕：许一"]) == "钟予乔"
    assert credited_speaker(["Kind: captions", "Language: en"]) is None
    assert credited_speaker(["Ana Ruiz: Part one", "Ben Ode: Part two"]) is None


def test_subtitles_that_name_nobody_are_the_credited_speakers_talk(tmp_path):
    vtt = ("WEBVTT\n\nNOTE\nTomas Berglund: The quiet math of bridges\n"
           "Subtitles translated by Mei Tanaka\n\n"
           "00:00:01.000 --> 00:00:04.000\nEvery bridge you have crossed today\n\n"
           "00:00:04.000 --> 00:00:08.000\nwas a bet on arithmetic.\n")
    transcript = load(write(tmp_path, "talk.vtt", vtt))
    assert set(said(transcript).values()) == {"Tomas Berglund"}
    assert not [w for w in transcript.warnings if "unnamed" in w.message]


MEETING = """\
社区议事会记录
时间：2024年6月3日
到会：居民代表17人；列席：物业经理冯立，社区主任邱敏，网格员唐晓

邱主任：今天议两件事，先请冯经理说电梯。
冯经理：三号楼电梯下周一停运更换，工期十天。
邱主任：好，大家有问题可以问。
5栋的李阿姨：十天太长了，老人怎么上下楼？
冯经理：我们安排了两名保安，高峰时段帮忙搬东西。
唐网格员：独居老人我们会逐户上门，登记需要送餐的。
一楼的租户：施工噪音几点开始？
冯经理：早上八点以后，中午休息两个小时。
邱主任：今天就到这里，谢谢大家。
"""


def test_one_off_askers_in_a_fully_labelled_record_are_the_audience(tmp_path):
    transcript = parse(write(tmp_path, "meeting.txt", MEETING))
    by_line = said(transcript)
    assert by_line[9] == "冯立" and by_line[12] == "冯立", "冯经理 is the 冯立 of the list"
    askers = {q.asker for q in transcript.questions if q.asked}
    assert {"5栋的李阿姨", "一楼的租户"} <= askers, \
        "a one-off prefix that asks is someone asking, not the last speaker's words"
    assert 8 not in by_line and 11 not in by_line
    assert [w for w in transcript.warnings if "5栋的李阿姨" in w.message], \
        "read as the audience with the line that settles it"


def test_a_sentence_before_a_colon_that_asks_is_no_one_off_label(tmp_path):
    minutes = MEETING.replace("唐网格员：独居老人我们会逐户上门，登记需要送餐的。",
                              "我先问一个问题：独居老人谁来管？我们会逐户上门。")
    transcript = parse(write(tmp_path, "meeting.txt", minutes))
    assert said(transcript)[10] == "冯立", "the line continues 冯经理's turn"
