"""Numbered and anonymous labels named by what the file states, and hosts by what they do
(issue 26, items 5 and 6): a numbered speaker who names itself in its first words (我是…) is
that person; a key listed before anyone speaks (嘉宾甲：…，嘉宾乙：陈某，…) is who takes
part, not speech, and names the labels it gives a name; two hosts who share the questions
(one welcoming and closing, the other asking) are both hosts; a line set wholly in bold
that opens with its label (**Q：…？**) is that label's turn."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.identity import self_named
from roundtable.readers.labels import split_label
from roundtable.readers.roles import hosts_by_behaviour
from roundtable.transcript import load
from transcript_files import write


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def asked_lines(transcript: Transcript) -> set[int]:
    return {line for q in transcript.questions for line in q.lines}


# A radio phone-in recorded by a meeting app: labels inline with their colon, two hosts (one
# welcomes and closes without asking, the other asks), two guests who name themselves.
PHONE_IN = """城市夜话 第 12 期
说话人1：各位听众晚上好，欢迎收听城市夜话，我是老周。今天我们聊聊旧小区加装电梯。
说话人2：我是阿珂。今天请到两位嘉宾。
说话人3：大家好，我是韩立新，在区住建局负责加装电梯的审批。
说话人4：大家好，我叫潘雨桐，是一个老小区的业主代表，去年刚装好电梯。
说话人2：韩科长，现在申请加装电梯，最难的是哪一步？
说话人3：最难的是全楼业主签字同意。一楼二楼的住户往往有顾虑，采光、噪音、出入都会受影响，这一步往往要谈好几个月。
说话人2：潘女士，你们楼是怎么谈下来的？
说话人4：我们挨家挨户上门，给一楼做了补偿方案，前后谈了五个月。最后是物业出面，把费用分摊表贴在楼道里，大家一看都清楚，也就同意了。
说话人2：装好以后，费用怎么分摊呢？
说话人4：按楼层分摊，越高的出得越多，一楼不出钱。每年的维保费也是这样分。
说话人1：好，今天的节目就到这里，感谢两位嘉宾，我们下期再见。
"""


def test_a_numbered_speaker_who_names_itself_first_is_that_person(tmp_path):
    transcript = load(write(tmp_path, "phone-in.txt", PHONE_IN))
    by_line = said(transcript)
    assert by_line[7] == "韩立新" and by_line[9] == by_line[11] == "潘雨桐"
    assert "说话人3" not in {s.name for s in transcript.speakers}


def test_two_hosts_one_welcoming_one_asking_both_ask_the_questions(tmp_path):
    transcript = load(write(tmp_path, "phone-in.txt", PHONE_IN))
    assert {6, 8, 10} <= asked_lines(transcript)
    assert not {2, 3, 6, 8, 10, 12} & set(said(transcript)), "no host's words as an answer"


def test_numbers_the_metadata_gives_as_they_stand_stay_the_names(tmp_path):
    write(tmp_path, "phone-in.yml", "host_labels: [说话人1, 说话人2]\n")
    transcript = load(write(tmp_path, "phone-in.txt", PHONE_IN))
    assert said(transcript)[7] == "说话人3"


def test_a_name_given_in_the_first_words_nickname_or_full():
    assert self_named("大家好，我是小满。") == "小满"
    assert self_named("我是老宋。今天我们请到…") == "老宋"
    assert self_named("哈喽大家好，我是韦一鸣，做开源模型的。") == "韦一鸣"
    assert self_named("我是老师，不是学生。") is None, "a word of that shape, no nickname"
    assert self_named("我是小组里最年轻的") is None


def test_a_co_host_who_greets_in_the_opening_and_then_only_asks_is_a_second_host():
    turns = [("甲", "欢迎收听本期节目，我是阿乔。"), ("乙", "我是老宋。"),
             ("甲", "今天的嘉宾是钟某，先讲讲你们现在做什么？"),
             ("丙", "我们做手机上的模型，主要是压缩和量化，让它在内存里放得下。"),
             ("乙", "为什么非要在本地跑？"),
             ("丙", "隐私、延迟和成本，三件事都要本地跑才能做好，云端替代不了。"),
             ("乙", "那功耗怎么办？"),
             ("丙", "有温度指标，超过就降频，所以有时候回答会突然变慢。"),
             ("甲", "最后一个问题，三年后会怎样？"),
             ("丙", "会变得不显眼，像拍照算法一样，每天都在用但感觉不到。"),
             ("甲", "好，谢谢，本期就到这里。")]
    assert {v.label for v in hosts_by_behaviour(turns) if v.clear} == {"甲", "乙"}


# A plain-text interview whose key comes before the talk: one guest anonymous, one named.
KEYED = """二手书店还能开下去吗
参与对谈的两位：
嘉宾甲：某连锁书店的区域经理，因公司规定不具名。
嘉宾乙：陈思远，在老城区开了十二年的二手书店。
主持人：先说说客流，这几年变了多少？
嘉宾甲：周末还行，工作日少了一半。
嘉宾乙：我这边反而多了，来的多是学生。
主持人：靠什么留住读者？
嘉宾乙：活动。每周一次读书会，来的人会带朋友。
嘉宾甲：我们靠会员价，但利润很薄。
"""


def test_a_key_to_anonymous_labels_is_who_takes_part_and_names_them(tmp_path):
    transcript = load(write(tmp_path, "keyed.txt", KEYED))
    by_line = said(transcript)
    assert 3 not in by_line and 4 not in by_line, "the key is nobody's words"
    assert by_line[7] == "陈思远" and by_line[6] == "嘉宾甲"
    assert {3, 4} <= {e.line for e in transcript.excluded}


def test_named_speakers_whose_first_words_describe_someone_are_no_key(tmp_path):
    talk = KEYED.replace("嘉宾甲", "周敏").replace("嘉宾乙", "陈思远").replace(
        "陈思远：陈思远，", "陈思远：")
    transcript = load(write(tmp_path, "talk.txt", talk))
    assert said(transcript)[4] == "陈思远", "a named speaker's words stay theirs"


def test_a_line_wholly_in_bold_opening_with_its_label_is_that_label_s_turn():
    assert split_label("**Q：你们怎么分工？**") == ("Q", "你们怎么分工？")
    assert split_label("**问：为什么？**") == ("问", "为什么？")
    assert split_label("**注意，下面：很重要。**")[0] == "", "a bold sentence stays one"
