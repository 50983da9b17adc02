"""Labels in brackets glued to their words, with no colon (issue 26, item 4): a bracketed
prefix of any bracket kind (【】 [] ［］ 〔〕) that opens records again and again is a label;
where a file marks its turns so, the colons of its header keys (嘉宾：…, 主持：…) and of its
sentences open no turn, and the talk starts at the first glued label. A page's short links
on one source line (<li>…</li><li>…</li>) are one line, so the page keeps its line numbers."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.readers.labels import glued_label, glued_labels
from roundtable.transcript import load
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def asked(transcript: Transcript) -> dict[int, str]:
    return {line: q.asker for q in transcript.questions for line in q.lines}


# A radio station's call-in programme typed up: full-width brackets glued to the words, a
# header of keys with colons, a caller heard once, a colon inside a host's sentence.
CALL_IN = """交通广播《早高峰》文字实录
播出时间：2024年5月6日
嘉宾：市交管局秩序处处长　卫延川
主持：乔安
［乔安］早上好，这里是《早高峰》。今天请来了交管局的卫延川处长。卫处长，早上好。
［卫延川］主持人好，听众朋友们好。
［乔安］先说最近大家最关心的事：电动自行车新规从哪天开始执行？
［卫延川］从下个月一号开始。头三个月以提醒为主，不罚款，之后再按规定处理。
［听众王先生］我想问一下，旧车没有牌照怎么办？
［卫延川］旧车可以到各区的登记点申领临时号牌，带上购车凭证就行，过渡期到明年年底。
［乔安］好，今天的节目就到这里，谢谢卫处长。
"""


def test_bracketed_labels_glued_to_the_words_open_the_turns(tmp_path):
    transcript = load(write(tmp_path, "call-in.txt", CALL_IN))
    by_line = said(transcript)
    assert by_line[8] == by_line[10] == "卫延川"
    assert {7, 9} <= set(asked(transcript)), "the host and the caller ask"
    assert not {1, 2, 3, 4} & (set(by_line) | set(asked(transcript))), "the header: no turn"


def test_a_file_of_glued_labels_takes_no_colon_for_a_label():
    texts = CALL_IN.splitlines()
    glued = glued_labels(texts)
    assert {"乔安", "卫延川", "听众王先生"} <= glued
    assert glued_label(texts[6], glued) == (
        "乔安", "先说最近大家最关心的事：电动自行车新规从哪天开始执行？")
    assert glued_labels(["[掌声]谢谢大家。", "[掌声]好。", "[笑]对。", "[笑]是的。"]) == set()
    assert glued_labels(["【注】见上文。", "正文。"]) == set(), "one bracket once is no label"


def test_short_links_sharing_a_line_are_one_line_of_the_page(tmp_path):
    page = ("<html><body><div class='main'><h1>座谈</h1>\n"
            "<p>甲：问一个问题，这件事怎么看？</p>\n"
            "<p>乙：我看是好事，早该这样做了。</p>\n"
            "<p>甲：还有呢？</p>\n"
            "<p>乙：没有了，就这些。</p>\n"
            "<ul><li><a href='#'>相关阅读一</a></li><li><a href='#'>相关阅读二</a></li></ul>\n"
            "</div></body></html>")
    lines = {line.number: line.text for line in read_source(write(tmp_path, "p.html", page)).lines}
    assert lines[3].startswith("乙：我看是好事") and lines[6] == "相关阅读一 相关阅读二"


# A county's forum minutes: the chair named once in the opening sentence, her words set
# wholly in brackets with the role inside (〔主持：…〕), the speakers' turns by name.
FORUM = """乡村民宿发展座谈会记录
3月8日上午，座谈会在县政府三楼会议室召开，会议由县文旅局副局长方敏之主持，十二家民宿经营者参加。
〔主持：今天请大家谈谈淡季怎么办。先请石桥村的蔡永康说说。〕
蔡永康：我们淡季主要做研学团，跟县里两所中学合作，一个月能接四五批学生。
〔主持：研学团的收费标准是怎么定的？〕
蔡永康：按天算，一天一百二，含三餐和住宿，学校统一结算。
〔主持：好。下面请溪口村的闵秋霞。〕
闵秋霞：我们那边做的是写生基地，美院的学生一住就是半个月，淡季反而比旺季满。
〔主持：谢谢各位，今天的意见我们会整理后报县里。〕
"""


def test_the_chair_an_opening_sentence_names_holds_the_bracketed_role_label(tmp_path):
    transcript = load(write(tmp_path, "forum.txt", FORUM))
    askers = asked(transcript)
    assert askers[5] == askers[7] == "方敏之" and 3 not in said(transcript)
    assert said(transcript)[4] == said(transcript)[6] == "蔡永康"
    assert said(transcript)[8] == "闵秋霞"


def test_a_record_wholly_in_brackets_with_its_label_inside_is_that_labels_turn():
    from roundtable.readers.labels import split_label
    from roundtable.readers.matter import presiding_person
    assert split_label("【主持人：下面请提问。】") == ("主持人", "下面请提问。")
    assert split_label("[SLIDE: “The long tail”]") == ("", "[SLIDE: “The long tail”]")
    assert presiding_person("会议由县文旅局副局长方敏之主持，十二家参加。") == "方敏之"
    assert presiding_person("研究所所长柯远山教授主持研讨会。") == "柯远山"
    assert presiding_person("他主持过很多项目。") is None
